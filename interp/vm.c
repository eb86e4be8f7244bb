/* vm.c — interpreter state: start-up and shutdown, raising, calling any callable, binding
 * arguments to aw functions, GC roots. The dispatch loop is in vm_exec.c, imports in
 * import.c. */
#include "interp/vm.h"
#include "interp/port.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "interp/class.h"
#include "interp/code.h"
#include "interp/compiler.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/fiber.h"
#include "interp/file.h"
#include "interp/function.h"
#include "interp/future.h"
#include "interp/generator.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/loop.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/origin.h"
#include "interp/sidetext.h"
#include "interp/str.h"
#include "interp/timeline.h"
#include "interp/tuple.h"
#include "interp/traceback.h"
#include "interp/weakref.h"
#include "stdlib/asyncio.h"
#include "stdlib/modules.h"
#include "stdlib/sys.h"

void class_trace_static(AwGC *gc);
void class_clear_static_marks(void);
AwValue class_bind(AwVM *vm, AwValue attr, AwValue obj, AwType *owner);
AwValue vm_run_frame(AwVM *vm, AwFiber *fiber, AwValue throw_exc);
void str_trace_interned(AwVM *vm, AwGC *gc);
void int_init(AwVM *vm);
void tuple_init(AwVM *vm);

#define MAX_ARGS_ON_C_STACK 16

/* ---- start-up ---- */

static AwStatus intern_names(AwVM *vm) {
#define AW_INTERN_NAME(n) if (!(vm->names.n_##n = str_intern_cstr(vm, #n))) return AW_ERROR;
    AW_NAME_LIST(AW_INTERN_NAME)
#undef AW_INTERN_NAME
    return AW_OK;
}

static AwStatus make_memory_error(AwVM *vm) {
    AwException *e = exception_new(vm, &aw_exc_MemoryError, 0, NULL);
    if (!e) return AW_ERROR;
    vm->memory_error = value_from_ptr(e);
    return AW_OK;
}

static AwStatus register_module(AwVM *vm, AwModule *mod) {
    if (!mod) return AW_ERROR;
    return dict_set_str(vm, vm->modules, mod->name, value_from_ptr(mod));
}

static AwStatus init_modules(AwVM *vm, int argc, char **argv) {
    vm->modules = dict_new(vm);
    if (!vm->modules) return AW_ERROR;
    vm->builtins = builtins_module_init(vm);
    if (register_module(vm, vm->builtins)) return AW_ERROR;
    vm->builtin_len = dict_get_str(vm->builtins->dict, str_intern_cstr(vm, "len"));
    if (vm->builtin_len == AW_EMPTY) vm->builtin_len = AW_NONE;
    vm->sys = sys_module_init(vm);
    if (register_module(vm, vm->sys)) return AW_ERROR;
    vm->main_module = module_new(vm, "__main__");
    if (register_module(vm, vm->main_module)) return AW_ERROR;
    /* as CPython's script or -c: no package (a relative import has no parent), no spec */
    if (dict_set_str(vm, vm->main_module->dict, str_intern_cstr(vm, "__package__"), AW_NONE) ||
        dict_set_str(vm, vm->main_module->dict, str_intern_cstr(vm, "__spec__"), AW_NONE))
        return AW_ERROR;
    return dict_set_str(vm, vm->main_module->dict, AW_NAME(vm, __builtins__), value_from_ptr(vm->builtins));
}

AwVM *vm_new(int argc, char **argv) {
    AwVM *vm = calloc(1, sizeof(AwVM));
    if (!vm) return NULL;
    gc_init(vm);
    gil_init(&vm->gil);
    vm->exc = AW_EMPTY;
    vm->memory_error = AW_NONE;
    vm->recursion_limit = 1000;
    for (int i = 0; i < 16; i++) vm->module_roots[i] = AW_NONE;
    int_init(vm);
    str_init(vm);
    if (intern_names(vm)) goto fail;
    tuple_init(vm);
    if (type_init_all(vm)) goto fail;
    exception_init(vm);
    if (make_memory_error(vm)) goto fail;
    vm->main_fiber = fiber_new(vm, AW_NONE, 256, 16);
    if (!vm->main_fiber) goto fail;
    vm->main_fiber->state = AW_FIBER_RUNNING;
    vm->fiber = vm->main_fiber;
    if (init_modules(vm, argc, argv)) goto fail;
    return vm;
fail:
    fprintf(stderr, "aw: fatal error during start-up\n");
    if (vm->exc != AW_EMPTY) vm_print_exception(vm, vm_exc_take(vm));
    vm_free(vm);
    return NULL;
}

void vm_free(AwVM *vm) {
    if (!vm) return;
    signal_fini();
    vm->is_exiting = true;
    asyncio_before_exit(vm);
    gc_free_all(vm);
    weakref_fini();
    sidetext_clear();
    traceback_fini(vm);
    gil_fini(&vm->gil);
    str_fini(vm);
    free(vm);
}

/* ---- GC roots ---- */

void vm_trace_roots(AwVM *vm, AwGC *gc) {
    class_trace_static(gc);
    str_trace_interned(vm, gc);
    gc_mark_object(gc, (AwObject *)vm->modules);
    gc_mark_object(gc, (AwObject *)vm->builtins);
    gc_mark_object(gc, (AwObject *)vm->main_module);
    gc_mark_object(gc, (AwObject *)vm->sys);
    gc_mark_object(gc, (AwObject *)vm->empty_tuple);
    gc_mark_value(gc, vm->memory_error);
    gc_mark_value(gc, vm->builtin_len);
    gc_mark_value(gc, vm->exc);
    gc_mark_object(gc, (AwObject *)vm->main_fiber);
    for (AwFiber *f = vm->fiber; f; f = f->caller) gc_mark_object(gc, &f->obj);
    gil_trace(vm, gc);
    gc_mark_values(gc, vm->module_roots, 16);
    weakref_trace_pending(gc);
}

