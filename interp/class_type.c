/* class_type.c — the `type` type: class objects' attributes, calling a class, creating classes
 * (C3 linearisation, layout, slots), __build_class__, and super. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "interp/args.h"
#include "interp/class.h"
#include "interp/code.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/fiber.h"
#include "interp/function.h"
#include "interp/gc.h"
#include "interp/list.h"
#include "interp/member.h"
#include "interp/mappingproxy.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/union.h"
#include "interp/vm.h"

void class_install_slots(AwVM *vm, AwType *type);
AwValue class_instance_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw);
AwValue class_bind(AwVM *vm, AwValue attr, AwValue obj, AwType *owner);
AwFrame *vm_current_frame(AwVM *vm);
AwValue vm_call_with_locals(AwVM *vm, AwFunction *func, AwDict *locals);

#define AS_TYPE(v) ((AwType *)value_as_ptr(v))

static AwValue type_repr(AwVM *vm, AwValue self) {
    AwType *t = AS_TYPE(self);
    AwStr *s;
    if (t->module && !str_equal_cstr(t->module, "builtins"))
        s = str_printf(vm, "<class '%s.%s'>", t->module->data, (t->qualname ? t->qualname : t->name_str)->data);
    else
        s = str_printf(vm, "<class '%s'>", type_name(t));
    return s ? str_value(s) : AW_ERR;
}

static AwValue type_getattr(AwVM *vm, AwValue self, AwStr *name) {
    AwType *t = AS_TYPE(self);
    AwType *meta = type_of(self);
    AwValue meta_attr = type_lookup(meta, name);
    if (meta_attr != AW_EMPTY && class_is_data_getter(vm, meta_attr)) return class_bind(vm, meta_attr, self, meta);
    AwValue attr = type_lookup(t, name);
    if (attr != AW_EMPTY) return class_bind(vm, attr, AW_EMPTY, t);
    if (meta_attr != AW_EMPTY) return class_bind(vm, meta_attr, self, meta);
    return vm_raise(vm, &aw_exc_AttributeError, "type object '%s' has no attribute '%s'", type_name(t), name->data);
}

static AwStatus reinstall_descendants(AwVM *vm, AwType *t);

static AwStatus type_setattr(AwVM *vm, AwValue self, AwStr *name, AwValue value) {
    AwType *t = AS_TYPE(self);
    if (!(t->flags & AW_TYPE_HEAP))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data, type_name(t)));
    AwValue meta_attr = type_lookup(type_of(self), name);
    if (meta_attr != AW_EMPTY && class_is_data_descriptor(vm, meta_attr))
        return object_generic_setattr(vm, self, name, value);
    t->version++;
    type_epoch++;
    if (value == AW_EMPTY) {
        int r = dict_del(vm, t->dict, str_value(name));
        if (r < 0) return AW_ERROR;
        if (r == 0) return vm_fail(vm_raise(vm, &aw_exc_AttributeError, "type object '%s' has no attribute '%s'", type_name(t), name->data));
    } else if (dict_set_str(vm, t->dict, name, value)) {
        return AW_ERROR;
    }
    if (name->byte_len > 4 && name->data[0] == '_' && name->data[1] == '_') {
        class_install_slots(vm, t);
        if (reinstall_descendants(vm, t)) return AW_ERROR;   /* subclasses inherit the dunder */
    }
    if (strcmp(name->data, "__abstractmethods__") == 0) {
        int abstract = value == AW_EMPTY ? 0 : ops_truthy(vm, value);
        if (abstract < 0) return AW_ERROR;
        t->flags = abstract ? (t->flags | AW_TYPE_HAS_ABSTRACT) : (t->flags & ~(uint32_t)AW_TYPE_HAS_ABSTRACT);
    }
    return AW_OK;
}

static AwValue type_call(AwVM *vm, AwValue callee, int argc, const AwValue *argv, AwTuple *kw) {
    AwType *t = AS_TYPE(callee);
    if (t == &aw_type_type && argc == 1 && !(kw && kw->len)) return value_from_ptr(type_of(argv[0]));
    if (!t->new_) {   /* CPython names a built-in type by its tp_name: 'types.UnionType' */
        if (!(t->flags & AW_TYPE_HEAP) && t->module)
            return vm_raise(vm, &aw_exc_TypeError, "cannot create '%s.%s' instances", t->module->data, type_name(t));
        return vm_raise(vm, &aw_exc_TypeError, "cannot create '%s' instances", type_name(t));
    }
    return t->new_(vm, t, argc, argv, kw);
}

static void type_trace(AwGC *gc, AwObject *self) {
    AwType *t = (AwType *)self;
    gc_mark_object(gc, (AwObject *)t->name_str);
    gc_mark_object(gc, (AwObject *)t->qualname);
    gc_mark_object(gc, (AwObject *)t->module);
    gc_mark_object(gc, (AwObject *)t->base);
    gc_mark_object(gc, (AwObject *)t->bases);
    gc_mark_object(gc, (AwObject *)t->mro);
    gc_mark_object(gc, (AwObject *)t->dict);
}

/* ---- C3 linearisation ---- */

static bool in_tail(AwList *seq, AwValue v) {
    for (int64_t i = 1; i < seq->len; i++)
        if (seq->items[i] == v) return true;
    return false;
}

