# Bug: saves the text decoded before '[' on the stack but never puts it back when the bracket
# closes, so "ab2[c]" loses "ab".
def decode_string(s: str) -> str:
    stack = []
    cur = ""
    count = 0
    for ch in s:
        if ch.isdigit():
            count = count * 10 + int(ch)
        elif ch == "[":
            stack.append((cur, count))
            cur, count = "", 0
        elif ch == "]":
            _, k = stack.pop()
            cur = cur * k
        else:
            cur += ch
    return cur
