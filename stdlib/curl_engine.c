/* curl_engine.c — libcurl's multi-socket interface on the aw loop's libuv loop (see
 * curl_engine.h).
 *
 * Data flow: curl_engine_request makes a transfer (easy handle) and adds it to the loop's multi
 * handle. curl tells us which sockets to watch (on_curl_socket: one uv_poll each) and when to
 * call it back (on_curl_timer: one uv_timer). libuv reports readiness (on_poll, on_timeout),
 * we hand it to curl_multi_socket_action, and then collect finished transfers
 * (collect_done), each resolving its Future with the response tuple or an exception.
 *
 * Ownership: the engine (one per loop, a malloc'd struct attached as the loop's service) owns
 * the multi handle, the timer, the socket polls (CurlSocket, also listed in the engine so
 * close can reach them) and the transfers. A transfer owns its easy handle, header list,
 * request body copy and response buffers. uv handles are freed only in their close callbacks;
 * those callbacks never touch the engine, which may be gone by then.
 */
#include "stdlib/curl_engine.h"
#include "stdlib/curl_dl.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>
#include "interp/bytes.h"
#include "interp/exception.h"
#include "interp/function.h"
#include "interp/future.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

typedef struct CurlEngine CurlEngine;

/* Easy handles kept for the next transfers: curl_easy_init costs a dozen allocations, a reset
 * handle none. */
#define ENGINE_SPARE_HANDLES 128
/* Open connections per loop: more transfers wait in curl's queue for one (as aiohttp's connector
 * limit makes them wait), instead of exhausting descriptors or the server's connection slots. */
#define ENGINE_MAX_CONNECTIONS 256

/* A malloc'd growable byte buffer (not GC memory: the engine may be released during a sweep). */
typedef struct {
    char *data;          /* bytes, or NULL */
    size_t len;          /* bytes used */
    size_t cap;          /* bytes allocated */
} ByteBuf;

typedef struct CurlTransfer {
    CurlEngine *engine;          /* the engine running it */
    CURL *easy;                  /* owned easy handle */
    struct curl_slist *headers;  /* owned request header list, or NULL */
    ByteBuf body;                /* response body received so far */
    ByteBuf head;                /* header lines of every response received (redirects too) */
    bool out_of_memory;          /* a buffer could not grow: the transfer was stopped */
    AwValue future;              /* the Future the caller awaits (traced by the engine) */
    char error[CURL_ERROR_SIZE]; /* curl's message for a failure */
    struct CurlTransfer *prev;   /* engine's list of running transfers */
    struct CurlTransfer *next;   /* ... */
} CurlTransfer;

/* One socket curl asked us to watch. */
typedef struct CurlSocket {
    uv_poll_t poll;              /* the watcher (poll.data = this) */
    CurlEngine *engine;          /* owner */
    curl_socket_t fd;            /* the socket */
    struct CurlSocket *prev;     /* engine's list of sockets */
    struct CurlSocket *next;     /* ... */
} CurlSocket;

struct CurlEngine {
    AwVM *vm;                    /* interpreter */
    AwLoop *loop;                /* the loop this engine serves */
    uv_loop_t *uv;               /* its libuv loop */
    CURLM *multi;                /* owned multi handle: connection cache, sockets, timers */
    uv_timer_t *timer;           /* curl's timeout; freed in its close callback */
    CurlTransfer *transfers;     /* running transfers */
    CurlSocket *sockets;         /* watched sockets */
    AwValue on_done;             /* native done-callback added to every transfer's Future */
    CURL *spare[ENGINE_SPARE_HANDLES]; /* finished easy handles kept for reuse (reset) */
    int spare_count;             /* entries used in spare */
};

static void engine_trace(AwGC *gc, void *state);
static void engine_close(AwVM *vm, void *state);
static const AwLoopServiceOps engine_ops = {engine_trace, engine_close};

/* ---- buffers ---- */

static bool buf_put(ByteBuf *b, const char *data, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 1024;
        while (cap < b->len + n + 1) cap *= 2;
        char *p = realloc(b->data, cap);
        if (!p) return false;
        b->data = p;
        b->cap = cap;
    }
    memcpy(b->data + b->len, data, n);
    b->len += n;
    b->data[b->len] = '\0';
    return true;
}

