# Two passes: count the nodes, then walk to the node before the one to delete. Still O(sz).
def remove_nth_from_end(head: Optional[ListNode], n: int) -> Optional[ListNode]:
    length = 0
    node = head
    while node:
        length += 1
        node = node.next
    index = length - n          # 0-based index of the node to delete
    if index == 0:
        return head.next
    prev = head
    for _ in range(index - 1):
        prev = prev.next
    prev.next = prev.next.next
    return head
