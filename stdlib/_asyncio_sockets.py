"""The event loop's descriptor and socket methods: add_reader/remove_reader, add_writer/
remove_writer, sock_recv/sock_recv_into/sock_recvfrom/sock_recvfrom_into, sock_sendall/sock_sendto, sock_accept,
sock_connect, getaddrinfo and getnameinfo, as CPython 3.11's selector_events.py and
base_events.py write them (in debug mode a blocking socket is refused with ValueError).

A descriptor's readiness comes from a native watcher (_asyncio._fd_watch, libuv poll handles):
level-triggered, one callback per loop iteration while the descriptor is ready, as a selector
loop gives. The sock_* coroutines try the call at once and otherwise wait for readiness, so a
socket must be non-blocking. getaddrinfo and
getnameinfo run the socket module's functions on the default executor, as CPython does.
"""

import errno as _errno
import os as _os
import socket as _socket
from _asyncio import _fd_watch
from selectors import _fileobj_to_fd   # as CPython's selector loop does

_READ, _WRITE = 1, 2


def _format_callback(cb, args):
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None) or repr(cb)
    text = '%s(%s)' % (name, ', '.join(repr(a) for a in args))
    code = getattr(cb, '__code__', None)
    if code is not None:
        text += ' at %s:%s' % (code.co_filename, code.co_firstlineno)
    return text


class _Entry:
    """What one descriptor is watched for: its watcher and the reader and writer callbacks."""

    def __init__(self, loop, fd):
        self.loop = loop
        self.reader = None   # (callback, args)
        self.writer = None
        self.watcher = _fd_watch(loop, fd, 0, self.ready)

    def mask(self):
        return (_READ if self.reader else 0) | (_WRITE if self.writer else 0)

    def ready(self, events):
        for kind, wanted in ((_READ, self.reader), (_WRITE, self.writer)):
            if wanted and events & kind:
                callback, args = wanted
                try:
                    callback(*args)
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc:
                    self.loop.call_exception_handler({
                        'message': 'Exception in callback ' + _format_callback(callback, args),
                        'exception': exc,
                    })


def _entries(loop):
    entries = loop.__dict__.get('_aw_fd_entries')
    if entries is None:
        entries = loop.__dict__['_aw_fd_entries'] = {}
    return entries


def _check(loop):
    if loop.is_closed():
        raise RuntimeError('Event loop is closed')


def _add(loop, fd, kind, callback, args):
    _check(loop)
    fd = _fileobj_to_fd(fd)
    entries = _entries(loop)
    entry = entries.get(fd)
    if entry is None:
        entry = entries[fd] = _Entry(loop, fd)
    if kind == _READ:
        entry.reader = (callback, args)
    else:
        entry.writer = (callback, args)
    entry.watcher.set(entry.mask())


def _remove(loop, fd, kind):
    if loop.is_closed():
        return False
    fd = _fileobj_to_fd(fd)
    entries = _entries(loop)
    entry = entries.get(fd)
    if entry is None or not (entry.reader if kind == _READ else entry.writer):
        return False
    if kind == _READ:
        entry.reader = None
    else:
        entry.writer = None
    if entry.mask():
        entry.watcher.set(entry.mask())
    else:
        entry.watcher.close()
        del entries[fd]
    return True


def _remove_own(loop, fd, kind, callback):
    # A sock_* call's cleanup, unless another call took the descriptor over meanwhile (a
    # cancelled call's cleanup runs after the next call registered: CPython's check of its
    # handle's cancelled()).
    entry = _entries(loop).get(fd) if not loop.is_closed() else None
    wanted = entry and (entry.reader if kind == _READ else entry.writer)
    if wanted and wanted[0] is callback:
        _remove(loop, fd, kind)


def _loop_add_reader(loop, fd, callback, *args):
    _add(loop, fd, _READ, callback, args)


def _loop_remove_reader(loop, fd):
    return _remove(loop, fd, _READ)


def _loop_add_writer(loop, fd, callback, *args):
    _add(loop, fd, _WRITE, callback, args)


