/* os.c — the native core of the os module, named `posix` as in CPython: the system calls
 * (files and directories, stat, environment, processes, file descriptors) with CPython's
 * argument rules and OSError messages ("[Errno 2] No such file or directory: 'x'").
 *
 * The os module itself is stdlib/os.py (as CPython's Lib/os.py): it re-exports this module
 * and adds what CPython writes in Python (makedirs, walk, environ, stat_result, os.path =
 * stdlib/posixpath.py). stat() here returns a plain tuple of the raw fields that os.py wraps
 * in stat_result, so the float and int time fields need no special type in C.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include "interp/args.h"
#include "interp/bytes.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/gil.h"
#include "interp/float.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/modules.h"
#include "stdlib/os_posix.h"
#include "stdlib/os_process.h"
#include "stdlib/os_termios.h"

extern char **environ;

/* A path argument converted for a system call. */
typedef struct {
    const char *cstr;   /* NUL-terminated path (inside `value`'s data), NULL when fd is used */
    bool is_bytes;      /* the caller gave bytes: results are returned as bytes */
    int fd;             /* a file descriptor given instead of a path, or -1 */
    AwValue original;   /* the argument as given (OSError.filename) */
} AwPath;

/* ---- errors ------------------------------------------------------------------------------- */

/* Raises the OSError subclass for err (OSError's constructor picks it) naming one or two
 * files: "[Errno 2] No such file or directory: 'a' -> 'b'". */
static AwValue raise_errno2(AwVM *vm, int err, AwValue file, AwValue file2) {
    AwStr *msg = str_from_cstr(vm, strerror(err));
    if (!msg) return AW_ERR;
    AwValue args[5] = {value_from_small(err), value_from_ptr(msg), file, AW_NONE, file2};
    int argc = file == AW_EMPTY ? 2 : file2 == AW_EMPTY ? 3 : 5;
    AwException *e = exception_new(vm, &aw_exc_OSError, argc, args);
    return e ? vm_raise_value(vm, value_from_ptr(e)) : AW_ERR;
}

static AwValue raise_errno(AwVM *vm, int err, AwValue file) { return raise_errno2(vm, err, file, AW_EMPTY); }

AwValue os_raise_errno(AwVM *vm, int err) { return raise_errno2(vm, err, AW_EMPTY, AW_EMPTY); }

static AwValue raise_path(AwVM *vm, const AwPath *p) {
    return raise_errno(vm, errno, p->fd >= 0 ? value_from_small(p->fd) : p->original);
}

/* ---- arguments ---------------------------------------------------------------------------- */

/* Fills *out from str, bytes, an os.PathLike (__fspath__), or (allow_fd) an int; otherwise
 * CPython's TypeError "stat: path should be string, bytes, os.PathLike or integer, not float". */
static AwStatus path_arg(AwVM *vm, const char *fname, const char *argname, AwValue v, bool allow_fd, AwPath *out) {
    out->original = v;
    out->fd = -1;
    out->cstr = NULL;
    out->is_bytes = false;
    if (allow_fd && int_check(v) && !value_is_bool(v)) {
        int64_t fd;
        if (int_to_i64(vm, v, &fd) != AW_OK) return AW_ERROR;
        out->fd = (int)fd;
        return AW_OK;
    }
    AwValue p = v;
    if (!str_unwrap(p) && !value_is_type(p, &aw_type_bytes)) {
        AwValue r = vm_call_dunder(vm, p, str_intern_cstr(vm, "__fspath__"), 0, NULL);
        if (r == AW_ERR) return AW_ERROR;
        if (r != AW_EMPTY && (str_unwrap(r) || value_is_type(r, &aw_type_bytes))) {
            p = r;
            out->original = r;   /* errors name the path as a str, as CPython's do */
        } else if (r != AW_EMPTY) {
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                                    ops_type_name(v), ops_type_name(r)));
        } else {
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s: %s should be string, bytes%s os.PathLike%s, not %s",
                                    fname, argname, allow_fd ? "," : " or", allow_fd ? " or integer" : "",
                                    ops_type_name(v)));
        }
    }
    size_t len;
    AwStr *s = str_unwrap(p);
    if (s) {
        out->cstr = s->data;
        len = (size_t)s->byte_len;
    } else {
        out->cstr = AW_BYTES(p)->data;
        len = (size_t)AW_BYTES(p)->len;
        out->is_bytes = true;
    }
    if (strlen(out->cstr) != len) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "%s: embedded null character in %s", fname, argname));
    return AW_OK;
}

/* One required path argument (positional or `path=`), no others. */
static AwStatus one_path(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kwnames, bool allow_fd,
                         AwPath *out) {
    static const char *const names[] = {"path", NULL};
    AwValue a[1];
    if (args_parse(vm, fname, argc, argv, kwnames, names, 1, 1, a) != AW_OK) return AW_ERROR;
    return path_arg(vm, fname, "path", a[0], allow_fd, out);
}

/* A text result in the kind of the argument: str (validated UTF-8) or bytes. */
static AwValue name_value(AwVM *vm, const char *data, size_t len, bool is_bytes) {
    if (is_bytes) {
        AwBytes *b = bytes_new(vm, data, len);
        return b ? value_from_ptr(b) : AW_ERR;
    }
    AwStr *s = str_from_utf8_checked(vm, data, len);
    return s ? value_from_ptr(s) : AW_ERR;
}

static AwValue int_arg_value(AwVM *vm, AwValue v, int64_t *out) {
    return args_int(vm, v, out) == AW_OK ? AW_NONE : AW_ERR;
}

/* ---- directories -------------------------------------------------------------------------- */

