/* loop.c — the event loop (see loop.h): ready queue, timer heap, libuv polling, and the
 * Python-visible loop and Handle objects. */
#include "interp/loop.h"
#include "interp/port.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/code.h"
#include "interp/class.h"
#include "interp/generator.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/fiber.h"
#include "interp/function.h"
#include "interp/future.h"
#include "interp/gc.h"
#include "interp/list.h"
#include "interp/ops.h"
#include "interp/origin.h"
#include "interp/str.h"
#include "interp/timeline.h"
#include "interp/traceback.h"
#include "interp/tuple.h"
#include "interp/vm.h"

typedef struct {
    int32_t kind;        /* AwReadyKind */
    AwValue target;      /* callable, or the task */
    AwValue arg;         /* argument (CALL with no handle), exception/future for tasks */
    AwValue handle;      /* the Handle of call_soon/timers, or AW_NONE */
} AwReady;

/* A timer heap entry: the deadline is copied beside the value, so sifting through 100,000
 * sleeps compares doubles in one array instead of chasing a pointer per comparison. */
typedef struct {
    double when;         /* the timer's deadline (loop time) */
    AwValue v;           /* the TimerHandle or sleep awaitable */
} AwTimerEntry;

/* A Handle (call_soon) or TimerHandle (call_later/call_at). */
typedef struct {
    AwObject obj;        /* header */
    AwValue callback;    /* the callable */
    AwValue args;        /* tuple of arguments */
    double when;         /* deadline (timers), or -1 */
    uint64_t seq;        /* insertion order, breaks ties between equal deadlines */
    uint8_t cancelled;   /* cancel() was called */
    uint8_t is_timer;    /* a TimerHandle */
    AwCode *created_in;  /* debug mode: code of the frame that scheduled it ("created at"), or NULL */
    int32_t created_ip;  /* debug mode: instruction index there */
    AwValue context;     /* call_soon(..., context=ctx): the contextvars.Context the callback
                            runs in (ctx.run), or AW_NONE */
} AwHandle;

struct AwLoop {
    AwObject obj;            /* header */
    uv_loop_t *uv;           /* owned libuv loop (NULL once closed) */
    uv_timer_t *timer;       /* wakes uv_run for the earliest timer; freed in its close callback */
    uv_async_t *wakeup;      /* call_soon_threadsafe from another thread ends the poll (unreferenced) */
    AwValue *ready;          /* ring buffer of ready entries: target [, argument] */
    uint8_t *ready_kinds;    /* a kind byte per slot of ready (see ready_push) */
    int64_t head;            /* slot of the oldest entry */
    int64_t count;           /* entries queued */
    int64_t used;            /* slots those entries take (one or two each) */
    int64_t cap;             /* capacity in slots (a power of two) */
    AwTimerEntry *heap;      /* timer heap of AwHandle / sleep values ordered by (when, seq) */
    int64_t nheap;           /* entries in heap */
    int64_t heap_cap;        /* capacity of heap */
    uint64_t seq;            /* next timer sequence number */
    AwTask *tasks_head;      /* every pending task (strong references), oldest first, linked */
    AwTask *tasks_tail;      /* through AwTask.loop_next (and some done ones: prune_tasks) */
    AwValue current_task;    /* the task being stepped, or AW_NONE */
    AwValue exception_handler; /* set_exception_handler(), or AW_NONE */
    uint8_t running;         /* inside run_forever/run_until_complete */
    uint8_t stopping;        /* stop() was called */
    uint8_t closed;          /* close() was called */
    uint8_t interrupted;     /* Ctrl-C cancelled main_task: asyncio.run raises KeyboardInterrupt */
    AwValue main_task;       /* asyncio.run's task, cancelled by Ctrl-C; AW_NONE otherwise */
    struct AwWork *works;    /* functions queued on or running in worker threads */
    AwThreadState poll_state; /* the loop thread's state while it polls without the GIL */
    AwDict *dict;            /* attributes (user code may set some) */
    uint8_t debug;           /* asyncio debug mode (set_debug, PYTHONASYNCIODEBUG, run(debug=True)) */
    double slow_callback_duration; /* debug mode: steps and callbacks longer than this are reported */
    const AwLoopServiceOps *service_ops[LOOP_MAX_SERVICES]; /* attached native services (HTTP engine, streams) */
    void *service[LOOP_MAX_SERVICES]; /* their states, owned by each service (NULL: free slot) */
    uint8_t poll_unlocked;   /* run_once gave the GIL up for the poll (see loop_callback_enter) */
    AwValue task_factory;    /* set_task_factory(): create_task calls factory(loop, coro), or AW_NONE */
    uint32_t busy_workers;   /* bit i: a function runs as CPython's default executor's thread
                                "asyncio_i" (the lowest free number, as its idle reuse gives) */
    AwObject **agens;        /* async generators first iterated while this loop ran (malloc'd, not
                                traced: CPython's weak set). Each is unfinished and flagged for
                                finalization, so an unreachable one is finalized (and removed by
                                loop_asyncgen_finalize) before it can be freed; finished ones are
                                dropped when the loop is traced */
    int64_t nagens, agens_cap; /* entries used and allocated in agens */
};

static _Thread_local AwLoop *running_loop;   /* per thread: asyncio.run works in a worker thread too */

AwLoop *loop_running(AwVM *vm) { return running_loop; }

/* ---- ready queue ---- */

/* Entries are one value (the target) or two (target, argument), each slot with a kind byte:
 * 9 or 17 bytes instead of a 32-byte AwReady, since 100,000 tasks created at once all queue
 * their first step (a TASK_STEP without exception: one slot) here. The kind byte of an entry's
 * first slot is its AwReadyKind, or READY_HANDLE (a CALL of a Handle: the target is the
 * Handle), plus READY_HAS_ARG when the next slot holds the argument. */
#define READY_HANDLE 0x7f
#define READY_HAS_ARG 0x80

/* Doubles the ring in place (realloc: a big buffer grows by remapping, so the old and new
 * buffers never both take memory); the wrapped-around part moves after the old end. */
static AwStatus ready_grow(AwVM *vm, AwLoop *l) {
    int64_t cap = l->cap ? l->cap * 2 : 64;
    AwValue *r = gc_realloc(vm, l->ready, sizeof(AwValue) * (size_t)l->cap, sizeof(AwValue) * (size_t)cap);
    if (!r) return AW_ERROR;
    l->ready = r;
    uint8_t *k = gc_realloc(vm, l->ready_kinds, (size_t)l->cap, (size_t)cap);
    if (!k) {
        AwValue *back = gc_realloc(vm, r, sizeof(AwValue) * (size_t)cap, sizeof(AwValue) * (size_t)l->cap);
        if (back) l->ready = back;
        return AW_ERROR;
    }
    l->ready_kinds = k;
    int64_t wrapped = l->head + l->used - l->cap;
    if (l->cap && wrapped > 0) {
        memcpy(r + l->cap, r, sizeof(AwValue) * (size_t)wrapped);
        memcpy(k + l->cap, k, (size_t)wrapped);
    }
    if (!l->cap) l->head = 0;
    l->cap = cap;
    return AW_OK;
}

static void ready_put(AwLoop *l, AwValue v, uint8_t kind) {
    int64_t j = (l->head + l->used++) & (l->cap - 1);
    l->ready[j] = v;
    l->ready_kinds[j] = kind;
}

static AwStatus ready_push(AwVM *vm, AwLoop *l, AwReady e) {
    if (l->used + 2 > l->cap && ready_grow(vm, l)) return AW_ERROR;
    if (e.handle != AW_NONE) {
        ready_put(l, e.handle, READY_HANDLE);
    } else if ((e.kind == AW_READY_TASK_STEP && e.arg == AW_EMPTY) || e.kind == AW_READY_SLEEP) {
        ready_put(l, e.target, (uint8_t)e.kind);
    } else {
        ready_put(l, e.target, (uint8_t)e.kind | READY_HAS_ARG);
        ready_put(l, e.arg, 0);
    }
    l->count++;
    return AW_OK;
}

static AwValue ready_take(AwLoop *l) {
    AwValue v = l->ready[l->head];
    l->head = (l->head + 1) & (l->cap - 1);
    l->used--;
    return v;
}

static AwReady ready_pop(AwLoop *l) {
    int kind = l->ready_kinds[l->head];
    AwValue target = ready_take(l);
    l->count--;
    if (kind == READY_HANDLE) return (AwReady){AW_READY_CALL, AW_NONE, AW_NONE, target};
    if (!(kind & READY_HAS_ARG)) return (AwReady){kind, target, kind == AW_READY_TASK_STEP ? AW_EMPTY : AW_NONE, AW_NONE};
    AwValue arg = ready_take(l);
    return (AwReady){kind & ~READY_HAS_ARG, target, arg, AW_NONE};
}

AwStatus loop_schedule(AwVM *vm, AwLoop *loop, AwReadyKind kind, AwValue target, AwValue arg) {
    AwReady e = {kind, target, arg, AW_NONE};
    return ready_push(vm, loop, e);
}

/* ---- timer heap ---- */

/* The heap holds TimerHandles and sleep awaitables; both have a deadline and an order. */
static inline bool is_sleep(AwValue v) { return value_as_ptr(v)->type == &aw_type_sleep; }
static inline double timer_when(AwValue v) { return is_sleep(v) ? AW_AS(AwSleep, v)->when : AW_AS(AwHandle, v)->when; }
static inline uint32_t timer_seq(AwValue v) { return is_sleep(v) ? AW_AS(AwSleep, v)->seq : (uint32_t)AW_AS(AwHandle, v)->seq; }
static inline bool timer_cancelled(AwValue v) {
    return is_sleep(v) ? AW_AS(AwSleep, v)->cancelled : AW_AS(AwHandle, v)->cancelled;
}

static inline bool entry_before(const AwTimerEntry *a, const AwTimerEntry *b) {
    /* sequence numbers are compared modulo 2**32: correct while the timers alive span fewer
     * than 2**31 insertions */
    return a->when < b->when || (a->when == b->when && (int32_t)(timer_seq(a->v) - timer_seq(b->v)) < 0);
}

