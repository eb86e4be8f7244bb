/* math.c — the math module, with CPython 3.11's results and error rules.
 *
 * Real functions convert their arguments like PyFloat_AsDouble (floats, ints, __float__,
 * __index__) and report errors as CPython's math_1 does: a NaN from a non-NaN argument is
 * "math domain error" (ValueError); an infinity from a finite argument is "math range error"
 * (OverflowError) for functions that can overflow, else a domain error. Integer functions
 * (factorial, gcd, isqrt, comb, perm) work exactly on GMP. fsum is Shewchuk's exact summation
 * and hypot/dist use CPython's compensated vector_norm, so results match to the last bit.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>
#include "stdlib/modules.h"
#include "interp/args.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

#define PI 3.141592653589793238462643383279502884197
#define E 2.718281828459045235360287471352662497757
/* Integer results past this many bits raise MemoryError rather than exhaust memory. */
#define MAX_RESULT_BITS ((double)((uint64_t)1 << 31))


static AwValue domain_error(AwVM *vm) { return vm_raise(vm, &aw_exc_ValueError, "math domain error"); }
static AwValue range_error(AwVM *vm) { return vm_raise(vm, &aw_exc_OverflowError, "math range error"); }

/* Argument checks with CPython's wording for one- and two-argument functions. */
static AwStatus one_arg(AwVM *vm, const char *qualname, int argc, AwTuple *kwnames) {
    if (args_no_kwargs(vm, qualname, kwnames)) return AW_ERROR;
    return args_count(vm, qualname, argc, 1, 1);
}

static AwStatus two_args(AwVM *vm, const char *qualname, const char *name, int argc, AwTuple *kwnames) {
    if (args_no_kwargs(vm, qualname, kwnames)) return AW_ERROR;
    return args_count(vm, name, argc, 2, 2);
}

/* CPython's math_1: apply f and classify a NaN or infinite result. */
static AwValue apply_1(AwVM *vm, AwValue arg, double (*f)(double), bool can_overflow) {
    double x;
    if (float_coerce(vm, arg, &x)) return AW_ERR;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error(vm);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
    return value_from_double(r);
}

#define MATH_FUNC1(name, cfunc, can_overflow)                                              \
    static AwValue math_##name(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) { \
        if (one_arg(vm, "math." #name, argc, kwnames)) return AW_ERR;                     \
        return apply_1(vm, argv[0], cfunc, can_overflow);                                 \
    }

static double m_degrees(double x) { return x * (180.0 / PI); }
static double m_radians(double x) { return x * (PI / 180.0); }

MATH_FUNC1(sqrt, sqrt, false)
MATH_FUNC1(exp, exp, true)
MATH_FUNC1(exp2, exp2, true)
MATH_FUNC1(expm1, expm1, true)
MATH_FUNC1(log1p, log1p, false)
MATH_FUNC1(sin, sin, false)
MATH_FUNC1(cos, cos, false)
MATH_FUNC1(tan, tan, false)
MATH_FUNC1(asin, asin, false)
MATH_FUNC1(acos, acos, false)
MATH_FUNC1(atan, atan, false)
MATH_FUNC1(sinh, sinh, true)
MATH_FUNC1(cosh, cosh, true)
MATH_FUNC1(tanh, tanh, false)
MATH_FUNC1(asinh, asinh, false)
MATH_FUNC1(acosh, acosh, false)
MATH_FUNC1(atanh, atanh, false)
MATH_FUNC1(erf, erf, false)
MATH_FUNC1(erfc, erfc, false)
MATH_FUNC1(fabs, fabs, false)
MATH_FUNC1(cbrt, cbrt, false)
MATH_FUNC1(degrees, m_degrees, false)
MATH_FUNC1(radians, m_radians, false)

/* ---- gamma and lgamma: CPython's own Lanczos approximation (not libm's), for identical
 * results ---- */

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* the denominator is x*(x+1)*...*(x+LANCZOS_N-2) */
static const double lanczos_den_coeffs[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
    479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
    355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};
static const double logpi = 1.144729885849400174143427351353058711647;

/* Lanczos' sum L_g(x) for x > 0, rescaled by 1/x for large x to avoid overflow. */
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num_coeffs[i];
            den = den * x + lanczos_den_coeffs[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num_coeffs[i];
            den = den / x + lanczos_den_coeffs[i];
        }
    }
    return num / den;
}

