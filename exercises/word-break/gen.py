#!/usr/bin/env python3
"""Seeded generator for the word-break tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import string
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240705
MAX_S = 200
MAX_WORDS = 1000
MAX_WORD = 20


def rand_word(rng, lo, hi, letters=string.ascii_lowercase):
    return "".join(rng.choice(letters) for _ in range(rng.randint(lo, hi)))


def distinct_words(rng, count, lo, hi, letters=string.ascii_lowercase):
    words = []
    seen = set()
    while len(words) < count:
        w = rand_word(rng, lo, hi, letters)
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def join_words(rng, words, limit):
    s = ""
    while True:
        w = rng.choice(words)
        if len(s) + len(w) > limit:
            return s
        s += w


def build(ex, rng):
    def case(name, s, words):
        assert 1 <= len(s) <= MAX_S and 1 <= len(words) <= MAX_WORDS
        assert len(set(words)) == len(words)
        assert all(1 <= len(w) <= MAX_WORD for w in words)
        assert set(s + "".join(words)) <= set(string.ascii_lowercase)
        return ex.case(name, s, words)

    samples = [
        case("sample-1", "bluebird", ["blu", "blue", "bird"]),
        case("sample-2", "ababab", ["ab", "ba"]),
        case("sample-3", "carpet", ["car", "pe", "cart"]),
    ]
    a_runs = ["a" * k for k in range(1, MAX_WORD + 1)]
    big = distinct_words(rng, MAX_WORDS, 1, MAX_WORD)
    big_long = [w for w in big if len(w) >= 4]
    s_big = join_words(rng, big_long, MAX_S)
    broken = s_big[:150] + "q" + s_big[151:]
    long_words = distinct_words(rng, 40, MAX_WORD, MAX_WORD, "xyz")
    hidden = [
        case("single-letter-yes", "a", ["a"]),
        case("single-letter-no", "a", ["b"]),
        case("word-longer-than-s", "ab", ["abc"]),
        case("whole-string-is-a-word", "interview", ["interview"]),
        case("greedy-longest-trap", "goalspecial", ["go", "goal", "goals", "special"]),
        case("greedy-shortest-trap", "abcd", ["a", "ab", "cd"]),
        case("pieces-glued-after-removal", "abcd", ["bc", "ad"]),
        case("only-last-piece-fits", "xyz", ["z"]),
        case("word-reused", "aaaaaaa", ["aaaa", "aaa"]),
        case("unused-letter", "abcabcabd", ["abc", "ab"]),
        case("overlapping-words", "abcde", ["ab", "abc", "cd", "de", "e"]),
        case("random-small-alphabet",
             join_words(rng, ["ab", "ba", "aab", "bba"], 60) + "a",
             ["ab", "ba", "aab", "bba", "abb"]),
        case("max-word-length", "".join(rng.choice(long_words) for _ in range(MAX_S // MAX_WORD)), long_words),
        case("max-dictionary-yes", s_big, big),
        case("max-dictionary-one-letter-off", broken, big),
        # Adversarial for trying every split: many ways to cut the a's, none survives the b.
        case("a-runs-then-b", "a" * (MAX_S - 1) + "b", a_runs),
        case("a-runs-then-b-reversed-dict", "a" * (MAX_S - 1) + "b", a_runs[::-1]),
        case("b-then-a-runs", "b" + "a" * (MAX_S - 1), a_runs),
        case("all-a-yes", "a" * MAX_S, a_runs[::-1]),
        case("a-runs-end-with-word", "a" * (MAX_S - 2) + "ab", a_runs + ["ab"]),
        # Every letter of s is in some word and s starts and ends with a word, so quick
        # rejections do not help; the lone middle b cannot be covered.
        case("a-runs-around-unsplittable-middle", "a" * 98 + "bbb" + "a" * 99, a_runs + ["ab", "ba"]),
        case("a-runs-two-letter-words", "a" * (MAX_S - 3) + "bab",
             ["a", "aa", "aaa", "ab", "ba", "aab"]),
    ]
    return samples, hidden


def small(rng):
    letters = rng.choice(["a", "ab", "abc"])
    words = list({rand_word(rng, 1, 4, letters) for _ in range(rng.randint(1, 6))})
    if rng.random() < 0.6:
        s = join_words(rng, words, rng.randint(1, 12)) or words[0]
        if rng.random() < 0.3:
            k = rng.randrange(len(s))
            s = s[:k] + rng.choice(letters) + s[k + 1:]
    else:
        s = rand_word(rng, 1, 12, letters)
    return s, words


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/no_memo.py")
