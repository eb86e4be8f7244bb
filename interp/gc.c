/* gc.c — allocation funnel and precise mark-sweep collection (see gc.h for the contract). */
#include "interp/gc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "interp/exception.h"
#include "interp/vm.h"

#define GC_INITIAL_BUDGET (8u << 20)   /* first collection after 8 MiB */
#define GC_GROWTH 4                    /* next budget = live bytes * GC_GROWTH: fewer full sweeps of big heaps */
#define GC_MAX_ALLOC ((size_t)1 << 40) /* refuse absurd single requests up front */

/* Roots that live outside the heap; defined by vm.c so gc.c need not know fibers or loops. */
void vm_trace_roots(AwVM *vm, AwGC *gc);
/* Static objects (built-in types) are marked like heap objects but never swept; vm.c lists
 * them so their mark bits can be cleared after a collection. */
void vm_clear_static_marks(AwVM *vm);

static void note_growth(AwGC *gc, size_t size) {
    gc->bytes_allocated += size;
    if (gc->bytes_allocated > gc->next_collect || gc->stress) gc->pending = true;
}

AwObject *gc_new(AwVM *vm, AwType *type, size_t size) {
    if (size > GC_MAX_ALLOC) { vm_raise_memory(vm); return NULL; }
    AwObject *obj = calloc(1, size);
    if (!obj) { vm_raise_memory(vm); return NULL; }
    obj->type = type;
    obj->gc_size = (uint32_t)(size > UINT32_MAX ? UINT32_MAX : size);
    obj->gc_next = vm->gc.objects;
    vm->gc.objects = obj;
    note_growth(&vm->gc, size);
    return obj;
}

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
    if (!obj || obj->gc_marked) return;
    obj->gc_marked = 1;
    if (gc->gray_count == gc->gray_cap) {
        size_t cap = gc->gray_cap ? gc->gray_cap * 2 : 1024;
        AwObject **g = realloc(gc->gray, cap * sizeof *g);
        if (!g) { abort(); } /* cannot continue a collection without a mark stack */
        gc->gray = g;
        gc->gray_cap = cap;
    }
    gc->gray[gc->gray_count++] = obj;
}

void gc_mark_value(AwGC *gc, AwValue v) {
    if (value_is_ptr(v)) gc_mark_object(gc, value_as_ptr(v));
}

void gc_mark_values(AwGC *gc, const AwValue *v, size_t n) {
    for (size_t i = 0; i < n; i++) gc_mark_value(gc, v[i]);
}

AwStatus gc_push_root(AwVM *vm, AwValue v) {
    AwGC *gc = &vm->gc;
    if (gc->root_count == gc->root_cap) {
        size_t cap = gc->root_cap ? gc->root_cap * 2 : 64;
        AwValue *r = realloc(gc->roots, cap * sizeof *r);
        if (!r) { vm_raise_memory(vm); return AW_ERROR; }
        gc->roots = r;
        gc->root_cap = cap;
    }
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

/* One pass over the heap unlinks the dead objects (clearing the marks of the live ones); the
 * remaining passes touch only the dead: first the objects that asked to look at their
 * referents before anything is freed (AW_TYPE_FINALIZE: warnings about never-awaited
 * coroutines), then every free_ slot (an instance's free_ may read its class, and the class its
 * metaclass, which can die in the same sweep), then the memory. */
static void sweep(AwVM *vm) {
    AwObject **link = &vm->gc.objects;
    AwObject *dead = NULL;
    while (*link) {
        AwObject *obj = *link;
        if (obj->gc_marked) { obj->gc_marked = 0; link = &obj->gc_next; continue; }
        *link = obj->gc_next;
        obj->gc_next = dead;
        dead = obj;
    }
    for (AwObject *obj = dead; obj; obj = obj->gc_next)
        if (obj->type->flags & AW_TYPE_FINALIZE) vm_finalize_dead(vm, obj);
    for (AwObject *obj = dead; obj; obj = obj->gc_next)
        if (obj->type->free_) obj->type->free_(vm, obj);
    while (dead) {
        AwObject *next = dead->gc_next;
        vm->gc.bytes_allocated -= dead->gc_size;
        free(dead);
        dead = next;
    }
}

void gc_collect(AwVM *vm) {
    AwGC *gc = &vm->gc;
    gc_mark_values(gc, gc->roots, gc->root_count);
    vm_trace_roots(vm, gc);
    drain(gc);
    sweep(vm);
    vm_clear_static_marks(vm);
    gc->collections++;
    gc->pending = false;
    gc->next_collect = gc->bytes_allocated * GC_GROWTH;
    if (gc->next_collect < GC_INITIAL_BUDGET) gc->next_collect = GC_INITIAL_BUDGET;
}

void gc_safepoint(AwVM *vm) {
    if (vm->gc.pending) gc_collect(vm);
}

void gc_init(AwVM *vm) {
    memset(&vm->gc, 0, sizeof vm->gc);
    vm->gc.vm = vm;
    vm->gc.next_collect = GC_INITIAL_BUDGET;
    const char *stress = getenv("AW_GC_STRESS");
    vm->gc.stress = stress && *stress && strcmp(stress, "0") != 0;
}

/* Frees every object (interpreter shutdown). AW_GC_STATS=1 reports the collector's work. */
void gc_free_all(AwVM *vm) {
    const char *stats = getenv("AW_GC_STATS");
    if (stats && *stats && strcmp(stats, "0") != 0)
        fprintf(stderr, "aw gc: %zu collections, %zu bytes live at exit\n", vm->gc.collections, vm->gc.bytes_allocated);
    AwObject *obj = vm->gc.objects;
    while (obj) { obj->gc_marked = 0; obj = obj->gc_next; }
    sweep(vm);
    free(vm->gc.gray);
    free(vm->gc.roots);
    vm->gc.gray = NULL;
    vm->gc.roots = NULL;
}
