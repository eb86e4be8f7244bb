"""signal: CPython 3.11's Lib/signal.py over aw's native _signal (stdlib/signal.c).

Handlers run in the main thread at the VM's next safe point after the signal arrives, as in
CPython. Provided: signal, getsignal, default_int_handler, raise_signal, alarm, pause,
strsignal, valid_signals, setitimer/getitimer (ItimerError), the SIG* and ITIMER_* constants
and the Signals/Handlers/Sigmasks enums. Not provided (SPEC.md): siginterrupt, set_wakeup_fd,
pthread_kill, pthread_sigmask, sigwait, sigpending.
"""
import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()

Signals = _IntEnum('Signals', {name: value for name, value in vars(_signal).items()
                               if name.isupper() and name.startswith('SIG') and not name.startswith('SIG_')})
Handlers = _IntEnum('Handlers', {'SIG_DFL': _signal.SIG_DFL, 'SIG_IGN': _signal.SIG_IGN})
Sigmasks = _IntEnum('Sigmasks', {'SIG_BLOCK': _signal.SIG_BLOCK, 'SIG_UNBLOCK': _signal.SIG_UNBLOCK,
                                 'SIG_SETMASK': _signal.SIG_SETMASK})
for _enum in (Signals, Handlers, Sigmasks):
    for _member in _enum:
        _globals[_member.name] = _member
del _enum, _member
for _cls in (Signals, Handlers, Sigmasks):
    _cls.__module__ = 'signal'
del _cls


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member.
    If it's not a known member, return the value itself.
    """
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """Convert an IntEnum member to a numeric value.
    If it's not an IntEnum member return the value itself.
    """
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


default_int_handler = _signal.default_int_handler


class ItimerError(OSError):
    pass


ItimerError.__name__ = ItimerError.__qualname__ = 'itimer_error'   # CPython's names
ItimerError.__module__ = 'signal'


def setitimer(*args, **kwargs):
    """Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."""
    try:
        return _signal.setitimer(*args, **kwargs)
    except OSError as e:
        raise ItimerError(e.errno, e.strerror) from None


def getitimer(*args, **kwargs):
    """Returns current value of given itimer."""
    try:
        return _signal.getitimer(*args, **kwargs)
    except OSError as e:
        raise ItimerError(e.errno, e.strerror) from None
