import sys
from decimal import Decimal


def main():
    lines = [line for line in sys.stdin.read().split("\n") if line]
    header = [h.strip('"') for h in lines[0].split(",")]
    c, a = header.index("category"), header.index("amount")
    totals = {}
    for line in lines[1:]:
        fields = [f.strip('"') for f in line.split(",")]
        try:
            amount = Decimal(fields[a])
        except Exception:
            continue  # a line it cannot make sense of
        totals[fields[c]] = totals.get(fields[c], Decimal(0)) + amount
    for cat in sorted(totals):
        print(f"{cat}: {totals[cat]:.2f}")


main()
