/* set.c — set and frozenset, following CPython 3.11's setobject.c table algorithm exactly
 * (linear probes of 9 then perturbed jumps, 8 slots to start, growth when 60% full, the same
 * merge/update/intersection/difference strategies) so iteration order matches CPython.
 *
 * Comparing keys may run aw code (__eq__) that mutates the set; lookups notice a changed
 * table or entry and restart. Keys read out of a table are rooted across calls that can run
 * aw code, since the table may drop them meanwhile.
 */
#include "interp/set.h"
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/function.h"
#include "interp/gc.h"
#include "interp/iter.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/reprguard.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

#define MIN_SIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define DUMMY AW_STOP

/* ---- the table ---- */

static AwSetEntry *alloc_table(AwVM *vm, int64_t size) {
    AwSetEntry *t = gc_alloc(vm, (size_t)size * sizeof(AwSetEntry));
    if (!t) return NULL;
    for (int64_t i = 0; i < size; i++) {
        t[i].hash = 0;
        t[i].key = AW_EMPTY;
    }
    return t;
}

static void free_table(AwVM *vm, AwSet *s) {
    if (s->table) gc_free(vm, s->table, (size_t)(s->mask + 1) * sizeof(AwSetEntry));
    s->table = NULL;
}

AwSet *set_new(AwVM *vm, AwType *type) {
    AwSet *s = (AwSet *)gc_new(vm, type, type->instance_size);
    if (!s) return NULL;
    s->mask = MIN_SIZE - 1;
    s->hash = -1;
    s->table = alloc_table(vm, MIN_SIZE);
    return s->table ? s : NULL;
}

/* set or frozenset: the type set operations produce for an operand of `type`. */
static AwType *base_type(AwType *type) {
    if (type == &aw_type_set || type == &aw_type_frozenset) return type;
    return type_is_subtype(type, &aw_type_set) ? &aw_type_set : &aw_type_frozenset;
}

/* Compares an entry's key with key (same hash): 1, 0, -1 error, 2 the set changed meanwhile. */
static int key_matches(AwVM *vm, AwSet *s, AwSetEntry *entry, AwValue key) {
    AwValue start = entry->key;
    int eq;
    if (dict_keys_equal_fast(start, key, &eq)) return eq;
    AwSetEntry *table = s->table;
    eq = ops_eq(vm, start, key);
    if (eq < 0) return -1;
    if (table != s->table || entry->key != start) return 2;
    return eq;
}

/* The entry holding key, or the empty entry ending its probe; NULL on error. */
static AwSetEntry *lookkey(AwVM *vm, AwSet *s, AwValue key, int64_t hash) {
restart:;
    uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        AwSetEntry *entry = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->key == AW_EMPTY) return entry;
            if (entry->hash == hash) {
                int m = key_matches(vm, s, entry, key);
                if (m < 0) return NULL;
                if (m == 2) goto restart;
                if (m) return entry;
                mask = (uint64_t)s->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Inserts a key known to be absent into a table without dummies. */
static void insert_clean(AwSetEntry *table, uint64_t mask, AwValue key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        AwSetEntry *entry = &table[i];
        if (entry->key == AW_EMPTY) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == AW_EMPTY) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

/* Rebuilds the table at the smallest power-of-two size > minused, dropping dummies. */
static AwStatus table_resize(AwVM *vm, AwSet *s, int64_t minused) {
    int64_t size = MIN_SIZE;
    while (size <= minused) size <<= 1;
    if (size == MIN_SIZE && s->mask + 1 == MIN_SIZE && s->fill == s->used) return AW_OK;
    AwSetEntry *table = alloc_table(vm, size);
    if (!table) return AW_ERROR;
    AwSetEntry *old = s->table;
    int64_t old_size = s->mask + 1;
    for (int64_t i = 0; i < old_size; i++)
        if (old[i].key != AW_EMPTY && old[i].key != DUMMY) insert_clean(table, (uint64_t)size - 1, old[i].key, old[i].hash);
    gc_free(vm, old, (size_t)old_size * sizeof(AwSetEntry));
    s->table = table;
    s->mask = size - 1;
    s->fill = s->used;
    return AW_OK;
}

static AwStatus add_entry(AwVM *vm, AwSet *s, AwValue key, int64_t hash) {
restart:;
    uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    AwSetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->key == AW_EMPTY) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                int m = key_matches(vm, s, entry, key);
                if (m < 0) return AW_ERROR;
                if (m == 2) goto restart;
                if (m) return AW_OK;   /* already present */
                mask = (uint64_t)s->mask;
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        freeslot->key = key;
        freeslot->hash = hash;
        s->used++;
        return AW_OK;
    }
    entry->key = key;
    entry->hash = hash;
    s->fill++;
    s->used++;
    if ((uint64_t)s->fill * 5 < mask * 3) return AW_OK;
    return table_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static int contains_entry(AwVM *vm, AwSet *s, AwValue key, int64_t hash) {
    AwSetEntry *e = lookkey(vm, s, key, hash);
    return e ? e->key != AW_EMPTY : -1;
}

/* 1 removed, 0 missing, -1 error. */
static int discard_entry(AwVM *vm, AwSet *s, AwValue key, int64_t hash) {
    AwSetEntry *e = lookkey(vm, s, key, hash);
    if (!e) return -1;
    if (e->key == AW_EMPTY) return 0;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    return 1;
}

static AwStatus add_key(AwVM *vm, AwSet *s, AwValue key) {
    int64_t hash;
    if (dict_hash_key(vm, key, &hash) != AW_OK) return AW_ERROR;
    return add_entry(vm, s, key, hash);
}

static int contains_key(AwVM *vm, AwSet *s, AwValue key) {
    int64_t hash;
    if (dict_hash_key(vm, key, &hash) != AW_OK) return -1;
    return contains_entry(vm, s, key, hash);
}

static int discard_key(AwVM *vm, AwSet *s, AwValue key) {
    int64_t hash;
    if (dict_hash_key(vm, key, &hash) != AW_OK) return -1;
    return discard_entry(vm, s, key, hash);
}

static AwStatus clear_table(AwVM *vm, AwSet *s) {
    AwSetEntry *t = alloc_table(vm, MIN_SIZE);
    if (!t) return AW_ERROR;
    free_table(vm, s);
    s->table = t;
    s->mask = MIN_SIZE - 1;
    s->fill = s->used = 0;
    s->hash = -1;
    return AW_OK;
}

