/* future.c — asyncio.Future and asyncio.Task (see future.h), and sleep(0)'s yield-once
 * awaitable. CPython 3.11's semantics and messages. */
#include "interp/future.h"

#include <stdlib.h>
#include <string.h>
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/class.h"
#include "interp/code.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/fiber.h"
#include "interp/function.h"
#include "interp/gc.h"
#include "interp/generator.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/loop.h"
#include "interp/ops.h"
#include "interp/origin.h"
#include "interp/sidetext.h"
#include "interp/str.h"
#include "interp/traceback.h"
#include "interp/timeline.h"
#include "interp/tuple.h"
#include "interp/vm.h"

static AwType *invalid_state_error(AwVM *vm);
AwType *asyncio_invalid_state_type(AwVM *vm);
AwValue asyncio_get_loop(AwVM *vm, AwValue loop);

/* ---- Future ---- */

static void future_init_fields(AwFuture *f, AwValue loop) {
    f->state = AW_FUT_PENDING;
    f->result = AW_NONE;
    f->exception = f->exception_tb = AW_NONE;
    f->loop = loop;
    f->callbacks = AW_NONE;
}

AwFuture *future_new(AwVM *vm, AwValue loop) {
    AwFuture *f = (AwFuture *)gc_new(vm, &aw_type_future, sizeof(AwFuture));
    if (f) future_init_fields(f, loop);
    return f;
}

/* f->callbacks is None, the single callback itself (the common case: one waiter), or a list. */
AwStatus future_add_callback(AwVM *vm, AwFuture *f, AwValue callback) {
    if (f->state != AW_FUT_PENDING)
        return loop_schedule(vm, AW_LOOP(f->loop), AW_READY_CALL, callback, value_from_ptr(f));
    if (f->callbacks == AW_NONE) { f->callbacks = callback; return AW_OK; }
    if (!value_is_list(f->callbacks)) {
        AwList *l = list_new(vm, 2);
        if (!l || list_append(vm, l, f->callbacks)) return AW_ERROR;
        f->callbacks = value_from_ptr(l);
    }
    return list_append(vm, AW_LIST(f->callbacks), callback);
}

static AwStatus schedule_callback(AwVM *vm, AwFuture *f, AwValue cb) {
    if (value_is_instance(cb, &aw_type_task) && AW_TASK(cb)->fut_waiter == value_from_ptr(f))   /* Task subclasses too */
        return loop_schedule(vm, AW_LOOP(f->loop), AW_READY_TASK_WAKEUP, cb, value_from_ptr(f));
    if (value_is_type(cb, &aw_type_gather_counter) && gather_counter_absorb(cb, value_from_ptr(f))) return AW_OK;
    return loop_schedule(vm, AW_LOOP(f->loop), AW_READY_CALL, cb, value_from_ptr(f));
}

/* A task waiting on this future is stored as the task itself: waking it is native. */
AwStatus future_schedule_callbacks(AwVM *vm, AwFuture *f) {
    AwValue cbs = f->callbacks;
    if (cbs == AW_NONE) return AW_OK;
    f->callbacks = AW_NONE;
    if (!value_is_list(cbs)) return schedule_callback(vm, f, cbs);
    AwList *l = AW_LIST(cbs);
    AwStatus st = AW_OK;
    for (int64_t i = 0; i < l->len && !st; i++) st = schedule_callback(vm, f, l->items[i]);
    return st;
}

static AwValue invalid_state(AwVM *vm, const char *msg) { return vm_raise(vm, invalid_state_error(vm), "%s", msg); }

AwStatus future_set_result(AwVM *vm, AwFuture *f, AwValue result) {
    if (f->state != AW_FUT_PENDING) return vm_fail(invalid_state(vm, "invalid state"));
    f->result = result;
    f->state = AW_FUT_FINISHED;
    return future_schedule_callbacks(vm, f);
}

