/* gc.c — the `gc` module: collect() runs a full collection now, so finalizers report what
 * just became unreachable (a never-awaited coroutine, a task whose exception nobody
 * retrieved) at the same moment as CPython's `del x; gc.collect()`.
 *
 * enable()/disable()/isenabled() keep CPython's interface, but disable() only changes what
 * isenabled() says: aw's tracing collector is its only way to free memory (CPython's
 * reference counting goes on when its cycle collector is disabled), so it keeps running.
 * collect() returns 0: aw does not count unreachable objects.
 */
#include "interp/args.h"
#include "interp/gc.h"
#include "interp/module.h"
#include "interp/vm.h"
#include "interp/weakref.h"
#include "stdlib/modules.h"

static bool is_enabled = true;   /* what isenabled() reports */

static AwValue gc_m_collect(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"generation", NULL};
    AwValue a[1];
    if (args_parse(vm, "collect", argc, argv, kw, names, 0, 1, a)) return AW_ERR;
    gc_collect(vm);
    gc_run_pending(vm);   /* the __del__ methods and weakref callbacks of what this collection found dead */
    return value_from_small(0);
}

static AwValue gc_m_enable(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "enable", argc, 0, 0)) return AW_ERR;
    is_enabled = true;
    return AW_NONE;
}

static AwValue gc_m_disable(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "disable", argc, 0, 0)) return AW_ERR;
    is_enabled = false;
    return AW_NONE;
}

static AwValue gc_m_isenabled(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "isenabled", argc, 0, 0)) return AW_ERR;
    return value_from_bool(is_enabled);
}

static const AwMethodDef gc_functions[] = {
    {"collect", gc_m_collect, 0},
    {"enable", gc_m_enable, 0},
    {"disable", gc_m_disable, 0},
    {"isenabled", gc_m_isenabled, 0},
    {NULL, NULL, 0},
};

AwModule *gc_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "gc");
    if (!mod || module_add_functions(vm, mod, gc_functions)) return NULL;
    return mod;
}
