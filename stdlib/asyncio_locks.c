/* asyncio_locks.c — asyncio.Lock, Event, Semaphore, BoundedSemaphore (see asyncio_locks.h).
 *
 * Each method mirrors CPython 3.11.2's Lib/asyncio/locks.py line by line; a wait's step
 * function is the body of the `async def`, split at its one `await fut`:
 *   - the first step runs up to the await: it returns at once, or makes the wait pending
 *     (sleep_op_wait), appends it to the waiters and yields it;
 *   - the next step runs after the await: normally (woken: fut.done()) or with the exception
 *     thrown at it (a cancellation), running the `finally`/`except` clauses CPython has there. */
#include "stdlib/asyncio_locks.h"

#include <stdio.h>
#include <string.h>
#include "interp/args.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/loop.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

static AwLockObj *self_lock(AwValue v) { return AW_AS(AwLockObj, v); }

static const char *const no_names[] = {NULL};

/* ---- shared ---- */

AwValue asyncio_locks_bind_loop(AwVM *vm, AwValue self, AwValue *bound) {
    AwLoop *running = loop_running(vm);
    if (!running) return vm_raise(vm, &aw_exc_RuntimeError, "no running event loop");
    AwValue loop = value_from_ptr(running);
    if (*bound == AW_NONE) *bound = loop;
    if (*bound == loop) return loop;
    AwValue r = ops_repr(vm, self);
    if (r == AW_ERR) return AW_ERR;
    return vm_raise(vm, &aw_exc_RuntimeError, "%s is bound to a different event loop", AW_STR(r)->data);
}

AwStr *asyncio_locks_repr_head(AwVM *vm, AwValue self) {
    AwType *t = type_of(self);
    const char *module = t->module ? t->module->data : "builtins";
    return str_printf(vm, "<%s.%s object at %p", module, (t->qualname ? t->qualname : t->name_str)->data, (void *)value_as_ptr(self));
}

/* The repr of a primitive: "<asyncio.locks.Lock object at 0x... [locked, waiters:2]>". */
static AwValue state_repr(AwVM *vm, AwValue self, const char *state) {
    AwStr *head = asyncio_locks_repr_head(vm, self);
    if (!head) return AW_ERR;
    AwLockObj *l = self_lock(self);
    AwStr *s = l->waiters.len ? str_printf(vm, "%s [%s, waiters:%lld]>", head->data, state, (long long)l->waiters.len)
                              : str_printf(vm, "%s [%s]>", head->data, state);
    return s ? str_value(s) : AW_ERR;
}

/* The step after `await fut` found the wait neither woken nor cancelled (it was resumed by
 * something other than its task): keep waiting. */
static bool still_pending(AwSleep *op, AwValue throw_exc, AwValue *out) {
    if (throw_exc != AW_EMPTY || sleep_op_done(op)) return false;
    *out = value_from_ptr(op);
    return true;
}

/* Blocks `op` on `waiters`: the yield of `await fut`. */
static int block_on(AwVM *vm, AwRing *waiters, AwSleep *op, AwValue *out) {
    sleep_op_wait(op);
    if (ring_push(vm, waiters, value_from_ptr(op))) return -1;
    *out = value_from_ptr(op);
    return 0;
}

/* What a finished acquire evaluates to: True, or None for __aenter__ (op_flag). */
static AwValue acquired(AwSleep *op) { return op->op_flag ? AW_NONE : AW_TRUE; }

static bool is_cancelled_error(AwValue exc) { return value_is_instance(exc, &aw_exc_CancelledError); }

static int raise_thrown(AwVM *vm, AwValue exc) {
    vm_raise_value(vm, exc);
    return -1;
}

static AwLockObj *alloc_lock(AwVM *vm, AwType *type) {
    AwLockObj *l = (AwLockObj *)gc_new(vm, type, type->instance_size);
    if (l) l->loop = AW_NONE;
    return l;
}

/* ---- Lock ---- */

static bool all_cancelled(AwRing *waiters) {
    for (int64_t i = 0; i < waiters->len; i++)
        if (!AW_AS(AwSleep, ring_at(waiters, i))->cancelled) return false;
    return true;
}

static void lock_wake_up_first(AwVM *vm, AwLockObj *l) {
    if (!l->waiters.len) return;
    AwSleep *first = AW_AS(AwSleep, ring_at(&l->waiters, 0));
    /* a done waiter will run later and either take the lock or wake the next one */
    if (!sleep_op_done(first)) sleep_op_wake(vm, first);
}

