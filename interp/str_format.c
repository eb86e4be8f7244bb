/* str_format.c — printf-style `fmt % args` (str_percent_format) and str.format / format_map
 * (str_format), following CPython 3.11's unicodeobject.c and stringlib/unicode_format.h
 * step by step so that results and error messages match, including their odd corners
 * ('%5%' fetches an argument before rejecting '%'; '%(key)s' replaces the argument source).
 *
 * GC: formatting runs user __str__/__repr__/__format__/__getitem__ code. The format string,
 * the arguments and the kwargs dict belong to the caller; the one fresh object held across
 * such calls (a str.format field whose spec has nested fields) is rooted explicitly.
 */
#include "interp/str.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include "interp/buf.h"
#include "interp/class.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/gc.h"
#include "interp/bytes.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/ops.h"
#include "interp/tuple.h"
#include "interp/vm.h"

/* ======================= printf-style formatting ======================= */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct {
    AwVM *vm;            /* the interpreter */
    AwStr *fmt;          /* the format string */
    int64_t pos;         /* byte offset of the next format character */
    AwValue args;        /* the argument source: the tuple, the single argument, or a dict value */
    int64_t arglen;      /* items in args if it is the tuple, -1 for a single argument */
    int64_t argidx;      /* next tuple item; -2 = single argument unused, -1 = used */
    AwValue dict;        /* the mapping for %(key)s, or AW_EMPTY */
    AwBuf out;           /* the result */
    bool bytes;          /* bytes % args: fmt holds raw bytes, %s/%b take bytes-like objects */
} PctState;

typedef struct {
    int flags;           /* F_* */
    int64_t width;       /* minimum width in code points, -1 if none */
    int64_t prec;        /* precision, -1 if none */
    uint32_t ch;         /* the conversion character */
    int64_t ch_index;    /* its code-point index in the format string (for errors) */
} PctSpec;

/* unicode_format_getnextarg */
static AwValue next_arg(PctState *st) {
    if (st->argidx < st->arglen) {
        int64_t i = st->argidx++;
        return st->arglen < 0 ? st->args : AW_TUPLE(st->args)->items[i];
    }
    return vm_raise(st->vm, &aw_exc_TypeError, "not enough arguments for format string");
}

static bool at_end(PctState *st) { return st->pos >= st->fmt->byte_len; }
static char peek(PctState *st) { return st->fmt->data[st->pos]; }

/* %(key): looks the key up in the mapping, which then becomes the argument source. */
static AwStatus parse_key(PctState *st) {
    AwVM *vm = st->vm;
    if (st->dict == AW_EMPTY) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "format requires a mapping"));
    int64_t start = ++st->pos, depth = 1;
    while (!at_end(st) && depth > 0) {
        char c = st->fmt->data[st->pos++];
        depth += (c == '(') - (c == ')');
    }
    if (depth > 0) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "incomplete format key"));
    size_t klen = (size_t)(st->pos - 1 - start);
    void *key = st->bytes ? (void *)bytes_new(vm, st->fmt->data + start, klen) : (void *)str_new(vm, st->fmt->data + start, klen);
    if (!key) return AW_ERROR;
    AwValue v = ops_getitem(vm, st->dict, value_from_ptr(key));
    if (v == AW_ERR) return AW_ERROR;
    st->args = v;
    st->arglen = -1;
    st->argidx = -2;
    return AW_OK;
}

/* A '*' width or precision: the next argument, which must be an int. */
static AwStatus star_arg(PctState *st, int64_t *out, bool is_prec) {
    AwValue v = next_arg(st);
    if (v == AW_ERR) return AW_ERROR;
    if (!int_check(v)) return vm_fail(vm_raise(st->vm, &aw_exc_TypeError, "* wants int"));
    if (int_to_i64(st->vm, v, out) != AW_OK || (is_prec && (*out > INT32_MAX || *out < INT32_MIN))) {
        vm_exc_clear(st->vm);
        return vm_fail(vm_raise(st->vm, &aw_exc_OverflowError, "Python int too large to convert to C %s",
                                is_prec ? "int" : "ssize_t"));
    }
    return AW_OK;
}

/* Digits of a width (up to ssize_t, as CPython) or a precision (up to INT_MAX). */
static AwStatus parse_number(PctState *st, int64_t *out, const char *what) {
    int64_t n = 0, limit = what[0] == 'w' ? INT64_MAX : INT32_MAX;
    while (!at_end(st) && peek(st) >= '0' && peek(st) <= '9') {
        int digit = peek(st) - '0';
        if (n > (limit - digit) / 10) return vm_fail(vm_raise(st->vm, &aw_exc_ValueError, "%s too big", what));
        n = n * 10 + digit;
        st->pos++;
    }
    *out = n;
    return AW_OK;
}

