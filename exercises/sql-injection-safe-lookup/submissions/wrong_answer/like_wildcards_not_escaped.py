# Parameters, but the prefix's own % and _ still act as LIKE wildcards.


def find_user(conn, username):
    row = conn.execute("SELECT id, username, name FROM users WHERE username = ?", (username,)).fetchone()
    if row is None:
        return None
    return {"id": row[0], "username": row[1], "name": row[2]}


def search_users(conn, name_prefix):
    rows = conn.execute("SELECT username FROM users WHERE name LIKE ? ORDER BY username",
                        (name_prefix + "%",)).fetchall()
    return [r[0] for r in rows]
