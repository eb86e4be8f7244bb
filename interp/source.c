/* source.c — PEP 263 source encodings (see source.h). */
#include "interp/source.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include "interp/bytes.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f'; }

static bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.';
}

/* CPython's get_normal_name: the utf-8 and latin-1 spellings get one name each. */
static void normal_name(const char *s, char *out, size_t cap) {
    char buf[13];
    size_t i;
    for (i = 0; i < 12 && s[i]; i++) buf[i] = s[i] == '_' ? '-' : (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
    buf[i] = '\0';
    const char *r = s;
    if (!strcmp(buf, "utf-8") || !strncmp(buf, "utf-8-", 6)) r = "utf-8";
    else if (!strcmp(buf, "latin-1") || !strcmp(buf, "iso-8859-1") || !strcmp(buf, "iso-latin-1") ||
             !strncmp(buf, "latin-1-", 8) || !strncmp(buf, "iso-8859-1-", 11) || !strncmp(buf, "iso-latin-1-", 12))
        r = "iso-8859-1";
    snprintf(out, cap, "%s", r);
}

/* CPython's get_coding_spec on one line (its newline included): true with the normalised name
 * in spec when the line is a comment naming an encoding. */
static bool coding_spec(const char *s, size_t size, char *spec, size_t cap) {
    size_t i = 0;
    for (; i + 6 < size; i++) {
        if (s[i] == '#') break;
        if (!is_blank(s[i])) return false;
    }
    for (; i + 6 < size; i++) {
        if (memcmp(s + i, "coding", 6) != 0) continue;
        const char *t = s + i + 6, *end = s + size;
        if (t >= end || (*t != ':' && *t != '=')) continue;
        do t++; while (t < end && (*t == ' ' || *t == '\t'));
        const char *begin = t;
        while (t < end && is_name_char(*t)) t++;
        if (t == begin) continue;
        char name[128];
        size_t n = (size_t)(t - begin) < sizeof name - 1 ? (size_t)(t - begin) : sizeof name - 1;
        memcpy(name, begin, n);
        name[n] = '\0';
        normal_name(name, spec, cap);
        return true;
    }
    return false;
}

/* True when the line holds nothing but blanks and maybe a comment (line 2 may then hold it). */
static bool only_comment(const char *s, size_t size) {
    for (size_t i = 0; i < size; i++) {
        if (s[i] == '#' || s[i] == '\n' || s[i] == '\r') return true;
        if (!is_blank(s[i])) return false;
    }
    return true;
}

/* The cookie of lines 1-2 into spec; false when there is none. */
static bool find_cookie(const char *src, size_t len, char *spec, size_t cap) {
    size_t start = 0;
    for (int line = 1; line <= 2 && start < len; line++) {
        const char *nl = memchr(src + start, '\n', len - start);
        size_t size = nl ? (size_t)(nl - (src + start)) + 1 : len - start;
        if (coding_spec(src + start, size, spec, cap)) return true;
        if (!only_comment(src + start, size)) return false;
        start += size;
    }
    return false;
}

/* CPython's valid_utf8 (the file tokenizer's check): lead byte and continuation bytes only. */
static size_t valid_utf8(const unsigned char *s, const unsigned char *end) {
    if (*s < 0x80) return 1;
    size_t expected = *s < 0xC0 ? 0 : *s < 0xE0 ? 1 : *s < 0xF0 ? 2 : *s < 0xF8 ? 3 : 0;
    if (!expected) return 0;
    for (size_t k = 1; k <= expected; k++)
        if (s + k >= end || s[k] < 0x80 || s[k] >= 0xC0) return 0;
    return expected + 1;
}

static AwStatus raise_msg(AwVM *vm, AwSourceOrigin origin, const char *filename, AwStr *msg) {
    if (!msg) return AW_ERROR;
    if (origin == SOURCE_SCRIPT) return vm_fail(vm_raise_str(vm, &aw_exc_SyntaxError, msg));
    AwStr *fn = str_from_cstr(vm, filename);
    AwTuple *details = fn ? tuple_new(vm, 4) : NULL;
    if (!details) return AW_ERROR;
    details->items[0] = str_value(fn);
    details->items[1] = value_from_small(0);
    details->items[2] = value_from_small(-1);
    details->items[3] = AW_NONE;
    AwValue args[2] = {str_value(msg), value_from_ptr(details)};
    AwException *e = exception_new(vm, &aw_exc_SyntaxError, 2, args);
    return e ? vm_fail(vm_raise_value(vm, value_from_ptr(e))) : AW_ERROR;
}

/* No cookie in a script: CPython's file tokenizer refuses bytes that are not UTF-8. */
static AwStatus check_undeclared(AwVM *vm, const char *src, size_t len, const char *filename) {
    const unsigned char *p = (const unsigned char *)src, *end = p + len;
    int line = 1;
    while (p < end) {
        if (*p == '\n') line++;
        size_t n = valid_utf8(p, end);
        if (!n)
            return raise_msg(vm, SOURCE_SCRIPT, filename,
                             str_printf(vm, "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no "
                                            "encoding declared; see https://peps.python.org/pep-0263/ for details",
                                        *p, filename, line));
        p += n;
    }
    return AW_OK;
}

/* Decodes the whole source with the named codec. */
static AwStatus transcode(AwVM *vm, const char *src, size_t len, const char *filename, AwSourceOrigin origin,
                          const char *spec, const char **text, size_t *text_len, char **owned) {
    AwStr *name = str_from_cstr(vm, spec);
    if (!name || gc_push_root(vm, str_value(name))) return AW_ERROR;   /* a codec in Python may collect */
    AwValue s = bytes_decode(vm, src, len, str_value(name), AW_EMPTY);
    gc_pop_roots(vm, 1);
    if (s != AW_ERR && !value_is_str(s)) s = vm_raise(vm, &aw_exc_TypeError, "decoder did not return a str");
    if (s == AW_ERR) {
        if (origin == SOURCE_SCRIPT) {
            vm_exc_clear(vm);
            return raise_msg(vm, origin, filename, str_printf(vm, "encoding problem: %s", spec));
        }
        AwValue exc = vm_exc_take(vm);
        if (gc_push_root(vm, exc)) return AW_ERROR;
        AwValue msg = exception_str(vm, exc);
        gc_pop_roots(vm, 1);
        return msg == AW_ERR ? AW_ERROR : raise_msg(vm, origin, filename, AW_STR(msg));
    }
    AwStr *u = AW_STR(s);
    char *buf = malloc((size_t)u->byte_len + 1);
    if (!buf) return vm_fail(vm_raise_memory(vm));
    memcpy(buf, u->data, (size_t)u->byte_len);
    buf[u->byte_len] = '\0';
    *owned = buf;
    *text = buf;
    *text_len = (size_t)u->byte_len;
    return AW_OK;
}

AwStatus source_decode(AwVM *vm, const char *src, size_t len, const char *filename, AwSourceOrigin origin,
                       const char **text, size_t *text_len, char **owned) {
    *text = src;
    *text_len = len;
    *owned = NULL;
    bool bom = len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0;
    char spec[128];
    bool has_cookie = find_cookie(src + (bom ? 3 : 0), len - (bom ? 3 : 0), spec, sizeof spec);
    if (has_cookie && bom && strcmp(spec, "utf-8") != 0)
        return raise_msg(vm, origin, filename, str_printf(vm, "encoding problem: %s with BOM", spec));
    if (!has_cookie && !bom)
        return origin == SOURCE_SCRIPT ? check_undeclared(vm, src, len, filename) : AW_OK;
    if (!has_cookie || !strcmp(spec, "utf-8")) return AW_OK;
    return transcode(vm, src, len, filename, origin, spec, text, text_len, owned);
}
