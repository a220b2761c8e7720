# Bug: keeps only letters (isalpha), so digits are ignored: "1a2" looks like "a".
def is_palindrome(s: str) -> bool:
    cleaned = [ch.lower() for ch in s if ch.isalpha()]
    return cleaned == cleaned[::-1]
