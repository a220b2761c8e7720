# Misreading: records WHICH day is warmer (its index) instead of how many days later it is.
def daily_temperatures(temperatures: List[int]) -> List[int]:
    wait = [0] * len(temperatures)
    stack = []
    for i, t in enumerate(temperatures):
        while stack and temperatures[stack[-1]] < t:
            wait[stack.pop()] = i
        stack.append(i)
    return wait
