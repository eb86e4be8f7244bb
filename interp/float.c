/* float.c — the float type: repr, parsing, hashing, arithmetic and methods, as CPython 3.11.
 *
 * Text: repr is the shortest string that round-trips (found by trying 1..17 significant digits
 * with snprintf/strtod, both correctly rounded in glibc), laid out exactly as CPython's
 * format_float_short (float_to_string, which format.c also uses for 'e', 'f', 'g' and '%').
 * Conversions go through the C locale whatever the process locale is.
 *
 * Values: floats are immediates; instances of user subclasses of float are heap objects with
 * the AwFloatObject layout (float.h). Operations accept both and return plain floats.
 */
#include <errno.h>
#include <float.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "interp/float.h"
#include "interp/args.h"
#include "interp/class.h"
#include "interp/bytes.h"
#include "interp/complex.h"
#include "interp/exception.h"
#include "interp/format.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

uint64_t aw_nan_serial;   /* value.h: the last NaN identity handed out */

/* Digits of the exact decimal expansion of a double never go past this many places after the
 * point (2**-1074 has 1074), so longer precisions only append zeros. */
#define MAX_EXACT_PLACES 1100

/* ---- C-locale conversions ---- */

static double c_strtod(const char *s, char **end) {
#ifdef LC_ALL_MASK
    static locale_t c_locale;
    if (!c_locale) c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    if (c_locale) return strtod_l(s, end, c_locale);
#endif
    return strtod(s, end);
}

double float_strtod(const char *s) { return c_strtod(s, NULL); }

/* Splits snprintf's "%e" or "%f" output of a non-negative finite value into significant
 * digits (no leading or trailing zeros; "0" for zero) and decpt: value = 0.DIGITS * 10**decpt.
 * Any character other than a digit or the exponent is taken as the decimal point, so a
 * locale's ',' does no harm. Returns the number of digits. */
static int split_digits(const char *text, char *digits, int *decpt) {
    int n = 0, point = -1, exponent = 0;
    const char *p = text;
    for (; *p && *p != 'e' && *p != 'E'; p++) {
        if (*p >= '0' && *p <= '9') digits[n++] = *p;
        else point = n;
    }
    if (*p) exponent = atoi(p + 1);
    if (point < 0) point = n;
    int lead = 0;
    while (lead < n && digits[lead] == '0') lead++;
    if (lead == n) {
        digits[0] = '0';
        *decpt = 1;
        return 1;
    }
    memmove(digits, digits + lead, (size_t)(n - lead));
    n -= lead;
    while (n > 1 && digits[n - 1] == '0') n--;
    *decpt = point - lead + exponent;
    return n;
}

/* At a power of two the round-trip interval is twice as wide above d as below, so when the
 * nearest prec-digit decimal (text, below d) fails, the one a unit above may still read back as
 * d. Writes it into out (48 bytes) when it does. */
static bool next_up_round_trips(const char *text, int prec, double d, char *out) {
    char digits[48], work[24];
    int decpt;
    int n = split_digits(text, digits, &decpt);
    memset(work, '0', sizeof work);
    memcpy(work, digits, (size_t)n);
    int i = prec - 1;
    while (i >= 0 && work[i] == '9') work[i--] = '0';
    if (i < 0) { /* 0.999 -> 0.100 * 10 */
        work[0] = '1';
        decpt++;
    } else {
        work[i]++;
    }
    char cand[48];
    snprintf(cand, sizeof cand, "0.%.*se%d", prec, work, decpt);
    if (c_strtod(cand, NULL) != d) return false;
    memcpy(out, cand, strlen(cand) + 1);
    return true;
}

/* The nearest p-digit decimal of d (as "D.DDDe+X" in out), derived from its nearest 17-digit
 * form without another printf: rounding the 17 digits again only goes wrong when the dropped
 * tail is exactly half a unit (it may have been rounded to that), and then printf decides. */
static void nearest_digits(double d, const char *digits17, int exp10, int p, char *out, size_t size) {
    char work[20];
    memcpy(work, digits17, 17);
    bool half = work[p] == '5';
    for (int i = p + 1; i < 17 && half; i++) half = work[i] == '0';
    if (half) {
        snprintf(out, size, "%.*e", p - 1, d);
        return;
    }
    if (work[p] >= '5') { /* round up, carrying */
        int i = p - 1;
        while (i >= 0 && work[i] == '9') work[i--] = '0';
        if (i < 0) {
            work[0] = '1';
            exp10++;
        } else {
            work[i]++;
        }
    }
    snprintf(out, size, "%c.%.*se%+d", work[0], p - 1, work + 1, exp10);
}

/* Fast path for the many doubles with a short exact decimal form (0.1, 2.5, 1234.56): the
 * first k for which m = round(d * 10**k) < 2**53 reads back as d (m / 10**k is correctly
 * rounded since both are exact doubles) gives the shortest digits. Only for 1e-5 <= d < 2**53
 * and not at powers of two (where the nearest candidate is not always the one to pick).
 * Returns the digit count, or 0 when the caller must take the general path. */
static int short_digits(double d, char *digits, int *decpt) {
    static const double pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (!(d >= 1e-5 && d < 9007199254740992.0)) return 0;
    for (int k = 0; k <= 22; k++) {
        double scaled = d * pow10[k];
        if (scaled >= 9007199254740992.0) return 0;
        double m = nearbyint(scaled);
        if (m / pow10[k] != d || fabs(fma(d, pow10[k], -m)) >= 0.5) continue;
        char tmp[24];
        int n = 0, start = 24;
        for (uint64_t u = (uint64_t)m; u; u /= 10) tmp[--start] = (char)('0' + u % 10), n++;
        *decpt = n - k;
        while (n > 1 && tmp[start + n - 1] == '0') n--; /* strip trailing zeros */
        memcpy(digits, tmp + start, (size_t)n);
        return n;
    }
    return 0;
}

