"""asyncio prelude: the part of aw's asyncio written in aw itself.

The native core `_asyncio` (event loop, Future, Task, sleep, run, ...) is re-exported by the star
import (it includes the Queue family and Lock, Event, Semaphore, BoundedSemaphore, written in C:
stdlib/asyncio_queue.c, asyncio_locks.c); this file adds what CPython 3.11 writes in Python on
top of it: gather, shield, wait_for, wait, as_completed, timeout/timeout_at/Timeout, TaskGroup,
Condition and Barrier.

Semantics, names, reprs and error messages follow CPython 3.11.2's Lib/asyncio (tasks.py,
timeouts.py, taskgroups.py, queues.py, locks.py) so that programs interleave the same way: waiters
are Futures made with loop.create_future() and woken in the same order, and every callback is
registered in the same order as CPython registers it.

The hot paths (gather's per-child callback, Condition.notify) avoid allocation and extra calls.
Waiter lists are _Deque (a list with a head index), never list.pop(0), because 100,000 tasks
may queue on one condition.

Where CPython iterates a set of tasks (TaskGroup cancelling its tasks, as_completed creating
tasks for its arguments) the order is arbitrary there (it follows addresses); here it is the
insertion order, so aw programs stay deterministic. wait() returns sets as CPython does.

Only the names of the core API (ASYNC_CORE.md) and builtins are used; no collections, heapq,
functools, enum or typing. Tested on CPython through tests/asyncio_shim (see its README).
"""

from _asyncio import *
from _asyncio import _get_running_loop, _gather_children, _gather_results, _GatherCounter, _run_main_task


# -- constants (concurrent.futures' values) ---------------------------------------------------

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


# -- exceptions defined in Python by CPython ----------------------------------------------------

class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""
    __module__ = 'asyncio.exceptions'


class exceptions:
    """Stands in for the submodule asyncio.exceptions (`except asyncio.exceptions.X`)."""
    CancelledError = CancelledError
    InvalidStateError = InvalidStateError
    TimeoutError = TimeoutError
    BrokenBarrierError = BrokenBarrierError


# -- helpers ------------------------------------------------------------------------------------

def _event_loop():
    # CPython's events._get_event_loop(): the running loop, else the policy's current loop.
    loop = _get_running_loop()
    if loop is None:
        loop = get_event_loop()
    return loop


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def _cancelled_error(fut):
    # CPython's fut._make_cancelled_error() through public API: result() of a cancelled future
    # raises exactly that error (consuming a Task's saved CancelledError the same way).
    if fut.cancelled():
        try:
            fut.result()
        except CancelledError as exc:
            return exc
    return CancelledError()


def _cancel_message(fut):
    # The message CPython's gather() puts in CancelledError(fut._cancel_message or ''): a Task
    # forgets its message once the coroutine ended cancelled; a plain Future keeps it.
    if isinstance(fut, Task):
        return ''
    try:
        fut.result()
    except CancelledError as exc:
        if exc.args:
            return exc.args[0]
    return ''


class _Deque:
    """A FIFO of waiter futures: a list plus the index of its head. popleft() is O(1); the dead
    prefix is cut off once it is half the list, and the list is emptied whenever it drains, so
    memory stays proportional to the live waiters.

    _scan lets the primitives skip waiters already woken (done) but not yet removed by their
    task: every item in [_head, _scan) is done. A future never becomes undone, so the wake-up
    loops start at _scan instead of rescanning the woken prefix on every release."""

    def __init__(self):
        self._items = []   # slots before _head are dead (None)
        self._head = 0     # index of the first live item
        self._scan = 0     # _head <= _scan; items[_head:_scan] are all done

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def append(self, item):
        self._items.append(item)

    def popleft(self):
        items = self._items
        head = self._head
        if head >= len(items):
            raise IndexError('pop from an empty deque')
        item = items[head]
        head += 1
        if head == len(items):
            items.clear()
            head = 0
            self._scan = 0
        else:
            items[head - 1] = None
            scan = self._scan
            if scan < head:
                scan = head
            if head >= 64 and head + head >= len(items):
                del items[:head]
                scan -= head
                head = 0
            self._scan = scan
        self._head = head
        return item

    def remove(self, item):
        items = self._items
        head = self._head
        n = len(items)
        if head < n and items[head] is item:
            self.popleft()
            return
        i = head + 1
        while i < n:
            if items[i] is item:
                del items[i]
                if i < self._scan:
                    self._scan -= 1
                return
            i += 1
        raise ValueError('deque.remove(x): x not in deque')


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


