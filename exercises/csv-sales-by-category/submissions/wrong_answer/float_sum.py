import csv
import sys


def main():
    rows = csv.reader(sys.stdin)
    header = next(rows)
    c, a = header.index("category"), header.index("amount")
    totals = {}
    for row in rows:
        if row:
            totals[row[c]] = totals.get(row[c], 0.0) + float(row[a])  # binary floats drift
    for cat in sorted(totals):
        print(f"{cat}: {totals[cat]:.2f}")


main()
