# Correct but O(i + j) per query (sorted() merges the two sorted runs in C, still linear).
def prefix_medians(a: List[int], b: List[int], queries: List[List[int]]) -> List[float]:
    out = []
    for i, j in queries:
        merged = sorted(a[:i] + b[:j])
        t = len(merged)
        if t % 2:
            out.append(float(merged[t // 2]))
        else:
            out.append((merged[t // 2 - 1] + merged[t // 2]) / 2)
    return out
