/* str_methods.c — the methods of str: searching, splitting, joining, stripping, replacing,
 * case mapping, predicates, padding, translation, encoding, and the method table.
 *
 * Every method takes self as argv[0] and accepts a str subclass instance there (str_unwrap).
 * Positions given and returned are code-point indices; the text is searched as UTF-8 bytes
 * (a match of valid UTF-8 in valid UTF-8 always starts on a code-point boundary) and byte
 * offsets are converted back only for non-ASCII strings. Argument errors are worded as
 * CPython 3.11 words them, which differs between Argument Clinic methods ("center expected at
 * least 1 argument, got 0") and the older ones ("find() takes at least 1 argument (0 given)").
 */
#include "interp/str.h"

#include <stdio.h>
#include <string.h>
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/bytes.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/format.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/ops.h"
#include "interp/tuple.h"
#include "interp/unicode.h"
#include "interp/vm.h"

#define RET_STR(expr) do { AwStr *r_ = (expr); return r_ ? str_value(r_) : AW_ERR; } while (0)

/* ---- arguments ---- */

static AwStr *self_of(AwVM *vm, AwValue self, const char *name) {
    AwStr *s = str_unwrap(self);
    if (!s)
        vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object",
                 name, ops_type_name(self));
    return s;
}

/* Argument Clinic methods: self, then min..max positional arguments and no keywords. */
static AwStr *begin(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, int min, int max) {
    int n = argc - 1;
    if ((kw && kw->len) || n < min || n > max) { /* the qualified name only on the error path */
        char full[48];
        snprintf(full, sizeof full, "str.%s", name);
        if (args_no_kwargs(vm, full, kw)) return NULL;
        if (n < min || n > max) {
            args_count(vm, (max == 0 || (min == 1 && max == 1)) ? full : name, n, min, max);
            return NULL;
        }
    }
    return self_of(vm, argv[0], name);
}

/* The older methods (find, count, startswith, ...): "find() takes at least 1 argument". */
static AwStr *begin_old(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, int min, int max) {
    if (kw && kw->len) {   /* the keyword error names the type, the count error does not */
        char full[48];
        snprintf(full, sizeof full, "str.%s", name);
        if (args_no_kwargs(vm, full, kw)) return NULL;
    }
    int n = argc - 1;
    if (n < min || n > max) {
        int bound = n < min ? min : max;
        vm_raise(vm, &aw_exc_TypeError, "%s() takes at %s %d argument%s (%d given)", name,
                 n < min ? "least" : "most", bound, bound == 1 ? "" : "s", n);
        return NULL;
    }
    return self_of(vm, argv[0], name);
}

/* Methods with keyword arguments: binds argv[1..] to names. */
static AwStr *begin_kw(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw,
                       const char *const *names, int max_pos, AwValue *out) {
    if (args_parse(vm, name, argc - 1, argv + 1, kw, names, 0, max_pos, out)) return NULL;
    return self_of(vm, argv[0], name);
}

/* An index-sized int (__index__), worded as CPython's ssize_t conversion. */
static AwStatus ssize_arg(AwVM *vm, AwValue v, int64_t *out) {
    if (value_is_int(v)) { *out = value_as_small(v); return AW_OK; }
    if (args_int(vm, v, out) == AW_OK) return AW_OK;
    if (vm_exc_matches(vm, &aw_exc_OverflowError)) {
        vm_exc_clear(vm);
        vm_raise(vm, &aw_exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return AW_ERROR;
}

/* A str argument: "must be str, not int" (with an optional "name() argument N " prefix). */
static AwStr *str_arg(AwVM *vm, AwValue v, const char *prefix) {
    AwStr *s = str_unwrap(v);
    if (!s) vm_raise(vm, &aw_exc_TypeError, "%smust be str, not %s", prefix, ops_type_name(v));
    return s;
}

/* start/end of find & co.: None or absent keeps the default; big ints clamp. */
static AwStatus slice_arg(AwVM *vm, AwValue v, int64_t *out) {
    if (v == AW_EMPTY || v == AW_NONE) return AW_OK;
    if (value_is_int(v)) { *out = value_as_small(v); return AW_OK; }
    if (!int_check(v) && type_lookup(type_of(v), AW_NAME(vm, __index__)) == AW_EMPTY)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError,
                                "slice indices must be integers or None or have an __index__ method"));
    AwValue i = ops_index(vm, v);
    if (i == AW_ERR) return AW_ERROR;
    if (int_to_i64(vm, i, out) != AW_OK) {
        vm_exc_clear(vm);
        *out = int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    return AW_OK;
}

/* CPython's ADJUST_INDICES: negative counts from the end, end clamps to len. */
static void adjust_indices(int64_t len, int64_t *start, int64_t *end) {
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

/* Byte offsets [*b0, *b1) of the code points [start, end) (start <= end <= char_len). */
static void byte_range(AwStr *s, int64_t start, int64_t end, int64_t *b0, int64_t *b1) {
    *b0 = str_byte_offset(s, start);
    *b1 = str_byte_offset(s, end);
}

static const char *rmemmem(const char *hay, int64_t n, const char *needle, int64_t m) {
    for (int64_t i = n - m; i >= 0; i--)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)m) == 0) return hay + i;
    return NULL;
}

static const char *fwd_memmem(const char *hay, int64_t n, const char *needle, int64_t m) {
    if (m > n) return NULL;
    if (m == 1) return memchr(hay, needle[0], (size_t)n);
    return memmem(hay, (size_t)n, needle, (size_t)m);
}

/* ---- find, index, count, startswith ---- */

/* Code-point index of sub in s[start:end] searching forwards (dir > 0) or backwards, or -1. */
static int64_t find_sub(AwStr *s, AwStr *sub, int64_t start, int64_t end, int dir) {
    adjust_indices(s->char_len, &start, &end);
    if (end - start < sub->char_len) return -1;
    if (sub->byte_len == 0) return dir > 0 ? start : end;
    int64_t b0, b1;
    byte_range(s, start, end, &b0, &b1);
    const char *hit = dir > 0 ? fwd_memmem(s->data + b0, b1 - b0, sub->data, sub->byte_len)
                              : rmemmem(s->data + b0, b1 - b0, sub->data, sub->byte_len);
    if (!hit) return -1;
    int64_t off = hit - s->data;
    return str_is_ascii(s) ? off : start + str_count_chars(s->data + b0, off - b0);
}

static AwValue find_common(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw,
                           int dir, bool raise) {
    AwStr *s = begin_old(vm, name, argc, argv, kw, 1, 3);
    if (!s) return AW_ERR;
    AwStr *sub = str_arg(vm, argv[1], "");
    int64_t start = 0, end = INT64_MAX / 2;
    if (!sub || slice_arg(vm, argc > 2 ? argv[2] : AW_EMPTY, &start) ||
        slice_arg(vm, argc > 3 ? argv[3] : AW_EMPTY, &end)) return AW_ERR;
    int64_t at = find_sub(s, sub, start, end, dir);
    if (at < 0 && raise) return vm_raise(vm, &aw_exc_ValueError, "substring not found");
    return value_from_small(at);
}

