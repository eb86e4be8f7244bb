# concurrent.futures.Future by hand: states, reprs, callbacks, cancel, InvalidStateError
import concurrent.futures
from concurrent.futures import Future

f = Future()
print(repr(f).startswith("<Future at 0x"), repr(f).endswith("state=pending>"))
f.add_done_callback(lambda fut: print("callback", fut.result()))
print(f.running(), f.set_running_or_notify_cancel(), f.running())
print(f.cancel())
f.set_result([1, 2])
print(repr(f).endswith("state=finished returned list>"))
f.add_done_callback(lambda fut: print("late callback runs at once"))
try:
    f.set_result(3)
except concurrent.futures.InvalidStateError as e:
    print(type(e).__name__, str(e).startswith("FINISHED: <Future at 0x"))

c = Future()
c.add_done_callback(lambda fut: print("cancelled callback", fut.cancelled()))
print(c.cancel(), c.cancel(), c.cancelled(), c.done())
print(repr(c).endswith("state=cancelled>"))
try:
    c.result()
except concurrent.futures.CancelledError as e:
    print("CancelledError", type(e).__module__)
try:
    c.exception()
except concurrent.futures.CancelledError:
    print("exception() raises CancelledError too")
print(c.set_running_or_notify_cancel())

e = Future()
e.set_exception(KeyError("k"))
print(repr(e).endswith("state=finished raised KeyError>"), repr(e.exception()))

t = Future()
try:
    t.result(timeout=0.01)
except TimeoutError:
    print("TimeoutError")


def bad_callback(fut):
    raise RuntimeError("in callback")


b = Future()
b.add_done_callback(bad_callback)
b.add_done_callback(lambda fut: print("next callback still runs"))
b.set_result(None)
print(Future[int], Future, concurrent.futures.ThreadPoolExecutor)
