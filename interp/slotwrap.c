/* slotwrap.c — the operator and container dunders (list.__add__, set.__or__, bytes.__len__, ...)
 * of built-in types whose C implementation has only the slot, so that list.__add__(a, b) and
 * super().__or__(other) in a subclass work as in CPython. Each wrapper calls the slot of the
 * first built-in type in self's MRO (never a subclass's override, which would recurse).
 */
#include <string.h>
#include "interp/args.h"
#include "interp/slotwrap.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/function.h"
#include "interp/genericalias.h"
#include "interp/tuple.h"
#include "interp/int.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/vm.h"

/* The built-in type whose slots serve v (v's class, or the first non-user base). */
static AwType *builtin_of(AwValue v) {
    AwType *t = type_of(v);
    while (t->base && (t->flags & AW_TYPE_HEAP)) t = t->base;
    return t;
}

/* list.__add__(a, b) and friends call the concatenation itself (CPython's sq_concat wrapper):
 * an operand it cannot take is a TypeError, never a reflected __radd__. */
static AwValue concat_error(AwVM *vm, AwType *t, AwValue a, AwValue b) {
    if (t == &aw_type_bytes || t == &aw_type_bytearray)
        return vm_raise(vm, &aw_exc_TypeError, "can't concat %s to %s", ops_type_name(b), ops_type_name(a));
    return vm_raise(vm, &aw_exc_TypeError, "can only concatenate %s (not \"%s\") to %s", type_name(t), ops_type_name(b),
                    type_name(t));
}

static AwValue binary(AwVM *vm, int argc, const AwValue *argv, const char *name, AwBinOp op, bool reflected) {
    if (args_count(vm, name, argc - 1, 1, 1)) return AW_ERR;
    AwType *t = builtin_of(argv[0]);
    bool seq = t == &aw_type_list || t == &aw_type_tuple || t == &aw_type_bytes || t == &aw_type_bytearray;
    /* CPython's sequence repeat wrappers want an index, concat raises rather than return NotImplemented */
    if (seq && op == AW_BINOP_MUL && ops_index(vm, argv[1]) == AW_ERR) return AW_ERR;
    if (!reflected) {
        AwValue r = t->binary ? t->binary(vm, argv[0], argv[1], op) : AW_NOTIMPL;
        if (r == AW_NOTIMPL && seq && op == AW_BINOP_ADD) return concat_error(vm, t, argv[0], argv[1]);
        if (r == AW_NOTIMPL && seq && op == AW_BINOP_MUL) return ops_binary(vm, argv[0], argv[1], op);
        return r;
    }
    AwBinarySlot slot = t->rbinary ? t->rbinary : t->binary;
    return slot ? slot(vm, argv[1], argv[0], op) : AW_NOTIMPL;
}

#define BINARY(fn, name, op, reflected)                                                   \
    static AwValue fn(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {             \
        return binary(vm, argc, argv, name, op, reflected);                               \
    }
BINARY(w_add, "__add__", AW_BINOP_ADD, false)
BINARY(w_mul, "__mul__", AW_BINOP_MUL, false)
BINARY(w_rmul, "__rmul__", AW_BINOP_MUL, true)
BINARY(w_mod, "__mod__", AW_BINOP_MOD, false)
BINARY(w_rmod, "__rmod__", AW_BINOP_MOD, true)
BINARY(w_and, "__and__", AW_BINOP_AND, false)
BINARY(w_rand, "__rand__", AW_BINOP_AND, true)
BINARY(w_or, "__or__", AW_BINOP_OR, false)
BINARY(w_ror, "__ror__", AW_BINOP_OR, true)
BINARY(w_sub, "__sub__", AW_BINOP_SUB, false)
BINARY(w_rsub, "__rsub__", AW_BINOP_SUB, true)
BINARY(w_xor, "__xor__", AW_BINOP_XOR, false)
BINARY(w_rxor, "__rxor__", AW_BINOP_XOR, true)
#undef BINARY

static AwValue w_len(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__len__", argc - 1, 0, 0)) return AW_ERR;
    int64_t n;
    AwType *t = builtin_of(argv[0]);
    if (!t->len) return vm_raise(vm, &aw_exc_TypeError, "object of type '%s' has no len()", type_name(t));
    return t->len(vm, argv[0], &n) ? AW_ERR : value_from_small(n);
}

static AwValue w_getitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__getitem__", argc - 1, 1, 1)) return AW_ERR;
    AwType *t = builtin_of(argv[0]);
    if (!t->getitem) return vm_raise(vm, &aw_exc_TypeError, "'%s' object is not subscriptable", type_name(t));
    return t->getitem(vm, argv[0], argv[1]);
}

