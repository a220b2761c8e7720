# Bug: the left part gets (m + n) // 2 elements, but the odd case still returns the left part's
# maximum; with a rounded-down half the median is the RIGHT part's minimum.
def prefix_medians(a: List[int], b: List[int], queries: List[List[int]]) -> List[float]:
    inf = float("inf")

    def median(x, m, y, n):
        half = (m + n) // 2
        lo, hi = 0, m
        while True:
            take = (lo + hi) // 2
            rest = half - take
            xl = x[take - 1] if take > 0 else -inf
            xr = x[take] if take < m else inf
            yl = y[rest - 1] if rest > 0 else -inf
            yr = y[rest] if rest < n else inf
            if xl > yr:
                hi = take - 1
            elif yl > xr:
                lo = take + 1
            else:
                if (m + n) % 2:
                    return float(max(xl, yl))
                return (max(xl, yl) + min(xr, yr)) / 2

    return [median(a, i, b, j) if i <= j else median(b, j, a, i) for i, j in queries]
