import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    # TODO: the bookings follow as n pairs (l, r) in data[1:].
    # Print the merged intervals in increasing order, one "l r" per line.


main()