/* The shortest digits that read back as d (d finite, > 0), CPython's repr mode: among the
 * shortest candidates, the nearest (as dtoa picks). For normal doubles, a shortest form with
 * k <= 15 digits is always the nearest 15-digit decimal with zeros stripped (the double's
 * rounding interval is narrower than the 15-digit grid), so only 15, 16 and 17 digits are
 * tried, all from one printf of 17 digits. Subnormals, whose interval can be wide, try 1..17. */
static int shortest_digits(double d, char *digits, int *decpt) {
    char buf[48];
    int fast = frexp(d, decpt) == 0.5 ? 0 : short_digits(d, digits, decpt);
    if (fast) return fast;
    int exponent;
    bool power_of_two = frexp(d, &exponent) == 0.5;
    if (d < DBL_MIN) {
        for (int prec = 1; prec <= 17; prec++) {
            snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
            double back = c_strtod(buf, NULL);
            if (back == d) break;
            if (power_of_two && prec < 17 && back < d && next_up_round_trips(buf, prec, d, buf)) break;
        }
        return split_digits(buf, digits, decpt);
    }
    char s17[48], digits17[20];
    snprintf(s17, sizeof s17, "%.16e", d);
    int n = 0;
    const char *p = s17;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') digits17[n++] = *p;
    int exp10 = atoi(p + 1);
    for (int prec = 15; prec <= 16; prec++) {
        nearest_digits(d, digits17, exp10, prec, buf, sizeof buf);
        double back = c_strtod(buf, NULL);
        if (back == d) return split_digits(buf, digits, decpt);
        if (power_of_two && back < d && next_up_round_trips(buf, prec, d, buf)) return split_digits(buf, digits, decpt);
    }
    return split_digits(s17, digits, decpt);
}

/* 'f' digits without printf when d * 10**precision is below 2**53 and not within a hair of a
 * tie: m = nearbyint(d * 10**p) is then the correctly rounded result (fma gives the residual
 * of the exact product). Returns the digit count, or 0 to use printf. */
static int fixed_digits_fast(double d, int precision, char *digits, int *decpt) {
    static const double pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};
    if (precision < 0 || precision > 12) return 0;
    double scaled = d * pow10[precision];
    if (!(scaled < 4503599627370496.0)) return 0; /* 2**52: the residual below is then exact */
    double m = nearbyint(scaled);
    double residual = fabs(fma(d, pow10[precision], -m));
    if (residual > 0.4999999 || m == 0.0) return 0;
    char tmp[24];
    int n = 0, start = 24;
    for (uint64_t u = (uint64_t)m; u; u /= 10) tmp[--start] = (char)('0' + u % 10), n++;
    *decpt = n - precision;
    while (n > 1 && tmp[start + n - 1] == '0') n--;
    memcpy(digits, tmp + start, (size_t)n);
    return n;
}

/* The significant digits of d for type ('e', 'f', 'g', 'r') and precision, as dtoa's modes. */
static int float_digits(double d, char type, int precision, char *digits, int *decpt) {
    char buf[MAX_EXACT_PLACES + 400];
    if (d == 0.0) {
        digits[0] = '0';
        *decpt = 1;
        return 1;
    }
    switch (type) {
    case 'r': return shortest_digits(d, digits, decpt);
    case 'f': {
        int n = fixed_digits_fast(d, precision, digits, decpt);
        if (n) return n;
        snprintf(buf, sizeof buf, "%.*f", precision < MAX_EXACT_PLACES ? precision : MAX_EXACT_PLACES, d);
        break;
    }
    default: /* 'e' and 'g': precision significant digits */
        snprintf(buf, sizeof buf, "%.*e", (precision < 800 ? precision : 800) - 1, d);
        break;
    }
    return split_digits(buf, digits, decpt);
}

static char *put_zeros(char *p, int n) {
    for (int i = 0; i < n; i++) *p++ = '0';
    return p;
}

/* CPython's format_float_short: lays out digits/decpt in fixed or exponent notation. For 'e',
 * precision counts all significant digits (the caller adds one). */
static size_t layout(char *out, const char *digits, int ndigits, int decpt, bool negative, char type,
                     int precision, int flags, bool upper) {
    char *p = out;
    bool alt = flags & AW_DTOS_ALT, add_dot_0 = flags & AW_DTOS_ADD_DOT_0, use_exp = false;
    int vdigits_end = ndigits, exponent = 0;
    if (negative) *p++ = '-';
    switch (type) {
    case 'e': use_exp = true; vdigits_end = precision; break;
    case 'f': vdigits_end = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
        if (alt) vdigits_end = precision;
        break;
    default: /* 'r' */
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    if (use_exp) {
        exponent = decpt - 1;
        decpt = 1;
    }
    int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0) vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    else vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
    if (decpt <= 0) {
        p = put_zeros(p, decpt - vdigits_start);
        *p++ = '.';
        p = put_zeros(p, -decpt);
    } else {
        p = put_zeros(p, -vdigits_start);
    }
    if (0 < decpt && decpt <= ndigits) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(ndigits - decpt));
        p += ndigits - decpt;
    } else {
        memcpy(p, digits, (size_t)ndigits);
        p += ndigits;
    }
    if (ndigits < decpt) {
        p = put_zeros(p, decpt - ndigits);
        *p++ = '.';
        p = put_zeros(p, vdigits_end - decpt);
    } else {
        p = put_zeros(p, vdigits_end - ndigits);
    }
    if (p[-1] == '.' && !alt) p--;
    if (use_exp) {
        *p++ = upper ? 'E' : 'e';
        p += sprintf(p, "%+.02d", exponent);
    }
    *p = '\0';
    return (size_t)(p - out);
}

size_t float_to_string_size(int precision) { return (size_t)(precision > 0 ? precision : 0) + 340; }

