import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    # TODO: print the sum of a_l..a_r for each of the q queries, one per line


main()
