/* int.c — the int and bool types: small ints inline in the value, GMP big ints on the heap.
 *
 * Representation: an int is a small immediate (48-bit, value.h), a bool immediate (0 or 1),
 * or a heap object with the AwBigInt layout. Exact `int` heap objects always hold values that
 * do not fit 48 bits (so small-int equality is word equality); instances of user subclasses
 * (class MyInt(int)) also use the AwBigInt layout, with obj.type the subclass, and may hold any
 * value. Every operation accepts all three forms and returns plain ints (never a subclass).
 * The slow path works on borrowed mpz views (mpz_view), so small operands never allocate.
 *
 * Memory: GMP allocates through the VM's funnel (int_init), so big ints count towards the GC
 * budget. Results that would be absurdly large (2 ** 10 ** 12) raise MemoryError up front,
 * because GMP itself cannot report allocation failure.
 *
 * Text conversions (int(str), str(int)) enforce CPython 3.11's 4300-digit limit.
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "interp/int.h"
#include "interp/args.h"
#include "interp/bytes.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/format.h"
#include "interp/gc.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/class.h"
#include "interp/tuple.h"
#include "interp/unicode.h"
#include "interp/vm.h"

/* Results past this many bits raise MemoryError instead of asking GMP for the memory. */
#define MAX_RESULT_BITS ((uint64_t)1 << 31)
/* CPython's hash modulus for numbers: 2**61 - 1. */
#define HASH_MODULUS ((((uint64_t)1) << 61) - 1)
/* Below this many digits the str<->int limit is never checked (CPython's threshold). */
#define STR_DIGITS_THRESHOLD 640

static int64_t max_str_digits = 4300;   /* sys.set_int_max_str_digits() */
static AwVM *gmp_vm;                     /* the VM whose funnel GMP allocates through */

/* ---- GMP's allocator ---- */

static void gmp_out_of_memory(void) {
    fputs("aw: out of memory in big-int arithmetic\n", stderr);
    abort();
}

static void *gmp_alloc(size_t n) {
    void *p = gc_alloc(gmp_vm, n);
    if (!p) gmp_out_of_memory(); /* GMP has no failure path; sizes are bounded before calls */
    return p;
}

static void *gmp_realloc(void *p, size_t old_size, size_t new_size) {
    void *q = gc_realloc(gmp_vm, p, old_size, new_size);
    if (!q) gmp_out_of_memory();
    return q;
}

static void gmp_free(void *p, size_t size) { gc_free(gmp_vm, p, size); }

void int_init(AwVM *vm) {
    gmp_vm = vm;
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

void int_set_max_str_digits(int64_t limit) { max_str_digits = limit; }
int64_t int_get_max_str_digits(void) { return max_str_digits; }

/* ---- views of any int value ---- */

static inline bool is_small(AwValue v) { return value_is_int(v) || value_is_bool(v); }
static inline int64_t small_of(AwValue v) { return value_is_int(v) ? value_as_small(v) : (int64_t)(v == AW_TRUE); }

bool int_check(AwValue v) {
    if (is_small(v)) return true;
    if (!value_is_ptr(v)) return false;
    AwType *t = value_as_ptr(v)->type;
    return t == &aw_type_int || type_is_subtype(t, &aw_type_int);
}

/* A read-only mpz over a small value, built on the stack (no allocation). */
typedef struct {
    mpz_t z;              /* the view; never cleared */
    mp_limb_t limbs[2];   /* magnitude: one 64-bit limb, or two 32-bit ones */
} MpzView;

static mpz_srcptr mpz_view(AwValue v, MpzView *mv) {
    if (!is_small(v)) return AW_BIGINT(v)->z;
    int64_t i = small_of(v);
    uint64_t mag = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    mp_size_t n;
#if GMP_NUMB_BITS >= 64
    mv->limbs[0] = (mp_limb_t)mag;
    n = mag != 0;
#else
    mv->limbs[0] = (mp_limb_t)(mag & 0xFFFFFFFFu);
    mv->limbs[1] = (mp_limb_t)(mag >> 32);
    n = mv->limbs[1] ? 2 : mv->limbs[0] ? 1 : 0;
#endif
    return mpz_roinit_n(mv->z, mv->limbs, i < 0 ? -n : n);
}

/* The low 64 bits of |z|. */
static uint64_t mpz_low64(mpz_srcptr z) {
    uint64_t mag = (uint64_t)mpz_getlimbn(z, 0);
#if GMP_NUMB_BITS < 64
    mag |= (uint64_t)mpz_getlimbn(z, 1) << 32;
#endif
    return mag;
}

/* z as an int64 when it fits. */
static bool mpz_get_i64(mpz_srcptr z, int64_t *out) {
    size_t bits = mpz_sizeinbase(z, 2);
    uint64_t mag = mpz_low64(z);
    if (bits > 64) return false;
    if (mpz_sgn(z) >= 0) {
        if (mag > (uint64_t)INT64_MAX) return false;
        *out = (int64_t)mag;
        return true;
    }
    if (mag > (uint64_t)INT64_MAX + 1) return false;
    *out = mag == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)mag;
    return true;
}

static void mpz_set_i64(mpz_t z, int64_t i) {
#if LONG_MAX >= INT64_MAX
    mpz_set_si(z, (long)i);
#else
    uint64_t mag = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    mpz_import(z, 1, 1, sizeof mag, 0, 0, &mag);
    if (i < 0) mpz_neg(z, z);
#endif
}

static void mpz_set_u64(mpz_t z, uint64_t u) {
#if ULONG_MAX >= UINT64_MAX
    mpz_set_ui(z, (unsigned long)u);
#else
    mpz_import(z, 1, 1, sizeof u, 0, 0, &u);
#endif
}

/* ---- building results ---- */

/* Turns z into a value and consumes it: a small int when it fits, else a new big int that
 * takes over z's limbs. */
static AwValue take_mpz(AwVM *vm, mpz_t z) {
    int64_t i;
    if (mpz_get_i64(z, &i) && value_fits_small(i)) {
        mpz_clear(z);
        return value_from_small(i);
    }
    AwBigInt *b = (AwBigInt *)gc_new(vm, &aw_type_int, sizeof(AwBigInt));
    if (!b) {
        mpz_clear(z);
        return AW_ERR;
    }
    memcpy(b->z, z, sizeof(mpz_t)); /* move: z is abandoned, not cleared */
    return value_from_ptr(b);
}

AwValue int_from_i64(AwVM *vm, int64_t i) {
    if (value_fits_small(i)) return value_from_small(i);
    mpz_t z;
    mpz_init(z);
    mpz_set_i64(z, i);
    return take_mpz(vm, z);
}

AwValue int_from_u64(AwVM *vm, uint64_t u) {
    if (u <= (uint64_t)AW_SMALLINT_MAX) return value_from_small((int64_t)u);
    mpz_t z;
    mpz_init(z);
    mpz_set_u64(z, u);
    return take_mpz(vm, z);
}

AwValue int_from_mpz(AwVM *vm, const mpz_t z) {
    mpz_t copy;
    mpz_init_set(copy, z);
    return take_mpz(vm, copy);
}

/* The exact int with the value of any int (bool -> 0/1, subclass instance -> plain int). */
static AwValue exact_int(AwVM *vm, AwValue v) {
    if (value_is_int(v)) return v;
    if (value_is_bool(v)) return value_from_small(v == AW_TRUE);
    if (value_as_ptr(v)->type == &aw_type_int) return v;
    return int_from_mpz(vm, AW_BIGINT(v)->z);
}

AwValue int_from_double(AwVM *vm, double d) {
    if (isinf(d)) return vm_raise(vm, &aw_exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return vm_raise(vm, &aw_exc_ValueError, "cannot convert float NaN to integer");
    if (fabs(d) < 140737488355328.0) return value_from_small((int64_t)d); /* |d| < 2**47 */
    mpz_t z;
    mpz_init_set_d(z, d); /* truncates, exactly */
    return take_mpz(vm, z);
}

/* ---- conversions ---- */

AwStatus int_to_i64(AwVM *vm, AwValue v, int64_t *out) {
    if (is_small(v)) {
        *out = small_of(v);
        return AW_OK;
    }
    if (mpz_get_i64(AW_BIGINT(v)->z, out)) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "Python int too large to convert to C long"));
}

int int_sign(AwValue v) {
    if (is_small(v)) {
        int64_t i = small_of(v);
        return (i > 0) - (i < 0);
    }
    return mpz_sgn(AW_BIGINT(v)->z);
}

void int_to_mpz(AwValue v, mpz_t out) {
    MpzView mv;
    mpz_set(out, mpz_view(v, &mv));
}

