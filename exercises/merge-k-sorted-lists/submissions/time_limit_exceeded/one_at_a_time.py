# Correct but O(k * N): builds a linked list from each input list and merges it into the
# result so far, which is walked again for every one of the k lists.
def to_nodes(values):
    head = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def merge_two(a, b):
    dummy = tail = ListNode()
    while a and b:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a or b
    return dummy.next


def merge_k_lists(lists: List[List[int]]) -> Optional[ListNode]:
    result = None
    for values in lists:
        result = merge_two(result, to_nodes(values))
    return result
