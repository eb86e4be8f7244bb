# multiprocessing.Value/Array/RawValue: shared counters and arrays updated by forked children under their locks.
import multiprocessing as mp

def add(counter, arr, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] = arr[i] * 2

if __name__ == "__main__":
    counter = mp.Value('i', 0)
    arr = mp.Array('d', [1.0, 2.0, 3.0])
    print(counter, counter.value, arr[:], len(arr))
    ps = [mp.Process(target=add, args=(counter, arr, 200)) for _ in range(4)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(counter.value, arr[:], list(arr), arr[-1], arr[0:2])
    v = mp.Value('d', 1.5); print(v.value, v)
    c = mp.Array('c', b'hello'); print(c.value, c.raw, c[1])
    c.value = b'hi'; print(c.value, c.raw)
    r = mp.RawValue('i', 7); print(r, r.value)
    z = mp.Array('i', 4); print(z[:])
    u = mp.Value('i', 5, lock=False); print(u)
    with counter:
        print("held")
    try:
        arr[5]
    except IndexError as e:
        print("IndexError", e)
