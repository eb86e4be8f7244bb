/* sys.c — the sys module: argv, path, modules, the standard streams, version information,
 * recursion and int-digit limits, exc_info, and struct sequences (see sys.h).
 *
 * sys.version_info is a struct sequence like CPython's (a tuple with named fields), so
 * `sys.version_info >= (3, 8)` and `sys.version_info.major` both work.
 */
#include "stdlib/sys.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <float.h>
#include <unistd.h>
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/fiber.h"
#include "interp/file.h"
#include "interp/frameobj.h"
#include "interp/function.h"
#include "interp/int.h"
#include "interp/bytes.h"
#include "interp/complex.h"
#include "interp/range.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/traceback.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/modules.h"

/* CPython refuses limits between 1 and this (sys.int_info.str_digits_check_threshold). */
#define INT_MAX_STR_DIGITS_THRESHOLD 640

AwValue vm_handled_exception(AwVM *vm); /* vm.c: the exception being handled, or None */

/* ---- struct sequences --------------------------------------------------------------------- */

/* A field's getter: a native whose bound `self` is the field's index. */
static AwValue structseq_field(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t index = value_as_small(argv[0]);
    AwValue self = argv[1];
    if (!value_is_instance(self, &aw_type_tuple) || index >= AW_TUPLE(self)->len) return AW_NONE;
    return AW_TUPLE(self)->items[index];
}

/* repr: "module.name(field=value, ...)" with the fields listed in __match_args__. */
static AwValue structseq_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwValue self = argv[0];
    AwType *t = type_of(self);
    AwValue fields = type_lookup(t, str_intern_cstr(vm, "__match_args__"));
    if (!value_is_instance(self, &aw_type_tuple) || !value_is_tuple(fields)) return ops_repr(vm, self);
    AwTuple *items = AW_TUPLE(self), *names = AW_TUPLE(fields);
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = buf_printf(&b, "%s.%s(", t->module ? t->module->data : "builtins", type_name(t));
    for (int64_t i = 0; st == AW_OK && i < items->len && i < names->len; i++) {
        st = buf_printf(&b, "%s%s=", i ? ", " : "", AW_STR(names->items[i])->data);
        if (st == AW_OK) st = buf_append_repr_of(&b, items->items[i]);
    }
    if (st == AW_OK) st = buf_append_char(&b, ')');
    if (st != AW_OK) { buf_free(&b); return AW_ERR; }
    AwStr *s = buf_to_str(&b);
    return s ? value_from_ptr(s) : AW_ERR;
}

static AwValue make_property(AwVM *vm, AwValue getter) {
    AwProperty *p = (AwProperty *)gc_new(vm, &aw_type_property, sizeof(AwProperty));
    if (!p) return AW_ERR;
    p->fget = getter;
    p->fset = AW_NONE;
    p->fdel = AW_NONE;
    p->doc = AW_NONE;
    return value_from_ptr(p);
}

/* Fills the class namespace: one property per field, __match_args__, __repr__. */
static AwStatus structseq_namespace(AwVM *vm, AwDict *ns, const char *module, const char *const *fields,
                                    AwNative **repr) {
    int n = 0;
    while (fields[n]) n++;
    AwTuple *names = tuple_new(vm, n);
    AwStr *mod = str_intern_cstr(vm, module);
    if (!names || !mod || dict_set_str(vm, ns, AW_NAME(vm, __module__), value_from_ptr(mod)) != AW_OK)
        return AW_ERROR;
    for (int i = 0; i < n; i++) {
        AwStr *name = str_intern_cstr(vm, fields[i]);
        AwNative *get = native_new(vm, fields[i], structseq_field, AW_METH_DEFAULT, NULL);
        if (!name || !get) return AW_ERROR;
        get->self = value_from_small(i);
        AwValue prop = make_property(vm, value_from_ptr(get));
        if (prop == AW_ERR || dict_set_str(vm, ns, name, prop) != AW_OK) return AW_ERROR;
        names->items[i] = value_from_ptr(name);
    }
    if (dict_set_cstr(vm, ns, "__match_args__", value_from_ptr(names)) != AW_OK) return AW_ERROR;
    if (dict_set_cstr(vm, ns, "n_fields", value_from_small(n)) != AW_OK) return AW_ERROR;
    *repr = native_new(vm, "__repr__", structseq_repr, AW_METH_DEFAULT, NULL);
    return *repr ? dict_set_str(vm, ns, AW_NAME(vm, __repr__), value_from_ptr(*repr)) : AW_ERROR;
}

AwType *sys_structseq_type(AwVM *vm, const char *module, const char *name, const char *const *fields) {
    AwDict *ns = dict_new(vm);
    AwTuple *bases = tuple_from(vm, 1, (AwValue[]){value_from_ptr(&aw_type_tuple)});
    AwStr *name_str = str_intern_cstr(vm, name);
    if (!ns || !bases || !name_str || gc_push_root(vm, value_from_ptr(ns)) != AW_OK) return NULL;
    AwNative *repr = NULL;
    AwValue cls = AW_ERR;
    if (gc_push_root(vm, value_from_ptr(bases)) == AW_OK) {
        if (structseq_namespace(vm, ns, module, fields, &repr) == AW_OK)
            cls = class_new(vm, &aw_type_type, name_str, bases, ns);
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 1);
    if (cls == AW_ERR) return NULL;
    /* A native binds to instances only when it has an owner type. */
    repr->owner = (AwType *)value_as_ptr(cls);
    return (AwType *)value_as_ptr(cls);
}

