#!/usr/bin/env python3
"""Seeded generator for balanced-brackets (see tools/gen/genlib.py for the command line)."""
import itertools
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 424242

SAMPLES = [
    "4\n([]{})\n([)]\n(()\n{[()()]}\n",
    "3\n)(\n]\n{}[]()\n",
]

PAIRS = ["()", "[]", "{}"]


def render(strings: list[str]) -> str:
    return f"{len(strings)}\n" + "\n".join(strings) + "\n"


def random_balanced(rng: random.Random, length: int) -> str:
    """A random balanced string of even length `length`."""
    out, stack = [], []
    while len(out) < length:
        remaining = length - len(out)
        if stack and (remaining == len(stack) or rng.random() < 0.5):
            out.append(stack.pop())
        else:
            opening, closing = rng.choice(PAIRS)
            out.append(opening)
            stack.append(closing)
    return "".join(out)


def corrupt(rng: random.Random, s: str) -> str:
    """Replace one character by a different bracket."""
    i = rng.randrange(len(s))
    return s[:i] + rng.choice([c for c in "()[]{}" if c != s[i]]) + s[i + 1:]


def nested(rng: random.Random, depth: int) -> str:
    """depth random opening brackets, then their closers: maximum nesting."""
    chosen = [rng.choice(PAIRS) for _ in range(depth)]
    return "".join(p[0] for p in chosen) + "".join(p[1] for p in reversed(chosen))


def random_string(rng: random.Random, max_length: int) -> str:
    kind = rng.random()
    if kind < 0.4:
        return random_balanced(rng, 2 * rng.randint(1, max_length // 2))
    if kind < 0.8:
        return corrupt(rng, random_balanced(rng, 2 * rng.randint(1, max_length // 2)))
    return "".join(rng.choice("()[]{}") for _ in range(rng.randint(1, max_length)))


def hidden_cases(rng: random.Random) -> list[str]:
    cases = []
    # 01-02: a single character
    cases.append(render(["("]))
    cases.append(render([")"]))
    # 03: short classics
    cases.append(render(["()", "[]", "{}", "([)]", "([]{})", "(((", ")))", ")(", "][", "}{",
                         "{[()()]}", "{[(])}", "(]", "[(])", "(())((", "()()()", "{}}{"]))
    # 04: every string of length 1 to 5
    cases.append(render(["".join(p) for k in range(1, 6) for p in itertools.product("()[]{}", repeat=k)]))
    # 05: random balanced strings and single-character corruptions of them
    cases.append(render([random_string(rng, 60) for _ in range(500)]))
    # 06: balanced except for one extra bracket at the end or the start
    base = random_balanced(rng, 1000)
    cases.append(render([base, base + ")", "[" + base, base + "{", "}" + base]))
    # 07: maximum total length, deepest possible nesting, balanced
    cases.append(render([nested(rng, 500000)]))
    # 08: maximum nesting where only the very last closer has the wrong type
    s = nested(rng, 500000)
    wrong = {")": "]", "]": "}", "}": ")"}[s[-1]]
    cases.append(render([s[:-1] + wrong]))
    # 09: long flat sequence of pairs
    cases.append(render(["".join(rng.choice(PAIRS) for _ in range(250000))]))
    # 10: many short strings (maximum t)
    cases.append(render([random_string(rng, 10) for _ in range(100000)]))
    # 11: openings only, and interleaved pairs that never nest properly
    cases.append(render(["(" * 200000, "([" * 100000 + ")]" * 100000]))
    # 12: large random balanced and corrupted strings
    strings = [random_balanced(rng, 20000) for _ in range(5)]
    strings += [corrupt(rng, random_balanced(rng, 20000)) for _ in range(5)]
    cases.append(render(strings))
    return cases


def small_case(rng: random.Random) -> str:
    return render([random_string(rng, 12) for _ in range(rng.randint(1, 8))])


if __name__ == "__main__":
    genlib.StdioExercise(__file__).main(SAMPLES, hidden_cases, SEED, stress=small_case,
                                        brute="submissions/time_limit_exceeded/brute.py")
