/* weakref.h — weak references (weakref.ref, weakref.proxy) and the collector's side of them.
 *
 * A weak reference names its referent without keeping it alive: the collector does not trace
 * AwWeakref.referent. A registry (weakref.c) maps each weakly referenced object to the chain of
 * its weak references. After the mark phase, and before the sweep, gc.c calls
 * weakref_after_mark: the weak references of every unmarked referent are cleared (referent =
 * NULL), and those that are themselves alive and have a callback are queued. The queue is a GC
 * root; weakref_run_pending calls the callbacks later, at a safe point where aw code may run (the
 * dispatch loop's safe points, the scheduler's, gc.collect()), since the collector itself never
 * runs aw code.
 * Why no refcounting-like promptness: aw has a tracing collector, so a referent is found dead at
 * the next collection, not when its last strong reference goes (SPEC.md, "weakref").
 */
#ifndef AW_WEAKREF_H
#define AW_WEAKREF_H

#include <stdbool.h>
#include "interp/types.h"

typedef struct AwWeakref AwWeakref;

struct AwWeakref {
    AwObject obj;          /* header: aw_type_weakref (or a subclass), weakproxy, weakcallableproxy */
    AwObject *referent;    /* the object referred to, not traced; NULL once it was collected */
    AwValue callback;      /* called with this reference when the referent dies, or None */
    int64_t hash;          /* hash of the referent, valid when has_hash */
    bool has_hash;         /* hash was computed (a dead reference keeps answering it) */
    AwWeakref *next;       /* next weak reference to the same referent (the registry's chain) */
};

extern AwType aw_type_weakref, aw_type_weakproxy, aw_type_weakcallableproxy;

/* A weak reference of class `type` (weakref.ref or a subclass, or a proxy type) to obj, with
 * callback (None for none). A plain ref or proxy without callback is shared, as in CPython.
 * Raises TypeError "cannot create weak reference to 'int' object" for objects that cannot be
 * weakly referenced. Allocates. */
AwValue weakref_new(AwVM *vm, AwType *type, AwValue obj, AwValue callback);
/* True if obj's class supports weak references (CPython's rules, __slots__ included). */
bool weakref_supported(AwVM *vm, AwValue obj);
/* The number of weak references (and proxies) to obj, and a list of them. */
int64_t weakref_count(AwValue obj);
AwValue weakref_list(AwVM *vm, AwValue obj);

/* Collector interface (gc.c, vm.c). after_mark clears the references to unmarked objects and
 * queues callbacks; trace_pending marks the queue (a root); run_pending calls the queued
 * callbacks, printing their exceptions as CPython's "Exception ignored in:" (may run aw code,
 * so may collect). fini frees the registry at interpreter exit. */
void weakref_after_mark(AwVM *vm);
void weakref_trace_pending(AwGC *gc);
extern size_t weakref_npending;   /* queued callbacks: run_pending is worth calling */
void weakref_run_pending(AwVM *vm);
void weakref_fini(void);

/* Prints CPython's unraisable-exception report for the pending exception, taking it:
 * "<prefix>: <repr(obj)>", the traceback and the exception. Used by weakref callbacks and
 * atexit. */
void weakref_write_unraisable(AwVM *vm, const char *prefix, AwValue obj);

#endif
