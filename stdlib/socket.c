/* socket.c — the `_socket` module under stdlib/socket.py: BSD sockets on file descriptors.
 *
 * The functions take the descriptor as an int; socket.py's `socket` class owns it, keeps the
 * family, type and timeout, and turns host names into addresses (getaddrinfo here) before
 * calling bind/connect/sendto, so addresses given to this module are numeric. The timeout
 * argument follows CPython's socket timeouts: None blocks, 0.0 never waits (BlockingIOError),
 * t > 0 waits with poll() and raises TimeoutError('timed out'). A socket with a timeout is in
 * non-blocking mode (socket.py sets O_NONBLOCK), as in CPython. Every wait lets other threads
 * run (the GIL, gil.h); a signal that interrupts one runs the Python handlers and the call is
 * retried (PEP 475) unless a handler raised.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>
#include "interp/args.h"
#include "interp/bytes.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/gil.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/modules.h"
#include "stdlib/select.h"

/* A socket address of any family this module knows. */
typedef struct {
    union {
        struct sockaddr sa;
        struct sockaddr_in in4;
        struct sockaddr_in6 in6;
        struct sockaddr_un un;
        struct sockaddr_storage storage;
    } u;
    socklen_t len;
} SockAddr;

/* ---- arguments ---------------------------------------------------------------------------- */

static AwStatus int_arg(AwVM *vm, AwValue v, int *out) {
    int64_t n;
    if (args_int(vm, v, &n)) return AW_ERROR;
    if (n < INT32_MIN || n > INT32_MAX) return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "signed integer is greater than maximum"));
    *out = (int)n;
    return AW_OK;
}

/* The timeout argument: None -> -1 (blocking), else seconds >= 0. */
static AwStatus timeout_arg(AwVM *vm, AwValue v, double *out) {
    if (v == AW_NONE || v == AW_EMPTY) { *out = -1; return AW_OK; }
    if (float_check(v)) *out = float_value(v);
    else {
        int64_t n;
        if (args_int(vm, v, &n)) return AW_ERROR;
        *out = (double)n;
    }
    if (isnan(*out) || *out < 0) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "Timeout value out of range"));
    return AW_OK;
}

/* A bytes-like argument, copied when its buffer could change while the GIL is released. */
typedef struct {
    const char *data;
    int64_t len;
    char *copy;   /* owned copy (malloc) or NULL */
} Bytes;

static AwStatus bytes_arg(AwVM *vm, AwValue v, Bytes *out) {
    out->copy = NULL;
    if (!bytes_view(v, &out->data, &out->len) && !memoryview_view(v, &out->data, &out->len))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(v)));
    if (!value_is_type(v, &aw_type_bytes) && out->len > 0) {
        out->copy = malloc((size_t)out->len);
        if (!out->copy) return vm_fail(vm_raise_memory(vm));
        memcpy(out->copy, out->data, (size_t)out->len);
        out->data = out->copy;
    }
    return AW_OK;
}

/* A numeric address for family: (host, port) for AF_INET, (host, port[, flowinfo[, scope_id]])
 * for AF_INET6, a path (str or bytes) for AF_UNIX. host is an address literal, '' (any) or
 * '<broadcast>'; socket.py resolves names first. */
