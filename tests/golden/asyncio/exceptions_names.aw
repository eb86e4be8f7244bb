# asyncio's exception classes and where they live.
import asyncio

print(asyncio.TimeoutError is TimeoutError)
print(asyncio.CancelledError.__name__, asyncio.CancelledError.__mro__[1].__name__)
print(asyncio.InvalidStateError.__mro__[1].__name__)
print(asyncio.QueueEmpty.__module__, asyncio.QueueFull.__module__)
print(asyncio.BrokenBarrierError.__mro__[1].__name__)
print(asyncio.exceptions.CancelledError is asyncio.CancelledError)
print(asyncio.exceptions.TimeoutError is TimeoutError)
print(asyncio.Lock.__module__, asyncio.TaskGroup.__module__, asyncio.Timeout.__module__)
