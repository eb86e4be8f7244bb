/* memoryview.c — memoryview over bytes and bytearray: one-dimensional views of unsigned bytes
 * (format 'B'), sliced with any step, writable over a bytearray, with tobytes/tolist/hex/
 * release/cast('B') and CPython's messages. A contiguous view is "bytes-like" (bytes_view),
 * so bytes(m), b''.join([m]), m == b'..' and the bytes methods accept it.
 */
#include <string.h>
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/class.h"
#include "interp/bytes.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/list.h"
#include "interp/ops.h"
#include "interp/slice.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

typedef struct {
    AwObject obj;     /* header */
    AwValue base;     /* the bytes or bytearray viewed */
    int64_t start;    /* index in base of item 0 */
    int64_t len;      /* number of items */
    int64_t step;     /* distance in base between items (never 0) */
    bool released;    /* release() was called: every operation fails */
    bool readonly;    /* made by toreadonly() (or sliced from such a view): no writes */
    bool hashed;      /* hash holds the hash, which stays valid after release() */
    int64_t hash;     /* hash(tobytes()) once computed */
} AwMemoryView;

#define AW_MV(v) ((AwMemoryView *)value_as_ptr(v))

static bool is_readonly(AwMemoryView *m) { return m->readonly || !value_is_instance(m->base, &aw_type_bytearray); }

/* The base's bytes now (a bytearray may have been resized or moved since the view was made). */
static char *base_data(AwMemoryView *m, int64_t *len) {
    const char *d;
    bytes_view(m->base, &d, len);
    return (char *)d;
}

static AwStatus check_live(AwVM *vm, AwMemoryView *m) {
    if (!m->released) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_ValueError, "operation forbidden on released memoryview object"));
}

/* Item i's address, or NULL (IndexError raised) when the base shrank under the view. */
static char *item_at(AwVM *vm, AwMemoryView *m, int64_t i) {
    int64_t n;
    char *d = base_data(m, &n);
    int64_t at = m->start + i * m->step;
    if (at < 0 || at >= n) {
        vm_raise(vm, &aw_exc_IndexError, "index out of bounds on dimension 1");
        return NULL;
    }
    return d + at;
}

/* An item index from a subscript: CPython's "memoryview: invalid slice key" for a non-integer,
 * "index out of bounds on dimension 1" outside the view. */
static AwStatus item_index(AwVM *vm, AwMemoryView *m, AwValue key, int64_t *out) {
    AwValue k = value_is_int(key) ? key : AW_EMPTY;
    if (k == AW_EMPTY && !value_is_tuple(key) && type_lookup(type_of(key), AW_NAME(vm, __index__)) != AW_EMPTY) {
        k = ops_index(vm, key);
        if (k == AW_ERR) return AW_ERROR;
    }
    if (k == AW_EMPTY || !value_is_int(k)) {
        if (k == AW_EMPTY) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "memoryview: invalid slice key"));
        return vm_fail(vm_raise(vm, &aw_exc_IndexError, "cannot fit 'int' into an index-sized integer"));
    }
    int64_t i = value_as_small(k);
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) return vm_fail(vm_raise(vm, &aw_exc_IndexError, "index out of bounds on dimension 1"));
    *out = i;
    return AW_OK;
}

static AwValue make(AwVM *vm, AwValue base, int64_t start, int64_t len, int64_t step) {
    AwMemoryView *m = (AwMemoryView *)gc_new(vm, &aw_type_memoryview, sizeof(AwMemoryView));
    if (!m) return AW_ERR;
    m->base = base;
    m->start = start;
    m->len = len;
    m->step = step;
    m->released = false;
    m->readonly = m->hashed = false;
    m->hash = 0;
    return value_from_ptr(m);
}

bool memoryview_view(AwValue v, const char **data, int64_t *len) {
    if (!value_is_type(v, &aw_type_memoryview)) return false;
    AwMemoryView *m = AW_MV(v);
    int64_t n;
    char *d = base_data(m, &n);
    if (m->released || (m->step != 1 && m->len > 1) || m->start + m->len > n) return false;
    *data = d + m->start;
    *len = m->len;
    return true;
}

