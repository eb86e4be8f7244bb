# concurrent.futures.ProcessPoolExecutor on forked workers: map, submit/as_completed, remote errors, shutdown, asyncio run_in_executor.
import concurrent.futures as cf
import os, asyncio, math

def is_prime(n):
    if n < 2: return False
    for i in range(2, int(math.isqrt(n)) + 1):
        if n % i == 0: return False
    return True

def boom(x):
    raise ValueError(f"bad {x}")

def pid(_):
    return os.getpid()

async def amain():
    loop = asyncio.get_running_loop()
    with cf.ProcessPoolExecutor(2) as ex:
        r = await asyncio.gather(*(loop.run_in_executor(ex, is_prime, n) for n in [2, 4, 97, 100]))
        print(r)

if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=3) as ex:
        print(list(ex.map(is_prime, range(20))))
        futs = {ex.submit(is_prime, n): n for n in [7, 8, 13]}
        for f in cf.as_completed(futs):
            pass
        print(sorted((futs[f], f.result()) for f in futs))
        f = ex.submit(boom, 3)
        try:
            f.result()
        except ValueError as e:
            print("ValueError:", e, type(e.__cause__).__name__)
        print(os.getpid() not in set(ex.map(pid, range(10))))
    try:
        ex.submit(pid, 1)
    except RuntimeError as e:
        print(e)
    asyncio.run(amain())