size_t float_to_string(double d, char type, int precision, int flags, char *out) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (upper) type = (char)(type - 'A' + 'a');
    if (isnan(d)) return (size_t)sprintf(out, upper ? "NAN" : "nan");
    if (isinf(d)) return (size_t)sprintf(out, "%s%s", d < 0 ? "-" : "", upper ? "INF" : "inf");
    if (type == 'e') precision++;
    if (type == 'g' && precision == 0) precision = 1;
    char digits[MAX_EXACT_PLACES + 400];
    int decpt;
    int n = float_digits(fabs(d), type, precision, digits, &decpt);
    bool negative = signbit(d) != 0;
    if ((flags & AW_DTOS_NO_NEG_0) && n == 1 && digits[0] == '0') negative = false;
    return layout(out, digits, n, decpt, negative, type, precision, flags, upper);
}

size_t float_repr_buf(double d, char *buf, size_t size) {
    char tmp[64];
    size_t n = float_to_string(d, 'r', 0, AW_DTOS_ADD_DOT_0, tmp);
    if (n >= size) n = size - 1;
    memcpy(buf, tmp, n);
    buf[n] = '\0';
    return n;
}

AwValue float_repr_value(AwVM *vm, double d) {
    char buf[64];
    size_t n = float_repr_buf(d, buf, sizeof buf);
    AwStr *s = str_new(vm, buf, n);
    return s ? str_value(s) : AW_ERR;
}

static AwValue float_repr_slot(AwVM *vm, AwValue self) { return float_repr_value(vm, float_value(self)); }

/* ---- text -> float ---- */

static bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Removes underscores from s in place, as CPython's _Py_string_to_number_with_underscores:
 * each must sit between two digits. Returns the new length, or -1 if one is misplaced. */
static long strip_underscores(char *s, size_t len) {
    char prev = '\0';
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '_') {
            if (!is_digit(prev)) return -1;
        } else {
            if (prev == '_' && !is_digit(c)) return -1;
            s[n++] = c;
        }
        prev = c;
    }
    if (prev == '_') return -1;
    s[n] = '\0';
    return (long)n;
}

/* True if s is a float literal float() accepts: [sign] (inf | infinity | nan | decimal). */
static bool is_float_syntax(const char *s) {
    if (*s == '+' || *s == '-') s++;
    if (strcasecmp(s, "inf") == 0 || strcasecmp(s, "infinity") == 0 || strcasecmp(s, "nan") == 0) return true;
    bool digits = false;
    while (is_digit(*s)) s++, digits = true;
    if (*s == '.') {
        s++;
        while (is_digit(*s)) s++, digits = true;
    }
    if (!digits) return false;
    if (*s == 'e' || *s == 'E') {
        s++;
        if (*s == '+' || *s == '-') s++;
        if (!is_digit(*s)) return false;
        while (is_digit(*s)) s++;
    }
    return *s == '\0';
}

/* Parses normalised ASCII text; false when it is not a float literal. */
static bool parse_float_ascii(char *s, size_t len, double *out) {
    char *p = s, *end = s + len;
    while (p < end && is_ascii_space(*p)) p++;
    while (end > p && is_ascii_space(end[-1])) end--;
    *end = '\0';
    if (memchr(p, '_', (size_t)(end - p)) && strip_underscores(p, (size_t)(end - p)) < 0) return false;
    if (!is_float_syntax(p)) return false;
    *out = c_strtod(p, NULL); /* overflow gives inf and underflow 0, as CPython */
    return true;
}

/* float(text) for a str or bytes value; the error shows repr(text). */
static AwValue float_from_text_value(AwVM *vm, AwValue text) {
    bool is_str = value_is_instance(text, &aw_type_str);
    const char *s;
    int64_t blen;
    if (is_str) s = AW_STR(text)->data, blen = AW_STR(text)->byte_len;
    else bytes_view(text, &s, &blen);
    size_t len = (size_t)blen;
    char stack[256];
    char *buf = len + 1 <= sizeof stack ? stack : gc_alloc(vm, len + 1);
    if (!buf) return AW_ERR;
    size_t n = len;
    if (is_str) n = int_number_to_ascii(s, len, buf);
    else memcpy(buf, s, len);
    buf[n] = '\0';
    double d;
    bool ok = !memchr(buf, '\0', n) && parse_float_ascii(buf, n, &d);
    if (buf != stack) gc_free(vm, buf, len + 1);
    if (ok) return value_from_double(d);
    AwValue r = ops_repr(vm, text);
    if (r == AW_ERR) return AW_ERR;
    return vm_raise(vm, &aw_exc_ValueError, "could not convert string to float: %s", AW_STR(r)->data);
}

AwValue float_from_string(AwVM *vm, const char *s, size_t len) {
    AwStr *text = str_new(vm, s, len);
    return text ? float_from_text_value(vm, str_value(text)) : AW_ERR;
}

/* ---- conversions ---- */

AwStatus float_as_double(AwVM *vm, AwValue v, double *out) {
    if (float_check(v)) {
        *out = float_value(v);
        return AW_OK;
    }
    if (int_check(v)) return int_to_double(vm, v, out);
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "must be real number, not %s", ops_type_name(v)));
}

/* __float__ of an object: AW_EMPTY when it has none, else a float value (checked). */
static AwValue call_float_hook(AwVM *vm, AwValue v) {
    AwValue r = vm_call_dunder(vm, v, AW_NAME(vm, __float__), 0, NULL);
    if (r == AW_ERR || r == AW_EMPTY) return r;
    if (!float_check(r))
        return vm_raise(vm, &aw_exc_TypeError, "%s.__float__ returned non-float (type %s)", ops_type_name(v), ops_type_name(r));
    char hook[80];
    if (!value_is_float(r)) snprintf(hook, sizeof hook, "%.50s.__float__", ops_type_name(v));
    if (!value_is_float(r) && exception_warn_strict_subclass(vm, hook, "float", r))
        return AW_ERR;
    return r;
}

