"""asyncio subprocesses: create_subprocess_exec/create_subprocess_shell and asyncio.subprocess.

The child is started by subprocess.Popen (os_process.c: fork/exec with its pipes); each pipe the
caller asked for becomes a transport of the event loop (_asyncio._pipe_open, libuv pipes) under a
StreamReader or StreamWriter, as CPython's SubprocessStreamProtocol sets them up. The exit status
is collected by a worker thread blocked in waitpid (CPython 3.11's ThreadedChildWatcher), which
sets returncode on the loop. loop.subprocess_exec/subprocess_shell (the protocol-level API, at
the end) are built the same way, as CPython's BaseSubprocessTransport.
"""

import os
import subprocess as _subprocess
import threading
import _asyncio
import asyncio.transports as _transports
from _asyncio_streams import StreamReader, StreamWriter, StreamReaderProtocol, FlowControlMixin, _DEFAULT_LIMIT

PIPE = _subprocess.PIPE
STDOUT = _subprocess.STDOUT
DEVNULL = _subprocess.DEVNULL

__all__ = ['create_subprocess_exec', 'create_subprocess_shell']
_threads = 0


class _WriteProtocol(FlowControlMixin):
    """The protocol under a child's stdin: flow control for drain(), nothing to read."""

    def __init__(self, loop):
        super().__init__(loop=loop)
        self._transport = None

    def connection_made(self, transport):
        self._transport = transport

    def connection_lost(self, exc):
        super().connection_lost(exc)


def _pipe_transport(popen_file, protocol):
    fd = os.dup(popen_file.fileno())
    popen_file.close()
    transport = _asyncio._pipe_open(fd)
    transport._start(protocol)
    protocol.connection_made(transport)
    return transport


class Process:
    """A child process started by create_subprocess_exec/shell."""
    __module__ = 'asyncio.subprocess'

    def __init__(self, popen, loop, limit):
        self._popen = popen
        self._loop = loop
        self.pid = popen.pid
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self._readers = []
        if popen.stdin is not None:
            protocol = _WriteProtocol(loop)
            transport = _pipe_transport(popen.stdin, protocol)
            self.stdin = StreamWriter(transport, protocol, None, loop)
        for name in ('stdout', 'stderr'):
            f = getattr(popen, name)
            if f is not None:
                reader = StreamReader(limit=limit, loop=loop)
                protocol = StreamReaderProtocol(reader, loop=loop)
                _pipe_transport(f, protocol)
                setattr(self, name, reader)
                self._readers.append(protocol)
        self._exited = loop.create_future()
        global _threads
        _threads += 1
        threading.Thread(target=self._wait_for_exit, name=f"waitpid-{_threads}", daemon=True).start()

    def _wait_for_exit(self):
        code = self._popen.wait()
        if self._loop.is_closed():
            return   # CPython's ThreadedChildWatcher only logs this
        try:
            self._loop.call_soon_threadsafe(self._set_exited, code)
        except RuntimeError:   # closed meanwhile
            pass

    def _set_exited(self, code):
        self.returncode = code
        if not self._exited.done():
            self._exited.set_result(code)

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.pid}>'

    async def wait(self):
        """Wait until the process exit and return the process return code."""
        import asyncio
        return await asyncio.shield(self._exited)

    def send_signal(self, signal):
        if self.returncode is None:
            self._popen.send_signal(signal)

    def terminate(self):
        if self.returncode is None:
            self._popen.terminate()
        else:
            raise ProcessLookupError()

    def kill(self):
        if self.returncode is None:
            self._popen.kill()
        else:
            raise ProcessLookupError()

    async def _feed_stdin(self, input):
        try:
            if input:
                self.stdin.write(input)
                await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.stdin.close()

    async def _noop(self):
        return None

    async def _read_stream(self, stream):
        output = await stream.read()
        return output

    async def communicate(self, input=None):
        if self.stdin is not None:
            stdin = self._feed_stdin(input)
        else:
            stdin = self._noop()
        stdout = self._read_stream(self.stdout) if self.stdout is not None else self._noop()
        stderr = self._read_stream(self.stderr) if self.stderr is not None else self._noop()
        stdin, stdout, stderr = await _asyncio_gather(stdin, stdout, stderr)
        await self.wait()
        return (stdout, stderr)


def _asyncio_gather(*aws):
    import asyncio
    return asyncio.gather(*aws)


