/* signal.c — the `_signal` module under stdlib/signal.py: Python-level signal handlers.
 *
 * The C handler only records the signal and sets vm->interrupt_pending (async-signal-safe);
 * the VM runs the Python handler at its next safe point in the main thread, as CPython does
 * (vm_take_interrupt calls signal_dispatch). A handler that raises makes its exception appear
 * where the program was. SIGINT keeps main.c's handler until a program installs its own; its
 * default action (default_int_handler) is KeyboardInterrupt.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <math.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>
#include "interp/args.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/tuple.h"
#include "interp/gil.h"
#include "interp/frameobj.h"
#include "interp/function.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/set.h"
#include "interp/str.h"
#include "interp/vm.h"
#include "stdlib/modules.h"

#define ROOT_HANDLERS 13   /* vm->module_roots slot: list of the Python handlers, by signal number */

static AwVM *signal_vm;                       /* the VM the C handler interrupts */
static volatile sig_atomic_t pending[NSIG];   /* signals caught since the last dispatch */
static AwValue default_int_handler;           /* the native default_int_handler (reachable from the module) */
static pthread_t main_thread;                 /* the thread that started the program (signal() only there) */

static void on_signal(int sig) {
    if (sig > 0 && sig < NSIG) pending[sig] = 1;
    if (signal_vm) signal_vm->interrupt_pending = 1;
}

static AwList *handlers(AwVM *vm) {
    AwValue l = vm->module_roots[ROOT_HANDLERS];
    return value_is_type(l, &aw_type_list) ? AW_LIST(l) : NULL;
}

/* Runs the Python handlers of the signals caught (vm.h: vm_take_interrupt). 1: a SIGINT (or a
 * Ctrl-C noted by main.c) whose action is KeyboardInterrupt; -1: a handler raised. */
static int dispatch(AwVM *vm) {
    if (!pthread_equal(pthread_self(), main_thread)) {   /* handlers run in the main thread only */
        vm->interrupt_pending = 1;
        return 0;
    }
    AwList *hs = handlers(vm);
    bool any = false, keyboard = false;
    for (int sig = 1; sig < NSIG; sig++) {
        if (!pending[sig]) continue;
        pending[sig] = 0;
        any = true;
        AwValue h = hs && sig < hs->len ? hs->items[sig] : AW_NONE;
        if (h == default_int_handler || (sig == SIGINT && !ops_callable(h))) { keyboard = true; continue; }
        if (!ops_callable(h)) continue;
        AwFrameObject *fo = frameobj_current(vm, 0);
        if (!fo) vm_exc_clear(vm);
        AwValue args[2] = {value_from_small(sig), fo ? value_from_ptr(fo) : AW_NONE};
        if (gc_push_root(vm, h)) return -1;
        AwValue r = vm_call(vm, h, 2, args, NULL);
        gc_pop_roots(vm, 1);
        if (r == AW_ERR) return -1;
    }
    return !any || keyboard ? 1 : 0;
}

static AwStatus signal_number(AwVM *vm, AwValue v, int *out) {
    int64_t n;
    if (args_int(vm, v, &n)) return AW_ERROR;
    if (n < 1 || n >= NSIG) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "signal number out of range"));
    *out = (int)n;
    return AW_OK;
}

/* What getsignal() reports for a signal Python never set: its disposition. */
static AwValue os_disposition(int sig) {
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) != 0) return AW_NONE;
    if (sa.sa_handler == SIG_IGN) return value_from_small(1);
    if (sa.sa_handler == SIG_DFL) return value_from_small(0);
    return sig == SIGINT ? default_int_handler : AW_NONE;
}

static AwValue s_getsignal(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int sig;
    if (args_no_kwargs(vm, "getsignal", kw) || args_count(vm, "getsignal", argc, 1, 1) || signal_number(vm, argv[0], &sig))
        return AW_ERR;
    AwList *hs = handlers(vm);
    AwValue h = hs && sig < hs->len ? hs->items[sig] : AW_EMPTY;
    return h != AW_EMPTY ? h : os_disposition(sig);
}

