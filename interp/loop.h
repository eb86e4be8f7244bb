/* loop.h — the event loop: aw's ready queue and timer heap, with libuv underneath for time,
 * I/O, threads and signals.
 *
 * Scheduling follows CPython's BaseEventLoop._run_once so programs interleave the same way:
 * one iteration runs every callback that was ready when it started (FIFO), then polls I/O and
 * expired timers (blocking only when nothing is ready). Timers with equal deadlines fire in the
 * order they were set. The loop object owns its libuv loop and closes it in close() or when
 * collected. Only this file and stdlib modules include uv.h.
 */
#ifndef AW_LOOP_H
#define AW_LOOP_H

#include <stdbool.h>
#include "interp/buf.h"
#include "interp/types.h"

typedef struct AwLoop AwLoop;

/* Kinds of ready-queue entries: a plain callback, or the two task operations that CPython
 * schedules as callbacks (kept native so a task switch allocates nothing). */
typedef enum { AW_READY_CALL, AW_READY_TASK_STEP, AW_READY_TASK_WAKEUP, AW_READY_SLEEP, AW_READY_TASK_RELEASE } AwReadyKind;

AwValue loop_new(AwVM *vm);
/* The running loop, or NULL. */
AwLoop *loop_running(AwVM *vm);
/* call_soon for natives: schedules fn(arg) (kind CALL), a task step (arg: exception to throw
 * or AW_EMPTY) or a task wakeup (arg: the awaited future). */
AwStatus loop_schedule(AwVM *vm, AwLoop *loop, AwReadyKind kind, AwValue target, AwValue arg);
/* A timer calling fn(args...) at `when` (loop time); returns the TimerHandle. */
AwValue loop_call_at(AwVM *vm, AwLoop *loop, double when, AwValue fn, int argc, const AwValue *argv);
double loop_time(AwLoop *loop);
/* The virtual clock (aw --virtual-clock): waits on timers take no real time. The offset is what
 * the clock has jumped so far; the time module adds it to its clocks, and time.sleep advances it. */
void loop_set_virtual_clock(bool on);
bool loop_virtual_clock(void);
double loop_clock_offset(void);
void loop_advance_clock(double seconds);
/* Puts an asyncio.sleep awaitable (its `when` set) in the timer heap. */
AwStatus loop_add_sleep(AwVM *vm, AwLoop *loop, AwValue sleep);
/* Runs until `fut` (a future value) is done; returns its result or raises. */
AwValue loop_run_until_complete(AwVM *vm, AwLoop *loop, AwValue fut);
/* One iteration that does not block (the REPL runs it while waiting for input): returns the
 * seconds until something is due, 0 if more is ready, -1 if nothing is scheduled. */
double loop_tick(AwVM *vm, AwLoop *loop);
/* Runs iterations until every future in the list is done (asyncio.run's shutdown). */
AwStatus loop_run_until_done(AwVM *vm, AwLoop *loop, AwList *futures);
AwValue loop_current_task(AwLoop *loop);
/* asyncio.run's task (or the REPL cell's): Ctrl-C cancels it; loop_was_interrupted then says
 * KeyboardInterrupt is due. Setting it clears that state. */
void loop_set_main_task(AwLoop *loop, AwValue task);
bool loop_was_interrupted(AwLoop *loop);
void loop_set_current_task(AwLoop *loop, AwValue task);
/* Registers a task for all_tasks() until it is done (the loop keeps strong references: a task
 * nobody holds still runs to completion). */
AwStatus loop_add_task(AwVM *vm, AwLoop *loop, AwValue task);
AwValue loop_all_tasks(AwVM *vm, AwLoop *loop);
/* set_task_factory()'s factory, or AW_NONE; create_task through it (name/context AW_EMPTY or
 * AW_NONE when not given). */