static AwStatus heap_push(AwVM *vm, AwLoop *l, AwValue h) {
    if (l->nheap == l->heap_cap) {
        int64_t cap = l->heap_cap ? l->heap_cap * 2 : 64;
        AwTimerEntry *n = gc_realloc(vm, l->heap, sizeof(AwTimerEntry) * (size_t)l->heap_cap, sizeof(AwTimerEntry) * (size_t)cap);
        if (!n) return AW_ERROR;
        l->heap = n;
        l->heap_cap = cap;
    }
    AwTimerEntry e = {timer_when(h), h};
    int64_t i = l->nheap++;
    while (i > 0) {
        int64_t parent = (i - 1) / 2;
        if (!entry_before(&e, &l->heap[parent])) break;
        l->heap[i] = l->heap[parent];
        i = parent;
    }
    l->heap[i] = e;
    return AW_OK;
}

static AwValue heap_pop(AwLoop *l) {
    AwValue top = l->heap[0].v;
    AwTimerEntry last = l->heap[--l->nheap];
    int64_t i = 0, n = l->nheap;
    for (;;) {
        int64_t c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && entry_before(&l->heap[c + 1], &l->heap[c])) c++;
        if (!entry_before(&l->heap[c], &last)) break;
        l->heap[i] = l->heap[c];
        i = c;
    }
    if (n) l->heap[i] = last;
    return top;
}

/* The virtual clock (aw --virtual-clock): when every task waits on timers, time jumps to the
 * next deadline instead of passing, so sleep-heavy lessons finish at once with the same output.
 * Time stands still while code runs (the clock reads frozen_at plus the jumps): a lesson then
 * prints the same times, timeline and slow-step warnings on every run, however slow the machine.
 * Real waits (I/O, worker threads, the REPL's prompt) still count. The jumps accumulate in
 * clock_offset, which loop.time() and the time module's clocks add. */
static bool virtual_clock;
static double clock_offset;
static double frozen_at;   /* virtual clock: the real monotonic time it started from */

static double real_time(void) { return (double)uv_hrtime() / 1e9; }

void loop_set_virtual_clock(bool on) {
    virtual_clock = on;
    frozen_at = floor(real_time());
}
bool loop_virtual_clock(void) { return virtual_clock; }
double loop_clock_offset(void) { return clock_offset; }
void loop_advance_clock(double seconds) { if (seconds > 0) clock_offset += seconds; }

double loop_time(AwLoop *loop) { return (virtual_clock ? frozen_at : real_time()) + clock_offset; }

/* A real wait of the loop: under the virtual clock, the time it took is added by hand. */
static void run_uv(uv_loop_t *uv, uv_run_mode mode) {
    double start = virtual_clock ? real_time() : 0;
    uv_run(uv, mode);
    if (virtual_clock) clock_offset += real_time() - start;
}

AwFrame *vm_current_frame(AwVM *vm);

static AwHandle *handle_new(AwVM *vm, AwValue fn, int argc, const AwValue *argv, double when) {
    AwTuple *args = tuple_from(vm, argc, argv);
    if (!args) return NULL;
    AwHandle *h = (AwHandle *)gc_new(vm, when >= 0 ? &aw_type_timer_handle : &aw_type_handle, sizeof(AwHandle));
    if (!h) return NULL;
    h->callback = fn;
    h->args = value_from_ptr(args);
    h->when = when;
    h->context = AW_NONE;
    AwLoop *running = running_loop;
    AwFrame *creator = running && running->debug ? vm_current_frame(vm) : NULL;
    if (creator) {
        h->created_in = creator->code;
        h->created_ip = (int32_t)(creator->ip - creator->code->code) - 1;
    }
    return h;
}

AwStatus loop_add_sleep(AwVM *vm, AwLoop *loop, AwValue sleep) {
    AW_AS(AwSleep, sleep)->seq = (uint32_t)loop->seq++;
    return heap_push(vm, loop, sleep);
}

AwValue loop_call_at(AwVM *vm, AwLoop *loop, double when, AwValue fn, int argc, const AwValue *argv) {
    AwHandle *h = handle_new(vm, fn, argc, argv, when);
    if (!h) return AW_ERR;
    h->is_timer = 1;
    h->seq = loop->seq++;
    return heap_push(vm, loop, value_from_ptr(h)) ? AW_ERR : value_from_ptr(h);
}

/* ---- tasks ---- */

AwValue loop_current_task(AwLoop *loop) { return loop->current_task; }

void loop_set_main_task(AwLoop *loop, AwValue task) {
    loop->main_task = task;
    loop->interrupted = 0;
}
bool loop_was_interrupted(AwLoop *loop) { return loop->interrupted; }
void loop_set_current_task(AwLoop *loop, AwValue task) { loop->current_task = task; }

/* The list is singly linked and pruned lazily: a task that is done stays in it (alive) until
 * all_tasks() or the next collection walks past it. 8 bytes per task instead of a dict entry. */
AwStatus loop_add_task(AwVM *vm, AwLoop *loop, AwValue task) {
    AwTask *t = AW_TASK(task);
    t->loop_next = NULL;
    if (loop->tasks_tail) loop->tasks_tail->loop_next = t;
    else loop->tasks_head = t;
    loop->tasks_tail = t;
    return AW_OK;
}

/* Unlinks the tasks that are done. */
static void prune_tasks(AwLoop *loop) {
    AwTask *prev = NULL;
    for (AwTask *t = loop->tasks_head, *next; t; t = next) {
        next = t->loop_next;
        if (t->fut.state == AW_FUT_PENDING) { prev = t; continue; }
        if (prev) prev->loop_next = next;
        else loop->tasks_head = next;
        if (loop->tasks_tail == t) loop->tasks_tail = prev;
        t->loop_next = NULL;
    }
}

AwValue loop_all_tasks(AwVM *vm, AwLoop *loop) {
    prune_tasks(loop);
    AwList *l = list_new(vm, 0);
    if (!l) return AW_ERR;
    for (AwTask *t = loop->tasks_head; t; t = t->loop_next)
        if (list_append(vm, l, value_from_ptr(t))) return AW_ERR;
    return value_from_ptr(l);
}

/* ---- errors in callbacks ---- */

/* The context key CPython names the source under: "task", "future" or "handle". */
static const char *source_key(AwValue source) {
    if (value_is_instance(source, &aw_type_task)) return "task";
    if (value_is_future(source)) return "future";
    return "handle";
}

/* The report's text: the message, then a "key: repr" line per other context entry (sorted). */
static AwStatus context_text(AwVM *vm, AwBuf *b, const char *message, AwDict *ctx) {
    if (buf_append_cstr(b, message)) return AW_ERROR;
    AwValue keys = ctx ? list_from_iterable(vm, value_from_ptr(ctx)) : AW_NONE;
    if (keys == AW_ERR || (keys != AW_NONE && gc_push_root(vm, keys))) {
        vm_exc_clear(vm);
        keys = AW_NONE;
    }
    if (keys != AW_NONE && list_sort(vm, AW_LIST(keys), AW_NONE, false)) vm_exc_clear(vm); /* unsorted then */
    AwStatus st = AW_OK;
    for (int64_t i = 0; keys != AW_NONE && i < AW_LIST(keys)->len && st == AW_OK; i++) {
        AwValue k = AW_LIST(keys)->items[i];
        if (!value_is_str(k) || !strcmp(AW_STR(k)->data, "message") || !strcmp(AW_STR(k)->data, "exception")) continue;
        AwValue v = dict_get(vm, ctx, k);
        AwValue r = v == AW_ERR || v == AW_EMPTY ? AW_ERR : ops_repr(vm, v);
        if (r == AW_ERR) { vm_exc_clear(vm); continue; }
        st = buf_printf(b, "\n%s: %s", AW_STR(k)->data, AW_STR(r)->data);
    }
    if (keys != AW_NONE) gc_pop_roots(vm, 1);
    return st;
}

/* logging.getLogger("asyncio").<level>(text, exc_info=exc or False), as CPython's asyncio
 * logs, once the program imported logging (before that, nothing can have configured it, and
 * printing is what logging's last-resort handler would do). False when logging is not imported. */
static bool log_asyncio(AwVM *vm, const char *level, AwStr *text, AwValue exc) {
    AwStr *name = str_intern_cstr(vm, "logging");
    AwValue logging = name ? dict_get_str(vm->modules, name) : AW_EMPTY;
    if (logging == AW_EMPTY || logging == AW_NONE) return false;
    AwStr *get = str_intern_cstr(vm, "getLogger"), *asyncio = str_intern_cstr(vm, "asyncio");
    AwStr *error = str_intern_cstr(vm, level), *exc_info = str_intern_cstr(vm, "exc_info");
    if (!get || !asyncio || !error || !exc_info) { vm_exc_clear(vm); return false; }
    AwValue arg = str_value(asyncio);
    AwValue logger = vm_call_method(vm, logging, get, 1, &arg);
    AwValue meth = logger == AW_ERR ? AW_ERR : ops_getattr(vm, logger, error);
    AwTuple *kwn = meth == AW_ERR || gc_push_root(vm, meth) ? NULL : tuple_from(vm, 1, (AwValue[]){str_value(exc_info)});
    if (!kwn) {
        if (meth != AW_ERR) gc_pop_roots(vm, 1);
        vm_exc_clear(vm);
        return false;
    }
    AwValue args[2] = {str_value(text), exc != AW_NONE && exc != AW_EMPTY ? exc : AW_FALSE};
    if (vm_call(vm, meth, 1, args, kwn) == AW_ERR) vm_exc_clear(vm);   /* logging reports its own errors */
    gc_pop_roots(vm, 1);
    return true;
}

