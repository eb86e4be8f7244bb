/* asyncio_streams.c — socket transports and listeners over libuv for asyncio streams (see
 * asyncio_streams.h for the contract; the Python half is stdlib/_asyncio_streams.py).
 *
 * Data flow: libuv reads straight into the handle's input buffer; the first read of an
 * iteration schedules one `_stream_ready(transport)` callback, which hands everything read
 * so far to protocol.data_received() as one bytes object, then EOF or a read error. So a
 * burst of reads costs one callback, and nothing reaches the protocol after the transport
 * lost its connection. Writes go out at once with uv_try_write; what the socket does not
 * take is copied into a uv_write request. */
#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>
#include "interp/args.h"
#include "interp/bytes.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/function.h"
#include "interp/future.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/loop.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/asyncio_streams.h"

#define READ_CHUNK 65536            /* bytes offered to each read (CPython reads 256 KiB) */
#define KEEP_INBUF (256 * 1024)     /* a bigger input buffer is freed once delivered */
#define DEFAULT_HIGH_WATER (64 * 1024) /* CPython's write buffer limits: 64 KiB, low = high/4 */

typedef struct StreamService StreamService;
typedef struct StreamHandle StreamHandle;
typedef struct ConnectReq ConnectReq;

/* One libuv socket handle and its input buffer. */
struct StreamHandle {
    union {
        uv_handle_t handle;
        uv_stream_t stream;
        uv_tcp_t tcp;
        uv_pipe_t pipe;
    } uv;                        /* the handle (uv.handle.data = this) */
    StreamService *svc;          /* the service listing it while open; NULL once that closed */
    StreamHandle *prev, *next;   /* links in svc->handles */
    AwObject *owner;             /* the transport or listener; NULL until made or once collected */
    char *inbuf;                 /* bytes read and not yet delivered (transports) */
    size_t inlen, incap;         /* bytes in inbuf, and its capacity */
    bool is_open;                /* initialised and the close callback has not run */
    bool close_started;          /* uv_close was called */
};

struct StreamService {
    AwVM *vm;                    /* the interpreter */
    AwLoop *loop;                /* the loop the service belongs to */
    uv_loop_t *uv;               /* its libuv loop */
    StreamHandle *handles;       /* every open handle */
    ConnectReq *reqs;            /* connects in progress */
};

/* A connection being made: name resolution, then one attempt per address in turn. */
struct ConnectReq {
    uv_getaddrinfo_t gai;        /* resolution (TCP) */
    uv_connect_t connect;        /* the current attempt */
    StreamService *svc;          /* NULL once the service closed: the callbacks only free */
    ConnectReq *prev, *next;     /* links in svc->reqs */
    AwValue future;              /* resolved with the transport, or with the list of errors */
    AwValue errors;              /* list of the failed attempts' exceptions */
    struct addrinfo *addrs;      /* resolved addresses (freed with uv_freeaddrinfo) */
    struct addrinfo *cursor;     /* the address being tried */
    StreamHandle *h;             /* the current attempt's handle */
    bool is_pipe;                /* a Unix socket: no resolution, the error is raised as is */
};

typedef struct {
    AwObject obj;                /* header */
    StreamHandle *h;             /* its socket */
    AwValue protocol;            /* the protocol, or None before _start */
    AwValue data_received;       /* protocol.data_received, bound once */
    AwValue server;              /* the Server to _detach() from once lost, or None */
    AwValue lost_exc;            /* the exception connection_lost() receives */
    AwValue read_error;          /* a read error not yet delivered (in _stream_lost: the error
                                    connection_lost or _detach raised), or None */
    AwValue peername, sockname;  /* get_extra_info() values, taken when connected */
    int64_t nwrites;             /* uv_write requests in flight */
    int64_t high_water, low_water; /* write buffer limits */
    unsigned started : 1;        /* _start(): the protocol is set, reading may begin */
    unsigned reading : 1;        /* uv_read_start is in effect */
    unsigned paused : 1;         /* pause_reading() */
    unsigned closing : 1;        /* close() or abort() */
    unsigned eof_sent : 1;       /* write_eof() */
    unsigned shut : 1;           /* the shutdown request was issued */
    unsigned eof_seen : 1;       /* the peer closed its side: reading stopped */
    unsigned eof_pending : 1;    /* EOF not yet delivered to the protocol */
    unsigned ready_queued : 1;   /* a _stream_ready callback is scheduled */
    unsigned conn_lost : 1;      /* connection_lost is scheduled or done */
    unsigned protocol_paused : 1; /* pause_writing() was called, resume_writing() not yet */
    unsigned is_pipe : 1;        /* a Unix socket */
    int fd;                      /* the socket's descriptor when connected (for the repr) */
} AwStreamTransport;

typedef struct {
    AwObject obj;                /* header */
    StreamHandle *h;             /* the listening socket */
    AwValue on_accept;           /* called with each accepted transport, or None (not serving) */
    AwValue server;              /* the Server, given to accepted transports */
    int family;                  /* AF_INET, AF_INET6 or AF_UNIX */
    bool backlog_waiting;        /* a connection arrived while not serving */
    bool is_pipe;                /* a Unix socket */
} AwStreamListener;

static AwType *gaierror_type;    /* socket.gaierror (kept alive by the _asyncio module) */
static AwValue on_ready_fn, on_lost_fn, on_resume_fn; /* the scheduled natives (module-held) */

static void service_trace(AwGC *gc, void *state);
static void service_close(AwVM *vm, void *state);
static const AwLoopServiceOps service_ops = {service_trace, service_close};

#define TRANSPORT(v) ((AwStreamTransport *)value_as_ptr(v))
#define LISTENER(v) ((AwStreamListener *)value_as_ptr(v))

/* ---- the service and handle lifetimes ---- */

static StreamService *service_get(AwVM *vm) {
    AwLoop *loop = loop_running(vm);
    if (!loop) { vm_raise(vm, &aw_exc_RuntimeError, "no running event loop"); return NULL; }
    StreamService *s = loop_service(loop, &service_ops);
    if (s) return s;
    if (!loop_uv(loop)) { vm_raise(vm, &aw_exc_RuntimeError, "Event loop is closed"); return NULL; }
    s = calloc(1, sizeof *s);
    if (!s) { vm_raise_memory(vm); return NULL; }
    *s = (StreamService){.vm = vm, .loop = loop, .uv = loop_uv(loop)};
    loop_attach_service(loop, &service_ops, s);
    return s;
}

static void handle_link(StreamService *svc, StreamHandle *h) {
    h->svc = svc;
    h->prev = NULL;
    h->next = svc->handles;
    if (svc->handles) svc->handles->prev = h;
    svc->handles = h;
}

static void handle_unlink(StreamHandle *h) {
    if (!h->svc) return;
    if (h->prev) h->prev->next = h->next;
    else h->svc->handles = h->next;
    if (h->next) h->next->prev = h->prev;
    h->svc = NULL;
}

static void handle_free(StreamHandle *h) {
    free(h->inbuf);
    free(h);
}

static void on_handle_closed(uv_handle_t *uvh) {
    StreamHandle *h = uvh->data;
    h->is_open = false;
    handle_unlink(h);
    if (!h->owner) handle_free(h);
}

/* Closes the handle once; the StreamHandle is freed when its owner is gone too. */
static void handle_close(StreamHandle *h) {
    if (!h->is_open || h->close_started) return;
    h->close_started = true;
    uv_close(&h->uv.handle, on_handle_closed);
}

/* The owner object was collected. */
static void handle_disown(StreamHandle *h) {
    if (!h) return;
    h->owner = NULL;
    if (!h->is_open) handle_free(h);
    else handle_close(h); /* only while the loop itself is being torn down */
}

/* A new TCP or Unix-socket handle listed by the service. */
static StreamHandle *handle_new(AwVM *vm, StreamService *svc, bool is_pipe, int family) {
    StreamHandle *h = calloc(1, sizeof *h);
    if (!h) { vm_raise_memory(vm); return NULL; }
    int rc = is_pipe ? uv_pipe_init(svc->uv, &h->uv.pipe, 0) : uv_tcp_init_ex(svc->uv, &h->uv.tcp, (unsigned)family);
    if (rc) {
        free(h);
        vm_raise(vm, &aw_exc_OSError, "%s", uv_strerror(rc));
        return NULL;
    }
    h->uv.handle.data = h;
    h->is_open = true;
    handle_link(svc, h);
    return h;
}

