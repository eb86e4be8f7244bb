/* slice.c — the slice type and the index arithmetic shared by list, tuple, str, range...
 *
 * Bounds follow CPython: None means "from the end the step walks from", huge ints clamp to the
 * int64 range, and negative indices count from the end.
 */
#include "interp/slice.h"
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/class.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "interp/exception.h"

AwSlice *slice_new(AwVM *vm, AwValue start, AwValue stop, AwValue step) {
    AwSlice *s = (AwSlice *)gc_new(vm, &aw_type_slice, sizeof(AwSlice));
    if (!s) return NULL;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return s;
}

int64_t slice_clamp_int(AwValue v) {
    if (value_is_int(v)) return value_as_small(v);
    if (v == AW_TRUE) return 1;
    if (v == AW_FALSE) return 0;
    const mpz_t *z = &AW_BIGINT(v)->z;
    if (mpz_fits_slong_p(*z)) return mpz_get_si(*z);
    return mpz_sgn(*z) < 0 ? INT64_MIN : INT64_MAX;
}

/* True if v's type defines __index__ (ints and bools always do). */
static bool has_index(AwVM *vm, AwValue v) {
    if (int_check(v)) return true;
    return type_lookup(type_of(v), AW_NAME(vm, __index__)) != AW_EMPTY;
}

AwStatus slice_as_index(AwVM *vm, AwValue v, int64_t *out) {
    if (value_is_int(v)) {
        *out = value_as_small(v);
        return AW_OK;
    }
    if (!has_index(vm, v))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError,
                                "slice indices must be integers or None or have an __index__ method"));
    AwValue i = ops_index(vm, v);
    if (i == AW_ERR) return AW_ERROR;
    *out = slice_clamp_int(i);
    return AW_OK;
}

AwStatus slice_as_index_not_none(AwVM *vm, AwValue v, int64_t *out) {
    if (!value_is_int(v) && !has_index(vm, v))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "slice indices must be integers or have an __index__ method"));
    return slice_as_index(vm, v, out);
}

/* CPython's PySlice_Unpack: None defaults and the zero-step check. */
static AwStatus unpack(AwVM *vm, AwSlice *s, int64_t *start, int64_t *stop, int64_t *step) {
    if (s->step == AW_NONE) {
        *step = 1;
    } else {
        if (slice_as_index(vm, s->step, step) != AW_OK) return AW_ERROR;
        if (*step == 0) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "slice step cannot be zero"));
        if (*step < -INT64_MAX) *step = -INT64_MAX;
    }
    if (s->start == AW_NONE) *start = *step < 0 ? INT64_MAX : 0;
    else if (slice_as_index(vm, s->start, start) != AW_OK) return AW_ERROR;
    if (s->stop == AW_NONE) *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (slice_as_index(vm, s->stop, stop) != AW_OK) return AW_ERROR;
    return AW_OK;
}

int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step) {
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

AwStatus slice_indices(AwVM *vm, AwSlice *s, int64_t len, int64_t *start, int64_t *stop,
                       int64_t *step, int64_t *slicelen) {
    return slice_indices_live(vm, s, &len, start, stop, step, slicelen);
}

AwStatus slice_indices_live(AwVM *vm, AwSlice *s, const int64_t *len, int64_t *start, int64_t *stop,
                            int64_t *step, int64_t *slicelen) {
    if (unpack(vm, s, start, stop, step) != AW_OK) return AW_ERROR;
    *slicelen = slice_adjust(*len, start, stop, *step);
    return AW_OK;
}

AwStatus slice_index(AwVM *vm, AwValue key, int64_t len, const char *what, int64_t *out) {
    int64_t i;
    if (value_is_int(key)) {
        i = value_as_small(key);
    } else {
        if (!has_index(vm, key))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s indices must be integers or slices, not %s",
                                    what, ops_type_name(key)));
        AwValue v = ops_index(vm, key);
        if (v == AW_ERR) return AW_ERROR;
        if (!value_is_int(v) && !value_is_bool(v) && !mpz_fits_slong_p(AW_BIGINT(v)->z))
            return vm_fail(vm_raise(vm, &aw_exc_IndexError,
                                    "cannot fit '%s' into an index-sized integer", ops_type_name(key)));
        i = slice_clamp_int(v);
    }
    if (i < 0) i += len;
    if (i < 0 || i >= len)
        return vm_fail(vm_raise(vm, &aw_exc_IndexError, "%s index out of range", what));
    *out = i;
    return AW_OK;
}

