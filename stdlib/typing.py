"""typing: the names programs import for annotations (CPython 3.11's typing, for runtime use).

aw never evaluates annotations, so these objects mostly need to exist, be subscriptable and
print like CPython's: List[int] is an alias whose repr is 'typing.List[int]', Optional[X] is
Union[X, None], TypeVar('T') prints '~T'. Generic[T] and Protocol[T] return the class itself
so they work as base classes. NamedTuple and TypedDict classes build a namedtuple / return a
dict from the class's __annotations__ when they exist.
"""

import sys as _sys
import collections as _collections
from abc import ABCMeta as _ABCMeta

__all__ = ['Annotated', 'Any', 'AnyStr', 'AsyncGenerator', 'AsyncIterable', 'AsyncIterator',
           'Awaitable', 'BinaryIO', 'Callable', 'ChainMap', 'ClassVar', 'Collection',
           'Concatenate', 'Container', 'Coroutine', 'Counter', 'DefaultDict', 'Deque', 'Dict',
           'Final', 'ForwardRef', 'FrozenSet', 'Generator', 'Generic', 'Hashable', 'IO',
           'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'List', 'Literal', 'LiteralString',
           'Mapping', 'MappingView', 'Match', 'MutableMapping', 'MutableSequence', 'MutableSet',
           'NamedTuple', 'Never', 'NewType', 'NoReturn', 'NotRequired', 'Optional',
           'OrderedDict', 'ParamSpec', 'Pattern', 'Protocol', 'Required', 'Reversible', 'Self',
           'Sequence', 'Set', 'Sized', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
           'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'Text', 'TextIO',
           'Tuple', 'Type', 'TypeAlias', 'TypeGuard', 'TypeVar', 'TypeVarTuple', 'TypedDict',
           'Union', 'Unpack', 'ValuesView', 'TYPE_CHECKING', 'assert_never', 'assert_type',
           'cast', 'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
           'get_type_hints', 'is_typeddict', 'no_type_check', 'overload', 'reveal_type',
           'runtime_checkable', 'clear_overloads']

TYPE_CHECKING = False


