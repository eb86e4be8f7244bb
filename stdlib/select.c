/* select.c — the `_select` module under stdlib/select.py: one poll(2) primitive.
 *
 * select.select, select.poll objects and the selectors module are written in Python over
 * _select.poll(pairs, timeout_ms), which waits with the GIL released (gil.h) and, when a
 * signal interrupts the wait, runs the Python handlers and waits again for the time left
 * (PEP 475) unless a handler raised (select_wait, select.h, which _socket's timeouts use too).
 * _select.nread(fd) serves multiprocessing's pipes.
 */
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <time.h>
#include "interp/args.h"
#include "interp/exception.h"
#include "interp/gil.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/modules.h"
#include "stdlib/select.h"

double select_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int select_wait(AwVM *vm, struct pollfd *fds, size_t n, double deadline) {
    for (;;) {
        int ms = -1;
        if (deadline >= 0) {
            double left = ceil((deadline - select_now()) * 1000);
            ms = left <= 0 ? 0 : left > INT32_MAX ? INT32_MAX : (int)left;
        }
        AwThreadState ts;
        gil_begin_blocking(vm, &ts);
        int r = poll(fds, (nfds_t)n, ms);
        int err = errno;
        gil_end_blocking(vm, &ts);
        if (r >= 0) return r;
        if (err != EINTR) { os_raise_errno(vm, err); return -1; }
        if (vm_check_interrupt(vm)) return -1;
    }
}

/* Reads [(fd, events), ...] into fds (n entries, malloc'd). */
static AwStatus read_pairs(AwVM *vm, AwValue v, struct pollfd **fds, int64_t *n) {
    if (!value_is_type(v, &aw_type_list)) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "poll() expects a list of pairs"));
    AwList *l = AW_LIST(v);
    *n = l->len;
    *fds = malloc(sizeof **fds * (size_t)(l->len ? l->len : 1));
    if (!*fds) return vm_fail(vm_raise_memory(vm));
    for (int64_t i = 0; i < l->len; i++) {
        AwValue p = l->items[i];
        int64_t fd, events;
        if (!value_is_type(p, &aw_type_tuple) || AW_TUPLE(p)->len != 2 || args_int(vm, AW_TUPLE(p)->items[0], &fd) ||
            args_int(vm, AW_TUPLE(p)->items[1], &events)) {
            free(*fds);
            if (!vm_exc_pending(vm)) vm_raise(vm, &aw_exc_TypeError, "poll() expects (fd, events) pairs");
            return AW_ERROR;
        }
        if (fd < 0 || fd > INT32_MAX) {
            free(*fds);
            return vm_fail(vm_raise(vm, &aw_exc_ValueError, "file descriptor cannot be a negative integer (%lld)", (long long)fd));
        }
        (*fds)[i] = (struct pollfd){(int)fd, (short)events, 0};
    }
    return AW_OK;
}

/* poll(pairs, timeout_ms) -> [(fd, revents), ...] of the descriptors with events;
 * timeout_ms < 0 waits for ever. */
static AwValue s_poll(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t timeout, n;
    struct pollfd *fds;
    if (args_no_kwargs(vm, "poll", kw) || args_count(vm, "poll", argc, 2, 2) || args_int(vm, argv[1], &timeout) ||
        read_pairs(vm, argv[0], &fds, &n))
        return AW_ERR;
    int r = select_wait(vm, fds, (size_t)n, timeout >= 0 ? select_now() + (double)timeout / 1000 : -1);
    if (r < 0) { free(fds); return AW_ERR; }
    AwList *out = list_new(vm, 0);
    if (!out || gc_push_root(vm, value_from_ptr(out))) { free(fds); return AW_ERR; }
    AwValue result = value_from_ptr(out);
    for (int64_t i = 0; i < n && r > 0; i++) {
        if (!fds[i].revents) continue;
        AwTuple *t = tuple_pack2(vm, value_from_small(fds[i].fd), value_from_small(fds[i].revents));
        if (!t || list_append(vm, out, value_from_ptr(t))) { result = AW_ERR; break; }
    }
    gc_pop_roots(vm, 1);
    free(fds);
    return result;
}

/* nread(fd) -> bytes waiting to be read from a pipe or socket (ioctl FIONREAD): multiprocessing
 * counts queue items and semaphore tokens as bytes in a pipe. */
static AwValue s_nread(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t fd;
    int n = 0;
    if (args_no_kwargs(vm, "nread", kw) || args_count(vm, "nread", argc, 1, 1) || args_int(vm, argv[0], &fd)) return AW_ERR;
    if (fd < 0 || fd > INT32_MAX || ioctl((int)fd, FIONREAD, &n) < 0) return os_raise_errno(vm, fd < 0 ? EBADF : errno);
    return value_from_small(n);
}

static const AwMethodDef select_functions[] = {
    {"poll", s_poll, AW_METH_DEFAULT},
    {"nread", s_nread, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

#define C(name) {#name, name}
static const struct { const char *name; int value; } select_constants[] = {
    C(POLLIN), C(POLLPRI), C(POLLOUT), C(POLLERR), C(POLLHUP), C(POLLNVAL), C(POLLRDNORM), C(POLLRDBAND),
    C(POLLWRNORM), C(POLLWRBAND), C(POLLMSG), C(POLLRDHUP),
};
#undef C

AwModule *select_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "_select");
    if (!mod || module_add_functions(vm, mod, select_functions)) return NULL;
    for (size_t i = 0; i < sizeof select_constants / sizeof select_constants[0]; i++)
        if (module_add_value(vm, mod, select_constants[i].name, value_from_small(select_constants[i].value))) return NULL;
    return mod;
}
