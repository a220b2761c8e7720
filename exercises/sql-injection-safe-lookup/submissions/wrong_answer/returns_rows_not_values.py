# Returns what the driver gives: a tuple instead of a dict, 1-tuples instead of strings.


def find_user(conn, username):
    return conn.execute("SELECT id, username, name FROM users WHERE username = ?", (username,)).fetchone()


def search_users(conn, name_prefix):
    pattern = name_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return conn.execute("SELECT username FROM users WHERE name LIKE ? ESCAPE '\\' ORDER BY username",
                        (pattern,)).fetchall()
