# shutdown(cancel_futures=True) cancels what has not started; shutdown(wait=False) returns at once
import time
from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=1)
futs = [ex.submit(time.sleep, 0.1) for _ in range(4)]
time.sleep(0.05)
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in futs], futs[0].done())

ex = ThreadPoolExecutor(max_workers=1)
f = ex.submit(time.sleep, 0.2)
start = time.monotonic()
ex.shutdown(wait=False)
print(time.monotonic() - start < 0.1, f.done())
print(f.result(), f.done())
ex.shutdown()
print("end")
