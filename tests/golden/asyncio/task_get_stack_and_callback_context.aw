# Task.get_stack/print_stack (CPython's output: the task's own frame, or the traceback's
# frames once it failed); a callback given context= runs in it; a task factory also sees
# asyncio.run's shutdown tasks.
import asyncio
import contextvars
import io
import os
import sys

request = contextvars.ContextVar("request", default="none")


async def leaf():
    await asyncio.sleep(0.01)


async def handler():
    request.set("handler")
    await leaf()


async def broken():
    await asyncio.sleep(0)
    raise LookupError("missing")


def show(task, **kwargs):
    out = io.StringIO()
    task.print_stack(file=out, **kwargs)
    print(out.getvalue().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""), end="")


async def main():
    task = asyncio.create_task(handler(), name="h")
    print([f.f_code.co_name for f in task.get_stack()])
    await asyncio.sleep(0)
    stack = task.get_stack(limit=5)
    print(len(stack), stack[0].f_code.co_name, stack[0].f_lineno)
    show(task)
    await task
    print(task.get_stack())
    show(task)
    bad = asyncio.create_task(broken(), name="b")
    await asyncio.sleep(0.01)
    print([f.f_code.co_name for f in bad.get_stack()], bad._state, repr(bad._exception))
    show(bad, limit=1)
    try:
        await bad
    except LookupError:
        pass

    loop = asyncio.get_running_loop()
    request.set("main")
    loop.call_soon(lambda: print("copied context sees", request.get()), context=contextvars.copy_context())
    loop.call_soon(lambda: print("explicit context sees", request.get()), context=contextvars.Context())
    request.set("after")
    await asyncio.sleep(0.01)
    print("main sees", request.get())

    def factory(loop, coro, **kwargs):
        print("factory for", coro.__qualname__ if hasattr(coro, "__qualname__") else type(coro).__name__)
        return asyncio.Task(coro, loop=loop, **kwargs)

    loop.set_task_factory(factory)
    await asyncio.create_task(leaf())


asyncio.run(main())