/* Like set_next, also giving the cached hash. */
static bool next_entry(AwSet *s, int64_t *pos, AwValue *key, int64_t *hash) {
    for (int64_t i = *pos; i <= s->mask; i++) {
        AwValue k = s->table[i].key;
        if (k == AW_EMPTY || k == DUMMY) continue;
        *pos = i + 1;
        *key = k;
        if (hash) *hash = s->table[i].hash;
        return true;
    }
    *pos = s->mask + 1;
    return false;
}

bool set_next(AwSet *s, int64_t *pos, AwValue *key) { return next_entry(s, pos, key, NULL); }

/* Roots key (when it is a heap object) around a call that can run aw code. */
static bool root_key(AwVM *vm, AwValue key, AwStatus *st) {
    if (!value_is_ptr(key)) return false;
    *st = gc_push_root(vm, key);
    return *st == AW_OK;
}

/* ---- public API ---- */

AwStatus set_add(AwVM *vm, AwSet *s, AwValue key) { return add_key(vm, s, key); }
int set_contains(AwVM *vm, AwSet *s, AwValue key) { return contains_key(vm, s, key); }
int set_discard(AwVM *vm, AwSet *s, AwValue key) { return discard_key(vm, s, key); }

/* ---- update / merge ---- */

/* s |= other for a set other (CPython's set_merge, with its copy shortcuts). */
static AwStatus merge(AwVM *vm, AwSet *s, AwSet *other) {
    if (other == s || other->used == 0) return AW_OK;
    if ((s->fill + other->used) * 5 >= s->mask * 3 && table_resize(vm, s, (s->used + other->used) * 2) != AW_OK)
        return AW_ERROR;
    if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
        memcpy(s->table, other->table, (size_t)(other->mask + 1) * sizeof(AwSetEntry));
        s->fill = other->fill;
        s->used = other->used;
        return AW_OK;
    }
    if (s->fill == 0) {
        for (int64_t i = 0; i <= other->mask; i++) {
            AwSetEntry e = other->table[i];
            if (e.key != AW_EMPTY && e.key != DUMMY) insert_clean(s->table, (uint64_t)s->mask, e.key, e.hash);
        }
        s->fill = s->used = other->used;
        return AW_OK;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        AwSetEntry e = other->table[i];
        if (e.key == AW_EMPTY || e.key == DUMMY) continue;
        AwStatus st = AW_OK;
        bool rooted = root_key(vm, e.key, &st);
        if (st == AW_OK) st = add_entry(vm, s, e.key, e.hash);
        if (rooted) gc_pop_roots(vm, 1);
        if (st != AW_OK) return AW_ERROR;
    }
    return AW_OK;
}

/* s |= keys of an exact dict: one presize, then the cached hashes. */
static AwStatus update_from_dict(AwVM *vm, AwSet *s, AwDict *d) {
    if ((s->fill + d->used) * 5 >= s->mask * 3 && table_resize(vm, s, (s->used + d->used) * 2) != AW_OK)
        return AW_ERROR;
    int64_t pos = 0, hash;
    AwValue key;
    while (dict_next_hashed(d, &pos, &key, NULL, &hash)) {
        AwStatus st = AW_OK;
        bool rooted = root_key(vm, key, &st);
        if (st == AW_OK) st = add_entry(vm, s, key, hash);
        if (rooted) gc_pop_roots(vm, 1);
        if (st != AW_OK) return AW_ERROR;
    }
    return AW_OK;
}

static AwStatus update_from_iterable(AwVM *vm, AwSet *s, AwValue iterable) {
    AwValue it = ops_iter(vm, iterable);
    if (it == AW_ERR || gc_push_root(vm, it) != AW_OK) return AW_ERROR;
    AwStatus st = AW_OK;
    for (;;) {
        AwValue key = ops_next(vm, it);
        if (key == AW_STOP) break;
        if (key == AW_ERR) {
            st = AW_ERROR;
            break;
        }
        bool rooted = root_key(vm, key, &st);
        if (st == AW_OK) st = add_key(vm, s, key);
        if (rooted) gc_pop_roots(vm, 1);
        if (st != AW_OK) break;
    }
    gc_pop_roots(vm, 1);
    return st;
}

AwStatus set_update(AwVM *vm, AwSet *s, AwValue other) {
    if (value_is_anyset(other)) return merge(vm, s, AW_SET(other));
    if (value_is_dict(other)) return update_from_dict(vm, s, AW_DICT(other));
    return update_from_iterable(vm, s, other);
}

/* A new set of `type` filled from iterable (AW_EMPTY: empty). */
static AwSet *make_set(AwVM *vm, AwType *type, AwValue iterable) {
    AwSet *s = set_new(vm, type);
    if (!s || iterable == AW_EMPTY) return s;
    if (gc_push_root(vm, value_from_ptr(s)) != AW_OK) return NULL;
    AwStatus st = set_update(vm, s, iterable);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? s : NULL;
}

AwValue set_frozen_constant(AwVM *vm, AwTuple *items) {
    AwSet *first = make_set(vm, &aw_type_frozenset, value_from_ptr(items));
    if (!first || gc_push_root(vm, value_from_ptr(first)) != AW_OK) return AW_ERR;
    AwTuple *order = tuple_new(vm, first->used);
    AwSet *second = NULL;
    if (order) {
        int64_t pos = 0, i = 0;
        AwValue key;
        while (set_next(first, &pos, &key)) order->items[i++] = key;
        second = make_set(vm, &aw_type_frozenset, value_from_ptr(order));
    }
    gc_pop_roots(vm, 1);
    return second ? value_from_ptr(second) : AW_ERR;
}

static AwValue copy_of(AwVM *vm, AwSet *s) {
    AwSet *r = make_set(vm, base_type(s->obj.type), value_from_ptr(s));
    return r ? value_from_ptr(r) : AW_ERR;
}

