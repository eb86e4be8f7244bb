/* gc.c — allocation funnel and precise mark-sweep collection (see gc.h for the contract). */
#include "interp/gc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "interp/exception.h"
#include "interp/port.h"
#include "interp/str.h"
#include "interp/types.h"
#include "interp/vm.h"
#include "interp/weakref.h"

#define GC_INITIAL_BUDGET (8u << 20)   /* first collection after 8 MiB */
#define GC_GROWTH 2                    /* next budget = live bytes * GC_GROWTH: CPython-like peak memory; 4 halved the marks but doubled the RSS */
#define GC_BUILD_GROWTH 8              /* ... after a budget collection that found the heap mostly live */
#define GC_BUILD_SLACK ((size_t)64 << 20) /* ... but at most this much above live bytes * GC_GROWTH */
#define GC_MAX_ALLOC ((size_t)1 << 40) /* refuse absurd single requests up front */
#define GC_EAGER_MAX 1000              /* eager collections for dropped __del__ instances (gc.h) */
#define GC_EAGER_HEAP ((size_t)32 << 20) /* ... and only while the heap is smaller than this */
#define GC_EAGER_MARK_BYTES ((size_t)256 << 20) /* ... and while they have marked less than this in all */
#define GC_EAGER_CLOSE_BYTES ((size_t)64 << 20) /* heap bytes marked for dropped generators (gc.h) */

/* Roots that live outside the heap; defined by vm.c so gc.c need not know fibers or loops. */
void vm_trace_roots(AwVM *vm, AwGC *gc);
/* Static objects (built-in types) are marked like heap objects but never swept; vm.c lists
 * them so their mark bits can be cleared after a collection. */
void vm_clear_static_marks(AwVM *vm);

/* A page of small objects: this header, then slots of one size. A slot's allocation and mark bits
 * sit at index (offset / GC_GRANULE) of the bitmaps. A free slot keeps its type pointer (a dead
 * object's free_ may still read a dead neighbour's class during the sweep) and links to the next
 * free slot through its second word. */
struct GcPage {
    GcPage *next;                  /* next page of the class (or of the spare list) */
    GcPage *next_avail;            /* next page of the class's avail list */
    char *free;                    /* first free slot */
    char *bump;                    /* start of the never-used tail */
    uint32_t osize;                /* slot size in bytes */
    uint32_t live;                 /* allocated slots */
    bool in_avail;                 /* on its class's avail list */
    bool frees;                    /* has held an object with a free_ slot (the exit pass skips the rest) */
    uint64_t alloc[GC_PAGE_BITS];  /* slots holding an object */
    uint64_t mark[GC_PAGE_BITS];   /* slots reached by the current collection */
};

#define PAGE_START ((sizeof(GcPage) + GC_GRANULE - 1) / GC_GRANULE * GC_GRANULE)
#define SPARE_PAGES 16           /* empty pages kept instead of freed: 1 MiB */

static inline GcPage *page_of(const void *obj) {
    return (GcPage *)((uintptr_t)obj & ~(uintptr_t)(GC_PAGE_SIZE - 1));
}

static inline size_t granule_of(GcPage *p, const void *obj) {
    return (size_t)((const char *)obj - (const char *)p) / GC_GRANULE;
}

/* Arena pages are never given to free(); a page from aligned_alloc (no mmap) is. */
static bool page_in_arena(AwGC *gc, const GcPage *p) {
    for (size_t i = gc->narenas; i-- > 0;)
        if ((const char *)p >= (const char *)gc->arenas[i] && (const char *)p < (const char *)gc->arenas[i] + GC_ARENA_SIZE)
            return true;
    return false;
}

static inline bool is_small(const AwObject *obj) {
#if GC_SMALL_MAX == 0
    (void)obj;
    return false;   /* sanitizer builds: every object is malloc'd */
#else
    return obj->gc_size - 1u < (uint32_t)GC_SMALL_MAX;
#endif
}

static inline char **free_link(char *slot) { return (char **)(slot + sizeof(AwType *)); }

static void note_growth(AwGC *gc, size_t size) {
    gc->bytes_allocated += size;
    if (gc->bytes_allocated > gc->next_collect || gc->stress) gc->pending = true;
}

/* items (a malloc'd array of *cap elements of elem bytes holding count) with room for one more:
 * itself, or reallocated to double the size (first when empty). NULL when out of memory (items
 * is then unchanged). */
static void *grow_array(void *items, size_t *cap, size_t count, size_t elem, size_t first) {
    if (count < *cap) return items;
    size_t n = *cap ? *cap * 2 : first;
    void *p = realloc(items, n * elem);
    if (p) *cap = n;
    return p;
}

