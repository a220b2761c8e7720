# The textbook recursive reversal: correct, but it recurses once per node. On a list longer
# than about 1000 nodes it raises RecursionError (Python's default recursion limit).
def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    if head is None or head.next is None:
        return head
    new_head = reverse_list(head.next)
    head.next.next = head
    head.next = None
    return new_head
