# Greedy .* inside quotes and brackets: a line with an extra quoted field still matches.
import re
import sys
from collections import Counter

LINE = re.compile(
    r'(?P<ip>\S+) \S+ \S+ \[.*\] ".*" (?P<status>[1-5][0-9]{2}) (?P<size>[0-9]+|-) ".*" ".*"'
)


def main() -> None:
    requests = malformed = 0
    classes = Counter()
    ips = Counter()
    sizes = []
    for line in sys.stdin.read().split("\n"):
        if not line:
            continue
        m = LINE.fullmatch(line)
        if m is None:
            malformed += 1
            continue
        requests += 1
        classes[m.group("status")[0]] += 1
        ips[m.group("ip")] += 1
        if m.group("size") != "-":
            sizes.append(int(m.group("size")))
    out = ["requests: %d" % requests, "malformed: %d" % malformed]
    out += ["%sxx: %d" % (c, classes[c]) for c in "12345"]
    top = sorted(ips.items(), key=lambda item: (-item[1], item[0]))[:3]
    out += ["top: %s %d" % (ip, count) for ip, count in top]
    if sizes:
        sizes.sort()
        rank = (95 * len(sizes) + 99) // 100  # ceil(95 * m / 100), in integers
        out.append("p95_size: %d" % sizes[rank - 1])
    else:
        out.append("p95_size: -")
    sys.stdout.write("\n".join(out) + "\n")


main()
