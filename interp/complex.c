/* complex.c — the complex type, a port of CPython 3.11's Objects/complexobject.c.
 *
 * Arithmetic uses CPython's own algorithms rather than C99 complex arithmetic (which handles
 * infinities differently): the textbook product, Smith's quotient, and for powers exact
 * repeated squaring when the exponent is an integer of magnitude <= 100 (c_powi), else the
 * polar form. int and float operands become complex numbers with a zero imaginary part first,
 * so 2 * (inf+1j) gives CPython's NaNs. Errors follow complex_pow's errno protocol.
 */
#include "interp/complex.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <strings.h>
#include "interp/args.h"
#include "interp/class.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/format.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

/* Exponents with a magnitude up to this use repeated multiplication (CPython's c_powi). */
#define INT_EXPONENT_LIMIT 100
/* CPython's _PyHASH_IMAG: hash = hash(real) + IMAG_MULTIPLIER * hash(imag). */
#define IMAG_MULTIPLIER 1000003ULL

typedef struct {
    double real;   /* real part */
    double imag;   /* imaginary part */
} Cplx;

static const Cplx c_one = {1.0, 0.0};

/* ---- construction ---- */

static AwValue new_of_type(AwVM *vm, AwType *type, double real, double imag) {
    AwComplex *c = (AwComplex *)gc_new(vm, type, type->instance_size);
    if (!c) return AW_ERR;
    c->real = real;
    c->imag = imag;
    return value_from_ptr(c);
}

AwValue complex_new(AwVM *vm, double real, double imag) { return new_of_type(vm, &aw_type_complex, real, imag); }

static AwValue from_cplx(AwVM *vm, Cplx z) { return complex_new(vm, z.real, z.imag); }

static Cplx value_cplx(AwValue v) { return (Cplx){complex_of(v)->real, complex_of(v)->imag}; }

/* CPython's to_complex: an operand of complex arithmetic (int, float or complex). *found is
 * false (nothing raised) for other types; huge ints raise OverflowError. */
static AwStatus operand(AwVM *vm, AwValue v, Cplx *out, bool *found) {
    *found = true;
    out->imag = 0.0;
    if (complex_check(v)) {
        *out = value_cplx(v);
        return AW_OK;
    }
    if (float_check(v)) {
        out->real = float_value(v);
        return AW_OK;
    }
    if (int_check(v)) return int_to_double(vm, v, &out->real);
    *found = false;
    return AW_OK;
}

/* ---- arithmetic (CPython's _Py_c_* functions) ---- */

static Cplx c_sum(Cplx a, Cplx b) { return (Cplx){a.real + b.real, a.imag + b.imag}; }
static Cplx c_diff(Cplx a, Cplx b) { return (Cplx){a.real - b.real, a.imag - b.imag}; }

