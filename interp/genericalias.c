/* genericalias.c — types.GenericAlias (see genericalias.h). */
#include <string.h>
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/class.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/iter.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/genericalias.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/union.h"
#include "interp/vm.h"

typedef struct {
    AwObject obj;    /* header */
    AwValue origin;  /* __origin__: the class subscripted */
    AwTuple *args;   /* __args__: the subscript, always a tuple */
    AwTuple *params; /* __parameters__ once computed (NULL before) */
    bool starred;    /* __unpacked__: `*tuple[int, ...]` (PEP 646), made by iterating an alias */
} AwGenericAlias;

#define AW_GA(v) ((AwGenericAlias *)value_as_ptr(v))

bool genericalias_check(AwValue v) { return value_is_instance(v, &aw_type_generic_alias); }

static AwValue make(AwVM *vm, AwType *type, AwValue origin, AwValue key) {
    AwTuple *args = value_is_tuple(key) ? AW_TUPLE(key) : tuple_from(vm, 1, &key);
    if (!args) return AW_ERR;
    AwGenericAlias *ga = (AwGenericAlias *)gc_new(vm, type, type->instance_size);   /* a subclass's is larger */
    if (!ga) return AW_ERR;
    ga->origin = origin;
    ga->args = args;
    ga->params = NULL;
    ga->starred = false;
    return value_from_ptr(ga);
}

AwValue genericalias_new(AwVM *vm, AwValue origin, AwValue key) { return make(vm, &aw_type_generic_alias, origin, key); }

static AwValue ga_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "GenericAlias", kw) || args_count(vm, "GenericAlias", argc, 2, 2)) return AW_ERR;
    return make(vm, type, argv[0], argv[1]);
}

/* GenericAlias.__new__(cls, origin, args): what a subclass's __new__ reaches through super(). */
static AwValue ga_m_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 1 || !value_is_instance(argv[0], &aw_type_type))
        return vm_raise(vm, &aw_exc_TypeError, "GenericAlias.__new__(X): X is not a type object");
    AwType *type = (AwType *)value_as_ptr(argv[0]);
    if (!type_is_subtype(type, &aw_type_generic_alias))
        return vm_raise(vm, &aw_exc_TypeError, "GenericAlias.__new__(%s): %s is not a subtype of GenericAlias",
                        type_name(type), type_name(type));
    return ga_new(vm, type, argc - 1, argv + 1, kw);
}

/* One item as CPython's ga_repr_item writes it: "...", aliases by repr, classes as
 * "mod.Qual" ("int" for builtins), anything else by repr. */
static AwStatus repr_item(AwVM *vm, AwBuf *b, AwValue v) {
    if (v == AW_ELLIPSIS) return buf_append_cstr(b, "...");
    if (genericalias_check(v) || !value_is_instance(v, &aw_type_type)) return buf_append_repr_of(b, v);
    AwType *t = (AwType *)value_as_ptr(v);
    AwValue mod = ops_getattr_opt(vm, v, AW_NAME(vm, __module__));
    if (mod == AW_ERR) return AW_ERROR;
    AwStr *qual = t->qualname ? t->qualname : t->name_str;
    if (value_is_str(mod) && !str_equal_cstr(AW_STR(mod), "builtins"))
        return buf_printf(b, "%s.%s", AW_STR(mod)->data, qual->data);
    return buf_append_cstr(b, qual->data);
}

static AwValue ga_repr(AwVM *vm, AwValue self) {
    AwGenericAlias *ga = AW_GA(self);
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = ga->starred ? buf_append_char(&b, '*') : AW_OK;
    if (st == AW_OK) st = repr_item(vm, &b, ga->origin);
    if (st == AW_OK) st = buf_append_char(&b, '[');
    if (st == AW_OK && ga->args->len == 0) st = buf_append_cstr(&b, "()");
    for (int64_t i = 0; st == AW_OK && i < ga->args->len; i++) {
        if (i) st = buf_append_cstr(&b, ", ");
        if (st == AW_OK) st = repr_item(vm, &b, ga->args->items[i]);
    }
    if (st == AW_OK) st = buf_append_char(&b, ']');
    if (st != AW_OK) { buf_free(&b); return AW_ERR; }
    AwStr *s = buf_to_str(&b);
    return s ? str_value(s) : AW_ERR;
}