/* Pages are carved from 2 MiB arenas. Measured and rejected: transparent huge pages for them
 * (10% less user time from fewer TLB misses, but the kernel's compaction on fault made system
 * time vary from 0.06 to 0.55 s on strbuild, mean 0.32 against 0.14 with 4 KiB pages). Once the
 * heap has POPULATE_AFTER arenas, fresh pages are faulted in by one madvise call per window:
 * 100,000 new tasks took 13,900 page faults and 31 ms of system time, now about 3,000 and 20 ms.
 * Small programs keep faulting page by page, and the window bounds what a large one holds
 * resident before it uses it (whole arenas cost 14 bytes of RSS per idle task).
 * Arenas are unmapped only at exit; pages the heap no longer needs are handed back to the system
 * with MADV_DONTNEED and stay on the spare list for reuse. */
#define POPULATE_AFTER 4
#define POPULATE_WINDOW ((size_t)256 << 10)

static bool arena_new(AwGC *gc) {
#ifdef MAP_ANONYMOUS
    void **arenas = grow_array(gc->arenas, &gc->arenas_cap, gc->narenas, sizeof *arenas, 16);
    if (!arenas) return false;
    gc->arenas = arenas;
    char *m = mmap(NULL, 2 * GC_ARENA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) return false;
    char *base = (char *)(((uintptr_t)m + GC_ARENA_SIZE - 1) & ~(uintptr_t)(GC_ARENA_SIZE - 1));
    if (base > m) munmap(m, (size_t)(base - m));
    munmap(base + GC_ARENA_SIZE, (size_t)(m + 2 * GC_ARENA_SIZE - (base + GC_ARENA_SIZE)));
    gc->arenas[gc->narenas++] = base;
    gc->arena_next = gc->populated_to = base;
    gc->arena_end = base + GC_ARENA_SIZE;
    return true;
#else
    (void)gc;
    return false;
#endif
}

/* A large heap's fresh pages are faulted in POPULATE_WINDOW bytes at a time (page p starts the
 * next window). */
static void populate(AwGC *gc, GcPage *p) {
#ifdef MADV_POPULATE_WRITE
    if (gc->narenas < POPULATE_AFTER || (char *)p < gc->populated_to) return;
    size_t n = (size_t)(gc->arena_end - (char *)p);
    if (n > POPULATE_WINDOW) n = POPULATE_WINDOW;
    gc->populated_to = (char *)p + n;
    madvise(p, n, MADV_POPULATE_WRITE);   /* a failure only leaves the pages to fault one by one */
#else
    (void)gc;
    (void)p;
#endif
}

static GcPage *page_new(AwGC *gc, uint32_t osize) {
    GcPage *p = gc->spare;
    if (p) {
        gc->spare = p->next;
        gc->spare_count--;
    } else if (gc->arena_next < gc->arena_end || arena_new(gc)) {
        p = (GcPage *)gc->arena_next;
        gc->arena_next += GC_PAGE_SIZE;
        populate(gc, p);
    } else {
        p = aligned_alloc(GC_PAGE_SIZE, GC_PAGE_SIZE);   /* no mmap: one page at a time */
        if (!p) return NULL;
    }
    memset(p, 0, sizeof *p);
    p->osize = osize;
    p->bump = (char *)p + PAGE_START;
    return p;
}

/* A slot from class c when the first avail page has none on its free list: its tail, the next
 * avail page, or a new page. */
static char *slot_slow(AwGC *gc, GcClass *c, uint32_t osize) {
    for (GcPage *p = c->avail; p; p = c->avail) {
        if (p->free) {
            char *slot = p->free;
            p->free = *free_link(slot);
            return slot;
        }
        if (p->bump + osize <= (char *)p + GC_PAGE_SIZE) {
            char *slot = p->bump;
            p->bump += osize;
            return slot;
        }
        c->avail = p->next_avail;
        p->in_avail = false;
    }
    GcPage *p = page_new(gc, osize);
    if (!p) return NULL;
    p->next = c->pages;
    c->pages = p;
    p->next_avail = NULL;
    p->in_avail = true;
    c->avail = p;
    char *slot = p->bump;
    p->bump += osize;
    return slot;
}

static inline AwObject *small_new(AwGC *gc, size_t size, bool zero) {
    size_t cls = (size - 1) / GC_GRANULE;
    uint32_t osize = (uint32_t)((cls + 1) * GC_GRANULE);
    GcClass *c = &gc->classes[cls];
    GcPage *p = c->avail;
    char *slot;
    if (p && p->free) {
        slot = p->free;
        p->free = *free_link(slot);
    } else if (p && p->bump + osize <= (char *)p + GC_PAGE_SIZE) {   /* the untouched tail */
        slot = p->bump;
        p->bump += osize;
    } else {
        slot = slot_slow(gc, c, osize);
        if (!slot) return NULL;
        p = page_of(slot);
    }
    size_t g = granule_of(p, slot);
    p->alloc[g / 64] |= (uint64_t)1 << (g % 64);
    if (gc->sweeping) p->mark[g / 64] |= (uint64_t)1 << (g % 64);
    p->live++;
    if (zero) memset(slot, 0, size);
    else memset(slot, 0, sizeof(AwObject));   /* the caller sets every other field */
    return (AwObject *)slot;
}

