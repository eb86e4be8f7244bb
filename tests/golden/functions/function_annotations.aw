def f(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6: pass
print(f.__annotations__)
class A:
    def g(self, __x: int, *, __y: 'q') -> None: pass
print(A.g.__annotations__)
print((lambda: 0).__annotations__)
def h(): pass
print(h.__annotations__)
h.__annotations__ = {'a': 1}; print(h.__annotations__)
try: h.__annotations__ = 5
except TypeError as e: print(e)
del h.__annotations__; print(h.__annotations__)
def outer():
    class Local: pass
    def inner(x: Local) -> list[Local]: return x
    return inner
print(outer().__annotations__['return'])
import typing
def k(x: typing.Optional[int] = None, *args: str, **kw: float) -> dict[str, int | None]: pass
print(k.__annotations__)
print(typing.get_type_hints(k))
import functools
@functools.wraps(k)
def w(*a): pass
print(w.__annotations__)
async def co(x: int) -> str: pass
print(co.__annotations__)
class B:
    def m(self) -> "B": return self
    def n(self, other: 'B') -> bool: pass
print(B.m.__annotations__, B.n.__annotations__)
try:
    class C:
        def m(self) -> C: pass
except NameError as e: print(e)
