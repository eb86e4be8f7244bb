/* range.c — the range type and range_iter (see range.h).
 *
 * Fast ranges (bounds below 2**62 in magnitude) do everything in int64; the headroom makes
 * start + len * step and next + step overflow-free. Other ranges use int.c's arithmetic.
 */
#include "interp/range.h"
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/class.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/iter.h"
#include "interp/ops.h"
#include "interp/slice.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

#define FAST_LIMIT ((int64_t)1 << 62)

/* ---- int helpers ---- */

/* The int64 value of an int, if it is within the fast range. */
static bool fast_value(AwValue v, int64_t *out) {
    if (value_is_int(v)) {
        *out = value_as_small(v);
        return true;
    }
    if (value_is_bool(v)) {
        *out = v == AW_TRUE;
        return true;
    }
    if (!mpz_fits_slong_p(AW_BIGINT(v)->z)) return false;
    *out = mpz_get_si(AW_BIGINT(v)->z);
    return *out > -FAST_LIMIT && *out < FAST_LIMIT;
}

static AwValue add(AwVM *vm, AwValue a, AwValue b) { return int_binary_op(vm, a, b, AW_BINOP_ADD); }
static AwValue sub(AwVM *vm, AwValue a, AwValue b) { return int_binary_op(vm, a, b, AW_BINOP_SUB); }
static AwValue mul(AwVM *vm, AwValue a, AwValue b) { return int_binary_op(vm, a, b, AW_BINOP_MUL); }
static AwValue floordiv(AwVM *vm, AwValue a, AwValue b) { return int_binary_op(vm, a, b, AW_BINOP_FLOORDIV); }

static int64_t fast_length(int64_t start, int64_t stop, int64_t step) {
    if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
    if (step < 0 && start > stop) return (start - stop - 1) / (-step) + 1;
    return 0;
}

/* CPython's compute_range_length on int values. */
static AwValue big_length(AwVM *vm, AwValue start, AwValue stop, AwValue step) {
    AwValue lo = start, hi = stop, one = value_from_small(1);
    if (int_sign(step) < 0) {
        lo = stop;
        hi = start;
        if ((step = int_binary_op(vm, value_from_small(0), step, AW_BINOP_SUB)) == AW_ERR) return AW_ERR;
    }
    if (int_compare(lo, hi) >= 0) return value_from_small(0);
    AwValue d = sub(vm, hi, lo);
    if (d == AW_ERR || (d = sub(vm, d, one)) == AW_ERR || (d = floordiv(vm, d, step)) == AW_ERR) return AW_ERR;
    return add(vm, d, one);
}

static AwValue as_int(AwValue v) { return value_is_bool(v) ? value_from_small(v == AW_TRUE) : v; }

AwValue range_new(AwVM *vm, AwValue start, AwValue stop, AwValue step) {
    start = as_int(start);
    stop = as_int(stop);
    step = as_int(step);
    if (int_sign(step) == 0) return vm_raise(vm, &aw_exc_ValueError, "range() arg 3 must not be zero");
    AwRange *r = (AwRange *)gc_new(vm, &aw_type_range, sizeof(AwRange));
    if (!r) return AW_ERR;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->is_fast = fast_value(start, &r->istart) && fast_value(stop, &r->istop) && fast_value(step, &r->istep);
    if (r->is_fast) {
        r->ilen = fast_length(r->istart, r->istop, r->istep);
        r->length = int_from_i64(vm, r->ilen);
    } else {
        r->length = big_length(vm, start, stop, step);
    }
    return r->length == AW_ERR ? AW_ERR : value_from_ptr(r);
}

static AwValue range_new_(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (kwnames && kwnames->len) return vm_raise(vm, &aw_exc_TypeError, "range() takes no keyword arguments");
    if (argc < 1) return vm_raise(vm, &aw_exc_TypeError, "range expected at least 1 argument, got 0");
    if (argc > 3) return vm_raise(vm, &aw_exc_TypeError, "range expected at most 3 arguments, got %d", argc);
    AwValue v[3] = {value_from_small(0), AW_EMPTY, value_from_small(1)};
    int i;
    for (i = 0; i < argc; i++) {   /* earlier results are rooted: __index__ may run aw code */
        AwValue x = ops_index(vm, argv[i]);
        if (x == AW_ERR || gc_push_root(vm, x) != AW_OK) break;
        v[argc == 1 ? 1 : i] = x;
    }
    gc_pop_roots(vm, (size_t)i);
    if (i < argc) return AW_ERR;
    return range_new(vm, v[0], v[1], v[2]);
}

/* ---- slots ---- */

