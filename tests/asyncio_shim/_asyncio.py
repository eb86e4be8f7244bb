"""CPython stand-in for aw's native asyncio core, for testing stdlib/asyncio.py on CPython 3.11.

It exposes exactly the names that ASYNC_CORE.md promises (the only core API the prelude may use),
taken from CPython's real asyncio. It is loaded by run.py, which imports the real asyncio first
(as sys.modules['_real_asyncio']), then puts this file in as `_asyncio` and stdlib/asyncio.py in
as `asyncio`. Do not put this folder on PYTHONPATH: the name would shadow CPython's own C
accelerator `_asyncio`, which the real asyncio needs.
"""
import sys as _sys

_real = _sys.modules.get('_real_asyncio')
if _real is None:
    raise ImportError('tests/asyncio_shim/_asyncio.py is loaded by tests/asyncio_shim/run.py')

Future = _real.Future
Task = _real.Task
CancelledError = _real.CancelledError
InvalidStateError = _real.InvalidStateError
TimeoutError = TimeoutError

get_running_loop = _real.get_running_loop
get_event_loop = _real.get_event_loop
new_event_loop = _real.new_event_loop
set_event_loop = _real.set_event_loop
_get_running_loop = _real.events._get_running_loop

sleep = _real.sleep
run = _real.run
create_task = _real.create_task
ensure_future = _real.ensure_future
current_task = _real.current_task
all_tasks = _real.all_tasks
iscoroutine = _real.iscoroutine
iscoroutinefunction = _real.iscoroutinefunction
isfuture = _real.isfuture
to_thread = _real.to_thread

# Native in aw (stdlib/asyncio_queue.c, asyncio_locks.c): taken from CPython as they are.
Queue = _real.Queue
LifoQueue = _real.LifoQueue
PriorityQueue = _real.PriorityQueue
QueueEmpty = _real.QueueEmpty
QueueFull = _real.QueueFull
Lock = _real.Lock
Event = _real.Event
Semaphore = _real.Semaphore
BoundedSemaphore = _real.BoundedSemaphore



def _gather_children(args, done_callback):
    """aw's native helper of gather(): CPython's argument loop of gather()."""
    arg_to_fut = {}
    children = []
    nfuts = 0
    loop = None
    for arg in args:
        if arg not in arg_to_fut:
            fut = _real.ensure_future(arg)
            if loop is None:
                loop = fut.get_loop()
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    return children, nfuts, loop


class _GatherCounter:
    """aw's native gather() callback: counts, then calls the prelude's callback (always, here)."""

    def __init__(self, slow, return_exceptions):
        self.slow = slow
        self.nfinished = 0

    def _start(self, outer, nfuts):
        pass

    def __call__(self, fut):
        self.nfinished += 1
        self.slow(fut)


__all__ = ['Future', 'Task', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'get_running_loop', 'get_event_loop', 'new_event_loop', 'set_event_loop',
           'sleep', 'run', 'create_task', 'ensure_future', 'current_task', 'all_tasks',
           'iscoroutine', 'iscoroutinefunction', 'isfuture', 'to_thread',
           'Queue', 'LifoQueue', 'PriorityQueue', 'QueueEmpty', 'QueueFull',
           'Lock', 'Event', 'Semaphore', 'BoundedSemaphore']