/* __index__ of an object: AW_EMPTY when it has none, else an int. */
static AwValue call_index_hook(AwVM *vm, AwValue v) {
    AwValue r = vm_call_dunder(vm, v, AW_NAME(vm, __index__), 0, NULL);
    if (r == AW_ERR || r == AW_EMPTY) return r;
    if (!int_check(r)) return vm_raise(vm, &aw_exc_TypeError, "__index__ returned non-int (type %s)", ops_type_name(r));
    return r;
}

/* PyFloat_AsDouble; *found is false (nothing raised) when v has no conversion. */
static AwStatus coerce_double(AwVM *vm, AwValue v, double *out, bool *found) {
    *found = true;
    if (float_check(v)) {
        *out = float_value(v);
        return AW_OK;
    }
    if (int_check(v)) return int_to_double(vm, v, out);
    AwValue r = call_float_hook(vm, v);
    if (r == AW_ERR) return AW_ERROR;
    if (r != AW_EMPTY) {
        *out = float_value(r);
        return AW_OK;
    }
    r = call_index_hook(vm, v);
    if (r == AW_ERR) return AW_ERROR;
    if (r != AW_EMPTY) return int_to_double(vm, r, out);
    *found = false;
    return AW_OK;
}

AwStatus float_coerce(AwVM *vm, AwValue v, double *out) {
    bool found;
    if (coerce_double(vm, v, out, &found)) return AW_ERROR;
    if (!found) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "must be real number, not %s", ops_type_name(v)));
    return AW_OK;
}

/* ---- hashing and comparison ---- */

/* CPython's _Py_HashDouble: integral values hash as the equal int; others reduce the exact
 * binary value modulo 2**61 - 1. NaN hashes to 0 (CPython uses the object's identity). */
