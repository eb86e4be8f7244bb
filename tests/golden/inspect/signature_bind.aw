# Signature.bind / bind_partial and BoundArguments
import inspect


def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    pass


sig = inspect.signature(f)
ba = sig.bind(1, 2, 3, 4, d=5, z=6)
print(ba)
print(ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
print(sig.bind_partial(1, d=2))
for args, kwargs in [((1,), {}), ((), {"d": 1}), ((1,), {"d": 1, "a": 2}), ((1, 2), {"b": 3, "d": 4})]:
    try:
        print(sig.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)


def g(x, y):
    pass


try:
    inspect.signature(g).bind(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.signature(g).bind(1, y=2, z=3)
except TypeError as e:
    print("TypeError:", e)
