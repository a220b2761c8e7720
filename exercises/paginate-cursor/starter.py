"""Write the feed here. The tests import `from solution import Feed`."""
from typing import List, Optional, Tuple


class Feed:
    def __init__(self):
        self.records = []

    def insert(self, record_id: int, created_at: int) -> None:
        """Add a record; ValueError if the id is already present."""
        self.records.append((created_at, record_id))

    def delete(self, record_id: int) -> None:
        """Remove a record; KeyError if there is none with this id."""

    def page(self, limit: int, cursor: Optional[str] = None) -> Tuple[List[int], Optional[str]]:
        """Return (ids, next_cursor): at most `limit` ids after the cursor's position, newest first."""
        return [], None