static AwStatus parse_width_prec(PctState *st, PctSpec *sp) {
    if (!at_end(st) && peek(st) == '*') {
        st->pos++;
        if (star_arg(st, &sp->width, false)) return AW_ERROR;
        if (sp->width < 0) { sp->flags |= F_LJUST; sp->width = sp->width == INT64_MIN ? INT64_MAX : -sp->width; }
    } else if (!at_end(st) && peek(st) >= '0' && peek(st) <= '9') {
        if (parse_number(st, &sp->width, "width")) return AW_ERROR;
    }
    if (at_end(st) || peek(st) != '.') return AW_OK;
    st->pos++;
    if (!at_end(st) && peek(st) == '*') {
        st->pos++;
        if (star_arg(st, &sp->prec, true)) return AW_ERROR;
        if (sp->prec < 0) sp->prec = 0;
        return AW_OK;
    }
    return parse_number(st, &sp->prec, "precision");
}

/* unicode_format_arg_parse: key, flags, width, precision, length modifier, conversion. */
static AwStatus parse_spec(PctState *st, PctSpec *sp) {
    sp->flags = 0;
    sp->width = sp->prec = -1;
    if (peek(st) == '(' && parse_key(st)) return AW_ERROR;
    for (; !at_end(st); st->pos++) {
        char c = peek(st);
        int f = c == '-' ? F_LJUST : c == '+' ? F_SIGN : c == ' ' ? F_BLANK : c == '#' ? F_ALT : c == '0' ? F_ZERO : 0;
        if (!f) break;
        sp->flags |= f;
    }
    if (parse_width_prec(st, sp)) return AW_ERROR;
    if (!at_end(st) && (peek(st) == 'h' || peek(st) == 'l' || peek(st) == 'L')) st->pos++;
    if (at_end(st)) return vm_fail(vm_raise(st->vm, &aw_exc_ValueError, "incomplete format"));
    int len = 1;
    int64_t byte_pos = st->pos;
    sp->ch = st->bytes ? (unsigned char)st->fmt->data[st->pos] : str_decode_utf8(st->fmt->data + st->pos, &len);
    st->pos += len;
    sp->ch_index = st->bytes ? byte_pos : 0;
    for (int64_t p = 0; !st->bytes && p < byte_pos; p++) sp->ch_index += ((unsigned char)st->fmt->data[p] & 0xC0) != 0x80;
    return AW_OK;
}

/* Appends n copies of c. */
static AwStatus put_fill(AwBuf *b, char c, int64_t n) {
    for (int64_t i = 0; i < n; i++)
        if (buf_append_char(b, c)) return AW_ERROR;
    return AW_OK;
}

/* Text conversions (%s %r %a %c): precision truncates (not for %c), width pads with spaces. */
static AwStatus emit_text(PctState *st, const PctSpec *sp, AwStr *s) {
    int64_t bytes = s->byte_len, chars = s->char_len;
    if (sp->prec >= 0 && sp->prec < chars && sp->ch != 'c') {
        bytes = str_byte_offset(s, sp->prec);
        chars = sp->prec;
    }
    int64_t pad = sp->width > chars ? sp->width - chars : 0;
    if (pad > ((int64_t)1 << 40)) return vm_fail(vm_raise_memory(st->vm));
    if (!(sp->flags & F_LJUST) && put_fill(&st->out, ' ', pad)) return AW_ERROR;
    if (buf_append(&st->out, s->data, (size_t)bytes)) return AW_ERROR;
    return (sp->flags & F_LJUST) ? put_fill(&st->out, ' ', pad) : AW_OK;
}

/* Numbers: sign, prefix ("0x"), then body (digits, "inf"...), padded as CPython pads them:
 * zeros go between prefix and body, spaces outside, '-' moves the padding right. */
