import sys
from itertools import accumulate


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    # prefix[i] = a_1 + ... + a_i, with prefix[0] = 0
    prefix = [0, *accumulate(map(int, data[2:2 + n]))]
    bounds = map(int, data[2 + n:2 + n + 2 * q])
    answers = [prefix[r] - prefix[l - 1] for l, r in zip(bounds, bounds)]
    sys.stdout.write("\n".join(map(str, answers)) + "\n")


main()
