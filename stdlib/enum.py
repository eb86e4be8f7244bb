"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique (CPython 3.11's behaviour for
the common cases: members, name/value, iteration, lookup by value and by name, reprs).

CPython builds members in EnumType.__new__ from a special class-body namespace. aw's class
bodies use plain dicts, so here the members are made by Enum.__init_subclass__ from the
finished class dict, in definition order, with the same rules: dunder, _sunder_, private
names and descriptors are not members; auto() values come from _generate_next_value_; a
repeated value makes an alias. Known differences: redefining a member name in a class body is
not detected, and calling an enum class whose members define __init__ runs that __init__
again on the looked-up member.
"""

import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'member', 'nonmember']


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


def _function():
    pass


_DESCRIPTOR_TYPES = (property, classmethod, staticmethod, type(_function))


def _is_descriptor(obj):
    if isinstance(obj, _DESCRIPTOR_TYPES):
        return True
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


class EnumType(type):
    """Metaclass for Enum"""

    def __iter__(cls):
        """Return members in definition order."""
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        """Return the member matching `name`."""
        return cls._member_map_[name]

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    @property
    def __members__(cls):
        """Returns a mapping of member name->value, including aliases."""
        return dict(cls._member_map_)


EnumMeta = EnumType
Flag = None
ReprEnum = None


def _find_data_type(cls):
    """The builtin data type mixed into an enum class (int, str, ...), or object."""
    for base in cls.__mro__[1:]:
        if base is object:
            continue
        if isinstance(base, EnumType):
            continue
        return base
    return object


def _find_new(cls, member_type):
    """The __new__ that makes members and whether it takes the member's value."""
    for klass in cls.__mro__:
        if klass is Enum or klass is object:
            break
        new = klass.__dict__.get('__new_member__') or klass.__dict__.get('__new__')
        if new is not None and new is not _enum_new:
            if isinstance(new, staticmethod):
                new = new.__func__
            return new, True
    if member_type is object:
        return object.__new__, False
    return member_type.__new__, True


def _member_values(cls):
    """The (name, value) pairs of the members defined in cls's own body, in order."""
    cls_name = cls.__name__
    ignore = cls.__dict__.get('_ignore_', [])
    if isinstance(ignore, str):
        ignore = ignore.replace(',', ' ').split()
    pairs = []
    for key, value in list(cls.__dict__.items()):
        if key in ignore or key == '_ignore_':
            continue
        if _is_private(cls_name, key) or _is_sunder(key) or _is_dunder(key):
            continue
        if isinstance(value, nonmember):
            setattr(cls, key, value.value)
            continue
        if isinstance(value, member):
            value = value.value
        elif _is_descriptor(value) or isinstance(value, type):
            continue
        pairs.append((key, value))
    for key in ignore:
        if key in cls.__dict__:
            delattr(cls, key)
    if '_ignore_' in cls.__dict__:
        delattr(cls, '_ignore_')
    return pairs


def _make_members(cls):
    if '_member_map_' in cls.__dict__:
        return
    member_type = _find_data_type(cls)
    new_member, use_args = _find_new(cls, member_type)
    setattr(cls, '_member_names_', [])
    setattr(cls, '_member_map_', {})
    setattr(cls, '_value2member_map_', {})
    setattr(cls, '_unhashable_values_', [])
    setattr(cls, '_member_type_', member_type)
    setattr(cls, '_new_member_', new_member)
    setattr(cls, '_use_args_', use_args)
    pairs = _member_values(cls)
    if pairs:
        for base in cls.__mro__[1:]:
            if isinstance(base, EnumType) and base.__dict__.get('_member_names_'):
                raise TypeError('%s: cannot extend enumeration %r' % (cls.__name__, base.__name__))
    is_flag = Flag is not None and issubclass(cls, Flag)
    last_values = []
    for name, value in pairs:
        delattr(cls, name)
        if isinstance(value, auto):
            if value.value is None:
                value.value = cls._generate_next_value_(name, 1, len(cls._member_names_), last_values[:])
            value = value.value
        last_values.append(value)
        _add_member(cls, name, value, member_type, new_member, use_args, is_flag)
    if is_flag:
        flag_mask = 0
        for m in cls._member_map_.values():
            if _is_single_bit(m._value_):
                flag_mask |= m._value_
        setattr(cls, '_flag_mask_', flag_mask)
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        setattr(cls, '_all_bits_', 2 ** (all_bits.bit_length()) - 1)


