#!/usr/bin/env python3
"""Writes docs/CATALOG.md, the catalog's index: every exercise by kind, with its difficulty,
topics and target time, and the counts per kind, difficulty and topic.

    python3 tools/catalog_index.py          # rewrite docs/CATALOG.md
    python3 tools/catalog_index.py --check  # exit 1 if docs/CATALOG.md is out of date

Needs Python 3.11+ (tomllib), like the generators.
"""

import collections
import os
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXERCISES = os.path.join(ROOT, "exercises")
OUT = os.path.join(ROOT, "docs", "CATALOG.md")
KINDS = [
    ("function", "Coding: function (hidden tests call your function or class)"),
    ("stdio", "Coding: stdio (read the input, print the answer)"),
    ("predict", "What does this print? (predict)"),
    ("module", "Backend: module (hidden tests import your module)"),
    ("sql", "Backend: SQL (a query over a small SQLite schema)"),
]
DIFFICULTIES = ["easy", "medium", "hard"]


def load():
    out = []
    for name in sorted(os.listdir(EXERCISES)):
        path = os.path.join(EXERCISES, name, "exercise.toml")
        if not os.path.isfile(path):
            continue
        with open(path, "rb") as f:
            meta = tomllib.load(f)
        out.append((name, meta))
    return out


def render(exercises):
    by_kind = collections.defaultdict(list)
    for name, meta in exercises:
        by_kind[meta["kind"]].append((name, meta))
    lines = [
        "# The catalog",
        "",
        "Written by `python3 tools/catalog_index.py` from each exercise's `exercise.toml`; CI checks",
        "that it is up to date. `grind list` shows the same with your progress.",
        "",
        "| kind | exercises | easy | medium | hard |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    total = collections.Counter()
    for kind, _ in KINDS:
        items = by_kind.get(kind, [])
        diff = collections.Counter(meta["difficulty"] for _, meta in items)
        total.update(diff)
        cells = " | ".join(str(diff[d]) for d in DIFFICULTIES)
        lines.append(f"| {kind} | {len(items)} | {cells} |")
    cells = " | ".join(str(total[d]) for d in DIFFICULTIES)
    lines.append(f"| all | {len(exercises)} | {cells} |")
    for kind, heading in KINDS:
        items = by_kind.get(kind, [])
        if not items:
            continue
        topics = collections.Counter(t for _, meta in items for t in meta.get("topics", []))
        lines += ["", f"## {heading}", ""]
        lines.append(
            "Topics: "
            + ", ".join(f"{t} ({n})" for t, n in sorted(topics.items(), key=lambda x: (-x[1], x[0])))
            + "."
        )
        lines += ["", "| exercise | title | difficulty | topics | target |", "| --- | --- | --- | --- | ---: |"]
        order = {d: i for i, d in enumerate(DIFFICULTIES)}
        for name, meta in sorted(items, key=lambda x: (order.get(x[1]["difficulty"], 9), x[0])):
            lines.append(
                f"| `{name}` | {meta['title']} | {meta['difficulty']} | "
                f"{', '.join(meta.get('topics', []))} | {meta.get('target_minutes', '')} min |"
            )
    return "\n".join(lines) + "\n"


def main():
    text = render(load())
    if "--check" in sys.argv[1:]:
        try:
            with open(OUT, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = ""
        if current != text:
            print("docs/CATALOG.md is out of date: run python3 tools/catalog_index.py")
            return 1
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
