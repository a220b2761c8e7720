import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, capacity = int(data[0]), int(data[1])
    # TODO: the items follow as n pairs (weight, value) in data[2:].
    # Print the largest total value of items with total weight <= capacity, each item used once.


main()