static AwValue os_getcwd(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "getcwd", kwnames) || args_count(vm, "getcwd", argc, 0, 0)) return AW_ERR;
    char *cwd = getcwd(NULL, 0);
    if (!cwd) return raise_errno(vm, errno, AW_EMPTY);
    AwValue r = name_value(vm, cwd, strlen(cwd), false);
    free(cwd);
    return r;
}

static AwValue os_chdir(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwPath p;
    if (one_path(vm, "chdir", argc, argv, kwnames, true, &p)) return AW_ERR;
    int r = p.fd >= 0 ? fchdir(p.fd) : chdir(p.cstr);
    return r < 0 ? raise_path(vm, &p) : AW_NONE;
}

static AwValue os_listdir(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"path", NULL};
    AwValue a[1];
    AwPath p = {.cstr = ".", .fd = -1, .original = AW_EMPTY};
    if (args_parse(vm, "listdir", argc, argv, kwnames, names, 0, 1, a)) return AW_ERR;
    if (a[0] != AW_EMPTY && a[0] != AW_NONE && !int_check(a[0]) && path_arg(vm, "listdir", "path", a[0], false, &p)) {
        /* listdir also takes None and (in CPython) a descriptor, and says so. */
        if (vm_exc_matches(vm, &aw_exc_TypeError) && !str_unwrap(a[0]) && !value_is_type(a[0], &aw_type_bytes)) {
            vm_exc_clear(vm);
            return vm_raise(vm, &aw_exc_TypeError, "listdir: path should be string, bytes, os.PathLike, integer or None, not %s",
                            ops_type_name(a[0]));
        }
        return AW_ERR;
    }
    if (int_check(a[0])) return vm_raise(vm, &aw_exc_NotImplementedError, "listdir: file descriptors are not supported");
    if (p.original == AW_EMPTY) p.original = str_value(str_ascii_char(vm, '.'));
    DIR *dir = opendir(p.cstr);
    if (!dir) return raise_path(vm, &p);
    AwList *list = list_new(vm, 8);
    struct dirent *ent;
    while (list && (errno = 0, ent = readdir(dir))) {
        const char *n = ent->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) continue;
        AwValue name = name_value(vm, n, strlen(n), p.is_bytes);
        if (name == AW_ERR || list_append(vm, list, name)) list = NULL;
    }
    int err = errno;
    closedir(dir);
    if (!list) return AW_ERR;
    return err ? raise_errno(vm, err, p.original) : value_from_ptr(list);
}

/* mkdir(path, mode=0o777) */
static AwValue os_mkdir(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"path", "mode", "dir_fd", NULL};
    AwValue a[3];
    AwPath p;
    int64_t mode = 0777;
    if (args_parse(vm, "mkdir", argc, argv, kwnames, names, 1, 2, a) ||
        path_arg(vm, "mkdir", "path", a[0], false, &p))
        return AW_ERR;
    if (a[1] != AW_EMPTY && int_arg_value(vm, a[1], &mode) == AW_ERR) return AW_ERR;
    return mkdir(p.cstr, (mode_t)mode) < 0 ? raise_path(vm, &p) : AW_NONE;
}

/* A function of one path that calls fn(path): rmdir, remove, unlink. */
#define PATH_CALL(name, call)                                                                 \
    static AwValue os_##name(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {     \
        AwPath p;                                                                             \
        if (one_path(vm, #name, argc, argv, kwnames, false, &p)) return AW_ERR;               \
        return call(p.cstr) < 0 ? raise_path(vm, &p) : AW_NONE;                               \
    }
PATH_CALL(rmdir, rmdir)
PATH_CALL(remove, unlink)
PATH_CALL(unlink, unlink)
#undef PATH_CALL

/* Converts src and dst; src's __fspath__() result stays rooted while dst's __fspath__ runs. */
static AwStatus src_dst_args(AwVM *vm, const char *fname, const AwValue *a, AwPath *src, AwPath *dst) {
    if (path_arg(vm, fname, "src", a[0], false, src) || gc_push_root(vm, src->original)) return AW_ERROR;
    AwStatus st = path_arg(vm, fname, "dst", a[1], false, dst);
    gc_pop_roots(vm, 1);
    return st;
}

/* A function of two paths (src, dst) whose errors name both: rename, replace, link. */
static AwValue two_paths(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kwnames,
                         int (*call)(const char *, const char *)) {
    static const char *const names[] = {"src", "dst", NULL};
    AwValue a[2];
    AwPath src, dst;
    if (args_parse(vm, fname, argc, argv, kwnames, names, 2, 2, a) || src_dst_args(vm, fname, a, &src, &dst))
        return AW_ERR;
    if (call(src.cstr, dst.cstr) < 0) return raise_errno2(vm, errno, src.original, dst.original);
    return AW_NONE;
}

static AwValue os_rename(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return two_paths(vm, "rename", argc, argv, kwnames, rename);
}
static AwValue os_replace(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return two_paths(vm, "replace", argc, argv, kwnames, rename);
}
/* symlink(src, dst, target_is_directory=False, *, dir_fd=None): the flag matters on Windows only */
static AwValue os_symlink(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"src", "dst", "target_is_directory", "dir_fd", NULL};
    AwValue a[4];
    AwPath src, dst;
    if (args_parse(vm, "symlink", argc, argv, kwnames, names, 2, 3, a) || src_dst_args(vm, "symlink", a, &src, &dst))
        return AW_ERR;
    if (symlink(src.cstr, dst.cstr) < 0) return raise_errno2(vm, errno, src.original, dst.original);
    return AW_NONE;
}
static AwValue os_link(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return two_paths(vm, "link", argc, argv, kwnames, link);
}