AwValue loop_task_factory(AwLoop *loop);
AwValue loop_create_task_by_factory(AwVM *vm, AwValue loop, AwValue coro, AwValue name, AwValue context);
/* An async generator starts its first step (CPython's firstiter hook): the running loop (if
 * any) remembers it, without keeping it alive, so that shutdown_asyncgens (asyncio.run's end)
 * can close it if it is left unfinished. True when remembered: the generator must then be
 * flagged for finalization (AW_OBJ_CLOSE_ON_COLLECT), which calls loop_asyncgen_finalize. */
bool loop_note_asyncgen(AwVM *vm, AwValue agen);
/* The finalizer of such a generator found unreachable (CPython's finalizer hook): the loop
 * schedules create_task(agen.aclose()). */
AwStatus loop_asyncgen_finalize(AwVM *vm, AwObject *agen);
/* Some async generator it iterated is unfinished (shutdown_asyncgens has work). */
bool loop_has_asyncgens(AwLoop *loop);
/* asyncio debug mode (loop.set_debug): slow steps and callbacks are reported, coroutines
 * remember where they were created, Handles say where they were scheduled. */
void loop_set_debug(AwLoop *loop, bool on);
/* Debug mode: reports a task step or callback (`source`) that held the loop `seconds` or more
 * than slow_callback_duration, in CPython's words ("Executing <Task ...> took 0.150 seconds").
 * Leaves any pending exception as it was. */
void loop_note_step(AwVM *vm, AwLoop *loop, AwValue source, double seconds);
/* CPython's format_helpers._format_callback_source: "cb(1, 'x') at FILE:LINE" (reprs of
 * Handles and of a Future's callbacks). */
AwStatus loop_format_callback(AwBuf *b, AwValue fn, int64_t argc, const AwValue *argv);
/* The loop's exception handler path (call_exception_handler). */
void loop_report(AwVM *vm, AwLoop *loop, const char *message, AwValue exc, AwValue source);
/* The same with the context key of `source` given ("future" for a task: Task.__del__'s). */
void loop_report_as(AwVM *vm, AwLoop *loop, const char *message, AwValue exc, const char *key, AwValue source);
/* Closes the loop. (A task whose exception was never retrieved is reported when it is
 * collected: task_finalize.) */
void loop_close(AwVM *vm, AwLoop *loop);
/* Runs fn(*args, **kwargs) (args a tuple, kwargs a dict or None) on a worker thread; returns the
 * future of its outcome. */
AwValue loop_run_in_thread(AwVM *vm, AwLoop *loop, AwValue fn, AwValue args, AwValue kwargs);

/* A native service bound to one loop (the HTTP engine, stdlib/curl_engine.c): the loop's trace
 * calls trace(gc, state) so values the service holds stay alive, and loop_close (also run when
 * the loop is collected) calls close(state) while the libuv loop is still open, so the service
 * can stop and close its handles. close must not touch GC objects (they may be freed already). */
typedef struct {
    void (*trace)(AwGC *gc, void *state);    /* marks the aw values the service holds */
    void (*close)(AwVM *vm, void *state);    /* releases everything the service owns */
} AwLoopServiceOps;
/* The state attached with `ops`, or NULL. One service of each kind per loop, at most
 * LOOP_MAX_SERVICES kinds. */
#define LOOP_MAX_SERVICES 4
void *loop_service(AwLoop *loop, const AwLoopServiceOps *ops);
void loop_attach_service(AwLoop *loop, const AwLoopServiceOps *ops, void *state);
/* The loop's libuv loop (NULL once closed), for stdlib modules that own uv handles. */
struct uv_loop_s *loop_uv(AwLoop *loop);
/* Around aw work inside a libuv callback of a stdlib module: takes the GIL back if the loop
 * let it go for the poll (worker threads alive), and gives it up again. */
void loop_callback_enter(AwVM *vm, AwLoop *loop);
void loop_callback_leave(AwVM *vm, AwLoop *loop);

#define AW_LOOP(v) ((AwLoop *)value_as_ptr(v))

#endif
