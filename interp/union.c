/* union.c — types.UnionType (see union.h). */
#include <stdlib.h>
#include "interp/buf.h"
#include "interp/class.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/genericalias.h"
#include "interp/union.h"
#include "interp/vm.h"

typedef struct {
    AwObject obj;    /* header */
    AwTuple *args;   /* the members, flattened and without repeats, in first-seen order */
    AwTuple *params; /* __parameters__ once computed (NULL before) */
} AwUnion;

AwTuple *union_args(AwValue u) { return ((AwUnion *)value_as_ptr(u))->args; }

/* CPython 3.11's is_unionable: None, a class, a generic alias or a union. */
static bool unionable(AwValue v) {
    return v == AW_NONE || value_is_instance(v, &aw_type_type) || value_is_type(v, &aw_type_union) ||
           genericalias_check(v);
}

/* The same member: identical, or equal generic aliases (list[int] | list[int]), as CPython's
 * dedup_and_flatten_args. -1 on error. */
static int same_member(AwVM *vm, AwValue x, AwValue y) {
    if (x == y) return 1;
    return genericalias_check(x) && genericalias_check(y) ? ops_eq(vm, x, y) : 0;
}

/* Appends v's members (v itself, or a union's members) to items unless already there. */
static AwStatus add_members(AwVM *vm, AwValue v, AwValue *items, int64_t *n) {
    const AwValue *src = &v;
    int64_t count = 1;
    if (value_is_type(v, &aw_type_union)) {
        src = union_args(v)->items;
        count = union_args(v)->len;
    }
    for (int64_t i = 0; i < count; i++) {
        AwValue m = src[i] == AW_NONE ? value_from_ptr(&aw_type_none) : src[i];
        int seen = 0;
        for (int64_t j = 0; j < *n && !seen; j++) seen = same_member(vm, items[j], m);
        if (seen < 0) return AW_ERROR;
        if (!seen) items[(*n)++] = m;
    }
    return AW_OK;
}

AwValue union_or(AwVM *vm, AwValue a, AwValue b) {
    if (!unionable(a) || !unionable(b)) return AW_NOTIMPL;
    int64_t cap = (value_is_type(a, &aw_type_union) ? union_args(a)->len : 1) +
                  (value_is_type(b, &aw_type_union) ? union_args(b)->len : 1);
    AwValue *items = malloc(sizeof(AwValue) * (size_t)cap);
    if (!items) return vm_raise_memory(vm);
    int64_t n = 0;
    AwValue result = AW_ERR;
    if (add_members(vm, a, items, &n) || add_members(vm, b, items, &n)) {
        /* error raised */
    } else if (n == 1) {
        result = items[0];
    } else {
        AwTuple *args = tuple_from(vm, n, items);
        AwUnion *u = args ? (AwUnion *)gc_new(vm, &aw_type_union, sizeof(AwUnion)) : NULL;
        if (u) {
            u->args = args;
            u->params = NULL;
            result = value_from_ptr(u);
        }
    }
    free(items);
    return result;
}

static AwValue union_binary(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    return op == AW_BINOP_OR ? union_or(vm, a, b) : AW_NOTIMPL;
}

/* One member as CPython's union_repr_item writes it: "None", "int", "mod.Qual", else repr. */
static AwStatus repr_member(AwVM *vm, AwBuf *b, AwValue m) {
    if (m == value_from_ptr(&aw_type_none)) return buf_append_cstr(b, "None");
    if (genericalias_check(m)) return buf_append_repr_of(b, m);
    AwValue qual = ops_getattr_opt(vm, m, AW_NAME(vm, __qualname__));
    if (qual == AW_ERR) return AW_ERROR;
    if (!value_is_str(qual)) return buf_append_repr_of(b, m);
    if (gc_push_root(vm, qual)) return AW_ERROR;
    AwValue mod = ops_getattr_opt(vm, m, AW_NAME(vm, __module__));
    AwStatus st = mod == AW_ERR ? AW_ERROR : AW_OK;
    if (st == AW_OK && value_is_str(mod) && !str_equal_cstr(AW_STR(mod), "builtins"))
        st = buf_printf(b, "%s.", AW_STR(mod)->data);
    if (st == AW_OK) st = buf_append_cstr(b, AW_STR(qual)->data);
    gc_pop_roots(vm, 1);
    return st;
}

static AwValue union_repr(AwVM *vm, AwValue self) {
    AwTuple *args = union_args(self);
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = AW_OK;
    for (int64_t i = 0; st == AW_OK && i < args->len; i++) {
        if (i) st = buf_append_cstr(&b, " | ");
        if (st == AW_OK) st = repr_member(vm, &b, args->items[i]);
    }
    if (st != AW_OK) { buf_free(&b); return AW_ERR; }
    AwStr *s = buf_to_str(&b);
    return s ? str_value(s) : AW_ERR;
}

