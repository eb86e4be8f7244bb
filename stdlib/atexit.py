"""atexit: functions to run when the interpreter exits normally (after the program, an
uncaught exception or sys.exit(), and after the non-daemon threads were joined), last
registered first. aw's `aw` command calls _run_exitfuncs() at exit (repl/main.c)."""

_exithandlers = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination

    func - function to be called at exit
    args - optional arguments to pass to func
    kwargs - optional keyword arguments to pass to func

    func is returned to facilitate usage as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered using
    atexit.register

    func - function to be unregistered"""
    _exithandlers[:] = [h for h in _exithandlers if not (h[0] == func)]


def _clear():
    """Clear the list of previously registered exit functions."""
    _exithandlers.clear()


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_exithandlers)


def _run_exitfuncs():
    """Run all registered exit functions.

    If a callback raises an exception, it is logged with sys.unraisablehook."""
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            from _weakref import _unraisable
            exc.__traceback__ = exc.__traceback__.tb_next   # not this frame
            _unraisable("Exception ignored in atexit callback", func, exc)
