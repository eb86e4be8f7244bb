/* json.c — the native core of the json module, named `_json` as in CPython: the encoder
 * (every option of json.dumps) and the scanner that decodes one JSON value.
 *
 * stdlib/json.py holds the public API (dumps, loads, dump, load, JSONEncoder, JSONDecoder,
 * JSONDecodeError) and calls encode() and scan() here. The output is byte-identical to
 * CPython 3.11's: the encoder follows Lib/json/encoder.py (key conversion, separators,
 * indentation, NaN handling, circular-reference check) and the scanner follows
 * Modules/_json.c, error for error and position for position ("Expecting ',' delimiter:
 * line 1 column 3 (char 2)"). Positions reported to aw code are code-point indices; the
 * scanner works on UTF-8 bytes and converts only when it reports one.
 */
#include <stdlib.h>
#include <string.h>
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/modules.h"

/* ---- encoder ------------------------------------------------------------------------------ */

/* The options of one encode() call and its output. */
typedef struct {
    AwVM *vm;              /* interpreter */
    AwBuf out;             /* the JSON text being built */
    bool skipkeys;         /* skip keys that are not str/int/float/bool/None instead of raising */
    bool ensure_ascii;     /* escape every non-ASCII character as \uXXXX */
    bool check_circular;   /* detect containers that contain themselves */
    bool allow_nan;        /* write NaN/Infinity instead of raising ValueError */
    bool sort_keys;        /* sort the items of every dict by key */
    AwStr *indent;         /* text of one indentation level, or NULL for the one-line form */
    AwStr *item_sep;       /* between items: ', ' or ',' */
    AwStr *key_sep;        /* between a key and its value: ': ' */
    AwValue default_fn;    /* called for unsupported objects; AW_NONE raises TypeError */
    AwValue *markers;      /* containers being encoded (circular check), by identity */
    int marker_count;      /* entries used in markers */
    int marker_cap;        /* capacity of markers */
    int level;             /* current indentation level */
    int depth;             /* nesting of containers being encoded (bounds the C stack) */
} Encoder;

/* Containers nest in C recursion: past this depth RecursionError is raised even when
 * sys.setrecursionlimit allows more, so a deep document cannot overflow the C stack. */
#define MAX_NATIVE_DEPTH 10000

static const char hex_digits[] = "0123456789abcdef";

static AwStatus put(Encoder *e, const char *s, size_t n) { return buf_append(&e->out, s, n); }
static AwStatus put_str(Encoder *e, AwStr *s) { return buf_append(&e->out, s->data, (size_t)s->byte_len); }

static AwStatus put_u_escape(Encoder *e, uint32_t cp) {
    char esc[6] = {'\\', 'u', hex_digits[(cp >> 12) & 15], hex_digits[(cp >> 8) & 15],
                   hex_digits[(cp >> 4) & 15], hex_digits[cp & 15]};
    return put(e, esc, 6);
}

/* The escape of an ASCII character that JSON requires one for, or NULL. */
static const char *short_escape(unsigned char c) {
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case '\b': return "\\b";
    case '\f': return "\\f";
    default: return NULL;
    }
}

/* A quoted JSON string (CPython's encode_basestring / encode_basestring_ascii). */
static AwStatus encode_string(Encoder *e, AwStr *s) {
    const char *p = s->data, *end = p + s->byte_len, *run = p;
    if (buf_append_char(&e->out, '"')) return AW_ERROR;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        bool plain = c >= 0x20 && c != '"' && c != '\\' && (c < 0x7f || !e->ensure_ascii);
        if (plain) { p++; continue; }
        if (put(e, run, (size_t)(p - run))) return AW_ERROR;
        const char *esc = short_escape(c);
        AwStatus st;
        if (esc) {
            st = put(e, esc, strlen(esc));
            p++;
        } else if (c < 0x80) {
            st = put_u_escape(e, c);
            p++;
        } else {
            int len;
            uint32_t cp = str_decode_utf8(p, &len);
            p += len;
            if (cp >= 0x10000) {
                cp -= 0x10000;
                st = put_u_escape(e, 0xD800 | (cp >> 10));
                if (st == AW_OK) st = put_u_escape(e, 0xDC00 | (cp & 0x3FF));
            } else {
                st = put_u_escape(e, cp);
            }
        }
        if (st) return AW_ERROR;
        run = p;
    }
    if (put(e, run, (size_t)(p - run))) return AW_ERROR;
    return buf_append_char(&e->out, '"');
}

