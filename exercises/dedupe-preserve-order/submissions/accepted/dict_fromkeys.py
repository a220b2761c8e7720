def dedupe(nums: List[int]) -> List[int]:
    # dicts keep insertion order (guaranteed since Python 3.7).
    return list(dict.fromkeys(nums))
