/* os_posix.c — small POSIX calls of the `posix` module (see os_posix.h). Each checks its
 * arguments as CPython's does and turns a failing call into OSError(errno, strerror). */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include "interp/args.h"
#include "interp/exception.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/modules.h"
#include "stdlib/os_posix.h"

/* Reads the n int arguments of fname (no keywords). */
static AwStatus int_args(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kw, int n, int64_t *out) {
    if (args_no_kwargs(vm, fname, kw) || args_count(vm, fname, argc, n, n)) return AW_ERROR;
    for (int i = 0; i < n; i++)
        if (args_int(vm, argv[i], &out[i])) return AW_ERROR;
    return AW_OK;
}

static AwValue none_or_errno(AwVM *vm, int r) { return r < 0 ? os_raise_errno(vm, errno) : AW_NONE; }
static AwValue int_or_errno(AwVM *vm, int64_t r) { return r < 0 ? os_raise_errno(vm, errno) : int_from_i64(vm, r); }

static AwValue tuple_of_ints(AwVM *vm, int n, const int64_t *v) {
    AwTuple *t = tuple_new(vm, n);
    if (!t) return AW_ERR;
    for (int i = 0; i < n; i++) t->items[i] = value_from_small(v[i]);
    return value_from_ptr(t);
}

/* An fd argument that may also be an object with fileno() (fsync, fdatasync). */
static AwStatus fd_arg(AwVM *vm, AwValue v, int64_t *fd) {
    if (int_check(v)) return args_int(vm, v, fd);
    AwStr *name = str_intern_cstr(vm, "fileno");
    AwValue r = name ? vm_call_method(vm, v, name, 0, NULL) : AW_ERR;
    if (r == AW_ERR) {
        if (!value_is_instance(vm->exc, &aw_exc_AttributeError)) return AW_ERROR;
        vm_exc_clear(vm);
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "argument must be an int, or have a fileno() method."));
    }
    if (!int_check(r)) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "fileno() returned a non-integer"));
    return args_int(vm, r, fd);
}

/* ---- process groups, sessions, ids ---- */

