# Correct order, but recursion depth equals the tree depth: on a 2000-deep chain it raises
# RecursionError (Python's default limit is 1000 frames).
def level_order(root):
    levels = []

    def visit(node, depth):
        if node is None:
            return
        if depth == len(levels):
            levels.append([])
        levels[depth].append(node.val)
        visit(node.left, depth + 1)
        visit(node.right, depth + 1)

    visit(root, 0)
    return levels