/* GenericAlias.__repr__, for a subclass's super().__repr__(). */
static AwValue ga_m_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__repr__", kw) || args_count(vm, "__repr__", argc - 1, 0, 0)) return AW_ERR;
    if (!genericalias_check(argv[0]))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '__repr__' requires a 'types.GenericAlias' object but received a '%s'",
                        ops_type_name(argv[0]));
    return ga_repr(vm, argv[0]);
}

static AwValue ga_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if ((op != AW_CMP_EQ && op != AW_CMP_NE) || !genericalias_check(b)) return AW_NOTIMPL;
    if (AW_GA(a)->starred != AW_GA(b)->starred) return value_from_bool(op == AW_CMP_NE);
    int eq = ops_eq(vm, AW_GA(a)->origin, AW_GA(b)->origin);
    if (eq > 0) eq = ops_eq(vm, value_from_ptr(AW_GA(a)->args), value_from_ptr(AW_GA(b)->args));
    if (eq < 0) return AW_ERR;
    return value_from_bool(op == AW_CMP_EQ ? eq : !eq);
}

static AwStatus ga_hash(AwVM *vm, AwValue self, int64_t *out) {
    int64_t h1, h2;
    if (ops_hash(vm, AW_GA(self)->origin, &h1) || ops_hash(vm, value_from_ptr(AW_GA(self)->args), &h2)) return AW_ERROR;
    *out = (h1 ^ h2) & INT64_MAX;
    return AW_OK;
}

/* list[int](...) makes a list. */
static AwValue ga_call(AwVM *vm, AwValue callee, int argc, const AwValue *argv, AwTuple *kw) {
    AwValue obj = vm_call(vm, AW_GA(callee)->origin, argc, argv, kw);
    if (obj == AW_ERR || gc_push_root(vm, obj)) return AW_ERR;
    /* the instance remembers its alias (CPython's set_orig_class); objects that refuse new
       attributes are left alone */
    if (ops_setattr(vm, obj, str_intern_cstr(vm, "__orig_class__"), callee) != AW_OK) {
        if (vm_exc_matches(vm, &aw_exc_AttributeError) || vm_exc_matches(vm, &aw_exc_TypeError)) vm_exc_clear(vm);
        else obj = AW_ERR;
    }
    gc_pop_roots(vm, 1);
    return obj;
}

static AwValue ga_binary(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    return op == AW_BINOP_OR ? union_or(vm, a, b) : AW_NOTIMPL;
}

/* The alias's own attributes (CPython's attr_exceptions); every other one is the origin's. */
static AwValue ga_getattr(AwVM *vm, AwValue self, AwStr *name) {
    static const char *const own[] = {"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                                      "__typing_unpacked_tuple_args__", "__mro_entries__",
                                      "__reduce__", "__reduce_ex__", "__copy__", "__deepcopy__", NULL};
    for (int i = 0; own[i]; i++)
        if (str_equal_cstr(name, own[i])) return object_generic_getattr(vm, self, name);
    return ops_getattr(vm, AW_GA(self)->origin, name);
}

/* Appends v to list l unless it is there already (type variables compare by identity). */
static AwStatus add_unique(AwVM *vm, AwList *l, AwValue v) {
    for (int64_t i = 0; i < l->len; i++)
        if (l->items[i] == v) return AW_OK;
    return list_append(vm, l, v);
}