static AwObject *large_new(AwGC *gc, size_t size) {
    AwObject **large = grow_array(gc->large, &gc->large_cap, gc->large_count, sizeof *large, 256);
    if (!large) return NULL;
    gc->large = large;
    AwObject *obj = calloc(1, size);
    if (!obj) return NULL;
    obj->gc_marked = gc->sweeping;
    gc->large[gc->large_count++] = obj;
    return obj;
}

static AwObject *born_object(AwVM *vm, AwType *type, size_t size);

static inline AwObject *new_object(AwVM *vm, AwType *type, size_t size, bool zero) {
    if (size > GC_MAX_ALLOC) { vm_raise_memory(vm); return NULL; }
    AwGC *gc = &vm->gc;
    if (AW_UNLIKELY(type->flags & AW_TYPE_USER_DEL)) return born_object(vm, type, size);
    AwObject *obj = size <= GC_SMALL_MAX ? small_new(gc, size, zero) : large_new(gc, size);
    if (!obj) { vm_raise_memory(vm); return NULL; }
    obj->type = type;
    obj->gc_size = (uint32_t)(size > UINT32_MAX ? UINT32_MAX : size);
    /* heap types too: an instance's __class__ may later become a class with a free_ slot */
    if (size <= GC_SMALL_MAX && (type->free_ || (type->flags & AW_TYPE_HEAP))) page_of(obj)->frees = true;
    if (type->flags & AW_TYPE_FINALIZE) {
        gc->finalizable++;
        if (type->flags & AW_TYPE_USER_DEL) gc->del_live++;
    }
    note_growth(gc, size);
    return obj;
}

/* An instance of a __del__ class, with its creation serial in 8 bytes after `size`: a collection
 * finalizes the cycles it finds in creation order, as CPython's collector does (queue_dels).
 * A path of its own, out of line: folded into new_object, the extra work cost every allocation
 * 1-2% of the spawn and dict benchmarks (callgrind) through lost inlining. */
static AW_NOINLINE AwObject *born_object(AwVM *vm, AwType *type, size_t size) {
    AwGC *gc = &vm->gc;
    size_t total = (size + 7) / 8 * 8 + sizeof(uint64_t);
    AwObject *obj = total <= GC_SMALL_MAX ? small_new(gc, total, true) : large_new(gc, total);
    if (!obj) { vm_raise_memory(vm); return NULL; }
    obj->type = type;
    obj->gc_size = (uint32_t)total;
    obj->flags = AW_OBJ_BIRTH;
    memcpy((char *)obj + total - sizeof(uint64_t), &(uint64_t){++gc->births}, sizeof(uint64_t));
    if (total <= GC_SMALL_MAX) page_of(obj)->frees = true;
    gc->finalizable++;
    gc->del_live++;
    note_growth(gc, total);
    return obj;
}

static uint64_t birth_of(const AwObject *obj) {
    uint64_t serial = 0;
    if (obj->flags & AW_OBJ_BIRTH) memcpy(&serial, (const char *)obj + obj->gc_size - sizeof(uint64_t), sizeof serial);
    return serial;
}

AwObject *gc_new(AwVM *vm, AwType *type, size_t size) { return new_object(vm, type, size, true); }

AwObject *gc_new_unzeroed(AwVM *vm, AwType *type, size_t size) { return new_object(vm, type, size, false); }

void *gc_alloc(AwVM *vm, size_t size) {
    if (size > GC_MAX_ALLOC) { vm_raise_memory(vm); return NULL; }
    void *p = malloc(size ? size : 1);
    if (!p) { vm_raise_memory(vm); return NULL; }
    note_growth(&vm->gc, size);
    return p;
}

void *gc_realloc(AwVM *vm, void *ptr, size_t old_size, size_t new_size) {
    if (new_size > GC_MAX_ALLOC) { vm_raise_memory(vm); return NULL; }
    void *p = realloc(ptr, new_size ? new_size : 1);
    if (!p) { vm_raise_memory(vm); return NULL; }
    vm->gc.bytes_allocated -= old_size;
    note_growth(&vm->gc, new_size);
    return p;
}

void gc_free(AwVM *vm, void *ptr, size_t size) {
    if (!ptr) return;
    vm->gc.bytes_allocated -= size;
    free(ptr);
}

