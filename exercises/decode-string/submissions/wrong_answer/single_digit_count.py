# Bug: reads a count one digit at a time and keeps only the last digit, so "12[x]" repeats
# x only twice.
def decode_string(s: str) -> str:
    stack = []
    cur = ""
    count = 0
    for ch in s:
        if ch.isdigit():
            count = int(ch)
        elif ch == "[":
            stack.append((cur, count))
            cur, count = "", 0
        elif ch == "]":
            before, k = stack.pop()
            cur = before + cur * k
        else:
            cur += ch
    return cur
