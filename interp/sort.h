/* sort.h — the stable sort behind list.sort() and sorted().
 *
 * A natural merge sort (runs found as in timsort, short runs extended by binary insertion,
 * then merged pairwise) with type-specialised comparisons: when every key is a small int the
 * sort is an LSD radix sort on the raw 48-bit payloads; all-float and all-str keys compare in
 * C, and tuples whose first items are all ints or all strs decide on those first items when
 * they differ; anything else uses `<` through ops_compare_bool (which may run aw code).
 */
#ifndef AW_SORT_H
#define AW_SORT_H

#include "interp/types.h"

/* Sorts keys[0..n) ascending and stably; when vals is not NULL, vals is permuted alongside
 * (keys are then the results of a key function). Comparisons are always "later < earlier",
 * so TypeError messages name the operand types in CPython's order.
 * GC: the caller keeps keys and vals reachable (e.g. as the buffers of rooted lists); the
 * sort's scratch space is itself rooted while aw code can run.
 * On error (a comparison raised) keys and vals are still a permutation of the input. */
AwStatus sort_values(AwVM *vm, AwValue *keys, AwValue *vals, int64_t n);

#endif