/* CPython's default_exception_handler: logs (or prints) the context's text and the traceback. */
static void print_context(AwVM *vm, const char *message, AwDict *ctx, AwValue exc) {
    AwBuf b;
    buf_init(&b, vm);
    AwStr *text = context_text(vm, &b, message, ctx) == AW_OK ? buf_to_str(&b) : (buf_free(&b), NULL);
    if (!text) vm_exc_clear(vm);
    if (text && !gc_push_root(vm, str_value(text))) {
        bool logged = log_asyncio(vm, "error", text, exc);
        gc_pop_roots(vm, 1);
        if (logged) return;
    }
    fflush(stdout);
    fprintf(stderr, "%s\n", text ? text->data : message);
    if (exc != AW_NONE && exc != AW_EMPTY) traceback_print_plain(vm, exc, stderr);   /* as asyncio's logger */
}

void loop_report(AwVM *vm, AwLoop *loop, const char *message, AwValue exc, AwValue source) {
    loop_report_as(vm, loop, message, exc, source == AW_NONE ? NULL : source_key(source), source);
}

void loop_report_as(AwVM *vm, AwLoop *loop, const char *message, AwValue exc, const char *key, AwValue source) {
    AwDict *ctx = dict_new(vm);
    AwStr *m = ctx ? str_from_cstr(vm, message) : NULL;
    if (!m || gc_push_root(vm, value_from_ptr(ctx))) { vm_exc_clear(vm); print_context(vm, message, NULL, exc); return; }
    if (dict_set_cstr(vm, ctx, "message", str_value(m)) || (exc != AW_NONE && dict_set_cstr(vm, ctx, "exception", exc)) ||
        (source != AW_NONE && dict_set_cstr(vm, ctx, key, source)))
        vm_exc_clear(vm);
    if (loop->exception_handler != AW_NONE) {
        AwValue args[2] = {value_from_ptr(loop), value_from_ptr(ctx)};
        if (vm_call(vm, loop->exception_handler, 2, args, NULL) != AW_ERR) { gc_pop_roots(vm, 1); return; }
        exc = vm_exc_take(vm);
        message = "Unhandled error in exception handler";
        ctx = NULL;
    }
    print_context(vm, message, ctx, exc);
    gc_pop_roots(vm, 1);
}

/* ---- running ---- */

static void run_call_watched(AwVM *vm, AwLoop *loop, AwReady e);

/* ctx.run(callback, *args) for a Handle scheduled with context=ctx. */
static AW_NOINLINE AwValue call_in_context(AwVM *vm, AwHandle *h) {
    AwTuple *args = AW_TUPLE(h->args);
    AwValue *argv = malloc(sizeof(AwValue) * (size_t)(args->len + 1));
    if (!argv) return vm_raise_memory(vm);
    argv[0] = h->callback;
    memcpy(argv + 1, args->items, sizeof(AwValue) * (size_t)args->len);
    AwStr *run = str_intern_cstr(vm, "run");
    AwValue r = run ? vm_call_method(vm, h->context, run, (int)args->len + 1, argv) : AW_ERR;
    free(argv);
    return r;
}

/* The keywords of call_soon/call_later/call_at: only context= (None: the current one). */
static AwStatus handle_keywords(AwVM *vm, const char *fname, AwHandle *h, int argc, const AwValue *argv, AwTuple *kw) {
    for (int64_t i = 0; kw && i < kw->len; i++) {
        AwStr *k = AW_STR(kw->items[i]);
        if (strcmp(k->data, "context") != 0) {
            vm_raise(vm, &aw_exc_TypeError, "BaseEventLoop.%s() got an unexpected keyword argument '%s'", fname, k->data);
            return AW_ERROR;
        }
        h->context = argv[argc + i];
    }
    return AW_OK;
}
static AwStatus format_callback(AwBuf *b, AwValue fn, int64_t argc, const AwValue *argv);

/* A callback raised: "Exception in callback cb(args) at FILE:LINE" with the Handle in the
 * context, as CPython's Handle._run (a future's done callback is a Handle there too). */
static AW_NOINLINE void report_callback_error(AwVM *vm, AwLoop *loop, AwReady e, AwValue exc) {
    if (gc_push_root(vm, exc)) { vm_exc_clear(vm); return; }
    AwHandle *h = e.handle != AW_NONE ? AW_AS(AwHandle, e.handle) : handle_new(vm, e.target, 1, &e.arg, -1);
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = !h || buf_append_cstr(&b, "Exception in callback ") ||
                  format_callback(&b, h->callback, AW_TUPLE(h->args)->len, AW_TUPLE(h->args)->items) || buf_append_char(&b, '\0');
    if (st) vm_exc_clear(vm);
    if (h && gc_push_root(vm, value_from_ptr(h))) { vm_exc_clear(vm); h = NULL; }
    loop_report(vm, loop, st ? "Exception in callback" : b.data, exc, h ? value_from_ptr(h) : AW_NONE);
    buf_free(&b);
    gc_pop_roots(vm, h ? 2 : 1);
}

/* Inlined into run_once, and into run_call_watched for debug mode's timing. */
static AW_ALWAYS_INLINE void run_entry(AwVM *vm, AwLoop *loop, AwReady e) {
    switch (e.kind) {
    case AW_READY_TASK_STEP: task_step(vm, AW_TASK(e.target), e.arg); return;
    case AW_READY_TASK_WAKEUP: task_wakeup(vm, AW_TASK(e.target), AW_FUTURE(e.arg)); return;
    case AW_READY_SLEEP: sleep_fire(vm, e.target); return;
    case AW_READY_TASK_RELEASE: task_release(vm, AW_TASK(e.target)); return;
    default: break;
    }
    if (e.handle != AW_NONE && AW_AS(AwHandle, e.handle)->cancelled) return;
    /* The popped entry may be the only reference to the callback, its argument or its Handle
     * (and the Handle's argument tuple, which a native callee reads in place): keep them alive
     * while the callback runs and is reported. */
    if (gc_push_root(vm, e.handle != AW_NONE ? e.handle : e.target)) return;
    if (gc_push_root(vm, e.arg)) { gc_pop_roots(vm, 1); return; }
    AwValue r;
    if (e.handle != AW_NONE) {
        AwHandle *h = AW_AS(AwHandle, e.handle);
        AwTuple *args = AW_TUPLE(h->args);
        r = AW_LIKELY(h->context == AW_NONE) ? vm_call(vm, h->callback, (int)args->len, args->items, NULL)
                                             : call_in_context(vm, h);
    } else {
        r = vm_call(vm, e.target, 1, &e.arg, NULL);
    }
    AwValue exc = r == AW_ERR ? vm_exc_take(vm) : AW_EMPTY;
    if (exc == AW_EMPTY || value_is_instance(exc, &aw_exc_KeyboardInterrupt) || value_is_instance(exc, &aw_exc_SystemExit)) {
        if (exc != AW_EMPTY) vm->exc = exc;
        gc_pop_roots(vm, 2);
        return;
    }
    report_callback_error(vm, loop, e, exc);
    gc_pop_roots(vm, 2);
}

/* ---- asyncio debug mode ---- */

static AwStatus format_callback(AwBuf *b, AwValue fn, int64_t argc, const AwValue *argv);

/* An argument as CPython's format_helpers shows it: reprlib.repr (long reprs shortened with
 * "..."), or the plain repr if reprlib cannot be had. */
static AwStatus append_short_repr(AwBuf *b, AwValue v) {
    AwVM *vm = b->vm;
    AwStr *name = str_intern_cstr(vm, "reprlib");
    AwValue mod = name ? vm_import(vm, name, AW_NONE, NULL) : AW_ERR;
    AwStr *fn = mod == AW_ERR ? NULL : str_intern_cstr(vm, "repr");
    AwValue r = fn ? vm_call_method(vm, mod, fn, 1, &v) : AW_ERR;
    if (value_is_str(r)) return buf_append_str_of(b, r);
    vm_exc_clear(vm);
    return buf_append_repr_of(b, v);
}

static AwStatus format_args(AwBuf *b, int64_t argc, const AwValue *argv) {
    AwStatus st = buf_append_char(b, '(');
    for (int64_t i = 0; i < argc && !st; i++) {
        if (i) st = buf_append_cstr(b, ", ");
        st = st ? st : append_short_repr(b, argv[i]);
    }
    return st ? st : buf_append_char(b, ')');
}

/* functools.partial(f, 1) called with (2,): "f(1)(2)", as CPython's _format_callback unwraps it. */
static AwStatus format_partial(AwBuf *b, AwValue fn, int64_t argc, const AwValue *argv) {
    AwVM *vm = b->vm;
    AwValue func = ops_getattr_opt(vm, fn, str_intern_cstr(vm, "func"));
    AwValue args = func == AW_ERR || func == AW_EMPTY ? AW_ERR : ops_getattr_opt(vm, fn, AW_NAME(vm, args));
    if (!value_is_tuple(args)) { vm_exc_clear(vm); return buf_append_repr_of(b, fn); }
    AwStatus st = format_callback(b, func, AW_TUPLE(args)->len, AW_TUPLE(args)->items);
    return st ? st : format_args(b, argc, argv);
}

/* CPython's format_helpers._format_callback_source: "cb(1, 'x') at FILE:LINE" (the location
 * only for functions written in aw). */
static AwStatus format_callback(AwBuf *b, AwValue fn, int64_t argc, const AwValue *argv) {
    AwVM *vm = b->vm;
    if (strcmp(type_name(type_of(fn)), "partial") == 0) return format_partial(b, fn, argc, argv);
    AwValue name = ops_getattr_opt(vm, fn, AW_NAME(vm, __qualname__));
    if (name == AW_ERR) vm_exc_clear(vm);
    if (!value_is_str(name)) name = ops_getattr_opt(vm, fn, AW_NAME(vm, __name__));
    if (name == AW_ERR) vm_exc_clear(vm);
    AwStatus st = value_is_str(name) ? buf_append_str_of(b, name) : buf_append_repr_of(b, fn);
    st = st ? st : format_args(b, argc, argv);
    if (!st && value_is_type(fn, &aw_type_function)) {
        AwCode *code = AW_FUNCTION(fn)->code;
        st = buf_printf(b, " at %s:%d", code->filename->data, (int)code->firstlineno);
    }
    return st;
}

