/* file_newline.c — the newline= modes of aw's text files (see file_newline.h).
 *
 * The read buffer keeps the bytes as the file holds them, so tell() stays the byte offset; the
 * modes act where lines are cut and where text is handed out (and on the way out for writes).
 */
#include <stdlib.h>
#include <string.h>

#include "interp/exception.h"
#include "interp/file_newline.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

AwStatus file_newline_mode(AwVM *vm, AwValue newline, uint8_t *mode) {
    if (newline == AW_EMPTY || newline == AW_NONE) { *mode = AW_NL_UNIVERSAL; return AW_OK; }
    AwStr *s = value_is_str(newline) ? AW_STR(newline) : NULL;
    if (!s)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "open() argument 'newline' must be str or None, not %s",
                                ops_type_name(newline)));
    static const char *const names[] = {"", "\n", "\r", "\r\n"};
    static const uint8_t modes[] = {AW_NL_UNTRANSLATED, AW_NL_LF, AW_NL_CR, AW_NL_CRLF};
    for (int i = 0; i < 4; i++)
        if (s->byte_len == (int64_t)strlen(names[i]) && memcmp(s->data, names[i], (size_t)s->byte_len) == 0) {
            *mode = modes[i];
            return AW_OK;
        }
    return vm_fail(vm_raise(vm, &aw_exc_ValueError, "illegal newline value: %s", s->data));
}

/* The first '\r' or '\n' in p[0, n), or NULL. */
static const char *find_cr_or_lf(const char *p, size_t n) {
    const char *lf = memchr(p, '\n', n);
    const char *cr = memchr(p, '\r', lf ? (size_t)(lf - p) : n);
    return cr ? cr : lf;
}

size_t file_newline_find(const char *p, size_t n, size_t from, uint8_t mode, bool at_eof, size_t *resume) {
    *resume = n;
    if (mode == AW_NL_LF) {
        const char *nl = memchr(p + from, '\n', n - from);
        return nl ? (size_t)(nl - p) + 1 : 0;
    }
    for (size_t i = from; i < n;) {
        const char *hit = mode == AW_NL_CR || mode == AW_NL_CRLF ? memchr(p + i, '\r', n - i) : find_cr_or_lf(p + i, n - i);
        if (!hit) return 0;
        size_t at = (size_t)(hit - p);
        if (*hit == '\n') return at + 1;
        if (mode == AW_NL_CR) return at + 1;
        if (at + 1 == n && !at_eof) { *resume = at; return 0; }   /* a '\n' may follow */
        bool crlf = at + 1 < n && p[at + 1] == '\n';
        if (mode == AW_NL_CRLF) {
            if (crlf) return at + 2;
            i = at + 1;
            continue;
        }
        return at + 1 + crlf;
    }
    return 0;
}

size_t file_newline_prefix(const char *p, size_t n, int64_t chars, uint8_t mode, bool at_eof, int64_t *got) {
    const unsigned char *u = (const unsigned char *)p;
    size_t i = 0;
    int64_t count = 0;
    while (i < n && count < chars) {
        size_t width = u[i] < 0x80 ? 1 : u[i] >= 0xF0 ? 4 : u[i] >= 0xE0 ? 3 : u[i] >= 0xC0 ? 2 : 1;
        if (u[i] == '\r' && mode == AW_NL_UNIVERSAL) {   /* "\r\n" reads as one '\n' */
            if (i + 1 == n && !at_eof) break;
            if (i + 1 < n && u[i + 1] == '\n') width = 2;
        }
        if (i + width > n) break;
        i += width;
        count++;
    }
    *got = count;
    return i;
}

/* The kinds of line ending in p[0, n): '\n' alone, '\r' alone, "\r\n". */
static uint8_t endings_in(const char *p, size_t n) {
    uint8_t seen = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\n') seen |= AW_NL_SEEN_LF;
        else if (p[i] == '\r') {
            if (i + 1 < n && p[i + 1] == '\n') { seen |= AW_NL_SEEN_CRLF; i++; }
            else seen |= AW_NL_SEEN_CR;
        }
    }
    return seen;
}

AwStr *file_newline_text(AwVM *vm, const char *p, size_t len, uint8_t mode, uint8_t *seen, bool trusted) {
    bool universal = mode == AW_NL_UNIVERSAL || mode == AW_NL_UNTRANSLATED;
    const char *cr = universal ? memchr(p, '\r', len) : NULL;
    if (!cr) {
        if (universal && !(*seen & AW_NL_SEEN_LF) && memchr(p, '\n', len)) *seen |= AW_NL_SEEN_LF;
        return trusted ? str_new(vm, p, len) : str_from_utf8_checked(vm, p, len);
    }
    *seen |= endings_in(p, len);
    if (mode == AW_NL_UNTRANSLATED) return trusted ? str_new(vm, p, len) : str_from_utf8_checked(vm, p, len);
    char *out = malloc(len ? len : 1);
    if (!out) { vm_raise_memory(vm); return NULL; }
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        if (p[i] != '\r') { out[o++] = p[i]; continue; }
        out[o++] = '\n';
        if (i + 1 < len && p[i + 1] == '\n') i++;
    }
    AwStr *s = trusted ? str_new(vm, out, o) : str_from_utf8_checked(vm, out, o);
    free(out);
    return s;
}

AwValue file_newline_seen(AwVM *vm, uint8_t seen) {
    static const char *const kinds[] = {"\r", "\n", "\r\n"};
    static const uint8_t bits[] = {AW_NL_SEEN_CR, AW_NL_SEEN_LF, AW_NL_SEEN_CRLF};
    AwValue items[3];
    int n = 0;
    for (int i = 0; i < 3; i++) {
        if (!(seen & bits[i])) continue;
        AwStr *s = str_from_cstr(vm, kinds[i]);
        if (!s) return AW_ERR;
        items[n++] = str_value(s);
    }
    if (n == 0) return AW_NONE;
    if (n == 1) return items[0];
    AwTuple *t = tuple_new(vm, n);
    if (!t) return AW_ERR;
    for (int i = 0; i < n; i++) t->items[i] = items[i];
    return value_from_ptr(t);
}

int file_newline_encode(const char *p, size_t len, uint8_t mode, char **out, size_t *out_len) {
    if (mode != AW_NL_CR && mode != AW_NL_CRLF) return 0;
    size_t lines = 0;
    for (const char *q = p; (q = memchr(q, '\n', len - (size_t)(q - p))) != NULL; q++) lines++;
    if (!lines) return 0;
    char *buf = malloc(len + (mode == AW_NL_CRLF ? lines : 0) + 1);
    if (!buf) return -1;
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        if (p[i] != '\n') { buf[o++] = p[i]; continue; }
        buf[o++] = '\r';
        if (mode == AW_NL_CRLF) buf[o++] = '\n';
    }
    *out = buf;
    *out_len = o;
    return 1;
}