static AwStatus addr_arg(AwVM *vm, const char *fname, int family, AwValue v, SockAddr *out) {
    memset(out, 0, sizeof *out);
    if (family == AF_UNIX) {
        const char *path;
        int64_t len;
        AwStr *s = str_unwrap(v);
        if (s) { path = s->data; len = s->byte_len; }
        else if (!bytes_view(v, &path, &len))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(v)));
        if ((size_t)len >= sizeof out->u.un.sun_path) return vm_fail(vm_raise(vm, &aw_exc_OSError, "AF_UNIX path too long"));
        out->u.un.sun_family = AF_UNIX;
        memcpy(out->u.un.sun_path, path, (size_t)len);
        out->len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + (size_t)len + (len > 0 && path[0] != '\0'));
        return AW_OK;
    }
    if (family != AF_INET && family != AF_INET6)
        return vm_fail(vm_raise(vm, &aw_exc_OSError, "%s(): bad family", fname));
    const char *fam = family == AF_INET ? "AF_INET" : "AF_INET6";
    if (!value_is_type(v, &aw_type_tuple))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s(): %s address must be tuple, not %s", fname, fam, ops_type_name(v)));
    AwTuple *t = AW_TUPLE(v);
    if (family == AF_INET ? t->len != 2 : t->len < 2 || t->len > 4)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, family == AF_INET ? "AF_INET address must be a pair (host, port)"
                                                                          : "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"));
    AwStr *host = str_unwrap(t->items[0]);
    if (!host) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "str, bytes or bytearray expected, not %s", ops_type_name(t->items[0])));
    int64_t port;
    if (!int_check(t->items[1])) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "'%s' object cannot be interpreted as an integer", ops_type_name(t->items[1])));
    if (args_int(vm, t->items[1], &port)) return AW_ERROR;
    if (port < 0 || port > 65535) return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "%s(): port must be 0-65535.", fname));
    if (family == AF_INET) {
        out->u.in4.sin_family = AF_INET;
        out->u.in4.sin_port = htons((uint16_t)port);
        out->len = sizeof out->u.in4;
        if (host->byte_len == 0) out->u.in4.sin_addr.s_addr = htonl(INADDR_ANY);
        else if (strcmp(host->data, "<broadcast>") == 0) out->u.in4.sin_addr.s_addr = htonl(INADDR_BROADCAST);
        else if (inet_pton(AF_INET, host->data, &out->u.in4.sin_addr) != 1)
            return vm_fail(vm_raise(vm, &aw_exc_OSError, "illegal IP address string passed to %s", fname));
        return AW_OK;
    }
    int64_t flow = 0, scope = 0;
    if (t->len > 2 && args_int(vm, t->items[2], &flow)) return AW_ERROR;
    if (t->len > 3 && args_int(vm, t->items[3], &scope)) return AW_ERROR;
    if (flow < 0 || flow > 0xfffff) return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "%s(): flowinfo must be 0-1048575.", fname));
    out->u.in6.sin6_family = AF_INET6;
    out->u.in6.sin6_port = htons((uint16_t)port);
    out->u.in6.sin6_flowinfo = htonl((uint32_t)flow);
    out->u.in6.sin6_scope_id = (uint32_t)scope;
    out->len = sizeof out->u.in6;
    if (host->byte_len == 0) out->u.in6.sin6_addr = in6addr_any;
    else if (inet_pton(AF_INET6, host->data, &out->u.in6.sin6_addr) != 1)
        return vm_fail(vm_raise(vm, &aw_exc_OSError, "illegal IP address string passed to %s", fname));
    return AW_OK;
}

/* The Python form of an address: (host, port), (host, port, flowinfo, scope_id) or a path. */
static AwValue addr_value(AwVM *vm, const struct sockaddr *sa, socklen_t len) {
    char host[INET6_ADDRSTRLEN];
    if (len == 0) return AW_NONE;
    switch (sa->sa_family) {
    case AF_INET: {
        const struct sockaddr_in *in4 = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &in4->sin_addr, host, sizeof host);
        AwStr *h = str_from_cstr(vm, host);
        return h ? value_from_ptr(tuple_pack2(vm, str_value(h), value_from_small(ntohs(in4->sin_port)))) : AW_ERR;
    }
    case AF_INET6: {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
        AwStr *h = str_from_cstr(vm, host);
        if (!h) return AW_ERR;
        AwValue items[4] = {str_value(h), value_from_small(ntohs(in6->sin6_port)), value_from_small(ntohl(in6->sin6_flowinfo)),
                            value_from_small(in6->sin6_scope_id)};
        AwTuple *t = tuple_from(vm, 4, items);
        return t ? value_from_ptr(t) : AW_ERR;
    }
    case AF_UNIX: {
        const struct sockaddr_un *un = (const struct sockaddr_un *)sa;
        size_t n = len > offsetof(struct sockaddr_un, sun_path) ? len - offsetof(struct sockaddr_un, sun_path) : 0;
        if (n > 0 && un->sun_path[0] != '\0') n = strnlen(un->sun_path, n);   /* abstract names keep their NULs */
        if (n > 0 && un->sun_path[0] == '\0') {
            AwBytes *b = bytes_new(vm, un->sun_path, n);
            return b ? value_from_ptr(b) : AW_ERR;
        }
        AwStr *p = str_from_utf8_checked(vm, un->sun_path, n);
        return p ? str_value(p) : AW_ERR;
    }
    default:
        return value_from_ptr(tuple_pack2(vm, value_from_small(sa->sa_family), AW_NONE));
    }
}

/* ---- waiting ------------------------------------------------------------------------------ */

/* One attempt of a socket operation, made with the GIL released. */
typedef ssize_t (*SockOp)(int fd, void *ctx);

/* Runs op on fd under the socket's timeout: with a timeout, first waits (poll, GIL released)
 * for `events`, then tries; an EAGAIN after a spurious wake-up waits again. EINTR runs the
 * signal handlers and retries. Returns op's result (>= 0) or -1 with an exception set. */