static void service_trace(AwGC *gc, void *state) {
    StreamService *s = state;
    for (StreamHandle *h = s->handles; h; h = h->next) gc_mark_object(gc, h->owner);
    for (ConnectReq *r = s->reqs; r; r = r->next) {
        gc_mark_value(gc, r->future);
        gc_mark_value(gc, r->errors);
    }
}

/* The loop is closing: abandon the connects, close every handle (the loop runs the close
 * callbacks next). Touches no aw object: they may be freed already. */
static void service_close(AwVM *vm, void *state) {
    StreamService *s = state;
    while (s->reqs) {
        ConnectReq *r = s->reqs;
        s->reqs = r->next;
        r->svc = NULL;
        if (!r->h && !r->is_pipe) uv_cancel((uv_req_t *)&r->gai); /* still resolving */
    }
    while (s->handles) {
        StreamHandle *h = s->handles;
        handle_unlink(h);
        handle_close(h);
    }
    free(s);
}

/* ---- errors and addresses ---- */

/* The OSError subclass for a libuv error (-errno), as CPython's socket calls raise it. */
static AwValue os_error(AwVM *vm, int uv_err, const char *message) {
    int err = -uv_err;
    AwStr *msg = message ? str_from_cstr(vm, message) : str_from_cstr(vm, strerror(err));
    if (!msg) return AW_ERR;
    AwException *e = exception_new(vm, &aw_exc_OSError, 2, (AwValue[]){value_from_small(err), str_value(msg)});
    return e ? value_from_ptr(e) : AW_ERR;
}

static int eai_code(int uv_err) {
    switch (uv_err) {
    case UV_EAI_AGAIN: return EAI_AGAIN;
    case UV_EAI_FAIL: return EAI_FAIL;
    case UV_EAI_FAMILY: return EAI_FAMILY;
    case UV_EAI_MEMORY: return EAI_MEMORY;
    case UV_EAI_NODATA: return EAI_NODATA;
    case UV_EAI_SERVICE: return EAI_SERVICE;
    case UV_EAI_SOCKTYPE: return EAI_SOCKTYPE;
    case UV_EAI_BADFLAGS: return EAI_BADFLAGS;
    default: return EAI_NONAME;
    }
}

/* socket.gaierror(code, gai_strerror(code)) for a failed resolution. */
static AwValue resolve_error(AwVM *vm, int uv_err) {
    int code = eai_code(uv_err);
    AwStr *msg = str_from_cstr(vm, gai_strerror(code));
    if (!msg) return AW_ERR;
    AwException *e = exception_new(vm, gaierror_type, 2, (AwValue[]){value_from_small(code), str_value(msg)});
    return e ? value_from_ptr(e) : AW_ERR;
}

/* (host, port) or (host, port, flowinfo, scope_id), as socket.getsockname() gives them. */
static AwValue sockaddr_value(AwVM *vm, const struct sockaddr *sa) {
    char host[INET6_ADDRSTRLEN] = "";
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
        uv_ip4_name(in, host, sizeof host);
        AwStr *s = str_from_cstr(vm, host);
        AwTuple *t = s ? tuple_from(vm, 2, (AwValue[]){str_value(s), value_from_small(ntohs(in->sin_port))}) : NULL;
        return t ? value_from_ptr(t) : AW_ERR;
    }
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
        uv_ip6_name(in6, host, sizeof host);
        AwStr *s = str_from_cstr(vm, host);
        AwTuple *t = s ? tuple_from(vm, 4, (AwValue[]){str_value(s), value_from_small(ntohs(in6->sin6_port)),
                                                       value_from_small(ntohl(in6->sin6_flowinfo)),
                                                       value_from_small(in6->sin6_scope_id)}) : NULL;
        return t ? value_from_ptr(t) : AW_ERR;
    }
    return AW_NONE;
}

/* The local or peer address of a connected or bound handle; None when unknown. */
static AwValue handle_name(AwVM *vm, StreamHandle *h, bool is_pipe, bool peer) {
    if (!h->is_open || h->close_started) return AW_NONE;
    if (is_pipe) {
        char path[1024];
        size_t len = sizeof path;
        int rc = peer ? uv_pipe_getpeername(&h->uv.pipe, path, &len) : uv_pipe_getsockname(&h->uv.pipe, path, &len);
        AwStr *empty = rc && rc != UV_ENOBUFS ? str_empty(vm) : NULL;
        if (rc) return rc == UV_ENOBUFS ? AW_NONE : empty ? str_value(empty) : AW_ERR;
        AwStr *s = str_new(vm, path, len);
        return s ? str_value(s) : AW_ERR;
    }
    struct sockaddr_storage ss;
    int len = sizeof ss;
    int rc = peer ? uv_tcp_getpeername(&h->uv.tcp, (struct sockaddr *)&ss, &len)
                  : uv_tcp_getsockname(&h->uv.tcp, (struct sockaddr *)&ss, &len);
    return rc ? AW_NONE : sockaddr_value(vm, (struct sockaddr *)&ss);
}

/* ---- transports: creation and the connection-lost path ---- */

static AwStreamTransport *transport_new(AwVM *vm, StreamHandle *h, bool is_pipe) {
    AwStreamTransport *t = (AwStreamTransport *)gc_new(vm, &aw_type_stream_transport, sizeof *t);
    if (!t) return NULL;
    t->h = h;
    t->protocol = t->data_received = t->server = t->lost_exc = t->read_error = AW_NONE;
    t->peername = t->sockname = AW_NONE;
    t->high_water = DEFAULT_HIGH_WATER;
    t->low_water = DEFAULT_HIGH_WATER / 4;
    t->is_pipe = is_pipe;
    h->owner = &t->obj;
    uv_os_fd_t fd;
    t->fd = uv_fileno(&h->uv.handle, &fd) == 0 ? fd : -1;
    AwValue peer = handle_name(vm, h, is_pipe, true);
    if (peer == AW_ERR) return NULL;
    t->peername = peer;
    AwValue sock = handle_name(vm, h, is_pipe, false);
    if (sock == AW_ERR) return NULL;
    t->sockname = sock;
    return t;
}

static AwLoop *transport_loop(AwStreamTransport *t) { return t->h->svc ? t->h->svc->loop : NULL; }

static void read_stop(AwStreamTransport *t) {
    if (!t->reading) return;
    t->reading = 0;
    if (t->h->is_open && !t->h->close_started) uv_read_stop(&t->h->uv.stream);
}

static void on_alloc(uv_handle_t *uvh, size_t suggested, uv_buf_t *buf) {
    StreamHandle *h = uvh->data;
    if (h->incap - h->inlen < READ_CHUNK) {
        char *grown = realloc(h->inbuf, h->inlen + READ_CHUNK);
        if (grown) {
            h->inbuf = grown;
            h->incap = h->inlen + READ_CHUNK;
        }
    }
    *buf = uv_buf_init(h->inbuf ? h->inbuf + h->inlen : NULL, (unsigned)(h->incap - h->inlen));
}

/* Schedules the delivery of what was read (once per batch). */
static void queue_ready(AwVM *vm, AwStreamTransport *t) {
    AwLoop *loop = transport_loop(t);
    if (t->ready_queued || !loop) return;
    if (loop_schedule(vm, loop, AW_READY_CALL, on_ready_fn, value_from_ptr(t))) { vm_exc_clear(vm); return; }
    t->ready_queued = 1;
}

static void on_read(uv_stream_t *stream, ssize_t n, const uv_buf_t *buf) {
    StreamHandle *h = stream->data;
    AwStreamTransport *t = (AwStreamTransport *)h->owner;
    if (n == 0 || !t || !h->svc) return;
    StreamService *svc = h->svc;
    loop_callback_enter(svc->vm, svc->loop);
    if (n > 0) {
        h->inlen += (size_t)n;
    } else {
        read_stop(t);
        if (n == UV_EOF) {
            t->eof_seen = 1;
            t->eof_pending = 1;
        } else if (n != UV_ENOBUFS || !h->inbuf) {
            AwValue exc = os_error(svc->vm, (int)n, NULL);
            if (exc == AW_ERR) vm_exc_clear(svc->vm);
            else t->read_error = exc;
        }
    }
    queue_ready(svc->vm, t);
    loop_callback_leave(svc->vm, svc->loop);
}

