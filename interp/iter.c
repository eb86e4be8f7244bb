/* iter.c — the built-in iterator types (see iter.h).
 *
 * Iterators that call aw code between fetching items (zip, map, filter) keep what they have
 * fetched in a rooted tuple or on the root stack, since nothing else references it yet.
 */
#include "interp/iter.h"
#include "interp/args.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

/* ---- shared method bodies ---- */

AwValue iter_self_method(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc != 1 || (kwnames && kwnames->len))
        return vm_raise(vm, &aw_exc_TypeError, "expected 0 arguments, got %d", argc - 1);
    return argv[0];
}

AwValue iter_next_method(AwVM *vm, int argc, const AwValue *argv, AwType *type) {
    if (argc != 1) return vm_raise(vm, &aw_exc_TypeError, "expected 0 arguments, got %d", argc - 1);
    if (!value_is_instance(argv[0], type))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '__next__' requires a '%s' object but received a '%s'",
                        type->name, ops_type_name(argv[0]));
    AwValue r = type->next(vm, argv[0]);
    if (r == AW_STOP) return vm_raise_value(vm, value_from_ptr(&aw_exc_StopIteration));
    return r;
}

AwValue iter_hint_method(AwVM *vm, int argc, const AwValue *argv, AwType *type, int64_t (*remaining)(AwValue it)) {
    if (argc != 1) return vm_raise(vm, &aw_exc_TypeError, "expected 0 arguments, got %d", argc - 1);
    if (!value_is_instance(argv[0], type))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '__length_hint__' for '%s' objects doesn't apply to a '%s' object",
                        type->name, ops_type_name(argv[0]));
    return int_from_i64(vm, remaining(argv[0]));
}

AwValue iter_reduce(AwVM *vm, const char *fn, AwValue seq, AwValue state) {
    AwStr *name = str_intern_cstr(vm, fn);
    AwValue callable = name ? dict_get_str(vm->builtins->dict, name) : AW_EMPTY;
    if (callable == AW_EMPTY) return name ? vm_raise(vm, &aw_exc_RuntimeError, "lost builtins.%s", fn) : AW_ERR;
    AwTuple *args = tuple_from(vm, 1, &seq);
    if (!args) return AW_ERR;
    AwValue items[3] = {callable, value_from_ptr(args), state};
    AwTuple *r = tuple_from(vm, state == AW_EMPTY ? 2 : 3, items);
    return r ? value_from_ptr(r) : AW_ERR;
}

static void no_free(AwVM *vm, AwObject *self) {}
static AwValue self_iter(AwVM *vm, AwValue self) { return self; }

/* ---- list and tuple iterators ---- */

static AwValue new_seq_iter(AwVM *vm, AwType *type, AwObject *seq, int64_t index) {
    AwListIter *it = (AwListIter *)gc_new(vm, type, sizeof(AwListIter));
    if (!it) return AW_ERR;
    it->list = (AwList *)seq;
    it->index = index;
    return value_from_ptr(it);
}

AwValue iter_list_new(AwVM *vm, AwList *list) { return new_seq_iter(vm, &aw_type_list_iter, &list->obj, 0); }

AwValue iter_list_reversed(AwVM *vm, AwList *list) {
    return new_seq_iter(vm, &aw_type_list_reviter, &list->obj, list->len - 1);
}

AwValue iter_tuple_new(AwVM *vm, AwTuple *tuple) { return new_seq_iter(vm, &aw_type_tuple_iter, &tuple->obj, 0); }

static AwValue list_iter_next(AwVM *vm, AwValue self) {
    AwListIter *it = AW_AS(AwListIter, self);
    if (it->list && it->index < it->list->len) return it->list->items[it->index++];
    it->list = NULL;
    return AW_STOP;
}

static AwValue list_reviter_next(AwVM *vm, AwValue self) {
    AwListIter *it = AW_AS(AwListIter, self);
    if (it->list && it->index >= 0 && it->index < it->list->len) return it->list->items[it->index--];
    it->list = NULL;
    it->index = -1;
    return AW_STOP;
}

static AwValue tuple_iter_next(AwVM *vm, AwValue self) {
    AwTupleIter *it = AW_AS(AwTupleIter, self);
    if (it->tuple && it->index < it->tuple->len) return it->tuple->items[it->index++];
    it->tuple = NULL;
    return AW_STOP;
}

static void seq_iter_trace(AwGC *gc, AwObject *self) { gc_mark_object(gc, (AwObject *)((AwListIter *)self)->list); }

static AwValue m_list_iter_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return iter_next_method(vm, argc, argv, &aw_type_list_iter);
}
static AwValue m_list_reviter_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return iter_next_method(vm, argc, argv, &aw_type_list_reviter);
}
static AwValue m_tuple_iter_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return iter_next_method(vm, argc, argv, &aw_type_tuple_iter);
}