/* The double nearest to z (ties to even), as CPython's PyLong_AsDouble; false on overflow. */
static bool mpz_to_double(mpz_srcptr z, double *out) {
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits <= DBL_MANT_DIG) {
        *out = mpz_get_d(z); /* exact */
        return true;
    }
    if (bits > DBL_MAX_EXP) return false;
    if (bits <= 64) { /* the conversion of a uint64 rounds correctly */
        double d = (double)mpz_low64(z);
        *out = mpz_sgn(z) < 0 ? -d : d;
        return true;
    }
    /* Keep 55 bits (53 + a rounding bit + a sticky bit), then let the hardware round. */
    size_t shift = bits - (DBL_MANT_DIG + 2);
    mpz_t top;
    mpz_init(top);
    mpz_tdiv_q_2exp(top, z, shift);
    uint64_t q = mpz_low64(top);
    mpz_clear(top);
    if (mpz_scan1(z, 0) < shift) q |= 1; /* some discarded bit was set */
    double d = ldexp((double)q, (int)shift);
    if (isinf(d)) return false;
    *out = mpz_sgn(z) < 0 ? -d : d;
    return true;
}

AwStatus int_to_double(AwVM *vm, AwValue v, double *out) {
    if (is_small(v)) {
        *out = (double)small_of(v);
        return AW_OK;
    }
    if (mpz_to_double(AW_BIGINT(v)->z, out)) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "int too large to convert to float"));
}

/* ---- hashing and comparison ---- */

int64_t int_hash(AwValue v) {
    if (is_small(v)) {
        int64_t i = small_of(v);
        return i == -1 ? -2 : i;
    }
    mpz_srcptr z = AW_BIGINT(v)->z;
#if ULONG_MAX >= UINT64_MAX
    uint64_t r = mpz_tdiv_ui(z, (unsigned long)HASH_MODULUS); /* |z| mod P */
#else
    mpz_t m, rem;
    mpz_init(m);
    mpz_init(rem);
    mpz_set_u64(m, HASH_MODULUS);
    mpz_tdiv_r(rem, z, m);
    uint64_t r = mpz_low64(rem);
    mpz_clear(m);
    mpz_clear(rem);
#endif
    int64_t h = mpz_sgn(z) < 0 ? -(int64_t)r : (int64_t)r;
    return h == -1 ? -2 : h;
}

int int_compare(AwValue a, AwValue b) {
    if (is_small(a) && is_small(b)) {
        int64_t x = small_of(a), y = small_of(b);
        return (x > y) - (x < y);
    }
    MpzView va, vb;
    int c = mpz_cmp(mpz_view(a, &va), mpz_view(b, &vb));
    return (c > 0) - (c < 0);
}

int int_compare_double(AwValue a, double d) {
    if (isnan(d)) return 2;
    if (is_small(a)) {
        double x = (double)small_of(a); /* exact: 48 bits */
        return (x > d) - (x < d);
    }
    int c = mpz_cmp_d(AW_BIGINT(a)->z, d); /* exact, handles infinities */
    return (c > 0) - (c < 0);
}

/* The answer of a rich comparison given a three-way result (2: unordered, i.e. NaN). */
static bool compare_outcome(int c, AwCmpOp op) {
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

static AwValue int_richcompare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    int c;
    if (int_check(b)) c = int_compare(a, b);
    else if (float_check(b)) c = int_compare_double(a, float_value(b));
    else return AW_NOTIMPL;
    return value_from_bool(compare_outcome(c, op));
}

static AwStatus int_hash_slot(AwVM *vm, AwValue self, int64_t *out) {
    *out = int_hash(self);
    return AW_OK;
}

/* ---- arithmetic ---- */

static bool mul_overflow(int64_t x, int64_t y, int64_t *r) {
#ifdef __GNUC__
    return __builtin_mul_overflow(x, y, r);
#else
    if (y != 0) {
        int64_t limit = INT64_MAX / (y < 0 ? -y : y);
        if (x > limit || x < -limit) return true;
    }
    *r = x * y;
    return false;
#endif
}

static AwValue zero_division(AwVM *vm, AwBinOp op) {
    const char *msg = op == AW_BINOP_TRUEDIV ? "division by zero"
                    : op == AW_BINOP_MOD ? "integer modulo by zero"
                    : "integer division or modulo by zero";
    return vm_raise(vm, &aw_exc_ZeroDivisionError, "%s", msg);
}

/* a / b correctly rounded, as CPython's long_true_divide: scale a so the quotient has
 * DBL_MANT_DIG + 2 or 3 bits (fewer for subnormal results), divide, fold the remainder into
 * a sticky bit, round half-even by hand, then scale back with ldexp (exact). */
static AwValue true_divide_big(AwVM *vm, mpz_srcptr a, mpz_srcptr b) {
    bool negate = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) return value_from_double_fast(negate ? -0.0 : 0.0);
    size_t abits = mpz_sizeinbase(a, 2), bbits = mpz_sizeinbase(b, 2);
    if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG)
        return value_from_double(mpz_get_d(a) / mpz_get_d(b)); /* both exact */
    long diff = (long)abits - (long)bbits;
    if (diff > DBL_MAX_EXP) goto overflow;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return value_from_double_fast(negate ? -0.0 : 0.0);
    long shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    mpz_t x, rem, bb;
    mpz_init(x);
    mpz_init(rem);
    mpz_init(bb);
    mpz_abs(x, a);
    mpz_abs(bb, b);
    bool inexact = false;
    if (shift <= 0) {
        mpz_mul_2exp(x, x, (mp_bitcnt_t)-shift);
    } else {
        inexact = mpz_scan1(x, 0) < (mp_bitcnt_t)shift;
        mpz_tdiv_q_2exp(x, x, (mp_bitcnt_t)shift);
    }
    mpz_tdiv_qr(x, rem, x, bb);
    if (mpz_sgn(rem) != 0) inexact = true;
    long xbits = (long)mpz_sizeinbase(x, 2);
    uint64_t low = mpz_low64(x);
    mpz_clear(x);
    mpz_clear(rem);
    mpz_clear(bb);
    long extra = (xbits > DBL_MIN_EXP - shift ? xbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    uint64_t mask = (uint64_t)1 << (extra - 1);
    low |= inexact;
    if ((low & mask) && (low & (3 * mask - 1))) low += mask;
    low &= ~(2 * mask - 1);
    double dx = (double)low; /* exact: at most 54 significant bits */
    if (shift + xbits >= DBL_MAX_EXP && (shift + xbits > DBL_MAX_EXP || dx == ldexp(1.0, (int)xbits)))
        goto overflow;
    double result = ldexp(dx, (int)shift);
    return value_from_double_fast(negate ? -result : result);
overflow:
    return vm_raise(vm, &aw_exc_OverflowError, "integer division result too large for a float");
}

/* a ** b for b >= 0 on big values. */
static AwValue pow_big(AwVM *vm, mpz_srcptr x, mpz_srcptr y) {
    if (mpz_cmpabs_ui(x, 1) <= 0) { /* 0, 1, -1: the result stays tiny for any exponent */
        if (mpz_sgn(x) == 0) return value_from_small(mpz_sgn(y) == 0);
        if (mpz_sgn(x) > 0) return value_from_small(1);
        return value_from_small(mpz_odd_p(y) ? -1 : 1);
    }
    uint64_t bits_per = mpz_sizeinbase(x, 2) - 1; /* >= 1 */
    if (mpz_sizeinbase(y, 2) > 40) return vm_raise_memory(vm);
    uint64_t e = mpz_low64(y);
    if (e > MAX_RESULT_BITS || bits_per * e > MAX_RESULT_BITS) return vm_raise_memory(vm);
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, x, (unsigned long)e);
    return take_mpz(vm, r);
}

static AwValue int_pow(AwVM *vm, AwValue a, AwValue b) {
    if (int_sign(b) < 0) { /* negative exponent: a float result, as CPython */
        double x, y;
        if (int_to_double(vm, a, &x) || int_to_double(vm, b, &y)) return AW_ERR;
        return float_binary_op(vm, x, y, AW_BINOP_POW);
    }
    if (is_small(a) && is_small(b)) {
        int64_t base = small_of(a), result = 1;
        uint64_t e = (uint64_t)small_of(b);
        while (e) {
            if ((e & 1) && mul_overflow(result, base, &result)) goto big;
            e >>= 1;
            if (e && mul_overflow(base, base, &base)) goto big;
        }
        return int_from_i64(vm, result);
    }
big:;
    MpzView va, vb;
    return pow_big(vm, mpz_view(a, &va), mpz_view(b, &vb));
}