AwValue sys_structseq_new(AwVM *vm, AwType *type, int n, const AwValue *items) {
    AwTuple *t = tuple_from(vm, n, items);
    if (!t) return AW_ERR;
    AwValue arg = value_from_ptr(t);
    return vm_call(vm, value_from_ptr(type), 1, &arg, NULL);
}

/* ---- functions ---------------------------------------------------------------------------- */

static AwValue sys_exit(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "exit", kwnames) != AW_OK || args_count(vm, "exit", argc, 0, 1) != AW_OK)
        return AW_ERR;
    /* as CPython's PyErr_SetObject(SystemExit, status): None is no argument, a tuple the arguments */
    const AwValue *args = argv;
    if (argc == 1 && argv[0] == AW_NONE) argc = 0;
    else if (argc == 1 && value_is_tuple(argv[0])) argc = (int)AW_TUPLE(argv[0])->len, args = AW_TUPLE(argv[0])->items;
    AwException *e = exception_new(vm, &aw_exc_SystemExit, argc, args);
    return e ? vm_raise_value(vm, value_from_ptr(e)) : AW_ERR;
}

/* call_tracing(func, args): func(*args) (aw has no tracing to switch on). */
static AwValue sys_call_tracing(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "call_tracing", kwnames) != AW_OK || args_count(vm, "call_tracing", argc, 2, 2) != AW_OK)
        return AW_ERR;
    if (!value_is_instance(argv[1], &aw_type_tuple))
        return vm_raise(vm, &aw_exc_TypeError, "call_tracing() argument 2 must be tuple, not %s", ops_type_name(argv[1]));
    AwTuple *t = AW_TUPLE(argv[1]);
    return vm_call(vm, argv[0], (int)t->len, t->items, NULL);
}

static AwValue sys_getrecursionlimit(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_count(vm, "getrecursionlimit", argc, 0, 0) != AW_OK) return AW_ERR;
    return value_from_small(vm->recursion_limit);
}

static AwValue sys_setrecursionlimit(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t n;
    if (args_no_kwargs(vm, "setrecursionlimit", kwnames) != AW_OK) return AW_ERR;
    if (args_count(vm, "setrecursionlimit", argc, 1, 1) != AW_OK) return AW_ERR;
    if (value_is_float(argv[0]))
        return vm_raise(vm, &aw_exc_TypeError, "'float' object cannot be interpreted as an integer");
    if (args_int(vm, argv[0], &n) != AW_OK) return AW_ERR;
    if (n < 1) return vm_raise(vm, &aw_exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n > INT_MAX) return vm_raise(vm, &aw_exc_OverflowError, "Python int too large to convert to C int");
    if (n <= vm->depth)
        return vm_raise(vm, &aw_exc_RecursionError,
                        "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                        (long long)n, vm->depth);
    vm->recursion_limit = (int)n;
    return AW_NONE;
}

static AwValue sys_get_int_max_str_digits(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_count(vm, "get_int_max_str_digits", argc, 0, 0) != AW_OK) return AW_ERR;
    return int_from_i64(vm, int_get_max_str_digits());
}

static AwValue sys_set_int_max_str_digits(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"maxdigits", NULL};
    AwValue a[1];
    int64_t n;
    if (args_parse(vm, "set_int_max_str_digits", argc, argv, kwnames, names, 1, 1, a) != AW_OK) return AW_ERR;
    if (args_int(vm, a[0], &n) != AW_OK) return AW_ERR;
    if (n != 0 && (n < INT_MAX_STR_DIGITS_THRESHOLD || n > INT_MAX))
        return vm_raise(vm, &aw_exc_ValueError, "maxdigits must be 0 or larger than %d", INT_MAX_STR_DIGITS_THRESHOLD);
    int_set_max_str_digits(n);
    return AW_NONE;
}

/* CPython's size of a str: the compact header and one unit per code point (plus the NUL), the
 * unit being the widest code point's (1, 2 or 4 bytes); pure ASCII has the smaller header. */
/* sys.getsizeof: __sizeof__() (CPython's sizes, ops_sizeof) plus the GC header CPython counts
 * for its tracked containers; a class's own __sizeof__ is asked, as in CPython. */
static AwValue sys_getsizeof(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "getsizeof", kwnames) != AW_OK || args_count(vm, "getsizeof", argc, 1, 2) != AW_OK)
        return AW_ERR;
    AwValue v = argv[0];
    AwStr *name = str_intern_cstr(vm, "__sizeof__");
    if (!name) return AW_ERR;
    AwValue own = type_lookup(type_of(v), name);
    if (own != AW_EMPTY && own != type_lookup(&aw_type_object, name)) {   /* the class's own */
        AwValue r = vm_call_method(vm, v, name, 0, NULL);
        if (r == AW_ERR) return AW_ERR;
        int64_t n;
        if (args_int(vm, r, &n)) return AW_ERR;
        if (n < 0) return vm_raise(vm, &aw_exc_ValueError, "__sizeof__() should return >= 0");
        /* instances of classes are GC-tracked (16 bytes), and those with a __dict__ carry
         * CPython 3.11's managed-dict pre-header (16 more) */
        return int_from_i64(vm, n + 16 + (type_of(v)->dict_offset ? 16 : 0));
    }
    int64_t n;
    if (ops_sizeof(vm, v, &n)) return AW_ERR;
    AwType *t = type_of(v);
    return value_from_small(n + ((t == &aw_type_tuple || t == &aw_type_list) ? 16 : 0));
}