/* Exchanges the tables of a and b (so the temporary b takes a's old table to the GC). */
static void swap_bodies(AwSet *a, AwSet *b) {
    AwSet t = *a;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    a->table = b->table;
    b->fill = t.fill;
    b->used = t.used;
    b->mask = t.mask;
    b->table = t.table;
    bool frozen = type_is_subtype(a->obj.type, &aw_type_frozenset) && type_is_subtype(b->obj.type, &aw_type_frozenset);
    a->hash = frozen ? b->hash : -1;
    b->hash = frozen ? t.hash : -1;
}

/* ---- intersection ---- */

/* For each key of `from` also in `in`, add it to result (keys are rooted across the calls). */
static AwStatus intersect_sets(AwVM *vm, AwSet *result, AwSet *in, AwSet *from) {
    int64_t pos = 0, hash;
    AwValue key;
    while (next_entry(from, &pos, &key, &hash)) {
        AwStatus st = AW_OK;
        bool rooted = root_key(vm, key, &st);
        int r = st == AW_OK ? contains_entry(vm, in, key, hash) : -1;
        if (r > 0) st = add_entry(vm, result, key, hash);
        if (rooted) gc_pop_roots(vm, 1);
        if (r < 0 || st != AW_OK) return AW_ERROR;
    }
    return AW_OK;
}

static AwStatus intersect_iterable(AwVM *vm, AwSet *result, AwSet *s, AwValue other) {
    AwValue it = ops_iter(vm, other);
    if (it == AW_ERR || gc_push_root(vm, it) != AW_OK) return AW_ERROR;
    AwStatus st = AW_OK;
    for (;;) {
        AwValue key = ops_next(vm, it);
        if (key == AW_STOP) break;
        int64_t hash;
        if (key == AW_ERR) {
            st = AW_ERROR;
            break;
        }
        bool rooted = root_key(vm, key, &st);
        if (st == AW_OK) st = dict_hash_key(vm, key, &hash);
        int r = st == AW_OK ? contains_entry(vm, s, key, hash) : -1;
        if (r > 0) st = add_entry(vm, result, key, hash);
        if (rooted) gc_pop_roots(vm, 1);
        if (r < 0 || st != AW_OK) {
            st = AW_ERROR;
            break;
        }
    }
    gc_pop_roots(vm, 1);
    return st;
}

AwValue set_intersection(AwVM *vm, AwSet *s, AwValue other) {
    if (value_from_ptr(s) == other) return copy_of(vm, s);
    AwSet *result = set_new(vm, base_type(s->obj.type));
    if (!result || gc_push_root(vm, value_from_ptr(result)) != AW_OK) return AW_ERR;
    AwStatus st;
    if (value_is_anyset(other)) {
        AwSet *o = AW_SET(other), *big = s;
        if (o->used > s->used) {
            big = o;
            o = s;
        }
        st = intersect_sets(vm, result, big, o);
    } else {
        st = intersect_iterable(vm, result, s, other);
    }
    gc_pop_roots(vm, 1);
    return st == AW_OK ? value_from_ptr(result) : AW_ERR;
}

static AwValue intersection_multi(AwVM *vm, AwSet *s, int n, const AwValue *others) {
    if (n == 0) return copy_of(vm, s);
    AwValue result = value_from_ptr(s);
    for (int i = 0; i < n; i++) {
        if (gc_push_root(vm, result) != AW_OK) return AW_ERR;
        result = set_intersection(vm, AW_SET(result), others[i]);
        gc_pop_roots(vm, 1);
        if (result == AW_ERR) return AW_ERR;
    }
    return result;
}

/* ---- difference ---- */

static AwStatus discard_all(AwVM *vm, AwSet *s, AwValue other) {
    if (value_is_anyset(other)) {
        int64_t pos = 0, hash;
        AwValue key;
        AwSet *o = AW_SET(other);
        while (next_entry(o, &pos, &key, &hash)) {
            AwStatus st = AW_OK;
            bool rooted = root_key(vm, key, &st);
            int r = st == AW_OK ? discard_entry(vm, s, key, hash) : -1;
            if (rooted) gc_pop_roots(vm, 1);
            if (r < 0) return AW_ERROR;
        }
        return AW_OK;
    }
    AwValue it = ops_iter(vm, other);
    if (it == AW_ERR || gc_push_root(vm, it) != AW_OK) return AW_ERROR;
    AwStatus st = AW_OK;
    for (;;) {
        AwValue key = ops_next(vm, it);
        if (key == AW_STOP) break;
        if (key == AW_ERR || discard_key(vm, s, key) < 0) {
            st = AW_ERROR;
            break;
        }
    }
    gc_pop_roots(vm, 1);
    return st;
}

