/* task.c — asyncio.Task: a Future that drives a coroutine, one step per ready-queue entry.
 * Follows CPython 3.11's _asyncio.Task (__step, __wakeup, cancel) so interleavings match. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/port.h"
#include "interp/code.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/fiber.h"
#include "interp/future.h"
#include "interp/function.h"
#include "interp/gc.h"
#include "interp/generator.h"
#include "interp/loop.h"
#include "interp/ops.h"
#include "interp/sidetext.h"
#include "interp/str.h"
#include "interp/timeline.h"
#include "interp/traceback.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/asyncio.h"

AwValue asyncio_get_loop(AwVM *vm, AwValue loop);

static int64_t task_counter;

void task_skip_number(void) { task_counter++; }

/* contextvars is a Python module: once the program imported it, each task runs its steps in
 * its own Context, as CPython's Task (before that no code can see a context, so a task needs
 * none and pays nothing). */
static AwValue contextvars_module(AwVM *vm) {
    static AwStr *name;   /* interned: lives until exit */
    if (!name && !(name = str_intern_cstr(vm, "contextvars"))) { vm_exc_clear(vm); return AW_EMPTY; }
    return dict_get_str(vm->modules, name);
}

/* contextvars.<fn>(arg) (arg AW_EMPTY: no argument); AW_ERR cleared. */
static AwValue contextvars_call(AwVM *vm, const char *fn, AwValue arg) {
    AwValue mod = contextvars_module(vm);
    AwStr *n = mod == AW_EMPTY ? NULL : str_intern_cstr(vm, fn);
    AwValue r = n ? vm_call_method(vm, mod, n, arg == AW_EMPTY ? 0 : 1, &arg) : AW_ERR;
    if (r == AW_ERR) vm_exc_clear(vm);
    return r;
}

void task_set_context(AwTask *t, AwValue ctx) {
    if (ctx != AW_NONE && ctx != AW_EMPTY) t->context = ctx;
}

/* Around a step: enters the task's context (false if it has none or cannot), or leaves it. The
 * pending exception and the step's outcome `keep` stay as they were. */
static bool context_enter(AwVM *vm, AwTask *t) {
    if (t->context == AW_NONE || contextvars_module(vm) == AW_EMPTY) return false;
    return contextvars_call(vm, "_enter", t->context) != AW_ERR;
}

static void context_exit(AwVM *vm, AwTask *t, AwValue keep) {
    AwValue pending = vm_exc_take(vm);
    if (gc_push_root(vm, keep) || gc_push_root(vm, pending)) { vm_exc_clear(vm); return; }
    contextvars_call(vm, "_exit", t->context);
    gc_pop_roots(vm, 2);
    if (pending != AW_EMPTY) vm->exc = pending;
}

/* A task of `type` (Task or a subclass, whose instances may be larger: a __dict__). */
static AwTask *task_new_of(AwVM *vm, AwType *type, AwValue loop, AwValue coro, AwValue name) {
    AwTask *t = (AwTask *)gc_new(vm, type, type->instance_size > sizeof(AwTask) ? type->instance_size : sizeof(AwTask));
    if (!t) return NULL;
    AwFuture *f = &t->fut;
    f->state = AW_FUT_PENDING;
    f->result = f->exception = f->exception_tb = f->callbacks = AW_NONE;
    f->loop = loop;
    t->coro = coro;
    t->fut_waiter = AW_NONE;
    t->context = AW_NONE;
    if (name == AW_NONE || name == AW_EMPTY) {
        /* Only unnamed tasks count, as Task(coro, name=...) in CPython (asyncio.create_task
         * names its task afterwards, so it counts: asyncio.c) */
        name = value_from_small(++task_counter); /* "Task-N" is made on first use: an idle task stays small */
    } else if (!value_is_str(name)) {
        name = ops_str(vm, name);
        if (name == AW_ERR) return NULL;
    }
    t->name = name;
    AwValue tv = value_from_ptr(t);
    if (AW_UNLIKELY(contextvars_module(vm) != AW_EMPTY)) {
        if (gc_push_root(vm, tv)) return NULL;
        AwValue ctx = contextvars_call(vm, "copy_context", AW_EMPTY);
        gc_pop_roots(vm, 1);
        if (ctx != AW_ERR) t->context = ctx;
    }
    if (loop_add_task(vm, AW_LOOP(loop), tv) || loop_schedule(vm, AW_LOOP(loop), AW_READY_TASK_STEP, tv, AW_EMPTY))
        return NULL;
    if (AW_UNLIKELY(timeline_on)) timeline_task_created(vm, t, loop_time(AW_LOOP(loop)));
    return t;
}