/* CPython's answer to a left shift too big to build: OverflowError when the result would
 * need more 30-bit digits than a size can count (MAX_LONG_DIGITS), else MemoryError. */
static AwValue lshift_too_big(AwVM *vm, mpz_srcptr x, mpz_srcptr y) {
    const uint64_t max_digits = ((uint64_t)INT64_MAX - 24) / 4;
    mpz_t digits;   /* the result's size in 30-bit digits */
    mpz_init(digits);
    unsigned long rem = mpz_fdiv_q_ui(digits, y, 30);
    mpz_add_ui(digits, digits, (unsigned long)((mpz_sizeinbase(x, 2) + 29) / 30 + (rem != 0)));
    bool overflow = mpz_sizeinbase(digits, 2) > 63 || mpz_low64(digits) > max_digits;
    mpz_clear(digits);
    if (overflow) return vm_raise(vm, &aw_exc_OverflowError, "too many digits in integer");
    return vm_raise_memory(vm);
}

static AwValue shift_big(AwVM *vm, mpz_srcptr x, mpz_srcptr y, bool left) {
    if (mpz_sgn(y) < 0) return vm_raise(vm, &aw_exc_ValueError, "negative shift count");
    if (mpz_sgn(x) == 0) return value_from_small(0);
    mpz_t r;
    if (left) {
        if (mpz_sizeinbase(y, 2) > 40 || mpz_low64(y) + mpz_sizeinbase(x, 2) > MAX_RESULT_BITS)
            return lshift_too_big(vm, x, y);
        mpz_init(r);
        mpz_mul_2exp(r, x, (mp_bitcnt_t)mpz_low64(y));
        return take_mpz(vm, r);
    }
    if (mpz_sizeinbase(y, 2) > 40 || mpz_low64(y) >= mpz_sizeinbase(x, 2))
        return value_from_small(mpz_sgn(x) < 0 ? -1 : 0);
    mpz_init(r);
    mpz_fdiv_q_2exp(r, x, (mp_bitcnt_t)mpz_low64(y));
    return take_mpz(vm, r);
}

/* Every operator on two ints through GMP. */
static AwValue binary_big(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    MpzView va, vb;
    mpz_srcptr x = mpz_view(a, &va), y = mpz_view(b, &vb);
    mpz_t r;
    switch (op) {
    case AW_BINOP_TRUEDIV:
        if (mpz_sgn(y) == 0) return zero_division(vm, op);
        return true_divide_big(vm, x, y);
    case AW_BINOP_POW: return int_pow(vm, a, b);
    case AW_BINOP_LSHIFT: return shift_big(vm, x, y, true);
    case AW_BINOP_RSHIFT: return shift_big(vm, x, y, false);
    case AW_BINOP_FLOORDIV: case AW_BINOP_MOD:
        if (mpz_sgn(y) == 0) return zero_division(vm, op);
        break;
    case AW_BINOP_MUL:
        if (mpz_sizeinbase(x, 2) + mpz_sizeinbase(y, 2) > MAX_RESULT_BITS) return vm_raise_memory(vm);
        break;
    default: break;
    }
    mpz_init(r);
    switch (op) {
    case AW_BINOP_ADD: mpz_add(r, x, y); break;
    case AW_BINOP_SUB: mpz_sub(r, x, y); break;
    case AW_BINOP_MUL: mpz_mul(r, x, y); break;
    case AW_BINOP_FLOORDIV: mpz_fdiv_q(r, x, y); break;
    case AW_BINOP_MOD: mpz_fdiv_r(r, x, y); break;
    case AW_BINOP_AND: mpz_and(r, x, y); break;
    case AW_BINOP_OR: mpz_ior(r, x, y); break;
    case AW_BINOP_XOR: mpz_xor(r, x, y); break;
    default:
        mpz_clear(r);
        return AW_NOTIMPL;
    }
    return take_mpz(vm, r);
}

/* The fast path: both operands small (48-bit), so + and - cannot overflow an int64. */
static AwValue binary_small(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    int64_t x = small_of(a), y = small_of(b), r;
    switch (op) {
    case AW_BINOP_ADD: return int_from_i64(vm, x + y);
    case AW_BINOP_SUB: return int_from_i64(vm, x - y);
    case AW_BINOP_MUL:
        if (mul_overflow(x, y, &r)) return binary_big(vm, a, b, op);
        return int_from_i64(vm, r);
    case AW_BINOP_TRUEDIV:
        if (y == 0) return zero_division(vm, op);
        return value_from_double_fast((double)x / (double)y);
    case AW_BINOP_FLOORDIV:
        if (y == 0) return zero_division(vm, op);
        r = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0))) r--;
        return int_from_i64(vm, r);
    case AW_BINOP_MOD:
        if (y == 0) return zero_division(vm, op);
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return value_from_small(r);
    case AW_BINOP_POW: return int_pow(vm, a, b);
    case AW_BINOP_LSHIFT:
        if (y < 0) return vm_raise(vm, &aw_exc_ValueError, "negative shift count");
        if (x == 0) return value_from_small(0);
        if (y < 16) return int_from_i64(vm, x * ((int64_t)1 << y));
        return binary_big(vm, a, b, op);
    case AW_BINOP_RSHIFT:
        if (y < 0) return vm_raise(vm, &aw_exc_ValueError, "negative shift count");
        if (y >= 63) return value_from_small(x < 0 ? -1 : 0);
        return value_from_small(x >= 0 ? x >> y : ~(~x >> y));
    case AW_BINOP_AND: return value_from_small(x & y);
    case AW_BINOP_OR: return value_from_small(x | y);
    case AW_BINOP_XOR: return value_from_small(x ^ y);
    default: return AW_NOTIMPL;
    }
}

static bool is_bitwise(AwBinOp op) { return op == AW_BINOP_AND || op == AW_BINOP_OR || op == AW_BINOP_XOR; }

static AwValue bool_bitwise(AwValue a, AwValue b, AwBinOp op) {
    bool x = a == AW_TRUE, y = b == AW_TRUE;
    return value_from_bool(op == AW_BINOP_AND ? (x && y) : op == AW_BINOP_OR ? (x || y) : (x != y));
}

/* Both operands are ints; NotImplemented for @ (the slots and the public entry differ there). */
static AwValue int_arith(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    if (value_is_bool(a) && value_is_bool(b) && is_bitwise(op)) return bool_bitwise(a, b, op);
    if (is_small(a) && is_small(b)) return binary_small(vm, a, b, op);
    return binary_big(vm, a, b, op);
}

AwValue int_binary_op(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    if (op >= AW_BINOP_INPLACE) op -= AW_BINOP_INPLACE;
    AwValue r = int_arith(vm, a, b, op);
    if (r == AW_NOTIMPL)
        return vm_raise(vm, &aw_exc_TypeError, "unsupported operand type(s) for @: '%s' and '%s'",
                        ops_type_name(a), ops_type_name(b));
    return r;
}

/* int op float: the int converts to float first, except for operators float lacks. */
static AwValue mixed_float(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    if (is_bitwise(op) || op == AW_BINOP_LSHIFT || op == AW_BINOP_RSHIFT || op == AW_BINOP_MATMUL)
        return AW_NOTIMPL;
    double x, y;
    if (int_check(a)) {
        if (int_to_double(vm, a, &x)) return AW_ERR;
    } else x = float_value(a);
    if (int_check(b)) {
        if (int_to_double(vm, b, &y)) return AW_ERR;
    } else y = float_value(b);
    return float_binary_op(vm, x, y, op);
}

/* The binary slot: a is an int (or bool, or subclass instance). */
static AwValue int_binary_slot(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    if (int_check(b)) return int_arith(vm, a, b, op);
    if (float_check(b)) return mixed_float(vm, a, b, op);
    return AW_NOTIMPL;
}

/* The reflected slot: b is an int, a is whatever did not handle the operation. */
static AwValue int_rbinary_slot(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    if (int_check(a)) return int_arith(vm, a, b, op);
    if (float_check(a)) return mixed_float(vm, a, b, op);
    return AW_NOTIMPL;
}

AwValue int_divmod(AwVM *vm, AwValue a, AwValue b) {
    AwValue q = int_arith(vm, a, b, AW_BINOP_FLOORDIV);
    if (q == AW_ERR) return AW_ERR;
    AwValue r = int_arith(vm, a, b, AW_BINOP_MOD);
    if (r == AW_ERR) return AW_ERR;
    AwTuple *t = tuple_pack2(vm, q, r);
    return t ? value_from_ptr(t) : AW_ERR;
}

