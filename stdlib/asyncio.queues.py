"""asyncio.queues: CPython's submodule of that name over aw's one native asyncio module
(`from asyncio.queues import ...` and pickling by module name work)."""

from asyncio import (Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty)

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')