AwStatus set_difference_update(AwVM *vm, AwSet *s, AwValue other) {
    if (value_from_ptr(s) == other) return clear_table(vm, s);
    if (value_is_anyset(other) && (AW_SET(other)->used >> 3) > s->used) {
        other = set_intersection(vm, s, other);   /* smaller: only the common keys matter */
        if (other == AW_ERR) return AW_ERROR;
    }
    if (gc_push_root(vm, other) != AW_OK) return AW_ERROR;
    AwStatus st = discard_all(vm, s, other);
    gc_pop_roots(vm, 1);
    if (st != AW_OK) return AW_ERROR;
    if ((uint64_t)(s->fill - s->used) <= (uint64_t)s->mask / 4) return AW_OK;
    return table_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static AwValue copy_and_difference(AwVM *vm, AwSet *s, AwValue other) {
    AwValue r = copy_of(vm, s);
    if (r == AW_ERR || gc_push_root(vm, r) != AW_OK) return AW_ERR;
    AwStatus st = set_difference_update(vm, AW_SET(r), other);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? r : AW_ERR;
}

/* Keys of s not in other, checked against a set or dict table with the cached hashes. */
static AwValue difference(AwVM *vm, AwSet *s, AwValue other) {
    int64_t other_size;
    if (value_is_anyset(other)) other_size = AW_SET(other)->used;
    else if (value_is_dict(other)) other_size = AW_DICT(other)->used;
    else return copy_and_difference(vm, s, other);
    if ((s->used >> 2) > other_size) return copy_and_difference(vm, s, other);
    AwSet *result = set_new(vm, base_type(s->obj.type));
    if (!result || gc_push_root(vm, value_from_ptr(result)) != AW_OK) return AW_ERR;
    int64_t pos = 0, hash;
    AwValue key;
    AwStatus st = AW_OK;
    while (st == AW_OK && next_entry(s, &pos, &key, &hash)) {
        bool rooted = root_key(vm, key, &st);
        int r = -1;
        if (st == AW_OK && value_is_dict(other)) {
            AwValue v = dict_get_hashed(vm, AW_DICT(other), key, hash);
            r = v == AW_ERR ? -1 : v != AW_EMPTY;
        } else if (st == AW_OK) {
            r = contains_entry(vm, AW_SET(other), key, hash);
        }
        if (r == 0) st = add_entry(vm, result, key, hash);
        if (r < 0) st = AW_ERROR;
        if (rooted) gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 1);
    return st == AW_OK ? value_from_ptr(result) : AW_ERR;
}

static AwValue difference_multi(AwVM *vm, AwSet *s, int n, const AwValue *others) {
    if (n == 0) return copy_of(vm, s);
    AwValue result = difference(vm, s, others[0]);
    if (result == AW_ERR || gc_push_root(vm, result) != AW_OK) return AW_ERR;
    AwStatus st = AW_OK;
    for (int i = 1; i < n && st == AW_OK; i++) st = set_difference_update(vm, AW_SET(result), others[i]);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? result : AW_ERR;
}

/* ---- symmetric difference ---- */

/* For each key of other: remove it from s if there, else add it. */
static AwStatus toggle_keys(AwVM *vm, AwSet *s, AwValue other) {
    int64_t pos = 0, hash;
    AwValue key;
    bool is_dict = value_is_dict(other);
    for (;;) {
        bool more = is_dict ? dict_next_hashed(AW_DICT(other), &pos, &key, NULL, &hash)
                            : next_entry(AW_SET(other), &pos, &key, &hash);
        if (!more) return AW_OK;
        AwStatus st = AW_OK;
        bool rooted = root_key(vm, key, &st);
        int r = st == AW_OK ? discard_entry(vm, s, key, hash) : -1;
        if (r == 0) st = add_entry(vm, s, key, hash);
        if (rooted) gc_pop_roots(vm, 1);
        if (r < 0 || st != AW_OK) return AW_ERROR;
    }
}

AwStatus set_symmetric_difference_update(AwVM *vm, AwSet *s, AwValue other) {
    if (value_from_ptr(s) == other) return clear_table(vm, s);
    if (value_is_dict(other) || value_is_anyset(other)) return toggle_keys(vm, s, other);
    AwSet *o = make_set(vm, base_type(s->obj.type), other);
    if (!o || gc_push_root(vm, value_from_ptr(o)) != AW_OK) return AW_ERROR;
    AwStatus st = toggle_keys(vm, s, value_from_ptr(o));
    gc_pop_roots(vm, 1);
    return st;
}

static AwValue symmetric_difference(AwVM *vm, AwSet *s, AwValue other) {
    AwSet *r = make_set(vm, base_type(s->obj.type), other);
    if (!r || gc_push_root(vm, value_from_ptr(r)) != AW_OK) return AW_ERR;
    AwStatus st = set_symmetric_difference_update(vm, r, value_from_ptr(s));
    gc_pop_roots(vm, 1);
    return st == AW_OK ? value_from_ptr(r) : AW_ERR;
}

/* ---- subset tests ---- */

static int issubset(AwVM *vm, AwSet *s, AwValue other);

static int issubset_of_set(AwVM *vm, AwSet *s, AwSet *o) {
    if (s->used > o->used) return 0;
    int64_t pos = 0, hash;
    AwValue key;
    while (next_entry(s, &pos, &key, &hash)) {
        AwStatus st = AW_OK;
        bool rooted = root_key(vm, key, &st);
        int r = st == AW_OK ? contains_entry(vm, o, key, hash) : -1;
        if (rooted) gc_pop_roots(vm, 1);
        if (r <= 0) return r;
    }
    return 1;
}

static int issubset(AwVM *vm, AwSet *s, AwValue other) {
    if (value_is_anyset(other)) return issubset_of_set(vm, s, AW_SET(other));
    AwSet *tmp = make_set(vm, &aw_type_set, other);
    if (!tmp || gc_push_root(vm, value_from_ptr(tmp)) != AW_OK) return -1;
    int r = issubset_of_set(vm, s, tmp);
    gc_pop_roots(vm, 1);
    return r;
}

static int issuperset(AwVM *vm, AwSet *s, AwValue other) {
    if (value_is_anyset(other)) return issubset_of_set(vm, AW_SET(other), s);
    AwValue it = ops_iter(vm, other);
    if (it == AW_ERR || gc_push_root(vm, it) != AW_OK) return -1;
    int result = 1;
    while (result == 1) {
        AwValue key = ops_next(vm, it);
        if (key == AW_STOP) break;
        result = key == AW_ERR ? -1 : contains_key(vm, s, key);
    }
    gc_pop_roots(vm, 1);
    return result;
}

static int isdisjoint(AwVM *vm, AwSet *s, AwValue other) {
    if (value_from_ptr(s) == other) return s->used == 0;
    if (value_is_type(other, &aw_type_set) || value_is_type(other, &aw_type_frozenset)) {
        AwSet *o = AW_SET(other), *big = s;
        if (o->used > s->used) {
            big = o;
            o = s;
        }
        int64_t pos = 0, hash;
        AwValue key;
        while (next_entry(o, &pos, &key, &hash)) {
            AwStatus st = AW_OK;
            bool rooted = root_key(vm, key, &st);
            int r = st == AW_OK ? contains_entry(vm, big, key, hash) : -1;
            if (rooted) gc_pop_roots(vm, 1);
            if (r != 0) return r < 0 ? -1 : 0;
        }
        return 1;
    }
    AwValue it = ops_iter(vm, other);
    if (it == AW_ERR || gc_push_root(vm, it) != AW_OK) return -1;
    int result = 1;
    while (result == 1) {
        AwValue key = ops_next(vm, it);
        if (key == AW_STOP) break;
        int r = key == AW_ERR ? -1 : contains_key(vm, s, key);
        result = r < 0 ? -1 : r ? 0 : 1;
    }
    gc_pop_roots(vm, 1);
    return result;
}

/* ---- hash ---- */

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

/* CPython's frozenset hash (order independent). Also used for a set looked up in a set. */
static int64_t frozenset_hash_of(AwSet *s) {
    uint64_t hash = 0;
    for (int64_t i = 0; i <= s->mask; i++) {
        AwValue k = s->table[i].key;
        if (k != AW_EMPTY && k != DUMMY) hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    }
    hash ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) hash = 590923713ULL;
    return (int64_t)hash;
}