static AwValue range_repr(AwVM *vm, AwValue self) {
    AwRange *r = AW_RANGE(self);
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = buf_append_cstr(&b, "range(");
    if (st == AW_OK) st = buf_append_repr_of(&b, r->start);
    if (st == AW_OK) st = buf_append_cstr(&b, ", ");
    if (st == AW_OK) st = buf_append_repr_of(&b, r->stop);
    if (st == AW_OK && !(value_is_int(r->step) && value_as_small(r->step) == 1)) {
        st = buf_append_cstr(&b, ", ");
        if (st == AW_OK) st = buf_append_repr_of(&b, r->step);
    }
    if (st == AW_OK) st = buf_append_char(&b, ')');
    if (st != AW_OK) {
        buf_free(&b);
        return AW_ERR;
    }
    AwStr *s = buf_to_str(&b);
    return s ? str_value(s) : AW_ERR;
}

static bool int_eq(AwValue a, AwValue b) { return int_compare(a, b) == 0; }

/* Ranges are equal when they yield the same sequence (CPython's range_equals). */
static bool range_equals(AwRange *a, AwRange *b) {
    if (a == b) return true;
    if (!int_eq(a->length, b->length)) return false;
    if (int_sign(a->length) == 0) return true;
    if (!int_eq(a->start, b->start)) return false;
    if (int_eq(a->length, value_from_small(1))) return true;
    return int_eq(a->step, b->step);
}

static AwValue range_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if (!value_is_type(b, &aw_type_range) || (op != AW_CMP_EQ && op != AW_CMP_NE)) return AW_NOTIMPL;
    bool eq = range_equals(AW_RANGE(a), AW_RANGE(b));
    return value_from_bool(op == AW_CMP_EQ ? eq : !eq);
}

/* hash((len, None, None)) when empty, (len, start, None) for one item, else (len, start, step). */
static AwStatus range_hash(AwVM *vm, AwValue self, int64_t *out) {
    AwRange *r = AW_RANGE(self);
    AwTuple *t = tuple_new(vm, 3);
    if (!t) return AW_ERROR;
    t->items[0] = r->length;
    if (int_sign(r->length) != 0) {
        t->items[1] = r->start;
        if (!int_eq(r->length, value_from_small(1))) t->items[2] = r->step;
    }
    return aw_type_tuple.hash(vm, value_from_ptr(t), out);
}

static AwStatus range_len(AwVM *vm, AwValue self, int64_t *out) {
    AwRange *r = AW_RANGE(self);
    if (r->is_fast) {
        *out = r->ilen;
        return AW_OK;
    }
    if (!value_is_int(r->length) && !mpz_fits_slong_p(AW_BIGINT(r->length)->z))
        return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "Python int too large to convert to C ssize_t"));
    *out = slice_clamp_int(r->length);
    return AW_OK;
}

static int range_truth(AwVM *vm, AwValue self) { return int_sign(AW_RANGE(self)->length) != 0; }

/* r[i] for an int index i (any size). */
static AwValue item_at(AwVM *vm, AwRange *r, AwValue index) {
    int64_t i;
    if (r->is_fast && fast_value(index, &i)) {
        if (i < 0) i += r->ilen;
        if (i < 0 || i >= r->ilen) return vm_raise(vm, &aw_exc_IndexError, "range object index out of range");
        return int_from_i64(vm, r->istart + i * r->istep);
    }
    index = as_int(index);
    if (int_sign(index) < 0 && (index = add(vm, index, r->length)) == AW_ERR) return AW_ERR;
    if (int_sign(index) < 0 || int_compare(index, r->length) >= 0)
        return vm_raise(vm, &aw_exc_IndexError, "range object index out of range");
    AwValue off = mul(vm, index, r->step);
    return off == AW_ERR ? AW_ERR : add(vm, r->start, off);
}

/* One bound of CPython's _PySlice_GetLongIndices: None -> dflt, else wrapped and clamped. */
static AwValue long_bound(AwVM *vm, AwValue v, AwValue length, AwValue lower, AwValue upper, AwValue dflt) {
    if (v == AW_NONE) return dflt;
    if ((v = ops_index(vm, v)) == AW_ERR) return AW_ERR;
    v = as_int(v);
    if (int_sign(v) < 0) {
        if ((v = add(vm, v, length)) == AW_ERR) return AW_ERR;
        return int_compare(v, lower) < 0 ? lower : v;
    }
    return int_compare(v, upper) > 0 ? upper : v;
}

