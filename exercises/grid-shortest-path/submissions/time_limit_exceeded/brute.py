# Correct but slow: Bellman-Ford-like sweeps over the whole grid, relaxing every free cell from
# its neighbours, until a sweep changes nothing. On a winding maze a distance can advance by
# only one cell per sweep, so this is O((R * C)^2) in the worst case.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    rows, cols = int(data[0]), int(data[1])
    grid = [row.decode() for row in data[2:2 + rows]]
    inf = float("inf")
    dist = [[inf] * cols for _ in range(rows)]
    free = []
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "S":
                dist[r][c] = 0
                start = (r, c)
            elif grid[r][c] != "#":
                free.append((r, c))
            if grid[r][c] == "T":
                target = (r, c)
    changed = True
    while changed:
        changed = False
        for r, c in free:
            best = dist[r][c]
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and dist[nr][nc] + 1 < best:
                    best = dist[nr][nc] + 1
            if best < dist[r][c]:
                dist[r][c] = best
                changed = True
    answer = dist[target[0]][target[1]]
    print(-1 if answer == inf else answer)


main()
