# Bug: merges the lists in pairs, but when a round has an odd number of lists the last one has
# no partner and is silently dropped.
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
    out.extend(b[j:])
    return out


def merge_k_lists(lists: List[List[int]]) -> Optional[ListNode]:
    if not lists:
        return None
    while len(lists) > 1:
        lists = [merge_two(lists[i], lists[i + 1]) for i in range(0, len(lists) - 1, 2)]
    head = None
    for value in reversed(lists[0]):
        head = ListNode(value, head)
    return head
