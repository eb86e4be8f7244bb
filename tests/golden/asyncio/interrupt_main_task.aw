# Ctrl-C (here _thread.interrupt_main) while asyncio.run or a Runner runs: the main task is cancelled;
# it ends with KeyboardInterrupt only if nothing else cancelled it, and a task that catches the
# cancellation returns its value.
import _thread, asyncio
def interrupt_self():
    _thread.interrupt_main()
async def subtask(task):
    await asyncio.sleep(0)
    task.cancel()
    interrupt_self()
async def coro():
    asyncio.create_task(subtask(asyncio.current_task()))
    await asyncio.sleep(10)
for runner_kind in ("Runner", "run"):
    try:
        if runner_kind == "run":
            asyncio.run(coro())
        else:
            with asyncio.Runner() as r:
                r.run(coro())
    except asyncio.CancelledError:
        print(runner_kind, "CancelledError")
    except KeyboardInterrupt:
        print(runner_kind, "KeyboardInterrupt")
async def plain():
    asyncio.get_running_loop().call_later(0.01, interrupt_self)
    await asyncio.sleep(10)
async def swallow():
    asyncio.get_running_loop().call_later(0.01, interrupt_self)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "swallowed"
for f in (plain, swallow):
    for runner_kind in ("Runner", "run"):
        try:
            if runner_kind == "run":
                print(asyncio.run(f()))
            else:
                with asyncio.Runner() as r:
                    print(r.run(f()))
        except asyncio.CancelledError:
            print(f.__name__, runner_kind, "CancelledError")
        except KeyboardInterrupt:
            print(f.__name__, runner_kind, "KeyboardInterrupt")
