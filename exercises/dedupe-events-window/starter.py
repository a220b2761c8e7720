def dedupe(events: List[list], window: int) -> List[list]:
    """Return the kept [timestamp, key] events, in order.

    An event is kept unless an event with the same key was KEPT less than
    `window` seconds before it (t - last_kept < window).
    """
    return list(events)
