/* bytes.c — the immutable bytes type and the text codecs (utf-8, ascii, latin-1) behind
 * bytes.decode, str.encode and str(b, encoding).
 *
 * bytes is not subclassable in aw (AwBytes is variable-size; see SPEC). bytes, bytearray and
 * contiguous memoryviews count as "bytes-like" arguments (bytes_view).
 */
#include "interp/bytes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/charmap.h"
#include "interp/class.h"
#include "interp/codec_errors.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/slice.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

#define RET_BYTES(expr) do { AwBytes *r_ = (expr); return r_ ? value_from_ptr(r_) : AW_ERR; } while (0)
#define BYTES_MAX ((int64_t)UINT32_MAX - (int64_t)sizeof(AwBytes) - 1)


AwBytes *bytes_new(AwVM *vm, const char *data, size_t len) {
    if ((int64_t)len > BYTES_MAX) { vm_raise_memory(vm); return NULL; }
    AwBytes *b = (AwBytes *)gc_new(vm, &aw_type_bytes, sizeof(AwBytes) + len + 1);
    if (!b) return NULL;
    b->len = (int64_t)len;
    b->hash = -1;
    if (data) memcpy(b->data, data, len);
    b->data[len] = '\0';
    return b;
}

/* ================================ codecs ================================ */

typedef enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } Codec;
typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_NAME, ERR_SURR_ESCAPE,
               ERR_SURR_PASS, ERR_UNKNOWN } ErrMode;

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

/* CPython's normalize_encoding + alias table for the three codecs aw has. */
static AwStatus lookup_codec(AwVM *vm, AwValue encoding, Codec *out) {
    *out = CODEC_UTF8;
    if (encoding == AW_EMPTY) return AW_OK;
    AwStr *name = str_unwrap(encoding);
    char norm[32];
    size_t n = 0;
    for (int64_t i = 0; name && i < name->byte_len && n + 1 < sizeof norm; i++) {
        char c = name->data[i];
        norm[n++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : (c == '-' || c == ' ') ? '_' : c;
    }
    norm[n] = '\0';
    static const char *const utf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", NULL};
    static const char *const ascii[] = {"ascii", "us_ascii", "646", "us", NULL};
    static const char *const latin1[] = {"latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1",
                                         "8859", "iso8859", "cp819", "iso_ir_100", NULL};
    const char *const *tables[] = {utf8, ascii, latin1};
    for (int t = 0; t < 3; t++)
        for (int k = 0; tables[t][k]; k++)
            if (name && (size_t)name->byte_len < sizeof norm && strcmp(norm, tables[t][k]) == 0) {
                *out = (Codec)t;
                return AW_OK;
            }
    return vm_fail(vm_raise(vm, &aw_exc_LookupError, "unknown encoding: %s", name ? name->data : "?"));
}

static ErrMode error_mode(AwValue errors) {
    AwStr *e = errors == AW_EMPTY ? NULL : str_unwrap(errors);
    if (!e || str_equal_cstr(e, "strict")) return ERR_STRICT;
    if (str_equal_cstr(e, "ignore")) return ERR_IGNORE;
    if (str_equal_cstr(e, "replace")) return ERR_REPLACE;
    if (str_equal_cstr(e, "backslashreplace")) return ERR_BACKSLASH;
    if (str_equal_cstr(e, "xmlcharrefreplace")) return ERR_XMLREF;
    if (str_equal_cstr(e, "namereplace")) return ERR_NAME;
    if (str_equal_cstr(e, "surrogateescape")) return ERR_SURR_ESCAPE;
    if (str_equal_cstr(e, "surrogatepass")) return ERR_SURR_PASS;
    return ERR_UNKNOWN;   /* registered with codecs.register_error, or LookupError when called */
}

static AwStatus decode_error(AwVM *vm, Codec codec, const char *data, size_t len, int64_t at, int64_t bad_len, const char *reason) {
    AwBytes *obj = bytes_new(vm, data, len);
    if (!obj) return AW_ERROR;
    return exception_raise_unicode(vm, &aw_exc_UnicodeDecodeError, codec_names[codec], value_from_ptr(obj), at,
                                   at + bad_len, reason);
}

/* surrogateescape: up to 4 bytes >= 0x80 become U+DC80..U+DCFF; *next 0 if there are none. */
static AwStatus decode_escape(AwBuf *b, const char *data, int64_t at, int64_t bad_len, int64_t *next) {
    int64_t n = 0;
    for (; n < bad_len && n < 4 && (unsigned char)data[at + n] >= 0x80; n++) {
        char enc[4];
        if (buf_append(b, enc, (size_t)str_encode_utf8(0xDC00u + (unsigned char)data[at + n], enc))) return AW_ERROR;
    }
    *next = n ? at + n : 0;
    return AW_OK;
}

/* surrogatepass (utf-8): a surrogate's three bytes at data[at] decode to it; *next 0 if not. */
static AwStatus decode_pass(AwBuf *b, Codec codec, const char *data, size_t len, int64_t at, int64_t *next) {
    const unsigned char *p = (const unsigned char *)data + at;
    *next = 0;
    if (codec != CODEC_UTF8 || (size_t)at + 3 > len || p[0] != 0xED || p[1] < 0xA0 || p[1] > 0xBF || (p[2] & 0xC0) != 0x80)
        return AW_OK;
    *next = at + 3;
    return buf_append(b, data + at, 3);   /* aw's str holds a surrogate as these bytes */
}

/* Applies a decode error handler to the bad bytes data[at, at+bad_len); *next is where decoding
 * goes on (at + bad_len but for surrogateescape, surrogatepass and registered handlers). */
static AwStatus decode_handle(AwVM *vm, AwBuf *b, Codec codec, ErrMode mode, AwValue errors, AwValue object,
                              const char *data, size_t len, int64_t at, int64_t bad_len, const char *reason,
                              int64_t *next) {
    *next = at + bad_len;
    switch (mode) {
    case ERR_STRICT: return decode_error(vm, codec, data, len, at, bad_len, reason);
    case ERR_IGNORE: return AW_OK;
    case ERR_REPLACE: return buf_append(b, "\xEF\xBF\xBD", 3);
    case ERR_BACKSLASH:
        for (int64_t i = 0; i < bad_len; i++)
            if (buf_printf(b, "\\x%02x", (unsigned char)data[at + i])) return AW_ERROR;
        return AW_OK;
    case ERR_NAME:
    case ERR_XMLREF:
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback"));
    case ERR_SURR_ESCAPE:
    case ERR_SURR_PASS: {
        AwStatus st = mode == ERR_SURR_ESCAPE ? decode_escape(b, data, at, bad_len, next)
                                              : decode_pass(b, codec, data, len, at, next);
        return st || *next ? st : decode_error(vm, codec, data, len, at, bad_len, reason);
    }
    default: break;
    }
    AwValue r = codec_errors_call(vm, errors, &aw_exc_UnicodeDecodeError, codec_names[codec], object, at,
                                  at + bad_len, reason, (int64_t)len, next);
    if (r == AW_ERR) return AW_ERROR;
    AwStr *rep = AW_STR(AW_TUPLE(r)->items[0]);
    return buf_append(b, rep->data, (size_t)rep->byte_len);
}

static AwStatus decode_utf8(AwVM *vm, AwBuf *b, const char *data, size_t len, ErrMode mode, AwValue errors,
                            AwValue object) {
    size_t pos = 0;
    while (pos < len) {
        int64_t bad_len;
        const char *reason;
        int64_t at = str_utf8_error(data + pos, len - pos, &bad_len, &reason);
        size_t good = at < 0 ? len - pos : (size_t)at;
        if (buf_append(b, data + pos, good)) return AW_ERROR;
        pos += good;
        if (at < 0) break;
        int64_t next;
        if (decode_handle(vm, b, CODEC_UTF8, mode, errors, object, data, len, (int64_t)pos, bad_len, reason, &next))
            return AW_ERROR;
        pos = (size_t)next;
    }
    return AW_OK;
}

static AwStatus decode_8bit(AwVM *vm, AwBuf *b, Codec codec, const char *data, size_t len, ErrMode mode, AwValue errors,
                            AwValue object) {
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)data[i];
        AwStatus st;
        int64_t next = (int64_t)i + 1;
        if (c < 0x80) st = buf_append_char(b, (char)c);
        else if (codec == CODEC_LATIN1) {
            char enc[4];
            st = buf_append(b, enc, (size_t)str_encode_utf8(c, enc));
        } else
            st = decode_handle(vm, b, codec, mode, errors, object, data, len, (int64_t)i, 1, "ordinal not in range(128)",
                               &next);
        if (st) return AW_ERROR;
        i = (size_t)next;
    }
    return AW_OK;
}

/* A text codec this file does not implement (utf-16, utf-32, ...) comes from the codecs
 * module: its CodecInfo's encode or decode is called with (data, errors) and the first item of
 * the pair it returns is the result. A codec that is not a text encoding (hex, rot13, ...) is
 * refused as CPython's str.encode/bytes.decode refuse it. */
static AwValue python_codec_call(AwVM *vm, AwValue encoding, AwValue data, AwValue errors, bool encode) {
    AwValue mod = vm_import(vm, str_intern_cstr(vm, "codecs"), AW_NONE, NULL);
    if (mod == AW_ERR) return AW_ERR;
    AwValue info = vm_call_method(vm, mod, str_intern_cstr(vm, "lookup"), 1, &encoding);
    if (info == AW_ERR || gc_push_root(vm, info)) return AW_ERR;
    AwValue text = ops_getattr(vm, info, str_intern_cstr(vm, "_is_text_encoding"));
    int is_text = text == AW_ERR ? -1 : ops_truthy(vm, text);
    AwValue r = AW_ERR;
    if (is_text == 0)
        vm_raise(vm, &aw_exc_LookupError, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs",
                 AW_STR(encoding)->data, encode ? "encode" : "decode");
    else if (is_text > 0) {
        AwValue args[2] = {data, errors == AW_EMPTY ? str_value(str_intern_cstr(vm, "strict")) : errors};
        r = vm_call_method(vm, info, str_intern_cstr(vm, encode ? "encode" : "decode"), 2, args);
        if (r != AW_ERR && value_is_tuple(r) && AW_TUPLE(r)->len == 2) r = AW_TUPLE(r)->items[0];
        else if (r != AW_ERR) r = vm_raise(vm, &aw_exc_TypeError, "codec must return a tuple (object, integer)");
    }
    gc_pop_roots(vm, 1);
    return r;
}

/* lookup_codec failed: a LookupError for a str name may still be a codecs-module codec. */
static bool try_python_codec(AwVM *vm, AwValue encoding) {
    if (encoding == AW_EMPTY || !str_unwrap(encoding) || !vm_exc_matches(vm, &aw_exc_LookupError)) return false;
    vm_exc_clear(vm);
    return true;
}

AwValue bytes_decode(AwVM *vm, const char *data, size_t len, AwValue encoding, AwValue errors) {
    Codec codec;
    if (lookup_codec(vm, encoding, &codec)) {
        if (!try_python_codec(vm, encoding)) return AW_ERR;
        int charmap = charmap_find_value(encoding);
        if (charmap >= 0) {
            AwValue r = charmap_decode(vm, charmap, data, len, errors);
            return r == AW_ERR ? charmap_wrap_error(vm, "decoding", encoding) : r;
        }
        AwBytes *copy = bytes_new(vm, data, len);   /* data may move once aw code runs */
        if (!copy || gc_push_root(vm, value_from_ptr(copy))) return AW_ERR;
        AwValue r = python_codec_call(vm, encoding, value_from_ptr(copy), errors, false);
        gc_pop_roots(vm, 1);
        return r;
    }
    ErrMode mode = error_mode(errors);
    if (codec == CODEC_UTF8 && mode == ERR_STRICT) {
        AwStr *s = str_from_utf8_checked(vm, data, len);
        if (s) return str_value(s);
        int64_t bad_len;
        const char *reason;
        int64_t at = str_utf8_error(data, len, &bad_len, &reason);
        if (at < 0 || !vm_exc_matches(vm, &aw_exc_UnicodeDecodeError)) return AW_ERR;
        vm_exc_clear(vm);   /* raised again with the attributes CPython gives it */
        decode_error(vm, codec, data, len, at, bad_len, reason);
        return AW_ERR;
    }
    AwValue object = AW_EMPTY;   /* a registered handler gets it (and runs aw code: data may move) */
    if (mode == ERR_UNKNOWN) {
        AwBytes *copy = bytes_new(vm, data, len);
        if (!copy || gc_push_root(vm, value_from_ptr(copy))) return AW_ERR;
        object = value_from_ptr(copy);
        data = copy->data;
    }
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = codec == CODEC_UTF8 ? decode_utf8(vm, &b, data, len, mode, errors, object)
                                      : decode_8bit(vm, &b, codec, data, len, mode, errors, object);
    if (object != AW_EMPTY) gc_pop_roots(vm, 1);
    if (st) { buf_free(&b); return AW_ERR; }
    AwStr *s = buf_to_str(&b);
    return s ? str_value(s) : AW_ERR;
}

