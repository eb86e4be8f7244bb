/* fiber.c — fiber objects: growable value, frame and block stacks. */
#include "interp/fiber.h"

#include <string.h>
#include "interp/code.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/vm.h"

/* The first value stack and frame array live in the fiber's own allocation, right after the
 * struct: one block per idle coroutine instead of three. They move to their own buffers the
 * first time they grow (is_stack_inline / is_frames_inline say where they are). */
static AwValue *inline_stack(AwFiber *f) { return (AwValue *)(f + 1); }

AwFiber *fiber_new(AwVM *vm, AwValue owner, int64_t stack_cap, int32_t frames_cap) {
    if (stack_cap < 4) stack_cap = 4;
    if (frames_cap < 1) frames_cap = 1;
    size_t size = sizeof(AwFiber) + sizeof(AwValue) * (size_t)stack_cap + sizeof(AwFrame) * (size_t)frames_cap;
    AwFiber *f = (AwFiber *)gc_new(vm, &aw_type_fiber, size);
    if (!f) return NULL;
    f->stack = inline_stack(f);
    f->frames = (AwFrame *)(f->stack + stack_cap);
    f->is_stack_inline = f->is_frames_inline = 1;
    f->stack_cap = (int32_t)stack_cap;
    f->frames_cap = frames_cap;
    f->sp = f->stack;
    f->handled_exc = AW_NONE;
    f->owner = owner;
    f->state = AW_FIBER_NEW;
    return f;
}

/* Moves an inline buffer of `old_size` bytes out to a heap buffer of `new_size`, or grows a
 * heap buffer. */
static void *grow_buffer(AwVM *vm, void *old, uint8_t *is_inline, size_t old_size, size_t new_size) {
    if (!*is_inline) return gc_realloc(vm, old, old_size, new_size);
    void *p = gc_alloc(vm, new_size);
    if (!p) return NULL;
    memcpy(p, old, old_size);
    *is_inline = 0;
    return p;
}

AwStatus fiber_ensure_stack(AwVM *vm, AwFiber *fiber, int64_t extra) {
    int64_t used = fiber->sp - fiber->stack;
    if (used + extra <= fiber->stack_cap) return AW_OK;
    int64_t cap = fiber->stack_cap * 2;
    while (cap < used + extra) cap *= 2;
    if (cap > ((int64_t)1 << 28)) {
        vm_raise(vm, &aw_exc_RecursionError, "maximum recursion depth exceeded");
        return AW_ERROR;
    }
    AwValue *old = fiber->stack;
    AwValue *stack = grow_buffer(vm, old, &fiber->is_stack_inline, sizeof(AwValue) * (size_t)fiber->stack_cap, sizeof(AwValue) * (size_t)cap);
    if (!stack) return AW_ERROR;
    /* Relocate every pointer into the old stack. */
    for (int32_t i = 0; i < fiber->nframes; i++) fiber->frames[i].slots = stack + (fiber->frames[i].slots - old);
    fiber->sp = stack + used;
    fiber->stack = stack;
    fiber->stack_cap = (int32_t)cap;
    return AW_OK;
}

AwStatus fiber_ensure_blocks(AwVM *vm, AwFiber *fiber, int32_t extra) {
    if (fiber->nblocks + extra <= fiber->blocks_cap) return AW_OK;
    int32_t cap = fiber->blocks_cap ? fiber->blocks_cap * 2 : 8;
    while (cap < fiber->nblocks + extra) cap *= 2;
    AwBlock *b = gc_realloc(vm, fiber->blocks, sizeof(AwBlock) * (size_t)fiber->blocks_cap, sizeof(AwBlock) * (size_t)cap);
    if (!b) return AW_ERROR;
    fiber->blocks = b;
    fiber->blocks_cap = cap;
    return AW_OK;
}

AwFrame *fiber_push_frame(AwVM *vm, AwFiber *fiber, AwCode *code, AwValue *slots) {
    if (fiber->nframes == fiber->frames_cap) {
        int32_t cap = fiber->frames_cap < 4 ? 4 : fiber->frames_cap * 2;
        AwFrame *fr = grow_buffer(vm, fiber->frames, &fiber->is_frames_inline, sizeof(AwFrame) * (size_t)fiber->frames_cap,
                                  sizeof(AwFrame) * (size_t)cap);
        if (!fr) return NULL;
        fiber->frames = fr;
        fiber->frames_cap = cap;
    }
    AwFrame *f = &fiber->frames[fiber->nframes++];
    fiber_frame_init(f, code, slots, fiber->nblocks);
    vm->depth++;
    return f;
}

static void fiber_trace(AwGC *gc, AwObject *self) {
    AwFiber *f = (AwFiber *)self;
    gc_mark_values(gc, f->stack, (size_t)(f->sp - f->stack));
    for (int32_t i = 0; i < f->nframes; i++) {
        AwFrame *fr = &f->frames[i];
        gc_mark_object(gc, &fr->code->obj);
        gc_mark_object(gc, (AwObject *)fr->func);
        gc_mark_object(gc, (AwObject *)fr->globals);
        gc_mark_object(gc, (AwObject *)fr->locals);
        gc_mark_object(gc, (AwObject *)fr->coro);
        gc_mark_value(gc, fr->accum);
    }
    for (int32_t i = 0; i < f->nblocks; i++) gc_mark_value(gc, f->blocks[i].saved_exc);
    gc_mark_value(gc, f->handled_exc);
    gc_mark_object(gc, (AwObject *)f->caller);
    /* A suspended fiber is reached only through its owner: not marking back keeps a dropped
     * generator out of a cycle, so the drop collects it at once (its finally blocks run then,
     * as CPython's reference counting does). */
    if (f->state != AW_FIBER_SUSPENDED) gc_mark_value(gc, f->owner);
}

static void fiber_free(AwVM *vm, AwObject *self) {
    AwFiber *f = (AwFiber *)self;
    if (!f->is_stack_inline) gc_free(vm, f->stack, sizeof(AwValue) * (size_t)f->stack_cap);
    if (!f->is_frames_inline) gc_free(vm, f->frames, sizeof(AwFrame) * (size_t)f->frames_cap);
    gc_free(vm, f->blocks, sizeof(AwBlock) * (size_t)f->blocks_cap);
}

AwType aw_type_fiber = {
    .name = "fiber",
    .base = &aw_type_object,
    .instance_size = sizeof(AwFiber),
    .flags = AW_TYPE_ABSTRACT,
    .trace = fiber_trace,
    .free_ = fiber_free,
};
