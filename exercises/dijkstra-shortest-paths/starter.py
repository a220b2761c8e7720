import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    # TODO: the roads follow as m triples (u, v, w) in data[3:].
    # Print the shortest time from s to junctions 1..n on one line, -1 if unreachable.


main()
