def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    prev = None
    cur = head
    while cur is not None:
        nxt = cur.next      # save the rest of the list before overwriting the pointer
        cur.next = prev
        prev = cur
        cur = nxt
    return prev
