# Named parameters, sqlite3.Row, an explicit cursor, and the case folding done in SQL with
# lower() and instr() instead of LIKE: no pattern characters to escape at all.
import sqlite3


def find_user(conn, username):
    conn.row_factory = sqlite3.Row
    cur = conn.cursor()
    cur.execute("SELECT id, username, name FROM users WHERE username = :u", {"u": username})
    row = cur.fetchone()
    return dict(row) if row is not None else None


def search_users(conn, name_prefix):
    cur = conn.cursor()
    cur.execute(
        "SELECT username FROM users WHERE instr(lower(name), lower(:p)) = 1 OR :p = '' ORDER BY username",
        {"p": name_prefix},
    )
    return [row[0] for row in cur]