/* The (start, stop, step) a slice selects from `length` items, as int values (any size). */
static AwStatus long_indices(AwVM *vm, AwSlice *s, AwValue length, AwValue out[3]) {
    AwValue step = s->step == AW_NONE ? value_from_small(1) : ops_index(vm, s->step);
    if (step == AW_ERR) return AW_ERROR;
    step = as_int(step);
    if (int_sign(step) == 0) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "slice step cannot be zero"));
    bool neg = int_sign(step) < 0;
    AwValue lower = neg ? value_from_small(-1) : value_from_small(0);
    AwValue upper = neg ? add(vm, length, lower) : length;
    if (upper == AW_ERR) return AW_ERROR;
    out[0] = long_bound(vm, s->start, length, lower, upper, neg ? upper : lower);
    if (out[0] == AW_ERR) return AW_ERROR;
    out[1] = long_bound(vm, s->stop, length, lower, upper, neg ? lower : upper);
    out[2] = step;
    return out[1] == AW_ERR ? AW_ERROR : AW_OK;
}

/* r[a:b:c] is another range (CPython's compute_slice). Slice bounds may be any size. */
static AwValue slice_of(AwVM *vm, AwRange *r, AwSlice *s) {
    AwValue idx[3];
    if (long_indices(vm, s, r->length, idx) != AW_OK) return AW_ERR;
    AwValue a = mul(vm, idx[0], r->step);
    if (a == AW_ERR || (a = add(vm, r->start, a)) == AW_ERR) return AW_ERR;
    AwValue b = mul(vm, idx[1], r->step);
    if (b == AW_ERR || (b = add(vm, r->start, b)) == AW_ERR) return AW_ERR;
    AwValue c = mul(vm, r->step, idx[2]);
    if (c == AW_ERR) return AW_ERR;
    return range_new(vm, a, b, c);
}

static AwValue range_getitem(AwVM *vm, AwValue self, AwValue key) {
    AwRange *r = AW_RANGE(self);
    if (value_is_type(key, &aw_type_slice)) return slice_of(vm, r, AW_SLICE(key));
    if (int_check(key)) return item_at(vm, r, key);
    if (type_lookup(type_of(key), AW_NAME(vm, __index__)) == AW_EMPTY)
        return vm_raise(vm, &aw_exc_TypeError, "range indices must be integers or slices, not %s",
                        ops_type_name(key));
    AwValue i = ops_index(vm, key);
    return i == AW_ERR ? AW_ERR : item_at(vm, r, i);
}

/* x in r for an int x: within the bounds and on the step grid. */
static bool contains_int(AwVM *vm, AwRange *r, AwValue x, int *out) {
    int64_t i;
    if (r->is_fast && fast_value(x, &i)) {
        bool in = r->istep > 0 ? r->istart <= i && i < r->istop : r->istop < i && i <= r->istart;
        *out = in && (i - r->istart) % r->istep == 0;
        return true;
    }
    x = as_int(x);
    bool in = int_sign(r->step) > 0 ? int_compare(r->start, x) <= 0 && int_compare(x, r->stop) < 0
                                    : int_compare(r->stop, x) < 0 && int_compare(x, r->start) <= 0;
    if (!in) {
        *out = 0;
        return true;
    }
    AwValue d = sub(vm, x, r->start);
    if (d == AW_ERR || (d = int_binary_op(vm, d, r->step, AW_BINOP_MOD)) == AW_ERR) return false;
    *out = int_sign(d) == 0;
    return true;
}

/* Index of the first item == x by iteration (non-int x), -1 if none, -2 on error;
 * *count receives the number of equal items when count is not NULL. */
static int64_t search(AwVM *vm, AwValue self, AwValue x, int64_t *count) {
    AwValue it = ops_iter(vm, self);
    if (it == AW_ERR || gc_push_root(vm, it) != AW_OK) return -2;
    int64_t found = -1, i = 0;
    for (;; i++) {
        AwValue v = ops_next(vm, it);
        if (v == AW_STOP) break;
        int eq = v == AW_ERR ? -1 : ops_eq(vm, v, x);
        if (eq < 0) {
            found = -2;
            break;
        }
        if (!eq) continue;
        if (found == -1) found = i;
        if (!count) break;
        (*count)++;
    }
    gc_pop_roots(vm, 1);
    return found;
}

static bool is_exact_int(AwValue v) { return value_is_int(v) || value_is_bool(v) || value_is_type(v, &aw_type_int); }

static int range_contains(AwVM *vm, AwValue self, AwValue x) {
    int in;
    if (is_exact_int(x)) return contains_int(vm, AW_RANGE(self), x, &in) ? in : -1;
    int64_t i = search(vm, self, x, NULL);
    return i == -2 ? -1 : i >= 0;
}

