import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    it = map(int, data[1:1 + 2 * n])
    merged = []
    for l, r in sorted(zip(it, it)):
        # sorted by left end: l can only reach the block being built, the last one
        if merged and l <= merged[-1][1]:
            if r > merged[-1][1]:
                merged[-1][1] = r
        else:
            merged.append([l, r])
    sys.stdout.write("".join(f"{l} {r}\n" for l, r in merged))


main()
