/* class.c — `object`, `type`, the singleton types, static type set-up, user classes (C3 MRO,
 * dunder slots), the generic attribute protocol and super().
 *
 * A user class is a heap AwType. Its C slots start as copies of its "solid base" (the nearest
 * built-in type in the MRO, whose instance layout it extends) and every slot whose dunder is
 * defined by a user class earlier in the MRO is replaced by a trampoline (class_slots.c) that
 * calls the dunder. So the VM calls `type->repr` without caring who wrote it.
 */
#include "interp/class.h"

#include <stdio.h>
#include <string.h>
#include "interp/args.h"
#include "interp/code.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/fiber.h"
#include "interp/function.h"
#include "interp/gc.h"
#include "interp/list.h"
#include "interp/member.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/slotwrap.h"
#include "interp/vm.h"
#include "interp/type_docs.h"
#include "interp/docstrings.h"

void class_install_slots(AwVM *vm, AwType *type); /* class_slots.c */
AwValue class_instance_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw);
AwFrame *vm_current_frame(AwVM *vm);              /* vm.c */

/* ---- getset descriptors (native properties of static types) ---- */

typedef struct {
    AwObject obj;              /* header */
    const AwGetSetDef *def;    /* the accessor pair */
    AwType *owner;             /* the type that defines it */
} AwGetSetDescr;

AwType aw_type_getset;

static bool is_data_descriptor(AwValue attr) {
    if (!value_is_ptr(attr)) return false;
    AwType *t = type_of(attr);
    if (t == &aw_type_property || t == &aw_type_getset || t == &aw_type_member) return true;
    if (!(t->flags & AW_TYPE_HEAP)) return false;
    return false; /* user descriptors: checked by the slower path below */
}

/* ---- type basics ---- */

const char *type_name(AwType *t) { return t->name_str ? t->name_str->data : t->name; }

int type_is_subtype(AwType *sub, AwType *base) {
    if (sub == base) return 1;
    /* Classes inherit these flags from their solid base, so they answer the two most frequent
     * questions (is it an exception? is it a class?) without walking the MRO. */
    if (base == &aw_exc_BaseException) return (sub->flags & AW_TYPE_EXCEPTION) != 0;
    if (base == &aw_type_type) return (sub->flags & AW_TYPE_METATYPE) != 0;
    if (sub->mro) {
        for (int64_t i = 0; i < sub->mro->len; i++)
            if (value_as_ptr(sub->mro->items[i]) == &base->obj) return 1;
        return 0;
    }
    for (AwType *t = sub->base; t; t = t->base)
        if (t == base) return 1;
    return 0;
}

uint32_t type_epoch;

/* The MRO walk, without the cache. */
static AwValue lookup_uncached(AwType *type, AwStr *name) {
    AwTuple *mro = type->mro;
    if (!mro) return type->dict ? dict_get_str(type->dict, name) : AW_EMPTY;
    for (int64_t i = 0; i < mro->len; i++) {
        AwType *t = (AwType *)value_as_ptr(mro->items[i]);
        if (!t->dict) continue;
        AwValue v = dict_get_str(t->dict, name);
        if (v != AW_EMPTY) return v;
    }
    return AW_EMPTY;
}

/* A direct-mapped cache of (type, interned name) -> lookup result, valid while type_epoch is
 * unchanged (any class attribute change or class creation bumps it), as CPython's type
 * attribute cache. It makes type_lookup O(1) for dunder dispatch, methods and descriptors. */
#define TYPE_CACHE_SIZE 4096
static struct {
    AwType *type;        /* key: the type */
    AwStr *name;         /* key: the interned name */
    uint32_t epoch;      /* type_epoch when filled */
    AwValue value;       /* the lookup result (AW_EMPTY when missing) */
} type_cache[TYPE_CACHE_SIZE];

AwValue type_lookup(AwType *type, AwStr *name) {
    if (!str_is_interned(name)) return lookup_uncached(type, name);
    size_t h = ((((uintptr_t)type) >> 4) * 31 + (((uintptr_t)name) >> 4)) & (TYPE_CACHE_SIZE - 1);
    if (type_cache[h].type == type && type_cache[h].name == name && type_cache[h].epoch == type_epoch)
        return type_cache[h].value;
    AwValue v = lookup_uncached(type, name);
    type_cache[h].type = type;
    type_cache[h].name = name;
    type_cache[h].epoch = type_epoch;
    type_cache[h].value = v;
    return v;
}

/* The type in the MRO whose dict defines name, or NULL. */
AwType *type_lookup_owner(AwType *type, AwStr *name) {
    AwTuple *mro = type->mro;
    for (int64_t i = 0; mro && i < mro->len; i++) {
        AwType *t = (AwType *)value_as_ptr(mro->items[i]);
        if (t->dict && dict_get_str(t->dict, name) != AW_EMPTY) return t;
    }
    return NULL;
}

/* ---- static type set-up ---- */

static AwStatus add_methods(AwVM *vm, AwType *type) {
    for (const AwMethodDef *m = type->methods; m && m->name; m++) {
        AwNative *fn = native_new(vm, m->name, m->fn, m->flags, type);
        if (!fn) return AW_ERROR;
        AwValue v = value_from_ptr(fn);
        if (m->flags & (AW_METH_STATIC | AW_METH_CLASS)) {
            AwType *wt = (m->flags & AW_METH_STATIC) ? &aw_type_staticmethod : &aw_type_classmethod;
            AwMethodWrapper *w = (AwMethodWrapper *)gc_new(vm, wt, sizeof(AwMethodWrapper));
            if (!w) return AW_ERROR;
            w->func = v;
            v = value_from_ptr(w);
        }
        if (dict_set_cstr(vm, type->dict, m->name, v)) return AW_ERROR;
    }
    return AW_OK;
}

static AwStatus add_getsets(AwVM *vm, AwType *type) {
    for (const AwGetSetDef *g = type->getsets; g && g->name; g++) {
        AwGetSetDescr *d = (AwGetSetDescr *)gc_new(vm, &aw_type_getset, sizeof(AwGetSetDescr));
        if (!d) return AW_ERROR;
        d->def = g;
        d->owner = type;
        if (dict_set_cstr(vm, type->dict, g->name, value_from_ptr(d))) return AW_ERROR;
    }
    return AW_OK;
}

/* Static types inherit the slots they leave NULL from their base, except the ones whose
 * absence means something (iter/next/len/... "not supported", new_ "abstract"); hash is
 * inherited only together with compare, as CPython does for __eq__/__hash__. */
static void inherit_static_slots(AwType *t) {
    AwType *b = t->base;
    if (!b) return;
#define INHERIT(slot) if (!t->slot) t->slot = b->slot
    INHERIT(repr); INHERIT(str); INHERIT(getattr); INHERIT(setattr);
    INHERIT(binary); INHERIT(rbinary); INHERIT(unary); INHERIT(trace); INHERIT(free_);
    if (!t->compare && !t->hash) { t->compare = b->compare; t->hash = b->hash; }
    if (!t->instance_size) t->instance_size = b->instance_size;
    if (!t->dict_offset) t->dict_offset = b->dict_offset;
#undef INHERIT
}