static Cplx c_prod(Cplx a, Cplx b) {
    return (Cplx){a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

/* Smith's algorithm: divide through by the larger of |b.real|, |b.imag| to avoid spurious
 * overflow. Division by zero sets errno to EDOM. */
static Cplx c_quot(Cplx a, Cplx b) {
    double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            errno = EDOM;
            return (Cplx){0.0, 0.0};
        }
        double ratio = b.imag / b.real, denom = b.real + b.imag * ratio;
        return (Cplx){(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
    }
    if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag, denom = b.real * ratio + b.imag;
        return (Cplx){(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
    }
    return (Cplx){NAN, NAN}; /* a NaN in b */
}

/* The polar-form power; a zero base with a negative or complex exponent sets EDOM. */
static Cplx c_pow(Cplx a, Cplx b) {
    if (b.real == 0.0 && b.imag == 0.0) return c_one;
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) errno = EDOM;
        return (Cplx){0.0, 0.0};
    }
    double vabs = hypot(a.real, a.imag), len = pow(vabs, b.real);
    double at = atan2(a.imag, a.real), phase = at * b.real;
    if (b.imag != 0.0) {
        len /= exp(at * b.imag);
        phase += b.imag * log(vabs);
    }
    return (Cplx){len * cos(phase), len * sin(phase)};
}

/* x ** n for n >= 0 by binary powering, in CPython's order of products. */
static Cplx c_powu(Cplx x, long n) {
    Cplx r = c_one, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

static Cplx c_powi(Cplx x, long n) {
    return n > 0 ? c_powu(x, n) : c_quot(c_one, c_powu(x, -n));
}

static AwValue power(AwVM *vm, Cplx a, Cplx b) {
    errno = 0;
    bool small_int = b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= INT_EXPONENT_LIMIT;
    Cplx p = small_int ? c_powi(a, (long)b.real) : c_pow(a, b);
    if (isinf(p.real) || isinf(p.imag)) { /* Py_ADJUST_ERANGE2 */
        if (errno == 0) errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM) return vm_raise(vm, &aw_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (errno == ERANGE) return vm_raise(vm, &aw_exc_OverflowError, "complex exponentiation");
    return from_cplx(vm, p);
}

AwValue complex_pow_parts(AwVM *vm, double a_real, double a_imag, double b_real, double b_imag) {
    return power(vm, (Cplx){a_real, a_imag}, (Cplx){b_real, b_imag});
}

/* a op b, or AW_NOTIMPL for operators complex does not have (// % << ...). */
static AwValue arith(AwVM *vm, Cplx a, Cplx b, int op) {
    switch (op) {
    case AW_BINOP_ADD: return from_cplx(vm, c_sum(a, b));
    case AW_BINOP_SUB: return from_cplx(vm, c_diff(a, b));
    case AW_BINOP_MUL: return from_cplx(vm, c_prod(a, b));
    case AW_BINOP_TRUEDIV: {
        errno = 0;
        Cplx q = c_quot(a, b);
        if (errno == EDOM) return vm_raise(vm, &aw_exc_ZeroDivisionError, "complex division by zero");
        return from_cplx(vm, q);
    }
    case AW_BINOP_POW: return power(vm, a, b);
    default: return AW_NOTIMPL;
    }
}

/* a op b where `a` or `b` is a complex number (the slots' contract). */
static AwValue binary_values(AwVM *vm, AwValue a, AwValue b, int op) {
    Cplx x, y;
    bool found_a, found_b;
    if (operand(vm, a, &x, &found_a) || operand(vm, b, &y, &found_b)) return AW_ERR;
    if (!found_a || !found_b) return AW_NOTIMPL;
    return arith(vm, x, y, op);
}

static AwValue complex_binary_slot(AwVM *vm, AwValue a, AwValue b, AwBinOp op) { return binary_values(vm, a, b, op); }

bool complex_fold(AwVM *vm, AwValue a, int op, AwValue b, AwValue *out) {
    if (!complex_check(a) && !complex_check(b)) return false;
    if (op != AW_BINOP_ADD && op != AW_BINOP_SUB && op != AW_BINOP_MUL && op != AW_BINOP_TRUEDIV) return false;
    AwValue r = binary_values(vm, a, b, op);
    if (r == AW_ERR) vm_exc_clear(vm);
    if (r == AW_ERR || r == AW_NOTIMPL) return false;
    *out = r;
    return true;
}

static AwValue negate(AwVM *vm, AwValue v) { return complex_new(vm, -complex_of(v)->real, -complex_of(v)->imag); }

static AwValue complex_unary(AwVM *vm, AwValue a, AwUnaryOp op) {
    if (op == AW_UNARY_NEG) return negate(vm, a);
    if (op == AW_UNARY_POS) return complex_new(vm, complex_of(a)->real, complex_of(a)->imag);
    return vm_raise(vm, &aw_exc_TypeError, "bad operand type for unary ~: '%s'", ops_type_name(a));
}

/* CPython's _Py_c_abs: an infinite part wins over a NaN; overflow is an error. */
static AwValue absolute(AwVM *vm, AwValue v) {
    double re = complex_of(v)->real, im = complex_of(v)->imag;
    if (isinf(re)) return value_from_double(fabs(re));
    if (isinf(im)) return value_from_double(fabs(im));
    if (isnan(re) || isnan(im)) return value_from_double(NAN);
    double r = hypot(re, im);
    if (isinf(r)) return vm_raise(vm, &aw_exc_OverflowError, "absolute value too large");
    return value_from_double(r);
}

static int complex_truth(AwVM *vm, AwValue self) { return complex_of(self)->real != 0.0 || complex_of(self)->imag != 0.0; }

/* ---- comparison and hashing ---- */

/* Only == and != exist; an int is compared exactly with the real part. */
static AwValue complex_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if (op != AW_CMP_EQ && op != AW_CMP_NE) return AW_NOTIMPL;
    Cplx x = value_cplx(a);
    bool equal;
    if (int_check(b)) equal = x.imag == 0.0 && int_compare_double(b, x.real) == 0;
    else if (float_check(b)) equal = x.real == float_value(b) && x.imag == 0.0;
    else if (complex_check(b)) equal = x.real == complex_of(b)->real && x.imag == complex_of(b)->imag;
    else return AW_NOTIMPL;
    return value_from_bool(equal == (op == AW_CMP_EQ));
}

static int64_t hash_parts(double real, double imag) {
    uint64_t combined = (uint64_t)float_hash(real) + IMAG_MULTIPLIER * (uint64_t)float_hash(imag);
    int64_t h = (int64_t)combined;
    return h == -1 ? -2 : h;
}

static AwStatus complex_hash_slot(AwVM *vm, AwValue self, int64_t *out) {
    *out = hash_parts(complex_of(self)->real, complex_of(self)->imag);
    return AW_OK;
}

/* ---- text ---- */

/* repr of one part in CPython's 'r' mode without ".0"; with_sign adds '+' to non-negatives. */
static size_t part_repr(double d, bool with_sign, char *out) {
    size_t n = 0;
    char tmp[64];
    size_t len = float_to_string(d, 'r', 0, 0, tmp);
    if (with_sign && tmp[0] != '-') out[n++] = '+';
    memcpy(out + n, tmp, len + 1);
    return n + len;
}

/* "1j", "(1+2j)", "(-0-1j)": parentheses unless the real part is +0.0. */
static AwValue repr_parts(AwVM *vm, double real, double imag) {
    char buf[160];
    size_t n = 0;
    if (real == 0.0 && !signbit(real)) {
        n = part_repr(imag, false, buf);
        buf[n++] = 'j';
    } else {
        buf[n++] = '(';
        n += part_repr(real, false, buf + n);
        n += part_repr(imag, true, buf + n);
        buf[n++] = 'j';
        buf[n++] = ')';
    }
    AwStr *s = str_new(vm, buf, n);
    return s ? str_value(s) : AW_ERR;
}

static AwValue complex_repr_slot(AwVM *vm, AwValue self) { return repr_parts(vm, complex_of(self)->real, complex_of(self)->imag); }

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* The end of the longest float literal at s as CPython's _PyOS_ascii_strtod reads it
 * ([sign] digits[.digits][e[sign]digits] | [sign] inf | infinity | nan), or s itself. */
static const char *scan_float(const char *s) {
    const char *p = s + (*s == '+' || *s == '-');
    if (strncasecmp(p, "inf", 3) == 0) return p + (strncasecmp(p, "infinity", 8) == 0 ? 8 : 3);
    if (strncasecmp(p, "nan", 3) == 0) return p + 3;
    bool digits = false;
    while (is_digit(*p)) p++, digits = true;
    if (*p == '.') {
        p++;
        while (is_digit(*p)) p++, digits = true;
    }
    if (!digits) return s;
    if (*p == 'e' || *p == 'E') {
        const char *e = p + 1;
        e += *e == '+' || *e == '-';
        if (is_digit(*e)) {
            while (is_digit(*e)) e++;
            p = e;
        }
    }
    return p;
}

/* Reads a float at *s; false when there is none. The text is writable: the character after
 * the literal is swapped for a NUL while strtod reads it. */
static bool read_float(char **s, double *out) {
    char *end = (char *)scan_float(*s);
    if (end == *s) return false;
    char saved = *end;
    *end = '\0';
    *out = float_strtod(*s);
    *end = saved;
    *s = end;
    return true;
}

/* CPython's complex_from_string_inner: <float>, <float>j, <float><signed-float>j, plus the
 * old forms <float><sign>j, <sign>j and j, optionally in parentheses with spaces around. */
static bool parse_complex(char *s, size_t len, double *real, double *imag) {
    const char *start = s;
    bool bracket = false;
    double x = 0.0, y = 0.0, z;
    while (is_space(*s)) s++;
    if (*s == '(') {
        bracket = true;
        s++;
        while (is_space(*s)) s++;
    }
    if (read_float(&s, &z)) {
        if (*s == '+' || *s == '-') {
            x = z;
            if (!read_float(&s, &y)) y = *s++ == '+' ? 1.0 : -1.0;
            if (*s != 'j' && *s != 'J') return false;
            s++;
        } else if (*s == 'j' || *s == 'J') {
            s++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (*s == '+' || *s == '-') y = *s++ == '+' ? 1.0 : -1.0;
        else y = 1.0;
        if (*s != 'j' && *s != 'J') return false;
        s++;
    }
    while (is_space(*s)) s++;
    if (bracket) {
        if (*s != ')') return false;
        s++;
        while (is_space(*s)) s++;
    }
    *real = x;
    *imag = y;
    return (size_t)(s - start) == len;
}

/* Removes underscores that sit between digits (CPython's _Py_string_to_number_with_underscores);
 * false when one is misplaced. */
static bool strip_underscores(char *s, size_t *len) {
    char prev = '\0';
    size_t n = 0;
    for (size_t i = 0; i < *len; i++) {
        char c = s[i];
        if (c == '_') {
            if (!is_digit(prev)) return false;
        } else {
            if (prev == '_' && !is_digit(c)) return false;
            s[n++] = c;
        }
        prev = c;
    }
    if (prev == '_' || strlen(s) < *len) return false;
    s[n] = '\0';
    *len = n;
    return true;
}

static AwValue from_string(AwVM *vm, AwType *type, AwValue text) {
    AwStr *str = AW_STR(text);
    size_t cap = (size_t)str->byte_len + 1;
    char *buf = gc_alloc(vm, cap);
    if (!buf) return AW_ERR;
    size_t n = int_number_to_ascii(str->data, (size_t)str->byte_len, buf);
    buf[n] = '\0';
    double real = 0.0, imag = 0.0;
    bool underscores = memchr(buf, '_', n) != NULL;
    bool stripped = !underscores || strip_underscores(buf, &n);
    bool ok = stripped && parse_complex(buf, n, &real, &imag);
    gc_free(vm, buf, cap);
    if (ok) return new_of_type(vm, type, real, imag);
    if (stripped) return vm_raise(vm, &aw_exc_ValueError, "complex() arg is a malformed string");
    AwValue r = ops_repr(vm, text);
    if (r == AW_ERR) return AW_ERR;
    return vm_raise(vm, &aw_exc_ValueError, "could not convert string to complex: %s", AW_STR(r)->data);
}

/* ---- conversions ---- */

/* CPython's try_complex_special_method: v.__complex__() checked, as a Cplx. *found is false
 * (nothing raised) when v has no __complex__. */
static AwStatus call_complex_hook(AwVM *vm, AwValue v, Cplx *out, bool *found) {
    *found = true;
    if (value_is_type(v, &aw_type_complex)) {
        *out = value_cplx(v);
        return AW_OK;
    }
    AwStr *name = str_intern_cstr(vm, "__complex__");
    if (!name) return AW_ERROR;
    AwValue r = vm_call_dunder(vm, v, name, 0, NULL);
    if (r == AW_ERR) return AW_ERROR;
    if (r == AW_EMPTY) {
        *found = false;
        return AW_OK;
    }
    if (!complex_check(r))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__complex__ returned non-complex (type %s)", ops_type_name(r)));
    if (type_of(r) != &aw_type_complex &&
        exception_warn_strict_subclass(vm, "__complex__", "complex", r))
        return AW_ERROR;
    *out = value_cplx(r);
    return AW_OK;
}

AwStatus complex_coerce(AwVM *vm, AwValue v, double *real, double *imag) {
    Cplx z;
    bool found;
    if (call_complex_hook(vm, v, &z, &found)) return AW_ERROR;
    if (!found) {
        z.imag = 0.0;
        if (float_coerce(vm, v, &z.real)) return AW_ERROR;
    }
    *real = z.real;
    *imag = z.imag;
    return AW_OK;
}

/* A number complex() accepts: CPython checks for nb_float, nb_index or a complex. */
static bool is_number(AwVM *vm, AwValue v) {
    if (int_check(v) || float_check(v) || complex_check(v)) return true;
    AwType *t = type_of(v);
    return type_lookup(t, AW_NAME(vm, __float__)) != AW_EMPTY || type_lookup(t, AW_NAME(vm, __index__)) != AW_EMPTY;
}

/* One argument of complex(real, imag) as a Cplx: complex numbers keep both parts, other
 * numbers go through __float__/__index__. */
static AwStatus number_part(AwVM *vm, AwValue v, Cplx *out, bool *is_complex) {
    *is_complex = complex_check(v);
    if (*is_complex) {
        *out = value_cplx(v);
        return AW_OK;
    }
    out->imag = 0.0;
    return float_coerce(vm, v, &out->real);
}

/* complex(real=0, imag=0) with CPython 3.11's complex_new_impl rules. */
static AwValue complex_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"real", "imag", NULL};
    AwValue a[2];
    if (args_parse(vm, "complex", argc, argv, kwnames, names, 0, 2, a)) return AW_ERR;
    AwValue r = a[0] == AW_EMPTY ? value_from_small(0) : a[0], i = a[1];
    if (value_is_type(r, &aw_type_complex) && i == AW_EMPTY && type == &aw_type_complex) return r;
    if (value_is_instance(r, &aw_type_str)) {
        if (i != AW_EMPTY) return vm_raise(vm, &aw_exc_TypeError, "complex() can't take second arg if first is a string");
        return from_string(vm, type, r);
    }
    if (i != AW_EMPTY && value_is_instance(i, &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "complex() second arg can't be a string");
    Cplx cr, ci = {0.0, 0.0};
    bool found, cr_is_complex = false, ci_is_complex = false;
    if (call_complex_hook(vm, r, &cr, &found)) return AW_ERR;
    if (found) cr_is_complex = true;
    else if (!is_number(vm, r))
        return vm_raise(vm, &aw_exc_TypeError, "complex() first argument must be a string or a number, not '%s'", ops_type_name(r));
    if (i != AW_EMPTY && !is_number(vm, i))
        return vm_raise(vm, &aw_exc_TypeError, "complex() second argument must be a number, not '%s'", ops_type_name(i));
    if (!found && number_part(vm, r, &cr, &cr_is_complex)) return AW_ERR;
    if (i == AW_EMPTY) ci.real = cr.imag;
    else if (number_part(vm, i, &ci, &ci_is_complex)) return AW_ERR;
    if (ci_is_complex) cr.real -= ci.imag;
    if (cr_is_complex && i != AW_EMPTY) ci.real += cr.imag;
    return new_of_type(vm, type, cr.real, ci.real);
}

/* ---- methods ---- */

static AwValue bad_self(AwVM *vm, const char *name, AwValue self) {
    return vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' requires a 'complex' object but received a '%s'", name,
                    ops_type_name(self));
}

#define CHECK_SELF(name, lo, hi)                                                                       \
    do {                                                                                               \
        if (argc < 1 || !complex_check(argv[0])) return bad_self(vm, name, argc ? argv[0] : AW_NONE);  \
        if (args_no_kwargs(vm, name, kwnames) || args_count(vm, name, argc - 1, lo, hi)) return AW_ERR; \
    } while (0)

static AwValue complex_m_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc < 1 || !value_is_instance(argv[0], &aw_type_type))
        return vm_raise(vm, &aw_exc_TypeError, "complex.__new__(X): X is not a type object");
    AwType *type = (AwType *)value_as_ptr(argv[0]);
    if (!type_is_subtype(type, &aw_type_complex))
        return vm_raise(vm, &aw_exc_TypeError, "complex.__new__(%s): %s is not a subtype of complex", type_name(type),
                        type_name(type));
    return complex_new_slot(vm, type, argc - 1, argv + 1, kwnames);
}

