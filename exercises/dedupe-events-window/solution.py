def dedupe(events: List[list], window: int) -> List[list]:
    last_kept: Dict[str, int] = {}  # key -> timestamp of its most recent kept event
    kept = []
    for t, key in events:
        last = last_kept.get(key)
        if last is None or t - last >= window:
            last_kept[key] = t
            kept.append([t, key])
    return kept
