/* sort.c — stable sorting of value arrays (see sort.h). */
#include "interp/sort.h"
#include "interp/gc.h"
#include "interp/list.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

typedef struct SortCtx SortCtx;
typedef int (*LessFn)(SortCtx *c, AwValue a, AwValue b);  /* 1, 0, -1 error */

struct SortCtx {
    AwVM *vm;          /* for ops_compare_bool */
    LessFn less;       /* the comparison for this key kind */
    AwValue *keys;     /* the keys being sorted */
    AwValue *vals;     /* values moved alongside, or NULL */
    AwValue *tkeys;    /* merge scratch for keys (n values, GC-visible) */
    AwValue *tvals;    /* merge scratch for vals, or NULL */
};

static int less_generic(SortCtx *c, AwValue a, AwValue b) { return ops_compare_bool(c->vm, a, b, AW_CMP_LT); }
static int less_int(SortCtx *c, AwValue a, AwValue b) { return value_as_small(a) < value_as_small(b); }
static int less_float(SortCtx *c, AwValue a, AwValue b) { return value_as_double(a) < value_as_double(b); }

/* UTF-8 byte order is code-point order, so bytewise comparison orders strs as Python does.
 * Most pairs differ in their first bytes, so those are compared inline before memcmp. */
static int less_str(SortCtx *c, AwValue a, AwValue b) {
    AwStr *x = AW_STR(a), *y = AW_STR(b);
    int64_t n = x->byte_len < y->byte_len ? x->byte_len : y->byte_len;
    const unsigned char *p = (const unsigned char *)x->data, *q = (const unsigned char *)y->data;
    int64_t i = 0;
    for (; i < n && i < 16; i++)
        if (p[i] != q[i]) return p[i] < q[i];
    if (i < n) {
        int r = memcmp(p + i, q + i, (size_t)(n - i));
        if (r) return r < 0;
    }
    return x->byte_len < y->byte_len;
}

/* Tuples whose first items are all small ints or all strs (CPython's unsafe_tuple_compare):
 * decide on the first items when they differ, else compare the whole tuples. */
static int less_tuple_int(SortCtx *c, AwValue a, AwValue b) {
    AwValue x = AW_TUPLE(a)->items[0], y = AW_TUPLE(b)->items[0];
    if (x != y) return value_as_small(x) < value_as_small(y);
    return ops_compare_bool(c->vm, a, b, AW_CMP_LT);
}

static int less_tuple_str(SortCtx *c, AwValue a, AwValue b) {
    AwValue x = AW_TUPLE(a)->items[0], y = AW_TUPLE(b)->items[0];
    if (x != y && !str_equal(AW_STR(x), AW_STR(y))) return less_str(c, x, y);
    return ops_compare_bool(c->vm, a, b, AW_CMP_LT);
}

static void swap_range(AwValue *a, int64_t lo, int64_t hi) {
    for (hi--; lo < hi; lo++, hi--) {
        AwValue t = a[lo];
        a[lo] = a[hi];
        a[hi] = t;
    }
}

/* Length of the run starting at lo (a strictly descending run is reversed in place).
 * Returns -1 on error. */
static int64_t count_run(SortCtx *c, int64_t lo, int64_t n) {
    if (lo + 1 >= n) return n - lo;
    int r = c->less(c, c->keys[lo + 1], c->keys[lo]);
    if (r < 0) return -1;
    int64_t i = lo + 2;
    if (r) {
        for (; i < n; i++) {
            r = c->less(c, c->keys[i], c->keys[i - 1]);
            if (r < 0) return -1;
            if (!r) break;
        }
        swap_range(c->keys, lo, i);
        if (c->vals) swap_range(c->vals, lo, i);
    } else {
        for (; i < n; i++) {
            r = c->less(c, c->keys[i], c->keys[i - 1]);
            if (r < 0) return -1;
            if (r) break;
        }
    }
    return i - lo;
}

/* Binary insertion sort of [lo, hi) where [lo, start) is already sorted. */
static AwStatus insertion_sort(SortCtx *c, int64_t lo, int64_t start, int64_t hi) {
    for (int64_t i = start; i < hi; i++) {
        AwValue pivot = c->keys[i];
        int64_t l = lo, r = i;
        while (l < r) {   /* first position whose key is greater than pivot (keeps stability) */
            int64_t m = l + (r - l) / 2;
            int lt = c->less(c, pivot, c->keys[m]);
            if (lt < 0) return AW_ERROR;
            if (lt) r = m;
            else l = m + 1;
        }
        if (l == i) continue;
        memmove(c->keys + l + 1, c->keys + l, (size_t)(i - l) * sizeof(AwValue));
        c->keys[l] = pivot;
        if (c->vals) {
            AwValue v = c->vals[i];
            memmove(c->vals + l + 1, c->vals + l, (size_t)(i - l) * sizeof(AwValue));
            c->vals[l] = v;
        }
    }
    return AW_OK;
}

