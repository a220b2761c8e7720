from dataclasses import dataclass, field

try:
    @dataclass
    class Bad:
        tags: list = []
except ValueError as e:
    print(type(e).__name__)

@dataclass(frozen=True)
class Item:
    name: str
    count = 0
    tags: list = field(default_factory=list)

a, b = Item("x"), Item("x")
print(a == b, a is b, a)
a.tags.append(1)
print(a == b, b.tags)
try:
    a.count = 5
except AttributeError as e:
    print(type(e).__name__, a.count)
