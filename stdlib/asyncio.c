/* asyncio.c — the `_asyncio` native core (loop access, sleep, run, tasks, futures) and the
 * `asyncio` module: the core plus a prelude written in Python (stdlib/asyncio.py, compiled
 * into the binary) for gather, wait_for, queues, locks and the rest. */
#include <math.h>
#include <string.h>
#include "interp/args.h"
#include "interp/class.h"
#include "interp/code.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/function.h"
#include "interp/future.h"
#include "interp/generator.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/loop.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/set.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/frozen.h"
#include "stdlib/asyncio.h"
#include "stdlib/asyncio_locks.h"
#include "stdlib/asyncio_queue.h"
#include "stdlib/asyncio_streams.h"
#include "stdlib/asyncio_watch.h"
#include "stdlib/modules.h"


/* vm->module_roots slots owned by this module. */
enum { ROOT_EVENT_LOOP = 0, ROOT_INVALID_STATE = 1 };

AwType *asyncio_invalid_state_type(AwVM *vm) {
    AwValue t = vm->module_roots[ROOT_INVALID_STATE];
    return t == AW_NONE ? &aw_exc_RuntimeError : (AwType *)value_as_ptr(t);
}

static AwValue no_running_loop(AwVM *vm) { return vm_raise(vm, &aw_exc_RuntimeError, "no running event loop"); }

AwValue asyncio_prelude_call(AwVM *vm, const char *name, int argc, const AwValue *argv);

/* ROOT_EVENT_LOOP holds the current loop, AW_NONE before any is set, or NO_CURRENT_LOOP once
 * set_event_loop(None) (or the end of asyncio.run) unset it: then, as in CPython's policy,
 * get_event_loop() raises instead of making one (except at the REPL, whose cells need one). */
#define NO_CURRENT_LOOP AW_FALSE

/* get_event_loop(): the running loop, else the current one (made on first use, as 3.11). */
static AwValue event_loop(AwVM *vm) {
    AwLoop *running = loop_running(vm);
    if (running) return value_from_ptr(running);
    AwValue l = vm->module_roots[ROOT_EVENT_LOOP];
    if (l == NO_CURRENT_LOOP && !vm->is_interactive) return asyncio_prelude_call(vm, "_no_current_loop", 0, NULL);
    if (!value_is_ptr(l)) {
        l = loop_new(vm);
        if (l == AW_ERR) return AW_ERR;
        vm->module_roots[ROOT_EVENT_LOOP] = l;
    }
    return l;
}

AwValue asyncio_get_loop(AwVM *vm, AwValue loop) { return loop != AW_NONE ? loop : event_loop(vm); }

static AwValue a_sleep(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"delay", "result", NULL};
    AwValue a[2] = {argc ? argv[0] : AW_EMPTY, AW_EMPTY};
    /* sleep(delay), the common call, skips the general argument binding */
    if ((argc != 1 || (kw && kw->len)) && args_parse(vm, "sleep", argc, argv, kw, names, 1, 2, a)) return AW_ERR;
    double delay;
    if (float_as_double(vm, a[0], &delay)) {
        if (!vm_exc_matches(vm, &aw_exc_TypeError)) return AW_ERR;
        vm_exc_clear(vm);   /* CPython's sleep() first compares: `if delay <= 0` */
        return vm_raise(vm, &aw_exc_TypeError, "'<=' not supported between instances of '%s' and 'int'", type_name(type_of(a[0])));
    }
    if (isnan(delay)) return vm_raise(vm, &aw_exc_ValueError, "Invalid delay: NaN (not a number)");
    return sleep_new(vm, delay, a[1] == AW_EMPTY ? AW_NONE : a[1]);
}

static AwValue a_get_running_loop(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwLoop *l = loop_running(vm);
    return l ? value_from_ptr(l) : no_running_loop(vm);
}

static AwValue a__get_running_loop(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwLoop *l = loop_running(vm);
    return l ? value_from_ptr(l) : AW_NONE;
}

static AwValue a_get_event_loop(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return event_loop(vm); }

static AwValue a_new_event_loop(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return loop_new(vm); }

static AwValue a_set_event_loop(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "set_event_loop", argc, 1, 1)) return AW_ERR;
    if (argv[0] != AW_NONE && !value_is_type(argv[0], &aw_type_loop))
        return vm_raise(vm, &aw_exc_TypeError, "loop must be an instance of AbstractEventLoop or None, not '%s'", ops_type_name(argv[0]));
    vm->module_roots[ROOT_EVENT_LOOP] = argv[0] == AW_NONE ? NO_CURRENT_LOOP : argv[0];
    return AW_NONE;
}

