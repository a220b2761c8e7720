# Wrong: merges only when the next interval starts strictly before the current end, so intervals
# that touch at an endpoint ([1, 3] and [3, 5]) are left apart.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    it = map(int, data[1:1 + 2 * n])
    merged = []
    for l, r in sorted(zip(it, it)):
        if merged and l < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], r)
        else:
            merged.append([l, r])
    sys.stdout.write("".join(f"{l} {r}\n" for l, r in merged))


main()
