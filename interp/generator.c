/* generator.c — generators, coroutines and async generators: objects owning a fiber that the
 * dispatch loop runs on demand (send/throw/close), plus their iterator and awaitable faces. */
#include "interp/generator.h"

#include <stdio.h>
#include <string.h>
#include "interp/args.h"
#include "interp/code.h"
#include "interp/exception.h"
#include "interp/fiber.h"
#include "interp/frameobj.h"
#include "interp/function.h"
#include "interp/gc.h"
#include "interp/loop.h"
#include "interp/ops.h"
#include "interp/origin.h"
#include "interp/str.h"
#include "interp/timeline.h"
#include "interp/traceback.h"
#include "interp/tuple.h"
#include "interp/vm.h"

AwValue vm_run_frame(AwVM *vm, AwFiber *fiber, AwValue throw_exc);
AwFrame *vm_current_frame(AwVM *vm);

static AwType *gen_type_for(AwCode *code) {
    if (code->flags & AW_CODE_ASYNC_GENERATOR) return &aw_type_async_generator;
    if (code->flags & AW_CODE_COROUTINE) return &aw_type_coroutine;
    return &aw_type_generator;
}

AwValue generator_new(AwVM *vm, AwFunction *func, const AwValue *slots) {
    AwCode *code = func->code;
    size_t size = sizeof(AwGenerator) + sizeof(AwValue) * (size_t)code->nlocals;
    AwGenerator *g = (AwGenerator *)gc_new(vm, gen_type_for(code), size);
    if (!g) return AW_ERR;
    g->has_slots = 1;
    if (code->nlocals) memcpy(g->inline_slots, slots, sizeof(AwValue) * (size_t)code->nlocals);
    g->func = func;
    g->code = code;
    g->state = AW_FIBER_NEW;
    AwFrame *creator = vm_current_frame(vm);
    if (creator) {
        g->created_in = creator->code;
        g->created_ip = (int32_t)(creator->ip - creator->code->code) - 1;
    }
    if (AW_UNLIKELY(origin_tracking) && g->obj.type == &aw_type_coroutine) origin_record(vm, g);
    return value_from_ptr(g);
}

/* The bound locals moved to a frame: they are no longer the generator's to keep alive. */
static void release_slots(AwVM *vm, AwGenerator *g) { g->has_slots = 0; }

/* Gives a fresh generator its own fiber with the body's frame at the bottom. */
static AwStatus materialize(AwVM *vm, AwGenerator *g) {
    AwCode *code = g->code;
    AwFiber *f = fiber_new(vm, value_from_ptr(g), 1 + code->nlocals + code->stacksize + 1, 1);
    if (!f) return AW_ERROR;
    f->stack[0] = value_from_ptr(g->func);
    memcpy(f->stack + 1, g->inline_slots, sizeof(AwValue) * (size_t)code->nlocals);
    f->sp = f->stack + 1 + code->nlocals;
    AwFrame *frame = fiber_push_frame(vm, f, code, f->stack + 1);
    if (!frame) return AW_ERROR;
    vm->depth--; /* a suspended frame does not count as recursion */
    frame->func = g->func;
    frame->globals = g->func->globals;
    g->fiber = f;
    release_slots(vm, g);
    return AW_OK;
}

void generator_start_inline(AwVM *vm, AwGenerator *gen, AwValue *slots) {
    memcpy(slots, gen->inline_slots, sizeof(AwValue) * (size_t)gen->code->nlocals);
    release_slots(vm, gen);
    gen->state = AW_FIBER_RUNNING;
    gen->was_awaited = 1;
}

void generator_finish_inline(AwVM *vm, AwGenerator *gen) {
    gen->state = AW_FIBER_DONE;
    if (gen->has_slots) release_slots(vm, gen);
}

static const char *kind_name(AwGenerator *g) {
    AwType *t = g->obj.type;
    return t == &aw_type_coroutine ? "coroutine" : t == &aw_type_async_generator ? "async generator" : "generator";
}

