/* file.c — file objects over OS descriptors with aw's own buffers (see file.h).
 *
 * Reads fill rbuf from the descriptor; writes collect in wbuf. A file opened '+' switches
 * between the two: before writing, unread bytes are given back with lseek; before reading,
 * pending writes are flushed. Text mode decodes UTF-8 per request (read(n) counts code
 * points), so a multi-byte character is never split between two results.
 */
#include "interp/file.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "interp/args.h"
#include "interp/bytes.h"
#include "interp/charmap.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

#define FILE_BUF_SIZE 8192

/* The original standard streams, for file_flush_std; cleared when an object is freed. */
static AwFile *std_files[3];

/* ---- errors ------------------------------------------------------------------------------- */

/* Raises the OSError subclass for errno (OSError's constructor picks it), with the file name
 * in the message when there is one. */
static AwValue raise_errno(AwVM *vm, int err, AwValue filename) {
    AwStr *msg = str_from_cstr(vm, strerror(err));
    if (!msg) return AW_ERR;
    AwValue args[3] = {value_from_small(err), value_from_ptr(msg), filename};
    AwException *e = exception_new(vm, &aw_exc_OSError, filename == AW_EMPTY ? 2 : 3, args);
    return e ? vm_raise_value(vm, value_from_ptr(e)) : AW_ERR;
}

static AwValue raise_closed(AwVM *vm) {
    return vm_raise(vm, &aw_exc_ValueError, "I/O operation on closed file.");
}

static AwStatus check_open(AwVM *vm, AwFile *f) {
    return f->fd >= 0 ? AW_OK : vm_fail(raise_closed(vm));
}

/* io.UnsupportedOperation. CPython's bases are (OSError, ValueError); aw's layout rules
 * allow one built-in exception base, so it derives from OSError only. Made on first use and
 * kept in the file type's dict, which is a GC root. */
static AwType *unsupported_operation(AwVM *vm) {
    AwStr *name = str_intern_cstr(vm, "UnsupportedOperation");
    if (!name) return NULL;
    AwValue cls = dict_get_str(aw_type_file.dict, name);
    if (cls != AW_EMPTY) return (AwType *)value_as_ptr(cls);
    AwDict *ns = dict_new(vm);
    AwStr *module = str_intern_cstr(vm, "io");
    AwTuple *bases = tuple_from(vm, 1, (AwValue[]){value_from_ptr(&aw_exc_OSError)});
    if (!ns || !module || !bases || dict_set_str(vm, ns, AW_NAME(vm, __module__), value_from_ptr(module)) != AW_OK)
        return NULL;
    cls = class_new(vm, &aw_type_type, name, bases, ns);
    if (cls == AW_ERR || dict_set_str(vm, aw_type_file.dict, name, cls) != AW_OK) return NULL;
    aw_type_file.version++;
    return (AwType *)value_as_ptr(cls);
}

static AwValue raise_unsupported(AwVM *vm, const char *msg) {
    AwType *type = unsupported_operation(vm);
    AwStr *text = type ? str_from_cstr(vm, msg) : NULL;
    if (!text) return AW_ERR;
    AwValue arg = value_from_ptr(text);
    AwException *e = exception_new(vm, type, 1, &arg);
    return e ? vm_raise_value(vm, value_from_ptr(e)) : AW_ERR;
}

static AwStatus check_readable(AwVM *vm, AwFile *f) {
    if (check_open(vm, f) != AW_OK) return AW_ERROR;
    return f->is_readable ? AW_OK : vm_fail(raise_unsupported(vm, "not readable"));
}

static AwStatus check_writable(AwVM *vm, AwFile *f) {
    if (check_open(vm, f) != AW_OK) return AW_ERROR;
    return f->is_writable ? AW_OK : vm_fail(raise_unsupported(vm, "not writable"));
}

/* ---- raw descriptor I/O ------------------------------------------------------------------- */

/* Waits until fd is ready (descriptors libuv made non-blocking return EAGAIN). */
static void wait_fd(int fd, short events) {
    struct pollfd p = {.fd = fd, .events = events};
    while (poll(&p, 1, -1) < 0 && errno == EINTR) {}
}

static AwStatus write_all(AwVM *vm, AwFile *f, const char *data, size_t len) {
    while (len > 0) {
        ssize_t n = write(f->fd, data, len);
        if (n >= 0) { data += n; len -= (size_t)n; continue; }
        if (errno == EINTR) continue;
        if (errno == EAGAIN) { wait_fd(f->fd, POLLOUT); continue; }
        int err = errno;
        /* A standard stream whose reader went away drops all further output; the
         * BrokenPipeError ends the program quietly (repl_report_exception). */
        if (err == EPIPE && f->is_std) { f->is_broken = true; f->wbuf_len = 0; }
        return vm_fail(raise_errno(vm, err, AW_EMPTY));
    }
    return AW_OK;
}

static AwStatus flush_wbuf(AwVM *vm, AwFile *f) {
    if (f->wbuf_len == 0 || f->is_broken) { f->wbuf_len = 0; return AW_OK; }
    size_t n = f->wbuf_len;
    f->wbuf_len = 0;
    return write_all(vm, f, f->wbuf, n);
}

/* Reads up to `want` bytes into buf: the count, 0 at EOF, -1 with OSError raised. */
static ssize_t read_some(AwVM *vm, AwFile *f, char *buf, size_t want) {
    for (;;) {
        ssize_t n = read(f->fd, buf, want);
        if (n >= 0) return n;
        if (errno == EINTR) continue;
        if (errno == EAGAIN) { wait_fd(f->fd, POLLIN); continue; }
        raise_errno(vm, errno, AW_EMPTY);
        return -1;
    }
}

