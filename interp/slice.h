/* slice.h — slice objects and the index arithmetic every sequence uses. */
#ifndef AW_SLICE_H
#define AW_SLICE_H

#include "interp/types.h"

struct AwSlice {
    AwObject obj;    /* header */
    AwValue start;   /* any value, usually int or None */
    AwValue stop;    /* any value */
    AwValue step;    /* any value */
};

AwSlice *slice_new(AwVM *vm, AwValue start, AwValue stop, AwValue step);
/* CPython's PySlice_GetIndicesEx: clamps to a sequence of `len` items. ValueError for a zero
 * step, TypeError for non-integer bounds. *slicelen is the number of selected items. */
AwStatus slice_indices(AwVM *vm, AwSlice *s, int64_t len, int64_t *start, int64_t *stop,
                       int64_t *step, int64_t *slicelen);
/* slice_indices for a mutable sequence: *len is read after the bounds' __index__ methods ran
 * (they may resize it), as CPython's PySlice_Unpack + PySlice_AdjustIndices. */
AwStatus slice_indices_live(AwVM *vm, AwSlice *s, const int64_t *len, int64_t *start, int64_t *stop,
                            int64_t *step, int64_t *slicelen);
/* Converts a subscript to an index (via __index__) and wraps negatives; raises
 * IndexError("<what> index out of range") when outside [0, len), TypeError("<what> indices
 * must be integers or slices, not T") for a non-integer. */
AwStatus slice_index(AwVM *vm, AwValue key, int64_t len, const char *what, int64_t *out);
/* CPython's _PyEval_SliceIndex: an int (or __index__) bound clamped to the int64 range.
 * TypeError "slice indices must be integers or None or have an __index__ method". */
AwStatus slice_as_index(AwVM *vm, AwValue v, int64_t *out);
/* The same for the start/stop arguments of index() methods, where None is not allowed:
 * "slice indices must be integers or have an __index__ method". */
AwStatus slice_as_index_not_none(AwVM *vm, AwValue v, int64_t *out);
/* CPython's PySlice_AdjustIndices: clamps unpacked bounds to len; returns the item count. */
int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step);
/* An int value (small, big or bool) as int64, clamped to [INT64_MIN, INT64_MAX]. */
int64_t slice_clamp_int(AwValue int_value);

#define AW_SLICE(v) ((AwSlice *)value_as_ptr(v))

#endif
