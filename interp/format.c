/* format.c — the format-spec mini-language for int, float, complex and str (format(), f-strings,
 * __format__), a port of CPython 3.11's Python/formatter_unicode.c.
 *
 * A number is laid out as CPython does:
 *     <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal point> <remainder> <rpadding>
 * where only one padding is non-empty, and '=' alignment with a '0' fill pads the digits with
 * zeros *inside* the grouping ('{:010,}' -> '00,001,234'). Text is UTF-8; widths count code
 * points; the fill may be any code point. The 'n' type uses the C locale (no grouping), which
 * is what CPython prints unless a program calls locale.setlocale.
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "interp/format.h"
#include "interp/buf.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/unicode.h"
#include "interp/vm.h"

/* Refuse to build results longer than this (CPython would try, then fail allocating). */
#define MAX_FORMAT_WIDTH ((int64_t)1 << 31)

/* ---- parsing ---- */

/* The spec decoded to code points (CPython indexes the spec by character). */
typedef struct {
    uint32_t *cps;        /* code points */
    size_t len;           /* number of code points */
    uint32_t stack[64];   /* storage for short specs */
} SpecText;

static AwStatus spec_decode(AwVM *vm, const char *s, size_t len, SpecText *t) {
    t->cps = len <= 64 ? t->stack : gc_alloc(vm, len * sizeof(uint32_t));
    if (!t->cps) return AW_ERROR;
    t->len = 0;
    for (size_t i = 0; i < len;) {
        int n;
        t->cps[t->len++] = str_decode_utf8(s + i, &n);
        i += n > 0 ? (size_t)n : 1;
    }
    return AW_OK;
}

static void spec_release(AwVM *vm, SpecText *t, size_t byte_len) {
    if (t->cps != t->stack) gc_free(vm, t->cps, byte_len * sizeof(uint32_t));
}

