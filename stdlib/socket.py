"""socket: BSD sockets, CPython's socket module over aw's _socket (stdlib/socket.c).

The socket class owns a file descriptor and keeps its family, type, protocol and timeout;
_socket does the system calls, releasing the GIL while it waits. Host names are resolved here
(getaddrinfo) before bind/connect/sendto, so _socket sees numeric addresses only. Differences
from CPython: makefile() writes through to the socket at once (CPython buffers until flush),
and text files read by makefile() turn '\\r\\n' into '\\n' but a lone '\\r' stays as it is.
"""

import _socket
import os as _os
import sys as _sys
from enum import IntEnum, IntFlag
from io import IOBase

error = OSError
timeout = TimeoutError
has_ipv6 = True


class herror(OSError):
    pass


from _asyncio import _gaierror as gaierror   # the class asyncio's streams raise too


for _name in dir(_socket):
    if _name.isupper():
        globals()[_name] = getattr(_socket, _name)


def _enum(cls, name, prefixes, exclude=()):
    members = {n: getattr(_socket, n) for n in dir(_socket)
               if n.startswith(prefixes) and n.isupper() and n not in exclude}
    members = dict(sorted(members.items(), key=lambda kv: kv[1]))
    return cls(name, members, module=__name__)


AddressFamily = _enum(IntEnum, 'AddressFamily', ('AF_',))
SocketKind = _enum(IntEnum, 'SocketKind', ('SOCK_',))
MsgFlag = _enum(IntFlag, 'MsgFlag', ('MSG_',))
AddressInfo = _enum(IntFlag, 'AddressInfo', ('AI_',))
for _cls in (AddressFamily, SocketKind, MsgFlag, AddressInfo):
    globals().update(_cls.__members__)
del _cls, _name

_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _timeout_value(value):
    if value is None:
        return None
    if isinstance(value, float):
        seconds = value
    elif hasattr(type(value), '__float__') and not isinstance(value, (str, bytes)):
        seconds = float(value)
    else:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    if seconds != seconds or seconds < 0:
        raise ValueError("Timeout value out of range")
    return seconds


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _timeout_value(timeout)


def _is_numeric_host(host, family):
    if host in ('', '<broadcast>'):
        return True
    try:
        _socket.inet_pton(family, host)
        return True
    except OSError:
        return False


