/* modules.c — the table of built-in modules that import finds by name (see modules.h). */
#include "stdlib/modules.h"
#include "stdlib/frozen.h"

#include <string.h>

static const AwModuleEntry module_table[] = {
    {"builtins", builtins_module_init},
    {"sys", sys_module_init},
    {"math", math_module_init},
    {"cmath", cmath_module_init},
    {"random", random_module_init},
    {"_signal", signal_module_init},
    {"_socket", socket_module_init},
    {"_select", select_module_init},
    {"unicodedata", unicodedata_module_init},
    {"time", time_module_init},
    {"asyncio", asyncio_module_init},
    {"_asyncio", asyncio_core_module_init},
    {"posix", os_module_init},
    {"_json", json_module_init},
    {"_heapq", heapq_module_init},
    {"gc", gc_module_init},
    {"_thread", thread_module_init},
    {"_struct", struct_module_init},
    {"_http", http_module_init},
    {"_re", re_module_init},
    {"_traceback", traceback_module_init},
    {"_weakref", weakref_module_init},
    {"_hashlib", hashlib_module_init},
    {"zlib", zlib_module_init},
    {"_binascii", binascii_module_init},
    {"_sqlite3", sqlite3_module_init},
    {"_codecs", codecs_module_init},
    {NULL, NULL},
};

const char *frozen_source(const char *name) {
    for (const AwFrozenModule *m = frozen_modules; m->name; m++)
        if (strcmp(m->name, name) == 0) return m->source;
    return NULL;
}

const AwModuleEntry *modules_find(const char *name) {
    for (const AwModuleEntry *e = module_table; e->name; e++)
        if (strcmp(e->name, name) == 0) return e;
    return NULL;
}