static int lock_acquire_step(AwVM *vm, AwSleep *op, AwValue throw_exc, AwValue *out) {
    AwLockObj *l = self_lock(op->owner);
    if (!op->waiting) {
        if (throw_exc != AW_EMPTY) return raise_thrown(vm, throw_exc);
        if (!l->value && all_cancelled(&l->waiters)) {
            l->value = 1;
            *out = acquired(op);
            return 1;
        }
        if (asyncio_locks_bind_loop(vm, op->owner, &l->loop) == AW_ERR) return -1;
        return block_on(vm, &l->waiters, op, out);
    }
    if (still_pending(op, throw_exc, out)) return 0;
    ring_remove(&l->waiters, value_from_ptr(op)); /* finally */
    if (throw_exc != AW_EMPTY) {
        if (is_cancelled_error(throw_exc) && !l->value) lock_wake_up_first(vm, l);
        return raise_thrown(vm, throw_exc);
    }
    l->value = 1;
    *out = acquired(op);
    return 1;
}

static const AwSleepOps lock_acquire_ops = {"Lock.acquire", lock_acquire_step};

static AwValue lock_m_acquire(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "acquire", argc, 1, 1)) return AW_ERR;
    return sleep_new_op(vm, &lock_acquire_ops, argv[0], AW_NONE);
}

static AwValue lock_m_release(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "release", argc, 1, 1)) return AW_ERR;
    AwLockObj *l = self_lock(argv[0]);
    if (!l->value) return vm_raise(vm, &aw_exc_RuntimeError, "Lock is not acquired.");
    l->value = 0;
    lock_wake_up_first(vm, l);
    return AW_NONE;
}

static AwValue lock_m_locked(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return value_from_bool(self_lock(argv[0])->value != 0);
}

AwStatus asyncio_locks_check_init(AwVM *vm, const char *owner, int argc, AwTuple *kw, const char *const *names) {
    int n = 0;
    while (names[n]) n++;
    if (argc > n) {
        if (n == 0)
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s.__init__() takes 1 positional argument but %d were given", owner, argc + 1));
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s.__init__() takes from 1 to %d positional arguments but %d were given",
                                owner, n + 1, argc + 1));
    }
    for (int64_t i = 0; kw && i < kw->len; i++) {
        const char *k = AW_STR(kw->items[i])->data;
        int j = 0;
        while (names[j] && strcmp(names[j], k) != 0) j++;
        if (!names[j])
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s.__init__() got an unexpected keyword argument '%s'", owner, k));
        if (j < argc)
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s.__init__() got multiple values for argument '%s'", owner, k));
    }
    return AW_OK;
}

static AwValue lock_m_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (asyncio_locks_check_init(vm, "Lock", argc - 1, kw, no_names)) return AW_ERR;
    AwLockObj *l = self_lock(argv[0]);
    ring_free(vm, &l->waiters);
    l->value = 0;
    return AW_NONE;
}

static AwValue lock_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    if (asyncio_locks_check_init(vm, "Lock", argc, kw, no_names)) return AW_ERR;
    AwLockObj *l = alloc_lock(vm, type);
    return l ? value_from_ptr(l) : AW_ERR;
}

static AwValue lock_repr(AwVM *vm, AwValue self) { return state_repr(vm, self, self_lock(self)->value ? "locked" : "unlocked"); }

/* ---- async with: _ContextManagerMixin ---- */

static const AwSleepOps aenter_lock_ops = {"_ContextManagerMixin.__aenter__", lock_acquire_step};
static int sem_acquire_step(AwVM *vm, AwSleep *op, AwValue throw_exc, AwValue *out);
static const AwSleepOps aenter_sem_ops = {"_ContextManagerMixin.__aenter__", sem_acquire_step};

/* The acquire method a class inherits from `base`, not an override. */
static bool inherits(AwVM *vm, AwValue self, AwType *base, const char *name) {
    AwStr *n = str_intern_cstr(vm, name);
    return n && type_lookup(type_of(self), n) == type_lookup(base, n);
}

static AwValue m_aenter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__aenter__", argc, 1, 1)) return AW_ERR;
    AwValue self = argv[0];
    bool is_lock = value_is_instance(self, &aw_type_lock);
    if (inherits(vm, self, is_lock ? &aw_type_lock : &aw_type_semaphore, "acquire")) {
        AwValue op = sleep_new_op(vm, is_lock ? &aenter_lock_ops : &aenter_sem_ops, self, AW_NONE);
        if (op != AW_ERR) AW_AS(AwSleep, op)->op_flag = 1;
        return op;
    }
    /* An overridden acquire(): the prelude's `async def _aenter(self): await self.acquire()`. */
    AwStr *name = str_intern_cstr(vm, "asyncio");
    AwValue mods = name ? dict_get_str(vm->modules, name) : AW_EMPTY;
    AwValue fn = value_is_type(mods, &aw_type_module) ? module_get(AW_MODULE(mods), "_aenter") : AW_EMPTY;
    if (fn == AW_EMPTY) return vm_raise(vm, &aw_exc_RuntimeError, "asyncio prelude is not loaded");
    return vm_call(vm, fn, 1, &self, NULL);
}