/* The collector finalizes gen when it finds it unreachable (gc.h, AW_OBJ_CLOSE_ON_COLLECT; it
 * then counts among the objects with finalizers until it is finalized or finishes). */
static void note_finalizable(AwVM *vm, AwGenerator *gen) {
    if (gen->obj.flags & (AW_OBJ_CLOSE_ON_COLLECT | AW_OBJ_FINALIZED)) return;
    gen->obj.flags |= AW_OBJ_CLOSE_ON_COLLECT;
    vm->gc.del_live++;
}

/* A generator suspended inside try/with: CPython closes it when it is freed, running its
 * finally blocks and __exit__s. Coroutines are left to their loop; async generators are
 * flagged by agen_step (their loop's finalizer hook). */
static AW_NOINLINE void note_closable(AwVM *vm, AwGenerator *gen) {
    if (gen->obj.type == &aw_type_generator) note_finalizable(vm, gen);
}

/* It finished: nothing left to close. */
static inline void note_done(AwVM *vm, AwGenerator *gen) {
    if (AW_LIKELY(!(gen->obj.flags & AW_OBJ_CLOSE_ON_COLLECT)) || (gen->obj.flags & AW_OBJ_FINALIZED)) return;
    gen->obj.flags |= AW_OBJ_FINALIZED;
    if (vm->gc.del_live) vm->gc.del_live--;
}

AwGenResult generator_resume(AwVM *vm, AwGenerator *gen, AwValue value, AwValue exc, AwValue *out) {
    *out = AW_NONE;
    if (gen->state == AW_FIBER_NEW && exc != AW_EMPTY) {
        /* Throwing into a generator that never started: it finishes without running. */
        gen->state = AW_FIBER_DONE;
        release_slots(vm, gen);
        vm_raise_value(vm, exc);
        return AW_GEN_ERROR;
    }
    if (gen->state == AW_FIBER_RUNNING) {
        vm_raise(vm, &aw_exc_ValueError, "%s already executing", kind_name(gen));
        return AW_GEN_ERROR;
    }
    if (gen->state == AW_FIBER_DONE) {
        if (exc != AW_EMPTY) { vm_raise_value(vm, exc); return AW_GEN_ERROR; }
        if (gen->obj.type == &aw_type_coroutine) {
            vm_raise(vm, &aw_exc_RuntimeError, "cannot reuse already awaited coroutine");
            return AW_GEN_ERROR;
        }
        return AW_GEN_RETURNED;
    }
    if (gen->state == AW_FIBER_NEW && value != AW_NONE) {
        vm_raise(vm, &aw_exc_TypeError, "can't send non-None value to a just-started %s", kind_name(gen));
        return AW_GEN_ERROR;
    }
    if (!gen->fiber && materialize(vm, gen)) return AW_GEN_ERROR;
    AwFiber *fiber = gen->fiber;
    if (vm->depth >= vm->recursion_limit || vm->native_depth > 2000) {
        vm_raise(vm, &aw_exc_RecursionError, "maximum recursion depth exceeded");
        return AW_GEN_ERROR;
    }
    if (fiber->state == AW_FIBER_SUSPENDED && exc == AW_EMPTY) {
        if (fiber_ensure_stack(vm, fiber, 1)) return AW_GEN_ERROR;
        *fiber->sp++ = value;
    }
    fiber->frames[0].is_entry = 1;
    fiber->caller = vm->fiber;
    vm->fiber = fiber;
    /* Suspended frames do not count towards the recursion limit: count them while they run. */
    vm->depth += fiber->nframes;
    vm->native_depth++;
    gen->is_running = 1;
    gen->state = AW_FIBER_RUNNING;
    AwValue r = vm_run_frame(vm, fiber, exc);
    gen->is_running = 0;
    vm->native_depth--;
    if (fiber->state == AW_FIBER_SUSPENDED) vm->depth -= fiber->nframes;
    vm->fiber = fiber->caller;
    fiber->caller = NULL;
    gen->state = fiber->state;
    if (r == AW_ERR) {
        fiber->state = gen->state = AW_FIBER_DONE;
        note_done(vm, gen);
        if (vm_exc_matches(vm, &aw_exc_StopIteration) || vm_exc_matches(vm, &aw_exc_StopAsyncIteration)) {
            AwValue cause = vm_exc_take(vm);
            bool async_stop = value_is_instance(cause, &aw_exc_StopAsyncIteration);
            if (!async_stop || gen->obj.type == &aw_type_async_generator) {
                vm_raise(vm, &aw_exc_RuntimeError, "%s raised %s", kind_name(gen), async_stop ? "StopAsyncIteration" : "StopIteration");
                AW_EXC(vm->exc)->cause = cause;
                AW_EXC(vm->exc)->context = cause;
            } else {
                vm->exc = cause;
            }
        }
        return AW_GEN_ERROR;
    }
    *out = r;
    if (fiber->state == AW_FIBER_SUSPENDED) {
        if (AW_UNLIKELY(fiber->nblocks > 0)) note_closable(vm, gen);
        return AW_GEN_YIELDED;
    }
    note_done(vm, gen);
    return AW_GEN_RETURNED;
}

