/* time.c — the time module: clocks, sleep, and calendar conversions (struct_time is a struct
 * sequence of CPython's nine fields; tm_zone and tm_gmtoff are not provided).
 *
 * time.sleep blocks the whole interpreter (asyncio.sleep is the cooperative one); a signal
 * interrupting it resumes the remaining time, as CPython does (PEP 475).
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <string.h>
#include <time.h>
#include "interp/args.h"
#include "interp/gil.h"
#include "interp/loop.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/function.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/modules.h"
#include "stdlib/sys.h"

/* time.struct_time, created with the module (kept alive by the module dict). */
static AwType *struct_time_type;

/* ---- clocks ------------------------------------------------------------------------------- */

/* Wall and monotonic clocks include the virtual clock's jumps (loop.h); CPU time does not.
 * Under the virtual clock they stand still between jumps: each reads its first real value
 * plus the jumps made since. */
static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    int64_t real = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
    if (id == CLOCK_PROCESS_CPUTIME_ID || id == CLOCK_THREAD_CPUTIME_ID || !loop_virtual_clock()) return real;
    static int64_t frozen[2];   /* per clock: real reading minus the jumps, at its first read */
    static bool has_frozen[2];
    int k = id == CLOCK_REALTIME;
    int64_t jumps = (int64_t)(loop_clock_offset() * 1e9);
    if (!has_frozen[k]) { frozen[k] = real - jumps; has_frozen[k] = true; }
    return frozen[k] + jumps;
}

static double clock_seconds(clockid_t id) { return (double)clock_ns(id) * 1e-9; }

