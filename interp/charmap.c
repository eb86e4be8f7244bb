/* charmap.c — the single-byte codecs (see charmap.h). */
#include "interp/charmap.h"

#include <stdlib.h>
#include <string.h>
#include "interp/bytes.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "interp/charmap_tables.h"
#include "interp/codec_errors.h"

static const char REASON[] = "character maps to <undefined>";

/* ================================ names ================================ */

/* CPython's _Py_normalize_encoding: lower case, runs of non-[a-z0-9.] -> one '_' between kept
 * characters. False when the name does not fit (no codec has a long name). */
static bool normalize(const char *name, size_t len, char *out, size_t cap) {
    size_t n = 0;
    bool punct = false;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && c != '.') { punct = true; continue; }
        if (n + 2 >= cap) return false;
        if (punct && n > 0) out[n++] = '_';
        punct = false;
        out[n++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    out[n] = '\0';
    return true;
}

static int name_cmp(const void *key, const void *entry) {
    return strcmp((const char *)key, *(const char *const *)entry);
}

/* The entry for a normalised name: any entry, or only aliases (the '.'-to-'_' retry). */
static int find_normalised(const char *key, bool alias_only) {
    const void *hit = bsearch(key, charmap_names, sizeof charmap_names / sizeof charmap_names[0],
                              sizeof charmap_names[0], name_cmp);
    if (!hit) return -1;
    size_t i = (size_t)((const char *)hit - (const char *)charmap_names) / sizeof charmap_names[0];
    return alias_only && !charmap_names[i].is_alias ? -1 : charmap_names[i].codec;
}

int charmap_find(const char *name, size_t len) {
    char key[64];
    if (!normalize(name, len, key, sizeof key) || !key[0]) return -1;
    int codec = find_normalised(key, false);
    if (codec >= 0 || !strchr(key, '.')) return codec;
    for (char *p = key; *p; p++)
        if (*p == '.') *p = '_';
    return find_normalised(key, true);
}

int charmap_find_value(AwValue name) {
    AwStr *s = value_is_ptr(name) ? str_unwrap(name) : NULL;
    return s ? charmap_find(s->data, (size_t)s->byte_len) : -1;
}

const char *charmap_canonical(int codec) { return charmap_canonical_names[codec]; }

void charmap_table(int codec, uint32_t out[256]) {
    for (int i = 0; i < 256; i++) out[i] = charmap_decoding[codec][i];
}

/* ============================ reverse maps ============================ */

static uint32_t encoding_entries[CHARMAP_COUNT][256];   /* built on first use (the GIL orders it) */
static uint16_t encoding_counts[CHARMAP_COUNT];         /* 0: not built yet */
static int16_t encoding_low[CHARMAP_COUNT][256];        /* the same for code points < 256 */

static int entry_cmp(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

CharmapEncoding charmap_encoding(int codec) {
    uint32_t *e = encoding_entries[codec];
    if (!encoding_counts[codec]) {
        size_t n = 0;
        for (uint32_t byte = 0; byte < 256; byte++)
            if (charmap_decoding[codec][byte] != CHARMAP_UNDEFINED)
                e[n++] = (uint32_t)charmap_decoding[codec][byte] << 8 | byte;
        qsort(e, n, sizeof e[0], entry_cmp);
        size_t kept = 0;   /* one entry per code point: the last, i.e. the highest byte */
        for (size_t i = 0; i < n; i++) {
            if (kept && (e[kept - 1] >> 8) == (e[i] >> 8)) kept--;
            e[kept++] = e[i];
        }
        encoding_counts[codec] = (uint16_t)kept;
        for (int cp = 0; cp < 256; cp++) encoding_low[codec][cp] = -1;
        for (size_t i = 0; i < kept && (e[i] >> 8) < 256; i++) encoding_low[codec][e[i] >> 8] = (int16_t)(e[i] & 0xFF);
    }
    return (CharmapEncoding){e, encoding_counts[codec], encoding_low[codec]};
}

/* The byte for cp, or -1. */
static int encode_cp(CharmapEncoding enc, uint32_t cp) {
    if (enc.low && cp < 256) return enc.low[cp];
    size_t lo = 0, hi = enc.count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t key = enc.entries[mid] >> 8;
        if (key == cp) return (int)(enc.entries[mid] & 0xFF);
        if (key < cp) lo = mid + 1;
        else hi = mid;
    }
    return -1;
}

/* ============================ error handlers ============================ */