AwStatus generator_close(AwVM *vm, AwGenerator *gen) {
    if (gen->state == AW_FIBER_DONE) return AW_OK;
    if (gen->state == AW_FIBER_NEW) {
        gen->state = AW_FIBER_DONE;
        release_slots(vm, gen);
        return AW_OK;
    }
    if (gen->state == AW_FIBER_RUNNING) {
        vm_raise(vm, &aw_exc_ValueError, "%s already executing", kind_name(gen));
        return AW_ERROR;
    }
    AwException *ge = exception_new(vm, &aw_exc_GeneratorExit, 0, NULL);
    if (!ge) return AW_ERROR;
    AwValue out;
    AwGenResult r = generator_resume(vm, gen, AW_NONE, value_from_ptr(ge), &out);
    if (r == AW_GEN_YIELDED) {
        vm_raise(vm, &aw_exc_RuntimeError, "%s ignored GeneratorExit", kind_name(gen));
        return AW_ERROR;
    }
    if (r == AW_GEN_ERROR) {
        if (vm_exc_matches(vm, &aw_exc_GeneratorExit) || vm_exc_matches(vm, &aw_exc_StopIteration)) {
            vm_exc_clear(vm);
            return AW_OK;
        }
        return AW_ERROR;
    }
    return AW_OK;
}

/* ---- methods ---- */

static AwValue stop_with(AwVM *vm, AwValue value) {
    AwException *e = exception_new(vm, &aw_exc_StopIteration, value == AW_NONE ? 0 : 1, &value);
    if (!e) return AW_ERR;
    return vm_raise_value(vm, value_from_ptr(e));
}

static AwValue gen_send(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "send", argc, 2, 2)) return AW_ERR;
    AwValue out;
    AwGenerator *g = AW_GEN(argv[0]);
    g->was_awaited = 1;
    AwGenResult r = generator_resume(vm, g, argv[1], AW_EMPTY, &out);
    if (r == AW_GEN_ERROR) return AW_ERR;
    if (r == AW_GEN_RETURNED) return stop_with(vm, out);
    return out;
}