/* CPython reports a failed future whose exception nobody retrieved when it is collected
 * (Future.__del__ / Task.__del__). The report is written now, while aw code may still run (a user
 * __repr__ or __str__), and future_finalize prints it if the exception is still unretrieved when
 * the future dies: the collector's finalize hook must not run aw code. */
void future_note_unretrieved(AwVM *vm, AwFuture *f) {
    if (gc_push_root(vm, value_from_ptr(f))) { vm_exc_clear(vm); return; }
    AwValue r = ops_repr(vm, value_from_ptr(f));
    FILE *m = r == AW_ERR ? NULL : sidetext_scratch();
    if (m) {
        bool task = value_is_instance(value_from_ptr(f), &aw_type_task);
        fprintf(m, "%s exception was never retrieved\nfuture: %s\n", task ? "Task" : "Future", AW_STR(r)->data);
        traceback_print_plain(vm, f->exception, m);   /* may run aw code (str(exc)), not another report */
        char *text = sidetext_scratch_copy();
        if (text) sidetext_set(SIDETEXT_UNRETRIEVED, f, text);
    }
    vm_exc_clear(vm);
    gc_pop_roots(vm, 1);
}

void future_finalize(AwVM *vm, AwFuture *f) {
    if (!sidetext_any(SIDETEXT_UNRETRIEVED)) return;
    char *text = sidetext_take(SIDETEXT_UNRETRIEVED, f);
    if (text && f->log_traceback && f->state == AW_FUT_FINISHED && !(f->obj.flags & AW_OBJ_OUTLIVES_EXIT)) {
        fflush(stdout);
        fputs(text, stderr);
    }
    free(text);
}

AwStatus future_set_exception(AwVM *vm, AwFuture *f, AwValue exc) {
    if (f->state != AW_FUT_PENDING) return vm_fail(invalid_state(vm, "invalid state"));
    if (value_is_instance(exc, &aw_type_type)) {
        exc = vm_call(vm, exc, 0, NULL, NULL);
        if (exc == AW_ERR) return AW_ERROR;
    }
    if (!value_is_instance(exc, &aw_exc_BaseException))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "invalid exception object"));
    if (value_is_instance(exc, &aw_exc_StopIteration))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future"));
    f->exception = exc;
    f->exception_tb = AW_EXC(exc)->traceback;
    f->state = AW_FUT_FINISHED;
    f->log_traceback = 1;
    future_note_unretrieved(vm, f);
    return future_schedule_callbacks(vm, f);
}

bool future_cancel(AwVM *vm, AwFuture *f, AwValue msg) {
    if (f->state != AW_FUT_PENDING) return false;
    f->state = AW_FUT_CANCELLED;
    AW_FUT_CANCEL_MSG(f) = msg;
    future_schedule_callbacks(vm, f);
    return true;
}

static AwValue make_cancelled_error(AwVM *vm, AwFuture *f) {
    AwValue msg = AW_FUT_CANCEL_MSG(f);
    AwException *e = exception_new(vm, &aw_exc_CancelledError, msg == AW_NONE ? 0 : 1, &msg);
    return e ? value_from_ptr(e) : AW_ERR;
}

AwValue future_result(AwVM *vm, AwFuture *f) {
    if (f->state == AW_FUT_CANCELLED) {
        /* A task ended by a CancelledError keeps it (CPython's _cancelled_exc) for the first
         * result(); later calls make a fresh one. */
        AwValue e = f->exception != AW_NONE ? f->exception : make_cancelled_error(vm, f);
        f->exception = AW_NONE;
        return e == AW_ERR ? AW_ERR : vm_raise_value(vm, e);
    }
    if (f->state != AW_FUT_FINISHED) return invalid_state(vm, "Result is not set.");
    f->log_traceback = 0;
    if (f->exception != AW_NONE) {
        AW_EXC(f->exception)->traceback = f->exception_tb;
        f->exception_tb = AW_NONE;
        return vm_raise_rechained(vm, f->exception);
    }
    return f->result;
}

