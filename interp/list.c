/* list.c — the list type: a growable array of values (items buffer owned via gc_alloc).
 *
 * Aw code may run in the middle of most operations (__eq__ in `in`/index/remove, __lt__ in
 * sort, iteration in extend), and it may mutate the list being worked on, so loops re-read
 * list->len and list->items after every such call instead of caching them.
 */
#include "interp/list.h"
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/class.h"
#include "interp/exception.h"
#include "interp/function.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/iter.h"
#include "interp/ops.h"
#include "interp/reprguard.h"
#include "interp/slice.h"
#include "interp/sort.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

/* ---- storage ---- */

/* memmove of n values; a no-op for n == 0 (the buffers of empty lists may be NULL). */
static void move_values(AwValue *dst, const AwValue *src, int64_t n) {
    if (n > 0) memmove(dst, src, (size_t)n * sizeof(AwValue));
}

/* Makes room for at least `need` items, over-allocating exactly as CPython 3.11's list_resize
 * (~12.5% + 6, a multiple of 4; just enough when one step adds many), so that
 * sys.getsizeof of a list grown by appends matches. */
static AwStatus resize_room(AwVM *vm, AwList *l, int64_t need) {
    if (l->cap >= need && need >= (l->cap >> 1)) return AW_OK;
    if (need > INT64_MAX / 16) return vm_fail(vm_raise_memory(vm));
    int64_t cap = (need + (need >> 3) + 6) & ~(int64_t)3;
    if (need - l->len > cap - need) cap = (need + 3) & ~(int64_t)3;
    if (need == 0) cap = 0;
    if (cap < l->len) return AW_OK;   /* never below the items held */
    AwValue *items = cap ? gc_realloc(vm, l->items, (size_t)l->cap * sizeof(AwValue), (size_t)cap * sizeof(AwValue)) : NULL;
    if (cap && !items) return AW_ERROR;
    if (!cap && l->items) gc_free(vm, l->items, (size_t)l->cap * sizeof(AwValue));
    l->items = items;
    l->cap = cap;
    return AW_OK;
}

static AwStatus reserve(AwVM *vm, AwList *l, int64_t need) {
    return need <= l->cap ? AW_OK : resize_room(vm, l, need);
}

/* After items were removed: CPython's list_resize gives room back once less than half is used
 * (a failed shrink keeps the larger buffer). */
static void give_back(AwVM *vm, AwList *l) {
    if (l->len < (l->cap >> 1) && resize_room(vm, l, l->len) != AW_OK) vm_exc_clear(vm);
}

static AwList *alloc_list(AwVM *vm, AwType *type, int64_t cap) {
    AwList *l = (AwList *)gc_new(vm, type, type->instance_size);
    if (!l) return NULL;
    if (cap > 0) {
        if (cap > INT64_MAX / 16) {
            vm_raise_memory(vm);
            return NULL;
        }
        l->items = gc_alloc(vm, (size_t)cap * sizeof(AwValue));
        if (!l->items) return NULL;
        l->cap = cap;
    }
    return l;
}

AwList *list_new(AwVM *vm, int64_t cap) { return alloc_list(vm, &aw_type_list, cap); }

AwList *list_from(AwVM *vm, int64_t n, const AwValue *items) {
    AwList *l = list_new(vm, n);
    if (!l) return NULL;
    move_values(l->items, items, n);
    l->len = n;
    return l;
}

AwStatus list_append(AwVM *vm, AwList *l, AwValue v) {
    if (l->len == l->cap && reserve(vm, l, l->len + 1) != AW_OK) return AW_ERROR;
    l->items[l->len++] = v;
    return AW_OK;
}

/* Appends n items (which may alias l's own buffer: they are copied after growing). */
static AwStatus append_items(AwVM *vm, AwList *l, AwValue src, int64_t n) {
    if (n == 0) return AW_OK;
    if (reserve(vm, l, l->len + n) != AW_OK) return AW_ERROR;
    const AwValue *items = value_is_instance(src, &aw_type_list) ? AW_LIST(src)->items : AW_TUPLE(src)->items;
    move_values(l->items + l->len, items, n);
    l->len += n;
    return AW_OK;
}

/* Appends everything an iterator yields. The iterator is rooted while aw code runs. */
static AwStatus extend_from_iterator(AwVM *vm, AwList *l, AwValue it) {
    if (gc_push_root(vm, it) != AW_OK) return AW_ERROR;
    AwStatus st = AW_OK;
    for (;;) {
        AwValue v = ops_next(vm, it);
        if (v == AW_STOP) break;
        if (v == AW_ERR || list_append(vm, l, v) != AW_OK) {
            st = AW_ERROR;
            break;
        }
    }
    gc_pop_roots(vm, 1);
    return st;
}

