/* ring.c — the ring buffer of the native asyncio primitives (see ring.h). */
#include "stdlib/ring.h"

#include "interp/gc.h"
#include "interp/list.h"

static AwStatus grow(AwVM *vm, AwRing *r) {
    int64_t cap = r->cap ? r->cap * 2 : 4;
    AwValue *items = gc_alloc(vm, sizeof(AwValue) * (size_t)cap);
    if (!items) return AW_ERROR;
    for (int64_t i = 0; i < r->len; i++) items[i] = ring_at(r, i);
    gc_free(vm, r->items, sizeof(AwValue) * (size_t)r->cap);
    r->items = items;
    r->cap = cap;
    r->head = 0;
    return AW_OK;
}

AwStatus ring_push(AwVM *vm, AwRing *r, AwValue v) {
    if (r->len == r->cap && grow(vm, r)) return AW_ERROR;
    r->items[(r->head + r->len) & (r->cap - 1)] = v;
    r->len++;
    return AW_OK;
}

AwValue ring_pop_front(AwRing *r) {
    AwValue v = r->items[r->head];
    r->head = (r->head + 1) & (r->cap - 1);
    r->len--;
    return v;
}

AwValue ring_pop_back(AwRing *r) {
    r->len--;
    return r->items[(r->head + r->len) & (r->cap - 1)];
}

bool ring_remove(AwRing *r, AwValue v) {
    if (r->len && r->items[r->head] == v) {
        ring_pop_front(r);
        return true;
    }
    for (int64_t i = 1; i < r->len; i++) {
        if (ring_at(r, i) != v) continue;
        /* Close the gap by moving the values behind it one place forward. */
        for (int64_t j = i; j + 1 < r->len; j++) r->items[(r->head + j) & (r->cap - 1)] = ring_at(r, j + 1);
        r->len--;
        return true;
    }
    return false;
}

AwList *ring_to_list(AwVM *vm, const AwRing *r) {
    AwList *l = list_new(vm, r->len);
    if (!l) return NULL;
    for (int64_t i = 0; i < r->len; i++) l->items[i] = ring_at(r, i);
    l->len = r->len;
    return l;
}

void ring_trace(AwGC *gc, const AwRing *r) {
    for (int64_t i = 0; i < r->len; i++) gc_mark_value(gc, ring_at(r, i));
}

void ring_free(AwVM *vm, AwRing *r) {
    gc_free(vm, r->items, sizeof(AwValue) * (size_t)r->cap);
    r->items = NULL;
    r->cap = r->len = r->head = 0;
}
