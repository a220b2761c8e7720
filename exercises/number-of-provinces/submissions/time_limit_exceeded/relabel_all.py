# Correct but O(n * len(roads)): every city carries a province label, and each road that joins
# two provinces relabels them by scanning all n cities.
def count_provinces(n: int, roads: List[List[int]]) -> int:
    label = list(range(n))
    provinces = n
    for a, b in roads:
        old, new = label[a], label[b]
        if old == new:
            continue
        for x in range(n):
            if label[x] == old:
                label[x] = new
        provinces -= 1
    return provinces
