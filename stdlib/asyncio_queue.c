/* asyncio_queue.c — asyncio.Queue, LifoQueue, PriorityQueue, QueueEmpty and QueueFull in C,
 * with CPython 3.11.2's Lib/asyncio/queues.py semantics, messages and reprs.
 *
 * put() and get() are native coroutines (AwSleep with ops, future.h) whose step functions are
 * the bodies of CPython's `async def put/get`, split at their `await putter/getter`; a blocked
 * put or get is its own waiter future in _putters/_getters.
 *
 * Subclasses: as in CPython, put() calls self.full() and self.put_nowait(), which call
 * self.qsize(), self._put(), ... A queue whose class overrides none of those hooks (is_fast)
 * runs them natively; otherwise every hook is called as a method, so an overriding subclass
 * sees CPython's exact call sequence. Such subclasses usually keep their items in their own
 * self._queue: the native qsize()/empty() then read len(self._queue). */
#include "stdlib/asyncio_queue.h"

#include <stdio.h>
#include "interp/args.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/asyncio_locks.h"
#include "stdlib/ring.h"

typedef enum { QUEUE_FIFO, QUEUE_LIFO, QUEUE_PRIORITY } AwQueueKind;

typedef struct {
    AwObject obj;            /* header */
    AwValue loop;            /* the loop bound by the first wait (_LoopBoundMixin), or AW_NONE */
    AwRing items;            /* the items: FIFO order, or (LIFO, PRIORITY) a list/heap from index 0 */
    AwRing getters;          /* blocked get() waits, FIFO (_getters) */
    AwRing putters;          /* blocked put() waits, FIFO (_putters) */
    AwValue maxsize;         /* _maxsize as given */
    AwValue finished;        /* _finished: the Event join() waits on, set when unfinished == 0 */
    AwDict *dict;            /* attributes (subclasses keep their own _queue here) */
    int64_t max;             /* maxsize as an int; <= 0: unbounded */
    int64_t unfinished;      /* _unfinished_tasks */
    uint8_t kind;            /* AwQueueKind: how the native _put/_get treat items */
    uint8_t is_fast;         /* the class overrides no hook: run them natively */
} AwQueue;

static AwType *queue_empty_type;  /* QueueEmpty (rooted by the _asyncio module) */
static AwType *queue_full_type;   /* QueueFull (likewise) */

static AwQueue *self_queue(AwValue v) { return AW_AS(AwQueue, v); }

static AwValue raise_plain(AwVM *vm, AwType *type) {
    AwException *e = exception_new(vm, type, 0, NULL);
    return e ? vm_raise_value(vm, value_from_ptr(e)) : AW_ERR;
}

/* ---- the hooks: native for a fast queue, method calls otherwise ---- */

static AwValue call0(AwVM *vm, AwValue self, const char *name) {
    AwStr *n = str_intern_cstr(vm, name);
    return n ? vm_call_method(vm, self, n, 0, NULL) : AW_ERR;
}

static AwValue call1(AwVM *vm, AwValue self, const char *name, AwValue arg) {
    AwStr *n = str_intern_cstr(vm, name);
    return n ? vm_call_method(vm, self, n, 1, &arg) : AW_ERR;
}

/* The subclass's own self._queue, or AW_EMPTY. */
static AwValue own_queue(AwVM *vm, AwQueue *q) {
    if (!q->dict) return AW_EMPTY;
    AwStr *n = str_intern_cstr(vm, "_queue");
    return n ? dict_get_str(q->dict, n) : AW_EMPTY;
}

static AwStatus qsize(AwVM *vm, AwQueue *q, int64_t *out) {
    AwValue own = q->is_fast ? AW_EMPTY : own_queue(vm, q);
    if (own == AW_EMPTY) { *out = q->items.len; return AW_OK; }
    return ops_len(vm, own, out);
}

