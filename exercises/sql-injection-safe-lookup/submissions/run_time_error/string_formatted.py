# The input is pasted into the SQL text: an apostrophe in it ends the string literal, so
# "Pat O'" is a syntax error and "x' OR '1'='1" rewrites the WHERE clause.


def find_user(conn, username):
    row = conn.execute(f"SELECT id, username, name FROM users WHERE username = '{username}'").fetchone()
    if row is None:
        return None
    return {"id": row[0], "username": row[1], "name": row[2]}


def search_users(conn, name_prefix):
    rows = conn.execute(f"SELECT username FROM users WHERE name LIKE '{name_prefix}%' ORDER BY username").fetchall()
    return [r[0] for r in rows]