/* CPython's message names the heads that could not be ordered (each once). */
static AwValue mro_conflict(AwVM *vm, AwList *seqs) {
    char names[256] = "";
    size_t len = 0;
    AwValue seen[16];
    int nseen = 0;
    for (int64_t i = 0; i < seqs->len && len < sizeof names - 64; i++) {
        AwList *s = AW_LIST(seqs->items[i]);
        if (!s->len) continue;
        bool dup = false;
        for (int k = 0; k < nseen; k++) dup |= seen[k] == s->items[0];
        if (dup || nseen == 16) continue;
        seen[nseen++] = s->items[0];
        len += (size_t)snprintf(names + len, sizeof names - len, "%s%s", nseen > 1 ? ", " : "", type_name(AS_TYPE(s->items[0])));
    }
    return vm_raise(vm, &aw_exc_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", names);
}

/* seqs: a list of lists (the bases' MROs and the bases list). Consumes them. */
static AwStatus c3_merge(AwVM *vm, AwList *seqs, AwList *out) {
    for (;;) {
        bool any = false;
        AwValue cand = AW_EMPTY;
        for (int64_t i = 0; i < seqs->len && cand == AW_EMPTY; i++) {
            AwList *s = AW_LIST(seqs->items[i]);
            if (!s->len) continue;
            any = true;
            AwValue head = s->items[0];
            bool ok = true;
            for (int64_t j = 0; j < seqs->len && ok; j++) ok = !in_tail(AW_LIST(seqs->items[j]), head);
            if (ok) cand = head;
        }
        if (!any) return AW_OK;
        if (cand == AW_EMPTY) return vm_fail(mro_conflict(vm, seqs));
        if (list_append(vm, out, cand)) return AW_ERROR;
        for (int64_t i = 0; i < seqs->len; i++) {
            AwList *s = AW_LIST(seqs->items[i]);
            if (s->len && s->items[0] == cand) {
                memmove(s->items, s->items + 1, sizeof(AwValue) * (size_t)(s->len - 1));
                s->len--;
            }
        }
    }
}

static AwTuple *compute_mro(AwVM *vm, AwType *type, AwTuple *bases) {
    for (int64_t i = 0; i < bases->len; i++)
        for (int64_t j = i + 1; j < bases->len; j++)
            if (bases->items[i] == bases->items[j]) {
                vm_raise(vm, &aw_exc_TypeError, "duplicate base class %s", type_name(AS_TYPE(bases->items[i])));
                return NULL;
            }
    AwList *seqs = list_new(vm, bases->len + 1);
    AwList *out = list_new(vm, 8);
    if (!seqs || !out || list_append(vm, out, value_from_ptr(type))) return NULL;
    for (int64_t i = 0; i < bases->len; i++) {
        AwTuple *bm = AS_TYPE(bases->items[i])->mro;
        AwList *l = list_from(vm, bm->len, bm->items);
        if (!l || list_append(vm, seqs, value_from_ptr(l))) return NULL;
    }
    AwList *bl = list_from(vm, bases->len, bases->items);
    if (!bl || list_append(vm, seqs, value_from_ptr(bl))) return NULL;
    if (c3_merge(vm, seqs, out)) return NULL;
    return tuple_from(vm, out->len, out->items);
}

/* Flags every class in t's MRO but t: their dunder changes must reach t's slots. */
static void mark_subclassed(AwType *t) {
    for (int64_t i = 1; i < t->mro->len; i++) AS_TYPE(t->mro->items[i])->flags |= AW_TYPE_SUBCLASSED;
}

/* The nearest built-in type in the MRO whose layout is the instance layout. Built-in
 * exceptions all share BaseException's layout, so OSError and ValueError can be combined
 * (io.UnsupportedOperation), as in CPython. */
static AwType *solid_base(AwType *t) {
    while ((t->flags & AW_TYPE_HEAP) ||
           ((t->flags & AW_TYPE_EXCEPTION) && t->base && (t->base->flags & AW_TYPE_EXCEPTION) &&
            t->base->instance_size == t->instance_size))
        t = t->base;
    return t;
}

/* The class whose instance layout t extends: a builtin, or a class with __slots__. */
static AwType *layout_base(AwType *t) {
    for (;;) {
        bool heap = (t->flags & AW_TYPE_HEAP) != 0;
        if (heap && t->nslots == 0) { t = t->base; continue; }
        /* built-in exceptions share one layout (class X(OSError, ValueError) is fine) */
        if (!heap && (t->flags & AW_TYPE_EXCEPTION) && t->base && (t->base->flags & AW_TYPE_EXCEPTION) &&
            t->base->instance_size == t->instance_size) { t = t->base; continue; }
        return t;
    }
}

static AwStatus check_bases(AwVM *vm, AwTuple *bases, AwType **best) {
    *best = NULL;
    for (int64_t i = 0; i < bases->len; i++) {
        if (!value_is_instance(bases->items[i], &aw_type_type))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "bases must be types"));
        AwType *b = AS_TYPE(bases->items[i]);
        if (!(b->flags & AW_TYPE_BASETYPE)) {
            /* CPython names a C type by its tp_name, which has the module: 're.Match' */
            AwValue mod = ops_getattr_opt(vm, bases->items[i], AW_NAME(vm, __module__));
            if (mod == AW_ERR) return AW_ERROR;
            if (value_is_str(mod) && !str_equal_cstr(AW_STR(mod), "builtins"))
                return vm_fail(vm_raise(vm, &aw_exc_TypeError, "type '%s.%s' is not an acceptable base type",
                                        AW_STR(mod)->data, type_name(b)));
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "type '%s' is not an acceptable base type", type_name(b)));
        }
        AwType *sb = layout_base(b);
        AwType *best_sb = *best ? layout_base(*best) : NULL;
        if (!*best || (sb != best_sb && type_is_subtype(sb, best_sb))) *best = b;
        else if (!type_is_subtype(layout_base(*best), sb))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "multiple bases have instance lay-out conflict"));
    }
    return AW_OK;
}

/* Instance layout: the base's, then the __slots__ words if the body has __slots__ (member.c),
 * else a __dict__ pointer unless the base has one. As CPython, a secondary base with a
 * __dict__ gives the class one too (class P(SlottedMixin, DictBase): __slots__ = ('x',)). */
static AwStatus set_layout(AwVM *vm, AwType *t, AwType *base, AwTuple *bases) {
    AwType *sb = solid_base(base);
    t->base = base;
    AwValue slots = dict_get_str(t->dict, str_intern_cstr(vm, "__slots__"));
    if (slots != AW_EMPTY) {
        uint32_t base_size = (base->flags & AW_TYPE_HEAP) ? base->instance_size
                           : base == &aw_type_object || !sb->instance_size ? (uint32_t)sizeof(AwObject) : sb->instance_size;
        t->dict_offset = base->dict_offset;
        if (member_layout(vm, t, slots, base_size, base->dict_offset != 0)) return AW_ERROR;
        for (int64_t i = 0; !t->dict_offset && i < bases->len; i++)
            if (AS_TYPE(bases->items[i])->dict_offset) {
                t->dict_offset = t->instance_size;
                t->instance_size += (uint32_t)sizeof(AwDict *);
            }
        return AW_OK;
    }
    if (sb->dict_offset || base->dict_offset) {
        t->instance_size = base->instance_size;
        t->dict_offset = base->dict_offset;
    } else {
        size_t size = (base->flags & AW_TYPE_HEAP) ? base->instance_size : sb->instance_size ? sb->instance_size : sizeof(AwInstance);
        size = (size + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
        t->dict_offset = (uint32_t)size;
        t->instance_size = (uint32_t)(size + sizeof(AwDict *));
    }
    return AW_OK;
}

/* Functions defined in a class body get their __qualname__ from the code; __set_name__ and
 * __init_subclass__ are called as CPython does. */
/* CPython 3.11 reports a failing __set_name__ as a RuntimeError caused by the exception. */
static AwStatus set_name_failed(AwVM *vm, AwType *t, AwValue key, AwValue value) {
    AwValue cause = vm_exc_take(vm);
    if (gc_push_root(vm, cause)) return AW_ERROR;
    AwValue key_repr = ops_repr(vm, key);
    if (key_repr != AW_ERR)
        vm_raise(vm, &aw_exc_RuntimeError, "Error calling __set_name__ on '%s' instance %s in '%s'",
                 ops_type_name(value), AW_STR(key_repr)->data, t->name_str->data);
    if (vm->exc != AW_EMPTY && value_is_instance(vm->exc, &aw_exc_BaseException)) {
        AW_EXC(vm->exc)->cause = cause;
        AW_EXC(vm->exc)->context = cause;
    }
    gc_pop_roots(vm, 1);
    return AW_ERROR;
}

static AwStatus call_set_names(AwVM *vm, AwType *t) {
    /* over a copy, as CPython: a __set_name__ that replaces or deletes a sibling attribute
     * does not stop the sibling's own __set_name__ (nor disturb the iteration) */
    AwDict *snapshot = dict_copy(vm, t->dict);
    if (!snapshot || gc_push_root(vm, value_from_ptr(snapshot))) return AW_ERROR;
    AwStatus st = AW_OK;
    int64_t pos = 0;
    AwValue k, v;
    while (st == AW_OK && dict_next(snapshot, &pos, &k, &v)) {
        if (!value_is_ptr(v) || !(type_of(v)->flags & AW_TYPE_HEAP || type_of(v) == &aw_type_property)) continue;
        AwValue args[2] = {value_from_ptr(t), k};
        if (vm_call_dunder(vm, v, AW_NAME(vm, __set_name__), 2, args) == AW_ERR) st = set_name_failed(vm, t, k, v);
    }
    gc_pop_roots(vm, 1);
    return st;
}

/* A plain function defined as __init_subclass__/__class_getitem__ (__new__) is implicitly a
 * classmethod (staticmethod), as in CPython. */
static AwStatus wrap_implicit(AwVM *vm, AwDict *d, AwStr *name, AwType *wrapper) {
    AwValue f = dict_get_str(d, name);
    if (!value_is_type(f, &aw_type_function)) return AW_OK;
    AwMethodWrapper *w = (AwMethodWrapper *)gc_new(vm, wrapper, sizeof(AwMethodWrapper));
    if (!w) return AW_ERROR;
    w->func = f;
    return dict_set_str(vm, d, name, value_from_ptr(w));
}

AwValue class_new(AwVM *vm, AwType *metatype, AwStr *name, AwTuple *bases, AwDict *ns) {
    return class_new_kw(vm, metatype, name, bases, ns, NULL, NULL);
}

AwType *class_new_simple(AwVM *vm, const char *module, const char *name, AwType *base) {
    AwDict *ns = dict_new(vm);
    AwTuple *bases = ns ? tuple_from(vm, 1, (AwValue[]){value_from_ptr(base)}) : NULL;
    AwStr *cname = str_intern_cstr(vm, name), *mod = str_intern_cstr(vm, module);
    if (!ns || !bases || !cname || !mod || dict_set_str(vm, ns, AW_NAME(vm, __module__), str_value(mod))) return NULL;
    if (gc_push_root(vm, value_from_ptr(ns)) || gc_push_root(vm, value_from_ptr(bases))) return NULL;
    AwValue cls = class_new(vm, &aw_type_type, cname, bases, ns);
    gc_pop_roots(vm, 2);
    return cls == AW_ERR ? NULL : (AwType *)value_as_ptr(cls);
}

/* A metaclass overriding mro(): what it returns (any iterable of classes) becomes the MRO,
 * as CPython's mro_invoke; type.mro() inside it answers the C3 order computed before. */
static AwStatus custom_mro(AwVM *vm, AwType *t) {
    AwType *meta = type_of(value_from_ptr(t));
    AwStr *name = str_intern_cstr(vm, "mro");
    if (meta == &aw_type_type || !name) return name ? AW_OK : AW_ERROR;
    AwValue m = type_lookup(meta, name);
    if (m == AW_EMPTY || m == type_lookup(&aw_type_type, name)) return AW_OK;
    AwValue bound = class_bind(vm, m, value_from_ptr(t), meta);
    AwValue r = bound == AW_ERR ? AW_ERR : vm_call(vm, bound, 0, NULL, NULL);
    AwValue tup = r == AW_ERR ? AW_ERR : tuple_from_iterable(vm, r);
    if (tup == AW_ERR) return AW_ERROR;
    AwTuple *mro = AW_TUPLE(tup);
    for (int64_t i = 0; i < mro->len; i++)
        if (!value_is_instance(mro->items[i], &aw_type_type))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "mro() returned a non-class ('%s')",
                                    ops_type_name(mro->items[i])));
    t->mro = mro;
    mark_subclassed(t);
    return AW_OK;
}

