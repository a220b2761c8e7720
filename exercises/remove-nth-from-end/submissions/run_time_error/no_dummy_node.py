# Bug: the two-pointer idea without a dummy node. When n equals the length (the head must go),
# `fast` runs off the end during the first loop and `fast.next` raises AttributeError.
def remove_nth_from_end(head: Optional[ListNode], n: int) -> Optional[ListNode]:
    fast = slow = head
    for _ in range(n):
        fast = fast.next
    while fast.next is not None:
        fast = fast.next
        slow = slow.next
    slow.next = slow.next.next
    return head