#define CALL_INTS(name, n, expr, wrap)                                                        \
    static AwValue p_##name(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {           \
        int64_t a[n > 0 ? n : 1];                                                             \
        if (int_args(vm, #name, argc, argv, kw, n, a)) return AW_ERR;                         \
        (void)a;                                                                              \
        return wrap(vm, expr);                                                                \
    }
CALL_INTS(getsid, 1, getsid((pid_t)a[0]), int_or_errno)
CALL_INTS(getpgid, 1, getpgid((pid_t)a[0]), int_or_errno)
CALL_INTS(getpgrp, 0, getpgrp(), int_or_errno)
CALL_INTS(setsid, 0, setsid() < 0 ? -1 : 0, none_or_errno)
CALL_INTS(setpgid, 2, setpgid((pid_t)a[0], (pid_t)a[1]), none_or_errno)
CALL_INTS(setuid, 1, setuid((uid_t)a[0]), none_or_errno)
CALL_INTS(setgid, 1, setgid((gid_t)a[0]), none_or_errno)
CALL_INTS(seteuid, 1, seteuid((uid_t)a[0]), none_or_errno)
CALL_INTS(setegid, 1, setegid((gid_t)a[0]), none_or_errno)
CALL_INTS(setreuid, 2, setreuid((uid_t)a[0], (uid_t)a[1]), none_or_errno)
CALL_INTS(setregid, 2, setregid((gid_t)a[0], (gid_t)a[1]), none_or_errno)
CALL_INTS(setresuid, 3, setresuid((uid_t)a[0], (uid_t)a[1], (uid_t)a[2]), none_or_errno)
CALL_INTS(setresgid, 3, setresgid((gid_t)a[0], (gid_t)a[1], (gid_t)a[2]), none_or_errno)
CALL_INTS(killpg, 2, killpg((pid_t)a[0], (int)a[1]), none_or_errno)
CALL_INTS(fchmod, 2, fchmod((int)a[0], (mode_t)a[1]), none_or_errno)
CALL_INTS(fchown, 3, fchown((int)a[0], (uid_t)a[1], (gid_t)a[2]), none_or_errno)
CALL_INTS(setpriority, 3, setpriority((int)a[0], (id_t)a[1], (int)a[2]), none_or_errno)
CALL_INTS(umask, 1, (int64_t)umask((mode_t)a[0]), int_or_errno)
CALL_INTS(major, 1, (int64_t)major((dev_t)a[0]), int_or_errno)
CALL_INTS(minor, 1, (int64_t)minor((dev_t)a[0]), int_or_errno)
CALL_INTS(makedev, 2, (int64_t)makedev((unsigned)a[0], (unsigned)a[1]), int_or_errno)
#undef CALL_INTS

static AwValue p_getresuid(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    uid_t r, e, s;
    if (int_args(vm, "getresuid", argc, argv, kw, 0, NULL)) return AW_ERR;
    if (getresuid(&r, &e, &s) < 0) return os_raise_errno(vm, errno);
    return tuple_of_ints(vm, 3, (int64_t[]){r, e, s});
}

static AwValue p_getresgid(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    gid_t r, e, s;
    if (int_args(vm, "getresgid", argc, argv, kw, 0, NULL)) return AW_ERR;
    if (getresgid(&r, &e, &s) < 0) return os_raise_errno(vm, errno);
    return tuple_of_ints(vm, 3, (int64_t[]){r, e, s});
}

static AwValue p_getgroups(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (int_args(vm, "getgroups", argc, argv, kw, 0, NULL)) return AW_ERR;
    int n = getgroups(0, NULL);
    if (n < 0) return os_raise_errno(vm, errno);
    gid_t *g = malloc(sizeof(gid_t) * (size_t)(n ? n : 1));
    if (!g) return vm_raise_memory(vm);
    n = getgroups(n, g);
    AwList *l = n < 0 ? NULL : list_new(vm, n);
    for (int i = 0; l && i < n; i++) l->items[i] = value_from_small(g[i]);
    if (l) l->len = n;
    int err = errno;
    free(g);
    if (n < 0) return os_raise_errno(vm, err);
    return l ? value_from_ptr(l) : AW_ERR;
}

/* nice(increment) -> the new niceness (-1 is a valid answer: errno tells). */
static AwValue p_nice(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t inc;
    if (int_args(vm, "nice", argc, argv, kw, 1, &inc)) return AW_ERR;
    errno = 0;
    int r = nice((int)inc);
    return r == -1 && errno ? os_raise_errno(vm, errno) : value_from_small(r);
}

static AwValue p_getpriority(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t a[2];
    if (int_args(vm, "getpriority", argc, argv, kw, 2, a)) return AW_ERR;
    errno = 0;
    int r = getpriority((int)a[0], (id_t)a[1]);
    return r == -1 && errno ? os_raise_errno(vm, errno) : value_from_small(r);
}

static AwValue p_getloadavg(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    double la[3];
    if (int_args(vm, "getloadavg", argc, argv, kw, 0, NULL)) return AW_ERR;
    if (getloadavg(la, 3) != 3) return vm_raise(vm, &aw_exc_OSError, "Load averages are unobtainable");
    AwTuple *t = tuple_new(vm, 3);
    if (!t) return AW_ERR;
    for (int i = 0; i < 3; i++) t->items[i] = value_from_double(la[i]);
    return value_from_ptr(t);
}

static AwValue p_getlogin(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (int_args(vm, "getlogin", argc, argv, kw, 0, NULL)) return AW_ERR;
    errno = 0;
    const char *name = getlogin();
    if (!name) return os_raise_errno(vm, errno ? errno : ENOENT);
    return str_value_or_err(str_from_cstr(vm, name));
}

/* ---- descriptors ---- */

static AwValue p_fsync(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t fd;
    if (args_no_kwargs(vm, "fsync", kw) || args_count(vm, "fsync", argc, 1, 1) || fd_arg(vm, argv[0], &fd)) return AW_ERR;
    return none_or_errno(vm, fsync((int)fd));
}

static AwValue p_fdatasync(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t fd;
    if (args_no_kwargs(vm, "fdatasync", kw) || args_count(vm, "fdatasync", argc, 1, 1) || fd_arg(vm, argv[0], &fd))
        return AW_ERR;
    return none_or_errno(vm, fdatasync((int)fd));
}

static AwValue p_sync(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (int_args(vm, "sync", argc, argv, kw, 0, NULL)) return AW_ERR;
    sync();
    return AW_NONE;
}

/* dup2(fd, fd2, inheritable=True) -> fd2 */
static AwValue p_dup2(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"fd", "fd2", "inheritable", NULL};
    AwValue a[3];
    int64_t fd, fd2;
    if (args_parse(vm, "dup2", argc, argv, kw, names, 2, 3, a) || args_int(vm, a[0], &fd) || args_int(vm, a[1], &fd2))
        return AW_ERR;
    int inheritable = a[2] == AW_EMPTY ? 1 : ops_truthy(vm, a[2]);
    if (inheritable < 0) return AW_ERR;
    if (fd < 0 || fd2 < 0 || fd > INT32_MAX || fd2 > INT32_MAX) return os_raise_errno(vm, EBADF);
    int r = inheritable || fd == fd2 ? dup2((int)fd, (int)fd2) : dup3((int)fd, (int)fd2, O_CLOEXEC);
    return int_or_errno(vm, r);
}

