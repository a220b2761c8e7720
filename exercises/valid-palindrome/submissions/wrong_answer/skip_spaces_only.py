# Bug: removes spaces but not the other punctuation, so "No, on" keeps its comma.
def is_palindrome(s: str) -> bool:
    cleaned = s.replace(" ", "").lower()
    return cleaned == cleaned[::-1]