typedef enum { H_STRICT, H_IGNORE, H_REPLACE, H_BACKSLASH, H_XMLREF, H_NAME, H_SURR_ESCAPE, H_SURR_PASS, H_OTHER } Handler;

static Handler handler_of(AwValue errors) {
    AwStr *e = errors == AW_EMPTY || errors == AW_NONE ? NULL : str_unwrap(errors);
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                                        "namereplace", "surrogateescape", "surrogatepass"};
    if (!e) return H_STRICT;
    for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
        if (str_equal_cstr(e, names[i])) return (Handler)i;
    return H_OTHER;
}

static AwStatus append_cp(AwBuf *b, uint32_t cp) {
    char enc[4];
    return buf_append(b, enc, (size_t)str_encode_utf8(cp, enc));
}

/* ================================ decoding ================================ */

/* One undefined byte at data[at]: appends the handler's replacement; *next is where to go on. */
static AwStatus decode_error(AwVM *vm, AwBuf *b, Handler h, AwValue errors, AwValue *object, const char **data,
                             size_t len, size_t at, size_t *next) {
    unsigned char c = (unsigned char)(*data)[at];
    *next = at + 1;
    switch (h) {
    case H_IGNORE: return AW_OK;
    case H_REPLACE: return append_cp(b, 0xFFFD);
    case H_BACKSLASH: return buf_printf(b, "\\x%02x", c);
    case H_SURR_ESCAPE:
        if (c >= 0x80) return append_cp(b, 0xDC00u + c);
        break;
    case H_XMLREF:
    case H_NAME:
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback"));
    default: break;
    }
    if (*object == AW_EMPTY) {   /* the exception's object; from now on read the copy */
        AwBytes *copy = bytes_new(vm, *data, len);
        if (!copy || gc_push_root(vm, value_from_ptr(copy))) return AW_ERROR;
        *object = value_from_ptr(copy);
        *data = copy->data;
    }
    if (h != H_OTHER)
        return exception_raise_unicode(vm, &aw_exc_UnicodeDecodeError, "charmap", *object, (int64_t)at,
                                       (int64_t)at + 1, REASON);
    int64_t pos;
    AwValue r = codec_errors_call(vm, errors, &aw_exc_UnicodeDecodeError, "charmap", *object, (int64_t)at,
                                    (int64_t)at + 1, REASON, (int64_t)len, &pos);
    if (r == AW_ERR) return AW_ERROR;
    AwStr *rep = AW_STR(AW_TUPLE(r)->items[0]);
    *next = (size_t)pos;
    return buf_append(b, rep->data, (size_t)rep->byte_len);
}

AwStatus charmap_decode_into(AwVM *vm, AwBuf *b, const uint32_t *table, const char *data, size_t len,
                             AwValue object, AwValue errors) {
    Handler h = handler_of(errors);
    bool own_copy = false;
    AwStatus st = AW_OK;
    char chunk[4096];   /* decoded text is gathered here: appending byte by byte is slow */
    size_t n = 0;
    for (size_t i = 0; i < len && st == AW_OK;) {
        if (n > sizeof chunk - 4) {
            st = buf_append(b, chunk, n);
            n = 0;
            continue;
        }
        uint32_t cp = table[(unsigned char)data[i]];
        if (cp < 0x80) { chunk[n++] = (char)cp; i++; continue; }
        if (cp != CHARMAP_UNDEFINED) { n += (size_t)str_encode_utf8(cp, chunk + n); i++; continue; }
        st = buf_append(b, chunk, n);
        n = 0;
        AwValue before = object;
        if (st == AW_OK) st = decode_error(vm, b, h, errors, &object, &data, len, i, &i);
        if (object != before && before == AW_EMPTY) own_copy = true;
    }
    if (st == AW_OK && n) st = buf_append(b, chunk, n);
    if (own_copy) gc_pop_roots(vm, 1);
    return st;
}

AwValue charmap_decode(AwVM *vm, int codec, const char *data, size_t len, AwValue errors) {
    uint32_t table[256];
    charmap_table(codec, table);
    AwBuf b;
    buf_init(&b, vm);
    if (charmap_decode_into(vm, &b, table, data, len, AW_EMPTY, errors) != AW_OK) { buf_free(&b); return AW_ERR; }
    return str_value_or_err(buf_to_str(&b));
}

/* ================================ encoding ================================ */

