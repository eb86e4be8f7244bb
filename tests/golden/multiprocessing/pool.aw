# multiprocessing.Pool: map, starmap, imap, apply_async with callbacks, errors from workers,
# close/join and the context manager.
import multiprocessing as mp
import os


def square(n):
    return n * n


def pid_of(_):
    return os.getpid()


def divide(a, b):
    return a / b


if __name__ == "__main__":
    with mp.Pool(3) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, []))
        print(pool.starmap(pow, [(2, 3), (3, 2), (10, 0)]))
        print(list(pool.imap(square, range(6))))
        print(sorted(pool.imap_unordered(square, range(6))))
        print(list(pool.imap(square, range(7), chunksize=3)))
        print(pool.apply(divide, (1, 4)))
        r = pool.apply_async(square, (7,))
        print(r.get(timeout=5), r.ready(), r.successful())
        seen = []
        r = pool.map_async(square, range(4), callback=seen.append)
        r.wait()
        print(r.get(), seen)
        errors = []
        r = pool.apply_async(divide, (1, 0), error_callback=errors.append)
        try:
            r.get()
        except ZeroDivisionError as exc:
            print("ZeroDivisionError:", exc, r.successful())
        print(errors)
        try:
            pool.map(square, ["a", 1])
        except TypeError as exc:
            print("TypeError:", exc)
        pids = set(pool.map(pid_of, range(30), chunksize=1))
        print(os.getpid() not in pids, 1 <= len(pids) <= 3)
    try:
        pool.map(square, [1])
    except ValueError as exc:
        print("ValueError:", exc)

    pool = mp.Pool(2)
    results = [pool.apply_async(square, (i,)) for i in range(5)]
    pool.close()
    pool.join()
    print([r.get() for r in results])
    try:
        mp.Pool(0)
    except ValueError as exc:
        print("ValueError:", exc)
