from functools import lru_cache

calls = []

@lru_cache(maxsize=2)
def area(w, h):
    calls.append((w, h))
    return w * h

for w, h in [(1, 2), (3, 4), (1, 2), (5, 6), (3, 4)]:
    area(w, h)
print(calls)
print(area.cache_info())
print(area(3.0, 4), area(5, 6), len(calls))
area.cache_clear()
print(area(5, 6), area.cache_info())
