/* vm_call.c — calls as the dispatch loop makes them (see vm_exec.h): argument binding, frames
 * pushed for aw functions, classes whose __init__ runs as a frame, natives called at once. */
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
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

AwStatus vm_bind_args(AwVM *vm, AwFunction *f, AwValue *slots, int argc, const AwValue *argv, AwTuple *kwnames);
AwStatus vm_setup_cells(AwVM *vm, AwFunction *f, AwValue *slots);

static bool is_iterable(AwValue v) { return type_of(v)->iter || type_of(v)->getitem; }

AwValue vm_call_recursion_error(AwVM *vm) {
    return vm_raise(vm, &aw_exc_RecursionError, "maximum recursion depth exceeded");
}

/* Calls the aw function f whose arguments sit at base[1..]; base[0] is the callee slot.
 * Returns 1 if a frame was pushed, 0 if base[0] now holds the result, -1 on error. */
int vm_call_push_function(AwVM *vm, AwFiber *fiber, AwValue *base, AwFunction *f, int argc, AwTuple *kwnames) {
    AwCode *co = f->code;
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (vm->depth >= vm->recursion_limit) { vm_call_recursion_error(vm); return -1; }
    ptrdiff_t off = base - fiber->stack;
    if (fiber_ensure_stack(vm, fiber, co->nlocals + co->stacksize + 2)) return -1;
    base = fiber->stack + off;
    AwValue *slots = base + 1;
    bool simple = !kwnames && argc == co->argcount && co->kwonlyargcount == 0 &&
                  !(co->flags & (AW_CODE_VARARGS | AW_CODE_VARKW));
    if (simple) {
        for (int i = argc; i < co->nlocals; i++) slots[i] = AW_EMPTY;
    } else {
        AwValue stack[ARGS_ON_C_STACK];
        AwValue *tmp = argc + nkw <= ARGS_ON_C_STACK ? stack : malloc(sizeof(AwValue) * (size_t)(argc + nkw));
        if (!tmp) { vm_raise_memory(vm); return -1; }
        memcpy(tmp, slots, sizeof(AwValue) * (size_t)(argc + nkw));
        for (int i = 0; i < co->nlocals; i++) slots[i] = AW_EMPTY;
        fiber->sp = slots + (co->nlocals > argc + nkw ? co->nlocals : argc + nkw);
        AwStatus st = vm_bind_args(vm, f, slots, argc, tmp, kwnames);
        if (tmp != stack) free(tmp);
        if (st) return -1;
    }
    fiber->sp = slots + co->nlocals;
    if (vm_setup_cells(vm, f, slots)) return -1;
    if (co->flags & (AW_CODE_GENERATOR | AW_CODE_COROUTINE | AW_CODE_ASYNC_GENERATOR)) {
        AwValue gen = generator_new(vm, f, fiber->stack + off + 1);
        if (gen == AW_ERR) return -1;
        base = fiber->stack + off;
        base[0] = gen;
        fiber->sp = base + 1;
        return 0;
    }
    AwFrame *frame = fiber_push_frame(vm, fiber, co, slots);
    if (!frame) return -1;
    frame->func = f;
    frame->globals = f->globals;
    return 1;
}

/* Whether a returning frame's locals hold an instance of a __del__ class (other than the value
 * it returns) that its end may free. */
bool vm_call_drops_del(AwVM *vm, AwFrame *frame, AwValue result, const AwValue *sp) {
    bool any = false;
    if (!frame->locals)
        for (int32_t i = 0; i < frame->code->nlocals; i++)
            if (frame->slots[i] != result && gc_dropped(&vm->gc, frame->slots[i])) any = true;
    /* what the stack still holds: a for loop's iterator left by a return inside the loop */
    return vm_call_drops_values(vm, frame->slots + frame->code->nlocals, sp) || any;
}

bool vm_call_drops_values(AwVM *vm, const AwValue *from, const AwValue *to) {
    bool any = false;
    for (const AwValue *p = from; p < to; p++)
        if (gc_dropped(&vm->gc, *p)) any = true;
    return any;
}

