/* ops.h — the generic operations on any value (CPython's "abstract object layer").
 *
 * Each dispatches through the type's slots (object.h), handles reflection and NotImplemented,
 * and raises CPython's TypeError messages when unsupported. Any of them may run aw code
 * (user dunders), so callers holding fresh unreferenced objects must root them (gc.h).
 */
#ifndef AW_OPS_H
#define AW_OPS_H

#include "interp/types.h"

AwValue ops_repr(AwVM *vm, AwValue v);            /* repr(v): a str */
AwValue ops_str(AwVM *vm, AwValue v);             /* str(v): a str */
AwValue ops_ascii(AwVM *vm, AwValue v);           /* ascii(v) */
AwValue ops_format(AwVM *vm, AwValue v, AwValue spec); /* format(v, spec) (spec a str) */
AwStatus ops_hash(AwVM *vm, AwValue v, int64_t *out);  /* "unhashable type: 'list'" */
int ops_truthy(AwVM *vm, AwValue v);              /* 1, 0, -1 */
/* object.__sizeof__: CPython 3.11's sizes (64-bit) for the types whose layout decides them (ints
 * by 30-bit digits, str by code-point width, bytes, tuples, lists by allocated slots, the
 * fixed-size ones), aw's own allocated bytes for other objects. */
AwStatus ops_sizeof(AwVM *vm, AwValue v, int64_t *out);
int ops_eq(AwVM *vm, AwValue a, AwValue b);       /* a == b as a bool: 1, 0, -1 (identity first) */
AwValue ops_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op);  /* rich comparison value */
int ops_compare_bool(AwVM *vm, AwValue a, AwValue b, AwCmpOp op); /* 1, 0, -1 */
AwValue ops_binary(AwVM *vm, AwValue a, AwValue b, int op);       /* op: AwBinOp (+INPLACE) */
AwValue ops_unary(AwVM *vm, AwValue a, AwUnaryOp op);
AwValue ops_getattr(AwVM *vm, AwValue obj, AwStr *name);
/* The attribute, or AW_EMPTY (no exception) if it does not exist. */
AwValue ops_getattr_opt(AwVM *vm, AwValue obj, AwStr *name);
AwStatus ops_setattr(AwVM *vm, AwValue obj, AwStr *name, AwValue value);
AwStatus ops_delattr(AwVM *vm, AwValue obj, AwStr *name);
AwValue ops_iter(AwVM *vm, AwValue v);            /* iter(v): "'int' object is not iterable" */
AwValue ops_next(AwVM *vm, AwValue it);           /* next item, AW_STOP, or AW_ERR; a StopIteration raised inside becomes AW_STOP */
AwValue ops_next_raw(AwVM *vm, AwValue it);       /* the next slot as is: a StopIteration raised inside stays pending */
AwStatus ops_len(AwVM *vm, AwValue v, int64_t *out);
AwValue ops_getitem(AwVM *vm, AwValue obj, AwValue key);
AwStatus ops_setitem(AwVM *vm, AwValue obj, AwValue key, AwValue value);
AwStatus ops_delitem(AwVM *vm, AwValue obj, AwValue key);
int ops_contains(AwVM *vm, AwValue container, AwValue item);   /* 1, 0, -1 */
/* __index__: ints and bools and objects defining __index__ ("'float' object cannot be
 * interpreted as an integer"). Returns the int value. */
AwValue ops_index(AwVM *vm, AwValue v);
/* isinstance(v, cls) / issubclass with tuples of classes; 1, 0, -1. */
int ops_isinstance(AwVM *vm, AwValue v, AwValue cls);
int ops_issubclass(AwVM *vm, AwValue sub, AwValue cls);
/* type.__instancecheck__/__subclasscheck__: the checks without the metaclass hooks (v's
 * __class__ counts; class-like objects with a tuple __bases__ take part), 1, 0 or -1. */
int ops_object_isinstance(AwVM *vm, AwValue v, AwValue cls);
int ops_object_issubclass(AwVM *vm, AwValue sub, AwValue cls);
bool ops_callable(AwValue v);

/* Convenience: the type name of a value, for messages. */
static inline const char *ops_type_name(AwValue v) { return type_name(type_of(v)); }

#endif