void gc_mark_object(AwGC *gc, AwObject *obj) {
    if (!obj) return;
    if (is_small(obj)) {
        GcPage *p = page_of(obj);
        size_t g = granule_of(p, obj);
        uint64_t bit = (uint64_t)1 << (g % 64);
        if (p->mark[g / 64] & bit) return;
        p->mark[g / 64] |= bit;
    } else {
        if (obj->gc_marked) return;
        obj->gc_marked = 1;
    }
    /* Leaves (exact strs and bytes, and static types without a trace slot, such as big ints)
     * need no tracing: a list of a million strings then does not grow the mark stack by a million. */
    AwType *t = obj->type;
    if (t == &aw_type_str || t == &aw_type_bytes || (!t->trace && !(t->flags & AW_TYPE_HEAP))) return;
    AwObject **gray = grow_array(gc->gray, &gc->gray_cap, gc->gray_count, sizeof *gray, 1024);
    if (!gray) abort();   /* cannot continue a collection without a mark stack */
    gc->gray = gray;
    gc->gray[gc->gray_count++] = obj;
    if (AW_UNLIKELY(gc->probing)) {
        AwObject **log = grow_array(gc->probe_log, &gc->probe_cap, gc->probe_count, sizeof *log, 256);
        if (!log) abort();
        gc->probe_log = log;
        gc->probe_log[gc->probe_count++] = obj;
    }
}

bool gc_is_marked(const AwObject *obj) {
    if (obj->gc_size == 0) return true;   /* static objects are never swept */
    if (!is_small(obj)) return obj->gc_marked != 0;
    GcPage *p = page_of(obj);
    size_t g = granule_of(p, obj);
    return (p->mark[g / 64] >> (g % 64)) & 1;
}

void gc_mark_value(AwGC *gc, AwValue v) {
    if (value_is_ptr(v)) gc_mark_object(gc, value_as_ptr(v));
}

void gc_mark_values(AwGC *gc, const AwValue *v, size_t n) {
    for (size_t i = 0; i < n; i++) gc_mark_value(gc, v[i]);
}

AwStatus gc_push_root(AwVM *vm, AwValue v) {
    AwGC *gc = &vm->gc;
    AwValue *roots = grow_array(gc->roots, &gc->root_cap, gc->root_count, sizeof *roots, 64);
    if (!roots) { vm_raise_memory(vm); return AW_ERROR; }
    gc->roots = roots;
    gc->roots[gc->root_count++] = v;
    return AW_OK;
}

void gc_pop_roots(AwVM *vm, size_t n) { vm->gc.root_count -= n; }

/* Traces gray objects until none is left: every reachable object ends up marked. */
static void drain(AwGC *gc) {
    while (gc->gray_count) {
        AwObject *obj = gc->gray[--gc->gray_count];
        gc_mark_object(gc, &obj->type->obj);
        if (obj->type->trace) obj->type->trace(gc, obj);
    }
}

void vm_finalize_dead(AwVM *vm, AwObject *obj);

static inline int lowest_bit(uint64_t x) { return aw_ctz64(x); }

static inline bool is_dead_large(const AwObject *obj) { return !obj->gc_marked; }

/* Calls fn on every dead object: allocated in a page but unmarked, or large and unmarked. */
static void each_dead(AwVM *vm, void (*fn)(AwVM *vm, AwObject *obj)) {
    AwGC *gc = &vm->gc;
    for (size_t i = 0; i < gc->large_count; i++)
        if (is_dead_large(gc->large[i])) fn(vm, gc->large[i]);
    for (int c = 0; c < GC_CLASSES; c++)
        for (GcPage *p = gc->classes[c].pages; p; p = p->next)
            for (size_t w = 0; w < GC_PAGE_BITS; w++)
                for (uint64_t d = p->alloc[w] & ~p->mark[w]; d; d &= d - 1)
                    fn(vm, (AwObject *)((char *)p + (w * 64 + (size_t)lowest_bit(d)) * GC_GRANULE));
}

static void finalize_one(AwVM *vm, AwObject *obj) {
    if (!(obj->type->flags & AW_TYPE_FINALIZE)) return;
    if (vm->gc.finalizable) vm->gc.finalizable--;
    vm_finalize_dead(vm, obj);
}

static void free_large_contents(AwVM *vm) {
    AwGC *gc = &vm->gc;
    for (size_t i = 0; i < gc->large_count; i++) {
        AwObject *obj = gc->large[i];
        if (is_dead_large(obj) && obj->type->free_) obj->type->free_(vm, obj);
    }
}

/* Frees the dead large objects and keeps the live ones, unmarked. */
static void release_large(AwVM *vm) {
    AwGC *gc = &vm->gc;
    size_t kept = 0;
    for (size_t i = 0; i < gc->large_count; i++) {
        AwObject *obj = gc->large[i];
        if (is_dead_large(obj)) {
            gc->bytes_allocated -= obj->gc_size;
            free(obj);
        } else {
            obj->gc_marked = 0;
            gc->large[kept++] = obj;
        }
    }
    gc->large_count = kept;
}

