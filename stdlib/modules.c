/* modules.c — the table of built-in modules that import finds by name (see modules.h). */
#include "stdlib/modules.h"
#include "stdlib/frozen.h"

#include <stdio.h>
#include <string.h>
#include "interp/args.h"
#include "interp/exception.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/traceback.h"
#include "interp/vm.h"

static AwModule *imp_module_init(AwVM *vm);

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
    {"_imp", imp_module_init},
    {"_locale", locale_module_init},
    {"pyexpat", pyexpat_module_init},
    {"_bz2", bz2_module_init},
    {NULL, NULL},
};

const char *frozen_source(const char *name) {
    for (const AwFrozenModule *m = frozen_modules; m->name; m++)
        if (strcmp(m->name, name) == 0) return m->source;
    return NULL;
}

bool frozen_is_package(const char *name) {
    size_t n = strlen(name);
    for (const AwFrozenModule *m = frozen_modules; m->name; m++)
        if (strncmp(m->name, name, n) == 0 && m->name[n] == '.') return true;
    return false;
}

const AwModuleEntry *modules_find(const char *name) {
    for (const AwModuleEntry *e = module_table; e->name; e++)
        if (strcmp(e->name, name) == 0) return e;
    return NULL;
}

/* ---- _imp: what importlib.util asks of the import system ---- */

static AwStatus name_arg(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kwnames, AwStr **out) {
    static const char *const names[] = {"name", NULL};
    AwValue v;
    if (args_parse(vm, fname, argc, argv, kwnames, names, 1, 1, &v) != AW_OK) return AW_ERROR;
    if (!value_is_str(v)) {
        vm_raise(vm, &aw_exc_TypeError, "%s() argument must be str, not %s", fname, ops_type_name(v));
        return AW_ERROR;
    }
    *out = AW_STR(v);
    return AW_OK;
}

/* _imp.is_builtin(name): 1 for a module compiled into aw, else 0 (CPython's convention). */
static AwValue imp_is_builtin(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwStr *name;
    if (name_arg(vm, "is_builtin", argc, argv, kwnames, &name) != AW_OK) return AW_ERR;
    return value_from_small(modules_find(name->data) ? 1 : 0);
}

/* _imp.is_frozen(name): whether name is a stdlib module whose Python source aw carries. */
static AwValue imp_is_frozen(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwStr *name;
    if (name_arg(vm, "is_frozen", argc, argv, kwnames, &name) != AW_OK) return AW_ERR;
    return value_from_bool(frozen_source(name->data) != NULL);
}

/* _imp.is_frozen_package(name): whether frozen module name has frozen submodules. */
static AwValue imp_is_frozen_package(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwStr *name;
    if (name_arg(vm, "is_frozen_package", argc, argv, kwnames, &name) != AW_OK) return AW_ERR;
    if (!frozen_source(name->data)) return vm_raise(vm, &aw_exc_ImportError, "No such frozen object named '%s'", name->data);
    return value_from_bool(frozen_is_package(name->data));
}

/* _imp.get_frozen_object(name): the code of a frozen stdlib module, compiled as import does. */
static AwValue imp_get_frozen_object(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwStr *name;
    if (name_arg(vm, "get_frozen_object", argc, argv, kwnames, &name) != AW_OK) return AW_ERR;
    const char *src = frozen_source(name->data);
    if (!src) return vm_raise(vm, &aw_exc_ImportError, "No such frozen object named '%s'", name->data);
    char filename[160];
    snprintf(filename, sizeof filename, "<frozen %s>", name->data);
    traceback_register_source(vm, filename, src, strlen(src));
    AwCode *code = vm_compile(vm, src, strlen(src), filename, AW_PARSE_FILE);
    return code ? value_from_ptr(code) : AW_ERR;
}

static const AwMethodDef imp_functions[] = {
    {"get_frozen_object", imp_get_frozen_object, AW_METH_DEFAULT},
    {"is_builtin", imp_is_builtin, AW_METH_DEFAULT},
    {"is_frozen", imp_is_frozen, AW_METH_DEFAULT},
    {"is_frozen_package", imp_is_frozen_package, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

static AwModule *imp_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "_imp");
    if (!mod || module_add_functions(vm, mod, imp_functions)) return NULL;
    return mod;
}