static int aexit_step(AwVM *vm, AwSleep *op, AwValue throw_exc, AwValue *out) {
    if (throw_exc != AW_EMPTY) return raise_thrown(vm, throw_exc);
    if (vm_call_method(vm, op->owner, str_intern_cstr(vm, "release"), 0, NULL) == AW_ERR) return -1;
    *out = AW_NONE;
    return 1;
}

static const AwSleepOps aexit_ops = {"_ContextManagerMixin.__aexit__", aexit_step};

static AwValue m_aexit(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__aexit__", argc, 4, 4)) return AW_ERR;
    return sleep_new_op(vm, &aexit_ops, argv[0], AW_NONE);
}

/* ---- Event ---- */

AwValue asyncio_locks_event_new(AwVM *vm) {
    AwLockObj *e = alloc_lock(vm, &aw_type_event);
    return e ? value_from_ptr(e) : AW_ERR;
}

AwStatus asyncio_locks_event_set(AwVM *vm, AwLockObj *e) {
    if (e->value) return AW_OK;
    e->value = 1;
    for (int64_t i = 0; i < e->waiters.len; i++) {
        AwSleep *w = AW_AS(AwSleep, ring_at(&e->waiters, i));
        if (!sleep_op_done(w) && sleep_op_wake(vm, w)) return AW_ERROR;
    }
    return AW_OK;
}

int asyncio_locks_event_wait_step(AwVM *vm, AwLockObj *e, AwSleep *op, AwValue throw_exc, AwValue *out) {
    if (!op->waiting) {
        if (throw_exc != AW_EMPTY) return raise_thrown(vm, throw_exc);
        if (e->value) {
            *out = AW_TRUE;
            return 1;
        }
        if (asyncio_locks_bind_loop(vm, value_from_ptr(e), &e->loop) == AW_ERR) return -1;
        return block_on(vm, &e->waiters, op, out);
    }
    if (still_pending(op, throw_exc, out)) return 0;
    ring_remove(&e->waiters, value_from_ptr(op)); /* finally */
    if (throw_exc != AW_EMPTY) return raise_thrown(vm, throw_exc);
    *out = AW_TRUE;
    return 1;
}

static int event_wait_step(AwVM *vm, AwSleep *op, AwValue throw_exc, AwValue *out) {
    return asyncio_locks_event_wait_step(vm, self_lock(op->owner), op, throw_exc, out);
}

static const AwSleepOps event_wait_ops = {"Event.wait", event_wait_step};

static AwValue event_m_wait(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "wait", argc, 1, 1)) return AW_ERR;
    return sleep_new_op(vm, &event_wait_ops, argv[0], AW_NONE);
}

static AwValue event_m_set(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "set", argc, 1, 1)) return AW_ERR;
    return asyncio_locks_event_set(vm, self_lock(argv[0])) ? AW_ERR : AW_NONE;
}

static AwValue event_m_clear(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "clear", argc, 1, 1)) return AW_ERR;
    self_lock(argv[0])->value = 0;
    return AW_NONE;
}

static AwValue event_m_is_set(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "is_set", argc, 1, 1)) return AW_ERR;
    return value_from_bool(self_lock(argv[0])->value != 0);
}

static AwValue event_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    if (asyncio_locks_check_init(vm, "Event", argc, kw, no_names)) return AW_ERR;
    AwLockObj *e = alloc_lock(vm, type);
    return e ? value_from_ptr(e) : AW_ERR;
}

static AwValue event_repr(AwVM *vm, AwValue self) { return state_repr(vm, self, self_lock(self)->value ? "set" : "unset"); }

/* ---- Semaphore, BoundedSemaphore ---- */

static bool sem_locked(AwLockObj *s) { return s->value == 0 || !all_cancelled(&s->waiters); }

static void sem_wake_up_next(AwVM *vm, AwLockObj *s) {
    for (int64_t i = 0; i < s->waiters.len; i++) {
        AwSleep *w = AW_AS(AwSleep, ring_at(&s->waiters, i));
        if (sleep_op_done(w)) continue;
        s->value--;
        sleep_op_wake(vm, w);
        return;
    }
}

