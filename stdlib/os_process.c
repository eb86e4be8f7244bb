/* os_process.c — child processes for subprocess.py (see os_process.h). The child does only
 * async-signal-safe work between fork and exec (dup2, chdir, close, execve), with every string
 * prepared beforehand; an exec or chdir failure travels back to the parent through a
 * close-on-exec pipe, so _spawn reports it as an errno. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "interp/args.h"
#include "interp/bytes.h"
#include "interp/exception.h"
#include "interp/gil.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/ops.h"
#include "interp/float.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/modules.h"
#include "stdlib/os_process.h"

extern char **environ;

static AwValue raise_os(AwVM *vm, int err) {
    AwStr *msg = str_from_cstr(vm, strerror(err));
    if (!msg) return AW_ERR;
    AwValue args[2] = {value_from_small(err), value_from_ptr(msg)};
    AwException *e = exception_new(vm, &aw_exc_OSError, 2, args);
    return e ? vm_raise_value(vm, value_from_ptr(e)) : AW_ERR;
}

/* A NULL-terminated copy of a list of str/bytes as C strings (NULL: an exception is set). */
static char **cstr_array(AwVM *vm, AwValue list, const char *what) {
    if (!value_is_instance(list, &aw_type_list)) {
        vm_raise(vm, &aw_exc_TypeError, "%s must be a list", what);
        return NULL;
    }
    int64_t n = AW_LIST(list)->len;
    char **out = calloc((size_t)n + 1, sizeof *out);
    if (!out) { vm_raise(vm, &aw_exc_MemoryError, "out of memory"); return NULL; }
    for (int64_t i = 0; i < n; i++) {
        AwValue v = AW_LIST(list)->items[i];
        const char *data;
        int64_t len;
        if (value_is_str(v)) { data = AW_STR(v)->data; len = AW_STR(v)->byte_len; }
        else if (!bytes_view(v, &data, &len)) {
            vm_raise(vm, &aw_exc_TypeError, "expected str, bytes or os.PathLike object, not %s", ops_type_name(v));
            goto fail;
        }
        if (memchr(data, 0, (size_t)len)) { vm_raise(vm, &aw_exc_ValueError, "embedded null byte"); goto fail; }
        out[i] = strndup(data, (size_t)len);
        if (!out[i]) { vm_raise(vm, &aw_exc_MemoryError, "out of memory"); goto fail; }
    }
    return out;
fail:
    for (int64_t i = 0; i < n; i++) free(out[i]);
    free(out);
    return NULL;
}

static void free_array(char **a) {
    if (!a) return;
    for (char **p = a; *p; p++) free(*p);
    free(a);
}

/* In the child: reports (errno, stage) to the parent and exits. */
static void child_fail(int pipe_fd, int err, int stage) {
    int msg[2] = {err, stage};
    ssize_t r = write(pipe_fd, msg, sizeof msg);
    (void)r;
    _exit(255);
}

/* In the child: puts fd on target (0, 1 or 2), inheritable. */
static int child_move_fd(int fd, int target) {
    if (fd < 0) return 0;
    if (fd == target) return fcntl(fd, F_SETFD, 0);
    return dup2(fd, target) < 0 ? -1 : 0;
}

static void child_close_fds(int keep) {
    if (close_range(3, (unsigned)keep - 1, 0) == 0 && close_range((unsigned)keep + 1, ~0U, 0) == 0) return;
    long max = sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 65536) max = 65536;
    for (int fd = 3; fd < max; fd++)
        if (fd != keep) close(fd);
}