/* A class body's __classcell__ (the cell of its methods' __class__) gets the new class and
 * leaves the namespace; anything but a cell there is CPython's TypeError. */
static AwStatus set_classcell(AwVM *vm, AwType *t) {
    AwValue cc = dict_get_str(t->dict, AW_NAME(vm, __classcell__));
    if (cc == AW_EMPTY) return AW_OK;
    if (!value_is_type(cc, &aw_type_cell)) {
        AwValue r = ops_repr(vm, value_from_ptr(type_of(cc)));
        if (r != AW_ERR)
            vm_raise(vm, &aw_exc_TypeError, "__classcell__ must be a nonlocal cell, not %s", AW_STR(r)->data);
        return AW_ERROR;
    }
    AW_CELL(cc)->value = value_from_ptr(t);
    return dict_del(vm, t->dict, str_value(AW_NAME(vm, __classcell__))) < 0 ? AW_ERROR : AW_OK;
}

AwValue class_new_kw(AwVM *vm, AwType *metatype, AwStr *name, AwTuple *bases, AwDict *ns,
                     const AwValue *kwvals, AwTuple *kwnames) {
    AwType *best;
    if ((int64_t)strlen(name->data) != (int64_t)name->byte_len)
        return vm_raise(vm, &aw_exc_ValueError, "type name must not contain null characters");
    if (bases->len == 0) {
        bases = tuple_from(vm, 1, (AwValue[]){value_from_ptr(&aw_type_object)});
        if (!bases) return AW_ERR;
    }
    if (check_bases(vm, bases, &best)) return AW_ERR;
    AwType *t = (AwType *)gc_new(vm, metatype, metatype->instance_size > sizeof(AwType) ? metatype->instance_size : sizeof(AwType));
    if (!t) return AW_ERR;
    AwValue tv = value_from_ptr(t);
    if (gc_push_root(vm, tv)) return AW_ERR;
    t->name = NULL;
    t->name_str = name;
    t->flags = AW_TYPE_HEAP | AW_TYPE_BASETYPE | (best->flags & (AW_TYPE_EXCEPTION | AW_TYPE_METATYPE | AW_TYPE_FINALIZE));
    t->bases = bases;
    t->dict = dict_copy(vm, ns);
    AwValue status = AW_NONE;
    if (t->dict && (wrap_implicit(vm, t->dict, AW_NAME(vm, __init_subclass__), &aw_type_classmethod) ||
                    wrap_implicit(vm, t->dict, AW_NAME(vm, __class_getitem__), &aw_type_classmethod) ||
                    wrap_implicit(vm, t->dict, AW_NAME(vm, __new__), &aw_type_staticmethod)))
        status = AW_ERR;
    /* as CPython: __class__ is bound before mro() runs, which may call the methods */
    if (t->dict && status != AW_ERR && set_classcell(vm, t)) status = AW_ERR;
    if (status == AW_ERR || !t->dict || set_layout(vm, t, best, bases) || !(t->mro = compute_mro(vm, t, bases))) status = AW_ERR;
    else mark_subclassed(t);
    if (status != AW_ERR) {
        AwValue mod = dict_get_str(t->dict, AW_NAME(vm, __module__));
        t->module = value_is_str(mod) ? AW_STR(mod) : NULL;
        AwValue qn = dict_get_str(t->dict, AW_NAME(vm, __qualname__));
        if (qn != AW_EMPTY && !value_is_str(qn)) {
            vm_raise(vm, &aw_exc_TypeError, "type __qualname__ must be a str, not %s", ops_type_name(qn));
            status = AW_ERR;
        }
        t->qualname = value_is_str(qn) ? AW_STR(qn) : name;
        if (qn != AW_EMPTY && dict_del(vm, t->dict, str_value(AW_NAME(vm, __qualname__))) < 0) status = AW_ERR;
    }
    if (status != AW_ERR && custom_mro(vm, t)) status = AW_ERR;
    if (status != AW_ERR && class_add_instance_descriptors(vm, t)) status = AW_ERR;
    if (status != AW_ERR) {
        class_install_slots(vm, t);
        if (call_set_names(vm, t)) status = AW_ERR;
    }
    if (status != AW_ERR && t->mro->len > 1) {
        /* super(t, t).__init_subclass__(): the first definition after t in its MRO. */
        AwValue init_sub = AW_EMPTY;
        for (int64_t i = 1; i < t->mro->len && init_sub == AW_EMPTY; i++)
            init_sub = dict_get_str(AS_TYPE(t->mro->items[i])->dict, AW_NAME(vm, __init_subclass__));
        if (init_sub != AW_EMPTY) {
            AwValue bound = class_bind(vm, init_sub, AW_EMPTY, t);
            if (bound == AW_ERR || vm_call(vm, bound, 0, kwvals, kwnames && kwnames->len ? kwnames : NULL) == AW_ERR) status = AW_ERR;
        }
    }
    gc_pop_roots(vm, 1);
    return status == AW_ERR ? AW_ERR : tv;
}

static AwStatus calculate_meta(AwVM *vm, AwValue *meta, AwTuple *bases);

