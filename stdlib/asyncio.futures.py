"""asyncio.futures: CPython's submodule of that name over aw's one native asyncio module
(`from asyncio.futures import ...` and pickling by module name work)."""

from asyncio import (Future, wrap_future, isfuture)

__all__ = ('Future', 'wrap_future', 'isfuture')