static AwValue sys_intern(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "intern", kwnames) != AW_OK || args_count(vm, "intern", argc, 1, 1) != AW_OK)
        return AW_ERR;
    if (!value_is_str(argv[0]))
        return vm_raise(vm, &aw_exc_TypeError, "intern() argument must be str, not %s", ops_type_name(argv[0]));
    AwStr *s = str_intern_str(vm, AW_STR(argv[0]));
    return s ? value_from_ptr(s) : AW_ERR;
}

static AwValue sys_exc_info(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_count(vm, "exc_info", argc, 0, 0) != AW_OK) return AW_ERR;
    AwValue exc = vm_handled_exception(vm);
    AwTuple *t = tuple_new(vm, 3);
    if (!t) return AW_ERR;
    if (value_is_instance(exc, &aw_exc_BaseException)) {
        t->items[0] = value_from_ptr(type_of(exc));
        t->items[1] = exc;
        t->items[2] = AW_EXC(exc)->traceback;
    }
    return value_from_ptr(t);
}

static AwValue sys_exception(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_count(vm, "exception", argc, 0, 0) != AW_OK) return AW_ERR;
    AwValue exc = vm_handled_exception(vm);
    return value_is_instance(exc, &aw_exc_BaseException) ? exc : AW_NONE;
}

static AwValue sys_getdefaultencoding(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_count(vm, "getdefaultencoding", argc, 0, 0) != AW_OK) return AW_ERR;
    AwStr *s = str_intern_cstr(vm, "utf-8");
    return s ? value_from_ptr(s) : AW_ERR;
}

/* The error handler of file names: CPython's on POSIX. */
static AwValue sys_getfilesystemencodeerrors(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "getfilesystemencodeerrors", kwnames) != AW_OK ||
        args_count(vm, "sys.getfilesystemencodeerrors", argc, 0, 0) != AW_OK) return AW_ERR;
    AwStr *s = str_intern_cstr(vm, "surrogateescape");
    return s ? value_from_ptr(s) : AW_ERR;
}

/* sys.displayhook / sys.__displayhook__: prints repr(value) and keeps it in builtins._. */
static AwValue sys_displayhook(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "displayhook", kwnames) || args_count(vm, "sys.displayhook", argc, 1, 1)) return AW_ERR;
    return vm_display_value(vm, argv[0]) ? AW_ERR : AW_NONE;
}

/* sys.stderr when a program replaced it with something other than a file on descriptor 2
 * (io.StringIO, a wrapper object); AW_EMPTY when the hooks write to the C stream. */
static AwValue replaced_stderr(AwVM *vm) {
    AwValue f = vm->sys ? dict_get_str(vm->sys->dict, str_intern_cstr(vm, "stderr")) : AW_EMPTY;
    if (f == AW_EMPTY || f == AW_NONE || (value_is_file(f) && AW_FILE(f)->fd == 2)) return AW_EMPTY;
    return f;
}

/* Passes the text a hook printed into its memory stream to err.write(). Frees buf. */
static AwStatus write_hook_text(AwVM *vm, AwValue err, char *buf, size_t len) {
    AwStr *s = str_from_utf8_checked(vm, buf ? buf : "", buf ? len : 0);
    free(buf);
    if (!s) return AW_ERROR;
    AwValue arg = str_value(s);
    if (gc_push_root(vm, arg) != AW_OK) return AW_ERROR;
    AwValue r = vm_call_method(vm, err, str_intern_cstr(vm, "write"), 1, &arg);
    gc_pop_roots(vm, 1);
    return r == AW_ERR ? AW_ERROR : AW_OK;
}

/* The standard report of exc (and, for unraisablehook, its heading line) on sys.stderr: the C
 * stream for the original one, else through the replacement's write(). */
static AwStatus report_exception(AwVM *vm, const char *heading, AwValue exc, bool chained) {
    AwValue err = replaced_stderr(vm);
    char *buf = NULL;
    size_t len = 0;
    FILE *out = stderr;
    if (err != AW_EMPTY && !(out = open_memstream(&buf, &len)))
        return vm_fail(vm_raise(vm, &aw_exc_MemoryError, "cannot format the exception"));
    if (out == stderr) file_flush_std(vm);
    if (gc_push_root(vm, err) != AW_OK) { if (out != stderr) { fclose(out); free(buf); } return AW_ERROR; }
    if (heading) fputs(heading, out);
    if (exc != AW_EMPTY) (chained ? traceback_print : traceback_print_unchained)(vm, exc, out);
    AwStatus st = AW_OK;
    if (out == stderr) fflush(stderr);
    else {
        fclose(out);
        st = write_hook_text(vm, err, buf, len);
    }
    gc_pop_roots(vm, 1);
    return st;
}

