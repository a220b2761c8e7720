"""Write HS256 JSON Web Tokens here with the standard library only. The tests import
`from solution import InvalidToken, encode, decode`."""


class InvalidToken(Exception):
    """Raised by decode for a malformed, forged or expired token."""


def encode(payload, secret):
    """Return the HS256 token (a str) for the dict `payload`, signed with `secret` (str or bytes)."""
    raise NotImplementedError


def decode(token, secret, now):
    """Verify `token` with `secret` at time `now` (seconds) and return its payload dict.
    Raise InvalidToken for anything wrong with it."""
    raise NotImplementedError