class socket:
    """A network socket: socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        self._fd = -1
        self._closed = False
        self._io_refs = 0
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fd = _socket.socket(family, type, proto)
        else:
            if not isinstance(fileno, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % fileno.__class__.__name__)
            if fileno < 0:
                raise ValueError("negative file descriptor")
            fd = fileno
            f, t, p = _socket.describe(fd)
            if family == -1:
                family = f
            if type == -1:
                type = t
            if proto == -1:
                proto = p
        self._fd = fd
        self._family = family
        self._type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = proto
        self._timeout = None
        if type & SOCK_NONBLOCK:
            self.settimeout(0.0)
        elif _default_timeout is not None:
            self.settimeout(_default_timeout)

    # -- identity -------------------------------------------------------------------------

    @property
    def family(self):
        return _intenum_converter(self._family, AddressFamily)

    @property
    def type(self):
        return _intenum_converter(self._type, SocketKind)

    @property
    def proto(self):
        return self._proto

    def fileno(self):
        return self._fd

    def __repr__(self):
        closed = self._closed
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__, " [closed]" if closed else "",
            self._fd, self.family, self.type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except error:
                pass
        return s + '>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    # -- life -----------------------------------------------------------------------------

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __del__(self):
        if self._fd >= 0 and not self._closed:
            try:
                _socket.close(self._fd)
            except OSError:
                pass
            self._fd = -1

    def _real_close(self):
        fd, self._fd = self._fd, -1
        if fd >= 0:
            _socket.close(fd)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def detach(self):
        self._closed = True
        fd, self._fd = self._fd, -1
        return fd

    def dup(self):
        fd = _os.dup(self._fd)
        sock = self.__class__(self._family, self._type, self._proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    # -- timeouts -------------------------------------------------------------------------

    def settimeout(self, value):
        seconds = _timeout_value(value)
        if self._fd >= 0:
            _socket.setblocking(self._fd, seconds is None)
        self._timeout = seconds

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    # -- addresses ------------------------------------------------------------------------

    def _address(self, address):
        if self._family in (AF_INET, AF_INET6) and isinstance(address, tuple) and len(address) >= 2:
            host = address[0]
            if isinstance(host, (bytes, bytearray)):
                host = host.decode('ascii')
            if isinstance(host, str) and not _is_numeric_host(host, self._family):
                port = address[1]
                infos = getaddrinfo(host, port if isinstance(port, int) else None, self._family, self._type)
                return (infos[0][4][0],) + tuple(address[1:])
            if host is not address[0]:
                return (host,) + tuple(address[1:])
        return address

    def bind(self, address):
        _socket.bind(self._fd, self._family, self._address(address))

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        _socket.listen(self._fd, backlog)

    def getsockname(self):
        return _socket.getsockname(self._fd)

    def getpeername(self):
        return _socket.getpeername(self._fd)

    def setsockopt(self, level, optname, value, optlen=None):
        if value is None and optlen is not None:
            value = bytes(optlen)
        _socket.setsockopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname, buflen=0):
        return _socket.getsockopt(self._fd, level, optname, buflen)

    # -- connections ----------------------------------------------------------------------

    def accept(self):
        fd, addr = _socket.accept(self._fd, self._timeout)
        sock = socket(self._family, self._type, self._proto, fileno=fd)
        if _default_timeout is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def connect(self, address):
        _socket.connect(self._fd, self._family, self._address(address), self._timeout, True)

    def connect_ex(self, address):
        return _socket.connect(self._fd, self._family, self._address(address), self._timeout, False)

    def shutdown(self, how):
        _socket.shutdown(self._fd, how)

    # -- data -----------------------------------------------------------------------------

    def send(self, data, flags=0):
        return _socket.send(self._fd, data, flags, self._timeout)

    def sendall(self, data, flags=0):
        _socket.sendall(self._fd, data, flags, self._timeout)

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            flags, address = 0, flags_or_address
        else:
            flags = flags_or_address
        return _socket.sendto(self._fd, data, flags, self._family, self._address(address), self._timeout)

    def recv(self, bufsize, flags=0):
        return _socket.recv(self._fd, bufsize, flags, self._timeout, False)

    def recvfrom(self, bufsize, flags=0):
        return _socket.recv(self._fd, bufsize, flags, self._timeout, True)

    def recv_into(self, buffer, nbytes=0, flags=0):
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        if nbytes == 0:
            nbytes = len(buffer)
        elif nbytes > len(buffer):
            raise ValueError("buffer too small for requested bytes")
        data = self.recv(nbytes, flags)
        buffer[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        if nbytes == 0:
            nbytes = len(buffer)
        data, addr = self.recvfrom(nbytes, flags)
        buffer[:len(data)] = data
        return len(data), addr

    def sendfile(self, file, offset=0, count=None):
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError("file should be opened in binary mode")
        if offset:
            file.seek(offset)
        total = 0
        while count is None or total < count:
            size = 8192 if count is None else min(8192, count - total)
            data = file.read(size)
            if not data:
                break
            self.sendall(data)
            total += len(data)
        if hasattr(file, 'seek'):
            file.seek(offset + total)
        return total

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        return SocketFile(self, mode, encoding, errors, newline)


SocketType = socket


class SocketFile(IOBase):
    """What socket.makefile() returns: a binary or text file over the socket."""

    def __init__(self, sock, mode, encoding, errors, newline):
        self._sock = sock
        self._binary = 'b' in mode
        self._reading = 'r' in mode
        self._writing = 'w' in mode
        if not self._reading and not self._writing:
            self._reading = True
        self.mode = mode if self._binary else mode.replace('b', '')
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self._newline = newline
        self._buf = b''
        self._eof = False
        sock._io_refs += 1

    @property
    def name(self):
        return self._sock.fileno()

    @property
    def encoding(self):
        if self._binary:
            raise AttributeError("'SocketFile' object has no attribute 'encoding'")
        return self._encoding

    def fileno(self):
        self._check_closed()
        return self._sock.fileno()

    def readable(self):
        self._check_closed()
        return self._reading

    def writable(self):
        self._check_closed()
        return self._writing

    def seekable(self):
        return False

    def _fill(self):
        if self._eof:
            return False
        chunk = self._sock.recv(8192)
        if not chunk:
            self._eof = True
            return False
        self._buf += chunk
        return True

    def _out(self, data):
        if self._binary:
            return data
        text = data.decode(self._encoding, self._errors)
        if self._newline is None:
            text = text.replace('\r\n', '\n')
        return text

    def read(self, size=-1):
        self._check_closed()
        if not self._reading:
            raise OSError("File not open for reading")
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b''
        else:
            while len(self._buf) < size and self._fill():
                pass
            data, self._buf = self._buf[:size], self._buf[size:]
        return self._out(data)

    def readline(self, size=-1):
        self._check_closed()
        if not self._reading:
            raise OSError("File not open for reading")
        while True:
            end = self._buf.find(b'\n')
            if end >= 0:
                end += 1
                break
            if size is not None and 0 <= size <= len(self._buf):
                end = size
                break
            if not self._fill():
                end = len(self._buf)
                break
        if size is not None and 0 <= size < end:
            end = size
        data, self._buf = self._buf[:end], self._buf[end:]
        return self._out(data)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, data):
        self._check_closed()
        if not self._writing:
            raise OSError("File not open for writing")
        if self._binary:
            if isinstance(data, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            self._sock.sendall(data)
            return len(data)
        if not isinstance(data, str):
            raise TypeError("write() argument must be str, not %s" % type(data).__name__)
        text = data
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._sock.sendall(text.encode(self._encoding, self._errors))
        return len(data)

    def flush(self):
        self._check_closed()

    def close(self):
        if self.closed:
            return
        IOBase.close(self)
        self._sock._decref_socketios()
        self._sock = _ClosedSocket

    def __repr__(self):
        return "<socket.SocketFile mode=%r>" % (self.mode,)


class _ClosedSocketType:
    def fileno(self):
        return -1

    def _decref_socketios(self):
        pass


_ClosedSocket = _ClosedSocketType()


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def fromfd(fd, family, type, proto=0):
    return socket(family, type, proto, _os.dup(fd))


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    host, port = address
    exceptions = []
    for af, socktype, proto, canonname, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except error as exc:
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if exceptions:
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions = []
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        try:
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        except error:
            pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if isinstance(host, (bytes, bytearray)):
        host = host.decode('ascii')
    elif host is not None and not isinstance(host, str):
        raise TypeError("getaddrinfo() argument 1 must be string or None")
    if isinstance(port, int):
        port = str(port)
    elif isinstance(port, (bytes, bytearray)):
        port = port.decode('ascii')
    elif port is not None and not isinstance(port, str):
        raise OSError("Int or String expected")
    r = _socket.getaddrinfo(host, port, family, type, proto, flags)
    if isinstance(r, tuple):
        raise gaierror(*r)
    return [(_intenum_converter(af, AddressFamily), _intenum_converter(st, SocketKind), pr, cn, sa)
            for af, st, pr, cn, sa in r]


def gethostname():
    return _socket.gethostname()


def gethostbyname(hostname):
    return getaddrinfo(hostname, None, AF_INET, SOCK_STREAM)[0][4][0]


def gethostbyname_ex(hostname):
    infos = getaddrinfo(hostname, None, AF_INET, SOCK_STREAM, 0, AI_CANONNAME)
    name = infos[0][3] or hostname
    addrs = []
    for info in infos:
        if info[4][0] not in addrs:
            addrs.append(info[4][0])
    return name, [], addrs


def getnameinfo(sockaddr, flags):
    if not isinstance(sockaddr, tuple) or len(sockaddr) < 2:
        raise TypeError("getnameinfo() argument 1 must be a tuple")
    host = sockaddr[0]
    family = AF_INET6 if ':' in host else AF_INET
    if not _is_numeric_host(host, family):
        host = gethostbyname(host)
    r = _socket.getnameinfo((host,) + tuple(sockaddr[1:]), family, flags)
    if isinstance(r[0], int):
        raise gaierror(*r)
    return r


def gethostbyaddr(ip_address):
    family = AF_INET6 if ':' in ip_address else AF_INET
    if not _is_numeric_host(ip_address, family):
        ip_address = gethostbyname(ip_address)
    r = _socket.getnameinfo((ip_address, 0), family, NI_NAMEREQD)
    if isinstance(r[0], int):
        raise herror(1, 'Unknown host')
    return r[0], [], [ip_address]


def getfqdn(name=''):
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        pass
    else:
        aliases.insert(0, hostname)
        for name in aliases:
            if '.' in name:
                break
        else:
            name = hostname
    return name


def inet_pton(address_family, ip_string):
    return _socket.inet_pton(address_family, ip_string)


def inet_ntop(address_family, packed_ip):
    return _socket.inet_ntop(address_family, packed_ip)


def inet_aton(ip_string):
    """The packed form of an IPv4 address, with the C library's legacy forms ('127.1')."""
    if not isinstance(ip_string, str):
        raise TypeError("inet_aton() argument 1 must be str, not %s" % type(ip_string).__name__)
    parts = ip_string.split('.')
    try:
        if not 1 <= len(parts) <= 4 or ip_string.endswith('.') and len(parts) > 1 and parts[-1] == '':
            raise ValueError
        nums = [_legacy_number(p) for p in parts]
        limits = [(1 << 32) - 1] if len(nums) == 1 else [255] * (len(nums) - 1) + [(1 << (8 * (5 - len(nums)))) - 1]
        if any(n > lim for n, lim in zip(nums, limits)):
            raise ValueError
    except ValueError:
        raise OSError("illegal IP address string passed to inet_aton") from None
    value = 0
    for n in nums[:-1]:
        value = value << 8 | n
    value = value << (8 * (5 - len(nums))) | nums[-1]
    return value.to_bytes(4, 'big')


