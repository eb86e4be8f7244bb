/* future.h — asyncio Future and Task, the objects the scheduler (loop.c) and the VM's AWAIT
 * know natively.
 *
 * `await fut` on a pending future suspends the running task's fiber, passing the future up as
 * the value the fiber yields (CPython's Future.__await__ protocol); the task step (task.c side
 * of this file) registers itself as the future's waiter and is woken by a done callback. A
 * task steps its coroutine with generator_resume: nested `await coro()` frames run inline on
 * the task's fiber, so suspension costs the same at any await depth.
 */
#ifndef AW_FUTURE_H
#define AW_FUTURE_H

#include "interp/buf.h"
#include "interp/types.h"

typedef enum { AW_FUT_PENDING, AW_FUT_FINISHED, AW_FUT_CANCELLED } AwFutureState;

typedef struct AwFuture {
    AwObject obj;            /* header: future, task, or a user subclass */
    uint8_t state;           /* AwFutureState */
    uint8_t log_traceback;   /* an exception was set and never retrieved */
    uint8_t blocking;        /* _asyncio_future_blocking: yielded to a task */
    uint8_t gather_mark;     /* already a child of the gather() being built (asyncio.c) */
    /* Task fields kept in the Future's first word, so that a Task fits a 128-byte block: */
    uint8_t must_cancel;     /* Task: throw CancelledError at the next step */
    int16_t num_cancels;     /* Task: cancel() requests not yet uncancel()ed (saturates) */
    AwValue result;          /* the result (FINISHED without exception); while PENDING or CANCELLED, the
                                message passed to cancel() (AW_FUT_CANCEL_MSG), or AW_NONE */
    AwValue exception;       /* the exception, or AW_NONE */
    AwValue exception_tb;    /* the exception's __traceback__ when it was set, restored by the
                                first result() and then dropped (CPython's C Future: a later
                                result() raises it with no traceback, so none accumulates) */
    AwValue loop;            /* the loop (AwLoop) */
    AwValue callbacks;       /* list of (callback) values, or AW_NONE */
    AwDict *dict;            /* attributes a program set on it (CPython's Future has a dict
                                slot too), NULL until the first one */
} AwFuture;
/* cancel()'s message shares the result word: a future has a result only once FINISHED, and
 * needs the message only before that (or once CANCELLED). Keeps a Task in a 112-byte block. */
#define AW_FUT_CANCEL_MSG(f) ((f)->result)

typedef struct AwTask {
    AwFuture fut;            /* the task's own future part */
    AwValue coro;            /* the coroutine being driven */
    AwValue name;            /* str name, or until asked for, its creation number N (an int):
                                the default name "Task-N" is made on first use */
    AwValue fut_waiter;      /* the future the task is suspended on, or AW_NONE */
    struct AwTask *loop_next; /* the next task in its loop's list of tasks (loop.c), or NULL */
    AwValue context;         /* the contextvars.Context each step runs in (a copy of the one
                                current at creation, or create_task's context=), or AW_NONE
                                before the program imported contextvars */
} AwTask;

extern AwType aw_type_future;
extern AwType aw_type_task;
extern AwType aw_type_loop;
extern AwType aw_type_handle;
/* asyncio's native coroutines: the awaitable of asyncio.sleep(), and the waits of the native
 * synchronization primitives (Queue.get, Semaphore.acquire, ...: stdlib/asyncio_locks.c,
 * asyncio_queue.c), which share the VM's and the task's handling of sleep.
 *
 * sleep(0) yields once (a bare yield the task answers by stepping again). A positive delay is
 * its own timer: when first awaited it enters the loop's timer heap and yields itself to the
 * task; when due the loop fires it (one iteration) and the task steps (the next), the same two
 * hops as CPython's timer callback and future wakeup, with no future, handle or callback list
 * per sleep.
 *
 * A primitive's wait (ops != NULL) runs ops->step at each step. When it must block it is its
 * own waiter future (CPython creates one with loop.create_future()): sleep_op_wait makes it
 * pending, the primitive keeps it in a waiter list, the step yields it to the task, and
 * sleep_op_wake (fut.set_result) or Task.cancel (fut.cancel) schedules the task's next step.
 * "done" is fired or cancelled, as fut.done(). */
