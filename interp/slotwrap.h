/* slotwrap.h — operator and container dunders (list.__add__, set.__or__, bytes.__len__, ...)
 * for built-in types whose C implementation has only the slot. */
#ifndef AW_SLOTWRAP_H
#define AW_SLOTWRAP_H

#include "interp/types.h"

/* Adds the missing wrappers to the built-in types' dicts; called once the types are ready. */
AwStatus slotwrap_install(AwVM *vm);

#endif
