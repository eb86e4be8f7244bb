/* tuple.c — the tuple type: immutable, items stored inline after the header.
 *
 * A user subclass of tuple (class P(tuple)) keeps its instance dict in AwTuple.dict (see
 * tuple.h), so every tuple, subclass or not, is sizeof(AwTuple) + len * 8 bytes.
 * The hash is CPython's xxHash-based tuplehash, so hash((1, 2)) matches CPython.
 */
#include "interp/tuple.h"
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/iter.h"
#include "interp/list.h"
#include "interp/ops.h"
#include "interp/reprguard.h"
#include "interp/slice.h"
#include "interp/str.h"
#include "interp/vm.h"

/* Allocates a tuple of `type` with n items set to None. */
static AwTuple *tuple_alloc(AwVM *vm, AwType *type, int64_t n) {
    if (n < 0 || (uint64_t)n > (SIZE_MAX - sizeof(AwTuple)) / sizeof(AwValue) / 2) {
        vm_raise_memory(vm);
        return NULL;
    }
    AwTuple *t = (AwTuple *)gc_new(vm, type, sizeof(AwTuple) + (size_t)n * sizeof(AwValue));
    if (!t) return NULL;
    t->len = n;
    for (int64_t i = 0; i < n; i++) t->items[i] = AW_NONE;
    return t;
}

AwTuple *tuple_new(AwVM *vm, int64_t n) {
    if (n == 0 && vm->empty_tuple) return vm->empty_tuple;
    return tuple_alloc(vm, &aw_type_tuple, n);
}

AwTuple *tuple_from(AwVM *vm, int64_t n, const AwValue *items) {
    AwTuple *t = tuple_new(vm, n);
    if (t && n) memcpy(t->items, items, (size_t)n * sizeof(AwValue));
    return t;
}

AwTuple *tuple_pack2(AwVM *vm, AwValue a, AwValue b) {
    AwTuple *t = tuple_alloc(vm, &aw_type_tuple, 2);
    if (!t) return NULL;
    t->items[0] = a;
    t->items[1] = b;
    return t;
}

AwTuple *tuple_empty(AwVM *vm) {
    return vm->empty_tuple ? vm->empty_tuple : tuple_new(vm, 0);
}

void tuple_init(AwVM *vm) {
    if (!vm->empty_tuple) vm->empty_tuple = tuple_alloc(vm, &aw_type_tuple, 0);
}

AwValue tuple_from_iterable(AwVM *vm, AwValue iterable) {
    if (value_is_tuple(iterable)) return iterable;
    if (value_is_list(iterable)) {
        AwList *l = AW_LIST(iterable);
        AwTuple *t = tuple_from(vm, l->len, l->items);
        return t ? value_from_ptr(t) : AW_ERR;
    }
    AwValue lv = list_from_iterable(vm, iterable);
    if (lv == AW_ERR) return AW_ERR;
    AwTuple *t = tuple_from(vm, AW_LIST(lv)->len, AW_LIST(lv)->items);
    return t ? value_from_ptr(t) : AW_ERR;
}

/* ---- slots ---- */