static int sem_acquire_step(AwVM *vm, AwSleep *op, AwValue throw_exc, AwValue *out) {
    AwLockObj *s = self_lock(op->owner);
    if (!op->waiting) {
        if (throw_exc != AW_EMPTY) return raise_thrown(vm, throw_exc);
        if (!sem_locked(s)) {
            s->value--;
            *out = acquired(op);
            return 1;
        }
        if (asyncio_locks_bind_loop(vm, op->owner, &s->loop) == AW_ERR) return -1;
        return block_on(vm, &s->waiters, op, out);
    }
    if (still_pending(op, throw_exc, out)) return 0;
    ring_remove(&s->waiters, value_from_ptr(op)); /* finally */
    if (throw_exc != AW_EMPTY) {
        if (is_cancelled_error(throw_exc) && !op->cancelled) {
            /* woken, then cancelled before it ran: hand the unit on */
            s->value++;
            sem_wake_up_next(vm, s);
        }
        return raise_thrown(vm, throw_exc);
    }
    if (s->value > 0) sem_wake_up_next(vm, s);
    *out = acquired(op);
    return 1;
}

static const AwSleepOps sem_acquire_ops = {"Semaphore.acquire", sem_acquire_step};

static AwValue sem_m_acquire(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "acquire", argc, 1, 1)) return AW_ERR;
    return sleep_new_op(vm, &sem_acquire_ops, argv[0], AW_NONE);
}

static AwValue sem_m_release(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "release", argc, 1, 1)) return AW_ERR;
    AwLockObj *s = self_lock(argv[0]);
    s->value++;
    sem_wake_up_next(vm, s);
    return AW_NONE;
}

static AwValue bsem_m_release(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "release", argc, 1, 1)) return AW_ERR;
    AwLockObj *s = self_lock(argv[0]);
    if (s->value >= s->bound) return vm_raise(vm, &aw_exc_ValueError, "BoundedSemaphore released too many times");
    return sem_m_release(vm, argc, argv, kw);
}

static AwValue sem_m_locked(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "locked", argc, 1, 1)) return AW_ERR;
    return value_from_bool(sem_locked(self_lock(argv[0])));
}

/* Semaphore(value=1): sets the counter (and a BoundedSemaphore's limit). */
static AwStatus sem_setup(AwVM *vm, AwLockObj *s, const char *fname, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"value", NULL};
    AwValue a[1];
    if (asyncio_locks_check_init(vm, fname, argc, kw, names)) return AW_ERROR;
    if (args_parse(vm, fname, argc, argv, kw, names, 0, 1, a)) return AW_ERROR;
    int64_t value = 1;
    if (a[0] != AW_EMPTY) {
        if (!int_check(a[0]))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "'<' not supported between instances of '%s' and 'int'", ops_type_name(a[0])));
        if (args_int(vm, a[0], &value)) return AW_ERROR;
    }
    if (value < 0) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "Semaphore initial value must be >= 0"));
    ring_free(vm, &s->waiters);
    s->value = value;
    s->bound = value;
    return AW_OK;
}

/* The class whose __init__ runs: BoundedSemaphore defines its own in CPython. */
static const char *sem_owner(AwType *t) {
    while (t->base && (t->flags & AW_TYPE_HEAP)) t = t->base;
    return t == &aw_type_bounded_semaphore ? "BoundedSemaphore" : "Semaphore";
}

static AwValue sem_m_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwLockObj *s = self_lock(argv[0]);
    return sem_setup(vm, s, sem_owner(type_of(argv[0])), argc - 1, argv + 1, kw) ? AW_ERR : AW_NONE;
}

static AwValue sem_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    AwLockObj *s = alloc_lock(vm, type);
    if (!s) return AW_ERR;
    s->value = s->bound = 1;
    return sem_setup(vm, s, sem_owner(type), argc, argv, kw) ? AW_ERR : value_from_ptr(s);
}

static AwValue sem_repr(AwVM *vm, AwValue self) {
    AwLockObj *s = self_lock(self);
    if (sem_locked(s)) return state_repr(vm, self, "locked");
    char state[48];
    snprintf(state, sizeof state, "unlocked, value:%lld", (long long)s->value);
    return state_repr(vm, self, state);
}

/* ---- types ---- */

static void lock_trace(AwGC *gc, AwObject *self) {
    AwLockObj *l = (AwLockObj *)self;
    gc_mark_value(gc, l->loop);
    ring_trace(gc, &l->waiters);
    gc_mark_object(gc, (AwObject *)l->dict);
}