static AwValue type_new_slot(AwVM *vm, AwType *meta, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc == 1 && meta == &aw_type_type) return value_from_ptr(type_of(argv[0]));
    if (argc != 3 && meta == &aw_type_type) return vm_raise(vm, &aw_exc_TypeError, "type() takes 1 or 3 arguments");
    if (argc != 3)   /* a metaclass: only type itself has the one-argument form */
        return vm_raise(vm, &aw_exc_TypeError, "type.__new__() takes exactly 3 arguments (%d given)", argc);
    if (!value_is_str(argv[0])) return vm_raise(vm, &aw_exc_TypeError, "type.__new__() argument 1 must be str, not %s", ops_type_name(argv[0]));
    if (!value_is_tuple(argv[1])) return vm_raise(vm, &aw_exc_TypeError, "type.__new__() argument 2 must be tuple, not %s", ops_type_name(argv[1]));
    if (!value_is_instance(argv[2], &aw_type_dict)) return vm_raise(vm, &aw_exc_TypeError, "type.__new__() argument 3 must be dict, not %s", ops_type_name(argv[2]));
    /* CPython's type_new: the most derived metaclass of meta and the bases' wins, and one
     * with its own __new__ builds the class (type("X", (Base,), {}) is Base's metaclass's). */
    AwTuple *bases = AW_TUPLE(argv[1]);
    for (int64_t i = 0; i < bases->len; i++) {
        if (value_is_instance(bases->items[i], &aw_type_type)) continue;
        AwValue entries = ops_getattr_opt(vm, bases->items[i], str_intern_cstr(vm, "__mro_entries__"));
        if (entries == AW_ERR) return AW_ERR;
        if (entries != AW_EMPTY)
            return vm_raise(vm, &aw_exc_TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
    }
    AwValue winner = value_from_ptr(meta);
    if (calculate_meta(vm, &winner, bases)) return AW_ERR;
    if (AS_TYPE(winner) != meta) {
        AwValue own = type_lookup(AS_TYPE(winner), AW_NAME(vm, __new__));
        if (own != type_lookup(&aw_type_type, AW_NAME(vm, __new__))) {
            AwValue fn = class_bind(vm, own, AW_EMPTY, AS_TYPE(winner));
            if (fn == AW_ERR) return AW_ERR;
            AwValue args[4 + 64];
            int nkw = kw ? (int)kw->len : 0;
            if (nkw > 64) return vm_raise(vm, &aw_exc_TypeError, "too many class keywords");
            args[0] = winner;
            for (int i = 0; i < 3 + nkw; i++) args[1 + i] = argv[i];
            return vm_call(vm, fn, 4, args, kw);
        }
        meta = AS_TYPE(winner);
    }
    AwDict *ns = AW_DICT(argv[2]);
    bool rooted = false;
    if (dict_get_str(ns, AW_NAME(vm, __module__)) == AW_EMPTY) {
        AwFrame *f = vm_current_frame(vm);
        AwValue mod = f ? dict_get_str(f->globals, AW_NAME(vm, __name__)) : AW_EMPTY;
        if (mod != AW_EMPTY) {   /* into a copy: the caller's dict stays as it was */
            ns = dict_copy(vm, ns);
            if (!ns || gc_push_root(vm, value_from_ptr(ns))) return AW_ERR;
            rooted = true;
            if (dict_set_str(vm, ns, AW_NAME(vm, __module__), mod)) { gc_pop_roots(vm, 1); return AW_ERR; }
        }
    }
    AwValue r = class_new_kw(vm, meta, str_intern_str(vm, AW_STR(argv[0])), AW_TUPLE(argv[1]), ns, argv + 3, kw);
    if (rooted) gc_pop_roots(vm, 1);
    return r;
}

/* __build_class__(func, name, *bases, metaclass=None, **kwds) */
/* PEP 560: a base that is not a class (typing.Mapping, List[int]) names the classes that
 * stand for it with __mro_entries__(bases). Returns bases itself when nothing changes, else
 * a new tuple; NULL with an exception set. */
static AwTuple *resolve_bases(AwVM *vm, AwTuple *bases) {
    int64_t i = 0;
    while (i < bases->len && value_is_instance(bases->items[i], &aw_type_type)) i++;
    if (i == bases->len) return bases;
    AwList *out = list_new(vm, bases->len);
    if (!out || gc_push_root(vm, value_from_ptr(out))) return NULL;
    AwTuple *result = NULL;
    AwStr *name = str_intern_cstr(vm, "__mro_entries__");
    AwValue arg = value_from_ptr(bases);
    for (i = 0; i < bases->len; i++) {
        AwValue b = bases->items[i];
        /* an ordinary attribute lookup, as CPython's: typing.TypedDict and NamedTuple are
         * functions carrying __mro_entries__ in their own __dict__ */
        AwValue r = value_is_instance(b, &aw_type_type) ? AW_EMPTY : ops_getattr_opt(vm, b, name);
        if (r != AW_ERR && r != AW_EMPTY) r = vm_call(vm, r, 1, &arg, NULL);
        if (r == AW_ERR) goto done;
        if (r == AW_EMPTY) { if (list_append(vm, out, b)) goto done; continue; }
        if (!value_is_instance(r, &aw_type_tuple)) {
            vm_raise(vm, &aw_exc_TypeError, "__mro_entries__ must return a tuple");
            goto done;
        }
        for (int64_t j = 0; j < AW_TUPLE(r)->len; j++)
            if (list_append(vm, out, AW_TUPLE(r)->items[j])) goto done;
    }
    result = tuple_from(vm, out->len, out->items);
done:
    gc_pop_roots(vm, 1);
    return result;
}

/* The most derived of meta and the metaclasses of the bases; "metaclass conflict" when one
 * of them is not a subclass of all the others. */
static AwStatus calculate_meta(AwVM *vm, AwValue *meta, AwTuple *bases) {
    AwType *winner = AS_TYPE(*meta);
    for (int64_t i = 0; i < bases->len; i++) {
        AwType *mt = type_of(bases->items[i]);
        if (type_is_subtype(winner, mt)) continue;
        if (type_is_subtype(mt, winner)) { winner = mt; continue; }
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                "(non-strict) subclass of the metaclasses of all its bases"));
    }
    *meta = value_from_ptr(winner);
    return AW_OK;
}

/* The class body's namespace: meta.__prepare__(name, bases, **kwds) when the metaclass
 * defines one, else a new dict. aw runs class bodies in dicts (and dict subclasses) only. */
static AwDict *prepare_namespace(AwVM *vm, AwValue meta, AwValue name, AwTuple *bases,
                                 const AwValue *kwvals, AwTuple *kwnames, int nkw) {
    if (meta == value_from_ptr(&aw_type_type)) return dict_new(vm);
    AwValue prep = ops_getattr_opt(vm, meta, str_intern_cstr(vm, "__prepare__"));
    if (prep == AW_ERR) return NULL;
    if (prep == AW_EMPTY) return dict_new(vm);
    AwValue args[2 + 64] = {name, value_from_ptr(bases)};
    for (int i = 0; i < nkw; i++) args[2 + i] = kwvals[i];
    AwValue ns = vm_call(vm, prep, 2, args, nkw ? kwnames : NULL);
    if (ns == AW_ERR) return NULL;
    if (value_is_instance(ns, &aw_type_dict)) return AW_DICT(ns);
    const char *mname = value_is_instance(meta, &aw_type_type) ? type_name(AS_TYPE(meta)) : "<metaclass>";
    vm_raise(vm, &aw_exc_TypeError, "%s.__prepare__() must return a mapping, not %s", mname, ops_type_name(ns));
    return NULL;
}