/* name() -> float seconds and name_ns() -> int nanoseconds for one clock. */
#define CLOCK_FUNCTIONS(name, clock) \
    static AwValue time_##name(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) { \
        if (args_count(vm, #name, argc, 0, 0) != AW_OK) return AW_ERR; \
        return value_from_double(clock_seconds(clock)); \
    } \
    static AwValue time_##name##_ns(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) { \
        if (args_count(vm, #name "_ns", argc, 0, 0) != AW_OK) return AW_ERR; \
        return int_from_i64(vm, clock_ns(clock)); \
    }
CLOCK_FUNCTIONS(time, CLOCK_REALTIME)
CLOCK_FUNCTIONS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCTIONS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCTIONS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCTIONS(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef CLOCK_FUNCTIONS

/* time.get_clock_info(name): a types.SimpleNamespace(implementation, monotonic, adjustable,
 * resolution) with CPython's values on Linux. */
static AwValue time_get_clock_info(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const struct { const char *name, *impl; clockid_t id; bool monotonic; } clocks[] = {
        {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false},
        {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true},
        {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true},
        {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, true},
        {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, true},
    };
    if (args_no_kwargs(vm, "get_clock_info", kwnames) != AW_OK || args_count(vm, "get_clock_info", argc, 1, 1) != AW_OK)
        return AW_ERR;
    if (!value_is_str(argv[0]))
        return vm_raise(vm, &aw_exc_TypeError, "get_clock_info() argument 1 must be str, not %s", ops_type_name(argv[0]));
    size_t i = 0;
    while (i < sizeof clocks / sizeof clocks[0] && strcmp(clocks[i].name, AW_STR(argv[0])->data) != 0) i++;
    if (i == sizeof clocks / sizeof clocks[0]) return vm_raise(vm, &aw_exc_ValueError, "unknown clock");
    struct timespec res = {0, 1};
    clock_getres(clocks[i].id, &res);
    AwStr *types_name = str_intern_cstr(vm, "types"), *ns_name = str_intern_cstr(vm, "SimpleNamespace");
    if (!types_name || !ns_name) return AW_ERR;
    AwValue types = vm_import(vm, types_name, AW_NONE, NULL);   /* may run code: nothing fresh held */
    AwValue ns = types == AW_ERR ? AW_ERR : ops_getattr(vm, types, ns_name);
    AwStr *impl = ns == AW_ERR ? NULL : str_from_cstr(vm, clocks[i].impl);
    if (!impl || gc_push_root(vm, str_value(impl))) return AW_ERR;
    static const char *const keys[] = {"implementation", "monotonic", "adjustable", "resolution"};
    AwValue names[4];
    for (int k = 0; k < 4; k++) {
        AwStr *key = str_intern_cstr(vm, keys[k]);
        if (!key) { gc_pop_roots(vm, 1); return AW_ERR; }
        names[k] = str_value(key);
    }
    AwTuple *kw = tuple_from(vm, 4, names);
    AwValue args[4] = {str_value(impl), value_from_bool(clocks[i].monotonic), value_from_bool(clocks[i].id == CLOCK_REALTIME),
                       value_from_double((double)res.tv_sec + (double)res.tv_nsec * 1e-9)};
    AwValue r = kw ? vm_call(vm, ns, 0, args, kw) : AW_ERR;
    gc_pop_roots(vm, 1);
    return r;
}

/* A number of seconds from an int or float ("'str' object cannot be interpreted as an
 * integer" otherwise, as CPython words it). */
static AwStatus seconds_arg(AwVM *vm, AwValue v, double *out) {
    if (value_is_float(v)) { *out = value_as_double(v); return AW_OK; }
    if (int_check(v)) return int_to_double(vm, v, out);
    AwValue f = vm_call_dunder(vm, v, AW_NAME(vm, __float__), 0, NULL);
    if (f == AW_ERR) return AW_ERROR;
    if (f != AW_EMPTY && value_is_float(f)) { *out = value_as_double(f); return AW_OK; }
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                            ops_type_name(v)));
}

static AwValue time_sleep(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double secs;
    if (args_no_kwargs(vm, "sleep", kwnames) != AW_OK || args_count(vm, "sleep", argc, 1, 1) != AW_OK)
        return AW_ERR;
    if (seconds_arg(vm, argv[0], &secs) != AW_OK) return AW_ERR;
    if (isnan(secs)) return vm_raise(vm, &aw_exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0) return vm_raise(vm, &aw_exc_ValueError, "sleep length must be non-negative");
    if (secs > 9.2e9) return vm_raise(vm, &aw_exc_OverflowError, "sleep length is too large");
    if (loop_virtual_clock()) {
        loop_advance_clock(secs); /* a blocking sleep still takes its time, on the virtual clock */
        if (!vm->gil.workers) return AW_NONE;
        /* other threads live: give them the lock a moment (really), or a thread polling a lock
         * (an idle executor worker) would spin holding it */
        secs = secs < 0.002 ? secs : 0.002;
    }
    struct timespec req = {.tv_sec = (time_t)secs, .tv_nsec = (long)((secs - floor(secs)) * 1e9)};
    if (vm_check_interrupt(vm)) return AW_ERR; /* a Ctrl-C already pending: no sleep at all */
    struct timespec rem;
    for (;;) {
        AwThreadState ts;
        gil_begin_blocking(vm, &ts); /* other threads (the loop, workers) run while this one sleeps */
        int r;
        while ((r = nanosleep(&req, &rem)) < 0 && errno == EINTR && !vm->interrupt_pending) req = rem;
        gil_end_blocking(vm, &ts);
        /* A signal: its handler runs now; an exception from it (KeyboardInterrupt for Ctrl-C)
         * ends the sleep, else the sleep goes on for what is left (PEP 475). */
        if (vm_check_interrupt(vm)) return AW_ERR;
        if (r == 0) return AW_NONE;
        req = rem;
    }
}

/* ---- struct_time -------------------------------------------------------------------------- */

static AwValue struct_time_from_tm(AwVM *vm, const struct tm *tm) {
    AwStr *zone = str_from_cstr(vm, tm->tm_zone ? tm->tm_zone : "");
    if (!zone) return AW_ERR;
    AwValue items[11] = {
        value_from_small(tm->tm_year + 1900), value_from_small(tm->tm_mon + 1), value_from_small(tm->tm_mday),
        value_from_small(tm->tm_hour), value_from_small(tm->tm_min), value_from_small(tm->tm_sec),
        value_from_small((tm->tm_wday + 6) % 7), value_from_small(tm->tm_yday + 1), value_from_small(tm->tm_isdst),
        value_from_ptr(zone), value_from_small(tm->tm_gmtoff),
    };
    return sys_structseq_new(vm, struct_time_type, 11, items);
}

/* struct_time(sequence[, dict]): as CPython's structseq_new, a 9- to 11-sequence whose first
 * 9 items are the tuple and the last two, when given, tm_zone and tm_gmtoff (else None). */
static AwValue struct_time_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "struct_time", kwnames) != AW_OK || args_count(vm, "struct_time", argc, 2, 3) != AW_OK)
        return AW_ERR;
    AwValue seq = tuple_from_iterable(vm, argv[1]);
    if (seq == AW_ERR) {
        if (!vm_exc_matches(vm, &aw_exc_TypeError)) return AW_ERR;
        vm_exc_clear(vm);
        return vm_raise(vm, &aw_exc_TypeError, "constructor requires a sequence");
    }
    AwTuple *t = AW_TUPLE(seq);
    if (argc > 2 && argv[2] != AW_NONE && !value_is_instance(argv[2], &aw_type_dict))
        return vm_raise(vm, &aw_exc_TypeError, "time.struct_time() takes a dict as second arg, if any");
    if (t->len < 9)
        return vm_raise(vm, &aw_exc_TypeError, "time.struct_time() takes an at least 9-sequence (%lld-sequence given)",
                        (long long)t->len);
    if (t->len > 11)
        return vm_raise(vm, &aw_exc_TypeError, "time.struct_time() takes an at most 11-sequence (%lld-sequence given)",
                        (long long)t->len);
    if (gc_push_root(vm, seq) != AW_OK) return AW_ERR;
    AwTuple *first9 = tuple_from(vm, 9, t->items);
    AwValue visible = first9 ? value_from_ptr(first9) : AW_ERR;
    AwValue self = first9 ? aw_type_tuple.new_(vm, AW_AS(AwType, argv[0]), 1, &visible, NULL) : AW_ERR;
    static const char *const hidden[] = {"tm_zone", "tm_gmtoff"};
    AwValue dict = argc > 2 && argv[2] != AW_NONE ? argv[2] : AW_EMPTY;
    for (int i = 0; self != AW_ERR && i < 2; i++) {
        AwStr *name = str_intern_cstr(vm, hidden[i]);
        AwValue v = 9 + i < t->len ? t->items[9 + i] : AW_EMPTY;
        if (name && v == AW_EMPTY && dict != AW_EMPTY) {   /* the dict argument supplies the missing ones */
            AwValue key = value_from_ptr(name);
            v = vm_call_method(vm, dict, str_intern_cstr(vm, "get"), 1, &key);
            if (v == AW_ERR) self = AW_ERR;
            else if (v == AW_NONE) v = AW_EMPTY;
        }
        if (self != AW_ERR && v != AW_EMPTY && (!name || ops_setattr(vm, self, name, v) != AW_OK)) self = AW_ERR;
    }
    gc_pop_roots(vm, 1);
    return self;
}

