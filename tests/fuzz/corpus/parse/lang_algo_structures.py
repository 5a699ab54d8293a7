# linked list, stack, queue, binary search tree implemented with classes
class Node:
    def __init__(self, val, nxt=None):
        self.val, self.nxt = val, nxt

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for it in reversed(list(items)):
            self.head = Node(it, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.nxt
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.nxt, prev, cur = prev, cur, cur.nxt
        self.head = prev
    def __len__(self):
        return sum(1 for _ in self)

ll = LinkedList([1, 2, 3, 4])
print(list(ll), len(ll))
ll.reverse()
print(list(ll))

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        return self._items.pop()
    def __bool__(self):
        return bool(self._items)

def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for c in s:
        if c in "([{":
            st.push(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
print([balanced(s) for s in ["()[]{}", "([)]", "((", "{[()()]}", ""]])

class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        if self.root is None:
            self.root = [k, None, None]
            return
        n = self.root