static void buf_release(ByteBuf *b) {
    free(b->data);
    *b = (ByteBuf){0};
}

/* ---- transfers ---- */

static size_t on_body(char *data, size_t size, size_t n, void *userp) {
    CurlTransfer *t = userp;
    if (!buf_put(&t->body, data, size * n)) { t->out_of_memory = true; return 0; }
    return size * n;
}

/* Header lines arrive one by one, the status line of every response first: redirects and
 * 1xx responses included. All are kept; parse_responses splits them. */
static size_t on_header(char *data, size_t size, size_t n, void *userp) {
    CurlTransfer *t = userp;
    if (!buf_put(&t->head, data, size * n)) { t->out_of_memory = true; return 0; }
    return size * n;
}

static void transfer_unlink(CurlTransfer *t) {
    CurlEngine *e = t->engine;
    if (t->prev) t->prev->next = t->next;
    else e->transfers = t->next;
    if (t->next) t->next->prev = t->prev;
}

/* Takes the transfer off the multi handle (aborting it if running) and frees it. */
static void transfer_free(CurlTransfer *t) {
    transfer_unlink(t);
    CurlEngine *e = t->engine;
    curl_multi_remove_handle(e->multi, t->easy);
    if (e->spare_count < ENGINE_SPARE_HANDLES) {
        curl_easy_reset(t->easy);
        e->spare[e->spare_count++] = t->easy;
    } else {
        curl_easy_cleanup(t->easy);
    }
    curl_slist_free_all(t->headers);
    buf_release(&t->body);
    buf_release(&t->head);
    free(t);
}

static bool transfer_setopt(CurlTransfer *t, const CurlRequest *req) {
    CURL *h = t->easy;
    CURLcode rc = CURLE_OK;
#define SET(opt, val) if (rc == CURLE_OK) rc = curl_easy_setopt(h, opt, val)
    SET(CURLOPT_URL, req->url);
    SET(CURLOPT_PRIVATE, t);
    SET(CURLOPT_WRITEFUNCTION, on_body);
    SET(CURLOPT_WRITEDATA, t);
    SET(CURLOPT_HEADERFUNCTION, on_header);
    SET(CURLOPT_HEADERDATA, t);
    SET(CURLOPT_ERRORBUFFER, t->error);
    SET(CURLOPT_NOSIGNAL, 1L);
    SET(CURLOPT_PROXY, "");  /* like aiohttp without trust_env: no proxy from the environment */
    SET(CURLOPT_PROTOCOLS_STR, "http,https");
    SET(CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    SET(CURLOPT_ACCEPT_ENCODING, "");  /* every encoding curl can decode */
    /* aiohttp speaks HTTP/1.1 only; HTTP/2 would lower-case header names and drop the reason. */
    SET(CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_1_1);
    SET(CURLOPT_FOLLOWLOCATION, req->follow_redirects ? 1L : 0L);
    SET(CURLOPT_MAXREDIRS, req->max_redirects);
    SET(CURLOPT_TIMEOUT_MS, req->timeout_ms);
    if (req->connect_timeout_ms > 0) SET(CURLOPT_CONNECTTIMEOUT_MS, req->connect_timeout_ms);
    if (req->read_timeout_s > 0) {  /* "less than 1 byte/s for that many seconds": a stalled read */
        SET(CURLOPT_LOW_SPEED_LIMIT, 1L);
        SET(CURLOPT_LOW_SPEED_TIME, req->read_timeout_s);
    }
    SET(CURLOPT_SSL_VERIFYPEER, req->verify_tls ? 1L : 0L);
    SET(CURLOPT_SSL_VERIFYHOST, req->verify_tls ? 2L : 0L);
    if (strcmp(req->method, "HEAD") == 0) {
        SET(CURLOPT_NOBODY, 1L);
    } else if (req->body || strcmp(req->method, "POST") == 0) {
        /* POST without CUSTOMREQUEST, so a 301/302/303 turns it into GET as browsers do. */
        SET(CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)(req->body ? req->body_len : 0));
        SET(CURLOPT_COPYPOSTFIELDS, req->body ? req->body : "");
        if (strcmp(req->method, "POST") != 0) SET(CURLOPT_CUSTOMREQUEST, req->method);
    } else if (strcmp(req->method, "GET") != 0) {
        SET(CURLOPT_CUSTOMREQUEST, req->method);
    }
    SET(CURLOPT_HTTPHEADER, t->headers);
#undef SET
    return rc == CURLE_OK;
}