static AwStatus encode_error(AwVM *vm, Codec codec, AwStr *s, int64_t start, int64_t end, const char *reason) {
    return exception_raise_unicode(vm, &aw_exc_UnicodeEncodeError, codec_names[codec], str_value(s), start, end,
                                   reason);
}

static bool encodable(Codec codec, uint32_t cp) {
    if (codec == CODEC_ASCII) return cp < 0x80;
    if (codec == CODEC_LATIN1) return cp < 0x100;
    return cp < 0xD800 || cp > 0xDFFF;
}

static AwStatus encode_replacement(AwBuf *b, ErrMode mode, uint32_t cp) {
    if (mode == ERR_IGNORE) return AW_OK;
    if (mode == ERR_REPLACE) return buf_append_char(b, '?');
    if (mode == ERR_XMLREF) return buf_printf(b, "&#%u;", (unsigned)cp);
    return buf_printf(b, cp <= 0xff ? "\\x%02x" : cp <= 0xffff ? "\\u%04x" : "\\U%08x", (unsigned)cp);
}

/* namereplace: \N{NAME} from unicodedata.name(), or the backslash escape for a nameless cp. */
static AwStatus encode_name(AwVM *vm, AwBuf *b, uint32_t cp) {
    AwStr *modname = str_intern_cstr(vm, "unicodedata");
    AwValue mod = modname ? vm_import(vm, modname, AW_NONE, NULL) : AW_ERR;
    AwValue fn = mod == AW_ERR ? AW_ERR : ops_getattr(vm, mod, str_intern_cstr(vm, "name"));
    AwStr *ch = fn == AW_ERR ? NULL : str_from_codepoint(vm, cp);
    if (!ch) return AW_ERROR;
    AwValue args[2] = {str_value(ch), AW_NONE};
    AwValue name = vm_call(vm, fn, 2, args, NULL);
    if (name == AW_ERR) return AW_ERROR;
    if (value_is_str(name)) return buf_printf(b, "\\N{%s}", AW_STR(name)->data);
    return encode_replacement(b, ERR_BACKSLASH, cp);
}

/* Index one past the run of unencodable code points starting at byte pos (index `index`):
 * CPython reports the whole run in a strict error. */
static int64_t bad_run_end(AwStr *s, Codec codec, int64_t pos, int64_t index) {
    int len;
    while (pos < s->byte_len && !encodable(codec, str_decode_utf8(s->data + pos, &len))) {
        pos += len;
        index++;
    }
    return index;
}

/* surrogateescape, surrogatepass and registered handlers for the unencodable run [index, end) at
 * byte pos: appends the replacement; *next is the index to go on from. */
static AwStatus encode_special(AwVM *vm, AwBuf *b, AwStr *s, Codec codec, ErrMode mode, AwValue errors,
                               int64_t index, int64_t end, int64_t pos, const char *reason, int64_t *next) {
    *next = end;
    if (mode == ERR_SURR_ESCAPE || mode == ERR_SURR_PASS) {
        /* as CPython's encoders: the run's escapable prefix is written, the rest raises */
        for (; index < end; index++) {
            int len;
            uint32_t cp = str_decode_utf8(s->data + pos, &len);
            if (mode == ERR_SURR_ESCAPE ? cp < 0xDC80 || cp > 0xDCFF : codec != CODEC_UTF8) break;
            if (mode == ERR_SURR_ESCAPE ? buf_append_char(b, (char)(cp - 0xDC00)) : buf_append(b, s->data + pos, (size_t)len))
                return AW_ERROR;
            pos += len;
        }
        return index == end ? AW_OK : encode_error(vm, codec, s, index, end, reason);
    }
    AwValue r = codec_errors_call(vm, errors, &aw_exc_UnicodeEncodeError, codec_names[codec], str_value(s), index, end,
                                  reason, s->char_len, next);
    if (r == AW_ERR) return AW_ERROR;
    AwValue rep = AW_TUPLE(r)->items[0];
    if (value_is_type(rep, &aw_type_bytes)) return buf_append(b, AW_BYTES(rep)->data, (size_t)AW_BYTES(rep)->len);
    AwStr *text = AW_STR(rep);
    uint32_t limit = codec == CODEC_LATIN1 ? 0x100 : 0x80;   /* CPython takes only these from a str */
    for (int64_t p = 0; p < text->byte_len;) {
        int len;
        uint32_t cp = str_decode_utf8(text->data + p, &len);
        if (cp >= limit) return encode_error(vm, codec, s, index, end, reason);
        if (buf_append_char(b, (char)cp)) return AW_ERROR;
        p += len;
    }
    return AW_OK;
}

static AwStatus encode_str(AwVM *vm, AwBuf *b, AwStr *s, Codec codec, ErrMode mode, AwValue errors) {
    static const char *const reasons[] = {"surrogates not allowed", "ordinal not in range(128)",
                                          "ordinal not in range(256)"};
    int64_t index = 0, pos = 0;
    while (pos < s->byte_len) {
        int len;
        uint32_t cp = str_decode_utf8(s->data + pos, &len);
        AwStatus st;
        if (encodable(codec, cp))
            st = codec == CODEC_UTF8 ? buf_append(b, s->data + pos, (size_t)len) : buf_append_char(b, (char)cp);
        else if (mode == ERR_STRICT)
            return encode_error(vm, codec, s, index, bad_run_end(s, codec, pos, index), reasons[codec]);
        else if (mode == ERR_SURR_ESCAPE || mode == ERR_SURR_PASS || mode == ERR_UNKNOWN) {
            int64_t end = bad_run_end(s, codec, pos, index), next;
            if (encode_special(vm, b, s, codec, mode, errors, index, end, pos, reasons[codec], &next)) return AW_ERROR;
            if (next < index) pos = 0, index = 0;   /* a handler may go back */
            for (; index < next; index++) {
                str_decode_utf8(s->data + pos, &len);
                pos += len;
            }
            continue;
        } else if (mode == ERR_NAME)
            st = encode_name(vm, b, cp);
        else
            st = encode_replacement(b, mode, cp);
        if (st) return AW_ERROR;
        pos += len;
        index++;
    }
    return AW_OK;
}

AwValue bytes_encode(AwVM *vm, AwStr *s, AwValue encoding, AwValue errors) {
    Codec codec;
    if (lookup_codec(vm, encoding, &codec)) {
        if (!try_python_codec(vm, encoding)) return AW_ERR;
        int charmap = charmap_find_value(encoding);
        if (charmap >= 0) {
            AwValue r = charmap_encode(vm, charmap, s, errors);
            return r == AW_ERR ? charmap_wrap_error(vm, "encoding", encoding) : r;
        }
        return python_codec_call(vm, encoding, str_value(s), errors, true);
    }
    if (str_is_ascii(s) || (codec == CODEC_UTF8 && !memmem(s->data, (size_t)s->byte_len, "\xED", 1)))
        RET_BYTES(bytes_new(vm, s->data, (size_t)s->byte_len));
    AwBuf b;
    buf_init(&b, vm);
    if (encode_str(vm, &b, s, codec, error_mode(errors), errors)) { buf_free(&b); return AW_ERR; }
    RET_BYTES(buf_to_bytes(&b));
}

/* ============================ views and builders ============================ */

/* The bytes of a bytes or bytearray object (bytes-like), valid until aw code runs. */
bool bytes_view(AwValue v, const char **data, int64_t *len) {
    if (value_is_type(v, &aw_type_bytes)) { *data = AW_BYTES(v)->data; *len = AW_BYTES(v)->len; return true; }
    if (value_is_ptr(v) && (type_of(v)->flags & AW_TYPE_HEAP) && type_is_subtype(type_of(v), &aw_type_bytes)) {
        AwBytes *b = ((AwBytesSubclass *)value_as_ptr(v))->value;
        *data = b ? b->data : "";
        *len = b ? b->len : 0;
        return true;
    }
    if (value_is_instance(v, &aw_type_bytearray)) {
        AwByteArray *a = AW_BYTEARRAY(v);
        *data = a->data ? a->data : "";
        *len = a->len;
        return true;
    }
    if (memoryview_view(v, data, len)) return true;
    *data = "";
    *len = 0;
    return false;
}

typedef struct {
    const char *data;   /* the bytes (not NUL-terminated for bytearray) */
    int64_t len;        /* their number */
} BView;

static bool view_of(AwValue v, BView *out) { return bytes_view(v, &out->data, &out->len); }

static bool is_bytearray(AwValue v) { return value_is_instance(v, &aw_type_bytearray); }

AwValue bytes_from_export(AwVM *vm, AwValue v) {
    AwStr *name = str_intern_cstr(vm, "__buffer__");
    if (!name) return AW_ERR;
    if (type_lookup(type_of(v), name) == AW_EMPTY) return AW_EMPTY;
    AwValue flags = value_from_small(0);
    AwValue r = vm_call_dunder(vm, v, name, 1, &flags);
    if (r == AW_ERR || value_is_type(r, &aw_type_bytes)) return r;
    BView b;
    if (!view_of(r, &b))
        return vm_raise(vm, &aw_exc_TypeError, "__buffer__ returned non-memoryview object");
    RET_BYTES(bytes_new(vm, b.data, (size_t)b.len));
}

static AwStatus bytearray_reserve(AwVM *vm, AwByteArray *a, int64_t need) {
    if (need <= a->cap) return AW_OK;
    if (need > BYTES_MAX) return vm_fail(vm_raise_memory(vm));
    int64_t cap = a->cap < 16 ? 16 : a->cap;
    while (cap < need) cap = cap > BYTES_MAX / 2 ? need : cap * 2;
    char *data = a->data ? gc_realloc(vm, a->data, (size_t)a->cap, (size_t)cap) : gc_alloc(vm, (size_t)cap);
    if (!data) return AW_ERROR;
    a->data = data;
    a->cap = cap;
    return AW_OK;
}

AwByteArray *bytearray_new(AwVM *vm, const char *data, size_t len) {
    AwByteArray *a = (AwByteArray *)gc_new(vm, &aw_type_bytearray, sizeof(AwByteArray));
    if (!a || bytearray_reserve(vm, a, (int64_t)len)) return NULL;
    if (len) {
        if (data) memcpy(a->data, data, len);
        else memset(a->data, 0, len);
    }
    a->len = (int64_t)len;
    return a;
}

/* A result of the same type as self (bytes methods on a bytearray return bytearrays). */
static AwValue new_like(AwVM *vm, AwValue self, const char *data, int64_t len) {
    void *r = is_bytearray(self) ? (void *)bytearray_new(vm, data, (size_t)len) : (void *)bytes_new(vm, data, (size_t)len);
    return r ? value_from_ptr(r) : AW_ERR;
}

/* self unchanged: the object itself for immutable bytes, a copy for a bytearray. */
static AwValue same_or_copy(AwVM *vm, AwValue self) {
    if (value_is_type(self, &aw_type_bytes)) return self;
    BView v;
    view_of(self, &v);
    return new_like(vm, self, v.data, v.len);
}