/* ns[name] = value, through the mapping's __setitem__ when __prepare__ gave a dict subclass. */
static AwStatus ns_store(AwVM *vm, AwDict *ns, AwStr *name, AwValue value) {
    if (type_of(value_from_ptr(ns)) == &aw_type_dict) return dict_set_str(vm, ns, name, value);
    return ops_setitem(vm, value_from_ptr(ns), str_value(name), value);
}

/* After the metaclass made the class: the body's __class__ cell must hold it (CPython's
 * errors when a metaclass dropped __classcell__ or bound it to another class). */
static AwStatus check_classcell(AwVM *vm, AwValue cell, AwValue name, AwValue cls) {
    if (!value_is_instance(cls, &aw_type_type) || !value_is_type(cell, &aw_type_cell)) return AW_OK;
    AwValue held = AW_CELL(cell)->value;
    if (held == cls) return AW_OK;
    AwValue parts[3] = {held == AW_EMPTY ? AW_NONE : held, name, cls};
    for (int i = 0; i < 3; i++)
        if ((parts[i] = ops_repr(vm, parts[i])) == AW_ERR || gc_push_root(vm, parts[i])) {
            if (i) gc_pop_roots(vm, i);
            return AW_ERROR;
        }
    if (held == AW_EMPTY)
        vm_raise(vm, &aw_exc_RuntimeError, "__class__ not set defining %s as %s. Was __classcell__ "
                 "propagated to type.__new__?", AW_STR(parts[1])->data, AW_STR(parts[2])->data);
    else
        vm_raise(vm, &aw_exc_TypeError, "__class__ set to %s defining %s as %s",
                 AW_STR(parts[0])->data, AW_STR(parts[1])->data, AW_STR(parts[2])->data);
    gc_pop_roots(vm, 3);
    return AW_ERROR;
}

AwValue class_build(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc < 2 || !value_is_type(argv[0], &aw_type_function) || !value_is_str(argv[1]))
        return vm_raise(vm, &aw_exc_TypeError, "__build_class__: bad arguments");
    AwValue meta = AW_EMPTY;
    int nkw = kwnames ? (int)kwnames->len : 0, nclass_kw = 0;
    AwValue call[3 + 64];   /* name, bases, ns, then the class keywords other than metaclass */
    AwTuple *class_kwnames = nkw > (int)(sizeof call / sizeof *call) - 3 ? NULL : tuple_new(vm, nkw);
    if (!class_kwnames) return nkw > 61 ? vm_raise(vm, &aw_exc_TypeError, "too many class keywords") : AW_ERR;
    for (int i = 0; i < nkw; i++) {
        if (str_equal_cstr(AW_STR(kwnames->items[i]), "metaclass")) { meta = argv[argc + i]; continue; }
        class_kwnames->items[nclass_kw] = kwnames->items[i];
        call[3 + nclass_kw++] = argv[argc + i];
    }
    class_kwnames->len = nclass_kw;
    if (gc_push_root(vm, value_from_ptr(class_kwnames))) return AW_ERR;
    AwTuple *orig_bases = tuple_from(vm, argc - 2, argv + 2);
    if (!orig_bases || gc_push_root(vm, value_from_ptr(orig_bases))) { gc_pop_roots(vm, 1); return AW_ERR; }
    AwTuple *bases = resolve_bases(vm, orig_bases);
    if (!bases || gc_push_root(vm, value_from_ptr(bases))) { gc_pop_roots(vm, 2); return AW_ERR; }
    if (meta == AW_EMPTY) meta = value_from_ptr(&aw_type_type);
    if (value_is_instance(meta, &aw_type_type) && calculate_meta(vm, &meta, bases)) { gc_pop_roots(vm, 3); return AW_ERR; }
    AwDict *ns = prepare_namespace(vm, meta, argv[1], bases, call + 3, class_kwnames, nclass_kw);
    AwValue result = AW_ERR;
    if (ns && !gc_push_root(vm, value_from_ptr(ns))) {
        AwValue cell = vm_call_with_locals(vm, AW_FUNCTION(argv[0]), ns);
        /* as CPython: the body's last store is __classcell__, then __orig_bases__, both
         * through a __prepare__d mapping's own __setitem__ */
        if (cell != AW_ERR && cell != AW_NONE && ns_store(vm, ns, AW_NAME(vm, __classcell__), cell))
            cell = AW_ERR;
        if (cell != AW_ERR && bases != orig_bases &&
            ns_store(vm, ns, str_intern_cstr(vm, "__orig_bases__"), value_from_ptr(orig_bases)))
            cell = AW_ERR;
        if (cell != AW_ERR) {
            call[0] = argv[1];
            call[1] = value_from_ptr(bases);
            call[2] = value_from_ptr(ns);
            if (meta == value_from_ptr(&aw_type_type))
                result = class_new_kw(vm, &aw_type_type, str_intern_str(vm, AW_STR(argv[1])), bases, ns, call + 3, class_kwnames);
            else
                result = vm_call(vm, meta, 3, call, nclass_kw ? class_kwnames : NULL);
            if (result != AW_ERR && cell != AW_NONE && check_classcell(vm, cell, argv[1], result))
                result = AW_ERR;
        }
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 3);
    return result;
}

/* ---- type attributes ---- */

static bool name_has_nul(const AwStr *s) { return (int64_t)strlen(s->data) != (int64_t)s->byte_len; }

static AwValue type_get_name(AwVM *vm, AwValue self) { return str_value(AS_TYPE(self)->name_str); }
static AwStatus type_set_name(AwVM *vm, AwValue self, AwValue v) {
    if (!value_is_str(v)) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "can only assign string to %s.__name__, not '%s'", type_name(AS_TYPE(self)), ops_type_name(v)));
    if (name_has_nul(AW_STR(v))) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "type name must not contain null characters"));
    AS_TYPE(self)->name_str = AW_STR(v);
    return AW_OK;
}
static AwValue type_get_qualname(AwVM *vm, AwValue self) {
    AwType *t = AS_TYPE(self);
    return str_value(t->qualname ? t->qualname : t->name_str);
}
static AwStatus type_set_qualname(AwVM *vm, AwValue self, AwValue v) {
    if (!value_is_str(v))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "can only assign string to %s.__qualname__, not '%s'", type_name(AS_TYPE(self)), ops_type_name(v)));
    AS_TYPE(self)->qualname = AW_STR(v);
    return AW_OK;
}
static AwValue type_get_module(AwVM *vm, AwValue self) {
    AwType *t = AS_TYPE(self);
    if (t->flags & AW_TYPE_HEAP) {
        AwValue m = dict_get_str(t->dict, AW_NAME(vm, __module__));
        if (m != AW_EMPTY) return m;
    }
    return str_value(t->module ? t->module : str_intern_cstr(vm, "builtins"));
}

/* C.__module__ = "m": heap classes only, as in CPython. */
static AwStatus type_set_module(AwVM *vm, AwValue self, AwValue v) {
    AwType *t = AS_TYPE(self);
    if (!(t->flags & AW_TYPE_HEAP))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "cannot set '__module__' attribute of immutable type '%s'", type_name(t)));
    if (value_is_str(v)) t->module = AW_STR(v);
    type_epoch++;
    return dict_set_str(vm, t->dict, AW_NAME(vm, __module__), v);
}
/* C.__dict__: a fresh read-only proxy, as CPython's; writes go through setattr, which keeps
 * the attribute caches (version) right. */
static AwValue type_get_dict(AwVM *vm, AwValue self) { return mappingproxy_new(vm, value_from_ptr(AS_TYPE(self)->dict)); }
static AwValue type_get_mro(AwVM *vm, AwValue self) { return value_from_ptr(AS_TYPE(self)->mro); }
static AwValue type_get_bases(AwVM *vm, AwValue self) { return value_from_ptr(AS_TYPE(self)->bases); }

