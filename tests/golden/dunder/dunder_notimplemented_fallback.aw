class A:
    def __add__(self, o):
        return NotImplemented
    def __eq__(self, o):
        return NotImplemented
class B:
    def __radd__(self, o):
        return 'B.__radd__'
print(A() + B())
try:
    A() + 1
except TypeError as e:
    print(type(e).__name__, e)
a = A()
print(a == a, A() == A())