/* ---- the read buffer ---------------------------------------------------------------------- */

static size_t unread(AwFile *f) { return f->rbuf_len - f->rbuf_pos; }

/* The unread bytes as the file holds them: one byte per code point in a single-byte encoding
 * (a replacing error handler makes this approximate). */
static size_t unread_raw(AwFile *f) {
    if (!f->is_8bit) return unread(f);
    size_t n = 0;
    for (size_t i = f->rbuf_pos; i < f->rbuf_len; i++) n += ((unsigned char)f->rbuf[i] & 0xC0) != 0x80;
    return n;
}

/* Gives unread bytes back to the descriptor so its offset is the logical position. */
static AwStatus drop_rbuf(AwVM *vm, AwFile *f) {
    size_t n = unread_raw(f);
    f->rbuf_pos = f->rbuf_len = 0;
    if (n && lseek(f->fd, -(off_t)n, SEEK_CUR) < 0 && errno != ESPIPE)
        return vm_fail(raise_errno(vm, errno, AW_EMPTY));
    return AW_OK;
}

/* Before reading: pending writes go out, and reading stdin first shows stdout's prompt. */
static AwStatus prepare_read(AwVM *vm, AwFile *f) {
    if (check_readable(vm, f) != AW_OK) return AW_ERROR;
    if (f->fd == 0) file_flush_std(vm);
    return flush_wbuf(vm, f);
}

/* Makes room for `need` more bytes after the unread ones (at least half a buffer). */
static AwStatus reserve_rbuf(AwVM *vm, AwFile *f, size_t need) {
    if (f->rbuf_pos > 0) {
        memmove(f->rbuf, f->rbuf + f->rbuf_pos, unread(f));
        f->rbuf_len -= f->rbuf_pos;
        f->rbuf_pos = 0;
    }
    if (need < FILE_BUF_SIZE / 2) need = FILE_BUF_SIZE / 2;
    if (f->rbuf_cap - f->rbuf_len >= need) return AW_OK;
    size_t cap = f->rbuf_cap ? f->rbuf_cap * 2 : FILE_BUF_SIZE;
    while (cap - f->rbuf_len < need) cap *= 2;
    char *p = gc_realloc(vm, f->rbuf, f->rbuf_cap, cap);
    if (!p) return AW_ERROR;
    f->rbuf = p;
    f->rbuf_cap = cap;
    return AW_OK;
}

/* fill() for a single-byte encoding: a raw chunk decoded to UTF-8 (the codec is stateless). */
static int fill_8bit(AwVM *vm, AwFile *f) {
    char raw[FILE_BUF_SIZE / 4];
    ssize_t n = read_some(vm, f, raw, sizeof raw);
    if (n < 0) return -1;
    f->at_eof = n == 0;
    if (n == 0) return 0;
    AwValue errors = f->errors ? str_value(f->errors) : AW_EMPTY;
    AwValue text = bytes_decode(vm, raw, (size_t)n, str_value(f->encoding), errors);
    if (text == AW_ERR) return -1;
    AwStr *s = AW_STR(text);
    if (reserve_rbuf(vm, f, (size_t)s->byte_len) != AW_OK) return -1;
    memcpy(f->rbuf + f->rbuf_len, s->data, (size_t)s->byte_len);
    f->rbuf_len += (size_t)s->byte_len;
    return 1;
}

/* Reads more bytes after the unread ones: 1 if some arrived, 0 at EOF, -1 on error. */
static int fill(AwVM *vm, AwFile *f) {
    if (f->is_8bit) return fill_8bit(vm, f);
    if (reserve_rbuf(vm, f, 0) != AW_OK) return -1;
    ssize_t n = read_some(vm, f, f->rbuf + f->rbuf_len, f->rbuf_cap - f->rbuf_len);
    if (n < 0) return -1;
    f->rbuf_len += (size_t)n;
    f->at_eof = n == 0;
    return n > 0;
}

/* Turns `len` unread bytes into the result (str or bytes) and consumes them. */
static AwValue take(AwVM *vm, AwFile *f, size_t len) {
    const char *p = f->rbuf ? f->rbuf + f->rbuf_pos : "";
    AwValue out;
    if (f->is_binary) {
        AwBytes *b = bytes_new(vm, p, len);
        out = b ? value_from_ptr(b) : AW_ERR;
    } else {
        /* a single-byte decoder wrote the buffer: it may hold surrogates (surrogateescape) */
        AwStr *s = f->is_8bit ? str_new(vm, p, len) : str_from_utf8_checked(vm, p, len);
        out = s ? value_from_ptr(s) : AW_ERR;
    }
    if (out != AW_ERR) f->rbuf_pos += len;
    return out;
}

/* Byte length of the first `chars` complete code points of the unread bytes, or of all
 * complete ones if fewer; *got receives how many code points that is. */
static size_t utf8_prefix(AwFile *f, int64_t chars, int64_t *got) {
    const unsigned char *p = (const unsigned char *)f->rbuf + f->rbuf_pos;
    size_t n = unread(f), i = 0;
    int64_t count = 0;
    while (i < n && count < chars) {
        size_t width = p[i] < 0x80 ? 1 : p[i] >= 0xF0 ? 4 : p[i] >= 0xE0 ? 3 : p[i] >= 0xC0 ? 2 : 1;
        if (i + width > n) break;
        i += width;
        count++;
    }
    *got = count;
    return i;
}

static AwValue read_all(AwVM *vm, AwFile *f) {
    for (;;) {
        int r = fill(vm, f);
        if (r < 0) return AW_ERR;
        if (r == 0) break;
    }
    return take(vm, f, unread(f));
}