/* sin(pi * x), exact at integers and half-integers. */
static double m_sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(PI * y); break;
    case 1: r = cos(PI * (y - 0.5)); break;
    case 2: r = sin(PI * (1.0 - y)); break;
    case 3: r = -cos(PI * (y - 1.5)); break;
    default: r = sin(PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* CPython's m_tgamma; *err is 'd' (domain) or 'r' (range) on failure. */
static double m_tgamma(double x, char *err) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        *err = 'd';
        return NAN;
    }
    if (x == 0.0) {
        *err = 'd';
        return copysign(INFINITY, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            *err = 'd';
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL) return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x), r, z, sqrtpow;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r)) *err = 'r';
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / m_sinpi(x);
        *err = 'r';
        return INFINITY;
    }
    double y = absx + lanczos_g_minus_half;
    if (absx > lanczos_g_minus_half) { /* the error in y, computed without reassociation */
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -PI / m_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) r /= pow(y, absx - 0.5);
        else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) r *= pow(y, absx - 0.5);
        else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) *err = 'r';
    return r;
}

/* CPython's m_lgamma. */
static double m_lgamma(double x, char *err) {
    if (!isfinite(x)) return isnan(x) ? x : INFINITY;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *err = 'd';
            return INFINITY;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = logpi - log(fabs(m_sinpi(absx))) - log(absx) - r;
    if (isinf(r)) *err = 'r';
    return r;
}

static AwValue gamma_result(AwVM *vm, double r, char err) {
    if (err == 'd') return domain_error(vm);
    if (err == 'r' && fabs(r) >= 1.5) return range_error(vm);
    return value_from_double(r);
}

static AwValue math_gamma(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double x;
    char err = 0;
    if (one_arg(vm, "math.gamma", argc, kwnames) || float_coerce(vm, argv[0], &x)) return AW_ERR;
    double r = m_tgamma(x, &err);
    return gamma_result(vm, r, err);
}

static AwValue math_lgamma(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double x;
    char err = 0;
    if (one_arg(vm, "math.lgamma", argc, kwnames) || float_coerce(vm, argv[0], &x)) return AW_ERR;
    double r = m_lgamma(x, &err);
    return gamma_result(vm, r, err);
}

/* ---- logarithms ---- */

/* CPython's m_log family: errors for zero and negatives, infinities and NaNs pass through. */
static AwValue log_of_double(AwVM *vm, double x, double (*f)(double)) {
    if (isnan(x) || x == INFINITY) return value_from_double(x);
    if (x <= 0.0) return domain_error(vm);
    return value_from_double(f(x));
}

/* CPython's loghelper: ints too large for a double are logged as m * 2**e. */
static AwStatus log_helper(AwVM *vm, AwValue arg, double (*f)(double), double *out) {
    if (int_check(arg)) {
        if (int_sign(arg) <= 0) return vm_fail(domain_error(vm));
        double x;
        if (int_to_double(vm, arg, &x) == AW_OK) {
            *out = f(x);
            return AW_OK;
        }
        vm_exc_clear(vm);
        mpz_t z;
        mpz_init(z);
        int_to_mpz(arg, z);
        long e;
        double m = mpz_get_d_2exp(&e, z); /* z = m * 2**e, 0.5 <= m < 1 (truncated: fine for logs) */
        mpz_clear(z);
        *out = f(m) + f(2.0) * (double)e;
        return AW_OK;
    }
    double x;
    if (float_coerce(vm, arg, &x)) return AW_ERROR;
    AwValue r = log_of_double(vm, x, f);
    if (r == AW_ERR) return AW_ERROR;
    *out = value_as_double(r);
    return AW_OK;
}

static AwValue math_log(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "math.log", kwnames)) return AW_ERR;
    if (argc < 1 || argc > 2) return vm_raise(vm, &aw_exc_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (log_helper(vm, argv[0], log, &num)) return AW_ERR;
    if (argc == 1) return value_from_double(num);
    if (log_helper(vm, argv[1], log, &den)) return AW_ERR;
    return float_binary_op(vm, num, den, AW_BINOP_TRUEDIV);
}

