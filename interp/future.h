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

#include "interp/types.h"

typedef enum { AW_FUT_PENDING, AW_FUT_FINISHED, AW_FUT_CANCELLED } AwFutureState;

typedef struct AwFuture {
    AwObject obj;            /* header: future, task, or a user subclass */
    int32_t state;           /* AwFutureState */
    uint8_t log_traceback;   /* an exception was set and never retrieved */
    uint8_t blocking;        /* _asyncio_future_blocking: yielded to a task */
    AwValue result;          /* the result (FINISHED without exception) */
    AwValue exception;       /* the exception, or AW_NONE */
    AwValue loop;            /* the loop (AwLoop) */
    AwValue callbacks;       /* list of (callback) values, or AW_NONE */
    AwValue cancel_msg;      /* message passed to cancel(), or AW_NONE */
    AwDict *dict;            /* attributes of user subclasses */
} AwFuture;

typedef struct AwTask {
    AwFuture fut;            /* the task's own future part */
    AwValue coro;            /* the coroutine being driven */
    AwValue name;            /* str name, or None until asked for ("Task-<number>") */
    int64_t number;          /* creation number, for the default name */
    AwValue fut_waiter;      /* the future the task is suspended on, or AW_NONE */
    int32_t num_cancels;     /* cancel() requests not yet uncancel()ed */
    uint8_t must_cancel;     /* throw CancelledError at the next step */
} AwTask;

extern AwType aw_type_future;
extern AwType aw_type_task;
extern AwType aw_type_loop;
extern AwType aw_type_handle;
/* asyncio.sleep()'s awaitable: sleep(0) yields once (a bare yield the task answers by stepping
 * again). A positive delay is its own timer: when first awaited it enters the loop's timer heap
 * and yields itself to the task; when due the loop fires it (one iteration) and the task steps
 * (the next), the same two hops as CPython's timer callback and future wakeup, with no future,
 * handle or callback list per sleep. */
typedef struct {
    AwObject obj;        /* header */
    AwValue result;      /* what the await evaluates to */
    AwValue waiter;      /* the task suspended on it, or AW_NONE */
    double delay;        /* seconds; <= 0 means a single bare yield */
    double when;         /* loop time it is due (once started) */
    uint64_t seq;        /* timer order among equal deadlines */
    uint8_t started;     /* the first step happened (it was awaited) */
    uint8_t fired;       /* the deadline passed: the next step returns result */
    uint8_t cancelled;   /* the waiting task was cancelled: the heap entry is dropped */
    uint8_t warned;      /* the never-awaited warning was printed or is moot */
    int32_t created_ip;  /* instruction index where sleep() was called */
    AwCode *created_in;  /* code of the frame that called sleep() */
} AwSleep;

extern AwType aw_type_sleep;
AwValue sleep_new(AwVM *vm, double delay, AwValue result);
/* One step: 0 yielded *out, 1 finished with *out, -1 error. */
int sleep_step(AwVM *vm, AwValue self, AwValue throw_exc, AwValue *out);
/* The never-awaited warning for a sleep() that was dropped; sleep_mark_used silences it (a task
 * or run() took it over). */
void sleep_warn_unawaited(AwVM *vm, AwValue self);
void sleep_mark_used(AwValue self);
/* The loop found the sleep due: mark it fired and step its task (next iteration). */
void sleep_fire(AwVM *vm, AwValue self);
/* Task.cancel() on a task suspended in this sleep: false if it already fired. */
bool sleep_cancel(AwVM *vm, AwValue self, AwValue msg);

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
/* Schedules the done callbacks (call_soon each with the future). */
AwStatus future_schedule_callbacks(AwVM *vm, AwFuture *f);
AwStatus future_add_callback(AwVM *vm, AwFuture *f, AwValue callback);
/* The result of a done future, raising its exception or CancelledError. */
AwValue future_result(AwVM *vm, AwFuture *f);

/* Creates a task driving coro on loop and schedules its first step. */
AwTask *task_new(AwVM *vm, AwValue loop, AwValue coro, AwValue name);
/* One step of a task: resumes its coroutine (throwing exc if not AW_EMPTY). */
void task_step(AwVM *vm, AwTask *task, AwValue exc);
/* Wakes a task whose awaited future completed. */
void task_wakeup(AwVM *vm, AwTask *task, AwFuture *awaited);
bool task_cancel(AwVM *vm, AwTask *task, AwValue msg);
/* The collector found the task dead: prints "Task exception was never retrieved" if it failed
 * and nobody retrieved the exception (the text was prepared when it failed; runs no aw code). */
void task_finalize(AwVM *vm, AwTask *task);

void future_init(AwVM *vm);

#define AW_FUTURE(v) ((AwFuture *)value_as_ptr(v))
#define AW_TASK(v) ((AwTask *)value_as_ptr(v))

#endif