static AwValue os_readlink(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwPath p;
    if (one_path(vm, "readlink", argc, argv, kwnames, false, &p)) return AW_ERR;
    char buf[4096];
    ssize_t n = readlink(p.cstr, buf, sizeof buf);
    if (n < 0) return raise_path(vm, &p);
    return name_value(vm, buf, (size_t)n, p.is_bytes);
}

/* ---- stat --------------------------------------------------------------------------------- */

static double timespec_seconds(struct timespec t) { return (double)t.tv_sec + (double)t.tv_nsec * 1e-9; }

static AwValue timespec_ns(AwVM *vm, struct timespec t) {
    return int_from_i64(vm, (int64_t)t.tv_sec * 1000000000 + t.tv_nsec);
}

/* The raw fields os.py's stat_result is built from: the ten tuple items of CPython's
 * stat_result (times as floats), then st_atime_ns, st_mtime_ns, st_ctime_ns, st_blksize,
 * st_blocks, st_rdev. */
static AwValue stat_tuple(AwVM *vm, const struct stat *st) {
    AwTuple *t = tuple_new(vm, 16);
    if (!t) return AW_ERR;
    AwValue items[16] = {
        int_from_i64(vm, st->st_mode), int_from_u64(vm, st->st_ino), int_from_u64(vm, st->st_dev),
        int_from_i64(vm, (int64_t)st->st_nlink), int_from_i64(vm, st->st_uid), int_from_i64(vm, st->st_gid),
        int_from_i64(vm, st->st_size), value_from_double(timespec_seconds(st->st_atim)),
        value_from_double(timespec_seconds(st->st_mtim)), value_from_double(timespec_seconds(st->st_ctim)),
        timespec_ns(vm, st->st_atim), timespec_ns(vm, st->st_mtim), timespec_ns(vm, st->st_ctim),
        int_from_i64(vm, st->st_blksize), int_from_i64(vm, st->st_blocks), int_from_u64(vm, st->st_rdev),
    };
    for (int i = 0; i < 16; i++) {
        if (items[i] == AW_ERR) return AW_ERR;
        t->items[i] = items[i];
    }
    return value_from_ptr(t);
}

/* stat(path, *, dir_fd=None, follow_symlinks=True) */
static AwValue os_stat(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks", NULL};
    AwValue a[3];
    AwPath p;
    if (args_parse(vm, "stat", argc, argv, kwnames, names, 1, 1, a) || path_arg(vm, "stat", "path", a[0], true, &p))
        return AW_ERR;
    int follow = a[2] == AW_EMPTY ? 1 : ops_truthy(vm, a[2]);
    if (follow < 0) return AW_ERR;
    struct stat st;
    int r = p.fd >= 0 ? fstat(p.fd, &st) : follow ? stat(p.cstr, &st) : lstat(p.cstr, &st);
    return r < 0 ? raise_path(vm, &p) : stat_tuple(vm, &st);
}

static AwValue os_lstat(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"path", "dir_fd", NULL};
    AwValue a[2];
    AwPath p;
    if (args_parse(vm, "lstat", argc, argv, kwnames, names, 1, 1, a) || path_arg(vm, "lstat", "path", a[0], false, &p))
        return AW_ERR;
    struct stat st;
    return lstat(p.cstr, &st) < 0 ? raise_path(vm, &p) : stat_tuple(vm, &st);
}

static AwValue os_fstat(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t fd;
    struct stat st;
    if (args_no_kwargs(vm, "fstat", kwnames) || args_count(vm, "fstat", argc, 1, 1) || args_int(vm, argv[0], &fd))
        return AW_ERR;
    return fstat((int)fd, &st) < 0 ? raise_errno(vm, errno, AW_EMPTY) : stat_tuple(vm, &st);
}

/* _statvfs(path): f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail,
 * f_flag, f_namemax, f_fsid, from which os.py builds statvfs_result. */
static AwValue os_statvfs(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"path", NULL};
    AwValue a[1];
    AwPath p;
    if (args_parse(vm, "statvfs", argc, argv, kwnames, names, 1, 1, a) || path_arg(vm, "statvfs", "path", a[0], true, &p))
        return AW_ERR;
    struct statvfs st;
    if ((p.fd >= 0 ? fstatvfs(p.fd, &st) : statvfs(p.cstr, &st)) < 0) return raise_path(vm, &p);
    uint64_t fields[11] = {st.f_bsize, st.f_frsize, st.f_blocks, st.f_bfree, st.f_bavail, st.f_files,
                           st.f_ffree, st.f_favail, st.f_flag, st.f_namemax, st.f_fsid};
    AwTuple *t = tuple_new(vm, 11);
    if (!t) return AW_ERR;
    for (int i = 0; i < 11; i++) {
        AwValue v = int_from_u64(vm, fields[i]);
        if (v == AW_ERR) return AW_ERR;
        t->items[i] = v;
    }
    return value_from_ptr(t);
}

/* access(path, mode) -> bool */
static AwValue os_access(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"path", "mode", NULL};
    AwValue a[2];
    AwPath p;
    int64_t mode;
    if (args_parse(vm, "access", argc, argv, kwnames, names, 2, 2, a) ||
        path_arg(vm, "access", "path", a[0], false, &p) || args_int(vm, a[1], &mode))
        return AW_ERR;
    return value_from_bool(access(p.cstr, (int)mode) == 0);
}

/* follow_symlinks=True: a keyword-only flag; false means act on a symlink itself. */
static int follow_arg(AwVM *vm, AwValue v) {
    return v == AW_EMPTY ? 1 : ops_truthy(vm, v);
}