void vm_clear_static_marks(AwVM *vm) { class_clear_static_marks(); }

static AW_NOINLINE void finalize_task(AwVM *vm, AwObject *obj) {
    if (obj->type == &aw_type_task || type_is_subtype(obj->type, &aw_type_task)) task_finalize(vm, (AwTask *)obj);
    else if (obj->type == &aw_type_future || type_is_subtype(obj->type, &aw_type_future)) future_finalize(vm, (AwFuture *)obj);
}

/* Dead coroutines and sleeps come by the million (kept frameless: tail calls only). */
static inline void finalize(AwVM *vm, AwObject *obj) {
    if (obj->type == &aw_type_coroutine) generator_warn_unawaited(vm, (AwGenerator *)obj);
    else if (obj->type == &aw_type_sleep) sleep_warn_unawaited(vm, value_from_ptr(obj));
    else if (obj->type == &aw_type_task) task_finalize(vm, (AwTask *)obj);
    else finalize_task(vm, obj);
}

static AW_NOINLINE void finalize_with_origin(AwVM *vm, AwObject *obj) {
    finalize(vm, obj);
    origin_forget(obj); /* after the warning that prints it */
}

/* obj.__del__() for gc_run_finalizers. As in CPython an error does not propagate: it is
 * reported as "Exception ignored in: <function C.__del__ ...>" with its traceback. */
void vm_call_del(AwVM *vm, AwObject *obj) {
    AwValue saved = vm->exc;
    vm->exc = AW_EMPTY;
    /* AW_OBJ_CLOSE_ON_COLLECT: a generator is closed, an async generator goes to its loop */
    bool gen = obj->type == &aw_type_generator || obj->type == &aw_type_async_generator;
    AwStatus st = obj->type == &aw_type_generator ? generator_close(vm, (AwGenerator *)obj)
                  : gen ? loop_asyncgen_finalize(vm, obj)
                  : vm_call_dunder(vm, value_from_ptr(obj), AW_NAME(vm, __del__), 0, NULL) == AW_ERR ? AW_ERROR : AW_OK;
    if (st) {
        AwValue fn = gen ? value_from_ptr(obj) : type_lookup(obj->type, AW_NAME(vm, __del__));
        file_flush_std(vm);
        sys_report_unraisable(vm, "Exception ignored in", fn != AW_EMPTY ? fn : AW_NONE, false);
    }
    vm->exc = saved;
}

static bool is_del_instance(AwValue v) {
    if (!value_is_ptr(v)) return false;
    AwObject *o = value_as_ptr(v);
    return gc_wants_finalizer(o);
}

/* The __del__ instances among items[0..n) (at most 256 looked at), from the end when
 * `backward` (list and tuple deallocation order). */
static bool scan_items(AwGC *gc, const AwValue *items, int64_t n, bool backward, bool note) {
    bool found = false;
    if (n > 256) n = 256;
    for (int64_t k = 0; k < n; k++) {
        AwValue v = items[backward ? n - 1 - k : k];
        if (!is_del_instance(v)) continue;
        if (!note) return true;
        found = true;
        gc_note_drop(gc, value_as_ptr(v));
    }
    return found;
}

/* One level deep: what the demos of __del__ drop (the object itself, a list or dict of them, an
 * object owning one). */
bool vm_holds_del(AwGC *gc, AwValue v, bool note) {
    if (is_del_instance(v)) {
        if (note) gc_note_drop(gc, value_as_ptr(v));
        return true;
    }
    AwType *t = value_as_ptr(v)->type;
    if (t == &aw_type_list) return scan_items(gc, AW_LIST(v)->items, AW_LIST(v)->len, true, note);
    if (t == &aw_type_tuple) return scan_items(gc, AW_TUPLE(v)->items, AW_TUPLE(v)->len, true, note);
    AwDict *d = t == &aw_type_dict ? AW_DICT(v) : NULL;
    if (!d && (t->flags & AW_TYPE_HEAP) && t->dict_offset) d = *(AwDict **)((char *)value_as_ptr(v) + t->dict_offset);
    if (!d || !d->entries) return false;
    bool found = false;
    for (int64_t i = 0; i < d->nentries && i < 256; i++) {
        if (!is_del_instance(d->entries[i].value)) continue;
        if (!note) return true;
        found = true;
        gc_note_drop(gc, value_as_ptr(d->entries[i].value));
    }
    return found;
}

static void count_unfinalized(AwObject *obj, void *ctx) {
    if (gc_wants_finalizer(obj)) (*(size_t *)ctx)++;
}

static void collect_unfinalized(AwObject *obj, void *ctx) {
    AwList *out = ctx;
    if (gc_wants_finalizer(obj) && out->len < out->cap)
        out->items[out->len++] = value_from_ptr(obj);
}

/* Calls __del__ on each unfinalized instance in `items` (a rooted list: none can be freed
 * while another's __del__ runs). */
static void finalize_items(AwVM *vm, AwList *items) {
    for (int64_t i = 0; i < items->len; i++) gc_finalize(vm, value_as_ptr(items->items[i]));
}

/* At exit CPython's last collection finds __main__ and its globals garbage and runs the
 * finalizers with the globals still intact: here, the instances the globals hold first, in
 * the globals' order (their items as deallocation would reach them), then every other one. */
