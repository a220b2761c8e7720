def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket


def tally(word, counts={}, total=0):
    counts[word] = counts.get(word, 0) + 1
    total += 1
    return counts, total


a = add_item(1)
b = add_item(2)
c = add_item(3, [])
d = add_item(4)
print(a)
print(b is a, c)
print(d)

tally("x")
print(tally("y"))
print(add_item.__defaults__)