/* CPython's list_preallocate_exact: an empty list gets room for n items, rounded up to even. */
static AwStatus preallocate(AwVM *vm, AwList *l, int64_t n) {
    if (l->cap != 0 || n <= 0) return AW_OK;
    int64_t cap = (n + 1) & ~(int64_t)1;
    if (cap > INT64_MAX / 16) return vm_fail(vm_raise_memory(vm));
    l->items = gc_alloc(vm, (size_t)cap * sizeof(AwValue));
    if (!l->items) return AW_ERROR;
    l->cap = cap;
    return AW_OK;
}

/* PyObject_LengthHint(v, 8): len(v), else v.__length_hint__(), else 8. -1 on error. */
static int64_t length_hint(AwVM *vm, AwValue v) {
    int64_t n;
    if (type_of(v)->len) {
        if (ops_len(vm, v, &n) == AW_OK) return n;
        if (!vm_exc_matches(vm, &aw_exc_TypeError)) return -1;
        vm_exc_clear(vm);
    }
    AwValue r = vm_call_dunder(vm, v, str_intern_cstr(vm, "__length_hint__"), 0, NULL);
    if (r == AW_ERR) return -1;
    return value_is_int(r) && value_as_small(r) >= 0 ? value_as_small(r) : 8;
}


/* As CPython's list_extend, including how it sizes an empty list (for sys.getsizeof). */
AwStatus list_extend(AwVM *vm, AwList *l, AwValue iterable) {
    if (value_is_list(iterable) || iterable == value_from_ptr(l)) {   /* a.extend(a): a snapshot */
        if (preallocate(vm, l, AW_LIST(iterable)->len)) return AW_ERROR;
        return append_items(vm, l, iterable, AW_LIST(iterable)->len);
    }
    if (value_is_tuple(iterable)) {
        if (preallocate(vm, l, AW_TUPLE(iterable)->len)) return AW_ERROR;
        return append_items(vm, l, iterable, AW_TUPLE(iterable)->len);
    }
    AwValue it = ops_iter(vm, iterable);
    if (it == AW_ERR || gc_push_root(vm, it)) return AW_ERROR;
    int64_t hint = length_hint(vm, iterable);
    AwStatus st = hint < 0 ? AW_ERROR : l->cap == 0 ? preallocate(vm, l, hint) : resize_room(vm, l, l->len + hint);
    if (st == AW_OK) st = extend_from_iterator(vm, l, it);
    gc_pop_roots(vm, 1);
    /* the room the guess left unused is given back when less than half is used */
    return st == AW_OK ? resize_room(vm, l, l->len) : st;
}

AwValue list_from_iterable(AwVM *vm, AwValue iterable) {
    AwList *l = list_new(vm, 0);
    if (!l) return AW_ERR;
    AwValue lv = value_from_ptr(l);
    if (gc_push_root(vm, lv) != AW_OK) return AW_ERR;
    AwStatus st = list_extend(vm, l, iterable);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? lv : AW_ERR;
}

/* PySequence_Fast: v itself if it is a list or tuple, else a new list of its items; `msg`
 * replaces the TypeError of a non-iterable. */
static AwValue seq_fast(AwVM *vm, AwValue v, const char *msg) {
    if (value_is_list(v) || value_is_tuple(v)) return v;
    AwValue it = ops_iter(vm, v);
    if (it == AW_ERR) {
        if (vm_exc_matches(vm, &aw_exc_TypeError)) {
            vm_exc_clear(vm);
            vm_raise(vm, &aw_exc_TypeError, "%s", msg);
        }
        return AW_ERR;
    }
    AwList *l = list_new(vm, 0);
    if (!l) return AW_ERR;
    AwValue lv = value_from_ptr(l);
    if (gc_push_root(vm, lv) != AW_OK) return AW_ERR;
    AwStatus st = extend_from_iterator(vm, l, it);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? lv : AW_ERR;
}

static int64_t seq_len(AwValue seq) {
    return value_is_tuple(seq) ? AW_TUPLE(seq)->len : AW_LIST(seq)->len;
}

static AwValue *seq_items(AwValue seq) {
    return value_is_tuple(seq) ? AW_TUPLE(seq)->items : AW_LIST(seq)->items;
}

/* ---- sort ---- */

/* Restores the sorted buffer into the list after list_sort detached it. If aw code filled the
 * list meanwhile, that content is dropped (CPython: "list modified during sort"). */
