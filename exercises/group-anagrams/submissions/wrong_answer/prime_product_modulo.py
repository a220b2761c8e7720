# Wrong: multiplies one prime per letter (exact as a big integer), but reduces the product
# modulo 10^9 + 7 to keep it small: different letter multisets can then share a key.
PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79,
          83, 89, 97, 101]
MOD = 10**9 + 7


def group_anagrams(words: List[str]) -> List[List[str]]:
    groups = {}
    for word in words:
        key = 1
        for c in word:
            key = key * PRIMES[ord(c) - ord("a")] % MOD
        groups.setdefault(key, []).append(word)
    return list(groups.values())
