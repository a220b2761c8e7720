squares = (x * x for x in range(6))
print(9 in squares)
print(list(squares))
print(sum(squares), 16 in squares)

nums = iter([1, 2, 3, 4, 5, 6, 7])
print(list(zip(nums, nums)))
print(list(nums))

letters = iter("abcde")
print(list(zip(letters, range(2))), next(letters))

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

g = countdown(2)
print(list(g), list(g))
print(max(countdown(3)), min(countdown(0), default="empty"))
print(next(g, "spent"))
next(countdown(0))
