/* complex.h — the complex type: an immutable heap object holding two doubles, with CPython
 * 3.11's constructor, arithmetic (its own product, quotient and power algorithms, so results
 * match to the last bit), hashing, repr and format().
 *
 * Instances of user subclasses of complex share the AwComplex layout; every operation accepts
 * them and returns plain complex numbers, as CPython does.
 */
#ifndef AW_COMPLEX_H
#define AW_COMPLEX_H

#include <stdbool.h>
#include "interp/types.h"

typedef struct {
    AwObject obj;   /* header (obj.type is complex or a subclass) */
    double real;    /* real part */
    double imag;    /* imaginary part */
} AwComplex;

/* True for complex numbers and instances of complex subclasses. */
static inline bool complex_check(AwValue v) {
    return value_is_ptr(v) && value_is_instance(v, &aw_type_complex);
}
static inline AwComplex *complex_of(AwValue v) { return (AwComplex *)value_as_ptr(v); }

/* A new exact complex (real + imag*j). Allocates; AW_ERR on MemoryError. */
AwValue complex_new(AwVM *vm, double real, double imag);

/* a ** b on complex operands, CPython's complex_pow: exact repeated products for integral
 * exponents up to 100, else polar form. ZeroDivisionError "0.0 to a negative or complex power",
 * OverflowError "complex exponentiation". Used by float ** float for a negative base with a
 * fractional exponent. */
AwValue complex_pow_parts(AwVM *vm, double a_real, double a_imag, double b_real, double b_imag);

/* a op b for constant folding: a and b are ints, floats or complex numbers, at least one
 * complex; only + - * and / by a non-zero value. Returns false (nothing raised) when the
 * operation is not folded. */
bool complex_fold(AwVM *vm, AwValue a, int op, AwValue b, AwValue *out);

/* CPython's PyComplex_AsCComplex: complex numbers, objects with __complex__, else anything
 * float_coerce accepts ("must be real number, not str"). May run aw code. */
AwStatus complex_coerce(AwVM *vm, AwValue v, double *real, double *imag);

#endif