static AwValue read_n(AwVM *vm, AwFile *f, int64_t n) {
    for (;;) {
        int64_t got = (int64_t)unread(f);
        size_t bytes = (size_t)(got < n ? got : n);
        if (!f->is_binary) bytes = utf8_prefix(f, n, &got);
        if (got >= n) return take(vm, f, bytes);
        int r = fill(vm, f);
        if (r < 0) return AW_ERR;
        if (r == 0) return take(vm, f, f->is_binary ? bytes : unread(f));
    }
}

AwValue file_readline(AwVM *vm, AwFile *f, int64_t limit) {
    if (prepare_read(vm, f) != AW_OK) return AW_ERR;
    size_t scanned = 0;
    for (;;) {
        const char *start = f->rbuf ? f->rbuf + f->rbuf_pos : NULL;
        const char *nl = start ? memchr(start + scanned, '\n', unread(f) - scanned) : NULL;
        if (nl) return take(vm, f, (size_t)(nl - start) + 1);
        if (limit >= 0 && f->is_binary && unread(f) >= (size_t)limit) return take(vm, f, (size_t)limit);
        scanned = unread(f);
        int r = fill(vm, f);
        if (r < 0) return AW_ERR;
        if (r == 0) return take(vm, f, unread(f));
    }
}

/* readline(size) in text mode counts code points: cut the line after reading it whole, and
 * give the rest back to the buffer. */
static AwValue readline_limited(AwVM *vm, AwFile *f, int64_t limit) {
    if (limit < 0 || f->is_binary) return file_readline(vm, f, limit);
    if (prepare_read(vm, f) != AW_OK) return AW_ERR;
    for (;;) {
        int64_t got;
        size_t bytes = utf8_prefix(f, limit, &got);
        const char *start = f->rbuf ? f->rbuf + f->rbuf_pos : NULL;
        const char *nl = start ? memchr(start, '\n', bytes) : NULL;
        if (nl) return take(vm, f, (size_t)(nl - start) + 1);
        if (got >= limit) return take(vm, f, bytes);
        int r = fill(vm, f);
        if (r < 0) return AW_ERR;
        if (r == 0) return take(vm, f, unread(f));
    }
}

/* ---- writing ------------------------------------------------------------------------------ */

AwStatus file_flush(AwVM *vm, AwFile *f) {
    if (check_open(vm, f) != AW_OK) return AW_ERROR;
    return flush_wbuf(vm, f);
}

static AwStatus buffer_write(AwVM *vm, AwFile *f, const char *data, size_t len);

/* file_write_bytes for a single-byte encoding: the text encoded with the file's errors. */
static AwStatus write_8bit(AwVM *vm, AwFile *f, const char *data, size_t len) {
    AwStr *s = str_new(vm, data, len);
    if (!s || gc_push_root(vm, str_value(s))) return AW_ERROR;   /* an error handler may run aw code */
    AwValue errors = f->errors ? str_value(f->errors) : AW_EMPTY;
    AwValue b = bytes_encode(vm, s, str_value(f->encoding), errors);
    gc_pop_roots(vm, 1);
    if (b == AW_ERR) return AW_ERROR;
    return buffer_write(vm, f, AW_BYTES(b)->data, (size_t)AW_BYTES(b)->len);
}

AwStatus file_write_bytes(AwVM *vm, AwFile *f, const char *data, size_t len) {
    if (check_writable(vm, f) != AW_OK) return AW_ERROR;
    if (f->is_8bit && !f->is_binary) return write_8bit(vm, f, data, len);
    return buffer_write(vm, f, data, len);
}

static AwStatus buffer_write(AwVM *vm, AwFile *f, const char *data, size_t len) {
    if (f->is_broken) return AW_OK;
    if (unread(f) && drop_rbuf(vm, f) != AW_OK) return AW_ERROR;
    if (!f->wbuf) {
        f->wbuf = gc_alloc(vm, FILE_BUF_SIZE);
        if (!f->wbuf) return AW_ERROR;
        f->wbuf_cap = FILE_BUF_SIZE;
    }
    if (f->wbuf_len + len > f->wbuf_cap && flush_wbuf(vm, f) != AW_OK) return AW_ERROR;
    if (len >= f->wbuf_cap) return write_all(vm, f, data, len);
    memcpy(f->wbuf + f->wbuf_len, data, len);
    f->wbuf_len += len;
    if (f->is_write_through || (f->is_line_buffered && memchr(data, '\n', len))) return flush_wbuf(vm, f);
    return AW_OK;
}

void file_flush_std(AwVM *vm) {
    for (int i = 1; i < 3; i++) {
        AwFile *f = std_files[i];
        if (!f || f->fd < 0 || f->is_broken || f->wbuf_len == 0) continue;
        if (flush_wbuf(vm, f) != AW_OK) vm_exc_clear(vm);
    }
}

/* ---- closing and GC ----------------------------------------------------------------------- */

static AwStatus file_close(AwVM *vm, AwFile *f) {
    if (f->fd < 0) return AW_OK;
    AwStatus st = flush_wbuf(vm, f);
    if (f->buffer) f->buffer->fd = -1;   /* write-through: nothing left to flush */
    if (f->owns_fd && close(f->fd) < 0 && st == AW_OK) st = vm_fail(raise_errno(vm, errno, AW_EMPTY));
    f->fd = -1;
    f->rbuf_pos = f->rbuf_len = 0;
    return st;
}

static void file_trace(AwGC *gc, AwObject *self) {
    AwFile *f = (AwFile *)self;
    gc_mark_value(gc, f->name);
    gc_mark_object(gc, (AwObject *)f->mode);
    gc_mark_object(gc, (AwObject *)f->encoding);
    gc_mark_object(gc, (AwObject *)f->errors);
    gc_mark_object(gc, (AwObject *)f->buffer);
}

