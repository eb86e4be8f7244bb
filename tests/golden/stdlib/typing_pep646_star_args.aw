# PEP 646: *args annotated with an unpacked TypeVarTuple or tuple, as Python 3.11 evaluates it
import ast
from typing import TypeVarTuple, Generic, Tuple, Unpack, get_type_hints

Ts = TypeVarTuple('Ts')

def f(*args: *Ts) -> Tuple[*Ts]:
    pass
print(f.__annotations__)
print(f.__annotations__['args'] == Unpack[Ts], repr(Unpack[Ts]))

def g(x: tuple[int, *Ts], *rest: *tuple[str, ...]):
    pass
print(g.__annotations__)
star = g.__annotations__['rest']
print(type(star).__name__, star.__unpacked__, star.__origin__, star.__args__)
print(star == tuple[str, ...], tuple[str, ...].__unpacked__, list(list[int]))

class Array(Generic[*Ts]):
    pass
print(Array[int, str], Array[()], Array[*tuple[int, ...]])

# the annotation is the single item its operand unpacks to
def h(*a: *[42]): pass
print(h.__annotations__)
for src in ['def f(*a: *[]): pass', 'def f(*a: *[1, 2]): pass', 'def f(*a: *5): pass']:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# misuse is a syntax error, with CPython's messages and positions
bad = [
    'def f(x: *Ts): pass',
    'def f(*, x: *Ts): pass',
    'def f(**kw: *Ts): pass',
    'def f() -> *Ts: pass',
    'def f(*a: *Ts = 1): pass',
    'def f(*a: int = 1): pass',
    'def f(*a: *Ts, *b): pass',
    'def f(*a: *Ts, /): pass',
    'def f(*a: *Ts or b): pass',
    'def f(*a: (*Ts)): pass',
    'def f(*a: **Ts): pass',
    'x: *Ts',
    'lambda *a: *a',
]
for src in bad:
    try:
        compile(src, '<s>', 'exec')
        print('compiled', src)
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.offset)

# allowed forms compile; `*a: *Ts | int` is a valid star annotation
for src in ['def f(*a: *Ts | int): pass', 'def f(*a: *Ts, b, **k): pass', 'def f(*a: *x.y[1]): pass']:
    compile(src, '<s>', 'exec')
    print('ok', src)

# the ast and its round trip
tree = ast.parse('def f(*args: *Ts, k: int): pass')
print(ast.dump(tree.body[0].args.vararg))
print(ast.unparse(tree))
ns = {'Ts': Ts}
exec(compile(tree, '<ast>', 'exec'), ns)
print(ns['f'].__annotations__)

# under `from __future__ import annotations` the text is kept
ns = {}
exec('from __future__ import annotations\ndef f(*a: *Ts, **k: int) -> None: pass', ns)
print(ns['f'].__annotations__)
print(get_type_hints(f))
