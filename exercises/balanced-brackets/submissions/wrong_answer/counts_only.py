# Wrong: only checks that each type has as many opening as closing brackets, so it accepts
# "([)]" and ")(".
import sys


def balanced(s: bytes) -> bool:
    return (s.count(b"(") == s.count(b")") and s.count(b"[") == s.count(b"]")
            and s.count(b"{") == s.count(b"}"))


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    answers = ["YES" if balanced(s) else "NO" for s in data[1:1 + t]]
    sys.stdout.write("\n".join(answers) + "\n")


main()