static AwFuture *self_future(AwValue v) { return AW_FUTURE(v); }

static AwValue fut_m_result(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return future_result(vm, self_future(argv[0]));
}

static AwValue fut_m_exception(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwFuture *f = self_future(argv[0]);
    if (f->state == AW_FUT_CANCELLED) return future_result(vm, f);
    if (f->state != AW_FUT_FINISHED) return invalid_state(vm, "Exception is not set.");
    f->log_traceback = 0;
    return f->exception;
}

static AwValue fut_m_done(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return value_from_bool(self_future(argv[0])->state != AW_FUT_PENDING);
}

static AwValue fut_m_cancelled(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return value_from_bool(self_future(argv[0])->state == AW_FUT_CANCELLED);
}

static AwValue cancel_msg_arg(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"self", "msg", NULL};
    AwValue a[2];
    if (args_parse(vm, fname, argc, argv, kw, names, 1, 2, a)) return AW_ERR;
    return a[1] == AW_EMPTY ? AW_NONE : a[1];
}

static AwValue fut_m_cancel(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwValue msg = cancel_msg_arg(vm, "cancel", argc, argv, kw);
    if (msg == AW_ERR) return AW_ERR;
    if (type_of(argv[0]) == &aw_type_task || value_is_instance(argv[0], &aw_type_task))
        return value_from_bool(task_cancel(vm, AW_TASK(argv[0]), msg));
    return value_from_bool(future_cancel(vm, self_future(argv[0]), msg));
}

static AwValue fut_m_set_result(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "set_result", argc, 2, 2)) return AW_ERR;
    return future_set_result(vm, self_future(argv[0]), argv[1]) ? AW_ERR : AW_NONE;
}

static AwValue fut_m_set_exception(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "set_exception", argc, 2, 2)) return AW_ERR;
    return future_set_exception(vm, self_future(argv[0]), argv[1]) ? AW_ERR : AW_NONE;
}

static AwValue fut_m_add_done_callback(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"self", "fn", "context", NULL};
    AwValue a[3];
    if (args_parse(vm, "add_done_callback", argc, argv, kw, names, 2, 2, a)) return AW_ERR;
    return future_add_callback(vm, self_future(argv[0]), a[1]) ? AW_ERR : AW_NONE;
}

static AwValue fut_m_remove_done_callback(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "remove_done_callback", argc, 2, 2)) return AW_ERR;
    AwFuture *f = self_future(argv[0]);
    if (f->callbacks == AW_NONE) return value_from_small(0);
    if (!value_is_list(f->callbacks)) {
        int eq = ops_eq(vm, f->callbacks, argv[1]);
        if (eq < 0) return AW_ERR;
        if (eq) f->callbacks = AW_NONE;
        return value_from_small(eq);
    }
    AwList *l = AW_LIST(f->callbacks);
    int64_t kept = 0, removed = 0;
    for (int64_t i = 0; i < l->len; i++) {
        int eq = ops_eq(vm, l->items[i], argv[1]);
        if (eq < 0) return AW_ERR;
        if (eq) removed++;
        else l->items[kept++] = l->items[i];
    }
    l->len = kept;
    return value_from_small(removed);
}

static AwValue fut_m_get_loop(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return self_future(argv[0])->loop;
}

static AwValue fut_m_await(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return argv[0]; }

