# Character stack: push everything, and at ']' pop the bracketed text and then the count's
# digits. Bug: the digits come off the stack last one first, so "12" is read as "21" and
# "10" as "01" = 1.
def decode_string(s: str) -> str:
    stack = []
    for ch in s:
        if ch != "]":
            stack.append(ch)
            continue
        piece = []
        while stack[-1] != "[":
            piece.append(stack.pop())
        stack.pop()  # the '['
        digits = ""
        while stack and stack[-1].isdigit():
            digits += stack.pop()
        stack.append("".join(reversed(piece)) * int(digits))
    return "".join(stack)
