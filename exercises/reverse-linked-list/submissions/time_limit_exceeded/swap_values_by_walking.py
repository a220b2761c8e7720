# Correct but O(n^2): swaps the values of the i-th node from the front and from the back,
# walking from the head to find each one.
def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    n = 0
    node = head
    while node:
        n += 1
        node = node.next

    def at(i):
        node = head
        for _ in range(i):
            node = node.next
        return node

    for i in range(n // 2):
        a, b = at(i), at(n - 1 - i)
        a.val, b.val = b.val, a.val
    return head