/* Future.__init__(self, *, loop=None): subclasses call it through super().__init__(loop=...). */
static AwValue fut_m_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc > 0 && value_is_instance(argv[0], &aw_type_task)) {
        /* Task.__init__(coro, *, loop=None, name=None, context=None), reached by a Task subclass
         * (the task was set up by Task's new slot, with these arguments) */
        static const char *const tnames[] = {"self", "coro", "loop", "name", "context", NULL};
        AwValue a[5];
        if (args_parse(vm, "Task", argc, argv, kw, tnames, 2, 2, a)) return AW_ERR;
        AwTask *t = AW_TASK(argv[0]);
        if (a[3] != AW_EMPTY && a[3] != AW_NONE) {
            AwValue name = value_is_str(a[3]) ? a[3] : ops_str(vm, a[3]);
            if (name == AW_ERR) return AW_ERR;
            t->name = name;
        }
        task_set_context(t, a[4]);
        return AW_NONE;
    }
    static const char *const names[] = {"self", "loop", NULL};
    AwValue a[2];
    if (args_parse(vm, "Future", argc, argv, kw, names, 1, 1, a)) return AW_ERR;
    AwFuture *f = self_future(argv[0]);
    if (a[1] != AW_EMPTY && a[1] != AW_NONE) f->loop = a[1];
    else if (f->loop == AW_NONE) {   /* a subclass made with no current loop (fut_new) */
        AwValue loop = asyncio_get_loop(vm, AW_NONE);
        if (loop == AW_ERR) return AW_ERR;
        f->loop = loop;
    }
    return AW_NONE;
}

static const char *state_name(AwFuture *f) {
    return f->state == AW_FUT_PENDING ? "pending" : f->state == AW_FUT_CANCELLED ? "cancelled" : "finished";
}

/* One callback as CPython's _format_callbacks shows it: a task waiting here is its
 * task_wakeup method. */
static AwStatus format_one_callback(AwBuf *b, AwValue cb) {
    if (value_is_instance(cb, &aw_type_task)) return buf_append_cstr(b, "Task.task_wakeup()");
    return loop_format_callback(b, cb, 0, NULL);
}

AwStatus future_format_callbacks(AwBuf *b, AwFuture *f) {
    AwValue one = f->callbacks;
    if (one == AW_NONE || f->state != AW_FUT_PENDING) return AW_OK;
    int64_t n = value_is_list(one) ? AW_LIST(one)->len : 1;
    if (!n) return AW_OK;
    /* the last one is read after formatting the first, which may run aw code (a __qualname__) */
    AwValue last = value_is_list(one) ? AW_LIST(one)->items[n - 1] : one;
    AwStatus st = buf_append_cstr(b, " cb=[") || gc_push_root(b->vm, last);
    if (st) return AW_ERROR;
    st = format_one_callback(b, value_is_list(one) ? AW_LIST(one)->items[0] : one);
    if (!st && n > 2) st = buf_printf(b, ", <%lld more>", (long long)(n - 2));
    if (!st && n > 1) st = buf_append_cstr(b, ", ");
    if (!st && n > 1) st = format_one_callback(b, last);
    gc_pop_roots(b->vm, 1);
    return st ? st : buf_append_char(b, ']');
}

/* "<Future pending cb=[first, <N more>, last]>" (CPython's Future._repr_info). */
static AwValue repr_with_callbacks(AwVM *vm, AwFuture *f) {
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = buf_printf(&b, "<%s pending", type_name(f->obj.type));
    st = st ? st : future_format_callbacks(&b, f);
    st = st ? st : buf_append_char(&b, '>');
    if (st) { buf_free(&b); return AW_ERR; }
    AwStr *r = buf_to_str(&b);
    return r ? str_value(r) : AW_ERR;
}

static AwValue fut_repr(AwVM *vm, AwValue self) {
    AwFuture *f = self_future(self);
    AwStr *s;
    if (f->state == AW_FUT_FINISHED && f->exception != AW_NONE) {
        AwValue r = ops_repr(vm, f->exception);
        if (r == AW_ERR) return AW_ERR;
        s = str_printf(vm, "<%s finished exception=%s>", type_name(f->obj.type), AW_STR(r)->data);
    } else if (f->state == AW_FUT_FINISHED) {
        AwValue r = ops_repr(vm, f->result);
        if (r == AW_ERR) return AW_ERR;
        s = str_printf(vm, "<%s finished result=%s>", type_name(f->obj.type), AW_STR(r)->data);
    } else if (f->callbacks != AW_NONE && f->state == AW_FUT_PENDING) {
        return repr_with_callbacks(vm, f);
    } else {
        s = str_printf(vm, "<%s %s>", type_name(f->obj.type), state_name(f));
    }
    return s ? str_value(s) : AW_ERR;
}