static AwStatus emit_number(PctState *st, const PctSpec *sp, bool negative, const char *prefix,
                            const char *body, size_t body_len) {
    char sign = negative ? '-' : (sp->flags & F_SIGN) ? '+' : (sp->flags & F_BLANK) ? ' ' : 0;
    int64_t len = (int64_t)body_len + (sign != 0) + (int64_t)strlen(prefix);
    int64_t pad = sp->width > len ? sp->width - len : 0;
    if (pad > ((int64_t)1 << 40)) return vm_fail(vm_raise_memory(st->vm));
    bool zero = (sp->flags & F_ZERO) && !(sp->flags & F_LJUST);
    AwBuf *b = &st->out;
    if (!zero && !(sp->flags & F_LJUST) && put_fill(b, ' ', pad)) return AW_ERROR;
    if (sign && buf_append_char(b, sign)) return AW_ERROR;
    if (buf_append_cstr(b, prefix)) return AW_ERROR;
    if (zero && put_fill(b, '0', pad)) return AW_ERROR;
    if (buf_append(b, body, body_len)) return AW_ERROR;
    return (sp->flags & F_LJUST) ? put_fill(b, ' ', pad) : AW_OK;
}

/* The int value of a %d/%x argument, or AW_EMPTY if the type is wrong (no exception). */
static AwValue int_of(AwVM *vm, AwValue v, bool allow_float) {
    if (int_check(v)) return v;
    if (value_is_float(v)) return allow_float ? int_from_double(vm, value_as_double(v)) : AW_EMPTY;
    AwType *t = type_of(v);
    /* %d/%i/%u use int(v) (__int__ before __index__); %x/%o/%c use __index__ alone */
    bool via_int = allow_float && type_lookup(t, AW_NAME(vm, __int__)) != AW_EMPTY;
    if (!via_int && type_lookup(t, AW_NAME(vm, __index__)) != AW_EMPTY) return ops_index(vm, v);
    if (via_int) {
        AwValue r = vm_call_dunder(vm, v, AW_NAME(vm, __int__), 0, NULL);
        if (r != AW_ERR && !int_check(r))
            return vm_raise(vm, &aw_exc_TypeError, "__int__ returned non-int (type %s)", ops_type_name(r));
        return r;
    }
    return AW_EMPTY;
}

/* Appends the digits of |v| in base 10, 16 or 8 (upper-case hex if upper) to b. */
static AwStatus int_digits(AwBuf *b, AwValue v, int base, bool upper) {
    if (value_is_int(v) || value_is_bool(v)) {
        int64_t i = value_is_int(v) ? value_as_small(v) : v == AW_TRUE;
        uint64_t mag = i < 0 ? (uint64_t)-i : (uint64_t)i;
        const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        char tmp[24], *p = tmp + sizeof tmp;
        do { *--p = digits[mag % (uint64_t)base]; mag /= (uint64_t)base; } while (mag);
        return buf_append(b, p, (size_t)(tmp + sizeof tmp - p));
    }
    if (base == 10) return int_append_digits(b->vm, v, 10, b);   /* honours sys.set_int_max_str_digits */
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    mpz_abs(z, z);
    size_t cap = mpz_sizeinbase(z, base) + 2;
    char *digits = gc_alloc(b->vm, cap);
    AwStatus r = AW_ERROR;
    if (digits) {
        mpz_get_str(digits, upper ? -base : base, z);
        r = buf_append_cstr(b, digits);
        gc_free(b->vm, digits, cap);
    }
    mpz_clear(z);
    return r;
}

static AwStatus format_int(PctState *st, const PctSpec *sp, AwValue arg) {
    AwVM *vm = st->vm;
    uint32_t c = sp->ch;
    bool decimal = c == 'd' || c == 'i' || c == 'u';
    AwValue v = int_of(vm, arg, decimal);
    if (v == AW_ERR) return AW_ERROR;
    if (v == AW_EMPTY) {
        if (decimal)
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%%%c format: a real number is required, not %s",
                                    (char)c, ops_type_name(arg)));
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%%%c format: an integer is required, not %s",
                                (char)c, ops_type_name(arg)));
    }
    int base = decimal ? 10 : (c == 'o' ? 8 : 16);
    const char *prefix = !(sp->flags & F_ALT) || decimal ? "" : c == 'o' ? "0o" : c == 'x' ? "0x" : "0X";
    AwBuf digits, body;
    buf_init(&digits, vm);
    buf_init(&body, vm);
    AwStatus r = int_digits(&digits, v, base, c == 'X');
    if (r == AW_OK) {
        /* The precision is a minimum number of digits. */
        int64_t zeros = sp->prec > (int64_t)digits.len ? sp->prec - (int64_t)digits.len : 0;
        r = put_fill(&body, '0', zeros);
        if (r == AW_OK) r = buf_append(&body, digits.data, digits.len);
        if (r == AW_OK) r = emit_number(st, sp, int_sign(v) < 0, prefix, body.data, body.len);
    }
    buf_free(&digits);
    buf_free(&body);
    return r;
}

