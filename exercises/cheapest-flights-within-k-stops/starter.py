def find_cheapest_price(n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
    """Return the cheapest price from src to dst with at most k stops (k + 1 flights), or -1."""
    return -1