static AwValue dunder_binary(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames, const char *name, AwBinOp op,
                             bool reflected) {
    CHECK_SELF(name, 1, op == AW_BINOP_POW ? 2 : 1);
    if (argc == 3 && argv[2] != AW_NONE) return vm_raise(vm, &aw_exc_ValueError, "complex modulo");
    return reflected ? binary_values(vm, argv[1], argv[0], op) : binary_values(vm, argv[0], argv[1], op);
}

#define COMPLEX_BINARY_DUNDERS(X) \
    X(add, AW_BINOP_ADD) X(sub, AW_BINOP_SUB) X(mul, AW_BINOP_MUL) X(truediv, AW_BINOP_TRUEDIV) X(pow, AW_BINOP_POW)

#define DEFINE_DUNDERS(n, op)                                                            \
    static AwValue complex_m_##n(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {  \
        return dunder_binary(vm, argc, argv, kw, "__" #n "__", op, false);               \
    }                                                                                    \
    static AwValue complex_m_r##n(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { \
        return dunder_binary(vm, argc, argv, kw, "__r" #n "__", op, true);               \
    }
COMPLEX_BINARY_DUNDERS(DEFINE_DUNDERS)
#undef DEFINE_DUNDERS

static AwValue compare_dunder(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames, const char *name, AwCmpOp op) {
    CHECK_SELF(name, 1, 1);
    return complex_compare(vm, argv[0], argv[1], op);
}