static AwValue tuple_repr(AwVM *vm, AwValue self) {
    AwTuple *t = AW_TUPLE(self);
    if (t->len == 0) return str_value(str_from_cstr(vm, "()"));
    int g = reprguard_enter(vm, &t->obj);
    if (g != 0) return g > 0 ? str_value(str_from_cstr(vm, "(...)")) : AW_ERR;
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = buf_append_char(&b, '(');
    for (int64_t i = 0; st == AW_OK && i < t->len; i++) {
        if (i) st = buf_append_cstr(&b, ", ");
        if (st == AW_OK) st = buf_append_repr_of(&b, t->items[i]);
    }
    if (st == AW_OK && t->len == 1) st = buf_append_char(&b, ',');
    if (st == AW_OK) st = buf_append_char(&b, ')');
    reprguard_leave(vm, &t->obj);
    if (st != AW_OK) {
        buf_free(&b);
        return AW_ERR;
    }
    AwStr *s = buf_to_str(&b);
    return s ? str_value(s) : AW_ERR;
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

/* Nested tuples are hashed by recursion in C, as in CPython (which has no limit and overflows
 * its stack somewhat deeper). aw stops when the nesting has used this much C stack (half the
 * usual 8 MiB, whatever the frame size: ASan's frames are several times larger) and raises
 * RecursionError instead. */
#define TUPLE_HASH_MAX_STACK (4 << 20)

static AwStatus tuple_hash(AwVM *vm, AwValue self, int64_t *out) {
    static _Thread_local int depth;          /* nesting of tuple_hash calls on this thread */
    static _Thread_local const char *base;   /* a stack address of its outermost call */
    AwTuple *t = AW_TUPLE(self);
    uint64_t acc = XXPRIME_5;
    const char *here = (const char *)&acc;
    if (depth == 0) base = here;
    else if (base - here > TUPLE_HASH_MAX_STACK || here - base > TUPLE_HASH_MAX_STACK)
        return vm_fail(vm_raise(vm, &aw_exc_RecursionError, "maximum recursion depth exceeded while hashing a tuple"));
    for (int64_t i = 0; i < t->len; i++) {
        int64_t lane;
        depth++;
        AwStatus st = dict_hash_key(vm, t->items[i], &lane);
        depth--;
        if (st != AW_OK) return AW_ERROR;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->len ^ (XXPRIME_5 ^ 3527539ULL);
    *out = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    return AW_OK;
}

/* Lexicographic comparison of two item arrays (tuples are immutable, so no re-checks). */
static AwValue tuple_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if (!value_is_instance(b, &aw_type_tuple)) return AW_NOTIMPL;
    AwTuple *ta = AW_TUPLE(a), *tb = AW_TUPLE(b);
    if ((op == AW_CMP_EQ || op == AW_CMP_NE) && ta->len != tb->len) return value_from_bool(op == AW_CMP_NE);
    int64_t i, n = ta->len < tb->len ? ta->len : tb->len;
    for (i = 0; i < n; i++) {
        int eq = ops_eq(vm, ta->items[i], tb->items[i]);
        if (eq < 0) return AW_ERR;
        if (!eq) break;
    }
    if (i >= n) {
        int64_t x = ta->len, y = tb->len;
        bool r = op == AW_CMP_LT ? x < y : op == AW_CMP_LE ? x <= y : op == AW_CMP_EQ ? x == y
               : op == AW_CMP_NE ? x != y : op == AW_CMP_GT ? x > y : x >= y;
        return value_from_bool(r);
    }
    if (op == AW_CMP_EQ) return AW_FALSE;
    if (op == AW_CMP_NE) return AW_TRUE;
    return ops_compare(vm, ta->items[i], tb->items[i], op);
}

static AwValue concat(AwVM *vm, AwTuple *a, AwTuple *b) {
    if (b->len == 0 && value_is_tuple(value_from_ptr(a))) return value_from_ptr(a);
    if (a->len == 0 && value_is_tuple(value_from_ptr(b))) return value_from_ptr(b);
    AwTuple *t = tuple_new(vm, a->len + b->len);
    if (!t) return AW_ERR;
    memcpy(t->items, a->items, (size_t)a->len * sizeof(AwValue));
    memcpy(t->items + a->len, b->items, (size_t)b->len * sizeof(AwValue));
    return value_from_ptr(t);
}

/* The repeat count of seq * n: AW_NOTIMPL if n is not an integer. */
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

static AwValue repeat(AwVM *vm, AwTuple *a, AwValue count) {
    int64_t n;
    if (repeat_count(vm, count, &n) != AW_OK) return AW_ERR;
    if (n < 0) n = 0;
    if (n == 1 && value_is_tuple(value_from_ptr(a))) return value_from_ptr(a);
    if (a->len && n > INT64_MAX / 2 / a->len) return vm_raise_memory(vm);
    AwTuple *t = tuple_new(vm, a->len * n);
    if (!t) return AW_ERR;
    for (int64_t k = 0; k < n; k++)
        memcpy(t->items + k * a->len, a->items, (size_t)a->len * sizeof(AwValue));
    return value_from_ptr(t);
}

static AwValue tuple_binary(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    if (op == AW_BINOP_ADD) {
        if (value_is_instance(b, &aw_type_tuple)) return concat(vm, AW_TUPLE(a), AW_TUPLE(b));
        if (type_of(b)->flags & AW_TYPE_HEAP) return AW_NOTIMPL;
        return vm_raise(vm, &aw_exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                        ops_type_name(b));
    }
    if (op == AW_BINOP_MUL) {
        if (is_index_like(vm, b)) return repeat(vm, AW_TUPLE(a), b);
        if (type_of(b)->flags & AW_TYPE_HEAP) return AW_NOTIMPL;
        return vm_raise(vm, &aw_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                        ops_type_name(b));
    }
    return AW_NOTIMPL;
}

static AwValue tuple_rbinary(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    if (op != AW_BINOP_MUL) return AW_NOTIMPL;
    if (is_index_like(vm, a)) return repeat(vm, AW_TUPLE(b), a);
    return vm_raise(vm, &aw_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                    ops_type_name(a));
}

static AwStatus tuple_len(AwVM *vm, AwValue self, int64_t *out) {
    *out = AW_TUPLE(self)->len;
    return AW_OK;
}

static AwValue tuple_slice(AwVM *vm, AwTuple *t, AwSlice *s) {
    int64_t start, stop, step, n;
    if (slice_indices(vm, s, t->len, &start, &stop, &step, &n) != AW_OK) return AW_ERR;
    if (n == t->len && step == 1 && value_is_tuple(value_from_ptr(t))) return value_from_ptr(t);
    AwTuple *r = tuple_new(vm, n);
    if (!r) return AW_ERR;
    for (int64_t i = 0; i < n; i++) r->items[i] = t->items[start + i * step];   /* step may be huge */
    return value_from_ptr(r);
}

static AwValue tuple_getitem(AwVM *vm, AwValue self, AwValue key) {
    AwTuple *t = AW_TUPLE(self);
    if (value_is_int(key)) {
        int64_t i = value_as_small(key);
        if (i < 0) i += t->len;
        if (i < 0 || i >= t->len) return vm_raise(vm, &aw_exc_IndexError, "tuple index out of range");
        return t->items[i];
    }
    if (value_is_type(key, &aw_type_slice)) return tuple_slice(vm, t, AW_SLICE(key));
    int64_t i;
    if (slice_index(vm, key, t->len, "tuple", &i) != AW_OK) return AW_ERR;
    return t->items[i];
}

static int tuple_contains(AwVM *vm, AwValue self, AwValue item) {
    AwTuple *t = AW_TUPLE(self);
    for (int64_t i = 0; i < t->len; i++) {
        int eq = ops_eq(vm, t->items[i], item);
        if (eq != 0) return eq;
    }
    return 0;
}

static AwValue tuple_iter(AwVM *vm, AwValue self) { return iter_tuple_new(vm, AW_TUPLE(self)); }

/* tuple(iterable) for `type` (tuple or a subclass). */
static AwValue make_tuple(AwVM *vm, AwType *type, AwValue iterable) {
    if (type == &aw_type_tuple)
        return iterable == AW_EMPTY ? value_from_ptr(tuple_empty(vm)) : tuple_from_iterable(vm, iterable);
    AwValue src = iterable == AW_EMPTY ? value_from_ptr(tuple_empty(vm)) : tuple_from_iterable(vm, iterable);
    if (src == AW_ERR) return AW_ERR;
    AwTuple *s = AW_TUPLE(src);
    AwTuple *t = tuple_alloc(vm, type, s->len);
    if (!t) return AW_ERR;
    memcpy(t->items, s->items, (size_t)s->len * sizeof(AwValue));
    return value_from_ptr(t);
}

static AwValue tuple_new_(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (kwnames && kwnames->len && (type == &aw_type_tuple || class_init_is_object(vm, type)))
        return vm_raise(vm, &aw_exc_TypeError, "tuple() takes no keyword arguments");
    if (argc > 1) return vm_raise(vm, &aw_exc_TypeError, "tuple expected at most 1 argument, got %d", argc);
    return make_tuple(vm, type, argc ? argv[0] : AW_EMPTY);
}

static void tuple_trace(AwGC *gc, AwObject *self) {
    AwTuple *t = (AwTuple *)self;
    gc_mark_values(gc, t->items, (size_t)t->len);
}

static void tuple_free(AwVM *vm, AwObject *self) {}

/* ---- methods ---- */

static AwValue m_count(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "tuple.count", kwnames) != AW_OK) return AW_ERR;
    if (argc != 2)
        return vm_raise(vm, &aw_exc_TypeError, "tuple.count() takes exactly one argument (%d given)", argc - 1);
    AwTuple *t = AW_TUPLE(argv[0]);
    int64_t n = 0;
    for (int64_t i = 0; i < t->len; i++) {
        int eq = ops_eq(vm, t->items[i], argv[1]);
        if (eq < 0) return AW_ERR;
        n += eq;
    }
    return value_from_small(n);
}