/* The double of a %f/%e/%g argument: ints, floats, objects with __float__ or __index__. */
static AwStatus float_of(AwVM *vm, AwValue v, double *out) {
    if (value_is_float(v)) { *out = value_as_double(v); return AW_OK; }
    if (int_check(v)) return int_to_double(vm, v, out);
    AwType *t = type_of(v);
    if (type_lookup(t, AW_NAME(vm, __float__)) != AW_EMPTY) {
        AwValue r = vm_call_dunder(vm, v, AW_NAME(vm, __float__), 0, NULL);
        if (r == AW_ERR) return AW_ERROR;
        if (!value_is_float(r))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s.__float__ returned non-float (type %s)",
                                    type_name(t), ops_type_name(r)));
        *out = value_as_double(r);
        return AW_OK;
    }
    if (type_lookup(t, AW_NAME(vm, __index__)) != AW_EMPTY) {
        AwValue i = ops_index(vm, v);
        return i == AW_ERR ? AW_ERROR : int_to_double(vm, i, out);
    }
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "must be real number, not %s", ops_type_name(v)));
}

static AwStatus format_float(PctState *st, const PctSpec *sp, AwValue arg) {
    double d;
    if (float_of(st->vm, arg, &d)) return AW_ERROR;
    char c = (char)sp->ch;
    bool upper = c == 'E' || c == 'F' || c == 'G';
    if (isnan(d) || isinf(d)) {
        const char *body = isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return emit_number(st, sp, !isnan(d) && d < 0, "", body, 3);
    }
    char conv[8];
    snprintf(conv, sizeof conv, "%%%s.*%c", (sp->flags & F_ALT) ? "#" : "", c);
    int prec = sp->prec < 0 ? 6 : (int)sp->prec;
    double mag = fabs(d);
    int n = snprintf(NULL, 0, conv, prec, mag);
    char small[128], *body = small;
    if (n >= (int)sizeof small && !(body = gc_alloc(st->vm, (size_t)n + 1))) return AW_ERROR;
    snprintf(body, (size_t)n + 1, conv, prec, mag);
    AwStatus r = emit_number(st, sp, signbit(d) != 0, "", body, (size_t)n);
    if (body != small) gc_free(st->vm, body, (size_t)n + 1);
    return r;
}

/* Raw bytes as a text piece for emit_text (its width and precision count bytes). */
static AwStatus emit_raw(PctState *st, const PctSpec *sp, const char *data, int64_t len) {
    AwStr *s = str_alloc(st->vm, len);
    if (!s) return AW_ERROR;
    memcpy(s->data, data, (size_t)len);
    s->char_len = len;
    return emit_text(st, sp, s);
}

/* bytes: %c takes an int in range(256) or a single byte. */
static AwStatus format_byte(PctState *st, const PctSpec *sp, AwValue arg) {
    const char *data;
    int64_t len;
    if (bytes_view(arg, &data, &len)) {
        if (len != 1) return vm_fail(vm_raise(st->vm, &aw_exc_TypeError, "%%c requires an integer in range(256) or a single byte"));
        return emit_raw(st, sp, data, 1);
    }
    AwValue v = int_of(st->vm, arg, false);
    if (v == AW_ERR) return AW_ERROR;
    int64_t c;
    if (v == AW_EMPTY) return vm_fail(vm_raise(st->vm, &aw_exc_TypeError, "%%c requires an integer in range(256) or a single byte"));
    if (int_to_i64(st->vm, v, &c) || c < 0 || c > 255) {
        vm_exc_clear(st->vm);
        return vm_fail(vm_raise(st->vm, &aw_exc_OverflowError, "%%c arg not in range(256)"));
    }
    char ch = (char)c;
    return emit_raw(st, sp, &ch, 1);
}

/* bytes: %s/%b take a bytes-like object or one with __bytes__; %r/%a are ascii(). */
static AwStatus format_bytes_text(PctState *st, const PctSpec *sp, AwValue arg) {
    AwVM *vm = st->vm;
    if (sp->ch == 'r' || sp->ch == 'a') {
        AwValue s = ops_ascii(vm, arg);
        return s == AW_ERR ? AW_ERROR : emit_text(st, sp, str_unwrap(s));
    }
    const char *data;
    int64_t len;
    if (bytes_view(arg, &data, &len)) return emit_raw(st, sp, data, len);
    AwValue conv = type_lookup(type_of(arg), str_intern_cstr(vm, "__bytes__"));
    if (conv != AW_EMPTY && !value_is_str(arg)) {
        AwValue b = vm_call_dunder(vm, arg, str_intern_cstr(vm, "__bytes__"), 0, NULL);
        if (b == AW_ERR) return AW_ERROR;
        if (!bytes_view(b, &data, &len))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__bytes__ returned non-bytes (type %s)", ops_type_name(b)));
        return emit_raw(st, sp, data, len);
    }
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", ops_type_name(arg)));
}

