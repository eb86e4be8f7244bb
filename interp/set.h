/* set.h — set and frozenset: open addressing laid out like CPython's setobject.c, so that
 * iteration order of small-int sets matches CPython (print({3, 1, 2}) prints {1, 2, 3}). */
#ifndef AW_SET_H
#define AW_SET_H

#include "interp/types.h"

typedef struct {
    int64_t hash;      /* cached hash */
    AwValue key;       /* AW_EMPTY = never used; AW_STOP = dummy (deleted) */
} AwSetEntry;

struct AwSet {
    AwObject obj;        /* header; type is set or frozenset (or a subclass) */
    int64_t fill;        /* active + dummy entries */
    int64_t used;        /* active entries */
    int64_t mask;        /* table size - 1 */
    int64_t finger;      /* search finger for pop() */
    AwSetEntry *table;   /* owned buffer */
    int64_t hash;        /* frozenset hash cache, -1 */
};

AwSet *set_new(AwVM *vm, AwType *type);
AwStatus set_add(AwVM *vm, AwSet *s, AwValue key);
int set_contains(AwVM *vm, AwSet *s, AwValue key);   /* 1, 0, -1 error */
int set_discard(AwVM *vm, AwSet *s, AwValue key);    /* 1 removed, 0 missing, -1 error */
AwStatus set_update(AwVM *vm, AwSet *s, AwValue iterable);
bool set_next(AwSet *s, int64_t *pos, AwValue *key);

/* The set operations CPython's dict views reuse (they decide iteration order, so they must
 * be the same code): a new set/frozenset (the base type of s) of the items of s also in
 * other; s -= other; s ^= other (other: any iterable). */
AwValue set_intersection(AwVM *vm, AwSet *s, AwValue other);
AwStatus set_difference_update(AwVM *vm, AwSet *s, AwValue other);
AwStatus set_symmetric_difference_update(AwVM *vm, AwSet *s, AwValue other);
/* The frozenset constant CPython's compiler makes for a display of constants ({1, 2, 3}, and
 * `x in {...}` / `for x in {...}`): frozenset(items), rebuilt once more from its own iteration
 * order (compile.c's merge_consts_recursive). Emitting this constant followed by SET_UPDATE
 * into an empty set reproduces CPython's iteration order for set literals exactly. */
AwValue set_frozen_constant(AwVM *vm, AwTuple *items);
/* True for set, frozenset and their subclasses. */
static inline bool value_is_anyset(AwValue v) {
    return value_is_instance(v, &aw_type_set) || value_is_instance(v, &aw_type_frozenset);
}

#define AW_SET(v) ((AwSet *)value_as_ptr(v))

#endif