static ssize_t sock_call(AwVM *vm, int fd, short events, double timeout, SockOp op, void *ctx) {
    double deadline = timeout > 0 ? select_now() + timeout : -1;
    for (;;) {
        if (timeout > 0) {
            struct pollfd p = {fd, events, 0};
            int r = select_wait(vm, &p, 1, deadline);
            if (r < 0) return -1;
            if (r == 0) { vm_raise(vm, &aw_exc_TimeoutError, "timed out"); return -1; }
        }
        AwThreadState ts;
        gil_begin_blocking(vm, &ts);
        ssize_t n = op(fd, ctx);
        int err = errno;
        gil_end_blocking(vm, &ts);
        if (n >= 0) return n;
        if (err == EINTR) { if (vm_check_interrupt(vm)) return -1; continue; }
        if (timeout > 0 && (err == EAGAIN || err == EWOULDBLOCK)) continue;
        os_raise_errno(vm, err);
        return -1;
    }
}

/* ---- creation and options ----------------------------------------------------------------- */

static AwValue s_socket(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int family, type, proto;
    if (args_no_kwargs(vm, "socket", kw) || args_count(vm, "socket", argc, 3, 3) || int_arg(vm, argv[0], &family) ||
        int_arg(vm, argv[1], &type) || int_arg(vm, argv[2], &proto))
        return AW_ERR;
    int fd = socket(family, type | SOCK_CLOEXEC, proto);
    return fd < 0 ? os_raise_errno(vm, errno) : value_from_small(fd);
}

static AwValue s_socketpair(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int family, type, proto, fds[2];
    if (args_no_kwargs(vm, "socketpair", kw) || args_count(vm, "socketpair", argc, 3, 3) || int_arg(vm, argv[0], &family) ||
        int_arg(vm, argv[1], &type) || int_arg(vm, argv[2], &proto))
        return AW_ERR;
    if (socketpair(family, type | SOCK_CLOEXEC, proto, fds) < 0) return os_raise_errno(vm, errno);
    AwTuple *t = tuple_pack2(vm, value_from_small(fds[0]), value_from_small(fds[1]));
    if (!t) { close(fds[0]); close(fds[1]); return AW_ERR; }
    return value_from_ptr(t);
}

/* Socket type, family and protocol of an existing descriptor (socket(fileno=fd)). */
static AwValue s_describe(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int fd, type, proto = 0;
    SockAddr a;
    if (args_no_kwargs(vm, "describe", kw) || args_count(vm, "describe", argc, 1, 1) || int_arg(vm, argv[0], &fd)) return AW_ERR;
    socklen_t n = sizeof type;
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &n) < 0) return os_raise_errno(vm, errno);
    n = sizeof proto;
    if (getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &proto, &n) < 0) proto = 0;
    a.len = sizeof a.u;
    if (getsockname(fd, &a.u.sa, &a.len) < 0) return os_raise_errno(vm, errno);
    AwValue items[3] = {value_from_small(a.u.sa.sa_family), value_from_small(type), value_from_small(proto)};
    AwTuple *t = tuple_from(vm, 3, items);
    return t ? value_from_ptr(t) : AW_ERR;
}

static AwValue s_close(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int fd;
    if (args_no_kwargs(vm, "close", kw) || args_count(vm, "close", argc, 1, 1) || int_arg(vm, argv[0], &fd)) return AW_ERR;
    /* CPython ignores ECONNRESET from close(); EINTR still closed the descriptor on Linux */
    if (close(fd) < 0 && errno != ECONNRESET && errno != EINTR) return os_raise_errno(vm, errno);
    return AW_NONE;
}

static AwValue s_setblocking(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int fd;
    if (args_no_kwargs(vm, "setblocking", kw) || args_count(vm, "setblocking", argc, 2, 2) || int_arg(vm, argv[0], &fd))
        return AW_ERR;
    int truth = ops_truthy(vm, argv[1]);
    if (truth < 0) return AW_ERR;
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0) return os_raise_errno(vm, errno);
    flags = truth ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
    if (fcntl(fd, F_SETFL, flags) < 0) return os_raise_errno(vm, errno);
    return AW_NONE;
}

static AwValue s_setsockopt(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int fd, level, opt;
    if (args_no_kwargs(vm, "setsockopt", kw) || args_count(vm, "setsockopt", argc, 4, 4) || int_arg(vm, argv[0], &fd) ||
        int_arg(vm, argv[1], &level) || int_arg(vm, argv[2], &opt))
        return AW_ERR;
    int r;
    if (int_check(argv[3])) {
        int value;
        if (int_arg(vm, argv[3], &value)) return AW_ERR;
        r = setsockopt(fd, level, opt, &value, sizeof value);
    } else {
        Bytes b;
        if (bytes_arg(vm, argv[3], &b)) return AW_ERR;
        r = setsockopt(fd, level, opt, b.data, (socklen_t)b.len);
        free(b.copy);
    }
    return r < 0 ? os_raise_errno(vm, errno) : AW_NONE;
}

