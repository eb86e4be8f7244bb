# FIFO, LIFO, priority and simple queues; Empty and Full
import queue

q = queue.Queue()
for i in range(3):
    q.put(i)
print([q.get() for _ in range(3)], q.empty())
try:
    q.get(block=False)
except queue.Empty as e:
    print("Empty", repr(e))
b = queue.Queue(maxsize=1)
b.put(1)
print(b.full(), b.qsize(), queue.Queue().full())
try:
    b.put(2, block=False)
except queue.Full:
    print("Full")
try:
    b.put_nowait(3)
except queue.Full:
    print("Full again")
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for i in [5, 1, 3, 2]:
    pq.put((i, str(i)))
print([pq.get_nowait() for _ in range(4)])
sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.get(), sq.qsize(), sq.empty(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("simple empty")
print(queue.Queue[int], issubclass(queue.Empty, Exception))
