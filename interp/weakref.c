/* weakref.c — weak references and proxies, their registry, and what the collector does with
 * them (see weakref.h for the contract).
 *
 * The registry is an insertion-ordered table (dense entries + open-addressing index) from a
 * referent to the chain of its weak references, newest first. It is rebuilt after every mark
 * phase, dropping dead references and dead referents, so lookups never meet a freed object.
 * Callbacks of one collection run in table order (the referent weakly referenced first goes
 * first) and, per referent, newest reference first, as CPython orders them.
 */
#include "interp/weakref.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "interp/args.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/file.h"
#include "interp/gc.h"
#include "interp/genericalias.h"
#include "interp/iter.h"
#include "interp/list.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/sys.h"

/* One weakly referenced object. */
typedef struct {
    AwObject *referent;    /* the object */
    AwWeakref *head;       /* its weak references, newest first */
} Entry;

static Entry *entries;          /* dense, in order of first weak reference */
static size_t nentries;         /* entries used */
static size_t entries_cap;      /* capacity of entries */
static int32_t *index_slots;    /* open addressing over entries; -1 = empty */
static size_t index_cap;        /* power of two, > 2 * nentries */

static AwWeakref **pending;     /* cleared references whose callback is due (a GC root) */
size_t weakref_npending;        /* entries used in pending */
static size_t pending_cap;      /* capacity of pending */

static inline size_t ptr_hash(const AwObject *p) {
    uint64_t x = (uint64_t)(uintptr_t)p >> 4;
    x ^= x >> 29;
    x *= 0xbf58476d1ce4e5b9ull;
    return (size_t)(x ^ (x >> 32));
}

/* The entry of referent, or -1. */
static int64_t find_entry(const AwObject *referent) {
    if (!index_cap) return -1;
    for (size_t i = ptr_hash(referent) & (index_cap - 1);; i = (i + 1) & (index_cap - 1)) {
        int32_t e = index_slots[i];
        if (e < 0) return -1;
        if (entries[e].referent == referent) return e;
    }
}

static void index_insert(size_t e) {
    size_t i = ptr_hash(entries[e].referent) & (index_cap - 1);
    while (index_slots[i] >= 0) i = (i + 1) & (index_cap - 1);
    index_slots[i] = (int32_t)e;
}

/* Rebuilds the index for the current entries (sized for one more). False if out of memory. */
static bool reindex(void) {
    size_t cap = 8;
    while (cap <= 2 * (nentries + 1)) cap *= 2;
    if (cap != index_cap) {
        int32_t *s = realloc(index_slots, cap * sizeof *s);
        if (!s) return false;
        index_slots = s;
        index_cap = cap;
    }
    memset(index_slots, 0xff, index_cap * sizeof *index_slots);
    for (size_t e = 0; e < nentries; e++) index_insert(e);
    return true;
}

/* The entry for referent, created if missing; -1 when out of memory (MemoryError raised). */
static int64_t entry_for(AwVM *vm, AwObject *referent) {
    int64_t e = find_entry(referent);
    if (e >= 0) return e;
    if (nentries == entries_cap) {
        size_t cap = entries_cap ? entries_cap * 2 : 64;
        Entry *n = realloc(entries, cap * sizeof *n);
        if (!n) { vm_raise_memory(vm); return -1; }
        entries = n;
        entries_cap = cap;
    }
    if (2 * (nentries + 1) >= index_cap && !reindex()) { vm_raise_memory(vm); return -1; }
    entries[nentries] = (Entry){referent, NULL};
    index_insert(nentries);
    return (int64_t)nentries++;
}

/* ---- which objects can be weakly referenced ---- */

