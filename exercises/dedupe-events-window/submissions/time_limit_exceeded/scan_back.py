def dedupe(events: List[list], window: int) -> List[list]:
    # Correct but O(n^2): look back through the kept events still inside the window.
    kept = []
    for t, key in events:
        keep = True
        for j in range(len(kept) - 1, -1, -1):
            kt, kk = kept[j]
            if t - kt >= window:
                break
            if kk == key:
                keep = False
                break
        if keep:
            kept.append([t, key])
    return kept