#define MATH_LOG(name, cfunc)                                                              \
    static AwValue math_##name(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) { \
        double r;                                                                          \
        if (one_arg(vm, "math." #name, argc, kwnames) || log_helper(vm, argv[0], cfunc, &r)) return AW_ERR; \
        return value_from_double(r);                                                       \
    }
MATH_LOG(log2, log2)
MATH_LOG(log10, log10)

/* ---- two-argument real functions ---- */

static AwStatus two_doubles(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kwnames,
                            double *x, double *y) {
    if (argc != 2 || (kwnames && kwnames->len)) { /* the qualified name only on the error path */
        char qualname[32];
        snprintf(qualname, sizeof qualname, "math.%s", name);
        if (two_args(vm, qualname, name, argc, kwnames)) return AW_ERROR;
    }
    if (float_coerce(vm, argv[0], x) || float_coerce(vm, argv[1], y)) return AW_ERROR;
    return AW_OK;
}

static AwValue math_atan2(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double y, x;
    if (two_doubles(vm, "atan2", argc, argv, kwnames, &y, &x)) return AW_ERR;
    return value_from_double(atan2(y, x));
}

static AwValue math_copysign(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double x, y;
    if (two_doubles(vm, "copysign", argc, argv, kwnames, &x, &y)) return AW_ERR;
    return value_from_double(copysign(x, y));
}

static AwValue math_fmod(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double x, y;
    if (two_doubles(vm, "fmod", argc, argv, kwnames, &x, &y)) return AW_ERR;
    if (isinf(y) && isfinite(x)) return value_from_double(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(vm);
    return value_from_double(r);
}

static AwValue math_remainder(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double x, y;
    if (two_doubles(vm, "remainder", argc, argv, kwnames, &x, &y)) return AW_ERR;
    if (isnan(x)) return value_from_double(x);
    if (isnan(y)) return value_from_double(y);
    if (isinf(x) || y == 0.0) return domain_error(vm);
    if (isinf(y)) return value_from_double(x);
    return value_from_double(remainder(x, y));
}

/* CPython's math_pow: IEEE special cases by hand, finite ** finite through libm. */
static AwValue math_pow(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double x, y, r;
    if (two_doubles(vm, "pow", argc, argv, kwnames, &x, &y)) return AW_ERR;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) r = y == 0.0 ? 1.0 : x;
        else if (isnan(y)) r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) r = odd_y ? x : fabs(x);
            else if (y == 0.0) r = 1.0;
            else r = odd_y ? copysign(0.0, x) : 0.0;
        } else {
            if (fabs(x) == 1.0) r = 1.0;
            else if (y > 0.0 && fabs(x) > 1.0) r = y;
            else if (y < 0.0 && fabs(x) < 1.0) r = -y;
            else r = 0.0;
        }
        return value_from_double(r);
    }
    r = pow(x, y);
    if (isnan(r)) return domain_error(vm);
    if (isinf(r)) return x == 0.0 ? domain_error(vm) : range_error(vm);
    return value_from_double(r);
}

static AwValue math_ldexp(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double x;
    if (two_args(vm, "math.ldexp", "ldexp", argc, kwnames) || float_coerce(vm, argv[0], &x)) return AW_ERR;
    if (!int_check(argv[1])) return vm_raise(vm, &aw_exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (int_to_i64(vm, argv[1], &e)) {
        vm_exc_clear(vm);
        e = int_sign(argv[1]) > 0 ? INT64_MAX : INT64_MIN;
    }
    if (x == 0.0 || !isfinite(x)) return value_from_double(x);
    if (e > INT32_MAX) return range_error(vm);
    if (e < INT32_MIN) return value_from_double(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_error(vm);
    return value_from_double(r);
}

static AwValue pair(AwVM *vm, AwValue a, AwValue b) {
    AwTuple *t = tuple_pack2(vm, a, b);
    return t ? value_from_ptr(t) : AW_ERR;
}

static AwValue math_frexp(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double x;
    if (one_arg(vm, "math.frexp", argc, kwnames) || float_coerce(vm, argv[0], &x)) return AW_ERR;
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0.0) ? x : frexp(x, &e);
    return pair(vm, value_from_double(m), value_from_small(e));
}

static AwValue math_modf(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double x, ip;
    if (one_arg(vm, "math.modf", argc, kwnames) || float_coerce(vm, argv[0], &x)) return AW_ERR;
    if (isinf(x)) return pair(vm, value_from_double(copysign(0.0, x)), value_from_double(x));
    double frac = modf(x, &ip);
    return pair(vm, value_from_double(frac), value_from_double(ip));
}

static AwValue math_nextafter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double x, y;
    if (two_doubles(vm, "nextafter", argc, argv, kwnames, &x, &y)) return AW_ERR;
    return value_from_double(nextafter(x, y));
}

