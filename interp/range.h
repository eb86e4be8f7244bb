/* range.h — range objects and their iterator.
 *
 * A range keeps its bounds as int values (small or big). When start, stop and step all fit in
 * int64 with headroom (|x| < 2**62) the range is "fast": is_fast is set and the i* fields hold
 * the same numbers, so len/getitem/contains/iteration are plain int64 arithmetic. Bigger
 * ranges use int.c arithmetic and iterate through the generic sequence iterator.
 */
#ifndef AW_RANGE_H
#define AW_RANGE_H

#include "interp/types.h"

struct AwRange {
    AwObject obj;     /* header */
    AwValue start;    /* int value */
    AwValue stop;     /* int value */
    AwValue step;     /* int value, never 0 */
    AwValue length;   /* int value: number of items */
    bool is_fast;     /* the i* fields are valid */
    int64_t istart;   /* start as int64 (is_fast) */
    int64_t istop;    /* stop as int64 (is_fast) */
    int64_t istep;    /* step as int64 (is_fast) */
    int64_t ilen;     /* length as int64 (is_fast) */
};

/* The iterator of a fast range. The VM's FOR_ITER may inline it: while (step > 0 ? next <
 * stop : next > stop) yield next, next += step (values through int_from_i64). */
typedef struct AwRangeIter {
    AwObject obj;     /* header */
    int64_t next;     /* the next value */
    int64_t stop;     /* exclusive bound */
    int64_t step;     /* never 0 */
    int64_t start;    /* the first value (what __reduce__ rebuilds the range from) */
} AwRangeIter;

/* range(start, stop, step) from int values; ValueError for a zero step. */
AwValue range_new(AwVM *vm, AwValue start, AwValue stop, AwValue step);
/* A range_iter over [start, stop) by step (all int64, |values| < 2**62). */
AwValue range_iter_new(AwVM *vm, int64_t start, int64_t stop, int64_t step);

#define AW_RANGE(v) ((AwRange *)value_as_ptr(v))

#endif
