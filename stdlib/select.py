"""select: waiting for I/O readiness, over aw's _select.poll (stdlib/select.c).

select.select and select.poll as in CPython on Linux; epoll and devpoll are not provided
(selectors.DefaultSelector uses poll).
"""

import _select
from _select import (POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL, POLLRDNORM, POLLRDBAND,
                     POLLWRNORM, POLLWRBAND, POLLMSG, POLLRDHUP)

error = OSError


def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    elif hasattr(obj, 'fileno'):
        fd = obj.fileno()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    else:
        raise TypeError("argument must be an int, or have a fileno() method.")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def select(rlist, wlist, xlist, timeout=None):
    """Waits until one or more file descriptors are ready for some kind of I/O."""
    if timeout is None:
        ms = -1
    else:
        if not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be a float or None")
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
        ms = int(timeout * 1000 + 0.999999)
    lists = [list(rlist), list(wlist), list(xlist)]
    masks = (POLLIN, POLLOUT, POLLPRI)
    wanted = {}
    objects = []
    for objs, mask in zip(lists, masks):
        fds = []
        for obj in objs:
            fd = _fileno(obj)
            wanted[fd] = wanted.get(fd, 0) | mask
            fds.append(fd)
        objects.append(list(zip(objs, fds)))
    ready = dict(_select.poll(list(wanted.items()), ms))
    read_ok = POLLIN | POLLHUP | POLLERR
    write_ok = POLLOUT | POLLERR
    oks = (read_ok, write_ok, POLLPRI)
    for fd, ev in ready.items():
        if ev & POLLNVAL:
            raise OSError(9, 'Bad file descriptor')
    return tuple([obj for obj, fd in pairs if ready.get(fd, 0) & ok]
                 for pairs, ok in zip(objects, oks))


class poll:
    """A set of file descriptors to wait on: register, modify, unregister, poll."""

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._fds[_fileno(fd)] = eventmask

    def modify(self, fd, eventmask):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        self._fds[fd] = eventmask

    def unregister(self, fd):
        del self._fds[_fileno(fd)]

    def poll(self, timeout=None):
        if timeout is None:
            ms = -1
        else:
            if not isinstance(timeout, (int, float)):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(timeout).__name__)
            ms = -1 if timeout < 0 else int(timeout + 0.999999) if isinstance(timeout, float) else timeout
        return _select.poll(list(self._fds.items()), ms)