typedef struct AwSleep AwSleep;
typedef struct {
    const char *qualname;    /* the coroutine's name: "Queue.get" */
    /* One step: 0 yielded *out, 1 finished with *out, -1 error. throw_exc is AW_EMPTY or the
     * exception raised at the await (the caller raises it again unless handled). */
    int (*step)(AwVM *vm, AwSleep *op, AwValue throw_exc, AwValue *out);
} AwSleepOps;

struct AwSleep {
    AwObject obj;            /* header */
    AwValue result;          /* sleep: what the await evaluates to; a wait: its argument (put's item) */
    union {
        double when;         /* sleep: the delay until started, then the loop time it is due */
        const AwSleepOps *ops; /* a wait: its step and name */
    };
    AwObject *link;          /* until the first step: the code that created it (AwCode, for the
                                never-awaited warning); then the task suspended on it, or NULL */
    unsigned started : 1;    /* the first step happened (it was awaited) */
    unsigned is_timer : 1;   /* a sleep with a positive delay: it is (or was) in the timer heap */
    unsigned is_op : 1;      /* a primitive's wait: ops and owner are set */
    unsigned waiting : 1;    /* a wait registered as a waiter (sleep_op_wait) */
    unsigned fired : 1;      /* the deadline passed / the wait was woken: the next step returns */
    unsigned cancelled : 1;  /* the waiting task was cancelled (a timer's heap entry is dropped) */
    unsigned warned : 1;     /* the never-awaited warning was printed or is moot */
    unsigned op_flag : 1;    /* free for the primitive's step (e.g. "return None": __aenter__) */
    unsigned finished : 1;   /* a wait returned or raised: awaiting it again is an error */
    union {
        int32_t created_ip;  /* until the first step: instruction index where it was created */
        uint32_t seq;        /* in the timer heap: order among equal deadlines (compared mod 2**32) */
    };
    AwValue owner;           /* a wait only (a sleep() is allocated without it): the primitive
                                (Queue, Lock, ...) whose method made it */
};  /* a sleep() is 56 bytes: 100,000 sleeping tasks hold 100,000 of them */

extern AwType aw_type_sleep;
AwValue sleep_new(AwVM *vm, double delay, AwValue result);
/* A primitive's wait running ops->step on `owner` with argument `arg`. */
AwValue sleep_new_op(AwVM *vm, const AwSleepOps *ops, AwValue owner, AwValue arg);
/* One step: 0 yielded *out, 1 finished with *out, -1 error. */
int sleep_step(AwVM *vm, AwValue self, AwValue throw_exc, AwValue *out);
/* The never-awaited warning for a sleep() that was dropped; sleep_mark_used silences it (a task
 * or run() took it over). */
void sleep_warn_unawaited(AwVM *vm, AwValue self);
void sleep_mark_used(AwValue self);
/* The loop found the sleep due: mark it fired and step its task (next iteration). */
void sleep_fire(AwVM *vm, AwValue self);
/* Task.cancel() on a task suspended in this sleep or wait: false if it is already done. */
bool sleep_cancel(AwVM *vm, AwValue self, AwValue msg);
/* A wait becomes a pending waiter future (a fresh one each time it blocks). */
static inline void sleep_op_wait(AwSleep *op) { op->waiting = 1; op->fired = 0; op->cancelled = 0; }
/* fut.done() of a wait's waiter future. */
static inline bool sleep_op_done(const AwSleep *op) { return op->fired || op->cancelled; }
/* The task that suspended on it (task.c, when the sleep or wait is yielded to it). */
static inline void sleep_set_waiter(AwValue self, AwValue task) { ((AwSleep *)value_as_ptr(self))->link = value_as_ptr(task); }
/* fut.set_result(): the wait must be pending; its task steps in the next iteration. */
AwStatus sleep_op_wake(AwVM *vm, AwSleep *op);

static inline bool value_is_future(AwValue v) {
    return value_is_ptr(v) && (value_as_ptr(v)->type == &aw_type_future || value_as_ptr(v)->type == &aw_type_task ||
                               value_is_instance(v, &aw_type_future));
}