/* __setitem__ (value given) and __delitem__ (AW_EMPTY) */
static AwValue store(AwVM *vm, AwValue self, AwValue key, AwValue value) {
    AwType *t = builtin_of(self);
    if (!t->setitem) return vm_raise(vm, &aw_exc_TypeError, "'%s' object does not support item assignment", type_name(t));
    return t->setitem(vm, self, key, value) ? AW_ERR : AW_NONE;
}

static AwValue w_setitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__setitem__", argc - 1, 2, 2)) return AW_ERR;
    return store(vm, argv[0], argv[1], argv[2]);
}

static AwValue w_delitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__delitem__", argc - 1, 1, 1)) return AW_ERR;
    return store(vm, argv[0], argv[1], AW_EMPTY);
}

static AwValue w_contains(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__contains__", argc - 1, 1, 1)) return AW_ERR;
    AwType *t = builtin_of(argv[0]);
    int r = t->contains ? t->contains(vm, argv[0], argv[1]) : -2;
    if (r == -2) return vm_raise(vm, &aw_exc_TypeError, "argument of type '%s' is not iterable", type_name(t));
    return r < 0 ? AW_ERR : value_from_bool(r);
}

static AwValue w_iter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__iter__", argc - 1, 0, 0)) return AW_ERR;
    AwType *t = builtin_of(argv[0]);
    if (!t->iter) return vm_raise(vm, &aw_exc_TypeError, "'%s' object is not iterable", type_name(t));
    return t->iter(vm, argv[0]);
}

/* The identity dunders (__repr__, __hash__, rich comparisons) take self's type from the table
 * they were installed in, so that list.__eq__(1, []) is CPython's descriptor error rather than
 * int's comparison, and super().__repr__() in a list subclass is list's repr, not object's. */
static AwStatus check_self(AwVM *vm, const char *name, int argc, const AwValue *argv, AwType *want) {
    if (argc < 1)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' of '%s' object needs an argument", name, type_name(want)));
    AwValue self = argv[0];
    if (value_is_instance(self, want)) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name,
                            type_name(want), ops_type_name(self)));
}

/* CPython's slot wrappers count arguments in their own words. */
static AwStatus wrapper_args(AwVM *vm, int given, int want) {
    if (given == want) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "expected %d argument%s, got %d", want, want == 1 ? "" : "s", given));
}

static AwValue repr_of(AwVM *vm, int argc, const AwValue *argv, AwType *want) {
    if (check_self(vm, "__repr__", argc, argv, want) || wrapper_args(vm, argc - 1, 0)) return AW_ERR;
    return want->repr(vm, argv[0]);
}