AwTask *task_new(AwVM *vm, AwValue loop, AwValue coro, AwValue name) {
    return task_new_of(vm, &aw_type_task, loop, coro, name);
}

static AwValue new_cancelled_error(AwVM *vm, AwValue msg) {
    AwException *e = exception_new(vm, &aw_exc_CancelledError, msg == AW_NONE ? 0 : 1, &msg);
    return e ? value_from_ptr(e) : AW_ERR;
}

/* Resumes the coroutine: 0 yielded (*out), 1 returned (*out), -1 raised (pending). */
static int resume_coro(AwVM *vm, AwValue coro, AwValue exc, AwValue *out) {
    if (value_is_ptr(coro) && value_as_ptr(coro)->type == &aw_type_coroutine) {
        AwGenResult r = generator_resume(vm, AW_GEN(coro), AW_NONE, exc, out);
        return r == AW_GEN_YIELDED ? 0 : r == AW_GEN_RETURNED ? 1 : -1;
    }
    if (value_is_type(coro, &aw_type_sleep)) return sleep_step(vm, coro, exc, out);
    if (value_is_agen_step(coro)) return agen_step(vm, coro, AW_NONE, exc, out);
    AwValue r = exc == AW_EMPTY ? vm_call_method(vm, coro, AW_NAME(vm, send), 1, (AwValue[]){AW_NONE})
                                : vm_call_method(vm, coro, AW_NAME(vm, throw), 1, &exc);
    if (r != AW_ERR) { *out = r; return 0; }
    if (!vm_exc_matches(vm, &aw_exc_StopIteration)) return -1;
    AwValue e = vm_exc_take(vm);
    AwValue v = ops_getattr_opt(vm, e, AW_NAME(vm, value));
    *out = v == AW_EMPTY || v == AW_ERR ? AW_NONE : v;
    return 1;
}

/* Cancels what a task waits on through its own cancel(): a gather or a user Future subclass
 * overrides it. */
static bool cancel_waiter(AwVM *vm, AwValue w, AwValue msg) {
    AwType *t = type_of(w);
    if (t == &aw_type_sleep) return sleep_cancel(vm, w, msg);
    if (t == &aw_type_task) return task_cancel(vm, AW_TASK(w), msg);
    if (t == &aw_type_future) return future_cancel(vm, AW_FUTURE(w), msg);
    AwValue r = vm_call_method(vm, w, str_intern_cstr(vm, "cancel"), 1, &msg);
    if (r == AW_ERR) { vm_exc_clear(vm); return false; }
    return ops_truthy(vm, r) == 1;
}

static AwValue task_repr_ex(AwVM *vm, AwTask *t, bool native_only);

/* CPython's Task.__del__ on a task still pending: "Task was destroyed but it is pending!" (the
 * loop was closed or dropped with the task on it). The repr is native for a coroutine task. */
static void report_destroyed_pending(AwVM *vm, AwTask *t) {
    AwValue r = value_is_type(t->coro, &aw_type_coroutine) && (value_is_str(t->name) || value_is_int(t->name)) ? task_repr_ex(vm, t, true) : AW_ERR;
    fflush(stdout);
    fprintf(stderr, "Task was destroyed but it is pending!\n");
    if (r != AW_ERR) fprintf(stderr, "task: %s\n", AW_STR(r)->data);
    else vm_exc_clear(vm);
}

