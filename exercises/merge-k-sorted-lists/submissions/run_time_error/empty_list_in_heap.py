# Bug: seeds the heap with the first value of EVERY list, so an empty inner list raises
# IndexError. Otherwise a correct O(N log k) heap merge.
import heapq


def merge_k_lists(lists: List[List[int]]) -> Optional[ListNode]:
    heap = [(values[0], i, 0) for i, values in enumerate(lists)]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        value, i, j = heapq.heappop(heap)
        tail.next = ListNode(value)
        tail = tail.next
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return dummy.next