static AwValue m_find(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return find_common(vm, "find", argc, argv, kw, 1, false); }
static AwValue m_rfind(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return find_common(vm, "rfind", argc, argv, kw, -1, false); }
static AwValue m_index(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return find_common(vm, "index", argc, argv, kw, 1, true); }
static AwValue m_rindex(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return find_common(vm, "rindex", argc, argv, kw, -1, true); }

static AwValue m_count(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin_old(vm, "count", argc, argv, kw, 1, 3);
    if (!s) return AW_ERR;
    AwStr *sub = str_arg(vm, argv[1], "");
    int64_t start = 0, end = INT64_MAX / 2;
    if (!sub || slice_arg(vm, argc > 2 ? argv[2] : AW_EMPTY, &start) ||
        slice_arg(vm, argc > 3 ? argv[3] : AW_EMPTY, &end)) return AW_ERR;
    adjust_indices(s->char_len, &start, &end);
    if (end - start < sub->char_len) return value_from_small(0);
    if (sub->byte_len == 0) return value_from_small(end - start + 1);
    int64_t b0, b1, n = 0;
    byte_range(s, start, end, &b0, &b1);
    const char *p = s->data + b0, *stop = s->data + b1;
    while ((p = fwd_memmem(p, stop - p, sub->data, sub->byte_len)) != NULL) {
        n++;
        p += sub->byte_len;
    }
    return value_from_small(n);
}

/* CPython's tailmatch: does s[start:end] start (dir < 0) or end (dir > 0) with sub? */
static bool tail_match(AwStr *s, AwStr *sub, int64_t start, int64_t end, int dir) {
    adjust_indices(s->char_len, &start, &end);
    end -= sub->char_len;
    if (end < start) return false;
    if (sub->byte_len == 0) return true;
    int64_t at = dir < 0 ? start : end;
    int64_t off = str_byte_offset(s, at);
    return off + sub->byte_len <= s->byte_len && memcmp(s->data + off, sub->data, (size_t)sub->byte_len) == 0;
}

static AwValue starts_common(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, int dir) {
    AwStr *s = begin_old(vm, name, argc, argv, kw, 1, 3);
    if (!s) return AW_ERR;
    int64_t start = 0, end = INT64_MAX / 2;
    if (slice_arg(vm, argc > 2 ? argv[2] : AW_EMPTY, &start) ||
        slice_arg(vm, argc > 3 ? argv[3] : AW_EMPTY, &end)) return AW_ERR;
    AwValue what = argv[1];
    if (value_is_instance(what, &aw_type_tuple)) {
        AwTuple *t = AW_TUPLE(what);
        for (int64_t i = 0; i < t->len; i++) {
            AwStr *sub = str_unwrap(t->items[i]);
            if (!sub)
                return vm_raise(vm, &aw_exc_TypeError, "tuple for %s must only contain str, not %s", name,
                                ops_type_name(t->items[i]));
            if (tail_match(s, sub, start, end, dir)) return AW_TRUE;
        }
        return AW_FALSE;
    }
    AwStr *sub = str_unwrap(what);
    if (!sub)
        return vm_raise(vm, &aw_exc_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                        ops_type_name(what));
    return value_from_bool(tail_match(s, sub, start, end, dir));
}

static AwValue m_startswith(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return starts_common(vm, "startswith", argc, argv, kw, -1); }
static AwValue m_endswith(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return starts_common(vm, "endswith", argc, argv, kw, 1); }

/* ---- split ---- */

/* ASCII whitespace as str.isspace() sees it: \t-\r, \x1c-\x1f and ' '. */
static const uint8_t ascii_space[128] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
    [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1, [' '] = 1,
};

/* The code point at byte pos and its length, and whether it is whitespace. */
static inline bool space_at(const char *data, int64_t pos, int *len) {
    unsigned char c = (unsigned char)data[pos];
    if (c < 0x80) { *len = 1; return ascii_space[c]; }
    return unicode_isspace(str_decode_utf8(data + pos, len));
}

/* Start of the code point that ends just before byte pos. */
static int64_t prev_start(const char *data, int64_t pos) {
    do pos--; while (pos > 0 && ((unsigned char)data[pos] & 0xC0) == 0x80);
    return pos;
}

static bool space_before(const char *data, int64_t pos, int64_t *start) {
    *start = prev_start(data, pos);
    int len;
    return space_at(data, *start, &len);
}

static AwStatus append_piece(AwVM *vm, AwList *out, AwStr *s, int64_t b0, int64_t b1) {
    AwStr *piece = str_slice_bytes(vm, s, b0, b1);
    return piece ? list_append(vm, out, str_value(piece)) : AW_ERROR;
}

static AwStatus split_whitespace(AwVM *vm, AwList *out, AwStr *s, int64_t maxcount) {
    int64_t i = 0, n = s->byte_len;
    int len;
    while (maxcount-- > 0) {
        while (i < n && space_at(s->data, i, &len)) i += len;
        if (i == n) return AW_OK;
        int64_t j = i;
        while (i < n && !space_at(s->data, i, &len)) i += len;
        if (append_piece(vm, out, s, j, i)) return AW_ERROR;
    }
    while (i < n && space_at(s->data, i, &len)) i += len;
    return i < n ? append_piece(vm, out, s, i, n) : AW_OK;
}

static AwStatus rsplit_whitespace(AwVM *vm, AwList *out, AwStr *s, int64_t maxcount) {
    int64_t i = s->byte_len, prev;   /* i: end of the unscanned prefix */
    while (maxcount-- > 0) {
        while (i > 0 && space_before(s->data, i, &prev)) i = prev;
        if (i == 0) return AW_OK;
        int64_t j = i;
        while (i > 0 && !space_before(s->data, i, &prev)) i = prev;
        if (append_piece(vm, out, s, i, j)) return AW_ERROR;
    }
    while (i > 0 && space_before(s->data, i, &prev)) i = prev;
    return i > 0 ? append_piece(vm, out, s, 0, i) : AW_OK;
}

static AwStatus split_sep(AwVM *vm, AwList *out, AwStr *s, AwStr *sep, int64_t maxcount) {
    int64_t i = 0;
    while (maxcount-- > 0) {
        const char *hit = fwd_memmem(s->data + i, s->byte_len - i, sep->data, sep->byte_len);
        if (!hit) break;
        int64_t at = hit - s->data;
        if (append_piece(vm, out, s, i, at)) return AW_ERROR;
        i = at + sep->byte_len;
    }
    return append_piece(vm, out, s, i, s->byte_len);
}

static AwStatus rsplit_sep(AwVM *vm, AwList *out, AwStr *s, AwStr *sep, int64_t maxcount) {
    int64_t j = s->byte_len;
    while (maxcount-- > 0) {
        const char *hit = rmemmem(s->data, j, sep->data, sep->byte_len);
        if (!hit) break;
        int64_t at = hit - s->data;
        if (append_piece(vm, out, s, at + sep->byte_len, j)) return AW_ERROR;
        j = at;
    }
    return append_piece(vm, out, s, 0, j);
}