def _loop_remove_writer(loop, fd):
    return _remove(loop, fd, _WRITE)


def _check_nonblocking(loop, sock):
    if loop.get_debug() and sock.gettimeout() != 0:   # CPython checks in debug mode only
        raise ValueError("the socket must be non-blocking")


async def _wait_then(loop, sock, kind, attempt):
    """attempt() now, or each time sock is ready, until it stops raising BlockingIOError."""
    try:
        return attempt()
    except (BlockingIOError, InterruptedError):
        pass
    fut = loop.create_future()
    fd = sock.fileno()

    def on_ready():
        if fut.done():
            return
        try:
            result = attempt()
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(result)

    _add(loop, fd, kind, on_ready, ())
    try:
        return await fut
    finally:
        _remove_own(loop, fd, kind, on_ready)


async def _loop_sock_recv(loop, sock, n):
    _check_nonblocking(loop, sock)
    return await _wait_then(loop, sock, _READ, lambda: sock.recv(n))


async def _loop_sock_recvfrom_into(loop, sock, buf, nbytes=0):
    _check_nonblocking(loop, sock)
    if not nbytes:
        nbytes = len(buf)
    return await _wait_then(loop, sock, _READ, lambda: sock.recvfrom_into(buf, nbytes))


async def _loop_sock_recv_into(loop, sock, buf):
    _check_nonblocking(loop, sock)
    return await _wait_then(loop, sock, _READ, lambda: sock.recv_into(buf))


async def _loop_sock_recvfrom(loop, sock, bufsize):
    _check_nonblocking(loop, sock)
    return await _wait_then(loop, sock, _READ, lambda: sock.recvfrom(bufsize))


async def _loop_sock_sendto(loop, sock, data, address):
    _check_nonblocking(loop, sock)
    return await _wait_then(loop, sock, _WRITE, lambda: sock.sendto(data, address))


async def _loop_sock_sendall(loop, sock, data):
    _check_nonblocking(loop, sock)
    view = memoryview(bytes(data) if not isinstance(data, (bytes, bytearray, memoryview)) else data)
    sent = 0
    while sent < len(view):
        sent += await _wait_then(loop, sock, _WRITE, lambda: sock.send(view[sent:]))


async def _loop_sock_accept(loop, sock):
    _check_nonblocking(loop, sock)

    def attempt():
        conn, address = sock.accept()
        conn.setblocking(False)
        return conn, address
    return await _wait_then(loop, sock, _READ, attempt)


async def _loop_sock_connect(loop, sock, address):
    _check_nonblocking(loop, sock)
    if sock.family != _socket.AF_UNIX and not _socket._is_numeric_host(address[0], sock.family):
        host, port = address[:2]
        infos = await _loop_getaddrinfo(loop, host, port, family=sock.family, type=sock.type, proto=sock.proto)
        address = infos[0][4]
    err = sock.connect_ex(address)
    if err in (0, _errno.EISCONN):
        return None
    if err not in (_errno.EINPROGRESS, _errno.EWOULDBLOCK, _errno.EINTR):
        raise OSError(err, _os.strerror(err))

    def attempt():
        err = sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_ERROR)
        if err != 0:
            raise OSError(err, f'Connect call failed {address}')
        return None
    fut = loop.create_future()
    fd = sock.fileno()

    def on_writable():
        if not fut.done():
            try:
                fut.set_result(attempt())
            except OSError as exc:
                fut.set_exception(exc)
    _add(loop, fd, _WRITE, on_writable, ())
    try:
        return await fut
    finally:
        _remove_own(loop, fd, _WRITE, on_writable)


async def _loop_getaddrinfo(loop, host, port, *, family=0, type=0, proto=0, flags=0):
    return await loop.run_in_executor(None, _socket.getaddrinfo, host, port, family, type, proto, flags)


async def _loop_getnameinfo(loop, sockaddr, flags=0):
    return await loop.run_in_executor(None, _socket.getnameinfo, sockaddr, flags)
