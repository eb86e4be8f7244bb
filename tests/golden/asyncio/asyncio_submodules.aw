# asyncio's submodules (asyncio.exceptions, asyncio.tasks, ...) can be imported and hold the
# same objects as asyncio; exceptions and classes pickle by their module's name.
import asyncio
import pickle

import asyncio.events
import asyncio.taskgroups
import asyncio.tasks
from asyncio.exceptions import CancelledError, IncompleteReadError, InvalidStateError, LimitOverrunError
from asyncio.futures import Future
from asyncio.locks import Lock, Semaphore
from asyncio.queues import Queue, QueueEmpty, QueueFull
from asyncio.streams import StreamReader
from asyncio.taskgroups import TaskGroup
from asyncio.timeouts import timeout

print(asyncio.tasks.Task is asyncio.Task, asyncio.events.get_running_loop is asyncio.get_running_loop)
print(CancelledError is asyncio.CancelledError, Future is asyncio.Future, Lock is asyncio.Lock)
print("gather" in asyncio.tasks.__all__, "TaskGroup" in asyncio.taskgroups.__all__)
for cls in (CancelledError, InvalidStateError, IncompleteReadError, LimitOverrunError, QueueEmpty,
            QueueFull, Future, Lock, Semaphore, Queue, StreamReader, TaskGroup, asyncio.Task,
            asyncio.Event, asyncio.BrokenBarrierError):
    print(cls.__name__, cls.__module__, pickle.loads(pickle.dumps(cls)) is cls)

for exc in (CancelledError("stop"), InvalidStateError("bad"), IncompleteReadError(b"ab", 5),
            LimitOverrunError("over", 3), QueueEmpty(), QueueFull()):
    for proto in (0, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(exc, protocol=proto))
        print(proto, type(back).__name__, back.args, getattr(back, "partial", None),
              getattr(back, "expected", None), getattr(back, "consumed", None))


async def main():
    try:
        async with timeout(0.001):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout:", type(e).__name__)

asyncio.run(main())