static void list_reverse_items(AwList *l) {
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        AwValue t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

static AwValue split_common(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, bool reverse) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    AwValue a[2];
    AwStr *s = begin_kw(vm, name, argc, argv, kw, names, 2, a);
    if (!s) return AW_ERR;
    AwStr *sep = NULL;
    int64_t maxsplit = -1;
    if (a[0] != AW_EMPTY && a[0] != AW_NONE && !(sep = str_unwrap(a[0])))
        return vm_raise(vm, &aw_exc_TypeError, "must be str or None, not %s", ops_type_name(a[0]));
    if (a[1] != AW_EMPTY && ssize_arg(vm, a[1], &maxsplit)) return AW_ERR;
    if (sep && sep->byte_len == 0) return vm_raise(vm, &aw_exc_ValueError, "empty separator");
    if (maxsplit < 0) maxsplit = INT64_MAX;
    AwList *out = list_new(vm, 0);
    if (!out) return AW_ERR;
    AwStatus st = sep ? (reverse ? rsplit_sep : split_sep)(vm, out, s, sep, maxsplit)
                      : (reverse ? rsplit_whitespace : split_whitespace)(vm, out, s, maxsplit);
    if (st) return AW_ERR;
    if (reverse) list_reverse_items(out);
    return value_from_ptr(out);
}

static AwValue m_split(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return split_common(vm, "split", argc, argv, kw, false); }
static AwValue m_rsplit(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return split_common(vm, "rsplit", argc, argv, kw, true); }

/* Line boundaries of str.splitlines: \n \r \r\n \v \f \x1c-\x1e \x85 U+2028 U+2029. */
static int line_break_at(const char *data, int64_t pos, int64_t n) {
    unsigned char c = (unsigned char)data[pos];
    if (c == '\r') return pos + 1 < n && data[pos + 1] == '\n' ? 2 : 1;
    if (c == '\n' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e)) return 1;
    if (c < 0x80) return 0;
    int len;
    uint32_t cp = str_decode_utf8(data + pos, &len);
    return (cp == 0x85 || cp == 0x2028 || cp == 0x2029) ? len : 0;
}

static AwValue m_splitlines(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"keepends", NULL};
    AwValue a[1];
    AwStr *s = begin_kw(vm, "splitlines", argc, argv, kw, names, 1, a);
    if (!s) return AW_ERR;
    int64_t keep = 0;
    if (a[0] != AW_EMPTY && ssize_arg(vm, a[0], &keep)) return AW_ERR;
    AwList *out = list_new(vm, 0);
    if (!out) return AW_ERR;
    int64_t i = 0, n = s->byte_len;
    while (i < n) {
        int64_t j = i;
        int brk = 0;
        while (j < n && !(brk = line_break_at(s->data, j, n))) j++;
        int64_t eol = j + brk;
        if (append_piece(vm, out, s, i, keep ? eol : j)) return AW_ERR;
        i = eol;
    }
    return value_from_ptr(out);
}

/* ---- partition ---- */

static AwValue partition_common(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, int dir) {
    AwStr *s = begin(vm, name, argc, argv, kw, 1, 1);
    if (!s) return AW_ERR;
    AwStr *sep = str_arg(vm, argv[1], "");
    if (!sep) return AW_ERR;
    if (sep->byte_len == 0) return vm_raise(vm, &aw_exc_ValueError, "empty separator");
    const char *hit = dir > 0 ? fwd_memmem(s->data, s->byte_len, sep->data, sep->byte_len)
                              : rmemmem(s->data, s->byte_len, sep->data, sep->byte_len);
    AwTuple *t = tuple_new(vm, 3);
    if (!t) return AW_ERR;
    AwStr *empty = str_empty(vm);
    if (!hit) {
        t->items[0] = str_value(dir > 0 ? s : empty);
        t->items[1] = str_value(empty);
        t->items[2] = str_value(dir > 0 ? empty : s);
        return value_from_ptr(t);
    }
    int64_t at = hit - s->data;
    AwStr *left = str_slice_bytes(vm, s, 0, at);
    AwStr *right = left ? str_slice_bytes(vm, s, at + sep->byte_len, s->byte_len) : NULL;
    if (!right) return AW_ERR;
    t->items[0] = str_value(left);
    t->items[1] = str_value(sep);
    t->items[2] = str_value(right);
    return value_from_ptr(t);
}

static AwValue m_partition(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return partition_common(vm, "partition", argc, argv, kw, 1); }
static AwValue m_rpartition(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return partition_common(vm, "rpartition", argc, argv, kw, -1); }

/* ---- strip ---- */

/* The set of code points to strip: whitespace when chars is NULL. */
typedef struct {
    AwStr *chars;          /* the chars argument, or NULL for whitespace */
    uint8_t ascii[16];     /* bitmap of the ASCII members of chars */
} StripSet;

static bool strip_member(const StripSet *set, uint32_t cp) {
    if (!set->chars) return unicode_isspace(cp);
    if (cp < 0x80) return (set->ascii[cp >> 3] >> (cp & 7)) & 1;
    if (str_is_ascii(set->chars)) return false;
    for (int64_t i = 0; i < set->chars->byte_len;) {
        int len;
        if (str_decode_utf8(set->chars->data + i, &len) == cp) return true;
        i += len;
    }
    return false;
}

static AwValue strip_common(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw,
                            bool left, bool right) {
    AwStr *s = begin(vm, name, argc, argv, kw, 0, 1);
    if (!s) return AW_ERR;
    StripSet set = {0};
    if (argc > 1 && argv[1] != AW_NONE) {
        if (!(set.chars = str_unwrap(argv[1])))
            return vm_raise(vm, &aw_exc_TypeError, "%s arg must be None or str", name);
        for (int64_t i = 0; i < set.chars->byte_len; i++) {
            unsigned char c = (unsigned char)set.chars->data[i];
            if (c < 0x80) set.ascii[c >> 3] |= (uint8_t)(1u << (c & 7));
        }
    }
    int64_t b0 = 0, b1 = s->byte_len;
    int len;
    while (left && b0 < b1 && strip_member(&set, str_decode_utf8(s->data + b0, &len))) b0 += len;
    while (right && b1 > b0) {
        int64_t p = prev_start(s->data, b1);
        if (!strip_member(&set, str_decode_utf8(s->data + p, &len))) break;
        b1 = p;
    }
    RET_STR(str_slice_bytes(vm, s, b0, b1));
}

static AwValue m_strip(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return strip_common(vm, "strip", argc, argv, kw, true, true); }
static AwValue m_lstrip(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return strip_common(vm, "lstrip", argc, argv, kw, true, false); }
static AwValue m_rstrip(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return strip_common(vm, "rstrip", argc, argv, kw, false, true); }

