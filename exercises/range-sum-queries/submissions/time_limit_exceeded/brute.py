# Correct but O(n * q): sums every range from scratch.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    bounds = map(int, data[2 + n:2 + n + 2 * q])
    answers = [sum(a[l - 1:r]) for l, r in zip(bounds, bounds)]
    sys.stdout.write("\n".join(map(str, answers)) + "\n")


main()
