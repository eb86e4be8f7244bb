/* dict.c — the dict type: an insertion-ordered hash table (dense entries + sparse index).
 *
 * Up to TINY_CAP entries there is no index: lookups scan the entries comparing cached hashes
 * (most instance and keyword dicts stay this small). Bigger dicts have an index of
 * power-of-two size whose slots hold entry numbers (EMPTY / DUMMY when free), probed like
 * CPython's (i = 5i + perturb + 1). Deleting leaves a hole in the entries; the next resize
 * compacts them. A resize sizes the index to the smallest power of two >= 3 * used.
 * In index mode the entries buffer always holds index_size * 2 / 3 entries, and entries_cap
 * is the number of appends allowed before the next resize: popitem() gives back its tail slot
 * but lowers entries_cap, so (live + dummy) index slots never exceed 2/3 of the index and every
 * probe sequence ends at an empty slot.
 *
 * Comparing a non-str key may run aw code (__eq__) that mutates the dict; lookups then
 * notice the version change and start again, as CPython does.
 */
#include "interp/dict.h"
#include "interp/set.h"
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/class.h"
#include "interp/exception.h"
#include "interp/function.h"
#include "interp/gc.h"
#include "interp/list.h"
#include "interp/ops.h"
#include "interp/reprguard.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

#define TINY_CAP 8
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define LOOKUP_ERROR (-2)

/* ---- table ---- */

AwDict *dict_new_of_type(AwVM *vm, AwType *type) {
    return (AwDict *)gc_new(vm, type, type->instance_size);
}

AwDict *dict_new(AwVM *vm) { return dict_new_of_type(vm, &aw_type_dict); }

/* Entries the buffer was allocated with (see the header comment). */
static int64_t entries_alloc(AwDict *d) { return d->index ? d->index_size * 2 / 3 : d->entries_cap; }

static void free_table(AwVM *vm, AwDict *d) {
    if (d->entries) gc_free(vm, d->entries, (size_t)entries_alloc(d) * sizeof(AwDictEntry));
    if (d->index) gc_free(vm, d->index, (size_t)d->index_size * sizeof(int32_t));
    d->entries = NULL;
    d->index = NULL;
    d->entries_cap = d->index_size = d->nentries = d->used = 0;
}

