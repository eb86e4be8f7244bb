/* value.h — the one-word value representation (NaN-boxing).
 *
 * Every aw value is a 64-bit word:
 *   - a double, stored as itself, when it is not one of the boxed NaN patterns below;
 *   - a boxed immediate when (v & AW_QNAN) == AW_QNAN:
 *       sign=1, tag=00 : heap object pointer in the low 48 bits       (0xFFFC...)
 *       sign=0, tag=00 : singleton (None, False, True, sentinels)      (0x7FFC...)
 *       sign=0, tag=01 : small int, signed 48-bit payload              (0x7FFD...)
 * Floats never have bit 50 set unless they are NaNs with a payload; every NaN that enters aw
 * (float('nan'), parsing, math functions) is rewritten by value_from_double() to 0x7FF8... (or
 * 0xFFF8... for a negative NaN, which no box uses) with a serial number in bits 0-49, and
 * hardware arithmetic on such NaNs never sets bit 50, so no float collides with a box. The
 * serial is a NaN's identity, as a new float object is CPython's:
 * `x in [x]` holds for a NaN x (containers test identity first) and `float('nan') in
 * [float('nan')]` does not. Bytes of a float (struct) show the plain 0x7FF8... NaN (0xFFF8...
 * when negative).
 * Why NaN-boxing: floats (nbody) and small ints (every loop) never touch the heap, and a type
 * test is a mask and a compare. Small ints are 48-bit; past that an int is a GMP big int (int.c).
 */
#ifndef AW_VALUE_H
#define AW_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t AwValue;

#define AW_QNAN      ((uint64_t)0x7FFC000000000000ull)
#define AW_SIGN      ((uint64_t)0x8000000000000000ull)
#define AW_TAG_MASK  ((uint64_t)0xFFFF000000000000ull)
#define AW_TAG_PTR   ((uint64_t)0xFFFC000000000000ull)
#define AW_TAG_SINGLE ((uint64_t)0x7FFC000000000000ull)
#define AW_TAG_INT   ((uint64_t)0x7FFD000000000000ull)
#define AW_PAYLOAD   ((uint64_t)0x0000FFFFFFFFFFFFull)

/* Singletons. AW_NONE/FALSE/TRUE/NOTIMPL/ELLIPSIS are real Python objects; the others are
 * sentinels that never reach aw code:
 *   AW_EMPTY : an unbound local, a missing argument, "delete" in setattr/setitem slots.
 *   AW_ERR   : "an exception is pending on the VM" — the universal error return.
 *   AW_STOP  : an iterator is exhausted (returned by next slots instead of raising StopIteration).
 *   AW_SUSPENDED : a native asked the running fiber to suspend (async natives only). */
#define AW_NONE      (AW_TAG_SINGLE | 1)
#define AW_FALSE     (AW_TAG_SINGLE | 2)
#define AW_TRUE      (AW_TAG_SINGLE | 3)
#define AW_NOTIMPL   (AW_TAG_SINGLE | 4)
#define AW_ELLIPSIS  (AW_TAG_SINGLE | 5)
#define AW_EMPTY     (AW_TAG_SINGLE | 8)
#define AW_ERR       (AW_TAG_SINGLE | 9)
#define AW_STOP      (AW_TAG_SINGLE | 10)
#define AW_SUSPENDED (AW_TAG_SINGLE | 11)

#define AW_SMALLINT_MAX ((int64_t)0x00007FFFFFFFFFFFll)
#define AW_SMALLINT_MIN (-AW_SMALLINT_MAX - 1)

struct AwObject;

static inline bool value_is_ptr(AwValue v) { return (v & AW_TAG_MASK) == AW_TAG_PTR; }
static inline bool value_is_int(AwValue v) { return (v & AW_TAG_MASK) == AW_TAG_INT; }
static inline bool value_is_float(AwValue v) { return (v & AW_QNAN) != AW_QNAN; }
static inline bool value_is_bool(AwValue v) { return v == AW_TRUE || v == AW_FALSE; }

static inline struct AwObject *value_as_ptr(AwValue v) {
    return (struct AwObject *)(uintptr_t)(v & AW_PAYLOAD);
}
static inline AwValue value_from_ptr(const void *p) { return AW_TAG_PTR | (uint64_t)(uintptr_t)p; }

/* Small ints: the caller guarantees AW_SMALLINT_MIN <= i <= AW_SMALLINT_MAX
 * (int_from_i64() in int.h checks and promotes). */
static inline AwValue value_from_small(int64_t i) { return AW_TAG_INT | ((uint64_t)i & AW_PAYLOAD); }
static inline int64_t value_as_small(AwValue v) { return ((int64_t)(v << 16)) >> 16; }
static inline bool value_fits_small(int64_t i) { return i >= AW_SMALLINT_MIN && i <= AW_SMALLINT_MAX; }

static inline double value_as_double(AwValue v) { double d; memcpy(&d, &v, sizeof d); return d; }
extern uint64_t aw_nan_serial;
static inline AwValue value_from_double(double d) {
    AwValue v;
    if (d != d) {   /* a new NaN, keeping its sign (math.copysign(1, -nan) is -1.0); bit 50 stays clear */
        memcpy(&v, &d, sizeof v);
        return (v & AW_SIGN) | (AwValue)0x7FF8000000000000ull | (++aw_nan_serial & 0x0003FFFFFFFFFFFFull);
    }
    memcpy(&v, &d, sizeof v);
    return v;
}
/* For arithmetic results: inputs had bit 50 clear, so the result cannot collide (see top). */
static inline AwValue value_from_double_fast(double d) { AwValue v; memcpy(&v, &d, sizeof v); return v; }

static inline AwValue value_from_bool(bool b) { return b ? AW_TRUE : AW_FALSE; }

#endif