# -- gather -------------------------------------------------------------------------------------

class _GatheringFuture(Future):
    """The future gather() returns: cancel() cancels the children instead of itself, like
    Task.cancel(), and only marks that a cancellation was requested."""
    __module__ = 'asyncio.tasks'

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def _gather_result(fut):
    # A child's entry in gather()'s results (what _gather_results does natively for plain futures).
    if fut.cancelled():
        return CancelledError(_cancel_message(fut))
    res = fut.exception()
    if res is None:
        res = fut.result()
    return res


def gather(*coros_or_futures, return_exceptions=False):
    """Return a future aggregating results from the given coroutines/futures."""
    if not coros_or_futures:
        outer = _event_loop().create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        # called by `counter` (which counts) for each child it does not handle natively
        nfinished = counter.nfinished
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()   # mark the exception retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(_cancelled_error(fut))
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = _gather_results(children, _gather_result)
            if outer._cancel_requested:
                # As CPython: the error comes from the last child (the last one of its loop).
                outer.set_exception(_cancelled_error(children[-1]))
            else:
                outer.set_result(results)

    # ensure_future() each distinct argument and add the callback to it, in CPython's order
    outer = None
    counter = _GatherCounter(_done_callback, return_exceptions)
    children, nfuts, loop = _gather_children(coros_or_futures, counter)
    outer = _GatheringFuture(children, loop=loop)
    counter._start(outer, nfuts)
    return outer


# -- shield -------------------------------------------------------------------------------------

def shield(arg):
    """Wait for a future, shielding it from cancellation."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()   # mark the exception retrieved
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


# -- wait_for, wait, as_completed ---------------------------------------------------------------

_to_thread = to_thread


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) on a worker thread: a coroutine, as in CPython, so that
    create_task(to_thread(...)) works and forgetting the await is reported."""
    return await _to_thread(func, *args, **kwargs)


async def _cancel_and_wait(fut):
    """Cancel fut and wait until it is done, without awaiting fut itself (so that this stays
    reliably cancellable)."""
    waiter = fut.get_loop().create_future()

    def cb(f):
        if not waiter.done():
            waiter.set_result(None)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Wait for the single Future or coroutine to complete, with timeout (3.11 semantics)."""
    loop = get_running_loop()

    if timeout is None:
        return await fut

    if timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        if not waiter.done():
            waiter.set_result(None)

    fut = ensure_future(fut)
    fut.add_done_callback(cb)

    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            # the task must not be running any more once wait_for() returns
            await _cancel_and_wait(fut)
            raise

        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        # the cancellation may have failed with another exception: result() re-raises it
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures or Tasks given by fs; returns two sets (done, pending)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')

    fs = set(fs)
    for f in fs:
        if iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")

    loop = get_running_loop()
    assert fs, 'Set of Futures is empty.'
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Return an iterator of coroutines; awaiting them gives the results (or raises the
    exceptions) of fs in the order in which they complete. A generator, as in CPython: the
    arguments are checked when iteration starts."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")

    done = Queue()
    loop = _event_loop()
    # CPython wraps the members of set(fs), so the order the tasks are created (and start) in
    # is arbitrary there; here it is the order of fs. todo is an insertion-ordered set.
    unique = {}
    for f in fs:
        unique[f] = None
    todo = {}
    for f in unique:
        todo[ensure_future(f)] = None
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)   # a dummy value for _wait_for_one()
        todo.clear()

    def _on_completion(f):
        if not todo:
            return   # _on_timeout() was here first
        del todo[f]
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# -- timeout ------------------------------------------------------------------------------------

class Timeout:
    """Asynchronous context manager that cancels the enclosing task at a deadline and turns the
    CancelledError it caused into TimeoutError. States are CPython's _State values."""
    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        assert self._state != 'created'
        if self._state != 'active':
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """Is timeout expired during execution?"""
        return self._state == 'expiring' or self._state == 'expired'

    def __repr__(self):
        info = ['']
        if self._state == 'active':
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        info_str = ' '.join(info)
        return f"<Timeout [{self._state}]{info_str}>"

    async def __aenter__(self):
        self._state = 'active'
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state == 'active' or self._state == 'expiring'
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() == 0 and exc_type is CancelledError:
                # no other cancellation is pending: this one was ours
                raise TimeoutError
        elif self._state == 'active':
            self._state = 'finished'
        return None

    def _on_timeout(self):
        assert self._state == 'active'
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):
    """Timeout async context manager: `async with asyncio.timeout(10): ...`."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Like timeout() with an absolute deadline in loop.time()'s clock."""
    return Timeout(when)