/* The class-level parts of struct_time beyond the generic structseq: its constructor and the
 * tm_zone/tm_gmtoff defaults (None for a struct_time made from 9 items). */
static AwStatus struct_time_setup(AwVM *vm, AwType *cls) {
    AwValue type = value_from_ptr(cls);
    AwNative *fn = native_new(vm, "__new__", struct_time_new, AW_METH_DEFAULT, NULL);
    AwMethodWrapper *w = fn ? (AwMethodWrapper *)gc_new(vm, &aw_type_staticmethod, sizeof(AwMethodWrapper)) : NULL;
    if (!w) return AW_ERROR;
    w->func = value_from_ptr(fn);
    struct { const char *name; AwValue value; } attrs[] = {
        {"__new__", value_from_ptr(w)}, {"tm_zone", AW_NONE}, {"tm_gmtoff", AW_NONE},
        {"n_sequence_fields", value_from_small(9)}, {"n_fields", value_from_small(11)}, {"n_unnamed_fields", value_from_small(0)},
    };
    for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++) {
        AwStr *name = str_intern_cstr(vm, attrs[i].name);
        if (!name || ops_setattr(vm, type, name, attrs[i].value) != AW_OK) return AW_ERROR;
    }
    return AW_OK;
}

/* CPython's checktm: the ranges asctime and strftime accept (month 0 means January; the
 * weekday is checked after gettmarg's C remainder (wday + 1) % 7, so -1 is Sunday). */