AwValue range_iter_new(AwVM *vm, int64_t start, int64_t stop, int64_t step) {
    AwRangeIter *it = (AwRangeIter *)gc_new(vm, &aw_type_range_iter, sizeof(AwRangeIter));
    if (!it) return AW_ERR;
    it->next = start;
    it->stop = stop;
    it->step = step;
    it->start = start;
    return value_from_ptr(it);
}

static AwValue range_iter(AwVM *vm, AwValue self) {
    AwRange *r = AW_RANGE(self);
    if (r->is_fast) return range_iter_new(vm, r->istart, r->istop, r->istep);
    return iter_seq_new(vm, self);
}

static void range_trace(AwGC *gc, AwObject *self) {
    AwRange *r = (AwRange *)self;
    gc_mark_value(gc, r->start);
    gc_mark_value(gc, r->stop);
    gc_mark_value(gc, r->step);
    gc_mark_value(gc, r->length);
}

static void no_free(AwVM *vm, AwObject *self) {}

/* ---- methods ---- */

static AwStatus check_one(AwVM *vm, const char *name, int argc, AwTuple *kwnames) {
    if (kwnames && kwnames->len)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes no keyword arguments", name));
    if (argc != 2)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes exactly one argument (%d given)", name, argc - 1));
    return AW_OK;
}

static AwValue m_count(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "range.count", argc, kwnames) != AW_OK) return AW_ERR;
    if (is_exact_int(argv[1])) {
        int in;
        return contains_int(vm, AW_RANGE(argv[0]), argv[1], &in) ? value_from_small(in) : AW_ERR;
    }
    int64_t n = 0;
    return search(vm, argv[0], argv[1], &n) == -2 ? AW_ERR : value_from_small(n);
}

static AwValue m_index(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "range.index", argc, kwnames) != AW_OK) return AW_ERR;
    AwRange *r = AW_RANGE(argv[0]);
    AwValue x = argv[1];
    if (is_exact_int(x)) {
        int in;
        if (!contains_int(vm, r, x, &in)) return AW_ERR;
        if (in) {
            AwValue d = sub(vm, as_int(x), r->start);
            return d == AW_ERR ? AW_ERR : floordiv(vm, d, r->step);
        }
        AwValue s = ops_repr(vm, x);
        if (s == AW_ERR) return AW_ERR;
        return vm_raise(vm, &aw_exc_ValueError, "%s is not in range", AW_STR(s)->data);
    }
    int64_t i = search(vm, argv[0], x, NULL);
    if (i == -2) return AW_ERR;
    if (i < 0) return vm_raise(vm, &aw_exc_ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(vm, i);
}

static AwValue m_reversed(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwRange *r = AW_RANGE(argv[0]);
    if (r->is_fast) {
        int64_t last = r->istart + (r->ilen - 1) * r->istep;
        return range_iter_new(vm, last, r->istart - r->istep, -r->istep);
    }
    /* CPython's long range iterator: walk range(last, start - step, -step) forwards, so a
     * length past int64 reverses too. No aw code runs between these steps (no collection). */
    AwValue one = value_from_small(1);
    AwValue n1 = int_binary_op(vm, r->length, one, AW_BINOP_SUB);
    AwValue span = n1 == AW_ERR ? AW_ERR : int_binary_op(vm, n1, r->step, AW_BINOP_MUL);
    AwValue last = span == AW_ERR ? AW_ERR : int_binary_op(vm, r->start, span, AW_BINOP_ADD);
    AwValue stop = last == AW_ERR ? AW_ERR : int_binary_op(vm, r->start, r->step, AW_BINOP_SUB);
    AwValue step = stop == AW_ERR ? AW_ERR : int_binary_op(vm, value_from_small(0), r->step, AW_BINOP_SUB);
    AwValue rev = step == AW_ERR ? AW_ERR : range_new(vm, last, stop, step);
    return rev == AW_ERR ? AW_ERR : range_iter(vm, rev);
}

static AwValue m_iter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) { return range_iter(vm, argv[0]); }

static AwValue m_len(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t n;
    return range_len(vm, argv[0], &n) == AW_OK ? int_from_i64(vm, n) : AW_ERR;
}

static AwValue m_getitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "range.__getitem__", argc, kwnames) != AW_OK) return AW_ERR;
    return range_getitem(vm, argv[0], argv[1]);
}

static AwValue m_contains(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_one(vm, "range.__contains__", argc, kwnames) != AW_OK) return AW_ERR;
    int r = range_contains(vm, argv[0], argv[1]);
    return r < 0 ? AW_ERR : value_from_bool(r);
}

