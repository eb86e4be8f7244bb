/* gc.h — the allocation funnel and the precise mark-sweep collector.
 *
 * Every heap allocation goes through gc_new (objects) or gc_alloc/gc_realloc/gc_free (buffers
 * owned by an object), so the collector knows how much memory is live. Allocation never
 * collects: it only sets gc->pending when the budget is passed. The VM collects at safe points
 * (call entry, backward jumps, the scheduler) where every live value is on a fiber stack, in a
 * global, in a module, or on the explicit root stack. Why: native code then needs no rooting of
 * its temporaries, removing the most common class of GC bugs; only code that runs aw code
 * (vm_call, any ops_* on arbitrary values) while holding an otherwise-unreferenced object must
 * root it with gc_push_root / gc_pop_roots. In stress mode (AW_GC_STRESS=1 in the environment)
 * every safe point collects, which the test suite uses to catch a missing root.
 *
 * Allocation failure returns NULL with MemoryError raised on the VM; callers propagate AW_ERR.
 */
#ifndef AW_GC_H
#define AW_GC_H

#include <stdbool.h>
#include <stddef.h>
#include "interp/object.h"

struct AwGC {
    AwObject *objects;       /* every heap object, newest first */
    size_t bytes_allocated;  /* live bytes (objects + owned buffers) */
    size_t next_collect;     /* collect when bytes_allocated passes this */
    bool pending;            /* a collection is due at the next safe point */
    bool stress;             /* collect at every safe point */
    AwObject **gray;         /* mark stack of objects whose children are not yet traced */
    size_t gray_count;       /* entries used in gray */
    size_t gray_cap;         /* capacity of gray */
    AwValue *roots;          /* explicit root stack for native code (gc_push_root) */
    size_t root_count;       /* entries used in roots */
    size_t root_cap;         /* capacity of roots */
    size_t collections;      /* number of collections run (for tests and stats) */
    AwVM *vm;                /* back pointer used by trace functions */
};

/* Allocates a zeroed object of `size` bytes (>= sizeof(AwObject)) whose class is `type`.
 * Returns NULL with MemoryError raised on failure. Never collects. */
AwObject *gc_new(AwVM *vm, AwType *type, size_t size);

/* Raw buffers owned by one object (list items, dict tables, string data kept apart).
 * gc_alloc/gc_realloc return NULL with MemoryError raised; sizes must be the real sizes. */
void *gc_alloc(AwVM *vm, size_t size);
void *gc_realloc(AwVM *vm, void *ptr, size_t old_size, size_t new_size);
void gc_free(AwVM *vm, void *ptr, size_t size);

/* Marking, for trace slots. Both accept any value; immediates are ignored. */
void gc_mark_value(AwGC *gc, AwValue v);
void gc_mark_object(AwGC *gc, AwObject *obj);
void gc_mark_values(AwGC *gc, const AwValue *v, size_t n);

/* Explicit roots for native code that runs aw code while holding fresh objects. */
AwStatus gc_push_root(AwVM *vm, AwValue v);
void gc_pop_roots(AwVM *vm, size_t n);

/* Safe point: collects if due. Only the VM and scheduler call this. */
void gc_safepoint(AwVM *vm);
void gc_collect(AwVM *vm);

void gc_init(AwVM *vm);
/* Frees every object (interpreter shutdown). */
void gc_free_all(AwVM *vm);

#endif
