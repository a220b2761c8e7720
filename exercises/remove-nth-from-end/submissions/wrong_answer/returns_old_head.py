# Bug: uses a dummy node correctly but returns `head` instead of `dummy.next`. When the head is
# the node removed, the old head (still linked to the rest) comes back.
def remove_nth_from_end(head: Optional[ListNode], n: int) -> Optional[ListNode]:
    dummy = ListNode(0, head)
    fast = slow = dummy
    for _ in range(n + 1):
        fast = fast.next
    while fast is not None:
        fast = fast.next
        slow = slow.next
    slow.next = slow.next.next
    return head
