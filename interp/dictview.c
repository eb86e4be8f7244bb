/* dictview.c — dict.keys()/values()/items() views and the dict iterators.
 *
 * Views are live: they hold the dict and read it on every use. Keys and items views behave
 * as sets: & | - ^ build sets with the same set.c operations CPython's dictobject.c calls, so
 * the results iterate in the same order. Iterators detect a size change
 * ("dictionary changed size during iteration") and a same-size key change.
 */
#include "interp/dict.h"
#include "interp/buf.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/iter.h"
#include "interp/list.h"
#include "interp/mappingproxy.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/reprguard.h"
#include "interp/set.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS };

typedef struct {
    AwObject obj;    /* header */
    AwDict *dict;    /* the viewed dict */
} AwDictView;

typedef struct {
    AwObject obj;       /* header */
    AwDict *dict;       /* the dict, NULL once exhausted */
    int64_t pos;        /* next entry to look at (reverse: the entry, counting down) */
    int64_t used;       /* dict->used at creation, -1 after a size change (sticky error) */
    int64_t remaining;  /* items still to yield */
    uint8_t kind;       /* KIND_* */
    bool reverse;       /* iterating from the newest entry */
} AwDictIter;

static AwType *view_types[] = {&aw_type_dict_keys, &aw_type_dict_values, &aw_type_dict_items};

#define AW_VIEW(v) ((AwDictView *)value_as_ptr(v))

AwValue dict_view_new(AwVM *vm, AwDict *d, int kind) {
    AwDictView *v = (AwDictView *)gc_new(vm, view_types[kind], sizeof(AwDictView));
    if (!v) return AW_ERR;
    v->dict = d;
    return value_from_ptr(v);
}

AwValue dict_iter_new(AwVM *vm, AwDict *d, int kind, bool reverse) {
    AwDictIter *it = (AwDictIter *)gc_new(vm, &aw_type_dict_iter, sizeof(AwDictIter));
    if (!it) return AW_ERR;
    it->dict = d;
    it->pos = reverse ? d->nentries - 1 : 0;
    it->used = it->remaining = d->used;
    it->kind = (uint8_t)kind;
    it->reverse = reverse;
    return value_from_ptr(it);
}

/* ---- the iterator ---- */

/* The next live entry number from it->pos in its direction, -1 if none. */
static int64_t next_entry(AwDictIter *it) {
    AwDict *d = it->dict;
    if (it->reverse) {
        for (int64_t i = it->pos < d->nentries ? it->pos : d->nentries - 1; i >= 0; i--)
            if (d->entries[i].key != AW_EMPTY) return i;
        return -1;
    }
    for (int64_t i = it->pos; i < d->nentries; i++)
        if (d->entries[i].key != AW_EMPTY) return i;
    return -1;
}

static AwValue dict_iter_next(AwVM *vm, AwValue self) {
    AwDictIter *it = AW_AS(AwDictIter, self);
    AwDict *d = it->dict;
    if (!d) return AW_STOP;
    if (it->used != d->used) {
        it->used = -1;
        return vm_raise(vm, &aw_exc_RuntimeError, "dictionary changed size during iteration");
    }
    int64_t i = next_entry(it);
    if (i < 0) {
        it->dict = NULL;
        return AW_STOP;
    }
    if (it->remaining <= 0) {
        it->dict = NULL;
        return vm_raise(vm, &aw_exc_RuntimeError, "dictionary keys changed during iteration");
    }
    it->pos = it->reverse ? i - 1 : i + 1;
    it->remaining--;
    AwDictEntry *e = &d->entries[i];
    if (it->kind == KIND_KEYS) return e->key;
    if (it->kind == KIND_VALUES) return e->value;
    AwTuple *t = tuple_pack2(vm, e->key, e->value);
    return t ? value_from_ptr(t) : AW_ERR;
}

static AwValue self_iter(AwVM *vm, AwValue self) { return self; }

static AwValue m_iter_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return iter_next_method(vm, argc, argv, &aw_type_dict_iter);
}

static void dict_iter_trace(AwGC *gc, AwObject *self) { gc_mark_object(gc, (AwObject *)((AwDictIter *)self)->dict); }

static void no_free(AwVM *vm, AwObject *self) {}

/* As CPython: nothing is promised once the dict changed size. */
static int64_t dict_iter_left(AwValue self) {
    AwDictIter *it = AW_AS(AwDictIter, self);
    return it->dict && it->used == it->dict->used ? it->remaining : 0;
}

static AwValue m_iter_hint(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return iter_hint_method(vm, argc, argv, &aw_type_dict_iter, dict_iter_left);
}

