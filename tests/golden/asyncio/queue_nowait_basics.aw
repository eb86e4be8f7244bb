# Queue's non-blocking API, sizes and errors.
import asyncio

q = asyncio.Queue(maxsize=2)
print(q.maxsize, q.qsize(), q.empty(), q.full())
q.put_nowait("a")
q.put_nowait("b")
print(q.qsize(), q.empty(), q.full())
try:
    q.put_nowait("c")
except asyncio.QueueFull as e:
    print("QueueFull", repr(e), isinstance(e, Exception))
print(str(q))
print(q.get_nowait(), q.get_nowait())
try:
    q.get_nowait()
except asyncio.QueueEmpty:
    print("QueueEmpty")
print(str(q))
u = asyncio.Queue()
print(u.maxsize, u.full())
for i in range(1000):
    u.put_nowait(i)
print(u.full(), u.qsize(), sum(u.get_nowait() for _ in range(990)), u.qsize())
print(asyncio.QueueEmpty.__module__, asyncio.Queue.__name__)
