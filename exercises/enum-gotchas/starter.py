from enum import Enum, IntEnum

class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1

class Level(IntEnum):
    LOW = 1
    HIGH = 2

print([c.name for c in Color], len(Color), list(Color.__members__))
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(Color(2).name, Color["RED"].value)
print(Color.RED == 1, Level.LOW == 1, Level.HIGH + 1)
print({1: "one"}.get(Color.RED), {1: "one"}.get(Level.LOW))
try:
    Color(3)
except ValueError as e:
    print(type(e).__name__)