/* __parameters__ (CPython's _Py_make_parameters): the arguments that substitute (have
 * __typing_subst__, as TypeVar), then those of arguments that have __parameters__ of their own
 * (list[T] inside dict[str, list[T]]), each once, in order. Classes are skipped. */
static AwTuple *parameters(AwVM *vm, AwGenericAlias *ga) {
    if (ga->params) return ga->params;
    AwTuple *r = genericalias_make_parameters(vm, ga->args);
    if (r) ga->params = r;
    return r;
}

AwTuple *genericalias_make_parameters(AwVM *vm, AwTuple *args) {
    AwStr *name_subst = str_intern_cstr(vm, "__typing_subst__"), *name_params = str_intern_cstr(vm, "__parameters__");
    if (!name_subst || !name_params) return NULL;
    AwList *l = list_new(vm, 0);
    if (!l || gc_push_root(vm, value_from_ptr(l))) return NULL;
    AwStatus st = AW_OK;
    for (int64_t i = 0; st == AW_OK && i < args->len; i++) {
        AwValue t = args->items[i];
        if (value_is_instance(t, &aw_type_type)) continue;
        AwValue subst = ops_getattr_opt(vm, t, name_subst);
        if (subst == AW_ERR) { st = AW_ERROR; break; }
        if (subst != AW_EMPTY) { st = add_unique(vm, l, t); continue; }
        AwValue sub = ops_getattr_opt(vm, t, name_params);
        if (sub == AW_ERR) { st = AW_ERROR; break; }
        if (sub == AW_EMPTY || !value_is_tuple(sub)) continue;
        for (int64_t k = 0; st == AW_OK && k < AW_TUPLE(sub)->len; k++) st = add_unique(vm, l, AW_TUPLE(sub)->items[k]);
    }
    AwTuple *r = st == AW_OK ? tuple_from(vm, l->len, l->items) : NULL;
    gc_pop_roots(vm, 1);
    return r;
}

static int64_t param_index(AwTuple *params, AwValue v) {
    for (int64_t i = 0; i < params->len; i++)
        if (params->items[i] == v) return i;
    return -1;
}

/* A TypeVarTuple parameter (CPython tests its type's tp_iter): its item is a tuple spliced
 * into the arguments. */
static bool is_typevartuple(AwVM *vm, AwValue param) {
    AwType *t = type_of(param);
    return t->iter != NULL || type_lookup(t, str_intern_cstr(vm, "__iter__")) != AW_EMPTY;
}

/* An argument of a nested alias with the parameters replaced (CPython's subs_tvars):
 * list[T] with T=int gives list[int]; a TypeVarTuple's items are spliced in. */
static AwValue subs_tvars(AwVM *vm, AwValue obj, AwTuple *params, AwTuple *items) {
    AwValue sub = ops_getattr_opt(vm, obj, str_intern_cstr(vm, "__parameters__"));
    if (sub == AW_ERR) return AW_ERR;
    if (sub == AW_EMPTY || !value_is_tuple(sub) || AW_TUPLE(sub)->len == 0) return obj;
    if (gc_push_root(vm, sub)) return AW_ERR;
    AwList *subargs = list_new(vm, 0);
    if (!subargs || gc_push_root(vm, value_from_ptr(subargs))) { gc_pop_roots(vm, 1); return AW_ERR; }
    AwValue r = AW_NONE;
    for (int64_t k = 0; k < AW_TUPLE(sub)->len && r != AW_ERR; k++) {
        AwValue arg = AW_TUPLE(sub)->items[k];
        int64_t i = param_index(params, arg);
        if (i >= 0) {
            AwValue param = params->items[i];
            arg = items->items[i];
            if (is_typevartuple(vm, param) && value_is_tuple(arg)) {
                for (int64_t j = 0; j < AW_TUPLE(arg)->len && r != AW_ERR; j++)
                    if (list_append(vm, subargs, AW_TUPLE(arg)->items[j])) r = AW_ERR;
                continue;
            }
        }
        if (list_append(vm, subargs, arg)) r = AW_ERR;
    }
    if (r != AW_ERR) {
        AwTuple *t = tuple_from(vm, subargs->len, subargs->items);
        r = t ? ops_getitem(vm, obj, value_from_ptr(t)) : AW_ERR;
    }
    gc_pop_roots(vm, 2);
    return r;
}

