/* iter.h — the built-in iterator types: list/tuple iterators, enumerate, zip, map, filter,
 * reversed, the sequence iterator (objects with only __getitem__) and iter(callable, sentinel).
 *
 * Every iterator's iter slot returns itself and its next slot returns AW_STOP when exhausted
 * (no exception). Each also has __iter__ and __next__ methods for aw code. The range iterator
 * is in range.h; dict and set iterators live with their containers.
 */
#ifndef AW_ITER_H
#define AW_ITER_H

#include "interp/types.h"

/* iter(list): walks by index, so appends during iteration are seen (CPython semantics). */
typedef struct {
    AwObject obj;     /* header */
    AwList *list;     /* the list, NULL once exhausted */
    int64_t index;    /* next index */
} AwListIter;

/* iter(tuple) and the reverse list iterator share this shape. */
typedef struct {
    AwObject obj;     /* header */
    AwTuple *tuple;   /* the tuple, NULL once exhausted */
    int64_t index;    /* next index */
} AwTupleIter;

AwValue iter_list_new(AwVM *vm, AwList *list);
/* reversed(list) / list.__reversed__(). */
AwValue iter_list_reversed(AwVM *vm, AwList *list);
AwValue iter_tuple_new(AwVM *vm, AwTuple *tuple);
/* iter(obj) for an object whose type has __getitem__ but no __iter__: calls obj[0], obj[1]...
 * until IndexError or StopIteration. */
AwValue iter_seq_new(AwVM *vm, AwValue seq);
/* iter(callable, sentinel): "iter(v, w): v must be callable" when it is not. */
AwValue iter_callable_new(AwVM *vm, AwValue callable, AwValue sentinel);
/* reversed(seq): __reversed__, else __len__ + __getitem__; "'int' object is not reversible". */
AwValue iter_reversed(AwVM *vm, AwValue seq);

/* A `reversed` object yielding seq[len-1], ..., seq[0] through ops_getitem. */
AwValue iter_reversed_new(AwVM *vm, AwValue seq, int64_t len);

/* Helpers for iterator types defined elsewhere (dict, set, range): the bodies of their
 * __iter__ and __next__ methods. iter_next_method calls type->next on argv[0] (checked to be
 * an instance of type) and turns AW_STOP into StopIteration. */
AwValue iter_self_method(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames);
AwValue iter_next_method(AwVM *vm, int argc, const AwValue *argv, AwType *type);
/* An iterator's __reduce__ value as CPython builds it: (builtins.<fn>, (seq,), state), without
 * the state when state is AW_EMPTY. fn is "iter" or "reversed". Allocates. */
AwValue iter_reduce(AwVM *vm, const char *fn, AwValue seq, AwValue state);
/* The body of an iterator's __length_hint__: argv[0] checked to be an instance of type, then
 * remaining(argv[0]) items (what operator.length_hint and list() presize with). */
AwValue iter_hint_method(AwVM *vm, int argc, const AwValue *argv, AwType *type, int64_t (*remaining)(AwValue it));

#endif
