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


class _TypingName:
    """Stands for a name of `typing` (`List`, `Optional[TreeNode]`...) without importing it:
    `import typing` (and the `re`, `collections` and `functools` it pulls in) is most of the
    harness's start, and a solution almost always uses these names only in annotations, where
    subscribing is all that happens. Anything else done with one (an attribute, a call,
    `isinstance`, `|`, a base class, `==`) imports `typing` and acts on the real object."""

    __slots__ = ("_name", "_args")

    def __init__(self, name, args=()):
        self._name = name
        self._args = args

    def __getitem__(self, params):
        return _TypingName(self._name, self._args + (params,))

    def _real(self):
        import typing

        obj = getattr(typing, self._name)
        for params in self._args:
            if isinstance(params, tuple):
                params = tuple(_unwrap(p) for p in params)
            else:
                params = _unwrap(params)
            obj = obj[params]
        return obj

    def __getattr__(self, attr):
        return getattr(self._real(), attr)

    def __call__(self, *args, **kwargs):
        return self._real()(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self._real())

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._real())

    def __mro_entries__(self, bases):
        real = self._real()
        entries = getattr(real, "__mro_entries__", None)
        return entries(bases) if entries is not None else (real,)

    def __or__(self, other):
        return self._real() | _unwrap(other)

    def __ror__(self, other):
        return _unwrap(other) | self._real()

    def __eq__(self, other):
        return self._real() == _unwrap(other)

    def __hash__(self):
        return hash(self._real())

    def __repr__(self):
        return repr(self._real())


def _unwrap(obj):
    return obj._real() if isinstance(obj, _TypingName) else obj


def solution_namespace(source=None):
    """A fresh module namespace for a solution: the node classes and the typing names.

    With the solution's `source` (bytes), the typing names are only added when it mentions
    one of them, as stand-ins (`_TypingName`); without it, as `typing`'s own objects."""
    ns = {"ListNode": ListNode, "TreeNode": TreeNode}
    if source is None:
        import typing

        for name in TYPING_NAMES:
            ns[name] = getattr(typing, name)
    elif any(name.encode() in source for name in TYPING_NAMES):
        for name in TYPING_NAMES:
            ns[name] = _TypingName(name)
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