static bool is_alignment_token(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
static bool is_sign_element(uint32_t c) { return c == ' ' || c == '+' || c == '-'; }

/* Reads a decimal integer at *pos; returns digits consumed, or -1 (ValueError) on overflow. */
static int64_t get_integer(AwVM *vm, const SpecText *t, size_t *pos, int64_t *result) {
    int64_t acc = 0, n = 0;
    for (; *pos < t->len; (*pos)++, n++) {
        uint32_t c = t->cps[*pos];
        int digit = c < 128 ? (c >= '0' && c <= '9' ? (int)(c - '0') : -1) : unicode_decimal_value(c);
        if (digit < 0) break;
        if (acc > (INT64_MAX - digit) / 10) {
            vm_raise(vm, &aw_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + digit;
    }
    *result = acc;
    return n;
}

static AwStatus invalid_separator_type(AwVM *vm, char sep, uint32_t type) {
    if (type > 32 && type < 128)
        return vm_fail(vm_raise(vm, &aw_exc_ValueError, "Cannot specify '%c' with '%c'.", sep, (char)type));
    return vm_fail(vm_raise(vm, &aw_exc_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type));
}

static AwStatus comma_and_underscore(AwVM *vm) {
    return vm_fail(vm_raise(vm, &aw_exc_ValueError, "Cannot specify both ',' and '_'."));
}

/* Fill and alignment, sign, 'z', '#' and the '0' shorthand; *pos moves past them. */
static void parse_flags(const SpecText *t, size_t *pos, char default_align, AwFormatSpec *out) {
    size_t p = *pos;
    bool fill_given = false, align_given = false;
    if (t->len - p >= 2 && is_alignment_token(t->cps[p + 1])) {
        out->align = (char)t->cps[p + 1];
        out->fill = t->cps[p];
        fill_given = align_given = true;
        p += 2;
    } else if (t->len - p >= 1 && is_alignment_token(t->cps[p])) {
        out->align = (char)t->cps[p];
        align_given = true;
        p++;
    }
    if (p < t->len && is_sign_element(t->cps[p])) out->sign = (char)t->cps[p++];
    if (p < t->len && t->cps[p] == 'z') out->no_neg_zero = true, p++;
    if (p < t->len && t->cps[p] == '#') out->alternate = true, p++;
    if (!fill_given && p < t->len && t->cps[p] == '0') {
        out->fill = '0';
        if (!align_given && default_align == '>') out->align = '=';
        p++;
    }
    *pos = p;
}

/* Width, grouping and precision. */
static AwStatus parse_numbers(AwVM *vm, const SpecText *t, size_t *pos, AwFormatSpec *out) {
    int64_t consumed = get_integer(vm, t, pos, &out->width);
    if (consumed < 0) return AW_ERROR;
    if (consumed == 0) out->width = -1;
    if (*pos < t->len && t->cps[*pos] == ',') {
        out->thousands = ',';
        (*pos)++;
    }
    if (*pos < t->len && t->cps[*pos] == '_') {
        if (out->thousands) return comma_and_underscore(vm);
        out->thousands = '_';
        (*pos)++;
    }
    if (*pos < t->len && t->cps[*pos] == ',' && out->thousands == '_') return comma_and_underscore(vm);
    if (*pos < t->len && t->cps[*pos] == '.') {
        (*pos)++;
        consumed = get_integer(vm, t, pos, &out->precision);
        if (consumed < 0) return AW_ERROR;
        if (consumed == 0) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "Format specifier missing precision"));
    }
    return AW_OK;
}

static AwStatus check_separator(AwVM *vm, AwFormatSpec *out) {
    if (!out->thousands) return AW_OK;
    switch (out->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
        return AW_OK;
    case 'b': case 'o': case 'x': case 'X':
        if (out->thousands == '_') return AW_OK; /* every four digits (see group_size) */
        /* fall through */
    default:
        return invalid_separator_type(vm, out->thousands, out->type);
    }
}

static AwStatus parse_spec_text(AwVM *vm, const SpecText *t, const char *spec, size_t len, char default_type,
                                char default_align, const char *type_name, AwFormatSpec *out) {
    size_t pos = 0;
    parse_flags(t, &pos, default_align, out);
    if (parse_numbers(vm, t, &pos, out)) return AW_ERROR;
    if (t->len - pos > 1)
        return vm_fail(vm_raise(vm, &aw_exc_ValueError, "Invalid format specifier '%.*s' for object of type '%.200s'",
                                (int)len, spec, type_name));
    if (t->len - pos == 1) out->type = t->cps[pos];
    return check_separator(vm, out);
}

AwStatus format_parse(AwVM *vm, const char *spec, size_t len, char default_type, char default_align,
                      const char *type_name, AwFormatSpec *out) {
    *out = (AwFormatSpec){.fill = ' ', .align = default_align, .width = -1, .precision = -1,
                          .type = (uint32_t)(unsigned char)default_type};
    SpecText t;
    if (spec_decode(vm, spec, len, &t)) return AW_ERROR;
    AwStatus st = parse_spec_text(vm, &t, spec, len, default_type, default_align, type_name, out);
    spec_release(vm, &t, len);
    return st;
}

static AwValue unknown_type(AwVM *vm, uint32_t type, const char *type_name) {
    if (type > 32 && type < 128)
        return vm_raise(vm, &aw_exc_ValueError, "Unknown format code '%c' for object of type '%.200s'", (char)type, type_name);
    return vm_raise(vm, &aw_exc_ValueError, "Unknown format code '\\x%x' for object of type '%.200s'", (unsigned)type, type_name);
}

/* ---- output helpers ---- */

static AwStatus append_fill(AwBuf *b, uint32_t fill, int64_t n) {
    char enc[4];
    int len = str_encode_utf8(fill, enc);
    for (int64_t i = 0; i < n; i++)
        if (buf_append(b, enc, (size_t)len)) return AW_ERROR;
    return AW_OK;
}

static AwValue finish(AwBuf *b, AwStatus st) {
    if (st) {
        buf_free(b);
        return AW_ERR;
    }
    AwStr *s = buf_to_str(b);
    return s ? str_value(s) : AW_ERR;
}

/* ---- numbers ---- */

/* The pieces of a formatted number (all ASCII except a 'c' remainder). */
typedef struct {
    char sign;              /* '-' if the value is negative, else 0 */
    const char *prefix;     /* "0x", "0b", "0o" or "" */
    const char *digits;     /* the integer digits to group */
    int64_t n_digits;       /* their count (0 for 'c') */
    bool has_decimal;       /* a decimal point follows the digits */
    const char *rest;       /* what follows the point (or the digits): fraction, exponent, '%' */
    int64_t rest_bytes;     /* bytes of rest */
    int64_t rest_chars;     /* code points of rest */
    bool upper;             /* 'X': upper-case digits and prefix */
} NumberParts;

/* Digits grouped from the right in groups of `group` (0: no grouping) joined by sep, and padded
 * with zeros to min_width, as CPython's _PyUnicode_InsertThousandsGrouping. Built reversed. */
static AwStatus group_digits(AwBuf *out, const char *digits, int64_t n_digits, int64_t min_width, int group, char sep) {
    int64_t remaining = n_digits, pos = n_digits;
    bool use_sep = false, broken = false;
    size_t start = out->len;
    AwStatus st = AW_OK;
    while (st == AW_OK && group > 0) { /* CPython's grouping generator: `group` forever */
        int64_t len = group, cap = remaining > min_width ? remaining : min_width;
        if (len > (cap > 1 ? cap : 1)) len = cap > 1 ? cap : 1;
        int64_t n_zeros = len - remaining > 0 ? len - remaining : 0;
        int64_t n_chars = remaining < len ? (remaining > 0 ? remaining : 0) : len;
        if (use_sep) st = buf_append_char(out, sep);
        for (int64_t i = 0; st == AW_OK && i < n_chars; i++) st = buf_append_char(out, digits[--pos]);
        for (int64_t i = 0; st == AW_OK && i < n_zeros; i++) st = buf_append_char(out, '0');
        use_sep = true;
        remaining -= n_chars;
        min_width -= len;
        if (remaining <= 0 && min_width <= 0) {
            broken = true;
            break;
        }
        min_width -= 1;
    }
    if (st == AW_OK && !broken) {
        int64_t len = remaining > min_width ? remaining : min_width;
        if (len < 1) len = 1;
        int64_t n_zeros = len - remaining > 0 ? len - remaining : 0;
        int64_t n_chars = remaining < len ? (remaining > 0 ? remaining : 0) : len;
        if (use_sep) st = buf_append_char(out, sep);
        for (int64_t i = 0; st == AW_OK && i < n_chars; i++) st = buf_append_char(out, digits[--pos]);
        for (int64_t i = 0; st == AW_OK && i < n_zeros; i++) st = buf_append_char(out, '0');
    }
    if (st) return st;
    for (size_t i = start, j = out->len - 1; i < j; i++, j--) {
        char c = out->data[i];
        out->data[i] = out->data[j];
        out->data[j] = c;
    }
    return AW_OK;
}

static int group_size(const AwFormatSpec *spec) {
    if (!spec->thousands || spec->type == 'n') return 0;
    bool pow2 = spec->type == 'b' || spec->type == 'o' || spec->type == 'x' || spec->type == 'X';
    return pow2 ? 4 : 3;
}

static void to_upper(char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'a' && s[i] <= 'z') s[i] = (char)(s[i] - 'a' + 'A');
}