static AwStatus reattach(AwVM *vm, AwList *l, AwList *holder, AwStatus st) {
    bool modified = l->items != NULL || l->len != 0;
    if (l->items) gc_free(vm, l->items, (size_t)l->cap * sizeof(AwValue));
    l->items = holder->items;
    l->len = holder->len;
    l->cap = holder->cap;
    holder->items = NULL;
    holder->len = holder->cap = 0;
    if (st == AW_OK && modified)
        return vm_fail(vm_raise(vm, &aw_exc_ValueError, "list modified during sort"));
    return st;
}

static void reverse_values(AwValue *a, int64_t n) {
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        AwValue t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

/* Computes key(item) for every item into a new list, rooted when *keys is set. */
static AwStatus compute_keys(AwVM *vm, AwList *holder, AwValue key, AwList **keys) {
    AwList *k = list_new(vm, holder->len);
    if (!k || gc_push_root(vm, value_from_ptr(k)) != AW_OK) return AW_ERROR;
    *keys = k;
    for (int64_t i = 0; i < holder->len; i++) {
        AwValue r = vm_call(vm, key, 1, &holder->items[i], NULL);
        if (r == AW_ERR) return AW_ERROR;
        k->items[k->len++] = r;
    }
    return AW_OK;
}

/* The list is emptied during the sort (so aw code sees [] and its changes are detected), and
 * its items move to a rooted holder list so the collector still sees them. Reverse sorting
 * reverses, sorts stably and reverses back, which keeps equal items in their original order. */
AwStatus list_sort(AwVM *vm, AwList *l, AwValue key, bool reverse) {
    /* As CPython, a one-item list still has its key computed (and its errors raised). */
    if (l->len == 0 || (l->len < 2 && key == AW_NONE)) return AW_OK;
    AwList *holder = list_new(vm, 0);
    if (!holder || gc_push_root(vm, value_from_ptr(holder)) != AW_OK) return AW_ERROR;
    holder->items = l->items;
    holder->len = l->len;
    holder->cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    AwList *keys = NULL;
    AwStatus st = key != AW_NONE ? compute_keys(vm, holder, key, &keys) : AW_OK;
    size_t roots = keys ? 2 : 1;
    if (st == AW_OK) {
        int64_t n = holder->len;
        AwValue *kv = keys ? keys->items : holder->items, *vv = keys ? holder->items : NULL;
        if (reverse) {
            reverse_values(kv, n);
            if (vv) reverse_values(vv, n);
        }
        st = sort_values(vm, kv, vv, n);
        if (reverse) {
            reverse_values(kv, n);
            if (vv) reverse_values(vv, n);
        }
    }
    st = reattach(vm, l, holder, st);
    gc_pop_roots(vm, roots);
    return st;
}

/* ---- slots ---- */

static AwValue list_repr(AwVM *vm, AwValue self) {
    AwList *l = AW_LIST(self);
    if (l->len == 0) return str_value(str_from_cstr(vm, "[]"));
    int g = reprguard_enter(vm, &l->obj);
    if (g != 0) return g > 0 ? str_value(str_from_cstr(vm, "[...]")) : AW_ERR;
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = buf_append_char(&b, '[');
    for (int64_t i = 0; st == AW_OK && i < l->len; i++) {
        if (i) st = buf_append_cstr(&b, ", ");
        if (st == AW_OK) st = buf_append_repr_of(&b, l->items[i]);
    }
    if (st == AW_OK) st = buf_append_char(&b, ']');
    reprguard_leave(vm, &l->obj);
    if (st != AW_OK) {
        buf_free(&b);
        return AW_ERR;
    }
    AwStr *s = buf_to_str(&b);
    return s ? str_value(s) : AW_ERR;
}

static bool cmp_ints(int64_t x, int64_t y, AwCmpOp op) {
    switch (op) {
    case AW_CMP_LT: return x < y;
    case AW_CMP_LE: return x <= y;
    case AW_CMP_EQ: return x == y;
    case AW_CMP_NE: return x != y;
    case AW_CMP_GT: return x > y;
    default: return x >= y;
    }
}

static AwValue list_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if (!value_is_instance(b, &aw_type_list)) return AW_NOTIMPL;
    AwList *x = AW_LIST(a), *y = AW_LIST(b);
    if ((op == AW_CMP_EQ || op == AW_CMP_NE) && x->len != y->len) return value_from_bool(op == AW_CMP_NE);
    int64_t i;
    for (i = 0; i < x->len && i < y->len; i++) {
        int eq = ops_eq(vm, x->items[i], y->items[i]);
        if (eq < 0) return AW_ERR;
        if (!eq) break;
    }
    if (i >= x->len || i >= y->len) return value_from_bool(cmp_ints(x->len, y->len, op));
    if (op == AW_CMP_EQ) return AW_FALSE;
    if (op == AW_CMP_NE) return AW_TRUE;
    return ops_compare(vm, x->items[i], y->items[i], op);
}