static AwStatus compute_static_mro(AwVM *vm, AwType *type) {
    int n = 0;
    for (AwType *t = type; t; t = t->base) n++;
    AwTuple *mro = tuple_new(vm, n);
    if (!mro) return AW_ERROR;
    int i = 0;
    for (AwType *t = type; t; t = t->base) mro->items[i++] = value_from_ptr(t);
    type->mro = mro;
    AwTuple *bases = type->base ? tuple_from(vm, 1, &mro->items[1]) : tuple_empty(vm);
    if (!bases) return AW_ERROR;
    type->bases = bases;
    return AW_OK;
}

/* T.__new__(cls, ...) for a built-in type: `self` of the native is T. When instances are made
 * empty and filled by __init__ (list, dict, set, ...) the arguments are left to __init__, as
 * CPython, except that BaseException.__new__ stores them as args too; a type without __init__
 * (range, zip, property, ...) builds the instance from them. */
static AwValue builtin_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwType *owner = (AwType *)value_as_ptr(argv[0]);
    if (argc < 2) return vm_raise(vm, &aw_exc_TypeError, "%s.__new__(): not enough arguments", type_name(owner));
    if (!value_is_instance(argv[1], &aw_type_type))
        return vm_raise(vm, &aw_exc_TypeError, "%s.__new__(X): X is not a type object (%s)", type_name(owner),
                        ops_type_name(argv[1]));
    AwType *t = (AwType *)value_as_ptr(argv[1]);
    if (!type_is_subtype(t, owner))
        return vm_raise(vm, &aw_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", type_name(owner), type_name(t),
                        type_name(t), type_name(owner));
    if (type_is_subtype(owner, &aw_exc_BaseException)) return owner->new_(vm, t, argc - 2, argv + 2, NULL);
    if (dict_get_str(owner->dict, AW_NAME(vm, __init__)) == AW_EMPTY) return owner->new_(vm, t, argc - 2, argv + 2, kw);
    return owner->new_(vm, t, 0, NULL, NULL);
}

static AwStatus add_builtin_new(AwVM *vm, AwType *type) {
    if (!type->new_ || dict_get_str(type->dict, AW_NAME(vm, __new__)) != AW_EMPTY || type == &aw_type_object)
        return AW_OK;
    AwNative *fn = native_new(vm, "__new__", builtin_new, AW_METH_STATIC, type);
    if (!fn) return AW_ERROR;
    fn->self = value_from_ptr(type);
    return dict_set_str(vm, type->dict, AW_NAME(vm, __new__), value_from_ptr(fn));
}

AwStatus type_ready(AwVM *vm, AwType *type) {
    if (type->dict) return AW_OK;
    if (type->base && type->base != type && !type->base->dict && type_ready(vm, type->base)) return AW_ERROR;
    type->obj.type = (type->flags & AW_TYPE_METATYPE) ? &aw_type_type : &aw_type_type;
    if (type != &aw_type_object && !type->base) type->base = &aw_type_object;
    if (type == &aw_type_object) type->base = NULL;
    inherit_static_slots(type);
    type->name_str = str_intern_cstr(vm, type->name);
    type->dict = dict_new(vm);
    if (!type->name_str || !type->dict) return AW_ERROR;
    if (add_methods(vm, type) || add_getsets(vm, type) || add_builtin_new(vm, type) || compute_static_mro(vm, type))
        return AW_ERROR;
    if (type->hash == NULL && type->compare != NULL && dict_get_str(type->dict, AW_NAME(vm, __hash__)) == AW_EMPTY)
        if (dict_set_str(vm, type->dict, AW_NAME(vm, __hash__), AW_NONE)) return AW_ERROR;
    return AW_OK;
}

/* Every static type, for type_init_all and for the GC (marks and static-mark clearing). */
#define AW_REF_TYPE(name) &aw_type_##name,
#define AW_REF_EXC(name, base) &aw_exc_##name,
static AwType *const static_types[] = {
    AW_STATIC_TYPES(AW_REF_TYPE) &aw_type_getset, &aw_type_member, AW_EXCEPTIONS(AW_REF_EXC) NULL
};
#undef AW_REF_TYPE
#undef AW_REF_EXC

const AwType *const *class_static_types(void) { return (const AwType *const *)static_types; }