void task_finalize(AwVM *vm, AwTask *t) {
    if (AW_UNLIKELY(timeline_on)) timeline_task_forget(t);
    if (t->fut.state == AW_FUT_PENDING && !(t->fut.obj.flags & AW_OBJ_OUTLIVES_EXIT)) report_destroyed_pending(vm, t);
    future_finalize(vm, &t->fut);
}

void task_release(AwVM *vm, AwTask *t) {
    AwFuture *f = &t->fut;
    if (f->state != AW_FUT_FINISHED || !f->log_traceback) return;
    f->log_traceback = 0;
    free(sidetext_take(SIDETEXT_UNRETRIEVED, f));
    loop_report_as(vm, AW_LOOP(f->loop), "Task exception was never retrieved", f->exception, "future", value_from_ptr(t));
}

/* A dropped task just failed: it is released now, or after the done callbacks just scheduled
 * (each holds it until it has run). Not for KeyboardInterrupt/SystemExit, which leave the loop. */
static void release_dropped(AwVM *vm, AwTask *t, bool had_callbacks) {
    if (vm->exc != AW_EMPTY || !t->fut.log_traceback) return;
    if (!had_callbacks) task_release(vm, t);
    else if (loop_schedule(vm, AW_LOOP(t->fut.loop), AW_READY_TASK_RELEASE, value_from_ptr(t), AW_NONE)) vm_exc_clear(vm);
}

static void task_finish_error(AwVM *vm, AwTask *t) {
    AwValue exc = vm_exc_take(vm);
    AwFuture *f = &t->fut;
    if (value_is_instance(exc, &aw_exc_CancelledError)) {
        f->state = AW_FUT_CANCELLED;
        /* CPython's _cancelled_exc: the first result() raises this very error (its message and
         * traceback); later calls raise a bare CancelledError, as the task forgets the message. */
        AW_FUT_CANCEL_MSG(f) = AW_NONE;
        f->exception = exc;
        future_schedule_callbacks(vm, f);
        return;
    }
    f->exception = exc;
    f->exception_tb = AW_EXC(exc)->traceback;
    f->state = AW_FUT_FINISHED;
    f->log_traceback = 1;
    future_note_unretrieved(vm, f);
    bool had_callbacks = f->callbacks != AW_NONE;
    future_schedule_callbacks(vm, f);
    if (value_is_instance(exc, &aw_exc_KeyboardInterrupt) || value_is_instance(exc, &aw_exc_SystemExit)) vm->exc = exc;
    else if (AW_UNLIKELY(f->obj.flags & AW_TASK_DROPPED)) release_dropped(vm, t, had_callbacks);
}


/* The task's wake-up on future w: a Future subclass overriding add_done_callback sees it, as
 * CPython's Task.__step calls result.add_done_callback(self.__wakeup); what it receives is the
 * task itself, which Future.add_done_callback stores as the native wake-up. */
static AwStatus add_wakeup(AwVM *vm, AwFuture *w, AwValue tv) {
    AwType *ft = w->obj.type;
    if (ft != &aw_type_future && ft != &aw_type_task) {
        AwStr *name = str_intern_cstr(vm, "add_done_callback");
        if (!name) return AW_ERROR;
        AwValue m = type_lookup(ft, name);
        if (m != AW_EMPTY && m != type_lookup(&aw_type_future, name))
            return vm_call_method(vm, value_from_ptr(w), name, 1, &tv) == AW_ERR ? AW_ERROR : AW_OK;
    }
    return future_add_callback(vm, w, tv);
}

