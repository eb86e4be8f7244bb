# Lock.acquire and RLock.acquire check blocking/timeout before anything else, with CPython's
# errors, even when an RLock is re-entered by its owner
import _thread
import threading

print(_thread.TIMEOUT_MAX, threading.TIMEOUT_MAX, _thread.error)
cases = [
    {"blocking": False, "timeout": 1}, {"timeout": -2}, {"timeout": _thread.TIMEOUT_MAX + 1},
    {"blocking": False, "timeout": -9_223_372_037}, {"timeout": float("inf")},
    {"timeout": float("-inf")}, {"timeout": float("nan")}, {"timeout": 10**30}, {"timeout": "x"},
    {"blocking": False, "timeout": -1}, {"timeout": 0}, {"timeout": 0.0}, {"blocking": False},
]
for name, make in (("Lock", threading.Lock), ("RLock", threading.RLock), ("allocate_lock", _thread.allocate_lock),
                   ("_thread.RLock", _thread.RLock)):
    for kw in cases:
        lock = make()
        lock.acquire()
        try:
            print(name, kw, "->", lock.acquire(**kw))
        except (ValueError, OverflowError, TypeError) as e:
            print(name, kw, type(e).__name__, e)
    rlock = threading.RLock()
    print(rlock.acquire(), rlock._is_owned() if name == "RLock" else "")
