def exist(board: List[List[str]], word: str) -> bool:
    """Return True if word can be traced through side-adjacent cells of board, each cell used
    at most once."""
    return False
