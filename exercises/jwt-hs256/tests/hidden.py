import base64
import copy
import hashlib
import hmac
import importlib
import json
import random
import secrets
import unittest

from grind_testing import Mismatch, expect, expect_raises, expect_true

import solution
from solution import InvalidToken, decode, encode

HEADER = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"  # {"alg":"HS256","typ":"JWT"}


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def sign(signing_input, secret):
    key = secret.encode("utf-8") if isinstance(secret, str) else secret
    return b64(hmac.new(key, signing_input.encode("ascii"), hashlib.sha256).digest())


def forge(header_part, payload_part, secret):
    """A token made of the given (already encoded) parts, correctly signed with `secret`."""
    return header_part + "." + payload_part + "." + sign(header_part + "." + payload_part, secret)


def accept(decode_fn, token, secret, now, invalid=None):
    """decode() of a token that is valid: a rejection is a wrong answer, not a crash."""
    try:
        return decode_fn(token, secret, now)
    except invalid or InvalidToken as e:
        raise Mismatch("decode rejected a valid token (%r, now=%r): %s: %s" % (token, now, type(e).__name__, e))


def forge_json(header, payload, secret):
    return forge(b64(header.encode("utf-8")), b64(payload.encode("utf-8")), secret)


# ---------------------------------------------------------------- encode


def test_encode_exact_tokens():
    cases = [
        ({"user": "ada", "roles": ["admin", "dev"], "n": 1.5}, b"k\x00\xff",
         HEADER + ".eyJuIjoxLjUsInJvbGVzIjpbImFkbWluIiwiZGV2Il0sInVzZXIiOiJhZGEifQ"
         ".ChocqwwuDo-m7DJbdWZi_RQOTYWCc6cnnpVhZd9ONS0"),
        ({"name": "Zo\u00eb", "b": None, "a": True}, "secret",
         HEADER + ".eyJhIjp0cnVlLCJiIjpudWxsLCJuYW1lIjoiWm9cdTAwZWIifQ"
         ".gphaM4vEM_7rP9NQQ58d2R3E6y0hawyGa-Fxvz9z3hM"),
        ({}, "", HEADER + ".e30.LwimMJA3puF3ioGeS-tfczR3370GXBZMIL-bdpu4hOU"),
    ]
    for payload, secret, token in cases:
        expect(encode(payload, secret), token, "encode(%r, %r)" % (payload, secret))


def test_encode_sorts_keys_at_every_level():
    payload = {"b": {"d": 1, "c": [{"z": 0, "y": 1}]}, "a": "x"}
    token = encode(payload, "k")
    parts = token.split(".")
    expect(len(parts), 3, "number of parts")
    expect(parts[1], b64(b'{"a":"x","b":{"c":[{"y":1,"z":0}],"d":1}}'), "the payload part")
    expect(token, forge(HEADER, parts[1], "k"), "the whole token")


def test_encode_str_secret_is_its_utf8_bytes():
    payload = {"sub": "1"}
    expect(encode(payload, "cl\u00e9"), encode(payload, "cl\u00e9".encode("utf-8")), "str and bytes secrets")
    expect(encode(payload, "cl\u00e9"), forge(HEADER, b64(b'{"sub":"1"}'), "cl\u00e9".encode("utf-8")))


def test_encode_has_no_padding():
    for n in range(1, 8):
        token = encode({"k": "x" * n}, "s")
        expect_true("=" not in token, "no '=' in %r" % token)
        expect(token, forge(HEADER, b64(json.dumps({"k": "x" * n}, separators=(",", ":")).encode()), "s"))


def test_encode_does_not_modify_payload():
    payload = {"z": [3, 2, 1], "a": {"y": 1, "x": 2}}
    before = copy.deepcopy(payload)
    encode(payload, "s")
    expect(payload, before, "payload after encode")
    expect(list(payload), ["z", "a"], "key order of the caller's dict")


# ---------------------------------------------------------------- decode: valid tokens


def test_round_trip():
    payloads = [{}, {"sub": "u1", "exp": 10**10}, {"nested": {"list": [1, 2.5, None, True, "s"]}},
                {"unicode": "\u65e5\u672c\u8a9e \u00e9"}]
    for secret in ("s3cret", b"\x00\x01binary", ""):
        for payload in payloads:
            expect(accept(decode, encode(payload, secret), secret, 0), payload, "round trip of %r" % (payload,))


def test_decode_accepts_token_from_another_library():
    # Made by another implementation: payload keys in insertion order, not sorted.
    token = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2"
             "MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
    expect(accept(decode, token, "your-256-bit-secret", 1516239022), {"sub": "1234567890", "name": "John Doe",
                                                             "iat": 1516239022})