#define COMPLEX_COMPARE_DUNDERS(X) \
    X(lt, AW_CMP_LT) X(le, AW_CMP_LE) X(eq, AW_CMP_EQ) X(ne, AW_CMP_NE) X(gt, AW_CMP_GT) X(ge, AW_CMP_GE)
#define DEFINE_COMPARE(n, op)                                                            \
    static AwValue complex_m_##n(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { \
        return compare_dunder(vm, argc, argv, kw, "__" #n "__", op);                     \
    }
COMPLEX_COMPARE_DUNDERS(DEFINE_COMPARE)
#undef DEFINE_COMPARE

static AwValue complex_m_neg(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__neg__", 0, 0);
    return negate(vm, argv[0]);
}

/* +z, conjugate() and __complex__() of an exact complex may return it; of a subclass, a copy. */
static AwValue exact_copy(AwVM *vm, AwValue v, double imag_sign) {
    if (value_is_type(v, &aw_type_complex) && imag_sign > 0) return v;
    return complex_new(vm, complex_of(v)->real, imag_sign * complex_of(v)->imag);
}

static AwValue complex_m_pos(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__pos__", 0, 0);
    return exact_copy(vm, argv[0], 1.0);
}

static AwValue complex_m_complex(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__complex__", 0, 0);
    return exact_copy(vm, argv[0], 1.0);
}

