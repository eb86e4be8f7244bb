import ast
src = '''
import os, sys as s
from ..pkg import a as b, c
@dec(1)
async def f(a, /, b: int = 2, *args, c, d=3, **kw) -> str:
    """doc"""
    global g
    x = y = [1, 2.5, 3j, 'a', b'b', None, True, ...]
    x += 1
    y: int = 2
    async for i in aiter():
        await i
    async with a as (b, c), d:
        pass
    return {k: v for k, v in x.items() if k} | {*s, 1} | {**d}
class C(B, metaclass=M):
    def m(self): yield from self; yield
try:
    pass
except (E, F) as e:
    raise X from e
else:
    del a[1:2, ::3], b.c
finally:
    nonlocal_ = lambda x, *, y=1: (x if y else -x, not x, ~y)
while a < b <= c is not d not in e:
    break
else:
    continue
match p:
    case [1, *rest] | {"k": v, **kw} if v > 0:
        pass
    case Point(x=0, y=_) | None | True | 1.5 as z:
        pass
    case str() | a.b:
        pass
with open(f) as g: print(f"x={x!r:>{w}} {y:.2f} {{z}}", f'{a=}')
assert x, "m"
try:
    pass
except* G:
    pass
(a := 1)
print(*a, **b, sep='')
a @= b; a //= c; a **= 2; a <<= 1 ; a >>= 1; a ^= 1; a &= 1; a |= 1; a %= 2; a /= 1; a -= 1; a *= 1
'''
t = ast.parse(src)
print(ast.dump(t))
print(ast.dump(t, indent=2, include_attributes=True))
print(ast.unparse(t))
print(ast.dump(ast.parse('1 + 2', mode='eval')))
print(ast.dump(ast.parse('x = 1', mode='single')))
print(ast.get_docstring(t.body[3]))
print(len(list(ast.walk(t))))
print(ast.literal_eval('{"a": (1, -2.5, 3+4j), "b": {1, 2}, "c": b"x"}'))
print(repr(t.body[0])[:16], t.body[0].names[0].__class__.__module__)
