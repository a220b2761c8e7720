# Counts positions from the end on the way back out of a recursion: correct, but one frame per
# node overflows Python's recursion limit (RecursionError) on lists of a few thousand nodes.
def remove_nth_from_end(head: Optional[ListNode], n: int) -> Optional[ListNode]:
    def walk(node):
        # returns (position of node from the end, node after the removal below it)
        if node is None:
            return 0, None
        pos, rest = walk(node.next)
        pos += 1
        if pos == n:
            return pos, rest
        node.next = rest
        return pos, node

    return walk(head)[1]