/* cls(...) when class_inline_init applies: the instance goes where the call's result will be
 * (base[0]) and becomes `self`; the __init__ frame is marked so RETURN_VALUE yields it. */
static int call_class_inline(AwVM *vm, AwFiber *fiber, AwValue *base, AwType *cls, AwFunction *init, int argc,
                             AwTuple *kwnames) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    ptrdiff_t off = base - fiber->stack;
    if (fiber_ensure_stack(vm, fiber, 1)) return -1;
    base = fiber->stack + off;
    AwObject *o = gc_new(vm, cls, cls->instance_size);
    if (!o) return -1;
    memmove(base + 2, base + 1, sizeof(AwValue) * (size_t)(argc + nkw));
    base[0] = base[1] = value_from_ptr(o);
    fiber->sp++;
    int r = vm_call_push_function(vm, fiber, base, init, argc + 1, kwnames);
    if (r > 0) fiber->frames[fiber->nframes - 1].is_init = 1;
    return r;
}

/* Calls base[0] with argc positional args (+ keyword values) at base[1..]. */
int vm_call_push_value(AwVM *vm, AwFiber *fiber, AwValue *base, int argc, AwTuple *kwnames) {
    AwValue callee = base[0];
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (value_is_ptr(callee)) {
        AwType *t = value_as_ptr(callee)->type;
        if (t == &aw_type_function) return vm_call_push_function(vm, fiber, base, AW_FUNCTION(callee), argc, kwnames);
        if (t == &aw_type_type && (((AwType *)value_as_ptr(callee))->flags & AW_TYPE_HEAP)) {
            AwFunction *init = class_inline_init(vm, (AwType *)value_as_ptr(callee));
            if (init) return call_class_inline(vm, fiber, base, (AwType *)value_as_ptr(callee), init, argc, kwnames);
        }
        if (t == &aw_type_method && value_is_type(AW_METHOD(callee)->func, &aw_type_function)) {
            ptrdiff_t off = base - fiber->stack;
            if (fiber_ensure_stack(vm, fiber, 1)) return -1;
            base = fiber->stack + off;
            memmove(base + 2, base + 1, sizeof(AwValue) * (size_t)(argc + nkw));
            base[0] = AW_METHOD(callee)->func;
            base[1] = AW_METHOD(callee)->self;
            fiber->sp++;
            return vm_call_push_function(vm, fiber, base, AW_FUNCTION(base[0]), argc + 1, kwnames);
        }
        if (!t->call) { vm_raise(vm, &aw_exc_TypeError, "'%s' object is not callable", type_name(t)); return -1; }
    }
    /* Natives get a copy of their arguments: a callback into aw code may move the stack. */
    AwValue stack[ARGS_ON_C_STACK];
    AwValue *args = argc + nkw <= ARGS_ON_C_STACK ? stack : malloc(sizeof(AwValue) * (size_t)(argc + nkw + 1));
    if (!args) { vm_raise_memory(vm); return -1; }
    memcpy(args, base + 1, sizeof(AwValue) * (size_t)(argc + nkw));
    ptrdiff_t off = base - fiber->stack;
    AwValue r = vm_call(vm, callee, argc, args, kwnames);
    if (args != stack) free(args);
    if (r == AW_ERR) return -1;
    base = fiber->stack + off;
    base[0] = r;
    fiber->sp = base + 1;
    return 0;
}

/* CPython's _PyObject_FunctionStr, naming a callee in argument errors: "mod.qualname()"
 * ("qualname()" for builtins), else "<type> object". NULL with an exception set. */
static AwStr *function_str(AwVM *vm, AwValue f) {
    AwValue q = ops_getattr_opt(vm, f, AW_NAME(vm, __qualname__));
    if (q == AW_ERR) vm_exc_clear(vm);
    if (!value_is_str(q)) return str_printf(vm, "%s object", type_name(type_of(f)));
    if (gc_push_root(vm, q)) return NULL;
    AwValue m = ops_getattr_opt(vm, f, AW_NAME(vm, __module__));
    gc_pop_roots(vm, 1);
    if (m == AW_ERR) vm_exc_clear(vm);
    if (value_is_str(m) && !str_equal_cstr(AW_STR(m), "builtins"))
        return str_printf(vm, "%s.%s()", AW_STR(m)->data, AW_STR(q)->data);
    return str_printf(vm, "%s()", AW_STR(q)->data);
}

