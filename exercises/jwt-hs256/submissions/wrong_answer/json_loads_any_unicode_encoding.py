# json.loads() of the raw bytes also accepts UTF-16 and UTF-32 JSON; the token parts must be UTF-8.
"""HS256 JSON Web Tokens with the standard library only."""
import base64
import hashlib
import hmac
import json
import re

__all__ = ["InvalidToken", "encode", "decode"]

HEADER = {"alg": "HS256", "typ": "JWT"}
_B64URL = re.compile(r"[A-Za-z0-9_-]*")


class InvalidToken(Exception):
    """The token is malformed, not signed with the secret, or expired."""


def _b64encode(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text):
    if not _B64URL.fullmatch(text) or len(text) % 4 == 1:
        raise InvalidToken("not unpadded base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _serialize(obj):
    return json.dumps(obj, separators=(",", ":"), sort_keys=True).encode("utf-8")


def _key(secret):
    return secret.encode("utf-8") if isinstance(secret, str) else bytes(secret)


def _sign(signing_input, secret):
    return hmac.new(_key(secret), signing_input.encode("ascii"), hashlib.sha256).digest()


def encode(payload, secret):
    signing_input = _b64encode(_serialize(HEADER)) + "." + _b64encode(_serialize(payload))
    return signing_input + "." + _b64encode(_sign(signing_input, secret))


def _json_object(data):
    try:
        value = json.loads(data)  # bytes: json also detects UTF-16 and UTF-32
    except (ValueError, RecursionError):  # UnicodeDecodeError, JSONDecodeError; too deeply nested
        raise InvalidToken("not JSON") from None
    if not isinstance(value, dict):
        raise InvalidToken("not a JSON object")
    return value


def decode(token, secret, now):
    if not isinstance(token, str):
        raise InvalidToken("a token is a string")
    parts = token.split(".")
    if len(parts) != 3:
        raise InvalidToken("a token has three parts")
    header_part, payload_part, signature_part = parts
    header_bytes, payload_bytes, signature = (_b64decode(part) for part in parts)
    header = _json_object(header_bytes)
    if header.get("alg") != "HS256":
        raise InvalidToken("alg must be HS256")
    expected = _sign(header_part + "." + payload_part, secret)  # the parts as received
    if not hmac.compare_digest(signature, expected):
        raise InvalidToken("bad signature")
    payload = _json_object(payload_bytes)
    if "exp" in payload:
        exp = payload["exp"]
        if isinstance(exp, bool) or not isinstance(exp, (int, float)):
            raise InvalidToken("exp must be a number")
        if now >= exp:
            raise InvalidToken("expired")
    return payload
