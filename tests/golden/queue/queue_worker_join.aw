# a worker thread drains a Queue; task_done/join wait for it
import queue
import threading

q = queue.Queue()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        print("got", item)
        q.task_done()


t = threading.Thread(target=worker)
t.start()
for i in range(5):
    q.put(i)
q.join()
q.put(None)
t.join()
print("all done", q.empty(), q.qsize())