/* CPython's calc_number_widths + fill_number. */
static AwValue render_number(AwVM *vm, const AwFormatSpec *spec, const NumberParts *np) {
    char sign = np->sign == '-' ? '-' : spec->sign == '+' ? '+' : spec->sign == ' ' ? ' ' : 0;
    int64_t n_prefix = (int64_t)strlen(np->prefix);
    int64_t n_non_digit = (sign != 0) + n_prefix + np->has_decimal + np->rest_chars;
    int64_t min_width = spec->fill == '0' && spec->align == '=' ? spec->width - n_non_digit : 0;
    if (spec->width > MAX_FORMAT_WIDTH) return vm_raise_memory(vm);
    AwBuf grouped;
    buf_init(&grouped, vm);
    if (np->n_digits > 0 &&
        group_digits(&grouped, np->digits, np->n_digits, min_width, group_size(spec), spec->thousands)) {
        buf_free(&grouped);
        return AW_ERR;
    }
    if (np->upper) to_upper(grouped.data, grouped.len);
    int64_t padding = spec->width - (n_non_digit + (int64_t)grouped.len), left = 0, inner = 0, right = 0;
    if (padding > 0) {
        switch (spec->align) {
        case '<': right = padding; break;
        case '^': left = padding / 2; right = padding - left; break;
        case '=': inner = padding; break;
        default: left = padding; break;
        }
    }
    AwBuf b;
    buf_init(&b, vm);
    char prefix[4];
    memcpy(prefix, np->prefix, (size_t)n_prefix + 1);
    if (np->upper) to_upper(prefix, (size_t)n_prefix);
    AwStatus st = append_fill(&b, spec->fill, left);
    if (!st && sign) st = buf_append_char(&b, sign);
    if (!st) st = buf_append(&b, prefix, (size_t)n_prefix);
    if (!st) st = append_fill(&b, spec->fill, inner);
    if (!st) st = buf_append(&b, grouped.data ? grouped.data : "", grouped.len);
    if (!st && np->has_decimal) st = buf_append_char(&b, '.');
    if (!st) st = buf_append(&b, np->rest, (size_t)np->rest_bytes);
    if (!st) st = append_fill(&b, spec->fill, right);
    buf_free(&grouped);
    return finish(&b, st);
}

