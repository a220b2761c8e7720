# Correct but O(k * N): adds the lists one at a time and re-sorts the values gathered so far.
# sorted() runs in C and merges the two sorted runs in linear time, but it is still a pass
# over everything collected so far for each of the k lists.
def merge_k_lists(lists: List[List[int]]) -> Optional[ListNode]:
    values = []
    for lst in lists:
        values = sorted(values + lst)
    dummy = tail = ListNode()
    for v in values:
        tail.next = ListNode(v)
        tail = tail.next
    return dummy.next