static void read_start(AwStreamTransport *t) {
    if (t->reading || !t->started || t->paused || t->closing || t->eof_seen) return;
    if (!t->h->is_open || t->h->close_started) return;
    if (uv_read_start(&t->h->uv.stream, on_alloc, on_read) == 0) t->reading = 1;
}

/* connection_lost(exc) as a callback of the next iteration; the handle closes after it. */
static void schedule_lost(AwVM *vm, AwStreamTransport *t, AwValue exc) {
    if (t->conn_lost) return;
    t->conn_lost = 1;
    t->lost_exc = exc;
    read_stop(t);
    AwLoop *loop = transport_loop(t);
    if (!loop || loop_schedule(vm, loop, AW_READY_CALL, on_lost_fn, value_from_ptr(t))) {
        vm_exc_clear(vm);
        handle_close(t->h);
    }
}

/* CPython's _force_close: stop everything now, report exc to connection_lost. */
static void force_close(AwVM *vm, AwStreamTransport *t, AwValue exc) {
    t->closing = 1;
    schedule_lost(vm, t, exc);
}

/* CPython's _fatal_error for the exception pending: reported unless an OSError, then the
 * connection is lost with it. */
static void report(AwVM *vm, AwStreamTransport *t, const char *message) {
    AwValue exc = vm_exc_take(vm);
    AwLoop *loop = transport_loop(t);
    if (loop && !value_is_instance(exc, &aw_exc_OSError) && !gc_push_root(vm, exc)) {
        loop_report(vm, loop, message, exc, value_from_ptr(t)); /* may run aw code: exc rooted */
        gc_pop_roots(vm, 1);
    }
    vm_exc_clear(vm);
    force_close(vm, t, exc);
}

/* data_received failed. A BufferedProtocol's receiver (_asyncio_streams._receiver) names the
 * protocol method that raised in its `stage` attribute, for CPython's message. */
static void report_receive_failure(AwVM *vm, AwStreamTransport *t) {
    char message[96] = "Fatal error: protocol.data_received() call failed.";
    AwValue exc = vm_exc_take(vm);
    if (!gc_push_root(vm, exc)) {
        AwStr *name = str_intern_cstr(vm, "stage");
        AwValue stage = name ? ops_getattr(vm, t->data_received, name) : AW_ERR;
        if (stage != AW_ERR && value_is_str(stage) && AW_STR(stage)->byte_len < 40)
            snprintf(message, sizeof message, "Fatal error: protocol.%s() call failed.", AW_STR(stage)->data);
        vm_exc_clear(vm);
        gc_pop_roots(vm, 1);
    }
    vm->exc = exc;
    report(vm, t, message);
}

/* The scheduled natives are reachable from aw code (_asyncio._stream_ready): check. */
static bool is_transport_arg(AwVM *vm, const char *name, int argc, const AwValue *argv) {
    if (args_count(vm, name, argc, 1, 1)) return false;
    if (value_is_type(argv[0], &aw_type_stream_transport)) return true;
    vm_raise(vm, &aw_exc_TypeError, "%s() needs a transport, not %s", name, ops_type_name(argv[0]));
    return false;
}

/* _stream_ready(transport): hands what was read to the protocol, then EOF or a read error. */
static AwValue stream_ready(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (!is_transport_arg(vm, "_stream_ready", argc, argv)) return AW_ERR;
    AwStreamTransport *t = TRANSPORT(argv[0]);
    StreamHandle *h = t->h;
    t->ready_queued = 0;
    if (t->conn_lost) { h->inlen = 0; return AW_NONE; }
    if (gc_push_root(vm, argv[0])) return AW_ERR;
    if (h->inlen) {
        AwBytes *b = bytes_new(vm, h->inbuf, h->inlen);
        h->inlen = 0;
        if (h->incap > KEEP_INBUF) { free(h->inbuf); h->inbuf = NULL; h->incap = 0; }
        AwValue data = b ? value_from_ptr(b) : AW_ERR;
        if (data == AW_ERR || vm_call(vm, t->data_received, 1, &data, NULL) == AW_ERR)
            report_receive_failure(vm, t);
    }
    if (t->eof_pending && !t->conn_lost) {
        t->eof_pending = 0;
        AwValue keep = vm_call_method(vm, t->protocol, str_intern_cstr(vm, "eof_received"), 0, NULL);
        int keep_open = keep == AW_ERR ? -1 : ops_truthy(vm, keep);
        if (keep_open < 0) report(vm, t, "Fatal error: protocol.eof_received() call failed.");
        else if (!keep_open && !t->closing) {
            t->closing = 1;
            if (!t->nwrites) schedule_lost(vm, t, AW_NONE);
        }
    }
    if (t->read_error != AW_NONE && !t->conn_lost) {
        AwValue exc = t->read_error;
        t->read_error = AW_NONE;
        force_close(vm, t, exc);
    }
    gc_pop_roots(vm, 1);
    return AW_NONE;
}

/* _stream_lost(transport): protocol.connection_lost(exc), then the socket closes and the
 * server forgets the connection, whatever connection_lost raised. */
static AwValue stream_lost(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (!is_transport_arg(vm, "_stream_lost", argc, argv)) return AW_ERR;
    AwStreamTransport *t = TRANSPORT(argv[0]);
    if (gc_push_root(vm, argv[0])) return AW_ERR;
    /* the transport's traced fields keep the error and the server alive across the calls;
     * a read error not delivered yet is moot now */
    t->read_error = AW_NONE;
    if (t->started && vm_call_method(vm, t->protocol, str_intern_cstr(vm, "connection_lost"), 1, &t->lost_exc) == AW_ERR)
        t->read_error = vm_exc_take(vm);
    handle_close(t->h);
    t->protocol = t->data_received = AW_NONE;
    if (t->server != AW_NONE) {
        AwValue r = vm_call_method(vm, t->server, str_intern_cstr(vm, "_detach"), 0, NULL);
        t->server = AW_NONE;
        if (r == AW_ERR && t->read_error == AW_NONE) t->read_error = vm_exc_take(vm);
        else if (r == AW_ERR) vm_exc_clear(vm);
    }
    AwValue exc = t->read_error;
    t->read_error = AW_NONE;
    gc_pop_roots(vm, 1);
    if (exc != AW_NONE) { vm->exc = exc; return AW_ERR; }
    return AW_NONE;
}

/* _stream_resume(transport): protocol.resume_writing() once the buffer drained. */
static AwValue stream_resume(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (!is_transport_arg(vm, "_stream_resume", argc, argv)) return AW_ERR;
    AwStreamTransport *t = TRANSPORT(argv[0]);
    if (t->protocol_paused || t->conn_lost || t->protocol == AW_NONE) return AW_NONE;
    if (gc_push_root(vm, argv[0])) return AW_ERR;
    if (vm_call_method(vm, t->protocol, str_intern_cstr(vm, "resume_writing"), 0, NULL) == AW_ERR) {
        AwValue exc = vm_exc_take(vm);
        AwLoop *loop = transport_loop(t);
        if (loop) loop_report(vm, loop, "protocol.resume_writing() failed", exc, argv[0]);
    }
    gc_pop_roots(vm, 1);
    return AW_NONE;
}

/* ---- writing ---- */

typedef struct {
    uv_write_t req;              /* the request (req.data = this) */
    StreamHandle *h;             /* its handle (valid until this callback: libuv's order) */
    char data[];                 /* the bytes being sent */
} WriteReq;

static size_t queued_bytes(AwStreamTransport *t) {
    return t->h->is_open && !t->h->close_started ? uv_stream_get_write_queue_size(&t->h->uv.stream) : 0;
}

static void on_shutdown(uv_shutdown_t *req, int status) { free(req); }