static AwStatus tm_check(AwVM *vm, const int64_t *f) {
    if (f[1] < 0 || f[1] > 12) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "month out of range"));
    if (f[2] < 0 || f[2] > 31) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "day of month out of range"));
    if (f[3] < 0 || f[3] > 23) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "hour out of range"));
    if (f[4] < 0 || f[4] > 59) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "minute out of range"));
    if (f[5] < 0 || f[5] > 61) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "seconds out of range"));
    if ((f[6] + 1) % 7 < 0) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "day of week out of range"));
    if (f[7] < 0 || f[7] > 366) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "day of year out of range"));
    return AW_OK;
}

/* A struct_time or 9-tuple to struct tm, with CPython's range checks when check (mktime has
 * none: it normalises out-of-range fields). */
static AwStatus tm_from_value(AwVM *vm, const char *fname, AwValue v, struct tm *tm, bool check) {
    if (!value_is_instance(v, &aw_type_tuple) || AW_TUPLE(v)->len != 9)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s(): illegal time tuple argument", fname));
    int64_t f[9];
    for (int i = 0; i < 9; i++) {
        if (args_int(vm, AW_TUPLE(v)->items[i], &f[i]) != AW_OK) return AW_ERROR;
        /* each field is a C int, as CPython's "i" argument format reads it */
        if (f[i] > INT_MAX) return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "signed integer is greater than maximum"));
        if (f[i] < INT_MIN) return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "signed integer is less than minimum"));
    }
    if (f[0] - 1900 < INT_MIN) return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "year out of range"));
    if (check && tm_check(vm, f) != AW_OK) return AW_ERROR;
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = f[1] || !check ? (int)(f[1] - 1) : 0;
    tm->tm_mday = f[2] || !check ? (int)f[2] : 1;
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = f[7] ? (int)(f[7] - 1) : 0;
    tm->tm_isdst = f[8] < -1 ? -1 : f[8] > 1 ? 1 : (int)f[8];
    return AW_OK;
}

/* The optional seconds argument of gmtime/localtime/ctime: now when absent or None. */
static AwStatus time_t_arg(AwVM *vm, int argc, const AwValue *argv, time_t *out) {
    if (argc == 0 || argv[0] == AW_NONE) { *out = time(NULL); return AW_OK; }
    double secs;
    if (seconds_arg(vm, argv[0], &secs) != AW_OK) return AW_ERROR;
    if (isnan(secs)) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "Invalid value NaN (not a number)"));
    if (secs >= 9.2e18 || secs <= -9.2e18)
        return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "timestamp out of range for platform time_t"));
    *out = (time_t)secs;
    return AW_OK;
}

static AwValue convert_time(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kwnames,
                            bool is_local) {
    time_t t;
    struct tm tm;
    if (args_no_kwargs(vm, fname, kwnames) != AW_OK || args_count(vm, fname, argc, 0, 1) != AW_OK) return AW_ERR;
    if (time_t_arg(vm, argc, argv, &t) != AW_OK) return AW_ERR;
    if (!(is_local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm)))
        return vm_raise(vm, &aw_exc_OverflowError, "timestamp out of range for platform time_t");
    return struct_time_from_tm(vm, &tm);
}

static AwValue time_gmtime(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return convert_time(vm, "gmtime", argc, argv, kwnames, false);
}

static AwValue time_localtime(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return convert_time(vm, "localtime", argc, argv, kwnames, true);
}

static AwValue time_mktime(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    struct tm tm;
    if (args_no_kwargs(vm, "mktime", kwnames) != AW_OK || args_count(vm, "mktime", argc, 1, 1) != AW_OK)
        return AW_ERR;
    if (tm_from_value(vm, "mktime", argv[0], &tm, false) != AW_OK) return AW_ERR;
    tm.tm_wday = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) return vm_raise(vm, &aw_exc_OverflowError, "mktime argument out of range");
    return value_from_double((double)t);
}

/* The struct tm for an optional time-tuple argument (now, local time, when absent). */
static AwStatus tm_arg(AwVM *vm, const char *fname, int argc, const AwValue *argv, int index, struct tm *tm) {
    if (argc > index && argv[index] != AW_NONE) return tm_from_value(vm, fname, argv[index], tm, true);
    time_t now = time(NULL);
    localtime_r(&now, tm);
    return AW_OK;
}