static int has_member(AwVM *vm, AwTuple *args, AwValue m) {
    for (int64_t i = 0; i < args->len; i++) {
        int r = same_member(vm, args->items[i], m);
        if (r) return r;
    }
    return 0;
}

/* Equal when they have the same members in any order. */
static AwValue union_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if ((op != AW_CMP_EQ && op != AW_CMP_NE) || !value_is_type(b, &aw_type_union)) return AW_NOTIMPL;
    AwTuple *x = union_args(a), *y = union_args(b);
    int eq = x->len == y->len;
    for (int64_t i = 0; eq > 0 && i < x->len; i++) eq = has_member(vm, y, x->items[i]);
    if (eq < 0) return AW_ERR;
    return value_from_bool(op == AW_CMP_EQ ? eq : !eq);
}

/* Order-insensitive, like CPython's hash(frozenset(args)). */
static AwStatus union_hash(AwVM *vm, AwValue self, int64_t *out) {
    AwTuple *args = union_args(self);
    uint64_t h = 0x345678u + (uint64_t)args->len;
    for (int64_t i = 0; i < args->len; i++) {
        int64_t mh;
        if (ops_hash(vm, args->items[i], &mh)) return AW_ERROR;
        h ^= ((uint64_t)mh ^ 89869747u ^ ((uint64_t)mh << 16)) * 3644798167u;
    }
    *out = (int64_t)(h >> 1);
    return AW_OK;
}

static AwValue union_get_args(AwVM *vm, AwValue self) { return value_from_ptr(union_args(self)); }

static AwTuple *parameters(AwVM *vm, AwValue self) {
    AwUnion *u = (AwUnion *)value_as_ptr(self);
    if (!u->params) u->params = genericalias_make_parameters(vm, u->args);
    return u->params;
}

static AwValue union_get_parameters(AwVM *vm, AwValue self) {
    AwTuple *t = parameters(vm, self);
    return t ? value_from_ptr(t) : AW_ERR;
}

/* (int | list[T])[str] is int | list[str]: the members substituted, joined again with |. */
static AwValue union_getitem(AwVM *vm, AwValue self, AwValue key) {
    AwTuple *params = parameters(vm, self);
    if (!params) return AW_ERR;
    AwTuple *args = genericalias_subs_parameters(vm, self, union_args(self), params, key);
    if (!args || gc_push_root(vm, value_from_ptr(args))) return AW_ERR;
    AwValue r = args->len ? args->items[0] : AW_NONE;
    for (int64_t i = 1; i < args->len && r != AW_ERR; i++) {
        if (gc_push_root(vm, r)) { r = AW_ERR; break; }
        r = ops_binary(vm, r, args->items[i], AW_BINOP_OR);
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 1);
    return r;
}

/* __module__ is the type's ('types'), which typing reads (CPython's cls_attrs). */
static AwValue union_getattr(AwVM *vm, AwValue self, AwStr *name) {
    if (str_equal_cstr(name, "__module__")) {
        AwStr *mod = str_intern_cstr(vm, "types");
        return mod ? str_value(mod) : AW_ERR;
    }
    return object_generic_getattr(vm, self, name);
}

static AwValue union_m_instancecheck(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc != 2) return vm_raise(vm, &aw_exc_TypeError, "__instancecheck__() takes exactly one argument (%d given)", argc - 1);
    int r = ops_isinstance(vm, argv[1], argv[0]);
    return r < 0 ? AW_ERR : value_from_bool(r);
}

static AwValue union_m_subclasscheck(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc != 2) return vm_raise(vm, &aw_exc_TypeError, "__subclasscheck__() takes exactly one argument (%d given)", argc - 1);
    int r = ops_issubclass(vm, argv[1], argv[0]);
    return r < 0 ? AW_ERR : value_from_bool(r);
}

static void union_trace(AwGC *gc, AwObject *self) {
    gc_mark_object(gc, &((AwUnion *)self)->args->obj);
    if (((AwUnion *)self)->params) gc_mark_object(gc, &((AwUnion *)self)->params->obj);
}

static const AwMethodDef union_methods[] = {
    {"__instancecheck__", union_m_instancecheck, 0},
    {"__subclasscheck__", union_m_subclasscheck, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef union_getsets[] = {
    {"__args__", union_get_args, NULL},
    {"__parameters__", union_get_parameters, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_union = {
    .name = "UnionType",
    .base = &aw_type_object,
    .instance_size = sizeof(AwUnion),
    .flags = AW_TYPE_ABSTRACT,
    .repr = union_repr,
    .hash = union_hash,
    .compare = union_compare,
    .binary = union_binary,
    .rbinary = union_binary,
    .getitem = union_getitem,
    .getattr = union_getattr,
    .trace = union_trace,
    .methods = union_methods,
    .getsets = union_getsets,
};
