# The judge predefines ListNode (do not redefine it):
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next


def merge_k_lists(lists: List[List[int]]) -> Optional[ListNode]:
    """Merge the sorted lists of values into one sorted linked list and return its head."""
    pass