static AwValue repr_view(AwVM *vm, BView v, bool bytearray) {
    static const char hex[] = "0123456789abcdef";
    bool has_single = memchr(v.data, '\'', (size_t)v.len) != NULL;
    bool has_double = memchr(v.data, '"', (size_t)v.len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    AwBuf out;
    buf_init(&out, vm);
    AwStatus st = buf_append_cstr(&out, bytearray ? "bytearray(b" : "b");
    if (st == AW_OK) st = buf_append_char(&out, quote);
    for (int64_t i = 0; i < v.len && st == AW_OK; i++) {
        unsigned char c = (unsigned char)v.data[i];
        char esc[4] = {'\\', (char)c, 0, 0};
        /* CPython's bytearray repr escapes ' even inside "...". */
        if (c == (unsigned char)quote || c == '\\' || (bytearray && c == '\'')) st = buf_append(&out, esc, 2);
        else if (c == '\t') st = buf_append(&out, "\\t", 2);
        else if (c == '\n') st = buf_append(&out, "\\n", 2);
        else if (c == '\r') st = buf_append(&out, "\\r", 2);
        else if (c < 0x20 || c >= 0x7f) {
            esc[1] = 'x';
            esc[2] = hex[c >> 4];
            esc[3] = hex[c & 15];
            st = buf_append(&out, esc, 4);
        } else st = buf_append_char(&out, (char)c);
    }
    if (st == AW_OK) st = buf_append_char(&out, quote);
    if (st == AW_OK && bytearray) st = buf_append_char(&out, ')');
    if (st) { buf_free(&out); return AW_ERR; }
    AwStr *s = buf_to_str(&out);
    return s ? str_value(s) : AW_ERR;
}

AwValue bytes_repr(AwVM *vm, AwBytes *b) { return repr_view(vm, (BView){b->data, b->len}, false); }

/* ================================ slots ================================ */

static AwValue bytes_repr_slot(AwVM *vm, AwValue self) {
    BView v;
    view_of(self, &v);
    AwValue r = repr_view(vm, v, is_bytearray(self));
    if (r == AW_ERR || !is_bytearray(self) || value_is_type(self, &aw_type_bytearray)) return r;
    /* a bytearray subclass shows its own name: MyArray(b'...') */
    AwStr *s = AW_STR(r);
    AwStr *named = str_printf(vm, "%s%s", type_name(type_of(self)), s->data + strlen("bytearray"));
    return named ? str_value(named) : AW_ERR;
}

static AwStatus bytes_hash_slot(AwVM *vm, AwValue self, int64_t *out) {
    AwBytes *b = value_is_type(self, &aw_type_bytes) ? AW_BYTES(self) : ((AwBytesSubclass *)value_as_ptr(self))->value;
    if (b->hash == -1) b->hash = str_hash_bytes(b->data, (size_t)b->len);
    *out = b->hash;
    return AW_OK;
}

/* bytes and bytearray compare with each other by content. */
static AwValue bytes_compare_slot(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    BView x, y;
    if (!view_of(a, &x) || !view_of(b, &y)) return AW_NOTIMPL;
    /* bytes compares only with bytes (bytearray with any buffer): bytes < memoryview is a TypeError */
    if (value_is_instance(a, &aw_type_bytes) && !value_is_instance(b, &aw_type_bytes) &&
        !value_is_instance(b, &aw_type_bytearray))
        return AW_NOTIMPL;
    if (op == AW_CMP_EQ || op == AW_CMP_NE) {
        bool eq = x.len == y.len && memcmp(x.data, y.data, (size_t)x.len) == 0;
        return value_from_bool(op == AW_CMP_EQ ? eq : !eq);
    }
    int64_t n = x.len < y.len ? x.len : y.len;
    int c = memcmp(x.data, y.data, (size_t)n);
    if (c == 0) c = x.len < y.len ? -1 : x.len > y.len;
    switch (op) {
    case AW_CMP_LT: return value_from_bool(c < 0);
    case AW_CMP_LE: return value_from_bool(c <= 0);
    case AW_CMP_GT: return value_from_bool(c > 0);
    default: return value_from_bool(c >= 0);
    }
}

static bool has_index(AwVM *vm, AwValue v) {
    return int_check(v) || type_lookup(type_of(v), AW_NAME(vm, __index__)) != AW_EMPTY;
}

/* An index-sized int from an int or __index__ object; OverflowError worded as CPython. */
static AwStatus ssize_of(AwVM *vm, AwValue v, int64_t *out, AwType *overflow_type) {
    AwValue idx = value_is_int(v) ? v : ops_index(vm, v);
    if (idx == AW_ERR) return AW_ERROR;
    if (int_to_i64(vm, idx, out) == AW_OK) return AW_OK;
    vm_exc_clear(vm);
    return vm_fail(vm_raise(vm, overflow_type, "cannot fit '%s' into an index-sized integer", ops_type_name(v)));
}

static AwValue bytes_repeat(AwVM *vm, AwValue self, AwValue count) {
    int64_t n;
    BView v;
    if (ssize_of(vm, count, &n, &aw_exc_OverflowError)) return AW_ERR;
    view_of(self, &v);
    if (n <= 0 || v.len == 0) return new_like(vm, self, "", 0);
    if (n == 1) return same_or_copy(vm, self);
    if (n > BYTES_MAX / v.len) return vm_raise_memory(vm);
    AwValue r = new_like(vm, self, NULL, v.len * n);
    if (r == AW_ERR) return AW_ERR;
    BView out;
    view_of(r, &out);
    view_of(self, &v);
    for (int64_t i = 0; i < n; i++) memcpy((char *)out.data + i * v.len, v.data, (size_t)v.len);
    return r;
}

/* A user class may still answer through its own reflected dunder (__radd__, __rmul__). */
static bool defers_to(AwVM *vm, AwValue other, AwStr *rname) {
    AwType *t = type_of(other);
    if (!(t->flags & AW_TYPE_HEAP) || !t->mro) return false;
    for (int64_t i = 0; i < t->mro->len; i++) {
        AwType *k = (AwType *)value_as_ptr(t->mro->items[i]);
        if (k->dict && dict_get_str(k->dict, rname) != AW_EMPTY) return (k->flags & AW_TYPE_HEAP) != 0;
    }
    return false;
}

/* a + b for two bytes-like values: a new value of a's kind. */
static AwValue concat(AwVM *vm, AwValue a, AwValue b) {
    BView x, y;
    view_of(a, &x);
    view_of(b, &y);
    AwValue r = new_like(vm, a, NULL, x.len + y.len);
    if (r == AW_ERR) return AW_ERR;
    BView out;
    view_of(r, &out);
    view_of(a, &x);
    view_of(b, &y);
    memcpy((char *)out.data, x.data, (size_t)x.len);
    memcpy((char *)out.data + x.len, y.data, (size_t)y.len);
    return r;
}

static AwValue bytes_binary_slot(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    BView x, y;
    view_of(a, &x);
    if (op == AW_BINOP_ADD) {
        if (view_of(b, &y)) return concat(vm, a, b);
        if (defers_to(vm, b, AW_NAME(vm, __radd__))) return AW_NOTIMPL;
        AwValue exported = bytes_from_export(vm, b);
        if (exported == AW_ERR) return AW_ERR;
        if (exported != AW_EMPTY) return concat(vm, a, exported);
        return vm_raise(vm, &aw_exc_TypeError, "can't concat %s to %s", ops_type_name(b), ops_type_name(a));
    }
    if (op == AW_BINOP_MOD) {
        if (defers_to(vm, b, AW_NAME(vm, __rmod__))) return AW_NOTIMPL;
        AwValue r = bytes_percent_format(vm, x.data, x.len, b);
        if (r == AW_ERR || !is_bytearray(a)) return r;
        const char *d;
        int64_t n;
        bytes_view(r, &d, &n);
        AwValue out = new_like(vm, a, d, n);
        return out;
    }
    if (op == AW_BINOP_MUL) {
        if (defers_to(vm, b, AW_NAME(vm, __rmul__))) return AW_NOTIMPL;
        if (!has_index(vm, b))
            return vm_raise(vm, &aw_exc_TypeError, "can't multiply sequence by non-int of type '%s'", ops_type_name(b));
        return bytes_repeat(vm, a, b);
    }
    return AW_NOTIMPL;
}

/* Called after a's own slot declined, so `2.5 * b'x'` is the sequence error here. */
static AwValue bytes_rbinary_slot(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    if (op != AW_BINOP_MUL) return AW_NOTIMPL;
    if (!has_index(vm, a))
        return vm_raise(vm, &aw_exc_TypeError, "can't multiply sequence by non-int of type '%s'", ops_type_name(a));
    return bytes_repeat(vm, b, a);
}

static int bytes_truth_slot(AwVM *vm, AwValue self) {
    BView v;
    view_of(self, &v);
    return v.len != 0;
}

static AwStatus bytes_len_slot(AwVM *vm, AwValue self, int64_t *out) {
    BView v;
    view_of(self, &v);
    *out = v.len;
    return AW_OK;
}

static AwValue slice_of(AwVM *vm, AwValue self, AwSlice *slice) {
    BView v;
    int64_t start, stop, step, n;
    view_of(self, &v);
    int64_t len = v.len;
    if (slice_indices(vm, slice, len, &start, &stop, &step, &n)) return AW_ERR;
    view_of(self, &v);
    /* a bound's __index__ resized the bytearray: clamp again to what is there now */
    if (v.len != len) n = slice_adjust(v.len, &start, &stop, step);
    if (n <= 0) return new_like(vm, self, "", 0);
    if (step == 1) {
        if (n == v.len) return same_or_copy(vm, self);
        return new_like(vm, self, v.data + start, n);
    }
    AwValue r = new_like(vm, self, NULL, n);
    if (r == AW_ERR) return AW_ERR;
    BView out;
    view_of(r, &out);
    view_of(self, &v);
    for (int64_t k = 0; k < n; k++) ((char *)out.data)[k] = v.data[start + k * step];
    return r;
}

/* An item index in [0, len), with CPython's messages for bytes ("byte indices must be ...",
 * "index out of range") or bytearray ("bytearray indices ...", "bytearray index ..."). */
static AwStatus item_index(AwVM *vm, AwValue self, AwValue key, int64_t len, int64_t *out) {
    bool ba = is_bytearray(self);
    if (!has_index(vm, key))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s indices must be integers or slices, not %s",
                                ba ? "bytearray" : "byte", ops_type_name(key)));
    if (ssize_of(vm, key, out, &aw_exc_IndexError)) return AW_ERROR;
    if (*out < 0) *out += len;
    if (*out < 0 || *out >= len)
        return vm_fail(vm_raise(vm, &aw_exc_IndexError, ba ? "bytearray index out of range" : "index out of range"));
    return AW_OK;
}

static AwValue bytes_getitem_slot(AwVM *vm, AwValue self, AwValue key) {
    if (value_is_type(key, &aw_type_slice)) return slice_of(vm, self, AW_SLICE(key));
    BView v;
    int64_t i;
    view_of(self, &v);
    if (item_index(vm, self, key, v.len, &i)) return AW_ERR;
    view_of(self, &v);
    return value_from_small((unsigned char)v.data[i]);
}

/* The byte value of an int argument ("byte must be in range(0, 256)"), -1 with an error. */
static int byte_of(AwVM *vm, AwValue v) {
    int64_t n;
    if (args_int_clamped(vm, v, &n)) return -1;
    if (n < 0 || n > 255) {
        vm_raise(vm, &aw_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)n;
}

static int bytes_contains_slot(AwVM *vm, AwValue self, AwValue item) {
    BView v, sub;
    if (view_of(item, &sub)) {
        view_of(self, &v);
        return sub.len == 0 || memmem(v.data, (size_t)v.len, sub.data, (size_t)sub.len) != NULL;
    }
    if (!has_index(vm, item)) {
        vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(item));
        return -1;
    }
    int c = byte_of(vm, item);
    if (c < 0) return -1;
    view_of(self, &v);
    return memchr(v.data, c, (size_t)v.len) != NULL;
}

/* ---- iteration (bytes and bytearray: re-reads the source, which may grow or shrink) ---- */

typedef struct {
    AwObject obj;     /* header */
    AwValue source;   /* the bytes or bytearray being iterated */
    int64_t pos;      /* index of the next byte */
} AwBytesIter;

static AwValue bytes_iter_slot(AwVM *vm, AwValue self) {
    AwBytesIter *it = (AwBytesIter *)gc_new(vm, &aw_type_bytes_iter, sizeof(AwBytesIter));
    if (!it) return AW_ERR;
    it->source = self;
    return value_from_ptr(it);
}

static AwValue bytes_iter_next(AwVM *vm, AwValue self) {
    AwBytesIter *it = AW_AS(AwBytesIter, self);
    BView v;
    view_of(it->source, &v);
    if (it->pos >= v.len) {
        it->pos = INT64_MAX;   /* exhausted for good, even if a bytearray grows later (CPython) */
        return AW_STOP;
    }
    return value_from_small((unsigned char)v.data[it->pos++]);
}

static AwValue bytes_iter_self(AwVM *vm, AwValue self) { return self; }

static void bytes_iter_trace(AwGC *gc, AwObject *self) { gc_mark_value(gc, ((AwBytesIter *)self)->source); }

/* ---- bytes() and bytearray() ---- */

/* bytes(iterable of ints): walks a list (the argument itself if it is one, as CPython, which
 * sees an __index__ that shrinks or grows it), else the iterable collected into a list. */
static AwValue bytes_from_iterable(AwVM *vm, AwValue src) {
    AwValue list = value_is_type(src, &aw_type_list) ? src : list_from_iterable(vm, src);
    if (list == AW_ERR || gc_push_root(vm, list)) return AW_ERR;
    AwList *l = AW_LIST(list);
    AwBuf out;
    buf_init(&out, vm);
    bool ok = true;
    for (int64_t i = 0; ok && i < l->len; i++) {   /* l->len re-read: __index__ may change it */
        int64_t n;
        if (args_int(vm, l->items[i], &n) == AW_OK && n >= 0 && n <= 255) {
            ok = buf_append_char(&out, (char)n) == AW_OK;
            continue;
        }
        if (!vm_exc_pending(vm) || vm_exc_matches(vm, &aw_exc_OverflowError)) {
            vm_exc_clear(vm);
            vm_raise(vm, &aw_exc_ValueError, "bytes must be in range(0, 256)");
        }
        ok = false;
    }
    gc_pop_roots(vm, 1);
    if (!ok) {
        buf_free(&out);
        return AW_ERR;
    }
    RET_BYTES(buf_to_bytes(&out));
}