static AwValue math_ulp(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double x;
    if (one_arg(vm, "math.ulp", argc, kwnames) || float_coerce(vm, argv[0], &x)) return AW_ERR;
    if (isnan(x)) return value_from_double(x);
    x = fabs(x);
    if (isinf(x)) return value_from_double(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) return value_from_double(x - nextafter(x, -INFINITY));
    return value_from_double(up - x);
}

/* ---- predicates ---- */

static AwValue math_isfinite(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double x;
    if (one_arg(vm, "math.isfinite", argc, kwnames) || float_coerce(vm, argv[0], &x)) return AW_ERR;
    return value_from_bool(isfinite(x));
}

static AwValue math_isinf(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double x;
    if (one_arg(vm, "math.isinf", argc, kwnames) || float_coerce(vm, argv[0], &x)) return AW_ERR;
    return value_from_bool(isinf(x));
}

static AwValue math_isnan(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double x;
    if (one_arg(vm, "math.isnan", argc, kwnames) || float_coerce(vm, argv[0], &x)) return AW_ERR;
    return value_from_bool(isnan(x));
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
static AwValue math_isclose(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    AwValue v[4];
    if (args_parse(vm, "isclose", argc, argv, kwnames, names, 2, 2, v)) return AW_ERR;
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (float_coerce(vm, v[0], &a) || float_coerce(vm, v[1], &b)) return AW_ERR;
    if (v[2] != AW_EMPTY && float_coerce(vm, v[2], &rel_tol)) return AW_ERR;
    if (v[3] != AW_EMPTY && float_coerce(vm, v[3], &abs_tol)) return AW_ERR;
    if (rel_tol < 0.0 || abs_tol < 0.0) return vm_raise(vm, &aw_exc_ValueError, "tolerances must be non-negative");
    if (a == b) return AW_TRUE;
    if (isinf(a) || isinf(b)) return AW_FALSE;
    double diff = fabs(b - a);
    return value_from_bool(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

/* ---- rounding to ints ---- */

/* floor/ceil: ints unchanged, floats directly, other objects through __floor__/__ceil__ and
 * then PyFloat_AsDouble. */
static AwValue round_with(AwVM *vm, const char *qualname, const char *dunder, double (*f)(double), int argc,
                          const AwValue *argv, AwTuple *kwnames) {
    if (one_arg(vm, qualname, argc, kwnames)) return AW_ERR;
    AwValue x = argv[0];
    if (value_is_float(x)) return int_from_double(vm, f(value_as_double(x)));
    if (int_check(x)) return int_coerce(vm, x);
    AwValue r = vm_call_dunder(vm, x, str_intern_cstr(vm, dunder), 0, NULL);
    if (r != AW_EMPTY) return r;
    double d;
    if (float_coerce(vm, x, &d)) return AW_ERR;
    return int_from_double(vm, f(d));
}

static AwValue math_floor(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return round_with(vm, "math.floor", "__floor__", floor, argc, argv, kwnames);
}

static AwValue math_ceil(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return round_with(vm, "math.ceil", "__ceil__", ceil, argc, argv, kwnames);
}

static AwValue math_trunc(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (one_arg(vm, "math.trunc", argc, kwnames)) return AW_ERR;
    AwValue x = argv[0];
    if (value_is_float(x)) return int_from_double(vm, value_as_double(x));
    AwValue r = vm_call_dunder(vm, x, str_intern_cstr(vm, "__trunc__"), 0, NULL);
    if (r == AW_EMPTY) return vm_raise(vm, &aw_exc_TypeError, "type %s doesn't define __trunc__ method", ops_type_name(x));
    return r;
}

/* ---- integer functions ---- */

/* An argument through __index__, as an mpz (initialised by the caller). */
static AwStatus index_mpz(AwVM *vm, AwValue v, mpz_t out) {
    AwValue i = ops_index(vm, v);
    if (i == AW_ERR) return AW_ERROR;
    int_to_mpz(i, out);
    return AW_OK;
}

static AwValue take(AwVM *vm, mpz_t z) {
    AwValue r = int_from_mpz(vm, z);
    mpz_clear(z);
    return r;
}

static AwValue math_factorial(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (one_arg(vm, "math.factorial", argc, kwnames)) return AW_ERR;
    mpz_t z;
    mpz_init(z);
    if (index_mpz(vm, argv[0], z)) return mpz_clear(z), AW_ERR;
    if (mpz_sgn(z) < 0) {
        mpz_clear(z);
        return vm_raise(vm, &aw_exc_ValueError, "factorial() not defined for negative values");
    }
    if (mpz_sizeinbase(z, 2) > 63) {
        mpz_clear(z);
        return vm_raise(vm, &aw_exc_OverflowError, "factorial() argument should not exceed %lld", (long long)INT64_MAX);
    }
    double n = mpz_get_d(z);
    if (n > 2 && n * log2(n) > MAX_RESULT_BITS) {
        mpz_clear(z);
        return vm_raise_memory(vm);
    }
    mpz_fac_ui(z, (unsigned long)n);
    return take(vm, z);
}

/* gcd(*integers) and lcm(*integers). */
static AwValue gcd_or_lcm(AwVM *vm, const char *qualname, bool is_gcd, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, qualname, kwnames)) return AW_ERR;
    mpz_t acc, x;
    mpz_init_set_ui(acc, is_gcd ? 0 : 1);
    mpz_init(x);
    for (int i = 0; i < argc; i++) {
        if (index_mpz(vm, argv[i], x)) {
            mpz_clear(acc);
            mpz_clear(x);
            return AW_ERR;
        }
        if (is_gcd) mpz_gcd(acc, acc, x);
        else if (mpz_sizeinbase(acc, 2) + mpz_sizeinbase(x, 2) > MAX_RESULT_BITS) {
            mpz_clear(acc);
            mpz_clear(x);
            return vm_raise_memory(vm);
        } else mpz_lcm(acc, acc, x);
    }
    mpz_clear(x);
    return take(vm, acc);
}

static AwValue math_gcd(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return gcd_or_lcm(vm, "math.gcd", true, argc, argv, kwnames);
}

static AwValue math_lcm(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return gcd_or_lcm(vm, "math.lcm", false, argc, argv, kwnames);
}

static AwValue math_isqrt(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (one_arg(vm, "math.isqrt", argc, kwnames)) return AW_ERR;
    mpz_t z;
    mpz_init(z);
    if (index_mpz(vm, argv[0], z)) return mpz_clear(z), AW_ERR;
    if (mpz_sgn(z) < 0) {
        mpz_clear(z);
        return vm_raise(vm, &aw_exc_ValueError, "isqrt() argument must be nonnegative");
    }
    mpz_sqrt(z, z);
    return take(vm, z);
}

/* n and k of comb/perm, both non-negative; *k_given false for perm(n). */
static AwStatus comb_args(AwVM *vm, const AwValue *argv, int argc, mpz_t n, mpz_t k) {
    if (index_mpz(vm, argv[0], n)) return AW_ERROR;
    if (argc > 1 && argv[1] != AW_NONE && index_mpz(vm, argv[1], k)) return AW_ERROR;
    if (argc == 1 || argv[1] == AW_NONE) mpz_set(k, n);
    if (mpz_sgn(n) < 0) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "n must be a non-negative integer"));
    if (mpz_sgn(k) < 0) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "k must be a non-negative integer"));
    return AW_OK;
}

