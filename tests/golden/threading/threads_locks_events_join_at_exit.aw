import threading, time
results = []
lock = threading.Lock()
def worker(n):
    for i in range(3):
        time.sleep(0.01)
        with lock:
            results.append((n, i))
threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(len(results), sorted(results)[:3])
print(threading.current_thread().name, threading.main_thread().name, threading.active_count())
counter = 0
def inc():
    global counter
    for _ in range(20000):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc) for _ in range(3)]
[t.start() for t in ts]; [t.join() for t in ts]
print(counter)
ev = threading.Event()
def waiter():
    ev.wait()
    print("event seen")
w = threading.Thread(target=waiter, name="W"); w.start()
time.sleep(0.02); ev.set(); w.join()
print(w.is_alive(), w.name)
sem = threading.Semaphore(2)
active = [0]; peak = [0]
def limited():
    with sem:
        active[0] += 1; peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        active[0] -= 1
ls = [threading.Thread(target=limited) for _ in range(5)]
[t.start() for t in ls]; [t.join() for t in ls]
print("peak", peak[0])
start = time.perf_counter()
sl = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(5)]
[t.start() for t in sl]; [t.join() for t in sl]
print("parallel sleeps", time.perf_counter() - start < 0.6)
tm = threading.Timer(0.01, lambda: print("timer fired")); tm.start(); tm.join()
def late():
    time.sleep(0.05); print("non-daemon finished before exit")
threading.Thread(target=late).start()
print("main done")