/* chmod(path, mode, *, dir_fd=None, follow_symlinks=True) */
static AwValue os_chmod(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"path", "mode", "dir_fd", "follow_symlinks", NULL};
    AwValue a[4];
    AwPath p;
    int64_t mode;
    if (args_parse(vm, "chmod", argc, argv, kwnames, names, 2, 2, a) ||
        path_arg(vm, "chmod", "path", a[0], true, &p) || args_int(vm, a[1], &mode))
        return AW_ERR;
    int follow = follow_arg(vm, a[3]);
    if (follow < 0) return AW_ERR;
    int r = p.fd >= 0 ? fchmod(p.fd, (mode_t)mode)
          : fchmodat(AT_FDCWD, p.cstr, (mode_t)mode, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    return r < 0 ? raise_path(vm, &p) : AW_NONE;
}

/* chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True); -1 leaves an id unchanged. */
static AwValue os_chown(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"path", "uid", "gid", "dir_fd", "follow_symlinks", NULL};
    AwValue a[5];
    AwPath p;
    int64_t uid, gid;
    if (args_parse(vm, "chown", argc, argv, kwnames, names, 3, 3, a) ||
        path_arg(vm, "chown", "path", a[0], true, &p) || args_int(vm, a[1], &uid) || args_int(vm, a[2], &gid))
        return AW_ERR;
    int follow = follow_arg(vm, a[4]);
    if (follow < 0) return AW_ERR;
    int r = p.fd >= 0 ? fchown(p.fd, (uid_t)uid, (gid_t)gid)
          : fchownat(AT_FDCWD, p.cstr, (uid_t)uid, (gid_t)gid, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    return r < 0 ? raise_path(vm, &p) : AW_NONE;
}

/* One item of utime's times (seconds, int or float) or ns (nanoseconds, int only). */
static AwStatus utime_item(AwVM *vm, AwValue v, bool ns, struct timespec *out) {
    if (ns) {
        int64_t n;
        if (args_int(vm, v, &n)) return AW_ERROR;
        out->tv_sec = (time_t)(n / 1000000000);
        out->tv_nsec = (long)(n % 1000000000);
    } else {
        double d;
        if (float_coerce(vm, v, &d)) return AW_ERROR;
        out->tv_sec = (time_t)d;
        out->tv_nsec = (long)((d - (double)out->tv_sec) * 1e9);
    }
    if (out->tv_nsec < 0) { out->tv_sec--; out->tv_nsec += 1000000000; }
    return AW_OK;
}

/* utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True): times is (atime,
 * mtime) in seconds, ns the same in nanoseconds; neither means now. */
static AwValue os_utime(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"path", "times", "ns", "dir_fd", "follow_symlinks", NULL};
    AwValue a[5];
    AwPath p;
    if (args_parse(vm, "utime", argc, argv, kwnames, names, 1, 2, a) || path_arg(vm, "utime", "path", a[0], true, &p))
        return AW_ERR;
    bool has_times = a[1] != AW_EMPTY && a[1] != AW_NONE, has_ns = a[2] != AW_EMPTY && a[2] != AW_NONE;
    if (has_times && has_ns)
        return vm_raise(vm, &aw_exc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    struct timespec ts[2];
    struct timespec *tsp = NULL;
    if (has_times || has_ns) {
        AwValue t = has_ns ? a[2] : a[1];
        if (!value_is_instance(t, &aw_type_tuple) || AW_TUPLE(t)->len != 2)
            return vm_raise(vm, &aw_exc_TypeError, has_ns ? "utime: 'ns' must be a tuple of two ints"
                                                        : "utime: 'times' must be either a tuple of two ints or None");
        for (int i = 0; i < 2; i++)
            if (utime_item(vm, AW_TUPLE(t)->items[i], has_ns, &ts[i])) return AW_ERR;
        tsp = ts;
    }
    int follow = follow_arg(vm, a[4]);
    if (follow < 0) return AW_ERR;
    int r = p.fd >= 0 ? futimens(p.fd, tsp) : utimensat(AT_FDCWD, p.cstr, tsp, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    return r < 0 ? raise_errno(vm, errno, AW_EMPTY) : AW_NONE;   /* CPython names no file here */
}

/* ---- environment -------------------------------------------------------------------------- */

/* A snapshot of the environment as a dict of bytes, as CPython's posix.environ (os.py's
 * environ and environb decode and check on top of it). */
static AwValue os_environ_dict(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwDict *d = dict_new(vm);
    if (!d || gc_push_root(vm, value_from_ptr(d)) != AW_OK) return AW_ERR;
    AwValue result = value_from_ptr(d);
    for (char **e = environ; e && *e && result != AW_ERR; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        AwBytes *k = bytes_new(vm, *e, (size_t)(eq - *e));
        if (!k || gc_push_root(vm, value_from_ptr(k)) != AW_OK) { result = AW_ERR; break; }
        AwBytes *v = bytes_new(vm, eq + 1, strlen(eq + 1));
        int has = v ? dict_contains(vm, d, value_from_ptr(k)) : -1;
        if (has < 0 || (!has && dict_set(vm, d, value_from_ptr(k), value_from_ptr(v)) != AW_OK)) result = AW_ERR;
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 1);
    return result;
}

/* putenv/unsetenv take str or bytes (os.py passes the bytes it encoded with surrogateescape). */
static AwStatus env_str(AwVM *vm, const char *fname, AwValue v, const char **out, int64_t *len) {
    AwStr *s = str_unwrap(v);
    if (s) {
        *out = s->data, *len = s->byte_len;
    } else if (value_is_instance(v, &aw_type_bytes)) {
        *out = AW_BYTES(v)->data, *len = AW_BYTES(v)->len;
    } else {
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() argument must be str or bytes, not %s", fname, ops_type_name(v)));
    }
    if (strlen(*out) != (size_t)*len) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "embedded null byte"));
    return AW_OK;
}