static AwValue gen_throw(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "throw", argc, 2, 4)) return AW_ERR;
    AwValue exc = argv[1];
    AwValue a = argc > 2 ? argv[2] : AW_NONE;
    if (argc > 3 && argv[3] != AW_NONE && !value_is_type(argv[3], &aw_type_traceback))
        return vm_raise(vm, &aw_exc_TypeError, "throw() third argument must be a traceback object");
    if (value_is_instance(exc, &aw_type_type) && type_is_subtype((AwType *)value_as_ptr(exc), &aw_exc_BaseException)) {
        /* throw(type, value): an instance value is the exception itself, a tuple the arguments
         * (CPython's normalization), anything else the one argument. */
        if (a != AW_NONE && value_is_instance(a, (AwType *)value_as_ptr(exc))) exc = a;
        else {
            bool many = value_is_tuple(a);
            int n = many ? (int)AW_TUPLE(a)->len : a == AW_NONE ? 0 : 1;
            exc = vm_exc_instantiate(vm, exc, n, many ? AW_TUPLE(a)->items : &a, true);
            if (exc == AW_ERR) return AW_ERR;
        }
    } else if (!value_is_instance(exc, &aw_exc_BaseException)) {
        return vm_raise(vm, &aw_exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", ops_type_name(exc));
    } else if (a != AW_NONE) {
        return vm_raise(vm, &aw_exc_TypeError, "instance exception may not have a separate value");
    }
    AwValue out;
    AwGenerator *g = AW_GEN(argv[0]);
    g->was_awaited = 1;
    /* a finished generator re-raises what is thrown in; a finished coroutine refuses (CPython) */
    if (g->state == AW_FIBER_DONE && g->obj.type == &aw_type_coroutine)
        return vm_raise(vm, &aw_exc_RuntimeError, "cannot reuse already awaited coroutine");
    AwGenResult r = generator_resume(vm, g, AW_NONE, exc, &out);
    if (r == AW_GEN_ERROR) return AW_ERR;
    if (r == AW_GEN_RETURNED) return stop_with(vm, out);
    return out;
}

static AwValue gen_close(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AW_GEN(argv[0])->was_awaited = 1;
    return generator_close(vm, AW_GEN(argv[0])) ? AW_ERR : AW_NONE;
}

static AwValue gen_iter(AwVM *vm, AwValue self) { return self; }

/* The next slot (for loops, list(), ...): a return value is dropped, as iteration does. */
static AwValue gen_next(AwVM *vm, AwValue self) {
    AwValue out;
    AwGenResult r = generator_resume(vm, AW_GEN(self), AW_NONE, AW_EMPTY, &out);
    if (r == AW_GEN_ERROR) return AW_ERR;
    return r == AW_GEN_RETURNED ? AW_STOP : out;
}

/* gen.__next__() and next(gen): the return value travels in StopIteration.value. */
static AwValue gen_m_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwValue out;
    AwGenResult r = generator_resume(vm, AW_GEN(argv[0]), AW_NONE, AW_EMPTY, &out);
    if (r == AW_GEN_ERROR) return AW_ERR;
    return r == AW_GEN_RETURNED ? stop_with(vm, out) : out;
}

static AwValue gen_m_iter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return argv[0]; }

static AwValue gen_repr(AwVM *vm, AwValue self) {
    AwGenerator *g = AW_GEN(self);
    AwStr *s = str_printf(vm, "<%s object %s at %p>", g->obj.type == &aw_type_async_generator ? "async_generator" : kind_name(g),
                          g->func->qualname->data, (void *)g);
    return s ? str_value(s) : AW_ERR;
}

static void gen_trace(AwGC *gc, AwObject *self) {
    AwGenerator *g = (AwGenerator *)self;
    gc_mark_object(gc, (AwObject *)g->fiber);
    gc_mark_object(gc, (AwObject *)g->func);
    if (g->has_slots) gc_mark_values(gc, g->inline_slots, (size_t)g->code->nlocals);
    gc_mark_object(gc, (AwObject *)g->code);
    gc_mark_object(gc, (AwObject *)g->created_in);
}

