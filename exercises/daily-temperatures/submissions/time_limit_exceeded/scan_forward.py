# Correct but O(n^2) in the worst case: for every day, walk forward until a warmer day. On a
# long stretch of equal temperatures every walk goes to the end.
def daily_temperatures(temperatures: List[int]) -> List[int]:
    n = len(temperatures)
    wait = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if temperatures[j] > temperatures[i]:
                wait[i] = j - i
                break
    return wait
