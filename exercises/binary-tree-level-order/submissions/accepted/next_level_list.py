# Builds each level as a plain list from the previous one (no deque needed).
def level_order(root):
    levels = []
    current = [root] if root else []
    while current:
        levels.append([node.val for node in current])
        current = [child for node in current for child in (node.left, node.right) if child]
    return levels
