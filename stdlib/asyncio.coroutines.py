"""asyncio.coroutines: CPython's submodule of that name over aw's one native asyncio module
(`from asyncio.coroutines import ...` and pickling by module name work); _is_coroutine is the
marker unittest.mock's AsyncMock sets, which iscoroutinefunction recognises."""

from asyncio import _is_coroutine, iscoroutinefunction, iscoroutine

__all__ = ('iscoroutinefunction', 'iscoroutine')
