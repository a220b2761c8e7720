# Bug: swaps position k with each later position but never swaps back, so later choices start
# from a scrambled list: for n >= 3 some permutations repeat and others are missing.
def permute(nums: List[int]) -> List[List[int]]:
    a = list(nums)
    n = len(a)
    result = []

    def go(k: int) -> None:
        if k == n:
            result.append(a[:])
            return
        for i in range(k, n):
            a[k], a[i] = a[i], a[k]
            go(k + 1)

    go(0)
    return result
