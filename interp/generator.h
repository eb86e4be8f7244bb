/* generator.h — generator, coroutine and async generator objects.
 *
 * Each owns a fiber whose bottom frame runs the function body. Resuming runs the fiber in a
 * nested dispatch loop until it yields, returns or raises. (The async core will let a Task's
 * fiber run awaited coroutines' frames directly instead.)
 */
#ifndef AW_GENERATOR_H
#define AW_GENERATOR_H

#include "interp/types.h"

struct AwGenerator {
    AwObject obj;            /* header: generator, coroutine or async_generator type */
    AwFunction *func;        /* the function whose body this runs */
    uint8_t state;           /* AwFiberState: NEW, RUNNING, SUSPENDED, DONE */
    uint8_t has_slots;       /* inline_slots holds the bound locals (the body has not started) */
    uint8_t is_running;      /* gi_running */
    uint8_t was_awaited;     /* a coroutine that was awaited or driven at least once */
    int32_t created_ip;      /* instruction index where it was created */
    AwFiber *fiber;          /* own fiber, made on first send()/next()/Task step; NULL while
                                the body runs inline on an awaiting fiber (await of a fresh
                                coroutine pushes its frame there, like a call) */
    AwCode *code;            /* gi_code / cr_code */
    AwCode *created_in;      /* code of the frame that created it (never-awaited warning) */
    AwValue inline_slots[];  /* the bound locals (code->nlocals values) while has_slots, part of
                                this allocation: an idle task's coroutine is one 80-byte block;
                                __name__ and __qualname__ are its function's */
};

/* Result kinds of generator_resume. */
typedef enum { AW_GEN_YIELDED, AW_GEN_RETURNED, AW_GEN_ERROR } AwGenResult;

/* Creates the object for a call of a generator/coroutine function: the frame is set up with
 * the bound arguments in `slots` (code->nlocals values, already bound and celled). */
AwValue generator_new(AwVM *vm, AwFunction *func, const AwValue *slots);
/* send(value) / throw(exc) (exc != AW_EMPTY) into the generator. *out receives the yielded
 * or returned value. */
AwGenResult generator_resume(AwVM *vm, AwGenerator *gen, AwValue value, AwValue exc, AwValue *out);
/* Moves a fresh coroutine's frame onto `fiber` (await of a fresh coroutine): its locals go at
 * `slots` (room for code->nlocals values). Marks it running; the frame is the caller's to push. */
void generator_start_inline(AwVM *vm, AwGenerator *gen, AwValue *slots);
/* A coroutine frame that ran inline returned or raised. */
void generator_finish_inline(AwVM *vm, AwGenerator *gen);
/* A coroutine that was never awaited is reported once: "file:line: RuntimeWarning: coroutine
 * 'f' was never awaited" (at once when an expression statement discards it, or when it is
 * collected). */
void generator_warn_unawaited(AwVM *vm, AwGenerator *gen);
/* Prints that warning for any never-awaited awaitable `obj` created at (code, ip), with where
 * it was created when debug mode recorded it (origin.h). */
void generator_report_unawaited(AwVM *vm, const char *qualname, AwCode *code, int ip, const void *obj);
/* One step of an async generator's asend/athrow/aclose awaitable (`await agen.__anext__()`):
 * 0 the body awaited something and *out must be yielded outward, 1 the awaitable finished
 * with *out (the value the body yielded), -1 error (StopAsyncIteration when exhausted). */
int agen_step(AwVM *vm, AwValue step, AwValue sent, AwValue throw_exc, AwValue *out);
/* An awaitable of asend()/__anext__() (async_generator_asend) or athrow()/aclose()
 * (async_generator_athrow): both are driven by agen_step. */
static inline bool value_is_agen_step(AwValue v) {
    if (!value_is_ptr(v)) return false;
    AwType *t = value_as_ptr(v)->type;
    return t == &aw_type_async_generator_step || t == &aw_type_async_generator_athrow;
}
/* gen.close() */
AwStatus generator_close(AwVM *vm, AwGenerator *gen);

#define AW_GEN(v) ((AwGenerator *)value_as_ptr(v))

#endif
