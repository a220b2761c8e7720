NEG_INF = float("-inf")
POS_INF = float("inf")


def prefix_medians(a: List[int], b: List[int], queries: List[List[int]]) -> List[float]:
    def median(x: List[int], m: int, y: List[int], n: int) -> float:
        """Median of x[:m] and y[:n], with m <= n."""
        half = (m + n + 1) // 2  # size of the left part (it holds the median when m + n is odd)
        lo, hi = 0, m
        while True:
            take = (lo + hi) // 2  # take x[:take] and y[:half - take] into the left part
            rest = half - take
            x_left = x[take - 1] if take > 0 else NEG_INF
            x_right = x[take] if take < m else POS_INF
            y_left = y[rest - 1] if rest > 0 else NEG_INF
            y_right = y[rest] if rest < n else POS_INF
            if x_left > y_right:
                hi = take - 1
            elif y_left > x_right:
                lo = take + 1
            else:
                left_max = max(x_left, y_left)
                if (m + n) % 2:
                    return float(left_max)
                return (left_max + min(x_right, y_right)) / 2

    out = []
    for i, j in queries:
        out.append(median(a, i, b, j) if i <= j else median(b, j, a, i))
    return out
