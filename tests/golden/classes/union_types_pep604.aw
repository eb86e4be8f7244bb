u = int | str
print(u, type(u), type(u).__name__, u.__args__, u == (str | int), u == (int | float), hash(u) == hash(str | int))
print(int | int, int | None | int, (int | str) | (float | None), None | int, type(None) | int)
print(isinstance(3, u), isinstance(3.0, u), issubclass(bool, u), isinstance(None, int | None))
try: int | 3
except TypeError as e: print(e)
try: 3 | int
except TypeError as e: print(e)
try: int | "str"
except TypeError as e: print(e)
try: issubclass(1, int | str)
except TypeError as e: print(e)
class A: pass
class B(A): pass
print(A | B, isinstance(B(), A | None), {u: 1}[str | int])
import typing
print(int | typing.List[int] if False else "skip")
print(typing.Optional[int] | str)
x: int | None = None
class D:
    y: list | dict = None
    z: "A | None" = None
print(__annotations__, D.__annotations__)
def f(a: int | None): pass
print(u.__parameters__, (int | str).__or__ if False else '')
import types
print(types.UnionType is type(u), isinstance(u, types.UnionType))
print(typing.get_args(int | str), typing.get_origin(int | str))
try:
    types.UnionType()
except TypeError as e:
    print(e)
