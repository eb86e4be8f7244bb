# workers are real threads that sleep in parallel; names follow thread_name_prefix
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def nap(_):
    time.sleep(0.2)
    return threading.current_thread().name


start = time.monotonic()
with ThreadPoolExecutor(max_workers=4, thread_name_prefix="worker") as ex:
    names = list(ex.map(nap, range(4)))
elapsed = time.monotonic() - start
print(sorted(names), elapsed < 0.7)

with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(lambda: threading.current_thread().name).result().startswith("ThreadPoolExecutor-"))

seen = []


def init(tag):
    seen.append(tag)


with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("ready",)) as ex:
    print(ex.submit(lambda: list(seen)).result())


def failing_init():
    raise ValueError("no")


ex = ThreadPoolExecutor(max_workers=1, initializer=failing_init)
f = ex.submit(print, "never")
try:
    f.result(timeout=5)
except Exception as e:
    print(type(e).__name__, e)
ex.shutdown()
