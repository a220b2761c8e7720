# grind function prelude: the names a LeetCode-style solution may use without importing them,
# and the conversions between LeetCode's list encodings and node objects. The function harness
# runs this before the solution; tools/gen/genlib.py runs the same file, so an exercise's
# generator calls the reference exactly as the judge does.
class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return "ListNode(%r)" % (self.val,)


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return "TreeNode(%r)" % (self.val,)


# The typing names predefined for the solution, as LeetCode does.
TYPING_NAMES = ("List", "Optional", "Dict", "Tuple", "Set", "Deque", "Any", "Union")


def solution_namespace(source=None):
    """A fresh module namespace for a solution: the node classes and the typing names.

    With the solution's `source` (bytes), the typing names are only added when it mentions
    one of them: importing `typing` is the largest part of the harness's start."""
    ns = {"ListNode": ListNode, "TreeNode": TreeNode}
    if source is None or any(name.encode() in source for name in TYPING_NAMES):
        import typing

        for name in TYPING_NAMES:
            ns[name] = getattr(typing, name)
    return ns


def to_list_node(values):
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def to_tree_node(values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = [root]
    qi = 0
    i = 1
    while i < len(values):
        node = queue[qi]
        qi += 1
        for side in ("left", "right"):
            if i < len(values):
                if values[i] is not None:
                    child = TreeNode(values[i])
                    setattr(node, side, child)
                    queue.append(child)
                i += 1
    return root
