from functools import partial, total_ordering

def tag(level, text, sep=":", end="!"):
    return level + sep + text + end

warn = partial(tag, "WARN", sep="-")
print(warn("disk"), warn("cpu", sep="=", end="?"))
loud = partial(warn, end="!!")
print(loud("fan"), loud.func is tag, loud.args, loud.keywords)
try:
    warn("disk", "/")
except TypeError as e:
    print(type(e).__name__)

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n

print(Version(1) >= Version(2))
print(Version(3) <= Version(3))