static int64_t list_iter_left(AwValue self) {
    AwListIter *it = AW_AS(AwListIter, self);
    return it->list && it->index < it->list->len ? it->list->len - it->index : 0;
}
static int64_t list_reviter_left(AwValue self) {
    AwListIter *it = AW_AS(AwListIter, self);
    return it->list && it->index < it->list->len ? it->index + 1 : 0;
}
static int64_t tuple_iter_left(AwValue self) {
    AwTupleIter *it = AW_AS(AwTupleIter, self);
    return it->tuple ? it->tuple->len - it->index : 0;
}
static AwValue m_list_iter_hint(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return iter_hint_method(vm, argc, argv, &aw_type_list_iter, list_iter_left);
}
static AwValue m_list_reviter_hint(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return iter_hint_method(vm, argc, argv, &aw_type_list_reviter, list_reviter_left);
}
static AwValue m_tuple_iter_hint(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return iter_hint_method(vm, argc, argv, &aw_type_tuple_iter, tuple_iter_left);
}

/* __reduce__ of the sequence iterators, as CPython's: (iter or reversed, (seq,), index) while
 * the sequence is held, (iter, (empty,)) once exhausted. */
static AwValue seq_iter_reduce(AwVM *vm, AwValue self, AwType *type, const char *fn_name) {
    if (!value_is_type(self, type))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '__reduce__' requires a '%s' object but received a '%s'",
                        type->name, ops_type_name(self));
    AwListIter *it = AW_AS(AwListIter, self);   /* a tuple iterator has the same shape */
    AwValue fn = module_get(vm->builtins, it->list ? fn_name : "iter");
    if (fn == AW_EMPTY) return vm_raise(vm, &aw_exc_RuntimeError, "lost builtins.%s", fn_name);
    AwValue seq;
    if (it->list) seq = value_from_ptr(it->list);
    else {
        AwObject *empty = type == &aw_type_tuple_iter ? (AwObject *)tuple_new(vm, 0) : (AwObject *)list_new(vm, 0);
        if (!empty) return AW_ERR;
        seq = value_from_ptr(empty);
    }
    AwTuple *args = tuple_from(vm, 1, &seq);
    if (!args) return AW_ERR;
    AwValue items[3] = {fn, value_from_ptr(args), value_from_small(it->index)};
    AwTuple *r = tuple_from(vm, it->list ? 3 : 2, items);
    return r ? value_from_ptr(r) : AW_ERR;
}

/* __setstate__(index): the next index, clamped to the sequence; nothing once exhausted. */
/* The checked argument of an iterator's __setstate__(index) (argv[0] must be a `type`). */
static AwStatus setstate_arg(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw, AwType *type, int64_t *index) {
    if (args_no_kwargs(vm, "__setstate__", kw) || args_count(vm, "__setstate__", argc - 1, 1, 1)) return AW_ERROR;
    if (!value_is_type(argv[0], type))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "descriptor '__setstate__' requires a '%s' object but received a '%s'",
                                type->name, ops_type_name(argv[0])));
    if (!int_check(argv[1])) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "an integer is required"));
    return args_int(vm, argv[1], index);
}

static AwValue seq_iter_setstate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw, AwType *type) {
    int64_t index;
    if (setstate_arg(vm, argc, argv, kw, type, &index)) return AW_ERR;
    AwListIter *it = AW_AS(AwListIter, argv[0]);
    if (!it->list) return AW_NONE;
    int64_t len = type == &aw_type_tuple_iter ? ((AwTuple *)it->list)->len : it->list->len;
    int64_t lo = type == &aw_type_list_reviter ? -1 : 0, hi = type == &aw_type_list_reviter ? len - 1 : len;
    it->index = index < lo ? lo : index > hi ? hi : index;
    return AW_NONE;
}

static AwValue m_list_iter_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__reduce__", argc - 1, 0, 0)) return AW_ERR;
    return seq_iter_reduce(vm, argv[0], &aw_type_list_iter, "iter");
}
static AwValue m_list_reviter_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__reduce__", argc - 1, 0, 0)) return AW_ERR;
    return seq_iter_reduce(vm, argv[0], &aw_type_list_reviter, "reversed");
}
static AwValue m_tuple_iter_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__reduce__", argc - 1, 0, 0)) return AW_ERR;
    return seq_iter_reduce(vm, argv[0], &aw_type_tuple_iter, "iter");
}
static AwValue m_list_iter_setstate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return seq_iter_setstate(vm, argc, argv, kw, &aw_type_list_iter);
}
static AwValue m_list_reviter_setstate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return seq_iter_setstate(vm, argc, argv, kw, &aw_type_list_reviter);
}
static AwValue m_tuple_iter_setstate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return seq_iter_setstate(vm, argc, argv, kw, &aw_type_tuple_iter);
}