AwStatus loop_format_callback(AwBuf *b, AwValue fn, int64_t argc, const AwValue *argv) {
    return format_callback(b, fn, argc, argv);
}

/* The Handle's repr, as CPython's Handle._repr_info words it ("created at" in debug mode). */
static AwValue handle_repr(AwVM *vm, AwValue self) {
    AwHandle *h = AW_AS(AwHandle, self);
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = buf_append_cstr(&b, h->is_timer ? "<TimerHandle" : "<Handle");
    if (!st && h->cancelled) st = buf_append_cstr(&b, " cancelled");
    if (!st && h->is_timer) {
        char when[64];
        float_repr_buf(h->when, when, sizeof when);
        st = buf_printf(&b, " when=%s", when);
    }
    if (!st && !h->cancelled && h->callback != AW_NONE) {
        AwTuple *args = AW_TUPLE(h->args);
        st = buf_append_char(&b, ' ');
        st = st ? st : format_callback(&b, h->callback, args->len, args->items);
    }
    if (!st && h->created_in)
        st = buf_printf(&b, " created at %s:%d", h->created_in->filename->data, code_line_at(h->created_in, h->created_ip));
    st = st ? st : buf_append_char(&b, '>');
    if (st) { buf_free(&b); return AW_ERR; }
    AwStr *r = buf_to_str(&b);
    return r ? str_value(r) : AW_ERR;
}

/* What CPython's warning names: the Task for a task step, the Handle for a callback. */
static AwValue describe_source(AwVM *vm, AwValue source) {
    if (value_is_instance(source, &aw_type_handle) || value_is_instance(source, &aw_type_task)) return ops_repr(vm, source);
    AwBuf b;
    buf_init(&b, vm);
    if (buf_append_cstr(&b, "<Handle ") || format_callback(&b, source, 0, NULL) || buf_append_char(&b, '>')) {
        buf_free(&b);
        return AW_ERR;
    }
    AwStr *r = buf_to_str(&b);
    return r ? str_value(r) : AW_ERR;
}

void loop_note_step(AwVM *vm, AwLoop *loop, AwValue source, double seconds) {
    if (!loop->debug || !(seconds >= loop->slow_callback_duration)) return;
    AwValue saved = vm_exc_take(vm);
    if (gc_push_root(vm, saved)) { vm->exc = saved; return; }
    AwValue r = describe_source(vm, source);
    AwStr *text = r == AW_ERR ? NULL : str_printf(vm, "Executing %s took %.3f seconds", AW_STR(r)->data, seconds);
    if (text && !gc_push_root(vm, str_value(text))) {
        if (!log_asyncio(vm, "warning", text, AW_NONE)) {   /* CPython: logger.warning */
            fflush(stdout);
            fprintf(stderr, "%s\n", text->data);
        }
        gc_pop_roots(vm, 1);
    }
    vm_exc_clear(vm);
    vm->exc = saved;
    gc_pop_roots(vm, 1);
}

/* A callback in debug mode: timed, and reported if it held the loop too long. */
static AW_NOINLINE void run_call_watched(AwVM *vm, AwLoop *loop, AwReady e) {
    AwValue source = e.handle != AW_NONE ? e.handle : e.target;
    if (gc_push_root(vm, source)) { vm_exc_clear(vm); run_entry(vm, loop, e); return; } /* out of memory: unwatched */
    double start = loop_time(loop);
    run_entry(vm, loop, e);
    if (e.handle == AW_NONE || !AW_AS(AwHandle, e.handle)->cancelled) loop_note_step(vm, loop, source, loop_time(loop) - start);
    gc_pop_roots(vm, 1);
}

/* run_once's last part in debug mode: the ready entries, callbacks timed. */
static AW_NOINLINE AwStatus run_ready_watched(AwVM *vm, AwLoop *loop, int64_t ntodo) {
    for (int64_t i = 0; i < ntodo; i++) {
        AwReady e = ready_pop(loop);
        if (e.kind == AW_READY_CALL) run_call_watched(vm, loop, e);
        else run_entry(vm, loop, e);
        if (vm->exc != AW_EMPTY) return AW_ERROR;
        gc_safepoint(vm);
    }
    return AW_OK;
}

/* Coroutines record where they were created while a loop in debug mode runs (CPython's
 * coroutine origin tracking, set by the loop for the same span). */
static bool enter_debug(AwLoop *loop) {
    bool was = origin_tracking;
    if (loop->debug) origin_tracking = true;
    return was;
}

static void on_timer(uv_timer_t *t) { (void)t; }
static void on_wakeup(uv_async_t *a) { (void)a; }

/* Seconds to block in the poll: 0 if work is ready, -1 for "no deadline". */
static double poll_timeout(AwLoop *loop) {
    if (loop->count || loop->stopping) return 0;
    while (loop->nheap && timer_cancelled(loop->heap[0].v)) heap_pop(loop);
    if (!loop->nheap) return -1;
    double t = loop->heap[0].when - loop_time(loop);
    return t < 0 ? 0 : t;
}

/* One iteration of CPython's _run_once. Returns AW_ERROR when KeyboardInterrupt/SystemExit
 * (or a deadlock) must end the loop. */
/* Ctrl-C: as CPython's asyncio.Runner, cancel the main task and let it unwind; without one,
 * raise KeyboardInterrupt now. */
static AwStatus handle_interrupt(AwVM *vm, AwLoop *loop) {
    int r = vm_take_interrupt(vm);   /* runs the program's signal handlers, if any */
    if (r <= 0) return r < 0 ? AW_ERROR : AW_OK;
    if (loop->main_task != AW_NONE && AW_FUTURE(loop->main_task)->state == AW_FUT_PENDING && !loop->interrupted) {
        loop->interrupted = 1;
        task_cancel(vm, AW_TASK(loop->main_task), AW_NONE);
        return AW_OK;
    }
    vm_raise_value(vm, value_from_ptr(&aw_exc_KeyboardInterrupt));
    return AW_ERROR;
}

/* The longest single wait, so a Ctrl-C that libuv's poll restarts after is seen promptly. */
#define MAX_POLL_SECONDS 0.05

static AwStatus run_once(AwVM *vm, AwLoop *loop) {
    if (AW_UNLIKELY(vm->interrupt_pending) && handle_interrupt(vm, loop)) return AW_ERROR;
    double timeout = poll_timeout(loop);
    if (timeout < 0 || timeout > MAX_POLL_SECONDS) {
        if (timeout < 0 && !uv_loop_alive(loop->uv) && !loop->nheap && !vm->gil.workers) {
            vm_raise(vm, &aw_exc_RuntimeError, "event loop deadlock: every task is waiting and nothing can wake them");
            return AW_ERROR;
        }
        timeout = MAX_POLL_SECONDS;
    }
    bool threads = vm->gil.workers > 0;
    if (virtual_clock && timeout > 0 && !threads && !uv_loop_alive(loop->uv)) {
        clock_offset += poll_timeout(loop); /* nothing else can happen first: jump to the deadline */
        timeout = 0;
    }
    if (threads) gil_release(vm, &loop->poll_state);
    loop->poll_unlocked = threads;
    if (timeout != 0) {
        /* Rounded up to libuv's milliseconds. libuv measures the wait with its coarse clock
         * and polls again until that clock says the time is up, so it never wakes early; it
         * can wake a little late, and a wake before the deadline only costs another short
         * poll (the timer heap is checked against the real clock). No extra millisecond: a
         * call_later chain must not drift a millisecond per hop. */
        uv_update_time(loop->uv);
        uint64_t ms = (uint64_t)ceil(timeout * 1000.0);
        uv_timer_start(loop->timer, on_timer, ms, 0);
        run_uv(loop->uv, UV_RUN_ONCE);
        uv_timer_stop(loop->timer);
    } else if (uv_loop_alive(loop->uv)) {
        run_uv(loop->uv, UV_RUN_NOWAIT);
    }
    loop->poll_unlocked = 0;
    if (threads) gil_acquire(vm, &loop->poll_state);
    /* A Ctrl-C during the poll cancels the main task, not whichever task runs next. */
    if (AW_UNLIKELY(vm->interrupt_pending) && handle_interrupt(vm, loop)) return AW_ERROR;
    double end = loop_time(loop) + 1e-9;
    while (loop->nheap) {
        if (timer_cancelled(loop->heap[0].v)) { heap_pop(loop); continue; }
        if (loop->heap[0].when >= end) break;
        AwValue hv = heap_pop(loop);
        AwReady e = is_sleep(hv) ? (AwReady){AW_READY_SLEEP, hv, AW_NONE, AW_NONE} : (AwReady){AW_READY_CALL, AW_NONE, AW_NONE, hv};
        if (ready_push(vm, loop, e)) return AW_ERROR;
    }
    int64_t ntodo = loop->count;
    if (AW_UNLIKELY(timeline_watching) && loop->debug) return run_ready_watched(vm, loop, ntodo);
    for (int64_t i = 0; i < ntodo; i++) {
        run_entry(vm, loop, ready_pop(loop));
        if (vm->exc != AW_EMPTY) return AW_ERROR;
        gc_safepoint(vm);
    }
    return AW_OK;
}

double loop_tick(AwVM *vm, AwLoop *loop) {
    if (loop->closed || loop->running || running_loop) return -1;
    static double last_tick;   /* the prompt's waits for input are real: the virtual clock counts them */
    if (virtual_clock) {
        double now = real_time();
        if (last_tick > 0) clock_offset += now - last_tick;
        last_tick = now;
    }
    loop->running = 1;
    loop->stopping = 1; /* a poll that does not block */
    running_loop = loop;
    if (run_once(vm, loop)) vm_exc_clear(vm);
    loop->stopping = 0;
    loop->running = 0;
    running_loop = NULL;
    if (loop->count) return 0;
    while (loop->nheap && timer_cancelled(loop->heap[0].v)) heap_pop(loop);
    if (loop->nheap) {
        double t = loop->heap[0].when - loop_time(loop);
        return t < 0 ? 0 : t;
    }
    /* Worker threads and native I/O (HTTP transfers) finish without a timer: poll again soon. */
    return loop->works || (loop->uv && uv_loop_alive(loop->uv)) ? MAX_POLL_SECONDS : -1;
}

