/* thread.c — `_thread`: OS threads that run aw functions under the GIL (the core of threading.py).
 *
 * start_new_thread(fn, args, kwargs) starts a detached pthread that takes the GIL with a fiber of
 * its own, calls fn, and gives the GIL up for good (the way to_thread's workers run, gil.h).
 * While any such thread lives, gil.workers counts it, so the main thread yields the lock at safe
 * points and around blocking calls (time.sleep). Each live thread's function, arguments and
 * fiber are kept in a list at vm->module_roots[ROOT_THREADS], a GC root, until it ends.
 * Locks are written in threading.py on top of the GIL (a check-and-set between two safe points
 * is atomic) with sleeps that release it while waiting.
 */
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "interp/args.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/fiber.h"
#include "interp/gil.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/loop.h"
#include "interp/vm.h"
#include "stdlib/modules.h"

enum { ROOT_THREADS = 15 };   /* vm->module_roots slot: list of (fn, args, kwargs, fiber) */

/* What a new thread needs; owned by the thread, freed when it ends. */
typedef struct {
    AwVM *vm;          /* the interpreter */
    AwTuple *record;   /* (fn, args, kwargs, fiber), kept alive in the roots list */
} ThreadStart;

static atomic_int running;   /* threads started here and not yet finished */

static AwList *thread_roots(AwVM *vm) {
    AwValue l = vm->module_roots[ROOT_THREADS];
    if (value_is_ptr(l)) return AW_LIST(l);
    AwList *list = list_new(vm, 0);
    if (list) vm->module_roots[ROOT_THREADS] = value_from_ptr(list);
    return list;
}

static void forget(AwVM *vm, AwTuple *record) {
    AwList *l = thread_roots(vm);
    for (int64_t i = 0; l && i < l->len; i++) {
        if (l->items[i] != value_from_ptr(record)) continue;
        memmove(l->items + i, l->items + i + 1, sizeof(AwValue) * (size_t)(l->len - i - 1));
        l->len--;
        return;
    }
}

static AwValue call_record(AwVM *vm, AwTuple *r) {
    return vm_call_args_kwargs(vm, r->items[0], AW_TUPLE(r->items[1]), r->items[2]);
}

static void *thread_main(void *arg) {
    ThreadStart *ts0 = arg;
    AwVM *vm = ts0->vm;
    AwTuple *record = ts0->record;
    free(ts0);
    AwThreadState ts = {.fiber = (AwFiber *)value_as_ptr(record->items[3])};
    gil_acquire(vm, &ts);
    if (call_record(vm, record) == AW_ERR) {
        AwValue exc = vm_exc_take(vm);
        /* threading.Thread reports its own errors; a bare start_new_thread prints like CPython */
        if (!value_is_instance(exc, &aw_exc_SystemExit)) {
            fputs("Unhandled exception in thread started by ", stderr);
            AwValue r = ops_repr(vm, record->items[0]);
            if (r != AW_ERR) fprintf(stderr, "%s\n", AW_STR(r)->data);
            vm_exc_clear(vm);
            vm_print_exception(vm, exc);
        }
    }
    forget(vm, record);
    vm->gil.workers--;
    atomic_fetch_sub(&running, 1);
    gil_exit(vm);
    return NULL;
}

static AwValue t_start_new_thread(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "start_new_thread", kw) || args_count(vm, "start_new_thread", argc, 2, 3)) return AW_ERR;
    if (!ops_callable(argv[0])) return vm_raise(vm, &aw_exc_TypeError, "first arg must be callable");
    if (!value_is_instance(argv[1], &aw_type_tuple)) return vm_raise(vm, &aw_exc_TypeError, "2nd arg must be a tuple");
    AwValue kwargs = argc == 3 ? argv[2] : AW_NONE;
    if (kwargs != AW_NONE && !value_is_instance(kwargs, &aw_type_dict))
        return vm_raise(vm, &aw_exc_TypeError, "optional 3rd arg must be a dictionary");
    AwList *roots = thread_roots(vm);
    AwFiber *fiber = roots ? fiber_new(vm, AW_NONE, 256, 8) : NULL;
    if (!fiber) return AW_ERR;
    fiber->state = AW_FIBER_RUNNING;
    AwTuple *record = tuple_from(vm, 4, (AwValue[]){argv[0], argv[1], kwargs, value_from_ptr(fiber)});
    if (!record || list_append(vm, roots, value_from_ptr(record))) return AW_ERR;
    ThreadStart *start = malloc(sizeof *start);
    if (!start) { forget(vm, record); return vm_raise_memory(vm); }
    start->vm = vm;
    start->record = record;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, (size_t)16 << 20);   /* deep aw recursion runs on the C stack only for natives */
    pthread_t tid;
    vm->gil.workers++;
    atomic_fetch_add(&running, 1);
    int rc = pthread_create(&tid, &attr, thread_main, start);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        vm->gil.workers--;
        atomic_fetch_sub(&running, 1);
        free(start);
        forget(vm, record);
        return vm_raise(vm, &aw_exc_RuntimeError, "can't start new thread");
    }
    return int_from_u64(vm, (uint64_t)tid);
}

