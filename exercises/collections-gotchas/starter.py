from collections import Counter, OrderedDict, defaultdict, deque

d = defaultdict(list)
if d["a"]:
    print("never")
print("a" in d, d.get("b"), len(d))

c = Counter(["pear", "fig", "apple", "fig", "apple"])
print(c.most_common(2))

stock = Counter(a=3, b=1)
print(stock - Counter(a=1, b=2))
stock.subtract(Counter(a=1, b=2))
print(stock)

q = deque(range(5), maxlen=3)
q.append(5)
q.appendleft(0)
print(list(q))

x, y = OrderedDict(a=1, b=2), OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(x) == dict(y))