/* 1 / 0 / -1: self.full(), self.empty() as the class defines them. */
static int is_full(AwVM *vm, AwQueue *q) {
    if (q->is_fast) return q->max > 0 && q->items.len >= q->max;
    AwValue r = call0(vm, value_from_ptr(q), "full");
    return r == AW_ERR ? -1 : ops_truthy(vm, r);
}

static int is_empty(AwVM *vm, AwQueue *q) {
    if (q->is_fast) return q->items.len == 0;
    AwValue r = call0(vm, value_from_ptr(q), "empty");
    return r == AW_ERR ? -1 : ops_truthy(vm, r);
}

/* heapq's siftdown/siftup on the items (index 0 is the root); a comparison that changes the
 * queue raises as heapq does. */
static int heap_less(AwVM *vm, AwQueue *q, int64_t i, int64_t j, int64_t n) {
    int r = ops_compare_bool(vm, q->items.items[i], q->items.items[j], AW_CMP_LT);
    if (r >= 0 && q->items.len != n) {
        vm_raise(vm, &aw_exc_RuntimeError, "list changed size during iteration");
        return -1;
    }
    return r;
}

static AwStatus heap_sift_up(AwVM *vm, AwQueue *q, int64_t pos) {
    int64_t n = q->items.len;
    while (pos > 0) {
        int64_t parent = (pos - 1) >> 1;
        int lt = heap_less(vm, q, pos, parent, n);
        if (lt < 0) return AW_ERROR;
        if (!lt) break;
        AwValue t = q->items.items[pos];
        q->items.items[pos] = q->items.items[parent];
        q->items.items[parent] = t;
        pos = parent;
    }
    return AW_OK;
}

static AwStatus heap_sift_down(AwVM *vm, AwQueue *q) {
    int64_t n = q->items.len, pos = 0;
    for (;;) {
        int64_t child = 2 * pos + 1;
        if (child >= n) return AW_OK;
        if (child + 1 < n) {
            int lt = heap_less(vm, q, child + 1, child, n);
            if (lt < 0) return AW_ERROR;
            if (lt) child++;
        }
        int lt = heap_less(vm, q, child, pos, n);
        if (lt < 0) return AW_ERROR;
        if (!lt) return AW_OK;
        AwValue t = q->items.items[pos];
        q->items.items[pos] = q->items.items[child];
        q->items.items[child] = t;
        pos = child;
    }
}

/* The native _put: append (and sift for a PriorityQueue, as heappush: the item stays even if
 * a comparison fails). */
static AwStatus native_put(AwVM *vm, AwQueue *q, AwValue item) {
    if (ring_push(vm, &q->items, item)) return AW_ERROR;
    if (q->kind == QUEUE_PRIORITY) return heap_sift_up(vm, q, q->items.len - 1);
    return AW_OK;
}

static AwValue native_get(AwVM *vm, AwQueue *q) {
    if (!q->items.len) {
        if (q->kind == QUEUE_FIFO) return vm_raise(vm, &aw_exc_IndexError, "pop from an empty deque");
        return vm_raise(vm, &aw_exc_IndexError, q->kind == QUEUE_LIFO ? "pop from empty list" : "index out of range");
    }
    if (q->kind == QUEUE_FIFO) return ring_pop_front(&q->items);
    if (q->kind == QUEUE_LIFO) return ring_pop_back(&q->items);
    /* heappop: the last item replaces the root and sifts down */
    AwValue last = ring_pop_back(&q->items);
    if (!q->items.len) return last;
    AwValue top = q->items.items[0];
    q->items.items[0] = last;
    if (gc_push_root(vm, top)) return AW_ERR;
    AwStatus st = heap_sift_down(vm, q);
    gc_pop_roots(vm, 1);
    return st ? AW_ERR : top;
}

/* _wakeup_next: wake the first waiter that is not done, dropping those before it. */
static void wakeup_next(AwVM *vm, AwRing *waiters) {
    while (waiters->len) {
        AwSleep *w = AW_AS(AwSleep, ring_pop_front(waiters));
        if (!sleep_op_done(w)) {
            sleep_op_wake(vm, w);
            return;
        }
    }
}