static void shutdown_now(AwVM *vm, AwStreamTransport *t) {
    if (t->shut || !t->h->is_open || t->h->close_started) return;
    t->shut = 1;
    uv_shutdown_t *req = malloc(sizeof *req);
    if (!req) return;
    if (uv_shutdown(req, &t->h->uv.stream, on_shutdown)) free(req);
}

/* A send failed: the connection is lost with the error, or with the reset the read side saw
 * first (then the send's error is only its echo, EPIPE). Leaves an exception pending only if
 * none could be made. */
static void write_failed(AwVM *vm, AwStreamTransport *t, int uv_err) {
    AwValue exc = t->read_error != AW_NONE ? t->read_error : os_error(vm, uv_err, NULL);
    if (exc == AW_ERR) return;
    t->read_error = AW_NONE;
    force_close(vm, t, exc);
}

static void on_write(uv_write_t *req, int status) {
    WriteReq *w = req->data;
    StreamHandle *h = w->h;
    free(w);
    AwStreamTransport *t = (AwStreamTransport *)h->owner;
    if (!t || !h->svc) return;
    StreamService *svc = h->svc;
    loop_callback_enter(svc->vm, svc->loop);
    t->nwrites--;
    if (status < 0 && status != UV_ECANCELED && !t->conn_lost) {
        write_failed(svc->vm, t, status);
        vm_exc_clear(svc->vm);
    }
    if (t->protocol_paused && (int64_t)queued_bytes(t) <= t->low_water) {
        t->protocol_paused = 0;
        if (loop_schedule(svc->vm, svc->loop, AW_READY_CALL, on_resume_fn, value_from_ptr(t))) vm_exc_clear(svc->vm);
    }
    if (!t->nwrites) {
        if (t->closing) schedule_lost(svc->vm, t, AW_NONE);
        else if (t->eof_sent) shutdown_now(svc->vm, t);
    }
    loop_callback_leave(svc->vm, svc->loop);
}

/* CPython's _maybe_pause_protocol. */
static void maybe_pause(AwVM *vm, AwStreamTransport *t) {
    if ((int64_t)queued_bytes(t) <= t->high_water || t->protocol_paused || t->protocol == AW_NONE) return;
    t->protocol_paused = 1;
    if (vm_call_method(vm, t->protocol, str_intern_cstr(vm, "pause_writing"), 0, NULL) == AW_ERR) {
        AwValue exc = vm_exc_take(vm);
        AwLoop *loop = transport_loop(t);
        if (loop) loop_report(vm, loop, "protocol.pause_writing() failed", exc, value_from_ptr(t));
    }
}

static AwStatus transport_send(AwVM *vm, AwStreamTransport *t, const char *data, size_t len) {
    uv_stream_t *stream = &t->h->uv.stream;
    if (!t->nwrites) {
        uv_buf_t buf = uv_buf_init((char *)data, (unsigned)len);
        int n = uv_try_write(stream, &buf, 1);
        if (n == (int)len) return AW_OK;
        if (n < 0 && n != UV_EAGAIN) {
            write_failed(vm, t, n);
            return vm->exc == AW_EMPTY ? AW_OK : AW_ERROR;
        }
        if (n > 0) { data += n; len -= (size_t)n; }
    }
    WriteReq *w = malloc(sizeof *w + len);
    if (!w) return vm_fail(vm_raise_memory(vm));
    memcpy(w->data, data, len);
    w->h = t->h;
    w->req.data = w;
    uv_buf_t buf = uv_buf_init(w->data, (unsigned)len);
    int rc = uv_write(&w->req, stream, &buf, 1, on_write);
    if (rc) {
        free(w);
        write_failed(vm, t, rc);
        return vm->exc == AW_EMPTY ? AW_OK : AW_ERROR;
    }
    t->nwrites++;
    return AW_OK;
}

/* ---- transport methods ---- */

static AwValue python_call(AwVM *vm, AwStr *fn_name, int argc, const AwValue *argv, AwTuple *kw);

/* self of a method called through the type (`type(t).write(42, b'')`) may be anything. */
static AwStreamTransport *self_transport(AwVM *vm, int argc, const AwValue *argv, const char *name) {
    if (argc >= 1 && value_is_type(argv[0], &aw_type_stream_transport)) return TRANSPORT(argv[0]);
    vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' for '_SelectorSocketTransport' objects doesn't apply to a '%s' object",
             name, argc ? ops_type_name(argv[0]) : "nothing");
    return NULL;
}

static AwValue t_write(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "write");
    if (!t) return AW_ERR;
    if (args_count(vm, "write", argc, 2, 2)) return AW_ERR;
    const char *data;
    int64_t len;
    if (!bytes_view(argv[1], &data, &len))
        return vm_raise(vm, &aw_exc_TypeError, "data argument must be a bytes-like object, not '%s'", ops_type_name(argv[1]));
    if (t->eof_sent) return vm_raise(vm, &aw_exc_RuntimeError, "Cannot call write() after write_eof()");
    /* libuv buffers count in unsigned ints: a huge write goes out in pieces */
    for (int64_t done = 0, piece; done < len; done += piece) {
        if (t->conn_lost || !t->h->is_open || t->h->close_started) break;
        piece = len - done < (1 << 30) ? len - done : (1 << 30);
        if (transport_send(vm, t, data + done, (size_t)piece)) return AW_ERR;
    }
    maybe_pause(vm, t); /* last: pause_writing() is aw code and may change the data */
    return AW_NONE;
}

/* writelines(list_of_data): one write of the joined data, as CPython's transports. */
static AwValue t_writelines(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "writelines");
    if (!t || args_count(vm, "writelines", argc, 2, 2)) return AW_ERR;
    AwBytes *empty = bytes_new(vm, "", 0);
    AwValue joined = empty ? vm_call_method(vm, value_from_ptr(empty), str_intern_cstr(vm, "join"), 1, &argv[1]) : AW_ERR;
    if (joined == AW_ERR || gc_push_root(vm, joined)) return AW_ERR;
    AwValue r = t_write(vm, 2, (AwValue[]){argv[0], joined}, NULL);
    gc_pop_roots(vm, 1);
    return r;
}

/* CPython's call_soon on a closed loop (close() or abort() after asyncio.run returned). */
static AwValue loop_closed_error(AwVM *vm, AwStreamTransport *t) {
    if (transport_loop(t)) return AW_NONE;
    return vm_raise(vm, &aw_exc_RuntimeError, "Event loop is closed");
}

static AwValue t_close(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "close");
    if (!t) return AW_ERR;
    if (t->closing) return AW_NONE;
    t->closing = 1;
    read_stop(t);
    if (t->nwrites) return AW_NONE;
    schedule_lost(vm, t, AW_NONE);
    return loop_closed_error(vm, t);
}

static AwValue t_abort(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "abort");
    if (!t) return AW_ERR;
    bool was_lost = t->conn_lost;
    force_close(vm, t, AW_NONE);
    return was_lost ? AW_NONE : loop_closed_error(vm, t);
}

static AwValue t_is_closing(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "is_closing");
    if (!t) return AW_ERR;
    return value_from_bool(t->closing);
}

static AwValue t_can_write_eof(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return self_transport(vm, argc, argv, "can_write_eof") ? AW_TRUE : AW_ERR;
}

static AwValue t_write_eof(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "write_eof");
    if (!t) return AW_ERR;
    if (t->closing || t->eof_sent) return AW_NONE;
    t->eof_sent = 1;
    if (!t->nwrites) shutdown_now(vm, t);
    return AW_NONE;
}

static AwValue t_pause_reading(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "pause_reading");
    if (!t) return AW_ERR;
    if (t->closing || t->paused) return AW_NONE;
    t->paused = 1;
    read_stop(t);
    return AW_NONE;
}

static AwValue t_resume_reading(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "resume_reading");
    if (!t) return AW_ERR;
    if (t->closing || !t->paused) return AW_NONE;
    t->paused = 0;
    read_start(t);
    return AW_NONE;
}

static AwValue t_is_reading(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "is_reading");
    if (!t) return AW_ERR;
    return value_from_bool(!t->paused && !t->closing);
}

static AwValue t_get_write_buffer_size(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "get_write_buffer_size");
    if (!t) return AW_ERR;
    return int_from_i64(vm, (int64_t)queued_bytes(t));
}