/* What the coroutine yielded: a future to wait on, None (yield once), or a bad value. */
static void task_handle_yield(AwVM *vm, AwTask *t, AwValue out) {
    AwValue tv = value_from_ptr(t);
    AwLoop *loop = AW_LOOP(t->fut.loop);
    if (out == AW_NONE) {
        loop_schedule(vm, loop, AW_READY_TASK_STEP, tv, AW_EMPTY);
        return;
    }
    if (value_is_type(out, &aw_type_sleep)) {
        /* A sleep in the timer heap: it steps this task when it fires. */
        sleep_set_waiter(out, tv);
        t->fut_waiter = out;
        if (t->fut.must_cancel && sleep_cancel(vm, out, AW_FUT_CANCEL_MSG(&t->fut))) t->fut.must_cancel = 0;
        return;
    }
    if (value_is_future(out) && AW_FUTURE(out)->blocking) {
        AwFuture *w = AW_FUTURE(out);
        w->blocking = 0;
        AwValue err = AW_EMPTY;
        if (w->loop != t->fut.loop) vm_raise(vm, &aw_exc_RuntimeError, "Task got Future attached to a different loop");
        else if (out == tv) vm_raise(vm, &aw_exc_RuntimeError, "Task cannot await on itself");
        else {
            t->fut_waiter = out;
            if (add_wakeup(vm, w, tv)) err = vm_exc_take(vm);
            else if (t->fut.must_cancel && cancel_waiter(vm, out, AW_FUT_CANCEL_MSG(&t->fut))) t->fut.must_cancel = 0;
            if (err == AW_EMPTY) return;
            vm->exc = err;
        }
        loop_schedule(vm, loop, AW_READY_TASK_STEP, tv, vm_exc_take(vm));
        return;
    }
    AwValue r = ops_repr(vm, out);
    if (r == AW_ERR) vm_exc_clear(vm);
    vm_raise(vm, &aw_exc_RuntimeError, "Task got bad yield: %s", r == AW_ERR ? "?" : AW_STR(r)->data);
    loop_schedule(vm, loop, AW_READY_TASK_STEP, tv, vm_exc_take(vm));
}

static void watched_step(AwVM *vm, AwTask *t, AwValue exc);

void task_step(AwVM *vm, AwTask *t, AwValue exc) {
    if (AW_UNLIKELY(timeline_watching)) { watched_step(vm, t, exc); return; }
    AwFuture *f = &t->fut;
    if (f->state != AW_FUT_PENDING) return;
    if (t->fut.must_cancel) {
        if (exc == AW_EMPTY || !value_is_instance(exc, &aw_exc_CancelledError)) {
            exc = new_cancelled_error(vm, AW_FUT_CANCEL_MSG(f));
            if (exc == AW_ERR) { task_finish_error(vm, t); return; }
        }
        t->fut.must_cancel = 0;
    }
    t->fut_waiter = AW_NONE;
    AwLoop *loop = AW_LOOP(f->loop);
    AwValue tv = value_from_ptr(t);
    if (gc_push_root(vm, tv)) return;
    loop_set_current_task(loop, tv);
    AwValue out = AW_NONE;
    bool in_context = AW_UNLIKELY(t->context != AW_NONE) && context_enter(vm, t);
    int r = resume_coro(vm, t->coro, exc, &out);
    if (AW_UNLIKELY(in_context)) context_exit(vm, t, out);
    loop_set_current_task(loop, AW_NONE);
    if (r < 0) task_finish_error(vm, t);
    else if (r == 1) {
        if (t->fut.must_cancel) {
            t->fut.must_cancel = 0;
            future_cancel(vm, f, AW_FUT_CANCEL_MSG(f));
        } else {
            f->result = out;
            f->state = AW_FUT_FINISHED;
            future_schedule_callbacks(vm, f);
        }
    } else {
        task_handle_yield(vm, t, out);
    }
    gc_pop_roots(vm, 1);
}

/* A step someone watches (timeline_watching): the timeline records it, and in asyncio debug
 * mode a step that held the loop too long is reported (loop_note_step). The step itself is
 * task_step's with the watch off for its span (steps never nest: the loop does not re-enter),
 * so the unwatched path pays one test and keeps its code inline. */
static AW_NOINLINE void watched_step(AwVM *vm, AwTask *t, AwValue exc) {
    if (t->fut.state != AW_FUT_PENDING) return;
    AwLoop *loop = AW_LOOP(t->fut.loop);
    double start = loop_time(loop);
    bool rooted = gc_push_root(vm, value_from_ptr(t)) == AW_OK;
    timeline_watching = false;
    if (!rooted) vm_exc_clear(vm); /* out of memory: step without watching */
    task_step(vm, t, exc);
    timeline_watching = true;
    if (!rooted) return;
    double end = loop_time(loop);
    if (timeline_on) timeline_task_stepped(vm, t, start, end);
    loop_note_step(vm, loop, value_from_ptr(t), end - start);
    gc_pop_roots(vm, 1);
}

