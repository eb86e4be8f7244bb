class A:
    def __init__(self):
        self.a = 'set by A'
class B(A):
    def __init__(self):
        self.b = 'set by B'
b = B()
print(hasattr(b, 'a'), b.b)