/* comb(n, k) (is_comb) or perm(n, k=None). */
static AwValue comb_or_perm(AwVM *vm, bool is_comb, int argc, const AwValue *argv, AwTuple *kwnames) {
    const char *name = is_comb ? "comb" : "perm";
    char qualname[16];
    snprintf(qualname, sizeof qualname, "math.%s", name);
    if (args_no_kwargs(vm, qualname, kwnames) || args_count(vm, name, argc, is_comb ? 2 : 1, 2)) return AW_ERR;
    mpz_t n, k, r;
    mpz_init(n);
    mpz_init(k);
    mpz_init_set_ui(r, 0);
    AwValue out = AW_ERR;
    if (comb_args(vm, argv, argc, n, k)) goto done;
    if (mpz_cmp(k, n) > 0) goto result; /* 0 */
    mpz_sub(r, n, k);
    if (is_comb && mpz_cmp(r, k) < 0) mpz_set(k, r); /* comb(n, k) == comb(n, n-k) */
    /* The result has about k * log2(n) bits. */
    if (mpz_sizeinbase(k, 2) > 40 || mpz_get_d(k) * (double)mpz_sizeinbase(n, 2) > MAX_RESULT_BITS) {
        out = vm_raise_memory(vm);
        goto done;
    }
    if (is_comb) {
        mpz_bin_ui(r, n, mpz_get_ui(k));
    } else {
        unsigned long count = mpz_get_ui(k);
        mpz_set_ui(r, 1);
        for (unsigned long i = 0; i < count; i++) {
            mpz_mul(r, r, n);
            mpz_sub_ui(n, n, 1);
        }
    }
result:
    out = int_from_mpz(vm, r);
done:
    mpz_clear(n);
    mpz_clear(k);
    mpz_clear(r);
    return out;
}

