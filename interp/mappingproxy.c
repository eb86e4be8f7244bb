/* mappingproxy.c — the read-only mapping proxy (see mappingproxy.h). Every operation forwards
 * to the wrapped mapping as CPython 3.11's descrobject.c does, so a proxy of a user mapping
 * behaves as that mapping's methods do. */
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/class.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/mappingproxy.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/vm.h"

typedef struct {
    AwObject obj;      /* header */
    AwValue mapping;   /* the wrapped mapping (a class's own dict for C.__dict__) */
} AwMappingProxy;

static AwValue target(AwValue self) { return AW_AS(AwMappingProxy, self)->mapping; }

AwValue mappingproxy_new(AwVM *vm, AwValue mapping) {
    AwMappingProxy *p = (AwMappingProxy *)gc_new(vm, &aw_type_mappingproxy, sizeof(AwMappingProxy));
    if (!p) return AW_ERR;
    p->mapping = mapping;
    return value_from_ptr(p);
}

/* CPython's mappingproxy_check_mapping: anything subscriptable except a list or tuple. */
static bool is_mapping(AwVM *vm, AwValue v) {
    AwType *t = type_of(v);
    if (value_is_instance(v, &aw_type_list) || value_is_instance(v, &aw_type_tuple)) return false;
    return t->getitem != NULL || type_lookup(t, AW_NAME(vm, __getitem__)) != AW_EMPTY;
}

static AwValue mp_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"mapping", NULL};
    AwValue m;
    if (args_parse(vm, "mappingproxy", argc, argv, kw, names, 1, 1, &m) != AW_OK) return AW_ERR;
    if (!is_mapping(vm, m))
        return vm_raise(vm, &aw_exc_TypeError, "mappingproxy() argument must be a mapping, not %s", ops_type_name(m));
    return mappingproxy_new(vm, m);
}

static AwValue mp_getitem(AwVM *vm, AwValue self, AwValue key) { return ops_getitem(vm, target(self), key); }
static AwStatus mp_len(AwVM *vm, AwValue self, int64_t *out) { return ops_len(vm, target(self), out); }
static int mp_contains(AwVM *vm, AwValue self, AwValue key) { return ops_contains(vm, target(self), key); }
static AwValue mp_iter(AwVM *vm, AwValue self) { return ops_iter(vm, target(self)); }
static AwValue mp_str(AwVM *vm, AwValue self) { return ops_str(vm, target(self)); }
static AwValue mp_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) { return ops_compare(vm, target(a), b, op); }

/* No assignment or deletion. CPython's wording depends on the key: deleting with an index (an
 * int or __index__) goes through the sequence protocol, which says "doesn't". */
static AwStatus mp_setitem(AwVM *vm, AwValue self, AwValue key, AwValue value) {
    const char *verb = "does not";
    if (value == AW_EMPTY && (value_is_int(key) || value_is_bool(key) || value_is_instance(key, &aw_type_int) ||
                              type_lookup(type_of(key), AW_NAME(vm, __index__)) != AW_EMPTY))
        verb = "doesn't";
    vm_raise(vm, &aw_exc_TypeError, "'mappingproxy' object %s support item %s", verb,
             value == AW_EMPTY ? "deletion" : "assignment");
    return AW_ERROR;
}

static AwValue mp_repr(AwVM *vm, AwValue self) {
    AwBuf b;
    buf_init(&b, vm);
    if (buf_append_cstr(&b, "mappingproxy(") || buf_append_repr_of(&b, target(self)) || buf_append_char(&b, ')')) {
        buf_free(&b);
        return AW_ERR;
    }
    AwStr *s = buf_to_str(&b);
    return s ? str_value(s) : AW_ERR;
}

/* proxy | x and x | proxy: the mappings' own |, so a dict result (CPython unwraps both). */
static AwValue mp_binary(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    if (op != AW_BINOP_OR) return AW_NOTIMPL;
    if (value_is_type(a, &aw_type_mappingproxy)) a = target(a);
    if (value_is_type(b, &aw_type_mappingproxy)) b = target(b);
    return ops_binary(vm, a, b, AW_BINOP_OR);
}

static AwValue mp_m_ior(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return vm_raise(vm, &aw_exc_TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
}

/* proxy.name(): the mapping's own method of that name, without arguments. */
static AwValue forward0(AwVM *vm, const char *fname, const char *meth, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, fname, kw) || args_count(vm, fname, argc - 1, 0, 0)) return AW_ERR;
    return vm_call_method(vm, target(argv[0]), str_intern_cstr(vm, meth), 0, NULL);
}

static AwValue mp_m_keys(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return forward0(vm, "mappingproxy.keys", "keys", argc, argv, kw);
}
static AwValue mp_m_values(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return forward0(vm, "mappingproxy.values", "values", argc, argv, kw);
}
static AwValue mp_m_items(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return forward0(vm, "mappingproxy.items", "items", argc, argv, kw);
}
static AwValue mp_m_copy(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return forward0(vm, "mappingproxy.copy", "copy", argc, argv, kw);
}
static AwValue mp_m_reversed(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return forward0(vm, "mappingproxy.__reversed__", "__reversed__", argc, argv, kw);
}

static AwValue mp_m_str(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__str__", kw) || args_count(vm, "__str__", argc - 1, 0, 0)) return AW_ERR;
    return ops_str(vm, target(argv[0]));
}

/* get(key, default=None): always calls the mapping's get with both, as CPython does. */
static AwValue mp_m_get(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "get", kw) || args_count(vm, "get", argc - 1, 1, 2)) return AW_ERR;
    AwValue args[2] = {argv[1], argc > 2 ? argv[2] : AW_NONE};
    return vm_call_method(vm, target(argv[0]), str_intern_cstr(vm, "get"), 2, args);
}

static void mp_trace(AwGC *gc, AwObject *self) { gc_mark_value(gc, ((AwMappingProxy *)self)->mapping); }

static const AwMethodDef mp_methods[] = {
    {"get", mp_m_get, AW_METH_DEFAULT},
    {"keys", mp_m_keys, AW_METH_DEFAULT},
    {"values", mp_m_values, AW_METH_DEFAULT},
    {"items", mp_m_items, AW_METH_DEFAULT},
    {"copy", mp_m_copy, AW_METH_DEFAULT},
    {"__reversed__", mp_m_reversed, AW_METH_DEFAULT},
    {"__ior__", mp_m_ior, AW_METH_DEFAULT},
    {"__str__", mp_m_str, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwType aw_type_mappingproxy = {
    .name = "mappingproxy",
    .base = &aw_type_object,
    .instance_size = sizeof(AwMappingProxy),
    .repr = mp_repr,
    .str = mp_str,
    .compare = mp_compare,
    .binary = mp_binary,
    .rbinary = mp_binary,
    .iter = mp_iter,
    .len = mp_len,
    .getitem = mp_getitem,
    .setitem = mp_setitem,
    .contains = mp_contains,
    .new_ = mp_new,
    .trace = mp_trace,
    .methods = mp_methods,
};