static AwValue run_forever(AwVM *vm, AwLoop *loop, AwValue until) {
    if (loop->closed) return vm_raise(vm, &aw_exc_RuntimeError, "Event loop is closed");
    if (loop->running) return vm_raise(vm, &aw_exc_RuntimeError, "This event loop is already running");
    if (running_loop) return vm_raise(vm, &aw_exc_RuntimeError, "Cannot run the event loop while another loop is running");
    loop->running = 1;
    running_loop = loop;
    bool tracked = enter_debug(loop);
    AwStatus st = AW_OK;
    for (;;) {
        st = run_once(vm, loop);
        if (st || loop->stopping) break;
        if (until != AW_NONE && AW_FUTURE(until)->state != AW_FUT_PENDING) {
            loop->stopping = 1; /* one more iteration runs its done callbacks, as CPython's stop() */
        }
    }
    loop->stopping = 0;
    loop->running = 0;
    running_loop = NULL;
    origin_tracking = tracked;
    return st ? AW_ERR : AW_NONE;
}

static bool any_pending(AwList *futures) {
    for (int64_t i = 0; i < futures->len; i++)
        if (AW_FUTURE(futures->items[i])->state == AW_FUT_PENDING) return true;
    return false;
}

AwStatus loop_run_until_done(AwVM *vm, AwLoop *loop, AwList *futures) {
    if (loop->running || running_loop) return vm_fail(vm_raise(vm, &aw_exc_RuntimeError, "This event loop is already running"));
    loop->running = 1;
    running_loop = loop;
    bool tracked = enter_debug(loop);
    AwStatus st = AW_OK;
    while (!st && any_pending(futures)) st = run_once(vm, loop);
    /* CPython waits on a gather of them: the iteration after the last one finished runs its
     * done callbacks (and the gather's), the next the gather's own callback, which stops the
     * loop. Neither waits (something is ready). */
    loop->stopping = 1;
    for (int i = 0; i < 2 && !st; i++) st = run_once(vm, loop);
    loop->stopping = 0;
    loop->running = 0;
    running_loop = NULL;
    origin_tracking = tracked;
    return st;
}

AwValue loop_run_until_complete(AwVM *vm, AwLoop *loop, AwValue fut) {
    if (gc_push_root(vm, fut)) return AW_ERR;
    AwValue r = AW_FUTURE(fut)->state == AW_FUT_PENDING ? run_forever(vm, loop, fut) : AW_NONE;
    gc_pop_roots(vm, 1);
    /* A task's KeyboardInterrupt/SystemExit went out through the loop: CPython's done callback
     * (_run_until_complete_cb) retrieves it when the loop runs next, so it is never reported. */
    if (r == AW_ERR && AW_FUTURE(fut)->state == AW_FUT_FINISHED) AW_FUTURE(fut)->log_traceback = 0;
    if (r == AW_ERR) return AW_ERR;
    if (AW_FUTURE(fut)->state == AW_FUT_PENDING) return vm_raise(vm, &aw_exc_RuntimeError, "Event loop stopped before Future completed.");
    return future_result(vm, AW_FUTURE(fut));
}

static void free_timer_handle(uv_handle_t *h) { free(h); }

void loop_close(AwVM *vm, AwLoop *loop) {
    if (loop->closed) return;
    loop->closed = 1;
    for (int i = 0; i < LOOP_MAX_SERVICES; i++) {
        void *state = loop->service[i];
        loop->service[i] = NULL;
        if (state) loop->service_ops[i]->close(vm, state);
    }
    if (loop->uv) {
        uv_close((uv_handle_t *)loop->timer, free_timer_handle);
        uv_close((uv_handle_t *)loop->wakeup, free_timer_handle);
        /* Worker threads still running finish here; their completion callbacks take the GIL. */
        bool threads = vm->gil.workers > 0;
        if (threads) gil_release(vm, &loop->poll_state);
        loop->poll_unlocked = threads;
        uv_run(loop->uv, UV_RUN_DEFAULT);
        loop->poll_unlocked = 0;
        if (threads) gil_acquire(vm, &loop->poll_state);
        uv_loop_close(loop->uv);
        free(loop->uv);
        loop->uv = NULL;
    }
    if (running_loop == loop) running_loop = NULL;
}

AwValue loop_new(AwVM *vm) {
    AwLoop *l = (AwLoop *)gc_new(vm, &aw_type_loop, sizeof(AwLoop));
    if (!l) return AW_ERR;
    l->current_task = AW_NONE;
    l->exception_handler = AW_NONE;
    l->task_factory = AW_NONE;
    l->main_task = AW_NONE;
    l->slow_callback_duration = 0.1;
    const char *debug = getenv("PYTHONASYNCIODEBUG");
    if (debug && *debug) loop_set_debug(l, true);
    l->uv = malloc(sizeof(uv_loop_t));
    l->timer = malloc(sizeof(uv_timer_t));
    l->wakeup = malloc(sizeof(uv_async_t));
    if (!l->uv || !l->timer || !l->wakeup || uv_loop_init(l->uv)) {
        free(l->uv);
        free(l->timer);
        free(l->wakeup);
        l->uv = NULL;
        l->timer = NULL;
        l->wakeup = NULL;
        l->closed = 1;
        return vm_raise_memory(vm);
    }
    /* Referenced, so uv_run(UV_RUN_ONCE) really blocks until it fires; it is started only for
     * a wait and stopped after, so it never keeps the loop alive on its own. */
    uv_timer_init(l->uv, l->timer);
    uv_async_init(l->uv, l->wakeup, on_wakeup);
    uv_unref((uv_handle_t *)l->wakeup);
    return value_from_ptr(l);
}

void *loop_service(AwLoop *loop, const AwLoopServiceOps *ops) {
    for (int i = 0; i < LOOP_MAX_SERVICES; i++)
        if (loop->service[i] && loop->service_ops[i] == ops) return loop->service[i];
    return NULL;
}

void loop_attach_service(AwLoop *loop, const AwLoopServiceOps *ops, void *state) {
    for (int i = 0; i < LOOP_MAX_SERVICES; i++)
        if (!loop->service[i] || loop->service_ops[i] == ops) {
            loop->service_ops[i] = ops;
            loop->service[i] = state;
            return;
        }
    abort(); /* more kinds of services than LOOP_MAX_SERVICES: a build-time mistake */
}

struct uv_loop_s *loop_uv(AwLoop *loop) { return loop->uv; }

void loop_callback_enter(AwVM *vm, AwLoop *loop) {
    if (loop->poll_unlocked) gil_acquire(vm, &loop->poll_state);
}

void loop_callback_leave(AwVM *vm, AwLoop *loop) {
    if (loop->poll_unlocked) gil_release(vm, &loop->poll_state);
}

/* ---- worker threads (to_thread, run_in_executor) ----
 * The function runs on a libuv thread-pool thread holding the GIL; the loop thread polls
 * without it meanwhile. The outcome is handed to a future back on the loop thread. */

typedef struct AwWork {
    uv_work_t req;           /* libuv request (req.data = this) */
    AwVM *vm;                /* the interpreter */
    AwLoop *loop;            /* loop that queued it */
    AwValue fn;              /* the callable */
    AwValue args;            /* tuple of positional arguments */
    AwValue kwargs;          /* dict of keyword arguments, or AW_NONE */
    AwValue future;          /* resolved with the outcome */
    AwValue result;          /* the return value, or AW_NONE */
    AwValue exc;             /* the exception raised, or AW_EMPTY */
    AwFiber *fiber;          /* the worker's fiber */
    struct AwWork *next;     /* the loop's list of works (GC roots) */
} AwWork;

AwValue asyncio_prelude_call(AwVM *vm, const char *name, int argc, const AwValue *argv);

/* The function runs as the prelude's _run_in_worker(n, fn, args, kwargs), which makes
 * threading.current_thread() the thread "asyncio_n" of CPython's default executor. */
static AwValue work_call(AwVM *vm, AwWork *w) {
    int slot = 0;
    while (slot < 31 && (w->loop->busy_workers >> slot) & 1) slot++;
    w->loop->busy_workers |= 1u << slot;
    AwValue argv[4] = {value_from_small(slot), w->fn, w->args, w->kwargs};
    AwValue r = asyncio_prelude_call(vm, "_run_in_worker", 4, argv);
    w->loop->busy_workers &= ~(1u << slot);
    return r;
}

static void work_run(uv_work_t *req) {
    AwWork *w = req->data;
    AwVM *vm = w->vm;
    AwThreadState ts = {.fiber = w->fiber};
    gil_acquire(vm, &ts);
    AwValue r = work_call(vm, w);
    if (r == AW_ERR) w->exc = vm_exc_take(vm);
    else w->result = r;
    gil_exit(vm);
}

/* libuv's pool runs the functions: as many threads as CPython's default executor has,
 * min(32, cpus + 4), unless UV_THREADPOOL_SIZE says otherwise (read when the pool starts). */
static void size_thread_pool(void) {
    static bool done;
    if (done || getenv("UV_THREADPOOL_SIZE")) return;
    done = true;
    uv_cpu_info_t *cpus;
    int n = 0;
    if (uv_cpu_info(&cpus, &n) == 0) uv_free_cpu_info(cpus, n);
    int size = n + 4 < 32 ? n + 4 : 32;
    char buf[16];
    snprintf(buf, sizeof buf, "%d", size < 5 ? 5 : size);
    setenv("UV_THREADPOOL_SIZE", buf, 0);
}

static void work_done(uv_work_t *req, int status) {
    AwWork *w = req->data;
    AwVM *vm = w->vm;
    AwLoop *loop = w->loop;
    gil_acquire(vm, &loop->poll_state);
    AwFuture *f = AW_FUTURE(w->future);
    if (f->state == AW_FUT_PENDING) {
        AwStatus st = w->exc != AW_EMPTY ? future_set_exception(vm, f, w->exc) : future_set_result(vm, f, w->result);
        if (st) vm_exc_clear(vm);
    }
    for (AwWork **p = &loop->works; *p; p = &(*p)->next)
        if (*p == w) { *p = w->next; break; }
    vm->gil.workers--;
    free(w);
    (void)status;
    gil_release(vm, &loop->poll_state);
}