static AwValue gen_get_name(AwVM *vm, AwValue self) { return str_value(AW_GEN(self)->func->name); }
static AwValue gen_get_qualname(AwVM *vm, AwValue self) { return str_value(AW_GEN(self)->func->qualname); }
static AwValue gen_get_running(AwVM *vm, AwValue self) { return value_from_bool(AW_GEN(self)->is_running); }
static AwValue gen_get_code(AwVM *vm, AwValue self) { return value_from_ptr(AW_GEN(self)->code); }
static AwValue gen_get_suspended(AwVM *vm, AwValue self) { return value_from_bool(AW_GEN(self)->state == AW_FIBER_SUSPENDED); }
static AwValue gen_get_frame(AwVM *vm, AwValue self) { return frameobj_of_generator(vm, AW_GEN(self)); }

/* gi_yieldfrom / cr_await / ag_await: what a suspended generator is delegating to, else None.
 * An awaited coroutine runs inline as the next frame of the same fiber; any other delegate is
 * the value under the suspended YIELD_FROM/AWAIT. */
static AwValue gen_get_yieldfrom(AwVM *vm, AwValue self) {
    AwGenerator *g = AW_GEN(self);
    AwFiber *f = g->fiber;
    if (g->state != AW_FIBER_SUSPENDED || !f || f->nframes < 1) return AW_NONE;
    if (f->nframes > 1) return f->frames[1].coro ? value_from_ptr(f->frames[1].coro) : AW_NONE;
    return f->frames[0].in_yield_from && f->sp > f->stack ? f->sp[-1] : AW_NONE;
}

/* cr_origin: None, as CPython's without sys.set_coroutine_origin_tracking_depth. */
static AwValue gen_get_origin(AwVM *vm, AwValue self) { return AW_NONE; }

