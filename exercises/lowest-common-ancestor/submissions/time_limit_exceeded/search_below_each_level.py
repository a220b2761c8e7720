# Correct but O(n * height): starting at the root, searches the left subtree and the right
# subtree for p and for q, and steps down while both are on the same side. Every step repeats
# a search of almost the whole remaining tree.
def contains(node, value):
    stack = [node] if node else []
    while stack:
        cur = stack.pop()
        if cur.val == value:
            return True
        if cur.left:
            stack.append(cur.left)
        if cur.right:
            stack.append(cur.right)
    return False


def lowest_common_ancestor(root: Optional[TreeNode], p: int, q: int) -> int:
    node = root
    while True:
        if node.val in (p, q):
            return node.val
        if contains(node.left, p) and contains(node.left, q):
            node = node.left
        elif contains(node.right, p) and contains(node.right, q):
            node = node.right
        else:
            return node.val
