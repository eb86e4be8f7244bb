/* ring.h — a FIFO of values for the native asyncio primitives (asyncio_locks.c,
 * asyncio_queue.c): their waiter lists (CPython's collections.deque of futures) and a Queue's
 * items. A ring buffer embedded in its owner: push and pop at both ends are O(1); remove(v)
 * scans from the front, where the waiter being removed nearly always is. The owner's trace
 * slot calls ring_trace and its free_ slot ring_free. */
#ifndef AW_STDLIB_RING_H
#define AW_STDLIB_RING_H

#include <stdbool.h>
#include "interp/types.h"

typedef struct {
    AwValue *items;   /* buffer of cap values (owned), NULL while cap == 0 */
    int64_t head;     /* index of the first value */
    int64_t len;      /* values held */
    int64_t cap;      /* capacity: 0 or a power of two */
} AwRing;

/* The i-th value from the front (0 <= i < len). */
static inline AwValue ring_at(const AwRing *r, int64_t i) { return r->items[(r->head + i) & (r->cap - 1)]; }
/* Appends v at the back; AW_ERROR (MemoryError) if the buffer cannot grow. */
AwStatus ring_push(AwVM *vm, AwRing *r, AwValue v);
/* Removes and returns the front / back value (len must be > 0). */
AwValue ring_pop_front(AwRing *r);
AwValue ring_pop_back(AwRing *r);
/* Removes the first occurrence of v (compared by identity); false if absent. */
bool ring_remove(AwRing *r, AwValue v);
/* The values front to back as a new list (NULL with MemoryError). */
AwList *ring_to_list(AwVM *vm, const AwRing *r);
void ring_trace(AwGC *gc, const AwRing *r);
void ring_free(AwVM *vm, AwRing *r);

#endif
