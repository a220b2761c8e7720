# Bug: pops while the new temperature is >= the waiting one, so a day with the SAME
# temperature is treated as warmer.
def daily_temperatures(temperatures: List[int]) -> List[int]:
    wait = [0] * len(temperatures)
    stack = []
    for i, t in enumerate(temperatures):
        while stack and temperatures[stack[-1]] <= t:
            j = stack.pop()
            wait[j] = i - j
        stack.append(i)
    return wait