static AwValue fut_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"loop", NULL};
    AwValue a[1];
    if (args_parse(vm, "Future", argc, argv, kw, names, 0, 0, a)) return AW_ERR;
    AwValue loop = asyncio_get_loop(vm, a[0] == AW_EMPTY ? AW_NONE : a[0]);
    if (loop == AW_ERR && type != &aw_type_future && vm_exc_matches(vm, &aw_exc_RuntimeError)) {
        /* a subclass's __init__ may pass its loop to Future.__init__, which needs one only then */
        vm_exc_clear(vm);
        loop = AW_NONE;
    }
    if (loop == AW_ERR) return AW_ERR;
    AwFuture *f = (AwFuture *)gc_new(vm, type, type->instance_size);
    if (!f) return AW_ERR;
    future_init_fields(f, loop);
    return value_from_ptr(f);
}

static void fut_trace(AwGC *gc, AwObject *self) {
    AwFuture *f = (AwFuture *)self;
    gc_mark_value(gc, f->result);
    gc_mark_value(gc, f->exception);
    gc_mark_value(gc, f->exception_tb);
    gc_mark_value(gc, f->loop);
    gc_mark_value(gc, f->callbacks);
    gc_mark_object(gc, (AwObject *)f->dict);
}

static AwValue fut_iter(AwVM *vm, AwValue self) { return self; }

/* `yield from fut` in generator-based code: yields the future until it is done. */
static AwValue fut_next(AwVM *vm, AwValue self) {
    AwFuture *f = self_future(self);
    if (f->state == AW_FUT_PENDING) {
        /* resumed while still pending: no task took the future (CPython's FutureIter) */
        if (f->blocking) return vm_raise(vm, &aw_exc_RuntimeError, "await wasn't used with future");
        f->blocking = 1;
        return self;
    }
    AwValue r = future_result(vm, f);
    if (r == AW_ERR) return AW_ERR;
    AwException *e = exception_new(vm, &aw_exc_StopIteration, 1, &r);
    return e ? vm_raise_value(vm, value_from_ptr(e)) : AW_ERR;
}

static AwValue fut_get_blocking(AwVM *vm, AwValue self) { return value_from_bool(self_future(self)->blocking); }
static AwStatus fut_set_blocking(AwVM *vm, AwValue self, AwValue v) {
    self_future(self)->blocking = v == AW_TRUE;
    return AW_OK;
}
static AwValue fut_get_loop_attr(AwVM *vm, AwValue self) { return self_future(self)->loop; }

static const AwMethodDef future_methods[] = {
    {"__init__", fut_m_init, 0},
    {"result", fut_m_result, 0},
    {"exception", fut_m_exception, 0},
    {"done", fut_m_done, 0},
    {"cancelled", fut_m_cancelled, 0},
    {"cancel", fut_m_cancel, 0},
    {"set_result", fut_m_set_result, 0},
    {"set_exception", fut_m_set_exception, 0},
    {"add_done_callback", fut_m_add_done_callback, 0},
    {"remove_done_callback", fut_m_remove_done_callback, 0},
    {"get_loop", fut_m_get_loop, 0},
    {"__await__", fut_m_await, 0},
    {"__iter__", fut_m_await, 0},
    {NULL, NULL, 0},
};

/* _exception and _state, as CPython's Future shows them (reading does not count as retrieving
 * the exception; a cancelled future's is None). */
static AwValue fut_get_exception_attr(AwVM *vm, AwValue self) {
    AwFuture *f = self_future(self);
    return f->state == AW_FUT_FINISHED ? f->exception : AW_NONE;
}