static AwValue m_removeprefix(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin(vm, "removeprefix", argc, argv, kw, 1, 1);
    AwStr *p = s ? str_arg(vm, argv[1], "removeprefix() argument ") : NULL;
    if (!p) return AW_ERR;
    if (p->byte_len <= s->byte_len && memcmp(s->data, p->data, (size_t)p->byte_len) == 0)
        RET_STR(str_slice_bytes(vm, s, p->byte_len, s->byte_len));
    return str_value(s);
}

static AwValue m_removesuffix(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin(vm, "removesuffix", argc, argv, kw, 1, 1);
    AwStr *p = s ? str_arg(vm, argv[1], "removesuffix() argument ") : NULL;
    if (!p) return AW_ERR;
    int64_t cut = s->byte_len - p->byte_len;
    if (p->byte_len > 0 && cut >= 0 && memcmp(s->data + cut, p->data, (size_t)p->byte_len) == 0)
        RET_STR(str_slice_bytes(vm, s, 0, cut));
    return str_value(s);
}

/* ---- replace ---- */

/* 'abc'.replace('', '-') inserts at every code-point boundary, up to count times. */
static AwValue replace_empty(AwVM *vm, AwStr *s, AwStr *with, int64_t count) {
    AwBuf b;
    buf_init(&b, vm);
    int64_t pos = 0;
    while (count-- > 0) {
        if (buf_append(&b, with->data, (size_t)with->byte_len)) return AW_ERR;
        if (pos >= s->byte_len) break;
        int len;
        str_decode_utf8(s->data + pos, &len);
        if (buf_append(&b, s->data + pos, (size_t)len)) return AW_ERR;
        pos += len;
    }
    if (buf_append(&b, s->data + pos, (size_t)(s->byte_len - pos))) return AW_ERR;
    RET_STR(buf_to_str(&b));
}

static AwValue replace_str(AwVM *vm, AwStr *s, AwStr *old, AwStr *with, int64_t count) {
    if (old->byte_len == 0) return replace_empty(vm, s, with, count);
    int64_t n = 0;
    for (const char *p = s->data; n < count; n++) {
        p = fwd_memmem(p, s->data + s->byte_len - p, old->data, old->byte_len);
        if (!p) break;
        p += old->byte_len;
    }
    if (n == 0) return str_value(s);
    AwStr *r = str_alloc(vm, s->byte_len + n * (with->byte_len - old->byte_len));
    if (!r) return AW_ERR;
    const char *src = s->data;
    char *dst = r->data;
    for (int64_t k = 0; k < n; k++) {
        const char *hit = fwd_memmem(src, s->data + s->byte_len - src, old->data, old->byte_len);
        memcpy(dst, src, (size_t)(hit - src));
        dst += hit - src;
        memcpy(dst, with->data, (size_t)with->byte_len);
        dst += with->byte_len;
        src = hit + old->byte_len;
    }
    memcpy(dst, src, (size_t)(s->data + s->byte_len - src));
    r->char_len = s->char_len + n * (with->char_len - old->char_len);
    return str_value(r);
}

static AwValue m_replace(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin(vm, "replace", argc, argv, kw, 2, 3);
    AwStr *old = s ? str_arg(vm, argv[1], "replace() argument 1 ") : NULL;
    AwStr *with = old ? str_arg(vm, argv[2], "replace() argument 2 ") : NULL;
    if (!with) return AW_ERR;
    int64_t count = -1;
    if (argc > 3 && ssize_arg(vm, argv[3], &count)) return AW_ERR;
    if (count < 0) count = INT64_MAX;
    return replace_str(vm, s, old, with, count);
}

/* ---- join ---- */

/* The items of a list or tuple, read in place (joining them runs no aw code). */
static AwStatus join_items(AwVM *vm, AwValue iterable, const AwValue **items, int64_t *n) {
    if (value_is_instance(iterable, &aw_type_list)) {
        *items = AW_LIST(iterable)->items;
        *n = AW_LIST(iterable)->len;
        return AW_OK;
    }
    if (value_is_instance(iterable, &aw_type_tuple)) {
        *items = AW_TUPLE(iterable)->items;
        *n = AW_TUPLE(iterable)->len;
        return AW_OK;
    }
    return AW_ERROR;
}

static AwValue join_array(AwVM *vm, AwStr *sep, const AwValue *items, int64_t n) {
    if (n == 0) return str_value(str_empty(vm));
    int64_t total = sep->byte_len * (n - 1), chars = sep->char_len * (n - 1);
    for (int64_t i = 0; i < n; i++) {
        AwStr *item = str_unwrap(items[i]);
        if (!item)
            return vm_raise(vm, &aw_exc_TypeError, "sequence item %lld: expected str instance, %s found",
                            (long long)i, ops_type_name(items[i]));
        total += item->byte_len;
        chars += item->char_len;
    }
    if (n == 1) return str_value(str_unwrap(items[0]));
    AwStr *r = str_alloc(vm, total);
    if (!r) return AW_ERR;
    char *dst = r->data;
    for (int64_t i = 0; i < n; i++) {
        AwStr *item = str_unwrap(items[i]);
        if (i > 0 && sep->byte_len) { memcpy(dst, sep->data, (size_t)sep->byte_len); dst += sep->byte_len; }
        memcpy(dst, item->data, (size_t)item->byte_len);
        dst += item->byte_len;
    }
    r->char_len = chars;
    return str_value(r);
}

AwValue str_join(AwVM *vm, AwStr *sep, AwValue iterable) {
    const AwValue *items;
    int64_t n;
    if (join_items(vm, iterable, &items, &n) == AW_OK) return join_array(vm, sep, items, n);
    AwValue it = ops_iter(vm, iterable);
    if (it == AW_ERR) {
        if (!vm_exc_matches(vm, &aw_exc_TypeError)) return AW_ERR;
        vm_exc_clear(vm);
        return vm_raise(vm, &aw_exc_TypeError, "can only join an iterable");
    }
    if (gc_push_root(vm, it)) return AW_ERR;
    AwValue list = list_from_iterable(vm, it);
    gc_pop_roots(vm, 1);
    if (list == AW_ERR) return AW_ERR;
    return join_array(vm, sep, AW_LIST(list)->items, AW_LIST(list)->len);
}

static AwValue m_join(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin(vm, "join", argc, argv, kw, 1, 1);
    return s ? str_join(vm, s, argv[1]) : AW_ERR;
}

/* ---- case mapping ---- */

typedef enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD } CaseOp;

/* Decodes s into code points (gc_alloc'd, n entries); NULL on MemoryError. */
static uint32_t *decode_all(AwVM *vm, AwStr *s) {
    uint32_t *cps = gc_alloc(vm, (size_t)(s->char_len + 1) * sizeof *cps);
    if (!cps) return NULL;
    int64_t k = 0;
    for (int64_t pos = 0; pos < s->byte_len; k++) {
        int len;
        cps[k] = str_decode_utf8(s->data + pos, &len);
        pos += len;
    }
    return cps;
}

/* CPython's final-sigma rule: Σ lowers to ς after a cased letter and not before one,
 * skipping case-ignorable code points both ways. */