AwValue loop_run_in_thread(AwVM *vm, AwLoop *loop, AwValue fn, AwValue args, AwValue kwargs) {
    AwFuture *f = future_new(vm, value_from_ptr(loop));
    AwFiber *fiber = f ? fiber_new(vm, AW_NONE, 256, 8) : NULL;
    AwWork *w = fiber ? calloc(1, sizeof(AwWork)) : NULL;
    if (!w) return fiber ? vm_raise_memory(vm) : AW_ERR;
    fiber->state = AW_FIBER_RUNNING;
    *w = (AwWork){.vm = vm, .loop = loop, .fn = fn, .args = args, .kwargs = kwargs, .future = value_from_ptr(f),
                  .result = AW_NONE, .exc = AW_EMPTY, .fiber = fiber, .next = loop->works};
    w->req.data = w;
    loop->works = w;
    vm->gil.workers++;
    size_thread_pool();
    if (uv_queue_work(loop->uv, &w->req, work_run, work_done) != 0) {
        loop->works = w->next;
        vm->gil.workers--;
        free(w);
        return vm_raise(vm, &aw_exc_RuntimeError, "cannot start a worker thread");
    }
    return value_from_ptr(f);
}

/* ---- Python-visible loop methods ---- */

static AwLoop *self_loop(AwValue v) { return AW_LOOP(v); }

/* CPython's checks before scheduling a callback: the loop is open; in debug mode, a
 * non-thread-safe method runs in the loop's thread (when it runs) and the callback is a plain
 * callable (not a coroutine or coroutine function). */
static AwStatus check_schedule(AwVM *vm, AwLoop *l, AwValue cb, const char *method, bool thread_safe) {
    if (l->closed) return vm_fail(vm_raise(vm, &aw_exc_RuntimeError, "Event loop is closed"));
    if (!l->debug) return AW_OK;
    if (!thread_safe && l->running && running_loop != l)
        return vm_fail(vm_raise(vm, &aw_exc_RuntimeError,
                                "Non-thread-safe operation invoked on an event loop other than the current one"));
    AwValue f = value_is_type(cb, &aw_type_method) ? AW_METHOD(cb)->func : cb;
    if (value_is_type(cb, &aw_type_coroutine) ||
        (value_is_type(f, &aw_type_function) && (AW_FUNCTION(f)->code->flags & AW_CODE_COROUTINE)))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "coroutines cannot be used with %s()", method));
    if (ops_callable(cb)) return AW_OK;
    AwValue r = ops_repr(vm, cb);
    if (r == AW_ERR) return AW_ERROR;
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "a callable object was expected by %s(), got %s", method, AW_STR(r)->data));
}

/* call_soon and call_soon_threadsafe (method names the one called). */
static AwValue call_soon(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw, const char *method) {
    if (argc < 2) return vm_raise(vm, &aw_exc_TypeError, "%s() missing 1 required positional argument: 'callback'", method);
    AwLoop *l = self_loop(argv[0]);
    if (check_schedule(vm, l, argv[1], method, method[9] != '\0')) return AW_ERR;
    AwHandle *h = handle_new(vm, argv[1], argc - 2, argv + 2, -1);
    if (!h || handle_keywords(vm, "call_soon", h, argc, argv, kw)) return AW_ERR;
    AwReady e = {AW_READY_CALL, AW_NONE, AW_NONE, value_from_ptr(h)};
    return ready_push(vm, l, e) ? AW_ERR : value_from_ptr(h);
}

static AwValue m_call_soon(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return call_soon(vm, argc, argv, kw, "call_soon");
}

/* Another thread (holding the GIL) queues the callback as call_soon does; the loop thread may be
 * polling without the GIL, so the poll is woken at once. */
static AwValue m_call_soon_threadsafe(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwValue h = call_soon(vm, argc, argv, kw, "call_soon_threadsafe");
    AwLoop *l = self_loop(argv[0]);
    if (h != AW_ERR && l->uv) uv_async_send(l->wakeup);
    return h;
}

static AwValue m_call_at(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 3) return vm_raise(vm, &aw_exc_TypeError, "call_at() missing required arguments");
    double when;
    if (float_as_double(vm, argv[1], &when)) return AW_ERR;
    if (check_schedule(vm, self_loop(argv[0]), argv[2], "call_at", false)) return AW_ERR;
    AwValue h = loop_call_at(vm, self_loop(argv[0]), when, argv[2], argc - 3, argv + 3);
    if (h != AW_ERR && handle_keywords(vm, "call_at", AW_AS(AwHandle, h), argc, argv, kw)) {
        AW_AS(AwHandle, h)->cancelled = 1;
        return AW_ERR;
    }
    return h;
}

static AwValue m_call_later(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 3) return vm_raise(vm, &aw_exc_TypeError, "call_later() missing required arguments");
    double delay;
    if (float_as_double(vm, argv[1], &delay)) {
        if (!vm_exc_matches(vm, &aw_exc_TypeError)) return AW_ERR;
        vm_exc_clear(vm);   /* CPython computes self.time() + delay */
        return vm_raise(vm, &aw_exc_TypeError, "unsupported operand type(s) for +: 'float' and '%s'", type_name(type_of(argv[1])));
    }
    AwLoop *l = self_loop(argv[0]);
    if (check_schedule(vm, l, argv[2], "call_at", false)) return AW_ERR;
    AwValue h = loop_call_at(vm, l, loop_time(l) + delay, argv[2], argc - 3, argv + 3);
    if (h != AW_ERR && handle_keywords(vm, "call_later", AW_AS(AwHandle, h), argc, argv, kw)) {
        AW_AS(AwHandle, h)->cancelled = 1;
        return AW_ERR;
    }
    return h;
}

static AwValue m_time(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return value_from_double(loop_time(self_loop(argv[0])));
}

static AwValue m_create_future(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwFuture *f = future_new(vm, argv[0]);
    return f ? value_from_ptr(f) : AW_ERR;
}

/* create_task through set_task_factory()'s factory: factory(loop, coro[, context=ctx]), then
 * set_name(name), as CPython's BaseEventLoop.create_task. */
AwValue loop_create_task_by_factory(AwVM *vm, AwValue loop, AwValue coro, AwValue name, AwValue context) {
    AwLoop *l = self_loop(loop);
    AwValue args[3] = {loop, coro, context};
    bool with_ctx = context != AW_EMPTY && context != AW_NONE;
    AwTuple *kwn = NULL;
    if (with_ctx) {
        AwStr *k = str_intern_cstr(vm, "context");
        kwn = k ? tuple_from(vm, 1, (AwValue[]){str_value(k)}) : NULL;
        if (!kwn) return AW_ERR;
    }
    AwValue task = vm_call(vm, l->task_factory, 2, args, kwn);
    if (task == AW_ERR || name == AW_EMPTY || name == AW_NONE) return task;
    if (gc_push_root(vm, task)) return AW_ERR;
    AwStr *set_name = str_intern_cstr(vm, "set_name");
    AwValue r = set_name ? vm_call_method(vm, task, set_name, 1, &name) : AW_ERR;
    gc_pop_roots(vm, 1);
    return r == AW_ERR ? AW_ERR : task;
}

AwValue loop_task_factory(AwLoop *loop) { return loop->task_factory; }

static AwValue m_set_task_factory(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "set_task_factory", argc, 2, 2)) return AW_ERR;
    if (argv[1] != AW_NONE && !ops_callable(argv[1])) return vm_raise(vm, &aw_exc_TypeError, "task factory must be a callable or None");
    self_loop(argv[0])->task_factory = argv[1];
    return AW_NONE;
}

static AwValue m_get_task_factory(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "get_task_factory", argc, 1, 1)) return AW_ERR;
    return self_loop(argv[0])->task_factory;
}

static AwValue m_create_task(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"self", "coro", "name", "context", NULL};
    AwValue a[4];
    if (args_parse(vm, "create_task", argc, argv, kw, names, 2, 2, a)) return AW_ERR;
    if (self_loop(argv[0])->closed) return vm_raise(vm, &aw_exc_RuntimeError, "Event loop is closed");
    if (self_loop(argv[0])->task_factory != AW_NONE) return loop_create_task_by_factory(vm, argv[0], a[1], a[2], a[3]);
    AwTask *t;
    if (!value_is_type(a[1], &aw_type_coroutine) && type_lookup(type_of(a[1]), AW_NAME(vm, send)) == AW_EMPTY) {
        AwValue r = ops_repr(vm, a[1]);
        if (r == AW_ERR) return AW_ERR;
        return vm_raise(vm, &aw_exc_TypeError, "a coroutine was expected, got %s", AW_STR(r)->data);
    }
    if (value_is_type(a[1], &aw_type_coroutine)) AW_GEN(a[1])->was_awaited = 1;
    t = task_new(vm, argv[0], a[1], a[2] == AW_EMPTY ? AW_NONE : a[2]);
    if (t) task_set_context(t, a[3]);
    return t ? value_from_ptr(t) : AW_ERR;
}

AwValue asyncio_ensure_task(AwVM *vm, AwValue loop, AwValue aw);

static AwValue m_run_until_complete(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "run_until_complete", argc, 2, 2)) return AW_ERR;
    AwLoop *l = self_loop(argv[0]);   /* CPython checks before making the task */
    if (l->closed) return vm_raise(vm, &aw_exc_RuntimeError, "Event loop is closed");
    if (l->running) return vm_raise(vm, &aw_exc_RuntimeError, "This event loop is already running");
    if (running_loop) return vm_raise(vm, &aw_exc_RuntimeError, "Cannot run the event loop while another loop is running");
    AwValue fut = asyncio_ensure_task(vm, argv[0], argv[1]);
    if (fut == AW_ERR) return AW_ERR;
    return loop_run_until_complete(vm, self_loop(argv[0]), fut);
}