static bool is_coroutine(AwValue v) { return value_is_type(v, &aw_type_coroutine) || value_is_type(v, &aw_type_sleep); }

static AwValue coroutine_expected(AwVM *vm, AwValue v) {
    AwValue r = ops_repr(vm, v);
    if (r == AW_ERR) return AW_ERR;
    return vm_raise(vm, &aw_exc_TypeError, "a coroutine was expected, got %s", AW_STR(r)->data);
}

/* The coroutine an awaitable stands for: __await__() returned a coroutine's own iterator
 * (aiohttp's `session.get(url)` does). AW_EMPTY if it is something else. */
static AwValue awaited_coroutine(AwVM *vm, AwValue aw) {
    AwValue it = vm_call_dunder(vm, aw, AW_NAME(vm, __await__), 0, NULL);
    if (it == AW_ERR) return AW_ERR;
    /* A coroutine_wrapper keeps its coroutine right after the header (generator.c, coro_await). */
    if (value_is_type(it, &aw_type_coroutine_wrapper)) return *(AwValue *)(value_as_ptr(it) + 1);
    return is_coroutine(it) || value_is_future(it) ? it : AW_EMPTY;
}

/* collections.abc.Coroutine's test: a class with send, throw, close and __await__ is a
 * coroutine to create_task (CPython's iscoroutine), e.g. aiohttp's request context manager. */
static bool is_coroutine_like(AwVM *vm, AwValue v) {
    AwType *t = type_of(v);
    return type_lookup(t, AW_NAME(vm, __await__)) != AW_EMPTY && type_lookup(t, AW_NAME(vm, send)) != AW_EMPTY &&
           type_lookup(t, AW_NAME(vm, throw)) != AW_EMPTY && type_lookup(t, AW_NAME(vm, close)) != AW_EMPTY;
}

static AwValue make_task(AwVM *vm, AwValue loop, AwValue coro, AwValue name) {
    if (!loop_uv(AW_LOOP(loop))) return vm_raise(vm, &aw_exc_RuntimeError, "Event loop is closed");
    if (loop_task_factory(AW_LOOP(loop)) != AW_NONE) return loop_create_task_by_factory(vm, loop, coro, name, AW_EMPTY);
    bool like = !is_coroutine(coro) && is_coroutine_like(vm, coro);
    if (like && !value_is_agen_step(coro)) {
        AwValue inner = awaited_coroutine(vm, coro);
        if (inner == AW_ERR) return AW_ERR;
        if (is_coroutine(inner)) coro = inner;
    }
    /* any other coroutine-like object is driven by its send() and throw(), as CPython's Task */
    if (!is_coroutine(coro) && !like) return coroutine_expected(vm, coro);
    if (value_is_type(coro, &aw_type_coroutine)) AW_GEN(coro)->was_awaited = 1;
    else if (value_is_type(coro, &aw_type_sleep)) sleep_mark_used(coro);
    if (name != AW_NONE) task_skip_number(); /* create_task() makes a Task-N, then renames it */
    AwTask *t = task_new(vm, loop, coro, name);
    return t ? value_from_ptr(t) : AW_ERR;
}

