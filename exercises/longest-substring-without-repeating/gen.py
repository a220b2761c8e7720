#!/usr/bin/env python3
"""Seeded generator for the longest-substring-without-repeating tests.

    python3 gen.py               rewrite tests/sample.jsonl and tests/hidden.jsonl
    python3 gen.py --stress 500  compare solution.py with the all-substrings brute force
"""
import argparse
import json
import os
import random
import sys
import typing

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5150
PRINTABLE = "".join(chr(c) for c in range(32, 127))  # the 95 printable ASCII characters


def load(relpath, name):
    """Exec a solution file the way the judge does (typing names predefined) and return `name`."""
    ns = {"__name__": "solution"}
    for t in ("List", "Optional", "Dict", "Tuple", "Set", "Deque"):
        ns[t] = getattr(typing, t)
    path = os.path.join(HERE, relpath)
    with open(path) as f:
        exec(compile(f.read(), path, "exec"), ns)
    return ns[name]


def rand_str(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def write(path, cases):
    with open(path, "w", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, separators=(",", ":")) + "\n")


def build(ref):
    rng = random.Random(SEED)

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


def stress(ref, count):
    brute = load("submissions/time_limit_exceeded/brute.py", "length_of_longest_substring")
    rng = random.Random(SEED + 1)
    for k in range(count):
        alphabet = rng.choice(["ab", "abc", "abcde", " a!", PRINTABLE])
        s = rand_str(rng, rng.randint(0, 14), alphabet)
        got, want = ref(s), brute(s)
        if got != want:
            print(f"MISMATCH on case {k}: s={s!r}: solution={got} brute={want}")
            sys.exit(1)
    print(f"stress ok: {count} cases")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stress", type=int, metavar="N")
    args = ap.parse_args()
    ref = load("solution.py", "length_of_longest_substring")
    if args.stress:
        stress(ref, args.stress)
        return
    samples, hidden = build(ref)
    os.makedirs(os.path.join(HERE, "tests"), exist_ok=True)
    write(os.path.join(HERE, "tests", "sample.jsonl"), samples)
    write(os.path.join(HERE, "tests", "hidden.jsonl"), hidden)
    print(f"wrote {len(samples)} samples, {len(hidden)} hidden cases")


if __name__ == "__main__":
    main()