static AwValue m_index(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "tuple.index", kwnames) != AW_OK) return AW_ERR;
    if (args_count(vm, "index", argc - 1, 1, 3) != AW_OK) return AW_ERR;
    AwTuple *t = AW_TUPLE(argv[0]);
    int64_t start = 0, stop = INT64_MAX;
    if (argc > 2 && slice_as_index_not_none(vm, argv[2], &start) != AW_OK) return AW_ERR;
    if (argc > 3 && slice_as_index_not_none(vm, argv[3], &stop) != AW_OK) return AW_ERR;
    if (start < 0 && (start += t->len) < 0) start = 0;
    if (stop < 0 && (stop += t->len) < 0) stop = 0;
    for (int64_t i = start; i < stop && i < t->len; i++) {
        int eq = ops_eq(vm, t->items[i], argv[1]);
        if (eq < 0) return AW_ERR;
        if (eq) return value_from_small(i);
    }
    return vm_raise(vm, &aw_exc_ValueError, "tuple.index(x): x not in tuple");
}

static AwValue m_len(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return value_from_small(AW_TUPLE(argv[0])->len);
}

static AwValue m_getitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc != 2)
        return vm_raise(vm, &aw_exc_TypeError, "tuple.__getitem__() takes exactly one argument (%d given)",
                        argc - 1);
    return tuple_getitem(vm, argv[0], argv[1]);
}

