# Wrong: returns the last cable whose two ends both have two or more cables, assuming such
# cables are exactly the loop. A branch hanging off the loop through a machine of degree >= 2
# has such cables too.
def find_redundant_connection(edges: List[List[int]]) -> List[int]:
    degree = [0] * (len(edges) + 1)
    for a, b in edges:
        degree[a] += 1
        degree[b] += 1
    for a, b in reversed(edges):
        if degree[a] >= 2 and degree[b] >= 2:
            return [a, b]
    return []
