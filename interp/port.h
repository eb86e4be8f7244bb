/* port.h — the compiler-specific helpers aw uses, each with a portable C11 fallback.
 *
 * gcc and clang get their builtins (branch hints, inlining control, overflow-checked
 * arithmetic, bit scans); any other C11 compiler gets plain code with the same meaning.
 */
#ifndef AW_PORT_H
#define AW_PORT_H

#include <stdbool.h>
#include <stdint.h>

#if defined(__GNUC__) || defined(__clang__)
#define AW_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define AW_LIKELY(x) __builtin_expect(!!(x), 1)
#define AW_NOINLINE __attribute__((noinline))
#define AW_ALWAYS_INLINE inline __attribute__((always_inline))
#define AW_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define AW_UNLIKELY(x) (x)
#define AW_LIKELY(x) (x)
#define AW_NOINLINE
#define AW_ALWAYS_INLINE inline
#define AW_PRINTF(fmt, args)
#endif

/* *r = a * b; true if it overflowed int64_t. */
static inline bool aw_mul_overflow(int64_t a, int64_t b, int64_t *r) {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_mul_overflow(a, b, r);
#else
    if (a != 0 && b != 0) {
        if (a == -1 && b == INT64_MIN) return true;
        if (b == -1 && a == INT64_MIN) return true;
        if (a > 0 ? (b > 0 ? a > INT64_MAX / b : b < INT64_MIN / a)
                  : (b > 0 ? a < INT64_MIN / b : a < INT64_MAX / b))
            return true;
    }
    *r = a * b;
    return false;
#endif
}

/* *r = a + b; true if it overflowed int64_t. */
static inline bool aw_add_overflow(int64_t a, int64_t b, int64_t *r) {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_add_overflow(a, b, r);
#else
    if ((b > 0 && a > INT64_MAX - b) || (b < 0 && a < INT64_MIN - b)) return true;
    *r = a + b;
    return false;
#endif
}

/* Index of the lowest set bit of x (x != 0). */
static inline int aw_ctz64(uint64_t x) {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_ctzll(x);
#else
    int n = 0;
    while (!(x & 1)) { x >>= 1; n++; }
    return n;
#endif
}

/* Number of leading zero bits of x (x != 0). */
static inline int aw_clz64(uint64_t x) {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_clzll(x);
#else
    int n = 0;
    while (!(x & ((uint64_t)1 << 63))) { x <<= 1; n++; }
    return n;
#endif
}

#endif
