# multiprocessing.Process: start/join, exit codes, names and reprs, separate memory, queues,
# pipes, locks and events shared with forked children.
import multiprocessing as mp
import os
import sys

counter = 0


def greet(name):
    print(f"hello {name} from {mp.current_process().name}")


def bump():
    global counter
    counter += 1
    print("child sees", counter, os.getpid() != mp.parent_process().pid)


def produce(num, q):
    q.put((num, num * 10, mp.current_process().name))


def exit_with(code):
    sys.exit(code)


def locked_print(lock, i):
    with lock:
        print("worker", i, "has the lock")


def wait_for(event, q):
    q.put(event.wait(5))


def pipe_echo(conn):
    msg = conn.recv()
    conn.send(msg[::-1])
    conn.close()


if __name__ == "__main__":
    print(mp.current_process().name, mp.parent_process())
    p = mp.Process(target=greet, args=("bob",))
    print(str(p).replace(str(os.getpid()), "PID"))
    p.start()
    p.join()
    print(p.exitcode, p.is_alive(), p.name)
    print(str(p).replace(str(os.getpid()), "PID").replace("pid=%d" % p.pid, "pid=CHILD"))

    b = mp.Process(target=bump, name="bumper")
    b.start()
    b.join()
    print("parent sees", counter, b.name)

    for code in (0, 3, None, "message"):
        e = mp.Process(target=exit_with, args=(code,))
        e.start()
        e.join()
        print("exit", repr(code), "->", e.exitcode)

    q = mp.Queue()
    procs = [mp.Process(target=produce, args=(i, q)) for i in range(4)]
    for pr in procs:
        pr.start()
    for pr in procs:
        pr.join()
    print(q.qsize(), q.empty())
    print(sorted(q.get() for _ in range(4)))
    print(q.empty())
    try:
        q.get(timeout=0.05)
    except Exception as exc:
        print(type(exc).__name__)

    bq = mp.Queue(maxsize=1)
    bq.put("one")
    print(bq.full())
    try:
        bq.put_nowait("two")
    except Exception as exc:
        print(type(exc).__name__)

    lock = mp.Lock()
    for i in range(3):
        w = mp.Process(target=locked_print, args=(lock, i))
        w.start()
        w.join()
    print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01))
    lock.release()

    ev = mp.Event()
    rq = mp.Queue()
    w = mp.Process(target=wait_for, args=(ev, rq))
    w.start()
    ev.set()
    w.join()
    print("event seen:", rq.get(), ev.is_set())

    a, c = mp.Pipe()
    w = mp.Process(target=pipe_echo, args=(c,))
    w.start()
    a.send("stressed")
    print(a.recv())
    w.join()
    print(mp.active_children(), mp.cpu_count() > 0)
    try:
        p.start()
    except AssertionError as exc:
        print("AssertionError:", exc)