/* ensure_future(): futures pass through, coroutines become tasks. */
AwValue asyncio_ensure_task(AwVM *vm, AwValue loop, AwValue aw) {
    if (value_is_future(aw)) return aw;
    if (is_coroutine(aw)) return make_task(vm, loop, aw, AW_NONE);
    AwValue awaiter = type_lookup(type_of(aw), AW_NAME(vm, __await__));
    if (awaiter != AW_EMPTY) {
        AwValue it = awaited_coroutine(vm, aw);
        if (it == AW_ERR) return AW_ERR;
        if (it != AW_EMPTY) return asyncio_ensure_task(vm, loop, it);
    }
    if (awaiter != AW_EMPTY || value_is_agen_step(aw)) {
        /* any other awaitable (an __await__ generator, agen.__anext__()): CPython's
         * _wrap_awaitable coroutine awaits it in a task */
        AwValue coro = asyncio_prelude_call(vm, "_wrap_awaitable", 1, &aw);
        return coro == AW_ERR ? AW_ERR : make_task(vm, loop, coro, AW_NONE);
    }
    return vm_raise(vm, &aw_exc_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
}

/* gather()'s argument loop, for the prelude: ensure_future() each argument once (a repeated
 * argument maps to the same child) and add done_callback to each distinct child, in CPython's
 * order. Returns (children, nfuts, loop). Futures are de-duplicated by a mark bit rather than
 * CPython's arg_to_fut dict, which cost 60 bytes per child of a 100,000-task gather; only
 * other awaitables (coroutines) go through a dict. */
static AwStatus gather_child(AwVM *vm, AwValue arg, AwValue cb, AwList *children, AwDict **arg_to_fut,
                             int64_t *nfuts, AwValue *loop) {
    bool is_future = value_is_future(arg);
    AwValue fut = arg;
    if (is_future && AW_FUTURE(arg)->gather_mark) return children ? list_append(vm, children, arg) : AW_OK;
    if (is_future && *loop != AW_NONE && AW_FUTURE(arg)->loop != *loop)   /* CPython's ensure_future(arg, loop=loop) */
        return vm_fail(vm_raise(vm, &aw_exc_ValueError, "The future belongs to a different loop than the one specified as the loop argument"));
    if (!is_future) {
        AwValue seen = *arg_to_fut ? dict_get(vm, *arg_to_fut, arg) : AW_EMPTY;
        if (seen == AW_ERR) return AW_ERROR;
        if (seen != AW_EMPTY) return list_append(vm, children, seen);
        if (!*arg_to_fut && (!(*arg_to_fut = dict_new(vm)) || gc_push_root(vm, value_from_ptr(*arg_to_fut)))) {
            *arg_to_fut = NULL;
            return AW_ERROR;
        }
        AwValue l = asyncio_get_loop(vm, *loop);   /* the first child's loop, as CPython */
        fut = l == AW_ERR ? AW_ERR : asyncio_ensure_task(vm, l, arg);
        if (fut == AW_ERR || dict_set(vm, *arg_to_fut, arg, fut)) return AW_ERROR; /* the dict roots it */
    }
    if (*loop == AW_NONE) *loop = AW_FUTURE(fut)->loop;
    (*nfuts)++;
    AwType *t = type_of(fut);
    AwStatus st = AW_OK;
    if (t == &aw_type_future || t == &aw_type_task) st = future_add_callback(vm, AW_FUTURE(fut), cb);
    else if (vm_call_method(vm, fut, str_intern_cstr(vm, "add_done_callback"), 1, &cb) == AW_ERR) st = AW_ERROR;
    if (children && list_append(vm, children, fut)) return AW_ERROR;
    AW_FUTURE(fut)->gather_mark = 1; /* cleared by the caller for every child */
    return st;
}

/* When every argument is a future, the children are the arguments themselves: the argument
 * tuple is returned as the children (no second array of 100,000 values). */
static AwValue a__gather_children(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "_gather_children", argc, 2, 2)) return AW_ERR;
    if (!value_is_tuple(argv[0])) return vm_raise(vm, &aw_exc_TypeError, "_gather_children() needs a tuple");
    AwTuple *args = AW_TUPLE(argv[0]);
    bool all_futures = true;
    for (int64_t i = 0; i < args->len && all_futures; i++) all_futures = value_is_future(args->items[i]);
    AwList *children = NULL;
    if (!all_futures && (!(children = list_new(vm, args->len)) || gc_push_root(vm, value_from_ptr(children)))) return AW_ERR;
    AwDict *arg_to_fut = NULL;
    AwValue loop = AW_NONE;
    int64_t nfuts = 0, done = 0;
    AwStatus st = AW_OK;
    for (; done < args->len && !st; done++) st = gather_child(vm, args->items[done], argv[1], children, &arg_to_fut, &nfuts, &loop);
    if (children)
        for (int64_t i = 0; i < children->len; i++) AW_FUTURE(children->items[i])->gather_mark = 0;
    else
        for (int64_t i = 0; i < done; i++) AW_FUTURE(args->items[i])->gather_mark = 0;
    AwValue kids = children ? value_from_ptr(children) : argv[0];
    AwTuple *r = st ? NULL : tuple_from(vm, 3, (AwValue[]){kids, int_from_i64(vm, nfuts), loop});
    gc_pop_roots(vm, (arg_to_fut ? 1 : 0) + (children ? 1 : 0));
    return r ? value_from_ptr(r) : AW_ERR;
}