int64_t float_hash(double d) {
    const uint64_t modulus = ((uint64_t)1 << 61) - 1;
    const int bits = 61;
    if (!isfinite(d)) return isinf(d) ? (d > 0 ? 314159 : -314159) : 0;
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & modulus) | x >> (bits - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= modulus) x -= modulus;
    }
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
    x = ((x << e) & modulus) | x >> (bits - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static AwStatus float_hash_slot(AwVM *vm, AwValue self, int64_t *out) {
    *out = float_hash(float_value(self));
    return AW_OK;
}

static bool outcome(int c, AwCmpOp op) {
    if (c == 2) return op == AW_CMP_NE;
    switch (op) {
    case AW_CMP_LT: return c < 0;
    case AW_CMP_LE: return c <= 0;
    case AW_CMP_EQ: return c == 0;
    case AW_CMP_NE: return c != 0;
    case AW_CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

/* a is a float; b a float or an int (compared exactly, never through a rounded double). */
static AwValue float_richcompare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    double x = float_value(a);
    int c;
    if (float_check(b)) {
        double y = float_value(b);
        c = (isnan(x) || isnan(y)) ? 2 : (x > y) - (x < y);
    } else if (int_check(b)) {
        c = int_compare_double(b, x);
        if (c != 2) c = -c;
    } else {
        return AW_NOTIMPL;
    }
    return value_from_bool(outcome(c, op));
}

/* ---- arithmetic ---- */

static bool is_odd_integer(double y) { return fmod(fabs(y), 2.0) == 1.0; }

/* CPython's float_pow, special cases first. A negative base with a fractional exponent
 * gives a complex number, as complex ** complex. */
static AwValue float_pow(AwVM *vm, double x, double y) {
    if (y == 0) return value_from_double_fast(1.0);
    if (isnan(x)) return value_from_double(x);
    if (isnan(y)) return value_from_double(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) return value_from_double_fast(1.0);
        return value_from_double_fast((y > 0.0) == (ax > 1.0) ? fabs(y) : 0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0.0) return value_from_double_fast(odd ? x : fabs(x));
        return value_from_double_fast(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0.0) return vm_raise(vm, &aw_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return value_from_double_fast(is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0.0) {
        if (y != floor(y)) return complex_pow_parts(vm, x, 0.0, y, 0.0);
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) return value_from_double_fast(negate ? -1.0 : 1.0);
    double r = pow(x, y);
    if (isinf(r)) return vm_raise(vm, &aw_exc_OverflowError, "(34, 'Numerical result out of range')");
    return value_from_double(negate ? -r : r);
}

/* CPython's float_divmod: floor quotient and remainder with the sign of b. */
static void divmod_parts(double vx, double wx, double *floordiv, double *mod) {
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    if (div) {
        double f = floor(div);
        if (div - f > 0.5) f += 1.0;
        div = f;
    } else {
        div = copysign(0.0, vx / wx);
    }
    *floordiv = div;
    *mod = m;
}

AwValue float_binary_op(AwVM *vm, double a, double b, AwBinOp op) {
    double q, r;
    if (op >= AW_BINOP_INPLACE) op -= AW_BINOP_INPLACE;
    switch (op) {
    case AW_BINOP_ADD: return value_from_double(a + b);
    case AW_BINOP_SUB: return value_from_double(a - b);
    case AW_BINOP_MUL: return value_from_double(a * b);
    case AW_BINOP_TRUEDIV:
        if (b == 0.0) return vm_raise(vm, &aw_exc_ZeroDivisionError, "float division by zero");
        return value_from_double(a / b);
    case AW_BINOP_FLOORDIV:
        if (b == 0.0) return vm_raise(vm, &aw_exc_ZeroDivisionError, "float floor division by zero");
        divmod_parts(a, b, &q, &r);
        return value_from_double(q);
    case AW_BINOP_MOD:
        if (b == 0.0) return vm_raise(vm, &aw_exc_ZeroDivisionError, "float modulo");
        r = fmod(a, b);
        if (r) {
            if ((b < 0) != (r < 0)) r += b;
        } else {
            r = copysign(0.0, b);
        }
        return value_from_double(r);
    case AW_BINOP_POW: return float_pow(vm, a, b);
    default: {
        static const char *const symbols[] = {"<<", ">>", "&", "|", "^", "@"};
        int i = op - AW_BINOP_LSHIFT;
        return vm_raise(vm, &aw_exc_TypeError, "unsupported operand type(s) for %s: 'float' and 'float'",
                        i >= 0 && i < 6 ? symbols[i] : "?");
    }
    }
}

AwValue float_divmod_pair(AwVM *vm, double a, double b) {
    if (b == 0.0) return vm_raise(vm, &aw_exc_ZeroDivisionError, "float divmod()");
    double q, r;
    divmod_parts(a, b, &q, &r);
    AwTuple *t = tuple_pack2(vm, value_from_double(q), value_from_double(r));
    return t ? value_from_ptr(t) : AW_ERR;
}

/* An operand of a float operation: floats and ints (ints convert, OverflowError when huge). */
static AwStatus operand(AwVM *vm, AwValue v, double *out, bool *ok) {
    *ok = true;
    if (float_check(v)) {
        *out = float_value(v);
        return AW_OK;
    }
    if (int_check(v)) return int_to_double(vm, v, out);
    *ok = false;
    return AW_OK;
}

static bool float_has_op(AwBinOp op) { return op <= AW_BINOP_POW; }

static AwValue float_binary_slot(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    double x = float_value(a), y;
    bool ok;
    if (!float_has_op(op)) return AW_NOTIMPL;
    if (operand(vm, b, &y, &ok)) return AW_ERR;
    return ok ? float_binary_op(vm, x, y, op) : AW_NOTIMPL;
}

static AwValue float_rbinary_slot(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    double x, y = float_value(b);
    bool ok;
    if (!float_has_op(op)) return AW_NOTIMPL;
    if (operand(vm, a, &x, &ok)) return AW_ERR;
    return ok ? float_binary_op(vm, x, y, op) : AW_NOTIMPL;
}

static AwValue float_unary(AwVM *vm, AwValue a, AwUnaryOp op) {
    double x = float_value(a);
    if (op == AW_UNARY_NEG) return value_from_double(-x);
    if (op == AW_UNARY_POS) return value_from_double(x);
    return vm_raise(vm, &aw_exc_TypeError, "bad operand type for unary ~: '%s'", ops_type_name(a));
}

static int float_truth(AwVM *vm, AwValue self) { return float_value(self) != 0.0; }

/* ---- rounding ---- */

AwValue float_round_to_int(AwVM *vm, double x) {
    double r = round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0); /* halfway: to even */
    return int_from_double(vm, r);
}

/* round(x, -k) for k >= 1: the nearest multiple of 10**k, ties to even, computed exactly on
 * the integer part (the fraction only matters to break an exact tie). */
static AwValue round_to_tens(AwVM *vm, double x, int k) {
    double ax = fabs(x), ip = floor(ax);
    mpz_t n, p, rem;
    mpz_init_set_d(n, ip);
    mpz_init(p);
    mpz_init(rem);
    mpz_ui_pow_ui(p, 10, (unsigned long)k);
    mpz_fdiv_qr(n, rem, n, p);
    mpz_mul_2exp(rem, rem, 1);
    int c = mpz_cmp(rem, p);
    if (c > 0 || (c == 0 && (ax > ip || mpz_odd_p(n)))) mpz_add_ui(n, n, 1);
    mpz_mul(n, n, p);
    AwValue iv = int_from_mpz(vm, n);
    mpz_clear(n);
    mpz_clear(p);
    mpz_clear(rem);
    if (iv == AW_ERR) return AW_ERR;
    double r;
    if (int_to_double(vm, iv, &r)) {
        vm_exc_clear(vm);
        return vm_raise(vm, &aw_exc_OverflowError, "rounded value too large to represent");
    }
    return value_from_double(copysign(r, x));
}

AwValue float_round(AwVM *vm, double x, int64_t ndigits) {
    const int ndigits_max = (int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const int ndigits_min = -(int)((DBL_MAX_EXP + 1) * 0.30103);
    if (!isfinite(x) || ndigits > ndigits_max) return value_from_double(x);
    if (ndigits < ndigits_min) return value_from_double(0.0 * x);
    if (ndigits < 0) return round_to_tens(vm, x, (int)-ndigits);
    char buf[DBL_MAX_10_EXP + 400];
    snprintf(buf, sizeof buf, "%.*f", (int)ndigits, x); /* exact decimal rounding, half-even */
    for (char *p = buf; *p; p++)
        if (*p != '-' && !is_digit(*p)) *p = '.'; /* a locale's decimal comma */
    return value_from_double(c_strtod(buf, NULL));
}

/* ---- the constructor ---- */

static AwValue new_float_of_type(AwVM *vm, AwType *type, double d) {
    if (type == &aw_type_float) return value_from_double(d);
    AwFloatObject *f = (AwFloatObject *)gc_new(vm, type, type->instance_size);
    if (!f) return AW_ERR;
    f->value = d;
    return value_from_ptr(f);
}

/* An instance whose class defines __float__ itself (a subclass of int, float or str too): float()
 * calls it first (CPython's PyNumber_Float), where other conversions read the value directly. */
static bool own_float_hook(AwVM *vm, AwValue x) {
    if (!(type_of(x)->flags & AW_TYPE_HEAP)) return false;
    AwType *owner = type_lookup_owner(type_of(x), AW_NAME(vm, __float__));
    return owner && (owner->flags & AW_TYPE_HEAP);
}

/* CPython names a buffer exporter's repr (not its bytes) when they do not parse. */
static AwValue bad_buffer_text(AwVM *vm, AwValue x) {
    vm_exc_clear(vm);
    AwValue rep = ops_repr(vm, x);
    if (rep == AW_ERR) return AW_ERR;
    return vm_raise(vm, &aw_exc_ValueError, "could not convert string to float: %s", AW_STR(rep)->data);
}

/* float(x=0.0, /) */
static AwValue float_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    bool kw_refused = type == &aw_type_float || class_init_is_object(vm, type);
    if ((kw_refused && args_no_kwargs(vm, "float", kwnames)) || args_count(vm, "float", argc, 0, 1)) return AW_ERR;
    double d = 0.0;
    /* float(x) of a float is x itself, so a NaN keeps its identity (float(nan) is nan). */
    if (argc == 1 && type == &aw_type_float && value_is_float(argv[0])) return argv[0];
    if (argc == 1) {
        AwValue x = argv[0];
        const char *data;
        int64_t len;
        if (own_float_hook(vm, x)) {
            AwValue r = call_float_hook(vm, x);
            if (r == AW_ERR) return AW_ERR;
            d = float_value(r);
        } else if (value_is_instance(x, &aw_type_str) || bytes_view(x, &data, &len)) {
            AwValue r = float_from_text_value(vm, x);
            if (r == AW_ERR) return AW_ERR;
            d = value_as_double(r);
        } else {
            bool found;
            if (coerce_double(vm, x, &d, &found)) return AW_ERR;
            AwValue exported = found ? AW_EMPTY : bytes_from_export(vm, x);   /* array.array: its bytes as text */
            if (exported == AW_ERR) return AW_ERR;
            if (exported != AW_EMPTY) {
                AwValue r = float_from_text_value(vm, exported);
                if (r == AW_ERR) return vm_exc_matches(vm, &aw_exc_ValueError) ? bad_buffer_text(vm, x) : AW_ERR;
                d = value_as_double(r);
            } else if (!found)
                return vm_raise(vm, &aw_exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                                ops_type_name(x));
        }
    }
    return new_float_of_type(vm, type, d);
}

/* float.__new__(cls, x=0.0): what a subclass's __new__ reaches through super(). */
static AwValue float_m_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc < 1 || !value_is_instance(argv[0], &aw_type_type))
        return vm_raise(vm, &aw_exc_TypeError, "float.__new__(X): X is not a type object");
    AwType *type = (AwType *)value_as_ptr(argv[0]);
    if (!type_is_subtype(type, &aw_type_float))
        return vm_raise(vm, &aw_exc_TypeError, "float.__new__(%s): %s is not a subtype of float", type_name(type), type_name(type));
    return float_new(vm, type, argc - 1, argv + 1, kwnames);
}