const char *class_builtin_doc(const char *name) {
    size_t lo = 0, hi = sizeof type_docs / sizeof type_docs[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(type_docs[mid].name, name);
        if (c == 0) return type_docs[mid].doc;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

AwStatus type_init_all(AwVM *vm) {
    aw_type_type.flags |= AW_TYPE_METATYPE;
    for (int i = 0; static_types[i]; i++)
        if (type_ready(vm, static_types[i])) return AW_ERROR;
    for (int i = 0; static_types[i]; i++) {   /* __doc__ as CPython's (dir() lists it) */
        AwType *t = static_types[i];
        const char *doc = class_builtin_doc(t->name);
        AwValue have = dict_get_str(t->dict, AW_NAME(vm, __doc__));
        if (have != AW_EMPTY && have != AW_NONE) continue;
        AwStr *s = doc ? str_from_cstr(vm, doc) : NULL;
        if (doc && !s) return AW_ERROR;
        /* every type has its own entry, None without a docstring: instances never see object's */
        if (dict_set_str(vm, t->dict, AW_NAME(vm, __doc__), s ? str_value(s) : AW_NONE)) return AW_ERROR;
    }
    /* <class 'types.UnionType'>, <class 'types.GenericAlias'> */
    aw_type_union.module = aw_type_generic_alias.module = str_intern_cstr(vm, "types");
    if (!aw_type_union.module) return AW_ERROR;
    return slotwrap_install(vm);
}

void class_trace_static(AwGC *gc) {
    for (int i = 0; static_types[i]; i++) gc_mark_object(gc, &static_types[i]->obj);
}

void class_clear_static_marks(void) {
    for (int i = 0; static_types[i]; i++) static_types[i]->obj.gc_marked = 0;
}

/* ---- instance dicts ---- */

AwDict *object_dict_for_store(AwVM *vm, AwValue obj, AwStr *name) {
    if (!value_is_ptr(obj)) return NULL;
    AwType *t = type_of(obj);
    if (!t->dict_offset) return NULL;
    AwDict **slot = (AwDict **)((char *)value_as_ptr(obj) + t->dict_offset);
    if (!*slot) *slot = dict_new(vm);
    t->instance_names |= (uint64_t)1 << class_name_bit(name);
    return *slot;
}

AwDict *object_dict(AwVM *vm, AwValue obj) {
    if (!value_is_ptr(obj)) return NULL;
    AwType *t = type_of(obj);
    if (!t->dict_offset) return NULL;
    AwDict **slot = (AwDict **)((char *)value_as_ptr(obj) + t->dict_offset);
    if (!*slot) *slot = dict_new(vm);
    t->instance_names = ~(uint64_t)0;
    return *slot;
}

int class_name_bit(AwStr *name) { return (int)((uint64_t)str_hash(name) & 63); }

bool class_tracks_instance_names(AwType *type) {
    AwType *t = type;
    while (t && (t->flags & AW_TYPE_HEAP)) t = t->base;
    return (type->flags & AW_TYPE_HEAP) && type->dict_offset && t && t->dict_offset == 0;
}

/* The dict if it exists, without creating it. */
static AwDict *object_dict_peek(AwValue obj) {
    if (!value_is_ptr(obj)) return NULL;
    AwType *t = type_of(obj);
    if (!t->dict_offset) return NULL;
    return *(AwDict **)((char *)value_as_ptr(obj) + t->dict_offset);
}

/* ---- descriptor binding ---- */

/* Binds a class attribute found for an instance access; obj is AW_EMPTY for an access through
 * the class `owner` itself (C.f gives the plain function, a user descriptor gets None). */
AwValue class_bind(AwVM *vm, AwValue attr, AwValue obj, AwType *owner) {
    if (!value_is_ptr(attr)) return attr;
    AwType *t = type_of(attr);
    if (t == &aw_type_function)
        return obj == AW_EMPTY ? attr : method_new(vm, attr, obj);
    if (t == &aw_type_native) {
        AwNative *n = AW_NATIVE(attr);
        if (n->owner && !(n->flags & AW_METH_STATIC) && obj != AW_EMPTY) return native_bind(vm, attr, obj);
        return attr;
    }
    if (t == &aw_type_staticmethod) return AW_AS(AwMethodWrapper, attr)->func;
    if (t == &aw_type_classmethod) {
        /* classmethod(property(...)) and other wrapped descriptors bind to the class (3.9-3.12) */
        AwValue f = AW_AS(AwMethodWrapper, attr)->func;
        AwType *ft = type_of(f);
        if (value_is_ptr(f) && (ft == &aw_type_property || ft == &aw_type_classmethod || ft == &aw_type_staticmethod ||
                                ((ft->flags & AW_TYPE_HEAP) && type_lookup(ft, AW_NAME(vm, __get__)) != AW_EMPTY)))
            return class_bind(vm, f, value_from_ptr(owner), owner);   /* CPython: __get__(cls, cls) */
        if (value_is_type(f, &aw_type_native) && AW_NATIVE(f)->self == AW_EMPTY) return native_bind(vm, f, value_from_ptr(owner));
        return method_new(vm, f, value_from_ptr(owner));
    }
    if (t == &aw_type_property) {
        if (obj == AW_EMPTY) return attr;
        AwProperty *p = AW_AS(AwProperty, attr);
        if (p->fget == AW_NONE) return property_get(vm, attr, obj);
        return vm_call(vm, p->fget, 1, &obj, NULL);
    }
    if (t == &aw_type_getset) {
        if (obj == AW_EMPTY) return attr;
        return AW_AS(AwGetSetDescr, attr)->def->get(vm, obj);
    }
    if (t == &aw_type_member) return obj == AW_EMPTY ? attr : member_get(vm, AW_AS(AwMemberDescr, attr), obj);
    if (t->flags & AW_TYPE_HEAP || t == &aw_type_super) {   /* an unbound super(C) on a class binds to obj */
        AwValue get = type_lookup(t, AW_NAME(vm, __get__));
        if (get != AW_EMPTY) {
            AwValue args[3] = {attr, obj == AW_EMPTY ? AW_NONE : obj, value_from_ptr(owner)};
            return vm_call(vm, get, 3, args, NULL);
        }
    }
    return attr;
}

static bool has_set_dunder(AwVM *vm, AwValue attr) {
    if (!value_is_ptr(attr)) return false;
    AwType *t = type_of(attr);
    if (!(t->flags & AW_TYPE_HEAP)) return false;
    return type_lookup(t, AW_NAME(vm, __set__)) != AW_EMPTY || type_lookup(t, AW_NAME(vm, __delete__)) != AW_EMPTY;
}

bool class_is_data_descriptor(AwVM *vm, AwValue attr) { return is_data_descriptor(attr) || has_set_dunder(vm, attr); }

/* A data descriptor that also reads (CPython's tp_descr_get && tp_descr_set): one with
 * __set__ but no __get__ lets the instance's own attribute show through. */
bool class_is_data_getter(AwVM *vm, AwValue attr) {
    return is_data_descriptor(attr) || (has_set_dunder(vm, attr) && type_lookup(type_of(attr), AW_NAME(vm, __get__)) != AW_EMPTY);
}

/* AttributeError with .name and .obj, as CPython sets them (used for suggestions). */
static AwValue attribute_error(AwVM *vm, AwValue obj, AwStr *name) {
    AwType *t = type_of(obj);
    if (!(t->flags & AW_TYPE_HEAP) && t->module)   /* CPython's tp_name: '_io.TextIOWrapper' */
        vm_raise(vm, &aw_exc_AttributeError, "'%s.%s' object has no attribute '%s'", t->module->data, type_name(t), name->data);
    else
        vm_raise(vm, &aw_exc_AttributeError, "'%s' object has no attribute '%s'", ops_type_name(obj), name->data);
    return object_attribute_error_names(vm, obj, name);
}

AwValue object_attribute_error_names(AwVM *vm, AwValue obj, AwStr *name) {
    AwValue exc = vm->exc;
    AwDict *d = object_dict(vm, exc);
    if (d) {
        dict_set_str(vm, d, str_intern_cstr(vm, "name"), str_value(name));
        dict_set_str(vm, d, str_intern_cstr(vm, "obj"), obj);
    }
    vm->exc = exc;
    return AW_ERR;
}

AwValue object_generic_getattr(AwVM *vm, AwValue obj, AwStr *name) {
    AwType *type = type_of(obj);
    AwValue attr = type_lookup(type, name);
    /* a data descriptor wins over the instance dict, unless it has __set__ but no __get__ */
    if (attr != AW_EMPTY && class_is_data_getter(vm, attr)) return class_bind(vm, attr, obj, type);
    AwDict *d = object_dict_peek(obj);
    /* a class's own namespace is its instance dict, as CPython's tp_dict: object.__getattribute__(C,
     * '__doc__') is C's docstring, not its metaclass's (pydoc reads it so) */
    if (!d && (type->flags & AW_TYPE_METATYPE)) d = ((AwType *)value_as_ptr(obj))->dict;
    if (d) {
        AwValue v = dict_get_str(d, name);
        if (v != AW_EMPTY) return v;
    }
    if (attr != AW_EMPTY) return class_bind(vm, attr, obj, type);
    if (name == AW_NAME(vm, __class__)) return value_from_ptr(type);
    if (name == AW_NAME(vm, __dict__)) {
        AwDict *dd = object_dict(vm, obj);
        if (dd) return value_from_ptr(dd);
    }
    return attribute_error(vm, obj, name);
}

/* Writing a native attribute without a setter. CPython implements some of these as members,
 * whose refusal reads "readonly attribute"; the rest are getsets naming attribute and type. */
static AwValue getset_not_writable(AwVM *vm, AwType *owner, const char *name) {
    static const char *const members[] = {
        "complex.real", "complex.imag", "slice.start", "slice.stop", "slice.step", "range.start", "range.stop",
        "range.step", "function.__closure__", "function.__globals__", "function.__builtins__", "property.fget",
        "property.fset", "property.fdel", "staticmethod.__func__", "classmethod.__func__", "type.__mro__",
        "type.__base__", "type.__basicsize__", "type.__itemsize__", "type.__flags__", "type.__dictoffset__", NULL};
    const char *tn = type_name(owner);
    size_t tl = strlen(tn);
    for (int i = 0; members[i]; i++)
        if (strncmp(members[i], tn, tl) == 0 && members[i][tl] == '.' && strcmp(members[i] + tl + 1, name) == 0)
            return vm_raise(vm, &aw_exc_AttributeError, "readonly attribute");
    return vm_raise(vm, &aw_exc_AttributeError, "attribute '%s' of '%s' objects is not writable", name, tn);
}

AwStatus object_generic_setattr(AwVM *vm, AwValue obj, AwStr *name, AwValue value) {
    AwType *type = type_of(obj);
    AwValue attr = type_lookup(type, name);
    if (attr != AW_EMPTY && value_is_ptr(attr)) {
        AwType *at = type_of(attr);
        if (at == &aw_type_property) {
            AwProperty *p = AW_AS(AwProperty, attr);
            AwValue fn = value == AW_EMPTY ? p->fdel : p->fset;
            if (fn == AW_NONE) return vm_fail(property_missing(vm, attr, obj, value == AW_EMPTY ? "deleter" : "setter"));
            AwValue args[2] = {obj, value};
            return vm_call(vm, fn, value == AW_EMPTY ? 1 : 2, args, NULL) == AW_ERR ? AW_ERROR : AW_OK;
        }
        if (at == &aw_type_getset) {
            const AwGetSetDef *g = AW_AS(AwGetSetDescr, attr)->def;
            if (!g->set)
                return vm_fail(getset_not_writable(vm, AW_AS(AwGetSetDescr, attr)->owner, name->data));
            return g->set(vm, obj, value);
        }
        if (at == &aw_type_member) return member_set(vm, AW_AS(AwMemberDescr, attr), obj, value);
        if (has_set_dunder(vm, attr)) {
            AwStr *dn = value == AW_EMPTY ? AW_NAME(vm, __delete__) : AW_NAME(vm, __set__);
            AwValue fn = type_lookup(at, dn);
            if (fn == AW_EMPTY) return vm_fail(vm_raise(vm, &aw_exc_AttributeError, "__%s__", value == AW_EMPTY ? "delete" : "set"));
            AwValue args[3] = {attr, obj, value};
            return vm_call(vm, fn, value == AW_EMPTY ? 2 : 3, args, NULL) == AW_ERR ? AW_ERROR : AW_OK;
        }
    }
    AwDict *d = object_dict_for_store(vm, obj, name);
    if (!d) {
        if (attr == AW_EMPTY)
            return vm_fail(vm_raise(vm, &aw_exc_AttributeError, "'%s' object has no attribute '%s'", type_name(type), name->data));
        return vm_fail(vm_raise(vm, &aw_exc_AttributeError, "'%s' object attribute '%s' is read-only", type_name(type), name->data));
    }
    if (value != AW_EMPTY) return dict_set_str(vm, d, name, value);
    int r = dict_del(vm, d, str_value(name));
    if (r < 0) return AW_ERROR;
    if (r == 0) return vm_fail(attribute_error(vm, obj, name));
    return AW_OK;
}

/* ---- object ---- */

static AwValue object_repr(AwVM *vm, AwValue self) {
    AwType *t = type_of(self);
    AwStr *s;
    if (t->module && !str_equal_cstr(t->module, "builtins"))
        s = str_printf(vm, "<%s.%s object at %p>", t->module->data, (t->qualname ? t->qualname : t->name_str)->data, (void *)value_as_ptr(self));
    else
        s = str_printf(vm, "<%s object at %p>", type_name(t), (void *)value_as_ptr(self));
    return s ? str_value(s) : AW_ERR;
}

static AwStatus object_hash(AwVM *vm, AwValue self, int64_t *out) {
    uint64_t p = value_is_ptr(self) ? (uint64_t)(uintptr_t)value_as_ptr(self) : self;
    *out = (int64_t)((p >> 4) | (p << 60)) & INT64_MAX;
    return AW_OK;
}

static AwValue object_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if (op == AW_CMP_EQ) return a == b ? AW_TRUE : AW_NOTIMPL;
    if (op == AW_CMP_NE) {
        /* object.__ne__ inverts __eq__ when __eq__ is overridden. */
        AwValue eq = type_of(a)->compare == object_compare ? (a == b ? AW_TRUE : AW_NOTIMPL)
                                                          : type_of(a)->compare(vm, a, b, AW_CMP_EQ);
        if (eq == AW_ERR || eq == AW_NOTIMPL) return eq;
        int t = ops_truthy(vm, eq);
        return t < 0 ? AW_ERR : value_from_bool(!t);
    }
    return AW_NOTIMPL;
}

AwStatus class_check_abstract(AwVM *vm, AwType *type) {
    if (!(type->flags & AW_TYPE_HAS_ABSTRACT)) return AW_OK;
    AwValue names = type_lookup(type, str_intern_cstr(vm, "__abstractmethods__"));
    if (names == AW_EMPTY) return AW_OK;
    AwValue list = list_from_iterable(vm, names);
    if (list == AW_ERR || gc_push_root(vm, list)) return AW_ERROR;
    AwValue joined = AW_ERR;
    AwStr *sep = str_intern_cstr(vm, ", ");
    if (sep && list_sort(vm, AW_LIST(list), AW_NONE, false) == AW_OK) joined = str_join(vm, sep, list);
    gc_pop_roots(vm, 1);
    if (joined == AW_ERR) return AW_ERROR;
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %s",
                            type_name(type), AW_LIST(list)->len > 1 ? "s" : "", AW_STR(joined)->data));
}

