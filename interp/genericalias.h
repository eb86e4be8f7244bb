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
/* CPython's _Py_make_parameters: the type variables of args (those with __typing_subst__, then
 * those of nested aliases' __parameters__), each once, in order. */
AwTuple *genericalias_make_parameters(AwVM *vm, AwTuple *args);
/* CPython's _Py_subs_parameters: the arguments of self[key] when self has arguments args with
 * type parameters params (PEP 646 unpacking and __typing_prepare_subst__ included); NULL with
 * an exception set ("... is not a generic class", "Too many arguments for ..."). */
AwTuple *genericalias_subs_parameters(AwVM *vm, AwValue self, AwTuple *args, AwTuple *params, AwValue key);

#endif