static AwValue s_signal(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int sig;
    if (args_no_kwargs(vm, "signal", kw) || args_count(vm, "signal", argc, 2, 2) || signal_number(vm, argv[0], &sig))
        return AW_ERR;
    if (!pthread_equal(pthread_self(), main_thread))
        return vm_raise(vm, &aw_exc_ValueError, "signal only works in main thread of the main interpreter");
    AwValue h = argv[1];
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    if (int_check(h) && (h == value_from_small(0) || h == value_from_small(1))) {
        sa.sa_handler = h == value_from_small(0) ? SIG_DFL : SIG_IGN;
    } else if (ops_callable(h)) {
        sa.sa_handler = on_signal;   /* no SA_RESTART: a blocking call returns to let the handler run */
    } else {
        return vm_raise(vm, &aw_exc_TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    }
    AwValue old = s_getsignal(vm, 1, argv, NULL);
    if (old == AW_ERR) return AW_ERR;
    if (sigaction(sig, &sa, NULL) != 0) {
        return os_raise_errno(vm, EINVAL);
    }
    AwList *hs = handlers(vm);
    if (hs && sig < hs->len) hs->items[sig] = h;
    signal_vm = vm;
    vm->signal_dispatch = dispatch;
    return old;
}

static AwValue s_default_int_handler(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return vm_raise_value(vm, value_from_ptr(&aw_exc_KeyboardInterrupt));
}

static AwValue s_raise_signal(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int sig;
    if (args_no_kwargs(vm, "raise_signal", kw) || args_count(vm, "raise_signal", argc, 1, 1) || signal_number(vm, argv[0], &sig))
        return AW_ERR;
    if (raise(sig) != 0) return os_raise_errno(vm, errno);
    return vm_check_interrupt(vm) ? AW_ERR : AW_NONE;   /* the handler runs before raise_signal returns, as in CPython */
}

static AwValue s_alarm(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t secs;
    if (args_no_kwargs(vm, "alarm", kw) || args_count(vm, "alarm", argc, 1, 1) || args_int(vm, argv[0], &secs)) return AW_ERR;
    if (secs < 0 || secs > UINT32_MAX) return vm_raise(vm, &aw_exc_OverflowError, "Python int too large to convert to C unsigned int");
    return value_from_small(alarm((unsigned)secs));
}

/* A number of seconds as a timeval, rounded up to the microsecond as CPython does. */
static AwStatus timeval_arg(AwVM *vm, AwValue v, struct timeval *tv) {
    double x;
    if (float_check(v)) x = float_value(v);
    else if (int_check(v)) {
        if (int_to_double(vm, v, &x)) return AW_ERROR;
    } else
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "'%s' object cannot be interpreted as an integer", ops_type_name(v)));
    if (isnan(x)) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "Invalid value NaN (not a number)"));
    double us = ceil(x * 1e6);
    if (fabs(us) >= 9.2e18) return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "timestamp out of range for platform time_t"));
    int64_t n = (int64_t)us, sec = n / 1000000, usec = n % 1000000;
    if (usec < 0) usec += 1000000, sec--;
    tv->tv_sec = (time_t)sec;
    tv->tv_usec = (suseconds_t)usec;
    return AW_OK;
}

static AwValue itimer_tuple(AwVM *vm, const struct itimerval *it) {
    AwValue items[2] = {value_from_double((double)it->it_value.tv_sec + it->it_value.tv_usec * 1e-6),
                        value_from_double((double)it->it_interval.tv_sec + it->it_interval.tv_usec * 1e-6)};
    AwTuple *t = tuple_from(vm, 2, items);
    return t ? value_from_ptr(t) : AW_ERR;
}

/* setitimer(which, seconds, interval=0.0) -> the old (delay, interval); OSError (signal.py makes
 * it ItimerError) from the system call. */
static AwValue s_setitimer(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t which;
    struct itimerval new_value, old;
    if (args_no_kwargs(vm, "setitimer", kw) || args_count(vm, "setitimer", argc, 2, 3) || args_int(vm, argv[0], &which) ||
        timeval_arg(vm, argv[1], &new_value.it_value))
        return AW_ERR;
    new_value.it_interval = (struct timeval){0, 0};
    if (argc > 2 && timeval_arg(vm, argv[2], &new_value.it_interval)) return AW_ERR;
    if (which < INT32_MIN || which > INT32_MAX || setitimer((int)which, &new_value, &old) != 0)
        return os_raise_errno(vm, which < INT32_MIN || which > INT32_MAX ? EINVAL : errno);
    return itimer_tuple(vm, &old);
}

static AwValue s_getitimer(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t which;
    struct itimerval cur;
    if (args_no_kwargs(vm, "getitimer", kw) || args_count(vm, "getitimer", argc, 1, 1) || args_int(vm, argv[0], &which))
        return AW_ERR;
    if (which < INT32_MIN || which > INT32_MAX || getitimer((int)which, &cur) != 0)
        return os_raise_errno(vm, which < INT32_MIN || which > INT32_MAX ? EINVAL : errno);
    return itimer_tuple(vm, &cur);
}