def _legacy_number(part):
    if part[:2] in ('0x', '0X'):
        return int(part[2:], 16)
    if len(part) > 1 and part[0] == '0':
        return int(part[1:], 8)
    if not part.isdigit():
        raise ValueError
    return int(part)


def inet_ntoa(packed_ip):
    if not isinstance(packed_ip, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(packed_ip).__name__)
    if len(packed_ip) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return '.'.join(str(b) for b in bytes(packed_ip))


def _swap(x, bits, name):
    if not isinstance(x, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    if x < 0:
        if bits == 32:
            raise OverflowError("can't convert negative value to unsigned int")
        raise OverflowError("%s: can't convert negative Python int to C %d-bit unsigned integer" % (name, bits))
    if x >> bits:
        if bits == 32:
            raise OverflowError("int larger than 32 bits")
        raise OverflowError("%s: Python int too large to convert to C %d-bit unsigned integer" % (name, bits))
    if _sys.byteorder == 'big':
        return x
    return int.from_bytes(x.to_bytes(bits // 8, 'little'), 'big')


def htons(x):
    return _swap(x, 16, 'htons')


def ntohs(x):
    return _swap(x, 16, 'ntohs')


def htonl(x):
    return _swap(x, 32, 'htonl')


def ntohl(x):
    return _swap(x, 32, 'ntohl')