/* float.__repr__ with JSON's names for the non-finite values. */
static AwStatus encode_float(Encoder *e, double d) {
    if (d != d || d == 1.0 / 0.0 || d == -1.0 / 0.0) {
        /* CPython's C encoder (one-line form) and Python encoder (indent) word this apart. */
        if (!e->allow_nan)
            return vm_fail(vm_raise(e->vm, &aw_exc_ValueError, "Out of range float values are not JSON compliant%s",
                                    !e->indent ? "" : d != d ? ": nan" : d > 0 ? ": inf" : ": -inf"));
        const char *text = d != d ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        return put(e, text, strlen(text));
    }
    char buf[40];
    size_t n = float_repr_buf(d, buf, sizeof buf);
    return put(e, buf, n);
}

/* int.__repr__ (also for bool-free int subclasses such as IntEnum members). */
static AwStatus encode_int(Encoder *e, AwValue v) {
    if (value_is_int(v)) return buf_printf(&e->out, "%lld", (long long)value_as_small(v));
    if (int_sign(v) < 0 && buf_append_char(&e->out, '-')) return AW_ERROR;
    return int_append_digits(e->vm, v, 10, &e->out);
}

/* Values that need no recursion: str, None, bools, ints, floats. Returns 1 if v was one of
 * them (and was written), 0 if not, -1 on error. */
static int encode_scalar(Encoder *e, AwValue v) {
    AwStr *s = str_unwrap(v);
    if (s) return encode_string(e, s) ? -1 : 1;
    if (v == AW_NONE) return put(e, "null", 4) ? -1 : 1;
    if (v == AW_TRUE) return put(e, "true", 4) ? -1 : 1;
    if (v == AW_FALSE) return put(e, "false", 5) ? -1 : 1;
    if (int_check(v)) return encode_int(e, v) ? -1 : 1;
    if (float_check(v)) return encode_float(e, float_value(v)) ? -1 : 1;
    return 0;
}

static AwStatus marker_push(Encoder *e, AwValue v) {
    if (!e->check_circular) return AW_OK;
    for (int i = 0; i < e->marker_count; i++)
        if (e->markers[i] == v) return vm_fail(vm_raise(e->vm, &aw_exc_ValueError, "Circular reference detected"));
    if (e->marker_count == e->marker_cap) {
        int cap = e->marker_cap ? e->marker_cap * 2 : 16;
        AwValue *m = realloc(e->markers, sizeof *m * (size_t)cap);
        if (!m) return vm_fail(vm_raise_memory(e->vm));
        e->markers = m;
        e->marker_cap = cap;
    }
    e->markers[e->marker_count++] = v;
    return AW_OK;
}

static void marker_pop(Encoder *e) {
    if (e->check_circular) e->marker_count--;
}

/* The newline and indentation that open the items of a container, or the item separator
 * followed by them. */
static AwStatus put_newline_indent(Encoder *e) {
    if (buf_append_char(&e->out, '\n')) return AW_ERROR;
    for (int i = 0; i < e->level; i++)
        if (put_str(e, e->indent)) return AW_ERROR;
    return AW_OK;
}

static AwStatus put_item_separator(Encoder *e) {
    if (put_str(e, e->item_sep)) return AW_ERROR;
    return e->indent ? put_newline_indent(e) : AW_OK;
}

/* Opens a non-empty container: the bracket, then a new indented line in indent mode. */
static AwStatus open_container(Encoder *e, char bracket) {
    if (buf_append_char(&e->out, bracket)) return AW_ERROR;
    if (!e->indent) return AW_OK;
    e->level++;
    return put_newline_indent(e);
}

static AwStatus close_container(Encoder *e, char bracket) {
    if (e->indent) {
        e->level--;
        if (put_newline_indent(e)) return AW_ERROR;
    }
    return buf_append_char(&e->out, bracket);
}

static AwStatus encode_value(Encoder *e, AwValue v);

/* A list or tuple. Lists are read by index with the length checked each time, as default()
 * may run aw code that changes them. */