/* ---- the slice type ---- */

static AwValue slice_repr(AwVM *vm, AwValue self) {
    AwSlice *s = AW_SLICE(self);
    AwBuf b;
    buf_init(&b, vm);
    if (buf_append_cstr(&b, "slice(") || buf_append_repr_of(&b, s->start) ||
        buf_append_cstr(&b, ", ") || buf_append_repr_of(&b, s->stop) ||
        buf_append_cstr(&b, ", ") || buf_append_repr_of(&b, s->step) || buf_append_char(&b, ')')) {
        buf_free(&b);
        return AW_ERR;
    }
    AwStr *r = buf_to_str(&b);
    return r ? str_value(r) : AW_ERR;
}

static AwValue as_tuple(AwVM *vm, AwSlice *s) {
    AwTuple *t = tuple_new(vm, 3);
    if (!t) return AW_ERR;
    t->items[0] = s->start;
    t->items[1] = s->stop;
    t->items[2] = s->step;
    return value_from_ptr(t);
}

/* Slices compare as (start, stop, step) tuples (all six operators, as in CPython 3.11). */
static AwValue slice_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if (!value_is_type(b, &aw_type_slice)) return AW_NOTIMPL;
    if (a == b) return value_from_bool(op == AW_CMP_EQ || op == AW_CMP_LE || op == AW_CMP_GE);
    AwValue ta = as_tuple(vm, AW_SLICE(a));
    if (ta == AW_ERR) return AW_ERR;
    if (gc_push_root(vm, ta) != AW_OK) return AW_ERR;
    AwValue tb = as_tuple(vm, AW_SLICE(b));
    if (tb == AW_ERR || gc_push_root(vm, tb) != AW_OK) {
        gc_pop_roots(vm, 1);
        return AW_ERR;
    }
    AwValue r = ops_compare(vm, ta, tb, op);
    gc_pop_roots(vm, 2);
    return r;
}

static AwValue slice_new_(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (kwnames && kwnames->len)
        return vm_raise(vm, &aw_exc_TypeError, "slice() takes no keyword arguments");
    if (args_count(vm, "slice", argc, 1, 3) != AW_OK) return AW_ERR;
    AwSlice *s = argc == 1 ? slice_new(vm, AW_NONE, argv[0], AW_NONE)
                           : slice_new(vm, argv[0], argv[1], argc == 3 ? argv[2] : AW_NONE);
    return s ? value_from_ptr(s) : AW_ERR;
}

/* An int beyond int64 (or at its edge, where clamping may have happened). */
static bool is_huge(AwValue v) {
    if (!int_check(v)) return false;
    int64_t i = slice_clamp_int(v);
    return i == INT64_MIN || i == INT64_MAX;
}

/* One bound of CPython's _PySlice_GetLongIndices: negatives count from len, then clamp to
 * [lower, upper]. All four are ints; the result is a fresh int or one of the inputs. */
static AwValue long_bound(AwVM *vm, AwValue v, AwValue len, AwValue lower, AwValue upper) {
    if (int_sign(v) < 0) {
        v = int_binary_op(vm, v, len, AW_BINOP_ADD);
        if (v == AW_ERR) return AW_ERR;
        return int_compare(v, lower) < 0 ? lower : v;
    }
    return int_compare(v, upper) > 0 ? upper : v;
}

/* slice.indices for bounds or a length past int64: CPython computes them with Python ints.
 * Only int bounds come here, so nothing below runs aw code (no collection between steps). */
