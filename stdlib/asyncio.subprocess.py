"""asyncio subprocesses: create_subprocess_exec/create_subprocess_shell and asyncio.subprocess.

The child is started by subprocess.Popen (os_process.c: fork/exec with its pipes); each pipe the
caller asked for becomes a transport of the event loop (_asyncio._pipe_open, libuv pipes) under a
StreamReader or StreamWriter, as CPython's SubprocessStreamProtocol sets them up. The exit status
is collected by a worker thread blocked in waitpid (CPython 3.11's ThreadedChildWatcher), which
sets returncode on the loop. Differences (SPEC.md): loop.subprocess_exec/subprocess_shell with a
custom SubprocessProtocol are not provided.
"""

import os
import subprocess as _subprocess
import threading
import _asyncio
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