static void lock_free(AwVM *vm, AwObject *self) { ring_free(vm, &((AwLockObj *)self)->waiters); }

static AwValue get_value(AwVM *vm, AwValue self) { return int_from_i64(vm, self_lock(self)->value); }
static AwValue get_locked_flag(AwVM *vm, AwValue self) { return value_from_bool(self_lock(self)->value != 0); }
static AwValue get_bound(AwVM *vm, AwValue self) { return int_from_i64(vm, self_lock(self)->bound); }
static AwValue get_loop(AwVM *vm, AwValue self) { return self_lock(self)->loop; }

static const AwMethodDef lock_methods[] = {
    {"__init__", lock_m_init, 0},
    {"acquire", lock_m_acquire, 0},
    {"release", lock_m_release, 0},
    {"locked", lock_m_locked, 0},
    {"__aenter__", m_aenter, 0},
    {"__aexit__", m_aexit, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef lock_getsets[] = {
    {"_locked", get_locked_flag, NULL},
    {"_loop", get_loop, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_lock = {
    .name = "Lock",
    .base = &aw_type_object,
    .instance_size = sizeof(AwLockObj),
    .dict_offset = offsetof(AwLockObj, dict),
    .flags = AW_TYPE_BASETYPE,
    .repr = lock_repr,
    .new_ = lock_new,
    .trace = lock_trace,
    .free_ = lock_free,
    .methods = lock_methods,
    .getsets = lock_getsets,
};

static AwValue event_m_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (asyncio_locks_check_init(vm, "Event", argc - 1, kw, no_names)) return AW_ERR;
    AwLockObj *e = self_lock(argv[0]);
    ring_free(vm, &e->waiters);
    e->value = 0;
    return AW_NONE;
}

static const AwMethodDef event_methods[] = {
    {"__init__", event_m_init, 0},
    {"wait", event_m_wait, 0},
    {"set", event_m_set, 0},
    {"clear", event_m_clear, 0},
    {"is_set", event_m_is_set, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef event_getsets[] = {
    {"_value", get_locked_flag, NULL},
    {"_loop", get_loop, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_event = {
    .name = "Event",
    .base = &aw_type_object,
    .instance_size = sizeof(AwLockObj),
    .dict_offset = offsetof(AwLockObj, dict),
    .flags = AW_TYPE_BASETYPE,
    .repr = event_repr,
    .new_ = event_new,
    .trace = lock_trace,
    .free_ = lock_free,
    .methods = event_methods,
    .getsets = event_getsets,
};

static const AwMethodDef sem_methods[] = {
    {"__init__", sem_m_init, 0},
    {"acquire", sem_m_acquire, 0},
    {"release", sem_m_release, 0},
    {"locked", sem_m_locked, 0},
    {"__aenter__", m_aenter, 0},
    {"__aexit__", m_aexit, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef sem_getsets[] = {
    {"_value", get_value, NULL},
    {"_loop", get_loop, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_semaphore = {
    .name = "Semaphore",
    .base = &aw_type_object,
    .instance_size = sizeof(AwLockObj),
    .dict_offset = offsetof(AwLockObj, dict),
    .flags = AW_TYPE_BASETYPE,
    .repr = sem_repr,
    .new_ = sem_new,
    .trace = lock_trace,
    .free_ = lock_free,
    .methods = sem_methods,
    .getsets = sem_getsets,
};

static const AwMethodDef bsem_methods[] = {
    {"release", bsem_m_release, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef bsem_getsets[] = {
    {"_bound_value", get_bound, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_bounded_semaphore = {
    .name = "BoundedSemaphore",
    .base = &aw_type_semaphore,
    .instance_size = sizeof(AwLockObj),
    .dict_offset = offsetof(AwLockObj, dict),
    .flags = AW_TYPE_BASETYPE,
    .repr = sem_repr,
    .new_ = sem_new,
    .trace = lock_trace,
    .free_ = lock_free,
    .methods = bsem_methods,
    .getsets = bsem_getsets,
};

AwStatus asyncio_locks_init(AwVM *vm, AwModule *mod) {
    AwStr *m = str_intern_cstr(vm, "asyncio.locks");
    if (!m) return AW_ERROR;
    AwType *types[] = {&aw_type_lock, &aw_type_event, &aw_type_semaphore, &aw_type_bounded_semaphore};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        types[i]->module = m;
        if (module_add_type(vm, mod, types[i])) return AW_ERROR;
    }
    return AW_OK;
}