/* The items of `*tuple[int, str]` (or a typing.Unpack[Tuple[...]] through
 * __typing_unpacked_tuple_args__), or AW_EMPTY when arg is not an unpacked tuple. */
static AwValue unpacked_tuple_args(AwVM *vm, AwValue arg) {
    if (genericalias_check(arg) && AW_GA(arg)->starred && AW_GA(arg)->origin == value_from_ptr(&aw_type_tuple))
        return value_from_ptr(AW_GA(arg)->args);
    AwValue r = ops_getattr_opt(vm, arg, str_intern_cstr(vm, "__typing_unpacked_tuple_args__"));
    return r == AW_NONE ? AW_EMPTY : r;
}

/* The subscript as a tuple with `*tuple[X, Y]` items spread out (`*tuple[X, ...]` stays). */
static AwTuple *unpack_args(AwVM *vm, AwValue item) {
    AwTuple *in = value_is_tuple(item) ? AW_TUPLE(item) : tuple_from(vm, 1, &item);
    if (!in || gc_push_root(vm, value_from_ptr(in))) return NULL;
    AwList *out = list_new(vm, 0);
    AwTuple *r = NULL;
    if (!out || gc_push_root(vm, value_from_ptr(out))) { gc_pop_roots(vm, 1); return NULL; }
    for (int64_t i = 0; i < in->len; i++) {
        AwValue v = in->items[i];
        if (!value_is_instance(v, &aw_type_type)) {
            AwValue sub = unpacked_tuple_args(vm, v);
            if (sub == AW_ERR) goto done;
            if (sub != AW_EMPTY && value_is_tuple(sub) &&
                !(AW_TUPLE(sub)->len && AW_TUPLE(sub)->items[AW_TUPLE(sub)->len - 1] == AW_ELLIPSIS)) {
                for (int64_t j = 0; j < AW_TUPLE(sub)->len; j++)
                    if (list_append(vm, out, AW_TUPLE(sub)->items[j])) goto done;
                continue;
            }
        }
        if (list_append(vm, out, v)) goto done;
    }
    r = tuple_from(vm, out->len, out->items);
done:
    gc_pop_roots(vm, 2);
    return r;
}

/* CPython's _Py_subs_parameters: the new __args__ of self[item], where self's arguments are
 * args with parameters params (NULL with an exception set). Parameters with __typing_prepare_subst__ (TypeVarTuple,
 * ParamSpec) first reshape the items; then each type variable is replaced through its
 * __typing_subst__, a nested alias by subscripting it, and an unpacked TypeVarTuple's tuple
 * is spliced in. */
