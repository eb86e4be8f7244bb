/* args.c — argument binding and checking for native functions, worded as CPython 3.11's
 * getargs.c / Argument Clinic words its TypeErrors (see args.h). */
#include "interp/args.h"

#include "interp/exception.h"
#include "interp/int.h"
#include "interp/ops.h"
#include "interp/slice.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

static int count_names(const char *const *names) {
    int n = 0;
    while (names[n]) n++;
    return n;
}

/* Index of the parameter called `key`, or -1. */
static int find_name(const char *const *names, int n, AwStr *key) {
    for (int i = 0; i < n; i++)
        if (str_equal_cstr(key, names[i])) return i;
    return -1;
}

/* The too-many-arguments checks, in _PyArg_UnpackKeywords' order. */
static AwStatus check_counts(AwVM *vm, const char *fname, int argc, int nkw, int nparams,
                             int required, int max_pos) {
    if (argc + nkw > nparams)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes at most %d %sargument%s (%d given)",
                                fname, nparams, argc == 0 ? "keyword " : "",
                                nparams == 1 ? "" : "s", argc + nkw));
    if (argc > max_pos) {
        if (max_pos == 0)
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes no positional arguments", fname));
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes %s %d positional argument%s (%d given)",
                                fname, required < max_pos ? "at most" : "exactly", max_pos,
                                max_pos == 1 ? "" : "s", argc));
    }
    return AW_OK;
}

/* Places the keyword arguments that name parameters into out; returns how many did. */
static int bind_keywords(int argc, const AwValue *argv, AwTuple *kwnames, const char *const *names,
                         int nparams, AwValue *out) {
    int bound = 0;
    for (int64_t k = 0; kwnames && k < kwnames->len; k++) {
        int i = find_name(names, nparams, AW_STR(kwnames->items[k]));
        if (i >= argc) { out[i] = argv[argc + k]; bound++; }
    }
    return bound;
}

/* The leftover keywords: a parameter also given by position, or an unknown name. */
static AwStatus keyword_error(AwVM *vm, const char *fname, int argc, AwTuple *kwnames,
                              const char *const *names, int nparams) {
    for (int64_t k = 0; kwnames && k < kwnames->len; k++) {
        int i = find_name(names, nparams, AW_STR(kwnames->items[k]));
        if (i >= 0 && i < argc)
            return vm_fail(vm_raise(vm, &aw_exc_TypeError,
                                    "argument for %s() given by name ('%s') and position (%d)",
                                    fname, names[i], i + 1));
    }
    for (int64_t k = 0; kwnames && k < kwnames->len; k++) {
        AwStr *key = AW_STR(kwnames->items[k]);
        if (find_name(names, nparams, key) < 0)
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                                    key->data, fname));
    }
    return AW_OK;
}

/* Same order of checks as CPython's _PyArg_UnpackKeywords: counts, missing required
 * arguments, then duplicated and unknown keywords. */
AwStatus args_parse(AwVM *vm, const char *fname, int argc, const AwValue *argv,
                    AwTuple *kwnames, const char *const *names, int required, int max_pos,
                    AwValue *out) {
    int nparams = count_names(names);
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (check_counts(vm, fname, argc, nkw, nparams, required, max_pos) != AW_OK) return AW_ERROR;
    for (int i = 0; i < nparams; i++) out[i] = i < argc ? argv[i] : AW_EMPTY;
    int bound = bind_keywords(argc, argv, kwnames, names, nparams, out);
    for (int i = 0; i < required; i++)
        if (out[i] == AW_EMPTY)
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                                    fname, names[i], i + 1));
    if (bound < nkw) return keyword_error(vm, fname, argc, kwnames, names, nparams);
    return AW_OK;
}

AwStatus args_no_kwargs(AwVM *vm, const char *fname, AwTuple *kwnames) {
    if (!kwnames || kwnames->len == 0) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes no keyword arguments", fname));
}

AwStatus args_count(AwVM *vm, const char *fname, int argc, int min, int max) {
    if (argc >= min && (max < 0 || argc <= max)) return AW_OK;
    if (min == 1 && max == 1)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes exactly one argument (%d given)",
                                fname, argc));
    if (min == 0 && max == 0)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes no arguments (%d given)", fname, argc));
    bool too_few = argc < min;
    int bound = too_few ? min : max;
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s expected %s%d argument%s, got %d", fname,
                            min == max ? "" : (too_few ? "at least " : "at most "), bound,
                            bound == 1 ? "" : "s", argc));
}

AwStatus args_int(AwVM *vm, AwValue v, int64_t *out) {
    if (value_is_int(v)) { *out = value_as_small(v); return AW_OK; }
    AwValue i = ops_index(vm, v);
    if (i == AW_ERR) return AW_ERROR;
    return int_to_i64(vm, i, out);
}

AwStatus args_int_clamped(AwVM *vm, AwValue v, int64_t *out) {
    if (value_is_int(v)) { *out = value_as_small(v); return AW_OK; }
    AwValue i = ops_index(vm, v);
    if (i == AW_ERR) return AW_ERROR;
    *out = slice_clamp_int(i);
    return AW_OK;
}
