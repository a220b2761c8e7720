def dedupe(events: List[list], window: int) -> List[list]:
    last_kept = {}
    kept = []
    for t, key in events:
        # Bug: an event exactly `window` seconds later is dropped.
        if key not in last_kept or t - last_kept[key] > window:
            last_kept[key] = t
            kept.append([t, key])
    return kept
