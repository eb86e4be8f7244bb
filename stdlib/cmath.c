/* cmath.c — the cmath module: complex versions of the math functions, with CPython 3.11's
 * argument conversion (PyComplex_AsCComplex: complex, __complex__, then anything float()
 * accepts) and error rules.
 *
 * On finite arguments the functions use the overflow- and cancellation-avoiding formulas CPython
 * uses (so results agree to the last bit); on infinities and NaNs they use C99's <complex.h>
 * (glibc follows Annex G, as CPython's special-value tables do), corrected by a short table
 * where CPython chooses other signs. Errors are
 * classified as CPython reports them: a NaN from an argument without NaNs is "math domain
 * error" (ValueError); an infinity from a finite argument is "math range error"
 * (OverflowError), except at the poles of log, log10 and atanh, which are domain errors.
 */
#include <complex.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include "stdlib/modules.h"
#include "interp/args.h"
#include "interp/complex.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/tuple.h"
#include "interp/vm.h"

#ifndef CMPLX
/* glibc defines CMPLX only for compilers with __builtin_complex (not every clang). C11
 * (6.2.5p13) lays a complex out as an array of its real and imaginary parts. */
static inline double complex make_complex(double re, double im) {
    union {
        double complex z;  /* the value */
        double parts[2];   /* its real and imaginary parts */
    } u = {.parts = {re, im}};
    return u.z;
}
#define CMPLX(re, im) make_complex(re, im)
#endif

#define PI 3.141592653589793238462643383279502884197
#define E 2.718281828459045235360287471352662497757
#define LN10 2.302585092994045684017360661800353916

/* How an infinite result from a finite argument is reported. */
typedef enum { ON_INF_RANGE, ON_INF_DOMAIN } InfPolicy;

static bool has_nan(double complex z) { return isnan(creal(z)) || isnan(cimag(z)); }
static bool has_inf(double complex z) { return isinf(creal(z)) || isinf(cimag(z)); }
static bool is_finite(double complex z) { return isfinite(creal(z)) && isfinite(cimag(z)); }

static AwValue domain_error(AwVM *vm) { return vm_raise(vm, &aw_exc_ValueError, "math domain error"); }

/* The argument of a cmath function as a C complex. */
static AwStatus argument(AwVM *vm, AwValue v, double complex *out) {
    double re, im;
    if (complex_coerce(vm, v, &re, &im)) return AW_ERROR;
    *out = CMPLX(re, im);
    return AW_OK;
}

/* f(z) as a complex value, or the error CPython raises for it. */
static AwValue result(AwVM *vm, double complex z, double complex r, InfPolicy on_inf) {
    if (is_finite(z) && has_inf(r)) { /* checked first: exp(1000) is (inf+nanj) before the error */
        if (on_inf == ON_INF_DOMAIN) return domain_error(vm);
        return vm_raise(vm, &aw_exc_OverflowError, "math range error");
    }
    if (!is_finite(z) && has_nan(r) && !has_nan(z)) return domain_error(vm);
    return complex_new(vm, creal(r), cimag(r));
}

/* ---- the functions on finite arguments ----
 * Kahan-style formulations that avoid overflow and cancellation, the ones CPython uses, so
 * the last bits agree; non-finite arguments take the C99 function (Annex G values). */

#define LARGE_DOUBLE (DBL_MAX / 4.0)       /* beyond this, scale to avoid overflow */
#define SQRT_LARGE_DOUBLE 6.703903964971298e+153   /* sqrt(LARGE_DOUBLE) */
#define LOG_LARGE_DOUBLE 708.3964185322641         /* log(LARGE_DOUBLE) */
#define SQRT_DBL_MIN 1.4916681462400413e-154       /* sqrt(DBL_MIN) */
#define SCALE_UP 53                        /* 2 * (DBL_MANT_DIG / 2) + 1 */
#define SCALE_DOWN (-27)                   /* -(SCALE_UP + 1) / 2 */
#define LN2 0.6931471805599453094172321214581766