/* Runs free_ on the page's dead objects and threads their slots onto its free list; the page's
 * allocation bits become its mark bits, which are cleared for the next collection. */
static void sweep_page(AwVM *vm, GcPage *p) {
    for (size_t w = 0; w < GC_PAGE_BITS; w++) {
        uint64_t dead = p->alloc[w] & ~p->mark[w];
        for (uint64_t d = dead; d; d &= d - 1) {
            char *slot = (char *)p + (w * 64 + (size_t)lowest_bit(d)) * GC_GRANULE;
            AwObject *obj = (AwObject *)slot;
            if (obj->type->free_) obj->type->free_(vm, obj);
            vm->gc.bytes_allocated -= obj->gc_size;
            *free_link(slot) = p->free;
            p->free = slot;
            p->live--;
        }
        p->alloc[w] = p->mark[w];
        p->mark[w] = 0;
    }
}

/* An empty page goes on the spare list; past the heap's growth budget its memory also goes back
 * to the system (the address range stays ours, and is faulted in again only if reused). */
static void page_release(AwGC *gc, GcPage *p) {
#if defined(MAP_ANONYMOUS) && defined(MADV_DONTNEED)
    if (gc->spare_count >= gc->spare_max && page_in_arena(gc, p)) madvise(p, GC_PAGE_SIZE, MADV_DONTNEED);
#endif
    if (gc->spare_count >= gc->spare_max && !page_in_arena(gc, p)) { free(p); return; }
    p->next = gc->spare;
    gc->spare = p;
    gc->spare_count++;
}

/* Sweeps every page of a class, moves empty pages to *empty (they are given back only when the
 * whole sweep is over: a dead object's free_ may still read its dead class) and rebuilds the
 * avail list. */
static void sweep_class(AwVM *vm, GcClass *c, GcPage **empty) {
    GcPage **link = &c->pages, **avail = &c->avail;
    while (*link) {
        GcPage *p = *link;
        sweep_page(vm, p);
        if (p->live == 0) {
            *link = p->next;
            p->next = *empty;
            *empty = p;
            continue;
        }
        link = &p->next;
        p->in_avail = p->free || p->bump + p->osize <= (char *)p + GC_PAGE_SIZE;
        if (p->in_avail) { *avail = p; avail = &p->next_avail; }
    }
    *avail = NULL;
}

/* Frees every unmarked object and clears the marks of the rest. The objects whose type asked to
 * see their referents before anything is freed (AW_TYPE_FINALIZE: warnings about never-awaited
 * coroutines) go first, then every free_ slot runs before any large object's memory goes (an
 * instance's free_ may read its class, and the class its metaclass, which can die in the same
 * sweep; classes are large, and a small dead object keeps its type pointer until reused). */
static void sweep(AwVM *vm) {
    AwGC *gc = &vm->gc;
    gc->sweeping = true;
    if (gc->finalizable) each_dead(vm, finalize_one);
    free_large_contents(vm);
    GcPage *empty = NULL;
    for (int c = 0; c < GC_CLASSES; c++) sweep_class(vm, &gc->classes[c], &empty);
    release_large(vm);
    while (empty) {
        GcPage *next = empty->next;
        page_release(gc, empty);
        empty = next;
    }
    gc->sweeping = false;
}

void gc_each_object(AwVM *vm, void (*fn)(AwObject *obj, void *ctx), void *ctx) {
    AwGC *gc = &vm->gc;
    for (size_t i = 0; i < gc->large_count; i++) fn(gc->large[i], ctx);
    for (int c = 0; c < GC_CLASSES; c++)
        for (GcPage *p = gc->classes[c].pages; p; p = p->next)
            for (size_t w = 0; w < GC_PAGE_BITS; w++)
                for (uint64_t a = p->alloc[w]; a; a &= a - 1)
                    fn((AwObject *)((char *)p + (w * 64 + (size_t)lowest_bit(a)) * GC_GRANULE), ctx);
}

static void queue_if_del(AwVM *vm, AwObject *o) {
    AwGC *gc = &vm->gc;
    if (!gc_wants_finalizer(o)) return;
    AwObject **q = grow_array(gc->del_queue, &gc->del_cap, gc->del_count, sizeof *q, 16);
    if (!q) return;   /* out of memory: this one dies without its __del__ */
    gc->del_queue = q;
    q[gc->del_count++] = o;
}

static void unmark(AwObject *obj) {
    if (!is_small(obj)) { obj->gc_marked = 0; return; }
    GcPage *p = page_of(obj);
    size_t g = granule_of(p, obj);
    p->mark[g / 64] &= ~((uint64_t)1 << (g % 64));
}