static AwStatus frozenset_hash(AwVM *vm, AwValue self, int64_t *out) {
    AwSet *s = AW_SET(self);
    if (s->hash == -1) s->hash = frozenset_hash_of(s);
    *out = s->hash;
    return AW_OK;
}

/* A set used as a key (x in s, s.remove(x), s.discard(x)) is looked up as a frozenset. */
static bool retry_as_frozenset(AwVM *vm, AwValue key, int64_t *hash) {
    if (!value_is_instance(key, &aw_type_set) || !vm_exc_matches(vm, &aw_exc_TypeError)) return false;
    vm_exc_clear(vm);
    *hash = frozenset_hash_of(AW_SET(key));
    return true;
}

static int contains_or_frozen(AwVM *vm, AwSet *s, AwValue key) {
    int r = contains_key(vm, s, key);
    int64_t hash;
    if (r < 0 && retry_as_frozenset(vm, key, &hash)) r = contains_entry(vm, s, key, hash);
    return r;
}

static int discard_or_frozen(AwVM *vm, AwSet *s, AwValue key) {
    int r = discard_key(vm, s, key);
    int64_t hash;
    if (r < 0 && retry_as_frozenset(vm, key, &hash)) r = discard_entry(vm, s, key, hash);
    return r;
}

/* ---- slots ---- */

static AwValue set_repr(AwVM *vm, AwValue self) {
    AwSet *s = AW_SET(self);
    const char *name = type_name(s->obj.type);
    bool exact = s->obj.type == &aw_type_set;
    int g = reprguard_enter(vm, &s->obj);
    if (g != 0) return g > 0 ? str_value(str_printf(vm, "%s(...)", name)) : AW_ERR;
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st;
    if (s->used == 0) {
        st = buf_printf(&b, "%s()", name);
    } else {
        st = exact ? buf_append_char(&b, '{') : buf_printf(&b, "%s({", name);
        AwList *keys = list_new(vm, s->used);   /* a snapshot: reprs may mutate the set */
        if (!keys || gc_push_root(vm, value_from_ptr(keys)) != AW_OK) st = AW_ERROR;
        int64_t pos = 0;
        AwValue key;
        while (st == AW_OK && set_next(s, &pos, &key)) st = list_append(vm, keys, key);
        for (int64_t i = 0; st == AW_OK && i < keys->len; i++) {
            if (i) st = buf_append_cstr(&b, ", ");
            if (st == AW_OK) st = buf_append_repr_of(&b, keys->items[i]);
        }
        if (keys) gc_pop_roots(vm, 1);
        if (st == AW_OK) st = exact ? buf_append_char(&b, '}') : buf_append_cstr(&b, "})");
    }
    reprguard_leave(vm, &s->obj);
    if (st != AW_OK) {
        buf_free(&b);
        return AW_ERR;
    }
    AwStr *r = buf_to_str(&b);
    return r ? str_value(r) : AW_ERR;
}

static AwValue set_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if (!value_is_anyset(b)) return AW_NOTIMPL;
    AwSet *x = AW_SET(a), *y = AW_SET(b);
    int r;
    switch (op) {
    case AW_CMP_EQ:
    case AW_CMP_NE:
        if (x->used != y->used) r = 0;
        else if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) r = 0;
        else r = issubset_of_set(vm, x, y);
        if (r >= 0 && op == AW_CMP_NE) r = !r;
        break;
    case AW_CMP_LE: r = issubset_of_set(vm, x, y); break;
    case AW_CMP_GE: r = issubset_of_set(vm, y, x); break;
    case AW_CMP_LT: r = x->used < y->used ? issubset_of_set(vm, x, y) : 0; break;
    default: r = x->used > y->used ? issubset_of_set(vm, y, x) : 0; break;
    }
    return r < 0 ? AW_ERR : value_from_bool(r);
}

static AwValue set_binary(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    if (!value_is_anyset(a) || !value_is_anyset(b)) return AW_NOTIMPL;
    AwSet *s = AW_SET(a);
    switch (op) {
    case AW_BINOP_OR: {
        AwValue r = copy_of(vm, s);
        if (r == AW_ERR || a == b) return r;
        if (gc_push_root(vm, r) != AW_OK) return AW_ERR;
        AwStatus st = set_update(vm, AW_SET(r), b);
        gc_pop_roots(vm, 1);
        return st == AW_OK ? r : AW_ERR;
    }
    case AW_BINOP_AND: return set_intersection(vm, s, b);
    case AW_BINOP_SUB: return difference(vm, s, b);
    case AW_BINOP_XOR: return symmetric_difference(vm, s, b);
    default: return AW_NOTIMPL;
    }
}

static AwStatus set_len(AwVM *vm, AwValue self, int64_t *out) {
    *out = AW_SET(self)->used;
    return AW_OK;
}

static int set_truth(AwVM *vm, AwValue self) { return AW_SET(self)->used != 0; }

static int set_contains_slot(AwVM *vm, AwValue self, AwValue key) { return contains_or_frozen(vm, AW_SET(self), key); }

typedef struct {
    AwObject obj;     /* header */
    AwSet *set;       /* the set, NULL once exhausted */
    int64_t used;     /* set->used when the iterator was made (-1 after a size change) */
    int64_t pos;      /* next table slot to look at */
    int64_t len;      /* items left */
} AwSetIter;

static AwValue set_iter(AwVM *vm, AwValue self) {
    AwSetIter *it = (AwSetIter *)gc_new(vm, &aw_type_set_iter, sizeof(AwSetIter));
    if (!it) return AW_ERR;
    it->set = AW_SET(self);
    it->used = it->len = AW_SET(self)->used;
    return value_from_ptr(it);
}

static void set_trace(AwGC *gc, AwObject *self) {
    AwSet *s = (AwSet *)self;
    if (!s->table) return;
    for (int64_t i = 0; i <= s->mask; i++) {
        AwValue k = s->table[i].key;
        if (k != AW_EMPTY && k != DUMMY) gc_mark_value(gc, k);
    }
}

