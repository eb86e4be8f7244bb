/* fiber.h — fibers (a value stack + a frame stack + a block stack) and frames.
 *
 * A fiber is what runs: the main program, each generator and coroutine, and later each Task.
 * An aw-to-aw call pushes a frame on the current fiber's stacks; the dispatch loop never
 * recurses in C for it. A frame's locals (slots) sit on the value stack, directly followed by
 * its operand stack. The value stack grows by reallocation: fiber_ensure_stack fixes every
 * frame's slots pointer and fiber->sp, so code holding raw pointers into the stack must reload
 * them after anything that can push frames (the dispatch loop's RELOAD).
 */
#ifndef AW_FIBER_H
#define AW_FIBER_H

#include "interp/code.h"
#include "interp/types.h"

typedef enum { AW_BLOCK_TRY, AW_BLOCK_EXCEPT_HANDLER } AwBlockKind;

typedef struct {
    int32_t kind;         /* AwBlockKind */
    int32_t handler;      /* TRY: instruction index of the handler */
    int32_t depth;        /* stack depth (values above the frame's slots+nlocals) to restore */
    AwValue saved_exc;    /* EXCEPT_HANDLER: the handled exception to restore on exit */
} AwBlock;

struct AwFrame {
    AwCode *code;            /* code being run */
    AwFunction *func;        /* the function, or NULL for module/exec/class-body code run directly */
    AwDict *globals;         /* module namespace */
    AwDict *locals;          /* namespace dict of module and class-body code, else NULL */
    AwValue *slots;          /* local slots (code->nlocals) on the fiber's value stack */
    const uint32_t *ip;      /* next instruction, saved while another frame runs */
    AwGenerator *coro;       /* the coroutine whose body runs inline in this frame, or NULL */
    AwValue accum;           /* str last built by `x += s` into a local (kept alive), or AW_NONE */
    int32_t block_base;      /* index of this frame's first block in fiber->blocks */
    int32_t nblocks;         /* blocks in use */
    int32_t accum_loads;     /* LOAD_FASTs of accum since it was built: 1 = only the += itself */
    uint8_t is_entry;        /* a native call started the dispatch loop at this frame */
    uint8_t in_yield_from;   /* suspended inside YIELD_FROM/AWAIT (resume forwards to the delegate) */
    uint8_t is_init;         /* an __init__ run inline by a class call: returns the instance (slots[-1]) */
};  /* fields ordered so that it packs into 80 bytes */

typedef enum {
    AW_FIBER_NEW,        /* created, not started */
    AW_FIBER_RUNNING,    /* on the C stack now */
    AW_FIBER_SUSPENDED,  /* yielded; can be resumed */
    AW_FIBER_DONE        /* returned or raised */
} AwFiberState;

struct AwFiber {
    AwObject obj;            /* header */
    AwValue *stack;          /* value stack (owned, or inline: see is_stack_inline) */
    AwValue *sp;             /* top of stack (next free slot), valid while not in a dispatch loop */
    AwFrame *frames;         /* frame stack (owned, or inline: see is_frames_inline) */
    AwBlock *blocks;         /* block stack shared by the frames (owned) */
    AwValue handled_exc;     /* the exception being handled (sys.exc_info()), or AW_NONE */
    AwFiber *caller;         /* the fiber that resumed this one (while running), else NULL */
    AwValue owner;           /* the generator/coroutine object that owns this fiber, or AW_NONE */
    int32_t stack_cap;       /* values allocated (at most 2**28) */
    int32_t nframes;         /* frames in use */
    int32_t frames_cap;      /* frames allocated */
    int32_t nblocks;         /* blocks in use */
    int32_t blocks_cap;      /* blocks allocated */
    uint8_t state;           /* AwFiberState */
    uint8_t value_yield;     /* the last suspension was YIELD_VALUE, not an await passing a yield through */
    uint8_t is_stack_inline; /* stack is the first buffer inside this object's allocation */
    uint8_t is_frames_inline;/* frames is the buffer inside this object's allocation (after the stack) */
};  /* fields ordered so that an idle coroutine's fiber, stack and frame fit a 240-byte block */

/* A fiber with room for `stack_cap` values and `frames_cap` frames (both grow on demand);
 * generators size them to their body so an idle task stays small. */
AwFiber *fiber_new(AwVM *vm, AwValue owner, int64_t stack_cap, int32_t frames_cap);
/* Fills a frame that starts running `code` with its locals at `slots` (func, globals and
 * locals NULL: the caller sets what applies). */
static inline void fiber_frame_init(AwFrame *f, AwCode *code, AwValue *slots, int32_t block_base) {
    f->code = code;
    f->func = NULL;
    f->globals = NULL;
    f->locals = NULL;
    f->slots = slots;
    f->ip = code->code;
    f->block_base = block_base;
    f->nblocks = 0;
    f->is_entry = 0;
    f->in_yield_from = 0;
    f->is_init = 0;
    f->coro = NULL;
    f->accum = AW_NONE;
    f->accum_loads = 0;
}
/* Makes room for `extra` more values above fiber->sp (relocating frames if it moves). */
AwStatus fiber_ensure_stack(AwVM *vm, AwFiber *fiber, int64_t extra);
/* Pushes a frame whose slots start at `slots` (already on the stack). NULL on MemoryError. */
AwFrame *fiber_push_frame(AwVM *vm, AwFiber *fiber, AwCode *code, AwValue *slots);
AwStatus fiber_ensure_blocks(AwVM *vm, AwFiber *fiber, int32_t extra);

#endif