/* The request headers, plus "Expect:" so curl never waits for a 100-continue. */
static bool transfer_headers(CurlTransfer *t, const CurlRequest *req) {
    for (size_t i = 0; i <= req->header_count; i++) {
        const char *line = i < req->header_count ? req->headers[i] : "Expect:";
        struct curl_slist *l = curl_slist_append(t->headers, line);
        if (!l) return false;
        t->headers = l;
    }
    return true;
}

/* ---- results ---- */

/* A str from header bytes: UTF-8 when valid, else Latin-1 (as HTTP/1.1 allows). */
static AwStr *header_str(AwVM *vm, const char *s, size_t n) {
    AwStr *r = str_from_utf8_checked(vm, s, n);
    if (r) return r;
    vm_exc_clear(vm);
    char *u = malloc(n * 2 + 1);
    if (!u) { vm_raise_memory(vm); return NULL; }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) u[k++] = (char)c;
        else { u[k++] = (char)(0xC0 | (c >> 6)); u[k++] = (char)(0x80 | (c & 0x3F)); }
    }
    r = str_new(vm, u, k);
    free(u);
    return r;
}

static size_t trim_end(const char *s, size_t n) {
    while (n && (s[n - 1] == '\r' || s[n - 1] == '\n' || s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    return n;
}

/* The reason phrase of a status line "HTTP/1.1 404 Not Found". */
static AwStr *status_reason(AwVM *vm, const char *line, size_t n) {
    const char *sp = memchr(line, ' ', n);
    if (sp) sp = memchr(sp + 1, ' ', n - (size_t)(sp + 1 - line));
    if (!sp) return str_new(vm, "", 0);
    return header_str(vm, sp + 1, n - (size_t)(sp + 1 - line));
}

/* One response's header block from *p: its status line, then "Name: value" lines up to the
 * blank line. Returns (status, reason, header_lines) with header_lines one str holding the
 * header lines as received (CRLF-separated; the preludes split it only when asked), and
 * advances *p; NULL with an exception raised. */
static AwTuple *parse_block(AwVM *vm, const char **p, const char *end) {
    const char *line = *p;
    const char *eol = memchr(line, '\n', (size_t)(end - line));
    const char *next = eol ? eol + 1 : end;
    size_t n = trim_end(line, (size_t)(next - line));
    const char *sp = memchr(line, ' ', n);
    long status = sp ? strtol(sp + 1, NULL, 10) : 0;
    AwStr *reason = status_reason(vm, line, n);
    const char *headers = next, *stop = next;
    while (stop < end) {  /* up to the blank line that ends the block */
        const char *e2 = memchr(stop, '\n', (size_t)(end - stop));
        const char *n2 = e2 ? e2 + 1 : end;
        bool blank = trim_end(stop, (size_t)(n2 - stop)) == 0;
        stop = n2;
        if (blank) break;
    }
    *p = stop;
    AwStr *lines = reason ? header_str(vm, headers, trim_end(headers, (size_t)(stop - headers))) : NULL;
    AwTuple *block = lines ? tuple_new(vm, 3) : NULL;
    if (!block) return NULL;
    block->items[0] = value_from_small(status);
    block->items[1] = str_value(reason);
    block->items[2] = str_value(lines);
    return block;
}

/* Every final (non-1xx) response's block, in order: the redirects, then the last one. */
static AwList *parse_responses(AwVM *vm, ByteBuf *head) {
    AwList *blocks = list_new(vm, 1);
    const char *p = head->data ? head->data : "", *end = p + head->len;
    while (blocks && p < end) {
        AwTuple *block = parse_block(vm, &p, end);
        if (!block) return NULL;
        int64_t status = value_as_small(block->items[0]);
        if ((status < 100 || status >= 200) && list_append(vm, blocks, value_from_ptr(block))) return NULL;
    }
    return blocks;
}

/* (status, reason, header_lines, body, url, history) with history the list of (status,
 * reason, header_lines) of the redirect responses; NULL with an exception raised. */
static AwTuple *response_tuple(AwVM *vm, CurlTransfer *t) {
    long status = 0;
    char *url = NULL;
    curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_getinfo(t->easy, CURLINFO_EFFECTIVE_URL, &url);
    AwList *blocks = parse_responses(vm, &t->head);
    AwBytes *body = blocks ? bytes_new(vm, t->body.data ? t->body.data : "", t->body.len) : NULL;
    AwStr *final_url = body ? header_str(vm, url ? url : "", url ? strlen(url) : 0) : NULL;
    AwTuple *r = final_url ? tuple_new(vm, 6) : NULL;
    AwStr *empty = r ? str_new(vm, "", 0) : NULL;
    if (!empty) return NULL;
    AwTuple *last = blocks->len ? AW_TUPLE(blocks->items[--blocks->len]) : NULL;
    r->items[0] = value_from_small(status);
    r->items[1] = last ? last->items[1] : str_value(empty);
    r->items[2] = last ? last->items[2] : str_value(empty);
    r->items[3] = value_from_ptr(body);
    r->items[4] = str_value(final_url);
    r->items[5] = value_from_ptr(blocks);
    return r;
}

static AwType *error_type(CURLcode code, long os_errno) {
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT: return &aw_exc_TimeoutError;
    case CURLE_COULDNT_CONNECT:
        return os_errno == ECONNREFUSED ? &aw_exc_ConnectionRefusedError : &aw_exc_ConnectionError;
    case CURLE_COULDNT_RESOLVE_HOST: case CURLE_COULDNT_RESOLVE_PROXY: case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION: case CURLE_SSL_CERTPROBLEM: case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SEND_ERROR: case CURLE_RECV_ERROR: case CURLE_GOT_NOTHING: case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2: case CURLE_HTTP2_STREAM:
        return &aw_exc_ConnectionError;
    default: return &aw_exc_OSError;
    }
}

/* TimeoutError / ConnectionError / ... with curl's message and `curl_code`. */
static AwValue transfer_error(AwVM *vm, CurlTransfer *t, CURLcode code) {
    long os_errno = 0;
    curl_easy_getinfo(t->easy, CURLINFO_OS_ERRNO, &os_errno);
    const char *text = t->error[0] ? t->error : curl_easy_strerror(code);
    AwStr *msg = header_str(vm, text, strlen(text));
    if (!msg) return AW_ERR;
    AwValue arg = str_value(msg);
    AwException *exc = exception_new(vm, error_type(code, os_errno), 1, &arg);
    AwStr *name = exc ? str_from_cstr(vm, "curl_code") : NULL;
    if (!name || ops_setattr(vm, value_from_ptr(exc), name, value_from_small(code))) return AW_ERR;
    return value_from_ptr(exc);
}

/* The transfer ended by itself: the Future's cancel watcher (added first, by
 * curl_engine_request) has nothing left to do, so it is taken off rather than scheduled. */
static void drop_cancel_watcher(CurlEngine *e, AwFuture *f) {
    if (f->callbacks == e->on_done) {
        f->callbacks = AW_NONE;
    } else if (value_is_list(f->callbacks)) {
        AwList *l = AW_LIST(f->callbacks);
        if (l->len && l->items[0] == e->on_done) {
            memmove(l->items, l->items + 1, sizeof(AwValue) * (size_t)(l->len - 1));
            l->len--;
        }
    }
}

/* Resolves the transfer's Future with its outcome (unless it was cancelled) and frees it. */
static void transfer_finish(AwVM *vm, CurlTransfer *t, CURLcode code) {
    AwFuture *f = AW_FUTURE(t->future);
    if (f->state == AW_FUT_PENDING) {
        drop_cancel_watcher(t->engine, f);
        AwStatus st;
        if (t->out_of_memory) {
            vm_raise_memory(vm);
            st = future_set_exception(vm, f, vm_exc_take(vm));
        } else if (code == CURLE_OK) {
            AwTuple *r = response_tuple(vm, t);
            st = r ? future_set_result(vm, f, value_from_ptr(r)) : future_set_exception(vm, f, vm_exc_take(vm));
        } else {
            AwValue exc = transfer_error(vm, t, code);
            st = future_set_exception(vm, f, exc == AW_ERR ? vm_exc_take(vm) : exc);
        }
        if (st) vm_exc_clear(vm);
    }
    transfer_free(t);
}

static void collect_done(CurlEngine *e) {
    CURLMsg *msg;
    int left;
    while ((msg = curl_multi_info_read(e->multi, &left))) {
        if (msg->msg != CURLMSG_DONE) continue;
        CurlTransfer *t = NULL;
        CURLcode code = msg->data.result;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&t);
        if (t) transfer_finish(e->vm, t, code);
    }
}