static AwValue m_contains(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc != 2)
        return vm_raise(vm, &aw_exc_TypeError, "tuple.__contains__() takes exactly one argument (%d given)",
                        argc - 1);
    int r = tuple_contains(vm, argv[0], argv[1]);
    return r < 0 ? AW_ERR : value_from_bool(r);
}

static AwValue m_iter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return tuple_iter(vm, argv[0]);
}

/* tuple.__new__(cls, iterable=()) — what class P(tuple) calls from its own __new__. */
static AwValue m_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc < 1) return vm_raise(vm, &aw_exc_TypeError, "tuple.__new__(): not enough arguments");
    AwValue cls = argv[0];
    if (!value_is_instance(cls, &aw_type_type))
        return vm_raise(vm, &aw_exc_TypeError, "tuple.__new__(X): X is not a type object (%s)",
                        ops_type_name(cls));
    AwType *type = (AwType *)value_as_ptr(cls);
    if (!type_is_subtype(type, &aw_type_tuple))
        return vm_raise(vm, &aw_exc_TypeError, "tuple.__new__(%s): %s is not a subtype of tuple",
                        type_name(type), type_name(type));
    if (kwnames && kwnames->len && (type == &aw_type_tuple || class_init_is_object(vm, type)))
        return vm_raise(vm, &aw_exc_TypeError, "tuple() takes no keyword arguments");
    if (argc > 2) return vm_raise(vm, &aw_exc_TypeError, "tuple expected at most 1 argument, got %d", argc - 1);
    return make_tuple(vm, type, argc > 1 ? argv[1] : AW_EMPTY);
}

static const AwMethodDef tuple_methods[] = {
    {"count", m_count, AW_METH_DEFAULT},
    {"index", m_index, AW_METH_DEFAULT},
    {"__len__", m_len, AW_METH_DEFAULT},
    {"__getitem__", m_getitem, AW_METH_DEFAULT},
    {"__contains__", m_contains, AW_METH_DEFAULT},
    {"__iter__", m_iter, AW_METH_DEFAULT},
    {"__new__", m_new, AW_METH_STATIC},
    {NULL, NULL, 0},
};

AwType aw_type_tuple = {
    .name = "tuple",
    .base = &aw_type_object,
    .instance_size = offsetof(AwTuple, dict),
    .flags = AW_TYPE_BASETYPE,
    .methods = tuple_methods,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .compare = tuple_compare,
    .binary = tuple_binary,
    .rbinary = tuple_rbinary,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .new_ = tuple_new_,
    .trace = tuple_trace,
    .free_ = tuple_free,
};