def _check_text(kwds):
    for key in ('universal_newlines', 'text'):
        if kwds.get(key):
            raise ValueError(f"{key} must be False")
    if kwds.get('encoding') is not None:
        raise ValueError("encoding must be None")
    if kwds.get('errors') is not None:
        raise ValueError("errors must be None")
    if kwds.pop('bufsize', 0) != 0:
        raise ValueError("bufsize must be 0")


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=_DEFAULT_LIMIT, **kwds):
    _check_text(kwds)
    loop = _asyncio.get_running_loop()
    popen = _subprocess.Popen((program,) + args, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(popen, loop, limit)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=_DEFAULT_LIMIT, **kwds):
    if not isinstance(cmd, (bytes, str)):
        raise ValueError("cmd must be a string")
    if kwds.pop('shell', True) is not True:
        raise ValueError("shell must be True")
    _check_text(kwds)
    loop = _asyncio.get_running_loop()
    popen = _subprocess.Popen(cmd, shell=True, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(popen, loop, limit)


# -- loop.subprocess_exec / subprocess_shell: the protocol-level API ---------------------------

class _PipeProtocol:
    """The protocol under one of the child's pipes: forwards to the subprocess transport (as
    CPython's ReadSubprocessPipeProto/WriteSubprocessPipeProto)."""

    def __init__(self, proc, fd):
        self.proc = proc
        self.fd = fd
        self.pipe = None
        self.disconnected = False

    def connection_made(self, transport):
        self.pipe = transport

    def __repr__(self):
        return f'<{self.__class__.__name__} fd={self.fd} pipe={self.pipe!r}>'

    def connection_lost(self, exc):
        self.disconnected = True
        self.proc._pipe_connection_lost(self.fd, exc)
        self.proc = None

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()

    def data_received(self, data):
        self.proc._pipe_data_received(self.fd, data)

    def eof_received(self):
        return None


class _SubprocessTransport(_transports.SubprocessTransport):
    """What loop.subprocess_exec returns with the protocol (CPython's BaseSubprocessTransport):
    the pipes are native transports (libuv pipes), the exit status comes from a thread blocked
    in waitpid (CPython 3.11's ThreadedChildWatcher)."""

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, kwargs):
        self._loop = loop
        self._protocol = protocol
        self._pipes = {}
        self._closed = False
        self._finished = False
        self._returncode = None
        self._exit_waiters = []
        self._pending_calls = []
        self._extra = {}
        if stdin == PIPE:
            self._pipes[0] = None
        if stdout == PIPE:
            self._pipes[1] = None
        if stderr == PIPE:
            self._pipes[2] = None
        self._proc = _subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout,
                                       stderr=stderr, universal_newlines=False, bufsize=0,
                                       **kwargs)
        self._pid = self._proc.pid
        self._extra['subprocess'] = self._proc

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._closed:
            info.append('closed')
        if self._pid is not None:
            info.append(f'pid={self._pid}')
        if self._returncode is not None:
            info.append(f'returncode={self._returncode}')
        elif self._pid is not None:
            info.append('running')
        else:
            info.append('not started')
        for fd, name in ((0, 'stdin'), (1, 'stdout'), (2, 'stderr')):
            if self._pipes.get(fd) is not None:
                info.append(f'{name}={self._pipes[fd].pipe}')
        return '<{}>'.format(' '.join(info))

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        self._closed = True
        for proto in self._pipes.values():
            if proto is None:
                continue
            proto.pipe.close()
        if (self._proc is not None and self._returncode is None
                and self._proc.poll() is None):
            try:
                self._proc.kill()
            except ProcessLookupError:
                pass

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        if fd in self._pipes:
            return self._pipes[fd].pipe
        return None

    def _check_proc(self):
        if self._proc is None:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._check_proc()
        self._proc.send_signal(signal)

    def terminate(self):
        self._check_proc()
        self._proc.terminate()

    def kill(self):
        self._check_proc()
        self._proc.kill()

    async def _connect_pipes(self, waiter):
        try:
            proc = self._proc
            loop = self._loop
            for fd, f in ((0, proc.stdin), (1, proc.stdout), (2, proc.stderr)):
                if f is not None and fd in self._pipes:
                    proto = _PipeProtocol(self, fd)
                    transport = _asyncio._pipe_open(os.dup(f.fileno()))
                    f.close()
                    transport._start(proto)
                    proto.connection_made(transport)
                    self._pipes[fd] = proto
            if self._pending_calls is not None:
                loop.call_soon(self._protocol.connection_made, self)
                for callback, data in self._pending_calls:
                    loop.call_soon(callback, *data)
                self._pending_calls = None
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if waiter is not None and not waiter.cancelled():
                waiter.set_exception(exc)
        else:
            if waiter is not None and not waiter.cancelled():
                waiter.set_result(None)

    def _start_watcher(self):
        global _threads
        _threads += 1
        threading.Thread(target=self._wait_for_exit, name=f"waitpid-{_threads}",
                         daemon=True).start()

    def _wait_for_exit(self):
        code = self._proc.wait()
        if self._loop.is_closed():
            return
        try:
            self._loop.call_soon_threadsafe(self._process_exited, code)
        except RuntimeError:
            pass

    def _call(self, cb, *data):
        if self._pending_calls is not None:
            self._pending_calls.append((cb, data))
        else:
            self._loop.call_soon(cb, *data)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _process_exited(self, returncode):
        if self._proc.returncode is None:
            self._proc.returncode = returncode
        self._returncode = returncode
        # The child's end of stdin closed with it: CPython's write pipe sees that as EOF;
        # aw's (a libuv pipe that is not read) learns it here.
        stdin = self._pipes.get(0)
        if stdin is not None and not stdin.disconnected:
            stdin.pipe.close()
        self._call(self._protocol.process_exited)
        self._try_finish()

    async def _wait(self):
        """Wait until the process exits and return its return code."""
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def _try_finish(self):
        if self._returncode is None:
            return
        if all(p is not None and p.disconnected for p in self._pipes.values()):
            self._finished = True
            self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            for waiter in self._exit_waiters:
                if not waiter.cancelled():
                    waiter.set_result(self._returncode)
            self._exit_waiters = None
            self._loop = None
            self._proc = None
            self._protocol = None