static uint32_t lower_sigma(const uint32_t *cps, int64_t n, int64_t i) {
    int64_t j = i - 1;
    while (j >= 0 && unicode_iscase_ignorable(cps[j])) j--;
    bool final = j >= 0 && unicode_iscased(cps[j]);
    if (final) {
        j = i + 1;
        while (j < n && unicode_iscase_ignorable(cps[j])) j++;
        final = j == n || !unicode_iscased(cps[j]);
    }
    return final ? 0x3C2 : 0x3C3;
}

static int lower_at(const uint32_t *cps, int64_t n, int64_t i, uint32_t *out) {
    if (cps[i] == 0x3A3) { out[0] = lower_sigma(cps, n, i); return 1; }
    return unicode_full_lower(cps[i], out);
}

/* The mapping of cps[i] under op; *cased_state carries title()'s "previous is cased". */
static int map_case(CaseOp op, const uint32_t *cps, int64_t n, int64_t i, bool *prev_cased, uint32_t *out) {
    uint32_t c = cps[i];
    switch (op) {
    case CASE_UPPER: return unicode_full_upper(c, out);
    case CASE_LOWER: return lower_at(cps, n, i, out);
    case CASE_FOLD: return unicode_full_fold(c, out);
    case CASE_SWAP:
        if (unicode_isupper(c)) return lower_at(cps, n, i, out);
        if (unicode_islower(c)) return unicode_full_upper(c, out);
        out[0] = c;
        return 1;
    case CASE_CAPITALIZE:
        return i == 0 ? unicode_full_title(c, out) : lower_at(cps, n, i, out);
    case CASE_TITLE: {
        int k = *prev_cased ? lower_at(cps, n, i, out) : unicode_full_title(c, out);
        *prev_cased = unicode_iscased(c);
        return k;
    }
    }
    return 0;
}

static char ascii_case(CaseOp op, char c, int64_t i, bool *prev_cased) {
    bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
    switch (op) {
    case CASE_UPPER: return low ? (char)(c - 32) : c;
    case CASE_LOWER: case CASE_FOLD: return up ? (char)(c + 32) : c;
    case CASE_SWAP: return up ? (char)(c + 32) : low ? (char)(c - 32) : c;
    case CASE_CAPITALIZE:
        if (i == 0) return low ? (char)(c - 32) : c;
        return up ? (char)(c + 32) : c;
    case CASE_TITLE: {
        char r = *prev_cased ? (up ? (char)(c + 32) : c) : (low ? (char)(c - 32) : c);
        *prev_cased = up || low;
        return r;
    }
    }
    return c;
}

/* Copies n ASCII bytes from src to dst, flipping the case of the letters from..from+25, eight
 * bytes at a time: for bytes below 0x80, adding 0x80 - c sets bit 7 exactly when the byte is
 * >= c, with no carry into the next byte; bit 7 of "in range" shifted to bit 5 is the flip. */
static void ascii_flip_case(char *dst, const char *src, int64_t n, char from) {
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    const uint64_t ge_from = ones * (uint64_t)(0x80 - from), gt_to = ones * (uint64_t)(0x80 - (from + 26));
    if (n < 8) {   /* one word through a zero-padded copy */
        uint64_t x = 0;
        memcpy(&x, src, (size_t)n);
        x ^= (((x + ge_from) & ~(x + gt_to)) & highs) >> 2;
        memcpy(dst, &x, (size_t)n);
        return;
    }
    for (int64_t i = 0;; i += 8) {
        if (i + 8 > n) i = n - 8;   /* the last word overlaps the one before: same bytes, same result */
        uint64_t x;
        memcpy(&x, src + i, 8);
        x ^= (((x + ge_from) & ~(x + gt_to)) & highs) >> 2;
        memcpy(dst + i, &x, 8);
        if (i + 8 == n) return;
    }
}

static AwValue change_case(AwVM *vm, AwStr *s, CaseOp op) {
    bool prev_cased = false;
    if (str_is_ascii(s)) {
        AwStr *r = str_alloc(vm, s->byte_len);
        if (!r) return AW_ERR;
        if (op == CASE_UPPER || op == CASE_LOWER || op == CASE_FOLD) {
            ascii_flip_case(r->data, s->data, s->byte_len, op == CASE_UPPER ? 'a' : 'A');
        } else {
            for (int64_t i = 0; i < s->byte_len; i++) r->data[i] = ascii_case(op, s->data[i], i, &prev_cased);
        }
        r->char_len = s->char_len;
        return str_value(r);
    }
    uint32_t *cps = decode_all(vm, s);
    if (!cps) return AW_ERR;
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = AW_OK;
    for (int64_t i = 0; i < s->char_len && st == AW_OK; i++) {
        uint32_t out[UNICODE_MAX_EXPANSION];
        int k = map_case(op, cps, s->char_len, i, &prev_cased, out);
        for (int j = 0; j < k && st == AW_OK; j++) {
            char enc[4];
            st = buf_append(&b, enc, (size_t)str_encode_utf8(out[j], enc));
        }
    }
    gc_free(vm, cps, (size_t)(s->char_len + 1) * sizeof *cps);
    if (st) { buf_free(&b); return AW_ERR; }
    RET_STR(buf_to_str(&b));
}