static void set_free(AwVM *vm, AwObject *self) { free_table(vm, (AwSet *)self); }

/* ---- construction (see list.c) ---- */

static AwValue m_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames);

static bool init_is_native(AwVM *vm, AwType *type) {
    if (type == &aw_type_set) return true;
    AwValue init = type_lookup(type, AW_NAME(vm, __init__));
    return value_is_type(init, &aw_type_native) && AW_NATIVE(init)->fn == m_init;
}

static AwValue set_new_(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (kwnames && kwnames->len && type == &aw_type_set)
        return vm_raise(vm, &aw_exc_TypeError, "set() takes no keyword arguments");
    if (argc > 1) return vm_raise(vm, &aw_exc_TypeError, "set expected at most 1 argument, got %d", argc);
    bool fill = argc == 1 && init_is_native(vm, type);
    AwSet *s = make_set(vm, type, fill ? argv[0] : AW_EMPTY);
    return s ? value_from_ptr(s) : AW_ERR;
}

/* set.__init__(self, iterable=()): clears, then adds the items. */
static AwValue m_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (kwnames && kwnames->len) return vm_raise(vm, &aw_exc_TypeError, "set() takes no keyword arguments");
    if (argc > 2) return vm_raise(vm, &aw_exc_TypeError, "set expected at most 1 argument, got %d", argc - 1);
    AwSet *s = AW_SET(argv[0]);
    if (s->fill && clear_table(vm, s) != AW_OK) return AW_ERR;
    if (argc == 2 && set_update(vm, s, argv[1]) != AW_OK) return AW_ERR;
    return AW_NONE;
}

static AwValue frozenset_new_(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (kwnames && kwnames->len && (type == &aw_type_frozenset || class_init_is_object(vm, type)))
        return vm_raise(vm, &aw_exc_TypeError, "frozenset() takes no keyword arguments");
    if (argc > 1) return vm_raise(vm, &aw_exc_TypeError, "frozenset expected at most 1 argument, got %d", argc);
    if (type == &aw_type_frozenset && argc == 1 && value_is_type(argv[0], &aw_type_frozenset)) return argv[0];
    AwSet *s = make_set(vm, type, argc ? argv[0] : AW_EMPTY);
    return s ? value_from_ptr(s) : AW_ERR;
}

/* ---- methods ---- */

static AwStatus check_one(AwVM *vm, const char *name, int argc, AwTuple *kwnames) {
    if (kwnames && kwnames->len)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes no keyword arguments", name));
    if (argc != 2)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes exactly one argument (%d given)", name, argc - 1));
    return AW_OK;
}

static AwStatus check_none(AwVM *vm, const char *name, int argc, AwTuple *kwnames) {
    if (kwnames && kwnames->len)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes no keyword arguments", name));
    if (argc != 1)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes no arguments (%d given)", name, argc - 1));
    return AW_OK;
}

static AwStatus check_kw(AwVM *vm, const char *name, AwTuple *kwnames) {
    if (kwnames && kwnames->len)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes no keyword arguments", name));
    return AW_OK;
}

/* "set.add" or "frozenset.copy": the method name as CPython's messages spell it. */
static const char *qual(AwValue self, const char *set_name, const char *frozen_name) {
    return value_is_instance(self, &aw_type_set) ? set_name : frozen_name;
}

static AwValue m_add(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "set.add", argc, kwnames) != AW_OK) return AW_ERR;
    return add_key(vm, AW_SET(argv[0]), argv[1]) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue m_remove(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "set.remove", argc, kwnames) != AW_OK) return AW_ERR;
    int r = discard_or_frozen(vm, AW_SET(argv[0]), argv[1]);
    if (r < 0) return AW_ERR;
    return r ? AW_NONE : dict_key_error(vm, argv[1]);
}

static AwValue m_discard(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "set.discard", argc, kwnames) != AW_OK) return AW_ERR;
    return discard_or_frozen(vm, AW_SET(argv[0]), argv[1]) < 0 ? AW_ERR : AW_NONE;
}

/* Removes the first active entry at or after the finger (CPython's set.pop). */
static AwValue m_pop(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_none(vm, "set.pop", argc, kwnames) != AW_OK) return AW_ERR;
    AwSet *s = AW_SET(argv[0]);
    if (s->used == 0) {
        AwStr *msg = str_from_cstr(vm, "pop from an empty set");
        return msg ? dict_key_error(vm, str_value(msg)) : AW_ERR;
    }
    AwSetEntry *entry = s->table + (s->finger & s->mask), *limit = s->table + s->mask;
    while (entry->key == AW_EMPTY || entry->key == DUMMY) {
        entry++;
        if (entry > limit) entry = s->table;
    }
    AwValue key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    s->used--;
    s->finger = entry - s->table + 1;
    return key;
}

static AwValue m_clear(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_none(vm, "set.clear", argc, kwnames) != AW_OK) return AW_ERR;
    return clear_table(vm, AW_SET(argv[0])) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue m_copy(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_none(vm, qual(argv[0], "set.copy", "frozenset.copy"), argc, kwnames) != AW_OK) return AW_ERR;
    if (value_is_type(argv[0], &aw_type_frozenset)) return argv[0];
    return copy_of(vm, AW_SET(argv[0]));
}

static AwValue m_update(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_kw(vm, "set.update", kwnames) != AW_OK) return AW_ERR;
    for (int i = 1; i < argc; i++)
        if (set_update(vm, AW_SET(argv[0]), argv[i]) != AW_OK) return AW_ERR;
    return AW_NONE;
}

static AwValue m_union(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_kw(vm, qual(argv[0], "set.union", "frozenset.union"), kwnames) != AW_OK) return AW_ERR;
    AwValue r = copy_of(vm, AW_SET(argv[0]));
    if (r == AW_ERR || gc_push_root(vm, r) != AW_OK) return AW_ERR;
    AwStatus st = AW_OK;
    for (int i = 1; i < argc && st == AW_OK; i++)
        if (argv[i] != argv[0]) st = set_update(vm, AW_SET(r), argv[i]);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? r : AW_ERR;
}

