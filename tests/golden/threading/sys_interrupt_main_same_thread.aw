# _thread.interrupt_main() called in the main thread raises KeyboardInterrupt at once;
# threading keeps CPython's _PyRLock / _CRLock names.
import _thread
import threading

steps = []
try:
    steps.append("before")
    _thread.interrupt_main()
    steps.append("after")
except KeyboardInterrupt:
    steps.append("KeyboardInterrupt")
print(steps)

r = threading._PyRLock()
with r:
    with r:
        print("reentered")
print(threading._CRLock is None or callable(threading._CRLock))