/* Code point `index` of s (at byte offset *pos, advanced past it). */
static uint32_t next_cp(AwStr *s, int64_t *pos) {
    int n;
    uint32_t cp = str_decode_utf8(s->data + *pos, &n);
    *pos += n;
    return cp;
}

/* The replacement text a built-in handler gives for the code points [start, end) of s. */
static AwStatus builtin_replacement(AwVM *vm, AwBuf *rep, Handler h, AwStr *s, int64_t start, int64_t end,
                                    int64_t pos) {
    for (int64_t i = start; i < end; i++) {
        uint32_t cp = next_cp(s, &pos);
        AwStatus st;
        if (h == H_REPLACE) st = buf_append_char(rep, '?');
        else if (h == H_XMLREF) st = buf_printf(rep, "&#%u;", (unsigned)cp);
        else if (h == H_NAME) {
            AwValue mod = vm_import(vm, str_intern_cstr(vm, "unicodedata"), AW_NONE, NULL);
            AwStr *ch = mod == AW_ERR ? NULL : str_from_codepoint(vm, cp);
            AwValue args[2] = {ch ? str_value(ch) : AW_NONE, AW_NONE};
            AwValue name = ch ? vm_call_method(vm, mod, str_intern_cstr(vm, "name"), 2, args) : AW_ERR;
            if (name == AW_ERR) return AW_ERROR;
            st = value_is_str(name) ? buf_printf(rep, "\\N{%s}", AW_STR(name)->data)
                 : buf_printf(rep, cp <= 0xff ? "\\x%02x" : cp <= 0xffff ? "\\u%04x" : "\\U%08x", (unsigned)cp);
        } else st = buf_printf(rep, cp <= 0xff ? "\\x%02x" : cp <= 0xffff ? "\\u%04x" : "\\U%08x", (unsigned)cp);
        if (st) return AW_ERROR;
    }
    return AW_OK;
}

/* Encodes replacement text through the map; a character it cannot encode raises the error for
 * the original run, as CPython's charmap_encoding_error. */
static AwStatus encode_replacement(AwVM *vm, AwBuf *b, CharmapEncoding enc, const char *text, size_t len,
                                   AwStr *s, int64_t start, int64_t end) {
    for (size_t i = 0; i < len;) {
        int n;
        int byte = encode_cp(enc, str_decode_utf8(text + i, &n));
        if (byte < 0)
            return exception_raise_unicode(vm, &aw_exc_UnicodeEncodeError, "charmap", str_value(s), start, end, REASON);
        if (buf_append_char(b, (char)byte)) return AW_ERROR;
        i += (size_t)n;
    }
    return AW_OK;
}

/* The unencodable run [start, end) of s (start at byte start_pos): appends what the handler
 * makes of it; *next is the code point index to go on from. */
static AwStatus encode_error(AwVM *vm, AwBuf *b, CharmapEncoding enc, Handler h, AwValue errors, AwStr *s,
                             int64_t start, int64_t end, int64_t start_pos, int64_t *next) {
    *next = end;
    if (h == H_IGNORE) return AW_OK;
    if (h == H_SURR_ESCAPE) {
        int64_t pos = start_pos;
        AwBuf out;
        buf_init(&out, vm);
        for (int64_t i = start; i < end; i++) {
            uint32_t cp = next_cp(s, &pos);
            if (cp < 0xDC80 || cp > 0xDCFF) { buf_free(&out); h = H_STRICT; break; }
            if (buf_append_char(&out, (char)(cp - 0xDC00))) { buf_free(&out); return AW_ERROR; }
        }
        if (h == H_SURR_ESCAPE) {
            AwStatus st = buf_append(b, out.data ? out.data : "", out.len);
            buf_free(&out);
            return st;
        }
    }
    if (h == H_STRICT || h == H_SURR_PASS)
        return exception_raise_unicode(vm, &aw_exc_UnicodeEncodeError, "charmap", str_value(s), start, end, REASON);
    if (h != H_OTHER) {
        AwBuf rep;
        buf_init(&rep, vm);
        AwStatus st = builtin_replacement(vm, &rep, h, s, start, end, start_pos);
        if (st == AW_OK) st = encode_replacement(vm, b, enc, rep.data ? rep.data : "", rep.len, s, start, end);
        buf_free(&rep);
        return st;
    }
    AwValue r = codec_errors_call(vm, errors, &aw_exc_UnicodeEncodeError, "charmap", str_value(s), start, end,
                                    REASON, s->char_len, next);
    if (r == AW_ERR) return AW_ERROR;
    AwValue rep = AW_TUPLE(r)->items[0];
    if (value_is_type(rep, &aw_type_bytes)) return buf_append(b, AW_BYTES(rep)->data, (size_t)AW_BYTES(rep)->len);
    return encode_replacement(vm, b, enc, AW_STR(rep)->data, (size_t)AW_STR(rep)->byte_len, s, start, end);
}

