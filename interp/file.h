/* file.h — file objects: what open() returns, and sys.stdin / sys.stdout / sys.stderr.
 *
 * A file wraps an OS file descriptor with aw's own read and write buffers (no stdio), in text
 * mode (str in and out, UTF-8 or a single-byte encoding, '\n' lines) or binary mode (bytes). Writes are block-buffered,
 * or line-buffered for terminals and stderr; stdout and stderr are flushed at exit
 * (file_flush_std) and stdout before anything reads stdin. A write to a closed pipe raises
 * BrokenPipeError; on a standard stream it also marks the stream broken so later writes and
 * the exit flush drop their output (the top level then ends quietly: repl_report_exception).
 * OS errors raise the OSError subclass CPython picks for the errno ("[Errno 2] No such file or
 * directory: 'x'"); I/O on a closed file raises ValueError("I/O operation on closed file.").
 * The types are CPython's (module _io): open() returns a TextIOWrapper (text), a BufferedReader /
 * BufferedWriter / BufferedRandom (binary, by mode) or a FileIO (buffering=0); all share this
 * layout and file.c's code, under the hidden base _io._IOBase (aw_type_file). A text file's
 * .buffer and a buffered file's .raw are views over the same descriptor (above/below): a
 * layer's pending output goes into the layer below when it flushes (flush() flushes them all,
 * as in CPython), and unread input moves to whichever layer reads next. A file a program builds over a Python stream
 * (io.TextIOWrapper(io.BytesIO()), io.BufferedReader(raw)) delegates every method to an object
 * of CPython's pure-Python implementation (stdlib/_pyio.py) held in impl.
 */
#ifndef AW_FILE_H
#define AW_FILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "interp/types.h"

struct AwFile {
    AwObject obj;            /* header */
    int fd;                  /* the OS descriptor, -1 once closed */
    AwValue name;            /* .name: the path (str) or descriptor (int) given to open() */
    AwStr *mode;             /* .mode as given ("r", "wb", "a+"...) */
    AwStr *encoding;         /* .encoding (text mode), NULL in binary mode */
    AwStr *errors;           /* errors= of open() for a single-byte encoding, NULL: strict */
    bool is_8bit;            /* text in a single-byte encoding (latin-1, cp1252...): transcoded
                                through bytes_decode/bytes_encode, rbuf holds the UTF-8 */
    bool is_binary;          /* 'b' mode: bytes in and out */
    bool is_readable;        /* opened for reading ('r' or '+') */
    bool is_writable;        /* opened for writing ('w', 'a', 'x' or '+') */
    bool is_appending;       /* opened 'a' (FileIO's mode string says "ab") */
    bool is_creating;        /* opened 'x' (FileIO's mode string says "xb") */
    bool owns_fd;            /* close(fd) when the file is closed (false: closefd=False) */
    bool is_line_buffered;   /* flush after each write containing '\n' (ttys, stderr) */
    bool is_write_through;   /* flush after every write (stdout/stderr under PYTHONUNBUFFERED) */
    bool is_std;             /* sys.stdin/stdout/stderr: EPIPE ends aw quietly */
    bool is_broken;          /* a standard stream whose reader went away: drop output */
    bool is_detached;        /* detach() gave the layer below away: operations raise ValueError */
    bool at_eof;             /* the last fill read 0 bytes (cleared by seek) */
    uint8_t newline;         /* text mode: open()'s newline= as an AW_NL_* mode (file_newline.h) */
    uint8_t seen_newlines;   /* text mode: AW_NL_SEEN_* endings read so far, for .newlines */
    char *rbuf;              /* read buffer (gc_alloc), rbuf_cap bytes */
    size_t rbuf_cap;         /* capacity of rbuf */
    size_t rbuf_pos;         /* next unread byte in rbuf */
    size_t rbuf_len;         /* bytes of rbuf filled; [rbuf_pos, rbuf_len) are unread */
    char *wbuf;              /* write buffer (gc_alloc), wbuf_cap bytes */
    size_t wbuf_cap;         /* capacity of wbuf */
    size_t wbuf_len;         /* bytes waiting to be written */
    AwDict *dict;            /* __dict__ (attributes programs set, subclasses), NULL until used */
    AwObject *impl;          /* the _pyio object doing the work of a file built over a Python
                                stream; NULL for descriptor files */
    AwFile *above;           /* the layer this one is the .buffer / .raw of, NULL */
    AwFile *below;           /* this layer's .buffer / .raw once asked for, NULL */
};

/* Sets the types' module to _io; before the first file is made (sys's streams). */
AwStatus file_init_types(AwVM *vm);

/* builtins.open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
 * closefd=True, opener=None). Raises OSError subclasses and ValueError for bad modes. */
AwValue file_open(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames);

/* A file object over an existing descriptor 0, 1 or 2 (sys.stdin/stdout/stderr), named
 * "<stdin>" etc., text mode. The descriptor is not closed with the object. */
/* aw -u: stdout and stderr write through, as with PYTHONUNBUFFERED (set before file_new_std). */
extern bool file_unbuffered;
AwFile *file_new_std(AwVM *vm, int fd);

/* Writes raw bytes through the file's buffer (text mode: the caller passes valid UTF-8).
 * Raises ValueError on a closed file, OSError on a write error. */
AwStatus file_write_bytes(AwVM *vm, AwFile *f, const char *data, size_t len);
/* Writes the buffered bytes to the descriptor. */
AwStatus file_flush(AwVM *vm, AwFile *f);
/* One line including its '\n' ('' at EOF): a str in text mode, bytes in binary mode.
 * limit < 0: no limit. Flushes sys.stdout first when reading the terminal's stdin. */
AwValue file_readline(AwVM *vm, AwFile *f, int64_t limit);

/* Flushes the original stdout and stderr objects, ignoring errors (the exit path, and before
 * reading stdin). Safe to call at any time, also after the objects are freed. */
void file_flush_std(AwVM *vm);

static inline bool value_is_file(AwValue v) {
    return value_is_ptr(v) && (value_type_of_ptr(v)->base == &aw_type_file || value_is_instance(v, &aw_type_file));
}
/* A text file open() or sys made (not a subclass, not built over a Python stream): print()
 * and input() write and read its buffers directly. */
static inline bool value_is_plain_text_file(AwValue v) {
    return value_is_type(v, &aw_type_text_file) && !((AwFile *)value_as_ptr(v))->impl;
}
#define AW_FILE(v) ((AwFile *)value_as_ptr(v))

#endif
