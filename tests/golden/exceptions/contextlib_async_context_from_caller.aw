# An exception raised inside a generator, a coroutine or a task chains (as __context__) the
# exception its caller is handling, as sys.exc_info() inside them already reports it.
import asyncio
import sys
from contextlib import AsyncExitStack, ExitStack


def gen():
    raise KeyError("from generator")
    yield


async def coro():
    raise KeyError("from coroutine")


def chain(exc):
    names = []
    while exc is not None:
        names.append(f"{type(exc).__name__}({exc})")
        exc = exc.__context__
    return " <- ".join(names)


try:
    raise IndexError("outer")
except IndexError:
    try:
        next(gen())
    except KeyError as e:
        print("generator:", chain(e))
    try:
        coro().send(None)
    except KeyError as e:
        print("coroutine:", chain(e))


async def failing():
    print("task sees:", repr(sys.exc_info()[1]))
    raise ValueError("in task")


def run_task():
    loop = asyncio.new_event_loop()
    task = loop.create_task(failing())
    task.add_done_callback(lambda f: loop.stop())
    loop.run_forever()
    loop.close()
    return task.exception()


try:
    1 / 0
except ZeroDivisionError:
    print("task:", chain(run_task()))
print("outside any handler:", chain(run_task()))


# Nested generators: the innermost handler wins.
def inner():
    try:
        raise TypeError("inner handled")
    except TypeError:
        raise RuntimeError("raised in handler")
    yield


try:
    raise LookupError("caller")
except LookupError:
    try:
        next(inner())
    except RuntimeError as e:
        print("nested:", chain(e))


# AsyncExitStack driven from a synchronous with statement by a loop, like ExitStack.
class SyncAsyncExitStack(AsyncExitStack):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        loop = asyncio.new_event_loop()
        try:
            return loop.run_until_complete(self.__aexit__(*exc))
        finally:
            loop.close()


def raise_exc(exc):
    raise exc


for stack_type in (ExitStack, SyncAsyncExitStack):
    try:
        with stack_type() as stack:
            stack.callback(raise_exc, IndexError)
            stack.callback(raise_exc, KeyError)
            stack.push(lambda *exc: True)
            stack.callback(raise_exc, ValueError)
            1 / 0
    except IndexError as e:
        print(stack_type.__name__, chain(e))


# Exit callbacks pushed for a context manager are its bound __exit__ / __aexit__ methods.
class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


async def main():
    cm = CM()
    async with AsyncExitStack() as stack:
        stack.push_async_exit(cm)
        cb = stack._exit_callbacks[-1][1]
        print("async push:", cb.__self__ is cm, cb.__func__ is CM.__aexit__)
        await stack.enter_async_context(cm)
        print("enter_async_context:", stack._exit_callbacks[-1][1].__self__ is cm)
    with ExitStack() as stack:
        stack.enter_context(cm)
        cb = stack._exit_callbacks[-1][1]
        print("enter_context:", cb.__self__ is cm, cb.__name__)


asyncio.run(main())


# `raise saved` replaces saved's __context__ with the exception being handled, if any.
try:
    raise KeyError("a")
except KeyError:
    try:
        raise ValueError("b")
    except ValueError as e:
        saved = e
print("saved:", chain(saved))
try:
    raise TypeError("c")
except TypeError:
    try:
        raise saved
    except ValueError as e:
        print("re-raised in handler:", chain(e))
try:
    raise saved
except ValueError as e:
    print("re-raised outside:", chain(e))
try:
    raise OSError("d")
except OSError as e:
    try:
        raise e
    except OSError as again:
        print("raise the handled one:", chain(again))


async def await_failed_future():
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("stored"))
    fut.exception().__context__ = IndexError("old")
    try:
        raise RuntimeError("handled")
    except RuntimeError:
        try:
            await fut
        except KeyError as e:
            print("await in handler:", chain(e))
    try:
        fut.result()
    except KeyError as e:
        print("result outside:", chain(e))


asyncio.run(await_failed_future())
