import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    strings = [s.decode() for s in data[1:1 + t]]
    # TODO: print YES or NO for each string


main()