static AwStatus format_char(PctState *st, const PctSpec *sp, AwValue arg) {
    AwVM *vm = st->vm;
    if (st->bytes) return format_byte(st, sp, arg);
    AwStr *s = str_unwrap(arg);
    if (s) {
        if (s->char_len != 1) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%%c requires int or char"));
        return emit_text(st, sp, s);
    }
    AwValue v = int_of(vm, arg, false);
    if (v == AW_ERR) return AW_ERROR;
    if (v == AW_EMPTY) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%%c requires int or char"));
    int64_t cp;
    if (int_to_i64(vm, v, &cp) || cp < 0 || cp > 0x10FFFF) {
        vm_exc_clear(vm);
        return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "%%c arg not in range(0x110000)"));
    }
    AwStr *ch = str_from_codepoint(vm, (uint32_t)cp);
    return ch ? emit_text(st, sp, ch) : AW_ERROR;
}

static AwStatus format_text(PctState *st, const PctSpec *sp, AwValue arg) {
    AwVM *vm = st->vm;
    AwValue s;
    if (sp->ch == 's') s = ops_str(vm, arg);
    else if (sp->ch == 'r') s = ops_repr(vm, arg);
    else s = ops_ascii(vm, arg);
    if (s == AW_ERR) return AW_ERROR;
    return emit_text(st, sp, str_unwrap(s));
}

/* unicode_format_arg_format + output: fetches the argument, then converts it. */
static AwStatus format_one(PctState *st, const PctSpec *sp) {
    AwValue arg = next_arg(st);
    if (arg == AW_ERR) return AW_ERROR;
    switch (sp->ch) {
    case 'b':
        if (!st->bytes) break;
        return format_bytes_text(st, sp, arg);
    case 's': case 'r': case 'a':
        return st->bytes ? format_bytes_text(st, sp, arg) : format_text(st, sp, arg);
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        return format_int(st, sp, arg);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        return format_float(st, sp, arg);
    case 'c':
        return format_char(st, sp, arg);
    default:
        break;
    }
    uint32_t c = sp->ch;
    return vm_fail(vm_raise(st->vm, &aw_exc_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                            (c >= 32 && c <= 126) ? (char)c : '?', (unsigned)c, (long long)sp->ch_index));
}

/* Arguments are a mapping when they have __getitem__ and are neither a tuple nor a str. */
static bool is_mapping_arg(AwVM *vm, AwValue args, bool bytes) {
    const char *data;
    int64_t len;
    if (value_is_instance(args, &aw_type_tuple) || (bytes ? bytes_view(args, &data, &len) : str_unwrap(args) != NULL)) return false;
    AwType *t = type_of(args);
    return t->getitem != NULL || type_lookup(t, AW_NAME(vm, __getitem__)) != AW_EMPTY;
}

static AwStatus percent_loop(PctState *st) {
    AwStr *fmt = st->fmt;
    while (!at_end(st)) {
        const char *pct = memchr(fmt->data + st->pos, '%', (size_t)(fmt->byte_len - st->pos));
        int64_t stop = pct ? pct - fmt->data : fmt->byte_len;
        if (buf_append(&st->out, fmt->data + st->pos, (size_t)(stop - st->pos))) return AW_ERROR;
        st->pos = stop;
        if (!pct) break;
        st->pos++;
        if (at_end(st)) return vm_fail(vm_raise(st->vm, &aw_exc_ValueError, "incomplete format"));
        if (peek(st) == '%') {
            st->pos++;
            if (buf_append_char(&st->out, '%')) return AW_ERROR;
            continue;
        }
        PctSpec sp;
        if (parse_spec(st, &sp) || format_one(st, &sp)) return AW_ERROR;
    }
    if (st->argidx < st->arglen && st->dict == AW_EMPTY)
        return vm_fail(vm_raise(st->vm, &aw_exc_TypeError, "not all arguments converted during %s formatting", st->bytes ? "bytes" : "string"));
    return AW_OK;
}

static void percent_init(PctState *st, AwValue args) {
    if (value_is_instance(args, &aw_type_tuple)) {
        st->arglen = AW_TUPLE(args)->len;
        st->argidx = 0;
    } else {
        st->arglen = -1;
        st->argidx = -2;
    }
    if (is_mapping_arg(st->vm, args, st->bytes)) st->dict = args;
    buf_init(&st->out, st->vm);
}