static const AwMethodDef list_iter_methods[] = {
    {"__iter__", iter_self_method, AW_METH_DEFAULT},
    {"__next__", m_list_iter_next, AW_METH_DEFAULT},
    {"__length_hint__", m_list_iter_hint, AW_METH_DEFAULT},
    {"__reduce__", m_list_iter_reduce, AW_METH_DEFAULT},
    {"__setstate__", m_list_iter_setstate, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};
static const AwMethodDef list_reviter_methods[] = {
    {"__iter__", iter_self_method, AW_METH_DEFAULT},
    {"__next__", m_list_reviter_next, AW_METH_DEFAULT},
    {"__length_hint__", m_list_reviter_hint, AW_METH_DEFAULT},
    {"__reduce__", m_list_reviter_reduce, AW_METH_DEFAULT},
    {"__setstate__", m_list_reviter_setstate, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};
static const AwMethodDef tuple_iter_methods[] = {
    {"__iter__", iter_self_method, AW_METH_DEFAULT},
    {"__next__", m_tuple_iter_next, AW_METH_DEFAULT},
    {"__length_hint__", m_tuple_iter_hint, AW_METH_DEFAULT},
    {"__reduce__", m_tuple_iter_reduce, AW_METH_DEFAULT},
    {"__setstate__", m_tuple_iter_setstate, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwType aw_type_list_iter = {
    .name = "list_iterator", .base = &aw_type_object, .instance_size = sizeof(AwListIter),
    .flags = AW_TYPE_ABSTRACT, .methods = list_iter_methods, .iter = self_iter, .next = list_iter_next,
    .trace = seq_iter_trace, .free_ = no_free,
};
AwType aw_type_list_reviter = {
    .name = "list_reverseiterator", .base = &aw_type_object, .instance_size = sizeof(AwListIter),
    .flags = AW_TYPE_ABSTRACT, .methods = list_reviter_methods, .iter = self_iter, .next = list_reviter_next,
    .trace = seq_iter_trace, .free_ = no_free,
};
AwType aw_type_tuple_iter = {
    .name = "tuple_iterator", .base = &aw_type_object, .instance_size = sizeof(AwTupleIter),
    .flags = AW_TYPE_ABSTRACT, .methods = tuple_iter_methods, .iter = self_iter, .next = tuple_iter_next,
    .trace = seq_iter_trace, .free_ = no_free,
};

/* ---- enumerate ---- */

typedef struct {
    AwObject obj;    /* header */
    AwValue it;      /* the underlying iterator */
    AwValue count;   /* the next index: an int value (small or big) */
} AwEnumerate;

static AwValue enumerate_new_(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"iterable", "start", NULL};
    AwValue a[2];
    if (args_parse(vm, "enumerate", argc, argv, kwnames, names, 0, 2, a) != AW_OK) return AW_ERR;
    if (a[0] == AW_EMPTY) return vm_raise(vm, &aw_exc_TypeError, "enumerate() missing required argument 'iterable'");
    AwValue start = value_from_small(0);
    if (a[1] != AW_EMPTY && (start = ops_index(vm, a[1])) == AW_ERR) return AW_ERR;
    if (value_is_bool(start)) start = value_from_small(start == AW_TRUE);
    if (gc_push_root(vm, start) != AW_OK) return AW_ERR;   /* may be a fresh big int */
    AwValue it = ops_iter(vm, a[0]);
    gc_pop_roots(vm, 1);
    if (it == AW_ERR) return AW_ERR;
    AwEnumerate *e = (AwEnumerate *)gc_new(vm, type, type->instance_size);
    if (!e) return AW_ERR;
    e->it = it;
    e->count = start;
    return value_from_ptr(e);
}

static AwValue enumerate_next(AwVM *vm, AwValue self) {
    AwEnumerate *e = AW_AS(AwEnumerate, self);
    AwValue item = ops_next(vm, e->it);
    if (item == AW_STOP || item == AW_ERR) return item;
    AwValue index = e->count, next;
    if (value_is_int(index) && value_as_small(index) < AW_SMALLINT_MAX) next = value_from_small(value_as_small(index) + 1);
    else if ((next = int_binary_op(vm, index, value_from_small(1), AW_BINOP_ADD)) == AW_ERR) return AW_ERR;
    e->count = next;
    AwTuple *t = tuple_pack2(vm, index, item);
    return t ? value_from_ptr(t) : AW_ERR;
}

static void enumerate_trace(AwGC *gc, AwObject *self) {
    AwEnumerate *e = (AwEnumerate *)self;
    gc_mark_value(gc, e->it);
    gc_mark_value(gc, e->count);
}

static AwValue m_enumerate_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return iter_next_method(vm, argc, argv, &aw_type_enumerate);
}

/* __reduce__: (type(self), (iterator, next index)), as CPython's enum_reduce. */
static AwValue m_enumerate_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__reduce__", argc - 1, 0, 0)) return AW_ERR;
    if (!value_is_instance(argv[0], &aw_type_enumerate))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '__reduce__' requires a 'enumerate' object but received a '%s'",
                        ops_type_name(argv[0]));
    AwEnumerate *e = AW_AS(AwEnumerate, argv[0]);
    AwTuple *args = tuple_pack2(vm, e->it, e->count);
    if (!args) return AW_ERR;
    AwTuple *r = tuple_pack2(vm, value_from_ptr(type_of(argv[0])), value_from_ptr(args));
    return r ? value_from_ptr(r) : AW_ERR;
}

