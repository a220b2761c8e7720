def decode_string(s: str) -> str:
    # One stack frame per open bracket: (text decoded before the bracket, its repeat count).
    stack = []
    parts = []  # pieces of the text decoded so far at the current bracket level
    count = 0
    for ch in s:
        if ch.isdigit():
            count = count * 10 + int(ch)  # counts can have several digits
        elif ch == "[":
            stack.append((parts, count))
            parts, count = [], 0
        elif ch == "]":
            before, k = stack.pop()
            before.append("".join(parts) * k)
            parts = before
        else:
            parts.append(ch)
    return "".join(parts)
