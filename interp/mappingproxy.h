/* mappingproxy.h — types.MappingProxyType (CPython's `mappingproxy`): a read-only view of any
 * mapping. Reads (x[k], get, keys/values/items, iteration, len, in, reversed, ==/<, |, str)
 * go to the wrapped mapping, whose later changes it sees; item assignment and deletion are
 * refused with CPython's messages; it is unhashable and cannot be subclassed. A class's
 * __dict__ and vars(cls) are fresh proxies of the class dict (class_type.c); C code keeps
 * using AwType.dict itself.
 */
#ifndef AW_MAPPINGPROXY_H
#define AW_MAPPINGPROXY_H

#include "interp/types.h"

/* A new proxy of mapping (not checked: callers pass a dict or a checked mapping). */
AwValue mappingproxy_new(AwVM *vm, AwValue mapping);

#endif
