"""asyncio streams: the Python half (the asyncio prelude re-exports it).

StreamReader, StreamWriter, StreamReaderProtocol, Server, open_connection, start_server, their
Unix-socket twins, the Protocol classes, and loop.create_connection/create_server and their Unix
twins (the loop's native methods call _loop_<name> here), following CPython 3.11.2's
asyncio/streams.py, protocols.py and base_events.py line for line, so reads, waits and errors
behave the same. The transports and listening
sockets are native (stdlib/asyncio_streams.c): _tcp_connect/_unix_connect return a future of a
transport, _tcp_listen/_unix_listen return bound listeners that start() hands accepted
transports to.

Differences from CPython: no SSL; the reader is held strongly by its protocol (CPython: a weak
reference); TransportSockets have no socket options.
"""

from _asyncio import (CancelledError, get_running_loop, sleep, _get_running_loop, get_event_loop,
                      _tcp_connect, _tcp_listen, _unix_connect, _unix_listen, iscoroutine,
                      _pipe_open, _sock_listen)

_DEFAULT_LIMIT = 2 ** 16  # 64 KiB


class IncompleteReadError(EOFError):
    """Incomplete read error. Attributes:

    - partial: read bytes string before the end of stream was reached
    - expected: total number of expected bytes (or None if unknown)
    """
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of '
                         f'{r_expected} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """Reached the buffer limit while looking for a separator.

    Attributes:
    - consumed: total number of to be consumed bytes.
    """
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


def _event_loop():
    loop = _get_running_loop()
    if loop is None:
        loop = get_event_loop()
    return loop


_CONNECT_KWDS = ('ssl', 'family', 'proto', 'flags', 'sock', 'local_addr', 'server_hostname',
                 'ssl_handshake_timeout', 'ssl_shutdown_timeout', 'happy_eyeballs_delay',
                 'interleave')
_SERVER_KWDS = ('family', 'flags', 'sock', 'ssl', 'reuse_address', 'reuse_port',
                'ssl_handshake_timeout', 'ssl_shutdown_timeout')


def _check_kwds(kwds, known, method):
    # What the loop method behind CPython's helper accepts; the socket options that only
    # tune (family, flags, reuse_address, timeouts) are accepted and ignored.
    if not kwds.get('ssl'):
        for name in ('server_hostname', 'ssl_handshake_timeout', 'ssl_shutdown_timeout'):
            if kwds.get(name) is not None and name in known:
                raise ValueError(f'{name} is only meaningful with ssl')
    for name, value in kwds.items():
        if name not in known:
            raise TypeError(f"BaseEventLoop.{method}() got an unexpected keyword argument '{name}'")
        if name == 'ssl' and value:
            raise NotImplementedError('aw: asyncio streams over SSL are not supported')
        if name in ('local_addr', 'reuse_port') and value is not None:
            raise NotImplementedError(f'aw: asyncio streams do not support {name}=')


def _raise_connect_errors(exceptions):
    # CPython's create_connection: one error as is, else all of them in one OSError.
    if len(exceptions) == 1:
        raise exceptions[0]
    model = str(exceptions[0])
    if all(str(exc) == model for exc in exceptions):
        raise exceptions[0]
    raise OSError('Multiple exceptions: {}'.format(', '.join(str(exc) for exc in exceptions)))


# -- protocols (CPython's asyncio/protocols.py) ---------------------------------------------

class BaseProtocol:
    """Common base class for protocol interfaces."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def connection_made(self, transport):
        """Called when a connection is made."""

    def connection_lost(self, exc):
        """Called when the connection is lost or closed."""

    def pause_writing(self):
        """Called when the transport's buffer goes over the high-water mark."""

    def resume_writing(self):
        """Called when the transport's buffer drains below the low-water mark."""


