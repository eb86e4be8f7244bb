"""copy: shallow and deep copy operations (CPython 3.11's Lib/copy.py).

The same dispatch tables and _reconstruct as CPython. aw's objects have no __reduce_ex__, so
an object without __copy__/__deepcopy__/__reduce_ex__/__reduce__ is reduced the way
object.__reduce_ex__(4) does it: cls.__new__(cls, *__getnewargs__()), then __getstate__() (by
default its __dict__ and the values of its __slots__) as state, then its items for list and dict
subclasses.
"""


import weakref
from copyreg import dispatch_table

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def _function():
    pass


_FunctionType = type(_function)
_BuiltinFunctionType = type(len)
_CodeType = type(_function.__code__)
class _C:
    def _m(self):
        pass


_MethodType = type(_C()._m)
del _C


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reduce(x, kind):
    """The reduction of x: copyreg's registered reducer, x's own __reduce_ex__/__reduce__, or
    object's protocol-4 one. kind ('shallow' or 'deep') names the copy in the error."""
    cls = type(x)
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reduce_ex = getattr(x, "__reduce_ex__", None)
    reduce = getattr(x, "__reduce__", None) if reduce_ex is None else None
    if reduce_ex is None and reduce is None:
        raise Error("un(%s)copyable object of type %s" % (kind, cls))
    if (getattr(cls, "__reduce_ex__", None) is not object.__reduce_ex__
            or getattr(cls, "__reduce__", None) is not object.__reduce__):
        return reduce_ex(4) if reduce_ex is not None else reduce()
    # object's reduction, lenient for aw's built-in types that lack their own reduce
    if cls is range or cls is slice:
        return (cls, (x.start, x.stop, x.step))
    if cls is _MethodType:
        return (getattr, (x.__self__, x.__func__.__name__))
    if cls is type(type.__dict__):   # mappingproxy
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    if isinstance(x, bytearray):
        return (cls, (bytes(x),), getattr(x, '__dict__', None) or None)
    kwargs = None
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        elif isinstance(x, tuple):
            args = (tuple(x),)
        elif isinstance(x, (int, float, str, bytes)) and not isinstance(x, bool):
            args = (cls.__mro__[cls.__mro__.index(object) - 1](x),)
        else:
            args = ()
    state = x.__getstate__()   # object's: the __dict__ and the set __slots__ values
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return (_newobj_ex, (cls, args, kwargs), state, listitems, dictitems)
    return (_newobj, (cls,) + args, state, listitems, dictitems)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return _copy_immutable(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type, range, slice,
          property, _BuiltinFunctionType, type(Ellipsis), type(NotImplemented), _FunctionType,
          _CodeType, weakref.ref):
    d[t] = _copy_immutable

d[list] = lambda x: x.copy()
d[dict] = lambda x: x.copy()
d[set] = lambda x: x.copy()
try:
    d[bytearray] = lambda x: x.copy()
except NameError:
    pass
del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, "deep")
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, bytes, str,
          type, range, _BuiltinFunctionType, _FunctionType, property, _CodeType, weakref.ref):
    d[t] = _deepcopy_atomic


def _deepcopy_method(x, memo):   # copy the instance, keep the function
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


d[_MethodType] = _deepcopy_method


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    y = set()
    memo[id(x)] = y
    for item in x:
        y.add(deepcopy(item, memo))
    return y


d[set] = _deepcopy_set
d[frozenset] = lambda x, memo: frozenset(deepcopy(item, memo) for item in x)
del d, t


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo (ids must stay unique)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *,
                 deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
