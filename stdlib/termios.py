"""termios: POSIX tty control (CPython 3.11's termios module, over the posix module's
_tc* primitives in stdlib/os_termios.c).

tcgetattr returns [iflag, oflag, cflag, lflag, ispeed, ospeed, cc] with cc a list of
one-byte bytes objects, except cc[VMIN] and cc[VTIME], which are ints when ICANON is off,
as CPython's. Failures raise termios.error(errno, strerror). Difference: tcgetwinsize and
tcsetwinsize are not provided.
"""

import posix as _posix

for _name in dir(_posix):
    if _name.startswith('_TC_'):
        globals()[_name[4:]] = getattr(_posix, _name)
del _name


class error(Exception):
    pass


def _fd(fd):
    if isinstance(fd, int):
        if fd < 0:
            raise ValueError('file descriptor cannot be a negative integer (%d)' % fd)
        return fd
    try:
        fileno = fd.fileno
    except AttributeError:
        raise TypeError('argument must be an int, or have a fileno() method.') from None
    fd = fileno()
    if not isinstance(fd, int):
        raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError('file descriptor cannot be a negative integer (%d)' % fd)
    return fd


def _call(f, *args):
    try:
        return f(*args)
    except OSError as e:
        raise error(e.errno, e.strerror) from None


def tcgetattr(fd, /):
    """Get the tty attributes for file descriptor fd."""
    iflag, oflag, cflag, lflag, ispeed, ospeed, cc = _call(_posix._tcgetattr, _fd(fd))
    chars = [cc[i:i + 1] for i in range(len(cc))]
    if not lflag & ICANON:
        chars[VMIN] = cc[VMIN]
        chars[VTIME] = cc[VTIME]
    return [iflag, oflag, cflag, lflag, ispeed, ospeed, chars]


def tcsetattr(fd, when, attributes, /):
    """Set the tty attributes for file descriptor fd."""
    fd = _fd(fd)
    if not isinstance(attributes, list) or len(attributes) != 7:
        raise TypeError('tcsetattr, arg 3: must be 7 element list')
    _call(_posix._tcgetattr, fd)    # CPython reads the old settings before checking cc
    iflag, oflag, cflag, lflag, ispeed, ospeed, cc = attributes
    if not isinstance(cc, list) or len(cc) != NCCS:
        raise TypeError('tcsetattr: attributes[6] must be %d element list' % NCCS)
    raw = bytearray()
    for c in cc:
        if isinstance(c, bytes) and len(c) == 1:
            raw += c
        elif isinstance(c, int):
            raw.append(c)
        else:
            raise TypeError('tcsetattr: elements of attributes must be characters or integers')
    _call(_posix._tcsetattr, fd, when, iflag, oflag, cflag, lflag, ispeed, ospeed, bytes(raw))


def tcsendbreak(fd, duration, /):
    """Send a break on file descriptor fd."""
    _call(_posix._tcsendbreak, _fd(fd), duration)


def tcdrain(fd, /):
    """Wait until all output written to file descriptor fd has been transmitted."""
    _call(_posix._tcdrain, _fd(fd))


def tcflush(fd, queue, /):
    """Discard queued data on file descriptor fd."""
    _call(_posix._tcflush, _fd(fd), queue)


def tcflow(fd, action, /):
    """Suspend or resume input or output on file descriptor fd."""
    _call(_posix._tcflow, _fd(fd), action)