/* Marks what dead object o references, logging each object marked (leaves excepted: they are
 * not logged and just live one collection longer). */
static void probe(AwGC *gc, AwObject *o) {
    if (gc->gray_count) abort();   /* the undo would take back marks of objects the probe did not push */
    gc->probing = true;
    gc->probe_count = 0;
    if (o->type->trace) o->type->trace(gc, o);
    drain(gc);
    gc->probing = false;
}

/* Takes back the marks of the last probe (and o's). */
static void unprobe(AwGC *gc, AwObject *o) {
    for (size_t i = 0; i < gc->probe_count; i++) unmark(gc->probe_log[i]);
    unmark(o);
}

/* Whether dead object o reaches itself. */
static bool in_dead_cycle(AwGC *gc, AwObject *o) {
    probe(gc, o);
    bool cyclic = gc_is_marked(o);
    unprobe(gc, o);
    return cyclic;
}

/* Moves o, if it is among q[*next..end), to q[*next] (advancing *next). */
static void move_forward(AwObject **q, size_t *next, size_t end, AwObject *o) {
    for (size_t i = *next; i < end; i++)
        if (q[i] == o) {
            memmove(q + *next + 1, q + *next, (i - *next) * sizeof *q);
            q[(*next)++] = o;
            return;
        }
}

/* An eager collection mimics reference counting, which frees nothing a dead cycle reaches
 * (CPython's cycle collector does that later): the queued instances in a cycle, and the dropped
 * values in one, are kept (with what they reach) for a normal collection. */
static void defer_cycles(AwGC *gc, size_t first) {
    /* Probe everything first, mark afterwards: a probe drains the mark stack, which must hold
     * nothing but what the probe itself pushes. */
    size_t ncyclic = 0;
    for (size_t i = first; i < gc->del_count; i++)
        if (in_dead_cycle(gc, gc->del_queue[i])) {
            AwObject *t = gc->del_queue[first + ncyclic];
            gc->del_queue[first + ncyclic++] = gc->del_queue[i];
            gc->del_queue[i] = t;
        }
    bool cyclic_root[sizeof gc->dropped / sizeof gc->dropped[0]];
    for (size_t i = 0; i < gc->ndropped; i++) cyclic_root[i] = !gc_is_marked(gc->dropped[i]) && in_dead_cycle(gc, gc->dropped[i]);
    for (size_t i = first; i < first + ncyclic; i++) gc_mark_object(gc, gc->del_queue[i]);
    for (size_t i = 0; i < gc->ndropped; i++)
        if (cyclic_root[i]) gc_mark_object(gc, gc->dropped[i]);
    drain(gc);
    size_t kept = first;
    for (size_t i = first; i < gc->del_count; i++)
        if (!gc_is_marked(gc->del_queue[i])) gc->del_queue[kept++] = gc->del_queue[i];
    gc->del_count = kept;
}

/* Puts the queue in reference counting's order: the dropped instances as noted, then what each
 * dropped value reaches in discovery order (an object's attributes in order), then the rest. */
static void order_dels(AwGC *gc, size_t first) {
    size_t next = first, end = gc->del_count;
    if (end - first > 1024) return;
    for (size_t h = 0; h < gc->nhints; h++) move_forward(gc->del_queue, &next, end, gc->hints[h]);
    for (size_t r = 0; r < gc->ndropped && next < end; r++) {
        AwObject *root = gc->dropped[r];
        if (gc_is_marked(root)) continue;
        move_forward(gc->del_queue, &next, end, root);
        probe(gc, root);
        for (size_t i = 0; i < gc->probe_count; i++) move_forward(gc->del_queue, &next, end, gc->probe_log[i]);
        unprobe(gc, root);
    }
}

static int by_birth(const void *a, const void *b) {
    const AwObject *x = *(AwObject *const *)a, *y = *(AwObject *const *)b;
    uint64_t bx = birth_of(x), by = birth_of(y);
    if (bx != by) return bx < by ? -1 : 1;
    return x < y ? -1 : x > y;
}

/* Instances of __del__ classes that nothing reaches and whose __del__ has not run: kept alive
 * (with what they reference) and queued for gc_run_finalizers, in creation order. */
static void queue_dels(AwVM *vm) {
    AwGC *gc = &vm->gc;
    size_t first = gc->del_count;
    each_dead(vm, queue_if_del);
    if (gc->del_count - first > 1) qsort(gc->del_queue + first, gc->del_count - first, sizeof *gc->del_queue, by_birth);
    if (gc->eager) defer_cycles(gc, first);
    order_dels(gc, first);
    gc->nhints = gc->ndropped = 0;
    for (size_t i = first; i < gc->del_count; i++) gc_mark_object(gc, gc->del_queue[i]);
    drain(gc);
}