#define CASE_METHOD(fn, name, op) \
    static AwValue fn(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { \
        AwStr *s = begin(vm, name, argc, argv, kw, 0, 0); \
        return s ? change_case(vm, s, op) : AW_ERR; \
    }
CASE_METHOD(m_upper, "upper", CASE_UPPER)
CASE_METHOD(m_lower, "lower", CASE_LOWER)
CASE_METHOD(m_swapcase, "swapcase", CASE_SWAP)
CASE_METHOD(m_title, "title", CASE_TITLE)
CASE_METHOD(m_capitalize, "capitalize", CASE_CAPITALIZE)
CASE_METHOD(m_casefold, "casefold", CASE_FOLD)
#undef CASE_METHOD

/* ---- predicates ---- */

/* True if s is non-empty and every code point satisfies pred. */
static bool all_chars(AwStr *s, bool (*pred)(uint32_t)) {
    if (s->byte_len == 0) return false;
    for (int64_t pos = 0; pos < s->byte_len;) {
        int len;
        if (!pred(str_decode_utf8(s->data + pos, &len))) return false;
        pos += len;
    }
    return true;
}

#define PRED_METHOD(fn, name, pred) \
    static AwValue fn(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { \
        AwStr *s = begin(vm, name, argc, argv, kw, 0, 0); \
        return s ? value_from_bool(all_chars(s, pred)) : AW_ERR; \
    }
PRED_METHOD(m_isalpha, "isalpha", unicode_isalpha)
PRED_METHOD(m_isalnum, "isalnum", unicode_isalnum)
PRED_METHOD(m_isdecimal, "isdecimal", unicode_isdecimal)
PRED_METHOD(m_isdigit, "isdigit", unicode_isdigit)
PRED_METHOD(m_isnumeric, "isnumeric", unicode_isnumeric)
PRED_METHOD(m_isspace, "isspace", unicode_isspace)
#undef PRED_METHOD

static AwValue m_isprintable(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin(vm, "isprintable", argc, argv, kw, 0, 0);
    if (!s) return AW_ERR;
    return value_from_bool(s->byte_len == 0 || all_chars(s, unicode_isprintable));
}

static AwValue m_isascii(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin(vm, "isascii", argc, argv, kw, 0, 0);
    return s ? value_from_bool(str_is_ascii(s)) : AW_ERR;
}

static AwValue m_isidentifier(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin(vm, "isidentifier", argc, argv, kw, 0, 0);
    if (!s) return AW_ERR;
    if (s->byte_len == 0) return AW_FALSE;
    int len;
    if (!unicode_is_id_start(str_decode_utf8(s->data, &len))) return AW_FALSE;
    for (int64_t pos = len; pos < s->byte_len; pos += len)
        if (!unicode_is_id_continue(str_decode_utf8(s->data + pos, &len))) return AW_FALSE;
    return AW_TRUE;
}

/* islower/isupper: some cased code point, and none of the other case (or title case). */
static AwValue case_pred(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, bool upper) {
    AwStr *s = begin(vm, name, argc, argv, kw, 0, 0);
    if (!s) return AW_ERR;
    bool cased = false;
    for (int64_t pos = 0; pos < s->byte_len;) {
        int len;
        uint32_t c = str_decode_utf8(s->data + pos, &len);
        pos += len;
        if (unicode_istitle(c) || (upper ? unicode_islower(c) : unicode_isupper(c))) return AW_FALSE;
        if (upper ? unicode_isupper(c) : unicode_islower(c)) cased = true;
    }
    return value_from_bool(cased);
}

static AwValue m_islower(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return case_pred(vm, "islower", argc, argv, kw, false); }
static AwValue m_isupper(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return case_pred(vm, "isupper", argc, argv, kw, true); }

static AwValue m_istitle(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin(vm, "istitle", argc, argv, kw, 0, 0);
    if (!s) return AW_ERR;
    bool cased = false, prev_cased = false;
    for (int64_t pos = 0; pos < s->byte_len;) {
        int len;
        uint32_t c = str_decode_utf8(s->data + pos, &len);
        pos += len;
        if (unicode_isupper(c) || unicode_istitle(c)) {
            if (prev_cased) return AW_FALSE;
            prev_cased = cased = true;
        } else if (unicode_islower(c)) {
            if (!prev_cased) return AW_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return value_from_bool(cased);
}

/* ---- padding ---- */

/* The fill character argument of center/ljust/rjust (default ' '). */
static AwStr *fill_arg(AwVM *vm, int argc, const AwValue *argv) {
    if (argc < 3) return str_ascii_char(vm, ' ');
    AwStr *f = str_unwrap(argv[2]);
    if (!f)
        vm_raise(vm, &aw_exc_TypeError, "The fill character must be a unicode character, not %s", ops_type_name(argv[2]));
    else if (f->char_len != 1)
        vm_raise(vm, &aw_exc_TypeError, "The fill character must be exactly one character long");
    else return f;
    return NULL;
}

static AwStatus append_fill(AwBuf *b, AwStr *fill, int64_t n) {
    for (int64_t i = 0; i < n; i++)
        if (buf_append(b, fill->data, (size_t)fill->byte_len)) return AW_ERROR;
    return AW_OK;
}

static AwValue pad(AwVM *vm, AwStr *s, int64_t left, int64_t right, AwStr *fill) {
    AwBuf b;
    buf_init(&b, vm);
    if (append_fill(&b, fill, left) || buf_append(&b, s->data, (size_t)s->byte_len) ||
        append_fill(&b, fill, right)) return AW_ERR;
    RET_STR(buf_to_str(&b));
}

static AwValue justify(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, int where) {
    AwStr *s = begin(vm, name, argc, argv, kw, 1, 2);
    int64_t width;
    if (!s || ssize_arg(vm, argv[1], &width)) return AW_ERR;
    AwStr *fill = fill_arg(vm, argc, argv);
    if (!fill) return AW_ERR;
    if (width <= s->char_len) return str_value(s);
    int64_t total = width - s->char_len;
    if (total > ((int64_t)1 << 40)) return vm_raise_memory(vm);
    if (where < 0) return pad(vm, s, 0, total, fill);
    if (where > 0) return pad(vm, s, total, 0, fill);
    int64_t left = total / 2 + (total & width & 1);   /* CPython's rounding */
    return pad(vm, s, left, total - left, fill);
}

static AwValue m_ljust(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return justify(vm, "ljust", argc, argv, kw, -1); }
static AwValue m_rjust(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return justify(vm, "rjust", argc, argv, kw, 1); }
static AwValue m_center(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return justify(vm, "center", argc, argv, kw, 0); }

static AwValue m_zfill(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin(vm, "zfill", argc, argv, kw, 1, 1);
    int64_t width;
    if (!s || ssize_arg(vm, argv[1], &width)) return AW_ERR;
    if (width <= s->char_len) return str_value(s);
    int64_t fill = width - s->char_len;
    AwStr *r = str_alloc(vm, s->byte_len + fill);
    if (!r) return AW_ERR;
    bool sign = s->byte_len > 0 && (s->data[0] == '+' || s->data[0] == '-');
    if (sign) r->data[0] = s->data[0];
    memset(r->data + sign, '0', (size_t)fill);
    memcpy(r->data + sign + fill, s->data + sign, (size_t)(s->byte_len - sign));
    r->char_len = width;
    return str_value(r);
}

static AwValue m_expandtabs(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"tabsize", NULL};
    AwValue a[1];
    AwStr *s = begin_kw(vm, "expandtabs", argc, argv, kw, names, 1, a);
    if (!s) return AW_ERR;
    int64_t tabsize = 8, column = 0;
    if (a[0] != AW_EMPTY && ssize_arg(vm, a[0], &tabsize)) return AW_ERR;
    /* CPython takes tabsize as a C int */
    if (tabsize > INT_MAX || tabsize < INT_MIN)
        return vm_raise(vm, &aw_exc_OverflowError, "Python int too large to convert to C int");
    if (!memchr(s->data, '\t', (size_t)s->byte_len)) return str_value(s);
    AwBuf b;
    buf_init(&b, vm);
    for (int64_t pos = 0; pos < s->byte_len;) {
        int len;
        uint32_t c = str_decode_utf8(s->data + pos, &len);
        AwStatus st = AW_OK;
        if (c == '\t') {
            int64_t n = tabsize > 0 ? tabsize - column % tabsize : 0;
            char spaces[64];
            memset(spaces, ' ', sizeof spaces);
            for (int64_t i = 0; i < n && st == AW_OK; i += 64)
                st = buf_append(&b, spaces, (size_t)(n - i < 64 ? n - i : 64));
            column += n;
        } else {
            st = buf_append(&b, s->data + pos, (size_t)len);
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
        if (st) return AW_ERR;
        pos += len;
    }
    RET_STR(buf_to_str(&b));
}

/* ---- translate / maketrans ---- */

/* Appends the translation of cp: the mapping's int, str or None; unmapped keeps cp. */
static AwStatus translate_one(AwVM *vm, AwBuf *b, AwValue table, uint32_t cp, const char *src, int len) {
    AwValue key = value_from_small(cp), v;
    if (value_is_dict(table)) {
        v = dict_get(vm, AW_DICT(table), key);
        if (v == AW_ERR) return AW_ERROR;
    } else {
        v = ops_getitem(vm, table, key);
        if (v == AW_ERR) {
            if (!vm_exc_matches(vm, &aw_exc_LookupError)) return AW_ERROR;
            vm_exc_clear(vm);
            v = AW_EMPTY;
        }
    }
    if (v == AW_EMPTY) return buf_append(b, src, (size_t)len);
    if (v == AW_NONE) return AW_OK;
    AwStr *s = str_unwrap(v);
    if (s) return buf_append(b, s->data, (size_t)s->byte_len);
    if (!int_check(v))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "character mapping must return integer, None or str"));
    int64_t c;
    if (int_to_i64(vm, v, &c) || c < 0 || c > 0x10FFFF) {
        vm_exc_clear(vm);
        return vm_fail(vm_raise(vm, &aw_exc_ValueError, "character mapping must be in range(0x110000)"));
    }
    char enc[4];
    return buf_append(b, enc, (size_t)str_encode_utf8((uint32_t)c, enc));
}

static AwValue m_translate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin(vm, "translate", argc, argv, kw, 1, 1);
    if (!s) return AW_ERR;
    AwBuf b;
    buf_init(&b, vm);
    for (int64_t pos = 0; pos < s->byte_len;) {
        int len;
        uint32_t cp = str_decode_utf8(s->data + pos, &len);
        if (translate_one(vm, &b, argv[1], cp, s->data + pos, len)) { buf_free(&b); return AW_ERR; }
        pos += len;
    }
    RET_STR(buf_to_str(&b));
}

static AwValue maketrans_dict(AwVM *vm, AwValue arg) {
    if (!value_is_instance(arg, &aw_type_dict))
        return vm_raise(vm, &aw_exc_TypeError, "if you give only one argument to maketrans it must be a dict");
    AwDict *out = dict_new(vm), *in = AW_DICT(arg);
    if (!out) return AW_ERR;
    int64_t pos = 0;
    AwValue k, v;
    while (dict_next(in, &pos, &k, &v)) {
        AwStr *ks = str_unwrap(k);
        if (ks && ks->char_len != 1)
            return vm_raise(vm, &aw_exc_ValueError, "string keys in translate table must be of length 1");
        if (!ks && !int_check(k))
            return vm_raise(vm, &aw_exc_TypeError, "keys in translate table must be strings or integers");
        if (ks) { int len; k = value_from_small(str_decode_utf8(ks->data, &len)); }
        if (dict_set(vm, out, k, v)) return AW_ERR;
    }
    return value_from_ptr(out);
}

static AwValue m_maketrans(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "str.maketrans", kw) || args_count(vm, "maketrans", argc, 1, 3)) return AW_ERR;
    if (argc == 1) return maketrans_dict(vm, argv[0]);
    AwStr *x = str_unwrap(argv[0]), *y, *z = NULL;
    if (!x)
        return vm_raise(vm, &aw_exc_TypeError, "first maketrans argument must be a string if there is a second argument");
    if (!(y = str_arg(vm, argv[1], "maketrans() argument 2 "))) return AW_ERR;
    if (argc > 2 && !(z = str_arg(vm, argv[2], "maketrans() argument 3 "))) return AW_ERR;
    if (x->char_len != y->char_len)
        return vm_raise(vm, &aw_exc_ValueError, "the first two maketrans arguments must have equal length");
    AwDict *out = dict_new(vm);
    if (!out) return AW_ERR;
    int lx, ly;
    for (int64_t px = 0, py = 0; px < x->byte_len; px += lx, py += ly) {
        uint32_t a = str_decode_utf8(x->data + px, &lx), b = str_decode_utf8(y->data + py, &ly);
        if (dict_set(vm, out, value_from_small(a), value_from_small(b))) return AW_ERR;
    }
    for (int64_t pz = 0; z && pz < z->byte_len; pz += lx)
        if (dict_set(vm, out, value_from_small(str_decode_utf8(z->data + pz, &lx)), AW_NONE)) return AW_ERR;
    return value_from_ptr(out);
}