static void child_exec(char **exes, char **argv, char **envp, const char *cwd, int fds[3], bool close_fds,
                       bool new_session, int pipe_fd) {
    if (new_session) setsid();
    /* descriptors below 3 that must move are first lifted out of the way of the dup2s */
    for (int i = 0; i < 3; i++)
        if (fds[i] >= 0 && fds[i] < 3 && fds[i] != i && (fds[i] = fcntl(fds[i], F_DUPFD_CLOEXEC, 3)) < 0)
            child_fail(pipe_fd, errno, 2);
    for (int i = 0; i < 3; i++)
        if (child_move_fd(fds[i], i) < 0) child_fail(pipe_fd, errno, 2);
    if (cwd && chdir(cwd) < 0) child_fail(pipe_fd, errno, 1);
    signal(SIGPIPE, SIG_DFL);
    signal(SIGXFSZ, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    if (close_fds) child_close_fds(pipe_fd);
    int err = ENOENT;
    for (char **exe = exes; *exe; exe++) {
        execve(*exe, argv, envp ? envp : environ);
        if (errno != ENOENT && errno != ENOTDIR && err == ENOENT) err = errno;
    }
    child_fail(pipe_fd, err, 0);
}

/* _spawn(executables, argv, envp, cwd, fd0, fd1, fd2, close_fds, start_new_session)
 * -> (pid, 0, 0), or (0, errno, stage) when exec (stage 0), chdir (1) or setting up the
 * standard streams (2) failed.
 * executables are the paths to try in turn (PATH was searched by the caller); envp None
 * means this process's environment; fdN -1 leaves the stream inherited. */
static AwValue proc_spawn(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "_spawn", kwnames) || args_count(vm, "_spawn", argc, 9, 9)) return AW_ERR;
    int64_t fd[3];
    for (int i = 0; i < 3; i++)
        if (args_int(vm, argv[4 + i], &fd[i])) return AW_ERR;
    int close_fds = ops_truthy(vm, argv[7]), new_session = ops_truthy(vm, argv[8]);
    if (close_fds < 0 || new_session < 0) return AW_ERR;
    char **exes = NULL, **args = NULL, **envp = NULL, *cwd = NULL;
    AwValue result = AW_ERR;
    if (!(exes = cstr_array(vm, argv[0], "executables")) || !(args = cstr_array(vm, argv[1], "argv"))) goto done;
    if (argv[2] != AW_NONE && !(envp = cstr_array(vm, argv[2], "env"))) goto done;
    if (argv[3] != AW_NONE) {
        if (!value_is_str(argv[3])) { vm_raise(vm, &aw_exc_TypeError, "cwd must be str"); goto done; }
        if (!(cwd = strdup(AW_STR(argv[3])->data))) { vm_raise(vm, &aw_exc_MemoryError, "out of memory"); goto done; }
    }
    int pipe_fds[2];
    if (pipe2(pipe_fds, O_CLOEXEC) < 0) { raise_os(vm, errno); goto done; }
    int fds[3] = {(int)fd[0], (int)fd[1], (int)fd[2]};
    pid_t pid = fork();
    if (pid == 0) child_exec(exes, args, envp, cwd, fds, close_fds, new_session, pipe_fds[1]);
    int fork_err = errno;
    close(pipe_fds[1]);
    if (pid < 0) { close(pipe_fds[0]); raise_os(vm, fork_err); goto done; }
    int msg[2];
    ssize_t n;
    do n = read(pipe_fds[0], msg, sizeof msg); while (n < 0 && errno == EINTR);
    close(pipe_fds[0]);
    int64_t out[3] = {pid, 0, 0};
    if (n == (ssize_t)sizeof msg) {   /* the child failed before exec: reap it */
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
        out[0] = 0;
        out[1] = msg[0];
        out[2] = msg[1];
    }
    AwTuple *t = tuple_new(vm, 3);
    if (t) {
        for (int i = 0; i < 3; i++) t->items[i] = value_from_small(out[i]);
        result = value_from_ptr(t);
    }
done:
    free_array(exes);
    free_array(args);
    free_array(envp);
    free(cwd);
    return result;
}

static double now_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* waitpid(pid, options) -> (pid, status); other threads run while it blocks. */
static AwValue proc_waitpid(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t pid, options;
    if (args_no_kwargs(vm, "waitpid", kwnames) || args_count(vm, "waitpid", argc, 2, 2) ||
        args_int(vm, argv[0], &pid) || args_int(vm, argv[1], &options))
        return AW_ERR;
    int status = 0;
    pid_t r;
    for (;;) {
        AwThreadState ts;
        gil_begin_blocking(vm, &ts);
        r = waitpid((pid_t)pid, &status, (int)options);
        int err = errno;
        gil_end_blocking(vm, &ts);
        if (r >= 0) break;
        if (err != EINTR) return raise_os(vm, err);
        if (vm_check_interrupt(vm)) return AW_ERR;
    }
    AwTuple *t = tuple_new(vm, 2);
    if (!t) return AW_ERR;
    t->items[0] = value_from_small(r);
    t->items[1] = value_from_small(status);
    return value_from_ptr(t);
}


