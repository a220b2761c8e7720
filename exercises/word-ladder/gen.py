#!/usr/bin/env python3
"""Seeded generator for word-ladder (see tools/gen/genlib.py for the command line)."""
import pathlib
import string
import sys
from collections import deque

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 31415
MAX_LIST = 10**4
LETTERS = string.ascii_lowercase


def check(begin, end, words):
    size = len(begin)
    assert 1 <= size <= 10 and begin != end and len(end) == size
    assert 1 <= len(words) <= MAX_LIST and len(set(words)) == len(words)
    for w in [begin, end] + words:
        assert len(w) == size and set(w) <= set(LETTERS), w


def random_word(rng, size, alphabet=LETTERS):
    return "".join(rng.choice(alphabet) for _ in range(size))


def chain(rng, start, steps):
    """A ladder from `start`: position 0, 1, 2, ... changes in turn, never back to a recent
    letter, so words far apart on it differ in several positions (no shortcuts)."""
    words = [start]
    size = len(start)
    history = [[c] for c in start]
    for k in range(steps):
        i = k % size
        w = words[-1]
        c = rng.choice([x for x in LETTERS if x not in history[i][-3:]])
        history[i].append(c)
        words.append(w[:i] + c + w[i + 1:])
    return words


def neighbours_of(rng, words, count, exclude):
    """`count` one-letter variants of random words of `words` (dead ends and side branches)."""
    out = set()
    pool = list(words)
    while len(out) < count:
        w = rng.choice(pool)
        i = rng.randrange(len(w))
        v = w[:i] + rng.choice(LETTERS) + w[i + 1:]
        if v not in exclude:
            out.add(v)
    return sorted(out)


def brute(begin, end, words):
    """Plain BFS over an explicitly built graph (pairwise comparison)."""
    if end not in words:
        return 0
    nodes = [begin] + [w for w in words if w != begin]
    dist = {begin: 1}
    queue = deque([begin])
    while queue:
        u = queue.popleft()
        if u == end:
            return dist[u]
        for v in nodes:
            if v not in dist and sum(a != b for a, b in zip(u, v)) == 1:
                dist[v] = dist[u] + 1
                queue.append(v)
    return 0


def build(ex, rng):
    def case(name, begin, end, words):
        check(begin, end, words)
        return ex.case(name, begin, end, words)

    samples = [
        case("sample-1", "cold", "warm", ["cord", "card", "ward", "warm", "worm", "word", "wore", "core"]),
        case("sample-2", "hit", "cog", ["hot", "dot", "dog", "lot", "log"]),
        case("sample-3", "a", "c", ["a", "b", "c"]),
    ]
    hidden = [
        case("one-letter-direct", "x", "y", ["y"]),
        case("end-missing-but-one-step-away", "cat", "cot", ["cut", "cat", "bat"]),
        case("end-missing-deep", "lead", "gold", ["load", "goad"]),
        case("direct-step", "same", "sane", ["lane", "sane", "sand"]),
        case("begin-in-list", "dig", "dog", ["dog", "dig", "fig", "fog"]),
        case("no-ladder", "abc", "xyz", ["abd", "abz", "xyz", "xya"]),
        case("only-end-in-list-not-adjacent", "ab", "cd", ["cd"]),
        case("dead-end-first", "aaa", "ccc", ["baa", "bba", "bbb", "caa", "cca", "ccc", "aab", "abb"]),
        case("detour-versus-short", "lamp", "limb",
             ["lame", "lime", "limb", "lamb", "damp", "dame", "dime", "dims", "lams", "lims"]),
        case("swap-is-not-a-step", "ab", "ba", ["ba", "bb"]),
        case("ten-letters", "abcdefghij", "abcdefghiz", ["abcdefghiz", "abcdefghzj", "zbcdefghij"]),
    ]
    for k in range(4):
        size = rng.randint(2, 4)
        alphabet = LETTERS[:rng.randint(3, 5)]
        words = sorted({random_word(rng, size, alphabet) for _ in range(rng.randint(5, 30))})
        begin = random_word(rng, size, alphabet)
        end = rng.choice(words)
        if begin == end:
            begin = "z" * size
        hidden.append(case(f"random-small-{k}", begin, end, words))
    # medium: a long ladder with side branches
    ladder = chain(rng, random_word(rng, 6), 300)
    words = sorted(set(ladder[1:]) | set(neighbours_of(rng, ladder, 600, set(ladder))))
    hidden.append(case("long-ladder-with-branches", ladder[0], ladder[-1], words))
    # dense: 8-letter words over "abcd": each word has many neighbours
    pool = sorted({random_word(rng, 8, "abcd") for _ in range(25000)})
    words = rng.sample(pool, MAX_LIST)
    begin, end = "aaaaaaaa", "dddddddd"
    if end not in words:
        words[0] = end
    hidden.append(case("max-dense-small-alphabet", begin, end, words))
    # max: one long ladder through 5,000 words, 5,000 branches; BFS must go all the way
    ladder = chain(rng, random_word(rng, 10), 4999)
    words = list(ladder[1:]) + neighbours_of(rng, ladder, MAX_LIST - 4999, set(ladder))
    rng.shuffle(words)
    hidden.append(case("max-long-ladder", ladder[0], ladder[-1], words))
    # max: the same shape, but the end is one change beyond a gap: everything reachable is
    # explored before the answer 0 is known
    ladder = chain(rng, random_word(rng, 10), 5200)
    words = [w for w in ladder[1:] if w != ladder[-2]]
    words += neighbours_of(rng, ladder, MAX_LIST - len(words), set(ladder))
    rng.shuffle(words)
    hidden.append(case("max-unreachable-end", ladder[0], ladder[-1], words))
    return samples, hidden


def small(rng):
    size = rng.randint(1, 3)
    alphabet = LETTERS[:rng.randint(2, 4)]
    words = sorted({random_word(rng, size, alphabet) for _ in range(rng.randint(1, 12))})
    begin = random_word(rng, size, alphabet)
    end = random_word(rng, size, alphabet) if rng.random() < 0.2 else rng.choice(words)
    if begin == end:
        begin = "z" * size
    return begin, end, words


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