static AwStatus repeat_count(AwVM *vm, AwValue n, int64_t *out) {
    if (value_is_int(n)) {
        *out = value_as_small(n);
        return AW_OK;
    }
    AwValue i = ops_index(vm, n);
    if (i == AW_ERR) return AW_ERROR;
    if (!value_is_int(i) && !value_is_bool(i) && !mpz_fits_slong_p(AW_BIGINT(i)->z))
        return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "cannot fit '%s' into an index-sized integer", ops_type_name(n)));
    *out = slice_clamp_int(i);
    return AW_OK;
}

static bool is_index_like(AwVM *vm, AwValue v) {
    return int_check(v) || type_lookup(type_of(v), AW_NAME(vm, __index__)) != AW_EMPTY;
}

static AwValue repeat(AwVM *vm, AwList *src, AwValue count) {
    int64_t n;
    if (repeat_count(vm, count, &n) != AW_OK) return AW_ERR;
    if (n < 0) n = 0;
    int64_t len = src->len;
    if (len && n > INT64_MAX / 16 / len) return vm_raise_memory(vm);
    AwList *r = list_new(vm, len * n);
    if (!r) return AW_ERR;
    if (len == 0 || n == 0) return value_from_ptr(r);
    if (len == 1) {
        for (int64_t k = 0; k < n; k++) r->items[k] = src->items[0];
    } else {
        for (int64_t k = 0; k < n; k++) move_values(r->items + k * len, src->items, len);
    }
    r->len = len * n;
    return value_from_ptr(r);
}

static AwValue concat(AwVM *vm, AwList *a, AwList *b) {
    AwList *r = list_new(vm, a->len + b->len);
    if (!r) return AW_ERR;
    move_values(r->items, a->items, a->len);
    move_values(r->items + a->len, b->items, b->len);
    r->len = a->len + b->len;
    return value_from_ptr(r);
}

/* + and *: a user class on the right may still answer through __radd__/__rmul__, so those get
 * NotImplemented; built-in operands get CPython's sequence error right away. */
static AwValue list_binary(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    if (op == AW_BINOP_ADD) {
        if (value_is_instance(b, &aw_type_list)) return concat(vm, AW_LIST(a), AW_LIST(b));
        if (type_of(b)->flags & AW_TYPE_HEAP) return AW_NOTIMPL;
        return vm_raise(vm, &aw_exc_TypeError, "can only concatenate list (not \"%s\") to list",
                        ops_type_name(b));
    }
    if (op == AW_BINOP_MUL) {
        if (is_index_like(vm, b)) return repeat(vm, AW_LIST(a), b);
        if (type_of(b)->flags & AW_TYPE_HEAP) return AW_NOTIMPL;
        return vm_raise(vm, &aw_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                        ops_type_name(b));
    }
    return AW_NOTIMPL;
}

static AwValue list_rbinary(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    if (op != AW_BINOP_MUL) return AW_NOTIMPL;
    if (is_index_like(vm, a)) return repeat(vm, AW_LIST(b), a);
    return vm_raise(vm, &aw_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                    ops_type_name(a));
}

static AwStatus list_len(AwVM *vm, AwValue self, int64_t *out) {
    *out = AW_LIST(self)->len;
    return AW_OK;
}

static int list_truth(AwVM *vm, AwValue self) { return AW_LIST(self)->len != 0; }

static AwValue get_slice(AwVM *vm, AwList *l, AwSlice *s) {
    int64_t start, stop, step, n;
    if (slice_indices_live(vm, s, &l->len, &start, &stop, &step, &n) != AW_OK) return AW_ERR;
    AwList *r = list_new(vm, n);
    if (!r) return AW_ERR;
    if (step == 1) {
        move_values(r->items, l->items + start, n);
    } else {
        for (int64_t i = 0; i < n; i++) r->items[i] = l->items[start + i * step];   /* no j past the end: step may be huge */
    }
    r->len = n;
    return value_from_ptr(r);
}

static AwValue list_getitem(AwVM *vm, AwValue self, AwValue key) {
    AwList *l = AW_LIST(self);
    if (value_is_int(key)) {
        int64_t i = value_as_small(key);
        if (i < 0) i += l->len;
        if ((uint64_t)i >= (uint64_t)l->len) return vm_raise(vm, &aw_exc_IndexError, "list index out of range");
        return l->items[i];
    }
    if (value_is_type(key, &aw_type_slice)) return get_slice(vm, l, AW_SLICE(key));
    int64_t i;
    if (slice_index(vm, key, l->len, "list", &i) != AW_OK) return AW_ERR;
    return l->items[i];
}