static AwValue t_get_write_buffer_limits(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "get_write_buffer_limits");
    if (!t) return AW_ERR;
    AwTuple *r = tuple_from(vm, 2, (AwValue[]){int_from_i64(vm, t->low_water), int_from_i64(vm, t->high_water)});
    return r ? value_from_ptr(r) : AW_ERR;
}

/* CPython's _set_write_buffer_limits: high defaults to 64 KiB (or 4 * low), low to high // 4. */
static AwValue t_set_write_buffer_limits(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "set_write_buffer_limits");
    if (!t) return AW_ERR;
    static const char *const names[] = {"self", "high", "low", NULL};
    AwValue a[3];
    if (args_parse(vm, "set_write_buffer_limits", argc, argv, kw, names, 1, 3, a)) return AW_ERR;
    bool has_high = a[1] != AW_EMPTY && a[1] != AW_NONE, has_low = a[2] != AW_EMPTY && a[2] != AW_NONE;
    int64_t high = 0, low = 0;
    if ((has_high && args_int(vm, a[1], &high)) || (has_low && args_int(vm, a[2], &low))) return AW_ERR;
    if (!has_high) high = has_low ? 4 * low : DEFAULT_HIGH_WATER;
    if (!has_low) low = high / 4;
    if (!(high >= low && low >= 0))
        return vm_raise(vm, &aw_exc_ValueError, "high (%lld) must be >= low (%lld) must be >= 0", (long long)high, (long long)low);
    t->high_water = high;
    t->low_water = low;
    maybe_pause(vm, t);
    return AW_NONE;
}

static AwValue t_get_extra_info(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "get_extra_info");
    if (!t) return AW_ERR;
    static const char *const names[] = {"self", "name", "default", NULL};
    AwValue a[3];
    if (args_parse(vm, "get_extra_info", argc, argv, kw, names, 2, 3, a)) return AW_ERR;
    AwValue dflt = a[2] == AW_EMPTY ? AW_NONE : a[2];
    if (!value_is_str(a[1])) return dflt;
    const char *name = AW_STR(a[1])->data;
    if (strcmp(name, "peername") == 0) return t->peername;
    if (strcmp(name, "sockname") == 0) return t->sockname;
    if (strcmp(name, "socket") == 0) return python_call(vm, str_intern_cstr(vm, "_transport_socket"), 1, argv, NULL);
    return dflt;
}

/* _fileno(): the socket's descriptor, -1 once closed (TransportSocket.fileno). */
static AwValue t_fileno(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "_fileno");
    if (!t) return AW_ERR;
    return value_from_small(t->h->is_open && !t->h->close_started ? t->fd : -1);
}

static AwValue t_get_protocol(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "get_protocol");
    return t ? t->protocol : AW_ERR;
}

static AwStatus set_protocol(AwVM *vm, AwStreamTransport *t, AwValue protocol) {
    /* protocol.data_received, or what drives a BufferedProtocol's get_buffer/buffer_updated */
    AwValue dr = python_call(vm, str_intern_cstr(vm, "_receiver"), 1, &protocol, NULL);
    if (dr == AW_ERR) return AW_ERROR;
    t->protocol = protocol;
    t->data_received = dr;
    return AW_OK;
}

static AwValue t_set_protocol(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "set_protocol");
    if (!t) return AW_ERR;
    if (args_count(vm, "set_protocol", argc, 2, 2)) return AW_ERR;
    return set_protocol(vm, t, argv[1]) ? AW_ERR : AW_NONE;
}

/* _start(protocol, server=None): the protocol's connection_made ran; reading begins. */
static AwValue t_start(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamTransport *t = self_transport(vm, argc, argv, "_start");
    if (!t) return AW_ERR;
    if (args_count(vm, "_start", argc, 2, 3)) return AW_ERR;
    if (set_protocol(vm, t, argv[1])) return AW_ERR;
    if (argc > 2) t->server = argv[2];
    t->started = 1;
    read_start(t);
    return AW_NONE;
}

/* CPython's _SelectorTransport repr: "<_SelectorSocketTransport fd=7 read=polling
 * write=<idle, bufsize=0>>", "closing" or "closed" before the fd, no polling state once the
 * loop is closed. */
static AwValue transport_repr(AwVM *vm, AwValue self) {
    AwStreamTransport *t = TRANSPORT(self);
    bool open = t->h->is_open && !t->h->close_started;
    const char *state = !open ? " closed" : t->closing ? " closing" : "";
    char polling[96] = "";
    if (open && transport_loop(t))
        snprintf(polling, sizeof polling, " read=%s write=<%s, bufsize=%zu>", t->reading ? "polling" : "idle",
                 t->nwrites ? "polling" : "idle", queued_bytes(t));
    AwStr *s = str_printf(vm, "<_SelectorSocketTransport%s fd=%d%s>", state, t->fd, polling);
    return s ? str_value(s) : AW_ERR;
}

static void transport_trace(AwGC *gc, AwObject *self) {
    AwStreamTransport *t = (AwStreamTransport *)self;
    gc_mark_value(gc, t->protocol);
    gc_mark_value(gc, t->data_received);
    gc_mark_value(gc, t->server);
    gc_mark_value(gc, t->lost_exc);
    gc_mark_value(gc, t->read_error);
    gc_mark_value(gc, t->peername);
    gc_mark_value(gc, t->sockname);
}

static void transport_free(AwVM *vm, AwObject *self) { handle_disown(((AwStreamTransport *)self)->h); }

static const AwMethodDef transport_methods[] = {
    {"write", t_write, 0},
    {"writelines", t_writelines, 0},
    {"close", t_close, 0},
    {"abort", t_abort, 0},
    {"is_closing", t_is_closing, 0},
    {"can_write_eof", t_can_write_eof, 0},
    {"write_eof", t_write_eof, 0},
    {"pause_reading", t_pause_reading, 0},
    {"resume_reading", t_resume_reading, 0},
    {"is_reading", t_is_reading, 0},
    {"get_write_buffer_size", t_get_write_buffer_size, 0},
    {"get_write_buffer_limits", t_get_write_buffer_limits, 0},
    {"set_write_buffer_limits", t_set_write_buffer_limits, 0},
    {"get_extra_info", t_get_extra_info, 0},
    {"get_protocol", t_get_protocol, 0},
    {"set_protocol", t_set_protocol, 0},
    {"_start", t_start, 0},
    {"_fileno", t_fileno, 0},
    {NULL, NULL, 0},
};

AwType aw_type_stream_transport = {
    .name = "_SelectorSocketTransport",
    .base = &aw_type_object,
    .instance_size = sizeof(AwStreamTransport),
    .flags = AW_TYPE_ABSTRACT,
    .repr = transport_repr,
    .trace = transport_trace,
    .free_ = transport_free,
    .methods = transport_methods,
};

/* ---- connecting ---- */

static void req_unlink(ConnectReq *r) {
    if (!r->svc) return;
    if (r->prev) r->prev->next = r->next;
    else r->svc->reqs = r->next;
    if (r->next) r->next->prev = r->prev;
    r->svc = NULL;
}

static void req_free(ConnectReq *r) {
    req_unlink(r);
    if (r->addrs) uv_freeaddrinfo(r->addrs);
    free(r);
}

/* Settles the connect's future (unless its task gave up: then the socket just closes). */
static void req_finish(AwVM *vm, ConnectReq *r, AwValue result, AwValue exc) {
    AwFuture *f = AW_FUTURE(r->future);
    if (f->state == AW_FUT_PENDING) {
        AwStatus st = exc != AW_EMPTY ? future_set_exception(vm, f, exc) : future_set_result(vm, f, result);
        if (st) vm_exc_clear(vm);
    }
    req_free(r);
}

static void connect_next(AwVM *vm, ConnectReq *r);

