/* module.h — module objects and the helpers native modules use to fill themselves. */
#ifndef AW_MODULE_H
#define AW_MODULE_H

#include "interp/types.h"

struct AwModule {
    AwObject obj;        /* header */
    AwStr *name;         /* __name__ */
    AwDict *dict;        /* the module namespace (its globals) */
};

/* A module with __name__ set (and __doc__ None). NULL on MemoryError. */
AwModule *module_new(AwVM *vm, const char *name);
AwStatus module_add_functions(AwVM *vm, AwModule *mod, const AwMethodDef *defs);
AwStatus module_add_value(AwVM *vm, AwModule *mod, const char *name, AwValue value);
AwStatus module_add_type(AwVM *vm, AwModule *mod, AwType *type);
/* mod.name or AW_EMPTY. */
AwValue module_get(AwModule *mod, const char *name);

#define AW_MODULE(v) ((AwModule *)value_as_ptr(v))
/* obj.flags: the module's source is still running (its import is not finished), so a missing
 * attribute is reported as CPython's "partially initialized module" (a circular import). */
#define AW_MODULE_INITIALIZING 1u

#endif