AwValue str_percent_format(AwVM *vm, AwStr *fmt, AwValue args) {
    PctState st = {.vm = vm, .fmt = fmt, .args = args, .dict = AW_EMPTY};
    percent_init(&st, args);
    if (percent_loop(&st)) { buf_free(&st.out); return AW_ERR; }
    AwStr *r = buf_to_str(&st.out);
    return r ? str_value(r) : AW_ERR;
}

AwValue bytes_percent_format(AwVM *vm, const char *fmt, int64_t len, AwValue args) {
    AwStr *f = str_alloc(vm, len);   /* a byte buffer the parser can walk; never a real str */
    if (!f) return AW_ERR;
    memcpy(f->data, fmt, (size_t)len);
    f->char_len = len;
    PctState st = {.vm = vm, .fmt = f, .args = args, .dict = AW_EMPTY, .bytes = true};
    if (gc_push_root(vm, str_value(f))) return AW_ERR;
    percent_init(&st, args);
    AwStatus r = percent_loop(&st);
    gc_pop_roots(vm, 1);
    if (r) { buf_free(&st.out); return AW_ERR; }
    AwBytes *b = bytes_new(vm, st.out.data, st.out.len);
    buf_free(&st.out);
    return b ? value_from_ptr(b) : AW_ERR;
}

/* ============================ str.format ============================ */

typedef enum { AUTO_INIT, AUTO_AUTO, AUTO_MANUAL } AutoState;

typedef struct {
    AwVM *vm;                /* the interpreter */
    int argc;                /* positional arguments, -1 for format_map (none allowed) */
    const AwValue *argv;     /* the positional arguments */
    AwValue kwargs;          /* the kwargs dict or format_map's mapping, AW_EMPTY if none */
    AutoState auto_state;    /* '{}' vs '{0}' numbering, which cannot be mixed */
    int64_t auto_next;       /* next automatic field number */
} FmtState;

/* A piece of the format string: bytes [start, end) of str. */
typedef struct {
    AwStr *str;              /* the string the piece is in */
    int64_t start;           /* first byte */
    int64_t end;             /* one past the last byte */
} Piece;

/* The parsed replacement field {name!conv:spec}. */
typedef struct {
    Piece name;              /* field name ("0", "x.attr", "a[0]", "") */
    Piece spec;              /* format spec, possibly with nested fields */
    uint32_t conversion;     /* 'r', 's', 'a' or 0 */
    bool spec_nested;        /* the spec contains '{' and must be expanded first */
} Field;

static AwStatus build_string(FmtState *fs, Piece text, int depth, AwBuf *out);

static uint32_t piece_char(Piece *p, int64_t at, int *len) { return str_decode_utf8(p->str->data + at, len); }

static AwStr *piece_str(AwVM *vm, Piece p) { return str_new(vm, p.str->data + p.start, (size_t)(p.end - p.start)); }

/* get_integer: the decimal value of an all-digit piece, -1 when it is not one. */
static AwStatus piece_int(AwVM *vm, Piece p, int64_t *out) {
    *out = -1;
    if (p.start >= p.end) return AW_OK;
    int64_t n = 0;
    for (int64_t i = p.start; i < p.end; i++) {
        char c = p.str->data[i];
        if (c < '0' || c > '9') return AW_OK;
        if (n > (INT64_MAX - 9) / 10)
            return vm_fail(vm_raise(vm, &aw_exc_ValueError, "Too many decimal digits in format string"));
        n = n * 10 + (c - '0');
    }
    *out = n;
    return AW_OK;
}