/* Puts entry number ix into the first free slot of its probe sequence. */
static void index_insert(int32_t *index, int64_t size, int64_t hash, int64_t ix) {
    uint64_t mask = (uint64_t)size - 1, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    while (index[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    index[i] = (int32_t)ix;
}

/* Rebuilds the table with room for at least min_cap entries, dropping deleted ones. */
static AwStatus resize(AwVM *vm, AwDict *d, int64_t min_cap) {
    int64_t size = 0, cap = min_cap <= TINY_CAP / 2 ? TINY_CAP / 2 : TINY_CAP;
    if (min_cap > TINY_CAP) {
        for (size = 16; size < min_cap || size * 2 / 3 <= d->used; size <<= 1) {}
        cap = size * 2 / 3;
    }
    AwDictEntry *entries = gc_alloc(vm, (size_t)cap * sizeof(AwDictEntry));
    if (!entries) return AW_ERROR;
    int32_t *index = NULL;
    if (size) {
        if (size > ((int64_t)1 << 31)) {   /* entry numbers are int32 */
            gc_free(vm, entries, (size_t)cap * sizeof(AwDictEntry));
            return vm_fail(vm_raise_memory(vm));
        }
        index = gc_alloc(vm, (size_t)size * sizeof(int32_t));
        if (!index) {
            gc_free(vm, entries, (size_t)cap * sizeof(AwDictEntry));
            return AW_ERROR;
        }
        memset(index, 0xFF, (size_t)size * sizeof(int32_t));   /* all IX_EMPTY */
    }
    int64_t n = 0;
    for (int64_t i = 0; i < d->nentries; i++) {
        if (d->entries[i].key == AW_EMPTY) continue;
        entries[n] = d->entries[i];
        if (index) index_insert(index, size, entries[n].hash, n);
        n++;
    }
    int64_t used = d->used;
    free_table(vm, d);
    d->entries = entries;
    d->entries_cap = cap;
    d->index = index;
    d->index_size = size;
    d->nentries = d->used = used;
    d->version++;
    return AW_OK;
}

/* Compares the key of entry ix with key; 1, 0, -1 error, or 2 if the dict changed while aw
 * code ran (the caller restarts its lookup). */
static int entry_matches(AwVM *vm, AwDict *d, int64_t ix, AwValue key) {
    AwValue ek = d->entries[ix].key;
    int eq;
    if (dict_keys_equal_fast(ek, key, &eq)) return eq;
    AwDictEntry *entries = d->entries;
    uint32_t version = d->version;
    eq = ops_eq(vm, ek, key);
    if (eq < 0) return -1;
    if (d->entries != entries || d->version != version || d->entries[ix].key != ek) return 2;
    return eq;
}

/* Entry number of key, -1 if missing, LOOKUP_ERROR on error. */
static int64_t lookup(AwVM *vm, AwDict *d, AwValue key, int64_t hash) {
restart:
    if (!d->index) {
        for (int64_t i = 0; i < d->nentries; i++) {
            if (d->entries[i].hash != hash || d->entries[i].key == AW_EMPTY) continue;
            int m = entry_matches(vm, d, i, key);
            if (m == 2) goto restart;
            if (m) return m < 0 ? LOOKUP_ERROR : i;
        }
        return -1;
    }
    uint64_t mask = (uint64_t)d->index_size - 1, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = d->index[i];
        if (ix == IX_EMPTY) return -1;
        if (ix >= 0 && d->entries[ix].hash == hash) {
            int m = entry_matches(vm, d, ix, key);
            if (m == 2) goto restart;
            if (m) return m < 0 ? LOOKUP_ERROR : ix;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* An entry key equal to the str key: a str, or an instance of a str subclass, with the
 * same text (the subclass's own __eq__, if any, is not consulted). */
static inline bool str_key_equal(AwValue ek, AwStr *key) {
    return value_is_ptr(ek) && (value_is_str(ek) || value_is_instance(ek, &aw_type_str)) &&
           str_equal(AW_STR(ek), key);
}

/* Lookup of an exact str key: never runs aw code (entries that are not strs never match).
 * *other is set when an entry with the key's hash is not a str: one whose __eq__ may still
 * find it equal (lookup_key then asks it, as CPython's general lookup does). */
static int64_t lookup_str(AwDict *d, AwStr *key, int64_t hash, bool *other) {
    AwValue kv = str_value(key);
    if (!d->index) {
        for (int64_t i = 0; i < d->nentries; i++) {
            AwValue ek = d->entries[i].key;
            if (ek == kv) return i;
            if (d->entries[i].hash == hash && ek != AW_EMPTY) {
                if (str_key_equal(ek, key)) return i;
                if (!value_is_instance(ek, &aw_type_str)) *other = true;
            }
        }
        return -1;
    }
    uint64_t mask = (uint64_t)d->index_size - 1, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = d->index[i];
        if (ix == IX_EMPTY) return -1;
        if (ix >= 0) {
            AwValue ek = d->entries[ix].key;
            if (ek == kv) return ix;
            if (d->entries[ix].hash == hash) {
                if (str_key_equal(ek, key)) return ix;
                if (!value_is_instance(ek, &aw_type_str)) *other = true;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Entry number of any key: exact strs take the fast path unless a colliding entry of another
 * type must be compared with __eq__. */
static inline int64_t lookup_key(AwVM *vm, AwDict *d, AwValue key, int64_t hash) {
    if (!value_is_str(key)) return lookup(vm, d, key, hash);
    bool other = false;
    int64_t ix = lookup_str(d, AW_STR(key), hash, &other);
    return ix == -1 && other ? lookup(vm, d, key, hash) : ix;
}

/* The index slot holding entry number ix (which must be in the index). */
static uint64_t slot_of(AwDict *d, int64_t hash, int64_t ix) {
    uint64_t mask = (uint64_t)d->index_size - 1, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    while (d->index[i] != ix) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Appends a new entry (the key is known to be absent). */
static AwStatus insert_new(AwVM *vm, AwDict *d, AwValue key, int64_t hash, AwValue value) {
    if (d->nentries == d->entries_cap) {
        int64_t want = d->used < TINY_CAP ? d->used * 2 : d->used * 3;
        if (want <= d->used) want = d->used + 1;
        if (resize(vm, d, want) != AW_OK) return AW_ERROR;
    }
    int64_t ix = d->nentries++;
    d->entries[ix].hash = hash;
    d->entries[ix].key = key;
    d->entries[ix].value = value;
    if (d->index) index_insert(d->index, d->index_size, hash, ix);
    d->used++;
    d->version++;
    return AW_OK;
}

static void delete_entry(AwDict *d, int64_t ix) {
    if (d->index) d->index[slot_of(d, d->entries[ix].hash, ix)] = IX_DUMMY;
    d->entries[ix].key = AW_EMPTY;
    d->entries[ix].value = AW_EMPTY;
    d->used--;
    d->version++;
}

/* ---- public table API ---- */

AwValue dict_get_hashed(AwVM *vm, AwDict *d, AwValue key, int64_t hash) {
    int64_t ix = lookup_key(vm, d, key, hash);
    if (ix == LOOKUP_ERROR) return AW_ERR;
    return ix < 0 ? AW_EMPTY : d->entries[ix].value;
}

AwValue dict_get(AwVM *vm, AwDict *d, AwValue key) {
    int64_t hash;
    if (dict_hash_key(vm, key, &hash) != AW_OK) return AW_ERR;
    return dict_get_hashed(vm, d, key, hash);
}

AwStatus dict_set_hashed(AwVM *vm, AwDict *d, AwValue key, int64_t hash, AwValue value) {
    int64_t ix = lookup_key(vm, d, key, hash);
    if (ix == LOOKUP_ERROR) return AW_ERROR;
    if (ix >= 0) {
        d->entries[ix].value = value;
        return AW_OK;
    }
    return insert_new(vm, d, key, hash, value);
}

AwStatus dict_set(AwVM *vm, AwDict *d, AwValue key, AwValue value) {
    int64_t hash;
    if (dict_hash_key(vm, key, &hash) != AW_OK) return AW_ERROR;
    return dict_set_hashed(vm, d, key, hash, value);
}

int dict_del(AwVM *vm, AwDict *d, AwValue key) {
    int64_t hash;
    if (dict_hash_key(vm, key, &hash) != AW_OK) return -1;
    int64_t ix = lookup_key(vm, d, key, hash);
    if (ix == LOOKUP_ERROR) return -1;
    if (ix < 0) return 0;
    delete_entry(d, ix);
    return 1;
}

AwValue dict_pop(AwVM *vm, AwDict *d, AwValue key) {
    int64_t hash;
    if (dict_hash_key(vm, key, &hash) != AW_OK) return AW_ERR;
    int64_t ix = lookup_key(vm, d, key, hash);
    if (ix == LOOKUP_ERROR) return AW_ERR;
    if (ix < 0) return AW_EMPTY;
    AwValue v = d->entries[ix].value;
    delete_entry(d, ix);
    return v;
}

int dict_contains(AwVM *vm, AwDict *d, AwValue key) {
    AwValue v = dict_get(vm, d, key);
    return v == AW_ERR ? -1 : v != AW_EMPTY;
}

AwValue dict_get_str(AwDict *d, AwStr *key) {
    bool other = false;
    int64_t ix = lookup_str(d, key, str_hash(key), &other);
    return ix < 0 ? AW_EMPTY : d->entries[ix].value;
}

int64_t dict_find_str(AwDict *d, AwStr *key) {
    bool other = false;
    return lookup_str(d, key, str_hash(key), &other);
}

AwStatus dict_set_str(AwVM *vm, AwDict *d, AwStr *key, AwValue value) {
    int64_t hash = str_hash(key);
    bool other = false;
    int64_t ix = lookup_str(d, key, hash, &other);
    if (ix >= 0) {
        d->entries[ix].value = value;
        return AW_OK;
    }
    return insert_new(vm, d, str_value(key), hash, value);
}

AwStatus dict_set_cstr(AwVM *vm, AwDict *d, const char *key, AwValue value) {
    AwStr *k = str_intern_cstr(vm, key);
    return k ? dict_set_str(vm, d, k, value) : AW_ERROR;
}

bool dict_next_hashed(AwDict *d, int64_t *pos, AwValue *key, AwValue *value, int64_t *hash) {
    for (int64_t i = *pos; i < d->nentries; i++) {
        if (d->entries[i].key == AW_EMPTY) continue;
        *pos = i + 1;
        if (key) *key = d->entries[i].key;
        if (value) *value = d->entries[i].value;
        if (hash) *hash = d->entries[i].hash;
        return true;
    }
    *pos = d->nentries;
    return false;
}

bool dict_next(AwDict *d, int64_t *pos, AwValue *key, AwValue *value) {
    return dict_next_hashed(d, pos, key, value, NULL);
}

AwDict *dict_copy(AwVM *vm, AwDict *src) {
    AwDict *d = dict_new(vm);
    if (!d || src->used == 0) return d;
    if (src->used != src->nentries || src->entries_cap != entries_alloc(src)) {   /* holes or dummies */
        int64_t pos = 0, hash;
        AwValue k, v;
        if (resize(vm, d, src->used) != AW_OK) return NULL;
        while (dict_next_hashed(src, &pos, &k, &v, &hash))
            if (insert_new(vm, d, k, hash, v) != AW_OK) return NULL;
        return d;
    }
    d->entries = gc_alloc(vm, (size_t)entries_alloc(src) * sizeof(AwDictEntry));
    if (!d->entries) return NULL;
    d->entries_cap = src->entries_cap;
    memcpy(d->entries, src->entries, (size_t)src->nentries * sizeof(AwDictEntry));
    if (src->index) {
        d->index = gc_alloc(vm, (size_t)src->index_size * sizeof(int32_t));
        if (!d->index) return NULL;
        d->index_size = src->index_size;
        memcpy(d->index, src->index, (size_t)src->index_size * sizeof(int32_t));
    }
    d->nentries = d->used = src->used;
    return d;
}

void dict_clear(AwVM *vm, AwDict *d) {
    free_table(vm, d);
    d->version++;
}

AwValue dict_key_error(AwVM *vm, AwValue key) {
    AwException *e = exception_new(vm, &aw_exc_KeyError, 1, &key);
    return e ? vm_raise_value(vm, value_from_ptr(e)) : AW_ERR;
}

/* ---- update ---- */

/* Copies the entries of a dict whose iteration is the built-in one (cached hashes reused). */
static AwStatus update_from_dict(AwVM *vm, AwDict *d, AwDict *other) {
    if (other == d || other->used == 0) return AW_OK;
    if (d->used == 0 && d->nentries + other->used > d->entries_cap &&
        resize(vm, d, other->used) != AW_OK)
        return AW_ERROR;
    int64_t n = other->used;
    for (int64_t i = 0; i < other->nentries; i++) {
        AwDictEntry e = other->entries[i];
        if (e.key == AW_EMPTY) continue;
        if (dict_set_hashed(vm, d, e.key, e.hash, e.value) != AW_OK) return AW_ERROR;
        if (other->used != n)
            return vm_fail(vm_raise(vm, &aw_exc_RuntimeError, "dict mutated during update"));
    }
    return AW_OK;
}

/* other.keys() then other[k] for each (the mapping protocol). */
static AwStatus update_from_mapping(AwVM *vm, AwDict *d, AwValue other, AwValue keys_meth) {
    AwValue keys = vm_call(vm, keys_meth, 0, NULL, NULL);
    if (keys == AW_ERR) return AW_ERROR;
    AwValue it = ops_iter(vm, keys);
    if (it == AW_ERR || gc_push_root(vm, it) != AW_OK) return AW_ERROR;
    AwStatus st = AW_OK;
    for (;;) {
        AwValue k = ops_next(vm, it);
        if (k == AW_STOP) break;
        if (k == AW_ERR || gc_push_root(vm, k) != AW_OK) {
            st = AW_ERROR;
            break;
        }
        AwValue v = ops_getitem(vm, other, k);
        st = v == AW_ERR ? AW_ERROR : gc_push_root(vm, v);
        if (st == AW_OK) {
            st = dict_set(vm, d, k, v);
            gc_pop_roots(vm, 1);
        }
        gc_pop_roots(vm, 1);
        if (st != AW_OK) break;
    }
    gc_pop_roots(vm, 1);
    return st;
}

/* One element of dict(iterable): a 2-item sequence. */
static AwStatus update_pair(AwVM *vm, AwDict *d, AwValue item, int64_t n) {
    AwValue seq = item;
    if (!value_is_tuple(item) && !value_is_list(item)) {
        AwValue it = ops_iter(vm, item);
        if (it == AW_ERR) {
            if (!vm_exc_matches(vm, &aw_exc_TypeError)) return AW_ERROR;
            vm_exc_clear(vm);
            return vm_fail(vm_raise(vm, &aw_exc_TypeError,
                                    "cannot convert dictionary update sequence element #%lld to a sequence",
                                    (long long)n));
        }
        if ((seq = list_from_iterable(vm, it)) == AW_ERR) return AW_ERROR;
    }
    int64_t len = value_is_tuple(seq) ? AW_TUPLE(seq)->len : AW_LIST(seq)->len;
    if (len != 2)
        return vm_fail(vm_raise(vm, &aw_exc_ValueError,
                                "dictionary update sequence element #%lld has length %lld; 2 is required",
                                (long long)n, (long long)len));
    const AwValue *kv = value_is_tuple(seq) ? AW_TUPLE(seq)->items : AW_LIST(seq)->items;
    AwValue k = kv[0], v = kv[1];
    if (gc_push_root(vm, seq) != AW_OK) return AW_ERROR;
    AwStatus st = dict_set(vm, d, k, v);
    gc_pop_roots(vm, 1);
    return st;
}

static AwStatus update_from_pairs(AwVM *vm, AwDict *d, AwValue iterable) {
    AwValue it = ops_iter(vm, iterable);
    if (it == AW_ERR || gc_push_root(vm, it) != AW_OK) return AW_ERROR;
    AwStatus st = AW_OK;
    for (int64_t n = 0;; n++) {
        AwValue item = ops_next(vm, it);
        if (item == AW_STOP) break;
        if (item == AW_ERR || gc_push_root(vm, item) != AW_OK) {
            st = AW_ERROR;
            break;
        }
        st = update_pair(vm, d, item, n);
        gc_pop_roots(vm, 1);
        if (st != AW_OK) break;
    }
    gc_pop_roots(vm, 1);
    return st;
}

static AwValue dict_iter_slot(AwVM *vm, AwValue self);

AwStatus dict_update(AwVM *vm, AwDict *d, AwValue other) {
    if (value_is_instance(other, &aw_type_dict) && type_of(other)->iter == dict_iter_slot)
        return update_from_dict(vm, d, AW_DICT(other));
    AwValue keys = ops_getattr_opt(vm, other, AW_NAME(vm, keys));
    if (keys == AW_ERR) return AW_ERROR;
    if (keys != AW_EMPTY) return update_from_mapping(vm, d, other, keys);
    return update_from_pairs(vm, d, other);
}

AwStatus dict_update_kwargs(AwVM *vm, AwDict *d, const AwValue *argv, AwTuple *kwnames) {
    for (int64_t i = 0; kwnames && i < kwnames->len; i++)
        if (dict_set(vm, d, kwnames->items[i], argv[i]) != AW_OK) return AW_ERROR;
    return AW_OK;
}

/* ---- slots ---- */

/* Appends "k: v" for one entry; v is rooted while repr(k) runs. */
static AwStatus repr_entry(AwVM *vm, AwBuf *b, AwValue k, AwValue v) {
    if (gc_push_root(vm, v) != AW_OK) return AW_ERROR;
    AwStatus st = buf_append_repr_of(b, k);
    if (st == AW_OK) st = buf_append_cstr(b, ": ");
    if (st == AW_OK) st = buf_append_repr_of(b, v);
    gc_pop_roots(vm, 1);
    return st;
}

static AwValue dict_repr(AwVM *vm, AwValue self) {
    AwDict *d = AW_DICT(self);
    if (d->used == 0) return str_value(str_from_cstr(vm, "{}"));
    int g = reprguard_enter(vm, &d->obj);
    if (g != 0) return g > 0 ? str_value(str_from_cstr(vm, "{...}")) : AW_ERR;
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = buf_append_char(&b, '{');
    bool first = true;
    for (int64_t i = 0; st == AW_OK && i < d->nentries; i++) {
        AwDictEntry e = d->entries[i];
        if (e.key == AW_EMPTY) continue;
        if (!first) st = buf_append_cstr(&b, ", ");
        first = false;
        if (st == AW_OK) st = repr_entry(vm, &b, e.key, e.value);
    }
    if (st == AW_OK) st = buf_append_char(&b, '}');
    reprguard_leave(vm, &d->obj);
    if (st != AW_OK) {
        buf_free(&b);
        return AW_ERR;
    }
    AwStr *s = buf_to_str(&b);
    return s ? str_value(s) : AW_ERR;
}

/* a == b for two dicts: same size and every key of a maps to an equal value in b. */
static int dict_equal(AwVM *vm, AwDict *a, AwDict *b) {
    if (a->used != b->used) return 0;
    for (int64_t i = 0; i < a->nentries; i++) {
        AwDictEntry e = a->entries[i];
        if (e.key == AW_EMPTY) continue;
        if (gc_push_root(vm, e.key) != AW_OK) return -1;
        if (gc_push_root(vm, e.value) != AW_OK) {
            gc_pop_roots(vm, 1);
            return -1;
        }
        AwValue bv = dict_get_hashed(vm, b, e.key, e.hash);
        int eq = bv == AW_ERR ? -1 : bv == AW_EMPTY ? 0 : ops_eq(vm, e.value, bv);
        gc_pop_roots(vm, 2);
        if (eq <= 0) return eq;
    }
    return 1;
}

static AwValue dict_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if (!value_is_instance(b, &aw_type_dict) || (op != AW_CMP_EQ && op != AW_CMP_NE)) return AW_NOTIMPL;
    int eq = dict_equal(vm, AW_DICT(a), AW_DICT(b));
    if (eq < 0) return AW_ERR;
    return value_from_bool(op == AW_CMP_EQ ? eq : !eq);
}

/* a | b: a copy of a (always a plain dict) updated with b. */
static AwValue dict_binary(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    if (op != AW_BINOP_OR || !value_is_instance(a, &aw_type_dict) || !value_is_instance(b, &aw_type_dict))
        return AW_NOTIMPL;
    AwDict *r = dict_copy(vm, AW_DICT(a));
    if (!r || gc_push_root(vm, value_from_ptr(r)) != AW_OK) return AW_ERR;
    AwStatus st = dict_update(vm, r, b);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? value_from_ptr(r) : AW_ERR;
}

static AwStatus dict_len(AwVM *vm, AwValue self, int64_t *out) {
    *out = AW_DICT(self)->used;
    return AW_OK;
}

static int dict_truth(AwVM *vm, AwValue self) { return AW_DICT(self)->used != 0; }

/* d[key]; subclasses may define __missing__. */
static AwValue dict_getitem(AwVM *vm, AwValue self, AwValue key) {
    AwValue v = dict_get(vm, AW_DICT(self), key);
    if (v != AW_EMPTY) return v;
    if (type_of(self) != &aw_type_dict) {
        AwValue r = vm_call_dunder(vm, self, AW_NAME(vm, __missing__), 1, &key);
        if (r != AW_EMPTY) return r;
    }
    return dict_key_error(vm, key);
}

static AwStatus dict_setitem(AwVM *vm, AwValue self, AwValue key, AwValue value) {
    if (value != AW_EMPTY) return dict_set(vm, AW_DICT(self), key, value);
    int r = dict_del(vm, AW_DICT(self), key);
    if (r < 0) return AW_ERROR;
    return r ? AW_OK : vm_fail(dict_key_error(vm, key));
}

static int dict_contains_slot(AwVM *vm, AwValue self, AwValue key) { return dict_contains(vm, AW_DICT(self), key); }

static AwValue dict_iter_slot(AwVM *vm, AwValue self) { return dict_iter_new(vm, AW_DICT(self), 0, false); }

static void dict_trace(AwGC *gc, AwObject *self) {
    AwDict *d = (AwDict *)self;
    for (int64_t i = 0; i < d->nentries; i++) {
        if (d->entries[i].key == AW_EMPTY) continue;
        gc_mark_value(gc, d->entries[i].key);
        gc_mark_value(gc, d->entries[i].value);
    }
}

static void dict_free(AwVM *vm, AwObject *self) { free_table(vm, (AwDict *)self); }

/* ---- construction and __init__ (see list.c) ---- */

static AwValue m_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames);

static bool init_is_native(AwVM *vm, AwType *type) {
    if (type == &aw_type_dict) return true;
    AwValue init = type_lookup(type, AW_NAME(vm, __init__));
    return value_is_type(init, &aw_type_native) && AW_NATIVE(init)->fn == m_init;
}

/* dict.update semantics for a call's arguments: one optional positional, then keywords. */
static AwStatus update_from_args(AwVM *vm, AwDict *d, const char *name, int argc, const AwValue *argv,
                                 AwTuple *kwnames) {
    if (argc > 1)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s expected at most 1 argument, got %d", name, argc));
    if (gc_push_root(vm, value_from_ptr(d)) != AW_OK) return AW_ERROR;
    AwStatus st = argc ? dict_update(vm, d, argv[0]) : AW_OK;
    if (st == AW_OK) st = dict_update_kwargs(vm, d, argv + argc, kwnames);
    gc_pop_roots(vm, 1);
    return st;
}

static AwValue dict_new_(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc > 1) return vm_raise(vm, &aw_exc_TypeError, "dict expected at most 1 argument, got %d", argc);
    AwDict *d = dict_new_of_type(vm, type);
    if (!d) return AW_ERR;
    bool has_kw = kwnames && kwnames->len;
    if ((argc == 0 && !has_kw) || !init_is_native(vm, type)) return value_from_ptr(d);
    if (update_from_args(vm, d, "dict", argc, argv, kwnames) != AW_OK) return AW_ERR;
    return value_from_ptr(d);
}

static AwValue m_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwDict *d = AW_DICT(argv[0]);
    return update_from_args(vm, d, "dict", argc - 1, argv + 1, kwnames) == AW_OK ? AW_NONE : AW_ERR;
}

/* ---- methods ---- */

static AwStatus check_none(AwVM *vm, const char *name, int argc, AwTuple *kwnames) {
    if (kwnames && kwnames->len)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes no keyword arguments", name));
    if (argc != 1)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes no arguments (%d given)", name, argc - 1));
    return AW_OK;
}

static AwStatus check_one(AwVM *vm, const char *name, int argc, AwTuple *kwnames) {
    if (kwnames && kwnames->len)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes no keyword arguments", name));
    if (argc != 2)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes exactly one argument (%d given)", name, argc - 1));
    return AW_OK;
}

/* "name expected at least/most N argument(s), got M" for 1 or 2 positional arguments. */
static AwStatus check_range(AwVM *vm, const char *name, int argc, int min, int max, AwTuple *kwnames) {
    if (kwnames && kwnames->len)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "dict.%s() takes no keyword arguments", name));
    int n = argc - 1;
    if (n < min)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s expected at least %d argument%s, got %d", name, min,
                                min == 1 ? "" : "s", n));
    if (n > max)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s expected at most %d argument%s, got %d", name, max,
                                max == 1 ? "" : "s", n));
    return AW_OK;
}