static void on_connect(uv_connect_t *creq, int status) {
    ConnectReq *r = creq->data;
    StreamHandle *h = r->h;
    if (!r->svc) { req_free(r); return; }
    StreamService *svc = r->svc;
    AwVM *vm = svc->vm;
    loop_callback_enter(vm, svc->loop);
    bool abandoned = AW_FUTURE(r->future)->state != AW_FUT_PENDING;
    if (status == 0 && !abandoned) {
        AwStreamTransport *t = transport_new(vm, h, r->is_pipe);
        if (t) req_finish(vm, r, value_from_ptr(t), AW_EMPTY);
        else { handle_close(h); req_finish(vm, r, AW_NONE, vm_exc_take(vm)); }
    } else if (abandoned) {
        handle_close(h);
        req_free(r);
    } else {
        handle_close(h);
        AwValue exc;
        if (r->is_pipe) exc = os_error(vm, status, NULL);
        else {
            AwValue addr = sockaddr_value(vm, r->cursor->ai_addr);
            AwValue rep = addr == AW_ERR ? AW_ERR : ops_repr(vm, addr);
            AwStr *msg = rep == AW_ERR ? NULL : str_printf(vm, "Connect call failed %s", AW_STR(rep)->data);
            exc = msg ? os_error(vm, status, msg->data) : AW_ERR;
        }
        if (exc == AW_ERR) req_finish(vm, r, AW_NONE, vm_exc_take(vm));
        else if (r->is_pipe) req_finish(vm, r, AW_NONE, exc);
        else if (list_append(vm, AW_LIST(r->errors), exc)) req_finish(vm, r, AW_NONE, vm_exc_take(vm));
        else {
            r->cursor = r->cursor->ai_next;
            connect_next(vm, r);
        }
    }
    loop_callback_leave(vm, svc->loop);
}

/* Tries the next resolved address; with none left, the future gets the list of errors. */
static void connect_next(AwVM *vm, ConnectReq *r) {
    while (r->cursor && r->cursor->ai_family != AF_INET && r->cursor->ai_family != AF_INET6) r->cursor = r->cursor->ai_next;
    if (!r->cursor) { req_finish(vm, r, r->errors, AW_EMPTY); return; }
    r->h = handle_new(vm, r->svc, false, r->cursor->ai_family);
    if (!r->h) { req_finish(vm, r, AW_NONE, vm_exc_take(vm)); return; }
    r->connect.data = r;
    int rc = uv_tcp_connect(&r->connect, &r->h->uv.tcp, r->cursor->ai_addr, on_connect);
    if (rc) {
        handle_close(r->h);
        AwValue exc = os_error(vm, rc, NULL);
        req_finish(vm, r, AW_NONE, exc == AW_ERR ? vm_exc_take(vm) : exc);
    }
}

static void on_resolved(uv_getaddrinfo_t *gai, int status, struct addrinfo *addrs) {
    ConnectReq *r = gai->data;
    r->addrs = addrs;
    if (!r->svc) { req_free(r); return; }
    StreamService *svc = r->svc;
    AwVM *vm = svc->vm;
    loop_callback_enter(vm, svc->loop);
    if (AW_FUTURE(r->future)->state != AW_FUT_PENDING) req_free(r);
    else if (status < 0) {
        AwValue exc = resolve_error(vm, status);
        req_finish(vm, r, AW_NONE, exc == AW_ERR ? vm_exc_take(vm) : exc);
    } else {
        r->cursor = addrs;
        connect_next(vm, r);
    }
    loop_callback_leave(vm, svc->loop);
}

static ConnectReq *req_new(AwVM *vm, StreamService *svc, bool is_pipe) {
    AwFuture *f = future_new(vm, value_from_ptr(svc->loop));
    if (!f || gc_push_root(vm, value_from_ptr(f))) return NULL;
    AwList *errors = list_new(vm, 0);
    gc_pop_roots(vm, 1);
    ConnectReq *r = errors ? calloc(1, sizeof *r) : NULL;
    if (!r) { if (errors) vm_raise_memory(vm); return NULL; }
    r->future = value_from_ptr(f);
    r->errors = value_from_ptr(errors);
    r->is_pipe = is_pipe;
    r->svc = svc;
    r->next = svc->reqs;
    if (svc->reqs) svc->reqs->prev = r;
    svc->reqs = r;
    return r;
}

/* host and port as getaddrinfo takes them: None or str/bytes host, int or str port. `what` names
 * the socket call in CPython's port range error ("connect", "bind"). */
static AwStatus host_port(AwVM *vm, AwValue host, AwValue port, const char *what, char *hbuf, size_t hcap,
                          char *pbuf, size_t pcap, const char **node, const char **service) {
    *node = *service = NULL;
    if (host != AW_NONE) {
        const char *data;
        int64_t len;
        if (value_is_str(host)) { data = AW_STR(host)->data; len = AW_STR(host)->byte_len; }
        else if (!bytes_view(host, &data, &len))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "argument of type '%s' is not iterable", ops_type_name(host)));
        if (memchr(data, 0, (size_t)len)) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "embedded null character"));
        if ((size_t)len >= hcap) return vm_fail(vm_raise(vm, &aw_exc_UnicodeError, "encoding with 'idna' codec failed (UnicodeError: label too long)"));
        memcpy(hbuf, data, (size_t)len);
        hbuf[len] = 0;
        *node = hbuf;
    }
    if (port != AW_NONE) {
        if (value_is_int(port)) {
            int64_t p = value_as_small(port);
            if (p < 0 || p > 65535) return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "%s(): port must be 0-65535.", what));
            snprintf(pbuf, pcap, "%lld", (long long)p);
        } else if (value_is_str(port) && (size_t)AW_STR(port)->byte_len < pcap && !memchr(AW_STR(port)->data, 0, (size_t)AW_STR(port)->byte_len)) {
            snprintf(pbuf, pcap, "%s", AW_STR(port)->data);
        } else {
            return vm_fail(vm_raise(vm, &aw_exc_OSError, "Int or String expected"));
        }
        *service = pbuf;
    }
    return AW_OK;
}

/* _tcp_connect(host, port) -> Future of the transport, or of the list of every attempt's
 * error (the caller raises it as CPython's create_connection does). */
static AwValue a_tcp_connect(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "_tcp_connect", argc, 2, 2)) return AW_ERR;
    char hbuf[256], pbuf[32];
    const char *node, *service;
    if (host_port(vm, argv[0], argv[1], "connect", hbuf, sizeof hbuf, pbuf, sizeof pbuf, &node, &service)) return AW_ERR;
    StreamService *svc = service_get(vm);
    ConnectReq *r = svc ? req_new(vm, svc, false) : NULL;
    if (!r) return AW_ERR;
    AwValue fut = r->future;
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM};
    /* A numeric address needs no resolver thread: the connect starts now, in this step, as
     * CPython's (_ipaddr_info), so connections leave in the order they were asked for. */
    struct addrinfo numeric = hints, *addrs = NULL;
    numeric.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
    if (node && service && getaddrinfo(node, service, &numeric, &addrs) == 0) {
        r->addrs = r->cursor = addrs;
        connect_next(vm, r);
        return fut;
    }
    r->gai.data = r;
    int rc = uv_getaddrinfo(svc->uv, &r->gai, on_resolved, node, service, &hints);
    if (rc) {
        req_free(r);
        AwValue exc = resolve_error(vm, rc);
        return exc == AW_ERR ? AW_ERR : vm_raise_value(vm, exc);
    }
    return fut;
}

/* _unix_connect(path) -> Future of the transport. */
static AwValue a_unix_connect(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "_unix_connect", argc, 1, 1)) return AW_ERR;
    if (!value_is_str(argv[0])) return vm_raise(vm, &aw_exc_TypeError, "path must be a str, not %s", ops_type_name(argv[0]));
    StreamService *svc = service_get(vm);
    ConnectReq *r = svc ? req_new(vm, svc, true) : NULL;
    if (!r) return AW_ERR;
    AwValue fut = r->future;
    r->h = handle_new(vm, svc, true, 0);
    if (!r->h) { req_free(r); return AW_ERR; }
    r->connect.data = r;
    uv_pipe_connect(&r->connect, &r->h->uv.pipe, AW_STR(argv[0])->data, on_connect);
    return fut;
}

/* _pipe_open(fd, tcp=False) -> a transport over an existing pipe, Unix socket or (tcp) TCP
 * socket descriptor, which it now owns (the pipes of asyncio's subprocesses, connect_read_pipe,
 * create_connection(sock=)). Not reading until _start(protocol). */
