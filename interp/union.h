/* union.h — types.UnionType, the value of `X | Y` for classes and None (PEP 604): flattened,
 * deduplicated members, CPython's repr ("int | None"), order-insensitive equality, and
 * isinstance()/issubclass() against any member.
 */
#ifndef AW_UNION_H
#define AW_UNION_H

#include "interp/types.h"

/* a | b when both are classes, None or unions: the union (or the one class when they are
 * the same); AW_NOTIMPL when either is something else (typing objects do their own |). */
AwValue union_or(AwVM *vm, AwValue a, AwValue b);
/* The members of a union (None stands as NoneType). */
AwTuple *union_args(AwValue u);

#endif