void vm_finalize_main(AwVM *vm) {
    if (!vm->gc.del_live || !vm->main_module) return;
    gc_collect(vm);   /* what is already garbage goes first, as CPython frees it before exiting */
    gc_run_pending(vm);
    size_t n = 0;
    gc_each_object(vm, count_unfinalized, &n);
    if (n == 0) return;
    AwList *order = list_new(vm, 2 * (int64_t)n);   /* the globals' instances, then all of them */
    if (!order || gc_push_root(vm, value_from_ptr(order))) { vm_exc_clear(vm); return; }
    AwDict *d = vm->main_module->dict;
    vm->gc.nhints = 0;
    for (int64_t i = 0; i < d->nentries; i++) {
        AwValue value = d->entries[i].value;
        if (value == AW_EMPTY || !value_is_ptr(value)) continue;
        vm->gc.nhints = 0;
        if (!vm_holds_del(&vm->gc, value, true)) continue;
        for (size_t h = 0; h < vm->gc.nhints && order->len < order->cap; h++)
            order->items[order->len++] = value_from_ptr(vm->gc.hints[h]);
    }
    vm->gc.nhints = 0;
    gc_each_object(vm, collect_unfinalized, order);
    finalize_items(vm, order);
    gc_pop_roots(vm, 1);
}

void vm_finalize_dead(AwVM *vm, AwObject *obj) {
    if (AW_UNLIKELY(origin_recorded)) finalize_with_origin(vm, obj);
    else finalize(vm, obj);
}

/* ---- raising ---- */

/* Sets exc pending, chaining the exception being handled as its __context__ (as sys.exc_info()
 * sees it: a generator or task raising while its caller handles an exception chains that). */
static void set_pending(AwVM *vm, AwValue exc) {
    AwValue handled = vm_handled_exception(vm);
    if (value_is_instance(exc, &aw_exc_BaseException) && handled != AW_NONE && handled != exc &&
        value_is_ptr(handled) && AW_EXC(exc)->context == AW_NONE) {
        /* Break a cycle: exc must not already be in handled's context chain. */
        AwValue c = handled;
        int guard = 0;
        while (c != AW_NONE && value_is_ptr(c) && guard++ < 1000) {
            if (AW_EXC(c)->context == exc) { AW_EXC(c)->context = AW_NONE; break; }
            c = AW_EXC(c)->context;
        }
        AW_EXC(exc)->context = handled;
    }
    vm->exc = exc;
}

AwValue vm_raise_str(AwVM *vm, AwType *type, AwStr *msg) {
    AwValue arg = str_value(msg);
    AwException *e = exception_new(vm, type, 1, &arg);
    if (!e) return AW_ERR;
    set_pending(vm, value_from_ptr(e));
    return AW_ERR;
}

AwValue vm_raise(AwVM *vm, AwType *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    AwStr *msg = str_vprintf(vm, fmt, ap);
    va_end(ap);
    if (!msg) return AW_ERR;
    return vm_raise_str(vm, type, msg);
}

AwValue vm_exc_instantiate(AwVM *vm, AwValue cls, int argc, const AwValue *argv, bool for_throw) {
    AwValue inst = vm_call(vm, cls, argc, argv, NULL);
    if (inst == AW_ERR || value_is_instance(inst, &aw_exc_BaseException)) return inst;
    if (gc_push_root(vm, inst)) return AW_ERR;
    AwValue cls_repr = ops_repr(vm, cls);
    if (cls_repr == AW_ERR || gc_push_root(vm, cls_repr)) { gc_pop_roots(vm, 1); return AW_ERR; }
    AwValue got = for_throw ? AW_NONE : ops_repr(vm, value_from_ptr(type_of(inst)));
    if (got != AW_ERR)
        vm_raise(vm, &aw_exc_TypeError, "calling %s should have returned an instance of BaseException, not %s",
                 AW_STR(cls_repr)->data, for_throw ? ops_type_name(inst) : AW_STR(got)->data);
    gc_pop_roots(vm, 2);
    return AW_ERR;
}

AwValue vm_raise_value(AwVM *vm, AwValue exc) {
    if (value_is_instance(exc, &aw_type_type) && type_is_subtype((AwType *)value_as_ptr(exc), &aw_exc_BaseException)) {
        exc = vm_exc_instantiate(vm, exc, 0, NULL, false);
        if (exc == AW_ERR) return AW_ERR;
    }
    if (!value_is_instance(exc, &aw_exc_BaseException))
        return vm_raise(vm, &aw_exc_TypeError, "exceptions must derive from BaseException");
    set_pending(vm, exc);
    return AW_ERR;
}

AwValue vm_raise_rechained(AwVM *vm, AwValue exc) {
    AwValue handled = vm_handled_exception(vm);
    if (handled != AW_NONE && handled != exc && value_is_instance(exc, &aw_exc_BaseException))
        AW_EXC(exc)->context = AW_NONE;
    return vm_raise_value(vm, exc);
}

AwValue vm_raise_memory(AwVM *vm) {
    vm->exc = vm->memory_error;
    if (vm->memory_error != AW_NONE) {
        AwException *e = AW_EXC(vm->memory_error);
        e->traceback = AW_NONE;
        e->context = AW_NONE;
    }
    return AW_ERR;
}

bool vm_exc_pending(AwVM *vm) { return vm->exc != AW_EMPTY; }

bool vm_exc_matches(AwVM *vm, AwType *type) {
    return vm->exc != AW_EMPTY && value_is_instance(vm->exc, type);
}

AwValue vm_exc_take(AwVM *vm) {
    AwValue e = vm->exc;
    vm->exc = AW_EMPTY;
    return e;
}

void vm_exc_clear(AwVM *vm) { vm->exc = AW_EMPTY; }

void vm_interrupt(AwVM *vm) { vm->interrupt_pending = 1; }

int vm_take_interrupt(AwVM *vm) {
    if (!vm->interrupt_pending) return 0;
    vm->interrupt_pending = 0;
    return vm->signal_dispatch ? vm->signal_dispatch(vm) : 1;
}

