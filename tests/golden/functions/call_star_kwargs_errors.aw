class A:
  def __aexit__(s,*a): pass
class B:
  def __aenter__(s,*a): pass
class C:
  def __enter__(s): pass
class D: pass
async def f(x):
  async with x(): pass
for x in (A, B):
  try: f(x).send(None)
  except TypeError as e: print(e)
for x in (C, D):
  try:
    with x(): pass
  except TypeError as e: print(e)
def kw(**k): pass
def g(a, **k): pass
class K:
  def m(self, **k): pass
for fn in (kw, g, K().m, K.m, print, dict, len):
  try: fn(1, **{'a': 1}, **{'a': 2}) if fn is g else fn(**{'a': 1}, **{'a': 2})
  except TypeError as e: print(e)
try: kw(**{'a': 1}, a=2)
except TypeError as e: print(e)
try: kw(a=2, **{'a': 1})
except TypeError as e: print(e)
try: kw(**{1: 2})
except TypeError as e: print(e)
try: kw(**{'a':1}, **{1: 2})
except TypeError as e: print(e)
try: kw(**[1])
except TypeError as e: print(e)
try: kw(**{'a':1}, **[1])
except TypeError as e: print(e)
def g(*a, **k): pass
for args in [5, None]:
    try: g(*args)
    except TypeError as e: print(e)
    try: g(1, *args)
    except TypeError as e: print(e)
    try: g(*[1], *args)
    except TypeError as e: print(e)
    try: print(*args)
    except TypeError as e: print(e)
    try: [*args]
    except TypeError as e: print(e)
    try: g(**args)
    except TypeError as e: print(e)
    try: g(x=1, **args)
    except TypeError as e: print(e)
    try: {**args}
    except TypeError as e: print(e)
class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k * 2
print({**M()})
g(**M())
def h(**k): print(k)
h(**M())
h(x=1, **M())
h(**M(), y=2)
class K:
    def m(self): pass
for f in (print, len, dict, K, K().m, K.m, [].append, str.upper, lambda: 0):
    print(getattr(f, '__qualname__', None), getattr(f, '__module__', None))
