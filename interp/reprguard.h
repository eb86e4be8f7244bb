/* reprguard.h — the "repr in progress" set that stops repr() of a self-containing container
 * from recursing forever (CPython's Py_ReprEnter / Py_ReprLeave).
 *
 * list, dict, set and the dict views call reprguard_enter before building their repr; if the
 * object is already being repr'd further up the C stack, they print "[...]" / "{...}" instead.
 * The set lives in reprguard.c (one per process: there is one VM and a GIL).
 */
#ifndef AW_REPRGUARD_H
#define AW_REPRGUARD_H

#include "interp/object.h"

/* 0: entered (pair with reprguard_leave); 1: obj is already being repr'd (do not leave);
 * -1: MemoryError raised. */
int reprguard_enter(AwVM *vm, AwObject *obj);
/* Removes obj (the most recent entry for it). */
void reprguard_leave(AwVM *vm, AwObject *obj);

#endif