/* ---- put_nowait, get_nowait, task_done ---- */

static AwStatus put_nowait(AwVM *vm, AwQueue *q, AwValue item) {
    int full = is_full(vm, q);
    if (full < 0) return AW_ERROR;
    if (full) return vm_fail(raise_plain(vm, queue_full_type));
    if (q->is_fast) {
        if (native_put(vm, q, item)) return AW_ERROR;
    } else if (call1(vm, value_from_ptr(q), "_put", item) == AW_ERR) {
        return AW_ERROR;
    }
    q->unfinished++;
    AW_AS(AwLockObj, q->finished)->value = 0; /* self._finished.clear() */
    wakeup_next(vm, &q->getters);
    return AW_OK;
}

static AwValue get_nowait(AwVM *vm, AwQueue *q) {
    int empty = is_empty(vm, q);
    if (empty < 0) return AW_ERR;
    if (empty) return raise_plain(vm, queue_empty_type);
    AwValue item = q->is_fast ? native_get(vm, q) : call0(vm, value_from_ptr(q), "_get");
    if (item == AW_ERR) return AW_ERR;
    wakeup_next(vm, &q->putters);
    return item;
}

static AwValue q_m_put_nowait(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "put_nowait", argc, 2, 2)) return AW_ERR;
    return put_nowait(vm, self_queue(argv[0]), argv[1]) ? AW_ERR : AW_NONE;
}

static AwValue q_m_get_nowait(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "get_nowait", argc, 1, 1)) return AW_ERR;
    return get_nowait(vm, self_queue(argv[0]));
}

static AwValue q_m_task_done(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "task_done", argc, 1, 1)) return AW_ERR;
    AwQueue *q = self_queue(argv[0]);
    if (q->unfinished <= 0) return vm_raise(vm, &aw_exc_ValueError, "task_done() called too many times");
    if (--q->unfinished == 0 && asyncio_locks_event_set(vm, AW_AS(AwLockObj, q->finished))) return AW_ERR;
    return AW_NONE;
}

/* ---- put(), get(), join(): the waits ---- */

/* After `await putter/getter` raised: CPython's `except:` clause of put() and get(). */
static int abandon_wait(AwVM *vm, AwQueue *q, AwSleep *op, AwRing *waiters, bool is_put, AwValue exc) {
    op->cancelled |= !sleep_op_done(op); /* putter.cancel(): just in case it is not done yet */
    ring_remove(waiters, value_from_ptr(op));
    int blocked = is_put ? is_full(vm, q) : is_empty(vm, q);
    if (blocked < 0) return -1;
    if (!blocked && !op->cancelled) wakeup_next(vm, waiters); /* woken but leaving: pass it on */
    vm_raise_value(vm, exc);
    return -1;
}

/* The `while self.full()` / `while self.empty()` loop of put() / get(): 0 when it must yield
 * (*out = the wait), 1 when the queue has room / an item, -1 error. */
static int wait_until(AwVM *vm, AwQueue *q, AwSleep *op, bool is_put, AwValue throw_exc, AwValue *out) {
    AwRing *waiters = is_put ? &q->putters : &q->getters;
    if (op->waiting) {
        if (throw_exc != AW_EMPTY) return abandon_wait(vm, q, op, waiters, is_put, throw_exc);
        if (!sleep_op_done(op)) { *out = value_from_ptr(op); return 0; }
        op->waiting = 0;
    } else if (throw_exc != AW_EMPTY) {
        vm_raise_value(vm, throw_exc);
        return -1;
    }
    int blocked = is_put ? is_full(vm, q) : is_empty(vm, q);
    if (blocked <= 0) return blocked < 0 ? -1 : 1;
    if (asyncio_locks_bind_loop(vm, value_from_ptr(q), &q->loop) == AW_ERR) return -1;
    sleep_op_wait(op);
    if (ring_push(vm, waiters, value_from_ptr(op))) return -1;
    *out = value_from_ptr(op);
    return 0;
}