static AwValue object_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc || (kw && kw->len)) return vm_raise(vm, &aw_exc_TypeError, "object() takes no arguments");
    if (class_check_abstract(vm, type)) return AW_ERR;
    AwObject *o = gc_new(vm, type, type->instance_size ? type->instance_size : sizeof(AwInstance));
    return o ? value_from_ptr(o) : AW_ERR;
}

/* The first built-in type up t's base chain: what decides an instance's memory layout. */
static AwType *builtin_base(AwType *t) {
    while (t->base && (t->flags & AW_TYPE_HEAP)) t = t->base;
    return t;
}

/* True when t gets `name` from object itself (CPython's tp_init == object_init tests). */
static bool object_provides(AwVM *vm, AwType *t, AwStr *name) { return type_lookup_owner(t, name) == &aw_type_object; }

bool class_init_is_object(AwVM *vm, AwType *t) { return object_provides(vm, t, AW_NAME(vm, __init__)); }

/* Instance creation already checked the arguments of a class that overrides neither method;
 * an explicit object.__init__(self, args) (super().__init__(x)) is an error when the class
 * overrides __init__ or not __new__, as in CPython (which also checks subclasses of built-in
 * types without an __init__ of their own, such as int). */
static AwValue object_m_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 1) return vm_raise(vm, &aw_exc_TypeError, "descriptor '__init__' of 'object' object needs an argument");
    AwType *t = type_of(argv[0]);
    /* only for plain objects: some built-in bases take their arguments in __new__ alone in aw */
    if ((argc > 1 || (kw && kw->len)) && builtin_base(t) == &aw_type_object &&
        (!object_provides(vm, t, AW_NAME(vm, __init__)) || object_provides(vm, t, AW_NAME(vm, __new__))))
        return vm_raise(vm, &aw_exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    return AW_NONE;
}