static AwStatus encode_sequence(Encoder *e, AwValue v) {
    bool is_list = value_is_instance(v, &aw_type_list);
    int64_t n = is_list ? AW_LIST(v)->len : AW_TUPLE(v)->len;
    if (n == 0) return put(e, "[]", 2);
    if (marker_push(e, v) || open_container(e, '[')) return AW_ERROR;
    for (int64_t i = 0; i < (is_list ? AW_LIST(v)->len : n); i++) {
        if (i > 0 && put_item_separator(e)) return AW_ERROR;
        if (encode_value(e, is_list ? AW_LIST(v)->items[i] : AW_TUPLE(v)->items[i])) return AW_ERROR;
    }
    marker_pop(e);
    return close_container(e, ']');
}

/* A dict key as JSON text (always a string). Returns 1 written, 0 skipped, -1 error. */
static int encode_key(Encoder *e, AwValue key) {
    AwStr *s = str_unwrap(key);
    if (s) return encode_string(e, s) ? -1 : 1;
    if (float_check(key) || key == AW_TRUE || key == AW_FALSE || key == AW_NONE || int_check(key)) {
        /* The text of these scalars never needs escaping, so it is quoted as it is. */
        if (buf_append_char(&e->out, '"') || encode_scalar(e, key) < 0 || buf_append_char(&e->out, '"')) return -1;
        return 1;
    }
    if (e->skipkeys) return 0;
    vm_raise(e->vm, &aw_exc_TypeError, "keys must be str, int, float, bool or None, not %s", ops_type_name(key));
    return -1;
}

/* The items of a dict as a list of (key, value) pairs: .items() for subclasses (which may
 * order them differently), sorted when sort_keys is set. */
static AwValue dict_items_list(Encoder *e, AwValue v) {
    AwValue list;
    if (value_is_dict(v)) {
        AwDict *d = AW_DICT(v);
        AwList *l = list_new(e->vm, d->used);
        if (!l) return AW_ERR;
        int64_t pos = 0;
        AwValue key, val;
        while (dict_next(d, &pos, &key, &val)) {
            AwTuple *pair = tuple_pack2(e->vm, key, val);
            if (!pair || list_append(e->vm, l, value_from_ptr(pair))) return AW_ERR;
        }
        list = value_from_ptr(l);
    } else {
        AwValue items = vm_call_method(e->vm, v, AW_NAME(e->vm, items), 0, NULL);
        if (items == AW_ERR) return AW_ERR;
        list = list_from_iterable(e->vm, items);
        if (list == AW_ERR) return AW_ERR;
    }
    if (e->sort_keys) {
        if (gc_push_root(e->vm, list)) return AW_ERR;
        AwStatus st = list_sort(e->vm, AW_LIST(list), AW_NONE, false);
        gc_pop_roots(e->vm, 1);
        if (st) return AW_ERR;
    }
    return list;
}

/* One (key, value) item of a dict; *first tells whether a separator is needed before it. */
static AwStatus encode_item(Encoder *e, AwValue item, bool *first) {
    if (!value_is_instance(item, &aw_type_tuple) || AW_TUPLE(item)->len != 2)
        return vm_fail(vm_raise(e->vm, &aw_exc_ValueError, "items must return 2-tuples"));
    size_t mark = e->out.len;
    if (!*first && put_item_separator(e)) return AW_ERROR;
    int r = encode_key(e, AW_TUPLE(item)->items[0]);
    if (r < 0) return AW_ERROR;
    if (r == 0) {
        e->out.len = mark;
        return AW_OK;
    }
    *first = false;
    if (put_str(e, e->key_sep)) return AW_ERROR;
    return encode_value(e, AW_TUPLE(item)->items[1]);
}

static AwStatus encode_dict(Encoder *e, AwValue v) {
    if (AW_DICT(v)->used == 0 && value_is_dict(v)) return put(e, "{}", 2);
    if (marker_push(e, v)) return AW_ERROR;
    AwValue items = dict_items_list(e, v);
    if (items == AW_ERR || gc_push_root(e->vm, items)) return AW_ERROR;
    AwStatus st = AW_OK;
    if (AW_LIST(items)->len == 0) st = put(e, "{}", 2);
    else {
        bool first = true;
        st = open_container(e, '{');
        for (int64_t i = 0; st == AW_OK && i < AW_LIST(items)->len; i++) st = encode_item(e, AW_LIST(items)->items[i], &first);
        if (st == AW_OK) st = close_container(e, '}');
    }
    gc_pop_roots(e->vm, 1);
    if (st == AW_OK) marker_pop(e);
    return st;
}