/* bytes(x) for one argument: bytes-like, a count, __bytes__, or an iterable of ints. */
static AwValue bytes_from_object(AwVM *vm, AwValue src, bool dunder) {
    BView v;
    if (value_is_type(src, &aw_type_bytes)) return src;
    if (dunder) {   /* bytes() asks __bytes__ first (even of a str or bytes subclass); bytearray() never */
        AwValue conv = vm_call_dunder(vm, src, str_intern_cstr(vm, "__bytes__"), 0, NULL);
        if (conv != AW_EMPTY) {
            if (conv != AW_ERR && !value_is_instance(conv, &aw_type_bytes))
                return vm_raise(vm, &aw_exc_TypeError, "__bytes__ returned non-bytes (type %s)", ops_type_name(conv));
            return conv;
        }
    }
    if (view_of(src, &v)) RET_BYTES(bytes_new(vm, v.data, (size_t)v.len));
    if (str_unwrap(src)) return vm_raise(vm, &aw_exc_TypeError, "string argument without an encoding");
    AwType *t = type_of(src);
    if (type_lookup(t, AW_NAME(vm, __index__)) != AW_EMPTY || int_check(src)) {
        int64_t n;
        if (ssize_of(vm, src, &n, &aw_exc_OverflowError)) return AW_ERR;
        if (n < 0) return vm_raise(vm, &aw_exc_ValueError, "negative count");
        RET_BYTES(bytes_new(vm, NULL, (size_t)n));   /* gc_new memory is zeroed */
    }
    AwValue exported = bytes_from_export(vm, src);
    if (exported != AW_EMPTY) return exported;
    if (t->iter == NULL && type_lookup(t, AW_NAME(vm, __iter__)) == AW_EMPTY &&
        type_lookup(t, AW_NAME(vm, __getitem__)) == AW_EMPTY)
        return vm_raise(vm, &aw_exc_TypeError, "cannot convert '%s' object to bytes", ops_type_name(src));
    return bytes_from_iterable(vm, src);
}

/* The arguments of bytes(...) / bytearray(...), as a bytes value. */
static AwValue bytes_from_args(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    AwValue a[3];
    if (args_parse(vm, name, argc, argv, kwnames, names, 0, 3, a)) return AW_ERR;
    for (int i = 1; i < 3; i++)
        if (a[i] != AW_EMPTY && !str_unwrap(a[i]))
            return vm_raise(vm, &aw_exc_TypeError, "%s() argument '%s' must be str, not %s", name, names[i], ops_type_name(a[i]));
    if (a[0] == AW_EMPTY) {
        if (a[1] != AW_EMPTY || a[2] != AW_EMPTY)
            return vm_raise(vm, &aw_exc_TypeError, a[1] != AW_EMPTY ? "encoding without a string argument"
                                                                     : "errors without a string argument");
        RET_BYTES(bytes_new(vm, "", 0));
    }
    if (a[1] != AW_EMPTY || a[2] != AW_EMPTY) {
        AwStr *s = str_unwrap(a[0]);
        if (!s) return vm_raise(vm, &aw_exc_TypeError, a[1] != AW_EMPTY ? "encoding without a string argument"
                                                                        : "errors without a string argument");
        if (a[1] == AW_EMPTY) return vm_raise(vm, &aw_exc_TypeError, "string argument without an encoding");
        return bytes_encode(vm, s, a[1], a[2]);
    }
    if (is_bytearray(a[0]) && strcmp(name, "bytearray") == 0) {
        BView v;
        view_of(a[0], &v);
        RET_BYTES(bytes_new(vm, v.data, (size_t)v.len));
    }
    return bytes_from_object(vm, a[0], strcmp(name, "bytes") == 0);
}

static AwValue bytes_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwValue b = bytes_from_args(vm, "bytes", argc, argv, kwnames);
    if (b == AW_ERR || type == &aw_type_bytes) return b;
    if (gc_push_root(vm, b)) return AW_ERR;
    AwBytesSubclass *o = (AwBytesSubclass *)gc_new(vm, type, type->instance_size);
    gc_pop_roots(vm, 1);
    if (!o) return AW_ERR;
    o->value = AW_BYTES(b);
    return value_from_ptr(o);
}

/* Exact bytes hold no references; subclass instances hold their value and dict. */
static void bytes_trace(AwGC *gc, AwObject *self) {
    if (self->type == &aw_type_bytes) return;
    AwBytesSubclass *o = (AwBytesSubclass *)self;
    if (o->value) gc_mark_object(gc, &o->value->obj);
    if (self->type->dict_offset) {
        AwDict *d = *(AwDict **)((char *)self + self->type->dict_offset);
        if (d) gc_mark_object(gc, (AwObject *)d);
    }
}

static AwValue bytearray_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (type != &aw_type_bytearray) {   /* a subclass starts empty: bytearray.__init__ fills it */
        AwObject *o = gc_new(vm, type, type->instance_size);
        return o ? value_from_ptr(o) : AW_ERR;
    }
    AwValue b = bytes_from_args(vm, "bytearray", argc, argv, kwnames);
    if (b == AW_ERR) return AW_ERR;
    AwByteArray *a = bytearray_new(vm, AW_BYTES(b)->data, (size_t)AW_BYTES(b)->len);
    return a ? value_from_ptr(a) : AW_ERR;
}

/* bytes.__new__(cls, ...) and bytearray.__new__(cls, ...): what a subclass's __new__ reaches
 * through super(); a new bytearray is empty until __init__. */
static AwType *new_target(AwVM *vm, const char *name, AwType *base, int argc, const AwValue *argv) {
    if (argc < 1 || !value_is_instance(argv[0], &aw_type_type)) {
        vm_raise(vm, &aw_exc_TypeError, "%s.__new__(X): X is not a type object (%s)", name,
                 argc < 1 ? "NULL" : ops_type_name(argv[0]));
        return NULL;
    }
    AwType *type = (AwType *)value_as_ptr(argv[0]);
    if (!type_is_subtype(type, base)) {
        vm_raise(vm, &aw_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", name, type_name(type), type_name(type), name);
        return NULL;
    }
    return type;
}

static AwValue bytes_m_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwType *type = new_target(vm, "bytes", &aw_type_bytes, argc, argv);
    return type ? bytes_new_slot(vm, type, argc - 1, argv + 1, kwnames) : AW_ERR;
}

static AwValue bytearray_m_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwType *type = new_target(vm, "bytearray", &aw_type_bytearray, argc, argv);
    if (!type) return AW_ERR;
    if (type != &aw_type_bytearray) return bytearray_new_slot(vm, type, 0, NULL, NULL);
    AwByteArray *a = bytearray_new(vm, NULL, 0);
    return a ? value_from_ptr(a) : AW_ERR;
}

/* ---- bytearray mutation ---- */

/* Replaces a[start:stop] (a plain slice) by n bytes of data (copied first: data may alias a). */
static AwStatus splice(AwVM *vm, AwByteArray *a, int64_t start, int64_t stop, const char *data, int64_t n) {
    if (stop < start) stop = start;
    char *copy = NULL;
    if (n > 0) {
        copy = gc_alloc(vm, (size_t)n);
        if (!copy) return AW_ERROR;
        memcpy(copy, data, (size_t)n);
    }
    int64_t new_len = a->len - (stop - start) + n;
    AwStatus st = bytearray_reserve(vm, a, new_len);
    if (st == AW_OK) {
        if (a->len > stop) memmove(a->data + start + n, a->data + stop, (size_t)(a->len - stop));   /* data may be NULL */
        if (n) memcpy(a->data + start, copy, (size_t)n);
        a->len = new_len;
    }
    if (copy) gc_free(vm, copy, (size_t)n);
    return st;
}

/* The bytes a slice assignment stores: bytes-like, or an iterable of ints (not an int). */
static AwValue assigned_bytes(AwVM *vm, AwValue value) {
    BView v;
    if (view_of(value, &v)) return value;
    if (int_check(value) || str_unwrap(value))
        return vm_raise(vm, &aw_exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return bytes_from_object(vm, value, false);
}

static AwStatus delete_slice(AwVM *vm, AwByteArray *a, AwSlice *slice) {
    int64_t start, stop, step, n;
    if (slice_indices_live(vm, slice, &a->len, &start, &stop, &step, &n)) return AW_ERROR;
    if (n <= 0) return AW_OK;
    if (step == 1) return splice(vm, a, start, start + n, NULL, 0);
    if (step < 0) { start += step * (n - 1); step = -step; }   /* same set, ascending */
    int64_t w = start;
    for (int64_t r = start, k = 0; r < a->len; r++) {
        if (k < n && r == start + k * step) { k++; continue; }
        a->data[w++] = a->data[r];
    }
    a->len = w;
    return AW_OK;
}

static AwStatus assign_slice(AwVM *vm, AwByteArray *a, AwSlice *slice, AwValue value) {
    AwValue src = assigned_bytes(vm, value);
    if (src == AW_ERR || gc_push_root(vm, src)) return AW_ERROR;
    int64_t start, stop, step, n;
    AwStatus st = slice_indices_live(vm, slice, &a->len, &start, &stop, &step, &n);
    BView v;
    view_of(src, &v);
    if (st == AW_OK && step == 1) {
        st = splice(vm, a, start, start + (n > 0 ? n : 0), v.data, v.len);
    } else if (st == AW_OK && v.len != n) {
        st = vm_fail(vm_raise(vm, &aw_exc_ValueError, "attempt to assign bytes of size %lld to extended slice of size %lld",
                              (long long)v.len, (long long)n));
    } else if (st == AW_OK) {
        for (int64_t k = 0; k < n; k++) a->data[start + k * step] = v.data[k];
    }
    gc_pop_roots(vm, 1);
    return st;
}

static AwStatus bytearray_setitem_slot(AwVM *vm, AwValue self, AwValue key, AwValue value) {
    AwByteArray *a = AW_BYTEARRAY(self);
    if (value_is_type(key, &aw_type_slice))
        return value == AW_EMPTY ? delete_slice(vm, a, AW_SLICE(key)) : assign_slice(vm, a, AW_SLICE(key), value);
    int64_t i;
    if (item_index(vm, self, key, a->len, &i)) return AW_ERROR;
    if (value == AW_EMPTY) return splice(vm, a, i, i + 1, NULL, 0);
    int c = byte_of(vm, value);
    if (c < 0) return AW_ERROR;
    if (i >= a->len) return vm_fail(vm_raise(vm, &aw_exc_IndexError, "bytearray index out of range"));
    a->data[i] = (char)c;
    return AW_OK;
}

static void bytearray_free(AwVM *vm, AwObject *self) {
    AwByteArray *a = (AwByteArray *)self;
    if (a->data) gc_free(vm, a->data, (size_t)a->cap);
    a->data = NULL;
}

/* ================================ methods ================================ */
/* Shared by bytes and bytearray: self is read through a view, results are built like self. */

static bool self_view(AwVM *vm, AwValue self, const char *name, BView *out) {
    if (view_of(self, out)) return true;
    vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' for 'bytes' objects doesn't apply to a '%s' object",
             name, ops_type_name(self));
    return false;
}

static const char *type_word(AwValue self) { return is_bytearray(self) ? "bytearray" : "bytes"; }

/* Checks min..max positional arguments after self and no keywords. */
static bool begin(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, int min, int max, BView *b) {
    int n = argc - 1;
    if ((kw && kw->len) || n < min || n > max) { /* the qualified name only on the error path */
        char full[48];
        snprintf(full, sizeof full, "%s.%s", type_word(argv[0]), name);
        if (args_no_kwargs(vm, full, kw)) return false;
        if (n < min || n > max) {
            args_count(vm, (max == 0 || (min == 1 && max == 1)) ? full : name, n, min, max);
            return false;
        }
    }
    return self_view(vm, argv[0], name, b);
}

/* The older methods (find, count, startswith, ...): "find() takes at least 1 argument". */
static bool begin_old(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, BView *b) {
    if (kw && kw->len) {   /* the keyword error names the type, the count error does not */
        char full[48];
        snprintf(full, sizeof full, "%s.%s", type_word(argv[0]), name);
        if (args_no_kwargs(vm, full, kw)) return false;
    }
    if (argc < 2 || argc > 4) {
        vm_raise(vm, &aw_exc_TypeError, "%s() takes at %s argument%s (%d given)", name,
                 argc < 2 ? "least 1" : "most 3", argc < 2 ? "" : "s", argc - 1);
        return false;
    }
    return self_view(vm, argv[0], name, b);
}