static AwValue os_putenv(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    const char *k, *v;
    int64_t klen, vlen;
    if (args_no_kwargs(vm, "putenv", kwnames) || args_count(vm, "putenv", argc, 2, 2) ||
        env_str(vm, "putenv", argv[0], &k, &klen) || env_str(vm, "putenv", argv[1], &v, &vlen))
        return AW_ERR;
    if (klen == 0 || strchr(k, '='))
        return vm_raise(vm, &aw_exc_ValueError, "illegal environment variable name");
    return setenv(k, v, 1) < 0 ? raise_errno(vm, errno, AW_EMPTY) : AW_NONE;
}

static AwValue os_unsetenv(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    const char *k;
    int64_t klen;
    if (args_no_kwargs(vm, "unsetenv", kwnames) || args_count(vm, "unsetenv", argc, 1, 1) ||
        env_str(vm, "unsetenv", argv[0], &k, &klen))
        return AW_ERR;
    if (klen == 0 || strchr(k, '='))
        return vm_raise(vm, &aw_exc_ValueError, "illegal environment variable name");
    return unsetenv(k) < 0 ? raise_errno(vm, errno, AW_EMPTY) : AW_NONE;
}

/* ---- processes and system ----------------------------------------------------------------- */

/* Functions of no arguments returning an int. */
#define INT_GETTER(name, expr)                                                                \
    static AwValue os_##name(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {     \
        if (args_no_kwargs(vm, #name, kwnames) || args_count(vm, #name, argc, 0, 0)) return AW_ERR; \
        return int_from_i64(vm, (int64_t)(expr));                                             \
    }
INT_GETTER(getpid, getpid())
INT_GETTER(getppid, getppid())
INT_GETTER(getuid, getuid())
INT_GETTER(geteuid, geteuid())
INT_GETTER(getgid, getgid())
INT_GETTER(getegid, getegid())
#undef INT_GETTER

/* umask(mask): sets the file mode creation mask, returning the previous one. */
static AwValue os_umask(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t mask;
    if (args_no_kwargs(vm, "umask", kwnames) || args_count(vm, "umask", argc, 1, 1) || args_int(vm, argv[0], &mask))
        return AW_ERR;
    return value_from_small((int64_t)umask((mode_t)mask));
}

static AwValue os_cpu_count(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "cpu_count", kwnames) || args_count(vm, "cpu_count", argc, 0, 0)) return AW_ERR;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? AW_NONE : value_from_small(n);
}

/* _times(): (user, system, children_user, children_system, elapsed) in seconds, for os.py's
 * times_result (CPython's os.times: times(2) in clock ticks). */
static AwValue os_times(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_count(vm, "_times", argc, 0, 0)) return AW_ERR;
    struct tms t;
    clock_t elapsed = times(&t);
    if (elapsed == (clock_t)-1) return os_raise_errno(vm, errno);
    double tick = (double)sysconf(_SC_CLK_TCK);
    AwValue items[5] = {value_from_double((double)t.tms_utime / tick), value_from_double((double)t.tms_stime / tick),
                        value_from_double((double)t.tms_cutime / tick), value_from_double((double)t.tms_cstime / tick),
                        value_from_double((double)elapsed / tick)};
    AwTuple *r = tuple_from(vm, 5, items);
    return r ? value_from_ptr(r) : AW_ERR;
}

/* _uname(): (sysname, nodename, release, version, machine), for os.py's uname_result. */
static AwValue os_uname(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "uname", kwnames) || args_count(vm, "uname", argc, 0, 0)) return AW_ERR;
    struct utsname u;
    if (uname(&u) < 0) return raise_errno(vm, errno, AW_EMPTY);
    const char *fields[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    AwTuple *t = tuple_new(vm, 5);
    if (!t) return AW_ERR;
    for (int i = 0; i < 5; i++) {
        AwValue v = name_value(vm, fields[i], strlen(fields[i]), false);
        if (v == AW_ERR) return AW_ERR;
        t->items[i] = v;
    }
    return value_from_ptr(t);
}

/* _confstr(number): the string value of a configuration name, or None (os.py maps names). */
static AwValue os_confstr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t name;
    if (args_no_kwargs(vm, "confstr", kwnames) || args_count(vm, "confstr", argc, 1, 1) || args_int(vm, argv[0], &name))
        return AW_ERR;
    char buf[1024];
    errno = 0;
    size_t n = confstr((int)name, buf, sizeof buf);
    if (n == 0) return errno ? raise_errno(vm, errno, AW_EMPTY) : AW_NONE;
    if (n > sizeof buf) n = sizeof buf;
    return name_value(vm, buf, n - 1, false);
}

/* pipe() -> (read_fd, write_fd), both non-inheritable as in CPython. */
static AwValue os_pipe(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "pipe", kwnames) || args_count(vm, "pipe", argc, 0, 0)) return AW_ERR;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) return raise_errno(vm, errno, AW_EMPTY);
    AwTuple *t = tuple_new(vm, 2);
    if (!t) { close(fds[0]); close(fds[1]); return AW_ERR; }
    t->items[0] = value_from_small(fds[0]);
    t->items[1] = value_from_small(fds[1]);
    return value_from_ptr(t);
}

/* dup(fd) -> a new, non-inheritable descriptor for the same file. */
static AwValue os_dup(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t fd;
    if (args_no_kwargs(vm, "dup", kwnames) || args_count(vm, "dup", argc, 1, 1) || args_int(vm, argv[0], &fd))
        return AW_ERR;
    int r = fcntl((int)fd, F_DUPFD_CLOEXEC, 0);
    return r < 0 ? raise_errno(vm, errno, AW_EMPTY) : value_from_small(r);
}