/* Replaces items [lo, hi) with the n values at src (which must not alias l's buffer). */
static AwStatus replace_range(AwVM *vm, AwList *l, int64_t lo, int64_t hi, const AwValue *src, int64_t n) {
    int64_t delta = n - (hi - lo);
    if (n == 0 && hi == lo) return AW_OK;
    if (delta > 0 && reserve(vm, l, l->len + delta) != AW_OK) return AW_ERROR;
    move_values(l->items + hi + delta, l->items + hi, (l->len - hi));
    move_values(l->items + lo, src, n);
    l->len += delta;
    if (delta < 0) give_back(vm, l);
    return AW_OK;
}

/* a[lo:hi] = v (v == AW_EMPTY deletes), with CPython's clamping of hi < lo. */
static AwStatus assign_simple_slice(AwVM *vm, AwList *l, int64_t lo, int64_t hi, AwValue v) {
    if (hi < lo) hi = lo;
    if (v == AW_EMPTY) return replace_range(vm, l, lo, hi, NULL, 0);
    AwValue seq = seq_fast(vm, v, "can only assign an iterable");
    if (seq == AW_ERR) return AW_ERROR;
    if (seq == value_from_ptr(l)) {   /* a[i:j] = a: copy first */
        AwList *copy = list_from(vm, l->len, l->items);
        if (!copy) return AW_ERROR;
        seq = value_from_ptr(copy);
    }
    if (gc_push_root(vm, seq) != AW_OK) return AW_ERROR;
    if (lo > l->len) lo = l->len;      /* the list may have shrunk while v was iterated */
    if (hi > l->len) hi = l->len;
    if (hi < lo) hi = lo;
    AwStatus st = replace_range(vm, l, lo, hi, seq_items(seq), seq_len(seq));
    gc_pop_roots(vm, 1);
    return st;
}

/* del a[start::step] for step != 1: keeps the items not selected, in order. */
static void delete_extended(AwList *l, int64_t start, int64_t step, int64_t n) {
    if (step < 0) {
        start += step * (n - 1);
        step = -step;
    }
    int64_t out = start, next_del = start, deleted = 0;
    for (int64_t i = start; i < l->len; i++) {
        if (deleted < n && i == next_del) {
            if (++deleted < n) next_del += step;   /* not past the last: step may be huge */
            continue;
        }
        l->items[out++] = l->items[i];
    }
    l->len = out;
}

static AwStatus assign_extended(AwVM *vm, AwList *l, int64_t start, int64_t step, int64_t n, AwValue v) {
    AwValue seq = seq_fast(vm, v, "must assign iterable to extended slice");
    if (seq == AW_ERR) return AW_ERROR;
    if (seq == value_from_ptr(l)) {
        AwList *copy = list_from(vm, l->len, l->items);
        if (!copy) return AW_ERROR;
        seq = value_from_ptr(copy);
    }
    if (seq_len(seq) != n)
        return vm_fail(vm_raise(vm, &aw_exc_ValueError,
                                "attempt to assign sequence of size %lld to extended slice of size %lld",
                                (long long)seq_len(seq), (long long)n));
    const AwValue *src = seq_items(seq);
    for (int64_t i = 0; i < n && start + i * step < l->len; i++) l->items[start + i * step] = src[i];
    return AW_OK;
}

static AwStatus set_slice(AwVM *vm, AwList *l, AwSlice *s, AwValue v) {
    int64_t start, stop, step, n;
    if (slice_indices_live(vm, s, &l->len, &start, &stop, &step, &n) != AW_OK) return AW_ERROR;
    if (step == 1) return assign_simple_slice(vm, l, start, stop, v);
    if (v == AW_EMPTY) {
        if (n > 0) delete_extended(l, start, step, n);
        give_back(vm, l);
        return AW_OK;
    }
    return assign_extended(vm, l, start, step, n, v);
}

static AwStatus list_setitem(AwVM *vm, AwValue self, AwValue key, AwValue v) {
    AwList *l = AW_LIST(self);
    if (value_is_type(key, &aw_type_slice)) return set_slice(vm, l, AW_SLICE(key), v);
    int64_t i;
    if (value_is_int(key)) {
        i = value_as_small(key);
        if (i < 0) i += l->len;
        if ((uint64_t)i >= (uint64_t)l->len)
            return vm_fail(vm_raise(vm, &aw_exc_IndexError, "list assignment index out of range"));
    } else {
        if (!is_index_like(vm, key))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "list indices must be integers or slices, not %s",
                                    ops_type_name(key)));
        if (slice_index(vm, key, l->len, "list assignment", &i) != AW_OK) return AW_ERROR;
    }
    if (v != AW_EMPTY) {
        l->items[i] = v;
        return AW_OK;
    }
    move_values(l->items + i, l->items + i + 1, (l->len - i - 1));
    l->len--;
    give_back(vm, l);
    return AW_OK;
}

