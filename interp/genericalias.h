/* genericalias.h — types.GenericAlias, the value of `list[int]` (PEP 585): __origin__ and
 * __args__, CPython's repr ("dict[str, list[int]]"), calling makes an instance of the origin,
 * other attributes come from the origin, and it may be a base class (__mro_entries__).
 */
#ifndef AW_GENERICALIAS_H
#define AW_GENERICALIAS_H

#include "interp/types.h"

/* origin[key]: key a tuple gives several args. */
AwValue genericalias_new(AwVM *vm, AwValue origin, AwValue key);
/* True for a GenericAlias (isinstance() and issubclass() refuse them as classes). */
bool genericalias_check(AwValue v);

#endif