static AwValue math_comb(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return comb_or_perm(vm, true, argc, argv, kwnames);
}

static AwValue math_perm(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return comb_or_perm(vm, false, argc, argv, kwnames);
}

/* ---- sums, products and norms over iterables ---- */

/* prod(iterable, /, *, start=1) */
static AwValue math_prod(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"", "start", NULL};
    AwValue v[2];
    if (argc != 1)
        return vm_raise(vm, &aw_exc_TypeError, "prod() takes exactly 1 positional argument (%d given)", argc);
    if (args_parse(vm, "prod", argc, argv, kwnames, names, 1, 1, v)) return AW_ERR;
    AwValue acc = v[1] == AW_EMPTY ? value_from_small(1) : v[1];
    AwValue it = ops_iter(vm, v[0]);
    if (it == AW_ERR || gc_push_root(vm, it)) return AW_ERR;
    for (;;) {
        if (gc_push_root(vm, acc)) break;
        AwValue item = ops_next(vm, it);
        if (item == AW_STOP || item == AW_ERR) {
            gc_pop_roots(vm, 2);
            return item == AW_STOP ? acc : AW_ERR;
        }
        acc = ops_binary(vm, acc, item, AW_BINOP_MUL);
        gc_pop_roots(vm, 1);
        if (acc == AW_ERR) break;
    }
    gc_pop_roots(vm, 1);
    return AW_ERR;
}

/* Shewchuk's partials for fsum: a growable array of non-overlapping doubles. */
typedef struct {
    double *p;          /* the partials */
    size_t n;           /* used */
    size_t cap;         /* allocated */
    double stack[32];   /* initial storage */
} Partials;

static AwStatus partials_push(AwVM *vm, Partials *ps, double x) {
    if (ps->n == ps->cap) {
        size_t cap = ps->cap * 2;
        double *np = gc_alloc(vm, cap * sizeof(double));
        if (!np) return AW_ERROR;
        memcpy(np, ps->p, ps->n * sizeof(double));
        if (ps->p != ps->stack) gc_free(vm, ps->p, ps->cap * sizeof(double));
        ps->p = np;
        ps->cap = cap;
    }
    ps->p[ps->n++] = x;
    return AW_OK;
}

/* Adds x to the partials exactly; specials (inf, nan) accumulate apart, as CPython. */
static AwStatus fsum_add(AwVM *vm, Partials *ps, double x, double *special_sum, double *inf_sum) {
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < ps->n; j++) {
        double y = ps->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y, lo = y - (hi - x);
        if (lo != 0.0) ps->p[i++] = lo;
        x = hi;
    }
    ps->n = i;
    if (x == 0.0) return AW_OK;
    if (!isfinite(x)) {
        if (isfinite(xsave)) return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "intermediate overflow in fsum"));
        if (isinf(xsave)) *inf_sum += xsave;
        *special_sum += xsave;
        ps->n = 0;
        return AW_OK;
    }
    return partials_push(vm, ps, x);
}

/* The correctly rounded sum of the partials (half-even across partials). */
static double fsum_total(const Partials *ps) {
    size_t n = ps->n;
    double hi = 0.0, lo = 0.0;
    if (n == 0) return hi;
    hi = ps->p[--n];
    while (n > 0) {
        double x = hi, y = ps->p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && ps->p[n - 1] < 0.0) || (lo > 0.0 && ps->p[n - 1] > 0.0))) {
        double y = lo * 2.0, x = hi + y;
        if (y == x - hi) hi = x;
    }
    return hi;
}