/* gather()'s result list, for the prelude once every child is done: a plain Future or Task that
 * finished gives its exception (now retrieved) or result, as CPython's loop of exception() and
 * result() calls; any other child (cancelled, or a subclass whose methods may be overridden)
 * gives what slow(child) returns. */
static AwValue a__gather_results(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "_gather_results", argc, 2, 2)) return AW_ERR;
    if (!value_is_tuple(argv[0]) && !value_is_list(argv[0])) return vm_raise(vm, &aw_exc_TypeError, "_gather_results() needs a tuple or list");
    bool is_tuple = value_is_tuple(argv[0]);
    int64_t n = is_tuple ? AW_TUPLE(argv[0])->len : AW_LIST(argv[0])->len;
    AwList *results = list_new(vm, n);
    if (!results || gc_push_root(vm, value_from_ptr(results))) return AW_ERR;
    AwStatus st = AW_OK;
    for (int64_t i = 0; !st; i++) {
        int64_t len = is_tuple ? AW_TUPLE(argv[0])->len : AW_LIST(argv[0])->len;
        if (i >= len) break;
        AwValue fut = is_tuple ? AW_TUPLE(argv[0])->items[i] : AW_LIST(argv[0])->items[i];
        AwType *t = type_of(fut);
        AwValue res;
        if ((t == &aw_type_future || t == &aw_type_task) && AW_FUTURE(fut)->state == AW_FUT_FINISHED) {
            AwFuture *f = AW_FUTURE(fut);
            f->log_traceback = 0;
            res = f->exception != AW_NONE ? f->exception : f->result;
        } else {
            res = vm_call(vm, argv[1], 1, &fut, NULL);
        }
        st = res == AW_ERR ? AW_ERROR : list_append(vm, results, res);
    }
    gc_pop_roots(vm, 1);
    return st ? AW_ERR : value_from_ptr(results);
}

static AwValue a_create_task(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"coro", "name", "context", NULL};
    AwValue a[3];
    if (args_parse(vm, "create_task", argc, argv, kw, names, 1, 1, a)) return AW_ERR;
    AwLoop *l = loop_running(vm);
    if (!l && vm->is_interactive) {
        /* At the REPL's prompt, the session loop: the task runs while the prompt waits. */
        AwValue session = event_loop(vm);
        if (session == AW_ERR) return AW_ERR;
        l = AW_LOOP(session);
    }
    if (!l) {
        if (value_is_type(a[0], &aw_type_coroutine)) AW_GEN(a[0])->was_awaited = 1;
        return no_running_loop(vm);
    }
    if (loop_task_factory(l) != AW_NONE) return loop_create_task_by_factory(vm, value_from_ptr(l), a[0], a[1], a[2]);
    AwValue task = make_task(vm, value_from_ptr(l), a[0], a[1] == AW_EMPTY ? AW_NONE : a[1]);
    if (task != AW_ERR) task_set_context(AW_TASK(task), a[2]);
    return task;
}

static int is_future_like(AwVM *vm, AwValue v);

static AwValue a_ensure_future(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"coro_or_future", "loop", NULL};
    AwValue a[2];
    if (args_parse(vm, "ensure_future", argc, argv, kw, names, 1, 1, a)) return AW_ERR;
    if (!value_is_future(a[0]) && !is_coroutine(a[0])) {
        int duck = is_future_like(vm, a[0]);
        if (duck) return duck < 0 ? AW_ERR : a[0];
    }
    AwValue loop = asyncio_get_loop(vm, a[1] == AW_EMPTY ? AW_NONE : a[1]);
    if (loop == AW_ERR) return AW_ERR;
    return asyncio_ensure_task(vm, loop, a[0]);
}

/* Another object passed as the loop (a test's mock) has no tasks, as in CPython, which looks
 * tasks up by their loop. */
static bool foreign_loop(int argc, const AwValue *argv) {
    return argc > 0 && argv[0] != AW_NONE && !value_is_instance(argv[0], &aw_type_loop);
}

static AwValue a_current_task(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (foreign_loop(argc, argv)) return AW_NONE;
    AwLoop *l = argc > 0 && argv[0] != AW_NONE ? AW_LOOP(argv[0]) : loop_running(vm);
    if (!l) return no_running_loop(vm);
    return loop_current_task(l);
}

