"""contextvars: context variables (PEP 567) — ContextVar, Token, Context, copy_context.

aw: written in Python after CPython 3.11's _contextvars (messages and reprs are its). A
Context keeps an immutable snapshot dict (copy on set), so copy() is O(1) and a copy never
sees later changes. _current_context/_enter/_exit are the hooks a scheduler needs: each
asyncio task (interp/task.c) copies the context at creation and enters it around each step.
The current context is one for all threads (SPEC.md).
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()


class _ReadOnly:
    """A read-only attribute kept in a slot, refusing writes in the C type's words."""

    __slots__ = ('_slot', '_message')

    def __init__(self, slot, message):
        self._slot = slot
        self._message = message

    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError(self._message)

    def __delete__(self, obj):
        raise AttributeError(self._message)


class Context:
    """A mapping of ContextVars to their values in one context."""

    __module__ = '_contextvars'

    __slots__ = ('_data', '_entered', '_prev')

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self._data = {}
        self._entered = False
        self._prev = None

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        _enter(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _exit(self)

    def copy(self):
        ctx = Context()
        ctx._data = self._data
        return ctx

    def __getitem__(self, var):
        _check_var(var)
        return self._data[var]

    def get(self, var, default=None):
        _check_var(var)
        return self._data.get(var, default)

    def __contains__(self, var):
        _check_var(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


def _check_var(var):
    if not isinstance(var, ContextVar):
        raise TypeError(f"a ContextVar key was expected, got {var!r}")


_current = Context()


def _current_context():
    return _current


def _enter(ctx):
    global _current
    if ctx._entered:
        raise RuntimeError(f"cannot enter context: {ctx!r} is already entered")
    ctx._prev = _current
    ctx._entered = True
    _current = ctx


def _exit(ctx):
    global _current
    _current = ctx._prev
    ctx._prev = None
    ctx._entered = False


def copy_context():
    return _current.copy()


class ContextVar:
    """A variable whose value depends on the current Context."""

    __module__ = '_contextvars'

    __slots__ = ('_name', '_default')

    def __init__(self, *args, default=_MISSING, **kwargs):
        if kwargs:
            raise TypeError(f"'{next(iter(kwargs))}' is an invalid keyword argument for ContextVar()")
        if len(args) != 1:
            raise TypeError(f"ContextVar() takes {'exactly' if not args else 'at most'} 1 positional argument "
                            f"({len(args)} given)")
        name = args[0]
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    name = _ReadOnly('_name', "readonly attribute")   # a member in CPython

    def get(self, default=_MISSING):
        value = _current._data.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        old = ctx._data.get(self, Token.MISSING)
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {type(token).__name__!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        data = dict(ctx._data)
        if token._old_value is Token.MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value
        ctx._data = data
        token._used = True

    def __repr__(self):
        default = '' if self._default is _MISSING else f' default={self._default!r}'
        return f"<ContextVar name={self._name!r}{default} at {hex(id(self))}>"

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class _TokenMissing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set returns: ContextVar.reset(token) restores the previous value."""

    __module__ = '_contextvars'

    __slots__ = ('_ctx', '_var', '_old_value', '_used')

    MISSING = _TokenMissing()

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    var = _ReadOnly('_var', "attribute 'var' of '_contextvars.Token' objects is not writable")

    old_value = _ReadOnly('_old_value', "attribute 'old_value' of '_contextvars.Token' objects is not writable")

    def __repr__(self):
        used = ' used' if self._used else ''
        return f"<Token{used} var={self._var!r} at {hex(id(self))}>"

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

