# Breadth-first search over the amounts still to pay: level d holds the amounts reachable with
# d coins, so the first time 0 is reached d is minimal. O(amount * len(coins)).
def coin_change(coins: List[int], amount: int) -> int:
    if amount == 0:
        return 0
    seen = [False] * (amount + 1)
    seen[amount] = True
    frontier = [amount]
    depth = 0
    while frontier:
        depth += 1
        nxt = []
        for rest in frontier:
            for c in coins:
                r = rest - c
                if r == 0:
                    return depth
                if r > 0 and not seen[r]:
                    seen[r] = True
                    nxt.append(r)
        frontier = nxt
    return -1