/* parse_field: after '{', reads name, conversion and spec up to the matching '}'. */
static AwStatus parse_field(AwVM *vm, Piece *rest, Field *f) {
    f->conversion = 0;
    f->spec_nested = false;
    f->spec = (Piece){rest->str, rest->start, rest->start};
    f->name = (Piece){rest->str, rest->start, rest->start};
    uint32_t c = 0;
    int len;
    while (rest->start < rest->end) {
        c = piece_char(rest, rest->start, &len);
        rest->start += len;
        if (c == '{') return vm_fail(vm_raise(vm, &aw_exc_ValueError, "unexpected '{' in field name"));
        if (c == '[') {
            while (rest->start < rest->end && rest->str->data[rest->start] != ']') rest->start++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    f->name.end = rest->start - ((c == '}' || c == ':' || c == '!') ? 1 : 0);
    if (c != '!' && c != ':') {
        if (c != '}') return vm_fail(vm_raise(vm, &aw_exc_ValueError, "expected '}' before end of string"));
        return AW_OK;
    }
    if (c == '!') {
        if (rest->start >= rest->end)
            return vm_fail(vm_raise(vm, &aw_exc_ValueError, "end of string while looking for conversion specifier"));
        f->conversion = piece_char(rest, rest->start, &len);
        rest->start += len;
        if (rest->start < rest->end) {
            c = piece_char(rest, rest->start, &len);
            rest->start += len;
            if (c == '}') return AW_OK;
            if (c != ':') return vm_fail(vm_raise(vm, &aw_exc_ValueError, "expected ':' after conversion specifier"));
        }
    }
    f->spec.start = rest->start;
    int depth = 1;
    while (rest->start < rest->end) {
        char ch = rest->str->data[rest->start++];
        if (ch == '{') { f->spec_nested = true; depth++; }
        else if (ch == '}' && --depth == 0) { f->spec.end = rest->start - 1; return AW_OK; }
    }
    return vm_fail(vm_raise(vm, &aw_exc_ValueError, "unmatched '{' in format spec"));
}

/* field_name_split's numbering rules: '{}' and '{0}' cannot be mixed. */
static AwStatus auto_number(FmtState *fs, bool empty, int64_t *index) {
    if (fs->auto_state == AUTO_INIT) fs->auto_state = empty ? AUTO_AUTO : AUTO_MANUAL;
    if (fs->auto_state == AUTO_MANUAL && empty)
        return vm_fail(vm_raise(fs->vm, &aw_exc_ValueError,
                                "cannot switch from manual field specification to automatic field numbering"));
    if (fs->auto_state == AUTO_AUTO && !empty)
        return vm_fail(vm_raise(fs->vm, &aw_exc_ValueError,
                                "cannot switch from automatic field numbering to manual field specification"));
    if (empty) *index = fs->auto_next++;
    return AW_OK;
}

/* The object the first part of a field name designates: argv[i] or kwargs[name]. */
static AwValue field_first(FmtState *fs, Piece first) {
    AwVM *vm = fs->vm;
    int64_t index;
    if (piece_int(vm, first, &index)) return AW_ERR;
    bool empty = first.start >= first.end;
    if ((empty || index >= 0) && auto_number(fs, empty, &index)) return AW_ERR;
    if (index < 0) {
        AwStr *key = piece_str(vm, first);
        if (!key) return AW_ERR;
        if (fs->kwargs == AW_EMPTY) {
            AwException *e = exception_new(vm, &aw_exc_KeyError, 1, (AwValue[]){str_value(key)});
            return e ? vm_raise_value(vm, value_from_ptr(e)) : AW_ERR;
        }
        return ops_getitem(vm, fs->kwargs, str_value(key));
    }
    if (fs->argc < 0)
        return vm_raise(vm, &aw_exc_ValueError, "Format string contains positional fields");
    if (index >= fs->argc)
        return vm_raise(vm, &aw_exc_IndexError, "Replacement index %lld out of range for positional args tuple",
                        (long long)index);
    return fs->argv[index];
}

/* One ".attr" or "[key]" step of a field name; advances rest. */
static AwValue field_step(FmtState *fs, AwValue obj, Piece *rest) {
    AwVM *vm = fs->vm;
    char kind = rest->str->data[rest->start++];
    Piece name = {rest->str, rest->start, rest->start};
    if (kind == '.') {
        while (rest->start < rest->end && rest->str->data[rest->start] != '.' && rest->str->data[rest->start] != '[')
            rest->start++;
        name.end = rest->start;
    } else if (kind == '[') {
        while (rest->start < rest->end && rest->str->data[rest->start] != ']') rest->start++;
        if (rest->start >= rest->end) return vm_raise(vm, &aw_exc_ValueError, "Missing ']' in format string");
        name.end = rest->start++;
    } else {
        return vm_raise(vm, &aw_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (name.start == name.end) return vm_raise(vm, &aw_exc_ValueError, "Empty attribute in format string");
    AwStr *key = piece_str(vm, name);
    if (!key) return AW_ERR;
    if (kind == '.') {
        AwStr *attr = str_intern_str(vm, key);
        return attr ? ops_getattr(vm, obj, attr) : AW_ERR;
    }
    int64_t index;
    if (piece_int(vm, name, &index)) return AW_ERR;
    return ops_getitem(vm, obj, index >= 0 ? int_from_i64(vm, index) : str_value(key));
}

/* get_field_object: resolves a whole field name. The first part ends at '.' or '['. */
static AwValue field_object(FmtState *fs, Piece name) {
    Piece first = {name.str, name.start, name.start};
    while (first.end < name.end && name.str->data[first.end] != '.' && name.str->data[first.end] != '[') first.end++;
    AwValue obj = field_first(fs, first);
    Piece rest = {name.str, first.end, name.end};
    while (obj != AW_ERR && rest.start < rest.end) obj = field_step(fs, obj, &rest);
    return obj;
}

static AwValue convert(AwVM *vm, AwValue obj, uint32_t conversion) {
    switch (conversion) {
    case 0: return obj;
    case 'r': return ops_repr(vm, obj);
    case 's': return ops_str(vm, obj);
    case 'a': return ops_ascii(vm, obj);
    default:
        if (conversion > 32 && conversion < 127)
            return vm_raise(vm, &aw_exc_ValueError, "Unknown conversion specifier %c", (char)conversion);
        return vm_raise(vm, &aw_exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conversion);
    }
}

/* The spec as a str, expanding nested fields ('{:{width}}') one level deeper. */
static AwValue field_spec(FmtState *fs, Field *f, int depth) {
    if (!f->spec_nested) {
        AwStr *s = piece_str(fs->vm, f->spec);
        return s ? str_value(s) : AW_ERR;
    }
    AwBuf b;
    buf_init(&b, fs->vm);
    if (build_string(fs, f->spec, depth - 1, &b)) { buf_free(&b); return AW_ERR; }
    AwStr *s = buf_to_str(&b);
    return s ? str_value(s) : AW_ERR;
}

/* output_markup: resolve, convert, expand the spec, format, append. */
static AwStatus output_field(FmtState *fs, Field *f, int depth, AwBuf *out) {
    AwVM *vm = fs->vm;
    AwValue obj = field_object(fs, f->name);
    if (obj != AW_ERR) obj = convert(vm, obj, f->conversion);
    if (obj == AW_ERR) return AW_ERROR;
    /* format(x, '') is str(x) for the built-in scalar types: skip the __format__ call. */
    AwType *t = type_of(obj);
    if (f->spec.start == f->spec.end &&
        (t == &aw_type_str || t == &aw_type_int || t == &aw_type_float || t == &aw_type_bool))
        return buf_append_str_of(out, obj);
    if (gc_push_root(vm, obj)) return AW_ERROR;
    AwValue spec = field_spec(fs, f, depth);
    AwValue r = spec == AW_ERR ? AW_ERR : ops_format(vm, obj, spec);
    gc_pop_roots(vm, 1);
    if (r == AW_ERR) return AW_ERROR;
    AwStr *s = str_unwrap(r);
    return buf_append(out, s->data, (size_t)s->byte_len);
}

/* MarkupIterator: literal text with '{{' '}}' escapes, then a field if one follows. */
static AwStatus build_string(FmtState *fs, Piece text, int depth, AwBuf *out) {
    AwVM *vm = fs->vm;
    if (depth <= 0) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "Max string recursion exceeded"));
    const char *data = text.str->data;
    while (text.start < text.end) {
        int64_t start = text.start;
        char c = 0;
        while (text.start < text.end) {
            c = data[text.start++];
            if (c == '{' || c == '}') break;
            c = 0;
        }
        bool end = text.start >= text.end;
        int64_t len = text.start - start;
        if (c == '}' && (end || data[text.start] != '}'))
            return vm_fail(vm_raise(vm, &aw_exc_ValueError, "Single '}' encountered in format string"));
        if (end && c == '{')
            return vm_fail(vm_raise(vm, &aw_exc_ValueError, "Single '{' encountered in format string"));
        bool markup = c != 0;
        if (!end && c) {
            if (data[text.start] == c) { text.start++; markup = false; }
            else len--;
        }
        if (buf_append(out, data + start, (size_t)len)) return AW_ERROR;
        if (!markup) continue;
        Field f;
        if (parse_field(vm, &text, &f) || output_field(fs, &f, depth, out)) return AW_ERROR;
    }
    return AW_OK;
}

AwValue str_format(AwVM *vm, AwStr *fmt, int argc, const AwValue *argv, AwValue mapping) {
    FmtState fs = {.vm = vm, .argc = argc, .argv = argv, .kwargs = mapping, .auto_state = AUTO_INIT};
    AwBuf out;
    buf_init(&out, vm);
    if (build_string(&fs, (Piece){fmt, 0, fmt->byte_len}, 2, &out)) { buf_free(&out); return AW_ERR; }
    AwStr *r = buf_to_str(&out);
    return r ? str_value(r) : AW_ERR;
}
