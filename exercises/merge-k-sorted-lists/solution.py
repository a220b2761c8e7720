import heapq


def merge_k_lists(lists: List[List[int]]) -> Optional[ListNode]:
    # One heap entry per non-empty list: (current value, list index, position in that list).
    # The list index breaks ties, so two entries never compare beyond their second field.
    heap = [(values[0], i, 0) for i, values in enumerate(lists) if values]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        value, i, j = heap[0]
        tail.next = ListNode(value)
        tail = tail.next
        if j + 1 < len(lists[i]):
            heapq.heapreplace(heap, (lists[i][j + 1], i, j + 1))
        else:
            heapq.heappop(heap)
    return dummy.next
