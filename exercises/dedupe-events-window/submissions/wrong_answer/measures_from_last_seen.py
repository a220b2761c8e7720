def dedupe(events: List[list], window: int) -> List[list]:
    # Bug: remembers every event's timestamp, dropped ones included.
    last_seen = {}
    kept = []
    for t, key in events:
        if key not in last_seen or t - last_seen[key] >= window:
            kept.append([t, key])
        last_seen[key] = t
    return kept