/* Merges the sorted runs [lo, mid) and [mid, hi). The left run is copied to scratch (which
 * holds n values); on an error the rest of it is copied back into the gap, which is exactly
 * its size, so the arrays stay a permutation. */
static AwStatus merge(SortCtx *c, int64_t lo, int64_t mid, int64_t hi) {
    int r = c->less(c, c->keys[mid], c->keys[mid - 1]);
    if (r <= 0) return r < 0 ? AW_ERROR : AW_OK;   /* already in order */
    int64_t nl = mid - lo;
    memcpy(c->tkeys, c->keys + lo, (size_t)nl * sizeof(AwValue));
    if (c->vals) memcpy(c->tvals, c->vals + lo, (size_t)nl * sizeof(AwValue));
    int64_t i = 0, j = mid, out = lo;
    AwStatus st = AW_OK;
    while (i < nl && j < hi) {
        int lt = c->less(c, c->keys[j], c->tkeys[i]);
        if (lt < 0) {
            st = AW_ERROR;
            break;
        }
        if (lt) {
            if (c->vals) c->vals[out] = c->vals[j];
            c->keys[out++] = c->keys[j++];
        } else {
            if (c->vals) c->vals[out] = c->tvals[i];
            c->keys[out++] = c->tkeys[i++];
        }
    }
    memcpy(c->keys + out, c->tkeys + i, (size_t)(nl - i) * sizeof(AwValue));
    if (c->vals) memcpy(c->vals + out, c->tvals + i, (size_t)(nl - i) * sizeof(AwValue));
    return st;
}

