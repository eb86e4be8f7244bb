/* float.h — float (IEEE double, an immediate value), its text forms and arithmetic.
 *
 * A float is normally an immediate (value.h). Instances of user subclasses of float
 * (class Money(float)) are heap objects with the AwFloatObject layout; float_check and
 * float_value accept both forms, and every float operation returns plain floats.
 */
#ifndef AW_FLOAT_H
#define AW_FLOAT_H

#include <stddef.h>
#include "interp/types.h"

/* Instance of a user subclass of float: the value lives in the object. */
typedef struct {
    AwObject obj;   /* header (obj.type is the subclass) */
    double value;   /* the float's value */
} AwFloatObject;

/* True for floats and instances of float subclasses. */
static inline bool float_check(AwValue v) {
    return value_is_float(v) || (value_is_ptr(v) && value_is_instance(v, &aw_type_float));
}
/* The double of a value for which float_check is true. */
static inline double float_value(AwValue v) {
    return value_is_float(v) ? value_as_double(v) : ((AwFloatObject *)value_as_ptr(v))->value;
}

/* CPython's repr: the shortest string that round-trips ('0.1', '1e+16', '1e-07', 'inf', 'nan').
 * Writes into buf (at least 32 bytes); returns the length. Pure. */
size_t float_repr_buf(double d, char *buf, size_t size);
AwValue float_repr_value(AwVM *vm, double d);

/* Flags of float_to_string (CPython's Py_DTSF_*). */
enum {
    AW_DTOS_ALT = 1,        /* '#': keep the decimal point and trailing zeros */
    AW_DTOS_ADD_DOT_0 = 2,  /* integral values in fixed notation get '.0' */
    AW_DTOS_NO_NEG_0 = 4,   /* 'z': a negative zero after rounding loses its sign */
};
/* CPython's PyOS_double_to_string: type is 'e', 'f', 'g' or 'r' (repr; precision ignored), or
 * 'E', 'F', 'G' for upper case. Only a '-' sign is written. out needs
 * float_to_string_size(precision) bytes; returns the length written (NUL-terminated). Pure. */
size_t float_to_string(double d, char type, int precision, int flags, char *out);
size_t float_to_string_size(int precision);

/* float(s) with CPython's rules ("could not convert string to float: 'x'"). */
AwValue float_from_string(AwVM *vm, const char *s, size_t len);
/* strtod in the C locale whatever the process locale (text already checked by the caller). */
double float_strtod(const char *s);
/* Converts an int/bool/float to double (OverflowError for huge ints, TypeError otherwise). */
AwStatus float_as_double(AwVM *vm, AwValue v, double *out);
/* CPython's PyFloat_AsDouble: floats, ints, objects with __float__ or __index__; otherwise
 * TypeError "must be real number, not str". May run aw code. */
AwStatus float_coerce(AwVM *vm, AwValue v, double *out);
int64_t float_hash(double d);                       /* equal to int_hash for integral values */
/* Arithmetic on two doubles (the VM's float fast path). Operators float does not have
 * (<< >> & | ^ @) raise CPython's TypeError for two floats. */
AwValue float_binary_op(AwVM *vm, double a, double b, AwBinOp op);
/* divmod(a, b) -> (floor quotient, remainder) as CPython ("float divmod()" on zero). */
AwValue float_divmod_pair(AwVM *vm, double a, double b);
/* round(x, ndigits) -> float, correctly rounded half-even on the exact decimal value. */
AwValue float_round(AwVM *vm, double x, int64_t ndigits);
/* round(x) -> int, half to even. */
AwValue float_round_to_int(AwVM *vm, double x);

#endif
