from itertools import groupby

words = ["apple", "avocado", "banana", "apricot", "blueberry", "cherry"]
first = lambda w: w[0]

print([(k, len(list(g))) for k, g in groupby(words, key=first)])

groups = list(groupby(words, key=first))
print([(k, list(g)) for k, g in groups])

print({k: list(g) for k, g in groupby("aabba")})
print([k for k, _ in groupby(sorted(words, key=first), key=first)])