static const AwMethodDef enumerate_methods[] = {
    {"__iter__", iter_self_method, AW_METH_DEFAULT},
    {"__next__", m_enumerate_next, AW_METH_DEFAULT},
    {"__reduce__", m_enumerate_reduce, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwType aw_type_enumerate = {
    .name = "enumerate", .base = &aw_type_object, .instance_size = sizeof(AwEnumerate),
    .flags = AW_TYPE_BASETYPE, .methods = enumerate_methods, .iter = self_iter, .next = enumerate_next,
    .new_ = enumerate_new_, .trace = enumerate_trace, .free_ = no_free,
};

/* ---- zip ---- */

typedef struct {
    AwObject obj;     /* header */
    AwTuple *iters;   /* one iterator per argument */
    bool strict;      /* zip(..., strict=True): unequal lengths raise ValueError */
} AwZip;

/* Iterators for every value of argv (a tuple), rooted until returned. */
static AwTuple *iterators_of(AwVM *vm, int n, const AwValue *argv) {
    AwTuple *t = tuple_new(vm, n);
    if (!t || gc_push_root(vm, value_from_ptr(t)) != AW_OK) return NULL;
    for (int i = 0; i < n; i++) {
        AwValue it = ops_iter(vm, argv[i]);
        if (it == AW_ERR) {
            gc_pop_roots(vm, 1);
            return NULL;
        }
        t->items[i] = it;
    }
    gc_pop_roots(vm, 1);
    return t;
}

static AwValue zip_new_(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    bool strict = false;
    for (int i = 0; i < nkw; i++) {
        AwStr *name = AW_STR(kwnames->items[i]);
        if (!str_equal_cstr(name, "strict"))
            return vm_raise(vm, &aw_exc_TypeError, "'%s' is an invalid keyword argument for zip()", name->data);
        int t = ops_truthy(vm, argv[argc + i]);
        if (t < 0) return AW_ERR;
        strict = t;
    }
    AwTuple *iters = iterators_of(vm, argc, argv);
    if (!iters) return AW_ERR;
    AwZip *z = (AwZip *)gc_new(vm, type, type->instance_size);
    if (!z) return AW_ERR;
    z->iters = iters;
    z->strict = strict;
    return value_from_ptr(z);
}

/* strict=True: argument i (0-based) ran out first; report which one is shorter or longer. */
static AwValue zip_strict_check(AwVM *vm, AwZip *z, int64_t i) {
    const char *plural = i == 1 ? " " : "s 1-";
    if (i > 0)
        return vm_raise(vm, &aw_exc_ValueError, "zip() argument %lld is shorter than argument%s%lld",
                        (long long)i + 1, plural, (long long)i);
    for (i = 1; i < z->iters->len; i++) {
        AwValue v = ops_next(vm, z->iters->items[i]);
        if (v == AW_ERR) return AW_ERR;
        if (v != AW_STOP) {
            plural = i == 1 ? " " : "s 1-";
            return vm_raise(vm, &aw_exc_ValueError, "zip() argument %lld is longer than argument%s%lld",
                            (long long)i + 1, plural, (long long)i);
        }
    }
    return AW_STOP;
}

static AwValue zip_next(AwVM *vm, AwValue self) {
    AwZip *z = AW_AS(AwZip, self);
    int64_t n = z->iters->len;
    if (n == 0) return AW_STOP;
    AwTuple *t = tuple_new(vm, n);
    if (!t || gc_push_root(vm, value_from_ptr(t)) != AW_OK) return AW_ERR;
    AwValue r = value_from_ptr(t);
    for (int64_t i = 0; i < n; i++) {
        AwValue v = ops_next(vm, z->iters->items[i]);
        if (v == AW_STOP && z->strict) v = zip_strict_check(vm, z, i);
        if (v == AW_STOP || v == AW_ERR) {
            r = v;
            break;
        }
        t->items[i] = v;
    }
    gc_pop_roots(vm, 1);
    return r;
}

static void zip_trace(AwGC *gc, AwObject *self) { gc_mark_object(gc, (AwObject *)((AwZip *)self)->iters); }

static AwValue m_zip_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return iter_next_method(vm, argc, argv, &aw_type_zip);
}

static const AwMethodDef zip_methods[] = {
    {"__iter__", iter_self_method, AW_METH_DEFAULT},
    {"__next__", m_zip_next, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwType aw_type_zip = {
    .name = "zip", .base = &aw_type_object, .instance_size = sizeof(AwZip),
    .flags = AW_TYPE_BASETYPE, .methods = zip_methods, .iter = self_iter, .next = zip_next,
    .new_ = zip_new_, .trace = zip_trace, .free_ = no_free,
};

/* ---- map ---- */

typedef struct {
    AwObject obj;     /* header */
    AwValue func;     /* the function applied */
    AwTuple *iters;   /* one iterator per iterable */
} AwMap;

static AwValue map_new_(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (kwnames && kwnames->len && type == &aw_type_map)
        return vm_raise(vm, &aw_exc_TypeError, "map() takes no keyword arguments");
    if (argc < 2) return vm_raise(vm, &aw_exc_TypeError, "map() must have at least two arguments.");
    AwTuple *iters = iterators_of(vm, argc - 1, argv + 1);
    if (!iters) return AW_ERR;
    AwMap *m = (AwMap *)gc_new(vm, type, type->instance_size);
    if (!m) return AW_ERR;
    m->func = argv[0];
    m->iters = iters;
    return value_from_ptr(m);
}

static AwValue map_next(AwVM *vm, AwValue self) {
    AwMap *m = AW_AS(AwMap, self);
    int64_t n = m->iters->len;
    if (n == 1) {
        AwValue v = ops_next(vm, m->iters->items[0]);
        if (v == AW_STOP || v == AW_ERR) return v;
        return vm_call(vm, m->func, 1, &v, NULL);
    }
    AwTuple *args = tuple_new(vm, n);
    if (!args || gc_push_root(vm, value_from_ptr(args)) != AW_OK) return AW_ERR;
    AwValue r = AW_NONE;
    for (int64_t i = 0; i < n && r == AW_NONE; i++) {
        AwValue v = ops_next(vm, m->iters->items[i]);
        if (v == AW_STOP || v == AW_ERR) r = v;
        else args->items[i] = v;
    }
    if (r == AW_NONE) r = vm_call(vm, m->func, (int)n, args->items, NULL);
    gc_pop_roots(vm, 1);
    return r;
}

static void map_trace(AwGC *gc, AwObject *self) {
    AwMap *m = (AwMap *)self;
    gc_mark_value(gc, m->func);
    gc_mark_object(gc, (AwObject *)m->iters);
}

static AwValue m_map_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return iter_next_method(vm, argc, argv, &aw_type_map);
}

static const AwMethodDef map_methods[] = {
    {"__iter__", iter_self_method, AW_METH_DEFAULT},
    {"__next__", m_map_next, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwType aw_type_map = {
    .name = "map", .base = &aw_type_object, .instance_size = sizeof(AwMap),
    .flags = AW_TYPE_BASETYPE, .methods = map_methods, .iter = self_iter, .next = map_next,
    .new_ = map_new_, .trace = map_trace, .free_ = no_free,
};

/* ---- filter ---- */

typedef struct {
    AwObject obj;   /* header */
    AwValue func;   /* predicate, or None for truthiness */
    AwValue it;     /* the underlying iterator */
} AwFilter;

static AwValue filter_new_(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (kwnames && kwnames->len && type == &aw_type_filter)
        return vm_raise(vm, &aw_exc_TypeError, "filter() takes no keyword arguments");
    if (argc != 2) return vm_raise(vm, &aw_exc_TypeError, "filter expected 2 arguments, got %d", argc);
    AwValue it = ops_iter(vm, argv[1]);
    if (it == AW_ERR) return AW_ERR;
    AwFilter *f = (AwFilter *)gc_new(vm, type, type->instance_size);
    if (!f) return AW_ERR;
    f->func = argv[0];
    f->it = it;
    return value_from_ptr(f);
}

/* 1 if item passes the filter, 0 if not, -1 on error. item is rooted by the caller. */
static int filter_keeps(AwVM *vm, AwFilter *f, AwValue item) {
    if (f->func == AW_NONE || f->func == value_from_ptr(&aw_type_bool)) return ops_truthy(vm, item);
    AwValue r = vm_call(vm, f->func, 1, &item, NULL);
    if (r == AW_ERR) return -1;
    return ops_truthy(vm, r);
}

static AwValue filter_next(AwVM *vm, AwValue self) {
    AwFilter *f = AW_AS(AwFilter, self);
    for (;;) {
        AwValue item = ops_next(vm, f->it);
        if (item == AW_STOP || item == AW_ERR) return item;
        if (gc_push_root(vm, item) != AW_OK) return AW_ERR;
        int keep = filter_keeps(vm, f, item);
        gc_pop_roots(vm, 1);
        if (keep < 0) return AW_ERR;
        if (keep) return item;
    }
}

static void filter_trace(AwGC *gc, AwObject *self) {
    AwFilter *f = (AwFilter *)self;
    gc_mark_value(gc, f->func);
    gc_mark_value(gc, f->it);
}

static AwValue m_filter_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return iter_next_method(vm, argc, argv, &aw_type_filter);
}

static const AwMethodDef filter_methods[] = {
    {"__iter__", iter_self_method, AW_METH_DEFAULT},
    {"__next__", m_filter_next, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwType aw_type_filter = {
    .name = "filter", .base = &aw_type_object, .instance_size = sizeof(AwFilter),
    .flags = AW_TYPE_BASETYPE, .methods = filter_methods, .iter = self_iter, .next = filter_next,
    .new_ = filter_new_, .trace = filter_trace, .free_ = no_free,
};

/* ---- reversed and the sequence iterator (both index a sequence with ops_getitem) ---- */

typedef struct {
    AwObject obj;    /* header */
    AwValue seq;     /* the sequence, AW_EMPTY once exhausted */
    int64_t index;   /* next index to fetch */
} AwIndexIter;

static AwValue new_index_iter(AwVM *vm, AwType *type, AwValue seq, int64_t index) {
    AwIndexIter *it = (AwIndexIter *)gc_new(vm, type, type->instance_size);
    if (!it) return AW_ERR;
    it->seq = seq;
    it->index = index;
    return value_from_ptr(it);
}

/* seq[index]; AW_STOP when it raises IndexError or StopIteration. */
static AwValue fetch(AwVM *vm, AwIndexIter *it) {
    AwValue item = ops_getitem(vm, it->seq, int_from_i64(vm, it->index));
    if (item != AW_ERR) return item;
    if (!vm_exc_matches(vm, &aw_exc_IndexError) && !vm_exc_matches(vm, &aw_exc_StopIteration)) return AW_ERR;
    vm_exc_clear(vm);
    it->seq = AW_EMPTY;
    return AW_STOP;
}

AwValue iter_reversed_new(AwVM *vm, AwValue seq, int64_t len) {
    return new_index_iter(vm, &aw_type_reversed, seq, len - 1);
}

AwValue iter_reversed(AwVM *vm, AwValue seq) {
    if (value_is_list(seq)) return iter_list_reversed(vm, AW_LIST(seq));
    AwType *t = type_of(seq);
    AwValue meth = type_lookup(t, AW_NAME(vm, __reversed__));
    if (meth == AW_NONE) return vm_raise(vm, &aw_exc_TypeError, "'%s' object is not reversible", type_name(t));
    if (meth != AW_EMPTY) return vm_call_dunder(vm, seq, AW_NAME(vm, __reversed__), 0, NULL);
    if (!t->getitem || value_is_instance(seq, &aw_type_dict))
        return vm_raise(vm, &aw_exc_TypeError, "'%s' object is not reversible", type_name(t));
    int64_t n;
    if (ops_len(vm, seq, &n) != AW_OK) return AW_ERR;
    return new_index_iter(vm, &aw_type_reversed, seq, n - 1);
}

static AwValue reversed_new_(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (kwnames && kwnames->len && type == &aw_type_reversed)
        return vm_raise(vm, &aw_exc_TypeError, "reversed() takes no keyword arguments");
    if (argc != 1) return vm_raise(vm, &aw_exc_TypeError, "reversed expected 1 argument, got %d", argc);
    return iter_reversed(vm, argv[0]);
}

static AwValue reversed_next(AwVM *vm, AwValue self) {
    AwIndexIter *it = AW_AS(AwIndexIter, self);
    if (it->seq == AW_EMPTY || it->index < 0) {
        it->seq = AW_EMPTY;
        return AW_STOP;
    }
    AwValue item = fetch(vm, it);
    it->index--;
    return item;
}

AwValue iter_seq_new(AwVM *vm, AwValue seq) { return new_index_iter(vm, &aw_type_seq_iter, seq, 0); }

/* ops_iter calls the type with the sequence: iterator(seq). */
static AwValue seq_iter_new_(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc != 1 || (kwnames && kwnames->len))
        return vm_raise(vm, &aw_exc_TypeError, "cannot create 'iterator' instances");
    return iter_seq_new(vm, argv[0]);
}

static AwValue seq_iter_next(AwVM *vm, AwValue self) {
    AwIndexIter *it = AW_AS(AwIndexIter, self);
    if (it->seq == AW_EMPTY) return AW_STOP;
    AwValue item = fetch(vm, it);
    it->index++;
    return item;
}

static void index_iter_trace(AwGC *gc, AwObject *self) { gc_mark_value(gc, ((AwIndexIter *)self)->seq); }

static AwValue m_reversed_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return iter_next_method(vm, argc, argv, &aw_type_reversed);
}
static AwValue m_seq_iter_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return iter_next_method(vm, argc, argv, &aw_type_seq_iter);
}

static int64_t reversed_left(AwValue self) {
    AwIndexIter *it = AW_AS(AwIndexIter, self);
    return it->seq != AW_EMPTY && it->index >= 0 ? it->index + 1 : 0;
}
/* CPython's reversed_len: the items left, bounded by len(seq) asked again (errors propagate). */
static AwValue m_reversed_hint(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwValue r = iter_hint_method(vm, argc, argv, &aw_type_reversed, reversed_left);
    AwIndexIter *it = AW_AS(AwIndexIter, argv[0]);
    if (r == AW_ERR || it->seq == AW_EMPTY) return r;
    int64_t n;
    if (ops_len(vm, it->seq, &n)) return AW_ERR;
    int64_t left = reversed_left(argv[0]);   /* again: __len__ may have run the iterator */
    return value_from_small(n < left ? 0 : left);
}

/* __reduce__ of reversed and of the generic sequence iterator, as CPython's: (reversed or
 * iter, (seq,), index) while the sequence is held, (reversed or iter, ((),)) once exhausted. */
static AwValue index_iter_reduce(AwVM *vm, int argc, const AwValue *argv, AwType *type, const char *fn_name) {
    if (args_count(vm, "__reduce__", argc - 1, 0, 0)) return AW_ERR;
    if (!value_is_type(argv[0], type))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '__reduce__' requires a '%s' object but received a '%s'",
                        type->name, ops_type_name(argv[0]));
    AwIndexIter *it = AW_AS(AwIndexIter, argv[0]);
    bool live = it->seq != AW_EMPTY;
    AwValue fn = module_get(vm->builtins, fn_name);
    if (fn == AW_EMPTY) return vm_raise(vm, &aw_exc_RuntimeError, "lost builtins.%s", fn_name);
    AwValue seq = live ? it->seq : value_from_ptr(tuple_empty(vm));
    AwTuple *args = tuple_from(vm, 1, &seq);
    if (!args) return AW_ERR;
    AwValue items[3] = {fn, value_from_ptr(args), int_from_i64(vm, it->index)};
    AwTuple *r = tuple_from(vm, live ? 3 : 2, items);
    return r ? value_from_ptr(r) : AW_ERR;
}

/* __setstate__(index): reversed clamps to [-1, len(seq) - 1], the sequence iterator to >= 0. */
static AwValue index_iter_setstate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw, AwType *type) {
    int64_t index;
    if (setstate_arg(vm, argc, argv, kw, type, &index)) return AW_ERR;
    AwIndexIter *it = AW_AS(AwIndexIter, argv[0]);
    if (it->seq == AW_EMPTY) return AW_NONE;
    if (type == &aw_type_seq_iter) {
        it->index = index < 0 ? 0 : index;
        return AW_NONE;
    }
    int64_t n;
    if (ops_len(vm, it->seq, &n)) return AW_ERR;
    it = AW_AS(AwIndexIter, argv[0]);
    it->index = index < -1 ? -1 : index > n - 1 ? n - 1 : index;
    return AW_NONE;
}

