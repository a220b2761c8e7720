from grind_testing import Mismatch, expect, expect_raises

from solution import InvalidToken, decode, encode

EXAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjE3MDAwMDAwMDAsInN1YiI6IjQyIn0"
           ".r7Tq8khoA1r_NdnDNGBDfaE3Np5FtUoG7iNtQgCczYc")


def test_encode_matches_the_example():
    expect(encode({"sub": "42", "exp": 1700000000}, "s3cret"), EXAMPLE)


def test_decode_returns_the_payload():
    try:
        payload = decode(EXAMPLE, "s3cret", now=1699999999)
    except InvalidToken as e:
        raise Mismatch("decode rejected a valid token: %s" % e)
    expect(payload, {"exp": 1700000000, "sub": "42"})


def test_expired_token_is_rejected():
    expect_raises(InvalidToken, decode, EXAMPLE, "s3cret", 1700000000)


def test_wrong_secret_is_rejected():
    expect_raises(InvalidToken, decode, EXAMPLE, "other", 0)