AwTuple *genericalias_subs_parameters(AwVM *vm, AwValue self, AwTuple *args, AwTuple *params, AwValue key) {
    if (params->len == 0) {
        AwValue r = ops_repr(vm, self);
        if (r == AW_ERR) return NULL;
        vm_raise(vm, &aw_exc_TypeError, "%s is not a generic class", AW_STR(r)->data);
        return NULL;
    }
    AwTuple *items = unpack_args(vm, key);
    if (!items || gc_push_root(vm, value_from_ptr(items))) return NULL;
    int roots = 1;
    AwTuple *result = NULL;
    AwStr *name_prepare = str_intern_cstr(vm, "__typing_prepare_subst__");
    AwStr *name_subst = str_intern_cstr(vm, "__typing_subst__");
    AwStr *name_unpacked = str_intern_cstr(vm, "__typing_is_unpacked_typevartuple__");
    for (int64_t i = 0; i < params->len; i++) {
        AwValue prepare = ops_getattr_opt(vm, params->items[i], name_prepare);
        if (prepare == AW_ERR) goto done;
        if (prepare == AW_EMPTY || prepare == AW_NONE) continue;
        AwValue argv[2] = {self, value_from_ptr(items)};
        AwValue t = vm_call(vm, prepare, 2, argv, NULL);
        if (t == AW_ERR) goto done;
        if (!value_is_tuple(t)) {
            t = value_from_ptr(tuple_from(vm, 1, &t));
            if (!value_as_ptr(t)) goto done;
        }
        items = AW_TUPLE(t);
        if (gc_push_root(vm, t)) goto done;
        roots++;
    }
    if (items->len != params->len) {
        AwValue r = ops_repr(vm, self);
        if (r == AW_ERR) goto done;
        vm_raise(vm, &aw_exc_TypeError, "Too %s arguments for %s; actual %lld, expected %lld",
                 items->len > params->len ? "many" : "few", AW_STR(r)->data, (long long)items->len,
                 (long long)params->len);
        goto done;
    }
    AwList *out = list_new(vm, args->len);
    if (!out || gc_push_root(vm, value_from_ptr(out))) goto done;
    roots++;
    for (int64_t i = 0; i < args->len; i++) {
        AwValue arg = args->items[i];
        if (value_is_instance(arg, &aw_type_type)) {
            if (list_append(vm, out, arg)) goto done;
            continue;
        }
        int unpack = 0;
        AwValue u = ops_getattr_opt(vm, arg, name_unpacked);
        if (u == AW_ERR) goto done;
        if (u != AW_EMPTY && (unpack = ops_truthy(vm, u)) < 0) goto done;
        AwValue subst = ops_getattr_opt(vm, arg, name_subst);
        if (subst == AW_ERR) goto done;
        if (subst != AW_EMPTY) {
            int64_t k = param_index(params, arg);
            arg = k < 0 ? arg : vm_call(vm, subst, 1, &items->items[k], NULL);
        } else {
            arg = subs_tvars(vm, arg, params, items);
        }
        if (arg == AW_ERR) goto done;
        if (unpack && value_is_tuple(arg)) {
            for (int64_t j = 0; j < AW_TUPLE(arg)->len; j++)
                if (list_append(vm, out, AW_TUPLE(arg)->items[j])) goto done;
        } else if (list_append(vm, out, arg)) {
            goto done;
        }
    }
    result = tuple_from(vm, out->len, out->items);
done:
    gc_pop_roots(vm, roots);
    return result;
}

/* list[T][int] is list[int]; an alias without parameters is "not a generic class". */
static AwValue ga_getitem(AwVM *vm, AwValue self, AwValue key) {
    AwGenericAlias *ga = AW_GA(self);
    AwTuple *params = parameters(vm, ga);
    if (!params) return AW_ERR;
    AwTuple *newargs = genericalias_subs_parameters(vm, self, ga->args, params, key);
    if (!newargs || gc_push_root(vm, value_from_ptr(newargs))) return AW_ERR;
    AwValue r = make(vm, &aw_type_generic_alias, ga->origin, value_from_ptr(newargs));
    if (r != AW_ERR) AW_GA(r)->starred = ga->starred;
    gc_pop_roots(vm, 1);
    return r;
}

/* iter(tuple[int, ...]): an iterator (CPython's generic_alias_iterator) yielding the one
 * starred alias `*tuple[int, ...]` (PEP 646); it pickles as iter(tuple[int, ...]). */
typedef struct {
    AwObject obj;    /* header */
    AwValue alias;   /* the unstarred alias, AW_EMPTY once its starred form was given out */
} AwGAIter;

static AwValue ga_iter(AwVM *vm, AwValue self) {
    AwGAIter *it = (AwGAIter *)gc_new(vm, &aw_type_generic_alias_iter, sizeof(AwGAIter));
    if (!it) return AW_ERR;
    it->alias = self;
    return value_from_ptr(it);
}