/* type.__flags__: CPython's Py_TPFLAGS_* bits that pure-Python code tests (copyreg's HEAPTYPE,
 * inspect's IS_ABSTRACT, the fast subclass bits); READY and HAVE_VERSION_TAG are always set. */
static AwValue type_get_flags(AwVM *vm, AwValue self) {
    AwType *t = AS_TYPE(self);
    static AwType *const subclass_bits[] = {&aw_type_int, &aw_type_list, &aw_type_tuple, &aw_type_bytes,
                                            &aw_type_str, &aw_type_dict, &aw_exc_BaseException, &aw_type_type};
    int64_t flags = (1 << 12) | (1 << 18);
    if (t->flags & AW_TYPE_HEAP) flags |= 1 << 9;
    if (t->flags & AW_TYPE_BASETYPE) flags |= 1 << 10;
    if (t->flags & AW_TYPE_HAS_ABSTRACT) flags |= 1 << 20;
    for (int i = 0; i < 8; i++)
        if (t == subclass_bits[i] || type_is_subtype(t, subclass_bits[i])) flags |= (int64_t)1 << (24 + i);
    return value_from_small(flags);
}
static AwValue type_get_base(AwVM *vm, AwValue self) {
    AwType *b = AS_TYPE(self)->base;
    return b ? value_from_ptr(b) : AW_NONE;
}
static AwValue type_get_doc(AwVM *vm, AwValue self) {
    /* type's own dict holds this getset under __doc__, so its docstring is kept here */
    if (AS_TYPE(self) == &aw_type_type) {
        AwStr *doc = str_from_cstr(vm, "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type");
        return doc ? str_value(doc) : AW_ERR;
    }
    AwValue d = dict_get_str(AS_TYPE(self)->dict, AW_NAME(vm, __doc__));
    if (d == AW_EMPTY) return AW_NONE;
    /* a built-in type whose instances have a __doc__ getset (function, method): its own text */
    if (value_is_type(d, &aw_type_getset) && !(AS_TYPE(self)->flags & AW_TYPE_HEAP)) {
        const char *text = class_builtin_doc(AS_TYPE(self)->name);
        AwStr *doc = text ? str_from_cstr(vm, text) : NULL;
        return !text ? AW_NONE : doc ? str_value(doc) : AW_ERR;
    }
    /* a descriptor there (classmethod(property(...))) is bound to the class, as CPython does */
    return value_is_str(d) || d == AW_NONE ? d : class_bind(vm, d, AW_EMPTY, AS_TYPE(self));
}

/* __text_signature__: CPython's for a built-in class (property, list, ...), else None;
 * inspect.signature(cls) reads it. */
static AwValue type_get_text_signature(AwVM *vm, AwValue self) {
    char key[256];
    AwType *t = AS_TYPE(self);
    bool named = !(t->flags & AW_TYPE_HEAP) && snprintf(key, sizeof key, "builtins.%s", type_name(t)) < (int)sizeof key;
    const char *sig = named ? native_text_signature(key) : NULL;
    AwStr *s = sig ? str_from_cstr(vm, sig) : NULL;
    return !sig ? AW_NONE : s ? str_value(s) : AW_ERR;
}

/* C.__doc__ = "...": heap classes only, as in CPython (namedtuple users document classes). */
/* C.__annotations__ (3.10+): C's own dict entry (a descriptor there is bound to C), created
 * empty on first use for a heap class; built-in types have none. */
static AwValue type_get_annotations(AwVM *vm, AwValue self) {
    AwType *t = AS_TYPE(self);
    AwStr *key = str_intern_cstr(vm, "__annotations__");
    if (!key) return AW_ERR;
    if (!(t->flags & AW_TYPE_HEAP))
        return vm_raise(vm, &aw_exc_AttributeError, "type object '%s' has no attribute '__annotations__'", type_name(t));
    AwValue a = dict_get_str(t->dict, key);
    if (a != AW_EMPTY)
        return value_is_instance(a, &aw_type_dict) ? a : class_bind(vm, a, AW_EMPTY, t);
    AwDict *d = dict_new(vm);
    if (!d) return AW_ERR;
    type_epoch++;
    return dict_set_str(vm, t->dict, key, value_from_ptr(d)) ? AW_ERR : value_from_ptr(d);
}

static AwStatus type_set_annotations(AwVM *vm, AwValue self, AwValue v) {
    AwType *t = AS_TYPE(self);
    AwStr *key = str_intern_cstr(vm, "__annotations__");
    if (!key) return AW_ERROR;
    if (!(t->flags & AW_TYPE_HEAP))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "cannot %s '__annotations__' attribute of immutable type '%s'",
                                v == AW_EMPTY ? "delete" : "set", type_name(t)));
    type_epoch++;
    if (v != AW_EMPTY) return dict_set_str(vm, t->dict, key, v);
    int r = dict_del(vm, t->dict, str_value(key));
    if (r == 0) vm_raise(vm, &aw_exc_AttributeError, "__annotations__");
    return r > 0 ? AW_OK : AW_ERROR;
}

static AwStatus type_set_doc(AwVM *vm, AwValue self, AwValue v) {
    AwType *t = AS_TYPE(self);
    if (!(t->flags & AW_TYPE_HEAP) || v == AW_EMPTY)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "cannot %s '__doc__' attribute of immutable type '%s'",
                                v == AW_EMPTY ? "delete" : "set", type_name(t)));
    type_epoch++;
    return dict_set_str(vm, t->dict, AW_NAME(vm, __doc__), v);
}

static AwValue type_m_mro(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwTuple *m = AS_TYPE(argv[0])->mro;
    return list_from_iterable(vm, value_from_ptr(m));
}

static AwValue type_m_subclasscheck(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__subclasscheck__", argc, 2, 2)) return AW_ERR;
    int r = ops_object_issubclass(vm, argv[1], argv[0]);
    return r < 0 ? AW_ERR : value_from_bool(r);
}

static AwValue type_m_instancecheck(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__instancecheck__", argc, 2, 2)) return AW_ERR;
    int r = ops_object_isinstance(vm, argv[1], argv[0]);
    return r < 0 ? AW_ERR : value_from_bool(r);
}

/* One candidate for type.__subclasses__: a class that lists the wanted base among its bases. */
typedef struct {
    AwType *base;        /* the class whose subclasses are collected */
    AwType **found;      /* matches, in heap order (no allocation while the heap is walked) */
    size_t count, cap;   /* entries used / allocated in found */
    bool failed;         /* the found array could not grow */
} SubclassScan;

/* Adds c to the scan's findings (on failure to grow, the scan is marked failed). */
static void scan_add(SubclassScan *s, AwType *c) {
    if (s->count == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        AwType **f = realloc(s->found, cap * sizeof *f);
        if (!f) { s->failed = true; return; }
        s->found = f;
        s->cap = cap;
    }
    s->found[s->count++] = c;
}

static void scan_subclass(AwObject *o, void *ctx) {
    SubclassScan *s = ctx;
    if (!(o->type->flags & AW_TYPE_METATYPE) || s->failed) return;
    AwType *c = (AwType *)o;
    if (!c->bases) return;
    for (int64_t i = 0; i < c->bases->len; i++) {
        if (value_as_ptr(c->bases->items[i]) != &s->base->obj) continue;
        scan_add(s, c);
        return;
    }
}

