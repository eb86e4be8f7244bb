# blocking get and put across threads, with timeouts
import queue
import threading
import time

q = queue.Queue()


def producer():
    time.sleep(0.05)
    q.put("late")


threading.Thread(target=producer).start()
print(q.get(timeout=5))
b = queue.Queue(maxsize=2)
got = []


def consumer():
    for _ in range(6):
        got.append(b.get())
        b.task_done()


c = threading.Thread(target=consumer)
c.start()
for i in range(6):
    b.put(i)
b.join()
c.join()
print(got)
t0 = time.monotonic()
try:
    queue.Queue(1).get(timeout=0.1)
except queue.Empty:
    print("timed out", 0.09 < time.monotonic() - t0 < 3)
try:
    queue.Queue().get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    queue.Queue().task_done()
except ValueError as e:
    print("ValueError:", e)
sq = queue.SimpleQueue()


def simple_producer():
    time.sleep(0.05)
    sq.put(7)


threading.Thread(target=simple_producer).start()
print(sq.get(timeout=5))