static AwValue object_m_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 1) return vm_raise(vm, &aw_exc_TypeError, "object.__new__(): not enough arguments");
    if (!value_is_instance(argv[0], &aw_type_type))
        return vm_raise(vm, &aw_exc_TypeError, "object.__new__(X): X is not a type object (%s)", ops_type_name(argv[0]));
    AwType *t = (AwType *)value_as_ptr(argv[0]);
    if ((argc > 1 || (kw && kw->len)) && !object_provides(vm, t, AW_NAME(vm, __new__)))
        return vm_raise(vm, &aw_exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    if ((argc > 1 || (kw && kw->len)) && object_provides(vm, t, AW_NAME(vm, __init__)))
        return vm_raise(vm, &aw_exc_TypeError, "%s() takes no arguments", type_name(t));
    if (builtin_base(t) != &aw_type_object && builtin_base(t)->new_ != object_new_slot)   /* also no __new__ at all */
        return vm_raise(vm, &aw_exc_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", type_name(t),
                        type_name(builtin_base(t)));
    if (class_check_abstract(vm, t)) return AW_ERR;
    AwObject *o = gc_new(vm, t, t->instance_size ? t->instance_size : sizeof(AwInstance));
    return o ? value_from_ptr(o) : AW_ERR;
}

static AwValue object_m_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return object_repr(vm, argv[0]); }
static AwValue object_m_str(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return ops_repr(vm, argv[0]); }

static AwValue object_m_hash(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t h;
    object_hash(vm, argv[0], &h);
    return value_from_small(h & AW_SMALLINT_MAX);
}

static AwValue object_m_eq(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__eq__", argc, 2, 2)) return AW_ERR;
    return argv[0] == argv[1] ? AW_TRUE : AW_NOTIMPL;
}

static AwValue object_m_ne(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__ne__", argc, 2, 2)) return AW_ERR;
    return object_compare(vm, argv[0], argv[1], AW_CMP_NE);
}

static AwValue object_m_cmp_notimpl(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return AW_NOTIMPL; }

static AwValue object_m_format(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__format__", argc, 2, 2)) return AW_ERR;
    if (!value_is_str(argv[1])) return vm_raise(vm, &aw_exc_TypeError, "__format__() argument must be str, not %s", ops_type_name(argv[1]));
    if (AW_STR(argv[1])->byte_len)
        return vm_raise(vm, &aw_exc_TypeError, "unsupported format string passed to %s.__format__", ops_type_name(argv[0]));
    return ops_str(vm, argv[0]);
}

AwStr *attr_name_arg(AwVM *vm, AwValue v) {
    if (!value_is_instance(v, &aw_type_str)) {
        vm_raise(vm, &aw_exc_TypeError, "attribute name must be string, not '%s'", ops_type_name(v));
        return NULL;
    }
    return str_intern_str(vm, AW_STR(v));
}

static AwValue object_m_getattribute(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__getattribute__", argc, 2, 2)) return AW_ERR;
    AwStr *name = attr_name_arg(vm, argv[1]);
    return name ? object_generic_getattr(vm, argv[0], name) : AW_ERR;
}

static AwValue object_m_setattr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__setattr__", argc, 3, 3)) return AW_ERR;
    if (value_is_instance(argv[0], &aw_type_type))
        return vm_raise(vm, &aw_exc_TypeError, "can't apply this __setattr__ to %s object", ops_type_name(argv[0]));
    AwStr *name = attr_name_arg(vm, argv[1]);
    return !name || object_generic_setattr(vm, argv[0], name, argv[2]) ? AW_ERR : AW_NONE;
}

static AwValue object_m_delattr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__delattr__", argc, 2, 2)) return AW_ERR;
    if (value_is_instance(argv[0], &aw_type_type))
        return vm_raise(vm, &aw_exc_TypeError, "can't apply this __delattr__ to %s object", ops_type_name(argv[0]));
    AwStr *name = attr_name_arg(vm, argv[1]);
    return !name || object_generic_setattr(vm, argv[0], name, AW_EMPTY) ? AW_ERR : AW_NONE;
}

static AwValue object_m_init_subclass(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc > 1 || (kw && kw->len)) {
        const char *cls = argc && value_is_instance(argv[0], &aw_type_type) ? type_name((AwType *)value_as_ptr(argv[0])) : "object";
        if (kw && kw->len) return vm_raise(vm, &aw_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments", cls);
        return vm_raise(vm, &aw_exc_TypeError, "%s.__init_subclass__() takes no arguments (%d given)", cls, argc - 1);
    }
    return AW_NONE;
}
static AwValue object_m_subclasshook(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return AW_NOTIMPL; }

static AwValue object_m_dir(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw);

/* CPython's default reduction (copyreg.__newobj__ / _reconstructor tuples), which pickle.py
 * writes out in Python as _object_reduce_ex(obj, protocol). */
static AwValue default_reduce(AwVM *vm, AwValue self, AwValue protocol) {
    AwStr *mod = str_intern_cstr(vm, "pickle"), *fn = str_intern_cstr(vm, "_object_reduce_ex");
    if (!mod || !fn) return AW_ERR;
    AwValue pickle = vm_import(vm, mod, AW_NONE, NULL);
    if (pickle == AW_ERR) return AW_ERR;
    AwValue f = ops_getattr(vm, pickle, fn);
    if (f == AW_ERR) return AW_ERR;
    AwValue args[2] = {self, protocol};
    return vm_call(vm, f, 2, args, NULL);
}

static AwValue object_m_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__reduce__", kw) || args_count(vm, "__reduce__", argc, 1, 1)) return AW_ERR;
    return default_reduce(vm, argv[0], value_from_small(0));
}

/* object.__reduce_ex__(protocol): a class's own __reduce__ when it overrides object's. */
static AwValue object_m_reduce_ex(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"self", "protocol", NULL};
    AwValue a[2];
    int64_t proto;
    if (args_parse(vm, "__reduce_ex__", argc, argv, kw, names, 2, 2, a) || args_int(vm, a[1], &proto)) return AW_ERR;
    AwStr *name = str_intern_cstr(vm, "__reduce__");
    if (!name) return AW_ERR;
    AwValue own = type_lookup(type_of(a[0]), name);
    if (own != AW_EMPTY && own != type_lookup(&aw_type_object, name)) return vm_call_method(vm, a[0], name, 0, NULL);
    return default_reduce(vm, a[0], value_from_small(proto));
}

/* object.__getstate__(): the instance dict (None when empty or absent), paired with a dict of
 * the __slots__ values that are set, as CPython 3.11's default. */
