"""asyncio.events: CPython's submodule of that name over aw's one native asyncio module
(`from asyncio.events import ...` and pickling by module name work)."""

from asyncio import (AbstractEventLoopPolicy, AbstractEventLoop, Handle, TimerHandle,
    get_event_loop_policy, set_event_loop_policy, get_event_loop, set_event_loop,
    new_event_loop, get_running_loop, _get_running_loop)

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
    'new_event_loop', 'get_running_loop', '_get_running_loop')
