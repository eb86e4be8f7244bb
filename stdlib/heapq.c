/* heapq.c — the native core of heapq, named `_heapq` as in CPython: heappush, heappop,
 * heapify, heapreplace, heappushpop and the max-heap helpers nlargest/merge use.
 *
 * stdlib/heapq.py (CPython's pure-Python heapq) imports these over its own definitions.
 * The sift loops are CPython's Modules/_heapqmodule.c: items are swapped (never held only
 * in a C local) so a comparison that runs aw code cannot see a half-moved heap, and a heap
 * whose size changes during a comparison raises "list changed size during iteration".
 */
#include "interp/args.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/vm.h"
#include "stdlib/modules.h"

/* a < b for the min-heap, b < a for the max-heap: 1, 0, or -1 with an exception pending. */
static int heap_less(AwVM *vm, AwValue a, AwValue b, bool is_max) {
    return is_max ? ops_compare_bool(vm, b, a, AW_CMP_LT) : ops_compare_bool(vm, a, b, AW_CMP_LT);
}

static AwStatus changed_size(AwVM *vm) {
    return vm_fail(vm_raise(vm, &aw_exc_RuntimeError, "list changed size during iteration"));
}

/* Moves the item at pos up towards startpos while it is less than its parent. */
static AwStatus sift_down(AwVM *vm, AwList *heap, int64_t startpos, int64_t pos, bool is_max) {
    int64_t size = heap->len;
    if (pos >= size) return vm_fail(vm_raise(vm, &aw_exc_IndexError, "index out of range"));
    while (pos > startpos) {
        int64_t parentpos = (pos - 1) >> 1;
        int cmp = heap_less(vm, heap->items[pos], heap->items[parentpos], is_max);
        if (cmp < 0) return AW_ERROR;
        if (size != heap->len) return changed_size(vm);
        if (cmp == 0) break;
        AwValue parent = heap->items[parentpos];
        heap->items[parentpos] = heap->items[pos];
        heap->items[pos] = parent;
        pos = parentpos;
    }
    return AW_OK;
}

/* Bubbles the smaller child up from pos to a leaf, then sifts the item there down. */
static AwStatus sift_up(AwVM *vm, AwList *heap, int64_t pos, bool is_max) {
    int64_t endpos = heap->len, startpos = pos;
    if (pos >= endpos) return vm_fail(vm_raise(vm, &aw_exc_IndexError, "index out of range"));
    int64_t limit = endpos >> 1;
    while (pos < limit) {
        int64_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int cmp = heap_less(vm, heap->items[childpos], heap->items[childpos + 1], is_max);
            if (cmp < 0) return AW_ERROR;
            childpos += cmp ^ 1;
            if (endpos != heap->len) return changed_size(vm);
        }
        AwValue child = heap->items[childpos];
        heap->items[childpos] = heap->items[pos];
        heap->items[pos] = child;
        pos = childpos;
    }
    return sift_down(vm, heap, startpos, pos, is_max);
}

/* The heap argument: a list (or list subclass), else CPython's TypeError. */
static AwList *heap_arg(AwVM *vm, const char *fname, const char *which, AwValue v) {
    if (value_is_instance(v, &aw_type_list)) return AW_LIST(v);
    vm_raise(vm, &aw_exc_TypeError, "%s() argument%s must be list, not %s", fname, which, ops_type_name(v));
    return NULL;
}

static AwStatus n_args(AwVM *vm, const char *fname, int argc, int n, AwTuple *kwnames) {
    if (args_no_kwargs(vm, fname, kwnames)) return AW_ERROR;
    if (argc == n) return AW_OK;
    if (n == 1) return args_count(vm, fname, argc, 1, 1);
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s expected %d arguments, got %d", fname, n, argc));
}

static AwValue heapq_heappush(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwList *heap;
    if (n_args(vm, "heappush", argc, 2, kwnames) || !(heap = heap_arg(vm, "heappush", " 1", argv[0]))) return AW_ERR;
    if (list_append(vm, heap, argv[1])) return AW_ERR;
    return sift_down(vm, heap, 0, heap->len - 1, false) ? AW_ERR : AW_NONE;
}

/* Removes the last item and puts it at the root, returning the old root (rooted while the
 * heap is re-sifted, since the list no longer holds it). */
