/* dict.h — the dict type: insertion-ordered hash table (dense entries + sparse index).
 *
 * Lookups with str keys whose hash is cached never run aw code; lookups with other keys may
 * (__hash__/__eq__ of user classes), so the general functions can fail.
 */
#ifndef AW_DICT_H
#define AW_DICT_H

#include "interp/float.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/types.h"

typedef struct {
    int64_t hash;      /* cached hash of key */
    AwValue key;       /* AW_EMPTY for a deleted entry */
    AwValue value;     /* the value */
} AwDictEntry;

struct AwDict {
    AwObject obj;          /* header */
    int64_t used;          /* live entries */
    int64_t nentries;      /* entries used in `entries`, including deleted ones */
    int64_t entries_cap;   /* capacity of entries */
    AwDictEntry *entries;  /* dense, insertion ordered */
    int32_t *index;        /* sparse table of entry indices, -1 empty, -2 dummy; NULL when tiny */
    int64_t index_size;    /* slots in index, a power of two (0 when index is NULL) */
    uint32_t version;      /* bumped on every insertion or deletion of a key */
};

AwDict *dict_new(AwVM *vm);
/* d[key]: the value, AW_EMPTY when missing (no exception), or AW_ERR. */
AwValue dict_get(AwVM *vm, AwDict *d, AwValue key);
AwStatus dict_set(AwVM *vm, AwDict *d, AwValue key, AwValue value);
/* 1 deleted, 0 missing (no exception), -1 error. */
int dict_del(AwVM *vm, AwDict *d, AwValue key);
/* Fast paths for str keys: never fail except for MemoryError in dict_set_str. */
AwValue dict_get_str(AwDict *d, AwStr *key);
AwStatus dict_set_str(AwVM *vm, AwDict *d, AwStr *key, AwValue value);
/* Entry index of a str key (d->entries[i]), or -1. Stable until d->version changes; used by the
 * VM's inline caches. */
int64_t dict_find_str(AwDict *d, AwStr *key);
AwStatus dict_set_cstr(AwVM *vm, AwDict *d, const char *key, AwValue value);
/* Iteration: *pos starts at 0; returns false when done. Skips deleted entries. */
bool dict_next(AwDict *d, int64_t *pos, AwValue *key, AwValue *value);
/* dict.update(other) for a mapping or iterable of pairs — may run aw code. */
AwStatus dict_update(AwVM *vm, AwDict *d, AwValue other);
AwDict *dict_copy(AwVM *vm, AwDict *d);
void dict_clear(AwVM *vm, AwDict *d);

/* hash(key) with the common cases inline: str (cached), small int (CPython's value), float;
 * anything else through ops_hash (may run aw code; "unhashable type: 'list'"). */
static inline AwStatus dict_hash_key(AwVM *vm, AwValue key, int64_t *out) {
    if (value_is_int(key)) {
        int64_t i = value_as_small(key);
        *out = i == -1 ? -2 : i;
        return AW_OK;
    }
    if (value_is_str(key)) {
        *out = str_hash(AW_STR(key));
        return AW_OK;
    }
    if (value_is_float(key)) {
        *out = float_hash(value_as_double(key));
        return AW_OK;
    }
    return ops_hash(vm, key, out);
}

/* True if `a == b` is decided without running aw code (identical words, two strs, two small
 * ints); *eq then receives the answer. Otherwise the caller falls back to ops_eq. */
static inline bool dict_keys_equal_fast(AwValue a, AwValue b, int *eq) {
    if (a == b) {
        *eq = 1;
        return true;
    }
    if (value_is_str(a) && value_is_str(b)) {
        *eq = str_equal(AW_STR(a), AW_STR(b));
        return true;
    }
    if (value_is_int(a) && value_is_int(b)) {
        *eq = 0;
        return true;
    }
    return false;
}

/* Creates an empty dict of `type` (dict or a subclass). */
AwDict *dict_new_of_type(AwVM *vm, AwType *type);
/* d[key] for a key whose hash is known. Same results as dict_get. */
AwValue dict_get_hashed(AwVM *vm, AwDict *d, AwValue key, int64_t hash);
AwStatus dict_set_hashed(AwVM *vm, AwDict *d, AwValue key, int64_t hash, AwValue value);
/* Like dict_next, also giving the cached hash. */
bool dict_next_hashed(AwDict *d, int64_t *pos, AwValue *key, AwValue *value, int64_t *hash);
/* dict.pop(key) without a default: the value, AW_EMPTY if missing (no exception), AW_ERR. */
AwValue dict_pop(AwVM *vm, AwDict *d, AwValue key);
/* 1 if key in d, 0 if not, -1 error. */
int dict_contains(AwVM *vm, AwDict *d, AwValue key);
/* Adds each keyword argument of a native call (kwnames[i] = argv[i]) to d. */
AwStatus dict_update_kwargs(AwVM *vm, AwDict *d, const AwValue *argv, AwTuple *kwnames);
/* raise KeyError(key) (the key is the exception's only argument). Returns AW_ERR. */
AwValue dict_key_error(AwVM *vm, AwValue key);

/* Views and iterators (dictview.c). kind: 0 keys, 1 values, 2 items. */
AwValue dict_view_new(AwVM *vm, AwDict *d, int kind);
AwValue dict_iter_new(AwVM *vm, AwDict *d, int kind, bool reverse);

#define AW_DICT(v) ((AwDict *)value_as_ptr(v))
static inline bool value_is_dict(AwValue v) { return value_is_ptr(v) && type_of(v) == &aw_type_dict; }

#endif
