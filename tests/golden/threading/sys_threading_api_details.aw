# threading details: native ids of live threads differ, reprs of BoundedSemaphore and Barrier,
# the camelCase aliases warn, settrace/gettrace, weak references to locks, and a failing
# threading.excepthook is reported through sys.excepthook.
import re
import sys
import threading
import warnings
import weakref

ready = threading.Barrier(4)
ids = []
def worker():
    ids.append(threading.get_native_id())
    ready.wait()
threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
ready.wait()
for t in threads:
    t.join()
print(len(set(ids)), threading.get_native_id() not in ids, sorted(ids) == sorted(t.native_id for t in threads))

def masked(obj):
    return re.sub(r"0x[0-9a-f]+", "ADDR", repr(obj))
print(masked(threading.BoundedSemaphore(3)), masked(threading.Semaphore(2)))
b = threading.Barrier(3)
print(masked(b))
b.abort()
print(masked(b))
print(masked(threading.Event()))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    t = threading.Thread(name="x")
    t.setName("y")
    print(t.getName(), t.isDaemon())
    t.setDaemon(True)
    threading.currentThread()
    threading.activeCount()
    e = threading.Event()
    e.isSet()
    c = threading.Condition()
    with c:
        c.notifyAll()
for item in w:
    print(item.category.__name__, item.message, item.filename == __file__)

def tracer(*args):
    return None
print(threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)

lock = threading.Lock()
r = weakref.ref(lock)
print(r() is lock)

def bad_hook(args):
    raise ValueError("hook failed")
old_hook, old_sys_hook = threading.excepthook, sys.excepthook
seen = []
sys.excepthook = lambda t, v, tb: seen.append((t.__name__, str(v)))
threading.excepthook = bad_hook
def boom():
    raise KeyError("k")
saved_stderr = sys.stderr
import io
sys.stderr = io.StringIO()
try:
    t = threading.Thread(target=boom)
    t.start()
    t.join()
    printed = sys.stderr.getvalue()
finally:
    sys.stderr = saved_stderr
    threading.excepthook, sys.excepthook = old_hook, old_sys_hook
print(repr(printed), seen)
