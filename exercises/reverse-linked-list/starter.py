# The judge predefines ListNode (do not redefine it):
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next


def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    """Reverse the list in place and return its new head."""
    pass