/* sys.excepthook / sys.__excepthook__: the standard report of an uncaught exception. */
static AwValue sys_excepthook(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "excepthook", kwnames) != AW_OK) return AW_ERR;
    if (argc != 3) return vm_raise(vm, &aw_exc_TypeError, "excepthook expected 3 arguments, got %d", argc);
    if (!value_is_instance(argv[1], &aw_exc_BaseException)) {   /* CPython prints the complaint */
        char line[200];
        snprintf(line, sizeof line, "TypeError: print_exception(): Exception expected for value, %s found\n",
                 ops_type_name(argv[1]));
        return report_exception(vm, line, AW_EMPTY, true) ? AW_ERR : AW_NONE;
    }
    return report_exception(vm, NULL, argv[1], true) ? AW_ERR : AW_NONE;
}

/* sys.unraisablehook / sys.__unraisablehook__: "Exception ignored in: ..." for an
 * UnraisableHookArgs-like object (exc_type, exc_value, exc_traceback, err_msg, object). */
static AwValue sys_unraisablehook(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "unraisablehook", kwnames) != AW_OK || args_count(vm, "unraisablehook", argc, 1, 1) != AW_OK)
        return AW_ERR;
    AwValue value = ops_getattr_opt(vm, argv[0], str_intern_cstr(vm, "exc_value"));
    AwValue obj = ops_getattr_opt(vm, argv[0], str_intern_cstr(vm, "object"));
    AwValue msg = ops_getattr_opt(vm, argv[0], str_intern_cstr(vm, "err_msg"));
    if (value == AW_ERR || obj == AW_ERR || msg == AW_ERR) return AW_ERR;
    AwValue r = obj != AW_EMPTY && obj != AW_NONE ? ops_repr(vm, obj) : AW_EMPTY;
    if (r == AW_ERR) return AW_ERR;
    const char *m = value_is_str(msg) ? AW_STR(msg)->data : "Exception ignored in";
    AwStr *heading = r != AW_EMPTY ? str_printf(vm, "%s: %s\n", m, AW_STR(r)->data) : str_printf(vm, "%s\n", m);
    if (!heading || gc_push_root(vm, str_value(heading)) != AW_OK) return AW_ERR;
    if (value == AW_EMPTY || !value_is_instance(value, &aw_exc_BaseException)) value = AW_EMPTY;
    AwStatus st = report_exception(vm, heading->data, value, false);
    gc_pop_roots(vm, 1);
    return st ? AW_ERR : AW_NONE;
}

/* Calls a program's own sys.unraisablehook with CPython's UnraisableHookArgs (a structseq made
 * for the call: programs only read its fields). */
static AwStatus call_unraisable_hook(AwVM *vm, AwValue hook, const char *prefix, AwValue obj, AwValue exc) {
    static const char *const fields[] = {"exc_type", "exc_value", "exc_traceback", "err_msg", "object", NULL};
    AwType *t = sys_structseq_type(vm, "builtins", "UnraisableHookArgs", fields);
    if (!t || gc_push_root(vm, value_from_ptr(t)) != AW_OK) return AW_ERROR;
    AwStr *msg = strcmp(prefix, "Exception ignored in") == 0 ? NULL : str_from_cstr(vm, prefix);
    AwValue tb = exc != AW_EMPTY ? ops_getattr_opt(vm, exc, str_intern_cstr(vm, "__traceback__")) : AW_NONE;
    AwStatus st = AW_ERROR;
    if (tb != AW_ERR) {
        AwValue items[5] = {exc != AW_EMPTY ? value_from_ptr(type_of(exc)) : AW_NONE, exc != AW_EMPTY ? exc : AW_NONE,
                            tb == AW_EMPTY ? AW_NONE : tb, msg ? str_value(msg) : AW_NONE, obj};
        AwValue args = sys_structseq_new(vm, t, 5, items);
        if (args != AW_ERR && gc_push_root(vm, args) == AW_OK) {
            st = vm_call(vm, hook, 1, &args, NULL) == AW_ERR ? AW_ERROR : AW_OK;
            gc_pop_roots(vm, 1);
        }
    }
    gc_pop_roots(vm, 1);
    return st;
}

void sys_report_unraisable(AwVM *vm, const char *prefix, AwValue obj, bool chained) {
    AwValue exc = vm_exc_take(vm);
    if (gc_push_root(vm, exc) != AW_OK) { vm_exc_clear(vm); return; }
    if (gc_push_root(vm, obj) != AW_OK) { vm_exc_clear(vm); gc_pop_roots(vm, 1); return; }
    AwValue hook = vm->sys ? dict_get_str(vm->sys->dict, str_intern_cstr(vm, "unraisablehook")) : AW_EMPTY;
    bool own = hook != AW_EMPTY && hook != AW_NONE &&
               !(value_is_type(hook, &aw_type_native) && AW_NATIVE(hook)->fn == sys_unraisablehook);
    if (!own || call_unraisable_hook(vm, hook, prefix, obj, exc) != AW_OK) {
        vm_exc_clear(vm);   /* a failing hook: CPython falls back to the default report */
        AwValue r = ops_repr(vm, obj);
        if (r == AW_ERR) vm_exc_clear(vm);
        AwStr *heading = r == AW_ERR ? str_printf(vm, "%s: <object repr() failed>\n", prefix)
                                     : str_printf(vm, "%s: %s\n", prefix, AW_STR(r)->data);
        if (heading && gc_push_root(vm, str_value(heading)) == AW_OK) {
            if (report_exception(vm, heading->data, exc, chained) != AW_OK) {   /* sys.stderr.write failed */
                vm_exc_clear(vm);
                fputs(heading->data, stderr);
                if (exc != AW_EMPTY) (chained ? traceback_print : traceback_print_unchained)(vm, exc, stderr);
            }
            gc_pop_roots(vm, 1);
        }
        vm_exc_clear(vm);
    }
    gc_pop_roots(vm, 2);
}