void task_wakeup(AwVM *vm, AwTask *t, AwFuture *awaited) {
    if (awaited->state == AW_FUT_FINISHED && awaited->exception == AW_NONE) {
        task_step(vm, t, AW_EMPTY);
        return;
    }
    AwValue r = future_result(vm, awaited);
    if (r != AW_ERR) { task_step(vm, t, AW_EMPTY); return; }
    task_step(vm, t, vm_exc_take(vm));
}

bool task_cancel(AwVM *vm, AwTask *t, AwValue msg) {
    AwFuture *f = &t->fut;
    f->log_traceback = 0;
    if (f->state != AW_FUT_PENDING) return false;
    if (t->fut.num_cancels < INT16_MAX) t->fut.num_cancels++;
    if (t->fut_waiter != AW_NONE && cancel_waiter(vm, t->fut_waiter, msg)) return true;
    t->fut.must_cancel = 1;
    AW_FUT_CANCEL_MSG(f) = msg;
    return true;
}

/* ---- Python-visible Task ---- */

static AwValue task_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"coro", "loop", "name", "context", NULL};
    AwValue a[4];
    if (args_parse(vm, "Task", argc, argv, kw, names, 1, 1, a)) return AW_ERR;
    AwValue coro = a[0];
    if (!value_is_type(coro, &aw_type_coroutine) && type_lookup(type_of(coro), AW_NAME(vm, send)) == AW_EMPTY) {
        AwValue r = ops_repr(vm, coro);
        if (r == AW_ERR) return AW_ERR;
        return vm_raise(vm, &aw_exc_TypeError, "a coroutine was expected, got %s", AW_STR(r)->data);
    }
    AwValue loop = asyncio_get_loop(vm, a[1] == AW_EMPTY ? AW_NONE : a[1]);
    if (loop == AW_ERR) return AW_ERR;
    if (value_is_type(coro, &aw_type_coroutine)) AW_GEN(coro)->was_awaited = 1;
    AwTask *t = task_new_of(vm, type, loop, coro, a[2] == AW_EMPTY ? AW_NONE : a[2]);
    if (!t) return AW_ERR;
    task_set_context(t, a[3]);
    return value_from_ptr(t);
}

static AwTask *self_task(AwValue v) { return AW_TASK(v); }

static AwValue task_name(AwVM *vm, AwTask *t) {
    if (value_is_int(t->name)) {
        AwStr *s = str_printf(vm, "Task-%lld", (long long)value_as_small(t->name));
        if (!s) return AW_ERR;
        t->name = str_value(s);
    }
    return t->name;
}

static AwValue task_m_get_name(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return task_name(vm, self_task(argv[0])); }

static AwValue task_m_set_name(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "set_name", argc, 2, 2)) return AW_ERR;
    AwValue n = value_is_str(argv[1]) ? argv[1] : ops_str(vm, argv[1]);
    if (n == AW_ERR) return AW_ERR;
    self_task(argv[0])->name = n;
    return AW_NONE;
}

static AwValue task_m_get_coro(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return self_task(argv[0])->coro; }
static AwValue task_m_cancelling(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return value_from_small(self_task(argv[0])->fut.num_cancels);
}
static AwValue task_m_uncancel(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwTask *t = self_task(argv[0]);
    if (t->fut.num_cancels > 0) t->fut.num_cancels--;
    return value_from_small(t->fut.num_cancels);
}

/* get_stack(*, limit=None) and print_stack(*, limit=None, file=None): CPython's base_tasks
 * code, in the asyncio prelude (_task_get_stack, _task_print_stack). */