def _add_member(cls, name, value, member_type, new_member, use_args, is_flag):
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)
    if not use_args:
        enum_member = new_member(cls)
        if not hasattr(enum_member, '_value_'):
            enum_member._value_ = value
    else:
        enum_member = new_member(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                enum_member._value_ = member_type(*args)
    value = enum_member._value_
    enum_member._name_ = name
    enum_member.__objclass__ = cls
    enum_member.__init__(*args)
    enum_member._sort_order_ = len(cls._member_names_)
    canonical = None
    try:
        canonical = cls._value2member_map_.get(value)
    except TypeError:
        for other in cls._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
    if canonical is not None:
        enum_member = canonical
    elif not is_flag or _is_single_bit(value):
        cls._member_names_.append(name)
    setattr(cls, name, enum_member)
    cls._member_map_[name] = enum_member
    try:
        cls._value2member_map_.setdefault(value, enum_member)
    except TypeError:
        cls._unhashable_values_.append(value)


def _use_enum_methods(cls):
    """Where a mixed-in data type (str, int...) would supply __repr__, __str__ or
    __format__ before the enum bases do, use the enum's, as EnumType.__new__ does."""
    for name in ('__repr__', '__str__', '__format__'):
        if name in cls.__dict__:
            continue
        owner = None
        for klass in cls.__mro__[1:]:
            if name in klass.__dict__:
                owner = klass
                break
        if owner is not None and isinstance(owner, EnumType):
            continue
        for klass in cls.__mro__[1:]:
            if isinstance(klass, EnumType) and name in klass.__dict__:
                setattr(cls, name, klass.__dict__[name])
                break


def _enum_new(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
    if names is not None:
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)
    if isinstance(value, cls) and value.__class__ is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    exc = None
    try:
        result = cls._missing_(value)
    except Exception as e:
        exc = e
        result = None
    if isinstance(result, cls):
        return result
    ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
    if result is None and exc is None:
        raise ve_exc
    if exc is None:
        exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))
    if not isinstance(exc, ValueError):
        exc.__context__ = ve_exc
    raise exc


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}
    _member_type_ = object

    __new__ = _enum_new

    @classmethod
    def __init_subclass__(cls, **kwds):
        _make_members(cls)
        _use_enum_methods(cls)
        if '__new__' in cls.__dict__ and cls.__dict__['__new__'] is not _enum_new:
            setattr(cls, '__new_member__', cls.__dict__['__new__'])
        setattr(cls, '__new__', _enum_new)

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value when not given."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            for v in last_values:
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    @classmethod
    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        """Convenience method to create a new Enum class (the functional API)."""
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        namespace = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if hasattr(names, 'items'):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            namespace[member_name] = member_value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                module = '__main__'
        namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return EnumType(class_name, bases, namespace)

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return getattr, (self.__class__, self._name_)

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __str__(self):
        return repr(int(self))

    def __format__(self, format_spec):
        return format(int(self), format_spec)

    def __hash__(self):
        return hash(int(self))


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()


class Flag(Enum):
    """Support for flags"""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value when not given: the next power of two."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        """Create a composite member containing all canonical members present in `value`."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        if value < 0 or value & ~flag_mask:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        pseudo._name_ = '|'.join(names) if names else None
        pseudo.__objclass__ = cls
        pseudo._sort_order_ = -1
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """Returns flags in definition order."""
        for m in self.__class__:
            if m._value_ & self._value_ == m._value_ and m._value_:
                yield m

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""

    def __str__(self):
        return repr(int(self))

    def __format__(self, format_spec):
        return format(int(self), format_spec)

    def __hash__(self):
        return hash(int(self))

    @classmethod
    def _missing_(cls, value):
        """IntFlag keeps bits no member names (CPython's boundary KEEP): the pseudo-member's
        name ends with them as a number (None when no member bit is set)."""
        if isinstance(value, int) and value >= 0 and value & ~cls._flag_mask_:
            unknown = value & ~cls._flag_mask_
            known = value & cls._flag_mask_
            pseudo = int.__new__(cls, value)
            pseudo._value_ = value
            names = [m._name_ for m in cls if m._value_ and m._value_ & known == m._value_]
            pseudo._name_ = '|'.join(names + [str(unknown)]) if names else None
            pseudo.__objclass__ = cls
            pseudo._sort_order_ = -1
            return pseudo
        return super()._missing_(value)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
