"""asyncio.taskgroups: CPython's submodule of that name over aw's one native asyncio module
(`from asyncio.taskgroups import ...` and pickling by module name work)."""

from asyncio import TaskGroup

__all__ = ('TaskGroup',)
