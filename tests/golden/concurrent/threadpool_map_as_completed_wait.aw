# map (in order, with timeout), as_completed (in completion order) and wait's return_when
import time
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED)


def nap(n):
    time.sleep(0.15 * n)
    return n


def boom(n):
    time.sleep(0.1 * n)
    raise ValueError(n)


with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(nap, [2, 1, 0])))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    futs = [ex.submit(nap, n) for n in (3, 1, 2)]
    print([f.result() for f in as_completed(futs)])

    futs = [ex.submit(nap, 0), ex.submit(nap, 3)]
    done, not_done = wait(futs, return_when=FIRST_COMPLETED)
    print(len(done), len(not_done), done.pop().result())
    futs = [ex.submit(nap, 1), ex.submit(boom, 0), ex.submit(nap, 4)]
    done, not_done = wait(futs, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
    r = wait(futs, return_when=ALL_COMPLETED)
    print(type(r).__name__, len(r.done), len(r.not_done))
    done, not_done = wait([ex.submit(nap, 3)], timeout=0.05)
    print(len(done), len(not_done))
    try:
        for f in as_completed([ex.submit(nap, 3)], timeout=0.05):
            pass
    except TimeoutError as e:
        print("as_completed:", e)

ex = ThreadPoolExecutor(2)
it = ex.map(nap, [0, 3], timeout=0.2)
print(next(it))
try:
    next(it)
except TimeoutError:
    print("map timeout")
ex.shutdown(wait=False)