static AwValue type_m_subclasses(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    SubclassScan scan = {AS_TYPE(argv[0]), NULL, 0, 0, false};
    for (const AwType *const *t = class_static_types(); *t; t++) scan_subclass((AwObject *)&(*t)->obj, &scan);
    gc_each_object(vm, scan_subclass, &scan);
    AwList *out = scan.failed ? NULL : list_new(vm, 0);
    for (size_t i = 0; out && i < scan.count; i++)
        if (list_append(vm, out, value_from_ptr(scan.found[i]))) out = NULL;
    free(scan.found);
    if (scan.failed) return vm_raise_memory(vm);
    return out ? value_from_ptr(out) : AW_ERR;
}

/* One candidate for reinstall_descendants: a heap class with the wanted class in its MRO. */
static void scan_descendant(AwObject *o, void *ctx) {
    SubclassScan *s = ctx;
    if (!(o->type->flags & AW_TYPE_METATYPE) || s->failed) return;
    AwType *c = (AwType *)o;
    if (c == s->base || !(c->flags & AW_TYPE_HEAP) || !c->mro) return;
    for (int64_t i = 1; i < c->mro->len; i++) {
        if (value_as_ptr(c->mro->items[i]) != &s->base->obj) continue;
        scan_add(s, c);
        return;
    }
}

/* Orders descendants so that every class comes after its bases (a longer MRO). */
static int by_mro_length(const void *a, const void *b) {
    int64_t x = (*(AwType *const *)a)->mro->len, y = (*(AwType *const *)b)->mro->len;
    return x < y ? -1 : x > y;
}

/* The heap classes below t (no allocation happens while the heap is walked; none of them can
 * be freed before the next safe point). The caller frees *out. */
static AwStatus collect_descendants(AwVM *vm, AwType *t, SubclassScan *scan) {
    *scan = (SubclassScan){t, NULL, 0, 0, false};
    if (!(t->flags & AW_TYPE_SUBCLASSED)) return AW_OK;
    gc_each_object(vm, scan_descendant, scan);
    if (scan->failed) return vm_fail(vm_raise_memory(vm));
    qsort(scan->found, scan->count, sizeof *scan->found, by_mro_length);
    return AW_OK;
}

static AwStatus reinstall_descendants(AwVM *vm, AwType *t) {
    SubclassScan scan;
    AwStatus st = collect_descendants(vm, t, &scan);
    for (size_t i = 0; st == AW_OK && i < scan.count; i++) class_install_slots(vm, scan.found[i]);
    free(scan.found);
    return st;
}

/* C.__bases__ = (...): a new MRO for C and every class below it, whose slots then follow it.
 * The new bases must give instances the layout they have (CPython's compatibility rule). */
static AwStatus type_set_bases(AwVM *vm, AwValue self, AwValue v) {
    AwType *t = AS_TYPE(self);
    if (!(t->flags & AW_TYPE_HEAP) || v == AW_EMPTY)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "cannot %s '__bases__' attribute of immutable type '%s'",
                                v == AW_EMPTY ? "delete" : "set", type_name(t)));
    if (!value_is_tuple(v))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "can only assign tuple to %s.__bases__, not %s",
                                type_name(t), ops_type_name(v)));
    if (AW_TUPLE(v)->len == 0)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                                type_name(t)));
    AwTuple *bases = AW_TUPLE(v);
    for (int64_t i = 0; i < bases->len; i++)
        if (value_is_instance(bases->items[i], &aw_type_type) && type_is_subtype(AS_TYPE(bases->items[i]), t))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "a __bases__ item causes an inheritance cycle"));
    AwType *best, *old = t->base;
    if (check_bases(vm, bases, &best)) return AW_ERROR;
    if ((best->flags ^ old->flags) & AW_TYPE_HEAP)   /* CPython: built-in and heap types free differently */
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'",
                                type_name(best), type_name(old)));
    if (best->instance_size != old->instance_size || best->dict_offset != old->dict_offset || best->nslots || old->nslots ||
        solid_base(best) != solid_base(old))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
                                type_name(best), type_name(old)));
    SubclassScan scan;
    if (collect_descendants(vm, t, &scan)) return AW_ERROR;
    AwTuple *old_bases = t->bases;
    t->bases = bases;
    AwTuple *mro = compute_mro(vm, t, bases);
    if (!mro) {   /* no consistent MRO: nothing changes */
        t->bases = old_bases;
        free(scan.found);
        return AW_ERROR;
    }
    t->base = best;
    t->mro = mro;
    mark_subclassed(t);
    AwStatus st = AW_OK;
    for (size_t i = 0; st == AW_OK && i < scan.count; i++) {
        AwTuple *m = compute_mro(vm, scan.found[i], scan.found[i]->bases);
        if (m) { scan.found[i]->mro = m; mark_subclassed(scan.found[i]); }
        else st = AW_ERROR;
    }
    class_install_slots(vm, t);
    for (size_t i = 0; i < scan.count; i++) class_install_slots(vm, scan.found[i]);
    free(scan.found);
    return st;
}

/* type.__new__(mcs, name, bases, ns): what a metaclass's __new__ calls through super(). */
static AwValue type_m_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 1 || !value_is_instance(argv[0], &aw_type_type) || !type_is_subtype(AS_TYPE(argv[0]), &aw_type_type))
        return vm_raise(vm, &aw_exc_TypeError, "type.__new__(X): X is not a type object");
    return type_new_slot(vm, AS_TYPE(argv[0]), argc - 1, argv + 1, kw);
}

static AwValue type_m_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return AW_NONE; }

/* type.__setattr__(cls, name, value) / type.__delattr__(cls, name) / type.__getattribute__:
 * what a metaclass reaches through super(). */
static AwValue type_attr_call(AwVM *vm, int argc, const AwValue *argv, const char *fname, int nargs) {
    if (args_count(vm, fname, argc, nargs, nargs)) return AW_ERR;
    if (!value_is_instance(argv[0], &aw_type_type))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' requires a 'type' object but received a '%s'", fname,
                        ops_type_name(argv[0]));
    AwStr *name = attr_name_arg(vm, argv[1]);
    if (!name) return AW_ERR;
    if (nargs == 2 && fname[2] == 'g') return type_getattr(vm, argv[0], name);
    return type_setattr(vm, argv[0], name, nargs == 3 ? argv[2] : AW_EMPTY) ? AW_ERR : AW_NONE;
}

static AwValue type_m_setattr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return type_attr_call(vm, argc, argv, "__setattr__", 3);
}
static AwValue type_m_delattr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return type_attr_call(vm, argc, argv, "__delattr__", 2);
}
static AwValue type_m_getattribute(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return type_attr_call(vm, argc, argv, "__getattribute__", 2);
}

/* type.__prepare__(name, bases, **kwds): the empty dict a class body starts from. */
static AwValue type_m_prepare(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwDict *d = dict_new(vm);
    return d ? value_from_ptr(d) : AW_ERR;
}

static AwValue type_m_call(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 1) return vm_raise(vm, &aw_exc_TypeError, "descriptor '__call__' of 'type' object needs an argument");
    return type_call(vm, argv[0], argc - 1, argv + 1, kw);
}

static const AwMethodDef type_methods[] = {
    {"__new__", type_m_new, AW_METH_STATIC},
    {"__init__", type_m_init, 0},
    {"__prepare__", type_m_prepare, AW_METH_CLASS},
    {"__setattr__", type_m_setattr, 0},
    {"__delattr__", type_m_delattr, 0},
    {"__getattribute__", type_m_getattribute, 0},
    {"__call__", type_m_call, 0},
    {"mro", type_m_mro, 0},
    {"__subclasscheck__", type_m_subclasscheck, 0},
    {"__instancecheck__", type_m_instancecheck, 0},
    {"__subclasses__", type_m_subclasses, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__dict__", type_get_dict, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__bases__", type_get_bases, type_set_bases},
    {"__base__", type_get_base, NULL},
    {"__flags__", type_get_flags, NULL},
    {"__doc__", type_get_doc, type_set_doc},
    {"__annotations__", type_get_annotations, type_set_annotations},
    {"__text_signature__", type_get_text_signature, NULL},
    {NULL, NULL, NULL},
};

