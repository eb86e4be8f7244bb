"""asyncio.base_events: CPython's submodule of that name over aw's one native asyncio module
(`from asyncio.base_events import ...` and pickling by module name work)."""

from asyncio import (BaseEventLoop, Server)

__all__ = ('BaseEventLoop', 'Server')
