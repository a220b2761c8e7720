def remove_nth_from_end(head: Optional[ListNode], n: int) -> Optional[ListNode]:
    dummy = ListNode(0, head)   # lets us remove the head like any other node
    fast = slow = dummy
    for _ in range(n + 1):      # open a gap of n nodes between slow and fast
        fast = fast.next
    while fast is not None:
        fast = fast.next
        slow = slow.next
    slow.next = slow.next.next  # slow is just before the n-th node from the end
    return dummy.next