static AwValue m_run_forever(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return run_forever(vm, self_loop(argv[0]), AW_NONE);
}

static AwValue m_stop(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    self_loop(argv[0])->stopping = 1;
    return AW_NONE;
}

static AwValue m_close(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwLoop *l = self_loop(argv[0]);
    if (l->running) return vm_raise(vm, &aw_exc_RuntimeError, "Cannot close a running event loop");
    loop_close(vm, l);
    return AW_NONE;
}

static AwValue m_is_running(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return value_from_bool(self_loop(argv[0])->running); }
static AwValue m_is_closed(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return value_from_bool(self_loop(argv[0])->closed); }

static AwValue m_set_exception_handler(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "set_exception_handler", argc, 2, 2)) return AW_ERR;
    if (argv[1] != AW_NONE && !ops_callable(argv[1]))
        return vm_raise(vm, &aw_exc_TypeError, "A callable object or None is expected, got %s", ops_type_name(argv[1]));
    self_loop(argv[0])->exception_handler = argv[1];
    return AW_NONE;
}

static AwValue m_get_exception_handler(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return self_loop(argv[0])->exception_handler;
}

static AwValue ctx_get(AwVM *vm, AwValue ctx, const char *key) {
    if (!value_is_instance(ctx, &aw_type_dict)) return AW_NONE;
    AwStr *k = str_intern_cstr(vm, key);
    AwValue v = k ? dict_get_str(AW_DICT(ctx), k) : AW_EMPTY;
    return v == AW_EMPTY ? AW_NONE : v;
}

static AwValue m_default_exception_handler(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "default_exception_handler", argc, 2, 2)) return AW_ERR;
    AwValue msg = ctx_get(vm, argv[1], "message");
    AwValue exc = ctx_get(vm, argv[1], "exception");
    print_context(vm, value_is_str(msg) ? AW_STR(msg)->data : "Unhandled exception in event loop",
                  value_is_instance(argv[1], &aw_type_dict) ? AW_DICT(argv[1]) : NULL, exc);
    return AW_NONE;
}

static AwValue m_call_exception_handler(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "call_exception_handler", argc, 2, 2)) return AW_ERR;
    AwLoop *l = self_loop(argv[0]);
    if (l->exception_handler != AW_NONE) {
        AwValue args[2] = {argv[0], argv[1]};
        return vm_call(vm, l->exception_handler, 2, args, NULL) == AW_ERR ? AW_ERR : AW_NONE;
    }
    return m_default_exception_handler(vm, argc, argv, kw);
}

AwValue asyncio_run_in_executor(AwVM *vm, AwValue loop, AwValue fn, int argc, const AwValue *argv);
AwValue asyncio_prelude_call(AwVM *vm, const char *name, int argc, const AwValue *argv);

/* run_in_executor(None, ...) runs on libuv's pool unless set_default_executor() gave an executor
 * (kept as the loop's `_default_executor`, CPython's attribute); an executor's submit() future is
 * wrapped by the prelude (wrap_future). */
static AwValue m_run_in_executor(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 3) return vm_raise(vm, &aw_exc_TypeError, "run_in_executor() missing required arguments");
    if (self_loop(argv[0])->closed) return vm_raise(vm, &aw_exc_RuntimeError, "Event loop is closed");
    AwValue executor = argv[1];
    if (executor == AW_NONE) {
        executor = ops_getattr_opt(vm, argv[0], str_intern_cstr(vm, "_default_executor"));
        if (executor == AW_EMPTY) executor = AW_NONE;
    }
    if (executor == AW_NONE) return asyncio_run_in_executor(vm, argv[0], argv[2], argc - 3, argv + 3);
    AwValue *args = malloc(sizeof(AwValue) * (size_t)argc);
    if (!args) return vm_raise_memory(vm);
    memcpy(args, argv, sizeof(AwValue) * (size_t)argc);
    args[1] = executor;
    AwValue r = asyncio_prelude_call(vm, "_run_in_executor", argc, args);
    free(args);
    return r;
}

static AwValue m_set_default_executor(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "set_default_executor", argc, 2, 2)) return AW_ERR;
    return asyncio_prelude_call(vm, "_set_default_executor", argc, argv);
}

static AwValue m_shutdown_default_executor(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "shutdown_default_executor", argc, 1, 1)) return AW_ERR;
    return asyncio_prelude_call(vm, "_shutdown_default_executor", argc, argv);
}

static AwValue m_shutdown_asyncgens(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "shutdown_asyncgens", argc, 1, 1)) return AW_ERR;
    return asyncio_prelude_call(vm, "_shutdown_asyncgens", argc, argv);
}

/* Signal handlers are written in Python over the signal module (stdlib/asyncio.py). */
static AwValue m_add_signal_handler(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (kw && kw->len) return vm_raise(vm, &aw_exc_TypeError, "add_signal_handler() got an unexpected keyword argument");
    return asyncio_prelude_call(vm, "_loop_add_signal_handler", argc, argv);
}
static AwValue m_remove_signal_handler(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (kw && kw->len) return vm_raise(vm, &aw_exc_TypeError, "remove_signal_handler() got an unexpected keyword argument");
    return asyncio_prelude_call(vm, "_loop_remove_signal_handler", argc, argv);
}

/* The socket methods are written in Python with the streams (stdlib/asyncio_streams.c). */
AwValue asyncio_streams_loop_call(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw);

/* add_reader/add_writer and the sock_* coroutines, written in Python over _fd_watch. */
#define STREAMS_METHOD(fn, name) \
    static AwValue fn(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { \
        return asyncio_streams_loop_call(vm, name, argc, argv, kw); \
    }
STREAMS_METHOD(m_add_reader, "add_reader")
STREAMS_METHOD(m_remove_reader, "remove_reader")
STREAMS_METHOD(m_add_writer, "add_writer")
STREAMS_METHOD(m_remove_writer, "remove_writer")
STREAMS_METHOD(m_sock_recv, "sock_recv")
STREAMS_METHOD(m_sock_recv_into, "sock_recv_into")
STREAMS_METHOD(m_sock_recvfrom, "sock_recvfrom")
STREAMS_METHOD(m_sock_recvfrom_into, "sock_recvfrom_into")
STREAMS_METHOD(m_sock_sendall, "sock_sendall")
STREAMS_METHOD(m_sock_sendto, "sock_sendto")
STREAMS_METHOD(m_sock_accept, "sock_accept")
STREAMS_METHOD(m_sock_connect, "sock_connect")
STREAMS_METHOD(m_getaddrinfo, "getaddrinfo")
STREAMS_METHOD(m_getnameinfo, "getnameinfo")
STREAMS_METHOD(m_create_datagram_endpoint, "create_datagram_endpoint")
STREAMS_METHOD(m_connect_read_pipe, "connect_read_pipe")
STREAMS_METHOD(m_connect_write_pipe, "connect_write_pipe")
STREAMS_METHOD(m_subprocess_exec, "subprocess_exec")
STREAMS_METHOD(m_subprocess_shell, "subprocess_shell")
#undef STREAMS_METHOD

static AwValue m_create_connection(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return asyncio_streams_loop_call(vm, "create_connection", argc, argv, kw);
}
static AwValue m_create_server(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return asyncio_streams_loop_call(vm, "create_server", argc, argv, kw);
}
static AwValue m_create_unix_connection(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return asyncio_streams_loop_call(vm, "create_unix_connection", argc, argv, kw);
}
static AwValue m_create_unix_server(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return asyncio_streams_loop_call(vm, "create_unix_server", argc, argv, kw);
}

void loop_set_debug(AwLoop *loop, bool on) {
    loop->debug = on;
    if (on) timeline_watching = true; /* steps are timed from now on */
    if (loop->running) origin_tracking = on || origin_tracking;
}

static AwValue m_get_debug(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "get_debug", argc, 1, 1)) return AW_ERR;
    return value_from_bool(self_loop(argv[0])->debug);
}

static AwValue m_set_debug(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "set_debug", argc, 2, 2)) return AW_ERR;
    int on = ops_truthy(vm, argv[1]);
    if (on < 0) return AW_ERR;
    loop_set_debug(self_loop(argv[0]), on);
    return AW_NONE;
}

static AwValue get_slow_callback_duration(AwVM *vm, AwValue self) {
    return value_from_double(self_loop(self)->slow_callback_duration);
}

static AwStatus set_slow_callback_duration(AwVM *vm, AwValue self, AwValue v) {
    if (v == AW_EMPTY) return vm_fail(vm_raise(vm, &aw_exc_AttributeError, "cannot delete slow_callback_duration"));
    double d;
    if (float_as_double(vm, v, &d)) return AW_ERROR;
    self_loop(self)->slow_callback_duration = d;
    return AW_OK;
}

static const AwGetSetDef loop_getsets[] = {
    {"slow_callback_duration", get_slow_callback_duration, set_slow_callback_duration},
    {NULL, NULL, NULL},
};

static AwValue m_take_asyncgens(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw);

