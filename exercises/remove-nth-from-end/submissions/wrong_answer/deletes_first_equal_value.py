# Bug: finds the VALUE of the n-th node from the end, then deletes the first node holding that
# value. With repeated values that can be a different node.
def remove_nth_from_end(head: Optional[ListNode], n: int) -> Optional[ListNode]:
    values = []
    node = head
    while node:
        values.append(node.val)
        node = node.next
    target = values[-n]
    dummy = ListNode(0, head)
    prev = dummy
    while prev.next.val != target:
        prev = prev.next
    prev.next = prev.next.next
    return dummy.next