static AwValue mv_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"object", NULL};
    AwValue a[1];
    if (args_parse(vm, "memoryview", argc, argv, kw, names, 1, 1, a)) return AW_ERR;
    if (value_is_type(a[0], &aw_type_memoryview)) {
        AwMemoryView *m = AW_MV(a[0]);
        if (check_live(vm, m)) return AW_ERR;
        AwValue v = make(vm, m->base, m->start, m->len, m->step);
        if (v != AW_ERR) AW_MV(v)->readonly = m->readonly;
        return v;
    }
    AwValue base = a[0];
    if (value_is_instance(base, &aw_type_bytes)) base = value_from_ptr(AW_BYTES(base));   /* a subclass's value */
    if (!value_is_type(base, &aw_type_bytes) && !value_is_instance(base, &aw_type_bytearray)) {
        base = bytes_from_export(vm, base);   /* a read-only view of a snapshot (array.array) */
        if (base == AW_ERR) return AW_ERR;
        if (base == AW_EMPTY)
            return vm_raise(vm, &aw_exc_TypeError, "memoryview: a bytes-like object is required, not '%s'", ops_type_name(a[0]));
    }
    const char *d;
    int64_t n;
    bytes_view(base, &d, &n);
    return make(vm, base, 0, n, 1);
}

static AwStatus mv_len(AwVM *vm, AwValue self, int64_t *out) {
    if (check_live(vm, AW_MV(self))) return AW_ERROR;
    *out = AW_MV(self)->len;
    return AW_OK;
}

static AwValue mv_getitem(AwVM *vm, AwValue self, AwValue key) {
    AwMemoryView *m = AW_MV(self);
    if (check_live(vm, m)) return AW_ERR;
    if (value_is_type(key, &aw_type_slice)) {
        int64_t start, stop, step, n;
        if (slice_indices(vm, (AwSlice *)value_as_ptr(key), m->len, &start, &stop, &step, &n)) return AW_ERR;
        AwValue v = make(vm, m->base, m->start + start * m->step, n, m->step * step);
        if (v != AW_ERR) AW_MV(v)->readonly = m->readonly;
        return v;
    }
    int64_t i;
    /* the key's __index__ may have released the view */
    if (item_index(vm, m, key, &i) || check_live(vm, m)) return AW_ERR;
    char *p = item_at(vm, m, i);
    return p ? value_from_small((unsigned char)*p) : AW_ERR;
}

/* A value for format 'B': an int (or __index__) in 0..255; the conversion may run aw code. */
static AwStatus byte_value(AwVM *vm, AwValue value, int64_t *out) {
    if (!value_is_int(value) && !value_is_bool(value)) {
        if (value_is_float(value) || type_lookup(type_of(value), AW_NAME(vm, __index__)) == AW_EMPTY)
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "memoryview: invalid type for format 'B'"));
        value = ops_index(vm, value);
        if (value == AW_ERR) return AW_ERROR;
    }
    int64_t byte = value_is_bool(value) ? value == AW_TRUE : value_is_int(value) ? value_as_small(value) : -1;
    if (byte < 0 || byte > 255) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "memoryview: invalid value for format 'B'"));
    *out = byte;
    return AW_OK;
}

static AwBytes *to_bytes(AwVM *vm, AwMemoryView *m);

