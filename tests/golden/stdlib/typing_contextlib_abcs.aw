# contextlib's abstract context managers are ABCs with CPython's structural __subclasshook__
import contextlib, typing

class CM:
    def __enter__(self): return self
    def __exit__(self, *exc): return None
class ACM:
    async def __aenter__(self): return self
    async def __aexit__(self, *exc): return None
class Half:
    def __enter__(self): return self

print(isinstance(CM(), contextlib.AbstractContextManager), issubclass(Half, contextlib.AbstractContextManager))
print(isinstance(ACM(), contextlib.AbstractAsyncContextManager), isinstance(CM(), typing.AsyncContextManager))
print(isinstance(ACM(), typing.AsyncContextManager), isinstance(contextlib.nullcontext(), typing.ContextManager))
print(contextlib.AbstractContextManager[int], typing.ContextManager[str])
try:
    class Bad(contextlib.AbstractContextManager):
        pass
    Bad()
except TypeError as e:
    print('TypeError', e)
class Good(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        return None
with Good() as g:
    print(type(g).__name__, contextlib.AbstractContextManager.__abstractmethods__)
