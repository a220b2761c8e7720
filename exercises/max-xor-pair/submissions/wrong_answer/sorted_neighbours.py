# Misconception: sort and XOR only neighbours. That finds the MINIMUM XOR of a pair (close
# values share their high bits), not the maximum.
def find_maximum_xor(nums: List[int]) -> int:
    a = sorted(nums)
    return max(a[i] ^ a[i + 1] for i in range(len(a) - 1))
