# Expand the innermost groups (a count and a bracket with no bracket inside) with a regular
# expression, again and again until no bracket is left.
import re

INNERMOST = re.compile(r"(\d+)\[([a-z]*)\]")


def decode_string(s: str) -> str:
    while "[" in s:
        s = INNERMOST.sub(lambda m: m.group(2) * int(m.group(1)), s)
    return s