static AwValue m_keys(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_none(vm, "dict.keys", argc, kwnames) != AW_OK) return AW_ERR;
    return dict_view_new(vm, AW_DICT(argv[0]), 0);
}

static AwValue m_values(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_none(vm, "dict.values", argc, kwnames) != AW_OK) return AW_ERR;
    return dict_view_new(vm, AW_DICT(argv[0]), 1);
}

static AwValue m_items(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_none(vm, "dict.items", argc, kwnames) != AW_OK) return AW_ERR;
    return dict_view_new(vm, AW_DICT(argv[0]), 2);
}

static AwValue m_get(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_range(vm, "get", argc, 1, 2, kwnames) != AW_OK) return AW_ERR;
    AwValue v = dict_get(vm, AW_DICT(argv[0]), argv[1]);
    if (v == AW_EMPTY) return argc > 2 ? argv[2] : AW_NONE;
    return v;
}

static AwValue m_setdefault(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_range(vm, "setdefault", argc, 1, 2, kwnames) != AW_OK) return AW_ERR;
    AwDict *d = AW_DICT(argv[0]);
    int64_t hash;
    if (dict_hash_key(vm, argv[1], &hash) != AW_OK) return AW_ERR;
    /* one lookup (CPython compares the key once): a missing key is appended directly */
    int64_t ix = lookup_key(vm, d, argv[1], hash);
    if (ix == LOOKUP_ERROR) return AW_ERR;
    if (ix >= 0) return d->entries[ix].value;
    AwValue dflt = argc > 2 ? argv[2] : AW_NONE;
    return insert_new(vm, d, argv[1], hash, dflt) == AW_OK ? dflt : AW_ERR;
}

