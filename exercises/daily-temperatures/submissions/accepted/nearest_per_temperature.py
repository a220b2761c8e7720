# O(n * W) with W = 201 possible temperatures: walking from the right, remember for each
# temperature the nearest day that has it; the answer for day i is the nearest among the
# temperatures above temperatures[i].
def daily_temperatures(temperatures: List[int]) -> List[int]:
    n = len(temperatures)
    nearest = [n] * 201  # nearest[t + 100] = smallest later index with temperature t
    wait = [0] * n
    for i in range(n - 1, -1, -1):
        t = temperatures[i] + 100
        j = min(nearest[t + 1:], default=n)
        if j < n:
            wait[i] = j - i
        nearest[t] = i
    return wait