def test_decode_accepts_header_written_differently():
    token = forge_json('{ "typ": "JWT", "kid": "key-7", "alg": "HS256" }', '{"b": 1, "a": [1, 2]}', "k")
    expect(accept(decode, token, "k", 0), {"b": 1, "a": [1, 2]})
    token = forge_json('{"alg":"HS256"}', '{"x":"y"}', b"k")
    expect(accept(decode, token, b"k", 0), {"x": "y"}, "a header without typ")


def test_payload_without_exp_never_expires():
    expect(accept(decode, encode({"sub": "x"}, "k"), "k", 10**12), {"sub": "x"})


# ---------------------------------------------------------------- decode: expiry


def test_exp_boundary_is_inclusive():
    token = encode({"exp": 1000}, "k")
    expect(accept(decode, token, "k", 999), {"exp": 1000}, "one second before exp")
    expect(accept(decode, token, "k", 999.999), {"exp": 1000}, "just before exp")
    expect_raises(InvalidToken, decode, token, "k", 1000)
    expect_raises(InvalidToken, decode, token, "k", 1000.5)


def test_exp_zero_and_float_exp():
    token = encode({"exp": 0}, "k")
    expect(accept(decode, token, "k", -1), {"exp": 0}, "exp 0 before it")
    expect_raises(InvalidToken, decode, token, "k", 0)
    token = encode({"exp": 100.5}, "k")
    expect(accept(decode, token, "k", 100.25), {"exp": 100.5}, "float exp not reached")
    expect_raises(InvalidToken, decode, token, "k", 100.5)


def test_exp_must_be_a_number():
    for exp in ("2000000000", True, None, [1], {"t": 1}):
        expect_raises(InvalidToken, decode, encode({"exp": exp}, "k"), "k", 0)


# ---------------------------------------------------------------- decode: forged tokens


def test_tampered_parts_are_rejected():
    token = encode({"sub": "42", "admin": False}, "k")
    h, p, s = token.split(".")
    evil = b64(b'{"admin":true,"sub":"42"}')
    expect_raises(InvalidToken, decode, h + "." + evil + "." + s, "k", 0)
    flipped = s[:10] + ("A" if s[10] != "A" else "B") + s[11:]
    expect_raises(InvalidToken, decode, h + "." + p + "." + flipped, "k", 0)
    expect_raises(InvalidToken, decode, h + "." + p + "." + s[:-2], "k", 0)
    expect_raises(InvalidToken, decode, h + "." + p + ".", "k", 0)


def test_alg_none_is_rejected():
    payload = b64(b'{"admin":true}')
    none_header = b64(b'{"alg":"none","typ":"JWT"}')
    expect_raises(InvalidToken, decode, none_header + "." + payload + ".", "k", 0)
    # Even with a correct HMAC: alg must say HS256.
    expect_raises(InvalidToken, decode, forge(none_header, payload, "k"), "k", 0)


def test_other_algs_are_rejected_even_when_signed():
    for header in ('{"alg":"HS512","typ":"JWT"}', '{"alg":"hs256"}', '{"typ":"JWT"}', '{"alg":null}',
                   '{"alg":["HS256"]}', '{"alg":"HS256 "}'):
        expect_raises(InvalidToken, decode, forge_json(header, '{"a":1}', "k"), "k", 0)


def test_padding_and_other_characters_are_rejected():
    payload = b64(b'{"sub":"1"}')  # 15 characters
    expect(len(payload) % 4, 3, "test setup")
    for bad in (payload + "=", payload.replace("e", "+", 1), payload[:5] + "/" + payload[5:], " " + payload,
                payload + "\n"):
        expect_raises(InvalidToken, decode, forge(HEADER, bad, "k"), "k", 0)
    good = forge(HEADER, payload, "k")
    expect_raises(InvalidToken, decode, good + "=", "k", 0)
    expect_raises(InvalidToken, decode, forge(HEADER + "=", payload, "k"), "k", 0)


def test_standard_base64_characters_are_rejected():
    # '+' and '/' stand where base64url has '-' and '_': the same bytes, but not base64url.
    for text, good in (('{"q":">>>"}', "eyJxIjoiPj4-In0"), ('{"q":"???"}', "eyJxIjoiPz8_In0")):
        expect(b64(text.encode("ascii")), good, "test setup")
        expect(accept(decode, forge(HEADER, good, "k"), "k", 0), json.loads(text), "the base64url spelling")
        bad = good.replace("-", "+").replace("_", "/")
        expect_raises(InvalidToken, decode, forge(HEADER, bad, "k"), "k", 0)


