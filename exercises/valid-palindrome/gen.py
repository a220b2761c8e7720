#!/usr/bin/env python3
"""Seeded generator for the valid-palindrome tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import string
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 90210
ALNUM = string.ascii_lowercase + string.digits
NOISE = " ,.!?;:'\"-_()[]{}@#$%^&*+=/\\|<>~`"


def brute(s):
    cleaned = [c.lower() for c in s if c in string.ascii_letters or c in string.digits]
    return cleaned == cleaned[::-1]


def core_palindrome(rng, n, alphabet=ALNUM):
    half = [rng.choice(alphabet) for _ in range(n // 2)]
    mid = [rng.choice(alphabet)] if n % 2 else []
    return half + mid + half[::-1]


def dress(rng, chars, noise_rate, noise=NOISE):
    """Randomise the case of letters and sprinkle punctuation between the characters."""
    out = []
    for c in chars:
        while rng.random() < noise_rate:
            out.append(rng.choice(noise))
        out.append(c.upper() if c.isalpha() and rng.random() < 0.5 else c)
    while rng.random() < noise_rate:
        out.append(rng.choice(noise))
    return "".join(out)


def check(s):
    assert 1 <= len(s) <= 2 * 10**5, len(s)
    assert all(32 <= ord(c) <= 126 for c in s)


def build(ex, rng):
    def case(name, s):
        check(s)
        return ex.case(name, s)

    samples = [
        case("sample-1", "Step on no pets!"),
        case("sample-2", "Top spot, 1 pot"),
        case("sample-3", "?!"),
    ]
    hidden = [
        case("single-letter", "x"),
        case("single-space", " "),
        case("single-digit", "7"),
        case("two-different", "ab"),
        case("same-letter-two-cases", "Aa"),
        case("letter-and-digit", "0P"),
        case("digits-differ-around-letter", "1a2"),
        case("digits-mirror", "12:21"),
        case("comma-inside", "ab,a"),
        case("punctuation-at-one-end", "...xyzzyx"),
        case("punctuation-both-ends", "!!!Noon???"),
        case("only-punctuation-and-spaces", " ,.-; !? "),
        case("letters-then-no-match", "abca"),
        case("mixed-case-sentence", "Never odd or even."),
        case("digits-only-not-palindrome", "1231"),
        case("almost-palindrome-case", "Racecar-X"),
    ]
    for k in range(4):
        core = core_palindrome(rng, rng.randint(5, 40))
        if k % 2:
            i = rng.randrange(len(core))
            core[i] = rng.choice([c for c in ALNUM if c != core[i]]) if len(core) != 1 else core[i]
        hidden.append(case(f"random-small-{k}", dress(rng, core, 0.3)))
    n = 2 * 10**5
    # A long palindrome with punctuation spread unevenly, so indices do not line up.
    hidden.append(case("long-noisy-palindrome", dress(rng, core_palindrome(rng, 80000), 0.4)))
    # The same shape, but one character in the very middle differs.
    core = core_palindrome(rng, 60001)
    mid = len(core) // 2
    core[mid] = "q" if core[mid + 1] != "q" else "z"
    core[mid + 1] = "7"
    hidden.append(case("long-mismatch-in-middle", dress(rng, core, 0.3)))
    # Case differences everywhere: correct only if letters are compared case-insensitively.
    half = [rng.choice(string.ascii_lowercase) for _ in range(n // 2)]
    s = "".join(c.upper() for c in half) + "".join(half[::-1])
    hidden.append(case("long-upper-lower-mirror", s))
    # Only punctuation and spaces: nothing to compare.
    hidden.append(case("long-no-alphanumerics", "".join(rng.choice(NOISE) for _ in range(30000))))
    # Digits only, differing at the first and last positions.
    core = core_palindrome(rng, n, string.digits)
    core[0], core[-1] = "1", "2"
    hidden.append(case("long-digits-ends-differ", "".join(core)))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 10)
    if rng.random() < 0.5:
        s = dress(rng, core_palindrome(rng, n, "ab1"), 0.3, " ,.!")
    else:
        s = "".join(rng.choice("aAbB1 ,.!") for _ in range(n))
    return (s or "a",)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