static AwValue os_urandom(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t n;
    if (args_no_kwargs(vm, "urandom", kwnames) || args_count(vm, "urandom", argc, 1, 1) || args_int(vm, argv[0], &n))
        return AW_ERR;
    if (n < 0) return vm_raise(vm, &aw_exc_ValueError, "negative argument not allowed");
    AwBytes *b = bytes_new(vm, NULL, (size_t)n);
    if (!b) return AW_ERR;
    for (int64_t done = 0; done < n;) {
        ssize_t r = getrandom(b->data + done, (size_t)(n - done), 0);
        if (r < 0 && errno != EINTR) return raise_errno(vm, errno, AW_EMPTY);
        if (r > 0) done += r;
    }
    return value_from_ptr(b);
}

static AwValue os_strerror(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t code;
    if (args_no_kwargs(vm, "strerror", kwnames) || args_count(vm, "strerror", argc, 1, 1) ||
        args_int(vm, argv[0], &code))
        return AW_ERR;
    AwStr *s = str_from_cstr(vm, strerror((int)code));
    return s ? value_from_ptr(s) : AW_ERR;
}

/* system(command) -> the wait status. Python-level buffers are flushed by os.py first. */
static AwValue os_system(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"command", NULL};
    AwValue a[1];
    AwPath cmd;
    if (args_parse(vm, "system", argc, argv, kwnames, names, 1, 1, a) ||
        path_arg(vm, "system", "command", a[0], false, &cmd))
        return AW_ERR;
    return value_from_small(system(cmd.cstr));
}

static AwValue os_kill(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t pid, sig;
    if (args_no_kwargs(vm, "kill", kwnames) || args_count(vm, "kill", argc, 2, 2) || args_int(vm, argv[0], &pid) ||
        args_int(vm, argv[1], &sig))
        return AW_ERR;
    if (kill((pid_t)pid, (int)sig) < 0) return raise_errno(vm, errno, AW_EMPTY);
    /* a signal sent to this process has its Python handler run before kill returns, as in
     * CPython; a plain Ctrl-C stays pending for the next safe point (the event loop's or the VM's) */
    if (pid == getpid() || pid == 0) {
        int r = vm_take_interrupt(vm);
        if (r < 0) return AW_ERR;
        if (r > 0) vm_interrupt(vm);
    }
    return AW_NONE;
}

static AwValue os_exit_now(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t code;
    if (args_no_kwargs(vm, "_exit", kwnames) || args_count(vm, "_exit", argc, 1, 1) || args_int(vm, argv[0], &code))
        return AW_ERR;
    _exit((int)code);
}

/* pread(fd, n, offset) -> bytes read at offset, without moving the file position. */
static AwValue os_pread(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t fd, n, offset;
    if (args_no_kwargs(vm, "pread", kwnames) || args_count(vm, "pread", argc, 3, 3) || args_int(vm, argv[0], &fd) ||
        args_int(vm, argv[1], &n) || args_int(vm, argv[2], &offset))
        return AW_ERR;
    if (n < 0) return raise_errno(vm, EINVAL, AW_EMPTY);
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf) return vm_raise_memory(vm);
    ssize_t r;
    while ((r = pread((int)fd, buf, (size_t)n, (off_t)offset)) < 0 && errno == EINTR) {}
    AwValue result = AW_ERR;
    if (r < 0) {
        raise_errno(vm, errno, AW_EMPTY);
    } else {
        AwBytes *b = bytes_new(vm, buf, (size_t)r);
        if (b) result = value_from_ptr(b);
    }
    free(buf);
    return result;
}

/* pwrite(fd, data, offset) -> bytes written at offset, without moving the file position. */
static AwValue os_pwrite(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t fd, offset, len;
    const char *data;
    if (args_no_kwargs(vm, "pwrite", kwnames) || args_count(vm, "pwrite", argc, 3, 3) || args_int(vm, argv[0], &fd) ||
        args_int(vm, argv[2], &offset))
        return AW_ERR;
    if (!bytes_view(argv[1], &data, &len))
        return vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(argv[1]));
    ssize_t r;
    while ((r = pwrite((int)fd, data, (size_t)len, (off_t)offset)) < 0 && errno == EINTR) {}
    return r < 0 ? raise_errno(vm, errno, AW_EMPTY) : value_from_small(r);
}

/* lseek(fd, position, whence) -> the new position. */
static AwValue os_lseek(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t fd, pos, whence;
    if (args_no_kwargs(vm, "lseek", kwnames) || args_count(vm, "lseek", argc, 3, 3) || args_int(vm, argv[0], &fd) ||
        args_int(vm, argv[1], &pos) || args_int(vm, argv[2], &whence))
        return AW_ERR;
    off_t r = lseek((int)fd, (off_t)pos, (int)whence);
    return r < 0 ? raise_errno(vm, errno, AW_EMPTY) : int_from_i64(vm, (int64_t)r);
}

/* ftruncate(fd, length). */
static AwValue os_ftruncate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t fd, length;
    if (args_no_kwargs(vm, "ftruncate", kwnames) || args_count(vm, "ftruncate", argc, 2, 2) || args_int(vm, argv[0], &fd) ||
        args_int(vm, argv[1], &length))
        return AW_ERR;
    int r;
    while ((r = ftruncate((int)fd, (off_t)length)) < 0 && errno == EINTR) {}
    return r < 0 ? raise_errno(vm, errno, AW_EMPTY) : AW_NONE;
}

/* memfd_create(name, flags=MFD_CLOEXEC) -> fd of an anonymous file. */
static AwValue os_memfd_create(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t flags = MFD_CLOEXEC;
    if (args_no_kwargs(vm, "memfd_create", kwnames) || args_count(vm, "memfd_create", argc, 1, 2) ||
        (argc > 1 && args_int(vm, argv[1], &flags)))
        return AW_ERR;
    AwStr *name = str_unwrap(argv[0]);
    if (!name) return vm_raise(vm, &aw_exc_TypeError, "memfd_create() argument 'name' must be str, not %s", ops_type_name(argv[0]));
    int fd = memfd_create(name->data, (unsigned)flags);
    return fd < 0 ? raise_errno(vm, errno, AW_EMPTY) : value_from_small(fd);
}

