# Right to left: to find the next warmer day after i, hop along the answers already computed
# (j -> j + wait[j]) instead of stepping one day at a time. Amortized O(n).
def daily_temperatures(temperatures: List[int]) -> List[int]:
    n = len(temperatures)
    wait = [0] * n
    for i in range(n - 2, -1, -1):
        j = i + 1
        while temperatures[j] <= temperatures[i]:
            if wait[j] == 0:
                j = i  # nothing warmer after j, so nothing warmer after i either
                break
            j += wait[j]
        wait[i] = j - i
    return wait