def _type_repr(obj):
    """repr() of a type argument as typing prints it."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, (list, tuple)) and not isinstance(obj, _GenericAlias):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    if hasattr(obj, '__name__') and hasattr(obj, '__module__') and callable(obj) and not isinstance(obj, (_SpecialForm, _GenericAlias, TypeVar)):
        return obj.__name__
    return repr(obj)


def _collect_parameters(args):
    """The type variables in args, each once, in order (what __parameters__ lists)."""
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if hasattr(t, '__typing_subst__'):
            found = (t,)
        elif isinstance(t, (list, tuple)):   # Callable's argument list
            found = _collect_parameters(t)
        else:
            found = getattr(t, '__parameters__', ())
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


def _subst_arg(arg, subst):
    """arg with its type variables replaced as subst maps them."""
    if isinstance(arg, type):
        return arg
    if hasattr(arg, '__typing_subst__'):
        return arg.__typing_subst__(subst[arg]) if arg in subst else arg
    if isinstance(arg, (list, tuple)):
        return type(arg)(_subst_arg(a, subst) for a in arg)
    sub = getattr(arg, '__parameters__', ())
    if sub:
        return arg[tuple(subst.get(p, p) for p in sub)]
    return arg


class _GenericAlias:
    """A subscripted generic: the origin (e.g. list) and its arguments."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name

    def __repr__(self):
        name = self._name or _type_repr(self.__origin__)
        if name and not name.startswith('typing.') and self._name:
            name = 'typing.' + name
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], (list, tuple)):
            params = '[' + ', '.join(_type_repr(a) for a in self.__args__[0]) + ']'
            return f'{name}[{params}, {_type_repr(self.__args__[1])}]'
        if not self.__args__:
            return f'{name}[()]'
        return f'{name}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    @property
    def __parameters__(self):
        return _collect_parameters(self.__args__)

    def __getitem__(self, params):
        parameters = self.__parameters__
        if not parameters:
            return _GenericAlias(self.__origin__, params, self._name)
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) != len(parameters):
            raise TypeError(f"Too {'many' if len(params) > len(parameters) else 'few'} arguments for {self}; "
                            f"actual {len(params)}, expected {len(parameters)}")
        subst = dict(zip(parameters, params))
        return _GenericAlias(self.__origin__, tuple(_subst_arg(a, subst) for a in self.__args__), self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __mro_entries__(self, bases):
        # as CPython: the origin, then Generic unless a later base brings it
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGenericAlias:
    """An unsubscripted typing name for a class (List, Dict, Iterable...)."""

    def __init__(self, origin, name, nparams=-1):
        self._origin = origin
        self._name = name
        self._nparams = nparams

    @property
    def __origin__(self):
        # the collections.abc / contextlib classes are imported on first use
        origin = self._origin
        if isinstance(origin, _LazyABC):
            origin = self._origin = origin.resolve()
        return origin

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialForm:
    """Any, Union, Optional, ClassVar, Final, Literal...: subscription is defined per form."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = []
    for p in parameters:
        if p is None:
            p = type(None)
        if isinstance(p, _UnionAlias):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in params:
                params.append(item)
    if len(params) == 1:
        return params[0]
    return _UnionAlias(Union, tuple(params), 'Union')


def _optional_getitem(self, parameters):
    return Union[parameters, None]


def _one_arg_getitem(self, parameters):
    return _GenericAlias(self, (parameters,), self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralAlias(self, parameters, 'Literal')


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(params[0], params[1:])


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), 'Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(
            _type_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))


def _generic_getitem(self, params):
    return _GenericAlias(self, params, self._name)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _one_arg_getitem)
Final = _SpecialForm('Final', _one_arg_getitem)
Required = _SpecialForm('Required', _one_arg_getitem)
NotRequired = _SpecialForm('NotRequired', _one_arg_getitem)
TypeGuard = _SpecialForm('TypeGuard', _one_arg_getitem)
Unpack = _SpecialForm('Unpack', _one_arg_getitem)
Concatenate = _SpecialForm('Concatenate', _generic_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)


def _caller_module():
    """The __name__ of the module that called our caller (where a TypeVar is defined)."""
    try:
        return _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__module__ = _caller_module()

    def __reduce__(self):   # pickled (and deep-copied) by name, as CPython's
        return self.__name__

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __typing_subst__(self, arg):   # what list[T][arg] puts in T's place
        return arg


class ParamSpec:
    """Parameter specification variable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return '~' + self.__name__

    def __typing_subst__(self, arg):
        return tuple(arg) if isinstance(arg, (list, tuple)) else arg

    @property
    def args(self):
        return self

    @property
    def kwargs(self):
        return self


class TypeVarTuple:
    """Type variable tuple."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Abstract base class for generic types: Generic[T] is Generic itself, so it can be
    a base class; subscripting a subclass returns an alias."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return cls
        return _GenericAlias(cls, params)


_PROTO_SPECIAL = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__', '__qualname__',
    '__parameters__', '__orig_bases__', '__match_args__', '__init_subclass__', '__orig_class__',
    '_is_protocol', '_is_runtime_protocol',
})


_PROTO_ALLOWLIST = {
    'collections.abc': ('Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable', 'Hashable',
                        'Sized', 'Container', 'Collection', 'Reversible'),
    'contextlib': ('AbstractContextManager', 'AbstractAsyncContextManager'),
}


def _get_protocol_attrs(cls):
    """The members a runtime-checkable protocol requires: what its protocol bases define or annotate."""
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for attr in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not attr.startswith('_abc_') and attr not in _PROTO_SPECIAL:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


class _ProtocolMeta(_ABCMeta):
    """Structural isinstance() for @runtime_checkable protocols (CPython 3.11's rules)."""

    def __instancecheck__(cls, instance):
        if ((not getattr(cls, '_is_protocol', False) or _is_callable_members_only(cls))
                and issubclass(instance.__class__, cls)):
            return True
        if getattr(cls, '_is_protocol', False):
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        global _reckless
        _reckless += 1   # abc's own checks below may consult the hook: no sanity errors then
        try:
            return super().__instancecheck__(instance)
        finally:
            _reckless -= 1


_reckless = 0   # >0 while abc machinery (not the user) runs a protocol's subclass hook


def _proto_hook(cls, other):
    """issubclass() against a runtime protocol whose members are all methods."""
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    if not getattr(cls, '_is_runtime_protocol', False):
        if _reckless:
            return NotImplemented
        raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
    if not _is_callable_members_only(cls):
        if _reckless:
            return NotImplemented
        raise TypeError("Protocols with non-method members don't support issubclass()")
    if not isinstance(other, type):
        raise TypeError('issubclass() arg 1 must be a class')
    for attr in _get_protocol_attrs(cls):
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = base.__dict__.get('__annotations__', {})
            if isinstance(annotations, dict) and attr in annotations and issubclass(other, Generic) \
                    and getattr(other, '_is_protocol', False):
                break
        else:
            return NotImplemented
    return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes: isinstance() and issubclass() check the members of
    @runtime_checkable ones structurally, as in CPython."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol:
            for base in cls.__bases__:
                if not (base in (object, Generic) or
                        base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, ()) or
                        issubclass(base, Generic) and getattr(base, '_is_protocol', False)):
                    raise TypeError('Protocols can only inherit from other'
                                    ' protocols, got %r' % base)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_proto_hook)