static AwValue math_fsum(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (one_arg(vm, "math.fsum", argc, kwnames)) return AW_ERR;
    AwValue it = ops_iter(vm, argv[0]);
    if (it == AW_ERR || gc_push_root(vm, it)) return AW_ERR;
    Partials ps = {.n = 0, .cap = 32};
    ps.p = ps.stack;
    double special_sum = 0.0, inf_sum = 0.0, x;
    AwValue result = AW_ERR, item;
    while ((item = ops_next(vm, it)) != AW_STOP) {
        if (item == AW_ERR || float_coerce(vm, item, &x) || fsum_add(vm, &ps, x, &special_sum, &inf_sum)) goto done;
    }
    if (special_sum != 0.0) {
        result = isnan(inf_sum) ? vm_raise(vm, &aw_exc_ValueError, "-inf + inf in fsum") : value_from_double(special_sum);
        goto done;
    }
    result = value_from_double(fsum_total(&ps));
done:
    if (ps.p != ps.stack) gc_free(vm, ps.p, ps.cap * sizeof(double));
    gc_pop_roots(vm, 1);
    return result;
}

/* CPython 3.11's vector_norm: the Euclidean norm of vec (non-negative, finite entries with
 * maximum max), accurate to within 1 ulp thanks to compensated summation and a final
 * differential correction. */
