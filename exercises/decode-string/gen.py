#!/usr/bin/env python3
"""Seeded generator for the decode-string tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import re
import string
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240715
MAX_S = 1000
MAX_OUT = 10**5
MAX_K = 300
VALID = re.compile(r"[a-z0-9\[\]]+")


def brute(s):
    """Independent: expand the innermost group over and over."""
    inner = re.compile(r"(\d+)\[([a-z]*)\]")
    while "[" in s:
        s = inner.sub(lambda m: m.group(2) * int(m.group(1)), s)
    return s


def check(s):
    assert 1 <= len(s) <= MAX_S and VALID.fullmatch(s), s[:50]
    assert "[]" not in s
    for m in re.finditer(r"\d+", s):
        assert m.group()[0] != "0" and 1 <= int(m.group()) <= MAX_K
        assert s[m.end()] == "["
    depth = 0
    for ch in s:
        depth += {"[": 1, "]": -1}.get(ch, 0)
        assert depth >= 0
    assert depth == 0
    assert len(brute(s)) <= MAX_OUT


def random_encoded(rng, budget_chars, budget_out, depth=0, letters="abc"):
    """A random valid encoding: (text, decoded length)."""
    pieces, out = [], 0
    while budget_chars > 6 and rng.random() < (0.98 if depth == 0 else 0.75):
        if depth < 6 and rng.random() < 0.45:
            k = rng.randint(1, min(MAX_K, 12 if depth else 30))
            inner, inner_len = random_encoded(rng, min(budget_chars - 5, rng.randint(3, 40)),
                                              max(1, (budget_out - out) // k), depth + 1, letters)
            if not inner or out + k * inner_len > budget_out:
                continue
            piece = f"{k}[{inner}]"
            pieces.append(piece)
            out += k * inner_len
            budget_chars -= len(piece)
        else:
            n = rng.randint(1, 3)
            if out + n > budget_out:
                break
            pieces.append("".join(rng.choice(letters) for _ in range(n)))
            out += n
            budget_chars -= n
    if not pieces:
        pieces, out = [rng.choice(letters)], 1
    return "".join(pieces), out


def build(ex, rng):
    def case(name, s):
        check(s)
        c = ex.case(name, s)
        assert c["expected"] == brute(s)
        return c

    deep = "1[" * 333 + "z" + "]" * 333
    ladder = "".join(f"{c}2[" for c in "abcdefghijklmno") + "p" + "]" * 15
    hidden = [
        case("letters-only", "interview"),
        case("single-letter", "q"),
        case("count-one", "1[a]"),
        case("count-two-digits", "12[x]"),
        case("count-three-digits", "300[ab]"),
        case("count-with-zero-digit", "10[z]"),
        case("groups-side-by-side", "2[a]3[bc]"),
        case("letters-around-groups", "xy2[a]z3[b]w"),
        case("nested-counts-multi-digit", "2[a11[b]]"),
        case("nested-three-levels", "2[2[2[ab]]]"),
        case("text-before-inner-group", "3[ab2[c]d]e"),
        case("count-after-letters-inside", "2[a3[b]c4[d]]"),
        case("deep-nesting", deep),
        case("letter-at-every-level", ladder),
        case("max-output-nested", "250[200[ab]]"),
        case("max-output-flat", "250[abcdefghijklmnopqrstuvwxyzabcdefghijklmn]" * 10),
        case("three-levels", "100[x10[y9[z]]]"),
    ]
    for k in range(4):
        s, _ = random_encoded(rng, MAX_S - 100, MAX_OUT)
        hidden.append(case(f"random-{k}", s))
    samples = [
        case("sample-1", "2[ab]c"),
        case("sample-2", "3[x2[yz]]"),
        case("sample-3", "10[a]"),
    ]
    return samples, hidden


def small(rng):
    s, _ = random_encoded(rng, rng.randint(4, 40), 200, letters=rng.choice(["a", "ab", "xyz"]))
    return s


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
