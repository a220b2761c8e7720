# Mix-up: heapq is a MIN-heap, so popping k times yields the k-th SMALLEST element.
import heapq


def find_kth_largest(nums: List[int], k: int) -> int:
    heap = list(nums)
    heapq.heapify(heap)
    for _ in range(k - 1):
        heapq.heappop(heap)
    return heap[0]
