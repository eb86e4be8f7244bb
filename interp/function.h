/* function.h — callables: aw functions, native functions, bound methods, cells, and the
 * descriptor wrappers staticmethod, classmethod and property. */
#ifndef AW_FUNCTION_H
#define AW_FUNCTION_H

#include "interp/types.h"

struct AwFunction {
    AwObject obj;        /* header */
    AwCode *code;        /* the body */
    AwDict *globals;     /* module namespace the function was defined in */
    AwTuple *defaults;   /* positional defaults or NULL */
    AwDict *kwdefaults;  /* keyword-only defaults or NULL */
    AwTuple *closure;    /* cells for the code's free variables, or NULL */
    AwStr *name;         /* __name__ */
    AwStr *qualname;     /* __qualname__ */
    AwValue module;      /* __module__ */
    AwValue doc;         /* __doc__ */
    AwDict *dict;        /* __dict__ (function attributes), created on demand */
    AwDict *annotations; /* __annotations__, or NULL until asked for (then an empty dict) */
};

struct AwNative {
    AwObject obj;        /* header */
    const char *name;    /* __name__ (static string) */
    AwNativeFn fn;       /* the implementation */
    int flags;           /* AW_METH_* */
    AwType *owner;       /* type whose method this is, or NULL for a module function */
    AwValue self;        /* bound first argument (module functions with state), AW_EMPTY if none */
    AwStr *module;       /* __module__: the name of the module defining it, NULL when none */
};

struct AwBoundMethod {
    AwObject obj;        /* header */
    AwValue func;        /* the function (aw or native) */
    AwValue self;        /* the instance passed as first argument */
};

struct AwCell {
    AwObject obj;        /* header */
    AwValue value;       /* contents, AW_EMPTY when unbound */
};

/* staticmethod / classmethod: the wrapped callable. */
typedef struct {
    AwObject obj;        /* header */
    AwValue func;        /* __func__ */
    AwDict *dict;        /* attributes set on the wrapper itself (typing.final's __final__), or NULL */
} AwMethodWrapper;

typedef struct {
    AwObject obj;        /* header */
    AwValue fget;        /* getter or None */
    AwValue fset;        /* setter or None */
    AwValue fdel;        /* deleter or None */
    AwValue doc;         /* __doc__ */
    AwValue name;        /* the name __set_name__ gave it (for error messages), or None */
    bool getter_doc;     /* doc came from fget's __doc__ (a copy with a new getter takes the new one's) */
} AwProperty;

/* obj.prop for a property: its getter's result, or AttributeError "... has no getter". */
AwValue property_get(AwVM *vm, AwValue prop, AwValue obj);
/* CPython's AttributeError for a property without the accessor `what` ("getter", "setter",
 * "deleter") used on obj: names the property (if __set_name__ named it) and obj's type by repr. */
AwValue property_missing(AwVM *vm, AwValue prop, AwValue obj, const char *what);
AwFunction *function_new(AwVM *vm, AwCode *code, AwDict *globals);
AwNative *native_new(AwVM *vm, const char *name, AwNativeFn fn, int flags, AwType *owner);
AwValue method_new(AwVM *vm, AwValue func, AwValue self);
/* A built-in method bound to self, as CPython's: a builtin_function_or_method (a method-wrapper
 * for a slot such as __add__ or __len__) calling func's C function with self first. */
AwValue native_bind(AwVM *vm, AwValue func, AwValue self);
/* Whether a built-in type's method `name` is one of CPython's slot wrappers (__add__, __len__,
 * __init__, ...) rather than an ordinary method (__getitem__, __format__, __reduce__, ...): it
 * decides the repr ("slot wrapper") and the type of the bound form (method-wrapper). */
bool native_is_slot_wrapper(const char *name);
/* CPython's __text_signature__ of the built-in called qualname ("builtins.len", "str.join",
 * "builtins.property" for a built-in class), or NULL. */
const char *native_text_signature(const char *qualname);
/* builtin_function_or_method or method-wrapper: both have the AwNative layout. */
static inline int value_is_native(AwValue v) {
    return value_is_ptr(v) && (value_as_ptr(v)->type == &aw_type_native || value_as_ptr(v)->type == &aw_type_method_wrapper);
}
AwCell *cell_new(AwVM *vm, AwValue value);

#define AW_FUNCTION(v) ((AwFunction *)value_as_ptr(v))
#define AW_NATIVE(v) ((AwNative *)value_as_ptr(v))
#define AW_METHOD(v) ((AwBoundMethod *)value_as_ptr(v))
#define AW_CELL(v) ((AwCell *)value_as_ptr(v))

#endif