/* multiplication by i and by -i, exact */
static double complex times_i(double complex z) { return CMPLX(-cimag(z), creal(z)); }
static double complex times_minus_i(double complex z) { return CMPLX(cimag(z), -creal(z)); }

static double complex f_sqrt(double complex z) {
    if (!is_finite(z)) return csqrt(z);
    double x = creal(z), y = cimag(z), ax = fabs(x), ay = fabs(y), s;
    if (x == 0.0 && y == 0.0) return CMPLX(0.0, y);
    if (ax < DBL_MIN && ay < DBL_MIN) { /* scale subnormals up so hypot keeps its precision */
        ax = ldexp(ax, SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    return x >= 0.0 ? CMPLX(s, copysign(d, y)) : CMPLX(d, copysign(s, y));
}

static double complex f_exp(double complex z) {
    if (!is_finite(z)) return cexp(z);
    double x = creal(z), y = cimag(z);
    if (x > LOG_LARGE_DOUBLE) { /* exp(x - 1) * e: finite where exp(x) alone overflows early */
        double l = exp(x - 1.0);
        return CMPLX(l * cos(y) * E, l * sin(y) * E);
    }
    double l = exp(x);
    return CMPLX(l * cos(y), l * sin(y));
}

static double complex f_log(double complex z) {
    if (!is_finite(z)) return clog(z);
    double x = creal(z), y = cimag(z), ax = fabs(x), ay = fabs(y), re;
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        re = log(hypot(ax / 2.0, ay / 2.0)) + LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax == 0.0 && ay == 0.0) return CMPLX(-INFINITY, atan2(y, x));
        re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * LN2;
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) { /* near |z| = 1, log1p keeps the small real part exact */
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            re = log(h);
        }
    }
    return CMPLX(re, atan2(y, x));
}

static double complex f_log10(double complex z) {
    double complex r = f_log(z);
    return CMPLX(creal(r) / LN10, cimag(r) / LN10);
}

static double complex f_sinh(double complex z) {
    if (!is_finite(z)) return csinh(z);
    double x = creal(z), y = cimag(z);
    if (fabs(x) > LOG_LARGE_DOUBLE) {
        double xm1 = x - copysign(1.0, x);
        return CMPLX(cos(y) * sinh(xm1) * E, sin(y) * cosh(xm1) * E);
    }
    return CMPLX(cos(y) * sinh(x), sin(y) * cosh(x));
}

static double complex f_cosh(double complex z) {
    if (!is_finite(z)) return ccosh(z);
    double x = creal(z), y = cimag(z);
    if (fabs(x) > LOG_LARGE_DOUBLE) {
        double xm1 = x - copysign(1.0, x);
        return CMPLX(cos(y) * cosh(xm1) * E, sin(y) * sinh(xm1) * E);
    }
    return CMPLX(cos(y) * cosh(x), sin(y) * sinh(x));
}

