import csv
import sys
from decimal import Decimal


def main():
    rows = csv.reader(sys.stdin)
    header = next(rows)
    c, a = header.index("category"), header.index("amount")
    totals = {}
    for row in rows:
        # A blank line is an empty row: row[c] raises IndexError.
        totals[row[c]] = totals.get(row[c], Decimal(0)) + Decimal(row[a])
    for cat in sorted(totals):
        print(f"{cat}: {totals[cat]:.2f}")


main()