static bool static_supported(AwType *t) {
    static AwType *const types[] = {
        &aw_type_type, &aw_type_function, &aw_type_native, &aw_type_method, &aw_type_set,
        &aw_type_frozenset, &aw_type_generator, &aw_type_coroutine, &aw_type_async_generator,
        &aw_type_code, &aw_type_module, &aw_type_file, &aw_type_fileio, &aw_type_buffered_reader, &aw_type_buffered_writer,
        &aw_type_buffered_random, &aw_type_buffered_rwpair, &aw_type_text_file, &aw_type_future, &aw_type_task, &aw_type_loop,
        &aw_type_handle, &aw_type_lock, &aw_type_event, &aw_type_semaphore, &aw_type_bounded_semaphore,
        &aw_type_queue, &aw_type_lifo_queue, &aw_type_priority_queue, &aw_type_generic_alias,
        &aw_type_memoryview, NULL,
    };
    if (t->flags & AW_TYPE_METATYPE) return true;
    for (int i = 0; types[i]; i++)
        if (t == types[i]) return true;
    return false;
}

/* True if the __slots__ value names __weakref__ (a str or a tuple/list of them). */
static bool slots_name_weakref(AwValue slots) {
    if (value_is_str(slots)) return str_equal_cstr(AW_STR(slots), "__weakref__");
    const AwValue *items = NULL;
    int64_t n = 0;
    if (value_is_tuple(slots)) items = AW_TUPLE(slots)->items, n = AW_TUPLE(slots)->len;
    else if (value_is_list(slots)) items = AW_LIST(slots)->items, n = AW_LIST(slots)->len;
    for (int64_t i = 0; i < n; i++)
        if (value_is_str(items[i]) && str_equal_cstr(AW_STR(items[i]), "__weakref__")) return true;
    return false;
}

/* A class statement without __slots__ adds a __weakref__ slot unless its layout base is
 * variable-sized (int, tuple, bytes), as in CPython. */
bool weakref_supported(AwVM *vm, AwValue obj) {
    if (!value_is_ptr(obj)) return false;
    AwType *t = type_of(obj);
    AwStr *slots_name = str_intern_cstr(vm, "__slots__");
    for (; t && (t->flags & AW_TYPE_HEAP); t = t->base) {
        AwValue slots = slots_name ? dict_get_str(t->dict, slots_name) : AW_EMPTY;
        if (slots == AW_EMPTY) {
            AwType *sb = t->base;
            while (sb && (sb->flags & AW_TYPE_HEAP)) sb = sb->base;
            return !sb || !(type_is_subtype(sb, &aw_type_int) || type_is_subtype(sb, &aw_type_tuple) ||
                            type_is_subtype(sb, &aw_type_bytes));
        }
        if (slots_name_weakref(slots)) return true;
    }
    return t && static_supported(t);
}

/* ---- creating ---- */

static bool is_ref_type(AwType *t) { return t == &aw_type_weakref || type_is_subtype(t, &aw_type_weakref); }

AwValue weakref_new(AwVM *vm, AwType *type, AwValue obj, AwValue callback) {
    if (!weakref_supported(vm, obj))
        return vm_raise(vm, &aw_exc_TypeError, "cannot create weak reference to '%s' object", ops_type_name(obj));
    AwObject *referent = value_as_ptr(obj);
    int64_t e = entry_for(vm, referent);
    if (e < 0) return AW_ERR;
    bool plain = callback == AW_NONE && (type == &aw_type_weakref || !is_ref_type(type));
    if (plain)   /* the shared callback-less reference or proxy */
        for (AwWeakref *w = entries[e].head; w; w = w->next)
            if (w->obj.type == type && w->callback == AW_NONE) return value_from_ptr(w);
    size_t size = type->instance_size > sizeof(AwWeakref) ? type->instance_size : sizeof(AwWeakref);
    AwWeakref *w = (AwWeakref *)gc_new(vm, type, size);
    if (!w) return AW_ERR;
    w->referent = referent;
    w->callback = callback;
    /* as CPython's list: the shared plain reference and proxy first, the others after them */
    AwWeakref **at = &entries[e].head;
    if (!plain)
        while (*at && (*at)->callback == AW_NONE && ((*at)->obj.type == &aw_type_weakref || !is_ref_type((*at)->obj.type)))
            at = &(*at)->next;
    w->next = *at;
    *at = w;
    return value_from_ptr(w);
}

int64_t weakref_count(AwValue obj) {
    if (!value_is_ptr(obj)) return 0;
    int64_t e = find_entry(value_as_ptr(obj)), n = 0;
    for (AwWeakref *w = e >= 0 ? entries[e].head : NULL; w; w = w->next) n++;
    return n;
}