/* TypeError "<function_str(f)> <message>" for the arguments of a call to f. */
void vm_call_raise_error(AwVM *vm, AwValue f, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    AwStr *fs = function_str(vm, f);
    if (fs) vm_raise(vm, &aw_exc_TypeError, "%s %s", fs->data, msg);
}

/* f(**m) with m a mapping that is not a dict: its keys() and items as a new dict, rooted by
 * the caller. NULL with an exception set. */
AwDict *vm_call_kwargs_from_mapping(AwVM *vm, AwValue callee, AwValue m) {
    if (type_lookup(type_of(m), AW_NAME(vm, keys)) == AW_EMPTY) {
        vm_call_raise_error(vm, callee, "argument after ** must be a mapping, not %s", ops_type_name(m));
        return NULL;
    }
    AwDict *d = dict_new(vm);
    if (!d || gc_push_root(vm, value_from_ptr(d))) return NULL;
    AwStatus st = dict_update(vm, d, m);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? d : NULL;
}

/* f(*args, **kwargs): spreads the tuple and dict onto the stack above base. */
int vm_call_push_ex(AwVM *vm, AwFiber *fiber, AwValue *base, bool has_kw) {
    ptrdiff_t off = base - fiber->stack;
    AwValue args = base[1];
    if (!value_is_tuple(args)) {
        if (!is_iterable(args)) {
            vm_call_raise_error(vm, base[0], "argument after * must be an iterable, not %s", ops_type_name(args));
            return -1;
        }
        args = tuple_from_iterable(vm, args);
        if (args == AW_ERR) return -1;
        base = fiber->stack + off;
        base[1] = args;
    }
    AwTuple *kwnames = NULL;
    int64_t nkw = 0;
    AwDict *kw = NULL;
    if (has_kw) {
        if (!value_is_instance(base[2], &aw_type_dict)) {
            vm_call_raise_error(vm, base[0], "argument after ** must be a mapping, not %s", ops_type_name(base[2]));
            return -1;
        }
        kw = AW_DICT(base[2]);
        nkw = kw->used;
        kwnames = tuple_new(vm, nkw);
        if (!kwnames) return -1;
    }
    AwTuple *t = AW_TUPLE(args);
    fiber->sp = base + 1 + (has_kw ? 2 : 1);
    if (kwnames && gc_push_root(vm, value_from_ptr(kwnames))) return -1;
    if (fiber_ensure_stack(vm, fiber, t->len + nkw + 4)) { if (kwnames) gc_pop_roots(vm, 1); return -1; }
    base = fiber->stack + off;
    AwValue callee = base[0];
    AwValue *p = base + 1;
    /* args and kw dict are still referenced by the roots pushed below before they are overwritten */
    AwValue keep_args = args, keep_kw = has_kw ? base[2] : AW_NONE;
    gc_push_root(vm, keep_args);
    gc_push_root(vm, keep_kw);
    for (int64_t i = 0; i < t->len; i++) *p++ = t->items[i];
    int64_t pos = 0, k = 0;
    AwValue key, value;
    while (kw && dict_next(kw, &pos, &key, &value)) {
        if (!value_is_str(key)) {
            gc_pop_roots(vm, 3);
            vm_raise(vm, &aw_exc_TypeError, "keywords must be strings");
            return -1;
        }
        kwnames->items[k++] = key;
        *p++ = value;
    }
    base[0] = callee;
    fiber->sp = p;
    int r = vm_call_push_value(vm, fiber, fiber->stack + off, (int)t->len, kwnames);
    gc_pop_roots(vm, kwnames ? 3 : 2);
    return r;
}