static int put_step(AwVM *vm, AwSleep *op, AwValue throw_exc, AwValue *out) {
    AwQueue *q = self_queue(op->owner);
    int r = wait_until(vm, q, op, true, throw_exc, out);
    if (r != 1) return r;
    if (q->is_fast) {
        if (put_nowait(vm, q, op->result)) return -1;
        *out = AW_NONE;
        return 1;
    }
    *out = call1(vm, op->owner, "put_nowait", op->result);
    return *out == AW_ERR ? -1 : 1;
}

static int get_step(AwVM *vm, AwSleep *op, AwValue throw_exc, AwValue *out) {
    AwQueue *q = self_queue(op->owner);
    int r = wait_until(vm, q, op, false, throw_exc, out);
    if (r != 1) return r;
    *out = q->is_fast ? get_nowait(vm, q) : call0(vm, op->owner, "get_nowait");
    return *out == AW_ERR ? -1 : 1;
}

static int join_step(AwVM *vm, AwSleep *op, AwValue throw_exc, AwValue *out) {
    AwQueue *q = self_queue(op->owner);
    if (!op->waiting && throw_exc == AW_EMPTY && q->unfinished <= 0) {
        *out = AW_NONE;
        return 1;
    }
    int r = asyncio_locks_event_wait_step(vm, AW_AS(AwLockObj, q->finished), op, throw_exc, out);
    if (r == 1) *out = AW_NONE;
    return r;
}

static const AwSleepOps put_ops = {"Queue.put", put_step};
static const AwSleepOps get_ops = {"Queue.get", get_step};
static const AwSleepOps join_ops = {"Queue.join", join_step};

static AwValue q_m_put(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "put", argc, 2, 2)) return AW_ERR;
    return sleep_new_op(vm, &put_ops, argv[0], argv[1]);
}

static AwValue q_m_get(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "get", argc, 1, 1)) return AW_ERR;
    return sleep_new_op(vm, &get_ops, argv[0], AW_NONE);
}

static AwValue q_m_join(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "join", argc, 1, 1)) return AW_ERR;
    return sleep_new_op(vm, &join_ops, argv[0], AW_NONE);
}

/* ---- sizes ---- */

static AwValue q_m_qsize(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "qsize", argc, 1, 1)) return AW_ERR;
    int64_t n;
    return qsize(vm, self_queue(argv[0]), &n) ? AW_ERR : int_from_i64(vm, n);
}

static AwValue q_m_empty(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "empty", argc, 1, 1)) return AW_ERR;
    AwQueue *q = self_queue(argv[0]);
    AwValue own = q->is_fast ? AW_EMPTY : own_queue(vm, q);
    if (own == AW_EMPTY) return value_from_bool(q->items.len == 0);
    int t = ops_truthy(vm, own);
    return t < 0 ? AW_ERR : value_from_bool(!t);
}

static AwValue q_m_full(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "full", argc, 1, 1)) return AW_ERR;
    AwQueue *q = self_queue(argv[0]);
    if (q->max <= 0) return AW_FALSE;
    if (q->is_fast) return value_from_bool(q->items.len >= q->max);
    AwValue n = call0(vm, argv[0], "qsize");
    if (n == AW_ERR) return AW_ERR;
    return ops_compare(vm, n, q->maxsize, AW_CMP_GE);
}

/* The native _init/_put/_get, for subclasses that override only some of them. */
static AwValue q_m__init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "_init", argc, 2, 2)) return AW_ERR;
    ring_free(vm, &self_queue(argv[0])->items);
    return AW_NONE;
}

static AwValue q_m__put(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "_put", argc, 2, 2)) return AW_ERR;
    return native_put(vm, self_queue(argv[0]), argv[1]) ? AW_ERR : AW_NONE;
}

