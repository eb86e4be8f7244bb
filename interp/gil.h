/* gil.h — the global interpreter lock that lets worker threads (asyncio.to_thread,
 * run_in_executor) run aw code while the loop thread waits (DESIGN.md §6).
 *
 * One thread at a time runs aw code. The loop thread holds the lock except while libuv polls
 * and around blocking natives (time.sleep); a worker takes it to run its function. A thread
 * that has waited 5 ms for the lock sets drop_request; the holder gives the lock up at its next
 * safe point. Each thread's interpreter state (running fiber, call depths) is saved in an
 * AwThreadState while it does not hold the lock; the GC traces every saved state's fibers.
 * With no worker thread alive (gil.workers == 0) nothing is ever released or taken.
 */
#ifndef AW_GIL_H
#define AW_GIL_H

#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include "interp/object.h"

typedef struct AwThreadState {
    AwFiber *fiber;                  /* the thread's running fiber while it waits */
    int depth;                       /* vm->depth of the thread */
    int native_depth;                /* vm->native_depth of the thread */
    struct AwThreadState *next;      /* registered states (GC roots) */
    bool released;                   /* gil_begin_blocking let the lock go */
    AwValue *roots;                  /* the thread's explicit GC roots (gc_push_root) while it waits: */
    size_t root_count, root_cap;     /* each thread has its own root stack, swapped with the lock */
} AwThreadState;

typedef struct {
    pthread_mutex_t mutex;           /* protects the fields below */
    pthread_cond_t cond;             /* signalled when the lock is released */
    bool locked;                     /* some thread runs aw code */
    int waiters;                     /* threads waiting in gil_acquire */
    uint64_t switches;               /* times the lock changed hands */
    volatile sig_atomic_t drop_request; /* a waiter asks the holder to yield at a safe point */
    int workers;                     /* worker threads that may want the lock */
    AwThreadState *states;           /* states of threads not holding the lock */
} AwGil;

void gil_init(AwGil *gil);
void gil_fini(AwGil *gil);
/* Saves this thread's state into ts and lets another thread run. */
void gil_release(AwVM *vm, AwThreadState *ts);
/* Waits for the lock and restores this thread's state from ts. */
void gil_acquire(AwVM *vm, AwThreadState *ts);
/* A worker thread that is done with aw code gives the lock up for good. */
void gil_exit(AwVM *vm);
/* Around a blocking native call (time.sleep): let other threads run meanwhile. No-op without
 * worker threads. */
void gil_begin_blocking(AwVM *vm, AwThreadState *ts);
void gil_end_blocking(AwVM *vm, AwThreadState *ts);
/* At a safe point with drop_request set: let a waiting thread run, then continue. */
void gil_yield(AwVM *vm);
/* In the child of fork(): the caller is the only thread left and holds the lock; the other
 * threads' saved states are forgotten (their fibers are no longer roots). */
void gil_after_fork(AwVM *vm);
/* Marks every fiber of threads that are waiting for the lock (GC roots). */
void gil_trace(AwVM *vm, AwGC *gc);

#endif