AwStatus vm_check_interrupt(AwVM *vm) {
    int r = vm_take_interrupt(vm);
    if (r == 0) return AW_OK;
    if (r > 0) vm_raise_value(vm, value_from_ptr(&aw_exc_KeyboardInterrupt));
    return AW_ERROR;
}

AwStatus vm_enter(AwVM *vm, const char *where) {
    if (++vm->depth > vm->recursion_limit + 50 || vm->native_depth > 2000) {
        vm->depth--;
        vm_raise(vm, &aw_exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return AW_ERROR;
    }
    return AW_OK;
}

/* ---- argument binding ---- */

static const char *fn_name(AwFunction *f) { return f->qualname->data; }

static AwValue missing_error(AwVM *vm, AwFunction *f, AwValue *slots, int from, int to, bool kwonly) {
    AwCode *co = f->code;
    int n = 0;
    for (int i = from; i < to; i++) n += slots[i] == AW_EMPTY;
    char buf[512];
    size_t len = 0;
    int k = 0;
    for (int i = from; i < to && len < sizeof buf - 80; i++) {
        if (slots[i] != AW_EMPTY) continue;
        const char *sep = k == 0 ? "" : (k == n - 1 ? (n == 2 ? " and " : ", and ") : ", ");
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s'%s'", sep, AW_STR(co->varnames->items[i])->data);
        k++;
    }
    return vm_raise(vm, &aw_exc_TypeError, "%s() missing %d required %s argument%s: %s", fn_name(f), n,
                    kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", buf);
}

static AwValue too_many_positional(AwVM *vm, AwFunction *f, int given, int kwgiven) {
    AwCode *co = f->code;
    int ndef = f->defaults ? (int)f->defaults->len : 0;
    int max = co->argcount, min = co->argcount - ndef;
    char takes[64], extra[96] = "";
    if (min < max) snprintf(takes, sizeof takes, "from %d to %d positional arguments", min, max);
    else snprintf(takes, sizeof takes, "%d positional argument%s", max, max == 1 ? "" : "s");
    if (kwgiven) snprintf(extra, sizeof extra, " positional argument%s (and %d keyword-only argument%s)", given == 1 ? "" : "s", kwgiven, kwgiven == 1 ? "" : "s");
    return vm_raise(vm, &aw_exc_TypeError, "%s() takes %s but %d%s %s given", fn_name(f), takes, given,
                    kwgiven ? extra : "", (given == 1 && !kwgiven) ? "was" : "were");
}

/* Finds a keyword's parameter slot among the named parameters, or -1. */
static int find_param(AwCode *co, AwStr *name, int from, int to) {
    for (int i = from; i < to; i++)
        if (AW_STR(co->varnames->items[i]) == name) return i;
    for (int i = from; i < to; i++)
        if (str_equal(AW_STR(co->varnames->items[i]), name)) return i;
    return -1;
}

/* CPython's error for f(a=1) with `a` positional-only: every such name given, in parameter order. */
static AwStatus posonly_as_keyword(AwVM *vm, AwFunction *f, AwTuple *kwnames) {
    AwCode *co = f->code;
    char names[512] = "";
    size_t used = 0;
    for (int i = 0; i < co->posonlyargcount; i++) {
        AwStr *param = AW_STR(co->varnames->items[i]);
        for (int64_t k = 0; k < kwnames->len; k++) {
            if (!str_equal(AW_STR(kwnames->items[k]), param)) continue;
            int n = snprintf(names + used, sizeof names - used, "%s%s", used ? ", " : "", param->data);
            if (n > 0) used = used + (size_t)n < sizeof names ? used + (size_t)n : sizeof names - 1;
            break;
        }
    }
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                            fn_name(f), names));
}

static AwStatus bind_keywords(AwVM *vm, AwFunction *f, AwValue *slots, const AwValue *kwv, AwTuple *kwnames, AwDict *kwdict) {
    AwCode *co = f->code;
    int nparams = co->argcount + co->kwonlyargcount;
    for (int64_t k = 0; kwnames && k < kwnames->len; k++) {
        AwStr *name = AW_STR(kwnames->items[k]);
        int i = find_param(co, name, co->posonlyargcount, nparams);
        if (i >= 0) {
            if (slots[i] != AW_EMPTY)
                return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() got multiple values for argument '%s'", fn_name(f), name->data));
            slots[i] = kwv[k];
            continue;
        }
        if (kwdict) {
            if (dict_set_str(vm, kwdict, name, kwv[k])) return AW_ERROR;
            continue;
        }
        if (find_param(co, name, 0, co->posonlyargcount) >= 0) return posonly_as_keyword(vm, f, kwnames);
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() got an unexpected keyword argument '%s'", fn_name(f), name->data));
    }
    return AW_OK;
}

static AwStatus fill_defaults(AwVM *vm, AwFunction *f, AwValue *slots) {
    AwCode *co = f->code;
    int ndef = f->defaults ? (int)f->defaults->len : 0;
    int first_def = co->argcount - ndef;
    for (int i = 0; i < co->argcount; i++) {
        if (slots[i] != AW_EMPTY) continue;
        if (i >= first_def) slots[i] = f->defaults->items[i - first_def];
    }
    for (int i = 0; i < co->argcount; i++)
        if (slots[i] == AW_EMPTY) return vm_fail(missing_error(vm, f, slots, 0, co->argcount, false));
    int kw_end = co->argcount + co->kwonlyargcount;
    for (int i = co->argcount; i < kw_end; i++) {
        if (slots[i] != AW_EMPTY || !f->kwdefaults) continue;
        AwValue d = dict_get_str(f->kwdefaults, AW_STR(co->varnames->items[i]));
        if (d != AW_EMPTY) slots[i] = d;
    }
    for (int i = co->argcount; i < kw_end; i++)
        if (slots[i] == AW_EMPTY) return vm_fail(missing_error(vm, f, slots, co->argcount, kw_end, true));
    return AW_OK;
}