static AwValue a_all_tasks(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (foreign_loop(argc, argv)) {
        AwSet *none = set_new(vm, &aw_type_set);
        return none ? value_from_ptr(none) : AW_ERR;
    }
    AwLoop *l = argc > 0 && argv[0] != AW_NONE ? AW_LOOP(argv[0]) : loop_running(vm);
    if (!l) return no_running_loop(vm);
    AwValue tasks = loop_all_tasks(vm, l);
    if (tasks == AW_ERR) return AW_ERR;
    AwSet *s = set_new(vm, &aw_type_set);
    if (!s || set_update(vm, s, tasks)) return AW_ERR;
    return value_from_ptr(s);
}

static AwValue a_iscoroutine(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "iscoroutine", argc, 1, 1)) return AW_ERR;
    return value_from_bool(is_coroutine(argv[0]) || value_is_type(argv[0], &aw_type_generator) || is_coroutine_like(vm, argv[0]));
}

static AwValue a_iscoroutinefunction(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "iscoroutinefunction", argc, 1, 1)) return AW_ERR;
    AwValue f = argv[0];
    if (value_is_type(f, &aw_type_method)) f = AW_METHOD(f)->func;
    return value_from_bool(value_is_type(f, &aw_type_function) && (AW_FUNCTION(f)->code->flags & AW_CODE_COROUTINE));
}

/* CPython's isfuture: a Future, or a duck-typed one (its class has _asyncio_future_blocking
 * and the object's is not None). -1 on error. */
static int is_future_like(AwVM *vm, AwValue v) {
    if (value_is_future(v)) return 1;
    AwStr *name = str_intern_cstr(vm, "_asyncio_future_blocking");
    if (!name) return -1;
    if (value_is_type(v, &aw_type_type) || type_lookup(type_of(v), name) == AW_EMPTY) return 0;
    AwValue b = ops_getattr_opt(vm, v, name);
    if (b == AW_ERR) return -1;
    return b != AW_EMPTY && b != AW_NONE;
}

static AwValue a_isfuture(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "isfuture", argc, 1, 1)) return AW_ERR;
    int r = is_future_like(vm, argv[0]);
    return r < 0 ? AW_ERR : value_from_bool(r);
}

/* After Ctrl-C cancelled the main task, as CPython's Runner.run: its CancelledError becomes
 * KeyboardInterrupt only if uncancel() leaves no other cancellation request (a task that was
 * also cancelled by the program ends with CancelledError; one that returned, normally). */
static bool interrupt_ends_run(AwValue task, AwValue exc) {
    if (!value_is_instance(exc, &aw_exc_CancelledError) || !value_is_future(task)) return false;
    AwFuture *t = AW_FUTURE(task);
    if (t->num_cancels > 0) t->num_cancels--;
    return t->num_cancels == 0;
}

/* Cancels what is left after asyncio.run's main task and lets it finish, as CPython's
 * _cancel_all_tasks does (one more run until every cancelled task is done). */
static void cancel_all_tasks(AwVM *vm, AwLoop *loop) {
    AwValue tasks = loop_all_tasks(vm, loop);
    if (tasks == AW_ERR) { vm_exc_clear(vm); return; }
    AwList *l = AW_LIST(tasks);
    if (!l->len || gc_push_root(vm, tasks)) return;
    for (int64_t i = 0; i < l->len; i++) task_cancel(vm, AW_TASK(l->items[i]), AW_NONE);
    /* A KeyboardInterrupt or SystemExit out of a cancelled task ends the shutdown (CPython's
     * raises out of asyncio.run; here the error asyncio.run already has is raised): the tasks
     * are not reported, and one that failed is "never retrieved" at exit. */
    bool stopped = loop_run_until_done(vm, loop, l) != AW_OK;
    if (stopped) vm_exc_clear(vm);
    for (int64_t i = 0; i < l->len && !stopped; i++) {
        AwFuture *f = AW_FUTURE(l->items[i]);
        if (f->state == AW_FUT_FINISHED && f->exception != AW_NONE) {
            f->log_traceback = 0;
            loop_report(vm, loop, "unhandled exception during asyncio.run() shutdown", f->exception, l->items[i]);
        }
    }
    gc_pop_roots(vm, 1);
}

/* asyncio.run's loop.run_until_complete(loop.shutdown_asyncgens()) (closes the async
 * generators left suspended) and loop.shutdown_default_executor(), each a task as in CPython
 * (so task names go on as there). Errors are the prelude's to report; nothing propagates. */
