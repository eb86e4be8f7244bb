# __sizeof__ and sys.getsizeof agree (CPython 3.11 sizes, the GC header on top for containers), and getsizeof asks a class's own __sizeof__.
import sys
class A: pass
class B:
    def __sizeof__(self): return 100
for x in [0, 1, 2**100, True, 1.5, "abc", "é", b"xy", (), (1, 2), [], [1, 2, 3], range(3), object(), None, 1j]:
    print(repr(x)[:10], sys.getsizeof(x), x.__sizeof__())
print(sys.getsizeof(B()), B().__sizeof__())
class C:
    __slots__ = ()
    def __sizeof__(self): return 10
print(sys.getsizeof(C()))
