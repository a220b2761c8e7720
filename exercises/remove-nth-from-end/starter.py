# The judge predefines ListNode (do not redefine it):
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next


def remove_nth_from_end(head: Optional[ListNode], n: int) -> Optional[ListNode]:
    """Unlink the n-th node from the end (n = 1 is the last one) and return the head."""
    return head