# -- TaskGroup ----------------------------------------------------------------------------------

class TaskGroup:
    """Asynchronous context manager holding a group of tasks: leaving it waits for all of them;
    the first failure cancels the rest and the errors are raised as an ExceptionGroup."""
    __module__ = 'asyncio.taskgroups'

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = {}   # insertion-ordered set of the live tasks (CPython: a set)
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        info_str = ' '.join(info)
        return f'<TaskGroup{info_str}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            # we cancelled the parent ourselves: take that request back
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None

        if et is not None:
            if not self._aborting:
                self._abort()

        # a loop, because the parent may be cancelled repeatedly while we wait
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None

        if self._base_error is not None:
            raise self._base_error
        # other errors have priority over a cancellation
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)

        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return

        if not self._aborting and not self._parent_cancel_requested:
            # interrupt whatever the parent is awaiting inside the `async with` body;
            # __aexit__ takes this cancellation back with uncancel()
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# -- synchronization primitives -----------------------------------------------------------------

async def _aenter(self):
    # Lock/Semaphore.__aenter__ (native) for a subclass that overrides acquire()
    await self.acquire()
    return None


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _waiters_repr(waiters, extra):
    if waiters:
        return f'{extra}, waiters:{len(waiters)}'
    return extra


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """Condition variable over a Lock (a new one unless given)."""
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _Deque()

    def __repr__(self):
        res = super().__repr__()
        extra = _waiters_repr(self._waiters, 'locked' if self.locked() else 'unlocked')
        return f'<{res[1:-1]} [{extra}]>'

    async def wait(self):
        """Release the lock, wait for a notify, re-acquire the lock; return True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            loop = _get_running_loop()
            if loop is not self._loop:
                loop = self._get_loop()
            fut = loop.create_future()
            self._waiters._items.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # the lock must be re-acquired even if the wait is cancelled
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        """Wait until predicate() is true; return its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n waiters (the lock must be held)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        waiters = self._waiters
        items = waiters._items
        i = waiters._scan
        end = len(items)
        idx = 0
        while i < end:
            if idx >= n:
                break
            fut = items[i]
            if not fut.done():
                idx += 1
                fut.set_result(False)
            i += 1
        waiters._scan = i   # everything before i is done now

    def notify_all(self):
        """Wake up every waiter (the lock must be held)."""
        self.notify(len(self._waiters))


class Barrier(_LoopBoundMixin):
    """Lets `parties` tasks wait for each other; states are CPython's _BarrierState values."""
    __module__ = 'asyncio.locks'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    def __repr__(self):
        res = super().__repr__()
        extra = f'{self._state}'
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{res[1:-1]} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait until `parties` tasks wait; return this task's index 0..parties-1."""
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        # wait while the barrier drains or resets; fail if it is broken
        await self._cond.wait_for(
            lambda: self._state != 'draining' and self._state != 'resetting')
        if self._state == 'broken':
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = 'draining'
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != 'filling')
        if self._state == 'broken' or self._state == 'resetting':
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state == 'resetting' or self._state == 'draining':
                self._state = 'filling'
            self._cond.notify_all()

    async def reset(self):
        """Reset the barrier; tasks waiting in it get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                if self._state != 'resetting':
                    self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: current and future waiters get BrokenBarrierError."""
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 'filling':
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == 'broken'


_WorkerThread = None


