# Misconception: assumes the longest path goes through the root, so it only adds the heights
# of the root's two subtrees.
def height(node):
    best = 0
    stack = [(node, 1)] if node else []
    while stack:
        cur, depth = stack.pop()
        best = max(best, depth)
        for child in (cur.left, cur.right):
            if child:
                stack.append((child, depth + 1))
    return best


def diameter_of_binary_tree(root: Optional[TreeNode]) -> int:
    return height(root.left) + height(root.right)