static AwValue ga_iter_next(AwVM *vm, AwValue self) {
    AwGAIter *it = (AwGAIter *)value_as_ptr(self);
    if (it->alias == AW_EMPTY) return AW_STOP;
    AwValue star = make(vm, &aw_type_generic_alias, AW_GA(it->alias)->origin, value_from_ptr(AW_GA(it->alias)->args));
    if (star == AW_ERR) return AW_ERR;
    AW_GA(star)->starred = true;
    it->alias = AW_EMPTY;
    return star;
}

static AwValue ga_iter_self(AwVM *vm, AwValue self) { return self; }

static AwValue ga_iter_m_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return iter_next_method(vm, argc, argv, &aw_type_generic_alias_iter);
}

static AwValue ga_iter_m_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 1 || !value_is_type(argv[0], &aw_type_generic_alias_iter))
        return vm_raise(vm, &aw_exc_TypeError, "__reduce__ needs a generic_alias_iterator");
    AwValue alias = ((AwGAIter *)value_as_ptr(argv[0]))->alias;
    if (alias == AW_EMPTY) {
        AwTuple *empty = tuple_empty(vm);
        if (!empty) return AW_ERR;
        alias = value_from_ptr(empty);
    }
    return iter_reduce(vm, "iter", alias, AW_EMPTY);
}

static void ga_iter_trace(AwGC *gc, AwObject *self) { gc_mark_value(gc, ((AwGAIter *)self)->alias); }

static const AwMethodDef ga_iter_methods[] = {
    {"__iter__", iter_self_method, 0},
    {"__next__", ga_iter_m_next, 0},
    {"__reduce__", ga_iter_m_reduce, 0},
    {NULL, NULL, 0},
};

AwType aw_type_generic_alias_iter = {
    .name = "generic_alias_iterator",
    .base = &aw_type_object,
    .instance_size = sizeof(AwGAIter),
    .flags = AW_TYPE_ABSTRACT,
    .iter = ga_iter_self,
    .next = ga_iter_next,
    .trace = ga_iter_trace,
    .methods = ga_iter_methods,
};

static AwValue ga_get_unpacked(AwVM *vm, AwValue self) { return value_from_bool(AW_GA(self)->starred); }
/* `*tuple[int, str]`'s items; None for anything else */
static AwValue ga_get_unpacked_tuple_args(AwVM *vm, AwValue self) {
    AwGenericAlias *ga = AW_GA(self);
    return ga->starred && ga->origin == value_from_ptr(&aw_type_tuple) ? value_from_ptr(ga->args) : AW_NONE;
}
static AwValue ga_get_origin(AwVM *vm, AwValue self) { return AW_GA(self)->origin; }
static AwValue ga_get_args(AwVM *vm, AwValue self) { return value_from_ptr(AW_GA(self)->args); }

static AwValue ga_get_parameters(AwVM *vm, AwValue self) {
    AwTuple *t = parameters(vm, AW_GA(self));
    return t ? value_from_ptr(t) : AW_ERR;
}

/* GenericAlias.__getitem__, for a subclass's super().__getitem__(item). */
static AwValue ga_m_getitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__getitem__", kw) || args_count(vm, "__getitem__", argc - 1, 1, 1)) return AW_ERR;
    if (!genericalias_check(argv[0])) return vm_raise(vm, &aw_exc_TypeError, "__getitem__ needs a GenericAlias");
    return ga_getitem(vm, argv[0], argv[1]);
}

