/* list.h — the list type: a growable array of values. */
#ifndef AW_LIST_H
#define AW_LIST_H

#include "interp/types.h"

struct AwList {
    AwObject obj;      /* header */
    int64_t len;       /* number of items */
    int64_t cap;       /* allocated slots in items */
    AwValue *items;    /* owned buffer (gc_alloc) */
};

/* An empty list with room for cap items. NULL on MemoryError. */
AwList *list_new(AwVM *vm, int64_t cap);
AwList *list_from(AwVM *vm, int64_t n, const AwValue *items);
AwStatus list_append(AwVM *vm, AwList *list, AwValue v);
/* The native behind list.append (the VM recognises it to append without a call). */
AwValue list_m_append(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames);
/* list.extend(iterable) — may run aw code. */
AwStatus list_extend(AwVM *vm, AwList *list, AwValue iterable);
/* list(iterable) — may run aw code. */
AwValue list_from_iterable(AwVM *vm, AwValue iterable);
/* Sorts in place like list.sort(key=key, reverse=reverse); key may be AW_NONE. Stable. */
AwStatus list_sort(AwVM *vm, AwList *list, AwValue key, bool reverse);

#define AW_LIST(v) ((AwList *)value_as_ptr(v))
static inline bool value_is_list(AwValue v) { return value_is_ptr(v) && type_of(v) == &aw_type_list; }

#endif