static AwValue m_pop(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_range(vm, "pop", argc, 1, 2, kwnames) != AW_OK) return AW_ERR;
    AwValue v = dict_pop(vm, AW_DICT(argv[0]), argv[1]);
    if (v != AW_EMPTY) return v;
    return argc > 2 ? argv[2] : dict_key_error(vm, argv[1]);
}

/* Removes and returns the last (key, value) pair (LIFO). */
static AwValue m_popitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_none(vm, "dict.popitem", argc, kwnames) != AW_OK) return AW_ERR;
    AwDict *d = AW_DICT(argv[0]);
    if (d->used == 0) {
        AwStr *msg = str_from_cstr(vm, "popitem(): dictionary is empty");
        return msg ? dict_key_error(vm, str_value(msg)) : AW_ERR;
    }
    int64_t i = d->nentries - 1;
    while (d->entries[i].key == AW_EMPTY) i--;
    AwTuple *t = tuple_pack2(vm, d->entries[i].key, d->entries[i].value);
    if (!t) return AW_ERR;
    delete_entry(d, i);
    if (d->index) d->entries_cap -= d->nentries - i;
    d->nentries = i;
    return value_from_ptr(t);
}

static AwValue m_update(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return update_from_args(vm, AW_DICT(argv[0]), "update", argc - 1, argv + 1, kwnames) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue m_copy(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_none(vm, "dict.copy", argc, kwnames) != AW_OK) return AW_ERR;
    AwDict *d = dict_copy(vm, AW_DICT(argv[0]));
    return d ? value_from_ptr(d) : AW_ERR;
}

