# Wrong: a depth-first topological sort (reverse finishing order), starting from the letters in
# reverse alphabetical order and visiting successors in alphabetical order. The result is always
# a VALID alphabet, and it often happens to be the smallest one, but not always: with
# ["dg", "dec", "gd", "gf", "faa"] it gives "acdgfe" instead of "acdgef".
def alien_order(words: List[str]) -> str:
    letters = sorted(set("".join(words)))
    after = {c: set() for c in letters}
    for first, second in zip(words, words[1:]):
        for x, y in zip(first, second):
            if x != y:
                after[x].add(y)
                break
        else:
            if len(first) > len(second):
                return ""
    state = {}  # 1: on the current path, 2: finished
    finished = []

    def visit(c: str) -> bool:
        state[c] = 1
        for d in sorted(after[c]):
            if state.get(d) == 1:
                return False  # a cycle
            if d not in state and not visit(d):
                return False
        state[c] = 2
        finished.append(c)
        return True

    for c in reversed(letters):
        if c not in state and not visit(c):
            return ""
    return "".join(reversed(finished))