AwValue weakref_list(AwVM *vm, AwValue obj) {
    AwList *l = list_new(vm, 0);
    if (!l) return AW_ERR;
    int64_t e = value_is_ptr(obj) ? find_entry(value_as_ptr(obj)) : -1;
    for (AwWeakref *w = e >= 0 ? entries[e].head : NULL; w; w = w->next)
        if (list_append(vm, l, value_from_ptr(w))) return AW_ERR;
    return value_from_ptr(l);
}

/* ---- the collector's side ---- */

static bool queue_callback(AwWeakref *w) {
    if (weakref_npending == pending_cap) {
        size_t cap = pending_cap ? pending_cap * 2 : 64;
        AwWeakref **p = realloc(pending, cap * sizeof *p);
        if (!p) return false;
        pending = p;
        pending_cap = cap;
    }
    pending[weakref_npending++] = w;
    return true;
}

/* Drops the dead references of a live referent's chain; false if none is left. */
static bool prune_chain(Entry *en) {
    AwWeakref **link = &en->head;
    while (*link) {
        if (gc_is_marked(&(*link)->obj)) link = &(*link)->next;
        else *link = (*link)->next;
    }
    return en->head != NULL;
}

/* The referent died: every live reference is cleared, and those with a callback queued. */
static void clear_chain(Entry *en) {
    for (AwWeakref *w = en->head; w; w = w->next) {
        if (!gc_is_marked(&w->obj)) continue;
        w->referent = NULL;
        if (w->callback != AW_NONE && !queue_callback(w)) w->callback = AW_NONE; /* out of memory: dropped */
    }
}

void weakref_after_mark(AwVM *vm) {
    (void)vm;
    size_t kept = 0;
    for (size_t e = 0; e < nentries; e++) {
        Entry en = entries[e];
        if (!gc_is_marked(en.referent)) { clear_chain(&en); continue; }
        if (prune_chain(&en)) entries[kept++] = en;
    }
    if (kept == nentries) return;
    nentries = kept;
    if (!reindex()) {   /* no memory for an index: forget the table (references stay valid) */
        nentries = 0;
        index_cap = 0;
    }
}

void weakref_trace_pending(AwGC *gc) {
    for (size_t i = 0; i < weakref_npending; i++) gc_mark_object(gc, &pending[i]->obj);
}

void weakref_write_unraisable(AwVM *vm, const char *prefix, AwValue obj) {
    file_flush_std(vm);   /* what the program printed comes first, as with CPython's line-buffered stdout */
    sys_report_unraisable(vm, prefix, obj, true);
}

void weakref_run_pending(AwVM *vm) {
    static bool running;   /* a callback that collects must not re-enter the queue's loop */
    if (running || !weakref_npending || vm->exc != AW_EMPTY) return;
    running = true;
    size_t done = 0;
    while (done < weakref_npending) {
        AwWeakref *w = pending[done++];
        AwValue cb = w->callback, arg = value_from_ptr(w);
        w->callback = AW_NONE;   /* CPython drops the callback once called */
        if (gc_push_root(vm, cb) || gc_push_root(vm, arg)) { vm_exc_clear(vm); break; }
        AwValue r = vm_call(vm, cb, 1, &arg, NULL);
        if (r == AW_ERR) weakref_write_unraisable(vm, "Exception ignored in", cb);
        gc_pop_roots(vm, 2);
    }
    memmove(pending, pending + done, (weakref_npending - done) * sizeof *pending);
    weakref_npending -= done;
    running = false;
}

void weakref_fini(void) {
    free(entries);
    free(index_slots);
    free(pending);
    entries = NULL;
    index_slots = NULL;
    pending = NULL;
    nentries = entries_cap = index_cap = weakref_npending = pending_cap = 0;
}

/* ---- weakref.ref ---- */

static void weakref_trace(AwGC *gc, AwObject *self) { gc_mark_value(gc, ((AwWeakref *)self)->callback); }

static AwValue referent_value(AwWeakref *w) { return w->referent ? value_from_ptr(w->referent) : AW_NONE; }