/* ---- libuv side ---- */

static void socket_action(CurlEngine *e, curl_socket_t fd, int flags) {
    int running;
    loop_callback_enter(e->vm, e->loop);
    curl_multi_socket_action(e->multi, fd, flags, &running);
    collect_done(e);
    loop_callback_leave(e->vm, e->loop);
}

static void on_poll(uv_poll_t *poll, int status, int events) {
    CurlSocket *s = poll->data;
    int flags = status < 0 ? CURL_CSELECT_ERR
                           : ((events & UV_READABLE) ? CURL_CSELECT_IN : 0) | ((events & UV_WRITABLE) ? CURL_CSELECT_OUT : 0);
    socket_action(s->engine, s->fd, flags);
}

static void on_timeout(uv_timer_t *timer) { socket_action(timer->data, CURL_SOCKET_TIMEOUT, 0); }

static void free_handle(uv_handle_t *h) { free(h); }

static void socket_close(CurlEngine *e, CurlSocket *s) {
    if (s->prev) s->prev->next = s->next;
    else e->sockets = s->next;
    if (s->next) s->next->prev = s->prev;
    uv_poll_stop(&s->poll);
    uv_close((uv_handle_t *)&s->poll, free_handle);
}

static CurlSocket *socket_open(CurlEngine *e, curl_socket_t fd) {
    CurlSocket *s = calloc(1, sizeof(CurlSocket));
    if (!s) return NULL;
    if (uv_poll_init_socket(e->uv, &s->poll, fd) != 0) { free(s); return NULL; }
    s->poll.data = s;
    s->engine = e;
    s->fd = fd;
    s->next = e->sockets;
    if (e->sockets) e->sockets->prev = s;
    e->sockets = s;
    curl_multi_assign(e->multi, fd, s);
    return s;
}

