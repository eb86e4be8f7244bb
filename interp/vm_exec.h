/* vm_exec.h — the dispatch loop's out-of-line helpers, for vm_exec.c only: the calling
 * convention (vm_call.c) and the bodies of instructions too big for the loop (vm_instr.c).
 * They follow the loop's conventions: a call leaves its result (or the new frame's slots)
 * on the fiber stack at `base`; AW_ERR / AW_ERROR / -1 mean an exception is pending.
 */
#ifndef AW_VM_EXEC_H
#define AW_VM_EXEC_H

#include <stdbool.h>
#include "interp/fiber.h"
#include "interp/types.h"

#define ARGS_ON_C_STACK 16   /* native calls copy up to this many arguments to the C stack */

/* ---- vm_call.c ---- */
/* RecursionError at the configured depth. */
AwValue vm_call_recursion_error(AwVM *vm);
/* Calls base[0] (an aw function f) with argc positional arguments (and kwnames' values) at
 * base[1..]: binds them, then 1 = a frame was pushed, 0 = the result is at base[0]
 * (a generator or coroutine object), -1 = error. */
int vm_call_push_function(AwVM *vm, AwFiber *fiber, AwValue *base, AwFunction *f, int argc, AwTuple *kwnames);
/* Calls any callable base[0] the same way (natives run at once: 0). */
int vm_call_push_value(AwVM *vm, AwFiber *fiber, AwValue *base, int argc, AwTuple *kwnames);
/* f(*args) / f(*args, **kw): base[0] the callee, base[1] the args, base[2] the kwargs if has_kw. */
int vm_call_push_ex(AwVM *vm, AwFiber *fiber, AwValue *base, bool has_kw);
/* Whether a returning frame's locals hold an instance of a __del__ class (other than the value
 * it returns) that its end may free. */
bool vm_call_drops_del(AwVM *vm, AwFrame *frame, AwValue result, const AwValue *sp);
/* The same for values [from, to) a frame's stack discards (an exception unwinding to a handler). */
bool vm_call_drops_values(AwVM *vm, const AwValue *from, const AwValue *to);
/* TypeError naming the callee as CPython does ("mod.f() got multiple values ..."). */
void vm_call_raise_error(AwVM *vm, AwValue f, const char *fmt, ...);
/* f(**m) for a non-dict mapping m: a dict of its keys() and items. */
AwDict *vm_call_kwargs_from_mapping(AwVM *vm, AwValue callee, AwValue m);

/* ---- vm_instr.c ---- */
AwValue vm_instr_unbound_local(AwVM *vm, AwCode *code, uint32_t slot);
AwValue vm_instr_unbound_deref(AwVM *vm, AwCode *code, uint32_t slot);
/* UNPACK_SEQUENCE / UNPACK_EX: `before` items, a starred list if `starred`, `after` items. */
AwStatus vm_instr_unpack(AwVM *vm, AwValue seq, int before, int after, bool starred, AwValue *dst);
/* with / async with: the bound __exit__ (or __aexit__) and what __enter__ returned. */
AwStatus vm_instr_setup_with(AwVM *vm, AwValue mgr, AwValue *exit_out, AwValue *enter_out, bool is_async);
AwValue vm_instr_with_except(AwVM *vm, AwValue exit, AwValue exc);
/* `except T`: 1 matches, 0 not, -1 error (T not an exception class). */
int vm_instr_exc_match(AwVM *vm, AwValue exc, AwValue type);
/* raise exc from cause. */
AwStatus vm_instr_raise_from(AwVM *vm, AwValue exc, AwValue cause);
/* The iterator that `await obj` delegates to. */
AwValue vm_instr_get_awaitable(AwVM *vm, AwValue obj, int where);
bool vm_instr_is_awaitable(AwVM *vm, AwValue obj);
/* The value carried by a StopIteration being raised, taking the exception. */
AwValue vm_instr_stop_iteration_value(AwVM *vm);
/* One step of `yield from it` / `await`: 0 the delegate yielded *out, 1 it returned *out, -1 error. */
int vm_instr_delegate_step(AwVM *vm, AwValue it, AwValue sent, AwValue throw_exc, AwValue *out);

#endif