static AwValue fut_get_state_attr(AwVM *vm, AwValue self) {
    AwFuture *f = self_future(self);
    const char *s = f->state == AW_FUT_PENDING ? "PENDING" : f->state == AW_FUT_CANCELLED ? "CANCELLED" : "FINISHED";
    AwStr *r = str_intern_cstr(vm, s);
    return r ? str_value(r) : AW_ERR;
}

/* _cancel_message: the message given to cancel(), None if none or not cancelled. */
static AwValue fut_get_cancel_message(AwVM *vm, AwValue self) {
    AwFuture *f = self_future(self);
    return f->state == AW_FUT_CANCELLED ? AW_FUT_CANCEL_MSG(f) : AW_NONE;
}

static const AwGetSetDef future_getsets[] = {
    {"_cancel_message", fut_get_cancel_message, NULL},
    {"_asyncio_future_blocking", fut_get_blocking, fut_set_blocking},
    {"_loop", fut_get_loop_attr, NULL},
    {"_exception", fut_get_exception_attr, NULL},
    {"_state", fut_get_state_attr, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_future = {
    .name = "Future",
    .base = &aw_type_object,
    .instance_size = sizeof(AwFuture),
    .dict_offset = offsetof(AwFuture, dict),
    .flags = AW_TYPE_BASETYPE | AW_TYPE_FINALIZE,
    .repr = fut_repr,
    .iter = fut_iter,
    .next = fut_next,
    .new_ = fut_new,
    .trace = fut_trace,
    .methods = future_methods,
    .getsets = future_getsets,
};

/* ---- gather()'s per-child callback ----
 * _GatherCounter(slow) is the done callback gather() adds to each child: it counts finished
 * children (gather's nfinished) and handles natively the common case, a child that finished
 * with a result while others are still running (where CPython's callback only counts); every
 * other case (an exception, a cancellation, the last child, the outer future already done)
 * goes to `slow`, the prelude's callback, which reads the count from it. */
static AwValue counter_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "_GatherCounter", argc, 2, 2)) return AW_ERR;
    AwGatherCounter *c = (AwGatherCounter *)gc_new(vm, type, sizeof(AwGatherCounter));
    if (!c) return AW_ERR;
    c->slow = argv[0];
    c->outer = AW_NONE;
    c->return_exceptions = ops_truthy(vm, argv[1]) == 1;
    return value_from_ptr(c);
}

/* The child finished with a result, others are still running and the gather is pending: all
 * CPython's callback would do is count it. */
static bool counter_only_counts(AwGatherCounter *c, AwValue fut) {
    AwType *t = type_of(fut);
    return (t == &aw_type_task || t == &aw_type_future) && AW_FUTURE(fut)->state == AW_FUT_FINISHED &&
           AW_FUTURE(fut)->exception == AW_NONE && value_is_future(c->outer) &&
           AW_FUTURE(c->outer)->state == AW_FUT_PENDING && c->nfinished < c->nfuts;
}

static AwValue counter_call(AwVM *vm, AwValue self, int argc, const AwValue *argv, AwTuple *kw) {
    AwGatherCounter *c = AW_AS(AwGatherCounter, self);
    if (argc != 1 || (kw && kw->len)) return vm_raise(vm, &aw_exc_TypeError, "_GatherCounter takes one argument");
    c->nfinished++;
    if (counter_only_counts(c, argv[0])) return AW_NONE;
    return vm_call(vm, c->slow, 1, argv, NULL);
}

/* When the callback would only count, it is counted as the child finishes instead of being
 * queued: nothing can observe the difference, because the prelude's callback reads the count
 * only to find the last child, which is always queued, and (with return_exceptions) when a
 * child failed, in which case nothing is counted early. 100,000 queue entries fewer at the end
 * of a 100,000-task gather. */
bool gather_counter_absorb(AwValue counter, AwValue fut) {
    AwGatherCounter *c = AW_AS(AwGatherCounter, counter);
    if (c->return_exceptions) return false;
    c->nfinished++;
    if (counter_only_counts(c, fut)) return true;
    c->nfinished--;
    return false;
}

