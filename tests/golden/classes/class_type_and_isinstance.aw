class A: pass
class B(A): pass
b = B()
print(type(b) is B, type(b) == A, isinstance(b, A), isinstance(b, (int, A)), issubclass(B, A), issubclass(A, B), issubclass(B, (str, A)))
print(type(B), type(type), type(5), type('s'), type(None), type([]), type(len))