def _alias(origin, name, nparams=-1):
    return _SpecialGenericAlias(origin, name, nparams)


class _LazyABC:
    """A collections.abc (or contextlib) class named before that module is imported, so
    importing typing stays cheap."""

    def __init__(self, module, name):
        self.module = module
        self.name = name

    def resolve(self):
        if self.module == 'contextlib':
            import contextlib
            return getattr(contextlib, self.name)
        import collections.abc
        return getattr(collections.abc, self.name)


def _abc(name):
    if name in ('AbstractContextManager', 'AbstractAsyncContextManager'):
        return _LazyABC('contextlib', name)
    return _LazyABC('collections.abc', name)


def _function():
    pass


Hashable = _alias(_abc('Hashable'), 'Hashable', 0)
Awaitable = _alias(_abc('Awaitable'), 'Awaitable', 1)
Coroutine = _alias(_abc('Coroutine'), 'Coroutine', 3)
AsyncIterable = _alias(_abc('AsyncIterable'), 'AsyncIterable', 1)
AsyncIterator = _alias(_abc('AsyncIterator'), 'AsyncIterator', 1)
Iterable = _alias(_abc('Iterable'), 'Iterable', 1)
Iterator = _alias(_abc('Iterator'), 'Iterator', 1)
Reversible = _alias(_abc('Reversible'), 'Reversible', 1)
Sized = _alias(_abc('Sized'), 'Sized', 0)
Container = _alias(_abc('Container'), 'Container', 1)
Collection = _alias(_abc('Collection'), 'Collection', 1)
Callable = _alias(_abc('Callable'), 'Callable', 2)
AbstractSet = _alias(_abc('Set'), 'AbstractSet', 1)
MutableSet = _alias(_abc('MutableSet'), 'MutableSet', 1)
Mapping = _alias(_abc('Mapping'), 'Mapping', 2)
MutableMapping = _alias(_abc('MutableMapping'), 'MutableMapping', 2)
Sequence = _alias(_abc('Sequence'), 'Sequence', 1)
MutableSequence = _alias(_abc('MutableSequence'), 'MutableSequence', 1)
ByteString = _alias(_abc('ByteString'), 'ByteString', 0)
MappingView = _alias(_abc('MappingView'), 'MappingView', 1)
KeysView = _alias(_abc('KeysView'), 'KeysView', 1)
ItemsView = _alias(_abc('ItemsView'), 'ItemsView', 2)
ValuesView = _alias(_abc('ValuesView'), 'ValuesView', 1)
Generator = _alias(_abc('Generator'), 'Generator', 3)
AsyncGenerator = _alias(_abc('AsyncGenerator'), 'AsyncGenerator', 2)
ContextManager = _alias(_abc('AbstractContextManager'), 'ContextManager', 1)
AsyncContextManager = _alias(_abc('AbstractAsyncContextManager'), 'AsyncContextManager', 1)
Tuple = _alias(tuple, 'Tuple', -1)
List = _alias(list, 'List', 1)
Deque = _alias(_collections.deque, 'Deque', 1)
Set = _alias(set, 'Set', 1)
FrozenSet = _alias(frozenset, 'FrozenSet', 1)
Dict = _alias(dict, 'Dict', 2)
DefaultDict = _alias(_collections.defaultdict, 'DefaultDict', 2)
OrderedDict = _alias(_collections.OrderedDict, 'OrderedDict', 2)
Counter = _alias(_collections.Counter, 'Counter', 1)
ChainMap = _alias(_collections.ChainMap, 'ChainMap', 2)
Type = _alias(type, 'Type', 1)
Text = str


