/* gc.c — the `gc` module: collect() runs a full collection now, so finalizers report what
 * just became unreachable (a never-awaited coroutine, a task whose exception nobody
 * retrieved) at the same moment as CPython's `del x; gc.collect()`.
 *
 * enable()/disable()/isenabled() keep CPython's interface, but disable() only changes what
 * isenabled() says: aw's tracing collector is its only way to free memory (CPython's
 * reference counting goes on when its cycle collector is disabled), so it keeps running.
 * collect() returns 0: aw does not count unreachable objects. The generational tuning
 * (get/set_threshold, get_count, get/set_debug, freeze) keeps CPython's values and shapes but
 * steers nothing: aw's collector has one generation and its own trigger.
 */
#include "interp/args.h"
#include "interp/gc.h"
#include "interp/list.h"
#include "interp/tuple.h"
#include "interp/module.h"
#include "interp/vm.h"
#include "interp/weakref.h"
#include "stdlib/modules.h"

static bool is_enabled = true;   /* what isenabled() reports */
static int64_t thresholds[3] = {700, 10, 10};   /* what get_threshold() reports (CPython's defaults) */
static int64_t debug_flags;      /* what get_debug() reports */

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

static AwValue int_triple(AwVM *vm, const int64_t v[3]) {
    AwTuple *t = tuple_new(vm, 3);
    if (!t) return AW_ERR;
    for (int i = 0; i < 3; i++) t->items[i] = value_from_small(v[i]);
    return value_from_ptr(t);
}

static AwValue gc_m_get_threshold(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "get_threshold", argc, 0, 0)) return AW_ERR;
    return int_triple(vm, thresholds);
}

/* set_threshold(threshold0[, threshold1[, threshold2]]) */
static AwValue gc_m_set_threshold(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "set_threshold", kw) || args_count(vm, "set_threshold", argc, 1, 3)) return AW_ERR;
    int64_t v[3] = {thresholds[0], thresholds[1], thresholds[2]};
    for (int i = 0; i < argc; i++)
        if (args_int(vm, argv[i], &v[i])) return AW_ERR;
    for (int i = 0; i < 3; i++) thresholds[i] = v[i];
    return AW_NONE;
}

static AwValue gc_m_get_count(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const int64_t zero[3] = {0, 0, 0};
    if (args_count(vm, "get_count", argc, 0, 0)) return AW_ERR;
    return int_triple(vm, zero);
}

static AwValue gc_m_get_debug(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "get_debug", argc, 0, 0)) return AW_ERR;
    return value_from_small(debug_flags);
}

static AwValue gc_m_set_debug(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "set_debug", kw) || args_count(vm, "set_debug", argc, 1, 1)) return AW_ERR;
    return args_int(vm, argv[0], &debug_flags) ? AW_ERR : AW_NONE;
}

/* freeze()/unfreeze(): nothing is moved to a permanent generation, so the count stays 0. */
static AwValue gc_m_freeze(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return args_count(vm, "freeze", argc, 0, 0) ? AW_ERR : AW_NONE;
}

static AwValue gc_m_unfreeze(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return args_count(vm, "unfreeze", argc, 0, 0) ? AW_ERR : AW_NONE;
}

static AwValue gc_m_get_freeze_count(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return args_count(vm, "get_freeze_count", argc, 0, 0) ? AW_ERR : value_from_small(0);
}

static const AwMethodDef gc_functions[] = {
    {"get_threshold", gc_m_get_threshold, 0},
    {"set_threshold", gc_m_set_threshold, 0},
    {"get_count", gc_m_get_count, 0},
    {"get_debug", gc_m_get_debug, 0},
    {"set_debug", gc_m_set_debug, 0},
    {"freeze", gc_m_freeze, 0},
    {"unfreeze", gc_m_unfreeze, 0},
    {"get_freeze_count", gc_m_get_freeze_count, 0},
    {"collect", gc_m_collect, 0},
    {"enable", gc_m_enable, 0},
    {"disable", gc_m_disable, 0},
    {"isenabled", gc_m_isenabled, 0},
    {NULL, NULL, 0},
};

AwModule *gc_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "gc");
    if (!mod || module_add_functions(vm, mod, gc_functions)) return NULL;
    static const struct { const char *name; int64_t value; } flags[] = {
        {"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4}, {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38},
    };
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        if (module_add_value(vm, mod, flags[i].name, value_from_small(flags[i].value))) return NULL;
    /* garbage stays empty (nothing is uncollectable); callbacks are kept but never called */
    AwList *garbage = list_new(vm, 0);
    if (!garbage || module_add_value(vm, mod, "garbage", value_from_ptr(garbage))) return NULL;
    AwList *callbacks = list_new(vm, 0);
    if (!callbacks || module_add_value(vm, mod, "callbacks", value_from_ptr(callbacks))) return NULL;
    return mod;
}
