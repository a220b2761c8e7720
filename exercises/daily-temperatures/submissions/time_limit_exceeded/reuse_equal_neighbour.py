# Correct but O(n^2) in the worst case: the forward scan, with a shortcut for a day as warm as
# the day before (its wait is one less, or 0 too). That defeats a long plateau, but not
# alternating temperatures, where every other day still walks to the end.
def daily_temperatures(temperatures: List[int]) -> List[int]:
    t = temperatures
    n = len(t)
    wait = [0] * n
    for i in range(n):
        if i > 0 and t[i] == t[i - 1]:
            wait[i] = wait[i - 1] - 1 if wait[i - 1] else 0
            continue
        for j in range(i + 1, n):
            if t[j] > t[i]:
                wait[i] = j - i
                break
    return wait
