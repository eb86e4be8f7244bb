/* reprguard.c — the stack of objects whose repr is being built (see reprguard.h).
 *
 * Nesting is bounded by the recursion limit (ops_repr calls vm_enter for every level), so a small
 * fixed array covers almost every program; deeper nesting spills into a gc_alloc'd array that
 * is released as soon as the stack empties again, so nothing is left allocated at exit.
 */
#include "interp/reprguard.h"
#include "interp/gc.h"

#define INLINE_SLOTS 64

static AwObject *inline_slots[INLINE_SLOTS];  /* the first entries */
static AwObject **spill;                       /* entries past INLINE_SLOTS, or NULL */
static size_t spill_cap;                       /* capacity of spill */
static size_t depth;                           /* entries in use (inline + spill) */

static AwObject **slot_at(size_t i) {
    return i < INLINE_SLOTS ? &inline_slots[i] : &spill[i - INLINE_SLOTS];
}

static AwStatus grow_spill(AwVM *vm) {
    size_t cap = spill_cap ? spill_cap * 2 : 64;
    AwObject **p = gc_realloc(vm, spill, spill_cap * sizeof *spill, cap * sizeof *spill);
    if (!p) return AW_ERROR;
    spill = p;
    spill_cap = cap;
    return AW_OK;
}

int reprguard_enter(AwVM *vm, AwObject *obj) {
    for (size_t i = 0; i < depth; i++)
        if (*slot_at(i) == obj) return 1;
    if (depth >= INLINE_SLOTS && depth - INLINE_SLOTS >= spill_cap && grow_spill(vm) != AW_OK)
        return -1;
    *slot_at(depth++) = obj;
    return 0;
}

void reprguard_leave(AwVM *vm, AwObject *obj) {
    for (size_t i = depth; i-- > 0;) {
        if (*slot_at(i) != obj) continue;
        for (size_t j = i; j + 1 < depth; j++) *slot_at(j) = *slot_at(j + 1);
        depth--;
        break;
    }
    if (depth <= INLINE_SLOTS && spill) {
        gc_free(vm, spill, spill_cap * sizeof *spill);
        spill = NULL;
        spill_cap = 0;
    }
}