static AwValue get_start(AwVM *vm, AwValue self) { return AW_RANGE(self)->start; }
static AwValue get_stop(AwVM *vm, AwValue self) { return AW_RANGE(self)->stop; }
static AwValue get_step(AwVM *vm, AwValue self) { return AW_RANGE(self)->step; }

static const AwMethodDef range_methods[] = {
    {"count", m_count, AW_METH_DEFAULT},
    {"index", m_index, AW_METH_DEFAULT},
    {"__reversed__", m_reversed, AW_METH_DEFAULT},
    {"__iter__", m_iter, AW_METH_DEFAULT},
    {"__len__", m_len, AW_METH_DEFAULT},
    {"__getitem__", m_getitem, AW_METH_DEFAULT},
    {"__contains__", m_contains, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

static const AwGetSetDef range_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_range = {
    .name = "range",
    .base = &aw_type_object,
    .instance_size = sizeof(AwRange),
    .methods = range_methods,
    .getsets = range_getsets,
    .repr = range_repr,
    .hash = range_hash,
    .compare = range_compare,
    .truth = range_truth,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .new_ = range_new_,
    .trace = range_trace,
    .free_ = no_free,
};

/* ---- range_iter ---- */

static AwValue range_iter_next(AwVM *vm, AwValue self) {
    AwRangeIter *it = AW_AS(AwRangeIter, self);
    if (it->step > 0 ? it->next >= it->stop : it->next <= it->stop) return AW_STOP;
    int64_t v = it->next;
    it->next += it->step;
    return int_from_i64(vm, v);
}

static AwValue self_iter(AwVM *vm, AwValue self) { return self; }

static AwValue m_iter_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return iter_next_method(vm, argc, argv, &aw_type_range_iter);
}

static int64_t range_iter_left(AwValue self) {
    AwRangeIter *it = AW_AS(AwRangeIter, self);
    /* unsigned: the distance between two int64 values may not fit an int64 */
    if (it->step > 0) return it->next < it->stop ? (int64_t)(((uint64_t)it->stop - (uint64_t)it->next - 1) / (uint64_t)it->step + 1) : 0;
    return it->next > it->stop ? (int64_t)(((uint64_t)it->next - (uint64_t)it->stop - 1) / (0 - (uint64_t)it->step) + 1) : 0;
}

static AwValue m_iter_hint(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return iter_hint_method(vm, argc, argv, &aw_type_range_iter, range_iter_left);
}

/* CPython 3.11's (iter, (range(start, start + len * step, step),), index): the whole range the
 * iterator walks and how far it has gone. */
static AwValue m_iter_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwRangeIter *it = AW_AS(AwRangeIter, argv[0]);
    int64_t done = (it->next - it->start) / it->step, total = done + range_iter_left(argv[0]);
    AwValue r = range_new(vm, int_from_i64(vm, it->start), int_from_i64(vm, it->start + total * it->step),
                          int_from_i64(vm, it->step));
    return r == AW_ERR ? AW_ERR : iter_reduce(vm, "iter", r, value_from_small(done));
}

/* __setstate__(index): resume after index items (clamped to the range). */
static AwValue m_iter_setstate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc != 2) return vm_raise(vm, &aw_exc_TypeError, "__setstate__() takes exactly one argument (%d given)", argc - 1);
    AwRangeIter *it = AW_AS(AwRangeIter, argv[0]);
    AwValue v = ops_index(vm, argv[1]);
    if (v == AW_ERR) return AW_ERR;
    int64_t total = (it->next - it->start) / it->step + range_iter_left(argv[0]);
    int64_t i = value_is_int(v) ? value_as_small(v) : int_sign(v) < 0 ? 0 : total;
    i = i < 0 ? 0 : i > total ? total : i;
    it->next = it->start + i * it->step;
    return AW_NONE;
}

static const AwMethodDef range_iter_methods[] = {
    {"__iter__", iter_self_method, AW_METH_DEFAULT},
    {"__next__", m_iter_next, AW_METH_DEFAULT},
    {"__length_hint__", m_iter_hint, AW_METH_DEFAULT},
    {"__reduce__", m_iter_reduce, AW_METH_DEFAULT},
    {"__setstate__", m_iter_setstate, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

static void range_iter_trace(AwGC *gc, AwObject *self) {}

AwType aw_type_range_iter = {
    .name = "range_iterator",
    .base = &aw_type_object,
    .instance_size = sizeof(AwRangeIter),
    .flags = AW_TYPE_ABSTRACT,
    .methods = range_iter_methods,
    .iter = self_iter,
    .next = range_iter_next,
    .trace = range_iter_trace,
    .free_ = no_free,
};