static void run_shutdown_step(AwVM *vm, AwValue loop, const char *step, bool needed) {
    /* no task to show in the timeline, unless a task factory would see it */
    if (!needed && loop_task_factory(AW_LOOP(loop)) == AW_NONE) { task_skip_number(); return; }
    AwValue coro = asyncio_prelude_call(vm, step, 1, &loop);
    AwValue task = coro == AW_ERR ? AW_ERR : make_task(vm, loop, coro, AW_NONE);
    if (task != AW_ERR && loop_run_until_complete(vm, AW_LOOP(loop), task) != AW_ERR) return;
    vm_exc_clear(vm);
}

static AwValue a_run(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"main", "debug", NULL};
    AwValue a[2];
    if (args_parse(vm, "run", argc, argv, kw, names, 1, 1, a)) return AW_ERR;
    if (loop_running(vm)) {
        if (value_is_type(a[0], &aw_type_coroutine)) AW_GEN(a[0])->was_awaited = 1;
        return vm_raise(vm, &aw_exc_RuntimeError, "asyncio.run() cannot be called from a running event loop");
    }
    if (!is_coroutine(a[0])) {
        AwValue r = ops_repr(vm, a[0]);
        if (r == AW_ERR) return AW_ERR;
        return vm_raise(vm, &aw_exc_ValueError, "a coroutine was expected, got %s", AW_STR(r)->data);
    }
    AwValue loop = loop_new(vm);
    if (loop == AW_ERR) return AW_ERR;
    if (a[1] != AW_EMPTY && a[1] != AW_NONE) {
        int debug = ops_truthy(vm, a[1]);
        if (debug < 0) return AW_ERR;
        loop_set_debug(AW_LOOP(loop), debug);
    }
    vm->module_roots[ROOT_EVENT_LOOP] = loop;
    AwValue task = make_task(vm, loop, a[0], AW_NONE);
    if (task != AW_ERR) loop_set_main_task(AW_LOOP(loop), task);
    AwValue result = task == AW_ERR ? AW_ERR : loop_run_until_complete(vm, AW_LOOP(loop), task);
    AwValue exc = result == AW_ERR ? vm_exc_take(vm) : AW_EMPTY;
    if (loop_was_interrupted(AW_LOOP(loop)) && exc != AW_EMPTY && interrupt_ends_run(task, exc)) {
        /* As CPython's Runner.run: KeyboardInterrupt raised while handling the main task's
         * CancelledError */
        AwException *ki = exception_new(vm, &aw_exc_KeyboardInterrupt, 0, NULL);
        if (ki && exc != AW_EMPTY) ki->context = exc;
        if (ki) exc = value_from_ptr(ki);
        else vm_exc_clear(vm);
    }
    if (gc_push_root(vm, result == AW_ERR ? exc : result)) return AW_ERR;
    cancel_all_tasks(vm, AW_LOOP(loop));
    vm_exc_clear(vm);
    run_shutdown_step(vm, loop, "_shutdown_asyncgens", loop_has_asyncgens(AW_LOOP(loop)));
    AwValue executor = ops_getattr_opt(vm, loop, str_intern_cstr(vm, "_default_executor"));
    if (executor == AW_ERR) vm_exc_clear(vm);
    run_shutdown_step(vm, loop, "_shutdown_default_executor", value_is_ptr(executor) && executor != AW_NONE);
    loop_close(vm, AW_LOOP(loop));
    vm->module_roots[ROOT_EVENT_LOOP] = NO_CURRENT_LOOP;   /* CPython's Runner.close: set_event_loop(None) */
    gc_pop_roots(vm, 1);
    if (exc != AW_EMPTY) { vm->exc = exc; return AW_ERR; }
    return result;
}

/* loop.run_in_executor(None, fn, *args) and to_thread(fn, *args, **kwargs): on a worker thread. */
AwValue asyncio_run_in_executor(AwVM *vm, AwValue loop, AwValue fn, int argc, const AwValue *argv) {
    AwTuple *args = tuple_from(vm, argc, argv);
    if (!args) return AW_ERR;
    return loop_run_in_thread(vm, AW_LOOP(loop), fn, value_from_ptr(args), AW_NONE);
}