/* Creates a pending future on `loop` (an AwLoop value). */
AwFuture *future_new(AwVM *vm, AwValue loop);
AwStatus future_set_result(AwVM *vm, AwFuture *f, AwValue result);
AwStatus future_set_exception(AwVM *vm, AwFuture *f, AwValue exc);
/* cancel(msg): false if already done. */
bool future_cancel(AwVM *vm, AwFuture *f, AwValue msg);
/* A failed future's "Future/Task exception was never retrieved" report, written at once (it may
 * run aw code) and printed by future_finalize if the exception is still unretrieved when the
 * collector finds the future dead (runs no aw code). */
void future_note_unretrieved(AwVM *vm, AwFuture *f);
void future_finalize(AwVM *vm, AwFuture *f);
/* Appends " cb=[...]" for a pending future's done callbacks, as CPython's reprs show them (a
 * waiting task is "Task.task_wakeup()"); nothing without callbacks. */
AwStatus future_format_callbacks(AwBuf *b, AwFuture *f);
/* Schedules the done callbacks (call_soon each with the future). */
AwStatus future_schedule_callbacks(AwVM *vm, AwFuture *f);
AwStatus future_add_callback(AwVM *vm, AwFuture *f, AwValue callback);
/* The result of a done future, raising its exception or CancelledError. */
AwValue future_result(AwVM *vm, AwFuture *f);

/* Creates a task driving coro on loop and schedules its first step. */
AwTask *task_new(AwVM *vm, AwValue loop, AwValue coro, AwValue name);
/* Uses up a task number (Task-N) for a task CPython creates where aw needs none (asyncio.run's
 * shutdown steps with nothing to do), so later tasks are named as in CPython. */
void task_skip_number(void);
/* create_task(..., context=ctx): the task's steps run in ctx (None: keep the copy). */
void task_set_context(AwTask *task, AwValue ctx);
/* One step of a task: resumes its coroutine (throwing exc if not AW_EMPTY). */
void task_step(AwVM *vm, AwTask *task, AwValue exc);
/* Wakes a task whose awaited future completed. */
void task_wakeup(AwVM *vm, AwTask *task, AwFuture *awaited);
bool task_cancel(AwVM *vm, AwTask *task, AwValue msg);
/* AwObject.flags of a task: the program dropped it while pending (asyncio.create_task(...) as a
 * statement), so nothing but the loop holds it. CPython frees such a task, reporting a failure
 * nobody retrieved through the loop's exception handler, right after its last step (or its last
 * done callback): task_release does that then. */
#define AW_TASK_DROPPED 0x1u
static inline void task_note_dropped(AwTask *task) {
    if (task->fut.state == AW_FUT_PENDING) task->fut.obj.flags |= AW_TASK_DROPPED;
}
/* The last reference to a dropped task went: "Task exception was never retrieved" if it failed
 * and nobody retrieved the exception (may run aw code: the exception handler). */
void task_release(AwVM *vm, AwTask *task);
/* The collector found the task dead: prints "Task exception was never retrieved" if it failed
 * and nobody retrieved the exception (the text was prepared when it failed; runs no aw code). */
void task_finalize(AwVM *vm, AwTask *task);

/* gather()'s per-child done callback (_asyncio._GatherCounter(slow, return_exceptions)): it
 * counts finished children and calls `slow`, the prelude's callback, unless all that callback
 * would do is count. */
typedef struct {
    AwObject obj;            /* header */
    AwValue slow;            /* the prelude's _done_callback */
    AwValue outer;           /* the _GatheringFuture, once made (_start) */
    int64_t nfinished;       /* children done so far */
    int64_t nfuts;           /* distinct children */
    bool return_exceptions;  /* gather(..., return_exceptions=True) */
} AwGatherCounter;

extern AwType aw_type_gather_counter;
/* Called as `fut` finishes, instead of queueing the callback: true if it only had to count. */
bool gather_counter_absorb(AwValue counter, AwValue fut);

void future_init(AwVM *vm);

#define AW_FUTURE(v) ((AwFuture *)value_as_ptr(v))
#define AW_TASK(v) ((AwTask *)value_as_ptr(v))

#endif