/* ---- methods ---- */

static AwValue bad_self(AwVM *vm, const char *name, AwValue self) {
    return vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' requires a 'float' object but received a '%s'", name, ops_type_name(self));
}

#define CHECK_SELF(name, lo, hi)                                                                    \
    do {                                                                                            \
        if (argc < 1 || !float_check(argv[0])) return bad_self(vm, name, argc ? argv[0] : AW_NONE); \
        if (args_no_kwargs(vm, name, kwnames) || args_count(vm, name, argc - 1, lo, hi)) return AW_ERR; \
    } while (0)

/* The binary dunders: the other operand may be a float or an int, else NotImplemented. */
static AwValue dunder_binary(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames, const char *name,
                             AwBinOp op, bool reflected) {
    CHECK_SELF(name, 1, op == AW_BINOP_POW ? 2 : 1);
    double x = float_value(argv[0]), y;
    bool ok;
    if (argc == 3 && argv[2] != AW_NONE)
        return vm_raise(vm, &aw_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (operand(vm, argv[1], &y, &ok)) return AW_ERR;
    if (!ok) return AW_NOTIMPL;
    return reflected ? float_binary_op(vm, y, x, op) : float_binary_op(vm, x, y, op);
}

#define FLOAT_BINARY_DUNDERS(X) \
    X(add, AW_BINOP_ADD) X(sub, AW_BINOP_SUB) X(mul, AW_BINOP_MUL) X(truediv, AW_BINOP_TRUEDIV) \
    X(floordiv, AW_BINOP_FLOORDIV) X(mod, AW_BINOP_MOD) X(pow, AW_BINOP_POW)

#define DEFINE_DUNDERS(n, op)                                                                        \
    static AwValue float_m_##n(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {               \
        return dunder_binary(vm, argc, argv, kw, "__" #n "__", op, false);                            \
    }                                                                                                \
    static AwValue float_m_r##n(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {              \
        return dunder_binary(vm, argc, argv, kw, "__r" #n "__", op, true);                            \
    }
FLOAT_BINARY_DUNDERS(DEFINE_DUNDERS)
#undef DEFINE_DUNDERS

static AwValue divmod_dunder(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames, bool reflected) {
    CHECK_SELF(reflected ? "__rdivmod__" : "__divmod__", 1, 1);
    double x = float_value(argv[0]), y;
    bool ok;
    if (operand(vm, argv[1], &y, &ok)) return AW_ERR;
    if (!ok) return AW_NOTIMPL;
    return reflected ? float_divmod_pair(vm, y, x) : float_divmod_pair(vm, x, y);
}
static AwValue float_m_divmod(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return divmod_dunder(vm, argc, argv, kw, false); }
static AwValue float_m_rdivmod(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return divmod_dunder(vm, argc, argv, kw, true); }

static AwValue compare_dunder(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames, const char *name, AwCmpOp op) {
    CHECK_SELF(name, 1, 1);
    return float_richcompare(vm, argv[0], argv[1], op);
}

#define FLOAT_COMPARE_DUNDERS(X) \
    X(lt, AW_CMP_LT) X(le, AW_CMP_LE) X(eq, AW_CMP_EQ) X(ne, AW_CMP_NE) X(gt, AW_CMP_GT) X(ge, AW_CMP_GE)
#define DEFINE_COMPARE(n, op)                                                          \
    static AwValue float_m_##n(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { \
        return compare_dunder(vm, argc, argv, kw, "__" #n "__", op);                   \
    }
FLOAT_COMPARE_DUNDERS(DEFINE_COMPARE)
#undef DEFINE_COMPARE

static AwValue float_m_neg(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__neg__", 0, 0);
    return value_from_double(-float_value(argv[0]));
}

static AwValue float_m_pos(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__pos__", 0, 0);
    return value_from_double(float_value(argv[0]));
}

static AwValue float_m_abs(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__abs__", 0, 0);
    return value_from_double(fabs(float_value(argv[0])));
}

static AwValue float_m_bool(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__bool__", 0, 0);
    return value_from_bool(float_value(argv[0]) != 0.0);
}

static AwValue float_m_float(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__float__", 0, 0);
    return value_from_double(float_value(argv[0]));
}

static AwValue float_m_trunc(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__trunc__", 0, 0);
    return int_from_double(vm, float_value(argv[0]));
}

static AwValue float_m_floor(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__floor__", 0, 0);
    return int_from_double(vm, floor(float_value(argv[0])));
}

static AwValue float_m_ceil(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__ceil__", 0, 0);
    return int_from_double(vm, ceil(float_value(argv[0])));
}

/* __round__(ndigits=None): an int without ndigits, else a float. */
static AwValue float_m_round(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__round__", 0, 1);
    double x = float_value(argv[0]);
    if (argc == 1 || argv[1] == AW_NONE) return float_round_to_int(vm, x);
    AwValue nd = ops_index(vm, argv[1]);
    if (nd == AW_ERR) return AW_ERR;
    int64_t n;
    if (int_to_i64(vm, nd, &n)) { /* clamp, as PyNumber_AsSsize_t(o, NULL) */
        vm_exc_clear(vm);
        n = int_sign(nd) > 0 ? INT64_MAX : INT64_MIN;
    }
    return float_round(vm, x, n);
}

static AwValue float_m_hash(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__hash__", 0, 0);
    return int_from_i64(vm, float_hash(float_value(argv[0])));
}

static AwValue float_m_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__repr__", 0, 0);
    return float_repr_value(vm, float_value(argv[0]));
}

