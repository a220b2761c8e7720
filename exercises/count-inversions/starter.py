import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    # TODO: print the number of pairs i < j with a[i] > a[j]


main()
