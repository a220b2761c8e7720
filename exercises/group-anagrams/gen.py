#!/usr/bin/env python3
"""Seeded generator for the group-anagrams tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import string
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 1492
LOW = string.ascii_lowercase


def check(words):
    assert 1 <= len(words) <= 5 * 10**4
    assert all(len(w) <= 100 and all(c in LOW for c in w) for w in words)


def brute(words):
    """Independent check: two words are anagrams iff their letter counts are equal."""
    groups = []
    for w in words:
        for g in groups:
            if sorted(g[0]) == sorted(w):
                g.append(w)
                break
        else:
            groups.append([w])
    return groups


def shuffled(rng, word):
    letters = list(word)
    rng.shuffle(letters)
    return "".join(letters)


def word(rng, lo, hi, alphabet=LOW):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def anagram_family(rng, n_groups, size_lo, size_hi, len_lo, len_hi, alphabet=LOW):
    words = []
    for _ in range(n_groups):
        base = word(rng, len_lo, len_hi, alphabet)
        words += [shuffled(rng, base) for _ in range(rng.randint(size_lo, size_hi))]
    rng.shuffle(words)
    return words


def build(ex, rng):
    def case(name, words):
        check(words)
        return ex.case(name, words)

    samples = [
        case("sample-1", ["listen", "enlist", "google", "silent", "gogole", "cat"]),
        case("sample-2", [""]),
        case("sample-3", ["ab", "ba", "ab", "a"]),
    ]
    hidden = [
        case("single-word", ["abc"]),
        case("several-empty-words", ["", "a", "", ""]),
        case("all-identical", ["zz", "zz", "zz"]),
        case("same-letters-different-counts", ["aab", "abb", "bab", "aba"]),
        case("same-letter-sum", ["ad", "bc", "da", "cb"]),
        case("no-anagrams", ["abc", "abd", "abe", "bcd"]),
        case("single-letters", ["a", "b", "a", "c", "b"]),
        case("prefix-is-not-anagram", ["ab", "abc", "ba", "cab"]),
        case("long-words", ["a" * 100, "a" * 99 + "b", "b" + "a" * 99, "a" * 100]),
    ]
    for k in range(4):
        hidden.append(case(f"random-small-{k}", anagram_family(rng, rng.randint(2, 6), 1, 4, 0, 4, "abc")))
    hidden.append(case("random-medium", anagram_family(rng, 300, 1, 6, 1, 12, "abcdef")))
    hidden.append(case("long-words-many-groups", anagram_family(rng, 60, 1, 8, 90, 100, "ab")))
    # Large: 5 * 10^4 words, almost all in groups of their own (a linear search over the
    # groups costs ~10^9 comparisons), plus a big family of anagrams.
    words = [word(rng, 5, 7) for _ in range(47000)] + anagram_family(rng, 30, 50, 150, 4, 6)
    rng.shuffle(words)
    hidden.append(case("max-n-mostly-distinct", words[:5 * 10**4]))
    return samples, hidden


def small(rng):
    return (anagram_family(rng, rng.randint(1, 4), 1, 3, 0, 4, "abc"),)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