static int list_contains(AwVM *vm, AwValue self, AwValue item) {
    AwList *l = AW_LIST(self);
    for (int64_t i = 0; i < l->len; i++) {
        int eq = ops_eq(vm, l->items[i], item);
        if (eq != 0) return eq;
    }
    return 0;
}

static AwValue list_iter(AwVM *vm, AwValue self) { return iter_list_new(vm, AW_LIST(self)); }

static void list_trace(AwGC *gc, AwObject *self) {
    AwList *l = (AwList *)self;
    gc_mark_values(gc, l->items, (size_t)l->len);
}

static void list_free(AwVM *vm, AwObject *self) {
    AwList *l = (AwList *)self;
    if (l->items) gc_free(vm, l->items, (size_t)l->cap * sizeof(AwValue));
    l->items = NULL;
}

/* ---- construction and __init__ ----
 * list(x) fills the list in new_ ("builds and initialises", object.h). class.c creates an
 * instance of a subclass with new_ and no arguments, then runs __init__ (list.__init__ unless
 * overridden), so the list is filled exactly once either way. */

static AwValue m_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames);

static bool init_is_native(AwVM *vm, AwType *type) {
    if (type == &aw_type_list) return true;
    AwValue init = type_lookup(type, AW_NAME(vm, __init__));
    return value_is_type(init, &aw_type_native) && AW_NATIVE(init)->fn == m_init;
}

static AwValue list_new_(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (kwnames && kwnames->len && type == &aw_type_list)
        return vm_raise(vm, &aw_exc_TypeError, "list() takes no keyword arguments");
    if (argc > 1) return vm_raise(vm, &aw_exc_TypeError, "list expected at most 1 argument, got %d", argc);
    AwList *l = alloc_list(vm, type, 0);
    if (!l) return AW_ERR;
    AwValue lv = value_from_ptr(l);
    if (argc == 0 || !init_is_native(vm, type)) return lv;
    if (gc_push_root(vm, lv) != AW_OK) return AW_ERR;
    AwStatus st = list_extend(vm, l, argv[0]);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? lv : AW_ERR;
}

/* list.__init__(self, iterable=()) — clears, then extends (CPython). */
static AwValue m_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwType *t = type_of(argv[0]);
    /* a subclass with its own __new__ may pass keywords on to list.__init__ (CPython) */
    if (kwnames && kwnames->len && (t == &aw_type_list || type_lookup_owner(t, AW_NAME(vm, __new__)) == &aw_type_list))
        return vm_raise(vm, &aw_exc_TypeError, "list() takes no keyword arguments");
    if (argc > 2) return vm_raise(vm, &aw_exc_TypeError, "list expected at most 1 argument, got %d", argc - 1);
    AwList *l = AW_LIST(argv[0]);
    list_free(vm, &l->obj);   /* CPython's list_clear: the old buffer goes */
    l->len = l->cap = 0;
    if (argc == 2 && list_extend(vm, l, argv[1]) != AW_OK) return AW_ERR;
    return AW_NONE;
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

AwValue list_m_append(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "list.append", argc, kwnames) != AW_OK) return AW_ERR;
    return list_append(vm, AW_LIST(argv[0]), argv[1]) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue m_extend(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "list.extend", argc, kwnames) != AW_OK) return AW_ERR;
    return list_extend(vm, AW_LIST(argv[0]), argv[1]) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue m_insert(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "list.insert", kwnames) != AW_OK) return AW_ERR;
    if (argc != 3) return vm_raise(vm, &aw_exc_TypeError, "insert expected 2 arguments, got %d", argc - 1);
    AwList *l = AW_LIST(argv[0]);
    int64_t i;
    if (args_int(vm, argv[1], &i) != AW_OK) return AW_ERR;
    if (i < 0 && (i += l->len) < 0) i = 0;
    if (i > l->len) i = l->len;
    if (reserve(vm, l, l->len + 1) != AW_OK) return AW_ERR;
    move_values(l->items + i + 1, l->items + i, (l->len - i));
    l->items[i] = argv[2];
    l->len++;
    return AW_NONE;
}