static bool bytes_arg(AwVM *vm, AwValue v, BView *out) {
    if (view_of(v, out)) return true;
    vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(v));
    return false;
}

/* find/count's sub: bytes-like, or an int whose byte is stored in *one. */
static AwStatus sub_arg(AwVM *vm, AwValue v, char *one, BView *out) {
    if (view_of(v, out)) return AW_OK;
    if (!has_index(vm, v))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                                ops_type_name(v)));
    int c = byte_of(vm, v);
    if (c < 0) return AW_ERROR;
    *one = (char)c;
    *out = (BView){one, 1};
    return AW_OK;
}

static AwStatus index_arg(AwVM *vm, AwValue v, int64_t *out) {
    if (v == AW_EMPTY || v == AW_NONE) return AW_OK;
    if (!has_index(vm, v))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "slice indices must be integers or None or have an __index__ method"));
    AwValue i = value_is_int(v) ? v : ops_index(vm, v);
    if (i == AW_ERR) return AW_ERROR;
    if (int_to_i64(vm, i, out)) { vm_exc_clear(vm); *out = int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2; }
    return AW_OK;
}

static void adjust_indices(int64_t len, int64_t *start, int64_t *end) {
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

static const char *rmem(const char *hay, int64_t n, const char *needle, int64_t m) {
    for (int64_t i = n - m; i >= 0; i--)
        if (memcmp(hay + i, needle, (size_t)m) == 0) return hay + i;
    return NULL;
}

static const char *fmem(const char *hay, int64_t n, const char *needle, int64_t m) {
    if (m > n) return NULL;
    if (m == 0) return hay;
    return memmem(hay, (size_t)n, needle, (size_t)m);
}

/* sub and the start/end range of find & co.; the view of self is taken last (aw code may run
 * in __index__ before it). */
static bool range_args(AwVM *vm, int argc, const AwValue *argv, char *one, BView *sub, int64_t *start, int64_t *end, BView *b) {
    *start = 0;
    *end = INT64_MAX / 2;
    if (sub && sub_arg(vm, argv[1], one, sub)) return false;
    if (index_arg(vm, argc > 2 ? argv[2] : AW_EMPTY, start) || index_arg(vm, argc > 3 ? argv[3] : AW_EMPTY, end)) return false;
    view_of(argv[0], b);
    if (sub && view_of(argv[1], sub) == false) *sub = (BView){one, 1};
    adjust_indices(b->len, start, end);
    return true;
}

/* find, rfind, index, rindex (dir, raise) and count (dir == 0). */
static AwValue search(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, int dir, bool raise) {
    BView b, sub;
    char one;
    int64_t start, end;
    if (!begin_old(vm, name, argc, argv, kw, &b) || !range_args(vm, argc, argv, &one, &sub, &start, &end, &b)) return AW_ERR;
    if (dir == 0) {
        if (end - start < sub.len) return value_from_small(0);
        if (sub.len == 0) return value_from_small(end - start + 1);
        int64_t n = 0;
        for (const char *p = b.data + start; (p = fmem(p, b.data + end - p, sub.data, sub.len)); p += sub.len) n++;
        return value_from_small(n);
    }
    int64_t at = -1;
    if (end - start >= sub.len) {
        const char *hit = dir > 0 ? fmem(b.data + start, end - start, sub.data, sub.len)
                                  : sub.len == 0 ? b.data + end : rmem(b.data + start, end - start, sub.data, sub.len);
        if (hit) at = hit - b.data;
    }
    if (at < 0 && raise) return vm_raise(vm, &aw_exc_ValueError, "subsection not found");
    return value_from_small(at);
}

static AwValue m_find(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return search(vm, "find", argc, argv, kw, 1, false); }
static AwValue m_rfind(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return search(vm, "rfind", argc, argv, kw, -1, false); }
static AwValue m_index(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return search(vm, "index", argc, argv, kw, 1, true); }
static AwValue m_rindex(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return search(vm, "rindex", argc, argv, kw, -1, true); }
static AwValue m_count(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return search(vm, "count", argc, argv, kw, 0, false); }

static bool tail_match(BView b, BView sub, int64_t start, int64_t end, int dir) {
    end -= sub.len;
    if (end < start) return false;
    return memcmp(b.data + (dir < 0 ? start : end), sub.data, (size_t)sub.len) == 0;
}

static AwValue starts(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, int dir) {
    BView b, sub;
    int64_t start, end;
    if (!begin_old(vm, name, argc, argv, kw, &b) || !range_args(vm, argc, argv, NULL, NULL, &start, &end, &b)) return AW_ERR;
    if (value_is_instance(argv[1], &aw_type_tuple)) {
        AwTuple *t = AW_TUPLE(argv[1]);
        for (int64_t i = 0; i < t->len; i++) {
            if (!bytes_arg(vm, t->items[i], &sub)) return AW_ERR;
            if (tail_match(b, sub, start, end, dir)) return AW_TRUE;
        }
        return AW_FALSE;
    }
    if (!view_of(argv[1], &sub))
        return vm_raise(vm, &aw_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                        ops_type_name(argv[1]));
    return value_from_bool(tail_match(b, sub, start, end, dir));
}

static AwValue m_startswith(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return starts(vm, "startswith", argc, argv, kw, -1); }
static AwValue m_endswith(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return starts(vm, "endswith", argc, argv, kw, 1); }

static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static AwStatus push_piece(AwVM *vm, AwList *out, AwValue self, const char *data, int64_t n) {
    AwValue piece = new_like(vm, self, data, n);
    return piece == AW_ERR ? AW_ERROR : list_append(vm, out, piece);
}

static AwStatus split_ws(AwVM *vm, AwList *out, AwValue self, BView b, int64_t maxcount, bool reverse) {
    const unsigned char *p = (const unsigned char *)b.data;
    int64_t n = b.len;
    if (!reverse) {
        int64_t i = 0;
        while (maxcount-- > 0) {
            while (i < n && is_space(p[i])) i++;
            if (i == n) return AW_OK;
            int64_t j = i;
            while (i < n && !is_space(p[i])) i++;
            if (push_piece(vm, out, self, b.data + j, i - j)) return AW_ERROR;
        }
        while (i < n && is_space(p[i])) i++;
        return i < n ? push_piece(vm, out, self, b.data + i, n - i) : AW_OK;
    }
    int64_t i = n;
    while (maxcount-- > 0) {
        while (i > 0 && is_space(p[i - 1])) i--;
        if (i == 0) return AW_OK;
        int64_t j = i;
        while (i > 0 && !is_space(p[i - 1])) i--;
        if (push_piece(vm, out, self, b.data + i, j - i)) return AW_ERROR;
    }
    while (i > 0 && is_space(p[i - 1])) i--;
    return i > 0 ? push_piece(vm, out, self, b.data, i) : AW_OK;
}

static AwStatus split_by(AwVM *vm, AwList *out, AwValue self, BView b, BView sep, int64_t maxcount, bool reverse) {
    const char *hit;
    if (!reverse) {
        int64_t i = 0;
        while (maxcount-- > 0 && (hit = fmem(b.data + i, b.len - i, sep.data, sep.len))) {
            if (push_piece(vm, out, self, b.data + i, hit - b.data - i)) return AW_ERROR;
            i = hit - b.data + sep.len;
        }
        return push_piece(vm, out, self, b.data + i, b.len - i);
    }
    int64_t j = b.len;
    while (maxcount-- > 0 && (hit = rmem(b.data, j, sep.data, sep.len))) {
        int64_t at = hit - b.data;
        if (push_piece(vm, out, self, hit + sep.len, j - at - sep.len)) return AW_ERROR;
        j = at;
    }
    return push_piece(vm, out, self, b.data, j);
}

static AwValue splitter(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, bool reverse) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    AwValue a[2];
    BView b, sep = {NULL, 0};
    int64_t maxsplit = -1;
    if (args_parse(vm, name, argc - 1, argv + 1, kw, names, 0, 2, a) || !self_view(vm, argv[0], name, &b)) return AW_ERR;
    bool has_sep = a[0] != AW_EMPTY && a[0] != AW_NONE;
    if (has_sep && !bytes_arg(vm, a[0], &sep)) return AW_ERR;
    if (a[1] != AW_EMPTY && args_int(vm, a[1], &maxsplit)) return AW_ERR;
    if (has_sep && sep.len == 0) return vm_raise(vm, &aw_exc_ValueError, "empty separator");
    if (maxsplit < 0) maxsplit = INT64_MAX;
    AwList *out = list_new(vm, 0);
    if (!out) return AW_ERR;
    view_of(argv[0], &b);
    if (has_sep) view_of(a[0], &sep);
    if (has_sep ? split_by(vm, out, argv[0], b, sep, maxsplit, reverse) : split_ws(vm, out, argv[0], b, maxsplit, reverse))
        return AW_ERR;
    for (int64_t i = 0, j = out->len - 1; reverse && i < j; i++, j--) {
        AwValue t = out->items[i];
        out->items[i] = out->items[j];
        out->items[j] = t;
    }
    return value_from_ptr(out);
}

static AwValue m_split(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return splitter(vm, "split", argc, argv, kw, false); }
static AwValue m_rsplit(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return splitter(vm, "rsplit", argc, argv, kw, true); }

static AwValue m_join(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    BView sep, item;
    if (!begin(vm, "join", argc, argv, kw, 1, 1, &sep)) return AW_ERR;
    AwValue it = ops_iter(vm, argv[1]);
    if (it == AW_ERR) {
        if (!vm_exc_matches(vm, &aw_exc_TypeError)) return AW_ERR;
        vm_exc_clear(vm);
        return vm_raise(vm, &aw_exc_TypeError, "can only join an iterable");
    }
    if (gc_push_root(vm, it)) return AW_ERR;
    AwValue list = list_from_iterable(vm, it);
    gc_pop_roots(vm, 1);
    if (list == AW_ERR) return AW_ERR;
    AwList *l = AW_LIST(list);
    view_of(argv[0], &sep);
    int64_t total = l->len > 0 ? sep.len * (l->len - 1) : 0;
    for (int64_t i = 0; i < l->len; i++) {
        if (!view_of(l->items[i], &item))
            return vm_raise(vm, &aw_exc_TypeError, "sequence item %lld: expected a bytes-like object, %s found",
                            (long long)i, ops_type_name(l->items[i]));
        total += item.len;
    }
    AwValue r = new_like(vm, argv[0], NULL, total);
    if (r == AW_ERR) return AW_ERR;
    BView out;
    view_of(r, &out);
    char *dst = (char *)out.data;
    for (int64_t i = 0; i < l->len; i++) {
        view_of(l->items[i], &item);
        if (i > 0) { memcpy(dst, sep.data, (size_t)sep.len); dst += sep.len; }
        memcpy(dst, item.data, (size_t)item.len);
        dst += item.len;
    }
    return r;
}

static AwValue stripper(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, bool left, bool right) {
    BView b, chars = {NULL, 0};
    if (!begin(vm, name, argc, argv, kw, 0, 1, &b)) return AW_ERR;
    bool has_chars = argc > 1 && argv[1] != AW_NONE;
    if (has_chars && !bytes_arg(vm, argv[1], &chars)) return AW_ERR;
    int64_t i = 0, j = b.len;
#define MEMBER(c) (has_chars ? memchr(chars.data, (c), (size_t)chars.len) != NULL : is_space((unsigned char)(c)))
    while (left && i < j && MEMBER(b.data[i])) i++;
    while (right && j > i && MEMBER(b.data[j - 1])) j--;
#undef MEMBER
    if (i == 0 && j == b.len) return same_or_copy(vm, argv[0]);
    return new_like(vm, argv[0], b.data + i, j - i);
}

static AwValue m_strip(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return stripper(vm, "strip", argc, argv, kw, true, true); }
static AwValue m_lstrip(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return stripper(vm, "lstrip", argc, argv, kw, true, false); }
static AwValue m_rstrip(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return stripper(vm, "rstrip", argc, argv, kw, false, true); }