/* get_blocking(fd) -> whether O_NONBLOCK is clear; set_blocking(fd, blocking). */
static AwValue os_get_blocking(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t fd;
    if (args_no_kwargs(vm, "get_blocking", kwnames) || args_count(vm, "get_blocking", argc, 1, 1) || args_int(vm, argv[0], &fd))
        return AW_ERR;
    int flags = fd < 0 || fd > INT32_MAX ? -1 : fcntl((int)fd, F_GETFL);
    if (flags < 0) return os_raise_errno(vm, fd < 0 || fd > INT32_MAX ? EBADF : errno);
    return value_from_bool(!(flags & O_NONBLOCK));
}

static AwValue os_set_blocking(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t fd;
    if (args_no_kwargs(vm, "set_blocking", kwnames) || args_count(vm, "set_blocking", argc, 2, 2) || args_int(vm, argv[0], &fd))
        return AW_ERR;
    int blocking = ops_truthy(vm, argv[1]);
    if (blocking < 0) return AW_ERR;
    int flags = fd < 0 || fd > INT32_MAX ? -1 : fcntl((int)fd, F_GETFL);
    if (flags < 0) return os_raise_errno(vm, fd < 0 || fd > INT32_MAX ? EBADF : errno);
    if (fcntl((int)fd, F_SETFL, blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK) < 0) return os_raise_errno(vm, errno);
    return AW_NONE;
}

/* fork() -> the child's pid in the parent, 0 in the child. The child is left with one thread,
 * the caller, which holds the interpreter lock (gil_after_fork). os.py runs the
 * register_at_fork hooks around it. */
static AwValue os_fork(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "fork", kwnames) || args_count(vm, "fork", argc, 0, 0)) return AW_ERR;
    pid_t pid = fork();
    if (pid < 0) return os_raise_errno(vm, errno);
    if (pid == 0) gil_after_fork(vm);
    return value_from_small(pid);
}

/* ---- file descriptors --------------------------------------------------------------------- */

/* open(path, flags, mode=0o777) -> fd */
static AwValue os_open(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"path", "flags", "mode", NULL};
    AwValue a[3];
    AwPath p;
    int64_t flags, mode = 0777;
    if (args_parse(vm, "open", argc, argv, kwnames, names, 2, 3, a) || path_arg(vm, "open", "path", a[0], false, &p) ||
        args_int(vm, a[1], &flags) || (a[2] != AW_EMPTY && args_int(vm, a[2], &mode)))
        return AW_ERR;
    int fd = open(p.cstr, (int)flags | O_CLOEXEC, (mode_t)mode);
    return fd < 0 ? raise_path(vm, &p) : value_from_small(fd);
}

static AwValue os_close(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t fd;
    if (args_count(vm, "close", argc, 1, 1) || args_int(vm, argv[0], &fd)) return AW_ERR;
    return close((int)fd) < 0 ? raise_errno(vm, errno, AW_EMPTY) : AW_NONE;
}

static AwValue os_read(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t fd, n;
    if (args_no_kwargs(vm, "read", kwnames) || args_count(vm, "read", argc, 2, 2) || args_int(vm, argv[0], &fd) ||
        args_int(vm, argv[1], &n))
        return AW_ERR;
    if (n < 0) return raise_errno(vm, EINVAL, AW_EMPTY);
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf) return vm_raise_memory(vm);
    ssize_t r;
    int err = 0;
    for (;;) {   /* other threads run while it waits; a signal runs the handlers, then it retries (PEP 475) */
        AwThreadState ts;
        gil_begin_blocking(vm, &ts);
        r = read((int)fd, buf, (size_t)n);
        err = errno;
        gil_end_blocking(vm, &ts);
        if (r >= 0 || err != EINTR) break;
        if (vm_check_interrupt(vm)) { free(buf); return AW_ERR; }
    }
    AwValue result = r < 0 ? raise_errno(vm, err, AW_EMPTY) : AW_NONE;
    if (r >= 0) {
        AwBytes *b = bytes_new(vm, buf, (size_t)r);
        result = b ? value_from_ptr(b) : AW_ERR;
    }
    free(buf);
    return result;
}

static AwValue os_write(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t fd, len;
    const char *data;
    if (args_no_kwargs(vm, "write", kwnames) || args_count(vm, "write", argc, 2, 2) || args_int(vm, argv[0], &fd))
        return AW_ERR;
    if (!bytes_view(argv[1], &data, &len))
        return vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(argv[1]));
    char *copy = NULL;   /* a bytearray could be resized by another thread while this one waits */
    if (!value_is_type(argv[1], &aw_type_bytes) && len > 0) {
        copy = malloc((size_t)len);
        if (!copy) return vm_raise_memory(vm);
        memcpy(copy, data, (size_t)len);
        data = copy;
    }
    ssize_t r;
    int err = 0;
    for (;;) {
        AwThreadState ts;
        gil_begin_blocking(vm, &ts);
        r = write((int)fd, data, (size_t)len);
        err = errno;
        gil_end_blocking(vm, &ts);
        if (r >= 0 || err != EINTR) break;
        if (vm_check_interrupt(vm)) { free(copy); return AW_ERR; }
    }
    free(copy);
    return r < 0 ? raise_errno(vm, err, AW_EMPTY) : value_from_small(r);
}

