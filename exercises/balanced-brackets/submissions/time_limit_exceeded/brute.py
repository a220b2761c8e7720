# Correct but slow: deletes adjacent matching pairs until nothing changes; the string is balanced
# if nothing is left. On deeply nested input each pass removes only the innermost pair, so it
# takes about n / 2 passes of O(n) each: O(n^2).
import sys


def balanced(s: str) -> bool:
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return not s
        s = shorter


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    answers = ["YES" if balanced(s.decode()) else "NO" for s in data[1:1 + t]]
    sys.stdout.write("\n".join(answers) + "\n")


main()