static double switch_interval = 0.005;

static AwValue sys_getswitchinterval(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "getswitchinterval", kwnames) != AW_OK || args_count(vm, "getswitchinterval", argc, 0, 0) != AW_OK)
        return AW_ERR;
    return value_from_double(switch_interval);
}

static AwValue sys_setswitchinterval(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    double d;
    if (args_no_kwargs(vm, "setswitchinterval", kwnames) != AW_OK || args_count(vm, "setswitchinterval", argc, 1, 1) != AW_OK)
        return AW_ERR;
    if (!value_is_float(argv[0]) && !int_check(argv[0]))
        return vm_raise(vm, &aw_exc_TypeError, "must be real number, not %s", ops_type_name(argv[0]));
    if (float_as_double(vm, argv[0], &d) != AW_OK) return AW_ERR;
    if (!(d > 0.0)) return vm_raise(vm, &aw_exc_ValueError, "switch interval must be strictly positive");
    switch_interval = d;
    return AW_NONE;
}

static AwValue sys_is_finalizing(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "is_finalizing", kwnames) != AW_OK || args_count(vm, "is_finalizing", argc, 0, 0) != AW_OK)
        return AW_ERR;
    return value_from_bool(vm->is_exiting);
}

/* vm->module_roots slot: the list of audit hooks sys.addaudithook added (AW_NONE before the first).
 * Not 13, signal's handler list (sharing it made sys.audit call the signal handlers). */
enum { ROOT_AUDIT_HOOKS = 10 };

/* sys.addaudithook(hook): hook(event, args) is called by every later sys.audit. */
static AwValue sys_addaudithook(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"hook", NULL};
    AwValue hook;
    if (args_parse(vm, "addaudithook", argc, argv, kwnames, names, 1, 1, &hook) != AW_OK) return AW_ERR;
    if (vm->module_roots[ROOT_AUDIT_HOOKS] == AW_NONE) {
        AwList *hooks = list_new(vm, 0);
        if (!hooks) return AW_ERR;
        vm->module_roots[ROOT_AUDIT_HOOKS] = value_from_ptr(hooks);
    }
    if (list_append(vm, AW_LIST(vm->module_roots[ROOT_AUDIT_HOOKS]), hook) != AW_OK) return AW_ERR;
    return AW_NONE;
}

/* sys.audit(event, *args): calls each hook with (event, args); aw raises no events itself. */
static AwValue sys_audit(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "audit", kwnames) != AW_OK) return AW_ERR;
    if (argc < 1) return vm_raise(vm, &aw_exc_TypeError, "audit() missing 1 required positional argument: 'event'");
    if (!value_is_str(argv[0]))
        return vm_raise(vm, &aw_exc_TypeError, "expected str for argument 'event', not %s", ops_type_name(argv[0]));
    AwValue hooks = vm->module_roots[ROOT_AUDIT_HOOKS];
    if (hooks == AW_NONE || AW_LIST(hooks)->len == 0) return AW_NONE;
    AwTuple *args = tuple_new(vm, argc - 1);
    if (!args) return AW_ERR;
    for (int i = 1; i < argc; i++) args->items[i - 1] = argv[i];
    if (gc_push_root(vm, value_from_ptr(args)) != AW_OK) return AW_ERR;
    AwValue r = AW_NONE;
    for (int64_t i = 0; i < AW_LIST(hooks)->len && r != AW_ERR; i++) {
        AwValue call_args[2] = {argv[0], value_from_ptr(args)};
        r = vm_call(vm, AW_LIST(hooks)->items[i], 2, call_args, NULL);
    }
    gc_pop_roots(vm, 1);
    return r == AW_ERR ? AW_ERR : AW_NONE;
}

void sys_report_uncaught(AwVM *vm, AwValue exc) {
    AwValue hook = vm->sys ? dict_get_str(vm->sys->dict, str_intern_cstr(vm, "excepthook")) : AW_EMPTY;
    if (hook == AW_EMPTY || hook == AW_NONE) {
        file_flush_std(vm);
        fputs("sys.excepthook is missing\n", stderr);
        traceback_print(vm, exc, stderr);
        return;
    }
    if (value_is_type(hook, &aw_type_native) && AW_NATIVE(hook)->fn == sys_excepthook) {
        if (report_exception(vm, NULL, exc, true) != AW_OK) {   /* sys.stderr.write failed */
            vm_exc_clear(vm);
            traceback_print(vm, exc, stderr);
        }
        return;
    }
    if (gc_push_root(vm, exc) != AW_OK) { vm_exc_clear(vm); traceback_print(vm, exc, stderr); return; }
    AwValue tb = ops_getattr_opt(vm, exc, str_intern_cstr(vm, "__traceback__"));
    if (tb == AW_ERR || tb == AW_EMPTY) { vm_exc_clear(vm); tb = AW_NONE; }
    AwValue args[3] = {value_from_ptr(type_of(exc)), exc, tb};
    AwValue r = vm_call(vm, hook, 3, args, NULL);
    if (r == AW_ERR) {
        AwValue err = vm_exc_take(vm);
        file_flush_std(vm);
        fputs("Error in sys.excepthook:\n", stderr);
        if (err != AW_EMPTY) traceback_print(vm, err, stderr);
        fputs("\nOriginal exception was:\n", stderr);
        traceback_print(vm, exc, stderr);
    }
    file_flush_std(vm);
    fflush(stderr);
    gc_pop_roots(vm, 1);
}