class Protocol(BaseProtocol):
    """Interface for stream protocol."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def data_received(self, data):
        """Called when some data is received."""

    def eof_received(self):
        """Called when the other end calls write_eof() or equivalent."""


class BufferedProtocol(BaseProtocol):
    """Interface for stream protocol with manual buffer control."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def get_buffer(self, sizehint):
        """Called to allocate a new receive buffer."""

    def buffer_updated(self, nbytes):
        """Called when the buffer was updated with the received data."""

    def eof_received(self):
        """Called when the other end calls write_eof() or equivalent."""


class DatagramProtocol(BaseProtocol):
    """Interface for datagram protocol."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def datagram_received(self, data, addr):
        """Called when some datagram is received."""

    def error_received(self, exc):
        """Called when a send or receive operation raises an OSError."""


class SubprocessProtocol(BaseProtocol):
    """Interface for protocol for subprocess calls."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """Called when the subprocess writes data into stdout/stderr pipe."""

    def pipe_connection_lost(self, fd, exc):
        """Called when a file descriptor associated with the child process is closed."""

    def process_exited(self):
        """Called when subprocess has exited."""


# -- the loop's socket methods (loop.create_connection and friends call these) ---------------

async def _connected_transport(transport_future):
    transport = await transport_future
    if type(transport) is list:
        _raise_connect_errors(transport)
    return transport


async def _make_connection(loop, transport, protocol_factory):
    # As CPython's _create_connection_transport: connection_made, then a waiter, each a
    # callback, so the caller resumes as many iterations after the connect as there.
    try:
        protocol = protocol_factory()
    except BaseException:
        transport.close()
        raise
    transport._start(protocol)
    waiter = loop.create_future()
    loop.call_soon(protocol.connection_made, transport)
    loop.call_soon(_release_waiter, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


def _release_waiter(waiter):
    if not waiter.done():
        waiter.set_result(None)


def _sock_transport(sock, family, kind):
    # CPython's transport takes the socket over (closing the transport closes it): here the
    # native transport takes its descriptor, and the socket object is detached from it.
    import socket
    if sock.type != socket.SOCK_STREAM:
        raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    if family is not None and sock.family != family:
        raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
    transport = _pipe_open(sock.fileno(), sock.family != socket.AF_UNIX)
    sock.detach()
    return transport


def _sock_listener(sock, family, backlog):
    # create_server(sock=)/create_unix_server(sock=): the listener takes the descriptor over
    import socket
    if sock.type != socket.SOCK_STREAM or (family is not None and sock.family != family):
        kind = 'UNIX Domain Stream' if family is not None else 'Stream'
        raise ValueError(f'A {kind} Socket was expected, got {sock!r}')
    listener = _sock_listen(sock.fileno(), sock.family, backlog)
    sock.detach()
    return listener


async def _loop_create_connection(loop, protocol_factory, host=None, port=None, **kwds):
    _check_kwds(kwds, _CONNECT_KWDS, 'create_connection')
    sock = kwds.get('sock')
    if sock is not None:
        if host is not None or port is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        transport = _sock_transport(sock, None, 'create_connection')
    elif host is None and port is None:
        raise ValueError('host and port was not specified and no sock specified')
    else:
        transport = await _connected_transport(_tcp_connect(host, port))
    return await _make_connection(loop, transport, protocol_factory)


async def _loop_create_unix_connection(loop, protocol_factory, path=None, **kwds):
    _check_kwds(kwds, _CONNECT_KWDS, 'create_unix_connection')
    sock = kwds.get('sock')
    if path is not None and sock is not None:
        raise ValueError('path and sock can not be specified at the same time')
    if path is not None:
        import os
        path = os.fspath(path)
    if sock is not None:
        import socket
        transport = _sock_transport(sock, socket.AF_UNIX, 'create_unix_connection')
    elif path is None:
        raise ValueError('no path and sock were specified')
    else:
        transport = await _connected_transport(_unix_connect(path))
    return await _make_connection(loop, transport, protocol_factory)


def _loop_create_datagram_endpoint(loop, *args, **kwds):
    import _asyncio_datagram
    return _asyncio_datagram.create_datagram_endpoint(loop, *args, **kwds)


def _loop_connect_read_pipe(loop, protocol_factory, pipe):
    import _asyncio_datagram
    return _asyncio_datagram.connect_pipe(loop, protocol_factory, pipe, False)


def _loop_connect_write_pipe(loop, protocol_factory, pipe):
    import _asyncio_datagram
    return _asyncio_datagram.connect_pipe(loop, protocol_factory, pipe, True)


def _loop_subprocess_exec(loop, *args, **kwds):
    import asyncio.subprocess
    return asyncio.subprocess._loop_subprocess_exec(loop, *args, **kwds)


def _loop_subprocess_shell(loop, *args, **kwds):
    import asyncio.subprocess
    return asyncio.subprocess._loop_subprocess_shell(loop, *args, **kwds)


def _receiver(protocol):
    """What a native transport calls with the data it read: protocol.data_received, or for a
    BufferedProtocol, as CPython's selector transport drives it: each chunk read is copied into
    the buffers get_buffer(-1) gives, each copy announced by buffer_updated."""
    if not isinstance(protocol, BufferedProtocol):
        if not isinstance(protocol, BaseProtocol) or hasattr(protocol, 'data_received'):
            return protocol.data_received
        # a BaseProtocol without it fails when data comes, as CPython's (a write pipe's never does)
        return lambda data: protocol.data_received(data)
    def data_received(data):
        view = memoryview(data)
        while view:
            data_received.stage = 'get_buffer'   # the message if it fails (asyncio_streams.c)
            buf = protocol.get_buffer(-1)
            n = len(buf)
            if not n:
                raise RuntimeError('get_buffer() returned an empty buffer')
            n = min(n, len(view))
            memoryview(buf).cast('B')[:n] = view[:n]
            data_received.stage = 'buffer_updated'
            protocol.buffer_updated(n)
            view = view[n:]
    return data_received


async def _serve(loop, listeners, protocol_factory, backlog, start_serving):
    server = Server(loop, listeners, protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        # Skip one loop iteration so that all 'loop.add_reader' go through.
        await sleep(0)
    return server


async def _resolved(host):
    return host


async def _loop_create_server(loop, protocol_factory, host=None, port=None, *,
                              backlog=100, start_serving=True, **kwds):
    _check_kwds(kwds, _SERVER_KWDS, 'create_server')
    # CPython resolves each host in a task of its own and gathers them: the sockets are bound
    # three loop iterations later (what a cancellation meanwhile sees), and the tasks use up
    # Task-N names. The addresses themselves are resolved when listening.
    sock = kwds.get('sock')
    if sock is not None:
        if host is not None or port is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        return await _serve(loop, [_sock_listener(sock, None, backlog)], protocol_factory,
                            backlog, start_serving)
    from asyncio import gather
    await gather(*[_resolved(h) for h in ([host] if isinstance(host, str) or host is None else host)])
    if isinstance(host, str) or host is None:
        listeners = _tcp_listen(host, port, backlog)
    else:
        # a sequence of hosts: every address of each
        listeners = []
        try:
            for h in dict.fromkeys(host):   # CPython binds each distinct address once
                listeners.extend(_tcp_listen(h, port, backlog))
        except BaseException:
            for sock in listeners:
                sock.close()
            raise
    return await _serve(loop, listeners, protocol_factory, backlog, start_serving)


async def _loop_create_unix_server(loop, protocol_factory, path=None, *,
                                   backlog=100, start_serving=True, **kwds):
    _check_kwds(kwds, _SERVER_KWDS, 'create_unix_server')
    sock = kwds.get('sock')
    if path is not None and sock is not None:
        raise ValueError('path and sock can not be specified at the same time')
    if sock is not None:
        import socket
        listener = _sock_listener(sock, socket.AF_UNIX, backlog)
    elif path is None:
        raise ValueError('path was not specified, and no sock specified')
    else:
        import os
        listener = _unix_listen(os.fspath(path), backlog)
    return await _serve(loop, [listener], protocol_factory, backlog, start_serving)


# -- the stream helpers (CPython's asyncio/streams.py) ----------------------------------------

async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """A wrapper for create_connection() returning a (reader, writer) pair."""
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwds)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def start_server(client_connected_cb, host=None, port=None, *,
                       limit=_DEFAULT_LIMIT, **kwds):
    """Start a socket server, call back for each client connected."""
    loop = get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        protocol = StreamReaderProtocol(reader, client_connected_cb, loop=loop)
        return protocol

    return await loop.create_server(factory, host, port, **kwds)


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Similar to `open_connection` but works with UNIX Domain Sockets."""
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_unix_connection(lambda: protocol, path, **kwds)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def start_unix_server(client_connected_cb, path=None, *,
                            limit=_DEFAULT_LIMIT, **kwds):
    """Similar to `start_server` but works with UNIX Domain Sockets."""
    loop = get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        return StreamReaderProtocol(reader, client_connected_cb, loop=loop)

    return await loop.create_unix_server(factory, path, **kwds)