async def _make_subprocess(loop, protocol_factory, args, shell, stdin, stdout, stderr, kwargs):
    for key in ('universal_newlines', 'text'):
        if kwargs.pop(key, False):
            raise ValueError(f"{key} must be False")
    if kwargs.pop('bufsize', 0) != 0:
        raise ValueError("bufsize must be 0")
    if kwargs.pop('encoding', None) is not None:
        raise ValueError("encoding must be None")
    if kwargs.pop('errors', None) is not None:
        raise ValueError("errors must be None")
    protocol = protocol_factory()
    transport = _SubprocessTransport(loop, protocol, args, shell, stdin, stdout, stderr, kwargs)
    waiter = loop.create_future()
    # as CPython's: the pipes are connected by a task, so a cancellation meanwhile kills the
    # child and waits for it ("Exception during subprocess creation, kill the subprocess")
    loop.create_task(transport._connect_pipes(waiter))
    transport._start_watcher()
    try:
        await waiter
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        transport.close()
        await transport._wait()
        raise
    return transport, protocol


async def _loop_subprocess_exec(loop, protocol_factory, program, *args, stdin=PIPE, stdout=PIPE,
                                stderr=PIPE, universal_newlines=False, shell=False, bufsize=0,
                                encoding=None, errors=None, text=None, **kwargs):
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if shell:
        raise ValueError("shell must be False")
    if bufsize != 0:
        raise ValueError("bufsize must be 0")
    if text:
        raise ValueError("text must be False")
    if encoding is not None:
        raise ValueError("encoding must be None")
    if errors is not None:
        raise ValueError("errors must be None")
    return await _make_subprocess(loop, protocol_factory, (program,) + args, False,
                                  stdin, stdout, stderr, kwargs)


async def _loop_subprocess_shell(loop, protocol_factory, cmd, *, stdin=PIPE, stdout=PIPE,
                                 stderr=PIPE, universal_newlines=False, shell=True, bufsize=0,
                                 encoding=None, errors=None, text=None, **kwargs):
    if not isinstance(cmd, (bytes, str)):
        raise ValueError("cmd must be a string")
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if not shell:
        raise ValueError("shell must be True")
    if bufsize != 0:
        raise ValueError("bufsize must be 0")
    if text:
        raise ValueError("text must be False")
    if encoding is not None:
        raise ValueError("encoding must be None")
    if errors is not None:
        raise ValueError("errors must be None")
    return await _make_subprocess(loop, protocol_factory, cmd, True,
                                  stdin, stdout, stderr, kwargs)


# their errors name CPython's methods
_loop_subprocess_exec.__qualname__ = 'BaseEventLoop.subprocess_exec'
_loop_subprocess_shell.__qualname__ = 'BaseEventLoop.subprocess_shell'
