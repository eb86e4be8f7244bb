/* vm_instr.c — the bodies of instructions too big for the dispatch loop (see vm_exec.h):
 * unpacking, with-statements, except matching, raise-from, await delegation. */
#include "interp/vm_exec.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "interp/class.h"
#include "interp/code.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/fiber.h"
#include "interp/function.h"
#include "interp/future.h"
#include "interp/generator.h"
#include "interp/iter.h"
#include "interp/list.h"
#include "interp/opcodes.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

AwValue class_bind(AwVM *vm, AwValue attr, AwValue obj, AwType *owner);

AwValue vm_instr_unbound_local(AwVM *vm, AwCode *code, uint32_t slot) {
    return vm_raise(vm, &aw_exc_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
                    AW_STR(code->varnames->items[slot])->data);
}

AwValue vm_instr_unbound_deref(AwVM *vm, AwCode *code, uint32_t slot) {
    if ((int32_t)slot >= code->nlocals - code->nfree)
        return vm_raise(vm, &aw_exc_NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                        AW_STR(code->varnames->items[slot])->data);
    return vm_instr_unbound_local(vm, code, slot);
}

/* Pushes the items of seq (exactly n, or before+starred+after) in reverse order at dst. */
AwStatus vm_instr_unpack(AwVM *vm, AwValue seq, int before, int after, bool starred, AwValue *dst) {
    int n = before + after;
    if (!starred && (value_is_tuple(seq) || value_is_list(seq))) {
        int64_t len = value_is_tuple(seq) ? AW_TUPLE(seq)->len : AW_LIST(seq)->len;
        AwValue *items = value_is_tuple(seq) ? AW_TUPLE(seq)->items : AW_LIST(seq)->items;
        if (len < n) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "not enough values to unpack (expected %d, got %lld)", n, (long long)len));
        if (len > n) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "too many values to unpack (expected %d)", n));
        for (int i = 0; i < n; i++) dst[n - 1 - i] = items[i];
        return AW_OK;
    }
    if (!type_of(seq)->iter && !type_of(seq)->getitem)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "cannot unpack non-iterable %s object", ops_type_name(seq)));
    AwValue list = list_from_iterable(vm, seq);
    if (list == AW_ERR) return AW_ERROR;
    AwList *l = AW_LIST(list);
    if (!starred) {
        if (l->len < n) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "not enough values to unpack (expected %d, got %lld)", n, (long long)l->len));
        if (l->len > n) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "too many values to unpack (expected %d)", n));
        for (int i = 0; i < n; i++) dst[n - 1 - i] = l->items[i];
        return AW_OK;
    }
    if (l->len < n)
        return vm_fail(vm_raise(vm, &aw_exc_ValueError, "not enough values to unpack (expected at least %d, got %lld)", n, (long long)l->len));
    int total = n + 1;
    for (int i = 0; i < before; i++) dst[total - 1 - i] = l->items[i];
    AwList *mid = list_from(vm, l->len - n, l->items + before);
    if (!mid) return AW_ERROR;
    dst[total - 1 - before] = value_from_ptr(mid);
    for (int i = 0; i < after; i++) dst[after - 1 - i] = l->items[l->len - after + i];
    return AW_OK;
}

/* The special-method lookup of `with`: (exit bound, enter result). */
AwStatus vm_instr_setup_with(AwVM *vm, AwValue mgr, AwValue *exit_out, AwValue *enter_out, bool is_async) {
    AwType *t = type_of(mgr);
    AwValue enter = type_lookup(t, is_async ? AW_NAME(vm, __aenter__) : AW_NAME(vm, __enter__));
    AwValue exit = type_lookup(t, is_async ? AW_NAME(vm, __aexit__) : AW_NAME(vm, __exit__));
    if (enter == AW_EMPTY || exit == AW_EMPTY) {
        /* CPython 3.11.2 names the missing exit method when only that one is missing */
        const char *missed = enter == AW_EMPTY ? "" : is_async ? " (missed __aexit__ method)" : " (missed __exit__ method)";
        if (is_async)
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "'%s' object does not support the asynchronous context manager protocol%s", type_name(t), missed));
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "'%s' object does not support the context manager protocol%s", type_name(t), missed));
    }
    AwValue exit_bound = class_bind(vm, exit, mgr, t);
    if (exit_bound == AW_ERR) return AW_ERROR;
    *exit_out = exit_bound;
    if (gc_push_root(vm, exit_bound)) return AW_ERROR;
    AwValue enter_bound = class_bind(vm, enter, mgr, t);
    AwValue r = enter_bound == AW_ERR ? AW_ERR : vm_call(vm, enter_bound, 0, NULL, NULL);
    gc_pop_roots(vm, 1);
    if (r == AW_ERR) return AW_ERROR;
    *enter_out = r;
    return AW_OK;
}

