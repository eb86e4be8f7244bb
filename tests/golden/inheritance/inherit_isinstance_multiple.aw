class A: pass
class B: pass
class C(A, B): pass
c = C()
print(isinstance(c, A), isinstance(c, B), issubclass(C, object), [k.__name__ for k in C.__bases__])
