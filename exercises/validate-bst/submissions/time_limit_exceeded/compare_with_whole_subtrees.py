# Correct but O(n * height): for every node, walks its entire left subtree and entire right
# subtree to compare every value with the node's: ~2 * 10^8 visits on a 5000-deep chain that
# ends in a subtree of 45,000 nodes.
def all_values(node):
    out = []
    stack = [node] if node else []
    while stack:
        cur = stack.pop()
        out.append(cur.val)
        if cur.left:
            stack.append(cur.left)
        if cur.right:
            stack.append(cur.right)
    return out


def is_valid_bst(root: Optional[TreeNode]) -> bool:
    stack = [root] if root else []
    while stack:
        node = stack.pop()
        for v in all_values(node.left):
            if v >= node.val:
                return False
        for v in all_values(node.right):
            if v <= node.val:
                return False
        if node.left:
            stack.append(node.left)
        if node.right:
            stack.append(node.right)
    return True