AwValue vm_instr_with_except(AwVM *vm, AwValue exit, AwValue exc) {
    AwValue tb = AW_EXC(exc)->traceback;
    AwValue args[3] = {value_from_ptr(type_of(exc)), exc, tb == AW_EMPTY ? AW_NONE : tb};
    return vm_call(vm, exit, 3, args, NULL);
}

static bool is_exception_class(AwValue v) {
    return value_is_instance(v, &aw_type_type) && type_is_subtype((AwType *)value_as_ptr(v), &aw_exc_BaseException);
}

/* As CPython, every class of a tuple is checked before any is matched (no nested tuples). */
int vm_instr_exc_match(AwVM *vm, AwValue exc, AwValue type) {
    AwTuple *t = value_is_tuple(type) ? AW_TUPLE(type) : NULL;
    for (int64_t i = 0; i < (t ? t->len : 1); i++)
        if (!is_exception_class(t ? t->items[i] : type)) {
            vm_raise(vm, &aw_exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
    for (int64_t i = 0; i < (t ? t->len : 1); i++)
        if (value_is_instance(exc, (AwType *)value_as_ptr(t ? t->items[i] : type))) return 1;
    return 0;
}

AwStatus vm_instr_raise_from(AwVM *vm, AwValue exc, AwValue cause) {
    if (value_is_instance(exc, &aw_type_type)) {
        if (!type_is_subtype((AwType *)value_as_ptr(exc), &aw_exc_BaseException))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "exceptions must derive from BaseException"));
        exc = vm_exc_instantiate(vm, exc, 0, NULL, false);
        if (exc == AW_ERR) return AW_ERROR;
    }
    if (!value_is_instance(exc, &aw_exc_BaseException))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "exceptions must derive from BaseException"));
    if (cause != AW_EMPTY) {
        if (value_is_instance(cause, &aw_type_type) && type_is_subtype((AwType *)value_as_ptr(cause), &aw_exc_BaseException)) {
            cause = vm_call(vm, cause, 0, NULL, NULL);
            if (cause == AW_ERR) return AW_ERROR;
        } else if (cause != AW_NONE && !value_is_instance(cause, &aw_exc_BaseException)) {
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "exception causes must derive from BaseException"));
        }
        AW_EXC(exc)->cause = cause;
        AW_EXC(exc)->suppress_context = true;
    }
    vm_raise_rechained(vm, exc);
    return AW_ERROR;
}

/* Whether `await obj` can start (what GET_ANEXT checks of __anext__'s result). */
bool vm_instr_is_awaitable(AwVM *vm, AwValue obj) {
    AwType *t = type_of(obj);
    return t == &aw_type_coroutine || t == &aw_type_sleep || value_is_agen_step(obj) || value_is_future(obj) ||
           type_lookup(t, AW_NAME(vm, __await__)) != AW_EMPTY;
}

/* The iterator that `await obj` delegates to; `where` (AWAIT_AENTER/AEXIT) words the error for
 * what __aenter__/__aexit__ returned. */
AwValue vm_instr_get_awaitable(AwVM *vm, AwValue obj, int where) {
    AwType *t = type_of(obj);
    if (t == &aw_type_coroutine) {
        AwGenerator *g = AW_GEN(obj);
        if (g->state == AW_FIBER_DONE) return vm_raise(vm, &aw_exc_RuntimeError, "cannot reuse already awaited coroutine");
        if (g->state == AW_FIBER_RUNNING || g->was_awaited) return vm_raise(vm, &aw_exc_RuntimeError, "coroutine is being awaited already");
        g->was_awaited = 1;
        return obj;
    }
    if (value_is_future(obj) || t == &aw_type_sleep || value_is_agen_step(obj)) return obj;
    AwValue r = vm_call_dunder(vm, obj, AW_NAME(vm, __await__), 0, NULL);
    if (r == AW_EMPTY && where != AWAIT_PLAIN)
        return vm_raise(vm, &aw_exc_TypeError, "'async with' received an object from %s that does not implement __await__: %s",
                        where == AWAIT_AENTER ? "__aenter__" : "__aexit__", type_name(t));
    if (r == AW_EMPTY) return vm_raise(vm, &aw_exc_TypeError, "object %s can't be used in 'await' expression", type_name(t));
    if (r == AW_ERR) return r;
    if (type_of(r) == &aw_type_coroutine) return vm_raise(vm, &aw_exc_TypeError, "__await__() returned a coroutine");
    if (!type_of(r)->next) return vm_raise(vm, &aw_exc_TypeError, "__await__() returned non-iterator of type '%s'", ops_type_name(r));
    return r;
}

