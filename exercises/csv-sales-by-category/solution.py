import csv
import sys
from decimal import Decimal


def main() -> None:
    rows = csv.reader(sys.stdin)
    header = next(rows, None)
    if header is None:
        return
    cat_col, amount_col = header.index("category"), header.index("amount")
    totals = {}
    for row in rows:
        if not row:  # a blank line
            continue
        category = row[cat_col]
        totals[category] = totals.get(category, Decimal("0.00")) + Decimal(row[amount_col])
    for category in sorted(totals):
        print("%s: %s" % (category, format(totals[category], ".2f")))


main()
