# O(n^2) with hashing: count the values, then for every pair of distinct values a <= b look
# up the third value c = -a - b (which must be >= b so each triplet is generated once).
from collections import Counter


def three_sum(nums: List[int]) -> List[List[int]]:
    count = Counter(nums)
    values = sorted(count)
    out = []
    for i, a in enumerate(values):
        if a > 0:
            break
        for b in values[i:]:
            c = -a - b
            if c < b:
                break
            if c not in count:
                continue
            need = Counter((a, b, c))
            if all(count[v] >= k for v, k in need.items()):
                out.append([a, b, c])
    return out
