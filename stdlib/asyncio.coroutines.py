"""asyncio.coroutines: CPython's submodule of that name over aw's one native asyncio module
(`from asyncio.coroutines import ...` and pickling by module name work)."""

from asyncio import (iscoroutinefunction, iscoroutine)

__all__ = ('iscoroutinefunction', 'iscoroutine')
