#!/usr/bin/env python3
"""Seeded generator for the minimum-window-substring tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import string
import sys
from collections import Counter

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 8642
LETTERS = string.ascii_letters


def check(s, t):
    assert 1 <= len(s) <= 10**5 and 1 <= len(t) <= 10**5
    assert all(c in LETTERS for c in s + t)


def brute(s, t):
    """Independent check for small cases: every substring, shortest then leftmost."""
    need = Counter(t)
    for length in range(len(t), len(s) + 1):
        for i in range(len(s) - length + 1):
            have = Counter(s[i:i + length])
            if all(have[c] >= k for c, k in need.items()):
                return s[i:i + length]
    return ""


def rand_str(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def build(ex, rng):
    def case(name, s, t):
        check(s, t)
        return ex.case(name, s, t)

    samples = [
        case("sample-1", "xaybzcabx", "abc"),
        case("sample-2", "aa", "aaa"),
        case("sample-3", "baXab", "ab"),
    ]
    hidden = [
        case("single-match", "a", "a"),
        case("single-no-match", "a", "b"),
        case("t-longer-than-s", "ab", "abc"),
        case("s-equals-t", "hello", "hello"),
        case("same-letters-other-order", "olleh", "hello"),
        case("case-sensitive", "aAbB", "AB"),
        case("case-sensitive-none", "abc", "A"),
        case("repeated-letter-needed", "abacab", "aab"),
        case("repeats-far-apart", "aXXXXXXaYa", "aa"),
        case("tie-leftmost", "abcXXXcba", "abc"),
        case("tie-many-equal-windows", "xy" * 6, "yx"),
        case("answer-at-end", "zzzzzzab", "ba"),
        case("whole-string-needed", "abcdef", "fedcba"),
        case("shorter-window-later", "aXXbXXaXb", "ab"),
    ]
    for k in range(4):
        s = rand_str(rng, rng.randint(5, 40), "abcAB")
        t = rand_str(rng, rng.randint(1, 5), "abcAB")
        hidden.append(case(f"random-small-{k}", s, t))
    s = rand_str(rng, 3000, "abcdefgh")
    hidden.append(case("random-medium", s, rand_str(rng, 12, "abcdefgh")))
    n = 10**5
    # The two needed letters sit far apart: every start position extends ~n steps.
    hidden.append(case("max-n-far-apart", "a" * (n - 1) + "b", "ab"))
    hidden.append(case("max-n-ties-everywhere", "xy" * (n // 2), "yx"))
    s = rand_str(rng, n, LETTERS)
    hidden.append(case("max-n-random-letters", s, rand_str(rng, 40, LETTERS)))
    # t is a permutation of all of s: only the whole string works.
    s = rand_str(rng, n, "pqrs")
    t = list(s)
    rng.shuffle(t)
    hidden.append(case("max-n-t-is-all-of-s", s, "".join(t)))
    hidden.append(case("max-n-t-impossible", rand_str(rng, n, "mn"), "m" * 50000 + "o"))
    return samples, hidden


def small(rng):
    s = rand_str(rng, rng.randint(1, 10), "abA")
    t = rand_str(rng, rng.randint(1, 4), "abA")
    return s, t


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
