# Merge the lists in pairs, round after round (like merge sort): every value takes part in
# log2(k) merges, so O(N log k) in total.
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
        merged = [merge_two(lists[i], lists[i + 1]) for i in range(0, len(lists) - 1, 2)]
        if len(lists) % 2 == 1:
            merged.append(lists[-1])
        lists = merged
    head = None
    for value in reversed(lists[0]):
        head = ListNode(value, head)
    return head