class TransportSocket:
    """What Server.sockets and get_extra_info('socket') hold: a socket's addresses and
    descriptor (CPython's asyncio.trsock.TransportSocket, without the socket options)."""
    __module__ = 'asyncio.trsock'

    def __init__(self, sock):
        self._sock = sock

    @property
    def family(self):
        return self._sock.family

    @property
    def type(self):
        return 1  # SOCK_STREAM

    @property
    def proto(self):
        return 0 if self._sock.family == 1 else 6

    def fileno(self):
        return self._sock.fileno()

    def getsockname(self):
        return self._sock.getsockname()

    def getpeername(self):
        peer = getattr(self._sock, 'getpeername', None)
        if peer is None:
            raise OSError(107, 'Transport endpoint is not connected')
        return peer()

    def __repr__(self):
        s = (f"<asyncio.TransportSocket fd={self.fileno()}, family={self.family}, "
             f"type={self.type}, proto={self.proto}")
        if self.fileno() != -1:
            try:
                laddr = self.getsockname()
                if laddr:
                    s = f"{s}, laddr={laddr}"
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s = f"{s}, raddr={raddr}"
            except OSError:
                pass
        return f"{s}>"


class _ConnectionSocket:
    # A connected transport seen as the socket TransportSocket wraps.
    def __init__(self, transport):
        self._transport = transport
        name = transport.get_extra_info('sockname')
        self.family = 1 if isinstance(name, str) else 10 if name is not None and len(name) == 4 else 2

    def fileno(self):
        return self._transport._fileno()

    def getsockname(self):
        return self._transport.get_extra_info('sockname')

    def getpeername(self):
        return self._transport.get_extra_info('peername')


