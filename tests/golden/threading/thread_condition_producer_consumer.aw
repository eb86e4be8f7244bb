import threading, time
items = []
cond = threading.Condition()
done = []
def consumer(name):
    while True:
        with cond:
            cond.wait_for(lambda: items)
            item = items.pop(0)
        if item is None:
            done.append(name)
            return
        time.sleep(0.001)
def producer():
    for i in range(20):
        with cond:
            items.append(i)
            cond.notify()
    with cond:
        items.extend([None, None])
        cond.notify_all()
cs = [threading.Thread(target=consumer, args=(n,)) for n in ("a", "b")]
for c in cs: c.start()
p = threading.Thread(target=producer); p.start(); p.join()
for c in cs: c.join()
print(sorted(done), items)
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
local = threading.local()
local.x = "main"
def show():
    local.x = "worker"
    print("worker sees", local.x)
t = threading.Thread(target=show); t.start(); t.join()
print("main sees", local.x)
b = threading.Barrier(3)
order = []
def party(i):
    time.sleep(0.01 * i)
    order.append(("before", i))
    b.wait()
    order.append(("after", i))
ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
[x.start() for x in ps]; [x.join() for x in ps]
print(sorted(order)[:3], len(order))
d = threading.Thread(target=time.sleep, args=(0.01,), daemon=True)
d.start(); d.join()
print(d.daemon, d.is_alive(), threading.Lock().acquire(False))
lk = threading.Lock(); lk.acquire()
print(lk.acquire(timeout=0.01), lk.locked())
try:
    threading.Lock().release()
except RuntimeError as e:
    print("RuntimeError:", e)
