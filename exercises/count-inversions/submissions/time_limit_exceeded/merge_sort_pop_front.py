# Correct merge sort, but every merge takes elements with list.pop(0), which shifts the whole
# rest of the list: the top merge alone is ~n^2 / 4 element moves.
import sys


def sort_count(a):
    if len(a) <= 1:
        return a, 0
    mid = len(a) // 2
    left, x = sort_count(a[:mid])
    right, y = sort_count(a[mid:])
    merged = []
    count = x + y
    while left and right:
        if left[0] <= right[0]:
            merged.append(left.pop(0))
        else:
            merged.append(right.pop(0))
            count += len(left)
    merged += left
    merged += right
    return merged, count


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    print(sort_count(list(map(int, data[1:1 + n])))[1])


main()
