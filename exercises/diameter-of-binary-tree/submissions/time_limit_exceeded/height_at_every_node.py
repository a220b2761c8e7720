# Correct but O(n * height): visits every node and measures the heights of its two subtrees
# from scratch with a breadth-first walk each time.
from collections import deque


def height(node):
    if node is None:
        return 0
    levels = 0
    queue = deque([node])
    while queue:
        levels += 1
        for _ in range(len(queue)):
            cur = queue.popleft()
            if cur.left:
                queue.append(cur.left)
            if cur.right:
                queue.append(cur.right)
    return levels


def diameter_of_binary_tree(root: Optional[TreeNode]) -> int:
    best = 0
    stack = [root]
    while stack:
        node = stack.pop()
        best = max(best, height(node.left) + height(node.right))
        for child in (node.left, node.right):
            if child:
                stack.append(child)
    return best