/* Flushes what it can without raising (the object is dying, maybe at exit). */
static void file_free(AwVM *vm, AwObject *self) {
    AwFile *f = (AwFile *)self;
    if (f->fd >= 0 && f->wbuf_len && !f->is_broken) {
        const char *p = f->wbuf;
        size_t n = f->wbuf_len;
        while (n > 0) {
            ssize_t w = write(f->fd, p, n);
            if (w < 0 && errno == EINTR) continue;
            if (w < 0 && errno == EAGAIN) { wait_fd(f->fd, POLLOUT); continue; }
            if (w <= 0) break;
            p += w;
            n -= (size_t)w;
        }
    }
    if (f->fd >= 0 && f->owns_fd) close(f->fd);
    f->fd = -1;
    for (int i = 0; i < 3; i++)
        if (std_files[i] == f) std_files[i] = NULL;
    gc_free(vm, f->rbuf, f->rbuf_cap);
    gc_free(vm, f->wbuf, f->wbuf_cap);
    f->rbuf = f->wbuf = NULL;
}

/* ---- open() ------------------------------------------------------------------------------- */

/* Parsed open() mode. */
typedef struct {
    int flags;          /* open(2) flags */
    bool is_binary;     /* 'b' */
    bool is_readable;   /* 'r' or '+' */
    bool is_writable;   /* 'w', 'a', 'x' or '+' */
} OpenMode;

static AwStatus parse_mode(AwVM *vm, AwStr *mode, OpenMode *m) {
    int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0, text = 0, binary = 0;
    for (int64_t i = 0; i < mode->byte_len; i++) {
        char c = mode->data[i];
        int *slot = c == 'x' ? &creating : c == 'r' ? &reading : c == 'w' ? &writing : c == 'a' ? &appending
                  : c == '+' ? &updating : c == 't' ? &text : c == 'b' ? &binary : NULL;
        if (!slot || *slot)
            return vm_fail(vm_raise(vm, &aw_exc_ValueError, "invalid mode: '%s'", mode->data));
        *slot = 1;
    }
    if (text && binary)
        return vm_fail(vm_raise(vm, &aw_exc_ValueError, "can't have text and binary mode at once"));
    int kinds = creating + reading + writing + appending;
    if (kinds > 1)
        return vm_fail(vm_raise(vm, &aw_exc_ValueError, "must have exactly one of create/read/write/append mode"));
    if (kinds == 0)
        return vm_fail(vm_raise(vm, &aw_exc_ValueError,
                                "Must have exactly one of create/read/write/append mode and at most one plus"));
    m->is_binary = binary;
    m->is_readable = reading || updating;
    m->is_writable = !reading || updating;
    m->flags = (updating ? O_RDWR : reading ? O_RDONLY : O_WRONLY) | O_CLOEXEC;
    if (writing) m->flags |= O_CREAT | O_TRUNC;
    if (appending) m->flags |= O_CREAT | O_APPEND;
    if (creating) m->flags |= O_CREAT | O_EXCL;
    return AW_OK;
}

/* UTF-8 ("locale", what io.text_encoding(None) gives in 3.11, is UTF-8 here) and the
 * single-byte encodings (ASCII, latin-1 and the charmap codecs, *is_8bit); other names
 * raise LookupError. */
static AwStatus check_encoding(AwVM *vm, AwValue enc, bool *is_8bit) {
    *is_8bit = false;
    if (enc == AW_NONE) return AW_OK;
    if (!value_is_str(enc))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "open() argument 'encoding' must be str or None, not %s",
                                ops_type_name(enc)));
    char norm[16];
    size_t n = 0;
    for (const char *p = AW_STR(enc)->data; *p && n < sizeof norm - 1; p++)
        if (*p != '-' && *p != '_') norm[n++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    norm[n] = 0;
    if (!strcmp(norm, "utf8") || !strcmp(norm, "locale")) return AW_OK;
    /* ASCII goes through the codec too, so non-ASCII text meets the errors handler */
    static const char *const latin1[] = {"latin1", "latin", "l1", "iso88591", "8859", "cp819", "isoir100",
                                         "ascii", "usascii", NULL};
    for (int i = 0; latin1[i]; i++)
        if (!strcmp(norm, latin1[i])) { *is_8bit = true; return AW_OK; }
    if (charmap_find_value(enc) >= 0) { *is_8bit = true; return AW_OK; }
    return vm_fail(vm_raise(vm, &aw_exc_LookupError, "unknown encoding: %s", AW_STR(enc)->data));
}

static AwFile *file_alloc(AwVM *vm, int fd, AwValue name, AwStr *mode, bool is_binary) {
    AwFile *f = (AwFile *)gc_new(vm, &aw_type_file, sizeof(AwFile));
    if (!f) return NULL;
    f->fd = fd;
    f->name = name;
    f->mode = mode;
    f->is_binary = is_binary;
    f->owns_fd = true;
    if (!is_binary) {
        f->encoding = str_intern_cstr(vm, "UTF-8");
        if (!f->encoding) return NULL;
    }
    return f;
}

