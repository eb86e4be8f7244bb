class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        return self.items.pop()
    def size(self):
        return len(self.items)
    def is_empty(self):
        return self.size() == 0
s = Stack().push(1).push(2).push(3)
print(s.pop(), s.size(), s.is_empty())
