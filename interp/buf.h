/* buf.h — a growable byte buffer for building strings and bytes in native code.
 *
 * A Buf owns its memory through gc_alloc; buf_to_str/buf_to_bytes hand the text to a new
 * object and release the buffer; buf_free releases it without building anything. Every append
 * returns AW_ERROR with MemoryError raised when it cannot grow.
 */
#ifndef AW_BUF_H
#define AW_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include "interp/object.h"

typedef struct {
    char *data;       /* bytes, NUL-terminated while len < cap */
    size_t len;       /* bytes used */
    size_t cap;       /* bytes allocated */
    AwVM *vm;         /* for allocation and errors */
} AwBuf;

void buf_init(AwBuf *b, AwVM *vm);
AwStatus buf_append(AwBuf *b, const char *s, size_t n);
AwStatus buf_append_cstr(AwBuf *b, const char *s);
AwStatus buf_append_char(AwBuf *b, char c);
AwStatus buf_printf(AwBuf *b, const char *fmt, ...);
AwStatus buf_vprintf(AwBuf *b, const char *fmt, va_list ap);
/* Appends str(v) / repr(v) (may run aw code). */
AwStatus buf_append_str_of(AwBuf *b, AwValue v);
AwStatus buf_append_repr_of(AwBuf *b, AwValue v);
/* The buffer's text as a str (must be valid UTF-8) / bytes; the buffer is released either way. */
AwStr *buf_to_str(AwBuf *b);
AwBytes *buf_to_bytes(AwBuf *b);
void buf_free(AwBuf *b);

#endif
