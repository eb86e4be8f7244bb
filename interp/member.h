/* member.h — __slots__: member descriptors and the instance layout they give (member.c). */
#ifndef AW_MEMBER_H
#define AW_MEMBER_H

#include <stdbool.h>
#include "interp/object.h"

/* One name of a class's __slots__: the value word at `offset` in the owner's instances. */
typedef struct {
    AwObject obj;        /* header */
    AwType *owner;       /* the class whose __slots__ named it */
    AwStr *name;         /* the attribute name (mangled for __private names) */
    uint32_t offset;     /* byte offset of the slot word in an instance */
} AwMemberDescr;

extern AwType aw_type_member;

/* obj.name through the descriptor: the value, or AttributeError when unset. */
AwValue member_get(AwVM *vm, AwMemberDescr *d, AwValue obj);
/* obj.name = value, or del obj.name when value is AW_EMPTY (AttributeError when unset). */
AwStatus member_set(AwVM *vm, AwMemberDescr *d, AwValue obj, AwValue value);

/* Lays out class t with the given __slots__ value after a base of base_size bytes: sets
 * t->slots_offset, nslots, instance_size (and dict_offset for "__dict__") and puts a descriptor
 * per name in t->dict. CPython's TypeError/ValueError for bad names and clashes. */
AwStatus member_layout(AwVM *vm, AwType *t, AwValue slots, uint32_t base_size, bool base_has_dict);

/* Marks the slot values of an instance (every class of its layout chain). */
void member_trace_instance(AwGC *gc, AwObject *self);

#endif