/* Calls the prelude's (stdlib/asyncio.py) function `name`: loop methods written in Python. */
AwValue asyncio_prelude_call(AwVM *vm, const char *name, int argc, const AwValue *argv) {
    AwStr *mname = str_intern_cstr(vm, "asyncio");
    AwValue mod = mname ? dict_get_str(vm->modules, mname) : AW_EMPTY;
    if (mod == AW_EMPTY) return vm_raise(vm, &aw_exc_RuntimeError, "asyncio is not imported");
    AwStr *fname = str_intern_cstr(vm, name);
    AwValue fn = fname ? ops_getattr(vm, mod, fname) : AW_ERR;
    return fn == AW_ERR ? AW_ERR : vm_call(vm, fn, argc, argv, NULL);
}

static AwValue a_to_thread(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 1) return vm_raise(vm, &aw_exc_TypeError, "to_thread() missing 1 required positional argument: 'func'");
    AwLoop *l = loop_running(vm);
    if (!l) return no_running_loop(vm);
    AwTuple *args = tuple_from(vm, argc - 1, argv + 1);
    AwDict *kwargs = kw && kw->len ? dict_new(vm) : NULL;
    if (!args || (kw && kw->len && !kwargs)) return AW_ERR;
    for (int64_t i = 0; kwargs && i < kw->len; i++)
        if (dict_set(vm, kwargs, kw->items[i], argv[argc + i])) return AW_ERR;
    return loop_run_in_thread(vm, l, argv[0], value_from_ptr(args), kwargs ? value_from_ptr(kwargs) : AW_NONE);
}

/* _run_main_task(loop, task): Runner.run's run_until_complete(task), with Ctrl-C cancelling the
 * task and then raising KeyboardInterrupt (chained to its CancelledError), as asyncio.run. */
static AwValue a__run_main_task(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "_run_main_task", argc, 2, 2)) return AW_ERR;
    if (!value_is_type(argv[0], &aw_type_loop) || !value_is_instance(argv[1], &aw_type_task))
        return vm_raise(vm, &aw_exc_TypeError, "_run_main_task(loop, task)");
    AwLoop *loop = AW_LOOP(argv[0]);
    loop_set_main_task(loop, argv[1]);
    AwValue result = loop_run_until_complete(vm, loop, argv[1]);
    bool interrupted = loop_was_interrupted(loop);
    loop_set_main_task(loop, AW_NONE);
    if (interrupted && result == AW_ERR && interrupt_ends_run(argv[1], vm->exc)) {
        AwValue cancelled = vm_exc_take(vm);
        AwException *ki = exception_new(vm, &aw_exc_KeyboardInterrupt, 0, NULL);
        if (!ki) return AW_ERR;
        if (cancelled != AW_EMPTY) ki->context = cancelled;
        return vm_raise_value(vm, value_from_ptr(ki));
    }
    return result;
}

AwValue asyncio_run_cell(AwVM *vm, AwCode *code, AwDict *globals) {
    if (loop_running(vm)) return vm_raise(vm, &aw_exc_RuntimeError, "a cell cannot await while a loop is running");
    AwValue loop = event_loop(vm);
    if (loop == AW_ERR) return AW_ERR;
    code->flags |= AW_CODE_COROUTINE;
    AwFunction *f = function_new(vm, code, globals);
    if (!f || gc_push_root(vm, value_from_ptr(f))) return AW_ERR;
    AwValue coro = generator_new(vm, f, NULL);
    AwValue task = coro == AW_ERR ? AW_ERR : make_task(vm, loop, coro, AW_NONE);
    if (task != AW_ERR) loop_set_main_task(AW_LOOP(loop), task); /* Ctrl-C cancels the cell's task */
    AwValue result = task == AW_ERR ? AW_ERR : loop_run_until_complete(vm, AW_LOOP(loop), task);
    bool interrupted = loop_was_interrupted(AW_LOOP(loop));
    loop_set_main_task(AW_LOOP(loop), AW_NONE);
    gc_pop_roots(vm, 1);
    if (interrupted && (result != AW_ERR || vm_exc_matches(vm, &aw_exc_CancelledError))) {
        vm_exc_clear(vm);
        return vm_raise_value(vm, value_from_ptr(&aw_exc_KeyboardInterrupt));
    }
    return result;
}

void asyncio_before_exit(AwVM *vm) { gc_mark_outliving(vm, vm->module_roots[ROOT_EVENT_LOOP]); }

double asyncio_repl_tick(AwVM *vm) {
    AwValue loop = vm->module_roots[ROOT_EVENT_LOOP];
    if (!value_is_type(loop, &aw_type_loop)) return -1;
    return loop_tick(vm, AW_LOOP(loop));
}

