# Correct but very slow: builds every ORDERED sequence of candidates that sums to target, then
# removes duplicates by sorting each one. With small candidates and target 40 there are tens
# of millions of sequences for a few thousand combinations.
def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    found = set()
    path = []

    def search(remaining: int) -> None:
        if remaining == 0:
            found.add(tuple(sorted(path)))
            return
        for c in candidates:
            if c <= remaining:
                path.append(c)
                search(remaining - c)
                path.pop()

    search(target)
    return [list(t) for t in found]
