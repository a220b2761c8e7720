print(True + True, True * 3, sum([True, False, True]))
d = {1: "a", True: "b", 1.0: "c"}
print(d, len(d))
print(isinstance(True, int), True == 1, ["x", "y"][True])
print(int(-3.9), int(" 42 "), int(True))
try:
    int("3.5")
except ValueError as e:
    print(type(e).__name__, int(float("3.5")))
print(bool("False"), bool("0"), bool(""), bool(0.0))
