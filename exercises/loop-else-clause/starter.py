for n in [3, 5, 7]:
    if n % 2 == 0:
        break
else:
    print("no even number")

for n in [1, 2, 3]:
    if n == 2:
        continue
    print("n", n)
else:
    print("for else")

for n in []:
    break
else:
    print("empty else")

i = 0
while i < 3:
    i += 1
    if i == 2:
        break
else:
    print("while else")
print("i =", i)
