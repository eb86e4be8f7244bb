"""asyncio.timeouts: CPython's submodule of that name over aw's one native asyncio module
(`from asyncio.timeouts import ...` and pickling by module name work)."""

from asyncio import (Timeout, timeout, timeout_at)

__all__ = ('Timeout', 'timeout', 'timeout_at')
