"""faulthandler: dump the Python tracebacks on demand, after a timeout or on a signal.

aw: CPython's API, written in Python. dump_traceback, dump_traceback_later and register print
what CPython's print ("Current thread 0x... (most recent call first):" and one line per frame);
enable() only records that it was called: aw installs no handler for fatal signals (SIGSEGV,
SIGFPE, SIGABRT, SIGBUS, SIGILL), which it reports as the OS does.
"""

import sys

__all__ = ["cancel_dump_traceback_later", "disable", "dump_traceback", "dump_traceback_later",
           "enable", "is_enabled", "register", "unregister"]

_enabled = False
_later = None          # the Timer of dump_traceback_later
_registered = {}       # signum -> the previous handler


def _stream(file):
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file
    fileno = getattr(file, "fileno", None)
    if fileno is None:
        raise AttributeError("'%s' object has no attribute 'fileno'" % type(file).__name__)
    fd = fileno()
    if fd < 0:
        raise ValueError("file is not a valid file descriptor")
    flush = getattr(file, "flush", None)
    if flush is not None:
        flush()
    return fd


def _write_stack(fd, frame, header):
    import os
    lines = [header]
    depth = 0
    while frame is not None and depth < 100:
        code = frame.f_code
        lines.append('  File "%s", line %s in %s\n' % (code.co_filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
        depth += 1
    if frame is not None:
        lines.append("  ...\n")
    os.write(fd, "".join(lines).encode("utf-8", "backslashreplace"))


def dump_traceback(file=None, all_threads=True):
    """Writes the traceback of the current thread (all_threads: with its id) to file."""
    fd = _stream(file)
    import _thread
    frame = sys._getframe(1)
    if all_threads:
        header = "Current thread 0x%016x (most recent call first):\n" % _thread.get_ident()
    else:
        header = "Stack (most recent call first):\n"
    _write_stack(fd, frame, header)


def enable(file=None, all_threads=True):
    """Records that the fault handler is on (aw: see the module docstring)."""
    global _enabled
    _stream(file)
    _enabled = True


def disable():
    """Turns the fault handler off; returns whether it was on."""
    global _enabled
    was, _enabled = _enabled, False
    return was


def is_enabled():
    return _enabled


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """After timeout seconds (again and again with repeat), dumps the main thread's traceback
    to file, then ends the process with status 1 if exit is true."""
    global _later
    timeout = float(timeout)
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    fd = _stream(file)
    cancel_dump_traceback_later()
    import threading

    def fire():
        global _later
        frame = sys._current_frames().get(threading.main_thread().ident) if hasattr(sys, "_current_frames") else None
        header = "Timeout (%d:%02d:%02d)!\n" % (timeout // 3600, timeout // 60 % 60, timeout % 60)
        _write_stack(fd, frame, header + "Thread 0x%016x (most recent call first):\n" % threading.main_thread().ident)
        if exit:
            import os
            os._exit(1)
        if repeat:
            _later = threading.Timer(timeout, fire)
            _later.daemon = True
            _later.start()
    _later = threading.Timer(timeout, fire)
    _later.daemon = True
    _later.start()


def cancel_dump_traceback_later():
    """Cancels the pending dump_traceback_later."""
    global _later
    if _later is not None:
        _later.cancel()
        _later = None


def register(signum, file=None, all_threads=True, chain=False):
    """On signal signum, dumps the traceback of the thread it interrupts to file."""
    import signal
    fd = _stream(file)
    if signum in (signal.SIGSEGV, signal.SIGFPE, signal.SIGABRT, signal.SIGBUS, signal.SIGILL):
        raise RuntimeError("signal %d cannot be registered, use enable() instead" % signum)

    def handler(sig, frame):
        import _thread
        header = ("Current thread 0x%016x (most recent call first):\n" % _thread.get_ident()
                  if all_threads else "Stack (most recent call first):\n")
        _write_stack(fd, frame, header)
        previous = _registered.get(sig)
        if chain and callable(previous):
            previous(sig, frame)
    previous = signal.signal(signum, handler)
    _registered.setdefault(signum, previous)


def unregister(signum):
    """Restores the handler signum had before register(); returns whether there was one."""
    import signal
    if signum not in _registered:
        return False
    signal.signal(signum, _registered.pop(signum))
    return True
