/* modules.h — the table of built-in modules. Each stdlib file exports one init function that
 * builds its module object (NULL with an exception pending on failure); modules.c lists them,
 * and import finds them by name before looking for .aw/.py files. */
#ifndef AW_MODULES_H
#define AW_MODULES_H

#include "interp/module.h"

typedef AwModule *(*AwModuleInit)(AwVM *vm);

typedef struct {
    const char *name;    /* import name */
    AwModuleInit init;   /* builds the module */
} AwModuleEntry;

AwModule *builtins_module_init(AwVM *vm);
AwModule *sys_module_init(AwVM *vm);
AwModule *math_module_init(AwVM *vm);
AwModule *random_module_init(AwVM *vm);
AwModule *time_module_init(AwVM *vm);
AwModule *asyncio_module_init(AwVM *vm);
AwModule *asyncio_core_module_init(AwVM *vm);
AwModule *os_module_init(AwVM *vm);      /* `posix`, the core of os.py */
AwModule *json_module_init(AwVM *vm);    /* `_json`, the core of json.py */
AwModule *heapq_module_init(AwVM *vm);   /* `_heapq`, the core of heapq.py */
AwModule *traceback_module_init(AwVM *vm); /* `_traceback`, the core of traceback.py and warnings.py */

/* The entry for name, or NULL. */
const AwModuleEntry *modules_find(const char *name);

#endif