/* ---- encode, format ---- */

static AwValue m_encode(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"encoding", "errors", NULL};
    AwValue a[2];
    AwStr *s = begin_kw(vm, "encode", argc, argv, kw, names, 2, a);
    if (!s) return AW_ERR;
    if (a[0] != AW_EMPTY && !str_arg(vm, a[0], "encode() argument 'encoding' ")) return AW_ERR;
    if (a[1] != AW_EMPTY && !str_arg(vm, a[1], "encode() argument 'errors' ")) return AW_ERR;
    return bytes_encode(vm, s, a[0], a[1]);
}

static AwValue m_format(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = self_of(vm, argv[0], "format");
    if (!s) return AW_ERR;
    if (!kw || kw->len == 0) return str_format(vm, s, argc - 1, argv + 1, AW_EMPTY);
    AwDict *kwargs = dict_new(vm);
    if (!kwargs) return AW_ERR;
    for (int64_t i = 0; i < kw->len; i++)
        if (dict_set(vm, kwargs, kw->items[i], argv[argc + i])) return AW_ERR;
    if (gc_push_root(vm, value_from_ptr(kwargs))) return AW_ERR;
    AwValue r = str_format(vm, s, argc - 1, argv + 1, value_from_ptr(kwargs));
    gc_pop_roots(vm, 1);
    return r;
}

static AwValue m_format_map(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin(vm, "format_map", argc, argv, kw, 1, 1);
    return s ? str_format(vm, s, -1, NULL, argv[1]) : AW_ERR;
}

static AwValue m_dunder_format(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin(vm, "__format__", argc, argv, kw, 1, 1);
    AwStr *spec = s ? str_arg(vm, argv[1], "__format__() argument ") : NULL;
    /* format(sub, ''): str(sub), which a subclass's __str__ may change */
    if (spec && spec->byte_len == 0 && !value_is_str(argv[0])) return ops_str(vm, argv[0]);
    return spec ? format_str(vm, s, spec) : AW_ERR;
}

/* ---- dunder methods: the slots, callable by name (super().__eq__(x), str.__len__(s)) ---- */

