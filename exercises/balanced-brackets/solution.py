import sys

# byte value of each closing bracket -> byte value of its opening bracket
OPENING_OF = {ord(")"): ord("("), ord("]"): ord("["), ord("}"): ord("{")}
OPENING = frozenset(b"([{")


def balanced(s: bytes) -> bool:
    stack = []
    push, pop = stack.append, stack.pop
    for ch in s:
        if ch in OPENING:
            push(ch)
        elif not stack or pop() != OPENING_OF[ch]:
            return False
    return not stack


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    answers = ["YES" if balanced(s) else "NO" for s in data[1:1 + t]]
    sys.stdout.write("\n".join(answers) + "\n")


main()