static AwValue hash_of(AwVM *vm, int argc, const AwValue *argv, AwType *want) {
    if (check_self(vm, "__hash__", argc, argv, want) || wrapper_args(vm, argc - 1, 0)) return AW_ERR;
    int64_t h;
    return want->hash(vm, argv[0], &h) ? AW_ERR : int_from_i64(vm, h);
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static bool is_cmp(const char *name) {
    for (int i = 0; i < 6; i++)
        if (strcmp(name, cmp_names[i]) == 0) return true;
    return false;
}

static AwValue compare_of(AwVM *vm, int argc, const AwValue *argv, AwType *want, AwCmpOp op) {
    const char *name = cmp_names[op];
    if (check_self(vm, name, argc, argv, want) || wrapper_args(vm, argc - 1, 1)) return AW_ERR;
    return want->compare(vm, argv[0], argv[1], op);
}

/* One set of identity wrappers per type: fn(T)_repr, fn(T)_hash, fn(T)_lt ... */
#define IDENTITY(T, type)                                                                                     \
    static AwValue T##_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return repr_of(vm, argc, argv, &type); } \
    static AwValue T##_hash(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return hash_of(vm, argc, argv, &type); } \
    IDENTITY_CMP(T, type, lt, AW_CMP_LT) IDENTITY_CMP(T, type, le, AW_CMP_LE) IDENTITY_CMP(T, type, eq, AW_CMP_EQ)            \
    IDENTITY_CMP(T, type, ne, AW_CMP_NE) IDENTITY_CMP(T, type, gt, AW_CMP_GT) IDENTITY_CMP(T, type, ge, AW_CMP_GE)            \
    static const AwMethodDef T##_identity[] = {                                                                \
        {"__repr__", T##_repr, 0}, {"__hash__", T##_hash, 0}, {"__lt__", T##_lt, 0}, {"__le__", T##_le, 0},   \
        {"__eq__", T##_eq, 0}, {"__ne__", T##_ne, 0}, {"__gt__", T##_gt, 0}, {"__ge__", T##_ge, 0},           \
        {NULL, NULL, 0}};
#define IDENTITY_CMP(T, type, op, code)                                                  \
    static AwValue T##_##op(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {      \
        return compare_of(vm, argc, argv, &type, code);                                  \
    }
IDENTITY(list, aw_type_list)
IDENTITY(tuple, aw_type_tuple)
IDENTITY(dict, aw_type_dict)
IDENTITY(set, aw_type_set)
IDENTITY(frozenset, aw_type_frozenset)
IDENTITY(bytes, aw_type_bytes)
IDENTITY(bytearray, aw_type_bytearray)
IDENTITY(range, aw_type_range)
IDENTITY(slice, aw_type_slice)
IDENTITY(memoryview, aw_type_memoryview)
IDENTITY(dict_keys, aw_type_dict_keys)
IDENTITY(dict_items, aw_type_dict_items)
IDENTITY(native, aw_type_native)   /* built-in methods compare by what they are bound to */
IDENTITY(method_wrapper, aw_type_method_wrapper)
IDENTITY(mappingproxy, aw_type_mappingproxy)
#undef IDENTITY
#undef IDENTITY_CMP
/* dict_values and type have a repr of their own but compare and hash as object does */
static AwValue dict_values_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return repr_of(vm, argc, argv, &aw_type_dict_values);
}
static AwValue type_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return repr_of(vm, argc, argv, &aw_type_type); }
static const AwMethodDef dict_values_identity[] = {{"__repr__", dict_values_repr, 0}, {NULL, NULL, 0}};
static const AwMethodDef type_identity[] = {{"__repr__", type_repr, 0}, {NULL, NULL, 0}};

#define SEQ_OPS {"__add__", w_add, 0}, {"__mul__", w_mul, 0}, {"__rmul__", w_rmul, 0}
#define SET_OPS {"__and__", w_and, 0}, {"__rand__", w_rand, 0}, {"__or__", w_or, 0}, {"__ror__", w_ror, 0}, \
                {"__sub__", w_sub, 0}, {"__rsub__", w_rsub, 0}, {"__xor__", w_xor, 0}, {"__rxor__", w_rxor, 0}
#define BYTES_OPS SEQ_OPS, {"__mod__", w_mod, 0}, {"__rmod__", w_rmod, 0}, {"__len__", w_len, 0}, \
                  {"__getitem__", w_getitem, 0}, {"__contains__", w_contains, 0}, {"__iter__", w_iter, 0}

static const AwMethodDef seq_methods[] = {SEQ_OPS, {NULL, NULL, 0}};
static const AwMethodDef set_methods[] = {SET_OPS, {NULL, NULL, 0}};
static const AwMethodDef or_methods[] = {{"__or__", w_or, 0}, {"__ror__", w_ror, 0}, {NULL, NULL, 0}};
static const AwMethodDef mappingproxy_methods[] = {
    {"__or__", w_or, 0}, {"__ror__", w_ror, 0}, {"__len__", w_len, 0}, {"__getitem__", w_getitem, 0},
    {"__contains__", w_contains, 0}, {"__iter__", w_iter, 0}, {NULL, NULL, 0},
};
static const AwMethodDef bytes_methods[] = {BYTES_OPS, {NULL, NULL, 0}};
static const AwMethodDef memoryview_methods[] = {
    {"__len__", w_len, 0}, {"__getitem__", w_getitem, 0}, {"__setitem__", w_setitem, 0},
    {"__delitem__", w_delitem, 0}, {"__iter__", w_iter, 0}, {NULL, NULL, 0},
};
static const AwMethodDef bytearray_methods[] = {
    BYTES_OPS, {"__setitem__", w_setitem, 0}, {"__delitem__", w_delitem, 0}, {NULL, NULL, 0},
};

