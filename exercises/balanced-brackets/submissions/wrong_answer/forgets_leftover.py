# Wrong: matches every closing bracket correctly but forgets to check that the stack is empty at
# the end, so it accepts unclosed brackets such as "(()".
import sys

OPENING_OF = {ord(")"): ord("("), ord("]"): ord("["), ord("}"): ord("{")}


def balanced(s: bytes) -> bool:
    stack = []
    for ch in s:
        if ch in OPENING_OF:
            if not stack or stack.pop() != OPENING_OF[ch]:
                return False
        else:
            stack.append(ch)
    return True


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    answers = ["YES" if balanced(s) else "NO" for s in data[1:1 + t]]
    sys.stdout.write("\n".join(answers) + "\n")


main()