/* str.__new__(cls, ...): what super().__new__(cls, x) reaches from a str subclass. */
static AwValue m_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 1) return vm_raise(vm, &aw_exc_TypeError, "str.__new__(): not enough arguments");
    if (!value_is_instance(argv[0], &aw_type_type))
        return vm_raise(vm, &aw_exc_TypeError, "str.__new__(X): X is not a type object (%s)", ops_type_name(argv[0]));
    AwType *t = (AwType *)value_as_ptr(argv[0]);
    if (!type_is_subtype(t, &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "str.__new__(%s): %s is not a subtype of str", type_name(t), type_name(t));
    return aw_type_str.new_(vm, t, argc - 1, argv + 1, kw);
}

static AwValue m_len(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin(vm, "__len__", argc, argv, kw, 0, 0);
    return s ? value_from_small(s->char_len) : AW_ERR;
}

static AwValue m_hash(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin(vm, "__hash__", argc, argv, kw, 0, 0);
    return s ? int_from_i64(vm, str_hash(s)) : AW_ERR;
}

static AwValue m_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin(vm, "__repr__", argc, argv, kw, 0, 0);
    RET_STR(s ? str_repr(vm, s) : NULL);
}

static AwValue m_str(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *s = begin(vm, "__str__", argc, argv, kw, 0, 0);
    return s ? str_value(s) : AW_ERR;
}

static AwValue m_iter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return begin(vm, "__iter__", argc, argv, kw, 0, 0) ? aw_type_str.iter(vm, argv[0]) : AW_ERR;
}

static AwValue m_getitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return begin(vm, "__getitem__", argc, argv, kw, 1, 1) ? aw_type_str.getitem(vm, argv[0], argv[1]) : AW_ERR;
}

static AwValue m_contains(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (!begin(vm, "__contains__", argc, argv, kw, 1, 1)) return AW_ERR;
    int r = aw_type_str.contains(vm, argv[0], argv[1]);
    return r < 0 ? AW_ERR : value_from_bool(r);
}

static AwValue binop(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, AwBinOp op, bool reflected) {
    if (!begin(vm, name, argc, argv, kw, 1, 1)) return AW_ERR;
    /* As CPython's sq_repeat wrapper: the count must have __index__, or it is a TypeError. */
    if (op == AW_BINOP_MUL && !value_is_int(argv[1]) && ops_index(vm, argv[1]) == AW_ERR) return AW_ERR;
    if (reflected) return op == AW_BINOP_MUL ? aw_type_str.rbinary(vm, argv[1], argv[0], op) : AW_NOTIMPL;
    AwValue r = aw_type_str.binary(vm, argv[0], argv[1], op);
    /* str.__add__ is the concatenation itself (CPython's sq_concat wrapper): no reflected __radd__ */
    if (r == AW_NOTIMPL && op == AW_BINOP_ADD)
        return vm_raise(vm, &aw_exc_TypeError, "can only concatenate str (not \"%s\") to str", ops_type_name(argv[1]));
    return r;
}

static AwValue m_add(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return binop(vm, "__add__", argc, argv, kw, AW_BINOP_ADD, false); }
static AwValue m_mul(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return binop(vm, "__mul__", argc, argv, kw, AW_BINOP_MUL, false); }
static AwValue m_rmul(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return binop(vm, "__rmul__", argc, argv, kw, AW_BINOP_MUL, true); }
static AwValue m_mod(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return binop(vm, "__mod__", argc, argv, kw, AW_BINOP_MOD, false); }
static AwValue m_rmod(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return binop(vm, "__rmod__", argc, argv, kw, AW_BINOP_MOD, true); }

static AwValue compare(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, AwCmpOp op) {
    return begin(vm, name, argc, argv, kw, 1, 1) ? aw_type_str.compare(vm, argv[0], argv[1], op) : AW_ERR;
}

static AwValue m_eq(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return compare(vm, "__eq__", argc, argv, kw, AW_CMP_EQ); }
static AwValue m_ne(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return compare(vm, "__ne__", argc, argv, kw, AW_CMP_NE); }
static AwValue m_lt(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return compare(vm, "__lt__", argc, argv, kw, AW_CMP_LT); }
static AwValue m_le(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return compare(vm, "__le__", argc, argv, kw, AW_CMP_LE); }
static AwValue m_gt(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return compare(vm, "__gt__", argc, argv, kw, AW_CMP_GT); }
static AwValue m_ge(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return compare(vm, "__ge__", argc, argv, kw, AW_CMP_GE); }

const AwMethodDef str_methods_table[] = {
    {"capitalize", m_capitalize, 0}, {"casefold", m_casefold, 0}, {"center", m_center, 0},
    {"count", m_count, 0}, {"encode", m_encode, 0}, {"endswith", m_endswith, 0},
    {"expandtabs", m_expandtabs, 0}, {"find", m_find, 0}, {"format", m_format, 0},
    {"format_map", m_format_map, 0}, {"index", m_index, 0}, {"isalnum", m_isalnum, 0},
    {"isalpha", m_isalpha, 0}, {"isascii", m_isascii, 0}, {"isdecimal", m_isdecimal, 0},
    {"isdigit", m_isdigit, 0}, {"isidentifier", m_isidentifier, 0}, {"islower", m_islower, 0},
    {"isnumeric", m_isnumeric, 0}, {"isprintable", m_isprintable, 0}, {"isspace", m_isspace, 0},
    {"istitle", m_istitle, 0}, {"isupper", m_isupper, 0}, {"join", m_join, 0},
    {"ljust", m_ljust, 0}, {"lower", m_lower, 0}, {"lstrip", m_lstrip, 0},
    {"maketrans", m_maketrans, AW_METH_STATIC}, {"partition", m_partition, 0},
    {"removeprefix", m_removeprefix, 0}, {"removesuffix", m_removesuffix, 0},
    {"replace", m_replace, 0}, {"rfind", m_rfind, 0}, {"rindex", m_rindex, 0},
    {"rjust", m_rjust, 0}, {"rpartition", m_rpartition, 0}, {"rsplit", m_rsplit, 0},
    {"rstrip", m_rstrip, 0}, {"split", m_split, 0}, {"splitlines", m_splitlines, 0},
    {"startswith", m_startswith, 0}, {"strip", m_strip, 0}, {"swapcase", m_swapcase, 0},
    {"title", m_title, 0}, {"translate", m_translate, 0}, {"upper", m_upper, 0},
    {"zfill", m_zfill, 0}, {"__format__", m_dunder_format, 0},
    {"__new__", m_new, AW_METH_STATIC}, {"__len__", m_len, 0}, {"__hash__", m_hash, 0},
    {"__repr__", m_repr, 0}, {"__str__", m_str, 0}, {"__iter__", m_iter, 0},
    {"__getitem__", m_getitem, 0}, {"__contains__", m_contains, 0}, {"__add__", m_add, 0},
    {"__mul__", m_mul, 0}, {"__rmul__", m_rmul, 0}, {"__mod__", m_mod, 0}, {"__rmod__", m_rmod, 0},
    {"__eq__", m_eq, 0}, {"__ne__", m_ne, 0}, {"__lt__", m_lt, 0}, {"__le__", m_le, 0},
    {"__gt__", m_gt, 0}, {"__ge__", m_ge, 0},
    {NULL, NULL, 0},
};