/* Binds arguments into slots[0..nlocals) (all AW_EMPTY on entry), wraps cells and copies the
 * closure. The general path; vm_exec.c has the fast path for exact positional calls. */
AwStatus vm_bind_args(AwVM *vm, AwFunction *f, AwValue *slots, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwCode *co = f->code;
    int npos = argc < co->argcount ? argc : co->argcount;
    for (int i = 0; i < npos; i++) slots[i] = argv[i];
    int idx = co->argcount + co->kwonlyargcount;
    if (co->flags & AW_CODE_VARARGS) {
        AwTuple *rest = argc > co->argcount ? tuple_from(vm, argc - co->argcount, argv + co->argcount) : tuple_empty(vm);
        if (!rest) return AW_ERROR;
        slots[idx++] = value_from_ptr(rest);
    }
    AwDict *kwdict = NULL;
    if (co->flags & AW_CODE_VARKW) {
        kwdict = dict_new(vm);
        if (!kwdict) return AW_ERROR;
        slots[idx] = value_from_ptr(kwdict);
    }
    /* keyword errors come before "takes N positional arguments", as CPython checks them */
    if (kwnames && bind_keywords(vm, f, slots, argv + argc, kwnames, kwdict)) return AW_ERROR;
    if (argc > co->argcount && !(co->flags & AW_CODE_VARARGS)) {
        int kwonly_given = 0;
        for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) kwonly_given += slots[i] != AW_EMPTY;
        return vm_fail(too_many_positional(vm, f, argc, kwonly_given));
    }
    return fill_defaults(vm, f, slots);
}

AwStatus vm_setup_cells(AwVM *vm, AwFunction *f, AwValue *slots) {
    AwCode *co = f->code;
    for (int i = 0; i < co->ncells; i++) {
        AwCell *c = cell_new(vm, slots[co->cell_slots[i]]);
        if (!c) return AW_ERROR;
        slots[co->cell_slots[i]] = value_from_ptr(c);
    }
    for (int i = 0; i < co->nfree; i++)
        slots[co->nlocals - co->nfree + i] = f->closure ? f->closure->items[i] : AW_EMPTY;
    return AW_OK;
}

/* ---- calling ---- */

/* A method of a built-in type called through the type (list.append(x, 1)) checks its self, as
 * CPython's method descriptors do: the implementations assume their own layout. */
static AW_NOINLINE AwValue bad_self(AwVM *vm, AwNative *n, int argc, const AwValue *argv) {
    const char *owner = type_name(n->owner);
    if (argc < 1) {
        if (native_is_slot_wrapper(n->name))
            return vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' of '%s' object needs an argument", n->name, owner);
        return vm_raise(vm, &aw_exc_TypeError, "unbound method %s.%s() needs an argument", owner, n->name);
    }
    if (native_is_slot_wrapper(n->name))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", n->name, owner,
                        ops_type_name(argv[0]));
    return vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", n->name,
                    owner, ops_type_name(argv[0]));
}

AwValue vm_call_native_slot(AwVM *vm, AwValue callee, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwNative *n = AW_NATIVE(callee);
    if (n->owner && !(n->flags & (AW_METH_STATIC | AW_METH_CLASS)) && n->self == AW_EMPTY &&
        (argc < 1 || (type_of(argv[0]) != n->owner && !value_is_instance(argv[0], n->owner))))
        return bad_self(vm, n, argc, argv);
    if (n->self == AW_EMPTY) return n->fn(vm, argc, argv, kwnames);
    int nkw = kwnames ? (int)kwnames->len : 0;
    AwValue stack[MAX_ARGS_ON_C_STACK];
    AwValue *args = argc + nkw + 1 <= MAX_ARGS_ON_C_STACK ? stack : malloc(sizeof(AwValue) * (size_t)(argc + nkw + 1));
    if (!args) return vm_raise_memory(vm);
    args[0] = n->self;
    if (argc + nkw) memcpy(args + 1, argv, sizeof(AwValue) * (size_t)(argc + nkw));
    AwValue r = n->fn(vm, argc + 1, args, kwnames);
    if (args != stack) free(args);
    return r;
}

AwValue vm_call_method_slot(AwVM *vm, AwValue callee, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwBoundMethod *m = AW_METHOD(callee);
    int nkw = kwnames ? (int)kwnames->len : 0;
    AwValue stack[MAX_ARGS_ON_C_STACK];
    AwValue *args = argc + nkw + 1 <= MAX_ARGS_ON_C_STACK ? stack : malloc(sizeof(AwValue) * (size_t)(argc + nkw + 1));
    if (!args) return vm_raise_memory(vm);
    args[0] = m->self;
    if (argc + nkw) memcpy(args + 1, argv, sizeof(AwValue) * (size_t)(argc + nkw));
    AwValue r = vm_call(vm, m->func, argc + 1, args, kwnames);
    if (args != stack) free(args);
    return r;
}

/* Calls an aw function from native code: copies the arguments onto the current fiber's
 * stack, pushes a frame marked as an entry frame and runs the dispatch loop until it returns. */
