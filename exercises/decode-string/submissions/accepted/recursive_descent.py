# Recursive descent: parse(i) decodes from position i up to the matching ']' (or the end of
# s) and returns the text and the position where it stopped. Nesting is at most a few hundred
# levels deep, within Python's recursion limit.
def decode_string(s: str) -> str:
    def parse(i: int):
        out = []
        while i < len(s) and s[i] != "]":
            if s[i].isdigit():
                j = i
                while s[j].isdigit():
                    j += 1
                k = int(s[i:j])
                inner, i = parse(j + 1)  # s[j] is '['; parse stops at the matching ']'
                out.append(inner * k)
                i += 1  # skip ']'
            else:
                out.append(s[i])
                i += 1
        return "".join(out), i

    return parse(0)[0]
