# Misconception: uses a stack instead of a queue. Grouping by depth is right, but pushing
# left then right pops the RIGHT subtree first, so every level with 2+ nodes comes out
# reversed (right to left) or interleaved by subtree.
def level_order(root):
    levels = []
    stack = [(root, 0)] if root else []
    while stack:
        node, depth = stack.pop()
        if depth == len(levels):
            levels.append([])
        levels[depth].append(node.val)
        if node.left:
            stack.append((node.left, depth + 1))
        if node.right:
            stack.append((node.right, depth + 1))
    return levels