static AwValue s_getsockopt(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int fd, level, opt, buflen = 0;
    if (args_no_kwargs(vm, "getsockopt", kw) || args_count(vm, "getsockopt", argc, 4, 4) || int_arg(vm, argv[0], &fd) ||
        int_arg(vm, argv[1], &level) || int_arg(vm, argv[2], &opt) || int_arg(vm, argv[3], &buflen))
        return AW_ERR;
    if (buflen == 0) {
        int value = 0;
        socklen_t n = sizeof value;
        if (getsockopt(fd, level, opt, &value, &n) < 0) return os_raise_errno(vm, errno);
        return value_from_small(value);
    }
    if (buflen < 0 || buflen > 1024) return vm_raise(vm, &aw_exc_OSError, "getsockopt buflen out of range");
    char buf[1024];
    socklen_t n = (socklen_t)buflen;
    if (getsockopt(fd, level, opt, buf, &n) < 0) return os_raise_errno(vm, errno);
    AwBytes *b = bytes_new(vm, buf, n);
    return b ? value_from_ptr(b) : AW_ERR;
}

/* ---- addresses ---------------------------------------------------------------------------- */

static AwValue s_bind(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int fd, family;
    SockAddr a;
    if (args_no_kwargs(vm, "bind", kw) || args_count(vm, "bind", argc, 3, 3) || int_arg(vm, argv[0], &fd) ||
        int_arg(vm, argv[1], &family) || addr_arg(vm, "bind", family, argv[2], &a))
        return AW_ERR;
    return bind(fd, &a.u.sa, a.len) < 0 ? os_raise_errno(vm, errno) : AW_NONE;
}

static AwValue s_listen(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int fd, backlog;
    if (args_no_kwargs(vm, "listen", kw) || args_count(vm, "listen", argc, 2, 2) || int_arg(vm, argv[0], &fd) ||
        int_arg(vm, argv[1], &backlog))
        return AW_ERR;
    return listen(fd, backlog < 0 ? 0 : backlog) < 0 ? os_raise_errno(vm, errno) : AW_NONE;
}

static AwValue name_of(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw, const char *fname,
                       int (*get)(int, struct sockaddr *, socklen_t *)) {
    int fd;
    SockAddr a;
    if (args_no_kwargs(vm, fname, kw) || args_count(vm, fname, argc, 1, 1) || int_arg(vm, argv[0], &fd)) return AW_ERR;
    a.len = sizeof a.u;
    if (get(fd, &a.u.sa, &a.len) < 0) return os_raise_errno(vm, errno);
    return addr_value(vm, &a.u.sa, a.len);
}

static AwValue s_getsockname(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return name_of(vm, argc, argv, kw, "getsockname", getsockname);
}

static AwValue s_getpeername(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return name_of(vm, argc, argv, kw, "getpeername", getpeername);
}

/* ---- connections -------------------------------------------------------------------------- */

typedef struct {
    SockAddr addr;   /* in: unused; out: the peer */
    int fd;          /* out: the accepted descriptor */
} AcceptCtx;

static ssize_t do_accept(int fd, void *ctx) {
    AcceptCtx *c = ctx;
    c->addr.len = sizeof c->addr.u;
    c->fd = accept4(fd, &c->addr.u.sa, &c->addr.len, SOCK_CLOEXEC);
    return c->fd;
}

/* accept(fd, timeout) -> (new fd, address); the new descriptor is blocking. */
static AwValue s_accept(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int fd;
    double timeout;
    if (args_no_kwargs(vm, "accept", kw) || args_count(vm, "accept", argc, 2, 2) || int_arg(vm, argv[0], &fd) ||
        timeout_arg(vm, argv[1], &timeout))
        return AW_ERR;
    AcceptCtx c;
    if (sock_call(vm, fd, POLLIN, timeout, do_accept, &c) < 0) return AW_ERR;
    AwValue addr = addr_value(vm, &c.addr.u.sa, c.addr.len);
    AwTuple *t = addr == AW_ERR ? NULL : tuple_pack2(vm, value_from_small(c.fd), addr);
    if (!t) { close(c.fd); return AW_ERR; }
    return value_from_ptr(t);
}

/* connect(fd, family, address, timeout, raise) -> 0, or the errno when raise is false
 * (connect_ex). With a timeout the connection is started non-blocking and waited for. */