static AwValue float_m_format(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__format__", 1, 1);
    if (!value_is_instance(argv[1], &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "__format__() argument must be str, not %s", ops_type_name(argv[1]));
    if (AW_STR(argv[1])->byte_len == 0 && !value_is_float(argv[0])) return ops_str(vm, argv[0]);
    return format_float(vm, float_value(argv[0]), AW_STR(argv[1]));
}

static AwValue float_m_is_integer(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("is_integer", 0, 0);
    double x = float_value(argv[0]);
    return value_from_bool(isfinite(x) && floor(x) == x);
}

static AwValue float_m_as_integer_ratio(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("as_integer_ratio", 0, 0);
    double x = float_value(argv[0]);
    if (isinf(x)) return vm_raise(vm, &aw_exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return vm_raise(vm, &aw_exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    AwValue n = int_from_mpz(vm, num), d = n == AW_ERR ? AW_ERR : int_from_mpz(vm, den);
    mpz_clear(num);
    mpz_clear(den);
    if (d == AW_ERR) return AW_ERR;
    AwTuple *t = tuple_pack2(vm, n, d);
    return t ? value_from_ptr(t) : AW_ERR;
}

static AwValue float_m_hex(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("hex", 0, 0);
    double x = float_value(argv[0]);
    char out[64];
    if (!isfinite(x)) return float_repr_value(vm, x);
    if (x == 0.0) snprintf(out, sizeof out, "%s0x0.0p+0", signbit(x) ? "-" : "");
    else {
        int e;
        double m = frexp(fabs(x), &e);
        int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
        m = ldexp(m, shift);
        e -= shift;
        char digits[20];
        int n = 0;
        digits[n++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
        digits[n++] = '.';
        for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
            m *= 16.0;
            digits[n++] = "0123456789abcdef"[(int)m];
            m -= (int)m;
        }
        digits[n] = '\0';
        snprintf(out, sizeof out, "%s0x%sp%c%d", x < 0 ? "-" : "", digits, e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
    AwStr *s = str_from_cstr(vm, out);
    return s ? str_value(s) : AW_ERR;
}

static bool is_hex_digit(char c) { return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

/* Checks float.fromhex syntax and rewrites it as a C hex float ("0x" always present). */
static bool hex_to_c_syntax(const char *s, size_t len, char *out) {
    const char *p = s, *end = s + len;
    char *o = out;
    while (p < end && is_ascii_space(*p)) p++;
    while (end > p && is_ascii_space(end[-1])) end--;
    if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
    size_t rest = (size_t)(end - p);
    if ((rest == 3 && strncasecmp(p, "inf", 3) == 0) || (rest == 8 && strncasecmp(p, "infinity", 8) == 0) ||
        (rest == 3 && strncasecmp(p, "nan", 3) == 0)) {
        memcpy(o, p, rest);
        o[rest] = '\0';
        return true;
    }
    if (rest >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
    *o++ = '0';
    *o++ = 'x';
    bool digits = false;
    while (p < end && is_hex_digit(*p)) *o++ = *p++, digits = true;
    if (p < end && *p == '.') {
        *o++ = *p++;
        while (p < end && is_hex_digit(*p)) *o++ = *p++, digits = true;
    }
    if (!digits) return false;
    if (p < end && (*p | 0x20) == 'p') {
        *o++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
        if (p == end || !is_digit(*p)) return false;
        while (p < end && is_digit(*p)) *o++ = *p++;
    }
    *o = '\0';
    return p == end;
}

static int hex_value(char c) { return is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10; }

/* The value of hex_to_c_syntax's output ("[+-]0xH[.H][p[+-]D]"), correctly rounded (half to
 * even) at every magnitude: glibc's strtod misrounds some subnormals, CPython does not. The top
 * 16 significant digits go to a uint64, the rest only to a sticky bit. */
static double hex_parse(const char *p) {
    bool neg = *p == '-';
    if (*p == '+' || *p == '-') p++;
    p += 2;
    uint64_t m = 0;
    int taken = 0;
    int64_t exp2 = 0;
    bool sticky = false, frac = false;
    for (; *p && (*p | 0x20) != 'p'; p++) {
        if (*p == '.') { frac = true; continue; }
        int d = hex_value(*p);
        if (frac) exp2 -= 4;
        if (taken == 0 && d == 0) continue;
        if (taken < 16) m = m << 4 | (uint64_t)d, taken++;
        else exp2 += 4, sticky |= d != 0;
    }
    if (*p) {
        p++;
        bool eneg = *p == '-';
        if (*p == '+' || *p == '-') p++;
        int64_t e = 0;
        for (; *p; p++) if (e < ((int64_t)1 << 40)) e = e * 10 + (*p - '0');
        exp2 += eneg ? -e : e;
    }
    if (m == 0) return neg ? -0.0 : 0.0;
    int nb = 64 - __builtin_clzll(m);
    int64_t top = exp2 + nb - 1;   /* the value lies in [2**top, 2**(top+1)) */
    if (top > 1024) return neg ? -HUGE_VAL : HUGE_VAL;
    int64_t keep = top >= -1022 ? 53 : top + 1075;   /* subnormals keep bits down to 2**-1074 */
    int64_t shift = nb - keep;
    if (shift <= 0) return ldexp(neg ? -(double)m : (double)m, (int)exp2);
    uint64_t q = shift >= 64 ? 0 : m >> shift;
    bool half = shift - 1 < 64 && (m >> (shift - 1) & 1);
    bool rest = sticky || (shift - 1 > 0 && (shift - 1 >= 64 ? m != 0 : (m & (((uint64_t)1 << (shift - 1)) - 1)) != 0));
    if (half && (rest || (q & 1))) q++;
    double d = ldexp((double)q, (int)(exp2 + shift));
    return neg ? -d : d;
}

/* float.fromhex(string) — a classmethod. */
static AwValue float_m_fromhex(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "fromhex", kwnames) || args_count(vm, "fromhex", argc - 1, 1, 1)) return AW_ERR;
    if (!value_is_instance(argv[1], &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "fromhex() argument must be str, not %s", ops_type_name(argv[1]));
    AwStr *s = AW_STR(argv[1]);
    char *buf = gc_alloc(vm, (size_t)s->byte_len + 8);
    if (!buf) return AW_ERR;
    bool ok = hex_to_c_syntax(s->data, (size_t)s->byte_len, buf);
    bool special = ok && !is_digit(buf[buf[0] == '+' || buf[0] == '-']);
    double d = !ok ? 0.0 : special ? c_strtod(buf, NULL) : hex_parse(buf);
    gc_free(vm, buf, (size_t)s->byte_len + 8);
    if (!ok) return vm_raise(vm, &aw_exc_ValueError, "invalid hexadecimal floating-point string");
    if (isinf(d) && !special) return vm_raise(vm, &aw_exc_OverflowError, "hexadecimal value too large to represent as a float");
    AwValue r = value_from_double(d);
    if (argv[0] == value_from_ptr(&aw_type_float)) return r;
    return vm_call(vm, argv[0], 1, &r, NULL);
}

static AwValue float_get_real(AwVM *vm, AwValue self) { return value_from_double(float_value(self)); }
static AwValue float_get_imag(AwVM *vm, AwValue self) { return value_from_double_fast(0.0); }

static const AwMethodDef float_methods[] = {
#define METHOD_ENTRIES(n, op) {"__" #n "__", float_m_##n, 0}, {"__r" #n "__", float_m_r##n, 0},
    FLOAT_BINARY_DUNDERS(METHOD_ENTRIES)
#undef METHOD_ENTRIES
#define COMPARE_ENTRIES(n, op) {"__" #n "__", float_m_##n, 0},
    FLOAT_COMPARE_DUNDERS(COMPARE_ENTRIES)
#undef COMPARE_ENTRIES
    {"__new__", float_m_new, AW_METH_STATIC},
    {"__divmod__", float_m_divmod, 0},
    {"__rdivmod__", float_m_rdivmod, 0},
    {"__neg__", float_m_neg, 0},
    {"__pos__", float_m_pos, 0},
    {"__abs__", float_m_abs, 0},
    {"__bool__", float_m_bool, 0},
    {"__float__", float_m_float, 0},
    {"__int__", float_m_trunc, 0},
    {"__trunc__", float_m_trunc, 0},
    {"__floor__", float_m_floor, 0},
    {"__ceil__", float_m_ceil, 0},
    {"__round__", float_m_round, 0},
    {"__hash__", float_m_hash, 0},
    {"__repr__", float_m_repr, 0},
    {"__format__", float_m_format, 0},
    {"conjugate", float_m_float, 0},
    {"is_integer", float_m_is_integer, 0},
    {"as_integer_ratio", float_m_as_integer_ratio, 0},
    {"hex", float_m_hex, 0},
    {"fromhex", float_m_fromhex, AW_METH_CLASS},
    {NULL, NULL, 0},
};

static const AwGetSetDef float_getsets[] = {
    {"real", float_get_real, NULL},
    {"imag", float_get_imag, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_float = {
    .name = "float",
    .base = &aw_type_object,
    .flags = AW_TYPE_BASETYPE,
    .instance_size = sizeof(AwFloatObject),
    .methods = float_methods,
    .getsets = float_getsets,
    .repr = float_repr_slot,
    .hash = float_hash_slot,
    .compare = float_richcompare,
    .binary = float_binary_slot,
    .rbinary = float_rbinary_slot,
    .unary = float_unary,
    .truth = float_truth,
    .new_ = float_new,
};