static AwValue os_isatty(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t fd;
    if (args_count(vm, "isatty", argc, 1, 1) || args_int(vm, argv[0], &fd)) return AW_ERR;
    return value_from_bool(isatty((int)fd));
}

/* _terminal_size(fd) -> (columns, lines); OSError when fd is not a terminal. */
static AwValue os_terminal_size(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t fd = 1;
    if (args_count(vm, "get_terminal_size", argc, 0, 1) || (argc == 1 && args_int(vm, argv[0], &fd))) return AW_ERR;
    struct winsize w;
    if (ioctl((int)fd, TIOCGWINSZ, &w) < 0) return raise_errno(vm, errno, AW_EMPTY);
    AwTuple *t = tuple_pack2(vm, value_from_small(w.ws_col), value_from_small(w.ws_row));
    return t ? value_from_ptr(t) : AW_ERR;
}

/* ---- module ------------------------------------------------------------------------------- */

static const AwMethodDef os_functions[] = {
    {"getcwd", os_getcwd, AW_METH_DEFAULT},
    {"chdir", os_chdir, AW_METH_DEFAULT},
    {"listdir", os_listdir, AW_METH_DEFAULT},
    {"mkdir", os_mkdir, AW_METH_DEFAULT},
    {"rmdir", os_rmdir, AW_METH_DEFAULT},
    {"remove", os_remove, AW_METH_DEFAULT},
    {"unlink", os_unlink, AW_METH_DEFAULT},
    {"rename", os_rename, AW_METH_DEFAULT},
    {"replace", os_replace, AW_METH_DEFAULT},
    {"symlink", os_symlink, AW_METH_DEFAULT},
    {"link", os_link, AW_METH_DEFAULT},
    {"readlink", os_readlink, AW_METH_DEFAULT},
    {"_stat", os_stat, AW_METH_DEFAULT},
    {"_lstat", os_lstat, AW_METH_DEFAULT},
    {"_fstat", os_fstat, AW_METH_DEFAULT},
    {"_statvfs", os_statvfs, AW_METH_DEFAULT},
    {"access", os_access, AW_METH_DEFAULT},
    {"chmod", os_chmod, AW_METH_DEFAULT},
    {"chown", os_chown, AW_METH_DEFAULT},
    {"utime", os_utime, AW_METH_DEFAULT},
    {"_environ", os_environ_dict, AW_METH_DEFAULT},
    {"putenv", os_putenv, AW_METH_DEFAULT},
    {"unsetenv", os_unsetenv, AW_METH_DEFAULT},
    {"getpid", os_getpid, AW_METH_DEFAULT},
    {"getppid", os_getppid, AW_METH_DEFAULT},
    {"getuid", os_getuid, AW_METH_DEFAULT},
    {"umask", os_umask, AW_METH_DEFAULT},
    {"geteuid", os_geteuid, AW_METH_DEFAULT},
    {"getgid", os_getgid, AW_METH_DEFAULT},
    {"getegid", os_getegid, AW_METH_DEFAULT},
    {"cpu_count", os_cpu_count, AW_METH_DEFAULT},
    {"_uname", os_uname, AW_METH_DEFAULT},
    {"_times", os_times, AW_METH_DEFAULT},
    {"pipe", os_pipe, AW_METH_DEFAULT},
    {"dup", os_dup, AW_METH_DEFAULT},
    {"_confstr", os_confstr, AW_METH_DEFAULT},
    {"urandom", os_urandom, AW_METH_DEFAULT},
    {"strerror", os_strerror, AW_METH_DEFAULT},
    {"_system", os_system, AW_METH_DEFAULT},
    {"kill", os_kill, AW_METH_DEFAULT},
    {"_exit", os_exit_now, AW_METH_DEFAULT},
    {"fork", os_fork, AW_METH_DEFAULT},
    {"get_blocking", os_get_blocking, AW_METH_DEFAULT},
    {"pread", os_pread, AW_METH_DEFAULT},
    {"pwrite", os_pwrite, AW_METH_DEFAULT},
    {"lseek", os_lseek, AW_METH_DEFAULT},
    {"ftruncate", os_ftruncate, AW_METH_DEFAULT},
    {"memfd_create", os_memfd_create, AW_METH_DEFAULT},
    {"set_blocking", os_set_blocking, AW_METH_DEFAULT},
    {"open", os_open, AW_METH_DEFAULT},
    {"close", os_close, AW_METH_DEFAULT},
    {"read", os_read, AW_METH_DEFAULT},
    {"write", os_write, AW_METH_DEFAULT},
    {"isatty", os_isatty, AW_METH_DEFAULT},
    {"_terminal_size", os_terminal_size, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

/* Integer constants of the module. */
static const struct {
    const char *name;  /* attribute name */
    int64_t value;     /* its value on this system */
} os_constants[] = {
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    {"_CS_PATH", _CS_PATH}, {"_CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION},
    {"_CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION},
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_APPEND", O_APPEND},
    {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK},
    {"O_NOCTTY", O_NOCTTY}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_SYNC", O_SYNC},
    {"O_DSYNC", O_DSYNC}, {"O_NDELAY", O_NDELAY}, {"O_ACCMODE", O_ACCMODE},
    {"O_CLOEXEC", O_CLOEXEC}, {"MFD_CLOEXEC", MFD_CLOEXEC}, {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    {NULL, 0},
};

AwModule *os_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "posix");
    if (!mod || module_add_functions(vm, mod, os_functions)) return NULL;
    for (int i = 0; os_constants[i].name; i++)
        if (module_add_value(vm, mod, os_constants[i].name, value_from_small(os_constants[i].value))) return NULL;
    if (os_termios_add(vm, mod) || os_process_add(vm, mod) || os_posix_add(vm, mod)) return NULL;
    return mod;
}