/* CURLMOPT_SOCKETFUNCTION: start, change or stop watching a socket. */
static int on_curl_socket(CURL *easy, curl_socket_t fd, int what, void *userp, void *socketp) {
    CurlEngine *e = userp;
    CurlSocket *s = socketp;
    if (what == CURL_POLL_REMOVE) {
        if (s) { socket_close(e, s); curl_multi_assign(e->multi, fd, NULL); }
        return 0;
    }
    if (!s && !(s = socket_open(e, fd))) return -1;
    int events = ((what & CURL_POLL_IN) ? UV_READABLE : 0) | ((what & CURL_POLL_OUT) ? UV_WRITABLE : 0);
    return uv_poll_start(&s->poll, events, on_poll) == 0 ? 0 : -1;
}

/* CURLMOPT_TIMERFUNCTION: curl wants socket_action(TIMEOUT) after timeout_ms (-1: never). */
static int on_curl_timer(CURLM *multi, long timeout_ms, void *userp) {
    CurlEngine *e = userp;
    if (timeout_ms < 0) uv_timer_stop(e->timer);
    else uv_timer_start(e->timer, on_timeout, (uint64_t)timeout_ms, 0);
    return 0;
}

/* ---- the engine ---- */

/* The done callback of every transfer's Future: when the Future was cancelled (its task was),
 * abort the transfer. Runs on the loop with the GIL, like any callback. */
static AwValue transfer_done(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc != 1 || !value_is_future(argv[0])) return AW_NONE;
    AwFuture *f = AW_FUTURE(argv[0]);
    if (f->state != AW_FUT_CANCELLED) return AW_NONE;
    CurlEngine *e = loop_service(AW_LOOP(f->loop), &engine_ops);
    for (CurlTransfer *t = e ? e->transfers : NULL; t; t = t->next)
        if (t->future == argv[0]) { transfer_free(t); break; }
    return AW_NONE;
}