bool asyncio_repl_busy(AwVM *vm) {
    AwValue loop = vm->module_roots[ROOT_EVENT_LOOP];
    if (!value_is_type(loop, &aw_type_loop)) return false;
    AwValue tasks = loop_all_tasks(vm, AW_LOOP(loop));
    if (tasks == AW_ERR) { vm_exc_clear(vm); return false; }
    return AW_LIST(tasks)->len > 0;
}

static const AwMethodDef core_functions[] = {
    {"sleep", a_sleep, 0},
    {"run", a_run, 0},
    {"get_running_loop", a_get_running_loop, 0},
    {"_get_running_loop", a__get_running_loop, 0},
    {"get_event_loop", a_get_event_loop, 0},
    {"new_event_loop", a_new_event_loop, 0},
    {"set_event_loop", a_set_event_loop, 0},
    {"create_task", a_create_task, 0},
    {"ensure_future", a_ensure_future, 0},
    {"current_task", a_current_task, 0},
    {"all_tasks", a_all_tasks, 0},
    {"iscoroutine", a_iscoroutine, 0},
    {"iscoroutinefunction", a_iscoroutinefunction, 0},
    {"isfuture", a_isfuture, 0},
    {"to_thread", a_to_thread, 0},
    {"_gather_children", a__gather_children, 0},
    {"_gather_results", a__gather_results, 0},
    {"_run_main_task", a__run_main_task, 0},
    {NULL, NULL, 0},
};

static AwStatus make_invalid_state(AwVM *vm, AwModule *mod) {
    AwType *t = class_new_simple(vm, "asyncio.exceptions", "InvalidStateError", &aw_exc_Exception);
    if (!t) return AW_ERROR;
    vm->module_roots[ROOT_INVALID_STATE] = value_from_ptr(t);
    return module_add_value(vm, mod, "InvalidStateError", value_from_ptr(t));
}

AwModule *asyncio_core_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "_asyncio");
    if (!mod) return NULL;
    aw_exc_CancelledError.module = str_intern_cstr(vm, "asyncio.exceptions");
    aw_type_future.module = aw_type_task.module = str_intern_cstr(vm, "_asyncio");
    aw_type_handle.module = aw_type_timer_handle.module = str_intern_cstr(vm, "asyncio.events");
    if (module_add_functions(vm, mod, core_functions) || module_add_type(vm, mod, &aw_type_future) ||
        module_add_type(vm, mod, &aw_type_task) || make_invalid_state(vm, mod) ||
        module_add_value(vm, mod, "CancelledError", value_from_ptr(&aw_exc_CancelledError)) ||
        module_add_value(vm, mod, "TimeoutError", value_from_ptr(&aw_exc_TimeoutError)) ||
        asyncio_locks_init(vm, mod) || asyncio_queue_init(vm, mod) || asyncio_streams_init(vm, mod) || asyncio_watch_init(vm, mod) ||
        module_add_type(vm, mod, &aw_type_gather_counter) || module_add_type(vm, mod, &aw_type_handle) ||
        module_add_type(vm, mod, &aw_type_timer_handle) ||
        module_add_value(vm, mod, "AbstractEventLoop", value_from_ptr(&aw_type_loop)) ||
        module_add_value(vm, mod, "BaseEventLoop", value_from_ptr(&aw_type_loop)) ||
        module_add_value(vm, mod, "SelectorEventLoop", value_from_ptr(&aw_type_loop)))
        return NULL;
    return mod;
}

AwModule *asyncio_module_init(AwVM *vm) {
    AwModule *core = asyncio_core_module_init(vm);
    if (!core || dict_set_str(vm, vm->modules, core->name, value_from_ptr(core))) return NULL;
    AwModule *mod = module_new(vm, "asyncio");
    if (!mod || gc_push_root(vm, value_from_ptr(mod))) return NULL;
    AwModule *result = NULL;
    if (!dict_update(vm, mod->dict, value_from_ptr(core->dict)) &&
        !dict_set_str(vm, mod->dict, AW_NAME(vm, __name__), str_value(mod->name))) {
        const char *src = frozen_source("asyncio");
        size_t len = src ? strlen(src) : 0;
        AwCode *code = len ? vm_compile(vm, src, len, "<frozen asyncio>", AW_PARSE_FILE) : NULL;
        if (!len || (code && vm_run_code(vm, code, mod->dict, NULL) != AW_ERR)) result = mod;
    }
    gc_pop_roots(vm, 1);
    return result;
}
