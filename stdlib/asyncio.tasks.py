"""asyncio.tasks: CPython's submodule of that name over aw's one native asyncio module
(`from asyncio.tasks import ...` and pickling by module name work)."""

from asyncio import (Task, create_task, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, wait,
    wait_for, as_completed, sleep, gather, shield, ensure_future, run_coroutine_threadsafe,
    current_task, all_tasks)

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
    'run_coroutine_threadsafe', 'current_task', 'all_tasks')
