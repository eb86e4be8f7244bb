# functools and itertools: caches, dispatch, ordering, partials, wraps and the iterator building blocks.
import functools, itertools
from functools import lru_cache, cache, cached_property, singledispatch, singledispatchmethod, total_ordering, partial, partialmethod, wraps, reduce, cmp_to_key
@lru_cache(maxsize=2)
def sq(x): return x * x
print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
class C:
    @cached_property
    def val(self):
        print("computing"); return 42
c = C(); print(c.val, c.val, C.val.__class__.__name__)
@singledispatch
def show(x): return f"obj {x!r}"
@show.register(int)
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True), show.dispatch(float).__name__, sorted(t.__name__ for t in show.registry))
class D:
    @singledispatchmethod
    def f(self, x): return "base"
    @f.register(str)
    def _(self, x: str): return "str"
print(D().f(1), D().f("a"))
@total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
p = partial(int, base=2); print(p("101"), p, p.func, p.args, p.keywords)
class E:
    def add(self, a, b): return a + b
    inc = partialmethod(add, 1)
print(E().inc(5))
def deco(f):
    @wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def named(): "doc"; return 1
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
print(reduce(lambda a, b: a * b, range(1, 6), 1), sorted(["b", "A", "c"], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(list(itertools.pairwise("abcd")), list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.batched("abcde", 2)) if hasattr(itertools, "batched") else "nobatched")
print(list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.zip_longest("ab", "c", fillvalue="-")), list(itertools.product("ab", repeat=2)))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.starmap(pow, [(2, 3)])), [(k, list(g)) for k, g in itertools.groupby("aabbc")])
print(list(itertools.compress("abc", [1, 0, 1])), list(itertools.filterfalse(None, [0, 1, 2])), list(itertools.tee([1, 2])[1]), list(itertools.chain.from_iterable(["ab", "c"])))
print(repr(itertools.count(3)), repr(itertools.repeat(1, 2)), list(itertools.permutations(range(3), 2))[:3])