AwValue vm_call_function_slot(AwVM *vm, AwValue callee, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwFunction *f = AW_FUNCTION(callee);
    AwCode *co = f->code;
    AwFiber *fiber = vm->fiber;
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (vm_enter(vm, "")) return AW_ERR;
    vm->depth--; /* the frame push counts the depth itself */
    if (fiber_ensure_stack(vm, fiber, 1 + co->nlocals + co->stacksize + argc + nkw)) return AW_ERR;
    AwValue *base = fiber->sp;
    base[0] = callee;
    AwValue *slots = base + 1;
    /* Arguments may live on this very stack (above sp they'd be clobbered): copy via temp. */
    AwValue stack[MAX_ARGS_ON_C_STACK];
    AwValue *tmp = argc + nkw <= MAX_ARGS_ON_C_STACK ? stack : malloc(sizeof(AwValue) * (size_t)(argc + nkw + 1));
    if (!tmp) return vm_raise_memory(vm);
    if (argc + nkw) memcpy(tmp, argv, sizeof(AwValue) * (size_t)(argc + nkw));
    for (int i = 0; i < co->nlocals; i++) slots[i] = AW_EMPTY;
    fiber->sp = slots + co->nlocals;
    AwStatus st = vm_bind_args(vm, f, slots, argc, tmp, kwnames);
    if (tmp != stack) free(tmp);
    if (st == AW_OK && (co->flags & (AW_CODE_GENERATOR | AW_CODE_COROUTINE | AW_CODE_ASYNC_GENERATOR))) {
        AwValue gen = vm_setup_cells(vm, f, slots) ? AW_ERR : generator_new(vm, f, slots);
        fiber->sp = base;
        return gen;
    }
    if (st || vm_setup_cells(vm, f, slots)) { fiber->sp = base; return AW_ERR; }
    AwFrame *frame = fiber_push_frame(vm, fiber, co, slots);
    if (!frame) { fiber->sp = base; return AW_ERR; }
    frame->func = f;
    frame->globals = f->globals;
    frame->is_entry = 1;
    return vm_run_frame(vm, fiber, AW_EMPTY);
}

AwValue vm_call(AwVM *vm, AwValue callee, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwType *t = type_of(callee);
    if (!t->call) return vm_raise(vm, &aw_exc_TypeError, "'%s' object is not callable", type_name(t));
    if (kwnames && kwnames->len == 0) kwnames = NULL;
    vm->native_depth++;
    AwValue r = t->call(vm, callee, argc, argv, kwnames);
    vm->native_depth--;
    return r;
}

AwValue vm_call_args_kwargs(AwVM *vm, AwValue fn, AwTuple *args, AwValue kwargs) {
    if (kwargs == AW_NONE || AW_DICT(kwargs)->used == 0) return vm_call(vm, fn, (int)args->len, args->items, NULL);
    AwDict *kw = AW_DICT(kwargs);
    int64_t n = args->len + kw->used;
    AwTuple *names = tuple_new(vm, kw->used);
    AwValue *argv = names ? malloc(sizeof(AwValue) * (size_t)(n ? n : 1)) : NULL;
    if (!argv) return names ? vm_raise_memory(vm) : AW_ERR;
    memcpy(argv, args->items, sizeof(AwValue) * (size_t)args->len);
    int64_t pos = 0, k = 0;
    AwValue key, value;
    while (dict_next(kw, &pos, &key, &value)) { names->items[k] = key; argv[args->len + k] = value; k++; }
    AwValue r = AW_ERR;
    if (gc_push_root(vm, value_from_ptr(names)) == AW_OK) {
        r = vm_call(vm, fn, (int)args->len, argv, names);
        gc_pop_roots(vm, 1);
    }
    free(argv);
    return r;
}

AwValue vm_call_method(AwVM *vm, AwValue obj, AwStr *name, int argc, const AwValue *argv) {
    AwValue m = ops_getattr(vm, obj, name);
    if (m == AW_ERR) return AW_ERR;
    return vm_call(vm, m, argc, argv, NULL);
}

AwValue vm_call_dunder(AwVM *vm, AwValue obj, AwStr *name, int argc, const AwValue *argv) {
    AwType *t = type_of(obj);
    AwValue fn = type_lookup(t, name);
    if (fn == AW_EMPTY) return AW_EMPTY;
    AwValue stack[MAX_ARGS_ON_C_STACK];
    if (argc + 1 <= MAX_ARGS_ON_C_STACK &&
        (value_is_type(fn, &aw_type_function) || (value_is_type(fn, &aw_type_native) && AW_NATIVE(fn)->owner && !(AW_NATIVE(fn)->flags & AW_METH_STATIC)))) {
        stack[0] = obj;
        if (argc) memcpy(stack + 1, argv, sizeof(AwValue) * (size_t)argc);
        return vm_call(vm, fn, argc + 1, stack, NULL);
    }
    AwValue bound = class_bind(vm, fn, obj, t);
    if (bound == AW_ERR) return AW_ERR;
    return vm_call(vm, bound, argc, argv, NULL);
}

/* Runs a class body (or any function) with a namespace dict as its locals. */
AwValue vm_call_with_locals(AwVM *vm, AwFunction *f, AwDict *locals) {
    AwCode *co = f->code;
    AwFiber *fiber = vm->fiber;
    if (fiber_ensure_stack(vm, fiber, 1 + co->nlocals + co->stacksize)) return AW_ERR;
    AwValue *base = fiber->sp;
    base[0] = value_from_ptr(f);
    AwValue *slots = base + 1;
    for (int i = 0; i < co->nlocals; i++) slots[i] = AW_EMPTY;
    fiber->sp = slots + co->nlocals;
    if (vm_setup_cells(vm, f, slots)) { fiber->sp = base; return AW_ERR; }
    AwFrame *frame = fiber_push_frame(vm, fiber, co, slots);
    if (!frame) { fiber->sp = base; return AW_ERR; }
    frame->func = f;
    frame->globals = f->globals;
    frame->locals = locals;
    frame->is_entry = 1;
    return vm_run_frame(vm, fiber, AW_EMPTY);
}

