"""User lookups that no input can turn into different SQL.

The tests import `find_user` and `search_users` from this module and pass an open sqlite3
connection to a database holding the table
`users (id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, name TEXT NOT NULL)`.
"""


def find_user(conn, username):
    """Return {"id", "username", "name"} of the user whose username is exactly `username`,
    or None."""
    raise NotImplementedError


def search_users(conn, name_prefix):
    """Return the usernames (sorted) of the users whose name starts with `name_prefix`,
    ignoring ASCII case; `%`, `_` and every other character match only themselves."""
    raise NotImplementedError