def _transport_socket(transport):
    # transport.get_extra_info('socket')
    return TransportSocket(_ConnectionSocket(transport))


class Server:
    """What start_server() returns (CPython's base_events.Server)."""
    __module__ = 'asyncio.base_events'

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _accept(self, transport):
        # A connection the listener accepted (scheduled by it, as CPython's
        # _accept_connection2): a protocol from the factory, then connection_made.
        protocol = self._protocol_factory()
        server = None
        if self._sockets is not None:
            self._attach()
            server = self
        transport._start(protocol, server)
        # CPython's transport schedules connection_made; an error in it (a plain
        # client_connected_cb that raises) is reported as any callback's.
        self._loop.call_soon(protocol.connection_made, transport)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.start(self._accept, self)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(TransportSocket(s) for s in self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            sock.close()
        self._serving = False
        if (self._serving_forever_fut is not None and
                not self._serving_forever_fut.done()):
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(
                f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class FlowControlMixin(Protocol):
    """Reusable flow control logic for StreamWriter.drain()."""
    __module__ = 'asyncio.streams'

    def __init__(self, loop=None):
        if loop is None:
            self._loop = _event_loop()
        else:
            self._loop = loop
        self._paused = False
        self._drain_waiters = []
        self._connection_lost = False

    def pause_writing(self):
        assert not self._paused
        self._paused = True

    def resume_writing(self):
        assert self._paused
        self._paused = False
        for waiter in self._drain_waiters:
            if not waiter.done():
                waiter.set_result(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        # Wake up the writer(s) if currently paused.
        if not self._paused:
            return
        for waiter in self._drain_waiters:
            if not waiter.done():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin):
    """Helper class to adapt between Protocol and StreamReader."""
    __module__ = 'asyncio.streams'

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._stream_reader = stream_reader
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._client_connected_cb = client_connected_cb
        self._closed = self._loop.create_future()

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._client_connected_cb is not None:
            self._stream_writer = StreamWriter(transport, self, reader, self._loop)
            res = self._client_connected_cb(reader, self._stream_writer)
            if iscoroutine(res):
                self._task = self._loop.create_task(res)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
                self._closed.exception()  # CPython's __del__ marks it retrieved
        super().connection_lost(exc)
        self._stream_reader = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_data(data)

    def eof_received(self):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_eof()
        return True

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    """Wraps a Transport: write(), writelines(), [can_]write_eof(), get_extra_info(),
    close(), and drain() for flow control."""
    __module__ = 'asyncio.streams'

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        # drain() expects that the reader has an exception() method
        assert reader is None or isinstance(reader, StreamReader)
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        """Flush the write buffer: `w.write(data); await w.drain()`."""
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            # Yield to the event loop so connection_lost() may be called.
            await sleep(0)
        await self._protocol._drain_helper()


class StreamReader:
    __module__ = 'asyncio.streams'

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        # The line length limit is a security feature;
        # it also doubles as half the buffer limit.
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        if loop is None:
            self._loop = _event_loop()
        else:
            self._loop = loop
        self._buffer = bytearray()
        self._eof = False    # Whether we're done.
        self._waiter = None  # A future used by _wait_for_data()
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        if self._paused:
            info.append('paused')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        """Wakeup read*() functions waiting for data or EOF."""
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        """Return True if the buffer is empty and 'feed_eof' was called."""
        return self._eof and not self._buffer

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if not data:
            return
        self._buffer.extend(data)
        self._wakeup_waiter()
        if (self._transport is not None and
                not self._paused and
                len(self._buffer) > 2 * self._limit):
            try:
                self._transport.pause_reading()
            except NotImplementedError:
                self._transport = None
            else:
                self._paused = True

    async def _wait_for_data(self, func_name):
        """Wait until feed_data() or feed_eof() is called; resume a paused stream."""
        if self._waiter is not None:
            raise RuntimeError(
                f'{func_name}() called while another coroutine is '
                f'already waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        # Waiting for data while paused will make deadlock, so prevent it.
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        """Read chunk of data from the stream until newline (b'\\n') is found."""
        sep = b'\n'
        seplen = len(sep)
        try:
            line = await self.readuntil(sep)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):
                del self._buffer[:e.consumed + seplen]
            else:
                self._buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        """Read data from the stream until ``separator`` is found."""
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        # `offset` is the number of bytes from the beginning of the buffer
        # where there is no occurrence of `separator`.
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError(
                        'Separator is not found, and chunk exceed the limit',
                        offset)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if isep > self._limit:
            raise LimitOverrunError(
                'Separator is found, but chunk is longer than limit', isep)
        chunk = self._buffer[:isep + seplen]
        del self._buffer[:isep + seplen]
        self._maybe_resume_transport()
        return bytes(chunk)

    async def read(self, n=-1):
        """Read up to `n` bytes from the stream (all of it until EOF if n < 0)."""
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        # This will work right even if buffer is less than n bytes
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        """Read exactly `n` bytes; IncompleteReadError if EOF comes first."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                incomplete = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly')
        if len(self._buffer) == n:
            data = bytes(self._buffer)
            self._buffer.clear()
        else:
            data = bytes(self._buffer[:n])
            del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val


def __getattr__(name):
    # the loop's descriptor and sock_* methods live in _asyncio_sockets, loaded on first use
    if name.startswith('_loop_'):
        import _asyncio_sockets
        try:
            return getattr(_asyncio_sockets, name)
        except AttributeError:
            pass
    raise AttributeError(f"module '_asyncio_streams' has no attribute '{name}'")