def _supports(name, method):
    """One of typing's runtime-checkable SupportsX protocols: a class with the one method."""
    def body(self, *args):
        pass
    body.__name__ = body.__qualname__ = method
    cls = _ProtocolMeta(name, (Protocol,), {'__slots__': (), method: body, '__module__': 'typing'})
    cls._is_runtime_protocol = True
    return cls


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__')
SupportsRound = _supports('SupportsRound', '__round__')


class IO(Generic):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()


Pattern = _alias(_abc('Pattern'), 'Pattern', 1)
Match = _alias(_abc('Match'), 'Match', 1)


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions/methods."""
    key = getattr(func, '__qualname__', None)
    if key is not None:
        _overload_registry.setdefault(key, []).append(func)

    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return the annotations of an object (aw keeps them unevaluated, when at all)."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', None) or {})


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, type(int | str)):
        return type(tp)
    if isinstance(tp, type(list[int])):
        return tp.__origin__
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if get_origin(tp) is Callable.__origin__ and res and res[0] is not Ellipsis:
            res = (list(res[:-1]) if not isinstance(res[0], (list, tuple)) else list(res[0]), res[-1])
        return res
    if isinstance(tp, (type(int | str), type(list[int]))):
        return tp.__args__
    return ()


# -- NamedTuple and TypedDict ------------------------------------------------------------------

class NamedTuple(tuple):
    """Typed version of namedtuple.

    Class form: fields come from the class's __annotations__ (defaults from class attributes).
    Functional form: NamedTuple('Employee', [('name', str), ('id', int)])."""

    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            typename, fields = args[0], (args[1] if len(args) > 1 else kwargs.items())
            return _collections.namedtuple(typename, [name for name, _ in fields])
        return tuple.__new__(cls, args)

    @classmethod
    def __init_subclass__(cls, **kwargs):
        annotations = cls.__dict__.get('__annotations__', {})
        names = list(annotations)
        defaults = []
        default_names = []
        for name in names:
            if name in cls.__dict__:
                defaults.append(cls.__dict__[name])
                default_names.append(name)
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} "
                                f"cannot follow default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        base = _collections.namedtuple(cls.__name__, names, defaults=defaults or None,
                                       module=cls.__module__)
        for key in ('__new__', '_make', '_replace', '__repr__', '_asdict', '__getnewargs__',
                    '_fields', '_field_defaults', '__match_args__'):
            if key not in cls.__dict__ or key in ('_fields', '_field_defaults', '__new__'):
                setattr(cls, key, base.__dict__[key])
        for index, name in enumerate(names):
            setattr(cls, name, base.__dict__[name])
        cls.__annotations__ = annotations


class TypedDict(dict):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""

    def __new__(cls, *args, **kwargs):
        if cls is TypedDict and args and isinstance(args[0], str):
            return type(args[0], (TypedDict,), {'__annotations__': dict(args[1]) if len(args) > 1 else {}})
        return dict(*args, **kwargs)

    @classmethod
    def __init_subclass__(cls, total=True, **kwargs):
        cls.__total__ = total


def is_typeddict(tp):
    return isinstance(tp, type) and issubclass(tp, TypedDict) and tp is not TypedDict