static AwValue m_clear(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_none(vm, "dict.clear", argc, kwnames) != AW_OK) return AW_ERR;
    dict_clear(vm, AW_DICT(argv[0]));
    return AW_NONE;
}

/* dict.fromkeys(iterable, value=None), a classmethod: argv[0] is the class. */
static AwValue m_fromkeys(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_range(vm, "fromkeys", argc, 1, 2, kwnames) != AW_OK) return AW_ERR;
    AwValue value = argc > 2 ? argv[2] : AW_NONE;
    AwValue d = vm_call(vm, argv[0], 0, NULL, NULL);
    if (d == AW_ERR || gc_push_root(vm, d) != AW_OK) return AW_ERR;
    bool plain = value_is_dict(d);
    AwValue src = argv[1];
    if (plain && (value_is_type(src, &aw_type_set) || value_is_type(src, &aw_type_frozenset) || value_is_dict(src))) {
        /* CPython reuses the hashes an exact set or dict has stored; the table is re-read at each
         * step because a colliding key's __eq__ may change it */
        AwStatus st = AW_OK;
        int64_t pos = 0, hash;
        AwValue k, unused;
        if (value_is_dict(src)) {
            while (st == AW_OK && dict_next_hashed(AW_DICT(src), &pos, &k, &unused, &hash))
                st = dict_set_hashed(vm, AW_DICT(d), k, hash, value);
        } else {
            AwSet *set = (AwSet *)value_as_ptr(src);
            for (; st == AW_OK && pos <= set->mask; pos++) {
                k = set->table[pos].key;
                if (k == AW_EMPTY || k == AW_STOP) continue;
                st = dict_set_hashed(vm, AW_DICT(d), k, set->table[pos].hash, value);
            }
        }
        gc_pop_roots(vm, 1);
        return st == AW_OK ? d : AW_ERR;
    }
    AwValue it = ops_iter(vm, argv[1]);
    AwStatus st = it == AW_ERR ? AW_ERROR : gc_push_root(vm, it);
    size_t roots = st == AW_OK ? 2 : 1;
    while (st == AW_OK) {
        AwValue k = ops_next(vm, it);
        if (k == AW_STOP) break;
        if (k == AW_ERR) st = AW_ERROR;
        else st = plain ? dict_set(vm, AW_DICT(d), k, value) : ops_setitem(vm, d, k, value);
    }
    gc_pop_roots(vm, roots);
    return st == AW_OK ? d : AW_ERR;
}