/* sys._getframe([depth]): a snapshot of the running activation, or of one `depth` below. */
static AwValue sys_getframe(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t depth = 0;
    if (args_no_kwargs(vm, "_getframe", kwnames) != AW_OK || args_count(vm, "_getframe", argc, 0, 1) != AW_OK)
        return AW_ERR;
    if (argc == 1 && args_int(vm, argv[0], &depth) != AW_OK) return AW_ERR;
    AwFrameObject *fo = frameobj_current(vm, depth < 0 ? 0 : depth);
    return fo ? value_from_ptr(fo) : AW_ERR;
}

static const AwMethodDef sys_functions[] = {
    {"exit", sys_exit, AW_METH_DEFAULT},
    {"getrecursionlimit", sys_getrecursionlimit, AW_METH_DEFAULT},
    {"call_tracing", sys_call_tracing, AW_METH_DEFAULT},
    {"setrecursionlimit", sys_setrecursionlimit, AW_METH_DEFAULT},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, AW_METH_DEFAULT},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, AW_METH_DEFAULT},
    {"getsizeof", sys_getsizeof, AW_METH_DEFAULT},
    {"intern", sys_intern, AW_METH_DEFAULT},
    {"exc_info", sys_exc_info, AW_METH_DEFAULT},
    {"_getframe", sys_getframe, AW_METH_DEFAULT},
    {"exception", sys_exception, AW_METH_DEFAULT},
    {"getdefaultencoding", sys_getdefaultencoding, AW_METH_DEFAULT},
    {"getfilesystemencoding", sys_getdefaultencoding, AW_METH_DEFAULT},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, AW_METH_DEFAULT},
    {"excepthook", sys_excepthook, AW_METH_DEFAULT},
    {"displayhook", sys_displayhook, AW_METH_DEFAULT},
    {"unraisablehook", sys_unraisablehook, AW_METH_DEFAULT},
    {"getswitchinterval", sys_getswitchinterval, AW_METH_DEFAULT},
    {"setswitchinterval", sys_setswitchinterval, AW_METH_DEFAULT},
    {"is_finalizing", sys_is_finalizing, AW_METH_DEFAULT},
    {"audit", sys_audit, AW_METH_DEFAULT},
    {"addaudithook", sys_addaudithook, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

/* ---- values ------------------------------------------------------------------------------- */

static AwStatus add_str(AwVM *vm, AwModule *mod, const char *name, const char *value) {
    AwStr *s = str_from_cstr(vm, value);
    return s ? module_add_value(vm, mod, name, value_from_ptr(s)) : AW_ERROR;
}

/* __new__ of sys.flags' and sys.version_info's types, which CPython makes uninstantiable. */
static AwValue structseq_refuse_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwType *t = argc && value_is_ptr(argv[0]) && value_is_instance(argv[0], &aw_type_type) ? (AwType *)value_as_ptr(argv[0]) : NULL;
    return vm_raise(vm, &aw_exc_TypeError, "cannot create 'sys.%s' instances", t ? type_name(t) : "?");
}

static AwStatus add_structseq(AwVM *vm, AwModule *mod, const char *name, const char *const *fields,
                              int n, const AwValue *items) {
    AwType *t = sys_structseq_type(vm, "sys", name, fields);
    if (!t) return AW_ERROR;
    AwValue v = sys_structseq_new(vm, t, n, items);
    if (v == AW_ERR || module_add_value(vm, mod, name, v) != AW_OK) return AW_ERROR;
    if (strcmp(name, "flags") != 0 && strcmp(name, "version_info") != 0) return AW_OK;
    AwNative *refuse = native_new(vm, "__new__", structseq_refuse_new, AW_METH_DEFAULT, NULL);
    return refuse ? ops_setattr(vm, value_from_ptr(t), AW_NAME(vm, __new__), value_from_ptr(refuse)) : AW_ERROR;
}

static AwStatus add_version(AwVM *vm, AwModule *mod) {
    static const char *const fields[] = {"major", "minor", "micro", "releaselevel", "serial", NULL};
    AwStr *level = str_intern_cstr(vm, "final");
    if (!level) return AW_ERROR;
    AwValue items[5] = {value_from_small(3), value_from_small(11), value_from_small(2), value_from_ptr(level),
                        value_from_small(0)};
    if (add_str(vm, mod, "version", "3.11.2 (aw 0.1)") != AW_OK) return AW_ERROR;
    if (module_add_value(vm, mod, "hexversion", value_from_small(0x030b02f0)) != AW_OK) return AW_ERROR;
    return add_structseq(vm, mod, "version_info", fields, 5, items);
}