AwValue int_pow_mod(AwVM *vm, AwValue base, AwValue exp, AwValue mod) {
    if (!int_check(base) || !int_check(exp) || !int_check(mod))
        return vm_raise(vm, &aw_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    MpzView vb, ve, vm_;
    mpz_srcptr b = mpz_view(base, &vb), e = mpz_view(exp, &ve), m = mpz_view(mod, &vm_);
    if (mpz_sgn(m) == 0) return vm_raise(vm, &aw_exc_ValueError, "pow() 3rd argument cannot be 0");
    mpz_t r, absm, inv;
    mpz_init(r);
    mpz_init(absm);
    mpz_init(inv);
    mpz_abs(absm, m);
    AwValue out;
    if (mpz_sgn(e) < 0) {
        if (!mpz_invert(inv, b, absm)) {
            out = vm_raise(vm, &aw_exc_ValueError, "base is not invertible for the given modulus");
            goto done;
        }
        mpz_neg(r, e);
        mpz_powm(r, inv, r, absm);
    } else {
        mpz_powm(r, b, e, absm); /* in [0, |m|) */
    }
    if (mpz_cmp_ui(absm, 1) == 0) mpz_set_ui(r, 0);
    if (mpz_sgn(m) < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, absm);
    out = take_mpz(vm, r);
    mpz_clear(absm);
    mpz_clear(inv);
    return out;
done:
    mpz_clear(r);
    mpz_clear(absm);
    mpz_clear(inv);
    return out;
}

AwValue int_abs(AwVM *vm, AwValue v) {
    if (is_small(v)) {
        int64_t i = small_of(v);
        return int_from_i64(vm, i < 0 ? -i : i);
    }
    if (mpz_sgn(AW_BIGINT(v)->z) >= 0) return exact_int(vm, v);
    mpz_t r;
    mpz_init(r);
    mpz_abs(r, AW_BIGINT(v)->z);
    return take_mpz(vm, r);
}

static AwValue int_unary(AwVM *vm, AwValue a, AwUnaryOp op) {
    if (is_small(a)) {
        int64_t x = small_of(a);
        if (op == AW_UNARY_NEG) return int_from_i64(vm, -x);
        if (op == AW_UNARY_INVERT) return int_from_i64(vm, ~x);
        return value_from_small(x);
    }
    if (op == AW_UNARY_POS) return exact_int(vm, a);
    mpz_t r;
    mpz_init(r);
    if (op == AW_UNARY_NEG) mpz_neg(r, AW_BIGINT(a)->z);
    else mpz_com(r, AW_BIGINT(a)->z);
    return take_mpz(vm, r);
}

static int int_truth(AwVM *vm, AwValue self) { return int_sign(self) != 0; }

AwValue int_round(AwVM *vm, AwValue v, int64_t ndigits) {
    if (ndigits >= 0) return exact_int(vm, v);
    MpzView mv;
    mpz_srcptr x = mpz_view(v, &mv);
    uint64_t k = ndigits == INT64_MIN ? (uint64_t)INT64_MAX + 1 : (uint64_t)-ndigits;
    /* 10**k > 2|x| makes the result 0; checking with a log bound avoids computing 10**k. */
    if ((double)k > ((double)mpz_sizeinbase(x, 2) + 1) * 0.30103 + 1) return value_from_small(0);
    mpz_t p, q, r;
    mpz_init(p);
    mpz_init(q);
    mpz_init(r);
    mpz_ui_pow_ui(p, 10, (unsigned long)k);
    mpz_fdiv_qr(q, r, x, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1); /* half to even */
    mpz_mul(q, q, p);
    mpz_clear(p);
    mpz_clear(r);
    return take_mpz(vm, q);
}

/* ---- int -> text ---- */

static AwValue digits_limit_error(AwVM *vm) {
    return vm_raise(vm, &aw_exc_ValueError, "Exceeds the limit (%lld digits) for integer string conversion; "
                    "use sys.set_int_max_str_digits() to increase the limit", (long long)max_str_digits);
}

AwStatus int_append_digits(AwVM *vm, AwValue v, int base, AwBuf *out) {
    static const char digit_chars[] = "0123456789abcdef";
    if (is_small(v)) {
        int64_t i = small_of(v);
        uint64_t mag = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        char tmp[72];
        size_t n = sizeof tmp;
        do {
            tmp[--n] = digit_chars[mag % (uint64_t)base];
            mag /= (uint64_t)base;
        } while (mag);
        return buf_append(out, tmp + n, sizeof tmp - n);
    }
    mpz_srcptr z = AW_BIGINT(v)->z;
    size_t cap = mpz_sizeinbase(z, base) + 2; /* exact or one too many, plus sign and NUL */
    bool limited = base == 10 && max_str_digits > 0 && cap - 2 > STR_DIGITS_THRESHOLD;
    if (limited && cap - 3 > (size_t)max_str_digits) return vm_fail(digits_limit_error(vm));
    char *tmp = gc_alloc(vm, cap);
    if (!tmp) return AW_ERROR;
    mpz_get_str(tmp, base, z);
    const char *p = tmp + (tmp[0] == '-');
    size_t n = strlen(p);
    AwStatus st = limited && n > (size_t)max_str_digits ? vm_fail(digits_limit_error(vm)) : buf_append(out, p, n);
    gc_free(vm, tmp, cap);
    return st;
}

char *int_small_digits(int64_t i, char *end) {
    static const char pairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    char *p = end;
    uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    while (u >= 100) {   /* two digits per division */
        const char *d = pairs + 2 * (u % 100);
        u /= 100;
        *--p = d[1];
        *--p = d[0];
    }
    if (u >= 10) {
        *--p = pairs[2 * u + 1];
        *--p = pairs[2 * u];
    } else {
        *--p = (char)('0' + u);
    }
    if (i < 0) *--p = '-';
    return p;
}

AwStr *int_small_str(AwVM *vm, int64_t i) {
    if (i >= 0 && i <= 9) return str_ascii_char(vm, (unsigned char)('0' + i));
    char tmp[24], *end = tmp + sizeof tmp, *p = int_small_digits(i, end);
    AwStr *s = str_alloc(vm, end - p);
    if (!s) return NULL;
    memcpy(s->data, p, (size_t)(end - p));
    s->char_len = (int32_t)(end - p);
    return s;
}

AwValue int_repr_value(AwVM *vm, AwValue v) {
    if (value_is_bool(v)) {
        AwStr *s = str_from_cstr(vm, v == AW_TRUE ? "True" : "False");
        return s ? str_value(s) : AW_ERR;
    }
    if (value_is_int(v)) { /* the hot path of print(i) and str(i): no snprintf */
        AwStr *s = int_small_str(vm, value_as_small(v));
        return s ? str_value(s) : AW_ERR;
    }
    AwBuf b;
    buf_init(&b, vm);
    if ((int_sign(v) < 0 && buf_append_char(&b, '-')) || int_append_digits(vm, v, 10, &b)) {
        buf_free(&b);
        return AW_ERR;
    }
    AwStr *s = buf_to_str(&b);
    return s ? str_value(s) : AW_ERR;
}

static AwValue int_repr_slot(AwVM *vm, AwValue self) { return int_repr_value(vm, self); }

/* ---- text -> int ---- */

size_t int_number_to_ascii(const char *s, size_t len, char *out) {
    size_t i = 0, n = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 127) {
            out[n++] = (char)c;
            i++;
            continue;
        }
        int clen;
        uint32_t cp = str_decode_utf8(s + i, &clen);
        i += clen > 0 ? (size_t)clen : 1;
        int digit = unicode_decimal_value(cp);
        if (unicode_isspace(cp)) out[n++] = ' ';
        else if (digit >= 0) out[n++] = (char)('0' + digit);
        else {
            out[n++] = '?';
            break;
        }
    }
    out[n] = '\0';
    return n;
}

static bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Reads the digits of [p, end) in base into out (underscores removed): single underscores may
 * only separate digits, or follow a base prefix (leading_underscore). Returns the digit count,
 * or -1 when the text is not a valid digit string. */
static int64_t collect_digits(const char *p, const char *end, int base, bool leading_underscore, char *out) {
    int64_t n = 0;
    bool prev_underscore = leading_underscore;
    if (p < end && *p == '_' && leading_underscore) p++;
    for (; p < end; p++) {
        if (*p == '_') {
            if (prev_underscore || n == 0) return -1;
            prev_underscore = true;
            continue;
        }
        if (digit_value(*p) >= base) return -1;
        out[n++] = *p;
        prev_underscore = false;
    }
    if (n == 0 || prev_underscore) return -1;
    out[n] = '\0';
    return n;
}

/* Base prefix handling (0x/0o/0b) as PyLong_FromString. Returns the base to use, and whether
 * the literal must be all zeros (base 0 with a leading 0 and no prefix). */
