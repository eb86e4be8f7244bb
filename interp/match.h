/* match.h — what the pattern-matching opcodes (MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS,
 * MATCH_CLASS, COPY_DICT_WITHOUT_KEYS) do at run time, with CPython 3.11's semantics and
 * messages: which values sequence and mapping patterns accept, how mapping keys are looked up
 * (subject.get(key, sentinel)), and how class patterns fetch attributes (__match_args__, the
 * self-matching built-ins such as `case int(x)`).
 *
 * Functions returning AwValue return AW_ERR with an exception raised; those that look up
 * attributes or call methods may run aw code (and so collect): they root what they build.
 */
#ifndef AW_MATCH_H
#define AW_MATCH_H

#include <stdbool.h>
#include "interp/object.h"

/* A sequence for patterns (CPython's Py_TPFLAGS_SEQUENCE): the first class of the MRO
 * carrying a collection flag has the sequence one. List, tuple, range, memoryview,
 * array.array, collections.deque and UserList carry it, and so do collections.abc.Sequence
 * and classes registered with it (abc marks them with __abc_tpflags__). */
bool match_is_sequence(AwVM *vm, AwValue v);
/* A mapping for patterns (Py_TPFLAGS_MAPPING), the same way: dict, collections.ChainMap and
 * UserDict, collections.abc.Mapping and classes registered with it. */
bool match_is_mapping(AwVM *vm, AwValue v);
/* A tuple of the values for the keys tuple, AW_NONE if one is missing; ValueError for a key
 * given twice. */
AwValue match_keys(AwVM *vm, AwValue subject, AwValue keys);
/* A tuple of nargs positional attributes (by __match_args__) then one per name in the names
 * tuple, AW_NONE if subject is not an instance of cls or lacks an attribute; TypeError for a
 * cls that is not a class and for bad __match_args__. */
AwValue match_class(AwVM *vm, AwValue subject, AwValue cls, AwValue names, int nargs);
/* A new dict of subject's items without the keys (the `**rest` of a mapping pattern). */
AwValue match_copy_without_keys(AwVM *vm, AwValue subject, AwValue keys);

#endif