/* m[i] = byte, m[a:b] = bytes-like of the same length. */
static AwStatus mv_setitem(AwVM *vm, AwValue self, AwValue key, AwValue value) {
    AwMemoryView *m = AW_MV(self);
    if (check_live(vm, m)) return AW_ERROR;
    if (is_readonly(m)) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "cannot modify read-only memory"));
    if (value == AW_EMPTY) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "cannot delete memory"));
    if (value_is_type(key, &aw_type_slice)) {
        int64_t start, stop, step, n, vlen;
        const char *src;
        if (slice_indices(vm, (AwSlice *)value_as_ptr(key), m->len, &start, &stop, &step, &n)) return AW_ERROR;
        if (value_is_type(value, &aw_type_memoryview) && !memoryview_view(value, &src, &vlen)) {
            /* a strided (or reversed) source: its items, gathered */
            if (check_live(vm, AW_MV(value))) return AW_ERROR;
            AwBytes *items = to_bytes(vm, AW_MV(value));
            if (!items) return AW_ERROR;
            value = value_from_ptr(items);
        }
        if (!bytes_view(value, &src, &vlen) && !memoryview_view(value, &src, &vlen))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(value)));
        if (vlen != n)
            return vm_fail(vm_raise(vm, &aw_exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures"));
        char tmp[256];
        char *copy = n <= (int64_t)sizeof tmp ? tmp : gc_alloc(vm, (size_t)n);   /* src may overlap the target */
        if (!copy) return AW_ERROR;
        memcpy(copy, src, (size_t)n);
        AwStatus st = AW_OK;
        for (int64_t k = 0; k < n && st == AW_OK; k++) {
            char *p = item_at(vm, m, start + k * step);
            if (p) *p = copy[k];
            else st = AW_ERROR;
        }
        if (copy != tmp) gc_free(vm, copy, (size_t)n);
        return st;
    }
    int64_t i, byte;
    /* both conversions may run aw code that releases the view (CPython's CHECK_RELEASED_AGAIN) */
    if (item_index(vm, m, key, &i) || byte_value(vm, value, &byte) || check_live(vm, m)) return AW_ERROR;
    char *p = item_at(vm, m, i);
    if (!p) return AW_ERROR;
    *p = (char)byte;
    return AW_OK;
}

/* The viewed bytes as a new bytes. */
static AwBytes *to_bytes(AwVM *vm, AwMemoryView *m) {
    AwBytes *b = bytes_new(vm, NULL, (size_t)m->len);
    if (!b) return NULL;
    for (int64_t k = 0; k < m->len; k++) {
        char *p = item_at(vm, m, k);
        if (!p) return NULL;
        b->data[k] = *p;
    }
    return b;
}

static AwValue m_tobytes(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "tobytes", argc - 1, 0, 1) || check_live(vm, AW_MV(argv[0]))) return AW_ERR;
    AwBytes *b = to_bytes(vm, AW_MV(argv[0]));
    return b ? value_from_ptr(b) : AW_ERR;
}

static AwValue m_tolist(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "tolist", argc - 1, 0, 0) || check_live(vm, AW_MV(argv[0]))) return AW_ERR;
    AwMemoryView *m = AW_MV(argv[0]);
    AwList *l = list_new(vm, m->len);
    if (!l) return AW_ERR;
    for (int64_t k = 0; k < m->len; k++) {
        char *p = item_at(vm, m, k);
        if (!p) return AW_ERR;
        l->items[k] = value_from_small((unsigned char)*p);
    }
    l->len = m->len;
    return value_from_ptr(l);
}

/* iter(m): over a snapshot of the items (as a list iterator). */
static AwValue mv_iter(AwVM *vm, AwValue self) {
    AwValue list = m_tolist(vm, 1, &self, NULL);
    if (list == AW_ERR || gc_push_root(vm, list)) return AW_ERR;
    AwValue it = ops_iter(vm, list);
    gc_pop_roots(vm, 1);
    return it;
}

static AwValue m_hex(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (check_live(vm, AW_MV(argv[0]))) return AW_ERR;
    AwBytes *b = to_bytes(vm, AW_MV(argv[0]));
    if (!b || gc_push_root(vm, value_from_ptr(b))) return AW_ERR;
    AwValue r = vm_call_method(vm, value_from_ptr(b), str_intern_cstr(vm, "hex"), argc - 1, argv + 1);
    gc_pop_roots(vm, 1);
    return r;
}