/* A growable byte buffer for _communicate. */
typedef struct {
    char *data;   /* malloc'd bytes */
    size_t len;   /* bytes used */
    size_t cap;   /* bytes allocated */
} Chunk;

static bool chunk_read(Chunk *c, int fd, bool *eof) {
    if (c->cap - c->len < 65536) {
        size_t cap = c->cap ? c->cap * 2 : 65536;
        char *d = realloc(c->data, cap);
        if (!d) return false;
        c->data = d;
        c->cap = cap;
    }
    ssize_t n = read(fd, c->data + c->len, c->cap - c->len);
    if (n > 0) c->len += (size_t)n;
    else if (n == 0 || (errno != EINTR && errno != EAGAIN)) *eof = true;
    return true;
}

/* _communicate(in_fd, input, out_fd, err_fd, timeout) -> (out, err, timed_out): writes input
 * (bytes) to in_fd and closes it, reads out_fd and err_fd to their end; fds of -1 are skipped.
 * timeout None waits for ever. The caller closes out_fd and err_fd. */
static AwValue proc_communicate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "_communicate", kwnames) || args_count(vm, "_communicate", argc, 5, 5)) return AW_ERR;
    int64_t fd[3];
    if (args_int(vm, argv[0], &fd[0]) || args_int(vm, argv[2], &fd[1]) || args_int(vm, argv[3], &fd[2])) return AW_ERR;
    const char *input = "";
    int64_t input_len = 0;
    if (argv[1] != AW_NONE && !bytes_view(argv[1], &input, &input_len))
        return vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(argv[1]));
    double timeout = -1;
    if (argv[4] != AW_NONE && float_coerce(vm, argv[4], &timeout)) return AW_ERR;
    double deadline = timeout >= 0 ? now_seconds() + timeout : 0;
    /* the caller's bytes stay alive: argv is on the caller's stack, and no aw code runs here */
    char *in_copy = input_len ? malloc((size_t)input_len) : NULL;
    if (input_len && !in_copy) return vm_raise(vm, &aw_exc_MemoryError, "out of memory");
    if (input_len) memcpy(in_copy, input, (size_t)input_len);
    Chunk out = {0}, err = {0};
    size_t written = 0;
    bool open[3] = {fd[0] >= 0, fd[1] >= 0, fd[2] >= 0}, timed_out = false, oom = false;
    int fail = 0;
    if (open[0] && input_len == 0) { close((int)fd[0]); open[0] = false; }
    /* a blocking write of more than the pipe holds would wait for a child that is itself
     * waiting for us to read its output */
    if (open[0]) fcntl((int)fd[0], F_SETFL, fcntl((int)fd[0], F_GETFL) | O_NONBLOCK);
    AwThreadState ts;
    gil_begin_blocking(vm, &ts);
    while ((open[0] || open[1] || open[2]) && !oom && !fail) {
        struct pollfd p[3];
        int idx[3], n = 0;
        for (int i = 0; i < 3; i++)
            if (open[i]) {
                p[n] = (struct pollfd){.fd = (int)fd[i], .events = i == 0 ? POLLOUT : POLLIN};
                idx[n++] = i;
            }
        int wait_ms = -1;
        if (timeout >= 0) {
            double left = deadline - now_seconds();
            if (left <= 0) { timed_out = true; break; }
            wait_ms = (int)(left * 1000) + 1;
        }
        int r = poll(p, (nfds_t)n, wait_ms);
        if (r < 0) {
            if (errno == EINTR) {
                if (vm->interrupt_pending) break;
                continue;
            }
            fail = errno;
            break;
        }
        for (int k = 0; k < n; k++) {
            int i = idx[k];
            if (!p[k].revents) continue;
            if (i == 0) {
                ssize_t w = write((int)fd[0], in_copy + written, (size_t)input_len - written);
                if (w > 0) written += (size_t)w;
                if ((w < 0 && errno != EINTR && errno != EAGAIN) || written == (size_t)input_len) {
                    close((int)fd[0]);   /* EPIPE: the child stopped reading, as CPython ignores */
                    open[0] = false;
                }
            } else {
                bool eof = false;
                if (!chunk_read(i == 1 ? &out : &err, (int)fd[i], &eof)) oom = true;
                if (eof) open[i] = false;
            }
        }
    }
    gil_end_blocking(vm, &ts);
    if (open[0]) close((int)fd[0]);   /* the input fd is ours on every path */
    free(in_copy);
    AwValue result = AW_ERR;
    if (oom) vm_raise(vm, &aw_exc_MemoryError, "out of memory");
    else if (fail) raise_os(vm, fail);
    else if (!vm_check_interrupt(vm)) {
        AwBytes *o = bytes_new(vm, out.data ? out.data : "", out.len);
        AwBytes *e = o ? bytes_new(vm, err.data ? err.data : "", err.len) : NULL;
        AwTuple *t = e ? tuple_new(vm, 3) : NULL;
        if (t) {
            t->items[0] = value_from_ptr(o);
            t->items[1] = value_from_ptr(e);
            t->items[2] = value_from_bool(timed_out);
            result = value_from_ptr(t);
        }
    }
    free(out.data);
    free(err.data);
    return result;
}