static AwValue m_reversed_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return index_iter_reduce(vm, argc, argv, &aw_type_reversed, "reversed");
}
static AwValue m_reversed_setstate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return index_iter_setstate(vm, argc, argv, kw, &aw_type_reversed);
}
static AwValue m_seq_iter_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return index_iter_reduce(vm, argc, argv, &aw_type_seq_iter, "iter");
}
static AwValue m_seq_iter_setstate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return index_iter_setstate(vm, argc, argv, kw, &aw_type_seq_iter);
}

static const AwMethodDef reversed_methods[] = {
    {"__iter__", iter_self_method, AW_METH_DEFAULT},
    {"__next__", m_reversed_next, AW_METH_DEFAULT},
    {"__length_hint__", m_reversed_hint, AW_METH_DEFAULT},
    {"__reduce__", m_reversed_reduce, AW_METH_DEFAULT},
    {"__setstate__", m_reversed_setstate, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};
/* CPython's iter_len: len(seq) - index, NotImplemented when the sequence has no __len__. */
static AwValue m_seq_iter_hint(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc != 1) return vm_raise(vm, &aw_exc_TypeError, "expected 0 arguments, got %d", argc - 1);
    if (!value_is_instance(argv[0], &aw_type_seq_iter))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '__length_hint__' for 'iterator' objects doesn't apply to a '%s' object",
                        ops_type_name(argv[0]));
    AwIndexIter *it = AW_AS(AwIndexIter, argv[0]);
    if (it->seq == AW_EMPTY) return value_from_small(0);
    if (!type_of(it->seq)->len) return AW_NOTIMPL;
    int64_t n;
    if (ops_len(vm, it->seq, &n)) return AW_ERR;
    it = AW_AS(AwIndexIter, argv[0]);   /* __len__ ran aw code: the iterator may be exhausted now */
    return int_from_i64(vm, it->seq != AW_EMPTY && n > it->index ? n - it->index : 0);
}