static AwValue pop_root(AwVM *vm, AwList *heap, bool is_max) {
    if (heap->len == 0) return vm_raise(vm, &aw_exc_IndexError, "index out of range");
    AwValue last = heap->items[--heap->len];
    if (heap->len == 0) return last;
    AwValue top = heap->items[0];
    heap->items[0] = last;
    if (gc_push_root(vm, top)) return AW_ERR;
    AwStatus st = sift_up(vm, heap, 0, is_max);
    gc_pop_roots(vm, 1);
    return st ? AW_ERR : top;
}

static AwValue heapq_heappop(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwList *heap;
    if (n_args(vm, "heappop", argc, 1, kwnames) || !(heap = heap_arg(vm, "heappop", "", argv[0]))) return AW_ERR;
    return pop_root(vm, heap, false);
}

static AwValue heapq_heappop_max(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwList *heap;
    if (n_args(vm, "_heappop_max", argc, 1, kwnames) || !(heap = heap_arg(vm, "_heappop_max", "", argv[0])))
        return AW_ERR;
    return pop_root(vm, heap, true);
}

/* Replaces the root with item and re-sifts, returning the old root. */
static AwValue replace_root(AwVM *vm, AwList *heap, AwValue item, bool is_max) {
    if (heap->len == 0) return vm_raise(vm, &aw_exc_IndexError, "index out of range");
    AwValue top = heap->items[0];
    heap->items[0] = item;
    if (gc_push_root(vm, top)) return AW_ERR;
    AwStatus st = sift_up(vm, heap, 0, is_max);
    gc_pop_roots(vm, 1);
    return st ? AW_ERR : top;
}

static AwValue heapq_heapreplace(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwList *heap;
    if (n_args(vm, "heapreplace", argc, 2, kwnames) || !(heap = heap_arg(vm, "heapreplace", " 1", argv[0])))
        return AW_ERR;
    return replace_root(vm, heap, argv[1], false);
}

static AwValue heapq_heapreplace_max(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwList *heap;
    if (n_args(vm, "_heapreplace_max", argc, 2, kwnames) || !(heap = heap_arg(vm, "_heapreplace_max", " 1", argv[0])))
        return AW_ERR;
    return replace_root(vm, heap, argv[1], true);
}

static AwValue heapq_heappushpop(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwList *heap;
    if (n_args(vm, "heappushpop", argc, 2, kwnames) || !(heap = heap_arg(vm, "heappushpop", " 1", argv[0])))
        return AW_ERR;
    if (heap->len == 0) return argv[1];
    int cmp = ops_compare_bool(vm, heap->items[0], argv[1], AW_CMP_LT);
    if (cmp < 0) return AW_ERR;
    if (cmp == 0) return argv[1];
    return replace_root(vm, heap, argv[1], false);
}

static AwValue heapify(AwVM *vm, AwList *heap, bool is_max) {
    for (int64_t i = (heap->len >> 1) - 1; i >= 0; i--)
        if (sift_up(vm, heap, i, is_max)) return AW_ERR;
    return AW_NONE;
}

static AwValue heapq_heapify(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwList *heap;
    if (n_args(vm, "heapify", argc, 1, kwnames) || !(heap = heap_arg(vm, "heapify", "", argv[0]))) return AW_ERR;
    return heapify(vm, heap, false);
}

static AwValue heapq_heapify_max(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwList *heap;
    if (n_args(vm, "_heapify_max", argc, 1, kwnames) || !(heap = heap_arg(vm, "_heapify_max", "", argv[0])))
        return AW_ERR;
    return heapify(vm, heap, true);
}

static const AwMethodDef heapq_functions[] = {
    {"heappush", heapq_heappush, AW_METH_DEFAULT},
    {"heappop", heapq_heappop, AW_METH_DEFAULT},
    {"heapreplace", heapq_heapreplace, AW_METH_DEFAULT},
    {"heappushpop", heapq_heappushpop, AW_METH_DEFAULT},
    {"heapify", heapq_heapify, AW_METH_DEFAULT},
    {"_heappop_max", heapq_heappop_max, AW_METH_DEFAULT},
    {"_heapreplace_max", heapq_heapreplace_max, AW_METH_DEFAULT},
    {"_heapify_max", heapq_heapify_max, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwModule *heapq_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "_heapq");
    if (!mod || module_add_functions(vm, mod, heapq_functions)) return NULL;
    return mod;
}
