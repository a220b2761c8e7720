def flatten(nested: List[Any]) -> List[int]:
    # Correct, but `result + [...]` builds a new list each time: O(n^2) copying for a long list.
    result = []
    for item in nested:
        if isinstance(item, list):
            result = result + flatten(item)
        else:
            result = result + [item]
    return result