/* __reduce__: (iter, (list of what is left,)), as CPython's dictiter_reduce: a copy of the
 * iterator is drained, so this one does not advance. */
static AwValue m_iter_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc != 1) return vm_raise(vm, &aw_exc_TypeError, "expected 0 arguments, got %d", argc - 1);
    if (!value_is_type(argv[0], &aw_type_dict_iter))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '__reduce__' requires a 'dict_keyiterator' object but received a '%s'",
                        ops_type_name(argv[0]));
    AwDictIter *copy = (AwDictIter *)gc_new(vm, &aw_type_dict_iter, sizeof(AwDictIter));
    if (!copy) return AW_ERR;
    AwDictIter *it = AW_AS(AwDictIter, argv[0]);
    copy->dict = it->dict;
    copy->pos = it->pos;
    copy->used = it->used;
    copy->remaining = it->remaining;
    copy->kind = it->kind;
    copy->reverse = it->reverse;
    AwValue rest = list_from_iterable(vm, value_from_ptr(copy));
    if (rest == AW_ERR || gc_push_root(vm, rest)) return AW_ERR;
    AwValue r = iter_reduce(vm, "iter", rest, AW_EMPTY);
    gc_pop_roots(vm, 1);
    return r;
}

static const AwMethodDef dict_iter_methods[] = {
    {"__iter__", iter_self_method, AW_METH_DEFAULT},
    {"__next__", m_iter_next, AW_METH_DEFAULT},
    {"__length_hint__", m_iter_hint, AW_METH_DEFAULT},
    {"__reduce__", m_iter_reduce, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwType aw_type_dict_iter = {
    .name = "dict_keyiterator",
    .base = &aw_type_object,
    .instance_size = sizeof(AwDictIter),
    .flags = AW_TYPE_ABSTRACT,
    .methods = dict_iter_methods,
    .iter = self_iter,
    .next = dict_iter_next,
    .trace = dict_iter_trace,
    .free_ = no_free,
};

/* ---- view slots ---- */

static int view_kind(AwValue v) {
    AwType *t = type_of(v);
    return t == &aw_type_dict_keys ? KIND_KEYS : t == &aw_type_dict_values ? KIND_VALUES : KIND_ITEMS;
}

static bool is_set_view(AwValue v) {
    return value_is_type(v, &aw_type_dict_keys) || value_is_type(v, &aw_type_dict_items);
}

static AwValue view_iter(AwVM *vm, AwValue self) {
    return dict_iter_new(vm, AW_VIEW(self)->dict, view_kind(self), false);
}

static AwStatus view_len(AwVM *vm, AwValue self, int64_t *out) {
    *out = AW_VIEW(self)->dict->used;
    return AW_OK;
}

/* "dict_keys([1, 2])": the type name around the repr of a list of the items. */
static AwValue view_repr(AwVM *vm, AwValue self) {
    const char *name = type_name(type_of(self));
    int g = reprguard_enter(vm, value_as_ptr(self));
    if (g != 0) return g > 0 ? str_value(str_from_cstr(vm, "...")) : AW_ERR;
    AwValue list = list_from_iterable(vm, self);
    AwStr *s = NULL;
    if (list != AW_ERR && gc_push_root(vm, list) == AW_OK) {
        AwValue r = ops_repr(vm, list);
        if (r != AW_ERR) s = str_printf(vm, "%s(%s)", name, AW_STR(r)->data);
        gc_pop_roots(vm, 1);
    }
    reprguard_leave(vm, value_as_ptr(self));
    return s ? str_value(s) : AW_ERR;
}

/* (k, v) in d.items(): k is a key whose value == v. */
static int items_contains(AwVM *vm, AwDict *d, AwValue item) {
    if (!value_is_instance(item, &aw_type_tuple) || AW_TUPLE(item)->len != 2) return 0;
    AwValue found = dict_get(vm, d, AW_TUPLE(item)->items[0]);
    if (found == AW_ERR) return -1;
    if (found == AW_EMPTY) return 0;
    return ops_eq(vm, found, AW_TUPLE(item)->items[1]);
}

static int view_contains(AwVM *vm, AwValue self, AwValue item) {
    AwDict *d = AW_VIEW(self)->dict;
    switch (view_kind(self)) {
    case KIND_KEYS: return dict_contains(vm, d, item);
    case KIND_ITEMS: return items_contains(vm, d, item);
    default: {
        for (int64_t i = 0; i < d->nentries; i++) {
            if (d->entries[i].key == AW_EMPTY) continue;
            int eq = ops_eq(vm, d->entries[i].value, item);
            if (eq != 0) return eq;
        }
        return 0;
    }
    }
}

static void view_trace(AwGC *gc, AwObject *self) { gc_mark_object(gc, (AwObject *)((AwDictView *)self)->dict); }

/* ---- set behaviour of keys and items views ---- */

/* Every item of a is in b (`in` on b). */
static int all_contained_in(AwVM *vm, AwValue a, AwValue b) {
    AwValue it = ops_iter(vm, a);
    if (it == AW_ERR || gc_push_root(vm, it) != AW_OK) return -1;
    int ok = 1;
    while (ok == 1) {
        AwValue x = ops_next(vm, it);
        if (x == AW_STOP) break;
        ok = x == AW_ERR ? -1 : ops_contains(vm, b, x);
    }
    gc_pop_roots(vm, 1);
    return ok;
}

static AwValue view_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if (!value_is_anyset(b) && !is_set_view(b)) return AW_NOTIMPL;
    int64_t la, lb;
    if (ops_len(vm, a, &la) != AW_OK || ops_len(vm, b, &lb) != AW_OK) return AW_ERR;
    int ok = 0;
    switch (op) {
    case AW_CMP_EQ:
    case AW_CMP_NE:
        if (la == lb) ok = all_contained_in(vm, a, b);
        if (ok >= 0 && op == AW_CMP_NE) ok = !ok;
        break;
    case AW_CMP_LT: if (la < lb) ok = all_contained_in(vm, a, b); break;
    case AW_CMP_LE: if (la <= lb) ok = all_contained_in(vm, a, b); break;
    case AW_CMP_GT: if (la > lb) ok = all_contained_in(vm, b, a); break;
    default: if (la >= lb) ok = all_contained_in(vm, b, a); break;
    }
    return ok < 0 ? AW_ERR : value_from_bool(ok);
}

/* set(v): from the dict itself for a keys view of a plain dict (its cached hashes). */
static AwSet *to_set(AwVM *vm, AwValue v) {
    if (value_is_type(v, &aw_type_dict_keys) && value_is_dict(value_from_ptr(AW_VIEW(v)->dict)))
        v = value_from_ptr(AW_VIEW(v)->dict);
    AwSet *s = set_new(vm, &aw_type_set);
    if (!s || gc_push_root(vm, value_from_ptr(s)) != AW_OK) return NULL;
    AwStatus st = set_update(vm, s, v);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? s : NULL;
}

/* view & other (CPython's dictviews_and). `view` is the dict view operand. */
static AwValue views_and(AwVM *vm, AwValue view, AwValue other) {
    int64_t lv = AW_VIEW(view)->dict->used, lo;
    if (value_is_type(other, &aw_type_set)) {
        if (ops_len(vm, other, &lo) != AW_OK) return AW_ERR;
        if (lv <= lo) return set_intersection(vm, AW_SET(other), view);
    }
    if (is_set_view(other) && AW_VIEW(other)->dict->used > lv) {
        AwValue t = view;
        view = other;
        other = t;
    }
    AwSet *r = set_new(vm, &aw_type_set);
    if (!r || gc_push_root(vm, value_from_ptr(r)) != AW_OK) return AW_ERR;
    AwValue it = ops_iter(vm, other);
    AwStatus st = it == AW_ERR ? AW_ERROR : gc_push_root(vm, it);
    size_t roots = st == AW_OK ? 2 : 1;
    while (st == AW_OK) {
        AwValue x = ops_next(vm, it);
        if (x == AW_STOP) break;
        int in = x == AW_ERR ? -1 : view_contains(vm, view, x);
        if (in < 0) st = AW_ERROR;
        else if (in) st = set_add(vm, r, x);
    }
    gc_pop_roots(vm, roots);
    return st == AW_OK ? value_from_ptr(r) : AW_ERR;
}

/* left OP right where one of them is a keys/items view: |, -, ^ start from set(left). */
static AwValue view_setop(AwVM *vm, AwValue left, AwValue right, AwBinOp op) {
    if (op == AW_BINOP_AND) return is_set_view(left) ? views_and(vm, left, right) : views_and(vm, right, left);
    AwSet *r = to_set(vm, left);
    if (!r || gc_push_root(vm, value_from_ptr(r)) != AW_OK) return AW_ERR;
    AwStatus st;
    if (op == AW_BINOP_OR) st = set_update(vm, r, right);
    else if (op == AW_BINOP_SUB) st = set_difference_update(vm, r, right);
    else st = set_symmetric_difference_update(vm, r, right);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? value_from_ptr(r) : AW_ERR;
}

static bool is_set_op(AwBinOp op) {
    return op == AW_BINOP_AND || op == AW_BINOP_OR || op == AW_BINOP_SUB || op == AW_BINOP_XOR;
}

static AwValue view_binary(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    return is_set_op(op) ? view_setop(vm, a, b, op) : AW_NOTIMPL;
}

static AwValue view_rbinary(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    return is_set_op(op) ? view_setop(vm, a, b, op) : AW_NOTIMPL;
}

/* ---- view methods ---- */

static AwValue m_isdisjoint(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc != 2)
        return vm_raise(vm, &aw_exc_TypeError, "%s.isdisjoint() takes exactly one argument (%d given)",
                        type_name(type_of(argv[0])), argc - 1);
    AwValue self = argv[0], other = argv[1];
    if (self == other) return value_from_bool(AW_VIEW(self)->dict->used == 0);
    int64_t lo;
    AwValue probe = self, iterate = other;
    if ((value_is_anyset(other) || is_set_view(other)) && ops_len(vm, other, &lo) == AW_OK &&
        lo > AW_VIEW(self)->dict->used) {
        probe = other;   /* iterate the smaller one */
        iterate = self;
    }
    AwValue it = ops_iter(vm, iterate);
    if (it == AW_ERR || gc_push_root(vm, it) != AW_OK) return AW_ERR;
    int disjoint = 1;
    while (disjoint == 1) {
        AwValue x = ops_next(vm, it);
        if (x == AW_STOP) break;
        int in = x == AW_ERR ? -1 : ops_contains(vm, probe, x);
        disjoint = in < 0 ? -1 : !in;
    }
    gc_pop_roots(vm, 1);
    return disjoint < 0 ? AW_ERR : value_from_bool(disjoint);
}

