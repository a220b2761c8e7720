# Without the csv module: a small quote-aware field splitter, and integer cents.
import sys


def split_fields(line):
    fields, cur, i, n = [], [], 0, len(line)
    quoted = False
    while i < n:
        ch = line[i]
        if quoted:
            if ch == '"':
                if i + 1 < n and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cur.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    fields.append("".join(cur))
    return fields


def to_cents(text):
    sign = -1 if text.startswith("-") else 1
    whole, frac = text.lstrip("-").split(".")
    return sign * (int(whole) * 100 + int(frac))


def show(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return "%s%d.%02d" % (sign, cents // 100, cents % 100)


def main():
    lines = sys.stdin.read().split("\n")
    header = split_fields(lines[0])
    c, a = header.index("category"), header.index("amount")
    totals = {}
    for line in lines[1:]:
        if not line:
            continue
        fields = split_fields(line)
        totals[fields[c]] = totals.get(fields[c], 0) + to_cents(fields[a])
    out = ["%s: %s" % (cat, show(totals[cat])) for cat in sorted(totals)]
    sys.stdout.write("".join(line + "\n" for line in out))


main()
