# Wrong: when an interval joins the current block, its end replaces the block's end even if it is
# smaller, so an interval lying inside the block shrinks it.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    it = map(int, data[1:1 + 2 * n])
    merged = []
    for l, r in sorted(zip(it, it)):
        if merged and l <= merged[-1][1]:
            merged[-1][1] = r
        else:
            merged.append([l, r])
    sys.stdout.write("".join(f"{l} {r}\n" for l, r in merged))


main()
