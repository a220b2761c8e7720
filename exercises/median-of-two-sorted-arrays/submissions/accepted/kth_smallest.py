# O(log(i + j)) per query with the "k-th smallest of two sorted lists" recursion-free search:
# discard about k/2 elements from one list at each step.
def prefix_medians(a: List[int], b: List[int], queries: List[List[int]]) -> List[float]:
    def kth(i: int, j: int, k: int) -> int:
        """k-th smallest (1-based) of a[:i] and b[:j]."""
        sa, sb = 0, 0
        while True:
            if sa == i:
                return b[sb + k - 1]
            if sb == j:
                return a[sa + k - 1]
            if k == 1:
                return min(a[sa], b[sb])
            step = k // 2
            na = min(sa + step, i)
            nb = min(sb + step, j)
            if a[na - 1] <= b[nb - 1]:
                k -= na - sa
                sa = na
            else:
                k -= nb - sb
                sb = nb

    out = []
    for i, j in queries:
        t = i + j
        if t % 2:
            out.append(float(kth(i, j, t // 2 + 1)))
        else:
            out.append((kth(i, j, t // 2) + kth(i, j, t // 2 + 1)) / 2)
    return out
