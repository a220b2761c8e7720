#!/usr/bin/env python3
"""Seeded generator for build-order (see tools/gen/genlib.py for the command line)."""
import pathlib
import string
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 4711
MAX_N = 5 * 10**4
ALNUM = string.ascii_lowercase + string.digits

SAMPLES = [
    "6 5\nweb api db auth cache ui\ndb -> api\nauth -> api\napi -> web\ncache -> web\nui -> web\n",
    "3 3\na b c\na -> b\nb -> c\nc -> a\n",
    "4 1\nlib2 lib10 app lib1\nlib2 -> app\n",
]


def render(names, rules):
    assert 1 <= len(names) <= MAX_N and len(rules) <= MAX_N
    assert len(set(names)) == len(names)
    known = set(names)
    for name in names:
        assert 1 <= len(name) <= 10 and set(name) <= set(ALNUM), name
    for a, b in rules:
        assert a in known and b in known
    lines = [f"{len(names)} {len(rules)}", " ".join(names)] + [f"{a} -> {b}" for a, b in rules]
    return "\n".join(lines) + "\n"


def random_names(rng, n, lo=3, hi=6, alphabet=ALNUM):
    out, seen = [], set()
    while len(out) < n:
        name = "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def random_dag(rng, names, m, local=None):
    """m rules consistent with a hidden random order of the names."""
    order = names[:]
    rng.shuffle(order)
    n = len(order)
    rules = []
    for _ in range(m):
        i = rng.randrange(n - 1)
        j = rng.randint(i + 1, min(n - 1, i + local)) if local else rng.randint(i + 1, n - 1)
        rules.append((order[i], order[j]))
    return rules


def hidden_cases(rng):
    cases = []
    cases.append(("single-project", render(["solo"], [])))
    cases.append(("self-dependency", render(["x"], [("x", "x")])))
    cases.append(("no-rules-sorted-output", render(["b", "a9", "a", "a10", "9z"], [])))
    cases.append(("prefix-names", render(["ab", "a", "abc", "b"], [("abc", "a")])))
    cases.append(("duplicate-rules", render(["p", "q", "r"], [("r", "p"), ("r", "p"), ("q", "p")])))
    cases.append(("freed-small-name-first", render(["z1", "y1", "x1", "a1"], [("z1", "a1")])))
    cases.append(("isolated-projects-and-a-chain",
                  render(["m", "k", "c", "b", "a"], [("c", "b"), ("b", "a")])))
    cases.append(("cycle-behind-free-projects",
                  render(["a", "b", "c", "d", "e"], [("a", "b"), ("d", "e"), ("e", "d")])))
    cases.append(("cycle-blocks-a-dependant",
                  render(["p1", "p2", "p3", "q"], [("p1", "p2"), ("p2", "p1"), ("p2", "q")])))
    cases.append(("diamond", render(["top", "left", "right", "base"],
                                    [("base", "left"), ("base", "right"), ("left", "top"), ("right", "top")])))
    for k in range(4):
        names = random_names(rng, rng.randint(4, 12), 1, 3, "abc12")
        rules = random_dag(rng, names, rng.randint(0, 2 * len(names)))
        if k % 2 == 1 and rules:
            a, b = rng.choice(rules)
            rules.append((b, a))
            rng.shuffle(rules)
        cases.append((f"random-small-{k}", render(names, rules)))
    names = random_names(rng, 800)
    cases.append(("random-medium", render(names, random_dag(rng, names, 1500))))
    names = random_names(rng, 800)
    rules = random_dag(rng, names, 1500, local=4)
    a, b = rules[0]
    cases.append(("random-medium-with-loop", render(names, rules + [(b, a)])))
    # 10^4 projects in a chain that runs against the alphabet
    names = sorted(random_names(rng, 10**4, 4, 4, string.ascii_lowercase), reverse=True)
    cases.append(("large-chain-against-alphabet", render(names, list(zip(names, names[1:])))))
    names = random_names(rng, 5000, 4, 4, string.ascii_lowercase)
    cases.append(("large-random-deep", render(names, random_dag(rng, names, 10**4, local=3))))
    # a long chain that can be built, then a loop: everything is explored before CYCLE
    names = random_names(rng, 10**4, 4, 4, string.ascii_lowercase)
    rules = list(zip(names, names[1:]))
    rules.append((names[-1], names[-3]))
    cases.append(("large-chain-closing-into-a-loop", render(names, rules)))
    # the maximum number of projects, no rules: every project is buildable from the start
    names = random_names(rng, MAX_N, 4, 5, string.ascii_lowercase)
    cases.append(("max-independent-projects", render(names, [])))
    return cases


def small_case(rng):
    names = random_names(rng, rng.randint(1, 7), 1, 2, "ab1")
    rules = []
    for _ in range(rng.randint(0, 8)):
        a, b = rng.choice(names), rng.choice(names)
        if a == b and rng.random() < 0.8:
            continue
        if rng.random() < 0.6 and a > b:
            a, b = b, a  # alphabetical rules keep many cases loop-free
        rules.append((a, b))
    return render(names, rules)


if __name__ == "__main__":
    genlib.StdioExercise(__file__).main(SAMPLES, hidden_cases, SEED, stress=small_case,
                                        brute="submissions/time_limit_exceeded/scan_sorted_names.py")
