# ThreadPoolExecutor.submit: result(), exception(), done/cancelled/running, and errors
from concurrent.futures import ThreadPoolExecutor
import concurrent.futures


def square(n):
    return n * n


def boom(x):
    raise ValueError("bad %d" % x)


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.cancelled(), f.running(), f.exception())
    g = ex.submit(boom, 3)
    print(repr(g.exception(timeout=5)))
    try:
        g.result()
    except ValueError as e:
        print("caught", e)
    print(ex.submit(pow, 2, 10).result())
    print(ex.submit(sorted, [3, 1, 2], reverse=True).result())

try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print(e)
try:
    ThreadPoolExecutor(-1)
except ValueError as e:
    print(e)
print(issubclass(concurrent.futures.CancelledError, Exception))
print(concurrent.futures.TimeoutError is TimeoutError)
print(issubclass(concurrent.futures.BrokenExecutor, RuntimeError))
print(concurrent.futures.CancelledError, concurrent.futures.InvalidStateError)
print(concurrent.futures.thread.BrokenThreadPool.__mro__[1].__name__)
