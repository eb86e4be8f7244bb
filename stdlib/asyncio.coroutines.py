"""asyncio.coroutines: CPython's names for telling coroutines apart (the functions live in the
asyncio core; _is_coroutine is the marker unittest.mock's AsyncMock sets)."""

from asyncio import _is_coroutine, iscoroutine, iscoroutinefunction

__all__ = 'iscoroutinefunction', 'iscoroutine'