void generator_report_unawaited(AwVM *vm, const char *qualname, AwCode *code, int ip, const void *obj) {
    fflush(stdout);
    if (code) {
        int line = code_line_at(code, ip);
        fprintf(stderr, "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n", code->filename->data, line, qualname);
        bool origin = origin_print(stderr, obj);
        traceback_print_line(vm, stderr, code->filename->data, line);
        if (origin) return;
    } else
        fprintf(stderr, "RuntimeWarning: coroutine '%s' was never awaited\n", qualname);
    /* CPython's line for a warning whose source object tracemalloc did not trace */
    fprintf(stderr, "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
}

void generator_warn_unawaited(AwVM *vm, AwGenerator *g) {
    if (g->was_awaited || g->state != AW_FIBER_NEW || g->obj.type != &aw_type_coroutine || (g->obj.flags & AW_OBJ_OUTLIVES_EXIT)) return;
    g->was_awaited = 1;
    generator_report_unawaited(vm, g->func->qualname->data, g->created_in, g->created_ip, g);
}

static const AwMethodDef gen_methods[] = {
    {"send", gen_send, 0},
    {"throw", gen_throw, 0},
    {"close", gen_close, 0},
    {"__next__", gen_m_next, 0},
    {"__iter__", gen_m_iter, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"gi_running", gen_get_running, NULL},
    {"gi_code", gen_get_code, NULL},
    {"gi_suspended", gen_get_suspended, NULL},
    {"gi_frame", gen_get_frame, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_generator = {
    .name = "generator",
    .base = &aw_type_object,
    .instance_size = sizeof(AwGenerator),
    .flags = AW_TYPE_ABSTRACT,
    .repr = gen_repr,
    .iter = gen_iter,
    .next = gen_next,
    .trace = gen_trace,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

/* ---- coroutines ---- */

static AwValue coro_await(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwGenerator *g = AW_GEN(argv[0]);
    if (g->state == AW_FIBER_DONE) return vm_raise(vm, &aw_exc_RuntimeError, "cannot reuse already awaited coroutine");
    g->was_awaited = 1;
    AwObject *w = gc_new(vm, &aw_type_coroutine_wrapper, sizeof(AwObject) + sizeof(AwValue));
    if (!w) return AW_ERR;
    *(AwValue *)(w + 1) = argv[0];
    return value_from_ptr(w);
}

static const AwMethodDef coro_methods[] = {
    {"send", gen_send, 0},
    {"throw", gen_throw, 0},
    {"close", gen_close, 0},
    {"__await__", coro_await, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef coro_getsets[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"cr_running", gen_get_running, NULL},
    {"cr_code", gen_get_code, NULL},
    {"cr_frame", gen_get_frame, NULL},
    {"cr_await", gen_get_yieldfrom, NULL},
    {"cr_suspended", gen_get_suspended, NULL},
    {"cr_origin", gen_get_origin, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_coroutine = {
    .name = "coroutine",
    .base = &aw_type_object,
    .instance_size = sizeof(AwGenerator),
    .flags = AW_TYPE_ABSTRACT | AW_TYPE_FINALIZE,
    .repr = gen_repr,
    .trace = gen_trace,
    .methods = coro_methods,
    .getsets = coro_getsets,
};

/* coroutine.__await__() returns this iterator over the coroutine. */
static AwValue wrapper_coro(AwValue self) { return *(AwValue *)(value_as_ptr(self) + 1); }
static void wrapper_trace(AwGC *gc, AwObject *self) { gc_mark_value(gc, *(AwValue *)(self + 1)); }
static AwValue wrapper_next(AwVM *vm, AwValue self) {
    AwValue out;
    AwGenResult r = generator_resume(vm, AW_GEN(wrapper_coro(self)), AW_NONE, AW_EMPTY, &out);
    if (r == AW_GEN_ERROR) return AW_ERR;
    if (r == AW_GEN_RETURNED) return out == AW_NONE ? AW_STOP : stop_with(vm, out);
    return out;
}
static AwValue wrapper_send(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "send", argc, 2, 2)) return AW_ERR;
    AwValue a[2] = {wrapper_coro(argv[0]), argv[1]};
    return gen_send(vm, 2, a, NULL);
}
static AwValue wrapper_throw(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwValue a[4] = {wrapper_coro(argv[0]), argc > 1 ? argv[1] : AW_NONE, argc > 2 ? argv[2] : AW_NONE, AW_NONE};
    return gen_throw(vm, argc, a, NULL);
}
static AwValue wrapper_close(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return generator_close(vm, AW_GEN(wrapper_coro(argv[0]))) ? AW_ERR : AW_NONE;
}

static AwValue wrapper_m_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwValue r = wrapper_next(vm, argv[0]);
    return r == AW_STOP ? stop_with(vm, AW_NONE) : r;
}

static const AwMethodDef wrapper_methods[] = {
    {"send", wrapper_send, 0},
    {"throw", wrapper_throw, 0},
    {"close", wrapper_close, 0},
    {"__next__", wrapper_m_next, 0},
    {"__iter__", gen_m_iter, 0},
    {NULL, NULL, 0},
};

AwType aw_type_coroutine_wrapper = {
    .name = "coroutine_wrapper",
    .base = &aw_type_object,
    .instance_size = sizeof(AwObject) + sizeof(AwValue),
    .flags = AW_TYPE_ABSTRACT,
    .iter = gen_iter,
    .next = wrapper_next,
    .trace = wrapper_trace,
    .methods = wrapper_methods,
};

/* ---- async generators ----
 * `agen.__anext__()`, `asend(v)`, `athrow(e)` and `aclose()` return a step awaitable. Driving it
 * resumes the generator's fiber: a YIELD_VALUE in the body (fiber->value_yield) completes the
 * awaitable with the yielded value; an await in the body that suspends passes its yield up to
 * whoever awaits the step (the task). */

typedef enum { AGEN_SEND, AGEN_THROW, AGEN_CLOSE } AwAgenKind;

typedef struct {
    AwObject obj;        /* header */
    AwValue gen;         /* the async generator */
    AwValue arg;         /* value to send, or exception to throw, on the first step */
    int32_t kind;        /* AwAgenKind */
    uint8_t started;     /* the first step happened */
    uint8_t done;        /* finished: further steps raise */
} AwAgenStep;

static AwValue agen_step_new(AwVM *vm, AwValue gen, AwAgenKind kind, AwValue arg) {
    AwType *type = kind == AGEN_THROW || kind == AGEN_CLOSE ? &aw_type_async_generator_athrow : &aw_type_async_generator_step;
    AwAgenStep *st = (AwAgenStep *)gc_new(vm, type, sizeof(AwAgenStep));
    if (!st) return AW_ERR;
    st->gen = gen;
    st->kind = kind;
    st->arg = arg;
    return value_from_ptr(st);
}

int agen_step(AwVM *vm, AwValue self, AwValue sent, AwValue throw_exc, AwValue *out) {
    AwAgenStep *st = AW_AS(AwAgenStep, self);
    AwGenerator *g = AW_GEN(st->gen);
    if (st->done) {
        vm_raise(vm, &aw_exc_RuntimeError, st->kind == AGEN_SEND ? "cannot reuse already awaited __anext__()/asend()"
                                                                  : "cannot reuse already awaited aclose()/athrow()");
        return -1;
    }
    if (!st->started) {
        st->started = 1;
        if (st->kind == AGEN_SEND) sent = st->arg;
        else if (throw_exc == AW_EMPTY) throw_exc = st->arg;
        if (st->kind == AGEN_CLOSE && g->state == AW_FIBER_NEW) {
            st->done = 1;
            g->state = AW_FIBER_DONE;
            *out = AW_NONE;
            return 1;
        }
        if (g->state == AW_FIBER_NEW && loop_note_asyncgen(vm, st->gen)) note_finalizable(vm, g); /* CPython's firstiter hook */
        if (g->state == AW_FIBER_DONE && st->kind != AGEN_THROW) {
            st->done = 1;
            if (st->kind == AGEN_CLOSE) { *out = AW_NONE; return 1; }
            vm_raise_value(vm, value_from_ptr(&aw_exc_StopAsyncIteration));
            return -1;
        }
    }
    AwGenResult r = generator_resume(vm, g, sent, throw_exc, out);
    if (r == AW_GEN_YIELDED && !g->fiber->value_yield) return 0;
    st->done = 1;
    if (r == AW_GEN_YIELDED) {
        if (st->kind == AGEN_CLOSE) {
            vm_raise(vm, &aw_exc_RuntimeError, "async generator ignored GeneratorExit");
            return -1;
        }
        return 1;
    }
    if (r == AW_GEN_RETURNED) {
        if (st->kind == AGEN_CLOSE) { *out = AW_NONE; return 1; }
        vm_raise_value(vm, value_from_ptr(&aw_exc_StopAsyncIteration));
        return -1;
    }
    if (st->kind == AGEN_CLOSE && (vm_exc_matches(vm, &aw_exc_GeneratorExit) || vm_exc_matches(vm, &aw_exc_StopAsyncIteration))) {
        vm_exc_clear(vm);
        *out = AW_NONE;
        return 1;
    }
    return -1;
}

static AwValue agen_m_anext(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return agen_step_new(vm, argv[0], AGEN_SEND, AW_NONE);
}
static AwValue agen_m_aiter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return argv[0]; }
static AwValue agen_m_asend(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "asend", argc, 2, 2)) return AW_ERR;
    return agen_step_new(vm, argv[0], AGEN_SEND, argv[1]);
}
static AwValue agen_m_athrow(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "athrow", argc, 2, 4)) return AW_ERR;
    AwValue exc = argv[1];
    if (value_is_instance(exc, &aw_type_type)) {
        exc = vm_call(vm, exc, 0, NULL, NULL);
        if (exc == AW_ERR) return AW_ERR;
    }
    return agen_step_new(vm, argv[0], AGEN_THROW, exc);
}
static AwValue agen_m_aclose(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwException *ge = exception_new(vm, &aw_exc_GeneratorExit, 0, NULL);
    return ge ? agen_step_new(vm, argv[0], AGEN_CLOSE, value_from_ptr(ge)) : AW_ERR;
}