static AwValue object_m_getstate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__getstate__", kw) || args_count(vm, "__getstate__", argc, 1, 1)) return AW_ERR;
    AwValue self = argv[0];
    AwType *t = type_of(self);
    AwValue state = AW_NONE;
    if (value_is_ptr(self) && t->dict_offset) {
        AwDict *d = *(AwDict **)((char *)value_as_ptr(self) + t->dict_offset);
        if (d && d->used) state = value_from_ptr(object_dict(vm, self));
    }
    bool any_slots = false;
    for (int64_t k = 0; t->mro && k < t->mro->len && !any_slots; k++)
        any_slots = ((AwType *)value_as_ptr(t->mro->items[k]))->nslots > 0;
    if (!any_slots) return state;
    AwDict *slots = dict_new(vm);
    if (!slots || gc_push_root(vm, state)) return AW_ERR;
    if (gc_push_root(vm, value_from_ptr(slots))) { gc_pop_roots(vm, 1); return AW_ERR; }
    AwValue result = AW_NONE;
    for (int64_t k = 0; k < t->mro->len && result != AW_ERR; k++) {
        AwType *c = (AwType *)value_as_ptr(t->mro->items[k]);
        for (int64_t i = 0; c->nslots && i < c->dict->nentries && result != AW_ERR; i++) {
            AwValue d = c->dict->entries[i].value;
            if (c->dict->entries[i].key == AW_EMPTY || !value_is_type(d, &aw_type_member) ||
                ((AwMemberDescr *)value_as_ptr(d))->owner != c)
                continue;
            AwMemberDescr *m = (AwMemberDescr *)value_as_ptr(d);
            AwValue v = member_get(vm, m, self);
            if (v == AW_ERR) {   /* an unset slot is left out */
                if (vm_exc_matches(vm, &aw_exc_AttributeError)) vm_exc_clear(vm);
                else result = AW_ERR;
                continue;
            }
            if (dict_set_str(vm, slots, m->name, v)) result = AW_ERR;
        }
    }
    if (result != AW_ERR && slots->used) {
        AwTuple *pair = tuple_pack2(vm, state, value_from_ptr(slots));
        result = pair ? value_from_ptr(pair) : AW_ERR;
    } else if (result != AW_ERR) {
        result = state;
    }
    gc_pop_roots(vm, 2);
    return result;
}

/* object.__sizeof__(): ops_sizeof (what sys.getsizeof reports, less CPython's GC header). */
static AwValue object_m_sizeof(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t n;
    if (args_no_kwargs(vm, "__sizeof__", kw) || args_count(vm, "__sizeof__", argc, 1, 1) || ops_sizeof(vm, argv[0], &n))
        return AW_ERR;
    return value_from_small(n);
}

static AwValue object_get_class(AwVM *vm, AwValue self) { return value_from_ptr(type_of(self)); }

/* True when every __slots__ member t's own dict declares is one of u's, at the same offset. */
static bool slots_within(AwType *t, AwType *u) {
    for (int64_t i = 0; i < t->dict->nentries; i++) {
        AwValue v = t->dict->entries[i].value;
        if (t->dict->entries[i].key == AW_EMPTY || !value_is_type(v, &aw_type_member)) continue;
        AwMemberDescr *m = AW_AS(AwMemberDescr, v);
        if (m->owner != t) continue;
        AwValue w = type_lookup(u, m->name);
        if (!value_is_type(w, &aw_type_member) || AW_AS(AwMemberDescr, w)->offset != m->offset) return false;
    }
    return true;
}

/* The two layouts name the same slots (CPython's same_slots_added, by names and places). */
static bool same_slots(AwType *a, AwType *b) {
    for (AwType *t = a; t && t != b; t = t->base)
        if (t->nslots && !slots_within(t, b)) return false;
    for (AwType *t = b; t && t != a; t = t->base)
        if (t->nslots && !slots_within(t, a)) return false;
    return true;
}

/* obj.__class__ = C: between user classes whose instances have the same layout. */
static AwStatus object_set_class(AwVM *vm, AwValue self, AwValue v) {
    if (v == AW_EMPTY) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "can't delete __class__ attribute"));
    if (!value_is_instance(v, &aw_type_type))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__class__ must be set to a class, not '%s' object", ops_type_name(v)));
    AwType *old = type_of(self), *new = (AwType *)value_as_ptr(v);
    const int heap_only = AW_TYPE_HEAP | AW_TYPE_METATYPE;
    if ((old->flags & heap_only) != AW_TYPE_HEAP || (new->flags & heap_only) != AW_TYPE_HEAP)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses"));
    if (old->instance_size != new->instance_size || old->dict_offset != new->dict_offset ||
        old->nslots != new->nslots || builtin_base(old) != builtin_base(new) || !same_slots(old, new))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                                type_name(new), type_name(old)));
    if (old->dict_offset) new->instance_names = ~(uint64_t)0;   /* the dict may hold any name now */
    value_as_ptr(self)->type = new;
    return AW_OK;
}

/* The __dict__ and __weakref__ descriptors a user class adds when it lays out an instance
 * dict (class_type.c puts them in the class dict, as CPython does). */
static AwValue instance_get_dict(AwVM *vm, AwValue self) {
    AwDict *d = object_dict(vm, self);
    if (!d) return vm_raise(vm, &aw_exc_AttributeError, "This object has no __dict__");
    return value_from_ptr(d);
}

static AwStatus instance_set_dict(AwVM *vm, AwValue self, AwValue v) {
    AwType *t = type_of(self);
    if (!value_is_ptr(self) || !t->dict_offset) return vm_fail(vm_raise(vm, &aw_exc_AttributeError, "This object has no __dict__"));
    if (v != AW_EMPTY && !value_is_instance(v, &aw_type_dict))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", ops_type_name(v)));
    AwDict *d = v == AW_EMPTY ? dict_new(vm) : AW_DICT(v);   /* del obj.__dict__ leaves it empty (3.11) */
    if (!d) return AW_ERROR;
    *(AwDict **)((char *)value_as_ptr(self) + t->dict_offset) = d;
    t->instance_names = ~(uint64_t)0;
    return AW_OK;
}

static AwValue instance_get_weakref(AwVM *vm, AwValue self) { return AW_NONE; }

static const AwGetSetDef instance_dict_getset = {"__dict__", instance_get_dict, instance_set_dict};
static const AwGetSetDef instance_weakref_getset = {"__weakref__", instance_get_weakref, NULL};

static AwStatus add_getset(AwVM *vm, AwType *t, const AwGetSetDef *def) {
    AwStr *name = str_intern_cstr(vm, def->name);
    if (!name || dict_get_str(t->dict, name) != AW_EMPTY) return name ? AW_OK : AW_ERROR;
    AwGetSetDescr *d = (AwGetSetDescr *)gc_new(vm, &aw_type_getset, sizeof(AwGetSetDescr));
    if (!d) return AW_ERROR;
    d->def = def;
    d->owner = t;
    return dict_set_str(vm, t->dict, name, value_from_ptr(d));
}

