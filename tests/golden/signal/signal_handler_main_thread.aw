import signal, threading, os, time
where = []
def h(signum, frame):
    where.append(threading.current_thread().name)
signal.signal(signal.SIGUSR1, h)
def worker():
    os.kill(os.getpid(), signal.SIGUSR1)
    total = 0
    for i in range(200000):
        total += i
t = threading.Thread(target=worker, name="worker")
t.start()
t.join()
time.sleep(0.01)
print(where)
