/* gil.c — the global interpreter lock (see gil.h). */
#include "interp/gil.h"

#include <stdlib.h>
#include <time.h>
#include "interp/fiber.h"
#include "interp/gc.h"
#include "interp/vm.h"

#define GIL_INTERVAL_NS 5000000L   /* a waiter asks for the lock after waiting this long */

void gil_init(AwGil *gil) {
    pthread_mutex_init(&gil->mutex, NULL);
    pthread_cond_init(&gil->cond, NULL);
    gil->locked = true; /* the main thread starts holding it */
}

void gil_after_fork(AwVM *vm) {
    AwGil *gil = &vm->gil;
    pthread_mutex_init(&gil->mutex, NULL);   /* another thread may have held it at the fork */
    pthread_cond_init(&gil->cond, NULL);
    gil->locked = true;
    gil->waiters = 0;
    gil->drop_request = 0;
    gil->workers = 0;
    gil->states = NULL;
}

void gil_fini(AwGil *gil) {
    pthread_cond_destroy(&gil->cond);
    pthread_mutex_destroy(&gil->mutex);
}

static void unlink_state(AwGil *gil, AwThreadState *ts) {
    for (AwThreadState **p = &gil->states; *p; p = &(*p)->next)
        if (*p == ts) { *p = ts->next; return; }
}

void gil_release(AwVM *vm, AwThreadState *ts) {
    AwGil *gil = &vm->gil;
    ts->fiber = vm->fiber;
    ts->depth = vm->depth;
    ts->native_depth = vm->native_depth;
    /* gc_push_root/gc_pop_roots are LIFO per thread: interleaved on one stack, a thread's pops
     * would drop another's roots */
    ts->roots = vm->gc.roots;
    ts->root_count = vm->gc.root_count;
    ts->root_cap = vm->gc.root_cap;
    vm->gc.roots = NULL;
    vm->gc.root_count = vm->gc.root_cap = 0;
    pthread_mutex_lock(&gil->mutex);
    ts->next = gil->states;
    gil->states = ts;
    gil->locked = false;
    pthread_cond_broadcast(&gil->cond);
    pthread_mutex_unlock(&gil->mutex);
}

static void deadline_in(struct timespec *ts, long ns) {
    clock_gettime(CLOCK_REALTIME, ts);
    ts->tv_nsec += ns;
    if (ts->tv_nsec >= 1000000000L) { ts->tv_sec++; ts->tv_nsec -= 1000000000L; }
}

void gil_acquire(AwVM *vm, AwThreadState *ts) {
    AwGil *gil = &vm->gil;
    pthread_mutex_lock(&gil->mutex);
    gil->waiters++;
    while (gil->locked) {
        struct timespec until;
        deadline_in(&until, GIL_INTERVAL_NS);
        if (pthread_cond_timedwait(&gil->cond, &gil->mutex, &until) != 0 && gil->locked) gil->drop_request = 1;
    }
    gil->waiters--;
    gil->locked = true;
    gil->switches++;
    gil->drop_request = 0;
    unlink_state(gil, ts);
    pthread_mutex_unlock(&gil->mutex);
    vm->fiber = ts->fiber;
    vm->depth = ts->depth;
    vm->native_depth = ts->native_depth;
    vm->gc.roots = ts->roots;
    vm->gc.root_count = ts->root_count;
    vm->gc.root_cap = ts->root_cap;
}

void gil_exit(AwVM *vm) {
    AwGil *gil = &vm->gil;
    free(vm->gc.roots);   /* the finished thread's root stack (empty by now) */
    vm->gc.roots = NULL;
    vm->gc.root_count = vm->gc.root_cap = 0;
    pthread_mutex_lock(&gil->mutex);
    gil->locked = false;
    pthread_cond_broadcast(&gil->cond);
    pthread_mutex_unlock(&gil->mutex);
}

void gil_begin_blocking(AwVM *vm, AwThreadState *ts) {
    ts->released = vm->gil.workers > 0;
    if (ts->released) gil_release(vm, ts);
}

void gil_end_blocking(AwVM *vm, AwThreadState *ts) {
    if (ts->released) gil_acquire(vm, ts);
}

void gil_yield(AwVM *vm) {
    AwGil *gil = &vm->gil;
    AwThreadState ts;
    uint64_t before = gil->switches;
    gil_release(vm, &ts);
    /* Wait until another thread actually took the lock before competing for it again. */
    pthread_mutex_lock(&gil->mutex);
    while (gil->switches == before && gil->waiters > 0) pthread_cond_wait(&gil->cond, &gil->mutex);
    pthread_mutex_unlock(&gil->mutex);
    gil_acquire(vm, &ts);
}

void gil_trace(AwVM *vm, AwGC *gc) {
    for (AwThreadState *ts = vm->gil.states; ts; ts = ts->next) {
        for (AwFiber *f = ts->fiber; f; f = f->caller) gc_mark_object(gc, (AwObject *)f);
        gc_mark_values(gc, ts->roots, ts->root_count);
    }
}
