# Misreads the output format: returns one flat list of values in BFS order.
from collections import deque


def level_order(root):
    out = []
    queue = deque([root] if root else [])
    while queue:
        node = queue.popleft()
        out.append(node.val)
        if node.left:
            queue.append(node.left)
        if node.right:
            queue.append(node.right)
    return out