/* An object JSON has no form for: encode default(v), guarding against v recurring. */
static AwStatus encode_other(Encoder *e, AwValue v) {
    if (e->default_fn == AW_NONE)
        return vm_fail(vm_raise(e->vm, &aw_exc_TypeError, "Object of type %s is not JSON serializable", ops_type_name(v)));
    if (marker_push(e, v)) return AW_ERROR;
    AwValue r = vm_call(e->vm, e->default_fn, 1, &v, NULL);
    if (r == AW_ERR || gc_push_root(e->vm, r)) return AW_ERROR;
    AwStatus st = encode_value(e, r);
    gc_pop_roots(e->vm, 1);
    if (st == AW_OK) marker_pop(e);
    return st;
}

static AwStatus encode_value(Encoder *e, AwValue v) {
    int r = encode_scalar(e, v);
    if (r != 0) return r < 0 ? AW_ERROR : AW_OK;
    if (e->depth >= MAX_NATIVE_DEPTH)
        return vm_fail(vm_raise(e->vm, &aw_exc_RecursionError, "maximum recursion depth exceeded while encoding a JSON object"));
    if (vm_enter(e->vm, " while encoding a JSON object")) return AW_ERROR;
    e->depth++;
    AwStatus st;
    if (value_is_instance(v, &aw_type_list) || value_is_instance(v, &aw_type_tuple)) st = encode_sequence(e, v);
    else if (value_is_instance(v, &aw_type_dict)) st = encode_dict(e, v);
    else st = encode_other(e, v);
    e->depth--;
    vm_leave(e->vm);
    return st;
}

static AwStatus str_option(AwVM *vm, const char *what, AwValue v, AwStr **out) {
    *out = str_unwrap(v);
    if (*out) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s must be a str, not %s", what, ops_type_name(v)));
}

/* encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
 *        item_separator, key_separator, default) -> str. indent is None or a str. */
static AwValue json_encode(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "encode", kwnames) || args_count(vm, "encode", argc, 10, 10)) return AW_ERR;
    Encoder e = {.vm = vm, .default_fn = argv[9]};
    bool *flags[5] = {&e.skipkeys, &e.ensure_ascii, &e.check_circular, &e.allow_nan, &e.sort_keys};
    for (int i = 0; i < 5; i++) {
        int t = ops_truthy(vm, argv[1 + i]);
        if (t < 0) return AW_ERR;
        *flags[i] = t;
    }
    if (argv[6] != AW_NONE && str_option(vm, "indent", argv[6], &e.indent)) return AW_ERR;
    if (str_option(vm, "item_separator", argv[7], &e.item_sep) || str_option(vm, "key_separator", argv[8], &e.key_sep))
        return AW_ERR;
    buf_init(&e.out, vm);
    AwStatus st = encode_value(&e, argv[0]);
    free(e.markers);
    if (st) {
        buf_free(&e.out);
        return AW_ERR;
    }
    AwStr *s = buf_to_str(&e.out);
    return s ? str_value(s) : AW_ERR;
}

/* encode_basestring(s) / encode_basestring_ascii(s): s as a quoted JSON string. */
static AwValue quote_string(AwVM *vm, int argc, const AwValue *argv, bool ascii) {
    AwStr *s;
    if (args_count(vm, "encode_basestring", argc, 1, 1)) return AW_ERR;
    if (!(s = str_unwrap(argv[0])))
        return vm_raise(vm, &aw_exc_TypeError, "first argument must be a string, not %s", ops_type_name(argv[0]));
    Encoder e = {.vm = vm, .ensure_ascii = ascii};
    buf_init(&e.out, vm);
    if (encode_string(&e, s)) {
        buf_free(&e.out);
        return AW_ERR;
    }
    AwStr *r = buf_to_str(&e.out);
    return r ? str_value(r) : AW_ERR;
}

static AwValue json_encode_basestring(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return quote_string(vm, argc, argv, false);
}

static AwValue json_encode_basestring_ascii(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return quote_string(vm, argc, argv, true);
}

/* ---- scanner ------------------------------------------------------------------------------ */

