# Bug: an `if` instead of a `while`: a warm day answers only the top waiting day, although it
# may be warmer than several days below it on the stack.
def daily_temperatures(temperatures: List[int]) -> List[int]:
    wait = [0] * len(temperatures)
    stack = []
    for i, t in enumerate(temperatures):
        if stack and temperatures[stack[-1]] < t:
            j = stack.pop()
            wait[j] = i - j
        stack.append(i)
    return wait
