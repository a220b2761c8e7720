# No regular expressions: the line is consumed field by field with str methods.
import sys


def token(line, i):
    """A run of non-space characters at i; returns (text, index after it) or None."""
    j = line.find(" ", i)
    if j == -1:
        j = len(line)
    return (line[i:j], j) if j > i else None


def enclosed(line, i, opening, closing):
    if i >= len(line) or line[i] != opening:
        return None
    j = line.find(closing, i + 1)
    return None if j == -1 else (line[i + 1:j], j + 1)


def space(line, i):
    return i + 1 if i < len(line) and line[i] == " " else None


def parse(line):
    fields = []
    i = 0
    steps = ["tok", "tok", "tok", "time", "quoted", "tok", "tok", "quoted", "quoted"]
    for k, step in enumerate(steps):
        if k > 0:
            i = space(line, i)
            if i is None:
                return None
        if step == "tok":
            got = token(line, i)
        elif step == "time":
            got = enclosed(line, i, "[", "]")
        else:
            got = enclosed(line, i, '"', '"')
        if got is None:
            return None
        text, i = got
        fields.append(text)
    if i != len(line):
        return None
    ip, status, size = fields[0], fields[5], fields[6]
    if len(status) != 3 or not status.isdigit() or status[0] not in "12345":
        return None
    if size != "-" and not (size.isdigit() and size.isascii()):
        return None
    return ip, status, size


def main():
    requests = malformed = 0
    classes = {c: 0 for c in "12345"}
    counts = {}
    sizes = []
    for line in sys.stdin.read().split("\n"):
        if line == "":
            continue
        parsed = parse(line)
        if parsed is None:
            malformed += 1
            continue
        ip, status, size = parsed
        requests += 1
        classes[status[0]] += 1
        counts[ip] = counts.get(ip, 0) + 1
        if size != "-":
            sizes.append(int(size))
    print(f"requests: {requests}")
    print(f"malformed: {malformed}")
    for c in "12345":
        print(f"{c}xx: {classes[c]}")
    ranked = sorted(counts, key=lambda ip: (-counts[ip], ip))
    for ip in ranked[:3]:
        print(f"top: {ip} {counts[ip]}")
    if not sizes:
        print("p95_size: -")
    else:
        sizes.sort()
        m = len(sizes)
        rank = -(-95 * m // 100)
        print(f"p95_size: {sizes[rank - 1]}")


main()
