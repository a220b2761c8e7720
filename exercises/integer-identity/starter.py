def parse(text):
    return int(text)

def bump(n):
    return n + 1

print(parse("256") is parse("256"), parse("257") is parse("257"))
print(bump(255) is bump(255), bump(256) is bump(256))
print(parse("-5") is parse("-5"), parse("-6") is parse("-6"))

a = 257
b = 257
print(a == b, a is b, a is parse("257"))

left = [1, 2]
right = [1, 2]
alias = left
alias += [3]
print(left == right, left is alias, left)

result = print("side effect")
print(result is None, result == None)