static AwValue complex_m_conjugate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("conjugate", 0, 0);
    return exact_copy(vm, argv[0], -1.0);
}

static AwValue complex_m_abs(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__abs__", 0, 0);
    return absolute(vm, argv[0]);
}

static AwValue complex_m_bool(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__bool__", 0, 0);
    return value_from_bool(complex_truth(vm, argv[0]));
}

static AwValue complex_m_hash(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__hash__", 0, 0);
    return int_from_i64(vm, hash_parts(complex_of(argv[0])->real, complex_of(argv[0])->imag));
}

static AwValue complex_m_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__repr__", 0, 0);
    return complex_repr_slot(vm, argv[0]);
}

static AwValue complex_m_format(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__format__", 1, 1);
    if (!value_is_instance(argv[1], &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "__format__() argument must be str, not %s", ops_type_name(argv[1]));
    if (AW_STR(argv[1])->byte_len == 0) return ops_str(vm, argv[0]);
    return format_complex(vm, complex_of(argv[0])->real, complex_of(argv[0])->imag, AW_STR(argv[1]));
}

static AwValue complex_m_getnewargs(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__getnewargs__", 0, 0);
    AwValue parts[2] = {value_from_double(complex_of(argv[0])->real), value_from_double(complex_of(argv[0])->imag)};
    AwTuple *t = tuple_from(vm, 2, parts);
    return t ? value_from_ptr(t) : AW_ERR;
}

static AwValue complex_get_real(AwVM *vm, AwValue self) { return value_from_double(complex_of(self)->real); }
static AwValue complex_get_imag(AwVM *vm, AwValue self) { return value_from_double(complex_of(self)->imag); }

static const AwMethodDef complex_methods[] = {
#define METHOD_ENTRIES(n, op) {"__" #n "__", complex_m_##n, 0}, {"__r" #n "__", complex_m_r##n, 0},
    COMPLEX_BINARY_DUNDERS(METHOD_ENTRIES)
#undef METHOD_ENTRIES
#define COMPARE_ENTRIES(n, op) {"__" #n "__", complex_m_##n, 0},
    COMPLEX_COMPARE_DUNDERS(COMPARE_ENTRIES)
#undef COMPARE_ENTRIES
    {"__new__", complex_m_new, AW_METH_STATIC},
    {"__neg__", complex_m_neg, 0},
    {"__pos__", complex_m_pos, 0},
    {"__abs__", complex_m_abs, 0},
    {"__bool__", complex_m_bool, 0},
    {"__hash__", complex_m_hash, 0},
    {"__repr__", complex_m_repr, 0},
    {"__format__", complex_m_format, 0},
    {"__complex__", complex_m_complex, 0},
    {"__getnewargs__", complex_m_getnewargs, 0},
    {"conjugate", complex_m_conjugate, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef complex_getsets[] = {
    {"real", complex_get_real, NULL},
    {"imag", complex_get_imag, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_complex = {
    .name = "complex",
    .base = &aw_type_object,
    .flags = AW_TYPE_BASETYPE,
    .instance_size = sizeof(AwComplex),
    .methods = complex_methods,
    .getsets = complex_getsets,
    .repr = complex_repr_slot,
    .hash = complex_hash_slot,
    .compare = complex_compare,
    .binary = complex_binary_slot,
    .rbinary = complex_binary_slot,
    .unary = complex_unary,
    .truth = complex_truth,
    .new_ = complex_new_slot,
};