static int read_prefix(const char **pp, const char *end, int base, bool *had_prefix, bool *zeros_only) {
    const char *p = *pp;
    *had_prefix = *zeros_only = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pbase = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pbase && (base == 0 || base == pbase)) {
            *pp = p + 2;
            *had_prefix = true;
            return pbase;
        }
    }
    if (base == 0) {
        *zeros_only = p < end && p[0] == '0';
        return 10;
    }
    return base;
}

static AwValue digits_to_int(AwVM *vm, const char *digits, int64_t n, int base, bool negative) {
    if (n <= 12) { /* 36**12 < 2**63 */
        int64_t acc = 0;
        for (int64_t i = 0; i < n; i++) acc = acc * base + digit_value(digits[i]);
        return int_from_i64(vm, negative ? -acc : acc);
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits, base);
    if (negative) mpz_neg(z, z);
    return take_mpz(vm, z);
}

/* Parses ASCII text (already normalised) in base 0 or 2..36. Returns the int, AW_EMPTY for an
 * invalid literal (nothing raised), or AW_ERR (digit limit, memory). */
static AwValue parse_int_ascii(AwVM *vm, const char *s, size_t len, int base) {
    const char *p = s, *end = s + len;
    while (p < end && is_ascii_space(*p)) p++;
    while (end > p && is_ascii_space(end[-1])) end--;
    bool negative = false, had_prefix, zeros_only;
    if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
    base = read_prefix(&p, end, base, &had_prefix, &zeros_only);
    char stack[256];
    size_t cap = (size_t)(end - p) + 1;
    char *digits = cap <= sizeof stack ? stack : gc_alloc(vm, cap);
    if (!digits) return AW_ERR;
    int64_t n = collect_digits(p, end, base, had_prefix, digits);
    AwValue r = AW_EMPTY;
    if (n < 0) goto done;
    if (zeros_only) {
        for (int64_t i = 0; i < n; i++)
            if (digits[i] != '0') goto done;
    }
    if ((base & (base - 1)) != 0 && n > STR_DIGITS_THRESHOLD && max_str_digits > 0 && n > max_str_digits) {
        r = vm_raise(vm, &aw_exc_ValueError, "Exceeds the limit (%lld digits) for integer string conversion: "
                     "value has %lld digits; use sys.set_int_max_str_digits() to increase the limit",
                     (long long)max_str_digits, (long long)n);
        goto done;
    }
    r = digits_to_int(vm, digits, n, base, negative);
done:
    if (digits != stack) gc_free(vm, digits, cap);
    return r;
}

/* Parses UTF-8 or bytes text; AW_EMPTY for an invalid literal. */
static AwValue parse_int_text(AwVM *vm, const char *s, size_t len, int base) {
    char stack[256];
    char *ascii = len + 1 <= sizeof stack ? stack : gc_alloc(vm, len + 1);
    if (!ascii) return AW_ERR;
    size_t n = int_number_to_ascii(s, len, ascii);
    AwValue r = parse_int_ascii(vm, ascii, n, base);
    if (ascii != stack) gc_free(vm, ascii, len + 1);
    return r;
}

/* "invalid literal for int() with base 10: 'abc'" with the repr cut at 200 code points. */
static AwValue invalid_literal(AwVM *vm, AwValue text, int base) {
    AwValue r;
    if (value_is_instance(text, &aw_type_str)) r = ops_repr(vm, text);
    else {   /* any bytes-like shows as bytes, as CPython's */
        const char *data;
        int64_t len;
        bytes_view(text, &data, &len);
        AwBytes *b = bytes_new(vm, data, (size_t)len);
        r = b ? bytes_repr(vm, b) : AW_ERR;
    }
    if (r == AW_ERR) return AW_ERR;
    AwStr *rs = AW_STR(r);
    int64_t cut = rs->char_len > 200 ? str_byte_offset(rs, 200) : rs->byte_len;
    return vm_raise(vm, &aw_exc_ValueError, "invalid literal for int() with base %d: %.*s", base, (int)cut, rs->data);
}

AwValue int_from_string(AwVM *vm, const char *s, size_t len, int base) {
    AwValue r = parse_int_text(vm, s, len, base);
    if (r != AW_EMPTY) return r;
    AwStr *text = str_new(vm, s, len);
    return text ? invalid_literal(vm, str_value(text), base) : AW_ERR;
}

/* int(str or bytes-like, base). A bytearray or memoryview is named as the bytes it holds in the
 * error, as CPython does. */
static AwValue int_from_text_value(AwVM *vm, AwValue text, int base) {
    if (value_is_instance(text, &aw_type_str)) {
        AwValue r = parse_int_text(vm, AW_STR(text)->data, (size_t)AW_STR(text)->byte_len, base);
        return r == AW_EMPTY ? invalid_literal(vm, text, base) : r;
    }
    const char *data;
    int64_t len;
    bytes_view(text, &data, &len);
    AwValue r = parse_int_ascii(vm, data, (size_t)len, base); /* no Unicode */
    if (r != AW_EMPTY) return r;
    if (value_is_instance(text, &aw_type_bytes)) return invalid_literal(vm, text, base);
    AwBytes *copy = bytes_new(vm, data, (size_t)len);
    return copy ? invalid_literal(vm, value_from_ptr(copy), base) : AW_ERR;
}

/* What int(x, base) accepts: str, bytes, bytearray (not memoryview, as in CPython). */
static bool is_text(AwValue v) {
    return value_is_instance(v, &aw_type_str) || value_is_instance(v, &aw_type_bytes) || value_is_instance(v, &aw_type_bytearray);
}

bool int_is_strict_subclass(AwValue v) { return !value_is_int(v) && int_check(v) && type_of(v) != &aw_type_int; }

/* ---- the constructor ---- */

static AwValue bool_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames);

/* A subclass instance (class MyInt(int)) holding the value of the int v. */
static AwValue new_subclass_instance(AwVM *vm, AwType *type, AwValue v) {
    AwBigInt *b = (AwBigInt *)gc_new(vm, type, type->instance_size);
    if (!b) return AW_ERR;
    MpzView mv;
    mpz_init_set(b->z, mpz_view(v, &mv));
    return value_from_ptr(b);
}

static AwValue call_conversion(AwVM *vm, AwValue x, const char *name, bool *found) {
    AwStr *hook = str_intern_cstr(vm, name);
    bool trunc = strcmp(name, "__trunc__") == 0;
    *found = trunc && type_lookup(type_of(x), hook) != AW_EMPTY;
    if (*found && exception_warn(vm, &aw_exc_DeprecationWarning, "The delegation of int() to __trunc__ is deprecated."))
        return AW_ERR;
    AwValue r = vm_call_dunder(vm, x, hook, 0, NULL);
    *found = r != AW_EMPTY;
    if (r == AW_ERR || r == AW_EMPTY) return r;
    if (!int_check(r) && trunc) {   /* CPython 3.11: the result's __index__, else this TypeError */
        AwValue t = r;
        if (gc_push_root(vm, t)) return AW_ERR;
        r = ops_index(vm, t);
        if (r == AW_ERR && vm_exc_matches(vm, &aw_exc_TypeError)) {
            vm_exc_clear(vm);
            vm_raise(vm, &aw_exc_TypeError, "__trunc__ returned non-Integral (type %s)", ops_type_name(t));
        }
        gc_pop_roots(vm, 1);
        return r == AW_ERR ? AW_ERR : exact_int(vm, r);
    }
    if (!int_check(r))
        return vm_raise(vm, &aw_exc_TypeError, "%s returned non-int (type %s)", name, ops_type_name(r));
    if (!trunc && int_is_strict_subclass(r) &&
        exception_warn_strict_subclass(vm, name, "int", r))
        return AW_ERR;
    return exact_int(vm, r);
}

/* The conversion hooks in CPython's order; *found says whether one existed. */
static AwValue call_conversions(AwVM *vm, AwValue x, bool *found) {
    static const char *const hooks[] = {"__int__", "__index__", "__trunc__"};
    for (size_t i = 0; i < sizeof hooks / sizeof hooks[0]; i++) {
        AwValue r = call_conversion(vm, x, hooks[i], found);
        if (*found) return r;
    }
    return AW_EMPTY;
}