static AwValue ref_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    /* a subclass's extra keywords are its own __init__'s business (CPython ignores them here) */
    if (type == &aw_type_weakref && args_no_kwargs(vm, "ref", kw)) return AW_ERR;
    if (argc < 1 || argc > 2) {
        if (argc < 1) return vm_raise(vm, &aw_exc_TypeError, "__new__ expected at least 1 argument, got 0");
        return vm_raise(vm, &aw_exc_TypeError, "__new__ expected at most 2 arguments, got %d", argc);
    }
    return weakref_new(vm, type, argv[0], argc > 1 ? argv[1] : AW_NONE);
}

/* ref.__new__(cls, obj, callback=None), for subclasses that define __new__ (KeyedRef). */
static AwValue ref_m_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 1 || !value_is_instance(argv[0], &aw_type_type) || !is_ref_type((AwType *)value_as_ptr(argv[0])))
        return vm_raise(vm, &aw_exc_TypeError, "ReferenceType.__new__(X): X is not a subtype of ReferenceType");
    return ref_new(vm, (AwType *)value_as_ptr(argv[0]), argc - 1, argv + 1, kw);
}

static AwValue ref_call(AwVM *vm, AwValue self, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "weakref", kw)) return AW_ERR;
    if (argc) return vm_raise(vm, &aw_exc_TypeError, "weakref() takes exactly 0 arguments (%d given)", argc);
    return referent_value(AW_AS(AwWeakref, self));
}

static AwValue ref_m_call(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return ref_call(vm, argv[0], argc - 1, argv + 1, kw);
}

/* "<weakref at 0x..; to 'C' at 0x..>", with " (name)" when the referent has a str __name__. */
static AwValue ref_repr(AwVM *vm, AwValue self) {
    AwWeakref *w = AW_AS(AwWeakref, self);
    AwStr *s;
    if (!w->referent) {
        s = str_printf(vm, "<weakref at %p; dead>", (void *)w);
        return s ? str_value(s) : AW_ERR;
    }
    AwValue obj = value_from_ptr(w->referent);
    if (gc_push_root(vm, obj)) return AW_ERR;
    AwValue name = ops_getattr_opt(vm, obj, AW_NAME(vm, __name__));
    gc_pop_roots(vm, 1);
    if (name == AW_ERR) return AW_ERR;
    if (value_is_str(name))
        s = str_printf(vm, "<weakref at %p; to '%s' at %p (%s)>", (void *)w, ops_type_name(obj), (void *)w->referent, AW_STR(name)->data);
    else
        s = str_printf(vm, "<weakref at %p; to '%s' at %p>", (void *)w, ops_type_name(obj), (void *)w->referent);
    return s ? str_value(s) : AW_ERR;
}

static AwStatus ref_hash(AwVM *vm, AwValue self, int64_t *out) {
    AwWeakref *w = AW_AS(AwWeakref, self);
    if (w->has_hash) { *out = w->hash; return AW_OK; }
    if (!w->referent) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "weak object has gone away"));
    AwValue obj = value_from_ptr(w->referent);
    if (gc_push_root(vm, obj)) return AW_ERROR;
    AwStatus st = ops_hash(vm, obj, &w->hash);
    gc_pop_roots(vm, 1);
    if (st) return AW_ERROR;
    w->has_hash = true;
    *out = w->hash;
    return AW_OK;
}

/* Two live references compare their referents; otherwise they are equal only if identical. */
static AwValue ref_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if ((op != AW_CMP_EQ && op != AW_CMP_NE) || !value_is_ptr(b) || !is_ref_type(type_of(b))) return AW_NOTIMPL;
    AwWeakref *x = AW_AS(AwWeakref, a), *y = AW_AS(AwWeakref, b);
    if (!x->referent || !y->referent) return value_from_bool((a == b) == (op == AW_CMP_EQ));
    AwValue ra = value_from_ptr(x->referent), rb = value_from_ptr(y->referent);
    if (gc_push_root(vm, ra) || gc_push_root(vm, rb)) return AW_ERR;
    AwValue r = ops_compare(vm, ra, rb, op);
    gc_pop_roots(vm, 2);
    return r;
}

