#!/usr/bin/env python3
"""Seeded generator for word-search (see tools/gen/genlib.py for the command line)."""
import pathlib
import string
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 2468
LETTERS = set(string.ascii_letters)


def check(board, word):
    assert 1 <= len(board) <= 6 and 1 <= len(board[0]) <= 6
    assert all(len(row) == len(board[0]) for row in board)
    assert all(len(ch) == 1 and ch in LETTERS for row in board for ch in row)
    assert 1 <= len(word) <= 20 and set(word) <= LETTERS


def random_board(rng, rows, cols, alphabet):
    return [[rng.choice(alphabet) for _ in range(cols)] for _ in range(rows)]


def walk(rng, board, length, simple=True):
    """The letters along a random walk (self-avoiding if `simple`), or None if it got stuck."""
    rows, cols = len(board), len(board[0])
    r, c = rng.randrange(rows), rng.randrange(cols)
    path = [(r, c)]
    while len(path) < length:
        options = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                   if 0 <= r + dr < rows and 0 <= c + dc < cols]
        if simple:
            options = [p for p in options if p not in path]
        if not options:
            return None
        r, c = rng.choice(options)
        path.append((r, c))
    return "".join(board[r][c] for r, c in path)


def traced_word(rng, board, length, simple=True):
    for _ in range(1000):
        w = walk(rng, board, length, simple)
        if w is not None:
            return w
    raise AssertionError("no walk")


def build(ex, rng):
    def case(name, board, word):
        check(board, word)
        return ex.case(name, board, word)

    grid = [["s", "e", "e", "k"], ["t", "a", "r", "s"], ["o", "n", "e", "t"]]
    samples = [
        case("sample-1", grid, "stare"),
        case("sample-2", grid, "tat"),
        case("sample-3", [["q"]], "q"),
    ]
    all_a = [["a"] * 6 for _ in range(6)]
    corner_b = [row[:] for row in all_a]
    corner_b[5][5] = "b"
    walled_b = [row[:] for row in corner_b]
    walled_b[0][0], walled_b[5][5] = "b", "a"
    walled_b[0][1] = walled_b[1][0] = "c"
    one_b = [row[:] for row in all_a]
    one_b[0][0] = "b"
    hidden = [
        case("single-cell-mismatch", [["q"]], "p"),
        case("case-sensitive", [["A", "b"]], "ab"),
        case("word-longer-than-board", [["a", "a"], ["a", "a"]], "aaaaa"),
        case("needs-cell-twice", [["a", "b", "c"], ["d", "e", "a"]], "aba"),
        case("no-diagonal-moves", [["a", "x"], ["x", "b"]], "ab"),
        case("second-start-works", [["a", "x", "a"], ["x", "x", "b"]], "ab"),
        case("backtrack-out-of-dead-end", [["a", "b", "c"], ["b", "c", "d"]], "abcd"),
        case("dead-end-cell-needed-later", [["c", "a", "a"], ["a", "a", "b"]], "aaab"),
        case("whole-board-snake", [["a", "b", "c"], ["f", "e", "d"], ["g", "h", "i"]], "abcdefghi"),
        case("palindrome-needs-two-cells", [["x", "y", "x"]], "xyx"),
        case("palindrome-one-x-only", [["x", "y"]], "xyx"),
        case("letter-count-short", [["a", "b", "a"], ["b", "a", "b"]], "abababa"),
        case("full-length-all-a", all_a, "a" * 20),
        case("checkerboard-alternating", [["a" if (r + c) % 2 == 0 else "b" for c in range(6)] for r in range(6)],
             "ab" * 10),
        case("one-b-word-starts-with-it", corner_b, "b" + "a" * 19),
        case("max-all-a-missing-last-letter", all_a, "a" * 19 + "b"),
        case("max-all-a-missing-first-letter", all_a, "z" + "a" * 19),
        # the letter counts allow it, but the only "b" is walled off: searching from the "a"
        # end tries every path of a's; searching from the rare end fails at once
        case("max-rare-last-letter-walled-off", walled_b, "a" * 19 + "b"),
        # both ends are common letters, but the word needs two "b"s and the board has one:
        # only counting the letters rejects it before the search
        case("max-one-letter-short-mid-word", one_b, "a" * 17 + "bba"),
    ]
    for k in range(6):
        board = random_board(rng, rng.randint(2, 6), rng.randint(2, 6), "abcde"[:rng.randint(3, 5)])
        n = len(board) * len(board[0])
        word = traced_word(rng, board, rng.randint(2, min(n, 12)), simple=(k % 2 == 0))
        hidden.append(case(f"random-{k}", board, word))
    board = random_board(rng, 6, 6, string.ascii_letters)
    hidden.append(case("random-mixed-case", board, traced_word(rng, board, 14)))
    return samples, hidden


def small(rng):
    board = random_board(rng, rng.randint(1, 3), rng.randint(1, 3), "abc"[:rng.randint(1, 3)])
    n = len(board) * len(board[0])
    if rng.random() < 0.5:
        simple = rng.random() < 0.5 or n == 1
        word = traced_word(rng, board, rng.randint(1, min(n, 6) if simple else 6), simple=simple)
    else:
        word = "".join(rng.choice("abcd") for _ in range(rng.randint(1, 6)))
    return board, word


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/plain_backtracking.py")