static AwValue s_connect(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int fd, family;
    double timeout;
    SockAddr a;
    if (args_no_kwargs(vm, "connect", kw) || args_count(vm, "connect", argc, 5, 5) || int_arg(vm, argv[0], &fd) ||
        int_arg(vm, argv[1], &family) || addr_arg(vm, "connect", family, argv[2], &a) || timeout_arg(vm, argv[3], &timeout))
        return AW_ERR;
    bool raise = argv[4] == AW_TRUE;
    AwThreadState ts;
    gil_begin_blocking(vm, &ts);
    int r = connect(fd, &a.u.sa, a.len);
    int err = r < 0 ? errno : 0;
    gil_end_blocking(vm, &ts);
    if (err == EINTR && vm_check_interrupt(vm)) return AW_ERR;
    if ((err == EINPROGRESS || err == EINTR) && timeout != 0) {
        /* wait for the outcome: writable, then SO_ERROR says how it went */
        struct pollfd p = {fd, POLLOUT, 0};
        int pr = select_wait(vm, &p, 1, timeout > 0 ? select_now() + timeout : -1);
        if (pr < 0) return AW_ERR;
        if (pr == 0) return raise ? vm_raise(vm, &aw_exc_TimeoutError, "timed out") : value_from_small(EWOULDBLOCK);
        socklen_t n = sizeof err;
        if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &n) < 0) err = errno;
    }
    if (err && raise) return os_raise_errno(vm, err);
    return value_from_small(err);
}

static AwValue s_shutdown(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int fd, how;
    if (args_no_kwargs(vm, "shutdown", kw) || args_count(vm, "shutdown", argc, 2, 2) || int_arg(vm, argv[0], &fd) ||
        int_arg(vm, argv[1], &how))
        return AW_ERR;
    return shutdown(fd, how) < 0 ? os_raise_errno(vm, errno) : AW_NONE;
}

/* ---- data --------------------------------------------------------------------------------- */

typedef struct {
    const char *data;   /* bytes to send */
    size_t len;
    int flags;
    const SockAddr *to; /* sendto's destination, or NULL */
} SendCtx;

static ssize_t do_send(int fd, void *ctx) {
    SendCtx *c = ctx;
    if (c->to) return sendto(fd, c->data, c->len, c->flags | MSG_NOSIGNAL, &c->to->u.sa, c->to->len);
    return send(fd, c->data, c->len, c->flags | MSG_NOSIGNAL);
}

/* send(fd, data, flags, timeout) -> bytes sent. */
static AwValue s_send(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int fd, flags;
    double timeout;
    Bytes b;
    if (args_no_kwargs(vm, "send", kw) || args_count(vm, "send", argc, 4, 4) || int_arg(vm, argv[0], &fd) ||
        int_arg(vm, argv[2], &flags) || timeout_arg(vm, argv[3], &timeout) || bytes_arg(vm, argv[1], &b))
        return AW_ERR;
    SendCtx c = {b.data, (size_t)b.len, flags, NULL};
    ssize_t n = sock_call(vm, fd, POLLOUT, timeout, do_send, &c);
    free(b.copy);
    return n < 0 ? AW_ERR : value_from_small(n);
}

/* sendall(fd, data, flags, timeout): sends everything (the timeout bounds the whole call). */
static AwValue s_sendall(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int fd, flags;
    double timeout;
    Bytes b;
    if (args_no_kwargs(vm, "sendall", kw) || args_count(vm, "sendall", argc, 4, 4) || int_arg(vm, argv[0], &fd) ||
        int_arg(vm, argv[2], &flags) || timeout_arg(vm, argv[3], &timeout) || bytes_arg(vm, argv[1], &b))
        return AW_ERR;
    double deadline = timeout > 0 ? select_now() + timeout : 0;
    int64_t done = 0;
    AwValue result = AW_NONE;
    while (done < b.len) {
        double left = timeout > 0 ? deadline - select_now() : timeout;
        if (timeout > 0 && left <= 0) { result = vm_raise(vm, &aw_exc_TimeoutError, "timed out"); break; }
        SendCtx c = {b.data + done, (size_t)(b.len - done), flags, NULL};
        ssize_t n = sock_call(vm, fd, POLLOUT, left, do_send, &c);
        if (n < 0) { result = AW_ERR; break; }
        done += n;
    }
    free(b.copy);
    return result;
}

