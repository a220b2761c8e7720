class Squares:
    def __init__(self):
        self.seen = []
    def __getitem__(self, i):
        self.seen.append(i)
        if i >= 4:
            raise IndexError(i)
        return i * i

class Bag:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        print("iter")
        return iter(self.items)

class Never(Bag):
    def __bool__(self):
        return False

s = Squares()
print(4 in s, s.seen)
print(list(s), 5 in s)
print(2 in Bag(1, 2))
print(bool(Bag()), bool(Bag(0)), bool(Never(1, 2)), bool(s))
