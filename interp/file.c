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
#include "interp/file_newline.h"
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

static AwStatus sync_layers(AwVM *vm, AwFile *f);

/* check_open when the file is closed or one layer of several (file.h). */
static AwStatus check_open_slow(AwVM *vm, AwFile *f) {
    if (f->fd < 0) {
        if (f->is_detached)
            return vm_fail(vm_raise(vm, &aw_exc_ValueError, f->is_binary ? "raw stream has been detached"
                                                                         : "underlying buffer has been detached"));
        return vm_fail(raise_closed(vm));
    }
    return sync_layers(vm, f);
}

/* Every operation starts here: a layer of a text/buffer/raw stack first takes over what the
 * other layers hold. */
static inline AwStatus check_open(AwVM *vm, AwFile *f) {
    if (f->fd >= 0 && !f->above && !f->below) return AW_OK;
    return check_open_slow(vm, f);
}

/* io.UnsupportedOperation (OSError, ValueError), the class io.py defines, so `except
 * io.UnsupportedOperation` catches what files raise. Looked up on first use and kept in the
 * file base type's dict, which is a GC root. */
static AwType *unsupported_operation(AwVM *vm) {
    AwStr *name = str_intern_cstr(vm, "UnsupportedOperation");
    AwStr *io_name = str_intern_cstr(vm, "io");
    if (!name || !io_name) return NULL;
    AwValue cls = dict_get_str(aw_type_file.dict, name);
    if (cls != AW_EMPTY) return (AwType *)value_as_ptr(cls);
    AwValue io = vm_import(vm, io_name, AW_NONE, NULL);
    cls = io == AW_ERR ? AW_ERR : ops_getattr(vm, io, name);
    if (cls == AW_ERR) return NULL;
    if (!value_is_instance(cls, &aw_type_type)) {
        vm_raise(vm, &aw_exc_TypeError, "io.UnsupportedOperation is not a class");
        return NULL;
    }
    if (dict_set_str(vm, aw_type_file.dict, name, cls) != AW_OK) return NULL;
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

/* CPython's message for an operation the mode does not allow: FileIO names the mode, the
 * Buffered* types the operation, TextIOWrapper the missing ability. */
static const char *unsupported_message(AwFile *f, bool reading) {
    if (!f->is_binary) return reading ? "not readable" : "not writable";
    if (type_is_subtype(f->obj.type, &aw_type_fileio)) return reading ? "File not open for reading" : "File not open for writing";
    return reading ? "read" : "write";
}

static AwStatus check_readable(AwVM *vm, AwFile *f) {
    if (check_open(vm, f) != AW_OK) return AW_ERROR;
    return f->is_readable ? AW_OK : vm_fail(raise_unsupported(vm, unsupported_message(f, true)));
}

static AwStatus check_writable(AwVM *vm, AwFile *f) {
    if (check_open(vm, f) != AW_OK) return AW_ERROR;
    return f->is_writable ? AW_OK : vm_fail(raise_unsupported(vm, unsupported_message(f, false)));
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

static AwStatus buffer_write(AwVM *vm, AwFile *f, const char *data, size_t len);

/* Writes out the pending bytes: into the layer below when there is one (its .buffer), as
 * CPython's text layer hands its pending bytes to its buffer. */
static AwStatus flush_wbuf(AwVM *vm, AwFile *f) {
    if (f->wbuf_len == 0 || f->is_broken) { f->wbuf_len = 0; return AW_OK; }
    size_t n = f->wbuf_len;
    f->wbuf_len = 0;
    if (f->below && f->below->fd >= 0) return buffer_write(vm, f->below, f->wbuf, n);
    return write_all(vm, f, f->wbuf, n);
}

/* flush(): this layer's pending bytes and then those of the layers under it reach the descriptor. */
static AwStatus flush_down(AwVM *vm, AwFile *f) {
    if (!f->below) return flush_wbuf(vm, f);
    for (; f; f = f->below)
        if (flush_wbuf(vm, f) != AW_OK) return AW_ERROR;
    return AW_OK;
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
    return f->wbuf_len == 0 && !f->below ? AW_OK : flush_down(vm, f);
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

/* Before f reads or writes: the unread bytes other layers over its descriptor hold move to f
 * (given back to the descriptor when either side transcodes). Pending writes stay where they
 * are: a text layer's reach its .buffer when it flushes, as in CPython. */
static AwStatus sync_layers(AwVM *vm, AwFile *f) {
    AwFile *top = f;
    while (top->above) top = top->above;
    for (AwFile *g = top; g; g = g->below) {
        if (g == f || g->fd < 0) continue;
        size_t n = unread(g);
        if (n == 0) continue;
        if (g->is_8bit || f->is_8bit || unread(f)) {
            if (drop_rbuf(vm, g) != AW_OK) return AW_ERROR;
            continue;
        }
        if (reserve_rbuf(vm, f, n) != AW_OK) return AW_ERROR;
        memcpy(f->rbuf + f->rbuf_len, g->rbuf + g->rbuf_pos, n);
        f->rbuf_len += n;
        g->rbuf_pos = g->rbuf_len = 0;
    }
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

/* UTF-8 text of a file's bytes: checked (UnicodeDecodeError), or through the codec when the
 * file has an errors handler other than 'strict' (open(..., errors='replace')). */
static AwStr *utf8_text(AwVM *vm, AwFile *f, const char *p, size_t len) {
    if (!f->errors || str_equal_cstr(f->errors, "strict")) return str_from_utf8_checked(vm, p, len);
    AwStr *enc = str_intern_cstr(vm, "utf-8");
    AwValue text = enc ? bytes_decode(vm, p, len, str_value(enc), str_value(f->errors)) : AW_ERR;
    return text == AW_ERR ? NULL : AW_STR(text);
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
        AwStr *s;
        if (f->is_8bit || !f->errors || str_equal_cstr(f->errors, "strict")) {
            s = file_newline_text(vm, p, len, f->newline, &f->seen_newlines, f->is_8bit);
        } else {   /* decoded through the errors handler first; the newlines are ASCII either way */
            AwStr *raw = utf8_text(vm, f, p, len);
            s = raw ? file_newline_text(vm, raw->data, (size_t)raw->byte_len, f->newline, &f->seen_newlines, true) : NULL;
        }
        out = s ? value_from_ptr(s) : AW_ERR;
    }
    if (out != AW_ERR) f->rbuf_pos += len;
    return out;
}

/* Byte length of the first `chars` complete code points of the unread bytes, or of all
 * complete ones if fewer; *got receives how many code points that is. */
static size_t utf8_prefix(AwFile *f, int64_t chars, int64_t *got) {
    const char *p = f->rbuf ? f->rbuf + f->rbuf_pos : "";
    return file_newline_prefix(p, unread(f), chars, f->newline, f->at_eof, got);
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
    uint8_t mode = f->is_binary ? AW_NL_LF : f->newline;
    for (;;) {
        const char *start = f->rbuf ? f->rbuf + f->rbuf_pos : NULL;
        size_t line = start ? file_newline_find(start, unread(f), scanned, mode, f->at_eof, &scanned) : 0;
        if (line) return take(vm, f, line);
        if (limit >= 0 && f->is_binary && unread(f) >= (size_t)limit) return take(vm, f, (size_t)limit);
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
        size_t resume, line = start ? file_newline_find(start, bytes, 0, f->newline, true, &resume) : 0;
        if (line) return take(vm, f, line);
        if (got >= limit) return take(vm, f, bytes);
        int r = fill(vm, f);
        if (r < 0) return AW_ERR;
        if (r == 0) return take(vm, f, unread(f));
    }
}

/* ---- writing ------------------------------------------------------------------------------ */

AwStatus file_flush(AwVM *vm, AwFile *f) {
    if (check_open(vm, f) != AW_OK) return AW_ERROR;
    return flush_down(vm, f);
}

/* file_write_bytes for a single-byte encoding (or UTF-8 text holding surrogates): the text
 * encoded with the file's encoding and errors. */
static AwStatus write_8bit(AwVM *vm, AwFile *f, const char *data, size_t len) {
    AwStr *s = str_new(vm, data, len);
    if (!s || gc_push_root(vm, str_value(s))) return AW_ERROR;   /* an error handler may run aw code */
    AwValue errors = f->errors ? str_value(f->errors) : AW_EMPTY;
    AwValue b = bytes_encode(vm, s, str_value(f->encoding), errors);
    gc_pop_roots(vm, 1);
    if (b == AW_ERR) return AW_ERROR;
    return buffer_write(vm, f, AW_BYTES(b)->data, (size_t)AW_BYTES(b)->len);
}

/* True when UTF-8 text holds a lone surrogate (ED A0..BF ..), which UTF-8 cannot encode. */
static bool has_surrogate(const char *data, size_t len) {
    for (const char *p = memchr(data, 0xED, len); p; p = memchr(p + 1, 0xED, len - (size_t)(p + 1 - data)))
        if ((size_t)(p + 1 - data) < len && (unsigned char)p[1] >= 0xA0) return true;
    return false;
}

AwStatus file_write_bytes(AwVM *vm, AwFile *f, const char *data, size_t len) {
    if (check_writable(vm, f) != AW_OK) return AW_ERROR;
    /* surrogates go through the codec: the file's errors handler, or CPython's UnicodeEncodeError */
    if (!f->is_binary && (f->is_8bit || (len && has_surrogate(data, len)))) return write_8bit(vm, f, data, len);
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
    if (f->is_write_through || (f->is_line_buffered && memchr(data, '\n', len))) return flush_down(vm, f);
    return AW_OK;
}

void file_flush_std(AwVM *vm) {
    for (int i = 1; i < 3; i++) {
        /* the stream and its .buffer / .raw: at most one of them holds output (sync_layers) */
        for (AwFile *f = std_files[i]; f; f = f->below) {
            if (f->fd < 0 || f->is_broken || f->wbuf_len == 0) continue;
            if (flush_wbuf(vm, f) != AW_OK) vm_exc_clear(vm);
        }
    }
}

/* ---- closing and GC ----------------------------------------------------------------------- */

/* Closing any layer of a text/buffer/raw stack closes them all, as in CPython; the top one
 * owns the descriptor. */
static AwStatus file_close(AwVM *vm, AwFile *f) {
    if (f->fd < 0) return AW_OK;
    while (f->above && f->above->fd >= 0) f = f->above;
    AwStatus st = flush_down(vm, f);
    if (f->owns_fd && close(f->fd) < 0 && st == AW_OK) st = vm_fail(raise_errno(vm, errno, AW_EMPTY));
    for (; f; f = f->below) {
        f->fd = -1;
        f->rbuf_pos = f->rbuf_len = 0;
        f->wbuf_len = 0;
    }
    return st;
}

static void file_trace(AwGC *gc, AwObject *self) {
    AwFile *f = (AwFile *)self;
    gc_mark_value(gc, f->name);
    gc_mark_object(gc, (AwObject *)f->mode);
    gc_mark_object(gc, (AwObject *)f->encoding);
    gc_mark_object(gc, (AwObject *)f->errors);
    gc_mark_object(gc, (AwObject *)f->dict);
    gc_mark_object(gc, f->impl);
    gc_mark_object(gc, (AwObject *)f->above);
    gc_mark_object(gc, (AwObject *)f->below);
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
    bool is_text;       /* 't' */
    bool is_readable;   /* 'r' or '+' */
    bool is_writable;   /* 'w', 'a', 'x' or '+' */
    bool is_appending;  /* 'a' */
    bool is_creating;   /* 'x' */
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
    m->is_text = text;
    m->is_appending = appending;
    m->is_creating = creating;
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

static AwFile *file_alloc(AwVM *vm, AwType *type, int fd, AwValue name, AwStr *mode, bool is_binary) {
    AwFile *f = (AwFile *)gc_new(vm, type, type->instance_size);
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
        /* a descriptor that is not open, or a directory, fails here as in CPython's FileIO */
        struct stat st;
        if (fstat((int)fd, &st) < 0) { raise_errno(vm, errno, AW_EMPTY); return -1; }
        if (S_ISDIR(st.st_mode)) { raise_errno(vm, EISDIR, AW_EMPTY); return -1; }
        return (int)fd;
    }
    const char *path = value_is_str(file) ? AW_STR(file)->data
                     : value_is_instance(file, &aw_type_bytes) ? AW_BYTES(file)->data : NULL;
    if (!path) {
        vm_raise(vm, &aw_exc_TypeError, "expected str, bytes or os.PathLike object, not %s", ops_type_name(file));
        return -1;
    }
    size_t path_len = value_is_str(file) ? (size_t)AW_STR(file)->byte_len : (size_t)AW_BYTES(file)->len;
    if (strlen(path) != path_len) {
        vm_raise(vm, &aw_exc_ValueError, "embedded null byte");
        return -1;
    }
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

/* The binary type open() gives for a mode: BufferedRandom, BufferedReader or BufferedWriter. */
static AwType *buffered_type(bool readable, bool writable) {
    return readable && writable ? &aw_type_buffered_random : readable ? &aw_type_buffered_reader
                                                                    : &aw_type_buffered_writer;
}

/* FileIO's mode string, which binary files report too: "rb", "wb", "ab", "xb", with "+" when
 * both reading and writing. */
static AwStr *binary_mode(AwVM *vm, const AwFile *f) {
    const char *m = f->is_creating ? "xb" : f->is_appending ? "ab" : f->is_readable ? "rb" : "wb";
    char buf[4] = {m[0], m[1], 0, 0};
    if (f->is_readable && f->is_writable) buf[2] = '+';
    return str_intern_cstr(vm, buf);
}

/* A path-like file argument (pathlib.Path) becomes its __fspath__(), which also names the file. */
static AwStatus fspath_arg(AwVM *vm, AwValue *file) {
    if (int_check(*file) || value_is_str(*file) || value_is_instance(*file, &aw_type_bytes)) return AW_OK;
    AwStr *dunder = str_intern_cstr(vm, "__fspath__");
    AwValue p = dunder ? vm_call_dunder(vm, *file, dunder, 0, NULL) : AW_ERR;
    if (p == AW_ERR) return AW_ERROR;
    if (p != AW_EMPTY && (value_is_str(p) || value_is_instance(p, &aw_type_bytes))) *file = p;
    else if (p != AW_EMPTY)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                                ops_type_name(*file), ops_type_name(p)));
    return AW_OK;
}

/* Opens file (path or descriptor) into f, an object just made: the descriptor, name, flags,
 * closefd (AW_EMPTY: True) and opener (AW_EMPTY or None: open(2)). */
static AwStatus file_setup(AwVM *vm, AwFile *f, AwValue file, const OpenMode *m, AwValue closefd, AwValue opener) {
    if (fspath_arg(vm, &file) != AW_OK) return AW_ERROR;
    int keep = 1;
    if (closefd != AW_EMPTY && (keep = ops_truthy(vm, closefd)) < 0) return AW_ERROR;
    if (!keep && !int_check(file))
        return vm_fail(vm_raise(vm, &aw_exc_ValueError, "Cannot use closefd=False with file name"));
    int fd = opener == AW_EMPTY || opener == AW_NONE ? open_target(vm, file, m) : open_with_opener(vm, file, opener, m);
    if (fd < 0) return AW_ERROR;
    f->fd = fd;
    f->name = file;
    f->owns_fd = keep;
    f->is_binary = m->is_binary;
    f->is_readable = m->is_readable;
    f->is_writable = m->is_writable;
    f->is_appending = m->is_appending;
    f->is_creating = m->is_creating;
    return AW_OK;
}

/* open() in text mode with an encoding aw's files do not transcode themselves (utf-8-sig,
 * utf-16, utf-32...): as CPython's open(), a TextIOWrapper (here the _pyio one) over the
 * binary file, after codecs.lookup has vetted the name. a: open()'s eight arguments. */
static AwValue open_with_codec(AwVM *vm, const AwValue *a, AwStr *mode) {
    AwStr *codecs_name = str_intern_cstr(vm, "codecs"), *lookup = str_intern_cstr(vm, "lookup");
    AwValue codecs = codecs_name && lookup ? vm_import(vm, codecs_name, AW_NONE, NULL) : AW_ERR;
    if (codecs == AW_ERR || vm_call_method(vm, codecs, lookup, 1, &a[3]) == AW_ERR) return AW_ERR;
    char bmode[16];
    size_t n = 0;
    for (int64_t i = 0; i < mode->byte_len && n < sizeof bmode - 2; i++)
        if (mode->data[i] != 't') bmode[n++] = mode->data[i];
    bmode[n++] = 'b';
    AwStr *bm = str_new(vm, bmode, n);
    if (!bm) return AW_ERR;
    bool line_buffering = a[2] == value_from_small(1);
    AwValue bargs[8] = {a[0], str_value(bm), line_buffering ? value_from_small(-1) : a[2], AW_NONE, AW_NONE, AW_NONE, a[6], a[7]};
    for (int i = 6; i < 8; i++)
        if (bargs[i] == AW_EMPTY) bargs[i] = i == 6 ? AW_TRUE : AW_NONE;
    AwValue binary = file_open(vm, 8, bargs, NULL);
    if (binary == AW_ERR || gc_push_root(vm, binary) != AW_OK) return AW_ERR;
    AwValue targs[5] = {binary, a[3], a[4] == AW_EMPTY ? AW_NONE : a[4], a[5] == AW_EMPTY ? AW_NONE : a[5],
                        value_from_bool(line_buffering)};
    AwValue text = vm_call(vm, value_from_ptr(&aw_type_text_file), 5, targs, NULL);
    AwStr *mode_attr = str_intern_cstr(vm, "mode");
    if (text != AW_ERR && (!mode_attr || ops_setattr(vm, value_from_ptr(AW_FILE(text)->impl), mode_attr, str_value(mode)) != AW_OK))
        text = AW_ERR;
    if (text == AW_ERR) {   /* the binary file is ours to close */
        AwValue exc = vm_exc_take(vm);
        file_close(vm, AW_FILE(binary));
        vm_exc_clear(vm);
        vm_raise_value(vm, exc);
    }
    gc_pop_roots(vm, 1);
    return text;
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
    if (m.is_binary && a[5] != AW_EMPTY && a[5] != AW_NONE)
        return vm_raise(vm, &aw_exc_ValueError, "binary mode doesn't take a newline argument");
    AwValue errors = a[4] == AW_EMPTY ? AW_NONE : a[4];
    if (errors != AW_NONE && !value_is_str(errors))
        return vm_raise(vm, &aw_exc_TypeError, "open() argument 'errors' must be str or None, not %s",
                        ops_type_name(errors));
    uint8_t newline;
    if (file_newline_mode(vm, a[5], &newline) != AW_OK) return AW_ERR;
    bool is_8bit;
    if (check_encoding(vm, enc, &is_8bit) != AW_OK) {
        if (!vm_exc_matches(vm, &aw_exc_LookupError)) return AW_ERR;
        vm_exc_clear(vm);
        return open_with_codec(vm, a, mode_str);
    }
    bool unbuffered = a[2] != AW_EMPTY && a[2] == value_from_small(0);
    if (unbuffered && !m.is_binary)
        return vm_raise(vm, &aw_exc_ValueError, "can't have unbuffered text I/O");
    AwType *type = !m.is_binary ? &aw_type_text_file : unbuffered ? &aw_type_fileio
                 : buffered_type(m.is_readable, m.is_writable);
    AwFile *f = file_alloc(vm, type, -1, AW_NONE, mode_str, m.is_binary);
    if (!f) return AW_ERR;
    AwValue fv = value_from_ptr(f);
    if (gc_push_root(vm, fv) != AW_OK) return AW_ERR;
    AwStatus st = file_setup(vm, f, a[0], &m, a[6], a[7]);
    gc_pop_roots(vm, 1);
    if (st != AW_OK) return AW_ERR;
    if (m.is_binary && !(f->mode = binary_mode(vm, f))) return AW_ERR;
    if (enc != AW_NONE) f->encoding = AW_STR(enc);
    f->is_8bit = is_8bit && !m.is_binary;
    f->newline = newline;
    if (errors != AW_NONE) f->errors = AW_STR(errors);
    f->is_line_buffered = a[2] == value_from_small(1) && !m.is_binary;
    f->is_write_through = unbuffered;
    return fv;
}

bool file_unbuffered;

AwFile *file_new_std(AwVM *vm, int fd) {
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    AwStr *name = str_from_cstr(vm, names[fd]);
    AwStr *mode = str_intern_cstr(vm, fd == 0 ? "r" : "w");
    if (!name || !mode) return NULL;
    AwFile *f = file_alloc(vm, &aw_type_text_file, fd, value_from_ptr(name), mode, false);
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

/* ---- files built over Python streams ------------------------------------------------------ */

/* The method of the same name on the _pyio object that does a built file's work. */
static AwValue forward(AwVM *vm, const char *meth, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (AW_FILE(argv[0])->is_detached) {   /* fd is -1: check_open raises */
        check_open(vm, AW_FILE(argv[0]));
        return AW_ERR;
    }
    AwStr *name = str_intern_cstr(vm, meth);
    AwValue m = name ? ops_getattr(vm, value_from_ptr(AW_FILE(argv[0])->impl), name) : AW_ERR;
    if (m == AW_ERR || gc_push_root(vm, m) != AW_OK) return AW_ERR;
    AwValue r = vm_call(vm, m, argc - 1, argv + 1, kwnames);
    gc_pop_roots(vm, 1);
    return r;
}

#define FORWARD(meth) \
    do { if (value_is_file(argv[0]) && AW_FILE(argv[0])->impl) return forward(vm, meth, argc, argv, kwnames); } while (0)

static AwValue impl_attr(AwVM *vm, AwValue self, const char *attr) {
    if (AW_FILE(self)->is_detached && check_open(vm, AW_FILE(self)) != AW_OK) return AW_ERR;
    AwStr *name = str_intern_cstr(vm, attr);
    return name ? ops_getattr(vm, value_from_ptr(AW_FILE(self)->impl), name) : AW_ERR;
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
    FORWARD("read");
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
    FORWARD("readinto");
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
    FORWARD("readline");
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
    FORWARD("readlines");
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
    char *translated;
    size_t tlen;
    int t = file_newline_encode(s->data, (size_t)s->byte_len, f->newline, &translated, &tlen);
    if (t < 0) return vm_raise_memory(vm);
    AwStatus st = t ? file_write_bytes(vm, f, translated, tlen) : file_write_bytes(vm, f, s->data, (size_t)s->byte_len);
    if (t) free(translated);
    if (st != AW_OK) return AW_ERR;
    return int_from_i64(vm, s->char_len);
}

static AwValue meth_write(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    FORWARD("write");
    if (self_file(vm, "write", argv[0], argc, 1, 1, kwnames) != AW_OK) return AW_ERR;
    return write_value(vm, AW_FILE(argv[0]), argv[1]);
}

static AwValue meth_writelines(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    FORWARD("writelines");
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
    FORWARD("close");
    if (self_file(vm, "close", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    return file_close(vm, AW_FILE(argv[0])) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue meth_flush(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    FORWARD("flush");
    if (self_file(vm, "flush", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    return file_flush(vm, AW_FILE(argv[0])) == AW_OK ? AW_NONE : AW_ERR;
}

/* The logical position: the descriptor's offset minus unread bytes plus unwritten ones. */
static AwValue meth_tell(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    FORWARD("tell");
    if (self_file(vm, "tell", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    if (check_open(vm, f) != AW_OK || flush_down(vm, f) != AW_OK) return AW_ERR;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) return raise_errno(vm, errno, AW_EMPTY);
    return int_from_i64(vm, (int64_t)pos - (int64_t)unread_raw(f));
}

static AwValue meth_seek(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    FORWARD("seek");
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
    if (flush_down(vm, f) != AW_OK || drop_rbuf(vm, f) != AW_OK) return AW_ERR;
    off_t pos = lseek(f->fd, (off_t)offset, (int)whence);
    if (pos < 0) return raise_errno(vm, errno, AW_EMPTY);
    f->at_eof = false;
    f->seen_newlines = 0;   /* CPython resets its newline decoder */
    return int_from_i64(vm, (int64_t)pos);
}

static AwValue meth_fileno(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    FORWARD("fileno");
    if (self_file(vm, "fileno", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    if (f->fd < 0) return vm_raise(vm, &aw_exc_ValueError, "I/O operation on closed file");
    return value_from_small(f->fd);
}

static AwValue meth_isatty(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    FORWARD("isatty");
    if (self_file(vm, "isatty", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    if (check_open(vm, f) != AW_OK) return AW_ERR;
    return value_from_bool(isatty(f->fd));
}

static AwValue meth_readable(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    FORWARD("readable");
    if (self_file(vm, "readable", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    if (check_open(vm, AW_FILE(argv[0])) != AW_OK) return AW_ERR;
    return value_from_bool(AW_FILE(argv[0])->is_readable);
}

static AwValue meth_writable(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    FORWARD("writable");
    if (self_file(vm, "writable", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    if (check_open(vm, AW_FILE(argv[0])) != AW_OK) return AW_ERR;
    return value_from_bool(AW_FILE(argv[0])->is_writable);
}

static AwValue meth_seekable(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    FORWARD("seekable");
    if (self_file(vm, "seekable", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    if (check_open(vm, f) != AW_OK) return AW_ERR;
    return value_from_bool(lseek(f->fd, 0, SEEK_CUR) >= 0);
}

static AwValue meth_enter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (value_is_file(argv[0]) && AW_FILE(argv[0])->impl) {
        /* the delegate checks closed-ness, but `with` binds the wrapper (a subclass's own
         * methods stay reachable), as CPython's __enter__ returns self */
        if (forward(vm, "__enter__", argc, argv, kwnames) == AW_ERR) return AW_ERR;
        return argv[0];
    }
    if (self_file(vm, "__enter__", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    if (check_open(vm, AW_FILE(argv[0])) != AW_OK) return AW_ERR;
    return argv[0];
}

static AwValue meth_exit(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    FORWARD("__exit__");
    if (self_file(vm, "__exit__", argv[0], argc, 0, -1, kwnames) != AW_OK) return AW_ERR;
    return file_close(vm, AW_FILE(argv[0])) == AW_OK ? AW_NONE : AW_ERR;
}

/* ---- layers: .buffer, .raw, detach() ------------------------------------------------------ */

/* The binary layer under f (its .buffer or .raw), made on first use over the same descriptor. */
static AwFile *layer_below(AwVM *vm, AwFile *f, AwType *type) {
    if (f->below) return f->below;
    AwFile *v = file_alloc(vm, type, f->fd, f->name, NULL, true);
    if (!v) return NULL;
    v->owns_fd = false;   /* the top layer closes the descriptor */
    v->is_readable = f->is_readable;
    v->is_writable = f->is_writable;
    v->is_appending = f->is_appending;
    v->is_creating = f->is_creating;
    v->is_std = f->is_std;
    v->is_broken = f->is_broken;
    v->is_write_through = type == &aw_type_fileio;
    if (!(v->mode = binary_mode(vm, v))) return NULL;
    v->above = f;
    f->below = v;
    return v;
}

static AwValue get_buffer(AwVM *vm, AwValue self) {
    AwFile *f = AW_FILE(self);
    if (f->impl) return impl_attr(vm, self, "buffer");
    if (check_open(vm, f) != AW_OK) return AW_ERR;
    /* unbuffered stdout/stderr (-u, PYTHONUNBUFFERED) sit on a FileIO, as in CPython */
    bool raw = f->is_std && f->is_write_through;
    AwFile *v = layer_below(vm, f, raw ? &aw_type_fileio : buffered_type(f->is_readable, f->is_writable));
    return v ? value_from_ptr(v) : AW_ERR;
}

static AwValue get_raw(AwVM *vm, AwValue self) {
    AwFile *f = AW_FILE(self);
    if (f->impl) return impl_attr(vm, self, "raw");
    if (f->fd < 0 && !f->below) return raise_closed(vm);
    AwFile *v = f->below ? f->below : layer_below(vm, f, &aw_type_fileio);
    return v ? value_from_ptr(v) : AW_ERR;
}

/* detach(): the layer below, which now owns the descriptor; this one is unusable. */
static AwValue meth_detach(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (value_is_file(argv[0]) && AW_FILE(argv[0])->impl) {
        AwValue r = forward(vm, "detach", argc, argv, kwnames);
        if (r != AW_ERR) AW_FILE(argv[0])->is_detached = true;
        return r;
    }
    if (self_file(vm, "detach", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    if (check_open(vm, f) != AW_OK) return AW_ERR;
    AwValue below = f->is_binary ? get_raw(vm, argv[0]) : get_buffer(vm, argv[0]);
    if (below == AW_ERR || flush_down(vm, f) != AW_OK) return AW_ERR;
    AwFile *v = AW_FILE(below);
    if (sync_layers(vm, v) != AW_OK) return AW_ERR;
    v->owns_fd = f->owns_fd;
    v->above = NULL;
    f->below = NULL;
    f->owns_fd = false;
    f->fd = -1;
    f->is_detached = true;
    for (int i = 0; i < 3; i++)
        if (std_files[i] == f) std_files[i] = v;
    return below;
}

/* ---- binary extras: read1, peek, readall, truncate ----------------------------------------- */

static AwValue meth_read1(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    FORWARD("read1");
    int64_t n;
    if (self_file(vm, "read1", argv[0], argc, 0, 1, kwnames) != AW_OK) return AW_ERR;
    if (size_arg(vm, argc, argv, &n) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    if (f->fd >= 0 && !f->is_readable) return raise_unsupported(vm, "read1");
    if (prepare_read(vm, f) != AW_OK) return AW_ERR;
    if (unread(f) == 0 && n != 0 && fill(vm, f) < 0) return AW_ERR;
    size_t have = unread(f);
    return take(vm, f, n >= 0 && (size_t)n < have ? (size_t)n : have);
}

/* peek(size=0): the buffered bytes, reading once if there are none; nothing is consumed. */
static AwValue meth_peek(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    FORWARD("peek");
    if (self_file(vm, "peek", argv[0], argc, 0, 1, kwnames) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    if (prepare_read(vm, f) != AW_OK) return AW_ERR;
    if (unread(f) == 0 && fill(vm, f) < 0) return AW_ERR;
    AwBytes *b = bytes_new(vm, f->rbuf ? f->rbuf + f->rbuf_pos : "", unread(f));
    return b ? value_from_ptr(b) : AW_ERR;
}

static AwValue meth_readall(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    FORWARD("readall");
    if (self_file(vm, "readall", argv[0], argc, 0, 0, kwnames) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    if (prepare_read(vm, f) != AW_OK) return AW_ERR;
    return read_all(vm, f);
}

/* truncate(size=None): cuts the file at size (default: the position); the position stays. */
static AwValue meth_truncate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    FORWARD("truncate");
    int64_t size;
    if (self_file(vm, "truncate", argv[0], argc, 0, 1, kwnames) != AW_OK) return AW_ERR;
    if (size_arg(vm, argc, argv, &size) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    if (check_open(vm, f) != AW_OK) return AW_ERR;
    if (!f->is_writable)
        return raise_unsupported(vm, type_is_subtype(f->obj.type, &aw_type_fileio) ? "File not open for writing"
                                                                                 : "truncate");
    if (flush_down(vm, f) != AW_OK || drop_rbuf(vm, f) != AW_OK) return AW_ERR;
    if (argc < 2 || argv[1] == AW_NONE) {
        off_t pos = lseek(f->fd, 0, SEEK_CUR);
        if (pos < 0) return raise_errno(vm, errno, AW_EMPTY);
        size = (int64_t)pos;
    }
    if (ftruncate(f->fd, (off_t)size) < 0) return raise_errno(vm, errno, AW_EMPTY);
    return int_from_i64(vm, size);
}

/* reconfigure(*, encoding, errors, newline, line_buffering, write_through) of a text file. */
static AwValue meth_reconfigure(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    FORWARD("reconfigure");
    static const char *const names[] = {"encoding", "errors", "newline", "line_buffering", "write_through", NULL};
    AwValue a[5];
    if (self_file(vm, "reconfigure", argv[0], argc, 0, 0, NULL) != AW_OK) return AW_ERR;
    if (args_parse(vm, "reconfigure", 0, argv + 1, kwnames, names, 0, 0, a) != AW_OK) return AW_ERR;
    AwFile *f = AW_FILE(argv[0]);
    if (file_flush(vm, f) != AW_OK) return AW_ERR;
    bool is_8bit = f->is_8bit;
    if (a[0] != AW_EMPTY && a[0] != AW_NONE && check_encoding(vm, a[0], &is_8bit) != AW_OK) return AW_ERR;
    if (a[1] != AW_EMPTY && a[1] != AW_NONE && !value_is_str(a[1]))
        return vm_raise(vm, &aw_exc_TypeError, "reconfigure() argument 'errors' must be str or None, not %s",
                        ops_type_name(a[1]));
    uint8_t newline = f->newline;
    if (a[2] != AW_EMPTY && file_newline_mode(vm, a[2], &newline) != AW_OK) return AW_ERR;
    int lb = f->is_line_buffered, wt = f->is_write_through;
    if (a[3] != AW_EMPTY && a[3] != AW_NONE && (lb = ops_truthy(vm, a[3])) < 0) return AW_ERR;
    if (a[4] != AW_EMPTY && a[4] != AW_NONE && (wt = ops_truthy(vm, a[4])) < 0) return AW_ERR;
    if (a[0] != AW_EMPTY && a[0] != AW_NONE) { f->encoding = AW_STR(a[0]); f->is_8bit = is_8bit; }
    if (a[1] != AW_EMPTY && a[1] != AW_NONE) f->errors = AW_STR(a[1]);
    f->is_line_buffered = lb;
    f->is_write_through = wt;
    f->newline = newline;
    return AW_NONE;
}

/* Every file type lists these itself: the VM calls a native method without a bound-method
 * object only when the receiver's type is the method's owner. */
#define FILE_METHODS \
    {"read", meth_read, AW_METH_DEFAULT}, {"readline", meth_readline, AW_METH_DEFAULT}, \
    {"readlines", meth_readlines, AW_METH_DEFAULT}, \
    {"write", meth_write, AW_METH_DEFAULT}, {"writelines", meth_writelines, AW_METH_DEFAULT}, \
    {"close", meth_close, AW_METH_DEFAULT}, {"flush", meth_flush, AW_METH_DEFAULT}, \
    {"tell", meth_tell, AW_METH_DEFAULT}, {"seek", meth_seek, AW_METH_DEFAULT}, \
    {"truncate", meth_truncate, AW_METH_DEFAULT}, {"fileno", meth_fileno, AW_METH_DEFAULT}, \
    {"isatty", meth_isatty, AW_METH_DEFAULT}, {"readable", meth_readable, AW_METH_DEFAULT}, \
    {"writable", meth_writable, AW_METH_DEFAULT}, {"seekable", meth_seekable, AW_METH_DEFAULT}, \
    {"__enter__", meth_enter, AW_METH_DEFAULT}, {"__exit__", meth_exit, AW_METH_DEFAULT}

/* ---- attributes and slots ----------------------------------------------------------------- */

/* A file made by T.__new__ whose __init__ did not run yet. */
static bool uninitialised(AwFile *f) { return !f->impl && !f->mode; }

static AwValue get_closed(AwVM *vm, AwValue self) {
    if (AW_FILE(self)->impl) return impl_attr(vm, self, "closed");
    return value_from_bool(AW_FILE(self)->fd < 0);
}
static AwValue get_name(AwVM *vm, AwValue self) {
    if (AW_FILE(self)->impl) return impl_attr(vm, self, "name");
    AwFile *f = AW_FILE(self);
    while (f->below) f = f->below;   /* CPython's upper layers report their raw file's name */
    if (uninitialised(f) || f->name == AW_EMPTY) return vm_raise(vm, &aw_exc_AttributeError, "name");
    return f->name;
}
/* name is writable, as on CPython's FileIO: tempfile names a file after the fd it opened. */
static AwStatus set_name(AwVM *vm, AwValue self, AwValue v) {
    if (v == AW_EMPTY && !type_is_subtype(AW_FILE(self)->obj.type, &aw_type_fileio))
        return vm_fail(vm_raise(vm, &aw_exc_AttributeError, "can't delete attribute"));
    if (AW_FILE(self)->impl) {
        AwStr *name = str_intern_cstr(vm, "name");
        return name ? ops_setattr(vm, value_from_ptr(AW_FILE(self)->impl), name, v) : AW_ERROR;
    }
    for (AwFile *f = AW_FILE(self); f; f = f->below) f->name = v;
    return AW_OK;
}
static AwValue get_mode(AwVM *vm, AwValue self) {
    if (AW_FILE(self)->impl) return impl_attr(vm, self, "mode");
    if (uninitialised(AW_FILE(self))) return vm_raise(vm, &aw_exc_ValueError, "I/O operation on uninitialized object");
    return value_from_ptr(AW_FILE(self)->mode);
}
/* A TextIOWrapper's mode may be assigned a str, as on CPython's (tokenize.open sets 'r'). */
static AwStatus set_text_mode(AwVM *vm, AwValue self, AwValue v) {
    AwFile *f = AW_FILE(self);
    if (v == AW_EMPTY) return vm_fail(vm_raise(vm, &aw_exc_AttributeError, "can't delete attribute"));
    if (f->impl) {   /* a TextIOWrapper(buffer) is _pyio's, whose instances take any attribute */
        AwStr *name = str_intern_cstr(vm, "mode");
        return name ? ops_setattr(vm, value_from_ptr(f->impl), name, v) : AW_ERROR;
    }
    if (uninitialised(f)) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "I/O operation on uninitialized object"));
    if (!value_is_str(v)) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "mode must be str, not %s", ops_type_name(v)));
    f->mode = AW_STR(v);
    return AW_OK;
}
static AwValue get_encoding(AwVM *vm, AwValue self) {
    if (AW_FILE(self)->impl) return impl_attr(vm, self, "encoding");
    AwStr *enc = AW_FILE(self)->encoding;
    if (!enc) return vm_raise(vm, &aw_exc_ValueError, "I/O operation on uninitialized object");
    return value_from_ptr(enc);
}
static AwValue get_errors(AwVM *vm, AwValue self) {
    AwFile *f = AW_FILE(self);
    if (f->impl) return impl_attr(vm, self, "errors");
    if (f->errors) return value_from_ptr(f->errors);
    AwStr *s = str_intern_cstr(vm, f->is_std && f->fd == 2 ? "backslashreplace" : "strict");
    return s ? value_from_ptr(s) : AW_ERR;
}
static AwValue get_line_buffering(AwVM *vm, AwValue self) {
    if (AW_FILE(self)->impl) return impl_attr(vm, self, "line_buffering");
    return value_from_bool(AW_FILE(self)->is_line_buffered);
}
static AwValue get_write_through(AwVM *vm, AwValue self) {
    if (AW_FILE(self)->impl) return impl_attr(vm, self, "write_through");
    return value_from_bool(AW_FILE(self)->is_write_through);
}
/* the kinds of line ending read so far in the universal modes (newline=None or '') */
static AwValue get_newlines(AwVM *vm, AwValue self) {
    AwFile *f = AW_FILE(self);
    if (f->impl) return impl_attr(vm, self, "newlines");
    return f->is_binary ? AW_NONE : file_newline_seen(vm, f->seen_newlines);
}
static AwValue get_closefd(AwVM *vm, AwValue self) {
    AwFile *f = AW_FILE(self);
    while (f->above) f = f->above;
    return value_from_bool(f->owns_fd);
}

static const AwGetSetDef file_getsets[] = {
    {"closed", get_closed, NULL},
    {"name", get_name, set_name},
    {"mode", get_mode, NULL},
    {NULL, NULL, NULL},
};

/* The name in a repr: "_io.BufferedReader"; a Python subclass of a Buffered* type gives its own
 * name (CPython uses tp_name there, but fixed names for TextIOWrapper and FileIO). */
static const char *repr_type_name(AwVM *vm, AwType *t, char *buf, size_t cap) {
    AwType *native = t;
    while (native->flags & AW_TYPE_HEAP) native = native->base;
    if (t != native && native != &aw_type_text_file && native != &aw_type_fileio) return type_name(t);
    snprintf(buf, cap, "_io.%s", type_name(native));
    return buf;
}

/* repr of a built file: _pyio's, with the type named as above. */
static AwValue impl_repr(AwVM *vm, AwFile *f) {
    AwValue r = ops_repr(vm, value_from_ptr(f->impl));
    if (r == AW_ERR) return AW_ERR;
    const char *text = AW_STR(r)->data;
    const char *rest = text + strcspn(text, " >");
    char buf[64];
    AwStr *s = str_printf(vm, "<%s%s", repr_type_name(vm, f->obj.type, buf, sizeof buf), rest);
    return s ? value_from_ptr(s) : AW_ERR;
}

static AwValue file_repr(AwVM *vm, AwValue self) {
    AwFile *f = AW_FILE(self);
    if (f->impl) return impl_repr(vm, f);
    char buf[64];
    const char *tname = repr_type_name(vm, f->obj.type, buf, sizeof buf);
    if (uninitialised(f)) {
        AwStr *s = str_printf(vm, "<%s>", tname);
        return s ? value_from_ptr(s) : AW_ERR;
    }
    if (type_is_subtype(f->obj.type, &aw_type_fileio) && f->fd < 0) {
        AwStr *s = str_printf(vm, "<%s [closed]>", tname);
        return s ? value_from_ptr(s) : AW_ERR;
    }
    bool is_fileio = type_is_subtype(f->obj.type, &aw_type_fileio);
    if (is_fileio && f->name == AW_EMPTY) {   /* del f.name: CPython shows the descriptor */
        AwStr *s = str_printf(vm, "<%s fd=%d mode='%s' closefd=%s>", tname, f->fd, f->mode->data,
                              get_closefd(vm, self) == AW_TRUE ? "True" : "False");
        return s ? value_from_ptr(s) : AW_ERR;
    }
    AwValue name = ops_repr(vm, f->name);
    if (name == AW_ERR) return AW_ERR;
    AwStr *s;
    if (is_fileio)
        s = str_printf(vm, "<%s name=%s mode='%s' closefd=%s>", tname, AW_STR(name)->data, f->mode->data,
                       get_closefd(vm, self) == AW_TRUE ? "True" : "False");
    else if (f->is_binary)
        s = str_printf(vm, "<%s name=%s>", tname, AW_STR(name)->data);
    else
        s = str_printf(vm, "<%s name=%s mode='%s' encoding='%s'>", tname, AW_STR(name)->data,
                       f->mode->data, f->encoding->data);
    return s ? value_from_ptr(s) : AW_ERR;
}

static AwValue file_iter(AwVM *vm, AwValue self) {
    AwFile *f = AW_FILE(self);
    if (f->impl) {
        AwValue argv[1] = {self};
        return forward(vm, "__iter__", 1, argv, NULL) == AW_ERR ? AW_ERR : self;
    }
    return check_open(vm, f) == AW_OK ? self : AW_ERR;
}

static AwValue file_next(AwVM *vm, AwValue self) {
    AwFile *f = AW_FILE(self);
    if (f->impl) return ops_next(vm, value_from_ptr(f->impl));
    AwValue line = file_readline(vm, f, -1);
    if (line == AW_ERR) return AW_ERR;
    return is_empty_result(line) ? AW_STOP : line;
}

static AwStatus file_hash(AwVM *vm, AwValue self, int64_t *out) {
    uint64_t p = (uint64_t)(uintptr_t)value_as_ptr(self);
    *out = (int64_t)((p >> 4) | (p << 60));
    if (*out == -1) *out = -2;
    return AW_OK;
}

/* ---- construction from Python --------------------------------------------------------------- */

/* The _pyio class called cls, built with the arguments after self, becomes self's impl. */
static AwValue init_impl(AwVM *vm, const char *cls, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (!value_is_file(argv[0]))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '__init__' requires a '_io.%s' object but received a '%s'",
                        cls, ops_type_name(argv[0]));
    AwStr *mod_name = str_intern_cstr(vm, "_pyio"), *cls_name = str_intern_cstr(vm, cls);
    AwValue mod = mod_name && cls_name ? vm_import(vm, mod_name, AW_NONE, NULL) : AW_ERR;
    AwValue type = mod == AW_ERR ? AW_ERR : ops_getattr(vm, mod, cls_name);
    if (type == AW_ERR) return AW_ERR;
    AwValue obj = vm_call(vm, type, argc - 1, argv + 1, kwnames);
    if (obj == AW_ERR) return AW_ERR;
    AW_FILE(argv[0])->impl = value_as_ptr(obj);
    AW_FILE(argv[0])->is_binary = strcmp(cls, "TextIOWrapper") != 0;
    return AW_NONE;
}

static AwValue text_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return init_impl(vm, "TextIOWrapper", argc, argv, kwnames);
}
static AwValue reader_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return init_impl(vm, "BufferedReader", argc, argv, kwnames);
}
static AwValue writer_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return init_impl(vm, "BufferedWriter", argc, argv, kwnames);
}
static AwValue random_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return init_impl(vm, "BufferedRandom", argc, argv, kwnames);
}
static AwValue rwpair_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return init_impl(vm, "BufferedRWPair", argc, argv, kwnames);
}

/* FileIO(file, mode='r', closefd=True, opener=None): a descriptor file without buffering. */
static AwValue fileio_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"file", "mode", "closefd", "opener", NULL};
    AwValue a[4];
    if (!value_is_file(argv[0]))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '__init__' requires a '_io.FileIO' object but received a '%s'",
                        ops_type_name(argv[0]));
    if (args_parse(vm, "FileIO", argc - 1, argv + 1, kwnames, names, 1, 4, a) != AW_OK) return AW_ERR;
    AwStr *mode = a[1] == AW_EMPTY ? str_intern_cstr(vm, "r") : value_is_str(a[1]) ? AW_STR(a[1]) : NULL;
    if (!mode) return a[1] == AW_EMPTY ? AW_ERR : vm_raise(vm, &aw_exc_TypeError, "FileIO() argument 'mode' must be str, not %s", ops_type_name(a[1]));
    OpenMode m;
    if (parse_mode(vm, mode, &m) != AW_OK) return AW_ERR;
    if (m.is_text) return vm_raise(vm, &aw_exc_ValueError, "invalid mode: %s", mode->data);
    m.is_binary = true;
    AwFile *f = AW_FILE(argv[0]);
    if (f->fd >= 0 && file_close(vm, f) != AW_OK) return AW_ERR;
    if (file_setup(vm, f, a[0], &m, a[2], a[3]) != AW_OK) return AW_ERR;
    f->is_write_through = true;
    return (f->mode = binary_mode(vm, f)) ? AW_NONE : AW_ERR;
}

/* T(...) for the file types: the object, set up by T.__init__ unless T is a Python subclass
 * (whose construction calls __init__ next, class_instance_new). */
static AwValue file_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwFile *f = (AwFile *)gc_new(vm, type, type->instance_size);
    if (!f) return AW_ERR;
    f->fd = -1;
    f->name = AW_NONE;
    AwValue fv = value_from_ptr(f);
    if (type->flags & AW_TYPE_HEAP) return fv;
    AwNativeFn init = type == &aw_type_fileio ? fileio_init : type == &aw_type_text_file ? text_init
                    : type == &aw_type_buffered_reader ? reader_init : type == &aw_type_buffered_writer ? writer_init
                    : type == &aw_type_buffered_random ? random_init : rwpair_init;
    AwValue stack[12];
    int n = argc + (kwnames ? (int)kwnames->len : 0);
    if (n + 1 > 12) return vm_raise(vm, &aw_exc_TypeError, "%s() takes at most 6 arguments", type_name(type));
    stack[0] = fv;
    if (n) memcpy(stack + 1, argv, sizeof(AwValue) * (size_t)n);
    if (gc_push_root(vm, fv) != AW_OK) return AW_ERR;
    AwValue r = init(vm, argc + 1, stack, kwnames);
    gc_pop_roots(vm, 1);
    return r == AW_ERR ? AW_ERR : fv;
}

/* ---- the types ------------------------------------------------------------------------------ */

static const AwMethodDef text_methods[] = {
    FILE_METHODS,
    {"__init__", text_init, AW_METH_DEFAULT},
    {"detach", meth_detach, AW_METH_DEFAULT},
    {"reconfigure", meth_reconfigure, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

static const AwGetSetDef text_getsets[] = {
    {"mode", get_mode, set_text_mode},
    {"encoding", get_encoding, NULL},
    {"errors", get_errors, NULL},
    {"buffer", get_buffer, NULL},
    {"line_buffering", get_line_buffering, NULL},
    {"write_through", get_write_through, NULL},
    {"newlines", get_newlines, NULL},
    {NULL, NULL, NULL},
};

#define BUFFERED_METHODS(init) \
    FILE_METHODS, {"__init__", init, AW_METH_DEFAULT}, {"detach", meth_detach, AW_METH_DEFAULT}, \
    {"readinto", meth_readinto, AW_METH_DEFAULT}, {"read1", meth_read1, AW_METH_DEFAULT}, \
    {"readinto1", meth_readinto, AW_METH_DEFAULT}

/* BufferedWriter has no peek, as in CPython */
static const AwMethodDef reader_methods[] = {BUFFERED_METHODS(reader_init), {"peek", meth_peek, AW_METH_DEFAULT}, {NULL, NULL, 0}};
static const AwMethodDef writer_methods[] = {BUFFERED_METHODS(writer_init), {NULL, NULL, 0}};
static const AwMethodDef random_methods[] = {BUFFERED_METHODS(random_init), {"peek", meth_peek, AW_METH_DEFAULT}, {NULL, NULL, 0}};
static const AwMethodDef rwpair_methods[] = {BUFFERED_METHODS(rwpair_init), {"peek", meth_peek, AW_METH_DEFAULT}, {NULL, NULL, 0}};

static const AwGetSetDef buffered_getsets[] = {
    {"raw", get_raw, NULL},
    {NULL, NULL, NULL},
};

static const AwMethodDef fileio_methods[] = {
    FILE_METHODS,
    {"readinto", meth_readinto, AW_METH_DEFAULT},
    {"__init__", fileio_init, AW_METH_DEFAULT},
    {"readall", meth_readall, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

static const AwGetSetDef fileio_getsets[] = {
    {"closefd", get_closefd, NULL},
    {NULL, NULL, NULL},
};

/* the hidden common base: what value_is_file() tests */
AwType aw_type_file = {
    .name = "_IOBase",
    .base = &aw_type_object,
    .instance_size = sizeof(AwFile),
    .dict_offset = offsetof(AwFile, dict),
    .flags = AW_TYPE_ABSTRACT,
    .getsets = file_getsets,
    .repr = file_repr,
    .hash = file_hash,
    .iter = file_iter,
    .next = file_next,
    .trace = file_trace,
    .free_ = file_free,
};

#define FILE_TYPE(tname, meths, gets) { \
    .name = tname, .base = &aw_type_file, .instance_size = sizeof(AwFile), \
    .dict_offset = offsetof(AwFile, dict), .flags = AW_TYPE_BASETYPE, .methods = meths, .getsets = gets, \
    .repr = file_repr, .hash = file_hash, .iter = file_iter, .next = file_next, .new_ = file_new_slot, \
    .trace = file_trace, .free_ = file_free }

AwType aw_type_text_file = FILE_TYPE("TextIOWrapper", text_methods, text_getsets);
AwType aw_type_buffered_reader = FILE_TYPE("BufferedReader", reader_methods, buffered_getsets);
AwType aw_type_buffered_writer = FILE_TYPE("BufferedWriter", writer_methods, buffered_getsets);
AwType aw_type_buffered_random = FILE_TYPE("BufferedRandom", random_methods, buffered_getsets);
AwType aw_type_buffered_rwpair = FILE_TYPE("BufferedRWPair", rwpair_methods, NULL);
AwType aw_type_fileio = FILE_TYPE("FileIO", fileio_methods, fileio_getsets);

AwStatus file_init_types(AwVM *vm) {
    static AwType *const types[] = {&aw_type_file, &aw_type_text_file, &aw_type_buffered_reader,
                                    &aw_type_buffered_writer, &aw_type_buffered_random,
                                    &aw_type_buffered_rwpair, &aw_type_fileio};
    AwStr *module = str_intern_cstr(vm, "_io");
    if (!module) return AW_ERROR;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) types[i]->module = module;
    return AW_OK;
}