static AwValue m_release(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "release", argc - 1, 0, 0)) return AW_ERR;
    AW_MV(argv[0])->released = true;
    return AW_NONE;
}

static AwValue m_enter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return check_live(vm, AW_MV(argv[0])) ? AW_ERR : argv[0];
}

static AwValue m_exit(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AW_MV(argv[0])->released = true;
    return AW_FALSE;
}

/* cast('B') (or 'b'/'c' names aw does not distinguish): a new view of the same bytes. */
static AwValue m_cast(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "cast", argc - 1, 1, 2) || check_live(vm, AW_MV(argv[0]))) return AW_ERR;
    if (!value_is_str(argv[1])) return vm_raise(vm, &aw_exc_TypeError, "memoryview: format argument must be a string");
    if (!str_equal_cstr(AW_STR(argv[1]), "B"))
        return vm_raise(vm, &aw_exc_ValueError, "memoryview: aw supports only the format 'B'");
    AwMemoryView *m = AW_MV(argv[0]);
    if (m->step != 1 && m->len > 1) return vm_raise(vm, &aw_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    AwValue v = make(vm, m->base, m->start, m->len, 1);
    if (v != AW_ERR) AW_MV(v)->readonly = m->readonly;
    return v;
}

static AwValue mv_repr(AwVM *vm, AwValue self) {
    AwStr *s = str_printf(vm, AW_MV(self)->released ? "<released memory at %p>" : "<memory at %p>", value_as_ptr(self));
    return s ? str_value(s) : AW_ERR;
}

/* == compares the viewed bytes with another view or a bytes-like object. */
static AwValue mv_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if (op != AW_CMP_EQ && op != AW_CMP_NE) return AW_NOTIMPL;
    if (a == b) return value_from_bool(op == AW_CMP_EQ);
    AwMemoryView *m = AW_MV(a);
    const char *other;
    int64_t olen;
    if (m->released || (value_is_type(b, &aw_type_memoryview) && AW_MV(b)->released))
        return value_from_bool(op == AW_CMP_NE);
    bool eq;
    if (value_is_type(b, &aw_type_memoryview)) {
        AwBytes *x = to_bytes(vm, m);
        if (!x || gc_push_root(vm, value_from_ptr(x))) return AW_ERR;
        AwBytes *y = to_bytes(vm, AW_MV(b));
        gc_pop_roots(vm, 1);
        if (!y) return AW_ERR;
        eq = x->len == y->len && memcmp(x->data, y->data, (size_t)x->len) == 0;
    } else if (bytes_view(b, &other, &olen)) {
        eq = olen == m->len;
        for (int64_t k = 0; eq && k < m->len; k++) {
            char *p = item_at(vm, m, k);
            if (!p) return AW_ERR;
            eq = *p == other[k];
        }
    } else {
        return AW_NOTIMPL;
    }
    return value_from_bool(op == AW_CMP_EQ ? eq : !eq);
}

static AwStatus mv_hash(AwVM *vm, AwValue self, int64_t *out) {
    AwMemoryView *m = AW_MV(self);
    if (m->hashed) {
        *out = m->hash;
        return AW_OK;
    }
    if (check_live(vm, m)) return AW_ERROR;
    if (!is_readonly(m)) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "cannot hash writable memoryview object"));
    AwBytes *b = to_bytes(vm, m);
    if (!b || ops_hash(vm, value_from_ptr(b), &m->hash)) return AW_ERROR;
    m->hashed = true;
    *out = m->hash;
    return AW_OK;
}

/* toreadonly(): the same view, refusing writes. */
static AwValue m_toreadonly(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "toreadonly", kw) || args_count(vm, "toreadonly", argc - 1, 0, 0)) return AW_ERR;
    AwMemoryView *m = AW_MV(argv[0]);
    if (check_live(vm, m)) return AW_ERR;
    AwValue v = make(vm, m->base, m->start, m->len, m->step);
    if (v != AW_ERR) AW_MV(v)->readonly = true;
    return v;
}