static AwValue m_reversed(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_none(vm, "dict.__reversed__", argc, kwnames) != AW_OK) return AW_ERR;
    return dict_iter_new(vm, AW_DICT(argv[0]), 0, true);
}

static AwValue m_contains(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "dict.__contains__", argc, kwnames) != AW_OK) return AW_ERR;
    int r = dict_contains(vm, AW_DICT(argv[0]), argv[1]);
    return r < 0 ? AW_ERR : value_from_bool(r);
}

static AwValue m_getitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "dict.__getitem__", argc, kwnames) != AW_OK) return AW_ERR;
    return dict_getitem(vm, argv[0], argv[1]);
}

static AwValue m_setitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc != 3) return vm_raise(vm, &aw_exc_TypeError, "expected 2 arguments, got %d", argc - 1);
    return dict_set(vm, AW_DICT(argv[0]), argv[1], argv[2]) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue m_delitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "dict.__delitem__", argc, kwnames) != AW_OK) return AW_ERR;
    return dict_setitem(vm, argv[0], argv[1], AW_EMPTY) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue m_len(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return value_from_small(AW_DICT(argv[0])->used);
}

static AwValue m_iter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return dict_iter_new(vm, AW_DICT(argv[0]), 0, false);
}

/* d |= other: any mapping or iterable of pairs (unlike |, which needs a dict). */
static AwValue m_ior(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "dict.__ior__", argc, kwnames) != AW_OK) return AW_ERR;
    return dict_update(vm, AW_DICT(argv[0]), argv[1]) == AW_OK ? argv[0] : AW_ERR;
}