AwValue vm_run_code(AwVM *vm, AwCode *code, AwDict *globals, AwDict *locals) {
    AwFiber *fiber = vm->fiber;
    /* as CPython, a namespace given no __builtins__ (an imported module's, exec's) gets the dict */
    if (dict_get_str(globals, AW_NAME(vm, __builtins__)) == AW_EMPTY &&
        dict_set_str(vm, globals, AW_NAME(vm, __builtins__), value_from_ptr(vm->builtins->dict)))
        return AW_ERR;
    if (fiber_ensure_stack(vm, fiber, 1 + code->nlocals + code->stacksize)) return AW_ERR;
    AwValue *base = fiber->sp;
    base[0] = value_from_ptr(code);
    AwValue *slots = base + 1;
    for (int i = 0; i < code->nlocals; i++) slots[i] = AW_EMPTY;
    fiber->sp = slots + code->nlocals;
    AwFrame *frame = fiber_push_frame(vm, fiber, code, slots);
    if (!frame) { fiber->sp = base; return AW_ERR; }
    frame->globals = globals;
    frame->locals = locals ? locals : globals;
    frame->is_entry = 1;
    return vm_run_frame(vm, fiber, AW_EMPTY);
}

AwFrame *vm_current_frame(AwVM *vm) {
    AwFiber *f = vm->fiber;
    while (f && f->nframes == 0) f = f->caller;
    return f ? &f->frames[f->nframes - 1] : NULL;
}

AwDict *vm_current_globals(AwVM *vm) {
    AwFrame *f = vm_current_frame(vm);
    return f ? f->globals : vm->main_module->dict;
}

/* locals(): the namespace dict of module/class code, or a snapshot of a function's locals. */
AwDict *vm_current_locals(AwVM *vm) {
    AwFrame *f = vm_current_frame(vm);
    if (!f) return vm->main_module->dict;
    if (f->locals) return f->locals;
    f->accum = AW_NONE;   /* the snapshot can see the `x += s` string: no more in-place appends */
    AwDict *d = dict_new(vm);
    if (!d) return NULL;
    for (int i = 0; i < f->code->nlocals; i++) {
        AwValue v = f->slots[i];
        bool is_cell = i >= f->code->nlocals - f->code->nfree;
        for (int c = 0; c < f->code->ncells && !is_cell; c++) is_cell = f->code->cell_slots[c] == i;
        if (is_cell && value_is_type(v, &aw_type_cell)) v = AW_CELL(v)->value;
        if (v != AW_EMPTY && dict_set_str(vm, d, AW_STR(f->code->varnames->items[i]), v)) return NULL;
    }
    return d;
}

AwValue vm_handled_exception(AwVM *vm) {
    for (AwFiber *f = vm->fiber; f; f = f->caller)
        if (f->handled_exc != AW_NONE) return f->handled_exc;
    return AW_NONE;
}

/* ---- compiling ---- */

/* CPython reports the errors its compiler (not its parser) finds with the text read back from
 * the file, so compile("return 1", "<string>", "exec") gives SyntaxError.text None. aw's
 * compiler also reports a few errors CPython's parser finds: those keep their text. */
static bool text_from_file_only(const AwSyntaxError *err, const char *filename) {
    static const char *const parser_stage[] = {"invalid decimal literal", "Exceeds the limit", "cannot assign to expression",
                                               "cannot delete", "illegal expression", "too many nested expressions", NULL};
    for (int i = 0; parser_stage[i]; i++)
        if (strncmp(err->msg, parser_stage[i], strlen(parser_stage[i])) == 0 && strcmp(err->msg, "cannot delete __debug__") != 0)
            return false;
    FILE *f = fopen(filename, "r");
    if (f) fclose(f);
    return f == NULL;
}

static AwValue syntax_error_value(AwVM *vm, const AwSyntaxError *err, const char *filename, const char *src, size_t len,
                                  bool compiler_stage, bool script) {
    AwType *type = err->kind == AW_TAB_ERROR ? &aw_exc_TabError : err->kind == AW_INDENTATION_ERROR ? &aw_exc_IndentationError : &aw_exc_SyntaxError;
    /* The offending line's text, as CPython stores it in SyntaxError.text. */
    const char *p = src, *end = src + len;
    for (int line = 1; line < err->line && p < end; p++)
        if (*p == '\n') line++;
    const char *eol = p;
    while (eol < end && *eol != '\n') eol++;
    AwValue text = AW_NONE;
    if (err->text[0]) {
        p = err->text;
        eol = p + strlen(p);
    }
    if (err->line > 0 && (err->text[0] || p <= end) && !(compiler_stage && text_from_file_only(err, filename))) {
        /* as CPython's tokenizer gives it: newline-terminated, also at the end of the input */
        AwStr *t = str_from_utf8_checked(vm, p, (size_t)(eol - p));
        AwStr *t2 = !t || err->text_inner_line ? t : str_concat(vm, t, str_ascii_char(vm, '\n'));
        if (!t2) vm_exc_clear(vm);
        else text = str_value(t2);
    }
    AwStr *msg = str_from_cstr(vm, err->msg);
    AwStr *fn = str_from_cstr(vm, filename);
    if (!msg || !fn) return AW_ERR;
    AwTuple *details = tuple_new(vm, 6);
    if (!details) return AW_ERR;
    details->items[0] = str_value(fn);
    details->items[1] = value_from_small(err->line);
    details->items[2] = value_from_small(script && err->at_eof ? 0 : err->col);
    details->items[3] = text;
    details->items[4] = value_from_small(err->end_line ? err->end_line : err->line);
    details->items[5] = value_from_small(err->end_kind == AW_END_MINUS_ONE ? -1
                                         : err->end_kind == AW_END_ZERO ? 0
                                         : err->end_col ? err->end_col : err->col + (err->col > 0));
    AwValue args[2] = {str_value(msg), value_from_ptr(details)};
    AwException *e = exception_new(vm, type, 2, args);
    if (!e) return AW_ERR;
    return value_from_ptr(e);
}

