# O(n) extra memory: build the cleaned, lower-cased string and compare it with its reverse.
def is_palindrome(s: str) -> bool:
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]