static const AwMethodDef dict_methods[] = {
    {"keys", m_keys, AW_METH_DEFAULT},
    {"values", m_values, AW_METH_DEFAULT},
    {"items", m_items, AW_METH_DEFAULT},
    {"get", m_get, AW_METH_DEFAULT},
    {"setdefault", m_setdefault, AW_METH_DEFAULT},
    {"pop", m_pop, AW_METH_DEFAULT},
    {"popitem", m_popitem, AW_METH_DEFAULT},
    {"update", m_update, AW_METH_DEFAULT},
    {"copy", m_copy, AW_METH_DEFAULT},
    {"clear", m_clear, AW_METH_DEFAULT},
    {"fromkeys", m_fromkeys, AW_METH_CLASS},
    {"__reversed__", m_reversed, AW_METH_DEFAULT},
    {"__contains__", m_contains, AW_METH_DEFAULT},
    {"__getitem__", m_getitem, AW_METH_DEFAULT},
    {"__setitem__", m_setitem, AW_METH_DEFAULT},
    {"__delitem__", m_delitem, AW_METH_DEFAULT},
    {"__len__", m_len, AW_METH_DEFAULT},
    {"__iter__", m_iter, AW_METH_DEFAULT},
    {"__init__", m_init, AW_METH_DEFAULT},
    {"__ior__", m_ior, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwType aw_type_dict = {
    .name = "dict",
    .base = &aw_type_object,
    .instance_size = sizeof(AwDict),
    .flags = AW_TYPE_BASETYPE,
    .methods = dict_methods,
    .repr = dict_repr,
    .compare = dict_compare,
    .binary = dict_binary,
    .truth = dict_truth,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains_slot,
    .iter = dict_iter_slot,
    .new_ = dict_new_,
    .trace = dict_trace,
    .free_ = dict_free,
};
