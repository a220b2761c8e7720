#!/usr/bin/env python3
"""Seeded generator for alien-dictionary (see tools/gen/genlib.py for the command line)."""
import itertools
import pathlib
import string
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 1492
MAX_WORDS = 10**4
MAX_LEN = 30


def check(words):
    assert 1 <= len(words) <= MAX_WORDS
    for w in words:
        assert 1 <= len(w) <= MAX_LEN and set(w) <= set(string.ascii_lowercase), w


def alien_sorted(words, alphabet):
    rank = {c: i for i, c in enumerate(alphabet)}
    return sorted(words, key=lambda w: [rank[c] for c in w])


def random_words(rng, alphabet, n, lo, hi, stems=None):
    """n random words; with `stems`, most words extend one of a few long common stems, so
    neighbouring words share long prefixes."""
    out = []
    for _ in range(n):
        length = rng.randint(lo, hi)
        if stems and rng.random() < 0.8:
            stem = rng.choice(stems)
            cut = rng.randint(0, len(stem))
            w = stem[:cut] + "".join(rng.choice(alphabet) for _ in range(max(0, length - cut)))
            out.append(w[:hi] or rng.choice(alphabet))
        else:
            out.append("".join(rng.choice(alphabet) for _ in range(length)))
    return out


def valid_dictionary(rng, k, n, lo, hi, stems=0):
    alphabet = rng.sample(string.ascii_lowercase, k)
    stem_list = ["".join(rng.choice(alphabet) for _ in range(hi)) for _ in range(stems)]
    return alien_sorted(random_words(rng, alphabet, n, lo, hi, stem_list or None), alphabet)


def with_late_contradiction(rng, ex, words):
    """Append one word that contradicts what the earlier words force (the reference says "")."""
    last = words[-1]
    letters = sorted(set("".join(words)))
    for _ in range(1000):
        k = rng.randrange(len(last))
        w = last[:k] + rng.choice(letters) + last[k + 1:]
        if w != last and ex.reference(words + [w]) == "":
            return words + [w]
    raise AssertionError("no contradiction found")


def brute(words):
    """Independent check for tiny alphabets: try every order in alphabetical order of the
    resulting string; the first one that sorts `words` is the answer."""
    letters = sorted(set("".join(words)))
    for perm in itertools.permutations(letters):
        rank = {c: i for i, c in enumerate(perm)}
        keys = [[rank[c] for c in w] for w in words]
        if all(keys[i] <= keys[i + 1] for i in range(len(keys) - 1)):
            return "".join(perm)
    return ""


def dfs_order(words, starts_desc, children_desc):
    """A depth-first topological order (reverse finishing order): a VALID alphabet, but not
    always the alphabetically smallest one. Used to pick cases that tell the two apart."""
    letters = sorted(set("".join(words)))
    after = {c: set() for c in letters}
    for first, second in zip(words, words[1:]):
        for x, y in zip(first, second):
            if x != y:
                after[x].add(y)
                break
    state, out = {}, []

    def visit(c):
        state[c] = 1
        for d in sorted(after[c], reverse=children_desc):
            if state.get(d) == 1:
                return False
            if d not in state and not visit(d):
                return False
        state[c] = 2
        out.append(c)
        return True

    for c in sorted(letters, reverse=starts_desc):
        if c not in state and not visit(c):
            return ""
    return "".join(reversed(out))


def sparse_dictionary_fooling_dfs(rng, ex, starts_desc, children_desc):
    """A valid dictionary over many letters with few rules (many valid alphabets), on which this
    depth-first order differs from the alphabetically smallest one."""
    while True:
        words = valid_dictionary(rng, rng.randint(8, 26), rng.randint(4, 14), 1, 4)
        if dfs_order(words, starts_desc, children_desc) != ex.reference(words):
            return words


def build(ex, rng):
    def case(name, words):
        check(words)
        return ex.case(name, words)

    samples = [
        case("sample-1", ["cab", "cad", "bd", "bda", "ba"]),
        case("sample-2", ["abc", "ab"]),
        case("sample-3", ["zy", "zx"]),
    ]
    hidden = [
        case("single-letter", ["q"]),
        case("single-word-repeated-letters", ["banana"]),
        case("all-words-equal", ["dog", "dog", "dog"]),
        case("prefix-first-is-fine", ["ab", "abc", "abcd"]),
        case("prefix-violation-at-the-end", ["m", "n", "nab", "na"]),
        case("prefix-violation-same-start", ["xyzw", "xy", "z"]),
        case("two-letter-cycle", ["ab", "ba", "ab"]),
        case("three-letter-cycle", ["a", "b", "c", "a"]),
        case("only-first-difference-counts", ["ad", "bc", "bd"]),
        case("letter-in-no-rule", ["ab", "ac"]),
        case("letters-only-after-difference", ["ax", "bq", "bz"]),
        case("reverse-alphabet", [c * 2 for c in reversed(string.ascii_lowercase)]),
        case("rule-deep-in-long-words", ["x" * 29 + "b", "x" * 29 + "a", "x" * 30]),
        case("forced-chain-with-free-letters", ["e", "ec", "eb", "ba", "q"]),
    ]
    # several valid alphabets: a depth-first topological order is valid but not the smallest
    hidden.append(case("depth-first-order-is-not-smallest", ["dg", "dec", "gd", "gf", "faa"]))
    for k, (starts_desc, children_desc) in enumerate(itertools.product([False, True], repeat=2)):
        hidden.append(case(f"few-rules-many-orders-{k}",
                           sparse_dictionary_fooling_dfs(rng, ex, starts_desc, children_desc)))
    for k in range(5):
        words = valid_dictionary(rng, rng.randint(3, 8), rng.randint(3, 12), 1, 5)
        hidden.append(case(f"random-small-{k}", words))
    for k in range(2):
        words = valid_dictionary(rng, rng.randint(4, 8), rng.randint(4, 12), 1, 5)
        hidden.append(case(f"random-small-impossible-{k}", with_late_contradiction(rng, ex, words)))
    hidden.append(case("random-medium-full-alphabet", valid_dictionary(rng, 26, 400, 1, 12)))
    words = valid_dictionary(rng, 26, MAX_WORDS, 10, MAX_LEN, stems=30)
    hidden.append(case("max-words-long-shared-prefixes", words))
    words = valid_dictionary(rng, 20, MAX_WORDS - 1, 1, MAX_LEN, stems=30)
    hidden.append(case("max-words-contradiction-at-the-end", with_late_contradiction(rng, ex, words)))
    return samples, hidden


def small(rng):
    k = rng.randint(1, 5)
    alphabet = rng.sample("abcdef", k)
    n = rng.randint(1, 7)
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(n)]
    if rng.random() < 0.7:
        order = alphabet[:]
        rng.shuffle(order)
        words = alien_sorted(words, order)
        if rng.random() < 0.3 and n >= 2:
            i = rng.randrange(n - 1)
            words[i], words[i + 1] = words[i + 1], words[i]
    return (words,)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