static AwValue m_pop(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "list.pop", kwnames) != AW_OK) return AW_ERR;
    if (argc > 2) return vm_raise(vm, &aw_exc_TypeError, "pop expected at most 1 argument, got %d", argc - 1);
    AwList *l = AW_LIST(argv[0]);
    int64_t i = -1;
    if (argc == 2 && args_int(vm, argv[1], &i) != AW_OK) return AW_ERR;
    if (l->len == 0) return vm_raise(vm, &aw_exc_IndexError, "pop from empty list");
    if (i < 0) i += l->len;
    if (i < 0 || i >= l->len) return vm_raise(vm, &aw_exc_IndexError, "pop index out of range");
    AwValue v = l->items[i];
    move_values(l->items + i, l->items + i + 1, (l->len - i - 1));
    l->len--;
    give_back(vm, l);
    return v;
}

/* Index of the first item == v in [start, stop), -1 if none, -2 on error. */
static int64_t find(AwVM *vm, AwList *l, AwValue v, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < l->len; i++) {
        int eq = ops_eq(vm, l->items[i], v);
        if (eq < 0) return -2;
        if (eq) return i;
    }
    return -1;
}

static AwValue m_remove(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "list.remove", argc, kwnames) != AW_OK) return AW_ERR;
    AwList *l = AW_LIST(argv[0]);
    int64_t i = find(vm, l, argv[1], 0, INT64_MAX);
    if (i == -2) return AW_ERR;
    if (i == -1) return vm_raise(vm, &aw_exc_ValueError, "list.remove(x): x not in list");
    if (i >= l->len) return AW_NONE;   /* __eq__ shrank the list: del l[i:i+1] is a no-op */
    move_values(l->items + i, l->items + i + 1, (l->len - i - 1));
    l->len--;
    give_back(vm, l);
    return AW_NONE;
}

static AwValue not_in_list(AwVM *vm, AwValue v) {
    AwValue r = ops_repr(vm, v);
    if (r == AW_ERR) return AW_ERR;
    return vm_raise(vm, &aw_exc_ValueError, "%s is not in list", AW_STR(r)->data);
}

static AwValue m_index(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "list.index", kwnames) != AW_OK) return AW_ERR;
    if (argc < 2) return vm_raise(vm, &aw_exc_TypeError, "index expected at least 1 argument, got 0");
    if (argc > 4) return vm_raise(vm, &aw_exc_TypeError, "index expected at most 3 arguments, got %d", argc - 1);
    AwList *l = AW_LIST(argv[0]);
    int64_t start = 0, stop = INT64_MAX;
    if (argc > 2 && slice_as_index_not_none(vm, argv[2], &start) != AW_OK) return AW_ERR;
    if (argc > 3 && slice_as_index_not_none(vm, argv[3], &stop) != AW_OK) return AW_ERR;
    if (start < 0 && (start += l->len) < 0) start = 0;
    if (stop < 0 && (stop += l->len) < 0) stop = 0;
    int64_t i = find(vm, l, argv[1], start, stop);
    if (i == -2) return AW_ERR;
    return i >= 0 ? value_from_small(i) : not_in_list(vm, argv[1]);
}

static AwValue m_count(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "list.count", argc, kwnames) != AW_OK) return AW_ERR;
    AwList *l = AW_LIST(argv[0]);
    int64_t n = 0;
    for (int64_t i = 0; i < l->len; i++) {
        int eq = ops_eq(vm, l->items[i], argv[1]);
        if (eq < 0) return AW_ERR;
        n += eq;
    }
    return value_from_small(n);
}

static AwValue m_sort(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"key", "reverse", NULL};
    if (argc > 1) return vm_raise(vm, &aw_exc_TypeError, "sort() takes no positional arguments");
    AwValue out[2];
    if (args_parse(vm, "sort", 0, argv + 1, kwnames, names, 0, 0, out) != AW_OK) return AW_ERR;
    int64_t reverse = 0;
    if (out[1] != AW_EMPTY && args_int(vm, out[1], &reverse) != AW_OK) return AW_ERR;
    AwValue key = out[0] == AW_EMPTY ? AW_NONE : out[0];
    return list_sort(vm, AW_LIST(argv[0]), key, reverse != 0) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue m_reverse(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_none(vm, "list.reverse", argc, kwnames) != AW_OK) return AW_ERR;
    AwList *l = AW_LIST(argv[0]);
    reverse_values(l->items, l->len);
    return AW_NONE;
}

static AwValue m_copy(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_none(vm, "list.copy", argc, kwnames) != AW_OK) return AW_ERR;
    AwList *l = AW_LIST(argv[0]);
    AwList *r = list_from(vm, l->len, l->items);
    return r ? value_from_ptr(r) : AW_ERR;
}