/* The budget until the next collection. A program that is building its data (a collection the
 * budget triggered found at least three quarters of the heap alive) is given more room: marking
 * the same live objects again soon would free next to nothing (100,000 new tasks took three
 * collections instead of one, a fifth of their creation time). The room is bounded, so a program
 * that turns to making garbage afterwards peaks at most GC_BUILD_SLACK above the usual budget. */
static size_t next_budget(size_t before, size_t live, bool by_budget) {
    size_t next = live * GC_GROWTH;
    if (by_budget && live >= before / 4 * 3) {
        size_t build = live * GC_BUILD_GROWTH;
        next = build < next + GC_BUILD_SLACK ? build : next + GC_BUILD_SLACK;
    }
    return next < GC_INITIAL_BUDGET ? GC_INITIAL_BUDGET : next;
}

void gc_collect(AwVM *vm) {
    AwGC *gc = &vm->gc;
    size_t before = gc->bytes_allocated;
    bool by_budget = before > gc->next_collect && !gc->eager && !gc->stress;
    gc_mark_values(gc, gc->roots, gc->root_count);
    for (size_t i = 0; i < gc->del_count; i++) gc_mark_object(gc, gc->del_queue[i]);
    vm_trace_roots(vm, gc);
    drain(gc);
    if (gc->del_live) queue_dels(vm);
    gc->nhints = gc->ndropped = 0;
    weakref_after_mark(vm);   /* before the sweep: clears the weak references to the unmarked */
    if (gc->gray_cap > 65536) {   /* a deep heap's mark stack is not kept between collections */
        free(gc->gray);
        gc->gray = NULL;
        gc->gray_cap = 0;
    }
    str_forget_offsets();
    sweep(vm);
    vm_clear_static_marks(vm);
    gc->collections++;
    gc->pending = false;
    gc->next_collect = next_budget(before, gc->bytes_allocated, by_budget);
    /* The heap may grow back to next_collect before the next sweep: pages freed now would only be
     * mapped and faulted in again, so the spare list may hold that much (the next sweep trims). */
    gc->spare_max = SPARE_PAGES + (gc->next_collect - gc->bytes_allocated) / GC_PAGE_SIZE;
}

void gc_safepoint(AwVM *vm) {
    if (vm->gc.pending) gc_collect(vm);
    gc_run_pending(vm);
}

void vm_call_del(AwVM *vm, AwObject *obj); /* vm.c: obj.__del__(), errors reported as unraisable */

void gc_finalize(AwVM *vm, AwObject *obj) {
    if (obj->flags & AW_OBJ_FINALIZED) return;
    obj->flags |= AW_OBJ_FINALIZED;
    if (vm->gc.del_live) vm->gc.del_live--;
    vm_call_del(vm, obj);
}

void gc_run_finalizers(AwVM *vm) {
    AwGC *gc = &vm->gc;
    if (gc->running_dels) return;
    gc->running_dels = true;
    /* In queue order; a __del__ may collect and queue more, which this loop then runs too. The
     * object stays queued (a root) while its __del__ runs. */
    for (size_t i = 0; i < gc->del_count; i++) gc_finalize(vm, gc->del_queue[i]);
    gc->del_count = 0;
    gc->running_dels = false;
}

void gc_run_pending(AwVM *vm) {
    if (vm->gc.del_count) gc_run_finalizers(vm);
    if (weakref_npending) weakref_run_pending(vm);
}

bool gc_eager_close_allowed(AwGC *gc) {
    if (gc->bytes_allocated > gc->eager_close_left) return false;
    gc->eager_close_left -= gc->bytes_allocated;
    return true;
}

void gc_collect_dropped(AwVM *vm) {
    AwGC *gc = &vm->gc;
    if (gc->bytes_allocated > GC_EAGER_HEAP || gc->bytes_allocated > gc->eager_mark_left) {
        gc->eager_left = 0;
        gc->nhints = gc->ndropped = 0;
        return;
    }
    gc->eager_left--;
    gc->eager_mark_left -= gc->bytes_allocated;
    gc->eager = true;
    gc_collect(vm);
    gc->eager = false;
    gc_run_pending(vm);
}

void gc_init(AwVM *vm) {
    memset(&vm->gc, 0, sizeof vm->gc);
    vm->gc.vm = vm;
    vm->gc.next_collect = GC_INITIAL_BUDGET;
    vm->gc.spare_max = SPARE_PAGES;
    vm->gc.eager_left = GC_EAGER_MAX;
    vm->gc.eager_close_left = GC_EAGER_CLOSE_BYTES;
    vm->gc.eager_mark_left = GC_EAGER_MARK_BYTES;
    const char *stress = getenv("AW_GC_STRESS");
    vm->gc.stress = stress && *stress && strcmp(stress, "0") != 0;
}

