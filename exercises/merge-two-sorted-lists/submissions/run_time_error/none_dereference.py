# Bug: loops while EITHER list has nodes but always reads both heads, so once one list is
# exhausted it evaluates None.val (AttributeError). Also fails when a list starts empty.
def merge_two_lists(list1, list2):
    dummy = ListNode()
    tail = dummy
    while list1 or list2:
        if list1.val <= list2.val:
            tail.next = list1
            list1 = list1.next
        else:
            tail.next = list2
            list2 = list2.next
        tail = tail.next
    return dummy.next