/* Opens the path (a str) or takes the descriptor (an int) for open(). Returns fd or -1. */
static int open_target(AwVM *vm, AwValue file, const OpenMode *m) {
    if (int_check(file)) {
        int64_t fd;
        if (int_to_i64(vm, file, &fd) != AW_OK) return -1;
        if (fd < 0) { vm_raise(vm, &aw_exc_ValueError, "negative file descriptor"); return -1; }
        return (int)fd;
    }
    const char *path = value_is_str(file) ? AW_STR(file)->data
                     : value_is_instance(file, &aw_type_bytes) ? AW_BYTES(file)->data : NULL;
    if (!path) {
        vm_raise(vm, &aw_exc_TypeError, "expected str, bytes or os.PathLike object, not %s", ops_type_name(file));
        return -1;
    }
    int64_t len = value_is_str(file) ? AW_STR(file)->byte_len : AW_BYTES(file)->len;
    if ((int64_t)strlen(path) != len) { vm_raise(vm, &aw_exc_ValueError, "embedded null byte"); return -1; }
    int fd;
    do fd = open(path, m->flags, 0666); while (fd < 0 && errno == EINTR);
    if (fd < 0) { raise_errno(vm, errno, file); return -1; }
    if (m->flags & O_APPEND) lseek(fd, 0, SEEK_END);   /* tell() starts at the end, as CPython */
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        raise_errno(vm, EISDIR, file);
        return -1;
    }
    return fd;
}

/* open(file, ..., opener=f): the descriptor is f(file, flags), as CPython's FileIO does. */
static int open_with_opener(AwVM *vm, AwValue file, AwValue opener, const OpenMode *m) {
    AwValue args[2] = {file, value_from_small(m->flags)};
    AwValue r = vm_call(vm, opener, 2, args, NULL);
    if (r == AW_ERR) return -1;
    int64_t fd;
    if (!int_check(r)) {
        vm_raise(vm, &aw_exc_TypeError, "expected integer from opener");
        return -1;
    }
    if (int_to_i64(vm, r, &fd) != AW_OK) return -1;
    if (fd < 0 || fd > INT32_MAX) { vm_raise(vm, &aw_exc_ValueError, "opener returned %lld", (long long)fd); return -1; }
    if (m->flags & O_APPEND) lseek((int)fd, 0, SEEK_END);
    return (int)fd;
}

AwValue file_open(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors", "newline",
                                        "closefd", "opener", NULL};
    AwValue a[8];
    if (args_parse(vm, "open", argc, argv, kwnames, names, 1, 8, a) != AW_OK) return AW_ERR;
    AwValue mode = a[1] == AW_EMPTY ? AW_EMPTY : a[1];
    if (mode != AW_EMPTY && !value_is_str(mode))
        return vm_raise(vm, &aw_exc_TypeError, "open() argument 'mode' must be str, not %s", ops_type_name(mode));
    AwStr *mode_str = mode == AW_EMPTY ? str_intern_cstr(vm, "r") : AW_STR(mode);
    if (!mode_str) return AW_ERR;
    OpenMode m;
    if (parse_mode(vm, mode_str, &m) != AW_OK) return AW_ERR;
    AwValue enc = a[3] == AW_EMPTY ? AW_NONE : a[3];
    if (m.is_binary && enc != AW_NONE)
        return vm_raise(vm, &aw_exc_ValueError, "binary mode doesn't take an encoding argument");
    if (m.is_binary && a[4] != AW_EMPTY && a[4] != AW_NONE)
        return vm_raise(vm, &aw_exc_ValueError, "binary mode doesn't take an errors argument");
    bool is_8bit;
    if (check_encoding(vm, enc, &is_8bit) != AW_OK) return AW_ERR;
    AwValue errors = a[4] == AW_EMPTY ? AW_NONE : a[4];
    if (errors != AW_NONE && !value_is_str(errors))
        return vm_raise(vm, &aw_exc_TypeError, "open() argument 'errors' must be str or None, not %s",
                        ops_type_name(errors));
    if (a[2] != AW_EMPTY && a[2] == value_from_small(0) && !m.is_binary)
        return vm_raise(vm, &aw_exc_ValueError, "can't have unbuffered text I/O");
    if (!int_check(a[0]) && !value_is_str(a[0]) && !value_is_instance(a[0], &aw_type_bytes)) {
        /* an os.PathLike (pathlib.Path): open its __fspath__(), which also becomes f.name */
        AwStr *dunder = str_intern_cstr(vm, "__fspath__");
        AwValue p = dunder ? vm_call_dunder(vm, a[0], dunder, 0, NULL) : AW_ERR;
        if (p == AW_ERR) return AW_ERR;
        if (p != AW_EMPTY && (value_is_str(p) || value_is_instance(p, &aw_type_bytes))) a[0] = p;
    }
    int fd = a[7] == AW_EMPTY || a[7] == AW_NONE ? open_target(vm, a[0], &m) : open_with_opener(vm, a[0], a[7], &m);
    if (fd < 0) return AW_ERR;
    AwFile *f = file_alloc(vm, fd, a[0], mode_str, m.is_binary);
    if (!f) { if (!int_check(a[0])) close(fd); return AW_ERR; }
    f->is_readable = m.is_readable;
    f->is_writable = m.is_writable;
    if (a[6] != AW_EMPTY) {
        int keep = ops_truthy(vm, a[6]);
        if (keep < 0) return AW_ERR;
        f->owns_fd = keep;
    }
    if (enc != AW_NONE) f->encoding = AW_STR(enc);
    f->is_8bit = is_8bit && !m.is_binary;
    if (errors != AW_NONE) f->errors = AW_STR(errors);
    f->is_line_buffered = a[2] == value_from_small(1) && !m.is_binary;
    return value_from_ptr(f);
}

bool file_unbuffered;