static const AwMethodDef seq_iter_methods[] = {
    {"__iter__", iter_self_method, AW_METH_DEFAULT},
    {"__next__", m_seq_iter_next, AW_METH_DEFAULT},
    {"__length_hint__", m_seq_iter_hint, AW_METH_DEFAULT},
    {"__reduce__", m_seq_iter_reduce, AW_METH_DEFAULT},
    {"__setstate__", m_seq_iter_setstate, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwType aw_type_reversed = {
    .name = "reversed", .base = &aw_type_object, .instance_size = sizeof(AwIndexIter),
    .flags = AW_TYPE_BASETYPE, .methods = reversed_methods, .iter = self_iter, .next = reversed_next,
    .new_ = reversed_new_, .trace = index_iter_trace, .free_ = no_free,
};
AwType aw_type_seq_iter = {
    .name = "iterator", .base = &aw_type_object, .instance_size = sizeof(AwIndexIter),
    .methods = seq_iter_methods, .iter = self_iter, .next = seq_iter_next,
    .new_ = seq_iter_new_, .trace = index_iter_trace, .free_ = no_free,
};

/* ---- iter(callable, sentinel) ---- */

typedef struct {
    AwObject obj;       /* header */
    AwValue callable;   /* called with no arguments; AW_EMPTY once exhausted */
    AwValue sentinel;   /* iteration stops when a result == sentinel */
} AwCallableIter;

AwValue iter_callable_new(AwVM *vm, AwValue callable, AwValue sentinel) {
    if (!ops_callable(callable)) return vm_raise(vm, &aw_exc_TypeError, "iter(v, w): v must be callable");
    AwCallableIter *it = (AwCallableIter *)gc_new(vm, &aw_type_callable_iter, sizeof(AwCallableIter));
    if (!it) return AW_ERR;
    it->callable = callable;
    it->sentinel = sentinel;
    return value_from_ptr(it);
}

static AwValue callable_iter_next(AwVM *vm, AwValue self) {
    AwCallableIter *it = AW_AS(AwCallableIter, self);
    if (it->callable == AW_EMPTY) return AW_STOP;
    AwValue r = vm_call(vm, it->callable, 0, NULL, NULL);
    if (r == AW_ERR) {
        if (!vm_exc_matches(vm, &aw_exc_StopIteration)) return AW_ERR;
        vm_exc_clear(vm);
        it->callable = AW_EMPTY;
        return AW_STOP;
    }
    int eq = ops_eq(vm, it->sentinel, r);   /* CPython compares sentinel == result */
    if (eq < 0) return AW_ERR;
    if (!eq) return r;
    it->callable = AW_EMPTY;
    return AW_STOP;
}

/* (iter, (callable, sentinel)), or (iter, ((),)) once exhausted, as CPython. */
static AwValue m_callable_iter_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__reduce__", argc - 1, 0, 0)) return AW_ERR;
    AwCallableIter *it = AW_AS(AwCallableIter, argv[0]);
    if (it->callable == AW_EMPTY) {
        AwTuple *empty = tuple_new(vm, 0);
        return empty ? iter_reduce(vm, "iter", value_from_ptr(empty), AW_EMPTY) : AW_ERR;
    }
    AwValue r = iter_reduce(vm, "iter", it->callable, AW_EMPTY);
    if (r == AW_ERR) return AW_ERR;
    AwValue pair[2] = {it->callable, it->sentinel};
    if (gc_push_root(vm, r)) return AW_ERR;
    AwTuple *args = tuple_from(vm, 2, pair);
    gc_pop_roots(vm, 1);
    if (!args) return AW_ERR;
    AW_TUPLE(r)->items[1] = value_from_ptr(args);
    return r;
}

static void callable_iter_trace(AwGC *gc, AwObject *self) {
    AwCallableIter *it = (AwCallableIter *)self;
    gc_mark_value(gc, it->callable);
    gc_mark_value(gc, it->sentinel);
}

static AwValue m_callable_iter_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return iter_next_method(vm, argc, argv, &aw_type_callable_iter);
}

static const AwMethodDef callable_iter_methods[] = {
    {"__iter__", iter_self_method, AW_METH_DEFAULT},
    {"__next__", m_callable_iter_next, AW_METH_DEFAULT},
    {"__reduce__", m_callable_iter_reduce, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwType aw_type_callable_iter = {
    .name = "callable_iterator", .base = &aw_type_object, .instance_size = sizeof(AwCallableIter),
    .flags = AW_TYPE_ABSTRACT, .methods = callable_iter_methods, .iter = self_iter,
    .next = callable_iter_next, .trace = callable_iter_trace, .free_ = no_free,
};
