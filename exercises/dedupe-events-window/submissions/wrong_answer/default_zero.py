def dedupe(events: List[list], window: int) -> List[list]:
    last_kept = {}
    kept = []
    for t, key in events:
        # Bug: an unseen key behaves as if it had been kept at time 0.
        if t - last_kept.get(key, 0) >= window:
            last_kept[key] = t
            kept.append([t, key])
    return kept