static void *compile_tree(AwVM *vm, AwNode *root, AwStr *filename, AwParseMode mode, AwSyntaxError *err) {
    return compiler_compile(vm, root, filename, mode, err);
}

static void *compile_source(AwVM *vm, const char *src, size_t len, const char *filename, AwParseMode mode,
                            bool script, AwTreeFn use) {
    AwArena arena;
    arena_init(&arena);
    AwSyntaxError err;
    memset(&err, 0, sizeof err);
    AwNode *root = parser_parse(&arena, src, len, mode, &err);
    compiler_print_literal_warnings(&err, filename);
    bool compiler_stage = root != NULL;
    void *code = NULL;
    if (root) {
        AwStr *fn = str_from_cstr(vm, filename);
        if (fn) code = use(vm, root, fn, mode, &err);
    }
    arena_free(&arena);
    if (code) return code;
    if (vm->exc != AW_EMPTY && !err.msg[0]) return NULL;
    vm_exc_clear(vm);
    AwValue e = syntax_error_value(vm, &err, filename, src, len, compiler_stage, script);
    if (e != AW_ERR) vm->exc = e;
    return NULL;
}

AwCode *vm_compile(AwVM *vm, const char *src, size_t len, const char *filename, AwParseMode mode) {
    return compile_source(vm, src, len, filename, mode, false, compile_tree);
}

AwCode *vm_compile_script(AwVM *vm, const char *src, size_t len, const char *filename) {
    return compile_source(vm, src, len, filename, AW_PARSE_FILE, true, compile_tree);
}

void *vm_parse_with(AwVM *vm, const char *src, size_t len, const char *filename, AwParseMode mode, AwTreeFn use) {
    return compile_source(vm, src, len, filename, mode, false, use);
}

/* Whether a syntax error is one CPython's parser meets at the end of the input: an unclosed
 * bracket or triple-quoted string, a block still expected, or (where no newline is implied at
 * the end: 'single' and 'eval' input without a final newline) any error positioned past the
 * last character. */
static bool error_at_end(const AwSyntaxError *err, const char *src, size_t len, AwParseMode mode) {
    if (err->incomplete || strstr(err->msg, "was never closed") ||
        !strncmp(err->msg, "unterminated triple-quoted", 26))
        return true;
    int lines = 1;
    size_t last = 0;   /* start of the last line */
    for (size_t i = 0; i < len; i++)
        if (src[i] == '\n' && i + 1 < len) { lines++; last = i + 1; }
    int64_t last_chars = 0;
    for (size_t i = last; i < len && src[i] != '\n'; i++)
        if (((unsigned char)src[i] & 0xC0) != 0x80) last_chars++;
    bool past_end = err->line > lines || (err->line == lines && err->col > last_chars);
    if (!strncmp(err->msg, "expected an indented block", 26) || !strcmp(err->msg, "expected 'except' or 'finally' block"))
        return err->line >= lines;
    /* a final newline is a NEWLINE token: an error there is a real one */
    return mode != AW_PARSE_FILE && past_end && (len == 0 || src[len - 1] != '\n');
}

AwStatus vm_check_incomplete(AwVM *vm, const char *src, size_t len, const char *filename, AwParseMode mode,
                             bool dont_imply_dedent) {
    AwArena arena;
    arena_init(&arena);
    AwSyntaxError err;
    memset(&err, 0, sizeof err);
    AwNode *root = parser_parse(&arena, src, len, mode, &err);
    bool incomplete = root ? false : error_at_end(&err, src, len, mode);
    if (root && dont_imply_dedent && mode == AW_PARSE_SINGLE && root->kind == NODE_INTERACTIVE &&
        (len == 0 || src[len - 1] != '\n'))
        for (int i = 0; i < root->u.module.body.count; i++)
            if (ast_is_compound(root->u.module.body.items[i])) incomplete = true;
    arena_free(&arena);
    if (!incomplete) return AW_OK;
    if (root) {   /* a complete parse still waiting for its block's end: point at the end */
        memset(&err, 0, sizeof err);
        err.line = 1;
        for (size_t i = 0; i + 1 < len; i++)
            if (src[i] == '\n') err.line++;
    }
    else if (len && src[len - 1] != '\n') {   /* past the end: CPython points at the last character */
        size_t start = len, end = len;
        while (start > 0 && src[start - 1] != '\n') start--;
        while (end > start && (src[end - 1] == ' ' || src[end - 1] == '\t')) end--;
        int col = 0;
        for (size_t i = start; i < end; i++)
            if (((unsigned char)src[i] & 0xC0) != 0x80) col++;
        if (col > 0 && err.col > col) err.col = col;
    }
    err.kind = AW_SYNTAX_ERROR;
    snprintf(err.msg, sizeof err.msg, "incomplete input");
    AwValue e = syntax_error_value(vm, &err, filename, src, len, false, false);
    if (e != AW_ERR) vm->exc = e;
    return AW_ERROR;
}

AwCode *vm_compile_tree(AwVM *vm, AwNode *root, const char *filename, AwParseMode mode) {
    AwSyntaxError err;
    memset(&err, 0, sizeof err);
    AwStr *fn = str_from_cstr(vm, filename);
    AwCode *code = fn ? compiler_compile(vm, root, fn, mode, &err) : NULL;
    if (code || (vm->exc != AW_EMPTY && !err.msg[0])) return code;
    vm_exc_clear(vm);
    AwValue e = syntax_error_value(vm, &err, filename, "", 0, true, false);
    if (e != AW_ERR) vm->exc = e;
    return NULL;
}

void vm_print_exception(AwVM *vm, AwValue exc) {
    traceback_print(vm, exc, stderr);
}