static AwValue t_get_ident(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return int_from_u64(vm, (uint64_t)pthread_self());
}

/* get_native_id(): the kernel's thread id, as CPython (unlike pthread_self it is not reused
 * by the next thread as soon as one ends) */
static AwValue t_get_native_id(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return value_from_small((int64_t)syscall(SYS_gettid));
}

static AwValue t_count(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return value_from_small(atomic_load(&running));
}

static pthread_t main_thread;   /* the thread that loaded the module: the program's main thread */

/* interrupt_main(signum=SIGINT): as if the signal arrived (its handler runs in the main thread at
 * its next safe point); nothing happens when Python does not handle it (SIG_DFL, SIG_IGN). */
static AwValue t_interrupt_main(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"signum", NULL};
    AwValue a[1];
    if (args_parse(vm, "interrupt_main", argc, argv, kw, names, 0, 1, a)) return AW_ERR;
    int64_t sig = SIGINT;
    if (a[0] != AW_EMPTY && args_int(vm, a[0], &sig)) return AW_ERR;
    if (sig < 1 || sig >= NSIG) return vm_raise(vm, &aw_exc_ValueError, "signal number out of range");
    struct sigaction old;
    if (sigaction((int)sig, NULL, &old) == 0 && !(old.sa_flags & SA_SIGINFO) &&
        (old.sa_handler == SIG_DFL || old.sa_handler == SIG_IGN))
        return AW_NONE;
    pthread_kill(main_thread, (int)sig);   /* to the main thread, whose sleep or poll it wakes */
    /* called there outside an event loop, the handler runs now, as in CPython; a running loop
     * takes the interrupt itself (it cancels its main task first) */
    if (!pthread_equal(pthread_self(), main_thread) || loop_running(vm)) return AW_NONE;
    return vm_check_interrupt(vm) ? AW_ERR : AW_NONE;
}

/* _thread.allocate_lock, LockType, RLock, error: the lock types live in the threading module
 * (written in Python), so this PEP 562 hook fetches them from there on first use. */
static AwValue t_getattr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc != 1 || (kw && kw->len) || !value_is_str(argv[0]))
        return vm_raise(vm, &aw_exc_TypeError, "__getattr__ expected 1 str argument");
    const char *name = AW_STR(argv[0])->data;
    static const struct { const char *name, *target; } lazy[] = {
        {"allocate_lock", "_Lock"}, {"allocate", "_Lock"}, {"LockType", "_Lock"}, {"RLock", "_RLock"},
        {"_local", "local"},
    };
    if (!strcmp(name, "error")) return value_from_ptr(&aw_exc_RuntimeError);
    for (size_t i = 0; i < sizeof lazy / sizeof lazy[0]; i++) {
        if (strcmp(name, lazy[i].name)) continue;
        AwStr *mod_name = str_intern_cstr(vm, "threading");
        AwValue mod = mod_name ? vm_import(vm, mod_name, AW_NONE, NULL) : AW_ERR;
        if (mod == AW_ERR) return AW_ERR;
        AwStr *attr = str_intern_cstr(vm, lazy[i].target);
        return attr ? ops_getattr(vm, mod, attr) : AW_ERR;
    }
    return vm_raise(vm, &aw_exc_AttributeError, "module '_thread' has no attribute '%s'", name);
}

static const AwMethodDef thread_functions[] = {
    {"__getattr__", t_getattr, 0},
    {"start_new_thread", t_start_new_thread, 0},
    {"start_new", t_start_new_thread, 0},
    {"get_ident", t_get_ident, 0},
    {"get_native_id", t_get_native_id, 0},
    {"_count", t_count, 0},
    {"interrupt_main", t_interrupt_main, 0},
    {NULL, NULL, 0},
};

int thread_running_count(void) { return atomic_load(&running); }

AwModule *thread_module_init(AwVM *vm) {
    main_thread = pthread_self();
    AwModule *mod = module_new(vm, "_thread");
    if (!mod || module_add_functions(vm, mod, thread_functions) != AW_OK) return NULL;
    if (module_add_value(vm, mod, "TIMEOUT_MAX", value_from_double(9223372036.0)) != AW_OK) return NULL;
    return mod;
}