/* The state of one scan() call. */
typedef struct {
    AwVM *vm;              /* interpreter */
    AwValue doc;           /* the document (a str), for JSONDecodeError */
    const char *s;         /* its UTF-8 text */
    size_t len;            /* bytes in s */
    bool strict;           /* control characters are errors inside strings */
    AwValue object_hook;   /* called with each decoded dict, or AW_NONE */
    AwValue pairs_hook;    /* called with each object's list of pairs, or AW_NONE */
    AwValue parse_float;   /* called with the text of each float, or AW_NONE for float() */
    AwValue parse_int;     /* called with the text of each int, or AW_NONE for int() */
    AwValue parse_constant;/* called with 'NaN', 'Infinity', '-Infinity', or AW_NONE */
    AwValue error_class;   /* JSONDecodeError(msg, doc, pos) */
    bool is_ascii;         /* byte offsets are code-point indices */
    int *depth;            /* nesting of containers being decoded (bounds the C stack) */
} Scanner;

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static size_t skip_ws(const Scanner *sc, size_t i) {
    while (i < sc->len && is_ws(sc->s[i])) i++;
    return i;
}

/* The code-point index of byte offset pos. */
static int64_t char_index(const Scanner *sc, size_t pos) {
    if (sc->is_ascii) return (int64_t)pos;
    int64_t n = 0;
    for (size_t i = 0; i < pos && i < sc->len; i++)
        if (((unsigned char)sc->s[i] & 0xC0) != 0x80) n++;
    return n;
}

/* Raises JSONDecodeError(msg, doc, pos) with pos a code-point index; returns AW_ERR. */
static AwValue scan_error_at(const Scanner *sc, const char *msg, int64_t char_pos) {
    AwStr *m = str_from_cstr(sc->vm, msg);
    if (!m) return AW_ERR;
    AwValue pos = int_from_i64(sc->vm, char_pos);
    AwValue args[3] = {str_value(m), sc->doc, pos};
    AwValue exc = vm_call(sc->vm, sc->error_class, 3, args, NULL);
    return exc == AW_ERR ? AW_ERR : vm_raise_value(sc->vm, exc);
}