static AwValue m_replace(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    BView b, old, with;
    int64_t count = -1;
    if (!begin(vm, "replace", argc, argv, kw, 2, 3, &b) || !bytes_arg(vm, argv[1], &old) || !bytes_arg(vm, argv[2], &with))
        return AW_ERR;
    if (argc > 3 && args_int(vm, argv[3], &count)) return AW_ERR;
    if (count < 0) count = INT64_MAX;
    AwBuf out;
    buf_init(&out, vm);
    int64_t i = 0;
    AwStatus st = AW_OK;
    if (old.len == 0) {
        for (; count > 0 && st == AW_OK; count--) {
            st = buf_append(&out, with.data, (size_t)with.len);
            if (i >= b.len) break;
            if (st == AW_OK) st = buf_append_char(&out, b.data[i++]);
        }
    } else {
        const char *hit;
        for (; count > 0 && st == AW_OK && (hit = fmem(b.data + i, b.len - i, old.data, old.len)); count--) {
            st = buf_append(&out, b.data + i, (size_t)(hit - b.data - i));
            if (st == AW_OK) st = buf_append(&out, with.data, (size_t)with.len);
            i = hit - b.data + old.len;
        }
    }
    if (st == AW_OK) st = buf_append(&out, b.data + i, (size_t)(b.len - i));
    AwValue r = st ? AW_ERR : new_like(vm, argv[0], out.data ? out.data : "", (int64_t)out.len);
    buf_free(&out);
    return r;
}



/* bytes.maketrans(frm, to): the 256-byte table translate() takes. */
static AwValue m_maketrans(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "maketrans", kw)) return AW_ERR;
    int first = argc == 3 ? 1 : 0;   /* called on the class (staticmethod-like) or an instance */
    if (argc - first != 2) return vm_raise(vm, &aw_exc_TypeError, "maketrans expected 2 arguments, got %d", argc - first);
    BView f, t;
    if (view_of(argv[first], &f) == false)
        return vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(argv[first]));
    if (view_of(argv[first + 1], &t) == false)
        return vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(argv[first + 1]));
    if (f.len != t.len) return vm_raise(vm, &aw_exc_ValueError, "maketrans arguments must have same length");
    char table[256];
    for (int i = 0; i < 256; i++) table[i] = (char)i;
    for (int64_t i = 0; i < f.len; i++) table[(unsigned char)f.data[i]] = t.data[i];
    AwBytes *r = bytes_new(vm, table, 256);
    return r ? value_from_ptr(r) : AW_ERR;
}

/* b.translate(table, delete=b''): bytes mapped through a 256-byte table (or None), minus delete. */
static AwValue m_translate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"", "", "delete", NULL};
    AwValue a[3];
    if (args_parse(vm, "translate", argc, argv, kw, names, 2, 3, a)) return AW_ERR;
    BView b, table = {NULL, 0}, del = {"", 0};
    view_of(a[0], &b);
    if (a[1] != AW_NONE) {
        if (!view_of(a[1], &table))
            return vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(a[1]));
        if (table.len != 256) return vm_raise(vm, &aw_exc_ValueError, "translation table must be 256 characters long");
    }
    if (a[2] != AW_EMPTY && !view_of(a[2], &del))
        return vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(a[2]));
    bool drop[256] = {false};
    for (int64_t i = 0; i < del.len; i++) drop[(unsigned char)del.data[i]] = true;
    char *buf = malloc((size_t)(b.len ? b.len : 1));
    if (!buf) return vm_raise_memory(vm);
    int64_t n = 0;
    for (int64_t i = 0; i < b.len; i++) {
        unsigned char c = (unsigned char)b.data[i];
        if (drop[c]) continue;
        buf[n++] = table.data ? table.data[c] : (char)c;
    }
    AwValue r = new_like(vm, argv[0], buf, n);
    free(buf);
    return r;
}

static AwValue m_isascii(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    BView b;
    if (!begin(vm, "isascii", argc, argv, kw, 0, 0, &b)) return AW_ERR;
    for (int64_t i = 0; i < b.len; i++)
        if ((unsigned char)b.data[i] >= 0x80) return AW_FALSE;
    return AW_TRUE;
}

/* center/ljust/rjust: width and an optional one-byte fill. */
static AwValue pad(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, int where) {
    BView b, fill = {" ", 1};
    if (!begin(vm, name, argc, argv, kw, 1, 2, &b)) return AW_ERR;
    int64_t width;
    if (args_int(vm, argv[1], &width)) return AW_ERR;
    if (argc == 3 && (!view_of(argv[2], &fill) || fill.len != 1))
        return vm_raise(vm, &aw_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, ops_type_name(argv[2]));
    view_of(argv[0], &b);
    if (width <= b.len) return new_like(vm, argv[0], b.data, b.len);
    int64_t total = width - b.len, left = where < 0 ? 0 : where > 0 ? total : total / 2 + (total & width & 1);
    char *buf = malloc((size_t)width);
    if (!buf) return vm_raise_memory(vm);
    memset(buf, fill.data[0], (size_t)width);
    memcpy(buf + left, b.data, (size_t)b.len);
    AwValue r = new_like(vm, argv[0], buf, width);
    free(buf);
    return r;
}

static AwValue m_ljust(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return pad(vm, "ljust", argc, argv, kw, -1); }
static AwValue m_rjust(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return pad(vm, "rjust", argc, argv, kw, 1); }
static AwValue m_center(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return pad(vm, "center", argc, argv, kw, 0); }

static AwValue m_zfill(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    BView b;
    if (!begin(vm, "zfill", argc, argv, kw, 1, 1, &b)) return AW_ERR;
    int64_t width;
    if (args_int(vm, argv[1], &width)) return AW_ERR;
    view_of(argv[0], &b);
    if (width <= b.len) return new_like(vm, argv[0], b.data, b.len);
    char *buf = malloc((size_t)width);
    if (!buf) return vm_raise_memory(vm);
    int64_t fill = width - b.len;
    bool sign = b.len && (b.data[0] == '+' || b.data[0] == '-');
    memset(buf, '0', (size_t)width);
    memcpy(buf + fill, b.data, (size_t)b.len);
    if (sign) { buf[0] = b.data[0]; buf[fill] = '0'; }
    AwValue r = new_like(vm, argv[0], buf, width);
    free(buf);
    return r;
}

/* splitlines(keepends=False): at \n, \r and \r\n only (bytes know no other line breaks). */
static AwValue m_splitlines(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"", "keepends", NULL};
    AwValue a[2];
    if (args_parse(vm, "splitlines", argc, argv, kw, names, 1, 2, a)) return AW_ERR;
    int keep = a[1] == AW_EMPTY ? 0 : ops_truthy(vm, a[1]);
    if (keep < 0) return AW_ERR;
    AwList *out = list_new(vm, 0);
    if (!out || gc_push_root(vm, value_from_ptr(out))) return AW_ERR;
    BView b;
    view_of(argv[0], &b);
    AwStatus st = AW_OK;
    for (int64_t i = 0, start = 0; st == AW_OK && i < b.len; start = i) {
        while (i < b.len && b.data[i] != '\n' && b.data[i] != '\r') i++;
        int64_t eol = i;
        if (i < b.len) i += (b.data[i] == '\r' && i + 1 < b.len && b.data[i + 1] == '\n') ? 2 : 1;
        view_of(argv[0], &b);   /* a bytearray may not move here, but read it afresh anyway */
        AwValue line = new_like(vm, argv[0], b.data + start, (keep ? i : eol) - start);
        st = line == AW_ERR ? AW_ERROR : list_append(vm, out, line);
    }
    gc_pop_roots(vm, 1);
    return st == AW_OK ? value_from_ptr(out) : AW_ERR;
}

typedef enum { CASE_UPPER, CASE_LOWER, CASE_CAPITALIZE, CASE_SWAP, CASE_TITLE } BytesCase;

