# Correct but O(k * N): for every output value, scans the current head of every list to find
# the smallest one.
def merge_k_lists(lists: List[List[int]]) -> Optional[ListNode]:
    pos = [0] * len(lists)
    dummy = tail = ListNode()
    while True:
        best = -1
        for i, values in enumerate(lists):
            if pos[i] < len(values) and (best < 0 or values[pos[i]] < lists[best][pos[best]]):
                best = i
        if best < 0:
            break
        tail.next = ListNode(lists[best][pos[best]])
        tail = tail.next
        pos[best] += 1
    return dummy.next
