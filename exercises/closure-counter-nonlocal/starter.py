def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return inc, peek

inc1, peek1 = make_counter()
inc2, peek2 = make_counter()
inc1()
print(inc1(), peek1(), peek2())
print(inc2(), peek1())

def make_broken():
    total = 0
    def add():
        print("adding")
        total += 1
    return add

try:
    make_broken()()
except NameError as e:
    print(type(e).__name__)