static const AwMethodDef loop_methods[] = {
    {"call_soon", m_call_soon, 0},
    {"call_soon_threadsafe", m_call_soon_threadsafe, 0},
    {"call_later", m_call_later, 0},
    {"call_at", m_call_at, 0},
    {"time", m_time, 0},
    {"create_future", m_create_future, 0},
    {"create_task", m_create_task, 0},
    {"run_until_complete", m_run_until_complete, 0},
    {"run_forever", m_run_forever, 0},
    {"stop", m_stop, 0},
    {"close", m_close, 0},
    {"is_running", m_is_running, 0},
    {"is_closed", m_is_closed, 0},
    {"set_exception_handler", m_set_exception_handler, 0},
    {"get_exception_handler", m_get_exception_handler, 0},
    {"default_exception_handler", m_default_exception_handler, 0},
    {"call_exception_handler", m_call_exception_handler, 0},
    {"run_in_executor", m_run_in_executor, 0},
    {"add_signal_handler", m_add_signal_handler, 0},
    {"remove_signal_handler", m_remove_signal_handler, 0},
    {"add_reader", m_add_reader, 0},
    {"remove_reader", m_remove_reader, 0},
    {"add_writer", m_add_writer, 0},
    {"remove_writer", m_remove_writer, 0},
    {"sock_recv", m_sock_recv, 0},
    {"sock_recv_into", m_sock_recv_into, 0},
    {"sock_recvfrom", m_sock_recvfrom, 0},
    {"sock_recvfrom_into", m_sock_recvfrom_into, 0},
    {"sock_sendall", m_sock_sendall, 0},
    {"sock_sendto", m_sock_sendto, 0},
    {"sock_accept", m_sock_accept, 0},
    {"sock_connect", m_sock_connect, 0},
    {"getaddrinfo", m_getaddrinfo, 0},
    {"getnameinfo", m_getnameinfo, 0},
    {"create_connection", m_create_connection, 0},
    {"create_server", m_create_server, 0},
    {"create_unix_connection", m_create_unix_connection, 0},
    {"create_unix_server", m_create_unix_server, 0},
    {"create_datagram_endpoint", m_create_datagram_endpoint, 0},
    {"connect_read_pipe", m_connect_read_pipe, 0},
    {"connect_write_pipe", m_connect_write_pipe, 0},
    {"subprocess_exec", m_subprocess_exec, 0},
    {"subprocess_shell", m_subprocess_shell, 0},
    {"set_default_executor", m_set_default_executor, 0},
    {"shutdown_default_executor", m_shutdown_default_executor, 0},
    {"shutdown_asyncgens", m_shutdown_asyncgens, 0},
    {"_take_asyncgens", m_take_asyncgens, 0},
    {"set_task_factory", m_set_task_factory, 0},
    {"get_task_factory", m_get_task_factory, 0},
    {"get_debug", m_get_debug, 0},
    {"set_debug", m_set_debug, 0},
    {NULL, NULL, 0},
};

/* Drops the finished (or already finalized) async generators from the loop's list. */
static void prune_asyncgens(AwLoop *l) {
    int64_t kept = 0;
    for (int64_t i = 0; i < l->nagens; i++) {
        AwObject *g = l->agens[i];
        if (((AwGenerator *)g)->state != AW_FIBER_DONE && !(g->flags & AW_OBJ_FINALIZED)) l->agens[kept++] = g;
    }
    l->nagens = kept;
}

bool loop_has_asyncgens(AwLoop *loop) {
    prune_asyncgens(loop);
    return loop->nagens > 0;
}

bool loop_note_asyncgen(AwVM *vm, AwValue agen) {
    (void)vm;
    AwLoop *l = running_loop;
    if (!l) return false;
    if (l->nagens == l->agens_cap) {
        int64_t cap = l->agens_cap ? l->agens_cap * 2 : 8;
        AwObject **a = realloc(l->agens, sizeof *a * (size_t)cap);
        if (!a) return false;   /* not remembered: it is then neither finalized nor shut down */
        l->agens = a;
        l->agens_cap = cap;
    }
    l->agens[l->nagens++] = value_as_ptr(agen);
    return true;
}

/* CPython's _asyncgen_finalizer_hook: an unfinished async generator the running loop iterated
 * became unreachable: the loop forgets it and, unless closed, schedules
 * create_task(agen.aclose()) as call_soon_threadsafe does. One the running loop does not know
 * (dropped while its loop is not running) is left unclosed (SPEC.md). */
AwStatus loop_asyncgen_finalize(AwVM *vm, AwObject *agen) {
    AwLoop *l = running_loop;
    int64_t i = 0;
    while (l && i < l->nagens && l->agens[i] != agen) i++;
    if (!l || i == l->nagens) return AW_OK;
    memmove(l->agens + i, l->agens + i + 1, sizeof *l->agens * (size_t)(l->nagens - i - 1));
    l->nagens--;
    if (l->closed) return AW_OK;
    AwValue closer = vm_call_method(vm, value_from_ptr(agen), str_intern_cstr(vm, "aclose"), 0, NULL);
    if (closer == AW_ERR || gc_push_root(vm, closer)) return AW_ERROR;
    AwValue create = ops_getattr(vm, value_from_ptr(l), str_intern_cstr(vm, "create_task"));
    AwHandle *h = create == AW_ERR ? NULL : handle_new(vm, create, 1, &closer, -1);
    AwStatus st = h ? ready_push(vm, l, (AwReady){AW_READY_CALL, AW_NONE, AW_NONE, value_from_ptr(h)}) : AW_ERROR;
    gc_pop_roots(vm, 1);
    return st;
}

/* loop._take_asyncgens(): the unfinished async generators, forgotten by the loop (the prelude's
 * shutdown_asyncgens closes them). */
static AwValue m_take_asyncgens(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwLoop *l = self_loop(argv[0]);
    prune_asyncgens(l);
    AwList *a = list_new(vm, l->nagens);
    if (!a) return AW_ERR;
    for (int64_t i = 0; i < l->nagens; i++) a->items[a->len++] = value_from_ptr(l->agens[i]);
    l->nagens = 0;
    return value_from_ptr(a);
}

static void loop_trace(AwGC *gc, AwObject *self) {
    AwLoop *l = (AwLoop *)self;
    prune_asyncgens(l);   /* the rest are not marked (see agens) */
    for (int64_t i = 0; i < l->used; i++) gc_mark_value(gc, l->ready[(l->head + i) & (l->cap - 1)]);
    for (int64_t i = 0; i < l->nheap; i++) gc_mark_value(gc, l->heap[i].v);
    prune_tasks(l); /* done tasks are not kept alive by the loop */
    for (AwTask *t = l->tasks_head; t; t = t->loop_next) gc_mark_object(gc, &t->fut.obj);
    gc_mark_value(gc, l->current_task);
    gc_mark_value(gc, l->main_task);
    gc_mark_value(gc, l->exception_handler);
    gc_mark_value(gc, l->task_factory);
    gc_mark_object(gc, (AwObject *)l->dict);
    for (int i = 0; i < LOOP_MAX_SERVICES; i++)
        if (l->service[i]) l->service_ops[i]->trace(gc, l->service[i]);
    for (AwWork *w = l->works; w; w = w->next) {
        gc_mark_value(gc, w->fn);
        gc_mark_value(gc, w->args);
        gc_mark_value(gc, w->kwargs);
        gc_mark_value(gc, w->future);
        gc_mark_value(gc, w->result);
        gc_mark_value(gc, w->exc);
        gc_mark_object(gc, (AwObject *)w->fiber);
    }
}

static void loop_free(AwVM *vm, AwObject *self) {
    AwLoop *l = (AwLoop *)self;
    loop_close(vm, l);
    gc_free(vm, l->ready, sizeof(AwValue) * (size_t)l->cap);
    gc_free(vm, l->ready_kinds, (size_t)l->cap);
    gc_free(vm, l->heap, sizeof(AwTimerEntry) * (size_t)l->heap_cap);
    free(l->agens);
}

static AwValue loop_repr(AwVM *vm, AwValue self) {
    AwLoop *l = self_loop(self);
    AwStr *s = str_printf(vm, "<_UnixSelectorEventLoop running=%s closed=%s debug=%s>",
                          l->running ? "True" : "False", l->closed ? "True" : "False", l->debug ? "True" : "False");
    return s ? str_value(s) : AW_ERR;
}

/* asyncio.SelectorEventLoop(selector=None) / BaseEventLoop(): a new loop, as new_event_loop();
 * aw's loop polls with libuv, so a selector given is ignored. */
static AwValue loop_type_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t nkw = kw ? kw->len : 0;
    if (argc + nkw > 1 || (nkw && strcmp(AW_STR(kw->items[0])->data, "selector") != 0))
        return vm_raise(vm, &aw_exc_TypeError, "%s() takes at most 1 argument (selector)", type_name(type));
    return loop_new(vm);
}

AwType aw_type_loop = {
    .name = "_UnixSelectorEventLoop",
    .new_ = loop_type_new,
    .base = &aw_type_object,
    .instance_size = sizeof(AwLoop),
    .dict_offset = offsetof(AwLoop, dict),
    .flags = AW_TYPE_ABSTRACT,
    .repr = loop_repr,
    .trace = loop_trace,
    .free_ = loop_free,
    .methods = loop_methods,
    .getsets = loop_getsets,
};

/* ---- Handle ---- */

static AwValue h_cancel(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AW_AS(AwHandle, argv[0])->cancelled = 1;
    return AW_NONE;
}
static AwValue h_cancelled(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return value_from_bool(AW_AS(AwHandle, argv[0])->cancelled);
}
static AwValue h_when(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return value_from_double(AW_AS(AwHandle, argv[0])->when);
}

static void handle_trace(AwGC *gc, AwObject *self) {
    AwHandle *h = (AwHandle *)self;
    gc_mark_value(gc, h->callback);
    gc_mark_value(gc, h->args);
    gc_mark_object(gc, (AwObject *)h->created_in);
    gc_mark_value(gc, h->context);
}

static const AwMethodDef handle_methods[] = {
    {"cancel", h_cancel, 0},
    {"cancelled", h_cancelled, 0},
    {NULL, NULL, 0},
};

static const AwMethodDef timer_handle_methods[] = {
    {"when", h_when, 0},
    {NULL, NULL, 0},
};

AwType aw_type_handle = {
    .name = "Handle",
    .base = &aw_type_object,
    .instance_size = sizeof(AwHandle),
    .flags = AW_TYPE_ABSTRACT,
    .repr = handle_repr,
    .trace = handle_trace,
    .methods = handle_methods,
};

/* call_later/call_at's handles: a Handle with when() (CPython's TimerHandle subclass). */
AwType aw_type_timer_handle = {
    .name = "TimerHandle",
    .base = &aw_type_handle,
    .instance_size = sizeof(AwHandle),
    .flags = AW_TYPE_ABSTRACT,
    .repr = handle_repr,
    .trace = handle_trace,
    .methods = timer_handle_methods,
};