static AwValue a_pipe_open(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t fd;
    if (args_count(vm, "_pipe_open", argc, 1, 2) || args_int(vm, argv[0], &fd)) return AW_ERR;
    if (fd < 0 || fd > INT32_MAX) return vm_raise(vm, &aw_exc_ValueError, "bad file descriptor %lld", (long long)fd);
    int tcp = argc > 1 ? ops_truthy(vm, argv[1]) : 0;
    if (tcp < 0) return AW_ERR;
    StreamService *svc = service_get(vm);
    StreamHandle *h = svc ? handle_new(vm, svc, !tcp, AF_UNSPEC) : NULL;
    if (!h) return AW_ERR;
    int rc = tcp ? uv_tcp_open(&h->uv.tcp, (uv_os_sock_t)fd) : uv_pipe_open(&h->uv.pipe, (uv_file)fd);
    if (rc) {
        handle_close(h);
        AwValue exc = os_error(vm, rc, NULL);
        return exc == AW_ERR ? AW_ERR : vm_raise_value(vm, exc);
    }
    AwStreamTransport *t = transport_new(vm, h, !tcp);
    return t ? value_from_ptr(t) : AW_ERR;
}

/* ---- listening ---- */

static AwStreamListener *listener_new(AwVM *vm, StreamHandle *h, int family, bool is_pipe);
static void on_connection(uv_stream_t *server, int status);

/* _sock_listen(fd, family, backlog) -> a listener over a bound socket descriptor, which it now
 * owns (create_server(sock=), create_unix_server(sock=)). Not serving until start(). */
static AwValue a_sock_listen(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t fd, family, backlog;
    if (args_count(vm, "_sock_listen", argc, 3, 3) || args_int(vm, argv[0], &fd) ||
        args_int(vm, argv[1], &family) || args_int(vm, argv[2], &backlog)) return AW_ERR;
    if (fd < 0 || fd > INT32_MAX) return vm_raise(vm, &aw_exc_ValueError, "bad file descriptor %lld", (long long)fd);
    bool is_pipe = family == AF_UNIX;
    StreamService *svc = service_get(vm);
    StreamHandle *h = svc ? handle_new(vm, svc, is_pipe, AF_UNSPEC) : NULL;
    if (!h) return AW_ERR;
    int rc = is_pipe ? uv_pipe_open(&h->uv.pipe, (uv_file)fd) : uv_tcp_open(&h->uv.tcp, (uv_os_sock_t)fd);
    if (rc) {
        handle_close(h);
        AwValue exc = os_error(vm, rc, NULL);
        return exc == AW_ERR ? AW_ERR : vm_raise_value(vm, exc);
    }
    AwStreamListener *l = listener_new(vm, h, (int)family, is_pipe);   /* closes h if it fails */
    if (!l) return AW_ERR;
    rc = uv_listen(&h->uv.stream, (int)(backlog > INT32_MAX ? INT32_MAX : backlog), on_connection);
    if (rc) {
        handle_close(h);
        AwValue exc = os_error(vm, rc, NULL);
        return exc == AW_ERR ? AW_ERR : vm_raise_value(vm, exc);
    }
    return value_from_ptr(l);
}

/* self of a method called through the type may be anything. */
static AwStreamListener *self_listener(AwVM *vm, int argc, const AwValue *argv, const char *name) {
    if (argc >= 1 && value_is_type(argv[0], &aw_type_stream_listener)) return LISTENER(argv[0]);
    vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' for '_Listener' objects doesn't apply to a '%s' object",
             name, argc ? ops_type_name(argv[0]) : "nothing");
    return NULL;
}

static AwValue l_close(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamListener *l = self_listener(vm, argc, argv, "close");
    if (!l) return AW_ERR;
    l->on_accept = l->server = AW_NONE;
    handle_close(l->h);
    return AW_NONE;
}

/* Accepts one pending connection and hands its transport to on_accept (next iteration). */
static void accept_one(AwVM *vm, AwStreamListener *l) {
    StreamService *svc = l->h->svc;
    StreamHandle *h = svc ? handle_new(vm, svc, l->is_pipe, AF_UNSPEC) : NULL;
    if (!h) { vm_exc_clear(vm); return; }
    if (uv_accept(&l->h->uv.stream, &h->uv.stream)) { handle_close(h); return; }
    AwStreamTransport *t = transport_new(vm, h, l->is_pipe);
    if (!t) { vm_exc_clear(vm); handle_close(h); return; }
    t->server = l->server;
    if (loop_schedule(vm, svc->loop, AW_READY_CALL, l->on_accept, value_from_ptr(t))) {
        vm_exc_clear(vm);
        handle_close(h);
    }
}

static void on_connection(uv_stream_t *server, int status) {
    StreamHandle *lh = server->data;
    AwStreamListener *l = (AwStreamListener *)lh->owner;
    if (status < 0 || !l || !lh->svc) return;
    StreamService *svc = lh->svc;
    loop_callback_enter(svc->vm, svc->loop);
    if (l->on_accept == AW_NONE) l->backlog_waiting = true; /* stays queued until start() */
    else accept_one(svc->vm, l);
    loop_callback_leave(svc->vm, svc->loop);
}

/* start(on_accept, server): begins handing accepted connections to on_accept. */
static AwValue l_start(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamListener *l = self_listener(vm, argc, argv, "start");
    if (!l || args_count(vm, "start", argc, 3, 3)) return AW_ERR;
    if (!l->h->is_open || l->h->close_started) return AW_NONE;
    l->on_accept = argv[1];
    l->server = argv[2];
    if (l->backlog_waiting) {
        l->backlog_waiting = false;
        accept_one(vm, l);
    }
    return AW_NONE;
}

static AwValue l_getsockname(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamListener *l = self_listener(vm, argc, argv, "getsockname");
    if (!l) return AW_ERR;
    AwValue v = handle_name(vm, l->h, l->is_pipe, false);
    if (v == AW_NONE && !(l->h->is_open && !l->h->close_started)) return vm_raise(vm, &aw_exc_OSError, "[Errno 9] Bad file descriptor");
    return v;
}

static AwValue l_fileno(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStreamListener *l = self_listener(vm, argc, argv, "fileno");
    if (!l) return AW_ERR;
    uv_os_fd_t fd;
    if (!l->h->is_open || l->h->close_started || uv_fileno(&l->h->uv.handle, &fd)) return value_from_small(-1);
    return value_from_small(fd);
}

static AwValue l_family(AwVM *vm, AwValue self) { return value_from_small(LISTENER(self)->family); }

static void listener_trace(AwGC *gc, AwObject *self) {
    AwStreamListener *l = (AwStreamListener *)self;
    gc_mark_value(gc, l->on_accept);
    gc_mark_value(gc, l->server);
}

static void listener_free(AwVM *vm, AwObject *self) { handle_disown(((AwStreamListener *)self)->h); }