/* timsort's minrun: n's top 6 bits, plus one if any lower bit is set. */
static int64_t min_run(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* The run stack: run i is [starts[i], starts[i + 1]); `depth` runs. */
typedef struct {
    int64_t *starts;   /* run boundaries, depth + 1 of them */
    int64_t depth;     /* runs on the stack */
} RunStack;

static int64_t run_len(RunStack *st, int64_t i) { return st->starts[i + 1] - st->starts[i]; }

/* Merges runs i and i + 1 into one. */
static AwStatus merge_at(SortCtx *c, RunStack *st, int64_t i) {
    if (merge(c, st->starts[i], st->starts[i + 1], st->starts[i + 2]) != AW_OK) return AW_ERROR;
    memmove(st->starts + i + 1, st->starts + i + 2, (size_t)(st->depth - i - 1) * sizeof(int64_t));
    st->depth--;
    return AW_OK;
}

/* timsort's merge_collapse: restores len[i-2] > len[i-1] + len[i] and len[i-1] > len[i],
 * which keeps merges balanced and the stack logarithmic. With `force`, merges everything. */
static AwStatus collapse(SortCtx *c, RunStack *st, bool force) {
    while (st->depth > 1) {
        int64_t n = st->depth - 2;
        bool fix = (n > 0 && run_len(st, n - 1) <= run_len(st, n) + run_len(st, n + 1)) ||
                   (n > 1 && run_len(st, n - 2) <= run_len(st, n - 1) + run_len(st, n));
        if (fix || force) {
            if (n > 0 && run_len(st, n - 1) < run_len(st, n + 1)) n--;
        } else if (run_len(st, n) > run_len(st, n + 1)) {
            break;
        }
        if (merge_at(c, st, n) != AW_OK) return AW_ERROR;
    }
    return AW_OK;
}

/* Finds natural runs left to right, extending short ones to minrun by binary insertion, and
 * merges them as timsort does: depth first, so each merge works on items still in cache. */
static AwStatus merge_sort(SortCtx *c, int64_t n, int64_t *starts) {
    RunStack st = {.starts = starts, .depth = 0};
    int64_t minrun = min_run(n);
    for (int64_t lo = 0; lo < n;) {
        int64_t len = count_run(c, lo, n);
        if (len < 0) return AW_ERROR;
        if (len < minrun) {
            int64_t end = lo + minrun < n ? lo + minrun : n;
            if (insertion_sort(c, lo, lo + len, end) != AW_OK) return AW_ERROR;
            len = end - lo;
        }
        starts[st.depth++] = lo;
        lo += len;
        starts[st.depth] = lo;
        if (collapse(c, &st, lo == n) != AW_OK) return AW_ERROR;
    }
    return AW_OK;
}

/* LSD radix sort of small-int keys on their 48-bit payload (sign bit flipped so unsigned
 * order is numeric order), 16 bits per pass. Stable, so vals stay in key order. */
static AwStatus radix_sort(AwVM *vm, AwValue *keys, AwValue *vals, int64_t n) {
    size_t bytes = (size_t)n * sizeof(AwValue);
    AwValue *tk = gc_alloc(vm, bytes);
    AwValue *tv = vals ? gc_alloc(vm, bytes) : NULL;
    uint32_t *count = gc_alloc(vm, 65536 * sizeof(uint32_t));
    if (!tk || (vals && !tv) || !count) {
        if (tk) gc_free(vm, tk, bytes);
        if (tv) gc_free(vm, tv, bytes);
        if (count) gc_free(vm, count, 65536 * sizeof(uint32_t));
        return AW_ERROR;
    }
    AwValue *src_k = keys, *src_v = vals, *dst_k = tk, *dst_v = tv;
    for (int shift = 0; shift < 48; shift += 16) {
        memset(count, 0, 65536 * sizeof(uint32_t));
        for (int64_t i = 0; i < n; i++)
            count[(((src_k[i] & AW_PAYLOAD) ^ 0x800000000000ull) >> shift) & 0xFFFF]++;
        if (count[(((src_k[0] & AW_PAYLOAD) ^ 0x800000000000ull) >> shift) & 0xFFFF] == (uint32_t)n)
            continue;   /* every key has the same digit: nothing moves */
        uint32_t sum = 0;
        for (int d = 0; d < 65536; d++) {
            uint32_t t = count[d];
            count[d] = sum;
            sum += t;
        }
        for (int64_t i = 0; i < n; i++) {
            uint32_t pos = count[(((src_k[i] & AW_PAYLOAD) ^ 0x800000000000ull) >> shift) & 0xFFFF]++;
            dst_k[pos] = src_k[i];
            if (vals) dst_v[pos] = src_v[i];
        }
        AwValue *t = src_k; src_k = dst_k; dst_k = t;
        t = src_v; src_v = dst_v; dst_v = t;
    }
    if (src_k != keys) {
        memcpy(keys, src_k, bytes);
        if (vals) memcpy(vals, src_v, bytes);
    }
    gc_free(vm, tk, bytes);
    if (tv) gc_free(vm, tv, bytes);
    gc_free(vm, count, 65536 * sizeof(uint32_t));
    return AW_OK;
}

/* For tuple keys: a first-item shortcut when every key is a non-empty plain tuple whose first
 * item has one simple type. */
static LessFn pick_tuple_less(const AwValue *keys, int64_t n) {
    bool ints = true, strs = true;
    for (int64_t i = 0; i < n && (ints || strs); i++) {
        if (!value_is_tuple(keys[i]) || AW_TUPLE(keys[i])->len == 0) return less_generic;
        AwValue first = AW_TUPLE(keys[i])->items[0];
        ints = ints && value_is_int(first);
        strs = strs && value_is_str(first);
    }
    return ints ? less_tuple_int : strs ? less_tuple_str : less_generic;
}

/* The comparison for the keys: a C one when every key has the same simple type. */
static LessFn pick_less(const AwValue *keys, int64_t n) {
    bool ints = true, floats = true, strs = true;
    for (int64_t i = 0; i < n && (ints || floats || strs); i++) {
        AwValue k = keys[i];
        ints = ints && value_is_int(k);
        floats = floats && value_is_float(k);
        strs = strs && value_is_str(k);
    }
    if (ints) return less_int;
    if (floats) return less_float;
    if (strs) return less_str;
    return value_is_tuple(keys[0]) ? pick_tuple_less(keys, n) : less_generic;
}

/* A list of n Nones, whose buffer serves as GC-visible scratch. Rooted by the caller. */
static AwList *scratch_list(AwVM *vm, int64_t n) {
    AwList *l = list_new(vm, n);
    if (!l) return NULL;
    for (int64_t i = 0; i < n; i++) l->items[i] = AW_NONE;
    l->len = n;
    return l;
}

static AwStatus sort_with_scratch(AwVM *vm, SortCtx *c, int64_t n) {
    /* The run stack grows like the Fibonacci numbers downwards: 128 levels are plenty. */
    int64_t nstarts = 130, nroots = 0;
    AwStatus st = AW_ERROR;
    int64_t *starts = gc_alloc(vm, (size_t)nstarts * sizeof(int64_t));
    if (!starts) return AW_ERROR;
    AwList *tk = scratch_list(vm, n);
    if (!tk || gc_push_root(vm, value_from_ptr(tk)) != AW_OK) goto done;
    nroots++;
    c->tkeys = tk->items;
    if (c->vals) {
        AwList *tv = scratch_list(vm, n);
        if (!tv || gc_push_root(vm, value_from_ptr(tv)) != AW_OK) goto done;
        nroots++;
        c->tvals = tv->items;
    }
    st = merge_sort(c, n, starts);
done:
    gc_pop_roots(vm, (size_t)nroots);
    gc_free(vm, starts, (size_t)nstarts * sizeof(int64_t));
    return st;
}

AwStatus sort_values(AwVM *vm, AwValue *keys, AwValue *vals, int64_t n) {
    if (n < 2) return AW_OK;
    SortCtx c = {.vm = vm, .keys = keys, .vals = vals};
    c.less = pick_less(keys, n);
    if (c.less == less_int && n >= 512) return radix_sort(vm, keys, vals, n);
    return sort_with_scratch(vm, &c, n);
}