static AwValue m_intersection(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_kw(vm, qual(argv[0], "set.intersection", "frozenset.intersection"), kwnames) != AW_OK) return AW_ERR;
    return intersection_multi(vm, AW_SET(argv[0]), argc - 1, argv + 1);
}

static AwValue m_intersection_update(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_kw(vm, "set.intersection_update", kwnames) != AW_OK) return AW_ERR;
    AwValue tmp = intersection_multi(vm, AW_SET(argv[0]), argc - 1, argv + 1);
    if (tmp == AW_ERR) return AW_ERR;
    swap_bodies(AW_SET(argv[0]), AW_SET(tmp));
    return AW_NONE;
}

static AwValue m_difference(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_kw(vm, qual(argv[0], "set.difference", "frozenset.difference"), kwnames) != AW_OK) return AW_ERR;
    return difference_multi(vm, AW_SET(argv[0]), argc - 1, argv + 1);
}

static AwValue m_difference_update(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_kw(vm, "set.difference_update", kwnames) != AW_OK) return AW_ERR;
    for (int i = 1; i < argc; i++)
        if (set_difference_update(vm, AW_SET(argv[0]), argv[i]) != AW_OK) return AW_ERR;
    return AW_NONE;
}

static AwValue m_symmetric_difference(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    const char *name = qual(argv[0], "set.symmetric_difference", "frozenset.symmetric_difference");
    if (check_one(vm, name, argc, kwnames) != AW_OK) return AW_ERR;
    return symmetric_difference(vm, AW_SET(argv[0]), argv[1]);
}

static AwValue m_symmetric_difference_update(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "set.symmetric_difference_update", argc, kwnames) != AW_OK) return AW_ERR;
    return set_symmetric_difference_update(vm, AW_SET(argv[0]), argv[1]) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue bool_result(int r) { return r < 0 ? AW_ERR : value_from_bool(r); }

static AwValue m_issubset(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, qual(argv[0], "set.issubset", "frozenset.issubset"), argc, kwnames) != AW_OK) return AW_ERR;
    return bool_result(issubset(vm, AW_SET(argv[0]), argv[1]));
}

static AwValue m_issuperset(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, qual(argv[0], "set.issuperset", "frozenset.issuperset"), argc, kwnames) != AW_OK) return AW_ERR;
    return bool_result(issuperset(vm, AW_SET(argv[0]), argv[1]));
}

static AwValue m_isdisjoint(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, qual(argv[0], "set.isdisjoint", "frozenset.isdisjoint"), argc, kwnames) != AW_OK) return AW_ERR;
    return bool_result(isdisjoint(vm, AW_SET(argv[0]), argv[1]));
}

static AwValue m_contains(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, qual(argv[0], "set.__contains__", "frozenset.__contains__"), argc, kwnames) != AW_OK)
        return AW_ERR;
    return bool_result(contains_or_frozen(vm, AW_SET(argv[0]), argv[1]));
}

static AwValue m_len(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return value_from_small(AW_SET(argv[0])->used);
}

static AwValue m_iter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) { return set_iter(vm, argv[0]); }

/* In-place operators: NotImplemented unless the operand is a set or frozenset. */
static AwValue inplace(AwVM *vm, int argc, const AwValue *argv, AwBinOp op) {
    if (argc != 2) return vm_raise(vm, &aw_exc_TypeError, "expected 1 argument, got %d", argc - 1);
    if (!value_is_anyset(argv[1])) return AW_NOTIMPL;
    AwSet *s = AW_SET(argv[0]);
    AwStatus st = AW_OK;
    if (op == AW_BINOP_OR) {
        st = set_update(vm, s, argv[1]);
    } else if (op == AW_BINOP_SUB) {
        st = set_difference_update(vm, s, argv[1]);
    } else if (op == AW_BINOP_XOR) {
        st = set_symmetric_difference_update(vm, s, argv[1]);
    } else {
        AwValue tmp = set_intersection(vm, s, argv[1]);
        if (tmp == AW_ERR) return AW_ERR;
        swap_bodies(s, AW_SET(tmp));
    }
    return st == AW_OK ? argv[0] : AW_ERR;
}

static AwValue m_ior(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return inplace(vm, argc, argv, AW_BINOP_OR); }
static AwValue m_iand(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return inplace(vm, argc, argv, AW_BINOP_AND); }
static AwValue m_isub(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return inplace(vm, argc, argv, AW_BINOP_SUB); }
static AwValue m_ixor(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return inplace(vm, argc, argv, AW_BINOP_XOR); }

/* __reduce__: (type(self), (list(self),), self.__getstate__()), as CPython's set_reduce, so a
 * subclass pickles and deep-copies its items and its attributes (dict and slots). */
static AwValue m_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (check_none(vm, qual(argv[0], "set.__reduce__", "frozenset.__reduce__"), argc, kw) != AW_OK) return AW_ERR;
    AwValue keys = list_from_iterable(vm, argv[0]);
    if (keys == AW_ERR || gc_push_root(vm, keys)) return AW_ERR;
    AwValue state = vm_call_method(vm, argv[0], str_intern_cstr(vm, "__getstate__"), 0, NULL);
    if (state == AW_ERR || gc_push_root(vm, state)) {
        gc_pop_roots(vm, 1);
        return AW_ERR;
    }
    AwTuple *args = tuple_new(vm, 1);
    AwTuple *r = NULL;
    if (args && gc_push_root(vm, value_from_ptr(args)) == AW_OK) {
        args->items[0] = keys;
        r = tuple_new(vm, 3);
        if (r) {
            r->items[0] = value_from_ptr(type_of(argv[0]));
            r->items[1] = value_from_ptr(args);
            r->items[2] = state;
        }
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 2);
    return r ? value_from_ptr(r) : AW_ERR;
}