/* sendto(fd, data, flags, family, address, timeout) -> bytes sent. */
static AwValue s_sendto(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int fd, flags, family;
    double timeout;
    SockAddr a;
    Bytes b;
    if (args_no_kwargs(vm, "sendto", kw) || args_count(vm, "sendto", argc, 6, 6) || int_arg(vm, argv[0], &fd) ||
        int_arg(vm, argv[2], &flags) || int_arg(vm, argv[3], &family) || addr_arg(vm, "sendto", family, argv[4], &a) ||
        timeout_arg(vm, argv[5], &timeout) || bytes_arg(vm, argv[1], &b))
        return AW_ERR;
    SendCtx c = {b.data, (size_t)b.len, flags, &a};
    ssize_t n = sock_call(vm, fd, POLLOUT, timeout, do_send, &c);
    free(b.copy);
    return n < 0 ? AW_ERR : value_from_small(n);
}

typedef struct {
    char *buf;
    size_t len;
    int flags;
    SockAddr from;   /* recvfrom's sender (len 0 for recv) */
    bool want_from;
} RecvCtx;

static ssize_t do_recv(int fd, void *ctx) {
    RecvCtx *c = ctx;
    if (!c->want_from) return recv(fd, c->buf, c->len, c->flags);
    c->from.len = sizeof c->from.u;
    return recvfrom(fd, c->buf, c->len, c->flags, &c->from.u.sa, &c->from.len);
}

/* recv(fd, bufsize, flags, timeout[, from]) -> bytes, or (bytes, address) with from true. */
static AwValue s_recv(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int fd, flags;
    int64_t size;
    double timeout;
    if (args_no_kwargs(vm, "recv", kw) || args_count(vm, "recv", argc, 5, 5) || int_arg(vm, argv[0], &fd) ||
        args_int(vm, argv[1], &size) || int_arg(vm, argv[2], &flags) || timeout_arg(vm, argv[3], &timeout))
        return AW_ERR;
    if (size < 0) return vm_raise(vm, &aw_exc_ValueError, "negative buffersize in recv");
    RecvCtx c = {malloc(size ? (size_t)size : 1), (size_t)size, flags, {.len = 0}, argv[4] == AW_TRUE};
    if (!c.buf) return vm_raise_memory(vm);
    ssize_t n = sock_call(vm, fd, POLLIN, timeout, do_recv, &c);
    AwBytes *data = n < 0 ? NULL : bytes_new(vm, c.buf, (size_t)n);
    free(c.buf);
    if (!data) return AW_ERR;
    if (!c.want_from) return value_from_ptr(data);
    if (gc_push_root(vm, value_from_ptr(data))) return AW_ERR;
    AwValue addr = addr_value(vm, &c.from.u.sa, c.from.len);
    gc_pop_roots(vm, 1);
    if (addr == AW_ERR) return AW_ERR;
    AwTuple *t = tuple_pack2(vm, value_from_ptr(data), addr);
    return t ? value_from_ptr(t) : AW_ERR;
}

/* ---- names -------------------------------------------------------------------------------- */

static AwValue s_gethostname(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    char name[256];
    if (args_no_kwargs(vm, "gethostname", kw) || args_count(vm, "gethostname", argc, 0, 0)) return AW_ERR;
    if (gethostname(name, sizeof name) < 0) return os_raise_errno(vm, errno);
    name[sizeof name - 1] = '\0';
    AwStr *s = str_from_cstr(vm, name);
    return s ? str_value(s) : AW_ERR;
}

/* getaddrinfo(host, port, family, type, proto, flags) -> list of (family, type, proto,
 * canonname, address), or (code, message) when the lookup failed (socket.py raises gaierror:
 * this module holds no exception class). host and port may be None. */
