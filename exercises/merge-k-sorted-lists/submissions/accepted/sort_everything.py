# Ignores the sortedness: collect every value and sort, O(N log N). Accepted: with N <= 5 * 10^4
# it is as fast as the heap in practice (but an interviewer will ask for O(N log k)).
def merge_k_lists(lists: List[List[int]]) -> Optional[ListNode]:
    head = None
    for value in sorted((v for values in lists for v in values), reverse=True):
        head = ListNode(value, head)
    return head