static AwValue ref_m_hash(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t h;
    if (args_count(vm, "__hash__", argc, 1, 1) || ref_hash(vm, argv[0], &h)) return AW_ERR;
    return value_from_small(h & AW_SMALLINT_MAX);
}

static AwValue ref_m_eq(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__eq__", argc, 2, 2)) return AW_ERR;
    return ref_compare(vm, argv[0], argv[1], AW_CMP_EQ);
}

static AwValue ref_m_ne(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__ne__", argc, 2, 2)) return AW_ERR;
    return ref_compare(vm, argv[0], argv[1], AW_CMP_NE);
}

static AwValue ref_m_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return ref_repr(vm, argv[0]); }

static AwValue ref_m_class_getitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__class_getitem__", kw) || args_count(vm, "__class_getitem__", argc - 1, 1, 1)) return AW_ERR;
    return genericalias_new(vm, argv[0], argv[1]);
}

static AwValue ref_get_callback(AwVM *vm, AwValue self) { return AW_AS(AwWeakref, self)->callback; }

static const AwMethodDef ref_methods[] = {
    {"__new__", ref_m_new, AW_METH_STATIC},
    {"__call__", ref_m_call, 0},
    {"__hash__", ref_m_hash, 0},
    {"__eq__", ref_m_eq, 0},
    {"__ne__", ref_m_ne, 0},
    {"__repr__", ref_m_repr, 0},
    {"__class_getitem__", ref_m_class_getitem, AW_METH_CLASS},
    {NULL, NULL, 0},
};

static const AwGetSetDef ref_getsets[] = {
    {"__callback__", ref_get_callback, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_weakref = {
    .name = "ReferenceType",
    .base = &aw_type_object,
    .instance_size = sizeof(AwWeakref),
    .flags = AW_TYPE_BASETYPE,
    .repr = ref_repr,
    .hash = ref_hash,
    .compare = ref_compare,
    .call = ref_call,
    .new_ = ref_new,
    .trace = weakref_trace,
    .methods = ref_methods,
    .getsets = ref_getsets,
};

/* ---- weakref.proxy ---- */

static bool is_proxy(AwValue v) {
    return value_is_ptr(v) && (type_of(v) == &aw_type_weakproxy || type_of(v) == &aw_type_weakcallableproxy);
}

/* The referent of a proxy (other values unchanged), or AW_ERR with ReferenceError. */
static AwValue unwrap(AwVM *vm, AwValue v) {
    if (!is_proxy(v)) return v;
    AwWeakref *w = AW_AS(AwWeakref, v);
    if (!w->referent) return vm_raise(vm, &aw_exc_ReferenceError, "weakly-referenced object no longer exists");
    return value_from_ptr(w->referent);
}

/* "<weakproxy at 0x.. to C at 0x..>"; CPython 3.11 shows a dead one as a proxy to None. */
static AwValue proxy_repr(AwVM *vm, AwValue self) {
    AwWeakref *w = AW_AS(AwWeakref, self);
    AwStr *s = w->referent ? str_printf(vm, "<weakproxy at %p to %s at %p>", (void *)w, type_name(w->referent->type), (void *)w->referent)
                           : str_printf(vm, "<weakproxy at %p to NoneType at %p>", (void *)w, (void *)&aw_type_none);
    return s ? str_value(s) : AW_ERR;
}

/* Runs op on the unwrapped operands, keeping them rooted (the proxies may be all that holds
 * them while aw code runs). */
#define WITH_REFERENTS(vm, a, b, expr, fail) do { \
        AwValue ua_ = unwrap(vm, a); \
        if (ua_ == AW_ERR) return fail; \
        AwValue ub_ = unwrap(vm, b); \
        if (ub_ == AW_ERR) return fail; \
        if (gc_push_root(vm, ua_) || gc_push_root(vm, ub_)) return fail; \
        AwValue x = ua_, y = ub_; \
        (void)x; (void)y; \
        result = (expr); \
        gc_pop_roots(vm, 2); \
    } while (0)

static AwValue proxy_str(AwVM *vm, AwValue self) {
    AwValue result;
    WITH_REFERENTS(vm, self, AW_NONE, ops_str(vm, x), AW_ERR);
    return result;
}

static AwStatus proxy_hash(AwVM *vm, AwValue self, int64_t *out) {
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "unhashable type: 'weakref.%s'", ops_type_name(self)));
}

