#!/usr/bin/env python3
"""Seeded generator for the implement-trie tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import string
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 112358


class Calls:
    def __init__(self):
        self.ops, self.args = ["Trie"], [[]]

    def __call__(self, op, s):
        self.ops.append(op)
        self.args.append([s])
        return self


def word(rng, lo, hi, alphabet=string.ascii_lowercase):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def random_calls(rng, count, alphabet, lo, hi):
    c = Calls()
    inserted = []
    for _ in range(count):
        r = rng.random()
        if r < 0.4 or not inserted:
            w = word(rng, lo, hi, alphabet)
            inserted.append(w)
            c("insert", w)
        else:
            op = "search" if r < 0.7 else "startsWith"
            if rng.random() < 0.5:
                base = rng.choice(inserted)           # a stored word, a prefix of one, or longer
                cut = rng.randint(1, len(base) + 1)
                s = base[:cut] if cut <= len(base) else base + rng.choice(alphabet)
            else:
                s = word(rng, lo, hi, alphabet)
            c(op, s)
    return c


def case(ex, name, c):
    return ex.case(name, c.ops, c.args)


def build(ex, rng):
    samples = [
        ex.case("sample-1", ["Trie", "insert", "search", "search", "startsWith", "insert", "search"],
                [[], ["cart"], ["cart"], ["car"], ["car"], ["car"], ["car"]]),
        ex.case("sample-2", ["Trie", "insert", "insert", "search", "startsWith", "startsWith", "search",
                             "search"],
                [[], ["dog"], ["door"], ["do"], ["do"], ["dot"], ["door"], ["doors"]]),
        ex.case("sample-3", ["Trie", "startsWith", "search", "insert", "search", "startsWith", "startsWith"],
                [[], ["a"], ["a"], ["a"], ["a"], ["a"], ["ab"]]),
    ]
    hidden = []
    c = Calls()
    c("insert", "app")("insert", "apple")("search", "app")("search", "appl")("startsWith", "appl")
    c("search", "apple")("search", "apples")
    hidden.append(case(ex, "prefix-inserted-first", c))
    c = Calls()
    c("insert", "apple")("insert", "app")("search", "apple")("search", "app")("startsWith", "apple")
    c("startsWith", "applf")
    hidden.append(case(ex, "word-inserted-first", c))
    c = Calls()
    c("insert", "team")("insert", "tea")("insert", "ten")("insert", "to")("search", "te")
    c("startsWith", "te")("search", "tea")("search", "team")("search", "ten")("startsWith", "tex")
    c("search", "t")("startsWith", "t")("search", "to")
    hidden.append(case(ex, "shared-prefixes", c))
    c = Calls()
    c("insert", "zz")("insert", "zz")("search", "zz")("search", "z")("startsWith", "zzz")
    hidden.append(case(ex, "same-word-twice", c))
    c = Calls()
    for ch in string.ascii_lowercase:
        c("insert", ch)
    for ch in string.ascii_lowercase:
        c("search", ch)
        c("startsWith", ch + ch)
    hidden.append(case(ex, "single-letters", c))
    c = Calls()
    chain = "".join(rng.choice("xy") for _ in range(60))
    for k in range(60, 0, -3):
        c("insert", chain[:k])
    for k in range(1, 62):
        c("search" if k % 2 else "startsWith", chain[:k] if k <= 60 else chain + "x")
    hidden.append(case(ex, "nested-prefixes", c))
    c = Calls()
    stem = word(rng, 1990, 1990, "ab")
    for k in range(12):
        c("insert", stem + word(rng, 10, 10, "ab"))
    c("search", stem)("startsWith", stem)("startsWith", stem + "c")("search", stem[:-1])
    c("search", c.args[1][0])("startsWith", c.args[5][0])("search", c.args[3][0][:-1] + "c")
    hidden.append(case(ex, "long-words", c))
    for k in range(4):
        hidden.append(case(ex, f"random-small-{k}", random_calls(rng, rng.randint(10, 40), "ab", 1, 5)))
    hidden.append(case(ex, "random-medium", random_calls(rng, 3000, "abc", 1, 12)))
    # Large: 10^4 words, then 10^4 prefix queries that mostly find nothing, so checking every
    # stored word costs O(number of words) per query.
    c = Calls()
    words = set()
    while len(words) < 10000:
        words.add(word(rng, 6, 9, "abcdefghijklm"))
    words = sorted(words)
    rng.shuffle(words)
    for w in words:
        c("insert", w)
    for _ in range(10000):
        if rng.random() < 0.1:
            w = rng.choice(words)
            c("startsWith", w[:rng.randint(1, len(w))])
        else:
            c("startsWith", word(rng, 2, 3, "abcdefghijklm") + word(rng, 1, 1, "nopqrstuvwxyz"))
    hidden.append(case(ex, "many-words-many-prefix-queries", c))
    return samples, hidden


def small(rng):
    c = random_calls(rng, rng.randint(1, 14), rng.choice(["a", "ab", "abc"]), 1, 4)
    return c.ops, c.args


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/scan_all_words.py")