def _run_in_worker(n, func, args, kwargs):
    # to_thread / run_in_executor(None, ...) on libuv's pool (interp/loop.c): while func runs,
    # threading.current_thread() is "asyncio_<n>", a thread of CPython's default executor.
    global _WorkerThread
    import threading
    if _WorkerThread is None:
        class _WorkerThread(threading.Thread):
            def __init__(self, ident):
                threading.Thread.__init__(self, name='asyncio', daemon=False)
                self._started.set()
                self._ident = self._native_id = ident
    ident = threading.get_ident()
    thread = _WorkerThread(ident)
    thread._name = f'asyncio_{n}'
    active = threading._active
    active[ident] = thread
    try:
        if kwargs is None:
            return func(*args)
        return func(*args, **kwargs)
    finally:
        if active.get(ident) is thread:
            del active[ident]


def _no_current_loop():
    """get_event_loop() after set_event_loop(None) or asyncio.run: CPython's policy error."""
    import threading
    raise RuntimeError('There is no current event loop in thread %r.' % threading.current_thread().name)


async def _wrap_awaitable(awaitable):
    # ensure_future() of an awaitable that is neither a coroutine nor a future (stdlib/asyncio.c)
    return await awaitable


# -- concurrent.futures bridges: wrap_future, run_coroutine_threadsafe, executors ---------------
# concurrent.futures is imported on first use: programs that never use an executor do not load it.

def _convert_future_exc(exc):
    import concurrent.futures as cf
    exc_class = type(exc)
    if exc_class is cf.CancelledError:
        return CancelledError(*exc.args)
    elif exc_class is cf.TimeoutError:
        return TimeoutError(*exc.args)
    elif exc_class is cf.InvalidStateError:
        return InvalidStateError(*exc.args)
    return exc


def _set_concurrent_future_state(concurrent, source):
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        concurrent.set_result(source.result())


def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            dest.set_result(source.result())


def _chain_future(source, destination):
    """Chain two futures (asyncio or concurrent.futures) so that when one completes, so does
    the other; cancelling destination cancels source. Callbacks cross threads through
    call_soon_threadsafe, as CPython's futures._chain_future."""
    import concurrent.futures as cf
    if not isfuture(source) and not isinstance(source, cf.Future):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not isinstance(destination, cf.Future):
        raise TypeError('A future is required for destination argument')
    source_loop = source.get_loop() if isfuture(source) else None
    dest_loop = destination.get_loop() if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Wrap concurrent.futures.Future object."""
    if isfuture(future):
        return future
    import concurrent.futures as cf
    assert isinstance(future, cf.Future), f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = _event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine object to a given event loop.

    Return a concurrent.futures.Future to access the result.
    """
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures as cf
    future = cf.Future()

    def callback():
        try:
            _chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


def _run_in_executor(loop, executor, func, *args):
    # loop.run_in_executor with an executor (interp/loop.c calls it)
    return wrap_future(executor.submit(func, *args), loop=loop)


def _set_default_executor(loop, executor):
    import concurrent.futures as cf
    if not isinstance(executor, cf.ThreadPoolExecutor):
        raise TypeError('executor must be ThreadPoolExecutor instance')
    loop._default_executor = executor


async def _shutdown_default_executor(loop):
    # libuv's pool (the default) needs no shutdown; an executor given to set_default_executor
    # is shut down on a thread, as CPython does.
    executor = getattr(loop, '_default_executor', None)
    if executor is None:
        return
    await to_thread(executor.shutdown, True)


# named as CPython's methods, which a task factory or a task's repr shows
_shutdown_default_executor.__name__ = 'shutdown_default_executor'
_shutdown_default_executor.__qualname__ = 'BaseEventLoop.shutdown_default_executor'


# -- loop.add_signal_handler / remove_signal_handler (CPython's _UnixSelectorEventLoop) ---------

_signal_handlers = {}   # signal number -> (loop, callback, args)


def _check_signal(sig):
    import signal
    if not isinstance(sig, int):
        raise TypeError(f'sig must be an int, not {sig!r}')
    if sig not in signal.valid_signals():
        raise ValueError(f'invalid signal number {sig}')


def _dispatch_signal(signum, frame):
    entry = _signal_handlers.get(signum)
    if entry is not None:
        loop, callback, args = entry
        loop.call_soon_threadsafe(callback, *args)