static AwValue s_getaddrinfo(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int ints[4];
    if (args_no_kwargs(vm, "getaddrinfo", kw) || args_count(vm, "getaddrinfo", argc, 6, 6)) return AW_ERR;
    for (int i = 0; i < 4; i++)
        if (int_arg(vm, argv[2 + i], &ints[i])) return AW_ERR;
    AwStr *host = argv[0] == AW_NONE ? NULL : str_unwrap(argv[0]);
    AwStr *port = argv[1] == AW_NONE ? NULL : str_unwrap(argv[1]);
    if ((argv[0] != AW_NONE && !host) || (argv[1] != AW_NONE && !port))
        return vm_raise(vm, &aw_exc_TypeError, "getaddrinfo() argument 1 must be string or None");
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = ints[0];
    hints.ai_socktype = ints[1];
    hints.ai_protocol = ints[2];
    hints.ai_flags = ints[3];
    AwThreadState ts;
    gil_begin_blocking(vm, &ts);
    int r = getaddrinfo(host ? host->data : NULL, port ? port->data : NULL, &hints, &res);
    int err = errno;
    gil_end_blocking(vm, &ts);
    if (r != 0) {
        if (r == EAI_SYSTEM) return os_raise_errno(vm, err);
        AwStr *msg = str_from_cstr(vm, gai_strerror(r));
        AwTuple *t = msg ? tuple_pack2(vm, value_from_small(r), str_value(msg)) : NULL;
        return t ? value_from_ptr(t) : AW_ERR;
    }
    AwList *out = list_new(vm, 0);
    if (!out || gc_push_root(vm, value_from_ptr(out))) { freeaddrinfo(res); return AW_ERR; }
    AwValue result = value_from_ptr(out);
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        AwValue addr = addr_value(vm, ai->ai_addr, ai->ai_addrlen);
        if (addr == AW_ERR || gc_push_root(vm, addr)) { result = AW_ERR; break; }
        AwStr *canon = str_from_cstr(vm, ai->ai_canonname ? ai->ai_canonname : "");
        AwValue items[5] = {value_from_small(ai->ai_family), value_from_small(ai->ai_socktype),
                            value_from_small(ai->ai_protocol), canon ? str_value(canon) : AW_NONE, addr};
        AwTuple *t = canon ? tuple_from(vm, 5, items) : NULL;
        gc_pop_roots(vm, 1);
        if (!t || list_append(vm, out, value_from_ptr(t))) { result = AW_ERR; break; }
    }
    gc_pop_roots(vm, 1);
    freeaddrinfo(res);
    return result;
}

/* getnameinfo((host, port), flags) -> (host, service), or (code, message) on failure. */
static AwValue s_getnameinfo(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int flags;
    SockAddr a;
    if (args_no_kwargs(vm, "getnameinfo", kw) || args_count(vm, "getnameinfo", argc, 3, 3) || int_arg(vm, argv[2], &flags))
        return AW_ERR;
    int family;
    if (int_arg(vm, argv[1], &family) || addr_arg(vm, "getnameinfo", family, argv[0], &a)) return AW_ERR;
    char host[NI_MAXHOST], serv[NI_MAXSERV];
    AwThreadState ts;
    gil_begin_blocking(vm, &ts);
    int r = getnameinfo(&a.u.sa, a.len, host, sizeof host, serv, sizeof serv, flags);
    gil_end_blocking(vm, &ts);
    AwStr *x = str_from_cstr(vm, r ? gai_strerror(r) : host);
    if (!x) return AW_ERR;
    AwValue second;
    if (r) {
        second = str_value(x);
        x = NULL;
    } else {
        if (gc_push_root(vm, str_value(x))) return AW_ERR;
        AwStr *s = str_from_cstr(vm, serv);
        gc_pop_roots(vm, 1);
        if (!s) return AW_ERR;
        second = str_value(s);
    }
    AwTuple *t = tuple_pack2(vm, x ? str_value(x) : value_from_small(r), second);
    return t ? value_from_ptr(t) : AW_ERR;
}

/* inet_pton(family, text) -> packed bytes; inet_ntop(family, packed) -> text. */
static AwValue s_inet_pton(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int family;
    if (args_no_kwargs(vm, "inet_pton", kw) || args_count(vm, "inet_pton", argc, 2, 2) || int_arg(vm, argv[0], &family))
        return AW_ERR;
    AwStr *s = str_unwrap(argv[1]);
    if (!s) return vm_raise(vm, &aw_exc_TypeError, "inet_pton() argument 2 must be str, not %s", ops_type_name(argv[1]));
    unsigned char buf[16];
    int r = inet_pton(family, s->data, buf);
    if (r < 0) return os_raise_errno(vm, errno);
    if (r == 0) return vm_raise(vm, &aw_exc_OSError, "illegal IP address string passed to inet_pton");
    AwBytes *b = bytes_new(vm, (const char *)buf, family == AF_INET ? 4 : 16);
    return b ? value_from_ptr(b) : AW_ERR;
}

static AwValue s_inet_ntop(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int family;
    const char *data;
    int64_t len;
    if (args_no_kwargs(vm, "inet_ntop", kw) || args_count(vm, "inet_ntop", argc, 2, 2) || int_arg(vm, argv[0], &family))
        return AW_ERR;
    if (!bytes_view(argv[1], &data, &len))
        return vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(argv[1]));
    if (family != AF_INET && family != AF_INET6) return vm_raise(vm, &aw_exc_ValueError, "unknown address family %d", family);
    if (len != (family == AF_INET ? 4 : 16)) return vm_raise(vm, &aw_exc_ValueError, "invalid length of packed IP address string");
    char text[INET6_ADDRSTRLEN];
    if (!inet_ntop(family, data, text, sizeof text)) return os_raise_errno(vm, errno);
    AwStr *s = str_from_cstr(vm, text);
    return s ? str_value(s) : AW_ERR;
}

