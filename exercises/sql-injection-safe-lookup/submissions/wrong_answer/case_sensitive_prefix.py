# Safe, and wildcards are not an issue with substr, but the comparison is case-sensitive.


def find_user(conn, username):
    row = conn.execute("SELECT id, username, name FROM users WHERE username = ?", (username,)).fetchone()
    if row is None:
        return None
    return {"id": row[0], "username": row[1], "name": row[2]}


def search_users(conn, name_prefix):
    rows = conn.execute("SELECT username FROM users WHERE substr(name, 1, length(?)) = ? ORDER BY username",
                        (name_prefix, name_prefix)).fetchall()
    return [r[0] for r in rows]
