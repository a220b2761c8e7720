# Correct but O(sz^2): for each node in turn, counts how many nodes follow it to decide whether
# it is the n-th from the end.
def remove_nth_from_end(head: Optional[ListNode], n: int) -> Optional[ListNode]:
    dummy = ListNode(0, head)
    prev = dummy
    while prev.next is not None:
        count = 0
        node = prev.next
        while node is not None:
            count += 1
            node = node.next
        if count == n:
            prev.next = prev.next.next
            break
        prev = prev.next
    return dummy.next
