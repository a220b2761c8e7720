# Wrong: prefix[r] - prefix[l] drops a_l from every range.
import sys
from itertools import accumulate


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    prefix = [0, *accumulate(map(int, data[2:2 + n]))]
    bounds = map(int, data[2 + n:2 + n + 2 * q])
    answers = [prefix[r] - prefix[l] for l, r in zip(bounds, bounds)]
    sys.stdout.write("\n".join(map(str, answers)) + "\n")


main()