static AwValue m_clear(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_none(vm, "list.clear", argc, kwnames) != AW_OK) return AW_ERR;
    AwList *l = AW_LIST(argv[0]);
    list_free(vm, &l->obj);
    l->len = l->cap = 0;
    return AW_NONE;
}

static AwValue m_reversed(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_none(vm, "list.__reversed__", argc, kwnames) != AW_OK) return AW_ERR;
    return iter_list_reversed(vm, AW_LIST(argv[0]));
}

static AwValue m_iadd(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "list.__iadd__", argc, kwnames) != AW_OK) return AW_ERR;
    return list_extend(vm, AW_LIST(argv[0]), argv[1]) == AW_OK ? argv[0] : AW_ERR;
}

static AwValue m_imul(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "list.__imul__", argc, kwnames) != AW_OK) return AW_ERR;
    if (!is_index_like(vm, argv[1])) return AW_NOTIMPL;
    AwList *l = AW_LIST(argv[0]);
    int64_t n, len = l->len;
    if (repeat_count(vm, argv[1], &n) != AW_OK) return AW_ERR;
    if (n <= 0 || len == 0) {   /* CPython clears the list: its buffer goes too */
        list_free(vm, &l->obj);
        l->items = NULL;
        l->len = l->cap = 0;
        return argv[0];
    }
    if (len && n > INT64_MAX / 16 / len) return vm_raise_memory(vm);
    if (reserve(vm, l, len * n) != AW_OK) return AW_ERR;
    for (int64_t k = 1; k < n; k++) move_values(l->items + k * len, l->items, len);
    l->len = len * n;
    return argv[0];
}

static AwValue m_getitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "list.__getitem__", argc, kwnames) != AW_OK) return AW_ERR;
    return list_getitem(vm, argv[0], argv[1]);
}

static AwValue m_setitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "list.__setitem__", kwnames) != AW_OK) return AW_ERR;
    if (argc != 3) return vm_raise(vm, &aw_exc_TypeError, "expected 2 arguments, got %d", argc - 1);
    return list_setitem(vm, argv[0], argv[1], argv[2]) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue m_delitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "list.__delitem__", argc, kwnames) != AW_OK) return AW_ERR;
    return list_setitem(vm, argv[0], argv[1], AW_EMPTY) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue m_len(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_none(vm, "list.__len__", argc, kwnames) != AW_OK) return AW_ERR;
    return value_from_small(AW_LIST(argv[0])->len);
}

static AwValue m_contains(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "list.__contains__", argc, kwnames) != AW_OK) return AW_ERR;
    int r = list_contains(vm, argv[0], argv[1]);
    return r < 0 ? AW_ERR : value_from_bool(r);
}

static AwValue m_iter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_none(vm, "list.__iter__", argc, kwnames) != AW_OK) return AW_ERR;
    return list_iter(vm, argv[0]);
}

static const AwMethodDef list_methods[] = {
    {"append", list_m_append, AW_METH_DEFAULT},
    {"extend", m_extend, AW_METH_DEFAULT},
    {"insert", m_insert, AW_METH_DEFAULT},
    {"pop", m_pop, AW_METH_DEFAULT},
    {"remove", m_remove, AW_METH_DEFAULT},
    {"index", m_index, AW_METH_DEFAULT},
    {"count", m_count, AW_METH_DEFAULT},
    {"sort", m_sort, AW_METH_DEFAULT},
    {"reverse", m_reverse, AW_METH_DEFAULT},
    {"copy", m_copy, AW_METH_DEFAULT},
    {"clear", m_clear, AW_METH_DEFAULT},
    {"__reversed__", m_reversed, AW_METH_DEFAULT},
    {"__iadd__", m_iadd, AW_METH_DEFAULT},
    {"__imul__", m_imul, AW_METH_DEFAULT},
    {"__init__", m_init, AW_METH_DEFAULT},
    {"__getitem__", m_getitem, AW_METH_DEFAULT},
    {"__setitem__", m_setitem, AW_METH_DEFAULT},
    {"__delitem__", m_delitem, AW_METH_DEFAULT},
    {"__len__", m_len, AW_METH_DEFAULT},
    {"__contains__", m_contains, AW_METH_DEFAULT},
    {"__iter__", m_iter, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwType aw_type_list = {
    .name = "list",
    .base = &aw_type_object,
    .instance_size = sizeof(AwList),
    .flags = AW_TYPE_BASETYPE,
    .methods = list_methods,
    .repr = list_repr,
    .compare = list_compare,
    .binary = list_binary,
    .rbinary = list_rbinary,
    .truth = list_truth,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .new_ = list_new_,
    .trace = list_trace,
    .free_ = list_free,
};
