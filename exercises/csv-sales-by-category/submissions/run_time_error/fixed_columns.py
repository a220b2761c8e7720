import csv
import sys
from decimal import Decimal


def main():
    rows = csv.reader(sys.stdin)
    next(rows)
    totals = {}
    for row in rows:
        if row:
            # Assumes the layout of the first example: category second, amount third.
            totals[row[1]] = totals.get(row[1], Decimal(0)) + Decimal(row[2])
    for cat in sorted(totals):
        print(f"{cat}: {totals[cat]:.2f}")


main()
