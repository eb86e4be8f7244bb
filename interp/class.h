/* class.h — type objects: `object`, `type`, user classes (C3 MRO, descriptors, super), and the
 * generic attribute protocol every instance uses.
 */
#ifndef AW_CLASS_H
#define AW_CLASS_H

#include "interp/types.h"

/* Instance of a user class that does not inherit a built-in layout. */
struct AwInstance {
    AwObject obj;     /* header */
    AwDict *dict;     /* __dict__ (type->dict_offset points here) */
};

/* Bumped on every change to a class dict or MRO and on class creation: type_lookup's cache and
 * the VM's attribute inline caches are valid only for the epoch they were filled in. */
extern uint32_t type_epoch;

/* The aw function `__init__` that calling the class `type` runs on a fresh plain instance,
 * when that is all the call does: a user class whose metaclass is `type`, laid out as a plain
 * object, not abstract, without a user __new__, whose __init__ is an ordinary aw function. The
 * VM then allocates the instance and pushes the __init__ frame itself (no C recursion). NULL
 * when the generic path (class_instance_new) must run. Cached per type for a type_epoch. */
struct AwFunction *class_inline_init(AwVM *vm, AwType *type);

/* Finds name in the type's MRO (class dicts only). AW_EMPTY if missing. Never fails. */
AwValue type_lookup(AwType *type, AwStr *name);
/* The type in the MRO whose dict defines name, or NULL. */
AwType *type_lookup_owner(AwType *type, AwStr *name);
/* True when t's __init__ is object's own (CPython's tp_init == base's tp_init tests, which decide
 * whether tuple(), float() and frozenset() of a subclass refuse keyword arguments). */
bool class_init_is_object(AwVM *vm, AwType *t);
/* Finishes a static type: interns its name, builds its dict from methods/getsets, computes the
 * MRO from base. Called for every static type at start-up. */
AwStatus type_ready(AwVM *vm, AwType *type);
/* The built-in types, NULL-terminated (they are not on the GC heap). */
const AwType *const *class_static_types(void);
/* getset_descriptor: the type of the attributes a built-in type's getsets become */
extern AwType aw_type_getset;
/* CPython's docstring of the built-in class called name (interp/type_docs.h), or NULL. */
const char *class_builtin_doc(const char *name);
/* Readies every static type in types.h and exception.h. */
AwStatus type_init_all(AwVM *vm);

/* The generic attribute protocol (object.__getattribute__ / __setattr__ / __delattr__):
 * data descriptors on the type, then the instance dict, then other class attributes
 * (functions become bound methods), then __getattr__. */
AwValue object_generic_getattr(AwVM *vm, AwValue obj, AwStr *name);
/* An attribute-name argument (setattr, __getattribute__, ...): a str or str subclass, as
 * the interned plain str; NULL with CPython's TypeError otherwise. */
AwStr *attr_name_arg(AwVM *vm, AwValue v);
/* True for a data descriptor: property, getset, member, or an object whose type has __set__ or
 * __delete__ (it takes precedence over an instance's own attribute). */
bool class_is_data_descriptor(AwVM *vm, AwValue attr);
/* The dunder name of a binary operator (__add__, or __radd__ when reflected); NULL on no memory. */
AwStr *class_binop_name(AwVM *vm, AwBinOp op, bool reflected);
/* A data descriptor with a getter: it wins over the instance's (or class's) own attribute. */
bool class_is_data_getter(AwVM *vm, AwValue attr);
/* Sets .name and .obj on the pending AttributeError (its "Did you mean" suggestion looks at
 * dir(obj)); returns AW_ERR. */
AwValue object_attribute_error_names(AwVM *vm, AwValue obj, AwStr *name);
AwStatus object_generic_setattr(AwVM *vm, AwValue obj, AwStr *name, AwValue value);
/* The instance dict of obj, or NULL if its type has none (creating it on first use). The
 * caller may change it in any way: the dict "escapes" (see class_tracks_instance_names). */
AwDict *object_dict(AwVM *vm, AwValue obj);
/* The instance dict of obj (created on first use, NULL if none) for storing the attribute
 * `name` into it, and nothing else: records name in type->instance_names. */
AwDict *object_dict_for_store(AwVM *vm, AwValue obj, AwStr *name);

/* The instance-name filter. For a class whose instance dict slot was added by a user class
 * (no built-in base lays out a dict), only object_dict_for_store and object_dict hand out
 * instance dicts, so type->instance_names has bit class_name_bit(n) set for every name n any
 * instance dict of exactly this class may hold (object_dict sets every bit). A clear bit proves
 * an instance does not shadow a class attribute: LOAD_METHOD's fast path needs no dict lookup. */
bool class_tracks_instance_names(AwType *type);
int class_name_bit(AwStr *name);

/* Raises CPython's "Can't instantiate abstract class" TypeError when type has a non-empty
 * __abstractmethods__ (set by abc.ABCMeta); AW_OK otherwise. Allocates only to raise. */
AwStatus class_check_abstract(AwVM *vm, AwType *type);

/* Puts in a new user class's dict what CPython's type_new adds: the __dict__ and __weakref__
 * descriptors when the class lays out an instance dict (weak reference slot), and __doc__. */
AwStatus class_add_instance_descriptors(AwVM *vm, AwType *t);

/* Creates a class: type(name, bases, namespace). */
AwValue class_new(AwVM *vm, AwType *metatype, AwStr *name, AwTuple *bases, AwDict *ns);
/* A class a native module defines, such as its exception (zlib.error, locale.Error): name with
 * the one base, __module__ = module and nothing else. NULL with an exception raised. */
AwType *class_new_simple(AwVM *vm, const char *module, const char *name, AwType *base);
/* The same with the class keywords (other than metaclass=) passed on to __init_subclass__. */
AwValue class_new_kw(AwVM *vm, AwType *metatype, AwStr *name, AwTuple *bases, AwDict *ns,
                     const AwValue *kwvals, AwTuple *kwnames);
/* builtins.__build_class__(func, name, *bases, **kwds) */
AwValue class_build(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames);

#endif
