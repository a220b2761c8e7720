print(1 < 2 < 3, (3 > 2) > 1, 3 > 2 > 1)
print(1 == 1.0 == True, 1 < 3 > 2)
print(not 1 == 2, 1 in [1] == True)
print(False == False in [False], (False == False) in [False])
x = 5
print(0 < x < 10 == True, (0 < x < 10) == True)
print(1 + 2 if False else 3)