static AwValue s_pause(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "pause", kw) || args_count(vm, "pause", argc, 0, 0)) return AW_ERR;
    AwThreadState ts;
    gil_begin_blocking(vm, &ts);
    pause();
    gil_end_blocking(vm, &ts);
    return vm_check_interrupt(vm) ? AW_ERR : AW_NONE;
}

static AwValue s_strsignal(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int sig;
    if (args_no_kwargs(vm, "strsignal", kw) || args_count(vm, "strsignal", argc, 1, 1) || signal_number(vm, argv[0], &sig))
        return AW_ERR;
    const char *s = strsignal(sig);
    if (!s || strncmp(s, "Unknown signal", 14) == 0 || strncmp(s, "Real-time signal", 16) == 0) return AW_NONE;
    AwStr *r = str_from_cstr(vm, s);
    return r ? str_value(r) : AW_ERR;
}

static AwValue s_valid_signals(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "valid_signals", kw) || args_count(vm, "valid_signals", argc, 0, 0)) return AW_ERR;
    AwSet *s = set_new(vm, &aw_type_set);
    if (!s) return AW_ERR;
    for (int sig = 1; sig < NSIG; sig++)
        if ((sig < 32 || sig >= SIGRTMIN) && sig != 32 && sig != 33 && set_add(vm, s, value_from_small(sig))) return AW_ERR;
    return value_from_ptr(s);
}

static const AwMethodDef signal_functions[] = {
    {"signal", s_signal, AW_METH_DEFAULT},
    {"getsignal", s_getsignal, AW_METH_DEFAULT},
    {"default_int_handler", s_default_int_handler, AW_METH_DEFAULT},
    {"raise_signal", s_raise_signal, AW_METH_DEFAULT},
    {"alarm", s_alarm, AW_METH_DEFAULT},
    {"setitimer", s_setitimer, AW_METH_DEFAULT},
    {"getitimer", s_getitimer, AW_METH_DEFAULT},
    {"pause", s_pause, AW_METH_DEFAULT},
    {"strsignal", s_strsignal, AW_METH_DEFAULT},
    {"valid_signals", s_valid_signals, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

static const struct { const char *name; int value; } signal_constants[] = {
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL}, {"SIGTRAP", SIGTRAP},
    {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS}, {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL},
    {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV}, {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM},
    {"SIGTERM", SIGTERM}, {"SIGCHLD", SIGCHLD}, {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP},
    {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ},
    {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL},
    {"SIGPWR", SIGPWR}, {"SIGSYS", SIGSYS}, {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK},
    {"SIG_SETMASK", SIG_SETMASK}, {"NSIG", NSIG}, {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL},
    {"ITIMER_PROF", ITIMER_PROF}, {"SIG_DFL", 0}, {"SIG_IGN", 1},
};

void signal_fini(void) {
    for (int sig = 1; sig < NSIG && signal_vm; sig++) {
        struct sigaction sa;
        if (sigaction(sig, NULL, &sa) == 0 && sa.sa_handler == on_signal) signal(sig, SIG_DFL);
    }
    signal_vm = NULL;
}

AwModule *signal_module_init(AwVM *vm) {
    main_thread = pthread_self();   /* programs import signal from the main thread (CPython: must) */
    AwModule *mod = module_new(vm, "_signal");
    AwList *hs = list_new(vm, NSIG);
    if (!mod || !hs || module_add_functions(vm, mod, signal_functions)) return NULL;
    for (int i = 0; i < NSIG; i++) hs->items[i] = AW_EMPTY;
    hs->len = NSIG;
    vm->module_roots[ROOT_HANDLERS] = value_from_ptr(hs);
    for (size_t i = 0; i < sizeof signal_constants / sizeof signal_constants[0]; i++)
        if (module_add_value(vm, mod, signal_constants[i].name, value_from_small(signal_constants[i].value))) return NULL;
    if (module_add_value(vm, mod, "SIGRTMIN", value_from_small(SIGRTMIN)) ||
        module_add_value(vm, mod, "SIGRTMAX", value_from_small(SIGRTMAX)))
        return NULL;
    default_int_handler = dict_get_str(mod->dict, str_intern_cstr(vm, "default_int_handler"));
    hs->items[SIGINT] = default_int_handler;
    return mod;
}
