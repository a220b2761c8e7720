def daily_temperatures(temperatures: List[int]) -> List[int]:
    wait = [0] * len(temperatures)
    # Indices of the days still waiting for a warmer day. Their temperatures never increase
    # from bottom to top: a warmer day would already have answered the ones below it.
    stack = []
    for i, t in enumerate(temperatures):
        while stack and temperatures[stack[-1]] < t:
            j = stack.pop()
            wait[j] = i - j
        stack.append(i)
    return wait  # days left on the stack never get warmer: they keep 0