static AwValue long_indices(AwVM *vm, AwSlice *s, AwValue len) {
    AwValue step = s->step == AW_NONE ? value_from_small(1) : s->step;
    if (int_sign(step) == 0) return vm_raise(vm, &aw_exc_ValueError, "slice step cannot be zero");
    bool neg = int_sign(step) < 0;
    AwValue lower = neg ? value_from_small(-1) : value_from_small(0);
    AwValue upper = neg ? int_binary_op(vm, len, lower, AW_BINOP_ADD) : len;
    if (upper == AW_ERR) return AW_ERR;
    AwValue start = s->start == AW_NONE ? (neg ? upper : lower) : long_bound(vm, s->start, len, lower, upper);
    if (start == AW_ERR) return AW_ERR;
    AwValue stop = s->stop == AW_NONE ? (neg ? lower : upper) : long_bound(vm, s->stop, len, lower, upper);
    if (stop == AW_ERR) return AW_ERR;
    AwTuple *t = tuple_new(vm, 3);
    if (!t) return AW_ERR;
    t->items[0] = start;
    t->items[1] = stop;
    t->items[2] = step;
    return value_from_ptr(t);
}

static bool int_or_none(AwValue v) { return v == AW_NONE || int_check(v); }

/* slice.indices(len): the normalised (start, stop, step) for a sequence of length len. */
static AwValue slice_indices_method(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "slice.indices", kwnames) != AW_OK) return AW_ERR;
    if (argc != 2)
        return vm_raise(vm, &aw_exc_TypeError, "slice.indices() takes exactly one argument (%d given)",
                        argc - 1);
    int64_t len, start, stop, step, n;
    AwValue lv = ops_index(vm, argv[1]);
    if (lv == AW_ERR) return AW_ERR;
    len = slice_clamp_int(lv);
    if (len < 0) return vm_raise(vm, &aw_exc_ValueError, "length should not be negative");
    AwSlice *sl = AW_SLICE(argv[0]);
    if ((is_huge(lv) || is_huge(sl->start) || is_huge(sl->stop) || is_huge(sl->step)) &&
        int_or_none(sl->start) && int_or_none(sl->stop) && int_or_none(sl->step)) {
        if (gc_push_root(vm, lv) != AW_OK) return AW_ERR;
        AwValue r = long_indices(vm, sl, lv);
        gc_pop_roots(vm, 1);
        return r;
    }
    if (slice_indices(vm, AW_SLICE(argv[0]), len, &start, &stop, &step, &n) != AW_OK) return AW_ERR;
    AwTuple *t = tuple_new(vm, 3);
    if (!t) return AW_ERR;
    t->items[0] = int_from_i64(vm, start);
    t->items[1] = int_from_i64(vm, stop);
    t->items[2] = int_from_i64(vm, step);
    return value_from_ptr(t);
}

static AwValue get_start(AwVM *vm, AwValue self) { return AW_SLICE(self)->start; }
static AwValue get_stop(AwVM *vm, AwValue self) { return AW_SLICE(self)->stop; }
static AwValue get_step(AwVM *vm, AwValue self) { return AW_SLICE(self)->step; }

static void slice_trace(AwGC *gc, AwObject *self) {
    AwSlice *s = (AwSlice *)self;
    gc_mark_value(gc, s->start);
    gc_mark_value(gc, s->stop);
    gc_mark_value(gc, s->step);
}

static void slice_free(AwVM *vm, AwObject *self) {}

static const AwMethodDef slice_methods[] = {
    {"indices", slice_indices_method, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

static const AwGetSetDef slice_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_slice = {
    .name = "slice",
    .base = &aw_type_object,
    .instance_size = sizeof(AwSlice),
    .methods = slice_methods,
    .getsets = slice_getsets,
    .repr = slice_repr,
    .compare = slice_compare,
    .new_ = slice_new_,
    .trace = slice_trace,
    .free_ = slice_free,
};
