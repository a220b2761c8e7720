# Bug: the two-way merge used by the pairwise rounds copies what is left of the FIRST list
# after the loop, but forgets the leftovers of the second one.
def merge_two(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    return out


def merge_k_lists(lists: List[List[int]]) -> Optional[ListNode]:
    if not lists:
        return None
    while len(lists) > 1:
        merged = [merge_two(lists[i], lists[i + 1]) for i in range(0, len(lists) - 1, 2)]
        if len(lists) % 2 == 1:
            merged.append(lists[-1])
        lists = merged
    head = None
    for value in reversed(lists[0]):
        head = ListNode(value, head)
    return head