AwFile *file_new_std(AwVM *vm, int fd) {
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    AwStr *name = str_from_cstr(vm, names[fd]);
    AwStr *mode = str_intern_cstr(vm, fd == 0 ? "r" : "w");
    if (!name || !mode) return NULL;
    AwFile *f = file_alloc(vm, fd, value_from_ptr(name), mode, false);
    if (!f) return NULL;
    f->encoding = str_intern_cstr(vm, "utf-8");
    if (!f->encoding) return NULL;
    f->owns_fd = false;
    f->is_std = true;
    f->is_readable = fd == 0;
    f->is_writable = fd != 0;
    f->is_line_buffered = fd == 2 || isatty(fd);
    const char *unbuffered = getenv("PYTHONUNBUFFERED");   /* CPython's switch for unbuffered stdout/stderr */
    f->is_write_through = fd != 0 && (file_unbuffered || (unbuffered && *unbuffered));
    std_files[fd] = f;
    return f;
}

/* ---- methods ------------------------------------------------------------------------------ */

static AwStatus self_file(AwVM *vm, const char *meth, AwValue self, int argc, int min, int max,
                          AwTuple *kwnames) {
    if (!value_is_file(self))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' requires a file object but received a '%s'",
                                meth, ops_type_name(self)));
    if (args_no_kwargs(vm, meth, kwnames) != AW_OK) return AW_ERROR;
    return args_count(vm, meth, argc - 1, min, max);
}

/* An optional size argument: None or negative means "no limit". */
static AwStatus size_arg(AwVM *vm, int argc, const AwValue *argv, int64_t *out) {
    *out = -1;
    if (argc < 2 || argv[1] == AW_NONE) return AW_OK;
    return args_int(vm, argv[1], out);
}