static AwValue time_strftime(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    struct tm tm;
    if (args_no_kwargs(vm, "strftime", kwnames) != AW_OK || args_count(vm, "strftime", argc, 1, 2) != AW_OK)
        return AW_ERR;
    if (!value_is_str(argv[0]))
        return vm_raise(vm, &aw_exc_TypeError, "strftime() argument 1 must be str, not %s", ops_type_name(argv[0]));
    if (tm_arg(vm, "strftime", argc, argv, 1, &tm) != AW_OK) return AW_ERR;
    AwStr *fmt = AW_STR(argv[0]);
    if (fmt->byte_len == 0) return value_from_ptr(fmt);
    if (memchr(fmt->data, 0, (size_t)fmt->byte_len)) return vm_raise(vm, &aw_exc_ValueError, "embedded null character");
    /* strftime returns 0 both for "too small" and for an empty result: grow a few times. */
    for (size_t cap = 256; cap <= (size_t)fmt->byte_len * 64 + 256; cap *= 4) {
        char *buf = gc_alloc(vm, cap);
        if (!buf) return AW_ERR;
        size_t n = strftime(buf, cap, fmt->data, &tm);
        AwStr *s = n ? str_from_utf8_checked(vm, buf, n) : NULL;
        gc_free(vm, buf, cap);
        if (s) return value_from_ptr(s);
        if (n) return AW_ERR;
    }
    AwStr *empty = str_new(vm, "", 0);
    return empty ? value_from_ptr(empty) : AW_ERR;
}

/* "Mon Jan  1 00:00:00 2020", as asctime() and ctime(). */
static AwValue format_asctime(AwVM *vm, const struct tm *tm) {
    static const char days[][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    AwStr *s = str_printf(vm, "%s %s%3d %.2d:%.2d:%.2d %d", days[(tm->tm_wday % 7 + 7) % 7],
                          months[(tm->tm_mon % 12 + 12) % 12], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
                          tm->tm_year + 1900);
    return s ? value_from_ptr(s) : AW_ERR;
}

static AwValue time_asctime(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    struct tm tm;
    if (args_no_kwargs(vm, "asctime", kwnames) != AW_OK || args_count(vm, "asctime", argc, 0, 1) != AW_OK)
        return AW_ERR;
    if (tm_arg(vm, "asctime", argc, argv, 0, &tm) != AW_OK) return AW_ERR;
    return format_asctime(vm, &tm);
}

static AwValue time_ctime(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    time_t t;
    struct tm tm;
    if (args_no_kwargs(vm, "ctime", kwnames) != AW_OK || args_count(vm, "ctime", argc, 0, 1) != AW_OK)
        return AW_ERR;
    if (time_t_arg(vm, argc, argv, &t) != AW_OK) return AW_ERR;
    if (!localtime_r(&t, &tm)) return vm_raise(vm, &aw_exc_OverflowError, "timestamp out of range for platform time_t");
    return format_asctime(vm, &tm);
}

/* time.strptime: as in CPython, the work is _strptime._strptime_time (frozen Python here). */
static AwValue time_strptime(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *name = str_intern_cstr(vm, "_strptime"), *fname = str_intern_cstr(vm, "_strptime_time");
    if (!name || !fname) return AW_ERR;
    AwValue mod = vm_import(vm, name, AW_NONE, NULL);
    if (mod == AW_ERR) return AW_ERR;
    AwValue fn = ops_getattr(vm, mod, fname);   /* kept alive by the module */
    return fn == AW_ERR ? AW_ERR : vm_call(vm, fn, argc, argv, kw);
}

static AwStatus add_zone_info(AwVM *vm, AwModule *mod);

/* time.tzset: re-reads TZ (os.environ sets the process environment) and updates the time
 * module's timezone, altzone, daylight and tzname. */
static AwValue time_tzset(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "tzset", kwnames) != AW_OK || args_count(vm, "time.tzset", argc, 0, 0) != AW_OK) return AW_ERR;
    AwStr *name = str_intern_cstr(vm, "time");
    if (!name) return AW_ERR;
    AwValue mod = vm_import(vm, name, AW_NONE, NULL);
    if (mod == AW_ERR) return AW_ERR;
    if (!value_is_type(mod, &aw_type_module)) return vm_raise(vm, &aw_exc_TypeError, "time is not a module");
    return add_zone_info(vm, (AwModule *)value_as_ptr(mod)) == AW_OK ? AW_NONE : AW_ERR;
}