static AwValue q_m__get(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "_get", argc, 1, 1)) return AW_ERR;
    return native_get(vm, self_queue(argv[0]));
}

/* ---- construction ---- */

static bool overrides_hooks(AwVM *vm, AwType *type, AwType *base) {
    static const char *const hooks[] = {"_init", "_put", "_get", "qsize", "empty", "full", "put_nowait", "get_nowait", NULL};
    if (type == base) return false;
    for (int i = 0; hooks[i]; i++) {
        AwStr *n = str_intern_cstr(vm, hooks[i]);
        if (!n || type_lookup(type, n) != type_lookup(base, n)) return true;
    }
    return false;
}

static AwType *native_base(AwType *t) {
    if (type_is_subtype(t, &aw_type_priority_queue)) return &aw_type_priority_queue;
    if (type_is_subtype(t, &aw_type_lifo_queue)) return &aw_type_lifo_queue;
    return &aw_type_queue;
}

/* Queue.__init__(maxsize=0). */
static AwStatus queue_setup(AwVM *vm, AwQueue *q, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"maxsize", NULL};
    AwValue a[1];
    if (asyncio_locks_check_init(vm, "Queue", argc, kw, names)) return AW_ERROR;
    if (args_parse(vm, "Queue", argc, argv, kw, names, 0, 1, a)) return AW_ERROR;
    AwValue maxsize = a[0] == AW_EMPTY ? value_from_small(0) : a[0];
    if (!int_check(maxsize))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "'<=' not supported between instances of '%s' and 'int'", ops_type_name(maxsize)));
    if (args_int(vm, maxsize, &q->max)) return AW_ERROR;
    AwValue finished = asyncio_locks_event_new(vm);
    if (finished == AW_ERR) return AW_ERROR;
    AW_AS(AwLockObj, finished)->value = 1;
    q->maxsize = maxsize;
    q->finished = finished;
    q->unfinished = 0;
    ring_free(vm, &q->getters);
    ring_free(vm, &q->putters);
    AwType *t = type_of(value_from_ptr(q));
    AwType *base = native_base(t);
    q->kind = base == &aw_type_priority_queue ? QUEUE_PRIORITY : base == &aw_type_lifo_queue ? QUEUE_LIFO : QUEUE_FIFO;
    q->is_fast = !overrides_hooks(vm, t, base);
    if (q->is_fast) {
        ring_free(vm, &q->items);
        return AW_OK;
    }
    return call1(vm, value_from_ptr(q), "_init", maxsize) == AW_ERR ? AW_ERROR : AW_OK;
}

static AwValue q_m_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return queue_setup(vm, self_queue(argv[0]), argc - 1, argv + 1, kw) ? AW_ERR : AW_NONE;
}

static AwValue queue_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    AwQueue *q = (AwQueue *)gc_new(vm, type, type->instance_size);
    if (!q) return AW_ERR;
    q->loop = AW_NONE;
    q->maxsize = value_from_small(0);
    q->finished = AW_NONE;
    q->is_fast = 1;
    AwValue qv = value_from_ptr(q);
    if (gc_push_root(vm, qv)) return AW_ERR;
    AwStatus st = queue_setup(vm, q, argc, argv, kw);
    gc_pop_roots(vm, 1);
    return st ? AW_ERR : qv;
}

/* ---- repr ---- */

/* list(self._queue) of the native storage, front first. */
static AwValue items_list(AwVM *vm, AwQueue *q) {
    AwList *l = ring_to_list(vm, &q->items);
    return l ? value_from_ptr(l) : AW_ERR;
}

static AwValue q_get_queue(AwVM *vm, AwValue self) {
    AwQueue *q = self_queue(self);
    AwValue own = own_queue(vm, q);
    return own != AW_EMPTY ? own : items_list(vm, q);
}