static const AwMethodDef socket_functions[] = {
    {"socket", s_socket, AW_METH_DEFAULT},
    {"socketpair", s_socketpair, AW_METH_DEFAULT},
    {"describe", s_describe, AW_METH_DEFAULT},
    {"close", s_close, AW_METH_DEFAULT},
    {"setblocking", s_setblocking, AW_METH_DEFAULT},
    {"setsockopt", s_setsockopt, AW_METH_DEFAULT},
    {"getsockopt", s_getsockopt, AW_METH_DEFAULT},
    {"bind", s_bind, AW_METH_DEFAULT},
    {"listen", s_listen, AW_METH_DEFAULT},
    {"getsockname", s_getsockname, AW_METH_DEFAULT},
    {"getpeername", s_getpeername, AW_METH_DEFAULT},
    {"accept", s_accept, AW_METH_DEFAULT},
    {"connect", s_connect, AW_METH_DEFAULT},
    {"shutdown", s_shutdown, AW_METH_DEFAULT},
    {"send", s_send, AW_METH_DEFAULT},
    {"sendall", s_sendall, AW_METH_DEFAULT},
    {"sendto", s_sendto, AW_METH_DEFAULT},
    {"recv", s_recv, AW_METH_DEFAULT},
    {"gethostname", s_gethostname, AW_METH_DEFAULT},
    {"getaddrinfo", s_getaddrinfo, AW_METH_DEFAULT},
    {"getnameinfo", s_getnameinfo, AW_METH_DEFAULT},
    {"inet_pton", s_inet_pton, AW_METH_DEFAULT},
    {"inet_ntop", s_inet_ntop, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

#define C(name) {#name, (int64_t)(name)}
static const struct { const char *name; int64_t value; } socket_constants[] = {
    C(AF_UNSPEC), C(AF_INET), C(AF_INET6), C(AF_UNIX), C(SOCK_STREAM), C(SOCK_DGRAM), C(SOCK_RAW),
    C(SOCK_SEQPACKET), C(SOCK_NONBLOCK), C(SOCK_CLOEXEC), C(SOL_SOCKET), C(SO_REUSEADDR), C(SO_REUSEPORT),
    C(SO_KEEPALIVE), C(SO_BROADCAST), C(SO_LINGER), C(SO_RCVBUF), C(SO_SNDBUF), C(SO_ERROR), C(SO_TYPE),
    C(SO_RCVLOWAT), C(SO_SNDLOWAT), C(SO_RCVTIMEO), C(SO_SNDTIMEO), C(SO_ACCEPTCONN), C(SOMAXCONN),
    C(IPPROTO_IP), C(IPPROTO_TCP), C(IPPROTO_UDP), C(IPPROTO_IPV6), C(IPPROTO_ICMP), C(IPPROTO_RAW),
    C(TCP_NODELAY), C(TCP_KEEPIDLE), C(TCP_KEEPINTVL), C(TCP_KEEPCNT), C(IPV6_V6ONLY), C(IP_TTL),
    C(IP_MULTICAST_TTL), C(IP_MULTICAST_LOOP), C(IP_ADD_MEMBERSHIP), C(IP_DROP_MEMBERSHIP),
    C(SHUT_RD), C(SHUT_WR), C(SHUT_RDWR), C(MSG_PEEK), C(MSG_WAITALL), C(MSG_DONTWAIT), C(MSG_OOB),
    C(MSG_NOSIGNAL), C(AI_PASSIVE), C(AI_CANONNAME), C(AI_NUMERICHOST), C(AI_NUMERICSERV), C(AI_ADDRCONFIG),
    C(AI_V4MAPPED), C(AI_ALL), C(NI_NUMERICHOST), C(NI_NUMERICSERV), C(NI_NAMEREQD), C(NI_DGRAM),
    C(NI_NOFQDN), C(NI_MAXHOST), C(NI_MAXSERV), C(EAI_NONAME), C(EAI_AGAIN), C(EAI_FAIL), C(EAI_FAMILY),
    C(EAI_SERVICE), C(EAI_SOCKTYPE), C(INADDR_ANY), C(INADDR_LOOPBACK), C(INADDR_NONE),
};
#undef C

AwModule *socket_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "_socket");
    if (!mod || module_add_functions(vm, mod, socket_functions)) return NULL;
    for (size_t i = 0; i < sizeof socket_constants / sizeof socket_constants[0]; i++)
        if (module_add_value(vm, mod, socket_constants[i].name, value_from_small(socket_constants[i].value))) return NULL;
    return mod;
}
