"""multiprocessing: parallelism with processes, as CPython's module with the 'fork' start method.

Processes are forked children (os.fork). Queues, locks, semaphores and events live in pipes that
the children inherit: a lock is a pipe holding one byte (acquire reads it, release writes it
back), a semaphore a pipe holding its count in bytes, a queue a pipe of pickled, length-prefixed
messages with a second pipe counting them. Pool forks its workers when it is made; a thread of
the parent feeds them tasks and another collects results, as in CPython. Differences (SPEC.md):
only the 'fork' start method; Value and Array take typecodes (no ctypes module) and live in an
anonymous file read with pread/pwrite; no Manager, Condition, Barrier, Listener/Client; Pool's
maxtasksperchild is not supported.
"""

import atexit
import itertools
import os
import pickle
import queue as _queue
import select as _select_mod
import signal
import struct
import sys
import threading
import time
import _select

__all__ = ['Process', 'current_process', 'parent_process', 'active_children', 'cpu_count',
           'Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Event', 'Pool', 'Value', 'Array', 'RawValue', 'RawArray', 'ProcessError', 'BufferTooShort', 'TimeoutError',
           'AuthenticationError', 'get_context', 'get_start_method', 'set_start_method',
           'get_all_start_methods', 'freeze_support', 'get_logger', 'log_to_stderr']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError):
            pass


def cpu_count():
    num = os.cpu_count()
    if num is None:
        raise NotImplementedError('cannot determine number of cpus')
    return num


def freeze_support():
    pass


def get_start_method(allow_none=False):
    return 'fork'


def get_all_start_methods():
    return ['fork']


def set_start_method(method, force=False):
    if method not in (None, 'fork'):
        raise ValueError('cannot find context for %r' % (method,))


def get_context(method=None):
    if method not in (None, 'fork'):
        raise ValueError('cannot find context for %r' % (method,))
    return sys.modules[__name__]


def get_logger():
    import logging
    return logging.getLogger('multiprocessing')


def log_to_stderr(level=None):
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter('[%(levelname)s/%(processName)s] %(message)s'))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    return logger


# ---- processes ---------------------------------------------------------------------------------

_exitcode_to_name = {-signum: '-' + signum.name for signum in signal.Signals}


class _Popen:
    """A forked child: its pid, and a pipe that becomes readable (EOF) when it exits."""

    def __init__(self, process_obj):
        _flush_std_streams()
        self.returncode = None
        parent_r, child_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            code = 1
            try:
                os.close(parent_r)
                code = process_obj._bootstrap()
            finally:
                os._exit(code)
        os.close(child_w)
        self.sentinel = parent_r

    def poll(self, flag=os.WNOHANG):
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, flag)
            except OSError:
                return None
            if pid == self.pid:
                self.returncode = os.waitstatus_to_exitcode(sts)
                self._close_sentinel()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            if timeout is not None:
                if not _wait_readable(self.sentinel, timeout):
                    return None
            return self.poll(os.WNOHANG if timeout == 0.0 else 0)
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def terminate(self):
        self._send_signal(signal.SIGTERM)

    def kill(self):
        self._send_signal(signal.SIGKILL)

    def _close_sentinel(self):
        if self.sentinel is not None:
            os.close(self.sentinel)
            self.sentinel = None


def _wait_readable(fd, timeout):
    deadline = None if timeout is None else time.monotonic() + max(timeout, 0)
    while True:
        left = None if deadline is None else max(0.0, deadline - time.monotonic())
        r, _, _ = _select_mod.select([fd], [], [], left)
        if r:
            return True
        if deadline is not None and time.monotonic() >= deadline:
            return False


