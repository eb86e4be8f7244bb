/* asyncio_watch.c — file-descriptor watchers over libuv poll handles (see asyncio_watch.h). */
#include <stdlib.h>
#include <uv.h>
#include "interp/args.h"
#include "interp/exception.h"
#include "interp/function.h"
#include "interp/future.h"
#include "interp/gc.h"
#include "interp/loop.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/vm.h"
#include "stdlib/asyncio_watch.h"

typedef struct Watch Watch;
typedef struct WatchService WatchService;

typedef struct {
    AwObject obj;          /* header */
    Watch *w;              /* its poll handle, NULL once closed and released */
    AwValue callback;      /* called with the ready events */
    int events;            /* the mask being watched (1 readable, 2 writable) */
    bool queued;           /* a _fd_ready callback is scheduled */
} AwFdWatcher;

struct Watch {
    uv_poll_t poll;        /* the libuv handle (poll.data = this) */
    WatchService *svc;     /* the service listing it while open; NULL once that closed */
    Watch *prev, *next;    /* links in svc->watches */
    AwFdWatcher *owner;    /* the watcher; NULL once collected */
    bool is_open;          /* initialised and the close callback has not run */
    bool close_started;    /* uv_close was called */
};

struct WatchService {
    AwVM *vm;              /* the interpreter */
    AwLoop *loop;          /* the loop it belongs to */
    Watch *watches;        /* every open watch */
};

static AwValue on_ready_fn;   /* the native _fd_ready (held by the module) */

static void service_trace(AwGC *gc, void *state) {
    for (Watch *w = ((WatchService *)state)->watches; w; w = w->next)
        if (w->owner) gc_mark_object(gc, &w->owner->obj);
}

static void unlink_watch(Watch *w) {
    if (!w->svc) return;
    if (w->prev) w->prev->next = w->next;
    else w->svc->watches = w->next;
    if (w->next) w->next->prev = w->prev;
    w->svc = NULL;
}

static void on_closed(uv_handle_t *h) {
    Watch *w = h->data;
    w->is_open = false;
    unlink_watch(w);
    if (!w->owner) free(w);
}

static void watch_close(Watch *w) {
    if (!w->is_open || w->close_started) return;
    w->close_started = true;
    uv_close((uv_handle_t *)&w->poll, on_closed);
}

/* The loop is closing: close every watch (touches no aw object: they may be freed already). */
static void service_close(AwVM *vm, void *state) {
    WatchService *s = state;
    while (s->watches) {
        Watch *w = s->watches;
        unlink_watch(w);
        watch_close(w);
    }
    free(s);
}

static const AwLoopServiceOps service_ops = {service_trace, service_close};

static WatchService *service_of(AwVM *vm, AwLoop *loop) {
    WatchService *s = loop_service(loop, &service_ops);
    if (s) return s;
    if (!loop_uv(loop)) { vm_raise(vm, &aw_exc_RuntimeError, "Event loop is closed"); return NULL; }
    s = calloc(1, sizeof *s);
    if (!s) { vm_raise_memory(vm); return NULL; }
    *s = (WatchService){.vm = vm, .loop = loop};
    loop_attach_service(loop, &service_ops, s);
    return s;
}

/* libuv: the descriptor is ready, or failed (the callback's own read or write then meets the
 * error, as after a selector). Queues one _fd_ready, which reports the events still wanted. */
static void on_poll(uv_poll_t *p, int status, int events) {
    Watch *w = p->data;
    AwFdWatcher *fw = w->owner;
    if (!fw || fw->queued || !w->svc) return;
    fw->queued = true;
    AwVM *vm = w->svc->vm;
    if (loop_schedule(vm, w->svc->loop, AW_READY_CALL, on_ready_fn, value_from_ptr(fw))) {
        vm_exc_clear(vm);
        fw->queued = false;
    }
}

static int uv_events(int mask) { return ((mask & 1) ? UV_READABLE : 0) | ((mask & 2) ? UV_WRITABLE : 0); }

static AwStatus watch_set(AwVM *vm, AwFdWatcher *fw, int mask) {
    if (!fw->w || !fw->w->is_open || fw->w->close_started) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "watcher is closed"));
    fw->events = mask;
    int rc = mask ? uv_poll_start(&fw->w->poll, uv_events(mask), on_poll) : uv_poll_stop(&fw->w->poll);
    if (rc) return vm_fail(vm_raise(vm, &aw_exc_OSError, "%s", uv_strerror(rc)));
    return AW_OK;
}