static AwStatus type_hash(AwVM *vm, AwValue self, int64_t *out) {
    *out = (int64_t)(((uintptr_t)value_as_ptr(self)) >> 4);
    return AW_OK;
}

static AwValue type_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if (op == AW_CMP_EQ) return value_from_bool(a == b);
    if (op == AW_CMP_NE) return value_from_bool(a != b);
    return AW_NOTIMPL;
}

/* int | None: a types.UnionType (either operand may be the class) */
static AwValue type_binary(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    return op == AW_BINOP_OR ? union_or(vm, a, b) : AW_NOTIMPL;
}

AwType aw_type_type = {
    .name = "type",
    .base = &aw_type_object,
    .instance_size = sizeof(AwType),
    .flags = AW_TYPE_BASETYPE | AW_TYPE_METATYPE,
    .repr = type_repr,
    .hash = type_hash,
    .compare = type_compare,
    .binary = type_binary,
    .rbinary = type_binary,
    .call = type_call,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .new_ = type_new_slot,
    .trace = type_trace,
    .methods = type_methods,
    .getsets = type_getsets,
};

/* ---- super ---- */

typedef struct {
    AwObject obj;       /* header */
    AwType *type;       /* lookups start after this class in the MRO */
    AwValue self;       /* the bound object (instance or class); AW_NONE when unbound */
    AwType *self_type;  /* type(self), or self when self is a class; NULL when unbound */
} AwSuper;

static void super_trace(AwGC *gc, AwObject *o) {
    AwSuper *s = (AwSuper *)o;
    gc_mark_object(gc, &s->type->obj);
    gc_mark_value(gc, s->self);
    if (s->self_type) gc_mark_object(gc, &s->self_type->obj);
}

/* The super object for cls and self (None: unbound, as super(cls) or super(cls, None)). */
static AwValue super_make(AwVM *vm, AwType *type, AwValue cls, AwValue self) {
    AwType *st = NULL;
    if (self == AW_NONE) st = NULL;
    else if (value_is_instance(self, &aw_type_type) && type_is_subtype(AS_TYPE(self), AS_TYPE(cls))) st = AS_TYPE(self);
    else if (value_is_instance(self, AS_TYPE(cls))) st = type_of(self);
    else return vm_raise(vm, &aw_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    AwSuper *s = (AwSuper *)gc_new(vm, type, type->instance_size ? type->instance_size : sizeof(AwSuper));
    if (!s) return AW_ERR;
    s->type = AS_TYPE(cls);
    s->self = self;
    s->self_type = st;
    return value_from_ptr(s);
}

static AwStatus super_from_frame(AwVM *vm, AwValue *type_out, AwValue *self_out) {
    AwFrame *f = vm_current_frame(vm);
    if (!f || !f->func || f->code->argcount == 0)
        return vm_fail(vm_raise(vm, &aw_exc_RuntimeError, "super(): no arguments"));
    AwCode *code = f->code;
    AwValue self = f->slots[0];
    for (int i = 0; i < code->ncells; i++)
        if (code->cell_slots[i] == 0 && value_is_type(self, &aw_type_cell)) self = AW_CELL(self)->value;
    if (self == AW_EMPTY) return vm_fail(vm_raise(vm, &aw_exc_RuntimeError, "super(): arg[0] deleted"));
    for (int i = code->nlocals - code->nfree; i < code->nlocals; i++) {
        if (str_equal_cstr(AW_STR(code->varnames->items[i]), "__class__")) {
            AwValue cell = f->slots[i];
            AwValue cls = value_is_type(cell, &aw_type_cell) ? AW_CELL(cell)->value : AW_EMPTY;
            if (cls == AW_EMPTY) return vm_fail(vm_raise(vm, &aw_exc_RuntimeError, "super(): empty __class__ cell"));
            *type_out = cls;
            *self_out = self;
            return AW_OK;
        }
    }
    return vm_fail(vm_raise(vm, &aw_exc_RuntimeError, "super(): __class__ cell not found"));
}

static AwValue super_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    AwValue cls, self;
    if (args_no_kwargs(vm, "super", kw)) return AW_ERR;
    if (argc == 0) {
        if (super_from_frame(vm, &cls, &self)) return AW_ERR;
    } else if (argc == 1 || argc == 2) {
        cls = argv[0];
        self = argc == 2 ? argv[1] : AW_NONE;
    } else {
        return vm_raise(vm, &aw_exc_TypeError, "super() expected at most 2 arguments, got %d", argc);
    }
    if (!value_is_instance(cls, &aw_type_type))
        return vm_raise(vm, &aw_exc_TypeError, "super() argument 1 must be a type, not %s", ops_type_name(cls));
    return super_make(vm, type, cls, self);
}

static AwValue super_getattr(AwVM *vm, AwValue self, AwStr *name) {
    AwSuper *s = AW_AS(AwSuper, self);
    /* an unbound super, and __class__, are looked up on the super object itself */
    if (!s->self_type || name == AW_NAME(vm, __class__)) return object_generic_getattr(vm, self, name);
    AwTuple *mro = s->self_type->mro;
    int64_t i = 0;
    while (i < mro->len && value_as_ptr(mro->items[i]) != &s->type->obj) i++;
    for (i++; i < mro->len; i++) {
        AwType *t = AS_TYPE(mro->items[i]);
        AwValue v = dict_get_str(t->dict, name);
        if (v == AW_EMPTY) continue;
        bool self_is_class = value_as_ptr(s->self) == &s->self_type->obj;
        return class_bind(vm, v, self_is_class ? AW_EMPTY : s->self, s->self_type);
    }
    return object_generic_getattr(vm, self, name);
}

static AwValue super_repr(AwVM *vm, AwValue self) {
    AwSuper *s = AW_AS(AwSuper, self);
    AwStr *r = s->self_type ? str_printf(vm, "<super: <class '%s'>, <%s object>>", type_name(s->type), type_name(s->self_type))
                            : str_printf(vm, "<super: <class '%s'>, NULL>", type_name(s->type));
    return r ? str_value(r) : AW_ERR;
}

/* super.__get__(obj, type=None): an unbound super binds to obj; a bound one stays itself. */
static AwValue super_m_get(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__get__", kw) || args_count(vm, "__get__", argc, 2, 3)) return AW_ERR;
    AwSuper *s = AW_AS(AwSuper, argv[0]);
    if (argv[1] == AW_NONE || s->self_type) return argv[0];
    return super_make(vm, type_of(argv[0]), value_from_ptr(s->type), argv[1]);
}

static AwValue super_get_thisclass(AwVM *vm, AwValue self) { return value_from_ptr(AW_AS(AwSuper, self)->type); }
static AwValue super_get_self(AwVM *vm, AwValue self) { return AW_AS(AwSuper, self)->self; }
static AwValue super_get_self_class(AwVM *vm, AwValue self) {
    AwType *st = AW_AS(AwSuper, self)->self_type;
    return st ? value_from_ptr(st) : AW_NONE;
}

static const AwMethodDef super_methods[] = {
    {"__get__", super_m_get, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL},
    {"__self__", super_get_self, NULL},
    {"__self_class__", super_get_self_class, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_super = {
    .name = "super",
    .base = &aw_type_object,
    .instance_size = sizeof(AwSuper),
    .flags = AW_TYPE_BASETYPE,
    .repr = super_repr,
    .getattr = super_getattr,
    .new_ = super_new,
    .trace = super_trace,
    .methods = super_methods,
    .getsets = super_getsets,
};