AwValue int_coerce(AwVM *vm, AwValue x) {
    bool found;
    /* A user class's own __int__ comes first even when it subclasses int, float or str. */
    if (type_of(x)->flags & AW_TYPE_HEAP) {
        AwValue r = call_conversions(vm, x, &found);
        if (found) return r;
    }
    if (int_check(x)) return exact_int(vm, x);
    if (float_check(x)) return int_from_double(vm, float_value(x));
    const char *data;
    int64_t len;
    if (is_text(x) || memoryview_view(x, &data, &len)) return int_from_text_value(vm, x, 10);
    AwValue r = call_conversions(vm, x, &found);
    if (found) return r;
    AwValue exported = bytes_from_export(vm, x);   /* a buffer exporter (array.array): its bytes as text */
    if (exported != AW_EMPTY) return exported == AW_ERR ? AW_ERR : int_from_text_value(vm, exported, 10);
    return vm_raise(vm, &aw_exc_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                    ops_type_name(x));
}

static AwValue int_with_base(AwVM *vm, AwValue x, AwValue base_value) {
    if (x == AW_EMPTY) return vm_raise(vm, &aw_exc_TypeError, "int() missing string argument");
    int64_t base;
    if (args_int_clamped(vm, base_value, &base)) return AW_ERR;
    if (base != 0 && (base < 2 || base > 36))
        return vm_raise(vm, &aw_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (!is_text(x)) return vm_raise(vm, &aw_exc_TypeError, "int() can't convert non-string with explicit base");
    return int_from_text_value(vm, x, (int)base);
}

/* int(x=0, /, base=10) */
static AwValue int_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (argc + nkw > 2) return vm_raise(vm, &aw_exc_TypeError, "int() takes at most 2 arguments (%d given)", argc + nkw);
    AwValue x = argc >= 1 ? argv[0] : AW_EMPTY, base = argc >= 2 ? argv[1] : AW_EMPTY;
    for (int i = 0; i < nkw; i++) {
        AwStr *key = AW_STR(kwnames->items[i]);
        if (!str_equal_cstr(key, "base"))
            return vm_raise(vm, &aw_exc_TypeError, "'%s' is an invalid keyword argument for int()", key->data);
        if (base != AW_EMPTY)
            return vm_raise(vm, &aw_exc_TypeError, "argument for int() given by name ('base') and position (2)");
        base = argv[argc + i];
    }
    AwValue r = base != AW_EMPTY ? int_with_base(vm, x, base) : x == AW_EMPTY ? value_from_small(0) : int_coerce(vm, x);
    if (r == AW_ERR || type == &aw_type_int) return r;
    return new_subclass_instance(vm, type, r);
}

/* int.__new__(cls, x=0, base=10): what a subclass's __new__ reaches through super(). */
static AwValue int_m_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc < 1 || !value_is_instance(argv[0], &aw_type_type))
        return vm_raise(vm, &aw_exc_TypeError, "int.__new__(X): X is not a type object");
    AwType *type = (AwType *)value_as_ptr(argv[0]);
    if (!type_is_subtype(type, &aw_type_int))
        return vm_raise(vm, &aw_exc_TypeError, "int.__new__(%s): %s is not a subtype of int", type_name(type), type_name(type));
    if (type == &aw_type_bool)   /* CPython's tp_new_wrapper safety check */
        return vm_raise(vm, &aw_exc_TypeError, "int.__new__(bool) is not safe, use bool.__new__()");
    return int_new(vm, type, argc - 1, argv + 1, kwnames);
}

static void int_free(AwVM *vm, AwObject *self) {
    AwBigInt *b = (AwBigInt *)self;
    if (b->z->_mp_d && b->z->_mp_alloc) mpz_clear(b->z); /* a never-initialised subclass instance is all zeros */
}

/* ---- methods ---- */

static AwValue bad_self(AwVM *vm, const char *name, AwValue self) {
    return vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' requires a 'int' object but received a '%s'", name, ops_type_name(self));
}

#define CHECK_SELF(name, n)                                                                       \
    do {                                                                                          \
        if (argc < 1 || !int_check(argv[0])) return bad_self(vm, name, argc ? argv[0] : AW_NONE); \
        if (args_no_kwargs(vm, name, kwnames) || args_count(vm, name, argc - 1, n, n)) return AW_ERR; \
    } while (0)

/* The binary dunders (__add__, __radd__, ...) share one body; the table below binds each to
 * its operator. They return NotImplemented for non-ints, as CPython's int methods do. */
static AwValue dunder_binary(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames, const char *name,
                             AwBinOp op, bool reflected) {
    CHECK_SELF(name, 1);
    if (!int_check(argv[1])) return AW_NOTIMPL;
    return reflected ? int_arith(vm, argv[1], argv[0], op) : int_arith(vm, argv[0], argv[1], op);
}

#define INT_BINARY_DUNDERS(X) \
    X(add, AW_BINOP_ADD) X(sub, AW_BINOP_SUB) X(mul, AW_BINOP_MUL) X(truediv, AW_BINOP_TRUEDIV) \
    X(floordiv, AW_BINOP_FLOORDIV) X(mod, AW_BINOP_MOD) X(lshift, AW_BINOP_LSHIFT) \
    X(rshift, AW_BINOP_RSHIFT) X(and, AW_BINOP_AND) X(or, AW_BINOP_OR) X(xor, AW_BINOP_XOR)

#define DEFINE_DUNDERS(n, op)                                                                        \
    static AwValue int_m_##n(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {                 \
        return dunder_binary(vm, argc, argv, kw, "__" #n "__", op, false);                            \
    }                                                                                                \
    static AwValue int_m_r##n(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {                \
        return dunder_binary(vm, argc, argv, kw, "__r" #n "__", op, true);                            \
    }
INT_BINARY_DUNDERS(DEFINE_DUNDERS)
#undef DEFINE_DUNDERS

/* __pow__(exp, mod=None) and __rpow__(base, mod=None). */
static AwValue pow_dunder(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames, bool reflected) {
    const char *name = reflected ? "__rpow__" : "__pow__";
    if (argc < 1 || !int_check(argv[0])) return bad_self(vm, name, argc ? argv[0] : AW_NONE);
    if (args_no_kwargs(vm, name, kwnames) || args_count(vm, name, argc - 1, 1, 2)) return AW_ERR;
    if (!int_check(argv[1])) return AW_NOTIMPL;
    AwValue a = reflected ? argv[1] : argv[0], b = reflected ? argv[0] : argv[1];
    if (argc == 3 && argv[2] != AW_NONE) return int_check(argv[2]) ? int_pow_mod(vm, a, b, argv[2]) : AW_NOTIMPL;
    return int_pow(vm, a, b);
}
static AwValue int_m_pow(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return pow_dunder(vm, argc, argv, kw, false); }
static AwValue int_m_rpow(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return pow_dunder(vm, argc, argv, kw, true); }

static AwValue int_m_divmod(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__divmod__", 1);
    return int_check(argv[1]) ? int_divmod(vm, argv[0], argv[1]) : AW_NOTIMPL;
}

static AwValue int_m_rdivmod(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__rdivmod__", 1);
    return int_check(argv[1]) ? int_divmod(vm, argv[1], argv[0]) : AW_NOTIMPL;
}

static AwValue compare_dunder(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames, const char *name, AwCmpOp op) {
    CHECK_SELF(name, 1);
    /* The slot also orders ints against floats (so float needs no reflected case), but the
     * dunder answers for ints only: (1).__eq__(1.0) is NotImplemented as in CPython. */
    if (!int_check(argv[1])) return AW_NOTIMPL;
    return int_richcompare(vm, argv[0], argv[1], op);
}

#define INT_COMPARE_DUNDERS(X) \
    X(lt, AW_CMP_LT) X(le, AW_CMP_LE) X(eq, AW_CMP_EQ) X(ne, AW_CMP_NE) X(gt, AW_CMP_GT) X(ge, AW_CMP_GE)
#define DEFINE_COMPARE(n, op)                                                        \
    static AwValue int_m_##n(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { \
        return compare_dunder(vm, argc, argv, kw, "__" #n "__", op);                 \
    }
INT_COMPARE_DUNDERS(DEFINE_COMPARE)
#undef DEFINE_COMPARE

static AwValue int_m_neg(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__neg__", 0);
    return int_unary(vm, argv[0], AW_UNARY_NEG);
}

static AwValue int_m_pos(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__pos__", 0);
    return int_unary(vm, argv[0], AW_UNARY_POS);
}

static AwValue int_m_invert(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__invert__", 0);
    return int_unary(vm, argv[0], AW_UNARY_INVERT);
}

static AwValue int_m_abs(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__abs__", 0);
    return int_abs(vm, argv[0]);
}

static AwValue int_m_bool(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__bool__", 0);
    return value_from_bool(int_sign(argv[0]) != 0);
}

/* __int__, __index__, __trunc__, __floor__, __ceil__, conjugate: the exact int itself. */
static AwValue int_m_int(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__int__", 0);
    return exact_int(vm, argv[0]);
}

