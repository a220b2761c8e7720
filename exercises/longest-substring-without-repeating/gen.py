#!/usr/bin/env python3
"""Seeded generator for longest-substring-without-repeating (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 5150
PRINTABLE = "".join(chr(c) for c in range(32, 127))  # the 95 printable ASCII characters


def rand_str(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def build(ex, rng):
    ref = ex.reference

    def case(name, s):
        assert len(s) <= 10**5 and all(32 <= ord(c) <= 126 for c in s), name
        return {"name": name, "args": [s], "expected": ref(s)}

    samples = [
        case("sample-1", "xyzxyzz"),
        case("sample-2", "committee"),
        case("sample-3", ""),
    ]
    shuffled = list(PRINTABLE)
    rng.shuffle(shuffled)
    shuffled = "".join(shuffled)
    hidden = [
        case("empty", ""),
        case("single-space", " "),
        case("single-letter", "q"),
        case("all-same", "zzzzzzzz"),
        case("two-different", "ab"),
        case("abba", "abba"),
        case("left-must-not-move-back", "tmmzuxt"),
        case("repeat-inside-window", "dvdf"),
        case("all-distinct", "abcdefgh"),
        case("spaces-count", "a b c"),
        case("only-spaces", "    "),
        case("case-sensitive", "aAbBcCaA"),
        case("quotes-and-backslashes", "\"\\'\"\\x'y"),
        case("all-95-printable", shuffled),
        case("all-95-then-again", shuffled + shuffled[::-1]),
        case("longest-at-end", "aaaaab" + "cdefgh"),
        case("longest-at-start", "0123456789" + "99999"),
    ]
    for k, alphabet in enumerate(["ab", "abc", "abcd", "xyz ", PRINTABLE[:10]]):
        hidden.append(case(f"random-small-{k}", rand_str(rng, rng.randint(5, 30), alphabet)))
    for k in range(2):
        hidden.append(case(f"random-medium-{k}", rand_str(rng, rng.randint(500, 5000), PRINTABLE)))
    N = 10**5
    # Large cases: an all-substrings check needs ~n^2 / 2 set constructions.
    hidden.append(case("large-random-95", rand_str(rng, N, PRINTABLE)))
    hidden.append(case("large-cycle-95", (shuffled * (N // 95 + 1))[:N]))
    hidden.append(case("large-all-same", "~" * N))
    trap = ("abba" * (N // 4))[: N - 95] + shuffled
    hidden.append(case("large-abba-then-95", trap))
    body = rand_str(rng, N - 60, "0123456789")
    hidden.append(case("large-best-window-last", body + "".join(rng.sample(PRINTABLE[26:], 60))))
    return samples, hidden


def small(rng):
    alphabet = rng.choice(["ab", "abc", "abcde", " a!", PRINTABLE])
    return (rand_str(rng, rng.randint(0, 14), alphabet),)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute="submissions/time_limit_exceeded/brute.py")