/* True when __slots__ (a str or a tuple/list of str) names `name`. */
static bool slots_name(AwValue slots, const char *name) {
    if (value_is_str(slots)) return str_equal_cstr(AW_STR(slots), name);
    AwValue *items = NULL;
    int64_t n = 0;
    if (value_is_tuple(slots)) { items = AW_TUPLE(slots)->items; n = AW_TUPLE(slots)->len; }
    else if (value_is_list(slots)) { items = AW_LIST(slots)->items; n = AW_LIST(slots)->len; }
    for (int64_t i = 0; i < n; i++)
        if (value_is_str(items[i]) && str_equal_cstr(AW_STR(items[i]), name)) return true;
    return false;
}

AwStatus class_add_instance_descriptors(AwVM *vm, AwType *t) {
    AwType *base = t->base;
    AwValue slots = dict_get_str(t->dict, AW_NAME(vm, __slots__));
    if (!(t->flags & AW_TYPE_METATYPE)) {   /* a metaclass keeps type's __dict__ */
        if (t->dict_offset && !base->dict_offset && add_getset(vm, t, &instance_dict_getset)) return AW_ERROR;
        bool weak = slots == AW_EMPTY || slots_name(slots, "__weakref__");
        if (weak && type_lookup(base, str_intern_cstr(vm, "__weakref__")) == AW_EMPTY &&
            add_getset(vm, t, &instance_weakref_getset))
            return AW_ERROR;
    }
    if (dict_get_str(t->dict, AW_NAME(vm, __doc__)) == AW_EMPTY && dict_set_str(vm, t->dict, AW_NAME(vm, __doc__), AW_NONE))
        return AW_ERROR;
    return AW_OK;
}

static const AwMethodDef object_methods[] = {
    {"__init__", object_m_init, 0},
    {"__new__", object_m_new, AW_METH_STATIC},
    {"__subclasshook__", object_m_subclasshook, AW_METH_CLASS},
    {"__repr__", object_m_repr, 0},
    {"__str__", object_m_str, 0},
    {"__hash__", object_m_hash, 0},
    {"__eq__", object_m_eq, 0},
    {"__ne__", object_m_ne, 0},
    {"__lt__", object_m_cmp_notimpl, 0},
    {"__le__", object_m_cmp_notimpl, 0},
    {"__gt__", object_m_cmp_notimpl, 0},
    {"__ge__", object_m_cmp_notimpl, 0},
    {"__format__", object_m_format, 0},
    {"__getattribute__", object_m_getattribute, 0},
    {"__setattr__", object_m_setattr, 0},
    {"__delattr__", object_m_delattr, 0},
    {"__init_subclass__", object_m_init_subclass, AW_METH_CLASS},
    {"__dir__", object_m_dir, 0},
    {"__reduce__", object_m_reduce, 0},
    {"__reduce_ex__", object_m_reduce_ex, 0},
    {"__getstate__", object_m_getstate, 0},
    {"__sizeof__", object_m_sizeof, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL, NULL, NULL},
};

AwType aw_type_object = {
    .name = "object",
    .instance_size = sizeof(AwInstance),
    .flags = AW_TYPE_BASETYPE,
    .repr = object_repr,
    .hash = object_hash,
    .compare = object_compare,
    .getattr = object_generic_getattr,
    .setattr = object_generic_setattr,
    .new_ = object_new_slot,
    .methods = object_methods,
    .getsets = object_getsets,
};

/* dir(obj): instance dict keys plus every class attribute in the MRO, sorted. */
static AwStatus dir_add_dict(AwVM *vm, AwDict *seen, AwDict *d) {
    int64_t pos = 0;
    AwValue k, v;
    while (d && dict_next(d, &pos, &k, &v))
        if (dict_set(vm, seen, k, AW_NONE)) return AW_ERROR;
    return AW_OK;
}

static AwValue object_m_dir(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwDict *seen = dict_new(vm);
    if (!seen || gc_push_root(vm, value_from_ptr(seen))) return AW_ERR;
    AwValue self = argv[0];
    AwStatus st = dir_add_dict(vm, seen, object_dict_peek(self));
    AwType *t = value_is_instance(self, &aw_type_type) ? (AwType *)value_as_ptr(self) : type_of(self);
    for (int64_t i = 0; !st && t->mro && i < t->mro->len; i++)
        st = dir_add_dict(vm, seen, ((AwType *)value_as_ptr(t->mro->items[i]))->dict);
    AwValue list = st ? AW_ERR : list_from_iterable(vm, value_from_ptr(seen));
    gc_pop_roots(vm, 1);
    if (list == AW_ERR) return AW_ERR;
    if (list_sort(vm, AW_LIST(list), AW_NONE, false)) return AW_ERR;
    return list;
}

/* ---- NoneType, NotImplementedType, ellipsis ---- */

static AwValue none_repr(AwVM *vm, AwValue self) {
    const char *s = self == AW_NONE ? "None" : self == AW_NOTIMPL ? "NotImplemented" : "Ellipsis";
    return str_value(str_intern_cstr(vm, s));
}

static int none_truth(AwVM *vm, AwValue self) { return self == AW_NONE ? 0 : 1; }
/* CPython 3.9+: true, with a DeprecationWarning (an error under -W error). */
static int notimpl_truth(AwVM *vm, AwValue self) {
    return exception_warn(vm, &aw_exc_DeprecationWarning, "NotImplemented should not be used in a boolean context") ? -1 : 1;
}

static AwValue none_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc || (kw && kw->len))   /* CPython names the ellipsis type by its types-module name here */
        return vm_raise(vm, &aw_exc_TypeError, "%s takes no arguments", type == &aw_type_ellipsis ? "EllipsisType" : type_name(type));
    return type == &aw_type_none ? AW_NONE : type == &aw_type_notimpl ? AW_NOTIMPL : AW_ELLIPSIS;
}

/* The type whose singleton v is. */
static AwType *singleton_type(AwValue v) {
    return v == AW_NONE ? &aw_type_none : v == AW_NOTIMPL ? &aw_type_notimpl : v == AW_ELLIPSIS ? &aw_type_ellipsis : NULL;
}

/* Checks that argv[0] is the singleton of `want`, with CPython's descriptor message. */
static AwStatus singleton_self(AwVM *vm, const char *name, int argc, const AwValue *argv, AwType *want) {
    if (argc < 1)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' of '%s' object needs an argument", name, type_name(want)));
    if (singleton_type(argv[0]) == want) return args_count(vm, name, argc - 1, 0, 0);
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                            type_name(want), ops_type_name(argv[0])));
}

/* X.__new__(cls): the singleton, for cls exactly X (what copy and pickle reach). */
static AwValue singleton_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw, AwType *want) {
    if (argc < 1) return vm_raise(vm, &aw_exc_TypeError, "%s.__new__(): not enough arguments", type_name(want));
    if (!value_is_instance(argv[0], &aw_type_type))
        return vm_raise(vm, &aw_exc_TypeError, "%s.__new__(X): X is not a type object (%s)", type_name(want), ops_type_name(argv[0]));
    AwType *t = (AwType *)value_as_ptr(argv[0]);
    if (t != want)
        return vm_raise(vm, &aw_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", type_name(want), type_name(t),
                        type_name(t), type_name(want));
    return none_new(vm, t, argc - 1, argv + 1, kw);
}

