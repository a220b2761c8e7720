# O(n) time but O(n) extra space: copy the values out, then write them back in reverse order.
# Accepted (the nodes keep their positions; only the values move).
def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    values = []
    node = head
    while node:
        values.append(node.val)
        node = node.next
    node = head
    while node:
        node.val = values.pop()
        node = node.next
    return head