static AwStatus add_float_info(AwVM *vm, AwModule *mod) {
    static const char *const fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                         "dig", "mant_dig", "epsilon", "radix", "rounds", NULL};
    AwValue items[11] = {value_from_double(DBL_MAX), value_from_small(DBL_MAX_EXP), value_from_small(DBL_MAX_10_EXP),
                         value_from_double(DBL_MIN), value_from_small(DBL_MIN_EXP), value_from_small(DBL_MIN_10_EXP),
                         value_from_small(DBL_DIG), value_from_small(DBL_MANT_DIG), value_from_double(DBL_EPSILON),
                         value_from_small(FLT_RADIX), value_from_small(1)};
    return add_structseq(vm, mod, "float_info", fields, 11, items);
}

/* CPython's UTF-8 mode (PEP 540): PYTHONUTF8=1 or 0 decides; otherwise it is on when the
 * environment's LC_CTYPE locale is C or POSIX. */
static bool utf8_mode(void) {
    const char *force = getenv("PYTHONUTF8");
    if (force && *force) return strcmp(force, "0") != 0;
    const char *names[] = {"LC_ALL", "LC_CTYPE", "LANG"};
    for (size_t i = 0; i < 3; i++) {
        const char *v = getenv(names[i]);
        if (v && *v) return strcmp(v, "C") == 0 || strcmp(v, "POSIX") == 0;
    }
    return true;   /* no locale in the environment: the C locale */
}

/* sys.flags of a plain `python3 file.py` run (aw has no -O, -B, -E... options). */
static AwStatus add_flags(AwVM *vm, AwModule *mod) {
    static const char *const fields[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                         "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                                         "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                                         "warn_default_encoding", "safe_path", "int_max_str_digits", NULL};
    AwValue items[18];
    for (int i = 0; i < 18; i++) items[i] = value_from_small(0);
    items[4] = value_from_small(1);    /* aw never writes bytecode files */
    items[13] = AW_FALSE;
    items[14] = value_from_small(utf8_mode() ? 1 : 0);
    items[16] = AW_FALSE;
    items[17] = value_from_small(-1);
    return add_structseq(vm, mod, "flags", fields, 18, items);
}

static AwStatus add_hash_int_info(AwVM *vm, AwModule *mod) {
    static const char *const hfields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                                          "seed_bits", "cutoff", NULL};
    static const char *const ifields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                          "str_digits_check_threshold", NULL};
    static const char *const tfields[] = {"name", "lock", "version", NULL};
    AwStr *algo = str_intern_cstr(vm, "fnv"), *pth = str_intern_cstr(vm, "pthread"), *sem = str_intern_cstr(vm, "semaphore");
    AwValue modulus = int_from_i64(vm, ((int64_t)1 << 61) - 1);
    if (!algo || !pth || !sem || modulus == AW_ERR) return AW_ERROR;
    AwValue h[9] = {value_from_small(64), modulus, value_from_small(314159), value_from_small(0),
                    value_from_small(1000003), value_from_ptr(algo), value_from_small(64), value_from_small(0),
                    value_from_small(0)};
    AwValue in[4] = {value_from_small(30), value_from_small(4), value_from_small(4300),
                     value_from_small(INT_MAX_STR_DIGITS_THRESHOLD)};
    AwValue th[3] = {value_from_ptr(pth), value_from_ptr(sem), AW_NONE};
    if (add_structseq(vm, mod, "hash_info", hfields, 9, h) != AW_OK) return AW_ERROR;
    if (add_structseq(vm, mod, "int_info", ifields, 4, in) != AW_OK) return AW_ERROR;
    return add_structseq(vm, mod, "thread_info", tfields, 3, th);
}

static AwStatus add_implementation(AwVM *vm, AwModule *mod) {
    static const char *const fields[] = {"name", "cache_tag", "version", "hexversion", NULL};
    AwStr *name = str_intern_cstr(vm, "aw");
    if (!name) return AW_ERROR;
    AwValue version = dict_get_str(mod->dict, str_intern_cstr(vm, "version_info"));   /* set by add_version */
    AwValue items[4] = {value_from_ptr(name), AW_NONE, version == AW_EMPTY ? AW_NONE : version, value_from_small(0x030b02f0)};
    return add_structseq(vm, mod, "implementation", fields, 4, items);
}