/* copy and pickle: GenericAlias(origin, args). */
static AwValue ga_m_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__reduce__", kw) || args_count(vm, "__reduce__", argc - 1, 0, 0)) return AW_ERR;
    if (!genericalias_check(argv[0])) return vm_raise(vm, &aw_exc_TypeError, "__reduce__ needs a GenericAlias");
    if (AW_GA(argv[0])->starred) {
        /* next(iter(tuple[int])) rebuilds *tuple[int] */
        AwValue plain = make(vm, &aw_type_generic_alias, AW_GA(argv[0])->origin, value_from_ptr(AW_GA(argv[0])->args));
        if (plain == AW_ERR || gc_push_root(vm, plain)) return AW_ERR;
        AwValue it = ga_iter(vm, plain);
        gc_pop_roots(vm, 1);
        if (it == AW_ERR || gc_push_root(vm, it)) return AW_ERR;
        AwValue next = module_get(vm->builtins, "next");
        AwTuple *a = next == AW_EMPTY ? NULL : tuple_from(vm, 1, &it);
        AwTuple *r = a ? tuple_pack2(vm, next, value_from_ptr(a)) : NULL;   /* a is held by a fresh tuple */
        gc_pop_roots(vm, 1);
        if (next == AW_EMPTY) return vm_raise(vm, &aw_exc_RuntimeError, "lost builtins.next");
        return r ? value_from_ptr(r) : AW_ERR;
    }
    AwTuple *args = tuple_pack2(vm, AW_GA(argv[0])->origin, value_from_ptr(AW_GA(argv[0])->args));
    if (!args || gc_push_root(vm, value_from_ptr(args))) return AW_ERR;
    AwTuple *r = tuple_pack2(vm, value_from_ptr(type_of(argv[0])), value_from_ptr(args));
    gc_pop_roots(vm, 1);
    return r ? value_from_ptr(r) : AW_ERR;
}

/* class C(list[int]): the base is list. */
static AwValue ga_m_mro_entries(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__mro_entries__", argc - 1, 1, 1)) return AW_ERR;
    AwTuple *t = tuple_from(vm, 1, &AW_GA(argv[0])->origin);
    return t ? value_from_ptr(t) : AW_ERR;
}

static AwValue ga_m_instancecheck(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return vm_raise(vm, &aw_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static AwValue ga_m_subclasscheck(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return vm_raise(vm, &aw_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static void ga_trace(AwGC *gc, AwObject *self) {
    AwGenericAlias *ga = (AwGenericAlias *)self;
    gc_mark_value(gc, ga->origin);
    gc_mark_object(gc, &ga->args->obj);
    if (ga->params) gc_mark_object(gc, &ga->params->obj);
}

static const AwMethodDef ga_methods[] = {
    {"__new__", ga_m_new, AW_METH_STATIC},
    {"__repr__", ga_m_repr, 0},
    {"__mro_entries__", ga_m_mro_entries, 0},
    {"__reduce__", ga_m_reduce, 0},
    {"__getitem__", ga_m_getitem, 0},
    {"__instancecheck__", ga_m_instancecheck, 0},
    {"__subclasscheck__", ga_m_subclasscheck, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef ga_getsets[] = {
    {"__origin__", ga_get_origin, NULL},
    {"__args__", ga_get_args, NULL},
    {"__parameters__", ga_get_parameters, NULL},
    {"__unpacked__", ga_get_unpacked, NULL},
    {"__typing_unpacked_tuple_args__", ga_get_unpacked_tuple_args, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_generic_alias = {
    .name = "GenericAlias",
    .base = &aw_type_object,
    .instance_size = sizeof(AwGenericAlias),
    .flags = AW_TYPE_BASETYPE,   /* collections.abc's _CallableGenericAlias derives from it */
    .repr = ga_repr,
    .hash = ga_hash,
    .compare = ga_compare,
    .call = ga_call,
    .getattr = ga_getattr,
    .getitem = ga_getitem,
    .iter = ga_iter,
    .binary = ga_binary,
    .rbinary = ga_binary,
    .new_ = ga_new,
    .trace = ga_trace,
    .methods = ga_methods,
    .getsets = ga_getsets,
};
