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
 *
 * __del__: an instance of a class defining __del__ that a collection finds unreachable is kept
 * (with everything it references) for one more cycle and queued; gc_run_finalizers then calls
 * its __del__ once (AW_OBJ_FINALIZED), at a point where aw code may run. To run __del__ where
 * CPython's reference counting would, the VM asks for a collection at once when a program
 * drops such an instance (del, rebinding a module-level name, a returning frame's locals):
 * gc_dropped. Those eager collections are capped (GC_EAGER_MAX, only while the heap is small,
 * and within a total of marking work, GC_EAGER_MARK_BYTES), so a program that drops such
 * objects by the thousand, or a library whose methods return with `self` holding a socket,
 * falls back to the normal pace.
 *
 * Layout: objects of up to GC_SMALL_MAX bytes live in 64 KiB pages (carved from 2 MiB mmap'd
 * arenas), one size class (a multiple of 16 bytes) per page, with the page's allocation and mark
 * bits in bitmaps in its header.
 * Why: sweeping then reads bitmaps and touches only the dead, instead of chasing a list through
 * every live object; allocation pops a per-page free list; the object header needs no list link;
 * and freeing the heap at exit releases whole pages. Bigger objects (and every object in
 * sanitizer builds, so ASan sees each one) are malloc'd one by one and kept in a vector, marked
 * in their header.
 */
#ifndef AW_GC_H
#define AW_GC_H

#include <stdbool.h>
#include <stddef.h>
#include "interp/object.h"

#define GC_GRANULE 16                           /* size-class step and slot alignment */
#define GC_PAGE_SIZE ((size_t)64 * 1024)         /* small-object pages, aligned to their size */
#define GC_PAGE_BITS (GC_PAGE_SIZE / GC_GRANULE / 64) /* words of one page bitmap */
#if defined(__SANITIZE_ADDRESS__)
#define GC_SMALL_MAX 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GC_SMALL_MAX 0
#endif
#endif
#ifndef GC_SMALL_MAX
#define GC_SMALL_MAX 512                         /* biggest object kept in pages */
#endif
#define GC_CLASSES (512 / GC_GRANULE)            /* size classes 16, 32, ..., 512 */
#define GC_ARENA_SIZE ((size_t)2 << 20)          /* pages come from arenas of this size (a huge page) */

#define AW_OBJ_FINALIZED 0x8000u   /* AwObject.flags, any type: its __del__ has been called */
#define AW_OBJ_CLOSE_ON_COLLECT 0x2000u /* AwObject.flags, any type: finalize it as an instance of a
                                          __del__ class (a generator suspended in try/with, which
                                          vm_call_del closes as CPython's generator finalizer) */
#define AW_OBJ_BIRTH 0x1000u    /* AwObject.flags, instances of __del__ classes: the object's last 8 bytes
                                  hold its creation serial (gc.c), CPython's finalization order */
#define AW_OBJ_OUTLIVES_EXIT 0x4000u /* AwObject.flags, any type: at exit, CPython would never free
                                        it (gc_mark_outliving), so it reports nothing when freed */

typedef struct GcPage GcPage;

/* The pages of one size class. */
typedef struct {
    GcPage *pages;           /* every page of the class */
    GcPage *avail;           /* pages with a free slot or untouched tail, allocation takes the first */
} GcClass;

struct AwGC {
    GcClass classes[GC_CLASSES]; /* small objects by size class */
    GcPage *spare;           /* empty pages kept for reuse (linked through GcPage.next) */
    size_t spare_count;      /* pages on spare */
    size_t spare_max;        /* keep at most this many (the heap's growth budget, gc.c) */
    void **arenas;           /* 2 MiB regions pages are carved from (gc.c) */
    size_t narenas;          /* entries used in arenas */
    size_t arenas_cap;       /* capacity of arenas */
    char *arena_next;        /* next uncarved page of the newest arena */
    char *arena_end;         /* end of the newest arena */
    char *populated_to;      /* end of its pages already faulted in (gc.c: populate) */
    AwObject **large;        /* objects allocated one by one (bigger than GC_SMALL_MAX) */
    size_t large_count;      /* entries used in large */
    size_t large_cap;        /* capacity of large */
    size_t finalizable;      /* live objects whose type has AW_TYPE_FINALIZE (0: skip that pass) */
    bool sweeping;           /* objects allocated now are born marked (finalizers may allocate) */
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
    uint64_t births;         /* creation serials handed to instances of __del__ classes */
    AwObject **del_queue;    /* unreachable instances whose __del__ is due (roots until it ran) */
    size_t del_count;        /* entries used in del_queue */
    size_t del_cap;          /* capacity of del_queue */
    size_t del_live;         /* instances of __del__ classes allocated and not yet finalized (a gate) */
    uint32_t eager_left;     /* eager collections gc_dropped may still start */
    size_t eager_close_left; /* heap bytes the eager collections for dropped generators may still mark */
    size_t eager_mark_left;  /* heap bytes all eager collections may still mark */
    bool running_dels;       /* gc_run_finalizers is on the C stack */
    bool eager;              /* the collection running was started by gc_collect_dropped */
    AwObject **probe_log;    /* objects an eager collection's cycle probe marked (gc.c) */
    size_t probe_count;      /* entries used in probe_log */
    size_t probe_cap;        /* capacity of probe_log */
    bool probing;            /* gc_mark_object also logs what it pushes */
    AwObject *hints[64];     /* the dropped __del__ instances, in the order CPython would free them */
    size_t nhints;           /* entries used in hints (cleared by each collection) */
    AwObject *dropped[16];   /* the values dropped (containers included): where refcounting would cascade from */
    size_t ndropped;         /* entries used in dropped (cleared by each collection) */
    AwVM *vm;                /* back pointer used by trace functions */
};

/* Allocates a zeroed object of `size` bytes (>= sizeof(AwObject)) whose class is `type`.
 * Returns NULL with MemoryError raised on failure. Never collects. */
AwObject *gc_new(AwVM *vm, AwType *type, size_t size);
/* gc_new for a type whose constructor sets every field: only the header is cleared. */
AwObject *gc_new_unzeroed(AwVM *vm, AwType *type, size_t size);

/* Raw buffers owned by one object (list items, dict tables, string data kept apart).
 * gc_alloc/gc_realloc return NULL with MemoryError raised; sizes must be the real sizes. */
void *gc_alloc(AwVM *vm, size_t size);
void *gc_realloc(AwVM *vm, void *ptr, size_t old_size, size_t new_size);
void gc_free(AwVM *vm, void *ptr, size_t size);

/* Marking, for trace slots. Both accept any value; immediates are ignored. */
void gc_mark_value(AwGC *gc, AwValue v);
void gc_mark_object(AwGC *gc, AwObject *obj);
void gc_mark_values(AwGC *gc, const AwValue *v, size_t n);
/* During a collection, after marking: true if obj was reached (static objects always are). */
bool gc_is_marked(const AwObject *obj);

/* Explicit roots for native code that runs aw code while holding fresh objects. */
AwStatus gc_push_root(AwVM *vm, AwValue v);
void gc_pop_roots(AwVM *vm, size_t n);

/* Safe point: collects if due, then runs the weak-reference callbacks that are due (so it may
 * run aw code). Only the VM and scheduler call this. */
void gc_safepoint(AwVM *vm);
/* Calls the __del__ methods queued by collections (see the top). Only where aw code may run;
 * a no-op when nothing is queued or when already running. */
void gc_run_finalizers(AwVM *vm);
/* Calls obj.__del__ unless it already ran (marks it finalized). obj must stay reachable. */
void gc_finalize(AwVM *vm, AwObject *obj);
/* gc_run_finalizers, then the weakref callbacks the collections queued (weakref.h). */
void gc_run_pending(AwVM *vm);
extern size_t weakref_npending;
/* Whether gc_run_pending has anything to do. */
static inline bool gc_has_pending(const AwGC *gc) { return gc->del_count || weakref_npending; }
/* Collects at once and runs the due __del__ methods (after gc_dropped said so, and the drop
 * sites noted their instances with gc_note_drop). Unlike a normal collection, an eager one
 * leaves instances in reference cycles for later, as CPython's reference counting cannot free
 * them before its cycle collector runs. */
void gc_collect_dropped(AwVM *vm);
/* Records obj, a dropped __del__ instance, so that its __del__ runs in drop order. */
static inline void gc_note_drop(AwGC *gc, AwObject *obj) {
    if (gc->nhints < sizeof gc->hints / sizeof gc->hints[0]) gc->hints[gc->nhints++] = obj;
}
/* The program just dropped a reference to v: true when v is an instance whose class defines
 * __del__ and an eager collection is allowed, in which case the caller should collect now
 * (gc_collect + gc_run_finalizers). */
/* vm.c: v, or an item or attribute of v, is a __del__ instance; with `note`, each one found is
 * passed to gc_note_drop in the order CPython's deallocation would reach it. */
bool vm_holds_del(AwGC *gc, AwValue v, bool note);
/* A dropped generator or async generator to close (AW_OBJ_CLOSE_ON_COLLECT) may start an
 * eager collection only within a budget of marking work (GC_EAGER_CLOSE_BYTES in gc.c): they
 * are dropped by the thousand in loops (`break` out of `async for`), and past the budget they
 * are closed at the normal pace. */
bool gc_eager_close_allowed(AwGC *gc);
static inline bool gc_dropped(AwGC *gc, AwValue v) {
    if (!gc->del_live || gc->eager_left == 0 || !value_is_ptr(v)) return false;
    if ((value_as_ptr(v)->flags & AW_OBJ_CLOSE_ON_COLLECT) && !gc_eager_close_allowed(gc)) return false;
    if (!vm_holds_del(gc, v, true)) return false;
    if (gc->ndropped < sizeof gc->dropped / sizeof gc->dropped[0]) gc->dropped[gc->ndropped++] = value_as_ptr(v);
    return true;
}
void gc_collect(AwVM *vm);
/* Whether the collector must run obj's finalizer before freeing it: __del__ or a close. */
static inline bool gc_wants_finalizer(const AwObject *o) {
    return ((o->type->flags & AW_TYPE_USER_DEL) || (o->flags & AW_OBJ_CLOSE_ON_COLLECT)) && !(o->flags & AW_OBJ_FINALIZED);
}

/* Calls fn on every live heap object (for type.__subclasses__); fn must not allocate. */
void gc_each_object(AwVM *vm, void (*fn)(AwObject *obj, void *ctx), void *ctx);

void gc_init(AwVM *vm);
/* Frees every object (interpreter shutdown). */
void gc_free_all(AwVM *vm);
/* At exit, before gc_free_all: sets AW_OBJ_OUTLIVES_EXIT on every object reachable from root
 * (leaves such as strs excepted). For what CPython's shutdown leaks, e.g. the current event loop
 * its C module keeps to the end: its finalizers' reports are never printed. */
void gc_mark_outliving(AwVM *vm, AwValue root);

#endif