/* __repr__ and __new__ of one singleton type; __reduce__ gives the name, as pickle stores a global. */
#define SINGLETON_METHODS(T, type)                                                                              \
    static AwValue T##_m_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {                          \
        return singleton_self(vm, "__repr__", argc, argv, &type) ? AW_ERR : none_repr(vm, argv[0]);            \
    }                                                                                                           \
    static AwValue T##_m_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {                           \
        return singleton_new(vm, argc, argv, kw, &type);                                                        \
    }
#define SINGLETON_REDUCE(T, type)                                                                               \
    static AwValue T##_m_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {                        \
        return singleton_self(vm, "__reduce__", argc, argv, &type) ? AW_ERR : none_repr(vm, argv[0]);          \
    }
SINGLETON_METHODS(none, aw_type_none)
SINGLETON_METHODS(notimpl, aw_type_notimpl)
SINGLETON_METHODS(ellipsis, aw_type_ellipsis)
SINGLETON_REDUCE(notimpl, aw_type_notimpl)
SINGLETON_REDUCE(ellipsis, aw_type_ellipsis)
#undef SINGLETON_METHODS
#undef SINGLETON_REDUCE

/* None has no __reduce__ of its own (object's reduces it by name through copyreg). */
static const AwMethodDef none_methods[] = {
    {"__repr__", none_m_repr, 0}, {"__new__", none_m_new, AW_METH_STATIC}, {NULL, NULL, 0}};
static const AwMethodDef notimpl_methods[] = {
    {"__repr__", notimpl_m_repr, 0}, {"__reduce__", notimpl_m_reduce, 0}, {"__new__", notimpl_m_new, AW_METH_STATIC}, {NULL, NULL, 0}};
static const AwMethodDef ellipsis_methods[] = {
    {"__repr__", ellipsis_m_repr, 0}, {"__reduce__", ellipsis_m_reduce, 0}, {"__new__", ellipsis_m_new, AW_METH_STATIC}, {NULL, NULL, 0}};

AwType aw_type_none = { .name = "NoneType", .repr = none_repr, .truth = none_truth, .new_ = none_new, .methods = none_methods };
AwType aw_type_notimpl = { .name = "NotImplementedType", .repr = none_repr, .truth = notimpl_truth, .new_ = none_new,
                           .methods = notimpl_methods };
AwType aw_type_ellipsis = { .name = "ellipsis", .repr = none_repr, .truth = none_truth, .new_ = none_new,
                            .methods = ellipsis_methods };

/* ---- getset descriptor type ---- */

static void getset_trace(AwGC *gc, AwObject *self) { gc_mark_object(gc, &((AwGetSetDescr *)self)->owner->obj); }

static AwValue getset_repr(AwVM *vm, AwValue self) {
    AwGetSetDescr *d = AW_AS(AwGetSetDescr, self);
    AwStr *s = str_printf(vm, "<attribute '%s' of '%s' objects>", d->def->name, type_name(d->owner));
    return s ? str_value(s) : AW_ERR;
}

/* The instance a getset descriptor's method was called with, checked against its owner. */
static AwStatus getset_check(AwVM *vm, AwGetSetDescr *d, AwValue obj) {
    if (value_is_instance(obj, d->owner)) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                            d->def->name, type_name(d->owner), ops_type_name(obj)));
}

static AwValue getset_m_get(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 2 || argc > 3) return vm_raise(vm, &aw_exc_TypeError, "expected 1 or 2 arguments, got %d", argc - 1);
    AwGetSetDescr *d = AW_AS(AwGetSetDescr, argv[0]);
    if (argv[1] == AW_NONE) return argv[0];
    if (getset_check(vm, d, argv[1])) return AW_ERR;
    return d->def->get(vm, argv[1]);
}

/* __set__ (value given) and __delete__ (AW_EMPTY) */
static AwValue getset_store(AwVM *vm, AwValue self, AwValue obj, AwValue value) {
    AwGetSetDescr *d = AW_AS(AwGetSetDescr, self);
    if (getset_check(vm, d, obj)) return AW_ERR;
    if (!d->def->set)
        return getset_not_writable(vm, d->owner, d->def->name);
    return d->def->set(vm, obj, value) ? AW_ERR : AW_NONE;
}

static AwValue getset_m_set(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc != 3) return vm_raise(vm, &aw_exc_TypeError, "expected 2 arguments, got %d", argc - 1);
    return getset_store(vm, argv[0], argv[1], argv[2]);
}

static AwValue getset_m_delete(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc != 2) return vm_raise(vm, &aw_exc_TypeError, "expected 1 argument, got %d", argc - 1);
    return getset_store(vm, argv[0], argv[1], AW_EMPTY);
}

static AwValue getset_get_name(AwVM *vm, AwValue self) {
    AwStr *s = str_from_cstr(vm, AW_AS(AwGetSetDescr, self)->def->name);
    return s ? str_value(s) : AW_ERR;
}

static AwValue getset_get_qualname(AwVM *vm, AwValue self) {
    AwGetSetDescr *d = AW_AS(AwGetSetDescr, self);
    AwStr *s = str_printf(vm, "%s.%s", type_name(d->owner), d->def->name);
    return s ? str_value(s) : AW_ERR;
}

static AwValue getset_get_objclass(AwVM *vm, AwValue self) { return value_from_ptr(AW_AS(AwGetSetDescr, self)->owner); }

/* __doc__: CPython's docstring of the same attribute (interp/docstrings.c), else None. */
static AwValue getset_get_doc(AwVM *vm, AwValue self) {
    AwGetSetDescr *d = AW_AS(AwGetSetDescr, self);
    char key[256];
    const char *doc = snprintf(key, sizeof key, "%s.%s", type_name(d->owner), d->def->name) < (int)sizeof key
                          ? docstrings_find(key) : NULL;
    if (!doc && (d->owner->flags & AW_TYPE_HEAP)) {   /* a class statement's, as CPython's subtype_getsets */
        if (strcmp(d->def->name, "__dict__") == 0) doc = "dictionary for instance variables (if defined)";
        if (strcmp(d->def->name, "__weakref__") == 0) doc = "list of weak references to the object (if defined)";
    }
    AwStr *s = doc ? str_from_cstr(vm, doc) : NULL;
    return !doc ? AW_NONE : s ? str_value(s) : AW_ERR;
}

static const AwMethodDef getset_methods[] = {
    {"__get__", getset_m_get, 0}, {"__set__", getset_m_set, 0}, {"__delete__", getset_m_delete, 0}, {NULL, NULL, 0},
};

static const AwGetSetDef getset_getsets[] = {
    {"__name__", getset_get_name, NULL},
    {"__qualname__", getset_get_qualname, NULL},
    {"__objclass__", getset_get_objclass, NULL},
    {"__doc__", getset_get_doc, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_getset = {
    .name = "getset_descriptor",
    .instance_size = sizeof(AwGetSetDescr),
    .flags = AW_TYPE_ABSTRACT,
    .repr = getset_repr,
    .trace = getset_trace,
    .methods = getset_methods,
    .getsets = getset_getsets,
};