static double vector_norm(size_t n, const double *vec, double max, bool found_nan) {
    const double t27 = 134217729.0; /* 2**27 + 1, for Veltkamp splitting */
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, oldcsum, x, t, hi, lo, h, scale;
    int max_e;
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    frexp(max, &max_e);
    if (max_e < -1023) { /* ldexp(1.0, -max_e) would overflow: divide by max instead */
        for (size_t i = 0; i < n; i++) {
            x = vec[i] / max;
            x = x * x;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * sqrt(csum - 1.0 + frac1);
    }
    scale = ldexp(1.0, -max_e);
    for (size_t i = 0; i < n; i++) {
        x = vec[i] * scale;
        t = x * t27;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = 2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        frac3 += lo * lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * t27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

/* A scratch array of n doubles: on the stack when small. */
static double *scratch(AwVM *vm, size_t n, double *stack, size_t stack_n) {
    return n <= stack_n ? stack : gc_alloc(vm, n * sizeof(double));
}

static AwValue math_hypot(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "math.hypot", kwnames)) return AW_ERR;
    double stack[16], max = 0.0;
    double *v = scratch(vm, (size_t)argc, stack, 16);
    if (!v) return AW_ERR;
    bool found_nan = false;
    AwValue r = AW_ERR;
    for (int i = 0; i < argc; i++) {
        if (float_coerce(vm, argv[i], &v[i])) goto done;
        v[i] = fabs(v[i]);
        found_nan |= isnan(v[i]);
        if (v[i] > max) max = v[i];
    }
    r = value_from_double(vector_norm((size_t)argc, v, max, found_nan));
done:
    if (v != stack) gc_free(vm, v, (size_t)argc * sizeof(double));
    return r;
}

static AwValue dist_of(AwVM *vm, int64_t n, const AwValue *p, int64_t m, const AwValue *q);

/* The items of a tuple or list argument of dist(); any other iterable is first made a tuple,
 * which is stored in *p and pushed as a GC root (counted in *rooted). */
static AwStatus point_items(AwVM *vm, AwValue *p, size_t *rooted, int64_t *n, const AwValue **items) {
    if (!value_is_instance(*p, &aw_type_tuple) && !value_is_instance(*p, &aw_type_list)) {
        AwValue t = tuple_from_iterable(vm, *p);
        if (t == AW_ERR || gc_push_root(vm, t)) return AW_ERROR;
        (*rooted)++;
        *p = t;
    }
    if (value_is_instance(*p, &aw_type_tuple)) {
        *n = AW_TUPLE(*p)->len;
        *items = AW_TUPLE(*p)->items;
    } else {
        *n = AW_LIST(*p)->len;
        *items = AW_LIST(*p)->items;
    }
    return AW_OK;
}

static AwValue math_dist(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (two_args(vm, "math.dist", "dist", argc, kwnames)) return AW_ERR;
    int64_t n, m;
    const AwValue *p, *q;
    AwValue a = argv[0], b = argv[1];
    size_t rooted = 0;
    if (point_items(vm, &a, &rooted, &n, &p) || point_items(vm, &b, &rooted, &m, &q)) {
        gc_pop_roots(vm, rooted);
        return AW_ERR;
    }
    AwValue r = dist_of(vm, n, p, m, q);
    gc_pop_roots(vm, rooted);
    return r;
}

/* The Euclidean distance between the n coordinates p and the m coordinates q. */
static AwValue dist_of(AwVM *vm, int64_t n, const AwValue *p, int64_t m, const AwValue *q) {
    if (n != m) return vm_raise(vm, &aw_exc_ValueError, "both points must have the same number of dimensions");
    double stack[16], max = 0.0, px, qx;
    double *v = scratch(vm, (size_t)n, stack, 16);
    if (!v) return AW_ERR;
    bool found_nan = false;
    AwValue r = AW_ERR;
    for (int64_t i = 0; i < n; i++) {
        if (float_coerce(vm, p[i], &px) || float_coerce(vm, q[i], &qx)) goto done;
        v[i] = fabs(px - qx);
        found_nan |= isnan(v[i]);
        if (v[i] > max) max = v[i];
    }
    r = value_from_double(vector_norm((size_t)n, v, max, found_nan));
done:
    if (v != stack) gc_free(vm, v, (size_t)n * sizeof(double));
    return r;
}

/* ---- the module ---- */

static const AwMethodDef math_functions[] = {
    {"sqrt", math_sqrt, 0}, {"exp", math_exp, 0}, {"exp2", math_exp2, 0}, {"expm1", math_expm1, 0},
    {"log", math_log, 0}, {"log2", math_log2, 0}, {"log10", math_log10, 0}, {"log1p", math_log1p, 0},
    {"pow", math_pow, 0}, {"sin", math_sin, 0}, {"cos", math_cos, 0}, {"tan", math_tan, 0},
    {"asin", math_asin, 0}, {"acos", math_acos, 0}, {"atan", math_atan, 0}, {"atan2", math_atan2, 0},
    {"sinh", math_sinh, 0}, {"cosh", math_cosh, 0}, {"tanh", math_tanh, 0}, {"asinh", math_asinh, 0},
    {"acosh", math_acosh, 0}, {"atanh", math_atanh, 0}, {"erf", math_erf, 0}, {"erfc", math_erfc, 0},
    {"gamma", math_gamma, 0}, {"lgamma", math_lgamma, 0}, {"fabs", math_fabs, 0}, {"cbrt", math_cbrt, 0},
    {"degrees", math_degrees, 0}, {"radians", math_radians, 0}, {"hypot", math_hypot, 0},
    {"dist", math_dist, 0}, {"floor", math_floor, 0}, {"ceil", math_ceil, 0}, {"trunc", math_trunc, 0},
    {"fmod", math_fmod, 0}, {"remainder", math_remainder, 0}, {"copysign", math_copysign, 0},
    {"ldexp", math_ldexp, 0}, {"frexp", math_frexp, 0}, {"modf", math_modf, 0},
    {"nextafter", math_nextafter, 0}, {"ulp", math_ulp, 0}, {"isfinite", math_isfinite, 0},
    {"isinf", math_isinf, 0}, {"isnan", math_isnan, 0}, {"isclose", math_isclose, 0},
    {"factorial", math_factorial, 0}, {"gcd", math_gcd, 0}, {"lcm", math_lcm, 0},
    {"isqrt", math_isqrt, 0}, {"comb", math_comb, 0}, {"perm", math_perm, 0},
    {"prod", math_prod, 0}, {"fsum", math_fsum, 0},
    {NULL, NULL, 0},
};

AwModule *math_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "math");
    if (!mod || module_add_functions(vm, mod, math_functions)) return NULL;
    if (module_add_value(vm, mod, "pi", value_from_double(PI)) || module_add_value(vm, mod, "e", value_from_double(E)) ||
        module_add_value(vm, mod, "tau", value_from_double(2 * PI)) ||
        module_add_value(vm, mod, "inf", value_from_double(INFINITY)) ||
        module_add_value(vm, mod, "nan", value_from_double(NAN)))
        return NULL;
    return mod;
}