static AwStatus q_set_queue(AwVM *vm, AwValue self, AwValue v) {
    AwDict *d = object_dict(vm, self);
    AwStr *n = str_intern_cstr(vm, "_queue");
    if (!d || !n) return AW_ERROR;
    if (v != AW_EMPTY) return dict_set_str(vm, d, n, v);
    return dict_del(vm, d, str_value(n)) < 0 ? AW_ERROR : AW_OK;
}

/* _format(): "maxsize=0 _queue=[1, 2] _getters[1] tasks=2". */
static AwValue q_m__format(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "_format", argc, 1, 1)) return AW_ERR;
    AwQueue *q = self_queue(argv[0]);
    AwValue ms = ops_repr(vm, q->maxsize);
    if (ms == AW_ERR) return AW_ERR;
    AwStr *s = str_printf(vm, "maxsize=%s", AW_STR(ms)->data);
    AwValue items = q_get_queue(vm, argv[0]);
    int has = items == AW_ERR ? -1 : ops_truthy(vm, items);
    if (!s || has < 0) return AW_ERR;
    if (has) {
        AwValue l = list_from_iterable(vm, items);
        AwValue r = l == AW_ERR ? AW_ERR : ops_repr(vm, l);
        if (r == AW_ERR || !(s = str_printf(vm, "%s _queue=%s", s->data, AW_STR(r)->data))) return AW_ERR;
    }
    if (q->getters.len && !(s = str_printf(vm, "%s _getters[%lld]", s->data, (long long)q->getters.len))) return AW_ERR;
    if (q->putters.len && !(s = str_printf(vm, "%s _putters[%lld]", s->data, (long long)q->putters.len))) return AW_ERR;
    if (q->unfinished && !(s = str_printf(vm, "%s tasks=%lld", s->data, (long long)q->unfinished))) return AW_ERR;
    return str_value(s);
}

static AwValue queue_text(AwVM *vm, AwValue self, bool with_id) {
    AwValue f = call0(vm, self, "_format");
    if (f == AW_ERR) return AW_ERR;
    if (!value_is_str(f)) f = ops_str(vm, f);
    if (f == AW_ERR) return AW_ERR;
    const char *name = type_name(type_of(self));
    AwStr *s = with_id ? str_printf(vm, "<%s at %p %s>", name, (void *)value_as_ptr(self), AW_STR(f)->data)
                       : str_printf(vm, "<%s %s>", name, AW_STR(f)->data);
    return s ? str_value(s) : AW_ERR;
}

static AwValue queue_repr(AwVM *vm, AwValue self) { return queue_text(vm, self, true); }
static AwValue queue_str(AwVM *vm, AwValue self) { return queue_text(vm, self, false); }

static AwValue q_m_class_getitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return argv[0]; }

/* ---- types ---- */

static void queue_trace(AwGC *gc, AwObject *self) {
    AwQueue *q = (AwQueue *)self;
    gc_mark_value(gc, q->loop);
    ring_trace(gc, &q->items);
    ring_trace(gc, &q->getters);
    ring_trace(gc, &q->putters);
    gc_mark_value(gc, q->maxsize);
    gc_mark_value(gc, q->finished);
    gc_mark_object(gc, (AwObject *)q->dict);
}

static void queue_free(AwVM *vm, AwObject *self) {
    AwQueue *q = (AwQueue *)self;
    ring_free(vm, &q->items);
    ring_free(vm, &q->getters);
    ring_free(vm, &q->putters);
}

static AwValue get_maxsize(AwVM *vm, AwValue self) { return self_queue(self)->maxsize; }
static AwValue get_unfinished(AwVM *vm, AwValue self) { return int_from_i64(vm, self_queue(self)->unfinished); }
static AwValue get_finished(AwVM *vm, AwValue self) { return self_queue(self)->finished; }
static AwValue get_loop(AwVM *vm, AwValue self) { return self_queue(self)->loop; }

