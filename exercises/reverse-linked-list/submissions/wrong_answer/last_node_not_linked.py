# Bug: the loop stops AT the last node (while cur.next) and returns it as the new head without
# pointing it back at the reversed part, so only one node comes back.
def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    if head is None:
        return None
    prev, cur = None, head
    while cur.next is not None:
        nxt = cur.next
        cur.next = prev
        prev = cur
        cur = nxt
    return cur
