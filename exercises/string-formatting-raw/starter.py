name = "Ann"
pi = 3.14159
print(f"[{name!r:>7}] [{name:<5}] [{pi:.2f}] [{42:05d}] [{255:#x}]")
print(f"{name=} {{name}} {len(name) * 2}")

point = (1, 2)
print("%s" % (point,))
try:
    print("%s" % point)
except TypeError as e:
    print(type(e).__name__)

print(len("\n"), len(r"\n"), r"\t" == "\\t")
print("{1}{0}{1}".format("a", "b"))