def _loop_add_signal_handler(loop, sig, callback, *args):
    import signal
    if iscoroutine(callback) or iscoroutinefunction(callback):
        raise TypeError("coroutines cannot be used with add_signal_handler()")
    _check_signal(sig)
    if loop.is_closed():
        raise RuntimeError('Event loop is closed')
    _signal_handlers[sig] = (loop, callback, args)
    try:
        signal.signal(sig, _dispatch_signal)
    except OSError as exc:
        del _signal_handlers[sig]
        if exc.errno == 22:
            raise RuntimeError(f'sig {sig:d} cannot be caught')
        raise


def _loop_remove_signal_handler(loop, sig):
    import signal
    _check_signal(sig)
    if _signal_handlers.pop(sig, None) is None:
        return False
    handler = signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL
    try:
        signal.signal(sig, handler)
    except OSError as exc:
        if exc.errno == 22:
            raise RuntimeError(f'sig {sig:d} cannot be caught')
        raise
    return True


async def _shutdown_asyncgens(loop):
    # CPython's BaseEventLoop.shutdown_asyncgens: close every async generator the loop iterated
    # that is left unfinished (asyncio.run and Runner.close call it).
    closing_agens = loop._take_asyncgens()
    if not closing_agens:
        return
    results = await gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
    for result, agen in zip(results, closing_agens):
        if isinstance(result, Exception):
            loop.call_exception_handler({
                'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen
            })


_shutdown_asyncgens.__name__ = 'shutdown_asyncgens'
_shutdown_asyncgens.__qualname__ = 'BaseEventLoop.shutdown_asyncgens'


# -- Runner (CPython 3.11's runners.Runner) ---------------------------------------------------

class Runner:
    """A context manager that controls event loop life cycle.

    The context manager always creates a new event loop,
    allows to run async functions inside it,
    and properly finalizes the loop at the context manager exit.

    If debug is True, the event loop will be run in debug mode.
    If loop_factory is passed, it is used for new event loop creation.
    """

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'CREATED'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Shutdown and close event loop."""
        if self._state != 'INITIALIZED':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'CLOSED'

    def get_loop(self):
        """Return embedded event loop."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run a coroutine inside the embedded event loop."""
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)
        # Ctrl-C cancels the task, then raises KeyboardInterrupt (CPython's SIGINT handler)
        return _run_main_task(self._loop, task)

    def _lazy_init(self):
        if self._state == 'CLOSED':
            raise RuntimeError("Runner is closed")
        if self._state == 'INITIALIZED':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        import contextvars
        self._context = contextvars.copy_context()
        self._state = 'INITIALIZED'


def _task_get_stack(task, limit):
    # Task.get_stack() (CPython's base_tasks._task_get_stack): the coroutine's frame while it
    # exists, else the frames of the exception's traceback
    frames = []
    coro = task.get_coro()
    if hasattr(coro, 'cr_frame'):
        f = coro.cr_frame
    elif hasattr(coro, 'gi_frame'):
        f = coro.gi_frame
    elif hasattr(coro, 'ag_frame'):
        f = coro.ag_frame
    else:
        f = None
    if f is not None:
        while f is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(f)
            f = f.f_back
        frames.reverse()
    elif task._exception is not None:
        tb = task._exception.__traceback__
        while tb is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames


def _task_print_stack(task, limit, file):
    # Task.print_stack() (CPython's base_tasks._task_print_stack)
    import linecache
    import traceback
    extracted_list = []
    checked = set()
    for f in _task_get_stack(task, limit):
        lineno = f.f_lineno
        co = f.f_code
        filename = co.co_filename
        name = co.co_name
        if filename not in checked:
            checked.add(filename)
            linecache.checkcache(filename)
        line = linecache.getline(filename, lineno, f.f_globals)
        extracted_list.append((filename, lineno, name, line))
    exc = task._exception
    if not extracted_list:
        print(f'No stack for {task!r}', file=file)
    elif exc is not None:
        print(f'Traceback for {task!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {task!r} (most recent call last):', file=file)
    traceback.print_list(extracted_list, file=file)
    if exc is not None:
        for line in traceback.format_exception_only(exc.__class__, exc):
            print(line, file=file, end='')


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


# -- event loop policies (CPython's events.py) -------------------------------------------------
# asyncio's functions do not consult the policy: a custom policy's get_event_loop/new_event_loop
# are only called when the program calls them itself (SPEC.md).