static AwValue int_m_float(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__float__", 0);
    double d;
    if (int_to_double(vm, argv[0], &d)) return AW_ERR;
    return value_from_double_fast(d);
}

static AwValue int_m_hash(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__hash__", 0);
    return int_from_i64(vm, int_hash(argv[0]));
}

static AwValue int_m_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__repr__", 0);
    if (value_is_bool(argv[0])) return int_repr_value(vm, value_from_small(argv[0] == AW_TRUE));  /* int.__repr__(True) */
    return int_repr_value(vm, argv[0]);
}

static AwValue bool_m_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc != 1 || !value_is_bool(argv[0])) {
        if (argc < 1) return vm_raise(vm, &aw_exc_TypeError, "descriptor '__repr__' of 'bool' object needs an argument");
        if (!value_is_bool(argv[0]))
            return vm_raise(vm, &aw_exc_TypeError, "descriptor '__repr__' requires a 'bool' object but received a '%s'",
                            ops_type_name(argv[0]));
        return vm_raise(vm, &aw_exc_TypeError, "expected 0 arguments, got %d", argc - 1);
    }
    return int_repr_value(vm, argv[0]);
}

static AwValue int_m_format(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("__format__", 1);
    if (!value_is_instance(argv[1], &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "__format__() argument must be str, not %s", ops_type_name(argv[1]));
    return format_int(vm, argv[0], AW_STR(argv[1]));
}

static AwValue int_m_round(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc < 1 || !int_check(argv[0])) return bad_self(vm, "__round__", argc ? argv[0] : AW_NONE);
    if (args_no_kwargs(vm, "__round__", kwnames) || args_count(vm, "__round__", argc - 1, 0, 1)) return AW_ERR;
    if (argc == 1) return exact_int(vm, argv[0]);
    AwValue nd = ops_index(vm, argv[1]);
    if (nd == AW_ERR) return AW_ERR;
    int64_t n = is_small(nd) ? small_of(nd) : int_sign(nd) > 0 ? INT64_MAX : INT64_MIN;
    return int_round(vm, argv[0], n);
}

static AwValue int_m_bit_length(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("bit_length", 0);
    if (int_sign(argv[0]) == 0) return value_from_small(0);
    MpzView mv;
    return int_from_u64(vm, mpz_sizeinbase(mpz_view(argv[0], &mv), 2));
}

static AwValue int_m_bit_count(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("bit_count", 0);
    MpzView mv;
    mpz_srcptr x = mpz_view(argv[0], &mv);
    if (mpz_sgn(x) >= 0) return int_from_u64(vm, mpz_popcount(x));
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, x);
    uint64_t n = mpz_popcount(a);
    mpz_clear(a);
    return int_from_u64(vm, n);
}

static AwValue int_m_as_integer_ratio(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    CHECK_SELF("as_integer_ratio", 0);
    AwValue n = exact_int(vm, argv[0]);
    if (n == AW_ERR) return AW_ERR;
    AwTuple *t = tuple_pack2(vm, n, value_from_small(1));
    return t ? value_from_ptr(t) : AW_ERR;
}

/* byteorder='big'|'little' -> true for big. */
static AwStatus parse_byteorder(AwVM *vm, AwValue v, bool *big) {
    if (v == AW_EMPTY) {
        *big = true;
        return AW_OK;
    }
    if (!value_is_instance(v, &aw_type_str))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", ops_type_name(v)));
    if (str_equal_cstr(AW_STR(v), "big")) *big = true;
    else if (str_equal_cstr(AW_STR(v), "little")) *big = false;
    else return vm_fail(vm_raise(vm, &aw_exc_ValueError, "byteorder must be either 'little' or 'big'"));
    return AW_OK;
}

/* Does x fit len bytes? Unsigned: 0 <= x < 256**len. Signed: -2**(8len-1) <= x < 2**(8len-1),
 * checked on the magnitude of x (or of ~x for negatives). */
static bool fits_bytes(mpz_srcptr x, bool is_signed, size_t len) {
    if (mpz_sgn(x) == 0) return true;
    if (!is_signed) return mpz_sizeinbase(x, 2) <= 8 * len;
    if (mpz_sgn(x) > 0) return len > 0 && mpz_sizeinbase(x, 2) <= 8 * len - 1;
    mpz_t m;
    mpz_init(m);
    mpz_com(m, x); /* -x - 1 >= 0 */
    bool ok = mpz_sgn(m) == 0 || (len > 0 && mpz_sizeinbase(m, 2) <= 8 * len - 1); /* -1 fits even 0 bytes */
    mpz_clear(m);
    return ok;
}

/* Two's complement (or unsigned) bytes of x, most significant first, into out[0..len). */
static AwStatus int_export(AwVM *vm, mpz_srcptr x, bool is_signed, char *out, size_t len) {
    if (!is_signed && mpz_sgn(x) < 0)
        return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "can't convert negative int to unsigned"));
    if (!fits_bytes(x, is_signed, len)) return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "int too big to convert"));
    mpz_t v;
    mpz_init_set(v, x);
    if (mpz_sgn(v) < 0) { /* v += 256**len: the two's complement pattern */
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, 8 * len);
        mpz_add(v, v, m);
        mpz_clear(m);
    }
    memset(out, 0, len);
    size_t count = 0, nbytes = mpz_sgn(v) == 0 ? 0 : (mpz_sizeinbase(v, 2) + 7) / 8;
    if (nbytes) mpz_export(out + len - nbytes, &count, 1, 1, 1, 0, v);
    mpz_clear(v);
    return AW_OK;
}

static void reverse_bytes(char *p, size_t n) {
    for (size_t i = 0; i < n / 2; i++) {
        char t = p[i];
        p[i] = p[n - 1 - i];
        p[n - 1 - i] = t;
    }
}

/* to_bytes(length=1, byteorder='big', *, signed=False) */
static AwValue int_m_to_bytes(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    if (argc < 1 || !int_check(argv[0])) return bad_self(vm, "to_bytes", argc ? argv[0] : AW_NONE);
    AwValue a[3];
    if (args_parse(vm, "to_bytes", argc - 1, argv + 1, kwnames, names, 0, 2, a)) return AW_ERR;
    int64_t len = 1;
    bool big, is_signed = false;
    if (a[0] != AW_EMPTY && args_int(vm, a[0], &len)) return AW_ERR;
    if (len < 0) return vm_raise(vm, &aw_exc_ValueError, "length argument must be non-negative");
    if (parse_byteorder(vm, a[1], &big)) return AW_ERR;
    if (a[2] != AW_EMPTY) {
        int t = ops_truthy(vm, a[2]);
        if (t < 0) return AW_ERR;
        is_signed = t;
    }
    char *buf = gc_alloc(vm, (size_t)len + 1);
    if (!buf) return AW_ERR;
    MpzView mv;
    AwValue r = AW_ERR;
    if (int_export(vm, mpz_view(argv[0], &mv), is_signed, buf, (size_t)len) == AW_OK) {
        if (!big) reverse_bytes(buf, (size_t)len);
        AwBytes *b = bytes_new(vm, buf, (size_t)len);
        r = b ? value_from_ptr(b) : AW_ERR;
    }
    gc_free(vm, buf, (size_t)len + 1);
    return r;
}

/* The bytes of from_bytes' first argument: a bytes object or an iterable of ints in range(256).
 * *owned tells whether *data must be released with gc_free(vm, *data, *len + 1). */
static AwStatus bytes_argument(AwVM *vm, AwValue src, char **data, size_t *len, bool *owned) {
    *owned = false;
    const char *view;
    int64_t view_len;
    if (bytes_view(src, &view, &view_len)) {   /* bytes, bytearray, memoryview: read in place */
        *data = (char *)view;
        *len = (size_t)view_len;
        return AW_OK;
    }
    /* PyObject_Bytes: __bytes__ comes before the iterable path */
    AwValue conv = vm_call_dunder(vm, src, str_intern_cstr(vm, "__bytes__"), 0, NULL);
    if (conv == AW_ERR) return AW_ERROR;
    if (conv != AW_EMPTY) {
        if (!value_is_instance(conv, &aw_type_bytes) || !bytes_view(conv, &view, &view_len))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__bytes__ returned non-bytes (type %s)", ops_type_name(conv)));
        char *copy = gc_alloc(vm, (size_t)view_len + 1);   /* nothing roots conv: keep a copy */
        if (!copy) return AW_ERROR;
        memcpy(copy, view, (size_t)view_len);
        *data = copy;
        *len = (size_t)view_len;
        *owned = true;
        return AW_OK;
    }
    if (value_is_instance(src, &aw_type_str) || !type_of(src)->iter)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "cannot convert '%s' object to bytes", ops_type_name(src)));
    AwValue it = ops_iter(vm, src);
    if (it == AW_ERR || gc_push_root(vm, it)) return AW_ERROR;
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = AW_OK;
    for (AwValue item; st == AW_OK && (item = ops_next(vm, it)) != AW_STOP;) {
        int64_t byte;
        if (item == AW_ERR || args_int(vm, item, &byte)) st = AW_ERROR;
        else if (byte < 0 || byte > 255) st = vm_fail(vm_raise(vm, &aw_exc_ValueError, "bytes must be in range(0, 256)"));
        else st = buf_append_char(&b, (char)byte);
    }
    gc_pop_roots(vm, 1);
    if (st) {
        buf_free(&b);
        return AW_ERROR;
    }
    size_t n = b.len;
    char *copy = gc_alloc(vm, n + 1);
    if (copy && n) memcpy(copy, b.data, n);
    buf_free(&b);
    if (!copy) return AW_ERROR;
    *data = copy;
    *len = n;
    *owned = true;
    return AW_OK;
}