static AwValue stack_call(AwVM *vm, const char *fn, int argc, const AwValue *argv, AwTuple *kw, bool with_file) {
    static const char *const names[] = {"self", "limit", "file", NULL};
    AwValue a[3] = {AW_EMPTY, AW_EMPTY, AW_EMPTY};
    if (args_parse(vm, with_file ? "print_stack" : "get_stack", argc, argv, kw, names, 1, 1, a)) return AW_ERR;
    if (!with_file && a[2] != AW_EMPTY) return vm_raise(vm, &aw_exc_TypeError, "get_stack() got an unexpected keyword argument 'file'");
    AwValue args[3] = {a[0], a[1] == AW_EMPTY ? AW_NONE : a[1], a[2] == AW_EMPTY ? AW_NONE : a[2]};
    return asyncio_prelude_call(vm, fn, with_file ? 3 : 2, args);
}

static AwValue task_m_get_stack(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return stack_call(vm, "_task_get_stack", argc, argv, kw, false);
}

static AwValue task_m_print_stack(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwValue r = stack_call(vm, "_task_print_stack", argc, argv, kw, true);
    return r == AW_ERR ? AW_ERR : AW_NONE;
}

/* _format_coroutine's name of a coroutine-like object without code: its __qualname__ or
 * __name__ (looked up only when aw code may run), else "<TYPE without __name__>", then "()". */
static AwValue format_coro_like(AwVM *vm, AwValue coro, bool native_only) {
    AwStr *names[2] = {AW_NAME(vm, __qualname__), AW_NAME(vm, __name__)};
    for (int i = 0; i < 2 && !native_only && !value_is_agen_step(coro); i++) {
        AwValue n = ops_getattr_opt(vm, coro, names[i]);
        if (n == AW_ERR) return AW_ERR;
        int truthy = n == AW_EMPTY ? 0 : ops_truthy(vm, n);
        if (truthy < 0) return AW_ERR;
        if (!truthy) continue;
        AwValue text = ops_str(vm, n);
        AwStr *s = text == AW_ERR ? NULL : str_printf(vm, "%s()", AW_STR(text)->data);
        return s ? str_value(s) : AW_ERR;
    }
    AwStr *s = str_printf(vm, "<%s without __name__>()", ops_type_name(coro));
    return s ? str_value(s) : AW_ERR;
}

/* asyncio's _format_coroutine: "f() running at file:line" or "f() done, defined at file:line". */
static AwValue format_coro(AwVM *vm, AwValue coro, bool native_only) {
    if (value_is_type(coro, &aw_type_sleep)) return ops_repr(vm, coro);
    if (!value_is_type(coro, &aw_type_coroutine)) return format_coro_like(vm, coro, native_only);
    AwGenerator *g = AW_GEN(coro);
    AwCode *code = g->code;
    AwStr *s;
    if (g->state == AW_FIBER_DONE) {
        s = str_printf(vm, "%s() done, defined at %s:%d", g->func->qualname->data, code->filename->data, (int)code->firstlineno);
    } else {
        int line = code->firstlineno;
        if (g->fiber && g->fiber->nframes > 0) {
            AwFrame *fr = &g->fiber->frames[0];
            line = code_line_at(fr->code, (int)(fr->ip - fr->code->code) - 1);
            if (fr->ip == fr->code->code) line = code->firstlineno;
        }
        s = str_printf(vm, "%s() running at %s:%d", g->func->qualname->data, code->filename->data, line);
    }
    return s ? str_value(s) : AW_ERR;
}

/* What CPython shows as wait_for=: the future the task waits on. A sleep or a primitive's wait
 * stands for the Future CPython would have made. Native only (no aw code): the collector's
 * report calls it. */
static AwStatus format_waiter(AwBuf *b, AwValue w, bool native_only) {
    if (value_is_type(w, &aw_type_sleep)) {
        AwSleep *sl = AW_AS(AwSleep, w);
        if (sl->cancelled) return buf_append_cstr(b, "<Future cancelled>");
        if (sl->fired) return buf_append_cstr(b, "<Future finished result=None>");
        return buf_append_cstr(b, "<Future pending cb=[Task.task_wakeup()]>");
    }
    if (native_only && type_of(w) != &aw_type_future && type_of(w) != &aw_type_task) return buf_append_cstr(b, "<Future>");
    return buf_append_repr_of(b, w);
}