/* __bool__ of the types that have only the truth slot (NoneType, range). */
static AwValue w_bool(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__bool__", kw) || args_count(vm, "__bool__", argc - 1, 0, 0)) return AW_ERR;
    int r = ops_truthy(vm, argv[0]);
    return r < 0 ? AW_ERR : value_from_bool(r);
}

/* __getnewargs__ of the immutable built-ins: (the plain value,), what copy and pickle pass to
 * __new__ (int for bool too, as CPython's). */
static AwValue w_getnewargs(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__getnewargs__", kw) || args_count(vm, "__getnewargs__", argc - 1, 0, 0)) return AW_ERR;
    AwType *t = builtin_of(argv[0]);
    if (t == &aw_type_bool) t = &aw_type_int;
    AwValue plain = vm_call(vm, value_from_ptr(t), 1, argv, NULL);
    if (plain == AW_ERR) return AW_ERR;
    AwTuple *r = tuple_from(vm, 1, &plain);
    return r ? value_from_ptr(r) : AW_ERR;
}

/* list[int] spelled as a call: cls.__class_getitem__(item) -> types.GenericAlias. */
static AwValue w_class_getitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__class_getitem__", kw) || args_count(vm, "__class_getitem__", argc - 1, 1, 1)) return AW_ERR;
    return genericalias_new(vm, argv[0], argv[1]);
}

/* float.__getformat__('double' | 'float'): the storage format, IEEE on every platform aw runs on. */
static AwValue w_getformat(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__getformat__", kw) || args_count(vm, "__getformat__", argc - 1, 1, 1)) return AW_ERR;
    AwStr *s = str_unwrap(argv[1]);
    if (!s) return vm_raise(vm, &aw_exc_TypeError, "__getformat__() argument must be str, not %s", ops_type_name(argv[1]));
    if (!str_equal_cstr(s, "double") && !str_equal_cstr(s, "float"))
        return vm_raise(vm, &aw_exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    const uint16_t one = 1;
    return str_value_or_err(str_from_cstr(vm, *(const uint8_t *)&one ? "IEEE, little-endian" : "IEEE, big-endian"));
}

/* __call__ of the callable built-in types (function, builtin_function_or_method, method, ...):
 * f.__call__(*args, **kw) is f(*args, **kw). */
static AwValue w_call(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 1) return vm_raise(vm, &aw_exc_TypeError, "descriptor '__call__' needs an argument");
    AwType *t = builtin_of(argv[0]);
    if (!t->call) return vm_raise(vm, &aw_exc_TypeError, "'%s' object is not callable", type_name(t));
    return t->call(vm, argv[0], argc - 1, argv + 1, kw);
}

static const AwMethodDef call_methods[] = {{"__call__", w_call, 0}, {NULL, NULL, 0}};
static const AwMethodDef bool_methods[] = {{"__bool__", w_bool, 0}, {NULL, NULL, 0}};
static const AwMethodDef newargs_methods[] = {{"__getnewargs__", w_getnewargs, 0}, {NULL, NULL, 0}};
static const AwMethodDef generic_methods[] = {{"__class_getitem__", w_class_getitem, AW_METH_CLASS}, {NULL, NULL, 0}};
static const AwMethodDef float_methods[] = {
    {"__getnewargs__", w_getnewargs, 0}, {"__getformat__", w_getformat, AW_METH_CLASS}, {NULL, NULL, 0},
};

/* Adds the wrappers a type's dict does not have yet (an identity wrapper only for a slot the
 * type has: dict_values has no comparison or hash of its own, type no hash or comparison). */