static AwValue int_import(AwVM *vm, const char *data, size_t len, bool big, bool is_signed) {
    mpz_t z;
    mpz_init(z);
    if (len) mpz_import(z, len, big ? 1 : -1, 1, 1, 0, data);
    unsigned char top = len ? (unsigned char)data[big ? 0 : len - 1] : 0;
    if (is_signed && (top & 0x80)) { /* z -= 256**len */
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, 8 * len);
        mpz_sub(z, z, m);
        mpz_clear(m);
    }
    return take_mpz(vm, z);
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False) — a classmethod. */
static AwValue int_m_from_bytes(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    AwValue a[3];
    if (args_parse(vm, "from_bytes", argc - 1, argv + 1, kwnames, names, 1, 2, a)) return AW_ERR;
    bool big, is_signed = false, owned;
    if (parse_byteorder(vm, a[1], &big)) return AW_ERR;
    if (a[2] != AW_EMPTY) {
        int t = ops_truthy(vm, a[2]);
        if (t < 0) return AW_ERR;
        is_signed = t;
    }
    char *data;
    size_t len;
    if (bytes_argument(vm, a[0], &data, &len, &owned)) return AW_ERR;
    AwValue r = int_import(vm, data, len, big, is_signed);
    if (owned) gc_free(vm, data, len + 1);
    if (r == AW_ERR || argv[0] == value_from_ptr(&aw_type_int)) return r;
    return vm_call(vm, argv[0], 1, &r, NULL); /* a subclass builds its own instance */
}

static AwValue int_get_self(AwVM *vm, AwValue self) { return exact_int(vm, self); }
static AwValue int_get_zero(AwVM *vm, AwValue self) { return value_from_small(0); }
static AwValue int_get_one(AwVM *vm, AwValue self) { return value_from_small(1); }

static const AwMethodDef int_methods[] = {
#define METHOD_ENTRIES(n, op) {"__" #n "__", int_m_##n, 0}, {"__r" #n "__", int_m_r##n, 0},
    INT_BINARY_DUNDERS(METHOD_ENTRIES)
#undef METHOD_ENTRIES
#define COMPARE_ENTRIES(n, op) {"__" #n "__", int_m_##n, 0},
    INT_COMPARE_DUNDERS(COMPARE_ENTRIES)
#undef COMPARE_ENTRIES
    {"__new__", int_m_new, AW_METH_STATIC},
    {"__pow__", int_m_pow, 0},
    {"__rpow__", int_m_rpow, 0},
    {"__divmod__", int_m_divmod, 0},
    {"__rdivmod__", int_m_rdivmod, 0},
    {"__neg__", int_m_neg, 0},
    {"__pos__", int_m_pos, 0},
    {"__invert__", int_m_invert, 0},
    {"__abs__", int_m_abs, 0},
    {"__bool__", int_m_bool, 0},
    {"__int__", int_m_int, 0},
    {"__index__", int_m_int, 0},
    {"__trunc__", int_m_int, 0},
    {"__floor__", int_m_int, 0},
    {"__ceil__", int_m_int, 0},
    {"__float__", int_m_float, 0},
    {"__hash__", int_m_hash, 0},
    {"__repr__", int_m_repr, 0},
    {"__format__", int_m_format, 0},
    {"__round__", int_m_round, 0},
    {"conjugate", int_m_int, 0},
    {"bit_length", int_m_bit_length, 0},
    {"bit_count", int_m_bit_count, 0},
    {"as_integer_ratio", int_m_as_integer_ratio, 0},
    {"to_bytes", int_m_to_bytes, 0},
    {"from_bytes", int_m_from_bytes, AW_METH_CLASS},
    {NULL, NULL, 0},
};

static const AwGetSetDef int_getsets[] = {
    {"real", int_get_self, NULL},
    {"imag", int_get_zero, NULL},
    {"numerator", int_get_self, NULL},
    {"denominator", int_get_one, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_int = {
    .name = "int",
    .base = &aw_type_object,
    .flags = AW_TYPE_BASETYPE,
    .instance_size = sizeof(AwBigInt),
    .methods = int_methods,
    .getsets = int_getsets,
    .repr = int_repr_slot,
    .hash = int_hash_slot,
    .compare = int_richcompare,
    .binary = int_binary_slot,
    .rbinary = int_rbinary_slot,
    .unary = int_unary,
    .truth = int_truth,
    .new_ = int_new,
    .free_ = int_free,
};

/* ---- bool ---- */

static AwValue bool_binary_slot(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    if (value_is_bool(a) && value_is_bool(b) && is_bitwise(op)) return bool_bitwise(a, b, op);
    return int_binary_slot(vm, a, b, op);
}

static AwValue bool_rbinary_slot(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    if (value_is_bool(a) && value_is_bool(b) && is_bitwise(op)) return bool_bitwise(a, b, op);
    return int_rbinary_slot(vm, a, b, op);
}

/* bool(x=False, /) */
static AwValue bool_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (type != &aw_type_bool)
        return vm_raise(vm, &aw_exc_TypeError, "bool.__new__(%s): %s is not a subtype of bool", type_name(type), type_name(type));
    if (args_no_kwargs(vm, "bool", kwnames) || args_count(vm, "bool", argc, 0, 1)) return AW_ERR;
    if (argc == 0) return AW_FALSE;
    int t = ops_truthy(vm, argv[0]);
    return t < 0 ? AW_ERR : value_from_bool(t);
}

/* bool's own &, |, ^ keep bools; with an int operand they fall back to int's. */
static AwValue bool_dunder(AwVM *vm, int argc, const AwValue *argv, const char *name, AwBinOp op) {
    if (argc != 2 || !value_is_bool(argv[0])) return bad_self(vm, name, argc ? argv[0] : AW_NONE);
    if (value_is_bool(argv[1])) return bool_bitwise(argv[0], argv[1], op);
    return int_check(argv[1]) ? int_arith(vm, argv[0], argv[1], op) : AW_NOTIMPL;
}
static AwValue bool_m_and(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return bool_dunder(vm, argc, argv, "__and__", AW_BINOP_AND); }
static AwValue bool_m_or(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return bool_dunder(vm, argc, argv, "__or__", AW_BINOP_OR); }
static AwValue bool_m_xor(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return bool_dunder(vm, argc, argv, "__xor__", AW_BINOP_XOR); }

static AwValue bool_m_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (argc < 1 || !value_is_instance(argv[0], &aw_type_type))
        return vm_raise(vm, &aw_exc_TypeError, "bool.__new__(X): X is not a type object");
    return bool_new(vm, (AwType *)value_as_ptr(argv[0]), argc - 1, argv + 1, kwnames);
}

static const AwMethodDef bool_methods[] = {
    {"__new__", bool_m_new, AW_METH_STATIC},
    {"__and__", bool_m_and, 0}, {"__rand__", bool_m_and, 0},
    {"__or__", bool_m_or, 0}, {"__ror__", bool_m_or, 0},
    {"__xor__", bool_m_xor, 0}, {"__rxor__", bool_m_xor, 0},
    {"__repr__", bool_m_repr, 0},
    {NULL, NULL, 0},
};

AwType aw_type_bool = {
    .name = "bool",
    .base = &aw_type_int,
    .flags = 0, /* "type 'bool' is not an acceptable base type" */
    .instance_size = sizeof(AwBigInt),
    .methods = bool_methods,
    .repr = int_repr_slot,
    .hash = int_hash_slot,
    .compare = int_richcompare,
    .binary = bool_binary_slot,
    .rbinary = bool_rbinary_slot,
    .unary = int_unary,
    .truth = int_truth,
    .new_ = bool_new,
};
