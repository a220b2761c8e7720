# Bug: starts the loop at the second node with prev = head, so the old head's `next` is never
# cleared: it still points at the second node, which now points back at it (a cycle).
def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    if head is None:
        return None
    prev, cur = head, head.next
    while cur is not None:
        nxt = cur.next
        cur.next = prev
        prev = cur
        cur = nxt
    return prev
