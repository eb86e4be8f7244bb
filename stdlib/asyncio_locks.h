/* asyncio_locks.h — asyncio.Lock, Event, Semaphore and BoundedSemaphore in C (CPython 3.11's
 * Lib/asyncio/locks.py semantics, messages and reprs), and what asyncio_queue.c shares with
 * them: loop binding, the repr prefix, and Event's wait (Queue.join waits on its _finished
 * event). Condition and Barrier stay in the asyncio prelude, built on these.
 *
 * Each wait is a native coroutine (AwSleep with ops, future.h) that is its own waiter future:
 * `await sem.acquire()` allocates one small object and, when it must block, nothing more. */
#ifndef AW_STDLIB_ASYNCIO_LOCKS_H
#define AW_STDLIB_ASYNCIO_LOCKS_H

#include "interp/future.h"
#include "interp/types.h"
#include "stdlib/ring.h"

/* Lock, Event, Semaphore and BoundedSemaphore instances (and instances of their subclasses). */
typedef struct {
    AwObject obj;            /* header */
    AwValue loop;            /* the loop bound by the first wait (_LoopBoundMixin), or AW_NONE */
    AwRing waiters;          /* the waits (AwSleep) blocked on it, FIFO (CPython's _waiters) */
    AwDict *dict;            /* attributes of subclass instances */
    int64_t value;           /* Semaphore: the counter; Lock: 1 if locked; Event: 1 if set */
    int64_t bound;           /* BoundedSemaphore: the initial value (release() limit) */
} AwLockObj;

extern AwType aw_type_lock;
extern AwType aw_type_event;
extern AwType aw_type_semaphore;
extern AwType aw_type_bounded_semaphore;

/* _LoopBoundMixin._get_loop(): the running loop, binding *bound to it the first time;
 * RuntimeError if there is none or if `self` is bound to another loop. */
AwValue asyncio_locks_bind_loop(AwVM *vm, AwValue self, AwValue *bound);
/* object.__repr__(self) without its closing '>': "<asyncio.locks.Lock object at 0x..." */
AwStr *asyncio_locks_repr_head(AwVM *vm, AwValue self);
/* Checks the arguments of `owner.__init__(self, ...)`, which takes `names` (NULL-terminated,
 * all positional-or-keyword and optional), with the messages of a Python __init__: "Lock.__init__()
 * got an unexpected keyword argument 'loop'", "... takes 1 positional argument but 2 were given". */
AwStatus asyncio_locks_check_init(AwVM *vm, const char *owner, int argc, AwTuple *kw, const char *const *names);
/* A new Event (unset). */
AwValue asyncio_locks_event_new(AwVM *vm);
/* Event.set() / clear(). */
AwStatus asyncio_locks_event_set(AwVM *vm, AwLockObj *event);
/* One step of `await event.wait()` run by `op` (whose owner may be another object, e.g. a
 * Queue's join): 0 yielded *out, 1 finished (*out = True), -1 error. */
int asyncio_locks_event_wait_step(AwVM *vm, AwLockObj *event, AwSleep *op, AwValue throw_exc, AwValue *out);
/* The `__aenter__`/`__aexit__` methods shared with Condition-like users: `await self.acquire()`
 * (returning None) and `self.release()`, calling overridden acquire/release of subclasses. */
AwStatus asyncio_locks_init(AwVM *vm, AwModule *mod);

#endif
