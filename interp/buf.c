/* buf.c — growable byte buffer for native code that builds strings and bytes (see buf.h).
 *
 * The buffer starts empty with no allocation and doubles as it grows, so appending n bytes
 * one at a time costs O(n). Memory comes from gc_alloc (counted by the collector); an
 * AwBuf is not itself a GC object and holds no values, so it needs no rooting.
 */
#include "interp/buf.h"

#include <stdio.h>
#include <string.h>
#include "interp/bytes.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/vm.h"

#define BUF_MIN_CAP 64

void buf_init(AwBuf *b, AwVM *vm) {
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->vm = vm;
}

/* Makes room for `extra` more bytes plus a NUL. */
static AwStatus reserve(AwBuf *b, size_t extra) {
    if (extra >= SIZE_MAX / 2 - b->len) return vm_fail(vm_raise_memory(b->vm));
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return AW_OK;
    size_t cap = b->cap ? b->cap : BUF_MIN_CAP;
    while (cap < need) cap *= 2;
    char *data = b->data ? gc_realloc(b->vm, b->data, b->cap, cap) : gc_alloc(b->vm, cap);
    if (!data) return AW_ERROR;
    b->data = data;
    b->cap = cap;
    return AW_OK;
}

AwStatus buf_append(AwBuf *b, const char *s, size_t n) {
    if (n == 0) return AW_OK;
    if (reserve(b, n)) return AW_ERROR;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return AW_OK;
}

AwStatus buf_append_cstr(AwBuf *b, const char *s) { return buf_append(b, s, strlen(s)); }

AwStatus buf_append_char(AwBuf *b, char c) {
    if (b->len + 1 >= b->cap && reserve(b, 1)) return AW_ERROR;
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
    return AW_OK;
}

AwStatus buf_vprintf(AwBuf *b, const char *fmt, va_list ap) {
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0) return AW_OK;
    if (reserve(b, (size_t)n)) return AW_ERROR;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return AW_OK;
}

AwStatus buf_printf(AwBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    AwStatus r = buf_vprintf(b, fmt, ap);
    va_end(ap);
    return r;
}

/* Appends a str result of str()/repr(); AW_ERR from them propagates. */
static AwStatus append_str_value(AwBuf *b, AwValue v) {
    if (v == AW_ERR) return AW_ERROR;
    AwStr *s = str_unwrap(v);
    if (!s) return vm_fail(vm_raise(b->vm, &aw_exc_TypeError, "__str__ returned non-string (type %s)", ops_type_name(v)));
    return buf_append(b, s->data, (size_t)s->byte_len);
}

AwStatus buf_append_str_of(AwBuf *b, AwValue v) {
    AwStr *s = str_unwrap(v);
    if (s && value_is_str(v)) return buf_append(b, s->data, (size_t)s->byte_len);
    return append_str_value(b, ops_str(b->vm, v));
}

AwStatus buf_append_repr_of(AwBuf *b, AwValue v) { return append_str_value(b, ops_repr(b->vm, v)); }

AwStr *buf_to_str(AwBuf *b) {
    AwStr *s = str_new(b->vm, b->data ? b->data : "", b->len);
    buf_free(b);
    return s;
}

AwBytes *buf_to_bytes(AwBuf *b) {
    AwBytes *r = bytes_new(b->vm, b->data ? b->data : "", b->len);
    buf_free(b);
    return r;
}

void buf_free(AwBuf *b) {
    if (b->data) gc_free(b->vm, b->data, b->cap);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}