static const AwMethodDef time_functions[] = {
    {"time", time_time, AW_METH_DEFAULT},
    {"time_ns", time_time_ns, AW_METH_DEFAULT},
    {"monotonic", time_monotonic, AW_METH_DEFAULT},
    {"monotonic_ns", time_monotonic_ns, AW_METH_DEFAULT},
    {"perf_counter", time_perf_counter, AW_METH_DEFAULT},
    {"perf_counter_ns", time_perf_counter_ns, AW_METH_DEFAULT},
    {"process_time", time_process_time, AW_METH_DEFAULT},
    {"process_time_ns", time_process_time_ns, AW_METH_DEFAULT},
    {"thread_time", time_thread_time, AW_METH_DEFAULT},
    {"thread_time_ns", time_thread_time_ns, AW_METH_DEFAULT},
    {"get_clock_info", time_get_clock_info, AW_METH_DEFAULT},
    {"sleep", time_sleep, AW_METH_DEFAULT},
    {"gmtime", time_gmtime, AW_METH_DEFAULT},
    {"localtime", time_localtime, AW_METH_DEFAULT},
    {"mktime", time_mktime, AW_METH_DEFAULT},
    {"strftime", time_strftime, AW_METH_DEFAULT},
    {"asctime", time_asctime, AW_METH_DEFAULT},
    {"ctime", time_ctime, AW_METH_DEFAULT},
    {"strptime", time_strptime, AW_METH_DEFAULT},
    {"tzset", time_tzset, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

/* time.timezone, altzone, daylight and tzname as CPython computes them on glibc: from the
 * local offsets of January and July of this year (the C library's tzname/daylight globals
 * describe any DST the zone ever had). The zone with the larger UTC offset is the DST one. */
static AwStatus add_zone_info(AwVM *vm, AwModule *mod) {
    static const time_t year = (365 * 24 + 6) * 3600;
    tzset();
    time_t t = (time(NULL) / year) * year;
    struct tm jan, jul;
    localtime_r(&t, &jan);
    t += year / 2;
    localtime_r(&t, &jul);
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    const char *janname = jan.tm_zone ? jan.tm_zone : "   ", *julname = jul.tm_zone ? jul.tm_zone : "   ";
    bool south = janzone < julzone;   /* DST in January: the southern hemisphere */
    long zone = south ? julzone : janzone, alt = south ? janzone : julzone;
    AwStr *std = str_from_cstr(vm, south ? julname : janname), *dst = str_from_cstr(vm, south ? janname : julname);
    if (!std || !dst) return AW_ERROR;
    AwTuple *names = tuple_pack2(vm, value_from_ptr(std), value_from_ptr(dst));
    if (!names || module_add_value(vm, mod, "tzname", value_from_ptr(names)) != AW_OK) return AW_ERROR;
    if (module_add_value(vm, mod, "timezone", value_from_small(zone)) != AW_OK) return AW_ERROR;
    if (module_add_value(vm, mod, "altzone", value_from_small(alt)) != AW_OK) return AW_ERROR;
    return module_add_value(vm, mod, "daylight", value_from_small(janzone != julzone));
}

AwModule *time_module_init(AwVM *vm) {
    static const char *const fields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                         "tm_wday", "tm_yday", "tm_isdst", NULL};
    AwModule *mod = module_new(vm, "time");
    if (!mod || module_add_functions(vm, mod, time_functions) != AW_OK) return NULL;
    struct_time_type = sys_structseq_type(vm, "time", "struct_time", fields);
    if (!struct_time_type || struct_time_setup(vm, struct_time_type) != AW_OK ||
        module_add_value(vm, mod, "struct_time", value_from_ptr(struct_time_type)) != AW_OK ||
        module_add_value(vm, mod, "_STRUCT_TM_ITEMS", value_from_small(11)) != AW_OK)
        return NULL;
    return add_zone_info(vm, mod) == AW_OK ? mod : NULL;
}