static AwValue meth_read(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t n;
    if (self_file(vm, "read", argv[0], argc, 0, 1, kwnames) != AW_OK) return AW_ERR;
    if (size_arg(vm, argc, argv, &n) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    if (prepare_read(vm, f) != AW_OK) return AW_ERR;
    return n < 0 ? read_all(vm, f) : read_n(vm, f, n);
}

/* readinto(b), binary mode: reads up to len(b) bytes into a bytearray or a writable
 * memoryview; the count read (0 at EOF). */
static AwValue meth_readinto(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (self_file(vm, "readinto", argv[0], argc, 1, 1, kwnames) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    if (!f->is_binary)
        return vm_raise(vm, &aw_exc_AttributeError, "'_io.TextIOWrapper' object has no attribute 'readinto'");
    AwValue target = argv[1];
    const char *dst;
    int64_t cap;
    if (value_is_instance(target, &aw_type_bytearray)) {
        cap = ((AwByteArray *)value_as_ptr(target))->len;
    } else if (memoryview_view(target, &dst, &cap)) {
        AwValue ro = ops_getattr(vm, target, str_intern_cstr(vm, "readonly"));
        if (ro == AW_ERR) return AW_ERR;
        if (ro == AW_TRUE) return vm_raise(vm, &aw_exc_TypeError, "readinto() argument must be read-write bytes-like object, not memoryview");
    } else {
        return vm_raise(vm, &aw_exc_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                        ops_type_name(target));
    }
    if (prepare_read(vm, f) != AW_OK) return AW_ERR;
    AwValue got = read_n(vm, f, cap);
    if (got == AW_ERR) return AW_ERR;
    AwBytes *b = AW_BYTES(got);
    /* the target's buffer is looked up again: nothing ran aw code, but stay exact */
    char *out = value_is_instance(target, &aw_type_bytearray) ? ((AwByteArray *)value_as_ptr(target))->data : NULL;
    if (!out && memoryview_view(target, &dst, &cap)) out = (char *)dst;
    if (out && b->len) memcpy(out, b->data, (size_t)b->len);
    return value_from_small(b->len);
}

static AwValue meth_readline(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t n;
    if (self_file(vm, "readline", argv[0], argc, 0, 1, kwnames) != AW_OK) return AW_ERR;
    if (size_arg(vm, argc, argv, &n) != AW_OK) return AW_ERR;
    return readline_limited(vm, AW_FILE(argv[0]), n);
}

static bool is_empty_result(AwValue v) {
    return value_is_str(v) ? AW_STR(v)->byte_len == 0 : AW_BYTES(v)->len == 0;
}

static int64_t result_len(AwValue v) {
    return value_is_str(v) ? AW_STR(v)->char_len : AW_BYTES(v)->len;
}

static AwValue meth_readlines(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t hint;
    if (self_file(vm, "readlines", argv[0], argc, 0, 1, kwnames) != AW_OK) return AW_ERR;
    if (size_arg(vm, argc, argv, &hint) != AW_OK) return AW_ERR;
    AwList *lines = list_new(vm, 0);
    if (!lines) return AW_ERR;
    int64_t total = 0;
    for (;;) {
        AwValue line = file_readline(vm, AW_FILE(argv[0]), -1);
        if (line == AW_ERR) return AW_ERR;
        if (is_empty_result(line)) break;
        if (list_append(vm, lines, line) != AW_OK) return AW_ERR;
        total += result_len(line);
        if (hint > 0 && total >= hint) break;
    }
    return value_from_ptr(lines);
}

/* write(s): str in text mode (returns code points), bytes or bytearray in binary mode (returns
 * bytes). */
static AwValue write_value(AwVM *vm, AwFile *f, AwValue v) {
    if (check_writable(vm, f) != AW_OK) return AW_ERR;
    if (f->is_binary) {
        const char *data;
        int64_t len;
        if (value_is_instance(v, &aw_type_bytes)) {
            data = AW_BYTES(v)->data;
            len = AW_BYTES(v)->len;
        } else if (!bytes_view(v, &data, &len))   /* a bytearray */
            return vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(v));
        if (file_write_bytes(vm, f, data, (size_t)len) != AW_OK) return AW_ERR;
        return int_from_i64(vm, len);
    }
    if (!value_is_instance(v, &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "write() argument must be str, not %s", ops_type_name(v));
    AwStr *s = AW_STR(v);
    if (file_write_bytes(vm, f, s->data, (size_t)s->byte_len) != AW_OK) return AW_ERR;
    return int_from_i64(vm, s->char_len);
}

static AwValue meth_write(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (self_file(vm, "write", argv[0], argc, 1, 1, kwnames) != AW_OK) return AW_ERR;
    return write_value(vm, AW_FILE(argv[0]), argv[1]);
}

static AwValue meth_writelines(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (self_file(vm, "writelines", argv[0], argc, 1, 1, kwnames) != AW_OK) return AW_ERR;
    if (check_open(vm, AW_FILE(argv[0])) != AW_OK) return AW_ERR;
    AwValue it = ops_iter(vm, argv[1]);
    if (it == AW_ERR) return AW_ERR;
    if (gc_push_root(vm, it) != AW_OK) return AW_ERR;
    AwValue item, result = AW_NONE;
    while ((item = ops_next(vm, it)) != AW_STOP) {
        if (item == AW_ERR || write_value(vm, AW_FILE(argv[0]), item) == AW_ERR) { result = AW_ERR; break; }
    }
    gc_pop_roots(vm, 1);
    return result;
}

static AwValue meth_close(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (self_file(vm, "close", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    return file_close(vm, AW_FILE(argv[0])) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue meth_flush(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (self_file(vm, "flush", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    return file_flush(vm, AW_FILE(argv[0])) == AW_OK ? AW_NONE : AW_ERR;
}

/* The logical position: the descriptor's offset minus unread bytes plus unwritten ones. */
static AwValue meth_tell(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (self_file(vm, "tell", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    if (check_open(vm, f) != AW_OK || flush_wbuf(vm, f) != AW_OK) return AW_ERR;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) return raise_errno(vm, errno, AW_EMPTY);
    return int_from_i64(vm, (int64_t)pos - (int64_t)unread_raw(f));
}

static AwValue meth_seek(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (self_file(vm, "seek", argv[0], argc, 1, 2, kwnames) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    int64_t offset, whence = SEEK_SET;
    if (check_open(vm, f) != AW_OK) return AW_ERR;
    if (args_int(vm, argv[1], &offset) != AW_OK) return AW_ERR;
    if (argc > 2 && args_int(vm, argv[2], &whence) != AW_OK) return AW_ERR;
    if (whence < 0 || whence > 2)
        return vm_raise(vm, &aw_exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (!f->is_binary && whence != SEEK_SET && offset != 0)
        return raise_unsupported(vm, whence == SEEK_CUR ? "can't do nonzero cur-relative seeks"
                                                        : "can't do nonzero end-relative seeks");
    if (whence == SEEK_SET && offset < 0)
        return vm_raise(vm, &aw_exc_ValueError, "negative seek position %lld", (long long)offset);
    if (flush_wbuf(vm, f) != AW_OK || drop_rbuf(vm, f) != AW_OK) return AW_ERR;
    off_t pos = lseek(f->fd, (off_t)offset, (int)whence);
    if (pos < 0) return raise_errno(vm, errno, AW_EMPTY);
    f->at_eof = false;
    return int_from_i64(vm, (int64_t)pos);
}

static AwValue meth_fileno(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (self_file(vm, "fileno", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    if (f->fd < 0) return vm_raise(vm, &aw_exc_ValueError, "I/O operation on closed file");
    return value_from_small(f->fd);
}

static AwValue meth_isatty(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (self_file(vm, "isatty", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    if (check_open(vm, f) != AW_OK) return AW_ERR;
    return value_from_bool(isatty(f->fd));
}

static AwValue meth_readable(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (self_file(vm, "readable", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    if (check_open(vm, AW_FILE(argv[0])) != AW_OK) return AW_ERR;
    return value_from_bool(AW_FILE(argv[0])->is_readable);
}

static AwValue meth_writable(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (self_file(vm, "writable", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    if (check_open(vm, AW_FILE(argv[0])) != AW_OK) return AW_ERR;
    return value_from_bool(AW_FILE(argv[0])->is_writable);
}

static AwValue meth_seekable(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (self_file(vm, "seekable", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    if (check_open(vm, f) != AW_OK) return AW_ERR;
    return value_from_bool(lseek(f->fd, 0, SEEK_CUR) >= 0);
}

static AwValue meth_enter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (self_file(vm, "__enter__", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    if (check_open(vm, AW_FILE(argv[0])) != AW_OK) return AW_ERR;
    return argv[0];
}

static AwValue meth_exit(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (self_file(vm, "__exit__", argv[0], argc, 0, -1, kwnames) != AW_OK) return AW_ERR;
    return file_close(vm, AW_FILE(argv[0])) == AW_OK ? AW_NONE : AW_ERR;
}

static const AwMethodDef file_methods[] = {
    {"read", meth_read, AW_METH_DEFAULT},
    {"readline", meth_readline, AW_METH_DEFAULT},
    {"readinto", meth_readinto, AW_METH_DEFAULT},
    {"readlines", meth_readlines, AW_METH_DEFAULT},
    {"write", meth_write, AW_METH_DEFAULT},
    {"writelines", meth_writelines, AW_METH_DEFAULT},
    {"close", meth_close, AW_METH_DEFAULT},
    {"flush", meth_flush, AW_METH_DEFAULT},
    {"tell", meth_tell, AW_METH_DEFAULT},
    {"seek", meth_seek, AW_METH_DEFAULT},
    {"fileno", meth_fileno, AW_METH_DEFAULT},
    {"isatty", meth_isatty, AW_METH_DEFAULT},
    {"readable", meth_readable, AW_METH_DEFAULT},
    {"writable", meth_writable, AW_METH_DEFAULT},
    {"seekable", meth_seekable, AW_METH_DEFAULT},
    {"__enter__", meth_enter, AW_METH_DEFAULT},
    {"__exit__", meth_exit, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

/* ---- attributes and slots ----------------------------------------------------------------- */

static AwValue get_closed(AwVM *vm, AwValue self) { return value_from_bool(AW_FILE(self)->fd < 0); }
static AwValue get_name(AwVM *vm, AwValue self) { return AW_FILE(self)->name; }
/* name is writable, as on CPython's FileIO: tempfile names a file after the fd it opened. */
static AwStatus set_name(AwVM *vm, AwValue self, AwValue v) {
    if (v == AW_EMPTY) return vm_fail(vm_raise(vm, &aw_exc_AttributeError, "can't delete attribute"));
    AW_FILE(self)->name = v;
    return AW_OK;
}
static AwValue get_mode(AwVM *vm, AwValue self) { return value_from_ptr(AW_FILE(self)->mode); }
static AwValue get_encoding(AwVM *vm, AwValue self) {
    AwStr *enc = AW_FILE(self)->encoding;
    if (!enc) return vm_raise(vm, &aw_exc_AttributeError, "'_io.BufferedReader' object has no attribute 'encoding'");
    return value_from_ptr(enc);
}

/* FileIO's mode string, which a text file's .buffer reports ('w+' is 'rb+', as in CPython). */
static const char *raw_mode(const AwFile *f) {
    const char *m = f->mode->data;
    bool plus = f->is_readable && f->is_writable;
    if (strchr(m, 'x')) return plus ? "xb+" : "xb";
    if (strchr(m, 'a')) return plus ? "ab+" : "ab";
    return plus ? "rb+" : f->is_readable ? "rb" : "wb";
}

/* .buffer of a text file: a binary file over the same descriptor (bytes in and out). */
static AwValue get_buffer(AwVM *vm, AwValue self) {
    AwFile *f = AW_FILE(self);
    if (f->is_binary) {
        const char *kind = f->is_readable && f->is_writable ? "BufferedRandom" : f->is_readable ? "BufferedReader" : "BufferedWriter";
        return vm_raise(vm, &aw_exc_AttributeError, "'_io.%s' object has no attribute 'buffer'", kind);
    }
    if (f->buffer) return value_from_ptr(f->buffer);
    AwStr *mode = str_intern_cstr(vm, raw_mode(f));
    AwFile *b = mode ? file_alloc(vm, f->fd, f->name, mode, true) : NULL;
    if (!b) return AW_ERR;
    b->owns_fd = false;
    b->is_readable = f->is_readable;
    b->is_writable = f->is_writable;
    b->is_write_through = true;   /* no buffer of its own to flush at exit or order with f's */
    b->is_std = f->is_std;
    f->buffer = b;
    return value_from_ptr(b);
}

static const AwGetSetDef file_getsets[] = {
    {"buffer", get_buffer, NULL},
    {"closed", get_closed, NULL},
    {"name", get_name, set_name},
    {"mode", get_mode, NULL},
    {"encoding", get_encoding, NULL},
    {NULL, NULL, NULL},
};

static AwValue file_repr(AwVM *vm, AwValue self) {
    AwFile *f = AW_FILE(self);
    AwValue name = ops_repr(vm, f->name);
    if (name == AW_ERR) return AW_ERR;
    AwStr *s;
    if (f->is_binary) {
        const char *kind = f->is_readable && f->is_writable ? "BufferedRandom"
                         : f->is_readable ? "BufferedReader" : "BufferedWriter";
        s = str_printf(vm, "<_io.%s name=%s>", kind, AW_STR(name)->data);
    } else {
        s = str_printf(vm, "<_io.TextIOWrapper name=%s mode='%s' encoding='%s'>", AW_STR(name)->data,
                       f->mode->data, f->encoding->data);
    }
    return s ? value_from_ptr(s) : AW_ERR;
}

static AwValue file_iter(AwVM *vm, AwValue self) {
    return check_open(vm, AW_FILE(self)) == AW_OK ? self : AW_ERR;
}

static AwValue file_next(AwVM *vm, AwValue self) {
    AwValue line = file_readline(vm, AW_FILE(self), -1);
    if (line == AW_ERR) return AW_ERR;
    return is_empty_result(line) ? AW_STOP : line;
}

static AwStatus file_hash(AwVM *vm, AwValue self, int64_t *out) {
    uint64_t p = (uint64_t)(uintptr_t)value_as_ptr(self);
    *out = (int64_t)((p >> 4) | (p << 60));
    if (*out == -1) *out = -2;
    return AW_OK;
}

/* TextIOWrapper(buffer, ...): aw's own files come only from open(); wrapping another binary
 * stream is io._TextIOWrapper's job (stdlib/io.py), which this hands the call to. */
static AwValue file_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *io = str_intern_cstr(vm, "io"), *name = str_intern_cstr(vm, "_TextIOWrapper");
    AwValue mod = io && name ? vm_import(vm, io, AW_NONE, NULL) : AW_ERR;
    AwValue cls = mod == AW_ERR ? AW_ERR : ops_getattr(vm, mod, name);
    return cls == AW_ERR ? AW_ERR : vm_call(vm, cls, argc, argv, kw);
}

AwType aw_type_file = {
    .name = "TextIOWrapper",
    .base = &aw_type_object,
    .instance_size = sizeof(AwFile),
    .flags = AW_TYPE_ABSTRACT,
    .new_ = file_new,
    .methods = file_methods,
    .getsets = file_getsets,
    .repr = file_repr,
    .hash = file_hash,
    .iter = file_iter,
    .next = file_next,
    .trace = file_trace,
    .free_ = file_free,
};
