/* frameobj.h — frame objects: what sys._getframe() and a traceback's tb_frame return.
 *
 * aw's activations (AwFrame, fiber.h) live on fiber stacks and are reused as soon as a call
 * returns, so a frame object is a snapshot taken when it is asked for: the code, the
 * globals, the line, the caller chain (f_back) and the values of the local slots at that
 * moment. f_locals is built from that snapshot on first use (then the same dict every time);
 * module and class-body frames share their live namespace dict, as in CPython. Why a snapshot:
 * keeping activations alive for frame objects would cost every call, and programs read frame
 * objects (logging's caller, inspect, tracebacks) far more than they mutate frames through them.
 */
#ifndef AW_FRAMEOBJ_H
#define AW_FRAMEOBJ_H

#include "interp/fiber.h"
#include "interp/object.h"

typedef struct AwFrameObject AwFrameObject;

struct AwFrameObject {
    AwObject obj;            /* header */
    AwCode *code;            /* f_code */
    AwDict *globals;         /* f_globals, or NULL when unknown (then an empty dict is shown) */
    AwDict *namespace_;      /* the live locals dict of module/class-body code, else NULL */
    AwTuple *values;         /* the local slots when the snapshot was taken (function frames), or NULL */
    AwDict *locals;          /* f_locals built from values on first use, or NULL */
    AwFrameObject *back;     /* f_back, or NULL */
    int32_t line;            /* f_lineno */
    int32_t lasti;           /* f_lasti: the instruction being run */
};

/* A snapshot of activation `f` (whose current instruction is `ip`) with no caller. NULL with
 * MemoryError raised on failure. */
AwFrameObject *frameobj_snapshot(AwVM *vm, AwFrame *f, int ip);
/* The local slots of activation `f` as a tuple (NULL and no error when it has none, or when its
 * locals are a namespace dict): what a traceback entry keeps so tb_frame can be made later. */
AwStatus frameobj_save_values(AwVM *vm, AwFrame *f, AwTuple **out);
/* A frame object from parts kept elsewhere (a traceback entry). */
AwFrameObject *frameobj_new(AwVM *vm, AwCode *code, AwDict *globals, AwDict *namespace_, AwTuple *values, int ip);
/* sys._getframe(depth): the depth-th activation below the running one, with its f_back chain;
 * NULL with ValueError("call stack is not deep enough") when there are not that many. */
AwFrameObject *frameobj_current(AwVM *vm, int64_t depth);
/* gen.gi_frame / coro.cr_frame: None once finished, else a snapshot of the body's frame
 * (f_back None; before the first step, at the def line with the bound arguments). */
AwValue frameobj_of_generator(AwVM *vm, AwGenerator *g);

#endif