/* The same with pos at byte offset `at`. */
static AwValue scan_error(const Scanner *sc, const char *msg, size_t at) {
    return scan_error_at(sc, msg, char_index(sc, at));
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Four hex digits at s[at..at+4) (the caller checked they are in range): the value or -1. */
static int32_t hex4(const Scanner *sc, size_t at) {
    int32_t v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hex_value(sc->s[at + (size_t)i]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

/* The code-point index arithmetic of CPython's scanstring works on characters; the \u
 * checks below are ASCII-only, so byte offsets and character offsets move together there
 * except for "end >= len", which compares against the remaining characters. */
static size_t chars_remaining(const Scanner *sc, size_t from, size_t limit) {
    size_t n = 0;
    for (size_t i = from; i < sc->len && n < limit; i++)
        if (((unsigned char)sc->s[i] & 0xC0) != 0x80) n++;
    return n;
}

/* \uXXXX at s[*pos] (just after the 'u'), with a following low surrogate joined. */
static AwStatus scan_u_escape(const Scanner *sc, size_t *pos, uint32_t *out) {
    size_t next = *pos;
    /* CPython: end = next + 4; if (end >= len) error at next - 1 */
    if (chars_remaining(sc, next, 5) < 5) return vm_fail(scan_error(sc, "Invalid \\uXXXX escape", next - 1));
    int32_t c = hex4(sc, next);
    if (c < 0) return vm_fail(scan_error(sc, "Invalid \\uXXXX escape", next - 1));
    next += 4;
    if (c >= 0xD800 && c <= 0xDBFF && chars_remaining(sc, next, 7) >= 7 && sc->s[next] == '\\' &&
        sc->s[next + 1] == 'u') {
        int32_t c2 = hex4(sc, next + 2);
        if (c2 < 0) return vm_fail(scan_error(sc, "Invalid \\uXXXX escape", next + 1));
        if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
            c = 0x10000 + (((c - 0xD800) << 10) | (c2 - 0xDC00));
            next += 6;
        }
    }
    /* a lone surrogate stays one code point, as in CPython (aw's strings can hold it) */
    *out = (uint32_t)c;
    *pos = next;
    return AW_OK;
}

/* The escape after a backslash at s[*pos] (the character after the backslash). */
static AwStatus scan_escape(const Scanner *sc, size_t *pos, AwBuf *b) {
    char c = sc->s[*pos];
    if (c == 'u') {
        uint32_t cp;
        *pos += 1;
        if (scan_u_escape(sc, pos, &cp)) return AW_ERROR;
        char enc[4];
        return buf_append(b, enc, (size_t)str_encode_utf8(cp, enc));
    }
    char r;
    switch (c) {
    case '"': r = '"'; break;
    case '\\': r = '\\'; break;
    case '/': r = '/'; break;
    case 'b': r = '\b'; break;
    case 'f': r = '\f'; break;
    case 'n': r = '\n'; break;
    case 'r': r = '\r'; break;
    case 't': r = '\t'; break;
    default: return vm_fail(scan_error(sc, "Invalid \\escape", *pos - 1));
    }
    *pos += 1;
    return buf_append_char(b, r);
}

/* A string whose opening quote is at s[begin]; *end receives the offset after the closing
 * quote. Plain strings (no escapes) are sliced without a buffer. */
static AwValue scan_string(const Scanner *sc, size_t begin, size_t *end) {
    size_t i = begin + 1, run = i;
    AwBuf b;
    bool buffered = false;
    for (;;) {
        while (i < sc->len) {
            unsigned char c = (unsigned char)sc->s[i];
            if (c == '"' || c == '\\') break;
            if (c <= 0x1f && sc->strict) {
                if (buffered) buf_free(&b);
                return scan_error(sc, "Invalid control character at", i);
            }
            i++;
        }
        if (i >= sc->len || (sc->s[i] == '\\' && i + 1 >= sc->len)) {
            if (buffered) buf_free(&b);
            return scan_error(sc, "Unterminated string starting at", begin);
        }
        if (sc->s[i] == '"' && !buffered) {
            *end = i + 1;
            AwStr *s = str_new(sc->vm, sc->s + run, i - run);
            return s ? str_value(s) : AW_ERR;
        }
        if (!buffered) {
            buf_init(&b, sc->vm);
            buffered = true;
        }
        if (buf_append(&b, sc->s + run, i - run)) {
            buf_free(&b);
            return AW_ERR;
        }
        if (sc->s[i] == '"') break;
        i++;
        if (scan_escape(sc, &i, &b)) {
            buf_free(&b);
            return AW_ERR;
        }
        run = i;
    }
    *end = i + 1;
    AwStr *s = buf_to_str(&b);
    return s ? str_value(s) : AW_ERR;
}

static AwValue scan_value(const Scanner *sc, size_t at, size_t *end);

/* Calls a one-argument hook with a freshly built value (rooted across the call). */
static AwValue call_hook(const Scanner *sc, AwValue hook, AwValue arg) {
    if (gc_push_root(sc->vm, arg)) return AW_ERR;
    AwValue r = vm_call(sc->vm, hook, 1, &arg, NULL);
    gc_pop_roots(sc->vm, 1);
    return r;
}

static AwValue scan_array(const Scanner *sc, size_t at, size_t *end) {
    AwList *list = list_new(sc->vm, 0);
    if (!list || gc_push_root(sc->vm, value_from_ptr(list))) return AW_ERR;
    AwValue result = AW_ERR;
    size_t i = skip_ws(sc, at + 1);
    if (i >= sc->len || sc->s[i] != ']') {
        for (;;) {
            AwValue v = scan_value(sc, i, &i);
            if (v == AW_ERR || list_append(sc->vm, list, v)) goto done;
            i = skip_ws(sc, i);
            if (i < sc->len && sc->s[i] == ']') break;
            if (i >= sc->len || sc->s[i] != ',') {
                scan_error(sc, "Expecting ',' delimiter", i);
                goto done;
            }
            i = skip_ws(sc, i + 1);
        }
    }
    *end = i + 1;
    result = value_from_ptr(list);
done:
    gc_pop_roots(sc->vm, 1);
    return result;
}

/* Adds key: value to the object being built (a dict, or a list of pairs for pairs_hook). */
static AwStatus object_add(const Scanner *sc, AwValue obj, AwValue key, AwValue value) {
    if (sc->pairs_hook == AW_NONE) return dict_set(sc->vm, AW_DICT(obj), key, value);
    AwTuple *pair = tuple_pack2(sc->vm, key, value);
    return pair ? list_append(sc->vm, AW_LIST(obj), value_from_ptr(pair)) : AW_ERROR;
}

/* The members of an object from s[i] (after '{' and whitespace) to its '}'. */
static AwStatus scan_members(const Scanner *sc, AwValue obj, size_t *pos) {
    size_t i = *pos;
    for (;;) {
        if (i >= sc->len || sc->s[i] != '"')
            return vm_fail(scan_error(sc, "Expecting property name enclosed in double quotes", i));
        AwValue key = scan_string(sc, i, &i);
        if (key == AW_ERR || gc_push_root(sc->vm, key)) return AW_ERROR;
        i = skip_ws(sc, i);
        AwValue value = AW_ERR;
        if (i >= sc->len || sc->s[i] != ':') scan_error(sc, "Expecting ':' delimiter", i);
        else value = scan_value(sc, skip_ws(sc, i + 1), &i);
        AwStatus st = value == AW_ERR ? AW_ERROR : object_add(sc, obj, key, value);
        gc_pop_roots(sc->vm, 1);
        if (st) return AW_ERROR;
        i = skip_ws(sc, i);
        if (i < sc->len && sc->s[i] == '}') break;
        if (i >= sc->len || sc->s[i] != ',') return vm_fail(scan_error(sc, "Expecting ',' delimiter", i));
        i = skip_ws(sc, i + 1);
    }
    *pos = i;
    return AW_OK;
}

static AwValue scan_object(const Scanner *sc, size_t at, size_t *end) {
    AwValue obj;
    if (sc->pairs_hook == AW_NONE) {
        AwDict *d = dict_new(sc->vm);
        obj = d ? value_from_ptr(d) : AW_ERR;
    } else {
        AwList *l = list_new(sc->vm, 0);
        obj = l ? value_from_ptr(l) : AW_ERR;
    }
    if (obj == AW_ERR || gc_push_root(sc->vm, obj)) return AW_ERR;
    size_t i = skip_ws(sc, at + 1);
    AwStatus st = i < sc->len && sc->s[i] == '}' ? AW_OK : scan_members(sc, obj, &i);
    gc_pop_roots(sc->vm, 1);
    if (st) return AW_ERR;
    *end = i + 1;
    if (sc->pairs_hook != AW_NONE) return call_hook(sc, sc->pairs_hook, obj);
    if (sc->object_hook != AW_NONE) return call_hook(sc, sc->object_hook, obj);
    return obj;
}

/* A number at s[at] (CPython's _match_number_unicode); AW_EMPTY when there is none. */
static AwValue scan_number(const Scanner *sc, size_t at, size_t *end) {
    const char *s = sc->s;
    size_t i = at, n = sc->len;
    if (s[i] == '-' && ++i >= n) return AW_EMPTY;
    if (s[i] >= '1' && s[i] <= '9') {
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    } else if (s[i] == '0') {
        i++;
    } else {
        return AW_EMPTY;
    }
    bool is_float = false;
    if (i + 1 < n && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
        is_float = true;
        i += 2;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    }
    if (i + 1 < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t e_start = i++;
        if (i + 1 < n && (s[i] == '-' || s[i] == '+')) i++;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
        if (s[i - 1] >= '0' && s[i - 1] <= '9') is_float = true;
        else i = e_start;
    }
    *end = i;
    AwValue hook = is_float ? sc->parse_float : sc->parse_int;
    if (hook != AW_NONE) {
        AwStr *text = str_new(sc->vm, s + at, i - at);
        return text ? call_hook(sc, hook, str_value(text)) : AW_ERR;
    }
    return is_float ? float_from_string(sc->vm, s + at, i - at) : int_from_string(sc->vm, s + at, i - at, 10);
}

/* NaN, Infinity, -Infinity: parse_constant(name) or the float. */
static AwValue scan_constant(const Scanner *sc, const char *name, double value, size_t at, size_t *end) {
    *end = at + strlen(name);
    static AwValue nan;   /* json's NaN is one float, as CPython's module constant */
    if (sc->parse_constant == AW_NONE && value != value) return nan ? nan : (nan = value_from_double(value));
    if (sc->parse_constant == AW_NONE) return value_from_double(value);
    AwStr *s = str_from_cstr(sc->vm, name);
    return s ? call_hook(sc, sc->parse_constant, str_value(s)) : AW_ERR;
}

static bool has_word(const Scanner *sc, size_t at, const char *word) {
    size_t n = strlen(word);
    return at + n <= sc->len && memcmp(sc->s + at, word, n) == 0;
}

/* One JSON value starting exactly at s[at] (CPython's scan_once_unicode). */
static AwValue scan_value(const Scanner *sc, size_t at, size_t *end) {
    if (at >= sc->len) return scan_error(sc, "Expecting value", at);
    AwValue r = AW_EMPTY;
    switch (sc->s[at]) {
    case '"': return scan_string(sc, at, end);
    case '{':
    case '[': {
        const char *what = sc->s[at] == '{' ? " while decoding a JSON object from a unicode string"
                                            : " while decoding a JSON array from a unicode string";
        if (*sc->depth >= MAX_NATIVE_DEPTH)
            return vm_raise(sc->vm, &aw_exc_RecursionError, "maximum recursion depth exceeded%s", what);
        if (vm_enter(sc->vm, what)) return AW_ERR;
        ++*sc->depth;
        r = sc->s[at] == '{' ? scan_object(sc, at, end) : scan_array(sc, at, end);
        --*sc->depth;
        vm_leave(sc->vm);
        return r;
    }
    case 'n': if (has_word(sc, at, "null")) { *end = at + 4; return AW_NONE; } break;
    case 't': if (has_word(sc, at, "true")) { *end = at + 4; return AW_TRUE; } break;
    case 'f': if (has_word(sc, at, "false")) { *end = at + 5; return AW_FALSE; } break;
    case 'N': if (has_word(sc, at, "NaN")) return scan_constant(sc, "NaN", 0.0 / 0.0, at, end); break;
    case 'I': if (has_word(sc, at, "Infinity")) return scan_constant(sc, "Infinity", 1.0 / 0.0, at, end); break;
    case '-':
        if (has_word(sc, at, "-Infinity")) return scan_constant(sc, "-Infinity", -1.0 / 0.0, at, end);
        break;
    default: break;
    }
    r = scan_number(sc, at, end);
    return r == AW_EMPTY ? scan_error(sc, "Expecting value", at) : r;
}

/* scan(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant,
 *      error_class) -> (value, end): decodes the value starting at character idx. Hooks are
 * None for the defaults. */
static AwValue json_scan(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "scan", kwnames) || args_count(vm, "scan", argc, 9, 9)) return AW_ERR;
    AwStr *doc = str_unwrap(argv[0]);
    if (!doc) return vm_raise(vm, &aw_exc_TypeError, "first argument must be a string, not %s", ops_type_name(argv[0]));
    int64_t idx;
    if (args_int(vm, argv[1], &idx)) return AW_ERR;
    if (idx < 0) return vm_raise(vm, &aw_exc_ValueError, "idx cannot be negative");
    int strict = ops_truthy(vm, argv[2]);
    if (strict < 0) return AW_ERR;
    int depth = 0;
    Scanner sc = {.vm = vm, .doc = argv[0], .s = doc->data, .len = (size_t)doc->byte_len, .strict = strict,
                  .object_hook = argv[3], .pairs_hook = argv[4], .parse_float = argv[5], .parse_int = argv[6],
                  .parse_constant = argv[7], .error_class = argv[8], .is_ascii = str_is_ascii(doc), .depth = &depth};
    if (idx >= doc->char_len) return scan_error_at(&sc, "Expecting value", idx);
    size_t at = (size_t)str_byte_offset(doc, idx), end = 0;
    AwValue v = scan_value(&sc, at, &end);
    if (v == AW_ERR) return AW_ERR;
    AwValue end_index = int_from_i64(vm, char_index(&sc, end));
    AwTuple *t = end_index == AW_ERR ? NULL : tuple_pack2(vm, v, end_index);
    return t ? value_from_ptr(t) : AW_ERR;
}

/* ---- module ------------------------------------------------------------------------------- */

static const AwMethodDef json_functions[] = {
    {"encode", json_encode, AW_METH_DEFAULT},
    {"scan", json_scan, AW_METH_DEFAULT},
    {"encode_basestring", json_encode_basestring, AW_METH_DEFAULT},
    {"encode_basestring_ascii", json_encode_basestring_ascii, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwModule *json_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "_json");
    if (!mod || module_add_functions(vm, mod, json_functions)) return NULL;
    return mod;
}