static const AwMethodDef queue_methods[] = {
    {"__init__", q_m_init, 0},
    {"put", q_m_put, 0},
    {"get", q_m_get, 0},
    {"put_nowait", q_m_put_nowait, 0},
    {"get_nowait", q_m_get_nowait, 0},
    {"task_done", q_m_task_done, 0},
    {"join", q_m_join, 0},
    {"qsize", q_m_qsize, 0},
    {"empty", q_m_empty, 0},
    {"full", q_m_full, 0},
    {"_init", q_m__init, 0},
    {"_put", q_m__put, 0},
    {"_get", q_m__get, 0},
    {"_format", q_m__format, 0},
    {"__class_getitem__", q_m_class_getitem, AW_METH_CLASS},
    {NULL, NULL, 0},
};

static const AwGetSetDef queue_getsets[] = {
    {"maxsize", get_maxsize, NULL},
    {"_maxsize", get_maxsize, NULL},
    {"_unfinished_tasks", get_unfinished, NULL},
    {"_finished", get_finished, NULL},
    {"_loop", get_loop, NULL},
    {"_queue", q_get_queue, q_set_queue},
    {NULL, NULL, NULL},
};

AwType aw_type_queue = {
    .name = "Queue",
    .base = &aw_type_object,
    .instance_size = sizeof(AwQueue),
    .dict_offset = offsetof(AwQueue, dict),
    .flags = AW_TYPE_BASETYPE,
    .repr = queue_repr,
    .str = queue_str,
    .new_ = queue_new,
    .trace = queue_trace,
    .free_ = queue_free,
    .methods = queue_methods,
    .getsets = queue_getsets,
};

AwType aw_type_lifo_queue = {
    .name = "LifoQueue",
    .base = &aw_type_queue,
    .instance_size = sizeof(AwQueue),
    .dict_offset = offsetof(AwQueue, dict),
    .flags = AW_TYPE_BASETYPE,
    .repr = queue_repr,
    .str = queue_str,
    .new_ = queue_new,
    .trace = queue_trace,
    .free_ = queue_free,
};

AwType aw_type_priority_queue = {
    .name = "PriorityQueue",
    .base = &aw_type_queue,
    .instance_size = sizeof(AwQueue),
    .dict_offset = offsetof(AwQueue, dict),
    .flags = AW_TYPE_BASETYPE,
    .repr = queue_repr,
    .str = queue_str,
    .new_ = queue_new,
    .trace = queue_trace,
    .free_ = queue_free,
};

/* class QueueEmpty(Exception) / QueueFull(Exception), defined in asyncio.queues. */
static AwType *make_exception(AwVM *vm, AwModule *mod, const char *name, AwStr *module) {
    AwDict *ns = dict_new(vm);
    AwTuple *bases = tuple_from(vm, 1, (AwValue[]){value_from_ptr(&aw_exc_Exception)});
    if (!ns || !bases || dict_set_str(vm, ns, AW_NAME(vm, __module__), str_value(module))) return NULL;
    AwValue t = class_new(vm, &aw_type_type, str_intern_cstr(vm, name), bases, ns);
    if (t == AW_ERR || module_add_value(vm, mod, name, t)) return NULL;
    return (AwType *)value_as_ptr(t);
}

AwStatus asyncio_queue_init(AwVM *vm, AwModule *mod) {
    AwStr *m = str_intern_cstr(vm, "asyncio.queues");
    if (!m) return AW_ERROR;
    AwType *types[] = {&aw_type_queue, &aw_type_lifo_queue, &aw_type_priority_queue};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        types[i]->module = m;
        if (module_add_type(vm, mod, types[i])) return AW_ERROR;
    }
    queue_empty_type = make_exception(vm, mod, "QueueEmpty", m);
    queue_full_type = queue_empty_type ? make_exception(vm, mod, "QueueFull", m) : NULL;
    return queue_full_type ? AW_OK : AW_ERROR;
}