def test_deeply_nested_json_raises_only_invalid_token():
    # json.loads raises RecursionError (not a ValueError) on very deep nesting.
    depth = 100000
    deep = b"[" * depth + b"]" * depth
    for where, header, payload in (("header", b64(deep), b64(b"{}")),
                                   ("payload", HEADER, b64(b'{"a":' + deep + b"}"))):
        try:
            decode(forge(header, payload, "k"), "k", 0)
        except InvalidToken:
            continue
        except Exception as e:  # noqa: BLE001
            raise Mismatch("decode of a token whose %s is JSON nested %d deep raised %s, not InvalidToken"
                           % (where, depth, type(e).__name__))
        expect(where, "payload", "decode accepted a header that is a JSON array")


def test_impossible_base64_length_is_rejected():
    # 5 characters: a remainder of 1, which no byte string encodes to.
    expect_raises(InvalidToken, decode, forge(HEADER, "eyJhY", "k"), "k", 0)
    expect_raises(InvalidToken, decode, forge("eyJhY", b64(b"{}"), "k"), "k", 0)


def test_parts_that_are_not_json_objects_are_rejected():
    for payload in (b"not json", b"\xff\xfe\x00", b"[1,2]", b'"text"', b"42", b"null", b"", b'{"a":1'):
        expect_raises(InvalidToken, decode, forge(HEADER, b64(payload), "k"), "k", 0)
    for header in (b"[]", b"\x80", b'"HS256"', b"{"):
        expect_raises(InvalidToken, decode, forge(b64(header), b64(b"{}"), "k"), "k", 0)


def test_json_in_another_encoding_than_utf8_is_rejected():
    # json.loads(bytes) would guess UTF-16 or UTF-32 from the zero bytes; the parts must be UTF-8.
    for encoding in ("utf-16", "utf-16-le", "utf-32-be"):
        header = b64('{"alg":"HS256","typ":"JWT"}'.encode(encoding))
        expect_raises(InvalidToken, decode, forge(header, b64(b'{"a":1}'), "k"), "k", 0)
        payload = b64('{"a":1}'.encode(encoding))
        expect_raises(InvalidToken, decode, forge(HEADER, payload, "k"), "k", 0)
    expect(accept(decode, forge(HEADER, b64('{"a":"\u00e9"}'.encode("utf-8")), "k"), "k", 0), {"a": "\u00e9"},
           "a UTF-8 payload with a non-ASCII character")


def test_wrong_structure_is_rejected():
    token = encode({"a": 1}, "k")
    for bad in ("", "abc", "a.b", token + ".", "." + token, token.replace(".", "..", 1), token + " ",
                "..", "...."):
        expect_raises(InvalidToken, decode, bad, "k", 0)
    for bad in (None, token.encode("ascii"), 12345):
        expect_raises(InvalidToken, decode, bad, "k", 0)


class TestNoOtherExceptions(unittest.TestCase):
    def test_random_corruptions_raise_only_invalid_token(self):
        rng = random.Random(2024)
        base = encode({"sub": "42", "roles": ["a", "b"], "exp": 5 * 10**9}, "k")
        alphabet = "ABCxyz019-_=+/.!\u00e9 {}\"\\"
        for _ in range(3000):
            token = list(base)
            for _ in range(rng.randint(1, 4)):
                i = rng.randrange(len(token) + 1)
                r = rng.random()
                if r < 0.4 and i < len(token):
                    token[i] = rng.choice(alphabet)
                elif r < 0.7 and i < len(token):
                    del token[i]
                else:
                    token.insert(i, rng.choice(alphabet))
            token = "".join(token)
            try:
                decode(token, "k", 0)
            except InvalidToken:
                pass
            except Exception as e:  # noqa: BLE001
                raise Mismatch("decode(%r) raised %s: %s, not InvalidToken" % (token, type(e).__name__, e))

    def test_invalid_token_is_an_exception_class(self):
        self.assertTrue(issubclass(InvalidToken, Exception))


def test_signature_is_compared_with_compare_digest():
    real = hmac.compare_digest
    calls = []

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    hmac.compare_digest = spy
    secrets.compare_digest = spy
    try:
        module = importlib.reload(solution)
        token = module.encode({"a": 1}, "k")
        expect(accept(module.decode, token, "k", 0, module.InvalidToken), {"a": 1})
        h, p, s = token.split(".")
        expect_raises(module.InvalidToken, module.decode, h + "." + p + "." + sign(h + "." + p, "other"), "k", 0)
    finally:
        hmac.compare_digest = real
        secrets.compare_digest = real
    expect_true(len(calls) >= 2, "decode should compare signatures with hmac.compare_digest "
                                 "(it was called %d times for 2 decodes)" % len(calls))
