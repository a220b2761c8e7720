#!/usr/bin/env python3
"""Seeded generator for top-k-frequent-words (see tools/gen/genlib.py for the command line)."""
import pathlib
import string
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 44021
MAX_N = 5 * 10**4
LETTERS = string.ascii_lowercase


def word(rng, lo=1, hi=10, alphabet=LETTERS):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def distinct_words(rng, d, lo, hi, alphabet=LETTERS):
    seen = set()
    while len(seen) < d:
        seen.add(word(rng, lo, hi, alphabet))
    return sorted(seen)


def with_counts(rng, counts):
    """A shuffled list holding each word of `counts` (word -> count) that many times."""
    words = [w for w, c in counts.items() for _ in range(c)]
    rng.shuffle(words)
    return words


def reverse_first_seen(counts):
    """Each word's copies in reverse alphabetical order of first appearance (traps for
    first-occurrence tie breaking)."""
    return [w for w in sorted(counts, reverse=True) for _ in range(counts[w])]


def brute(words, k):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    order = sorted(counts)                   # alphabetical ...
    order.sort(key=lambda w: counts[w], reverse=True)  # ... then stable by count
    return order[:k]


def build(ex, rng):

    def case(name, words, k):
        assert 1 <= len(words) <= MAX_N
        assert all(1 <= len(w) <= 10 and set(w) <= set(LETTERS) for w in words)
        assert 1 <= k <= len(set(words))
        return ex.case(name, words, k)

    samples = [
        case("sample-1", ["pear", "fig", "pear", "kiwi", "fig", "apple"], 2),
        case("sample-2", ["b", "a", "c", "b", "a", "b"], 3),
        case("sample-3", ["go", "go", "do", "do", "to", "to"], 2),
    ]
    hidden = [
        case("single-word", ["x"], 1),
        case("all-the-same-word", ["zebra"] * 12, 1),
        case("all-distinct-k-1", ["mango", "kiwi", "date", "fig", "lime"], 1),
        case("all-distinct-k-all", ["mango", "kiwi", "date", "fig", "lime"], 5),
        case("prefix-words", ["ab", "abc", "a", "abc", "ab", "a", "b"], 3),
        case("tie-at-the-cutoff", ["zz", "zz", "yy", "yy", "xx", "xx", "ww", "ww", "q"], 2),
        case("tie-below-a-winner", ["e", "d", "c", "b", "a", "e", "d", "c", "b", "a", "zz", "zz", "zz"], 3),
        case("reverse-alphabetical-first-seen",
             reverse_first_seen({"apple": 3, "banana": 3, "cherry": 3, "date": 1}), 2),
        case("longest-words", ["abcdefghij", "abcdefghii", "abcdefghij", "abcdefghii", "jihgfedcba"], 2),
        case("counts-beat-alphabet", ["zzz"] * 3 + ["aaa"] * 2 + ["mmm"] * 2, 2),
    ]
    for k in range(4):
        ws = distinct_words(rng, rng.randint(3, 8), 1, 3, "abc")
        counts = {w: rng.randint(1, 3) for w in ws}
        hidden.append(case(f"random-small-{k}", with_counts(rng, counts), rng.randint(1, len(ws))))
    for k in range(2):
        ws = distinct_words(rng, rng.randint(200, 800), 1, 6)
        counts = {w: rng.randint(1, 6) for w in ws}
        hidden.append(case(f"random-medium-{k}", with_counts(rng, counts), rng.randint(1, len(ws))))
    # Large: most words distinct (so counting each one by a scan is O(n * d)), counts in a few
    # big tie groups, k = every distinct word.
    ws = distinct_words(rng, 25000, 3, 5)
    counts = {w: (1 if i % 3 else 2 + i % 4) for i, w in enumerate(rng.sample(ws, len(ws)))}
    words = with_counts(rng, counts)[:MAX_N]
    hidden.append(case("large-k-all-distinct-words", words, len(set(words))))
    # Large: the k-th place sits in the middle of a big tie group, first appearances are in
    # reverse alphabetical order.
    ws = distinct_words(rng, 20000, 3, 5)
    counts = {w: 1 + (i % 3 == 0) + (i % 7 == 0) for i, w in enumerate(rng.sample(ws, len(ws)))}
    words = reverse_first_seen(counts)[:MAX_N]
    hidden.append(case("large-tie-at-cutoff", words, 5000))
    return samples, hidden


def small(rng):
    ws = [word(rng, 1, 3, "ab") for _ in range(rng.randint(1, 15))]
    return ws, rng.randint(1, len(set(ws)))


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