static AwValue proxy_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    AwValue result;
    WITH_REFERENTS(vm, a, b, ops_compare(vm, x, y, op), AW_ERR);
    return result;
}

static AwValue proxy_binary(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    AwValue result;
    WITH_REFERENTS(vm, a, b, ops_binary(vm, x, y, (int)op), AW_ERR);
    return result;
}

static AwValue proxy_unary(AwVM *vm, AwValue a, AwUnaryOp op) {
    AwValue result;
    WITH_REFERENTS(vm, a, AW_NONE, ops_unary(vm, x, op), AW_ERR);
    return result;
}

static int proxy_truth(AwVM *vm, AwValue self) {
    int result;
    WITH_REFERENTS(vm, self, AW_NONE, ops_truthy(vm, x), -1);
    return result;
}

static AwValue proxy_call(AwVM *vm, AwValue self, int argc, const AwValue *argv, AwTuple *kw) {
    AwValue result;
    WITH_REFERENTS(vm, self, AW_NONE, vm_call(vm, x, argc, argv, kw), AW_ERR);
    return result;
}

static AwValue proxy_getattr(AwVM *vm, AwValue self, AwStr *name) {
    AwValue result;
    WITH_REFERENTS(vm, self, AW_NONE, ops_getattr(vm, x, name), AW_ERR);
    return result;
}

static AwStatus proxy_setattr(AwVM *vm, AwValue self, AwStr *name, AwValue value) {
    AwStatus result;
    WITH_REFERENTS(vm, self, AW_NONE, value == AW_EMPTY ? ops_delattr(vm, x, name) : ops_setattr(vm, x, name, value), AW_ERROR);
    return result;
}

static AwValue proxy_iter(AwVM *vm, AwValue self) {
    AwValue result;
    WITH_REFERENTS(vm, self, AW_NONE, ops_iter(vm, x), AW_ERR);
    return result;
}

static AwValue proxy_next(AwVM *vm, AwValue self) {
    AwValue result;
    WITH_REFERENTS(vm, self, AW_NONE, ops_next(vm, x), AW_ERR);
    return result;
}

static AwStatus proxy_len(AwVM *vm, AwValue self, int64_t *out) {
    AwStatus result;
    WITH_REFERENTS(vm, self, AW_NONE, ops_len(vm, x, out), AW_ERROR);
    return result;
}

static AwValue proxy_getitem(AwVM *vm, AwValue self, AwValue key) {
    AwValue result;
    WITH_REFERENTS(vm, self, key, ops_getitem(vm, x, y), AW_ERR);
    return result;
}

static AwStatus proxy_setitem(AwVM *vm, AwValue self, AwValue key, AwValue value) {
    AwStatus result;
    WITH_REFERENTS(vm, self, key, value == AW_EMPTY ? ops_delitem(vm, x, y) : ops_setitem(vm, x, y, value), AW_ERROR);
    return result;
}

static int proxy_contains(AwVM *vm, AwValue self, AwValue item) {
    int result;
    WITH_REFERENTS(vm, self, item, ops_contains(vm, x, y), -1);
    return result;
}

/* The proxy's in-place operators: the referent's (p += x leaves p bound to the result). */
static AwValue proxy_inplace(AwVM *vm, int argc, const AwValue *argv, const char *name, AwBinOp op) {
    if (args_count(vm, name, argc - 1, 1, 1)) return AW_ERR;
    AwValue result;
    WITH_REFERENTS(vm, argv[0], argv[1], ops_binary(vm, x, y, (int)op + AW_BINOP_INPLACE), AW_ERR);
    return result;
}

#define PROXY_INPLACE(fn, name, op) \
    static AwValue fn(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return proxy_inplace(vm, argc, argv, name, op); }