static AwValue p_get_inheritable(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t fd;
    if (int_args(vm, "get_inheritable", argc, argv, kw, 1, &fd)) return AW_ERR;
    int flags = fcntl((int)fd, F_GETFD);
    return flags < 0 ? os_raise_errno(vm, errno) : value_from_bool(!(flags & FD_CLOEXEC));
}

static AwValue p_set_inheritable(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t fd;
    if (args_no_kwargs(vm, "set_inheritable", kw) || args_count(vm, "set_inheritable", argc, 2, 2) ||
        args_int(vm, argv[0], &fd))
        return AW_ERR;
    int on = ops_truthy(vm, argv[1]);
    if (on < 0) return AW_ERR;
    int flags = fcntl((int)fd, F_GETFD);
    if (flags < 0) return os_raise_errno(vm, errno);
    int want = on ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
    return want == flags ? AW_NONE : none_or_errno(vm, fcntl((int)fd, F_SETFD, want));
}

static AwValue p_pipe2(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t flags;
    int fds[2];
    if (int_args(vm, "pipe2", argc, argv, kw, 1, &flags)) return AW_ERR;
    if (pipe2(fds, (int)flags) < 0) return os_raise_errno(vm, errno);
    AwValue t = tuple_of_ints(vm, 2, (int64_t[]){fds[0], fds[1]});
    if (t == AW_ERR) { close(fds[0]); close(fds[1]); }
    return t;
}

static AwValue p_closerange(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t a[2];
    if (int_args(vm, "closerange", argc, argv, kw, 2, a)) return AW_ERR;
    for (int64_t fd = a[0] < 0 ? 0 : a[0]; fd < a[1] && fd <= INT32_MAX; fd++) close((int)fd);
    return AW_NONE;
}

static AwValue p_ttyname(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t fd;
    char buf[256];
    if (int_args(vm, "ttyname", argc, argv, kw, 1, &fd)) return AW_ERR;
    int err = fd < 0 || fd > INT32_MAX ? EBADF : ttyname_r((int)fd, buf, sizeof buf);
    return err ? os_raise_errno(vm, err) : str_value_or_err(str_from_cstr(vm, buf));
}

/* openpty() -> (master, slave), both non-inheritable as CPython's. */
static AwValue p_openpty(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    char name[256];
    if (int_args(vm, "openpty", argc, argv, kw, 0, NULL)) return AW_ERR;
    int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0) return os_raise_errno(vm, errno);
    int slave = -1;
    if (grantpt(master) == 0 && unlockpt(master) == 0 && ptsname_r(master, name, sizeof name) == 0)
        slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (slave < 0) {
        int err = errno;
        close(master);
        return os_raise_errno(vm, err);
    }
    AwValue t = tuple_of_ints(vm, 2, (int64_t[]){master, slave});
    if (t == AW_ERR) { close(master); close(slave); }
    return t;
}