static AwValue get_obj(AwVM *vm, AwValue self) { return check_live(vm, AW_MV(self)) ? AW_ERR : AW_MV(self)->base; }
static AwValue get_nbytes(AwVM *vm, AwValue self) { return check_live(vm, AW_MV(self)) ? AW_ERR : value_from_small(AW_MV(self)->len); }
static AwValue get_readonly(AwVM *vm, AwValue self) { return check_live(vm, AW_MV(self)) ? AW_ERR : value_from_bool(is_readonly(AW_MV(self))); }
static AwValue get_itemsize(AwVM *vm, AwValue self) { return check_live(vm, AW_MV(self)) ? AW_ERR : value_from_small(1); }
static AwValue get_ndim(AwVM *vm, AwValue self) { return check_live(vm, AW_MV(self)) ? AW_ERR : value_from_small(1); }
static AwValue get_suboffsets(AwVM *vm, AwValue self) {
    if (check_live(vm, AW_MV(self))) return AW_ERR;
    AwTuple *t = tuple_new(vm, 0);
    return t ? value_from_ptr(t) : AW_ERR;
}
static AwValue get_format(AwVM *vm, AwValue self) {
    if (check_live(vm, AW_MV(self))) return AW_ERR;
    AwStr *s = str_intern_cstr(vm, "B");
    return s ? str_value(s) : AW_ERR;
}
static AwValue one_tuple(AwVM *vm, AwValue self, int64_t v) {
    if (check_live(vm, AW_MV(self))) return AW_ERR;
    AwValue item = value_from_small(v);
    AwTuple *t = tuple_from(vm, 1, &item);
    return t ? value_from_ptr(t) : AW_ERR;
}
static AwValue get_shape(AwVM *vm, AwValue self) { return one_tuple(vm, self, AW_MV(self)->len); }
static AwValue get_strides(AwVM *vm, AwValue self) { return one_tuple(vm, self, AW_MV(self)->step); }
static AwValue get_contiguous(AwVM *vm, AwValue self) {
    AwMemoryView *m = AW_MV(self);
    return check_live(vm, m) ? AW_ERR : value_from_bool(m->step == 1 || m->len <= 1);
}

static void mv_trace(AwGC *gc, AwObject *self) { gc_mark_value(gc, ((AwMemoryView *)self)->base); }

static const AwMethodDef mv_methods[] = {
    {"tobytes", m_tobytes, 0}, {"tolist", m_tolist, 0}, {"hex", m_hex, 0}, {"release", m_release, 0},
    {"cast", m_cast, 0}, {"toreadonly", m_toreadonly, 0}, {"__enter__", m_enter, 0}, {"__exit__", m_exit, 0}, {NULL, NULL, 0},
};

static const AwGetSetDef mv_getsets[] = {
    {"obj", get_obj, NULL}, {"nbytes", get_nbytes, NULL}, {"readonly", get_readonly, NULL},
    {"itemsize", get_itemsize, NULL}, {"format", get_format, NULL}, {"ndim", get_ndim, NULL},
    {"shape", get_shape, NULL}, {"strides", get_strides, NULL}, {"suboffsets", get_suboffsets, NULL},
    {"contiguous", get_contiguous, NULL}, {"c_contiguous", get_contiguous, NULL},
    {"f_contiguous", get_contiguous, NULL}, {NULL, NULL, NULL},
};

AwType aw_type_memoryview = {
    .name = "memoryview",
    .base = &aw_type_object,
    .instance_size = sizeof(AwMemoryView),
    .repr = mv_repr,
    .compare = mv_compare,
    .hash = mv_hash,
    .len = mv_len,
    .getitem = mv_getitem,
    .iter = mv_iter,
    .setitem = mv_setitem,
    .new_ = mv_new,
    .trace = mv_trace,
    .methods = mv_methods,
    .getsets = mv_getsets,
};
