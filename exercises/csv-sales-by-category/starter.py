import sys


def main() -> None:
    lines = sys.stdin.read().splitlines()
    # TODO: parse the CSV (header first), add up `amount` per `category`,
    # and print "<category>: <total>" lines sorted by category.


main()
