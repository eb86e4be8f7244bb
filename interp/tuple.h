/* tuple.h — the tuple type: a fixed-size array of values stored inline.
 *
 * The items are variable-sized, so the instance dict of a user subclass cannot go after the
 * header the way class.c places it for fixed-size bases; instead every tuple reserves the
 * `dict` word and aw_type_tuple.instance_size stops just before it, which makes class.c put a
 * subclass's dict_offset exactly there. Plain tuples leave it NULL (tuple has no __dict__). */
#ifndef AW_TUPLE_H
#define AW_TUPLE_H

#include "interp/types.h"

struct AwTuple {
    AwObject obj;      /* header */
    int64_t len;       /* number of items */
    AwDict *dict;      /* __dict__ of an instance of a user subclass (class P(tuple)), else NULL */
    AwValue items[];   /* the items */
};

/* A tuple of n items, all None (fill them before the tuple escapes). NULL on MemoryError. */
AwTuple *tuple_new(AwVM *vm, int64_t n);
AwTuple *tuple_from(AwVM *vm, int64_t n, const AwValue *items);
AwTuple *tuple_pack2(AwVM *vm, AwValue a, AwValue b);
/* The empty tuple singleton. */
AwTuple *tuple_empty(AwVM *vm);
/* Creates vm->empty_tuple (the () singleton; the VM keeps it alive). Call once at start-up. */
void tuple_init(AwVM *vm);
/* tuple(iterable); a tuple is returned as is. May run aw code. */
AwValue tuple_from_iterable(AwVM *vm, AwValue iterable);

#define AW_TUPLE(v) ((AwTuple *)value_as_ptr(v))
static inline bool value_is_tuple(AwValue v) { return value_is_ptr(v) && type_of(v) == &aw_type_tuple; }

#endif
