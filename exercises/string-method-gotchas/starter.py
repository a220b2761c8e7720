print("report.txt".rstrip(".txt"))
print("banana".strip("ab"))
print("a  b ".split(), "a  b ".split(" "))
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1))
print("hello".find("z"), "hello".find("l"), "hello"[-1:])
try:
    "hello".index("z")
except ValueError as e:
    print(type(e).__name__)
print("hello"[::-2], "hello"[1:99])
