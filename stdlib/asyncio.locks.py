"""asyncio.locks: CPython's submodule of that name over aw's one native asyncio module
(`from asyncio.locks import ...` and pickling by module name work)."""

from asyncio import (Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier)

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')
