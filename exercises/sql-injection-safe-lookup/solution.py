"""User lookups with bound parameters: the input is always data, never SQL."""


def find_user(conn, username):
    row = conn.execute(
        "SELECT id, username, name FROM users WHERE username = ?", (username,)
    ).fetchone()
    if row is None:
        return None
    return {"id": row[0], "username": row[1], "name": row[2]}


def _like_prefix(text):
    """A LIKE pattern matching strings that start with `text`, with `\\` as the escape."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def search_users(conn, name_prefix):
    rows = conn.execute(
        "SELECT username FROM users WHERE name LIKE ? ESCAPE '\\' ORDER BY username",
        (_like_prefix(name_prefix),),
    ).fetchall()
    return [row[0] for row in rows]