static const AwMethodDef listener_methods[] = {
    {"start", l_start, 0},
    {"close", l_close, 0},
    {"getsockname", l_getsockname, 0},
    {"fileno", l_fileno, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef listener_getsets[] = {
    {"family", l_family, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_stream_listener = {
    .name = "_Listener",
    .base = &aw_type_object,
    .instance_size = sizeof(AwStreamListener),
    .flags = AW_TYPE_ABSTRACT,
    .trace = listener_trace,
    .free_ = listener_free,
    .methods = listener_methods,
    .getsets = listener_getsets,
};

static AwStreamListener *listener_new(AwVM *vm, StreamHandle *h, int family, bool is_pipe) {
    AwStreamListener *l = (AwStreamListener *)gc_new(vm, &aw_type_stream_listener, sizeof *l);
    if (!l) { handle_close(h); return NULL; }
    l->h = h;
    l->on_accept = l->server = AW_NONE;
    l->family = family;
    l->is_pipe = is_pipe;
    h->owner = &l->obj;
    return l;
}

/* CPython's bind failure: "error while attempting to bind on address ('h', p): <strerror>". */
static AwValue bind_error(AwVM *vm, int rc, const struct sockaddr *sa) {
    AwValue addr = sockaddr_value(vm, sa);
    AwValue rep = addr == AW_ERR ? AW_ERR : ops_repr(vm, addr);
    if (rep == AW_ERR) return AW_ERR;
    char why[128];
    snprintf(why, sizeof why, "%s", strerror(-rc));
    for (char *p = why; *p; p++) *p = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
    AwStr *msg = str_printf(vm, "error while attempting to bind on address %s: %s", AW_STR(rep)->data, why);
    AwValue exc = msg ? os_error(vm, rc, msg->data) : AW_ERR;
    return exc == AW_ERR ? AW_ERR : vm_raise_value(vm, exc);
}

static AwStatus listen_addr(AwVM *vm, StreamService *svc, const struct addrinfo *ai, int backlog, AwList *out) {
    StreamHandle *h = handle_new(vm, svc, false, ai->ai_family);
    if (!h) return AW_ERROR;
    AwStreamListener *l = listener_new(vm, h, ai->ai_family, false);
    if (!l || list_append(vm, out, value_from_ptr(l))) return AW_ERROR;
    int rc = uv_tcp_bind(&h->uv.tcp, ai->ai_addr, ai->ai_family == AF_INET6 ? UV_TCP_IPV6ONLY : 0);
    if (!rc) rc = uv_listen(&h->uv.stream, backlog, on_connection);
    if (rc) return vm_fail(bind_error(vm, rc, ai->ai_addr));
    return AW_OK;
}

static void close_all(AwList *listeners) {
    for (int64_t i = 0; i < listeners->len; i++) handle_close(LISTENER(listeners->items[i])->h);
}

/* _tcp_listen(host, port, backlog) -> list of listeners, bound and listening (not serving
 * until start()). host None binds every interface, IPv4 and IPv6. */
static AwValue a_tcp_listen(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "_tcp_listen", argc, 3, 3)) return AW_ERR;
    char hbuf[256], pbuf[32];
    const char *node, *service;
    int64_t backlog;
    if (args_int(vm, argv[2], &backlog)) return AW_ERR;
    AwValue host = argv[0];
    if (value_is_str(host) && AW_STR(host)->byte_len == 0) host = AW_NONE;
    if (host_port(vm, host, argv[1] == AW_NONE ? value_from_small(0) : argv[1], "bind", hbuf, sizeof hbuf, pbuf, sizeof pbuf, &node, &service))
        return AW_ERR;
    StreamService *svc = service_get(vm);
    if (!svc) return AW_ERR;
    uv_getaddrinfo_t gai;
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM, .ai_flags = AI_PASSIVE};
    int rc = uv_getaddrinfo(svc->uv, &gai, NULL, node, service, &hints);
    if (rc) {
        AwValue exc = resolve_error(vm, rc);
        return exc == AW_ERR ? AW_ERR : vm_raise_value(vm, exc);
    }
    AwList *out = list_new(vm, 0);
    if (!out || gc_push_root(vm, value_from_ptr(out))) { uv_freeaddrinfo(gai.addrinfo); return AW_ERR; }
    AwStatus st = AW_OK;
    for (const struct addrinfo *ai = gai.addrinfo; ai && !st; ai = ai->ai_next) {
        if (ai->ai_family != AF_INET && ai->ai_family != AF_INET6) continue;
        bool dup = false; /* getaddrinfo repeats an address once per protocol on some systems */
        for (const struct addrinfo *p = gai.addrinfo; p != ai && !dup; p = p->ai_next)
            dup = p->ai_addrlen == ai->ai_addrlen && memcmp(p->ai_addr, ai->ai_addr, ai->ai_addrlen) == 0;
        if (!dup) st = listen_addr(vm, svc, ai, (int)backlog, out);
    }
    uv_freeaddrinfo(gai.addrinfo);
    if (st) close_all(out);
    gc_pop_roots(vm, 1);
    return st ? AW_ERR : value_from_ptr(out);
}

/* _unix_listen(path, backlog) -> listener. A stale socket file at path is removed first. */
static AwValue a_unix_listen(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "_unix_listen", argc, 2, 2)) return AW_ERR;
    if (!value_is_str(argv[0])) return vm_raise(vm, &aw_exc_TypeError, "path must be a str, not %s", ops_type_name(argv[0]));
    int64_t backlog;
    if (args_int(vm, argv[1], &backlog)) return AW_ERR;
    const char *path = AW_STR(argv[0])->data;
    struct stat st;
    if (path[0] && stat(path, &st) == 0 && S_ISSOCK(st.st_mode)) unlink(path);
    StreamService *svc = service_get(vm);
    StreamHandle *h = svc ? handle_new(vm, svc, true, 0) : NULL;
    AwStreamListener *l = h ? listener_new(vm, h, AF_UNIX, true) : NULL;
    if (!l) return AW_ERR;
    int rc = uv_pipe_bind(&h->uv.pipe, path);
    if (!rc) rc = uv_listen(&h->uv.stream, (int)backlog, on_connection);
    if (rc) {
        handle_close(h);
        AwValue exc;
        if (rc == UV_EADDRINUSE) {
            AwStr *rep = str_repr(vm, AW_STR(argv[0]));
            AwStr *msg = rep ? str_printf(vm, "Address %s is already in use", rep->data) : NULL;
            exc = msg ? os_error(vm, rc, msg->data) : AW_ERR;
        } else exc = os_error(vm, rc, NULL);
        return exc == AW_ERR ? AW_ERR : vm_raise_value(vm, exc);
    }
    return value_from_ptr(l);
}

/* ---- loop methods ---- */

/* Calls _asyncio_streams.<fn_name>(*argv) (the Python half). */
static AwValue python_call(AwVM *vm, AwStr *fn_name, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *mod_name = str_intern_cstr(vm, "_asyncio_streams");
    AwValue mod = mod_name && fn_name ? vm_import(vm, mod_name, AW_NONE, NULL) : AW_ERR;
    AwValue fn = mod == AW_ERR ? AW_ERR : ops_getattr(vm, mod, fn_name);
    return fn == AW_ERR ? AW_ERR : vm_call(vm, fn, argc, argv, kw);
}

AwValue asyncio_streams_loop_call(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw) {
    return python_call(vm, str_printf(vm, "_loop_%s", name), argc, argv, kw);
}

/* ---- registration ---- */

static const AwMethodDef stream_functions[] = {
    {"_tcp_connect", a_tcp_connect, 0},
    {"_tcp_listen", a_tcp_listen, 0},
    {"_unix_connect", a_unix_connect, 0},
    {"_unix_listen", a_unix_listen, 0},
    {"_pipe_open", a_pipe_open, 0},
    {"_sock_listen", a_sock_listen, 0},
    {NULL, NULL, 0},
};

static AwStatus add_native(AwVM *vm, AwModule *mod, const char *name, AwNativeFn fn, AwValue *out) {
    AwNative *n = native_new(vm, name, fn, 0, NULL);
    if (!n || module_add_value(vm, mod, name, value_from_ptr(n))) return AW_ERROR;
    *out = value_from_ptr(n);
    return AW_OK;
}

static AwStatus make_gaierror(AwVM *vm, AwModule *mod) {
    AwType *t = class_new_simple(vm, "socket", "gaierror", &aw_exc_OSError);
    if (!t || module_add_value(vm, mod, "_gaierror", value_from_ptr(t))) return AW_ERROR;
    gaierror_type = t;
    return AW_OK;
}

AwStatus asyncio_streams_init(AwVM *vm, AwModule *mod) {
    AwStr *m = str_intern_cstr(vm, "asyncio.selector_events");
    if (!m) return AW_ERROR;
    aw_type_stream_transport.module = m;
    aw_type_stream_listener.module = m;
    /* the type itself, for asyncio.transports' isinstance checks */
    if (module_add_type(vm, mod, &aw_type_stream_transport) ||
        module_add_functions(vm, mod, stream_functions) || make_gaierror(vm, mod) ||
        add_native(vm, mod, "_stream_ready", stream_ready, &on_ready_fn) ||
        add_native(vm, mod, "_stream_lost", stream_lost, &on_lost_fn) ||
        add_native(vm, mod, "_stream_resume", stream_resume, &on_resume_fn))
        return AW_ERROR;
    return AW_OK;
}