static bool is_lower_byte(char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper_byte(char c) { return c >= 'A' && c <= 'Z'; }

/* upper/lower/capitalize/swapcase/title on the ASCII letters; other bytes pass through. */
static AwValue map_case(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, BytesCase op) {
    BView b, out;
    if (!begin(vm, name, argc, argv, kw, 0, 0, &b)) return AW_ERR;
    AwValue r = new_like(vm, argv[0], b.data, b.len);
    if (r == AW_ERR) return AW_ERR;
    view_of(r, &out);
    char *p = (char *)out.data;
    bool prev_cased = false;
    for (int64_t i = 0; i < out.len; i++) {
        char c = p[i];
        bool up = is_upper_byte(c), lo = is_lower_byte(c);
        bool make_upper = op == CASE_UPPER || (op == CASE_SWAP ? lo : op == CASE_CAPITALIZE ? i == 0
                                                   : op == CASE_TITLE && !prev_cased);
        if (make_upper && lo) p[i] = (char)(c - 32);
        else if (!make_upper && up) p[i] = (char)(c + 32);
        prev_cased = up || lo;
    }
    return r;
}

static AwValue m_upper(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return map_case(vm, "upper", argc, argv, kw, CASE_UPPER); }
static AwValue m_lower(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return map_case(vm, "lower", argc, argv, kw, CASE_LOWER); }
static AwValue m_capitalize(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return map_case(vm, "capitalize", argc, argv, kw, CASE_CAPITALIZE); }
static AwValue m_swapcase(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return map_case(vm, "swapcase", argc, argv, kw, CASE_SWAP); }
static AwValue m_title(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return map_case(vm, "title", argc, argv, kw, CASE_TITLE); }

static AwValue m_istitle(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    BView b;
    if (!begin(vm, "istitle", argc, argv, kw, 0, 0, &b)) return AW_ERR;
    bool cased = false, prev_cased = false;
    for (int64_t i = 0; i < b.len; i++) {
        char c = b.data[i];
        if (is_upper_byte(c)) {
            if (prev_cased) return AW_FALSE;
            prev_cased = cased = true;
        } else if (is_lower_byte(c)) {
            if (!prev_cased) return AW_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return value_from_bool(cased);
}

/* expandtabs(tabsize=8): tabs to spaces up to the next multiple of tabsize; \n and \r reset. */
static AwValue m_expandtabs(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"", "tabsize", NULL};
    AwValue a[2];
    if (args_parse(vm, "expandtabs", argc, argv, kw, names, 1, 2, a)) return AW_ERR;
    int64_t tab = 8;
    if (a[1] != AW_EMPTY && args_int(vm, a[1], &tab)) return AW_ERR;
    BView b;
    view_of(argv[0], &b);
    AwBuf out;
    buf_init(&out, vm);
    int64_t col = 0;
    for (int64_t i = 0; i < b.len; i++) {
        char c = b.data[i];
        if (c == '\t') {
            int64_t n = tab > 0 ? tab - col % tab : 0;
            for (int64_t k = 0; k < n; k++)
                if (buf_append_char(&out, ' ')) { buf_free(&out); return AW_ERR; }
            col += n;
            continue;
        }
        if (buf_append_char(&out, c)) { buf_free(&out); return AW_ERR; }
        col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
    AwValue r = new_like(vm, argv[0], out.data ? out.data : "", (int64_t)out.len);
    buf_free(&out);
    return r;
}

typedef enum { IS_ALPHA, IS_ALNUM, IS_DIGIT, IS_SPACE, IS_LOWER, IS_UPPER } ByteClass;

static AwValue classify(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, ByteClass cls) {
    BView b;
    if (!begin(vm, name, argc, argv, kw, 0, 0, &b)) return AW_ERR;
    bool cased = false;
    for (int64_t i = 0; i < b.len; i++) {
        unsigned char c = (unsigned char)b.data[i];
        bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z', dig = c >= '0' && c <= '9';
        bool ok = cls == IS_ALPHA ? lo || up : cls == IS_ALNUM ? lo || up || dig : cls == IS_DIGIT ? dig
                : cls == IS_SPACE ? is_space(c) : cls == IS_LOWER ? !up : !lo;
        if (!ok) return AW_FALSE;
        cased |= (cls == IS_LOWER && lo) || (cls == IS_UPPER && up);
    }
    if (cls == IS_LOWER || cls == IS_UPPER) return value_from_bool(cased);
    return value_from_bool(b.len > 0);
}

static AwValue m_isalpha(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return classify(vm, "isalpha", argc, argv, kw, IS_ALPHA); }
static AwValue m_isalnum(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return classify(vm, "isalnum", argc, argv, kw, IS_ALNUM); }
static AwValue m_isdigit(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return classify(vm, "isdigit", argc, argv, kw, IS_DIGIT); }
static AwValue m_isspace(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return classify(vm, "isspace", argc, argv, kw, IS_SPACE); }
static AwValue m_islower(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return classify(vm, "islower", argc, argv, kw, IS_LOWER); }
static AwValue m_isupper(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return classify(vm, "isupper", argc, argv, kw, IS_UPPER); }

static AwValue partitioner(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, int dir) {
    BView b, sep;
    if (!begin(vm, name, argc, argv, kw, 1, 1, &b) || !bytes_arg(vm, argv[1], &sep)) return AW_ERR;
    if (sep.len == 0) return vm_raise(vm, &aw_exc_ValueError, "empty separator");
    const char *hit = dir > 0 ? fmem(b.data, b.len, sep.data, sep.len) : rmem(b.data, b.len, sep.data, sep.len);
    int64_t at = hit ? hit - b.data : dir > 0 ? b.len : 0;
    int64_t sep_len = hit ? sep.len : 0;
    AwTuple *t = tuple_new(vm, 3);
    if (!t) return AW_ERR;
    /* Not found: (self, b'', b'') or (b'', b'', self). As CPython, bytes (even a subclass) give
     * self itself there and the separator object itself when found; a bytearray gives copies. */
    bool keep = !is_bytearray(argv[0]);
    AwValue whole = keep ? argv[0] : AW_EMPTY;
    t->items[0] = !hit && dir > 0 && keep ? whole : new_like(vm, argv[0], b.data, at);
    t->items[1] = t->items[0] == AW_ERR ? AW_ERR : hit ? (keep ? argv[1] : new_like(vm, argv[0], sep.data, sep.len))
                                                        : new_like(vm, argv[0], "", 0);
    t->items[2] = t->items[1] == AW_ERR ? AW_ERR
                  : !hit && dir < 0 && keep ? whole : new_like(vm, argv[0], b.data + at + sep_len, b.len - at - sep_len);
    if (t->items[2] == AW_ERR) { t->items[0] = t->items[1] = t->items[2] = AW_NONE; return AW_ERR; }
    return value_from_ptr(t);
}

static AwValue m_partition(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return partitioner(vm, "partition", argc, argv, kw, 1); }
static AwValue m_rpartition(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return partitioner(vm, "rpartition", argc, argv, kw, -1); }

static AwValue remove_affix(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, bool prefix) {
    BView b, a;
    if (!begin(vm, name, argc, argv, kw, 1, 1, &b) || !bytes_arg(vm, argv[1], &a)) return AW_ERR;
    int64_t at = prefix ? 0 : b.len - a.len;
    if (a.len == 0 || a.len > b.len || memcmp(b.data + at, a.data, (size_t)a.len) != 0) return same_or_copy(vm, argv[0]);
    return new_like(vm, argv[0], b.data + (prefix ? a.len : 0), b.len - a.len);
}

static AwValue m_removeprefix(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return remove_affix(vm, "removeprefix", argc, argv, kw, true); }
static AwValue m_removesuffix(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return remove_affix(vm, "removesuffix", argc, argv, kw, false); }

static AwValue m_decode(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"encoding", "errors", NULL};
    AwValue a[2];
    BView b;
    if (args_parse(vm, "decode", argc - 1, argv + 1, kw, names, 0, 2, a) || !self_view(vm, argv[0], "decode", &b)) return AW_ERR;
    for (int i = 0; i < 2; i++)
        if (a[i] != AW_EMPTY && !str_unwrap(a[i]))
            return vm_raise(vm, &aw_exc_TypeError, "decode() argument '%s' must be str, not %s", names[i], ops_type_name(a[i]));
    return bytes_decode(vm, b.data, (size_t)b.len, a[0], a[1]);
}

static AwValue m_hex(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    static const char digits[] = "0123456789abcdef";
    AwValue a[2];
    BView b, sv;
    if (args_parse(vm, "hex", argc - 1, argv + 1, kw, names, 0, 2, a) || !self_view(vm, argv[0], "hex", &b)) return AW_ERR;
    char sep = 0;
    bool has_sep = a[0] != AW_EMPTY;   /* sep may be '\0' */
    int64_t group = 1;
    if (a[0] != AW_EMPTY) {
        AwStr *s = str_unwrap(a[0]);
        bool is_bytes = view_of(a[0], &sv);
        /* CPython takes len(sep) before checking its type */
        if (!s && !is_bytes && type_of(a[0])->len == NULL && type_lookup(type_of(a[0]), AW_NAME(vm, __len__)) == AW_EMPTY)
            return vm_raise(vm, &aw_exc_TypeError, "object of type '%s' has no len()", ops_type_name(a[0]));
        if (!s && !is_bytes) return vm_raise(vm, &aw_exc_TypeError, "sep must be str or bytes.");
        if ((s ? s->char_len : sv.len) != 1) return vm_raise(vm, &aw_exc_ValueError, "sep must be length 1.");
        sep = s ? s->data[0] : sv.data[0];
        if ((unsigned char)sep >= 0x80) return vm_raise(vm, &aw_exc_ValueError, "sep must be ASCII.");
    }
    if (a[1] != AW_EMPTY && args_int(vm, a[1], &group)) return AW_ERR;
    view_of(argv[0], &b);
    AwBuf out;
    buf_init(&out, vm);
    int64_t g = group < 0 ? -group : group;
    for (int64_t i = 0; i < b.len; i++) {
        /* Separators count groups from the right (positive) or the left (negative). */
        bool boundary = has_sep && g > 0 && i > 0 && (group > 0 ? (b.len - i) % g == 0 : i % g == 0);
        unsigned char c = (unsigned char)b.data[i];
        char two[2] = {digits[c >> 4], digits[c & 15]};
        if ((boundary && buf_append_char(&out, sep)) || buf_append(&out, two, 2)) { buf_free(&out); return AW_ERR; }
    }
    AwStr *r = buf_to_str(&out);
    return r ? str_value(r) : AW_ERR;
}

static int hex_value(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (int)((c | 0x20) - 'a' + 10);
    return -1;
}

/* bytes.fromhex / bytearray.fromhex (classmethods: argv[0] is the class). */
static AwValue m_fromhex(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    bool ba = argc > 0 && argv[0] == value_from_ptr(&aw_type_bytearray);
    const char *fname = ba ? "bytearray.fromhex" : "bytes.fromhex";
    if (args_no_kwargs(vm, fname, kw) || args_count(vm, fname, argc - 1, 1, 1)) return AW_ERR;
    AwStr *s = str_unwrap(argv[1]);
    if (!s) return vm_raise(vm, &aw_exc_TypeError, "fromhex() argument must be str, not %s", ops_type_name(argv[1]));
    AwBuf out;
    buf_init(&out, vm);
    int64_t index = 0;
    for (int64_t pos = 0; pos < s->byte_len;) {
        int len;
        uint32_t c = str_decode_utf8(s->data + pos, &len);
        if (c == ' ' || (c >= '\t' && c <= '\r')) { pos += len; index++; continue; }
        int hi = hex_value(c), lo = -1;
        if (hi >= 0 && pos + 1 < s->byte_len) lo = hex_value(str_decode_utf8(s->data + pos + 1, &len));
        if (hi < 0 || lo < 0) {
            buf_free(&out);
            return vm_raise(vm, &aw_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld",
                            (long long)(index + (hi >= 0)));
        }
        if (buf_append_char(&out, (char)(hi * 16 + lo))) return AW_ERR;
        pos += 2;
        index += 2;
    }
    if (!ba) {
        AwBytes *b = buf_to_bytes(&out);
        if (!b) return AW_ERR;
        /* a subclass gets cls(bytes), as CPython */
        if (argv[0] == value_from_ptr(&aw_type_bytes) || !value_is_instance(argv[0], &aw_type_type)) return value_from_ptr(b);
        AwValue arg = value_from_ptr(b);
        return vm_call(vm, argv[0], 1, &arg, NULL);
    }
    AwByteArray *r = bytearray_new(vm, out.data, out.len);
    buf_free(&out);
    return r ? value_from_ptr(r) : AW_ERR;
}

/* bytearray.__reduce_ex__(proto) / __reduce__(): (type, args, instance dict or None) as
 * CPython's, the contents as a latin-1 str before protocol 3 and as bytes from then on. */
static AwValue ba_reduce_with(AwVM *vm, AwValue self, int64_t proto, AwValue state) {
    BView v;
    view_of(self, &v);
    AwValue arg;
    if (proto < 3) arg = bytes_decode(vm, v.data, (size_t)v.len, str_value(str_intern_cstr(vm, "latin-1")), AW_EMPTY);
    else {
        AwBytes *b = bytes_new(vm, v.data, (size_t)v.len);
        arg = b ? value_from_ptr(b) : AW_ERR;
    }
    if (arg == AW_ERR) return AW_ERR;
    AwValue items[2] = {arg, str_value(str_intern_cstr(vm, "latin-1"))};
    AwTuple *args = tuple_from(vm, proto < 3 ? 2 : 1, items);
    AwValue out[3] = {value_from_ptr(type_of(self)), args ? value_from_ptr(args) : AW_NONE, state};
    AwTuple *r = args ? tuple_from(vm, 3, out) : NULL;
    return r ? value_from_ptr(r) : AW_ERR;
}

static AwValue ba_reduce(AwVM *vm, AwValue self, int64_t proto) {
    /* the state is __getstate__()'s (dict and slots) for a subclass, first: it may run aw code */
    AwValue state = AW_NONE;
    if (type_of(self) != &aw_type_bytearray) {
        state = vm_call_method(vm, self, str_intern_cstr(vm, "__getstate__"), 0, NULL);
        if (state == AW_ERR || gc_push_root(vm, state)) return AW_ERR;
        AwValue r = ba_reduce_with(vm, self, proto, state);
        gc_pop_roots(vm, 1);
        return r;
    }
    return ba_reduce_with(vm, self, proto, state);
}

static AwValue m_ba_reduce_ex(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    BView unused;
    int64_t proto = 0;
    if (!begin(vm, "__reduce_ex__", argc, argv, kw, 0, 1, &unused) || (argc > 1 && args_int(vm, argv[1], &proto))) return AW_ERR;
    return ba_reduce(vm, argv[0], proto);
}

static AwValue m_ba_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    BView unused;
    return begin(vm, "__reduce__", argc, argv, kw, 0, 0, &unused) ? ba_reduce(vm, argv[0], 2) : AW_ERR;
}

/* ---- bytearray-only methods ---- */

static AwByteArray *ba_begin(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, int min, int max) {
    BView unused;
    if (!is_bytearray(argv[0])) {
        vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' for 'bytearray' objects doesn't apply to a '%s' object",
                 name, ops_type_name(argv[0]));
        return NULL;
    }
    return begin(vm, name, argc, argv, kw, min, max, &unused) ? AW_BYTEARRAY(argv[0]) : NULL;
}

/* bytearray.__init__(source=b'', encoding, errors): replaces the contents (subclasses are
 * filled here after bytearray.__new__ made them empty). */
static AwValue m_ba_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 1 || !is_bytearray(argv[0]))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '__init__' requires a 'bytearray' object");
    AwValue b = bytes_from_args(vm, "bytearray", argc - 1, argv + 1, kw);
    if (b == AW_ERR) return AW_ERR;
    BView v;
    view_of(b, &v);
    AwByteArray *a = AW_BYTEARRAY(argv[0]);
    if (bytearray_reserve(vm, a, v.len)) return AW_ERR;
    if (v.len) memcpy(a->data, v.data, (size_t)v.len);
    a->len = v.len;
    return AW_NONE;
}

static AwValue m_append(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwByteArray *a = ba_begin(vm, "append", argc, argv, kw, 1, 1);
    int c = a ? byte_of(vm, argv[1]) : -1;
    if (c < 0 || bytearray_reserve(vm, a, a->len + 1)) return AW_ERR;
    a->data[a->len++] = (char)c;
    return AW_NONE;
}

static AwValue m_extend(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwByteArray *a = ba_begin(vm, "extend", argc, argv, kw, 1, 1);
    if (!a) return AW_ERR;
    if (int_check(argv[1]))
        return vm_raise(vm, &aw_exc_TypeError, "can't extend bytearray with %s", ops_type_name(argv[1]));
    BView probe;
    AwValue src = view_of(argv[1], &probe) ? argv[1] : bytes_from_export(vm, argv[1]);
    if (src == AW_EMPTY) src = bytes_from_iterable(vm, argv[1]);
    if (src == AW_ERR) return AW_ERR;
    BView v;
    view_of(src, &v);
    return splice(vm, a, a->len, a->len, v.data, v.len) ? AW_ERR : AW_NONE;
}

