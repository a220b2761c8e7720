import math

print(-7 // 2, 7 // -2, -7 / 2)
print(-7 % 3, 7 % -3, math.fmod(-7, 3))
print(divmod(-7, 2), int(-7 / 2))
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
print(7 // 2.0, 6 / 3, 2 ** -1)
