from functools import lru_cache
@lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); sq(1)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())
@lru_cache
def ident(x, y=0):
    return (x, y)
print(ident(1), ident(1, y=2), ident(1, y=2), ident.cache_info())
@lru_cache(maxsize=10, typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(1), kind.cache_info())
print(sq.__name__, sq.__wrapped__(4))
