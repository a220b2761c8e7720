s = "café"
b = s.encode("utf-8")
print(len(s), len(b), b)
print(b[0], b[:1], b[-1])
print(str(b"ok"), b"ok".decode())
print(s == "cafe\u0301", len("cafe\u0301"))

ba = bytearray(b"abc")
ba[0] = 65
ba += b"!"
print(ba, ba == b"Abc!")

try:
    b[:4].decode("utf-8")
except ValueError as e:
    print(type(e).__name__)
print(len(b.decode("latin-1")))
