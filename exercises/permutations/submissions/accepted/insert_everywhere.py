# Iterative: the permutations of the first k + 1 numbers are those of the first k numbers with
# the new number inserted at every possible position.
def permute(nums: List[int]) -> List[List[int]]:
    perms = [[]]
    for x in nums:
        perms = [p[:i] + [x] + p[i:] for p in perms for i in range(len(p) + 1)]
    return perms
