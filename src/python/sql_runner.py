# grind SQL runner: runs the user's SQL against one test's data in a fresh in-memory SQLite
# database and reports the result rows on the channel (fd 3) as one frame. Expected rows
# never enter the sandbox: grind compares them outside.
#
# grind runs this file after channel.py (_send_record), as one script.
#
# Job (stdin, one JSON object):
#   {"schema": "<sql>", "data": "<sql>", "query": "<user sql>", "check": "<sql>" or null}
# The schema and data run first (trusted, from the exercise). The user's text is split into
# statements and run in order; the result is the rows of the last statement, or of `check`
# when the exercise judges the tables afterwards (a DELETE or UPDATE task).
# Records: {"e":"result","columns":[...],"rows":[[...],...]}
#          {"e":"error","stage":"prepare"|"run","message":"..."}   an error SQLite reported
#          {"e":"error","stage":"statements","message":"..."}     the text holds no statement
#          {"e":"error","stage":"setup","message":"..."}          the exercise's schema or data failed
# src/python/records.rs parses them.
import os
import sqlite3
import sys

# What the user's SQL may not do: reach files (ATTACH writes a database file), or change the
# connection's safety settings. Extensions cannot load: `enable_load_extension` is never called.
_DENIED = {getattr(sqlite3, name) for name in ("SQLITE_ATTACH", "SQLITE_DETACH") if hasattr(sqlite3, name)}
_DENIED_PRAGMAS = {"writable_schema", "trusted_schema", "query_only"}


def _authorizer(action, arg1, arg2, db_name, trigger):
    if action in _DENIED:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _DENIED_PRAGMAS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def split_statements(text):
    """The statements of `text`, in order: split at each `;` that ends a complete statement
    (so a `;` inside a string literal or a comment does not split), comments-only pieces dropped."""
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == ";" and sqlite3.complete_statement(text[start:i + 1]):
            stmt = text[start:i + 1].strip()
            if not _only_comments(stmt.rstrip(";")):
                out.append(stmt)
            start = i + 1
    rest = text[start:].strip()
    if rest and not _only_comments(rest):
        out.append(rest)  # the last statement may lack its semicolon
    return out


def _only_comments(text):
    """True when `text` holds nothing but whitespace and `--` or `/* */` comments."""
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
        elif text.startswith("--", i):
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
        else:
            return False
    return True


def _value(v):
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            return {"real": repr(v)}
        return v
    if isinstance(v, bytes):
        return {"blob": v.hex()}
    return v


def main():
    job = _loads(sys.stdin.buffer.read().decode("utf-8"))
    os.close(0)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.executescript(job["schema"])
        if job.get("data"):
            conn.executescript(job["data"])
    except sqlite3.Error as e:
        _send_record({"e": "error", "stage": "setup", "message": str(e)})
        return
    conn.set_authorizer(_authorizer)
    statements = split_statements(job["query"])
    if not statements:
        _send_record({"e": "error", "stage": "statements", "message": "the file holds no SQL statement"})
        return
    cursor = None
    for stmt in statements:
        try:
            cursor = conn.execute(stmt)
        except sqlite3.Warning as e:  # "You can only execute one statement at a time."
            _send_record({"e": "error", "stage": "prepare", "message": str(e)})
            return
        except sqlite3.Error as e:
            stage = "prepare" if _is_prepare_error(e) else "run"
            message = str(e)
            if message == "not authorized":
                message = "not authorized: SQL here may not attach databases, load extensions or change safety pragmas"
            _send_record({"e": "error", "stage": stage, "message": message})
            return
    if job.get("check"):
        # NOTE: before Python 3.11 `set_authorizer(None)` installs None as the callback, which
        # denies everything; a callback that allows everything works on every version.
        conn.set_authorizer(lambda *args: sqlite3.SQLITE_OK)
        try:
            cursor = conn.execute(job["check"])
        except sqlite3.Error as e:
            _send_record({"e": "error", "stage": "run", "message": str(e)})
            return
    if cursor.description is None:
        _send_record({"e": "error", "stage": "statements",
                      "message": "the last statement returns no rows: end with a SELECT"})
        return
    columns = [d[0] for d in cursor.description]
    try:
        # SQLite computes most rows while they are fetched: run-time errors can come here.
        rows = [[_value(v) for v in row] for row in cursor.fetchall()]
    except sqlite3.Error as e:
        _send_record({"e": "error", "stage": "run", "message": str(e)})
        return
    _send_record({"e": "result", "columns": columns, "rows": rows})


def _is_prepare_error(e):
    """Errors SQLite reports while compiling a statement (syntax, unknown names), as opposed to
    errors while running it (constraints, overflow)."""
    text = str(e)
    markers = ("syntax error", "incomplete input", "unrecognized token", "no such table",
               "no such column", "no such function", "ambiguous column", "misuse of",
               "wrong number of arguments", "not authorized", "near \"")
    return any(m in text for m in markers)


main()