/* sendfile(out_fd, in_fd, offset, count) -> bytes sent; offset None reads from in_fd's position. */
static AwValue p_sendfile(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"out_fd", "in_fd", "offset", "count", NULL};
    AwValue a[4];
    int64_t out_fd, in_fd, count, off = 0;
    if (args_parse(vm, "sendfile", argc, argv, kw, names, 4, 4, a) || args_int(vm, a[0], &out_fd) ||
        args_int(vm, a[1], &in_fd) || (a[2] != AW_NONE && args_int(vm, a[2], &off)) || args_int(vm, a[3], &count))
        return AW_ERR;
    if (count < 0) return vm_raise(vm, &aw_exc_ValueError, "count must be >= 0");
    off_t o = (off_t)off;
    ssize_t r;
    do r = sendfile((int)out_fd, (int)in_fd, a[2] == AW_NONE ? NULL : &o, (size_t)count);
    while (r < 0 && errno == EINTR && !vm_check_interrupt(vm));
    if (r < 0 && vm->exc != AW_EMPTY) return AW_ERR;
    return int_or_errno(vm, r);
}

static const AwMethodDef posix_functions[] = {
    {"getsid", p_getsid, AW_METH_DEFAULT},         {"getpgid", p_getpgid, AW_METH_DEFAULT},
    {"getpgrp", p_getpgrp, AW_METH_DEFAULT},       {"setsid", p_setsid, AW_METH_DEFAULT},
    {"setpgid", p_setpgid, AW_METH_DEFAULT},       {"setuid", p_setuid, AW_METH_DEFAULT},
    {"setgid", p_setgid, AW_METH_DEFAULT},         {"seteuid", p_seteuid, AW_METH_DEFAULT},
    {"setegid", p_setegid, AW_METH_DEFAULT},       {"setreuid", p_setreuid, AW_METH_DEFAULT},
    {"setregid", p_setregid, AW_METH_DEFAULT},     {"setresuid", p_setresuid, AW_METH_DEFAULT},
    {"setresgid", p_setresgid, AW_METH_DEFAULT},   {"getresuid", p_getresuid, AW_METH_DEFAULT},
    {"getresgid", p_getresgid, AW_METH_DEFAULT},   {"getgroups", p_getgroups, AW_METH_DEFAULT},
    {"killpg", p_killpg, AW_METH_DEFAULT},         {"nice", p_nice, AW_METH_DEFAULT},
    {"getpriority", p_getpriority, AW_METH_DEFAULT}, {"setpriority", p_setpriority, AW_METH_DEFAULT},
    {"getloadavg", p_getloadavg, AW_METH_DEFAULT}, {"getlogin", p_getlogin, AW_METH_DEFAULT},
    {"umask", p_umask, AW_METH_DEFAULT},           {"fchmod", p_fchmod, AW_METH_DEFAULT},
    {"fchown", p_fchown, AW_METH_DEFAULT},         {"fsync", p_fsync, AW_METH_DEFAULT},
    {"fdatasync", p_fdatasync, AW_METH_DEFAULT},   {"sync", p_sync, AW_METH_DEFAULT},
    {"dup2", p_dup2, AW_METH_DEFAULT},             {"get_inheritable", p_get_inheritable, AW_METH_DEFAULT},
    {"set_inheritable", p_set_inheritable, AW_METH_DEFAULT}, {"pipe2", p_pipe2, AW_METH_DEFAULT},
    {"closerange", p_closerange, AW_METH_DEFAULT}, {"ttyname", p_ttyname, AW_METH_DEFAULT},
    {"openpty", p_openpty, AW_METH_DEFAULT},       {"sendfile", p_sendfile, AW_METH_DEFAULT},
    {"major", p_major, AW_METH_DEFAULT},           {"minor", p_minor, AW_METH_DEFAULT},
    {"makedev", p_makedev, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwStatus os_posix_add(AwVM *vm, AwModule *mod) {
    static const struct { const char *name; int value; } constants[] = {
        {"PRIO_PROCESS", PRIO_PROCESS}, {"PRIO_PGRP", PRIO_PGRP}, {"PRIO_USER", PRIO_USER},
    };
    if (module_add_functions(vm, mod, posix_functions)) return AW_ERROR;
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        if (module_add_value(vm, mod, constants[i].name, value_from_small(constants[i].value))) return AW_ERROR;
    return AW_OK;
}