/* _fd_ready(watcher): runs the callback with the events still wanted (the loop callback). */
static AwValue fd_ready(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc != 1 || !value_is_type(argv[0], &aw_type_fd_watcher)) return vm_raise(vm, &aw_exc_TypeError, "_fd_ready(watcher)");
    AwFdWatcher *fw = (AwFdWatcher *)value_as_ptr(argv[0]);
    fw->queued = false;
    if (!fw->w || fw->w->close_started || !fw->events) return AW_NONE;
    AwValue events = value_from_small(fw->events);
    return vm_call(vm, fw->callback, 1, &events, NULL);
}

/* _fd_watch(loop, fd, events, callback) -> watcher. */
static AwValue fd_watch(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t fd, mask;
    if (args_no_kwargs(vm, "_fd_watch", kw) || args_count(vm, "_fd_watch", argc, 4, 4) || args_int(vm, argv[1], &fd) ||
        args_int(vm, argv[2], &mask))
        return AW_ERR;
    if (!value_is_type(argv[0], &aw_type_loop)) return vm_raise(vm, &aw_exc_TypeError, "_fd_watch() needs an event loop");
    if (fd < 0 || fd > INT32_MAX) return vm_raise(vm, &aw_exc_ValueError, "Invalid file descriptor: %lld", (long long)fd);
    WatchService *svc = service_of(vm, (AwLoop *)value_as_ptr(argv[0]));
    if (!svc) return AW_ERR;
    AwFdWatcher *fw = (AwFdWatcher *)gc_new(vm, &aw_type_fd_watcher, sizeof *fw);
    Watch *w = fw ? calloc(1, sizeof *w) : NULL;
    if (!w) return fw ? vm_raise_memory(vm) : AW_ERR;
    int rc = uv_poll_init(loop_uv(svc->loop), &w->poll, (int)fd);
    if (rc) {
        free(w);
        return vm_raise(vm, &aw_exc_OSError, "%s", uv_strerror(rc));
    }
    w->poll.data = w;
    w->is_open = true;
    w->owner = fw;
    w->svc = svc;
    w->next = svc->watches;
    if (svc->watches) svc->watches->prev = w;
    svc->watches = w;
    fw->w = w;
    fw->callback = argv[3];
    if (watch_set(vm, fw, (int)mask & 3)) { watch_close(w); return AW_ERR; }
    return value_from_ptr(fw);
}

static AwFdWatcher *self_watcher(AwVM *vm, int argc, const AwValue *argv, const char *name) {
    if (argc >= 1 && value_is_type(argv[0], &aw_type_fd_watcher)) return (AwFdWatcher *)value_as_ptr(argv[0]);
    vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' needs a watcher", name);
    return NULL;
}

static AwValue w_set(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwFdWatcher *fw = self_watcher(vm, argc, argv, "set");
    int64_t mask;
    if (!fw || args_count(vm, "set", argc - 1, 1, 1) || args_int(vm, argv[1], &mask)) return AW_ERR;
    return watch_set(vm, fw, (int)mask & 3) ? AW_ERR : AW_NONE;
}

static AwValue w_close(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwFdWatcher *fw = self_watcher(vm, argc, argv, "close");
    if (!fw) return AW_ERR;
    fw->events = 0;
    if (fw->w) watch_close(fw->w);
    return AW_NONE;
}

static void watcher_trace(AwGC *gc, AwObject *self) { gc_mark_value(gc, ((AwFdWatcher *)self)->callback); }

/* The watcher was collected (its watch is closed, or the loop is going away). */
static void watcher_free(AwVM *vm, AwObject *self) {
    Watch *w = ((AwFdWatcher *)self)->w;
    if (!w) return;
    w->owner = NULL;
    if (!w->is_open) free(w);
    else watch_close(w);
}

static const AwMethodDef watcher_methods[] = {
    {"set", w_set, 0},
    {"close", w_close, 0},
    {NULL, NULL, 0},
};

AwType aw_type_fd_watcher = {
    .name = "_FdWatcher",
    .base = &aw_type_object,
    .instance_size = sizeof(AwFdWatcher),
    .flags = AW_TYPE_ABSTRACT,
    .trace = watcher_trace,
    .free_ = watcher_free,
    .methods = watcher_methods,
};

AwStatus asyncio_watch_init(AwVM *vm, AwModule *mod) {
    AwNative *fn = native_new(vm, "_fd_ready", fd_ready, 0, NULL);
    if (!fn || module_add_value(vm, mod, "_fd_ready", value_from_ptr(fn))) return AW_ERROR;
    on_ready_fn = value_from_ptr(fn);
    AwNative *watch = native_new(vm, "_fd_watch", fd_watch, 0, NULL);
    return watch ? module_add_value(vm, mod, "_fd_watch", value_from_ptr(watch)) : AW_ERROR;
}