static double complex f_tanh(double complex z) {
    if (!is_finite(z)) return ctanh(z);
    double x = creal(z), y = cimag(z);
    if (fabs(x) > LOG_LARGE_DOUBLE)
        return CMPLX(copysign(1.0, x), 4.0 * sin(y) * cos(y) * exp(-2.0 * fabs(x)));
    double tx = tanh(x), ty = tan(y), cx = 1.0 / cosh(x), txty = tx * ty;
    double denom = 1.0 + txty * txty;
    return CMPLX(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

static double complex f_asinh(double complex z) {
    if (!is_finite(z)) return casinh(z);
    double x = creal(z), y = cimag(z);
    if (fabs(x) > LARGE_DOUBLE || fabs(y) > LARGE_DOUBLE) {
        double l = log(hypot(x / 2.0, y / 2.0)) + LN2 * 2.0;
        return CMPLX(y >= 0.0 ? copysign(l, x) : -copysign(l, -x), atan2(y, fabs(x)));
    }
    double complex s1 = f_sqrt(CMPLX(1.0 + y, -x)), s2 = f_sqrt(CMPLX(1.0 - y, x));
    return CMPLX(asinh(creal(s1) * cimag(s2) - creal(s2) * cimag(s1)),
                 atan2(y, creal(s1) * creal(s2) - cimag(s1) * cimag(s2)));
}

static double complex f_acos(double complex z) {
    if (!is_finite(z)) return cacos(z);
    double x = creal(z), y = cimag(z);
    if (fabs(x) > LARGE_DOUBLE || fabs(y) > LARGE_DOUBLE) {
        double l = log(hypot(x / 2.0, y / 2.0)) + LN2 * 2.0;
        return CMPLX(atan2(fabs(y), x), x < 0 ? -copysign(l, y) : copysign(l, -y));
    }
    double complex s1 = f_sqrt(CMPLX(1.0 - x, -y)), s2 = f_sqrt(CMPLX(1.0 + x, y));
    return CMPLX(2.0 * atan2(creal(s1), creal(s2)), asinh(creal(s2) * cimag(s1) - cimag(s2) * creal(s1)));
}

static double complex f_acosh(double complex z) {
    if (!is_finite(z)) return cacosh(z);
    double x = creal(z), y = cimag(z);
    if (fabs(x) > LARGE_DOUBLE || fabs(y) > LARGE_DOUBLE)
        return CMPLX(log(hypot(x / 2.0, y / 2.0)) + LN2 * 2.0, atan2(y, x));
    double complex s1 = f_sqrt(CMPLX(x - 1.0, y)), s2 = f_sqrt(CMPLX(x + 1.0, y));
    return CMPLX(asinh(creal(s1) * creal(s2) + cimag(s1) * cimag(s2)), 2.0 * atan2(cimag(s1), creal(s2)));
}

static double complex f_atanh(double complex z) {
    if (!is_finite(z)) return catanh(z);
    double x = creal(z), y = cimag(z), ay = fabs(y);
    if (x < 0.0) return -f_atanh(-z); /* atanh is odd: work with x >= 0 */
    if (x > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
        double h = hypot(x / 2.0, y / 2.0);
        return CMPLX(x / 4.0 / h / h, -copysign(PI / 2.0, -y));
    }
    if (x == 1.0 && ay < SQRT_DBL_MIN) {
        if (ay == 0.0) return CMPLX(INFINITY, y);
        return CMPLX(-log(sqrt(ay) / sqrt(hypot(ay, 2.0))), copysign(atan2(2.0, -ay) / 2, y));
    }
    return CMPLX(log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                 -atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0);
}

/* The circular functions through the hyperbolic ones: sin z = -i sinh(iz), and so on. */
static double complex f_sin(double complex z) { return is_finite(z) ? times_minus_i(f_sinh(times_i(z))) : csin(z); }
static double complex f_cos(double complex z) { return is_finite(z) ? f_cosh(times_i(z)) : ccos(z); }
static double complex f_tan(double complex z) { return is_finite(z) ? times_minus_i(f_tanh(times_i(z))) : ctan(z); }
static double complex f_asin(double complex z) { return is_finite(z) ? times_minus_i(f_asinh(times_i(z))) : casin(z); }
static double complex f_atan(double complex z) { return is_finite(z) ? times_minus_i(f_atanh(times_i(z))) : catan(z); }

/* ---- special values ----
 * Where CPython's special-value tables pick another sign (or NaN) than glibc, for arguments
 * made only of zeros, infinities and NaNs (taken from CPython 3.11's output). */

typedef struct {
    double complex (*f)(double complex);  /* the function */
    double re, im;                        /* the argument: signed zeros, infinities, NaN */
    double out_re, out_im;                /* CPython's value */
} SpecialValue;

static const SpecialValue special_values[] = {
    {f_exp, -INFINITY, -INFINITY, 0.0, 0.0},
    {f_sin, NAN, 0.0, NAN, -0.0},
    {f_sin, NAN, INFINITY, NAN, -INFINITY},
    {f_sin, NAN, -INFINITY, NAN, -INFINITY},
    {f_cos, -0.0, NAN, NAN, 0.0},
    {f_tan, -INFINITY, INFINITY, 0.0, 1.0},
    {f_tan, -INFINITY, -INFINITY, 0.0, -1.0},
    {f_tan, NAN, 0.0, NAN, NAN},
    {f_tan, NAN, -0.0, NAN, NAN},
    {f_asin, INFINITY, NAN, NAN, -INFINITY},
    {f_asin, -INFINITY, NAN, NAN, -INFINITY},
    {f_acos, INFINITY, NAN, NAN, INFINITY},
    {f_acos, -INFINITY, NAN, NAN, INFINITY},
    {f_atan, INFINITY, NAN, PI / 2, -0.0},
    {f_atan, -INFINITY, NAN, -PI / 2, -0.0},
    {f_sinh, -0.0, NAN, 0.0, NAN},
    {f_cosh, NAN, -0.0, NAN, 0.0},
    {f_tanh, 0.0, NAN, NAN, NAN},
    {f_tanh, -0.0, NAN, NAN, NAN},
    {f_tanh, INFINITY, -INFINITY, 1.0, 0.0},
    {f_tanh, -INFINITY, -INFINITY, -1.0, 0.0},
    {f_acosh, 0.0, NAN, NAN, NAN},
    {f_acosh, -0.0, NAN, NAN, NAN},
};

/* x and y are the same special double: NaN matches NaN, zeros match with their sign. */
static bool same(double x, double y) {
    if (isnan(x) || isnan(y)) return isnan(x) && isnan(y);
    return x == y && signbit(x) == signbit(y);
}

/* f(z), with CPython's choice where its tables differ from glibc. */
static double complex evaluate(double complex (*f)(double complex), double complex z) {
    if (!is_finite(z)) {
        for (size_t i = 0; i < sizeof special_values / sizeof special_values[0]; i++) {
            const SpecialValue *sv = &special_values[i];
            if (sv->f == f && same(sv->re, creal(z)) && same(sv->im, cimag(z))) return CMPLX(sv->out_re, sv->out_im);
        }
    }
    return f(z);
}

static AwValue apply(AwVM *vm, const char *qualname, int argc, const AwValue *argv, AwTuple *kwnames,
                     double complex (*f)(double complex), InfPolicy on_inf) {
    double complex z;
    if (args_no_kwargs(vm, qualname, kwnames) || args_count(vm, qualname, argc, 1, 1)) return AW_ERR;
    if (argument(vm, argv[0], &z)) return AW_ERR;
    return result(vm, z, evaluate(f, z), on_inf);
}

#define CMATH_FUNCTIONS(X) \
    X(sqrt, f_sqrt, ON_INF_RANGE) X(exp, f_exp, ON_INF_RANGE) X(log10, f_log10, ON_INF_DOMAIN) \
    X(sin, f_sin, ON_INF_RANGE) X(cos, f_cos, ON_INF_RANGE) X(tan, f_tan, ON_INF_RANGE) \
    X(asin, f_asin, ON_INF_RANGE) X(acos, f_acos, ON_INF_RANGE) X(atan, f_atan, ON_INF_DOMAIN) \
    X(sinh, f_sinh, ON_INF_RANGE) X(cosh, f_cosh, ON_INF_RANGE) X(tanh, f_tanh, ON_INF_RANGE) \
    X(asinh, f_asinh, ON_INF_RANGE) X(acosh, f_acosh, ON_INF_RANGE) X(atanh, f_atanh, ON_INF_DOMAIN)

#define DEFINE_FUNCTION(name, cfunc, policy)                                                   \
    static AwValue cmath_##name(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) { \
        return apply(vm, "cmath." #name, argc, argv, kwnames, cfunc, policy);               \
    }
CMATH_FUNCTIONS(DEFINE_FUNCTION)
#undef DEFINE_FUNCTION

/* CPython's complex quotient (Smith's algorithm); *zero_division on a zero divisor. */
static double complex quotient(double complex a, double complex b, bool *zero_division) {
    double br = creal(b), bi = cimag(b), ar = creal(a), ai = cimag(a);
    *zero_division = false;
    if (fabs(br) >= fabs(bi)) {
        if (br == 0.0) {
            *zero_division = true;
            return 0.0;
        }
        double ratio = bi / br, denom = br + bi * ratio;
        return CMPLX((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
    }
    if (fabs(bi) >= fabs(br)) {
        double ratio = br / bi, denom = br * ratio + bi;
        return CMPLX((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
    }
    return CMPLX(NAN, NAN);
}

/* log(x[, base]): with a base, CPython reports only errors of log(base) and of the division
 * (so log(0, 2) is (-inf+nanj), log(1, 1) a domain error). */
static AwValue cmath_log(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "log", kwnames) || args_count(vm, "log", argc, 1, 2)) return AW_ERR;
    const AwValue a[2] = {argv[0], argc == 2 ? argv[1] : AW_EMPTY};
    double complex x, base;
    if (argument(vm, a[0], &x)) return AW_ERR;
    double complex r = f_log(x);
    if (a[1] == AW_EMPTY) return result(vm, x, r, ON_INF_DOMAIN);
    if (argument(vm, a[1], &base)) return AW_ERR;
    double complex lb = f_log(base);
    bool zero_division;
    if ((has_inf(lb) && is_finite(base)) || (has_nan(lb) && !has_nan(base))) return domain_error(vm);
    r = quotient(r, lb, &zero_division);
    if (zero_division) return domain_error(vm);
    return complex_new(vm, creal(r), cimag(r));
}

static AwValue cmath_phase(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double complex z;
    if (args_no_kwargs(vm, "cmath.phase", kwnames) || args_count(vm, "cmath.phase", argc, 1, 1)) return AW_ERR;
    if (argument(vm, argv[0], &z)) return AW_ERR;
    errno = 0;
    double phi = atan2(cimag(z), creal(z));
    if (errno == ERANGE) return vm_raise(vm, &aw_exc_OverflowError, "math range error"); /* an underflow, as CPython */
    return value_from_double(phi);
}

/* CPython's abs of a complex: an infinite part wins over a NaN; false on overflow. */
static bool modulus(double complex z, double *out) {
    if (isinf(creal(z)) || isinf(cimag(z))) *out = INFINITY;
    else if (has_nan(z)) *out = NAN;
    else *out = hypot(creal(z), cimag(z));
    return !(isinf(*out) && is_finite(z));
}

static AwValue cmath_polar(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double complex z;
    double r;
    if (args_no_kwargs(vm, "cmath.polar", kwnames) || args_count(vm, "cmath.polar", argc, 1, 1)) return AW_ERR;
    if (argument(vm, argv[0], &z)) return AW_ERR;
    if (!modulus(z, &r)) return vm_raise(vm, &aw_exc_OverflowError, "math range error");
    AwTuple *t = tuple_pack2(vm, value_from_double(r), value_from_double(carg(z)));
    return t ? value_from_ptr(t) : AW_ERR;
}

/* rect(r, phi) = r * (cos(phi) + i sin(phi)); an infinite angle is a domain error, and an
 * infinite modulus keeps the signs of cos and sin (zero parts stay zero for phi == 0). */
static AwValue cmath_rect(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double r, phi;
    if (args_no_kwargs(vm, "rect", kwnames) || args_count(vm, "rect", argc, 2, 2)) return AW_ERR;
    if (float_coerce(vm, argv[0], &r) || float_coerce(vm, argv[1], &phi)) return AW_ERR;
    if (isinf(phi) && !isnan(r) && r != 0.0) return domain_error(vm);
    double re, im;
    if (isinf(r) && isnan(phi)) {
        re = INFINITY;
        im = NAN;
    } else if (isnan(r) && phi == 0.0) {
        re = NAN;
        im = 0.0;
    } else if (isinf(r) && isfinite(phi) && phi != 0.0) {
        re = copysign(INFINITY, cos(phi)) * (r > 0 ? 1 : -1);
        im = copysign(INFINITY, sin(phi)) * (r > 0 ? 1 : -1);
    } else if (isinf(r) && phi == 0.0) {
        re = r;
        im = r > 0 ? phi : -phi;
    } else if (r == 0.0 && !isfinite(phi)) {
        re = im = 0.0;
    } else {
        re = r * cos(phi);
        im = r * sin(phi);
    }
    return complex_new(vm, re, im);
}

static AwValue predicate(AwVM *vm, const char *qualname, int argc, const AwValue *argv, AwTuple *kwnames,
                         bool (*test)(double complex)) {
    double complex z;
    if (args_no_kwargs(vm, qualname, kwnames) || args_count(vm, qualname, argc, 1, 1)) return AW_ERR;
    if (argument(vm, argv[0], &z)) return AW_ERR;
    return value_from_bool(test(z));
}

static AwValue cmath_isfinite(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return predicate(vm, "cmath.isfinite", argc, argv, kwnames, is_finite);
}
static AwValue cmath_isinf(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return predicate(vm, "cmath.isinf", argc, argv, kwnames, has_inf);
}
static AwValue cmath_isnan(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return predicate(vm, "cmath.isnan", argc, argv, kwnames, has_nan);
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) on the modulus of the difference. */
static AwValue cmath_isclose(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    AwValue v[4];
    if (args_parse(vm, "isclose", argc, argv, kwnames, names, 2, 2, v)) return AW_ERR;
    double complex a, b;
    double rel_tol = 1e-09, abs_tol = 0.0;
    if (argument(vm, v[0], &a) || argument(vm, v[1], &b)) return AW_ERR;
    if (v[2] != AW_EMPTY && float_coerce(vm, v[2], &rel_tol)) return AW_ERR;
    if (v[3] != AW_EMPTY && float_coerce(vm, v[3], &abs_tol)) return AW_ERR;
    if (rel_tol < 0.0 || abs_tol < 0.0) return vm_raise(vm, &aw_exc_ValueError, "tolerances must be non-negative");
    if (creal(a) == creal(b) && cimag(a) == cimag(b)) return AW_TRUE;
    if (has_inf(a) || has_inf(b)) return AW_FALSE;
    double diff = cabs(b - a);
    return value_from_bool(diff <= rel_tol * cabs(b) || diff <= rel_tol * cabs(a) || diff <= abs_tol);
}

static const AwMethodDef cmath_functions[] = {
#define FUNCTION_ENTRY(name, cfunc, policy) {#name, cmath_##name, 0},
    CMATH_FUNCTIONS(FUNCTION_ENTRY)
#undef FUNCTION_ENTRY
    {"log", cmath_log, 0}, {"phase", cmath_phase, 0}, {"polar", cmath_polar, 0}, {"rect", cmath_rect, 0},
    {"isfinite", cmath_isfinite, 0}, {"isinf", cmath_isinf, 0}, {"isnan", cmath_isnan, 0},
    {"isclose", cmath_isclose, 0},
    {NULL, NULL, 0},
};

static AwStatus add_complex(AwVM *vm, AwModule *mod, const char *name, double re, double im) {
    AwValue z = complex_new(vm, re, im);
    return z == AW_ERR ? AW_ERROR : module_add_value(vm, mod, name, z);
}

AwModule *cmath_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "cmath");
    if (!mod || module_add_functions(vm, mod, cmath_functions)) return NULL;
    if (module_add_value(vm, mod, "pi", value_from_double(PI)) || module_add_value(vm, mod, "e", value_from_double(E)) ||
        module_add_value(vm, mod, "tau", value_from_double(2 * PI)) ||
        module_add_value(vm, mod, "inf", value_from_double(INFINITY)) ||
        module_add_value(vm, mod, "nan", value_from_double(NAN)) || add_complex(vm, mod, "infj", 0.0, INFINITY) ||
        add_complex(vm, mod, "nanj", 0.0, NAN))
        return NULL;
    return mod;
}