/* ---- int ---- */

static AwValue format_char_code(AwVM *vm, AwValue v, const AwFormatSpec *spec) {
    if (spec->sign) return vm_raise(vm, &aw_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (spec->alternate)
        return vm_raise(vm, &aw_exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t x;
    if (int_to_i64(vm, v, &x)) {
        vm_exc_clear(vm);
        return vm_raise(vm, &aw_exc_OverflowError, "Python int too large to convert to C long");
    }
    if (x < 0 || x > 0x10ffff) return vm_raise(vm, &aw_exc_OverflowError, "%%c arg not in range(0x110000)");
    char enc[4];
    int n = str_encode_utf8((uint32_t)x, enc);
    NumberParts np = {.prefix = "", .digits = "", .rest = enc, .rest_bytes = n, .rest_chars = 1};
    return render_number(vm, spec, &np);
}

AwValue format_int_spec(AwVM *vm, AwValue v, const AwFormatSpec *spec) {
    if (spec->precision != -1) return vm_raise(vm, &aw_exc_ValueError, "Precision not allowed in integer format specifier");
    if (spec->no_neg_zero)
        return vm_raise(vm, &aw_exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (spec->type == 'c') return format_char_code(vm, v, spec);
    int base;
    const char *prefix;
    switch (spec->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': case 'X': base = 16; prefix = "0x"; break;
    case 'd': case 'n': base = 10; prefix = ""; break;
    default: return unknown_type(vm, spec->type, ops_type_name(v));
    }
    AwBuf digits;
    buf_init(&digits, vm);
    if (int_append_digits(vm, v, base, &digits)) {
        buf_free(&digits);
        return AW_ERR;
    }
    NumberParts np = {.sign = int_sign(v) < 0 ? '-' : 0, .prefix = spec->alternate ? prefix : "",
                      .digits = digits.data, .n_digits = (int64_t)digits.len, .rest = "", .upper = spec->type == 'X'};
    AwValue r = render_number(vm, spec, &np);
    buf_free(&digits);
    return r;
}

/* ---- float ---- */

/* Splits the text of a formatted float (after its sign) as CPython's parse_number. */
static void split_float_text(const char *s, size_t n, NumberParts *np) {
    size_t i = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    np->digits = s;
    np->n_digits = (int64_t)i;
    np->has_decimal = i < n && s[i] == '.';
    if (np->has_decimal) i++;
    np->rest = s + i;
    np->rest_bytes = np->rest_chars = (int64_t)(n - i);
}

AwValue format_float_spec(AwVM *vm, double d, const AwFormatSpec *spec) {
    if (spec->precision > INT_MAX) return vm_raise(vm, &aw_exc_ValueError, "precision too big");
    int precision = (int)spec->precision, flags = 0, default_precision = 6;
    char type = (char)spec->type;
    bool add_pct = false;
    switch (spec->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: return unknown_type(vm, spec->type, "float");
    }
    if (spec->alternate) flags |= AW_DTOS_ALT;
    if (spec->no_neg_zero) flags |= AW_DTOS_NO_NEG_0;
    if (type == 0) {
        flags |= AW_DTOS_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    if (type == '%') {
        type = 'f';
        d *= 100;
        add_pct = true;
    }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    char stack[512];
    size_t cap = float_to_string_size(precision) + 2;
    char *text = cap <= sizeof stack ? stack : gc_alloc(vm, cap);
    if (!text) return AW_ERR;
    size_t n = float_to_string(d, type, precision, flags, text);
    if (add_pct) text[n++] = '%';
    NumberParts np = {.prefix = ""};
    size_t skip = text[0] == '-';
    np.sign = skip ? '-' : 0;
    split_float_text(text + skip, n - skip, &np);
    AwValue r = render_number(vm, spec, &np);
    if (text != stack) gc_free(vm, text, cap);
    return r;
}

/* ---- complex ---- */

/* One part of a complex number, unpadded, with the sign rule `sign` ('+', ' ', '-' or 0). */
static AwValue complex_part(AwVM *vm, double d, char type, int precision, int flags, char sign,
                            const AwFormatSpec *spec) {
    char stack[512];
    size_t cap = float_to_string_size(precision) + 2;
    char *text = cap <= sizeof stack ? stack : gc_alloc(vm, cap);
    if (!text) return AW_ERR;
    size_t n = float_to_string(d, type, precision, flags, text);
    AwFormatSpec part = *spec;
    part.fill = ' ';
    part.align = '<';
    part.width = -1;
    part.sign = sign;
    NumberParts np = {.prefix = ""};
    size_t skip = text[0] == '-';
    np.sign = skip ? '-' : 0;
    split_float_text(text + skip, n - skip, &np);
    AwValue r = render_number(vm, &part, &np);
    if (text != stack) gc_free(vm, text, cap);
    return r;
}

/* CPython's format_complex_internal. */
static AwValue format_complex_spec(AwVM *vm, double re, double im, const AwFormatSpec *spec) {
    if (spec->precision > INT_MAX) return vm_raise(vm, &aw_exc_ValueError, "precision too big");
    if (spec->fill == '0') return vm_raise(vm, &aw_exc_ValueError, "Zero padding is not allowed in complex format specifier");
    if (spec->align == '=')
        return vm_raise(vm, &aw_exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    int precision = (int)spec->precision, default_precision = 6, flags = 0;
    char type = (char)spec->type;
    bool skip_re = false, add_parens = false;
    if (spec->alternate) flags |= AW_DTOS_ALT;
    if (spec->no_neg_zero) flags |= AW_DTOS_NO_NEG_0;
    if (type == 0) { /* like str(z) */
        type = 'r';
        default_precision = 0;
        skip_re = re == 0.0 && !signbit(re);
        add_parens = !skip_re;
    }
    if (type == 'n') type = 'g';
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    AwValue re_text = skip_re ? AW_NONE : complex_part(vm, re, type, precision, flags, spec->sign, spec);
    if (re_text == AW_ERR) return AW_ERR;
    AwValue im_text = complex_part(vm, im, type, precision, flags, skip_re ? spec->sign : '+', spec);
    if (im_text == AW_ERR) return AW_ERR;
    AwStr *rs = skip_re ? NULL : AW_STR(re_text), *is = AW_STR(im_text);
    int64_t len = (rs ? rs->char_len : 0) + is->char_len + 1 + 2 * add_parens;
    if (spec->width > MAX_FORMAT_WIDTH) return vm_raise_memory(vm);
    int64_t padding = spec->width > len ? spec->width - len : 0, left = 0;
    if (spec->align == '<') left = 0;
    else if (spec->align == '^') left = padding / 2;
    else left = padding;
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = append_fill(&b, spec->fill, left);
    if (!st && add_parens) st = buf_append_char(&b, '(');
    if (!st && rs) st = buf_append(&b, rs->data, (size_t)rs->byte_len);
    if (!st) st = buf_append(&b, is->data, (size_t)is->byte_len);
    if (!st) st = buf_append_char(&b, 'j');
    if (!st && add_parens) st = buf_append_char(&b, ')');
    if (!st) st = append_fill(&b, spec->fill, padding - left);
    return finish(&b, st);
}

/* ---- str ---- */

AwValue format_str_spec(AwVM *vm, AwStr *s, const AwFormatSpec *spec) {
    if (spec->type != 's') return unknown_type(vm, spec->type, type_name(s->obj.type));
    if (spec->sign == ' ') return vm_raise(vm, &aw_exc_ValueError, "Space not allowed in string format specifier");
    if (spec->sign) return vm_raise(vm, &aw_exc_ValueError, "Sign not allowed in string format specifier");
    if (spec->no_neg_zero)
        return vm_raise(vm, &aw_exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (spec->alternate) return vm_raise(vm, &aw_exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (spec->align == '=') return vm_raise(vm, &aw_exc_ValueError, "'=' alignment not allowed in string format specifier");
    int64_t len = s->char_len;
    if ((spec->width == -1 || spec->width <= len) && (spec->precision == -1 || spec->precision >= len) &&
        s->obj.type == &aw_type_str)
        return str_value(s);
    if (spec->precision >= 0 && len >= spec->precision) len = spec->precision;
    if (spec->width > MAX_FORMAT_WIDTH) return vm_raise_memory(vm);
    int64_t total = spec->width > len ? spec->width : len, left;
    if (spec->align == '>') left = total - len;
    else if (spec->align == '^') left = (total - len) / 2;
    else left = 0;
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = append_fill(&b, spec->fill, left);
    if (!st) st = buf_append(&b, s->data, (size_t)str_byte_offset(s, len));
    if (!st) st = append_fill(&b, spec->fill, total - len - left);
    return finish(&b, st);
}

/* ---- entry points ---- */

AwValue format_int(AwVM *vm, AwValue v, AwStr *spec) {
    if (spec->byte_len == 0) {
        bool exact = !value_is_ptr(v) || value_as_ptr(v)->type == &aw_type_int;
        return exact ? int_repr_value(vm, v) : ops_str(vm, v);
    }
    AwFormatSpec fs;
    const char *tname = ops_type_name(v);
    if (format_parse(vm, spec->data, (size_t)spec->byte_len, 'd', '>', tname, &fs)) return AW_ERR;
    switch (fs.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_int_spec(vm, v, &fs);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (int_to_double(vm, v, &d)) return AW_ERR;
        return format_float_spec(vm, d, &fs);
    }
    default:
        return unknown_type(vm, fs.type, tname);
    }
}

AwValue format_float(AwVM *vm, double d, AwStr *spec) {
    if (spec->byte_len == 0) return float_repr_value(vm, d);
    AwFormatSpec fs;
    if (format_parse(vm, spec->data, (size_t)spec->byte_len, '\0', '>', "float", &fs)) return AW_ERR;
    return format_float_spec(vm, d, &fs);
}

AwValue format_complex(AwVM *vm, double real, double imag, AwStr *spec) {
    AwFormatSpec fs;
    if (format_parse(vm, spec->data, (size_t)spec->byte_len, '\0', '>', "complex", &fs)) return AW_ERR;
    switch (fs.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        return format_complex_spec(vm, real, imag, &fs);
    default:
        return unknown_type(vm, fs.type, "complex");
    }
}

AwValue format_str(AwVM *vm, AwStr *s, AwStr *spec) {
    if (spec->byte_len == 0) return s->obj.type == &aw_type_str ? str_value(s) : ops_str(vm, str_value(s));
    AwFormatSpec fs;
    if (format_parse(vm, spec->data, (size_t)spec->byte_len, 's', '<', type_name(s->obj.type), &fs)) return AW_ERR;
    return format_str_spec(vm, s, &fs);
}
