import math
from decimal import Decimal
from fractions import Fraction

print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(math.isclose(0.1 + 0.2, 0.3))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5))
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1) == Decimal("0.1"))
print(Fraction(1, 10) + Fraction(1, 5), Fraction(0.5))
print(2 ** 64 + 1, float(2 ** 53 + 1) == 2 ** 53)
