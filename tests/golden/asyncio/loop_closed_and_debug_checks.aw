# A closed loop refuses new tasks and callbacks; in debug mode call_soon/call_at/call_later
# also refuse coroutines and non-callables, and call_soon from another thread while the loop
# runs is refused (call_soon_threadsafe is the way).
import asyncio
import threading


async def job():
    pass


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
        return r
    except (RuntimeError, TypeError) as e:
        print(label, type(e).__name__, e)


closed = asyncio.new_event_loop()
closed.close()
for label, make in [("ensure_future", lambda c: asyncio.ensure_future(c, loop=closed)),
                    ("create_task", lambda c: closed.create_task(c))]:
    coro = job()
    attempt(label, lambda: make(coro))
    coro.close()
attempt("call_soon", lambda: closed.call_soon(print))
attempt("call_soon_threadsafe", lambda: closed.call_soon_threadsafe(print))
attempt("call_later", lambda: closed.call_later(1, print))
attempt("call_at", lambda: closed.call_at(1, print))
attempt("create_future", lambda: closed.create_future())

loop = asyncio.new_event_loop()
for debug in (False, True):
    loop.set_debug(debug)
    coro = job()
    for cb in (1, job, coro, print):
        for name in ("call_soon", "call_soon_threadsafe", "call_later", "call_at"):
            meth = getattr(loop, name)
            h = attempt(f"debug={debug} {name}({cb!r:.16})",
                        lambda: meth(cb) if name.startswith("call_soon") else meth(0, cb))
            if h is not None:
                h.cancel()
    coro.close()


async def main():
    results = []

    def other_thread():
        for name in ("call_soon", "call_soon_threadsafe"):
            try:
                getattr(loop, name)(results.append, name)
                results.append(name + " accepted")
            except RuntimeError as e:
                results.append(f"{name}: {e}")

    t = threading.Thread(target=other_thread)
    t.start()
    t.join()
    await asyncio.sleep(0.01)
    print(sorted(results))

loop.set_debug(True)
loop.run_until_complete(main())
loop.close()