class BaseProcess:
    """A child process running target(*args, **kwargs) (or its run() method)."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._config = _current_process._config.copy()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), 'daemonic processes are not allowed to have children'
        _cleanup()
        self._popen = _Popen(self)
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        if self._popen.poll() is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen = None
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        return self._config.get('authkey', b'')

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = bytes(authkey)

    @property
    def exitcode(self):
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        try:
            return self._popen.sentinel
        except AttributeError:
            raise ValueError("process not started") from None

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            status = 'stopped' if exitcode is not None else 'started'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % _exitcode_to_name.get(exitcode, exitcode))
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self):
        global _current_process, _parent_process, _process_counter, _children
        try:
            _current_process = self
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
            _process_counter = itertools.count(1)
            _children = set()
            _after_fork_in_child()
            try:
                if sys.stdin is not None:
                    sys.stdin.close()
                    sys.stdin = open(os.devnull)
            except (OSError, ValueError):
                pass
            try:
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException:
            exitcode = 1
            import traceback
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
        finally:
            shutdown = getattr(threading, '_shutdown', None)
            if shutdown:
                shutdown()
            _flush_std_streams()
        return exitcode


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'authkey': os.urandom(32), 'semprefix': '/mp'}

    def close(self):
        pass


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        try:
            os.kill(self._pid, 0)
            return True
        except OSError:
            return False

    @property
    def ident(self):
        return self._pid

    pid = ident

    def join(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.is_alive() and (deadline is None or time.monotonic() < deadline):
            time.sleep(0.01)


_current_process = _MainProcess()
_parent_process = None
_process_counter = itertools.count(1)
_children = set()
_after_fork_hooks = []


def _after_fork_in_child():
    for hook in _after_fork_hooks:
        hook()


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def _cleanup():
    for p in list(_children):
        if p._popen is not None and p._popen.poll() is not None:
            _children.discard(p)


def active_children():
    _cleanup()
    return list(_children)


_exiting = False


def _exit_function():
    global _exiting
    if _exiting:
        return
    _exiting = True
    for p in active_children():
        if p.daemon:
            p._popen.terminate()
    for p in active_children():
        p.join()


atexit.register(_exit_function)


# ---- pipes as locks and queues ----------------------------------------------------------------

def _set_nonblocking(fd):
    os.set_blocking(fd, False)


def _read_token(fd, block, timeout):
    """Takes one byte from the pipe fd (non-blocking read end): True when taken."""
    deadline = None if timeout is None else time.monotonic() + max(timeout, 0)
    while True:
        try:
            if os.read(fd, 1):
                return True
        except BlockingIOError:
            pass
        if not block:
            return False
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left <= 0:
            return False
        _select_mod.select([fd], [], [], left)


class _TokenPipe:
    """A count of tokens shared with forked children: bytes waiting in a pipe."""

    def __init__(self, value):
        self._r, self._w = os.pipe()
        _set_nonblocking(self._r)
        if value:
            os.write(self._w, b'\0' * value)

    def take(self, block=True, timeout=None):
        return _read_token(self._r, block, timeout)

    def give(self, n=1):
        os.write(self._w, b'\0' * n)

    def count(self):
        return _select.nread(self._r)


class Semaphore:
    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._tokens = _TokenPipe(value)

    def acquire(self, block=True, timeout=None):
        return self._tokens.take(block, timeout)

    def release(self):
        self._tokens.give()

    def get_value(self):
        return self._tokens.count()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self.get_value())


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        Semaphore.__init__(self, value)
        self._maxvalue = value

    def release(self):
        if self._tokens.count() >= self._maxvalue:
            raise ValueError('semaphore or lock released too many times')
        self._tokens.give()

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (type(self).__name__, self.get_value(), self._maxvalue)


class Lock(BoundedSemaphore):
    def __init__(self, *, ctx=None):
        BoundedSemaphore.__init__(self, 1)
        self._owner = None

    def acquire(self, block=True, timeout=None):
        if self._tokens.take(block, timeout):
            self._owner = (os.getpid(), threading.get_ident())
            return True
        return False

    def release(self):
        if self._tokens.count() >= 1:
            raise ValueError('semaphore or lock released too many times')
        self._owner = None
        self._tokens.give()

    def __repr__(self):
        if self._owner == (os.getpid(), threading.get_ident()):
            name = current_process().name
            if threading.current_thread().name != 'MainThread':
                name += '|' + threading.current_thread().name
        elif self._tokens.count() == 1:
            name = 'None'
        else:
            name = 'SomeOtherProcess'
        return '<%s(owner=%s)>' % (type(self).__name__, name)


class RLock(Lock):
    def __init__(self, *, ctx=None):
        Lock.__init__(self)
        self._count = 0

    def acquire(self, block=True, timeout=None):
        me = (os.getpid(), threading.get_ident())
        if self._owner == me and self._count:
            self._count += 1
            return True
        if Lock.acquire(self, block, timeout):
            self._count = 1
            return True
        return False

    def release(self):
        if self._owner != (os.getpid(), threading.get_ident()) or not self._count:
            raise AssertionError('attempt to release recursive lock not owned by thread')
        self._count -= 1
        if not self._count:
            Lock.release(self)

    def __repr__(self):
        if self._owner == (os.getpid(), threading.get_ident()) and self._count:
            return '<RLock(%s, %d)>' % (current_process().name, self._count)
        return '<RLock(%s, 0)>' % ('None' if self._tokens.count() else 'SomeOtherProcess')


class Event:
    def __init__(self, *, ctx=None):
        self._flag = _TokenPipe(0)
        self._lock = Lock()

    def is_set(self):
        return self._flag.count() > 0

    def set(self):
        with self._lock:
            if not self.is_set():
                self._flag.give()

    def clear(self):
        with self._lock:
            while self._flag.take(False):
                pass

    def wait(self, timeout=None):
        if self.is_set():
            return True
        _wait_readable(self._flag._r, timeout)
        return self.is_set()


# ---- shared values ----------------------------------------------------------------------------

# typecode -> (ctypes name, struct format): what Value/Array hold, named as CPython's ctypes types
_CTYPES = {'c': ('c_char', 'c'), 'u': ('c_wchar', 'I'), 'b': ('c_byte', 'b'), 'B': ('c_ubyte', 'B'),
           'h': ('c_short', 'h'), 'H': ('c_ushort', 'H'), 'i': ('c_int', 'i'), 'I': ('c_uint', 'I'),
           'l': ('c_long', 'l'), 'L': ('c_ulong', 'L'), 'q': ('c_long', 'q'), 'Q': ('c_ulong', 'Q'),
           'f': ('c_float', 'f'), 'd': ('c_double', 'd')}


class _SharedMemory:
    """Bytes every forked child shares: an anonymous file read and written with pread/pwrite."""

    def __init__(self, size):
        self._fd = os.memfd_create('multiprocessing')
        os.ftruncate(self._fd, size)
        self.size = size

    def read(self, offset, n):
        return os.pread(self._fd, n, offset)

    def write(self, offset, data):
        os.pwrite(self._fd, data, offset)

    def __del__(self):
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def _ctype(typecode):
    try:
        return _CTYPES[typecode]
    except (KeyError, TypeError):
        raise TypeError("this type has no size") from None


def _encode(typecode, fmt, value):
    if typecode == 'u':
        value = ord(value)
    return struct.pack(fmt, value)


def _decode(typecode, fmt, data):
    value = struct.unpack(fmt, data)[0]
    return chr(value) if typecode == 'u' else value


class _RawValue:
    """One C value in shared memory (what Value(..., lock=False) returns)."""

    def __init__(self, typecode, *args):
        self._typecode = typecode
        self._name, fmt = _ctype(typecode)
        self._fmt = '=' + fmt
        self._mem = _SharedMemory(struct.calcsize(self._fmt))
        if args:
            self.value = args[0]

    @property
    def value(self):
        return _decode(self._typecode, self._fmt, self._mem.read(0, self._mem.size))

    @value.setter
    def value(self, v):
        self._mem.write(0, _encode(self._typecode, self._fmt, v))

    def __repr__(self):
        return '%s(%r)' % (self._name, self.value)


class _RawArray:
    """A C array in shared memory (what Array(..., lock=False) returns)."""

    def __init__(self, typecode, size_or_initializer):
        self._typecode = typecode
        self._name, fmt = _ctype(typecode)
        self._fmt = '=' + fmt
        self._item = struct.calcsize(self._fmt)
        if isinstance(size_or_initializer, int):
            self._len = size_or_initializer
            init = None
        else:
            init = list(size_or_initializer) if typecode != 'c' else [bytes([b]) for b in size_or_initializer]
            self._len = len(init)
        self._mem = _SharedMemory(max(1, self._len * self._item))
        if init:
            self[:] = init

    def __len__(self):
        return self._len

    def _index(self, i):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(self._len)
            data = self._mem.read(0, self._len * self._item)
            values = [_decode(self._typecode, self._fmt, data[k * self._item:(k + 1) * self._item])
                      for k in range(start, stop, step)]
            return b''.join(values) if self._typecode == 'c' else values
        i = self._index(i)
        return _decode(self._typecode, self._fmt, self._mem.read(i * self._item, self._item))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            indices = range(*i.indices(self._len))
            if self._typecode == 'c' and isinstance(value, (bytes, bytearray)):
                value = [bytes([b]) for b in value]
            value = list(value)
            if len(value) != len(indices):
                raise ValueError("Can only assign sequence of same size")
            for k, v in zip(indices, value):
                self._mem.write(k * self._item, _encode(self._typecode, self._fmt, v))
            return
        i = self._index(i)
        self._mem.write(i * self._item, _encode(self._typecode, self._fmt, value))

    def __iter__(self):
        return iter(self[:])

    @property
    def value(self):
        if self._typecode != 'c':
            raise AttributeError("'%s_Array_%d' object has no attribute 'value'" % (self._name, self._len))
        return self[:].split(b'\0', 1)[0]

    @value.setter
    def value(self, v):
        if len(v) > self._len:
            raise ValueError("byte string too long")
        self[:len(v)] = v
        if len(v) < self._len:
            self[len(v)] = b'\0'

    @property
    def raw(self):
        return self[:]

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s_Array_%d object at %#x>' % (self._name, self._len, id(self))


def RawValue(typecode_or_type, *args):
    return _RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    return _RawArray(typecode_or_type, size_or_initializer)


class _Synchronized:
    def __init__(self, obj, lock=None):
        self._obj = obj
        self._lock = lock if lock not in (None, True) else RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v


class Synchronized(_Synchronized):
    def __repr__(self):
        return '<Synchronized wrapper for %r>' % (self._obj,)


class SynchronizedArray(_Synchronized):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __iter__(self):
        return iter(self[:])

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    def __repr__(self):
        return '<SynchronizedArray wrapper for %r>' % (self._obj,)


def Value(typecode_or_type, *args, lock=True):
    obj = _RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if not hasattr(lock, 'acquire') and lock not in (None, True):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return Synchronized(obj, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    obj = _RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if not hasattr(lock, 'acquire') and lock not in (None, True):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return SynchronizedArray(obj, lock)


_HEADER = struct.Struct('!Q')


def _read_exact(fd, n):
    """n bytes from fd (EOFError if it ends first)."""
    chunks = []
    while n:
        chunk = os.read(fd, n)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b''.join(chunks)


class _MessagePipe:
    """Pickled objects through a pipe, each sent whole under a lock (several writers may share
    it) and read whole under another (several readers)."""

    def __init__(self):
        self._r, self._w = os.pipe()
        self._wlock = Lock()
        self._rlock = Lock()

    def send(self, obj):
        data = pickle.dumps(obj)
        with self._wlock:
            self._write_all(_HEADER.pack(len(data)) + data)

    def _write_all(self, data):
        view = memoryview(data)
        while view:
            n = os.write(self._w, view)
            view = view[n:]


    def recv_locked(self):
        (size,) = _HEADER.unpack(_read_exact(self._r, _HEADER.size))
        return pickle.loads(_read_exact(self._r, size))

    def close(self):
        for fd in (self._r, self._w):
            try:
                os.close(fd)
            except OSError:
                pass


class Queue:
    """A FIFO queue shared with child processes."""

    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize if maxsize > 0 else 2 ** 31 - 1
        self._pipe = _MessagePipe()
        self._items = _TokenPipe(0)                          # one byte per message in the pipe
        self._slots = _TokenPipe(maxsize) if maxsize > 0 else None
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError('Queue %r is closed' % self)
        if self._slots is not None and not self._slots.take(block, timeout):
            raise _queue.Full
        self._pipe.send(obj)
        self._items.give()

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError('Queue %r is closed' % self)
        if not self._items.take(block, timeout):
            raise _queue.Empty
        with self._pipe._rlock:
            obj = self._pipe.recv_locked()
        if self._slots is not None:
            self._slots.give()
        return obj

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._items.count()

    def empty(self):
        return self._items.count() == 0

    def full(self):
        return self._slots is not None and self._slots.count() == 0

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)
        self._unfinished = _TokenPipe(0)

    def put(self, obj, block=True, timeout=None):
        self._unfinished.give()
        try:
            Queue.put(self, obj, block, timeout)
        except BaseException:
            self._unfinished.take(False)
            raise

    def task_done(self):
        if not self._unfinished.take(False):
            raise ValueError('task_done() called too many times')

    def join(self):
        while self._unfinished.count():
            time.sleep(0.005)


class SimpleQueue:
    def __init__(self, *, ctx=None):
        self._queue = Queue()

    def get(self):
        return self._queue.get()

    def put(self, obj):
        self._queue.put(obj)

    def empty(self):
        return self._queue.empty()

    def close(self):
        self._queue.close()


class Connection:
    """One end of a Pipe(): send/recv pickled objects, send_bytes/recv_bytes, poll."""

    def __init__(self, rfd, wfd, readable=True, writable=True):
        self._rfd, self._wfd = rfd, wfd
        self._readable, self._writable = readable, writable

    def _check(self, readable=False, writable=False):
        if self._rfd is None and self._wfd is None:
            raise OSError("handle is closed")
        if readable and not self._readable:
            raise OSError("connection is write-only")
        if writable and not self._writable:
            raise OSError("connection is read-only")

    def send_bytes(self, buf, offset=0, size=None):
        self._check(writable=True)
        data = bytes(memoryview(buf)[offset:None if size is None else offset + size])
        msg = _HEADER.pack(len(data)) + data
        while msg:
            msg = msg[os.write(self._wfd, msg):]

    def send(self, obj):
        self.send_bytes(pickle.dumps(obj))


    def recv_bytes(self, maxlength=None):
        self._check(readable=True)
        (size,) = _HEADER.unpack(_read_exact(self._rfd, _HEADER.size))
        if maxlength is not None and size > maxlength:
            raise OSError("bad message length")
        return _read_exact(self._rfd, size)

    def recv(self):
        return pickle.loads(self.recv_bytes())

    def poll(self, timeout=0.0):
        self._check(readable=True)
        return _wait_readable(self._rfd, timeout)

    def fileno(self):
        self._check()
        return self._rfd if self._readable else self._wfd

    @property
    def closed(self):
        return self._rfd is None and self._wfd is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def close(self):
        for fd in {self._rfd, self._wfd} - {None}:
            try:
                os.close(fd)
            except OSError:
                pass
        self._rfd = self._wfd = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    """Two Connection objects; with duplex False the first can only receive, the second only send."""
    import socket
    if duplex:
        a, b = socket.socketpair()
        fa, fb = a.detach(), b.detach()
        return Connection(fa, fa), Connection(fb, fb)
    r, w = os.pipe()
    return Connection(r, None, True, False), Connection(None, w, False, True)


# ---- pools ------------------------------------------------------------------------------------

class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


RemoteTraceback.__module__ = 'multiprocessing.pool'


class _ExceptionWithTraceback:
    def __init__(self, exc, text):
        self.exc = exc
        self.tb = '\n"""\n%s"""' % text

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def _mapstar(args):
    return list(map(*args))


def _starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


def _worker(tasks, results, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    while True:
        with tasks._rlock:
            try:
                task = tasks.recv_locked()
            except EOFError:
                return
        if task is None:
            return
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            import traceback
            text = ''.join(traceback.format_exception(type(e), e, e.__traceback__))
            result = (False, _ExceptionWithTraceback(e, text))
        try:
            results.send((job, i, result))
        except Exception as e:
            results.send((job, i, (False, MaybeEncodingError(e, result[1]))))


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(_job_counter)
        self._callback = callback
        self._error_callback = error_callback
        pool._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._pool._cache[self._job]
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del pool._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._pool._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                del self._pool._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator:
    def __init__(self, pool, ordered=True):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(_job_counter)
        self._items = []
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._ordered = ordered
        pool._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while not self._items:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                if not self._items and timeout is not None:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise TimeoutError from None
            success, value = self._items.pop(0)
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if not self._ordered:
                self._items.append(obj)
                self._index += 1
            elif self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    self._items.append(self._unsorted.pop(self._index))
                    self._index += 1
            else:
                self._unsorted[i] = obj
            self._cond.notify()
            if self._index == self._length:
                del self._pool._cache[self._job]

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._pool._cache[self._job]


_job_counter = itertools.count()

_INIT, _RUN, _CLOSE, _TERMINATE = 'INIT', 'RUN', 'CLOSE', 'TERMINATE'


class Pool:
    """A pool of worker processes (forked when the pool is made)."""

    Process = Process

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._state = _INIT
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None and (not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0):
            raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._cache = {}
        self._tasks = _MessagePipe()
        self._results = _MessagePipe()
        self._pool = []
        for _ in range(processes):
            w = self.Process(target=_worker, args=(self._tasks, self._results, initializer, initargs))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)
        self._taskqueue = _queue.SimpleQueue()
        self._task_thread = threading.Thread(target=self._handle_tasks, daemon=True)
        self._task_thread.start()
        self._result_thread = threading.Thread(target=self._handle_results, daemon=True)
        self._result_thread.start()
        self._state = _RUN

    def _handle_tasks(self):
        while True:
            batch = self._taskqueue.get()
            if batch is None:
                break
            tasks, set_length = batch
            count = -1
            try:
                for count, task in enumerate(tasks):
                    self._tasks.send(task)
            except Exception as e:
                job = task[0] if count >= 0 else None
                if job in self._cache:
                    self._cache[job]._set(task[1], (False, e))
                continue
            if set_length:
                set_length(count + 1)
        for _ in self._pool:
            try:
                self._tasks.send(None)
            except OSError:
                pass

    def _handle_results(self):
        while True:
            with self._results._rlock:
                try:
                    item = self._results.recv_locked()
                except (EOFError, OSError):
                    return
            if item is None:
                return
            job, i, obj = item
            cached = self._cache.get(job)
            if cached is not None:
                cached._set(i, obj)

    def _check_running(self):
        if self._state != _RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, args, kwds)], None))
        return result

    def _chunks(self, iterable, chunksize):
        it = iter(iterable)
        while True:
            chunk = tuple(itertools.islice(it, chunksize))
            if not chunk:
                return
            yield chunk

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback, error_callback)
        tasks = [(result._job, i, mapper, ((func, chunk),), {})
                 for i, chunk in enumerate(self._chunks(iterable, chunksize or 1))] if chunksize else []
        self._taskqueue.put((tasks, None))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, _mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, _starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, _mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, _starmapstar, chunksize, callback, error_callback)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = IMapIterator(self, ordered)
        if chunksize == 1:
            tasks = [(result._job, i, func, (x,), {}) for i, x in enumerate(iterable)]
            self._taskqueue.put((tasks, result._set_length))
            return result
        tasks = [(result._job, i, _mapstar, ((func, chunk),), {})
                 for i, chunk in enumerate(self._chunks(iterable, chunksize))]
        self._taskqueue.put((tasks, result._set_length))
        return (item for chunk in result for item in chunk)

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == _RUN:
            self._state = _CLOSE
            self._taskqueue.put(None)

    def terminate(self):
        if self._state == _TERMINATE:
            return
        if self._state == _RUN:
            self._taskqueue.put(None)
        self._state = _TERMINATE
        for w in self._pool:
            if w.exitcode is None:
                w.terminate()
        for w in self._pool:
            w.join()
        self._results.send(None)
        self._task_thread.join()
        self._result_thread.join()

    def join(self):
        if self._state == _RUN:
            raise ValueError("Pool is still running")
        if self._state not in (_CLOSE, _TERMINATE):
            raise ValueError("In unknown state")
        self._task_thread.join()
        for w in self._pool:
            w.join()
        if self._result_thread.is_alive():
            self._results.send(None)
            self._result_thread.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __repr__(self):
        return (f'<{self.__class__.__module__}.{self.__class__.__qualname__} '
                f'state={self._state} pool_size={len(self._pool)}>')