/* The value carried by a StopIteration being raised, taking the exception. */
AwValue vm_instr_stop_iteration_value(AwVM *vm) {
    AwValue exc = vm_exc_take(vm);
    AwValue v = ops_getattr_opt(vm, exc, AW_NAME(vm, value));
    return v == AW_EMPTY || v == AW_ERR ? AW_NONE : v;
}

/* One step of `yield from it` / `await`: 0 the delegate yielded *out, 1 it returned *out, -1 error. */
/* GeneratorExit thrown (close()) into a generator suspended in `yield from it`: as CPython,
 * `it` is closed first (its close(), if it has one), then GeneratorExit is raised at the
 * `yield from`, or the error closing it was, even if `it` swallowed the GeneratorExit. */
static int close_delegate(AwVM *vm, AwValue it, AwValue exc) {
    AwType *t = type_of(it);
    if (t == &aw_type_generator || t == &aw_type_coroutine) {
        if (generator_close(vm, AW_GEN(it))) return -1;
    } else {
        AwValue m = ops_getattr_opt(vm, it, str_intern_cstr(vm, "close"));
        if (m == AW_ERR) return -1;
        if (m != AW_EMPTY && vm_call(vm, m, 0, NULL, NULL) == AW_ERR) return -1;
    }
    vm_raise_value(vm, exc);
    return -1;
}

int vm_instr_delegate_step(AwVM *vm, AwValue it, AwValue sent, AwValue throw_exc, AwValue *out) {
    AwType *t = type_of(it);
    if (value_is_future(it)) {
        AwFuture *f = AW_FUTURE(it);
        if (throw_exc != AW_EMPTY) { vm_raise_value(vm, throw_exc); return -1; }
        if (f->state != AW_FUT_PENDING) {
            *out = future_result(vm, f);
            return *out == AW_ERR ? -1 : 1;
        }
        /* still set: resumed by something other than a task, which clears it on accepting f */
        if (f->blocking) { vm_raise(vm, &aw_exc_RuntimeError, "await wasn't used with future"); return -1; }
        f->blocking = 1;
        *out = it;
        return 0;
    }
    if (t == &aw_type_sleep) return sleep_step(vm, it, throw_exc, out);
    if (t == &aw_type_async_generator_step || t == &aw_type_async_generator_athrow) return agen_step(vm, it, sent, throw_exc, out);
    if (throw_exc != AW_EMPTY && value_is_instance(throw_exc, &aw_exc_GeneratorExit)) return close_delegate(vm, it, throw_exc);
    if (t == &aw_type_generator || t == &aw_type_coroutine) {
        AwGenResult r = generator_resume(vm, AW_GEN(it), sent, throw_exc, out);
        return r == AW_GEN_YIELDED ? 0 : r == AW_GEN_RETURNED ? 1 : -1;
    }
    AwValue r;
    if (throw_exc != AW_EMPTY) {
        AwValue m = ops_getattr_opt(vm, it, AW_NAME(vm, throw));
        if (m == AW_ERR) return -1;
        if (m == AW_EMPTY) { vm_raise_value(vm, throw_exc); return -1; }
        r = vm_call(vm, m, 1, &throw_exc, NULL);
    } else if (sent == AW_NONE && (t->flags & AW_TYPE_HEAP) && type_lookup(t, AW_NAME(vm, __next__)) != AW_EMPTY) {
        r = vm_call_method(vm, it, AW_NAME(vm, __next__), 0, NULL);   /* a class's StopIteration keeps its value */
    } else if (sent == AW_NONE) {
        r = ops_next_raw(vm, it);   /* a StopIteration carries the delegate's return value */
        if (r == AW_STOP) { *out = AW_NONE; return 1; }
    } else {
        r = vm_call_method(vm, it, AW_NAME(vm, send), 1, &sent);
    }
    if (r == AW_ERR) {
        if (!vm_exc_matches(vm, &aw_exc_StopIteration)) return -1;
        *out = vm_instr_stop_iteration_value(vm);
        return 1;
    }
    *out = r;
    return 0;
}