/* _waitpid_timeout(pid, seconds) -> (pid, status), or None when the child is still running
 * after that many seconds of real time (the virtual clock does not apply: a child runs in
 * real time). Polls with short sleeps, letting other threads run. */
static AwValue proc_waitpid_timeout(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t pid;
    double timeout;
    if (args_no_kwargs(vm, "_waitpid_timeout", kwnames) || args_count(vm, "_waitpid_timeout", argc, 2, 2) ||
        args_int(vm, argv[0], &pid) || float_coerce(vm, argv[1], &timeout))
        return AW_ERR;
    double deadline = now_seconds() + timeout, delay = 0.0005;
    int status = 0;
    pid_t r;
    for (;;) {
        r = waitpid((pid_t)pid, &status, WNOHANG);
        if (r < 0 && errno != EINTR) return raise_os(vm, errno);
        if (r > 0) break;
        double left = deadline - now_seconds();
        if (left <= 0) return AW_NONE;
        delay = delay * 2 < 0.05 ? delay * 2 : 0.05;
        if (delay > left) delay = left;
        struct timespec ts_sleep = {.tv_sec = 0, .tv_nsec = (long)(delay * 1e9)};
        AwThreadState ts;
        gil_begin_blocking(vm, &ts);
        nanosleep(&ts_sleep, NULL);
        gil_end_blocking(vm, &ts);
        if (vm_check_interrupt(vm)) return AW_ERR;
    }
    AwTuple *t = tuple_new(vm, 2);
    if (!t) return AW_ERR;
    t->items[0] = value_from_small(r);
    t->items[1] = value_from_small(status);
    return value_from_ptr(t);
}

/* _execve(path, argv, env): os.py has checked the arguments (lists of str/bytes, env None for
 * this process's environment); returns only with OSError raised. */
static AwValue proc_execve(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "_execve", kwnames) || args_count(vm, "_execve", argc, 3, 3)) return AW_ERR;
    const char *path;
    int64_t len;
    if (value_is_str(argv[0])) path = AW_STR(argv[0])->data;
    else if (!bytes_view(argv[0], &path, &len)) return vm_raise(vm, &aw_exc_TypeError, "_execve: bad path");
    char **args = cstr_array(vm, argv[1], "argv"), **envp = NULL;
    if (!args || (argv[2] != AW_NONE && !(envp = cstr_array(vm, argv[2], "env")))) { free_array(args); return AW_ERR; }
    execve(path, args, envp ? envp : environ);
    int err = errno;
    free_array(args);
    free_array(envp);
    return os_raise_errno(vm, err);
}

static const AwMethodDef process_functions[] = {
    {"_execve", proc_execve, AW_METH_DEFAULT},
    {"_spawn", proc_spawn, AW_METH_DEFAULT},
    {"waitpid", proc_waitpid, AW_METH_DEFAULT},
    {"_waitpid_timeout", proc_waitpid_timeout, AW_METH_DEFAULT},
    {"_communicate", proc_communicate, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwStatus os_process_add(AwVM *vm, AwModule *mod) {
    if (module_add_functions(vm, mod, process_functions)) return AW_ERROR;
    if (module_add_value(vm, mod, "WNOHANG", value_from_small(WNOHANG))) return AW_ERROR;
    return module_add_value(vm, mod, "WUNTRACED", value_from_small(WUNTRACED));
}