static AwStatus add_streams(AwVM *vm, AwModule *mod) {
    static const char *const names[3][2] = {{"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}};
    if (file_init_types(vm) != AW_OK) return AW_ERROR;
    for (int fd = 0; fd < 3; fd++) {
        AwFile *f = file_new_std(vm, fd);
        if (!f) return AW_ERROR;
        for (int k = 0; k < 2; k++)
            if (module_add_value(vm, mod, names[fd][k], value_from_ptr(f)) != AW_OK) return AW_ERROR;
    }
    return AW_OK;
}

static AwStatus add_executable(AwVM *vm, AwModule *mod) {
    char path[4096];
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    path[n > 0 ? n : 0] = 0;
    if (add_str(vm, mod, "executable", path) != AW_OK) return AW_ERROR;
    /* the prefixes: the folder above the executable's (/usr/local for /usr/local/bin/aw), as
     * CPython derives them; aw has no virtual environments, so base_* are the same */
    for (int up = 0; up < 2; up++) {
        char *slash = strrchr(path, '/');
        if (slash) *slash = 0;
    }
    if (!*path) strcpy(path, "/");
    static const char *const prefixes[] = {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"};
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
        if (add_str(vm, mod, prefixes[i], path) != AW_OK) return AW_ERROR;
    return add_str(vm, mod, "platlibdir", "lib");
}

static AwStatus add_builtin_names(AwVM *vm, AwModule *mod) {
    static const char *const names[] = {"builtins", "math", "random", "sys", "time"};
    AwTuple *t = tuple_new(vm, 5);
    if (!t) return AW_ERROR;
    for (int i = 0; i < 5; i++) {
        AwStr *s = str_intern_cstr(vm, names[i]);
        if (!s) return AW_ERROR;
        t->items[i] = value_from_ptr(s);
    }
    return module_add_value(vm, mod, "builtin_module_names", value_from_ptr(t));
}

static AwStatus add_lists(AwVM *vm, AwModule *mod) {
    AwList *argv = list_new(vm, 1), *path = list_new(vm, 0);
    AwStr *empty = str_new(vm, "", 0);
    if (!argv || !path || !empty || list_append(vm, argv, value_from_ptr(empty)) != AW_OK) return AW_ERROR;
    if (module_add_value(vm, mod, "argv", value_from_ptr(argv)) != AW_OK) return AW_ERROR;
    if (module_add_value(vm, mod, "path", value_from_ptr(path)) != AW_OK) return AW_ERROR;
    return module_add_value(vm, mod, "modules", vm->modules ? value_from_ptr(vm->modules) : AW_NONE);
}

static AwStatus add_constants(AwVM *vm, AwModule *mod) {
    if (add_str(vm, mod, "platform", "linux") != AW_OK) return AW_ERROR;
    if (add_str(vm, mod, "byteorder", "little") != AW_OK) return AW_ERROR;
    AwValue maxsize = int_from_i64(vm, INT64_MAX);
    if (maxsize == AW_ERR || module_add_value(vm, mod, "maxsize", maxsize) != AW_OK) return AW_ERROR;
    if (module_add_value(vm, mod, "maxunicode", value_from_small(0x10FFFF)) != AW_OK) return AW_ERROR;
    if (add_str(vm, mod, "float_repr_style", "short") != AW_OK || add_str(vm, mod, "abiflags", "") != AW_OK
        || add_str(vm, mod, "platlibdir", "lib") != AW_OK
        || add_str(vm, mod, "copyright", "Copyright (c) the aw authors.") != AW_OK)
        return AW_ERROR;
    if (module_add_value(vm, mod, "api_version", value_from_small(1013)) != AW_OK
        || module_add_value(vm, mod, "pycache_prefix", AW_NONE) != AW_OK)
        return AW_ERROR;
    AwList *warnoptions = list_new(vm, 0), *meta_path = list_new(vm, 0), *path_hooks = list_new(vm, 0);
    AwDict *importer_cache = dict_new(vm);
    if (!warnoptions || !meta_path || !path_hooks || !importer_cache
        || module_add_value(vm, mod, "warnoptions", value_from_ptr(warnoptions)) != AW_OK
        || module_add_value(vm, mod, "meta_path", value_from_ptr(meta_path)) != AW_OK
        || module_add_value(vm, mod, "path_hooks", value_from_ptr(path_hooks)) != AW_OK
        || module_add_value(vm, mod, "path_importer_cache", value_from_ptr(importer_cache)) != AW_OK)
        return AW_ERROR;
    return module_add_value(vm, mod, "dont_write_bytecode", AW_TRUE);
}

AwModule *sys_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "sys");
    if (!mod) return NULL;
    if (module_add_functions(vm, mod, sys_functions) != AW_OK || add_lists(vm, mod) != AW_OK
        || add_streams(vm, mod) != AW_OK || add_constants(vm, mod) != AW_OK || add_version(vm, mod) != AW_OK
        || add_float_info(vm, mod) != AW_OK || add_implementation(vm, mod) != AW_OK
        || add_executable(vm, mod) != AW_OK || add_builtin_names(vm, mod) != AW_OK
        || add_flags(vm, mod) != AW_OK || add_hash_int_info(vm, mod) != AW_OK)
        return NULL;
    /* sys.__excepthook__ is sys.excepthook, the original kept for restoring. */
    static const char *const originals[3][2] = {{"excepthook", "__excepthook__"}, {"unraisablehook", "__unraisablehook__"},
                                                {"displayhook", "__displayhook__"}};
    for (int i = 0; i < 3; i++) {
        AwValue fn = dict_get_str(mod->dict, str_intern_cstr(vm, originals[i][0]));
        if (fn == AW_EMPTY || module_add_value(vm, mod, originals[i][1], fn) != AW_OK) return NULL;
    }
    return mod;
}

AwStatus sys_set_argv(AwVM *vm, int argc, char **argv) {
    AwList *list = list_new(vm, argc);
    if (!list) return AW_ERROR;
    for (int i = 0; i < argc; i++) {
        AwStr *s = str_from_utf8_checked(vm, argv[i], strlen(argv[i]));
        if (!s || list_append(vm, list, value_from_ptr(s)) != AW_OK) return AW_ERROR;
    }
    return vm->sys ? module_add_value(vm, vm->sys, "argv", value_from_ptr(list)) : AW_OK;
}