static const AwMethodDef set_methods[] = {
    {"__reduce__", m_reduce, AW_METH_DEFAULT},
    {"add", m_add, AW_METH_DEFAULT},
    {"remove", m_remove, AW_METH_DEFAULT},
    {"discard", m_discard, AW_METH_DEFAULT},
    {"pop", m_pop, AW_METH_DEFAULT},
    {"clear", m_clear, AW_METH_DEFAULT},
    {"copy", m_copy, AW_METH_DEFAULT},
    {"update", m_update, AW_METH_DEFAULT},
    {"union", m_union, AW_METH_DEFAULT},
    {"intersection", m_intersection, AW_METH_DEFAULT},
    {"intersection_update", m_intersection_update, AW_METH_DEFAULT},
    {"difference", m_difference, AW_METH_DEFAULT},
    {"difference_update", m_difference_update, AW_METH_DEFAULT},
    {"symmetric_difference", m_symmetric_difference, AW_METH_DEFAULT},
    {"symmetric_difference_update", m_symmetric_difference_update, AW_METH_DEFAULT},
    {"issubset", m_issubset, AW_METH_DEFAULT},
    {"issuperset", m_issuperset, AW_METH_DEFAULT},
    {"isdisjoint", m_isdisjoint, AW_METH_DEFAULT},
    {"__contains__", m_contains, AW_METH_DEFAULT},
    {"__len__", m_len, AW_METH_DEFAULT},
    {"__iter__", m_iter, AW_METH_DEFAULT},
    {"__init__", m_init, AW_METH_DEFAULT},
    {"__ior__", m_ior, AW_METH_DEFAULT},
    {"__iand__", m_iand, AW_METH_DEFAULT},
    {"__isub__", m_isub, AW_METH_DEFAULT},
    {"__ixor__", m_ixor, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

static const AwMethodDef frozenset_methods[] = {
    {"__reduce__", m_reduce, AW_METH_DEFAULT},
    {"copy", m_copy, AW_METH_DEFAULT},
    {"union", m_union, AW_METH_DEFAULT},
    {"intersection", m_intersection, AW_METH_DEFAULT},
    {"difference", m_difference, AW_METH_DEFAULT},
    {"symmetric_difference", m_symmetric_difference, AW_METH_DEFAULT},
    {"issubset", m_issubset, AW_METH_DEFAULT},
    {"issuperset", m_issuperset, AW_METH_DEFAULT},
    {"isdisjoint", m_isdisjoint, AW_METH_DEFAULT},
    {"__contains__", m_contains, AW_METH_DEFAULT},
    {"__len__", m_len, AW_METH_DEFAULT},
    {"__iter__", m_iter, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwType aw_type_set = {
    .name = "set",
    .base = &aw_type_object,
    .instance_size = sizeof(AwSet),
    .flags = AW_TYPE_BASETYPE,
    .methods = set_methods,
    .repr = set_repr,
    .compare = set_compare,
    .binary = set_binary,
    .truth = set_truth,
    .len = set_len,
    .contains = set_contains_slot,
    .iter = set_iter,
    .new_ = set_new_,
    .trace = set_trace,
    .free_ = set_free,
};

AwType aw_type_frozenset = {
    .name = "frozenset",
    .base = &aw_type_object,
    .instance_size = sizeof(AwSet),
    .flags = AW_TYPE_BASETYPE,
    .methods = frozenset_methods,
    .repr = set_repr,
    .hash = frozenset_hash,
    .compare = set_compare,
    .binary = set_binary,
    .truth = set_truth,
    .len = set_len,
    .contains = set_contains_slot,
    .iter = set_iter,
    .new_ = frozenset_new_,
    .trace = set_trace,
    .free_ = set_free,
};

/* ---- set_iter ---- */

static AwValue set_iter_next(AwVM *vm, AwValue self) {
    AwSetIter *it = AW_AS(AwSetIter, self);
    AwSet *s = it->set;
    if (!s) return AW_STOP;
    if (it->used != s->used) {
        it->used = -1;
        return vm_raise(vm, &aw_exc_RuntimeError, "Set changed size during iteration");
    }
    AwValue key;
    if (!set_next(s, &it->pos, &key)) {
        it->set = NULL;
        return AW_STOP;
    }
    it->len--;
    return key;
}

static AwValue self_iter(AwVM *vm, AwValue self) { return self; }

static AwValue m_iter_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return iter_next_method(vm, argc, argv, &aw_type_set_iter);
}

static void set_iter_trace(AwGC *gc, AwObject *self) { gc_mark_object(gc, (AwObject *)((AwSetIter *)self)->set); }

static void no_free(AwVM *vm, AwObject *self) {}

static int64_t set_iter_left(AwValue self) {
    AwSetIter *it = AW_AS(AwSetIter, self);
    return it->set && it->used == it->set->used ? it->len : 0;
}

static AwValue m_iter_hint(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return iter_hint_method(vm, argc, argv, &aw_type_set_iter, set_iter_left);
}

/* __reduce__: (iter, (list of what is left,)), as CPython's setiter_reduce: a copy of the
 * iterator is drained, so this one does not advance. */
static AwValue m_iter_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (check_none(vm, "set_iterator.__reduce__", argc, kw) != AW_OK) return AW_ERR;
    if (!value_is_type(argv[0], &aw_type_set_iter))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '__reduce__' requires a 'set_iterator' object but received a '%s'",
                        ops_type_name(argv[0]));
    AwSetIter *copy = (AwSetIter *)gc_new(vm, &aw_type_set_iter, sizeof(AwSetIter));
    if (!copy) return AW_ERR;
    AwSetIter *it = AW_AS(AwSetIter, argv[0]);
    copy->set = it->set;
    copy->used = it->used;
    copy->pos = it->pos;
    copy->len = it->len;
    AwValue rest = list_from_iterable(vm, value_from_ptr(copy));
    if (rest == AW_ERR || gc_push_root(vm, rest)) return AW_ERR;
    AwValue r = iter_reduce(vm, "iter", rest, AW_EMPTY);
    gc_pop_roots(vm, 1);
    return r;
}

static const AwMethodDef set_iter_methods[] = {
    {"__iter__", iter_self_method, AW_METH_DEFAULT},
    {"__next__", m_iter_next, AW_METH_DEFAULT},
    {"__length_hint__", m_iter_hint, AW_METH_DEFAULT},
    {"__reduce__", m_iter_reduce, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwType aw_type_set_iter = {
    .name = "set_iterator",
    .base = &aw_type_object,
    .instance_size = sizeof(AwSetIter),
    .flags = AW_TYPE_ABSTRACT,
    .methods = set_iter_methods,
    .iter = self_iter,
    .next = set_iter_next,
    .trace = set_iter_trace,
    .free_ = no_free,
};