class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""
    __module__ = 'asyncio.events'

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class _UnixDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The default policy: one current event loop (aw runs asyncio on the main thread)."""
    __module__ = 'asyncio.unix_events'

    def get_event_loop(self):
        return get_event_loop()

    def set_event_loop(self, loop):
        set_event_loop(loop)

    def new_event_loop(self):
        return new_event_loop()


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_event_loop_policy = None


def get_event_loop_policy():
    """Get the current event loop policy."""
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the current event loop policy (None: the default one)."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not "
                        f"'{type(policy).__name__}'")
    _event_loop_policy = policy


# What `from asyncio import *` gives: CPython 3.11's asyncio.__all__, as far as aw has it.
__all__ = [name for name in (
    'ALL_COMPLETED', 'Barrier', 'BoundedSemaphore', 'BrokenBarrierError', 'CancelledError',
    'Condition', 'Event', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'Future', 'InvalidStateError',
    'LifoQueue', 'Lock', 'PriorityQueue', 'Queue', 'QueueEmpty', 'QueueFull', 'Semaphore',
    'Task', 'Timeout', 'TimeoutError', '_get_running_loop', 'all_tasks', 'as_completed',
    'create_task', 'current_task', 'ensure_future', 'gather', 'get_event_loop',
    'get_running_loop', 'iscoroutine', 'iscoroutinefunction', 'isfuture', 'new_event_loop',
    'run', 'Runner', 'AbstractEventLoop', 'AbstractEventLoopPolicy', 'DefaultEventLoopPolicy',
    'get_event_loop_policy', 'set_event_loop_policy', 'Handle', 'TimerHandle', 'run_coroutine_threadsafe', 'wrap_future', 'set_event_loop', 'shield', 'sleep', 'timeout', 'timeout_at', 'to_thread', 'wait',
    'wait_for') if name in globals()]


# -- streams (stdlib/_asyncio_streams.py over the native transports of asyncio_streams.c) -----

from _asyncio_streams import (StreamReader, StreamWriter, StreamReaderProtocol, Server,
                              IncompleteReadError, LimitOverrunError, open_connection,
                              start_server, open_unix_connection, start_unix_server,
                              BaseProtocol, Protocol, BufferedProtocol, DatagramProtocol,
                              SubprocessProtocol)
exceptions.IncompleteReadError = IncompleteReadError
exceptions.LimitOverrunError = LimitOverrunError
__all__ += ['StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'Server', 'IncompleteReadError',
            'LimitOverrunError', 'open_connection', 'start_server', 'open_unix_connection',
            'start_unix_server', 'BaseProtocol', 'Protocol', 'BufferedProtocol', 'DatagramProtocol',
            'SubprocessProtocol']


# -- subprocesses (stdlib/asyncio.subprocess.py) ----------------------------------------------

async def create_subprocess_exec(program, *args, **kwds):
    import asyncio.subprocess
    return await asyncio.subprocess.create_subprocess_exec(program, *args, **kwds)


async def create_subprocess_shell(cmd, **kwds):
    import asyncio.subprocess
    return await asyncio.subprocess.create_subprocess_shell(cmd, **kwds)


# -- asyncio.coroutines' marker (unittest.mock's AsyncMock carries it) -------------------------

_is_coroutine = object()
_native_iscoroutinefunction = iscoroutinefunction


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    return _native_iscoroutinefunction(func) or getattr(func, '_is_coroutine', None) is _is_coroutine


def __getattr__(name):
    # asyncio.subprocess, coroutines, log and transports are loaded on first use (importing them here
    # would import asyncio again)
    if name == 'subprocess':
        import asyncio.subprocess
        return asyncio.subprocess
    if name == 'coroutines':
        import asyncio.coroutines
        return asyncio.coroutines
    if name == 'log':
        import asyncio.log
        return asyncio.log
    if name == 'transports' or name in _TRANSPORT_NAMES:
        import asyncio.transports
        return asyncio.transports if name == 'transports' else getattr(asyncio.transports, name)
    raise AttributeError(f"module 'asyncio' has no attribute '{name}'")


__all__ += ['create_subprocess_exec', 'create_subprocess_shell']
# asyncio.transports' classes, loaded on first use as the submodules above
_TRANSPORT_NAMES = ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport',
                    'DatagramTransport', 'SubprocessTransport')
__all__ += list(_TRANSPORT_NAMES)
