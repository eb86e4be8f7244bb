/* int.h — int (small ints inline in the value, GMP big ints on the heap) and bool.
 *
 * Every function here treats bools as the ints 0 and 1, as Python does. Results that fit in
 * 48 bits are always small ints (a big int is never returned for a small value), so
 * value_is_int() is the fast path and equality of small ints is word equality.
 */
#ifndef AW_INT_H
#define AW_INT_H

#include <gmp.h>
#include "interp/buf.h"
#include "interp/types.h"

struct AwBigInt {
    AwObject obj;   /* header */
    mpz_t z;        /* the value; |z| > AW_SMALLINT_MAX always */
};

AwValue int_from_i64(AwVM *vm, int64_t i);
AwValue int_from_u64(AwVM *vm, uint64_t u);
/* Takes a normalised copy: small when it fits. */
AwValue int_from_mpz(AwVM *vm, const mpz_t z);
/* int(x) for a float: truncates; OverflowError for inf, ValueError for nan. */
AwValue int_from_double(AwVM *vm, double d);
/* int(s, base) with CPython's rules (underscores, whitespace, sign, 0x prefixes for base 0)
 * and messages ("invalid literal for int() with base 10: 'abc'"). */
AwValue int_from_string(AwVM *vm, const char *s, size_t len, int base);

/* True for small ints, big ints and bools. */
bool int_check(AwValue v);
/* An instance of a strict subclass of int (bool included): what CPython's conversions accept
 * from __int__/__index__ with a DeprecationWarning. */
bool int_is_strict_subclass(AwValue v);
/* Converts to int64; OverflowError ("Python int too large to convert to C int64") if too big. */
AwStatus int_to_i64(AwVM *vm, AwValue v, int64_t *out);
/* Converts to double; OverflowError ("int too large to convert to float"). */
AwStatus int_to_double(AwVM *vm, AwValue v, double *out);
/* Sign: -1, 0, 1. */
int int_sign(AwValue v);
/* Copies the value into an initialised mpz. */
void int_to_mpz(AwValue v, mpz_t out);

AwValue int_repr_value(AwVM *vm, AwValue v);        /* decimal str */
/* The decimal digits of i (with a '-' if negative) written backwards so they end at end;
 * returns their first char. The buffer needs 20 bytes before end. */
char *int_small_digits(int64_t i, char *end);
/* str(i) for a small int: the cached one-character string for 0..9, else a new ASCII string. */
AwStr *int_small_str(AwVM *vm, int64_t i);
int64_t int_hash(AwValue v);                        /* CPython's: value mod 2**61-1 */
/* Arithmetic entry used by the VM when both operands are ints (small, big or bool). */
AwValue int_binary_op(AwVM *vm, AwValue a, AwValue b, AwBinOp op);
int int_compare(AwValue a, AwValue b);             /* -1, 0, 1 */
/* Exact comparison of an int with a double: -1, 0, 1, or 2 when d is NaN (unordered). */
int int_compare_double(AwValue a, double d);
/* Digits of s normalised for int()/float() parsing, as CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ', Unicode decimal
 * digits become ASCII, and the first other non-ASCII code point becomes '?' (ending the text).
 * out needs len + 1 bytes; returns the length written. Pure. */
size_t int_number_to_ascii(const char *s, size_t len, char *out);

/* Routes GMP's allocations through the VM's allocation funnel (gc.h). Called once by vm_new. */
void int_init(AwVM *vm);

/* int(x) for one argument (CPython's PyNumber_Long): ints, floats (truncated), str/bytes in
 * base 10, objects with __int__, __index__ or __trunc__. Always returns an exact int. May run
 * aw code. */
AwValue int_coerce(AwVM *vm, AwValue x);
/* abs(), divmod() and pow(b, e, m) for ints. int_pow_mod raises CPython's TypeError when an
 * argument is not an int, and computes modular inverses for negative exponents. */
AwValue int_abs(AwVM *vm, AwValue v);
AwValue int_divmod(AwVM *vm, AwValue a, AwValue b);
AwValue int_pow_mod(AwVM *vm, AwValue base, AwValue exp, AwValue mod);
/* round(v, ndigits) for an int: an int rounded half-even to a multiple of 10**-ndigits. */
AwValue int_round(AwVM *vm, AwValue v, int64_t ndigits);
/* Appends the digits of |v| in base 2, 8, 10 or 16 (lowercase, no sign or prefix). Base 10
 * enforces the 4300-digit limit of str(int) (ValueError, as CPython 3.11). */
AwStatus int_append_digits(AwVM *vm, AwValue v, int base, AwBuf *out);
/* sys.set_int_max_str_digits / get_int_max_str_digits (0 disables the limit). */
void int_set_max_str_digits(int64_t limit);
int64_t int_get_max_str_digits(void);

#define AW_BIGINT(v) ((AwBigInt *)value_as_ptr(v))

#endif
