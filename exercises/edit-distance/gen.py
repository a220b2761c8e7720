#!/usr/bin/env python3
"""Seeded generator for the edit-distance tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import string
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240704
MAX_LEN = 200


def word(rng, n, letters=string.ascii_lowercase):
    return "".join(rng.choice(letters) for _ in range(n))


def mutate(rng, w, edits):
    """w after `edits` random single-letter edits (so the distance is at most `edits`)."""
    w = list(w)
    for _ in range(edits):
        op = rng.choice("ird") if w else "i"
        k = rng.randrange(len(w) + (op == "i"))
        if op == "i":
            w.insert(k, rng.choice(string.ascii_lowercase))
        elif op == "r":
            w[k] = rng.choice(string.ascii_lowercase)
        else:
            del w[k]
    return "".join(w)[:MAX_LEN]


def build(ex, rng):
    def case(name, a, b):
        assert len(a) <= MAX_LEN and len(b) <= MAX_LEN
        assert set(a + b) <= set(string.ascii_lowercase)
        return ex.case(name, a, b)

    samples = [
        case("sample-1", "kitten", "sitting"),
        case("sample-2", "", "abc"),
        case("sample-3", "flaw", "lawn"),
    ]
    base = word(rng, 150)
    hidden = [
        case("both-empty", "", ""),
        case("second-empty", "abcde", ""),
        case("identical", "interview", "interview"),
        case("single-replace", "a", "b"),
        case("single-same", "z", "z"),
        case("one-replacement", "abc", "abd"),
        case("insert-at-front", "abcdef", "xabcdef"),
        case("delete-at-front", "python", "ython"),
        case("reversed", "abcdefg", "gfedcba"),
        case("repeated-letters", "aaaa", "aaaaaaa"),
        case("prefix", "pre", "prefix"),
        case("anagram", "listen", "silent"),
        case("no-common-letters", "abcdefghijklm", "nopqrstuvwxyz"),
        case("random-small", word(rng, 12, "abc"), word(rng, 10, "abc")),
        case("few-edits-apart", base, mutate(rng, base, 6)),
        case("many-edits-apart", base, mutate(rng, base, 80)),
        case("random-binary-alphabet", word(rng, 180, "ab"), word(rng, 170, "ab")),
        case("max-len-disjoint", "a" * MAX_LEN, "b" * MAX_LEN),
        case("max-len-shifted", "ab" * 100, "ba" * 100),
        case("max-len-random", word(rng, MAX_LEN), word(rng, MAX_LEN)),
        case("max-len-vs-empty", word(rng, MAX_LEN), ""),
        case("max-len-vs-one", "q", word(rng, MAX_LEN, "xyz")),
    ]
    return samples, hidden


def small(rng):
    letters = rng.choice(["a", "ab", "abc", string.ascii_lowercase])
    return word(rng, rng.randint(0, 7), letters), word(rng, rng.randint(0, 7), letters)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/plain_recursion.py")