static const AwMethodDef agen_methods[] = {
    {"__anext__", agen_m_anext, 0},
    {"__aiter__", agen_m_aiter, 0},
    {"asend", agen_m_asend, 0},
    {"athrow", agen_m_athrow, 0},
    {"aclose", agen_m_aclose, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef agen_getsets[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"ag_running", gen_get_running, NULL},
    {"ag_code", gen_get_code, NULL},
    {"ag_frame", gen_get_frame, NULL},
    {"ag_await", gen_get_yieldfrom, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_async_generator = {
    .name = "async_generator",
    .base = &aw_type_object,
    .instance_size = sizeof(AwGenerator),
    .flags = AW_TYPE_ABSTRACT,
    .repr = gen_repr,
    .trace = gen_trace,
    .methods = agen_methods,
    .getsets = agen_getsets,
};

/* The step awaitable, also drivable by hand (send/throw/__next__) like CPython's. */
static void agen_step_trace(AwGC *gc, AwObject *self) {
    gc_mark_value(gc, ((AwAgenStep *)self)->gen);
    gc_mark_value(gc, ((AwAgenStep *)self)->arg);
}

static AwValue agen_step_drive(AwVM *vm, AwValue self, AwValue sent, AwValue exc) {
    AwValue out;
    int r = agen_step(vm, self, sent, exc, &out);
    if (r < 0) return AW_ERR;
    if (r == 0) return out;
    return stop_with(vm, out);
}

static AwValue agen_step_m_send(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "send", argc, 2, 2)) return AW_ERR;
    return agen_step_drive(vm, argv[0], argv[1], AW_EMPTY);
}
static AwValue agen_step_m_throw(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "throw", argc, 2, 4)) return AW_ERR;
    AwValue exc = argv[1];
    if (value_is_instance(exc, &aw_type_type)) {
        exc = vm_call(vm, exc, 0, NULL, NULL);
        if (exc == AW_ERR) return AW_ERR;
    }
    return agen_step_drive(vm, argv[0], AW_NONE, exc);
}
static AwValue agen_step_m_close(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AW_AS(AwAgenStep, argv[0])->done = 1;
    return AW_NONE;
}
static AwValue agen_step_next(AwVM *vm, AwValue self) { return agen_step_drive(vm, self, AW_NONE, AW_EMPTY); }
static AwValue agen_step_m_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return agen_step_next(vm, argv[0]); }
static AwValue agen_step_m_await(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return argv[0]; }

static const AwMethodDef agen_step_methods[] = {
    {"send", agen_step_m_send, 0},
    {"throw", agen_step_m_throw, 0},
    {"close", agen_step_m_close, 0},
    {"__next__", agen_step_m_next, 0},
    {"__await__", agen_step_m_await, 0},
    {"__iter__", agen_step_m_await, 0},
    {NULL, NULL, 0},
};

AwType aw_type_async_generator_step = {
    .name = "async_generator_asend",
    .base = &aw_type_object,
    .instance_size = sizeof(AwAgenStep),
    .flags = AW_TYPE_ABSTRACT,
    .iter = gen_iter,
    .next = agen_step_next,
    .trace = agen_step_trace,
    .methods = agen_step_methods,
};

AwType aw_type_async_generator_athrow = {
    .name = "async_generator_athrow",
    .base = &aw_type_object,
    .instance_size = sizeof(AwAgenStep),
    .flags = AW_TYPE_ABSTRACT,
    .iter = gen_iter,
    .next = agen_step_next,
    .trace = agen_step_trace,
    .methods = agen_step_methods,
};
