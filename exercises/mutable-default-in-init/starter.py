class Cart:
    tags = []
    def __init__(self, items=[]):
        self.items = items
    def add(self, item, tag):
        self.items.append(item)
        self.tags.append(tag)

class SafeCart:
    def __init__(self, items=None):
        self.items = [] if items is None else items

a, b = Cart(), Cart()
a.add("apple", "x")
b.add("pear", "y")
print(a.items, b.items, a.items is b.items)
print(a.tags, Cart.tags)

c = Cart(["fig"])
c.add("kiwi", "z")
print(c.items, Cart().items, len(Cart.tags))

s1, s2 = SafeCart(), SafeCart()
s1.items.append("plum")
print(s1.items, s2.items)