AwStatus charmap_encode_into(AwVM *vm, AwBuf *b, CharmapEncoding enc, AwStr *s, AwValue errors) {
    Handler h = handler_of(errors);
    int64_t index = 0, pos = 0;
    char chunk[4096];   /* encoded bytes are gathered here: appending byte by byte is slow */
    size_t n = 0;
    while (index < s->char_len) {
        if (n == sizeof chunk) {
            if (buf_append(b, chunk, n)) return AW_ERROR;
            n = 0;
        }
        unsigned char c = (unsigned char)s->data[pos];
        int64_t start_pos = pos;
        int byte;
        if (c < 0x80) {
            byte = encode_cp(enc, c);
            pos++;
        } else byte = encode_cp(enc, next_cp(s, &pos));
        if (byte >= 0) {
            chunk[n++] = (char)byte;
            index++;
            continue;
        }
        if (buf_append(b, chunk, n)) return AW_ERROR;
        n = 0;
        int64_t end = index + 1, end_pos = pos;   /* CPython reports the whole run of unencodable characters */
        while (end < s->char_len) {
            int64_t p = end_pos;
            if (encode_cp(enc, next_cp(s, &p)) >= 0) break;
            end_pos = p;
            end++;
        }
        int64_t next;
        if (encode_error(vm, b, enc, h, errors, s, index, end, start_pos, &next)) return AW_ERROR;
        pos = next == end ? end_pos : str_byte_offset(s, next);
        index = next;
    }
    return buf_append(b, chunk, n);
}

AwValue charmap_encode(AwVM *vm, int codec, AwStr *s, AwValue errors) {
    AwBuf b;
    buf_init(&b, vm);
    if (charmap_encode_into(vm, &b, charmap_encoding(codec), s, errors) != AW_OK) { buf_free(&b); return AW_ERR; }
    AwBytes *r = buf_to_bytes(&b);
    return r ? value_from_ptr(r) : AW_ERR;
}

/* ============================ wrapping errors ============================ */

/* Exception types CPython does not re-wrap: their instances carry more than args. */
static bool keeps_state(AwType *t) {
    AwType *const kept[] = {&aw_exc_UnicodeError, &aw_exc_OSError, &aw_exc_SyntaxError, &aw_exc_StopIteration,
                            &aw_exc_ImportError, &aw_exc_NameError, &aw_exc_AttributeError, &aw_exc_SystemExit,
                            &aw_exc_BaseExceptionGroup};
    for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++)
        if (type_is_subtype(t, kept[i])) return true;
    return false;
}

AwValue charmap_wrap_error(AwVM *vm, const char *operation, AwValue encoding) {
    if (!vm_exc_pending(vm) || !value_is_str(encoding)) return AW_ERR;
    AwValue exc = vm_exc_take(vm);
    AwException *e = value_is_ptr(exc) && type_is_subtype(type_of(exc), &aw_exc_BaseException) ? AW_EXC(exc) : NULL;
    bool plain = e && !keeps_state(e->obj.type) && (!e->dict || e->dict->used == 0) &&
                 (e->args->len == 0 || (e->args->len == 1 && value_is_type(e->args->items[0], &aw_type_str)));
    if (!plain) return vm_raise_value(vm, exc);
    if (gc_push_root(vm, exc)) return AW_ERR;
    AwValue text = exception_str(vm, exc);
    AwStr *msg = text == AW_ERR ? NULL : str_printf(vm, "%s with '%s' codec failed (%s: %s)", operation,
                                                   AW_STR(encoding)->data, type_name(e->obj.type), AW_STR(text)->data);
    AwValue arg = msg ? str_value(msg) : AW_ERR;
    AwException *wrapped = msg ? exception_new(vm, e->obj.type, 1, &arg) : NULL;
    gc_pop_roots(vm, 1);
    if (!wrapped) return AW_ERR;
    wrapped->cause = exc;
    wrapped->suppress_context = true;
    return vm_raise_value(vm, value_from_ptr(wrapped));
}
