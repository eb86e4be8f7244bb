/* weakref.c — the `_weakref` module, the native core of weakref.py: the reference and proxy
 * types (interp/weakref.c owns them and their registry), proxy(), getweakrefcount(),
 * getweakrefs() and _remove_dead_weakref() for WeakValueDictionary. */
#include "interp/args.h"
#include "interp/exception.h"
#include "interp/dict.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/vm.h"
#include "interp/weakref.h"
#include "stdlib/modules.h"

static AwValue wr_proxy(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "proxy", kw) || args_count(vm, "proxy", argc, 1, 2)) return AW_ERR;
    AwType *type = ops_callable(argv[0]) ? &aw_type_weakcallableproxy : &aw_type_weakproxy;
    return weakref_new(vm, type, argv[0], argc > 1 ? argv[1] : AW_NONE);
}

static AwValue wr_getweakrefcount(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "getweakrefcount", kw) || args_count(vm, "getweakrefcount", argc, 1, 1)) return AW_ERR;
    return value_from_small(weakref_count(argv[0]));
}

static AwValue wr_getweakrefs(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "getweakrefs", kw) || args_count(vm, "getweakrefs", argc, 1, 1)) return AW_ERR;
    return weakref_list(vm, argv[0]);
}

/* _remove_dead_weakref(d, key): del d[key] if d[key] is a dead weak reference. */
static AwValue wr_remove_dead(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "_remove_dead_weakref", kw) || args_count(vm, "_remove_dead_weakref", argc, 2, 2)) return AW_ERR;
    if (!value_is_instance(argv[0], &aw_type_dict))
        return vm_raise(vm, &aw_exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s", ops_type_name(argv[0]));
    AwDict *d = AW_AS(AwDict, argv[0]);
    AwValue v = dict_get(vm, d, argv[1]);
    if (v == AW_ERR) return AW_ERR;
    if (v == AW_EMPTY) return AW_NONE;
    if (value_is_ptr(v) && value_is_instance(v, &aw_type_weakref) && !AW_AS(AwWeakref, v)->referent)
        if (dict_del(vm, d, argv[1]) < 0) return AW_ERR;
    return AW_NONE;
}

/* _unraisable(prefix, obj, exc): CPython's report of an exception nobody can catch
 * ("Exception ignored in atexit callback: <function f at 0x..>" and the traceback, with its
 * markers), for atexit.py. */
static AwValue wr_unraisable(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "_unraisable", kw) || args_count(vm, "_unraisable", argc, 3, 3)) return AW_ERR;
    if (!value_is_str(argv[0]) || !value_is_instance(argv[2], &aw_exc_BaseException))
        return vm_raise(vm, &aw_exc_TypeError, "_unraisable() takes a str, an object and an exception");
    vm_raise_value(vm, argv[2]);
    weakref_write_unraisable(vm, AW_STR(argv[0])->data, argv[1]);
    return AW_NONE;
}

static const AwMethodDef weakref_functions[] = {
    {"_unraisable", wr_unraisable, 0},
    {"proxy", wr_proxy, 0},
    {"getweakrefcount", wr_getweakrefcount, 0},
    {"getweakrefs", wr_getweakrefs, 0},
    {"_remove_dead_weakref", wr_remove_dead, 0},
    {NULL, NULL, 0},
};

AwModule *weakref_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "_weakref");
    AwStr *m = str_intern_cstr(vm, "weakref");
    if (!mod || !m || module_add_functions(vm, mod, weakref_functions)) return NULL;
    AwType *types[] = {&aw_type_weakref, &aw_type_weakproxy, &aw_type_weakcallableproxy};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        types[i]->module = m;
        if (module_add_type(vm, mod, types[i])) return NULL;
    }
    if (module_add_value(vm, mod, "ref", value_from_ptr(&aw_type_weakref))) return NULL;
    return mod;
}