static AwValue m_reversed(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return dict_iter_new(vm, AW_VIEW(argv[0])->dict, view_kind(argv[0]), true);
}

static AwValue m_iter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) { return view_iter(vm, argv[0]); }

static AwValue m_len(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return value_from_small(AW_VIEW(argv[0])->dict->used);
}

static AwValue m_contains(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc != 2) return vm_raise(vm, &aw_exc_TypeError, "expected 1 argument, got %d", argc - 1);
    int r = view_contains(vm, argv[0], argv[1]);
    return r < 0 ? AW_ERR : value_from_bool(r);
}

static const AwMethodDef set_view_methods[] = {
    {"isdisjoint", m_isdisjoint, AW_METH_DEFAULT},
    {"__reversed__", m_reversed, AW_METH_DEFAULT},
    {"__iter__", m_iter, AW_METH_DEFAULT},
    {"__len__", m_len, AW_METH_DEFAULT},
    {"__contains__", m_contains, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

static const AwMethodDef values_methods[] = {
    {"__reversed__", m_reversed, AW_METH_DEFAULT},
    {"__iter__", m_iter, AW_METH_DEFAULT},
    {"__len__", m_len, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

/* view.mapping: a read-only mappingproxy of the viewed dict. */
static AwValue view_get_mapping(AwVM *vm, AwValue self) {
    return mappingproxy_new(vm, value_from_ptr(AW_VIEW(self)->dict));
}

static const AwGetSetDef view_getsets[] = {
    {"mapping", view_get_mapping, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_dict_keys = {
    .name = "dict_keys", .base = &aw_type_object, .instance_size = sizeof(AwDictView),
    .flags = AW_TYPE_ABSTRACT, .methods = set_view_methods, .repr = view_repr, .compare = view_compare,
    .binary = view_binary, .rbinary = view_rbinary, .len = view_len, .contains = view_contains,
    .iter = view_iter, .trace = view_trace, .free_ = no_free, .getsets = view_getsets,
};

AwType aw_type_dict_items = {
    .name = "dict_items", .base = &aw_type_object, .instance_size = sizeof(AwDictView),
    .flags = AW_TYPE_ABSTRACT, .methods = set_view_methods, .repr = view_repr, .compare = view_compare,
    .binary = view_binary, .rbinary = view_rbinary, .len = view_len, .contains = view_contains,
    .iter = view_iter, .trace = view_trace, .free_ = no_free, .getsets = view_getsets,
};

AwType aw_type_dict_values = {
    .name = "dict_values", .base = &aw_type_object, .instance_size = sizeof(AwDictView),
    .flags = AW_TYPE_ABSTRACT, .methods = values_methods, .repr = view_repr, .len = view_len,
    .contains = view_contains, .iter = view_iter, .trace = view_trace, .free_ = no_free, .getsets = view_getsets,
};