static AwValue counter_m_start(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "_start", argc, 3, 3)) return AW_ERR;
    AwGatherCounter *c = AW_AS(AwGatherCounter, argv[0]);
    c->outer = argv[1];
    return args_int(vm, argv[2], &c->nfuts) ? AW_ERR : AW_NONE;
}

static AwValue counter_get_nfinished(AwVM *vm, AwValue self) { return int_from_i64(vm, AW_AS(AwGatherCounter, self)->nfinished); }

static void counter_trace(AwGC *gc, AwObject *self) {
    AwGatherCounter *c = (AwGatherCounter *)self;
    gc_mark_value(gc, c->slow);
    gc_mark_value(gc, c->outer);
}

static const AwMethodDef counter_methods[] = {
    {"_start", counter_m_start, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef counter_getsets[] = {
    {"nfinished", counter_get_nfinished, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_gather_counter = {
    .name = "_GatherCounter",
    .base = &aw_type_object,
    .instance_size = sizeof(AwGatherCounter),
    .call = counter_call,
    .new_ = counter_new,
    .trace = counter_trace,
    .methods = counter_methods,
    .getsets = counter_getsets,
};

/* ---- sleep(delay, result): an awaitable that starts its timer when first awaited ---- */

AwFrame *vm_current_frame(AwVM *vm);

static AwSleep *sleep_alloc(AwVM *vm, AwValue result, size_t size) {
    AwSleep *y = (AwSleep *)gc_new(vm, &aw_type_sleep, size);
    if (!y) return NULL;
    y->result = result;
    AwFrame *creator = vm_current_frame(vm);
    if (creator) {
        y->link = &creator->code->obj;
        y->created_ip = (int32_t)(creator->ip - creator->code->code) - 1;
    }
    if (AW_UNLIKELY(origin_tracking)) origin_record(vm, y);
    return y;
}

AwValue sleep_new(AwVM *vm, double delay, AwValue result) {
    AwSleep *y = sleep_alloc(vm, result, offsetof(AwSleep, owner));
    if (!y) return AW_ERR;
    y->when = delay;
    return value_from_ptr(y);
}

AwValue sleep_new_op(AwVM *vm, const AwSleepOps *ops, AwValue owner, AwValue arg) {
    AwSleep *y = sleep_alloc(vm, arg, sizeof(AwSleep));
    if (!y) return AW_ERR;
    y->is_op = 1;
    y->ops = ops;
    y->owner = owner;
    return value_from_ptr(y);
}

void sleep_warn_unawaited(AwVM *vm, AwValue self) {
    AwSleep *y = AW_AS(AwSleep, self);
    if (y->started || y->warned) return;
    y->warned = 1;
    generator_report_unawaited(vm, y->is_op ? y->ops->qualname : "sleep", (AwCode *)y->link, y->created_ip, y);
}

void sleep_mark_used(AwValue self) { AW_AS(AwSleep, self)->warned = 1; }

int sleep_step(AwVM *vm, AwValue self, AwValue throw_exc, AwValue *out) {
    AwSleep *y = AW_AS(AwSleep, self);
    if (y->is_op) {
        if (y->finished) {
            if (throw_exc != AW_EMPTY) { vm_raise_value(vm, throw_exc); return -1; }
            vm_raise(vm, &aw_exc_RuntimeError, "cannot reuse already awaited coroutine");
            return -1;
        }
        if (!y->started) y->link = NULL; /* from now on: the waiting task */
        y->started = 1;
        y->warned = 1;
        int r = y->ops->step(vm, y, throw_exc, out);
        if (r != 0) y->finished = 1;
        return r;
    }
    if (throw_exc != AW_EMPTY) {
        y->cancelled = 1;
        vm_raise_value(vm, throw_exc);
        return -1;
    }
    if (!y->started) {
        y->started = 1;
        y->warned = 1;
        y->link = NULL; /* from now on: the waiting task */
        *out = AW_NONE;
        if (y->when <= 0) return 0;
        AwLoop *loop = loop_running(vm);
        if (!loop) { vm_raise(vm, &aw_exc_RuntimeError, "no running event loop"); return -1; }
        y->is_timer = 1;
        y->when += loop_time(loop);
        if (loop_add_sleep(vm, loop, self)) return -1;
        *out = self;
        return 0;
    }
    if (y->is_timer && !y->fired) { *out = self; return 0; }
    *out = y->result;
    return 1;
}

/* The task waiting on a sleep or wait steps next iteration (throwing exc unless AW_EMPTY). */
static void step_waiter(AwVM *vm, AwSleep *y, AwValue exc) {
    if (!y->started || !y->link) return;
    AwTask *t = (AwTask *)y->link;
    if (loop_schedule(vm, AW_LOOP(t->fut.loop), AW_READY_TASK_STEP, value_from_ptr(t), exc)) vm_exc_clear(vm);
}

void sleep_fire(AwVM *vm, AwValue self) {
    AwSleep *y = AW_AS(AwSleep, self);
    if (y->cancelled || y->fired) return;
    y->fired = 1;
    step_waiter(vm, y, AW_EMPTY);
}

AwStatus sleep_op_wake(AwVM *vm, AwSleep *op) {
    op->fired = 1;
    step_waiter(vm, op, AW_EMPTY);
    return AW_OK;
}

bool sleep_cancel(AwVM *vm, AwValue self, AwValue msg) {
    AwSleep *y = AW_AS(AwSleep, self);
    if (y->cancelled || y->fired || !y->started || !y->link || (y->is_op && !y->waiting)) return false;
    y->cancelled = 1;
    AwException *e = exception_new(vm, &aw_exc_CancelledError, msg == AW_NONE ? 0 : 1, &msg);
    if (!e) { vm_exc_clear(vm); return false; }
    step_waiter(vm, y, value_from_ptr(e));
    return true;
}

static void sleep_trace(AwGC *gc, AwObject *self) {
    AwSleep *y = (AwSleep *)self;
    gc_mark_object(gc, y->link);
    gc_mark_value(gc, y->result);
    if (y->is_op) gc_mark_value(gc, y->owner);
}
static AwValue sleep_m_await(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return argv[0]; }
static AwValue sleep_next(AwVM *vm, AwValue self) {
    AwValue out;
    int r = sleep_step(vm, self, AW_EMPTY, &out);
    if (r <= 0) return r < 0 ? AW_ERR : out;
    AwException *e = exception_new(vm, &aw_exc_StopIteration, 1, &out);
    return e ? vm_raise_value(vm, value_from_ptr(e)) : AW_ERR;
}
static AwValue sleep_m_send(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return sleep_next(vm, argv[0]); }
static AwValue sleep_m_close(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return AW_NONE; }
static AwValue sleep_repr(AwVM *vm, AwValue self) {
    AwSleep *y = AW_AS(AwSleep, self);
    AwStr *s = str_printf(vm, "<coroutine object %s at %p>", y->is_op ? y->ops->qualname : "sleep", (void *)y);
    return s ? str_value(s) : AW_ERR;
}

static const AwMethodDef sleep_methods[] = {
    {"__await__", sleep_m_await, 0},
    {"send", sleep_m_send, 0},
    {"close", sleep_m_close, 0},
    {NULL, NULL, 0},
};

AwType aw_type_sleep = {
    .name = "coroutine",
    .base = &aw_type_object,
    .instance_size = sizeof(AwSleep),
    .flags = AW_TYPE_ABSTRACT | AW_TYPE_FINALIZE,
    .repr = sleep_repr,
    .iter = fut_iter,
    .next = sleep_next,
    .trace = sleep_trace,
    .methods = sleep_methods,
};

static AwType *invalid_state_error(AwVM *vm) { return asyncio_invalid_state_type(vm); }
