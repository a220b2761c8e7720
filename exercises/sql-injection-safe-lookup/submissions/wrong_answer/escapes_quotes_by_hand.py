# Doubling the quotes by hand does keep these payloads harmless in SQLite, but the values are
# still pasted into the SQL text, which the prompt forbids (and which breaks the moment an
# input reaches a query that forgot the escaping).


def _quote(text):
    return "'" + text.replace("'", "''") + "'"


def find_user(conn, username):
    row = conn.execute("SELECT id, username, name FROM users WHERE username = " + _quote(username)).fetchone()
    if row is None:
        return None
    return {"id": row[0], "username": row[1], "name": row[2]}


def search_users(conn, name_prefix):
    pattern = name_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = conn.execute(
        "SELECT username FROM users WHERE name LIKE " + _quote(pattern) + " ESCAPE '\\' ORDER BY username"
    ).fetchall()
    return [r[0] for r in rows]
