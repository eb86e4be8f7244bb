"""asyncio.threads: CPython's submodule of that name over aw's one native asyncio module
(`from asyncio.threads import ...` and pickling by module name work)."""

from asyncio import to_thread

__all__ = ('to_thread',)