PROXY_INPLACE(proxy_iadd, "__iadd__", AW_BINOP_ADD)
PROXY_INPLACE(proxy_isub, "__isub__", AW_BINOP_SUB)
PROXY_INPLACE(proxy_imul, "__imul__", AW_BINOP_MUL)
PROXY_INPLACE(proxy_itruediv, "__itruediv__", AW_BINOP_TRUEDIV)
PROXY_INPLACE(proxy_ifloordiv, "__ifloordiv__", AW_BINOP_FLOORDIV)
PROXY_INPLACE(proxy_imod, "__imod__", AW_BINOP_MOD)
PROXY_INPLACE(proxy_ipow, "__ipow__", AW_BINOP_POW)
PROXY_INPLACE(proxy_ilshift, "__ilshift__", AW_BINOP_LSHIFT)
PROXY_INPLACE(proxy_irshift, "__irshift__", AW_BINOP_RSHIFT)
PROXY_INPLACE(proxy_iand, "__iand__", AW_BINOP_AND)
PROXY_INPLACE(proxy_ior, "__ior__", AW_BINOP_OR)
PROXY_INPLACE(proxy_ixor, "__ixor__", AW_BINOP_XOR)
PROXY_INPLACE(proxy_imatmul, "__imatmul__", AW_BINOP_MATMUL)
#undef PROXY_INPLACE

/* __index__, __bytes__ and __reversed__: what the referent gives (CPython's proxy methods). */
static AwValue proxy_m_index(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__index__", argc - 1, 0, 0)) return AW_ERR;
    AwValue result;
    WITH_REFERENTS(vm, argv[0], AW_NONE, ops_index(vm, x), AW_ERR);
    return result;
}

static AwValue proxy_m_bytes(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__bytes__", argc - 1, 0, 0)) return AW_ERR;
    AwValue result, bytes_type = value_from_ptr(&aw_type_bytes);
    WITH_REFERENTS(vm, argv[0], AW_NONE, vm_call(vm, bytes_type, 1, &x, NULL), AW_ERR);
    return result;
}

static AwValue proxy_m_reversed(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__reversed__", argc - 1, 0, 0)) return AW_ERR;
    AwValue result;
    WITH_REFERENTS(vm, argv[0], AW_NONE, iter_reversed(vm, x), AW_ERR);
    return result;
}

static const AwMethodDef proxy_methods[] = {
    {"__iadd__", proxy_iadd, 0}, {"__isub__", proxy_isub, 0}, {"__imul__", proxy_imul, 0},
    {"__itruediv__", proxy_itruediv, 0}, {"__ifloordiv__", proxy_ifloordiv, 0}, {"__imod__", proxy_imod, 0},
    {"__ipow__", proxy_ipow, 0}, {"__ilshift__", proxy_ilshift, 0}, {"__irshift__", proxy_irshift, 0},
    {"__iand__", proxy_iand, 0}, {"__ior__", proxy_ior, 0}, {"__ixor__", proxy_ixor, 0},
    {"__imatmul__", proxy_imatmul, 0}, {"__index__", proxy_m_index, 0}, {"__bytes__", proxy_m_bytes, 0},
    {"__reversed__", proxy_m_reversed, 0}, {NULL, NULL, 0},
};

static AwValue proxy_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    return vm_raise(vm, &aw_exc_TypeError, "cannot create 'weakref.%s' instances", type_name(type));
}

#define PROXY_SLOTS \
    .base = &aw_type_object, \
    .instance_size = sizeof(AwWeakref), \
    .repr = proxy_repr, .str = proxy_str, .hash = proxy_hash, .compare = proxy_compare, \
    .binary = proxy_binary, .rbinary = proxy_binary, .unary = proxy_unary, .truth = proxy_truth, \
    .getattr = proxy_getattr, .setattr = proxy_setattr, .iter = proxy_iter, .next = proxy_next, \
    .len = proxy_len, .getitem = proxy_getitem, .setitem = proxy_setitem, .contains = proxy_contains, \
    .new_ = proxy_new, .trace = weakref_trace, .methods = proxy_methods

AwType aw_type_weakproxy = {
    .name = "ProxyType",
    PROXY_SLOTS,
};

AwType aw_type_weakcallableproxy = {
    .name = "CallableProxyType",
    .call = proxy_call,
    PROXY_SLOTS,
};