/* CPython's Task repr: state, name, coro, wait_for=<...> or result/exception, cb=[...]. */
static AwValue task_repr_ex(AwVM *vm, AwTask *t, bool native_only) {
    AwValue name = task_name(vm, t);
    if (name != AW_ERR) name = ops_repr(vm, name);
    AwValue coro = name == AW_ERR ? AW_ERR : format_coro(vm, t->coro, native_only);
    if (coro == AW_ERR) return AW_ERR;
    AwFuture *f = &t->fut;
    /* A pending task asked to cancel (not uncancelled since) shows as "cancelling", as 3.11's */
    const char *state = f->state == AW_FUT_PENDING ? (t->fut.num_cancels > 0 ? "cancelling" : "pending")
                        : f->state == AW_FUT_CANCELLED ? "cancelled" : "finished";
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = buf_printf(&b, "<Task %s name=%s coro=<%s>", state, AW_STR(name)->data, AW_STR(coro)->data);
    if (!st && f->state == AW_FUT_FINISHED) {
        st = buf_append_cstr(&b, f->exception != AW_NONE ? " exception=" : " result=");
        st = st ? st : buf_append_repr_of(&b, f->exception != AW_NONE ? f->exception : f->result);
    }
    if (!st && f->state == AW_FUT_PENDING && t->fut_waiter != AW_NONE) {
        st = buf_append_cstr(&b, " wait_for=");
        st = st ? st : format_waiter(&b, t->fut_waiter, native_only);
    }
    st = st ? st : future_format_callbacks(&b, f);
    st = st ? st : buf_append_char(&b, '>');
    if (st) { buf_free(&b); return AW_ERR; }
    AwStr *r = buf_to_str(&b);
    return r ? str_value(r) : AW_ERR;
}

static AwValue task_repr(AwVM *vm, AwValue self) { return task_repr_ex(vm, self_task(self), false); }

static void task_trace(AwGC *gc, AwObject *self) {
    AwTask *t = (AwTask *)self;
    AwFuture *f = &t->fut;
    gc_mark_value(gc, f->result);
    gc_mark_value(gc, f->exception);
    gc_mark_value(gc, f->exception_tb);
    gc_mark_value(gc, f->loop);
    gc_mark_value(gc, f->callbacks);
    gc_mark_object(gc, (AwObject *)f->dict);
    gc_mark_value(gc, t->coro);
    gc_mark_value(gc, t->name);
    gc_mark_value(gc, t->fut_waiter);
    gc_mark_value(gc, t->context);
}

/* A task's outcome is its coroutine's: CPython's Task refuses to be set from outside. */
static AwValue task_m_set_result(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "Task.set_result", argc - 1, 1, 1)) return AW_ERR;
    return vm_raise(vm, &aw_exc_RuntimeError, "Task does not support set_result operation");
}

static AwValue task_m_set_exception(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "Task.set_exception", argc - 1, 1, 1)) return AW_ERR;
    return vm_raise(vm, &aw_exc_RuntimeError, "Task does not support set_exception operation");
}

static const AwMethodDef task_methods[] = {
    {"set_result", task_m_set_result, 0},
    {"set_exception", task_m_set_exception, 0},
    {"get_name", task_m_get_name, 0},
    {"set_name", task_m_set_name, 0},
    {"get_coro", task_m_get_coro, 0},
    {"cancelling", task_m_cancelling, 0},
    {"uncancel", task_m_uncancel, 0},
    {"get_stack", task_m_get_stack, 0},
    {"print_stack", task_m_print_stack, 0},
    {NULL, NULL, 0},
};

AwType aw_type_task = {
    .name = "Task",
    .base = &aw_type_future,
    .instance_size = sizeof(AwTask),
    .dict_offset = offsetof(AwTask, fut.dict),
    .flags = AW_TYPE_BASETYPE | AW_TYPE_FINALIZE,
    .repr = task_repr,
    .new_ = task_new_slot,
    .trace = task_trace,
    .methods = task_methods,
};
