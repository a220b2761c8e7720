# Correct but O(n^2): keeps the values seen so far in a sorted list and counts, for each new
# value, how many of them are larger. The binary search is fast, but list.insert shifts ~n / 2
# elements per value: memmove is quick, yet 7 * 10^5 insertions into a list that long are not.
import sys
from bisect import bisect_right


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    seen = []
    count = 0
    for x in map(int, data[1:1 + n]):
        k = bisect_right(seen, x)
        count += len(seen) - k
        seen.insert(k, x)
    print(count)


main()
