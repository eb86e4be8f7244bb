/* names.h — identifiers the runtime looks up often, interned once at start-up.
 * Use AW_NAME(vm, __init__) to get the AwStr*. */
#ifndef AW_NAMES_H
#define AW_NAMES_H

#define AW_NAME_LIST(X) \
    X(exceptions) X(__init__) X(__new__) X(__del__) X(__repr__) X(__str__) X(__format__) X(__hash__) X(__eq__) X(__ne__) \
    X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__bool__) X(__len__) X(__iter__) X(__next__) \
    X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__) X(__call__) X(__enter__) \
    X(__exit__) X(__aenter__) X(__aexit__) X(__aiter__) X(__anext__) X(__await__) \
    X(__getattr__) X(__getattribute__) X(__setattr__) X(__delattr__) X(__get__) X(__set__) \
    X(__delete__) X(__add__) X(__radd__) X(__iadd__) X(__sub__) X(__rsub__) X(__isub__) \
    X(__mul__) X(__rmul__) X(__imul__) X(__truediv__) X(__rtruediv__) X(__itruediv__) \
    X(__floordiv__) X(__rfloordiv__) X(__ifloordiv__) X(__mod__) X(__rmod__) X(__imod__) \
    X(__pow__) X(__rpow__) X(__ipow__) X(__lshift__) X(__rlshift__) X(__ilshift__) \
    X(__rshift__) X(__rrshift__) X(__irshift__) X(__and__) X(__rand__) X(__iand__) X(__or__) \
    X(__ror__) X(__ior__) X(__xor__) X(__rxor__) X(__ixor__) X(__matmul__) X(__rmatmul__) \
    X(__imatmul__) X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__index__) X(__int__) \
    X(__float__) X(__round__) X(__reversed__) X(__missing__) X(__class__) X(__dict__) \
    X(__name__) X(__qualname__) X(__module__) X(__doc__) X(__main__) X(__builtins__) \
    X(__file__) X(__class_getitem__) X(__init_subclass__) X(__set_name__) X(__slots__) \
    X(__traceback__) X(__cause__) X(__context__) X(__suppress_context__) X(__all__) \
    X(__mro__) X(__bases__) X(__base__) X(__package__) X(__spec__) X(__loader__) \
    X(__classcell__) X(__annotations__) X(__builtins_dict__) \
    X(args) X(value) X(code) X(send) X(throw) X(close) X(keys) X(items) X(append) \
    X(write) X(flush) X(read) X(readline) X(fileno) X(mro) X(errno) X(strerror) X(filename) \
    X(lineno) X(offset) X(text) X(msg) X(end_lineno) X(end_offset) X(print_file_and_line) \
    X(_) X(object)

#define AW_NAME_FIELD(n) AwStr *n_##n;
typedef struct { AW_NAME_LIST(AW_NAME_FIELD) } AwNames;
#undef AW_NAME_FIELD

#define AW_NAME(vm, n) ((vm)->names.n_##n)

#endif