static void engine_trace(AwGC *gc, void *state) {
    CurlEngine *e = state;
    gc_mark_value(gc, e->on_done);
    for (CurlTransfer *t = e->transfers; t; t = t->next) gc_mark_value(gc, t->future);
}

/* Aborts every transfer and closes every handle; the loop then runs the close callbacks. */
static void engine_close(AwVM *vm, void *state) {
    CurlEngine *e = state;
    while (e->transfers) transfer_free(e->transfers);
    while (e->spare_count) curl_easy_cleanup(e->spare[--e->spare_count]);
    curl_multi_cleanup(e->multi);
    while (e->sockets) socket_close(e, e->sockets);
    uv_timer_stop(e->timer);
    uv_close((uv_handle_t *)e->timer, free_handle);
    free(e);
}

static CurlEngine *engine_new(AwVM *vm, AwLoop *loop) {
    static bool curl_ready;
    const char *why = NULL;
    if (!curl_ready && !curl_dl_load(&why)) {
        vm_raise(vm, &aw_exc_RuntimeError, "HTTP is unavailable: %s", why);
        return NULL;
    }
    if (!curl_ready && curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        vm_raise(vm, &aw_exc_RuntimeError, "cannot initialise libcurl");
        return NULL;
    }
    curl_ready = true;
    if (!loop_uv(loop)) { vm_raise(vm, &aw_exc_RuntimeError, "Event loop is closed"); return NULL; }
    AwNative *done = native_new(vm, "_transfer_done", transfer_done, 0, NULL);
    if (!done) return NULL;
    CurlEngine *e = calloc(1, sizeof(CurlEngine));
    uv_timer_t *timer = malloc(sizeof(uv_timer_t));
    CURLM *multi = e && timer ? curl_multi_init() : NULL;
    if (!multi) { free(e); free(timer); vm_raise_memory(vm); return NULL; }
    *e = (CurlEngine){.vm = vm, .loop = loop, .uv = loop_uv(loop), .multi = multi, .timer = timer,
                      .on_done = value_from_ptr(done)};
    uv_timer_init(e->uv, timer);
    timer->data = e;
    curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, on_curl_socket);
    curl_multi_setopt(multi, CURLMOPT_SOCKETDATA, e);
    curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, on_curl_timer);
    curl_multi_setopt(multi, CURLMOPT_TIMERDATA, e);
    curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, (long)ENGINE_MAX_CONNECTIONS); /* idle ones kept */
    curl_multi_setopt(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long)ENGINE_MAX_CONNECTIONS);
    loop_attach_service(loop, &engine_ops, e);
    return e;
}

static CurlTransfer *transfer_new(AwVM *vm, CurlEngine *e, const CurlRequest *req, AwFuture *f) {
    CurlTransfer *t = calloc(1, sizeof(CurlTransfer));
    if (t) t->easy = e->spare_count ? e->spare[--e->spare_count] : curl_easy_init();
    if (!t || !t->easy || !transfer_headers(t, req)) {
        if (t) { curl_easy_cleanup(t->easy); curl_slist_free_all(t->headers); free(t); }
        vm_raise_memory(vm);
        return NULL;
    }
    t->engine = e;
    t->future = value_from_ptr(f);
    if (!transfer_setopt(t, req)) {
        curl_easy_cleanup(t->easy);
        curl_slist_free_all(t->headers);
        free(t);
        vm_raise(vm, &aw_exc_ValueError, "invalid HTTP request options");
        return NULL;
    }
    return t;
}

AwValue curl_engine_request(AwVM *vm, AwLoop *loop, const CurlRequest *req) {
    CurlEngine *e = loop_service(loop, &engine_ops);
    if (!e && !(e = engine_new(vm, loop))) return AW_ERR;
    AwFuture *f = future_new(vm, value_from_ptr(loop));
    if (!f || future_add_callback(vm, f, e->on_done)) return AW_ERR;
    CurlTransfer *t = transfer_new(vm, e, req, f);
    if (!t) return AW_ERR;
    t->next = e->transfers;
    if (e->transfers) e->transfers->prev = t;
    e->transfers = t;
    if (curl_multi_add_handle(e->multi, t->easy) != CURLM_OK) {
        transfer_free(t);
        return vm_raise(vm, &aw_exc_RuntimeError, "cannot start the HTTP transfer");
    }
    return value_from_ptr(f);
}
