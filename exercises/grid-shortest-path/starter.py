import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    rows, cols = int(data[0]), int(data[1])
    grid = [line.decode() for line in data[2:2 + rows]]
    # TODO: print the minimum number of steps from S to T, or -1


main()