/* Runs the free_ slot of every unmarked object, on the pages that ever held one that has it. */
static void free_contents(AwVM *vm) {
    AwGC *gc = &vm->gc;
    for (size_t i = 0; i < gc->large_count; i++)
        if (is_dead_large(gc->large[i]) && gc->large[i]->type->free_) gc->large[i]->type->free_(vm, gc->large[i]);
    for (int c = 0; c < GC_CLASSES; c++)
        for (GcPage *p = gc->classes[c].pages; p; p = p->next) {
            if (!p->frees) continue;
            for (size_t w = 0; w < GC_PAGE_BITS; w++)
                for (uint64_t d = p->alloc[w] & ~p->mark[w]; d; d &= d - 1) {
                    AwObject *obj = (AwObject *)((char *)p + (w * 64 + (size_t)lowest_bit(d)) * GC_GRANULE);
                    if (obj->type->free_) obj->type->free_(vm, obj);
                }
        }
}

/* One round of shutdown: finalizers, then every free_ slot, for each unmarked object; objects the
 * round allocates are born marked and left for the next round. Memory is not touched beyond
 * that (no free lists are threaded): the pages go back whole afterwards. */
static void exit_round(AwVM *vm) {
    AwGC *gc = &vm->gc;
    gc->sweeping = true;
    if (gc->finalizable) each_dead(vm, finalize_one);
    free_contents(vm);
    gc->sweeping = false;
    for (int c = 0; c < GC_CLASSES; c++)
        for (GcPage *p = gc->classes[c].pages; p; p = p->next)
            for (size_t w = 0; w < GC_PAGE_BITS; w++) {
                p->alloc[w] = p->mark[w];
                p->mark[w] = 0;
            }
    for (size_t i = 0; i < gc->large_count; i++)
        gc->large[i]->gc_marked = gc->large[i]->gc_marked ? 0 : 2; /* 2: done, not dead again */
}

void gc_mark_outliving(AwVM *vm, AwValue root) {
    AwGC *gc = &vm->gc;
    if (!value_is_ptr(root) || gc->gray_count) return;
    gc->probing = true;   /* the probe log lists each object marked (leaves excepted) */
    gc->probe_count = 0;
    gc_mark_value(gc, root);
    drain(gc);
    gc->probing = false;
    for (size_t i = 0; i < gc->probe_count; i++) gc->probe_log[i]->flags |= AW_OBJ_OUTLIVES_EXIT;
    /* Every mark goes, leaves' too: the exit rounds start from an unmarked heap. */
    for (int c = 0; c < GC_CLASSES; c++)
        for (GcPage *p = gc->classes[c].pages; p; p = p->next) memset(p->mark, 0, sizeof p->mark);
    for (size_t i = 0; i < gc->large_count; i++) gc->large[i]->gc_marked = 0;
    vm_clear_static_marks(vm);
}

/* Frees every object (interpreter shutdown): a second round for what the first one's finalizers
 * allocated. AW_GC_STATS=1 reports the collector's work. */
void gc_free_all(AwVM *vm) {
    AwGC *gc = &vm->gc;
    const char *stats = getenv("AW_GC_STATS");
    if (stats && *stats && strcmp(stats, "0") != 0)
        fprintf(stderr, "aw gc: %zu collections, %zu bytes live at exit\n", gc->collections, gc->bytes_allocated);
    exit_round(vm);
    exit_round(vm);
    for (int c = 0; c < GC_CLASSES; c++) {
        while (gc->classes[c].pages) {
            GcPage *p = gc->classes[c].pages;
            gc->classes[c].pages = p->next;
            if (!page_in_arena(gc, p)) free(p);
        }
        gc->classes[c].avail = NULL;
    }
    while (gc->spare) {
        GcPage *p = gc->spare;
        gc->spare = p->next;
        if (!page_in_arena(gc, p)) free(p);
    }
    gc->spare_count = 0;
#ifdef MAP_ANONYMOUS
    for (size_t i = 0; i < gc->narenas; i++) munmap(gc->arenas[i], GC_ARENA_SIZE);
#endif
    free(gc->arenas);
    gc->arenas = NULL;
    gc->narenas = gc->arenas_cap = 0;
    for (size_t i = 0; i < gc->large_count; i++) free(gc->large[i]);
    free(gc->large);
    free(gc->gray);
    free(gc->roots);
    free(gc->del_queue);
    free(gc->probe_log);
    gc->probe_log = NULL;
    gc->del_queue = NULL;
    gc->del_count = gc->del_cap = 0;
    gc->large = NULL;
    gc->large_count = gc->large_cap = 0;
    gc->gray = NULL;
    gc->roots = NULL;
}