static AwStatus install(AwVM *vm, AwType *t, const AwMethodDef *defs) {
    for (; defs->name; defs++) {
        if ((strcmp(defs->name, "__repr__") == 0 && !t->repr) || (strcmp(defs->name, "__hash__") == 0 && !t->hash) ||
            (is_cmp(defs->name) && !t->compare))
            continue;
        AwStr *name = str_intern_cstr(vm, defs->name);
        if (!name) return AW_ERROR;
        if (dict_get_str(t->dict, name) != AW_EMPTY) continue;
        AwNative *fn = native_new(vm, defs->name, defs->fn, defs->flags, t);
        if (!fn) return AW_ERROR;
        AwValue v = value_from_ptr(fn);
        if (defs->flags & AW_METH_CLASS) {   /* as type_ready installs them: in a classmethod */
            AwMethodWrapper *w = (AwMethodWrapper *)gc_new(vm, &aw_type_classmethod, sizeof(AwMethodWrapper));
            if (!w) return AW_ERROR;
            w->func = v;
            v = value_from_ptr(w);
        }
        if (dict_set_str(vm, t->dict, name, v)) return AW_ERROR;
    }
    return AW_OK;
}

static const struct {
    AwType *type;                 /* built-in type */
    const AwMethodDef *defs;      /* its identity wrappers */
} identity_tables[] = {
    {&aw_type_list, list_identity}, {&aw_type_tuple, tuple_identity}, {&aw_type_dict, dict_identity},
    {&aw_type_set, set_identity}, {&aw_type_frozenset, frozenset_identity}, {&aw_type_bytes, bytes_identity},
    {&aw_type_bytearray, bytearray_identity}, {&aw_type_range, range_identity}, {&aw_type_slice, slice_identity},
    {&aw_type_memoryview, memoryview_identity}, {&aw_type_dict_keys, dict_keys_identity},
    {&aw_type_dict_items, dict_items_identity}, {&aw_type_dict_values, dict_values_identity},
    {&aw_type_type, type_identity}, {&aw_type_native, native_identity},
    {&aw_type_method_wrapper, method_wrapper_identity}, {&aw_type_mappingproxy, mappingproxy_identity},
};

AwStatus slotwrap_install(AwVM *vm) {
    for (size_t i = 0; i < sizeof identity_tables / sizeof identity_tables[0]; i++)
        if (install(vm, identity_tables[i].type, identity_tables[i].defs)) return AW_ERROR;
    if (install(vm, &aw_type_list, seq_methods) || install(vm, &aw_type_tuple, seq_methods) ||
        install(vm, &aw_type_set, set_methods) || install(vm, &aw_type_frozenset, set_methods) ||
        install(vm, &aw_type_dict_keys, set_methods) || install(vm, &aw_type_dict_items, set_methods) ||
        install(vm, &aw_type_dict, or_methods) || install(vm, &aw_type_type, or_methods) ||
        install(vm, &aw_type_mappingproxy, mappingproxy_methods) || install(vm, &aw_type_bytes, bytes_methods) ||
        install(vm, &aw_type_bytearray, bytearray_methods) || install(vm, &aw_type_memoryview, memoryview_methods))
        return AW_ERROR;
    AwType *const generic[] = {&aw_type_list, &aw_type_dict, &aw_type_tuple, &aw_type_set, &aw_type_frozenset,
                              &aw_type_mappingproxy};
    for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++)
        if (install(vm, generic[i], generic_methods)) return AW_ERROR;
    AwType *const newargs[] = {&aw_type_int, &aw_type_str, &aw_type_bytes, &aw_type_tuple};
    for (size_t i = 0; i < sizeof newargs / sizeof newargs[0]; i++)
        if (install(vm, newargs[i], newargs_methods)) return AW_ERROR;
    AwType *const callable[] = {&aw_type_function, &aw_type_native, &aw_type_method_wrapper, &aw_type_method, &aw_type_staticmethod,
                                &aw_type_generic_alias};
    for (size_t i = 0; i < sizeof callable / sizeof callable[0]; i++)
        if (install(vm, callable[i], call_methods)) return AW_ERROR;
    if (install(vm, &aw_type_float, float_methods) || install(vm, &aw_type_none, bool_methods) ||
        install(vm, &aw_type_range, bool_methods))
        return AW_ERROR;
    return AW_OK;
}