static AwValue m_pop(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwByteArray *a = ba_begin(vm, "pop", argc, argv, kw, 0, 1);
    int64_t i = -1;
    if (!a || (argc > 1 && args_int(vm, argv[1], &i))) return AW_ERR;
    if (a->len == 0) return vm_raise(vm, &aw_exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += a->len;
    if (i < 0 || i >= a->len) return vm_raise(vm, &aw_exc_IndexError, "pop index out of range");
    int c = (unsigned char)a->data[i];
    memmove(a->data + i, a->data + i + 1, (size_t)(a->len - i - 1));
    a->len--;
    return value_from_small(c);
}

static AwValue m_insert(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwByteArray *a = ba_begin(vm, "insert", argc, argv, kw, 2, 2);
    int64_t i;
    if (!a || args_int(vm, argv[1], &i)) return AW_ERR;
    int c = byte_of(vm, argv[2]);
    if (c < 0) return AW_ERR;
    if (i < 0) { i += a->len; if (i < 0) i = 0; }
    if (i > a->len) i = a->len;
    char ch = (char)c;
    return splice(vm, a, i, i, &ch, 1) ? AW_ERR : AW_NONE;
}

static AwValue m_remove(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwByteArray *a = ba_begin(vm, "remove", argc, argv, kw, 1, 1);
    int c = a ? byte_of(vm, argv[1]) : -1;
    if (c < 0) return AW_ERR;
    const char *hit = a->len ? memchr(a->data, c, (size_t)a->len) : NULL;
    if (!hit) return vm_raise(vm, &aw_exc_ValueError, "value not found in bytearray");
    return splice(vm, a, hit - a->data, hit - a->data + 1, NULL, 0) ? AW_ERR : AW_NONE;
}

static AwValue m_clear(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwByteArray *a = ba_begin(vm, "clear", argc, argv, kw, 0, 0);
    if (!a) return AW_ERR;
    a->len = 0;
    return AW_NONE;
}

static AwValue m_copy(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwByteArray *a = ba_begin(vm, "copy", argc, argv, kw, 0, 0);
    return a ? same_or_copy(vm, argv[0]) : AW_ERR;
}

/* bytearray += bytes-like: extends self in place (other names for it see the change). */
static AwValue m_iadd(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwByteArray *a = ba_begin(vm, "__iadd__", argc, argv, kw, 1, 1);
    if (!a) return AW_ERR;
    BView probe;
    AwValue src = view_of(argv[1], &probe) ? argv[1] : bytes_from_export(vm, argv[1]);
    if (src == AW_ERR) return AW_ERR;
    if (src == AW_EMPTY)
        return vm_raise(vm, &aw_exc_TypeError, "can't concat %s to %s", ops_type_name(argv[1]), ops_type_name(argv[0]));
    BView v;
    view_of(src, &v);
    return splice(vm, a, a->len, a->len, v.data, v.len) ? AW_ERR : argv[0];
}

/* bytearray *= n: repeats self in place; a non-integer falls back to `*` (and its message). */
static AwValue m_imul(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwByteArray *a = ba_begin(vm, "__imul__", argc, argv, kw, 1, 1);
    if (!a) return AW_ERR;
    if (!int_check(argv[1]) && type_lookup(type_of(argv[1]), AW_NAME(vm, __index__)) == AW_EMPTY) return AW_NOTIMPL;
    int64_t n;
    if (ssize_of(vm, argv[1], &n, &aw_exc_OverflowError)) return AW_ERR;
    int64_t len = a->len;
    if (n <= 0 || len == 0) {
        a->len = 0;
        return argv[0];
    }
    if (n > BYTES_MAX / len) return vm_raise_memory(vm);
    if (bytearray_reserve(vm, a, len * n)) return AW_ERR;
    for (int64_t i = 1; i < n; i++) memcpy(a->data + i * len, a->data, (size_t)len);
    a->len = len * n;
    return argv[0];
}

static AwValue m_reverse(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwByteArray *a = ba_begin(vm, "reverse", argc, argv, kw, 0, 0);
    if (!a) return AW_ERR;
    for (int64_t i = 0, j = a->len - 1; i < j; i++, j--) {
        char t = a->data[i];
        a->data[i] = a->data[j];
        a->data[j] = t;
    }
    return AW_NONE;
}

#define BYTES_COMMON_METHODS \
    {"count", m_count, 0}, {"decode", m_decode, 0}, {"endswith", m_endswith, 0}, {"find", m_find, 0}, \
    {"fromhex", m_fromhex, AW_METH_CLASS}, {"hex", m_hex, 0}, {"index", m_index, 0}, \
    {"isalnum", m_isalnum, 0}, {"isalpha", m_isalpha, 0}, {"isdigit", m_isdigit, 0}, \
    {"islower", m_islower, 0}, {"isspace", m_isspace, 0}, {"isupper", m_isupper, 0}, \
    {"join", m_join, 0}, {"lower", m_lower, 0}, {"lstrip", m_lstrip, 0}, \
    {"partition", m_partition, 0}, {"removeprefix", m_removeprefix, 0}, \
    {"removesuffix", m_removesuffix, 0}, {"replace", m_replace, 0}, {"rfind", m_rfind, 0}, \
    {"rindex", m_rindex, 0}, {"rpartition", m_rpartition, 0}, {"rsplit", m_rsplit, 0}, \
    {"rstrip", m_rstrip, 0}, {"split", m_split, 0}, {"startswith", m_startswith, 0}, \
    {"strip", m_strip, 0}, {"upper", m_upper, 0}, {"translate", m_translate, 0}, \
    {"maketrans", m_maketrans, AW_METH_STATIC}, {"isascii", m_isascii, 0}, {"ljust", m_ljust, 0}, \
    {"rjust", m_rjust, 0}, {"center", m_center, 0}, {"zfill", m_zfill, 0}, {"splitlines", m_splitlines, 0}, \
    {"capitalize", m_capitalize, 0}, {"swapcase", m_swapcase, 0}, {"title", m_title, 0}, \
    {"istitle", m_istitle, 0}, {"expandtabs", m_expandtabs, 0}

/* The dunders a subclass reaches through super() (the type itself uses the slots). */
static AwValue bytes_m_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__repr__", kw) || args_count(vm, "__repr__", argc - 1, 0, 0)) return AW_ERR;
    return bytes_repr_slot(vm, argv[0]);
}

static AwValue bytes_m_hash(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__hash__", kw) || args_count(vm, "__hash__", argc - 1, 0, 0)) return AW_ERR;
    int64_t h;
    if (bytes_hash_slot(vm, argv[0], &h)) return AW_ERR;
    return int_from_i64(vm, h);
}

static AwValue bytes_m_compare(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw, const char *name, AwCmpOp op) {
    if (args_no_kwargs(vm, name, kw) || args_count(vm, name, argc - 1, 1, 1)) return AW_ERR;
    return bytes_compare_slot(vm, argv[0], argv[1], op);
}
#define BYTES_CMP(fn, name, op) \
    static AwValue fn(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return bytes_m_compare(vm, argc, argv, kw, name, op); }
BYTES_CMP(bytes_m_eq, "__eq__", AW_CMP_EQ)
BYTES_CMP(bytes_m_ne, "__ne__", AW_CMP_NE)
BYTES_CMP(bytes_m_lt, "__lt__", AW_CMP_LT)
BYTES_CMP(bytes_m_le, "__le__", AW_CMP_LE)
BYTES_CMP(bytes_m_gt, "__gt__", AW_CMP_GT)
BYTES_CMP(bytes_m_ge, "__ge__", AW_CMP_GE)
#undef BYTES_CMP

/* bytes.__bytes__(): self as a plain bytes object (the object itself when it is one). */
static AwValue bytes_m_bytes(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 1 || !value_is_instance(argv[0], &aw_type_bytes))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '__bytes__' for 'bytes' objects doesn't apply to a '%s' object",
                        argc < 1 ? "NoneType" : ops_type_name(argv[0]));
    if (args_no_kwargs(vm, "__bytes__", kw) || args_count(vm, "__bytes__", argc - 1, 0, 0)) return AW_ERR;
    if (value_is_type(argv[0], &aw_type_bytes)) return argv[0];
    BView v;
    view_of(argv[0], &v);
    AwBytes *b = bytes_new(vm, v.data, (size_t)v.len);
    return b ? value_from_ptr(b) : AW_ERR;
}

static const AwMethodDef bytes_methods[] = {
    {"__new__", bytes_m_new, AW_METH_STATIC}, {"__bytes__", bytes_m_bytes, 0},
    {"__repr__", bytes_m_repr, 0}, {"__str__", bytes_m_repr, 0}, {"__hash__", bytes_m_hash, 0},
    {"__eq__", bytes_m_eq, 0}, {"__ne__", bytes_m_ne, 0}, {"__lt__", bytes_m_lt, 0},
    {"__le__", bytes_m_le, 0}, {"__gt__", bytes_m_gt, 0}, {"__ge__", bytes_m_ge, 0},
    BYTES_COMMON_METHODS,
    {NULL, NULL, 0},
};

static const AwMethodDef bytearray_methods[] = {
    BYTES_COMMON_METHODS,
    {"append", m_append, 0}, {"extend", m_extend, 0}, {"pop", m_pop, 0}, {"insert", m_insert, 0},
    {"remove", m_remove, 0}, {"clear", m_clear, 0}, {"copy", m_copy, 0}, {"reverse", m_reverse, 0},
    {"__iadd__", m_iadd, 0}, {"__imul__", m_imul, 0},
    {"__init__", m_ba_init, 0}, {"__new__", bytearray_m_new, AW_METH_STATIC},
    {"__reduce_ex__", m_ba_reduce_ex, 0}, {"__reduce__", m_ba_reduce, 0},
    {NULL, NULL, 0},
};

AwType aw_type_bytes = {
    .name = "bytes",
    .base = &aw_type_object,
    .flags = AW_TYPE_BASETYPE,
    .instance_size = offsetof(AwBytesSubclass, dict),
    .methods = bytes_methods,
    .repr = bytes_repr_slot,
    .hash = bytes_hash_slot,
    .compare = bytes_compare_slot,
    .binary = bytes_binary_slot,
    .rbinary = bytes_rbinary_slot,
    .truth = bytes_truth_slot,
    .iter = bytes_iter_slot,
    .len = bytes_len_slot,
    .getitem = bytes_getitem_slot,
    .contains = bytes_contains_slot,
    .new_ = bytes_new_slot,
    .trace = bytes_trace,
};

/* Mutable: no hash (type_ready then sets __hash__ = None, as CPython). */
AwType aw_type_bytearray = {
    .name = "bytearray",
    .base = &aw_type_object,
    .flags = AW_TYPE_BASETYPE,
    .instance_size = sizeof(AwByteArray),
    .methods = bytearray_methods,
    .repr = bytes_repr_slot,
    .compare = bytes_compare_slot,
    .binary = bytes_binary_slot,
    .rbinary = bytes_rbinary_slot,
    .truth = bytes_truth_slot,
    .iter = bytes_iter_slot,
    .len = bytes_len_slot,
    .getitem = bytes_getitem_slot,
    .setitem = bytearray_setitem_slot,
    .contains = bytes_contains_slot,
    .new_ = bytearray_new_slot,
    .free_ = bytearray_free,
};

/* __reduce__: (iter, (source,), index), (iter, ((),)) once exhausted (CPython's striter_reduce). */
static AwValue m_bytes_iter_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__reduce__", kw) || args_count(vm, "__reduce__", argc - 1, 0, 0)) return AW_ERR;
    if (!value_is_type(argv[0], &aw_type_bytes_iter))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '__reduce__' requires a 'bytes_iterator' object but received a '%s'",
                        ops_type_name(argv[0]));
    AwBytesIter *it = AW_AS(AwBytesIter, argv[0]);
    bool live = it->pos != INT64_MAX;
    AwValue fn = module_get(vm->builtins, "iter");
    if (fn == AW_EMPTY) return vm_raise(vm, &aw_exc_RuntimeError, "lost builtins.iter");
    AwValue seq = live ? it->source : value_from_ptr(tuple_empty(vm));
    AwTuple *args = tuple_from(vm, 1, &seq);
    if (!args) return AW_ERR;
    AwValue items[3] = {fn, value_from_ptr(args), int_from_i64(vm, it->pos)};
    AwTuple *r = tuple_from(vm, live ? 3 : 2, items);
    return r ? value_from_ptr(r) : AW_ERR;
}

/* __setstate__(index): clamped to [0, len]; nothing once exhausted. */
static AwValue m_bytes_iter_setstate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__setstate__", kw) || args_count(vm, "__setstate__", argc - 1, 1, 1)) return AW_ERR;
    if (!value_is_type(argv[0], &aw_type_bytes_iter))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '__setstate__' requires a 'bytes_iterator' object but received a '%s'",
                        ops_type_name(argv[0]));
    int64_t index;
    if (!int_check(argv[1])) return vm_raise(vm, &aw_exc_TypeError, "an integer is required");
    if (args_int(vm, argv[1], &index)) return AW_ERR;
    AwBytesIter *it = AW_AS(AwBytesIter, argv[0]);
    if (it->pos == INT64_MAX) return AW_NONE;
    BView v;
    view_of(it->source, &v);
    it->pos = index < 0 ? 0 : index > v.len ? v.len : index;
    return AW_NONE;
}

static const AwMethodDef bytes_iter_methods[] = {
    {"__reduce__", m_bytes_iter_reduce, AW_METH_DEFAULT},
    {"__setstate__", m_bytes_iter_setstate, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwType aw_type_bytes_iter = {
    .name = "bytes_iterator",
    .base = &aw_type_object,
    .methods = bytes_iter_methods,
    .instance_size = sizeof(AwBytesIter),
    .iter = bytes_iter_self,
    .next = bytes_iter_next,
    .trace = bytes_iter_trace,
};
