import sys
from typing import List


def main() -> None:
    lines = sys.stdin.read().splitlines()
    n, m = map(int, lines[0].split())
    names: List[str] = lines[1].split()
    rules = [line.split(" -> ") for line in lines[2:2 + m]]  # rules[i] == [a, b]: a before b
    # TODO: print the build order (smallest buildable name first), or CYCLE
    print(" ".join(names))


main()
