/* exception.c — BaseException, the built-in exception hierarchy and traceback objects.
 *
 * Every exception type shares one layout (AwException) and one set of slots; the behaviour
 * that differs by type (OSError's errno, SyntaxError's location, KeyError's str...) is chosen
 * at run time from the type's MRO, so a user subclass of OSError behaves like OSError.
 * Type-specific attributes live in the instance dict under their Python names, which lets the
 * VM read StopIteration.value or SystemExit.code with a plain dict lookup.
 *
 * Construction follows CPython's split: the new_ slot stores the call's args (kwargs ignored
 * when a user __init__ will see them), and BaseException.__init__ stores them again, so
 * `super().__init__(msg)` in a user subclass replaces args with (msg,).
 */
#include "interp/exception.h"

#include <errno.h>
#include <stdlib.h>
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/bytes.h"
#include "interp/class.h"
#include "interp/code.h"
#include "interp/dict.h"
#include "interp/frameobj.h"
#include "interp/function.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

static AwValue exc_repr(AwVM *vm, AwValue self);
static AwValue exc_str_slot(AwVM *vm, AwValue self);
static AwValue exc_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames);
static AwStatus exc_hash(AwVM *vm, AwValue self, int64_t *out);
static void exc_trace(AwGC *gc, AwObject *self);

/* ---- small helpers ------------------------------------------------------------------------ */

static bool is_sub(AwType *type, AwType *base) { return type == base || type_is_subtype(type, base); }

static AwDict *exc_dict(AwVM *vm, AwException *e) {
    if (!e->dict) e->dict = dict_new(vm);
    return e->dict;
}

static AwStatus set_attr(AwVM *vm, AwException *e, AwStr *name, AwValue v) {
    AwDict *d = exc_dict(vm, e);
    return d ? dict_set_str(vm, d, name, v) : AW_ERROR;
}

static AwStatus set_attr_cstr(AwVM *vm, AwException *e, const char *name, AwValue v) {
    AwStr *key = str_intern_cstr(vm, name);
    return key ? set_attr(vm, e, key, v) : AW_ERROR;
}

/* An instance-dict attribute, or None when absent. */
static AwValue get_attr(AwException *e, AwStr *name) {
    if (!e->dict || !name) return AW_NONE;
    AwValue v = dict_get_str(e->dict, name);
    return v == AW_EMPTY ? AW_NONE : v;
}

static AwValue get_attr_cstr(AwVM *vm, AwException *e, const char *name) {
    return get_attr(e, str_intern_cstr(vm, name));
}

static AwTuple *args_of(AwException *e) { return e->args; }

static AwStatus check_self(AwVM *vm, const char *meth, AwValue self) {
    if (value_is_instance(self, &aw_exc_BaseException)) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_TypeError,
                            "descriptor '%s' requires a 'BaseException' object but received a '%s'",
                            meth, ops_type_name(self)));
}

static AwTuple *make_args(AwVM *vm, int argc, const AwValue *argv) {
    return argc == 0 ? tuple_empty(vm) : tuple_from(vm, argc, argv);
}

/* ---- per-type attribute filling (CPython's *_init functions) ------------------------------ */

/* kwargs a type's __init__ accepts: ImportError (name, path), AttributeError (name, obj),
 * NameError (name). Any other keyword is an error when `strict`. */
static AwStatus fill_keywords(AwVM *vm, AwException *e, const AwValue *kwvals, AwTuple *kwnames) {
    AwType *type = e->obj.type;
    const char *who = NULL;
    const char *allowed[3] = {NULL, NULL, NULL};
    if (!kwnames || kwnames->len == 0) return AW_OK;
    if (is_sub(type, &aw_exc_ImportError)) { who = "ImportError"; allowed[0] = "name"; allowed[1] = "path"; }
    else if (is_sub(type, &aw_exc_AttributeError)) { who = "AttributeError"; allowed[0] = "name"; allowed[1] = "obj"; }
    else if (is_sub(type, &aw_exc_NameError)) { who = "NameError"; allowed[0] = "name"; }
    if (!who)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes no keyword arguments", type_name(type)));
    for (int64_t i = 0; i < kwnames->len; i++) {
        AwStr *key = AW_STR(kwnames->items[i]);
        bool ok = false;
        for (int k = 0; allowed[k]; k++) ok = ok || str_equal_cstr(key, allowed[k]);
        if (!ok)
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                                    key->data, who));
        if (set_attr(vm, e, str_intern_str(vm, key), kwvals[i]) != AW_OK) return AW_ERROR;
    }
    return AW_OK;
}

/* ImportError.msg: the single argument; name and path come only from kwargs, so calling
 * __init__ again resets those it does not give (CPython's ImportError_init). */
static AwStatus fill_import_error(AwVM *vm, AwException *e, AwTuple *kwnames) {
    AwTuple *a = args_of(e);
    const char *const kept[] = {"name", "path"};
    for (int k = 0; k < 2; k++) {
        bool given = false;
        for (int64_t i = 0; kwnames && i < kwnames->len; i++)
            given = given || str_equal_cstr(AW_STR(kwnames->items[i]), kept[k]);
        if (!given && set_attr_cstr(vm, e, kept[k], AW_NONE) != AW_OK) return AW_ERROR;
    }
    return set_attr(vm, e, AW_NAME(vm, msg), a->len == 1 ? a->items[0] : AW_NONE);
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]): a filename is dropped from
 * args (CPython keeps args two long for compatibility). */
static AwStatus fill_oserror(AwVM *vm, AwException *e) {
    AwTuple *a = args_of(e);
    AwValue no = AW_NONE, str = AW_NONE, file = AW_NONE, file2 = AW_NONE;
    if (a->len >= 2 && a->len <= 5) {
        no = a->items[0];
        str = a->items[1];
        if (a->len >= 3) file = a->items[2];
        if (a->len == 5) file2 = a->items[4];
    }
    if (set_attr(vm, e, AW_NAME(vm, errno), no) != AW_OK) return AW_ERROR;
    if (set_attr(vm, e, AW_NAME(vm, strerror), str) != AW_OK) return AW_ERROR;
    if (set_attr(vm, e, AW_NAME(vm, filename), file) != AW_OK) return AW_ERROR;
    if (set_attr_cstr(vm, e, "filename2", file != AW_NONE ? file2 : AW_NONE) != AW_OK) return AW_ERROR;
    if (file != AW_NONE) {
        AwTuple *two = tuple_from(vm, 2, a->items);
        if (!two) return AW_ERROR;
        e->args = two;
    }
    return AW_OK;
}

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])). */
static AwStatus fill_syntax_error(AwVM *vm, AwException *e, bool strict) {
    AwStr *const keys[] = {AW_NAME(vm, filename), AW_NAME(vm, lineno), AW_NAME(vm, offset),
                           AW_NAME(vm, text), AW_NAME(vm, end_lineno), AW_NAME(vm, end_offset)};
    AwTuple *a = args_of(e);
    if (set_attr(vm, e, AW_NAME(vm, msg), a->len >= 1 ? a->items[0] : AW_NONE) != AW_OK) return AW_ERROR;
    if (set_attr(vm, e, AW_NAME(vm, print_file_and_line), AW_NONE) != AW_OK) return AW_ERROR;
    AwTuple *info = NULL;
    if (a->len == 2 && value_is_tuple(a->items[1])) info = AW_TUPLE(a->items[1]);
    else if (a->len == 2 && strict) {
        AwValue t = tuple_from_iterable(vm, a->items[1]);
        if (t == AW_ERR) return AW_ERROR;
        info = AW_TUPLE(t);
    }
    if (info && (info->len < 4 || info->len > 6)) {
        if (!strict) info = NULL;
        else
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "function takes at %s %d arguments (%d given)",
                                    info->len < 4 ? "least" : "most", info->len < 4 ? 4 : 6, (int)info->len));
    }
    if (info && info->len == 5 && strict)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "end_offset must be provided when end_lineno is provided"));
    for (int i = 0; i < 6; i++) {
        AwValue v = info && i < info->len ? info->items[i] : AW_NONE;
        if (set_attr(vm, e, keys[i], v) != AW_OK) return AW_ERROR;
    }
    return AW_OK;
}

/* A bad argument's type as argument-clinic words it: "None" for None. */
static const char *clinic_type_name(AwValue v) { return v == AW_NONE ? "None" : ops_type_name(v); }

/* UnicodeDecodeError(encoding, object, start, end, reason), object bytes, and
 * UnicodeEncodeError(...), object str. Natives that raise them with a plain message (not
 * strict) get no attributes and the plain str. */
static AwStatus fill_unicode_error(AwVM *vm, AwException *e, bool strict, bool decode) {
    AwTuple *a = args_of(e);
    bool shaped = a->len == 5 && value_is_str(a->items[0])
                  && (decode ? value_is_type(a->items[1], &aw_type_bytes) : value_is_str(a->items[1]))
                  && int_check(a->items[2]) && int_check(a->items[3]) && value_is_str(a->items[4]);
    if (!shaped) {
        if (!strict) return AW_OK;
        if (a->len != 5)
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "function takes exactly 5 arguments (%d given)",
                                    (int)a->len));
        if (!value_is_str(a->items[0]))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "argument 1 must be str, not %s",
                                    clinic_type_name(a->items[0])));
        if (decode && !value_is_instance(a->items[1], &aw_type_bytes))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'",
                                    ops_type_name(a->items[1])));
        if (!decode && !value_is_str(a->items[1]))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "argument 2 must be str, not %s",
                                    clinic_type_name(a->items[1])));
        if (!int_check(a->items[2]) || !int_check(a->items[3]))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                    ops_type_name(int_check(a->items[2]) ? a->items[3] : a->items[2])));
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "argument 5 must be str, not %s",
                                clinic_type_name(a->items[4])));
    }
    static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
    for (int i = 0; i < 5; i++)
        if (set_attr_cstr(vm, e, names[i], a->items[i]) != AW_OK) return AW_ERROR;
    return AW_OK;
}

/* UnicodeTranslateError(object, start, end, reason): object str, encoding None. */
static AwStatus fill_translate_error(AwVM *vm, AwException *e, bool strict) {
    AwTuple *a = args_of(e);
    bool shaped = a->len == 4 && value_is_str(a->items[0]) && int_check(a->items[1]) && int_check(a->items[2])
                  && value_is_str(a->items[3]);
    if (!shaped) {
        if (!strict) return AW_OK;
        if (a->len != 4)
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "function takes exactly 4 arguments (%d given)",
                                    (int)a->len));
        if (!value_is_str(a->items[0]))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "argument 1 must be str, not %s",
                                    clinic_type_name(a->items[0])));
        if (!int_check(a->items[1]) || !int_check(a->items[2]))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                    ops_type_name(int_check(a->items[1]) ? a->items[2] : a->items[1])));
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "argument 4 must be str, not %s",
                                clinic_type_name(a->items[3])));
    }
    static const char *const names[] = {"object", "start", "end", "reason"};
    for (int i = 0; i < 4; i++)
        if (set_attr_cstr(vm, e, names[i], a->items[i]) != AW_OK) return AW_ERROR;
    return set_attr_cstr(vm, e, "encoding", AW_NONE);
}

static AwStatus fill_group(AwVM *vm, AwException *e) {
    AwTuple *a = args_of(e);
    if (a->len != 2) return AW_OK;
    if (set_attr_cstr(vm, e, "message", a->items[0]) != AW_OK) return AW_ERROR;
    AwValue excs = tuple_from_iterable(vm, a->items[1]);
    if (excs == AW_ERR) return AW_ERROR;
    return set_attr_cstr(vm, e, "exceptions", excs);
}

/* Sets the type-specific attributes from e->args (and the accepted kwargs). */
/* The first class of type's MRO that gets extra attributes from its arguments (StopIteration,
 * SystemExit, OSError, ...), or NULL. One pass over the MRO with pointer compares: exceptions
 * are raised by the million and most have no such base. */
static AwType *attribute_base(AwType *type) {
    static AwType *const special[] = {&aw_exc_StopIteration, &aw_exc_SystemExit, &aw_exc_OSError,
                                      &aw_exc_SyntaxError, &aw_exc_UnicodeDecodeError, &aw_exc_UnicodeEncodeError,
                                      &aw_exc_UnicodeTranslateError, &aw_exc_BaseExceptionGroup,
                                      &aw_exc_ImportError};
    int64_t n = type->mro ? type->mro->len : 0;
    AwType *t = type;
    for (int64_t i = 0; t; i++) {
        if (t == &aw_exc_Exception || t == &aw_exc_BaseException) return NULL;   /* bases come after their subclasses */
        for (size_t k = 0; k < sizeof special / sizeof special[0]; k++)
            if (t == special[k]) return t;
        t = type->mro ? (i + 1 < n ? (AwType *)value_as_ptr(type->mro->items[i + 1]) : NULL) : t->base;
    }
    return NULL;
}

static AwStatus fill_attributes(AwVM *vm, AwException *e, const AwValue *kwvals, AwTuple *kwnames,
                                bool strict) {
    AwType *type = e->obj.type;
    AwTuple *a = args_of(e);
    if (strict && fill_keywords(vm, e, kwvals, kwnames) != AW_OK) return AW_ERROR;
    AwType *base = attribute_base(type);
    if (!base) return AW_OK;
    if (base == &aw_exc_StopIteration) return set_attr(vm, e, AW_NAME(vm, value), a->len ? a->items[0] : AW_NONE);
    if (base == &aw_exc_SystemExit)
        return set_attr(vm, e, AW_NAME(vm, code),
                        a->len == 0 ? AW_NONE : a->len == 1 ? a->items[0] : value_from_ptr(a));
    if (base == &aw_exc_OSError) return fill_oserror(vm, e);
    if (base == &aw_exc_SyntaxError) return fill_syntax_error(vm, e, strict);
    if (base == &aw_exc_UnicodeDecodeError) return fill_unicode_error(vm, e, strict, true);
    if (base == &aw_exc_UnicodeEncodeError) return fill_unicode_error(vm, e, strict, false);
    if (base == &aw_exc_UnicodeTranslateError) return fill_translate_error(vm, e, strict);
    if (base == &aw_exc_BaseExceptionGroup) return fill_group(vm, e);
    return fill_import_error(vm, e, kwnames);
}

/* ---- construction ------------------------------------------------------------------------- */

/* OSError(errno, ...) called on OSError itself picks the subclass for the errno. */
static AwType *oserror_subtype(int argc, const AwValue *argv) {
    if (argc < 2 || argc > 5 || !value_is_int(argv[0])) return &aw_exc_OSError;
    switch (value_as_small(argv[0])) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return &aw_exc_BlockingIOError;
    case EPIPE: case ESHUTDOWN: return &aw_exc_BrokenPipeError;
    case ECONNABORTED: return &aw_exc_ConnectionAbortedError;
    case ECONNREFUSED: return &aw_exc_ConnectionRefusedError;
    case ECONNRESET: return &aw_exc_ConnectionResetError;
    case EEXIST: return &aw_exc_FileExistsError;
    case ENOENT: return &aw_exc_FileNotFoundError;
    case EISDIR: return &aw_exc_IsADirectoryError;
    case ENOTDIR: return &aw_exc_NotADirectoryError;
    case EINTR: return &aw_exc_InterruptedError;
    case EACCES: case EPERM: return &aw_exc_PermissionError;
    case ECHILD: return &aw_exc_ChildProcessError;
    case ESRCH: return &aw_exc_ProcessLookupError;
    case ETIMEDOUT: return &aw_exc_TimeoutError;
    default: return &aw_exc_OSError;
    }
}

/* BaseExceptionGroup.__new__(cls, message, exceptions): validates, and picks ExceptionGroup
 * for BaseExceptionGroup(...) when every member is an Exception. */
static AwStatus group_check(AwVM *vm, AwType **type, int argc, const AwValue *argv) {
    if (argc != 2)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError,
                                "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", argc));
    if (!value_is_str(argv[0]))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                                clinic_type_name(argv[0])));
    AwValue seq = argv[1];
    int64_t n = 0;
    const AwValue *items = NULL;
    if (value_is_instance(seq, &aw_type_list)) { n = AW_LIST(seq)->len; items = AW_LIST(seq)->items; }
    else if (value_is_instance(seq, &aw_type_tuple)) { n = AW_TUPLE(seq)->len; items = AW_TUPLE(seq)->items; }
    else return vm_fail(vm_raise(vm, &aw_exc_TypeError, "second argument (exceptions) must be a sequence"));
    if (n == 0)
        return vm_fail(vm_raise(vm, &aw_exc_ValueError, "second argument (exceptions) must be a non-empty sequence"));
    bool nested_base = false;
    for (int64_t i = 0; i < n; i++) {
        if (!value_is_instance(items[i], &aw_exc_BaseException))
            return vm_fail(vm_raise(vm, &aw_exc_ValueError,
                                    "Item %lld of second argument (exceptions) is not an exception", (long long)i));
        if (!value_is_instance(items[i], &aw_exc_Exception)) nested_base = true;
    }
    if (*type == &aw_exc_BaseExceptionGroup) {
        if (!nested_base) *type = &aw_exc_ExceptionGroup;
    } else if (*type == &aw_exc_ExceptionGroup && nested_base) {
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup"));
    } else if (is_sub(*type, &aw_exc_Exception) && nested_base) {
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "Cannot nest BaseExceptions in '%s'", type_name(*type)));
    }
    return AW_OK;
}

/* Allocates an instance with args and the type-specific attributes. `strict` validates
 * arguments as aw-level construction does; natives (exception_new) are lenient. */
static AwException *build(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames,
                          bool strict) {
    if (type == &aw_exc_OSError) type = oserror_subtype(argc, argv);
    if (is_sub(type, &aw_exc_BaseExceptionGroup) && group_check(vm, &type, argc, argv) != AW_OK) return NULL;
    AwException *e = (AwException *)gc_new(vm, type, type->instance_size);
    if (!e) return NULL;
    e->traceback = AW_NONE;
    e->cause = AW_NONE;
    e->context = AW_NONE;
    e->args = make_args(vm, argc, argv);
    if (!e->args) return NULL;
    if (gc_push_root(vm, value_from_ptr(e)) != AW_OK) return NULL;
    AwStatus st = fill_attributes(vm, e, argv + argc, kwnames, strict);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? e : NULL;
}

AwException *exception_new(AwVM *vm, AwType *type, int argc, const AwValue *argv) {
    return build(vm, type, argc, argv, NULL, false);
}

static AwValue exc_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames);

/* True when `type` still uses BaseException.__init__ (no user __init__ will run). */
static bool has_default_init(AwVM *vm, AwType *type) {
    AwValue init = type_lookup(type, AW_NAME(vm, __init__));
    return value_is_type(init, &aw_type_native) && AW_NATIVE(init)->fn == exc_init;
}

static AwValue exc_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    /* A user __init__ receives the kwargs; BaseException.__new__ ignores them. */
    bool default_init = has_default_init(vm, type);
    AwException *e = build(vm, type, argc, argv, default_init ? kwnames : NULL, default_init);
    return e ? value_from_ptr(e) : AW_ERR;
}

static bool same_args(AwTuple *args, int argc, const AwValue *argv) {
    if (args->len != argc) return false;
    for (int i = 0; i < argc; i++)
        if (args->items[i] != argv[i]) return false;
    return true;
}

/* BaseException.__init__(self, *args): stores args again (a no-op when new_ just did). */
static AwValue exc_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_self(vm, "__init__", argv[0]) != AW_OK) return AW_ERR;
    AwException *e = AW_EXC(argv[0]);
    int nargs = argc - 1;
    bool has_kw = kwnames && kwnames->len;
    if (!has_kw && same_args(e->args, nargs, argv + 1)) return AW_NONE;
    AwTuple *args = make_args(vm, nargs, argv + 1);
    if (!args) return AW_ERR;
    e->args = args;
    if (fill_attributes(vm, e, argv + argc, kwnames, true) != AW_OK) return AW_ERR;
    return AW_NONE;
}

/* ---- str and repr ------------------------------------------------------------------------- */

static AwValue base_str(AwVM *vm, AwException *e) {
    AwTuple *a = args_of(e);
    if (a->len == 0) return value_from_ptr(str_new(vm, "", 0));
    if (a->len == 1) return ops_str(vm, a->items[0]);
    return ops_str(vm, value_from_ptr(a));
}

static AwValue finish_buf(AwBuf *b) {
    AwStr *s = buf_to_str(b);
    return s ? value_from_ptr(s) : AW_ERR;
}

static AwValue oserror_str(AwVM *vm, AwException *e) {
    AwValue no = get_attr(e, AW_NAME(vm, errno)), msg = get_attr(e, AW_NAME(vm, strerror));
    AwValue file = get_attr(e, AW_NAME(vm, filename)), file2 = get_attr_cstr(vm, e, "filename2");
    /* CPython prints "[Errno ...]" when errno and strerror came from 2 to 5 arguments, even None. */
    bool parsed = e->args->len >= 2 && e->args->len <= 5;
    if (file == AW_NONE && !parsed) return base_str(vm, e);
    AwBuf b;
    buf_init(&b, vm);
    bool ok = buf_append_cstr(&b, "[Errno ") == AW_OK && buf_append_str_of(&b, no) == AW_OK
              && buf_append_cstr(&b, "] ") == AW_OK && buf_append_str_of(&b, msg) == AW_OK;
    if (ok && file != AW_NONE)
        ok = buf_append_cstr(&b, ": ") == AW_OK && buf_append_repr_of(&b, file) == AW_OK;
    if (ok && file != AW_NONE && file2 != AW_NONE)
        ok = buf_append_cstr(&b, " -> ") == AW_OK && buf_append_repr_of(&b, file2) == AW_OK;
    if (!ok) { buf_free(&b); return AW_ERR; }
    return finish_buf(&b);
}

static AwValue syntax_error_str(AwVM *vm, AwException *e) {
    AwValue msg = get_attr(e, AW_NAME(vm, msg));
    AwValue file = get_attr(e, AW_NAME(vm, filename)), line = get_attr(e, AW_NAME(vm, lineno));
    bool has_file = value_is_str(file), has_line = value_is_int(line);
    if (!has_file && !has_line) return ops_str(vm, msg);
    AwBuf b;
    buf_init(&b, vm);
    if (buf_append_str_of(&b, msg) != AW_OK) { buf_free(&b); return AW_ERR; }
    AwStatus st = AW_OK;
    const char *base = NULL;
    if (has_file) {
        base = strrchr(AW_STR(file)->data, '/');
        base = base ? base + 1 : AW_STR(file)->data;
    }
    if (has_file && has_line) st = buf_printf(&b, " (%s, line %lld)", base, (long long)value_as_small(line));
    else if (has_file) st = buf_printf(&b, " (%s)", base);
    else st = buf_printf(&b, " (line %lld)", (long long)value_as_small(line));
    if (st != AW_OK) { buf_free(&b); return AW_ERR; }
    return finish_buf(&b);
}

/* A Unicode error's encoding and reason as str() gives them (CPython formats them with %U of
 * str(attr), so assigned non-strings print too). Returns AW_ERROR with an exception raised. The
 * two results are rooted on return; the caller pops 2 roots. */
static AwStatus unicode_error_texts(AwVM *vm, AwException *e, AwValue *enc, AwValue *reason) {
    *enc = get_attr_cstr(vm, e, "encoding");
    *reason = get_attr_cstr(vm, e, "reason");
    if (!value_is_str(*enc) && (*enc = ops_str(vm, *enc)) == AW_ERR) return AW_ERROR;
    if (gc_push_root(vm, *enc)) return AW_ERROR;
    if ((!value_is_str(*reason) && (*reason = ops_str(vm, *reason)) == AW_ERR) || gc_push_root(vm, *reason)) {
        gc_pop_roots(vm, 1);
        return AW_ERROR;
    }
    return AW_OK;
}

static AwValue unicode_decode_str(AwVM *vm, AwException *e) {
    AwValue enc, obj = get_attr_cstr(vm, e, "object");
    AwValue start = get_attr_cstr(vm, e, "start"), end = get_attr_cstr(vm, e, "end");
    AwValue reason;
    if (!value_is_instance(obj, &aw_type_bytes) || !value_is_int(start) || !value_is_int(end))
        return base_str(vm, e);
    if (unicode_error_texts(vm, e, &enc, &reason)) return AW_ERR;
    gc_pop_roots(vm, 2);   /* str_printf below allocates without reaching a safe point */
    int64_t s = value_as_small(start), en = value_as_small(end);
    AwBytes *bytes = AW_BYTES(obj);
    AwStr *out;
    if (s >= 0 && s < bytes->len && en == s + 1)
        out = str_printf(vm, "'%s' codec can't decode byte 0x%02x in position %lld: %s", AW_STR(enc)->data,
                         (unsigned)(unsigned char)bytes->data[s], (long long)s, AW_STR(reason)->data);
    else
        out = str_printf(vm, "'%s' codec can't decode bytes in position %lld-%lld: %s", AW_STR(enc)->data,
                         (long long)s, (long long)(en - 1), AW_STR(reason)->data);
    return out ? value_from_ptr(out) : AW_ERR;
}

/* UnicodeEncodeError's message, or UnicodeTranslateError's (translate: no codec named). */
static AwValue unicode_encode_str(AwVM *vm, AwException *e, bool translate) {
    AwValue enc, obj = get_attr_cstr(vm, e, "object");
    AwValue start = get_attr_cstr(vm, e, "start"), end = get_attr_cstr(vm, e, "end");
    AwValue reason;
    if (!value_is_str(obj) || !value_is_int(start) || !value_is_int(end))
        return base_str(vm, e);
    if (unicode_error_texts(vm, e, &enc, &reason)) return AW_ERR;
    gc_pop_roots(vm, 2);   /* str_printf below allocates without reaching a safe point */
    const char *quote = translate ? "" : "'", *codec = translate ? "" : AW_STR(enc)->data;
    const char *tail = translate ? "can't translate" : "' codec can't encode";
    int64_t s = value_as_small(start), en = value_as_small(end), n = AW_STR(obj)->char_len;
    AwStr *out;
    if (s >= 0 && s < n && en == s + 1) {
        int len;
        uint32_t cp = str_decode_utf8(AW_STR(obj)->data + str_byte_offset(AW_STR(obj), s), &len);
        char ch[16];
        snprintf(ch, sizeof ch, cp <= 0xff ? "\\x%02x" : cp <= 0xffff ? "\\u%04x" : "\\U%08x", (unsigned)cp);
        out = str_printf(vm, "%s%s%s character '%s' in position %lld: %s", quote, codec, tail, ch, (long long)s,
                         AW_STR(reason)->data);
    } else
        out = str_printf(vm, "%s%s%s characters in position %lld-%lld: %s", quote, codec, tail, (long long)s,
                         (long long)(en - 1), AW_STR(reason)->data);
    return out ? value_from_ptr(out) : AW_ERR;
}

AwStatus exception_raise_unicode(AwVM *vm, AwType *type, const char *encoding, AwValue object,
                                 int64_t start, int64_t end, const char *reason) {
    AwValue args[5] = {AW_NONE, object, value_from_small(start), value_from_small(end), AW_NONE};
    AwStr *enc = str_new(vm, encoding, strlen(encoding));
    if (!enc) return AW_ERROR;
    args[0] = str_value(enc);
    if (gc_push_root(vm, args[0])) return AW_ERROR;
    AwStr *why = str_new(vm, reason, strlen(reason));
    AwException *e = NULL;
    if (why && !gc_push_root(vm, str_value(why))) {
        args[4] = str_value(why);
        e = exception_new(vm, type, 5, args);
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 1);
    if (!e) return AW_ERROR;
    vm_raise_value(vm, value_from_ptr(e));
    return AW_ERROR;
}

static AwValue group_str(AwVM *vm, AwException *e) {
    AwValue msg = get_attr_cstr(vm, e, "message"), excs = get_attr_cstr(vm, e, "exceptions");
    if (!value_is_str(msg) || !value_is_tuple(excs)) return base_str(vm, e);
    int64_t n = AW_TUPLE(excs)->len;
    AwStr *s = str_printf(vm, "%s (%lld sub-exception%s)", AW_STR(msg)->data, (long long)n, n == 1 ? "" : "s");
    return s ? value_from_ptr(s) : AW_ERR;
}

AwValue exception_str(AwVM *vm, AwValue exc) {
    AwException *e = AW_EXC(exc);
    AwType *type = e->obj.type;
    if (is_sub(type, &aw_exc_KeyError) && e->args->len == 1) return ops_repr(vm, e->args->items[0]);
    if (is_sub(type, &aw_exc_OSError)) return oserror_str(vm, e);
    if (is_sub(type, &aw_exc_SyntaxError)) return syntax_error_str(vm, e);
    if (is_sub(type, &aw_exc_UnicodeDecodeError)) return unicode_decode_str(vm, e);
    if (is_sub(type, &aw_exc_UnicodeEncodeError)) return unicode_encode_str(vm, e, false);
    if (is_sub(type, &aw_exc_UnicodeTranslateError)) return unicode_encode_str(vm, e, true);
    if (is_sub(type, &aw_exc_BaseExceptionGroup)) return group_str(vm, e);
    if (is_sub(type, &aw_exc_ImportError)) {
        AwValue msg = get_attr(e, AW_NAME(vm, msg));
        if (value_is_str(msg)) return msg;
    }
    return base_str(vm, e);
}

static AwValue exc_str_slot(AwVM *vm, AwValue self) { return exception_str(vm, self); }

static AwValue exc_repr(AwVM *vm, AwValue self) {
    AwException *e = AW_EXC(self);
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = buf_append_cstr(&b, type_name(e->obj.type));
    if (st == AW_OK && e->args->len == 1) {
        st = buf_append_char(&b, '(');
        if (st == AW_OK) st = buf_append_repr_of(&b, e->args->items[0]);
        if (st == AW_OK) st = buf_append_char(&b, ')');
    } else if (st == AW_OK) {
        st = buf_append_repr_of(&b, value_from_ptr(e->args));
    }
    if (st != AW_OK) { buf_free(&b); return AW_ERR; }
    return finish_buf(&b);
}

/* Identity hash, as object.__hash__ (pointer rotated so alignment bits do not waste buckets). */
static AwStatus exc_hash(AwVM *vm, AwValue self, int64_t *out) {
    uint64_t p = (uint64_t)(uintptr_t)value_as_ptr(self);
    int64_t h = (int64_t)((p >> 4) | (p << 60));
    *out = h == -1 ? -2 : h;
    return AW_OK;
}

static void exc_trace(AwGC *gc, AwObject *self) {
    AwException *e = (AwException *)self;
    gc_mark_object(gc, (AwObject *)e->args);
    gc_mark_value(gc, e->traceback);
    gc_mark_value(gc, e->cause);
    gc_mark_value(gc, e->context);
    gc_mark_object(gc, (AwObject *)e->dict);
}

/* ---- BaseException methods ---------------------------------------------------------------- */

/* BaseException.__str__ is the args form whatever the instance's type: LookupError.__str__(a
 * KeyError) gives the bare message as CPython's. The types with their own form (KeyError,
 * OSError, ...) get meth_str_own in their own table, so their subclasses find it first. */
static AwValue meth_str(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_self(vm, "__str__", argv[0]) != AW_OK) return AW_ERR;
    if (args_count(vm, "__str__", argc - 1, 0, 0) != AW_OK) return AW_ERR;
    return base_str(vm, AW_EXC(argv[0]));
}

static AwValue meth_str_own(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_self(vm, "__str__", argv[0]) != AW_OK) return AW_ERR;
    if (args_count(vm, "__str__", argc - 1, 0, 0) != AW_OK) return AW_ERR;
    return exception_str(vm, argv[0]);
}

static const AwMethodDef own_str_methods[] = {
    {"__str__", meth_str_own, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

static AwValue meth_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_self(vm, "__repr__", argv[0]) != AW_OK) return AW_ERR;
    if (args_count(vm, "__repr__", argc - 1, 0, 0) != AW_OK) return AW_ERR;
    return exc_repr(vm, argv[0]);
}

static AwStatus set_traceback(AwVM *vm, AwException *e, AwValue tb) {
    if (tb == AW_EMPTY)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__traceback__ may not be deleted"));
    if (tb != AW_NONE && !value_is_type(tb, &aw_type_traceback))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__traceback__ must be a traceback or None"));
    e->traceback = tb;
    return AW_OK;
}

static AwValue meth_with_traceback(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_self(vm, "with_traceback", argv[0]) != AW_OK) return AW_ERR;
    if (args_no_kwargs(vm, "with_traceback", kwnames) != AW_OK) return AW_ERR;
    if (args_count(vm, "with_traceback", argc - 1, 1, 1) != AW_OK) return AW_ERR;
    if (set_traceback(vm, AW_EXC(argv[0]), argv[1]) != AW_OK) return AW_ERR;
    return argv[0];
}

/* add_note(note): appends to the __notes__ list in the instance dict (3.11). */
static AwValue meth_add_note(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_self(vm, "add_note", argv[0]) != AW_OK) return AW_ERR;
    if (args_no_kwargs(vm, "add_note", kwnames) != AW_OK) return AW_ERR;
    if (args_count(vm, "add_note", argc - 1, 1, 1) != AW_OK) return AW_ERR;
    if (!value_is_instance(argv[1], &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "note must be a str, not '%s'", ops_type_name(argv[1]));
    AwException *e = AW_EXC(argv[0]);
    AwStr *key = str_intern_cstr(vm, "__notes__");
    if (!key) return AW_ERR;
    AwValue notes = get_attr(e, key);
    if (notes == AW_NONE) {
        AwList *list = list_new(vm, 1);
        if (!list || set_attr(vm, e, key, value_from_ptr(list)) != AW_OK) return AW_ERR;
        notes = value_from_ptr(list);
    }
    if (!value_is_instance(notes, &aw_type_list))
        return vm_raise(vm, &aw_exc_TypeError, "Cannot add note: __notes__ is not a list");
    return list_append(vm, AW_LIST(notes), argv[1]) == AW_OK ? AW_NONE : AW_ERR;
}

/* __reduce__: (type, args), or (type, args, __dict__) when the instance has attributes, so that
 * copy and pickle rebuild an exception by calling its class (and __init__) again. */
static AwValue meth_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_self(vm, "__reduce__", argv[0]) != AW_OK || args_count(vm, "__reduce__", argc - 1, 0, 0) != AW_OK)
        return AW_ERR;
    AwException *e = AW_EXC(argv[0]);
    bool has_state = e->dict && e->dict->used > 0;
    AwTuple *t = tuple_new(vm, has_state ? 3 : 2);
    if (!t) return AW_ERR;
    t->items[0] = value_from_ptr(e->obj.type);
    t->items[1] = value_from_ptr(e->args);
    if (has_state) t->items[2] = value_from_ptr(e->dict);
    return value_from_ptr(t);
}

/* __setstate__(state): a dict's items become attributes; None is ignored. */
static AwValue meth_setstate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (check_self(vm, "__setstate__", argv[0]) != AW_OK || args_count(vm, "__setstate__", argc - 1, 1, 1) != AW_OK)
        return AW_ERR;
    AwValue state = argv[1];
    if (state == AW_NONE) return AW_NONE;
    if (!value_is_instance(state, &aw_type_dict)) return vm_raise(vm, &aw_exc_TypeError, "state is not a dictionary");
    int64_t pos = 0;
    AwValue k, v;
    while (dict_next(AW_DICT(state), &pos, &k, &v)) {
        AwStr *name = attr_name_arg(vm, k);
        if (!name || ops_setattr(vm, argv[0], name, v) != AW_OK) return AW_ERR;
    }
    return AW_NONE;
}

static const AwMethodDef base_methods[] = {
    {"__init__", exc_init, AW_METH_DEFAULT},
    {"__reduce__", meth_reduce, AW_METH_DEFAULT},
    {"__setstate__", meth_setstate, AW_METH_DEFAULT},
    {"__str__", meth_str, AW_METH_DEFAULT},
    {"__repr__", meth_repr, AW_METH_DEFAULT},
    {"with_traceback", meth_with_traceback, AW_METH_DEFAULT},
    {"add_note", meth_add_note, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

/* ---- BaseException attributes ------------------------------------------------------------- */

static AwValue get_args(AwVM *vm, AwValue self) { return value_from_ptr(AW_EXC(self)->args); }

static AwStatus put_args(AwVM *vm, AwValue self, AwValue v) {
    if (v == AW_EMPTY) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "args may not be deleted"));
    AwValue t = tuple_from_iterable(vm, v);
    if (t == AW_ERR) return AW_ERROR;
    AW_EXC(self)->args = AW_TUPLE(t);
    return AW_OK;
}

static AwValue get_traceback(AwVM *vm, AwValue self) { return AW_EXC(self)->traceback; }
static AwStatus put_traceback(AwVM *vm, AwValue self, AwValue v) { return set_traceback(vm, AW_EXC(self), v); }

/* __cause__ / __context__ accept None or an exception instance. */
static AwStatus check_chain_value(AwVM *vm, const char *attr, const char *what, AwValue v) {
    if (v == AW_EMPTY) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s may not be deleted", attr));
    if (v == AW_NONE || value_is_instance(v, &aw_exc_BaseException)) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "exception %s must be None or derive from BaseException", what));
}

static AwValue get_cause(AwVM *vm, AwValue self) { return AW_EXC(self)->cause; }
static AwStatus put_cause(AwVM *vm, AwValue self, AwValue v) {
    if (check_chain_value(vm, "__cause__", "cause", v) != AW_OK) return AW_ERROR;
    AW_EXC(self)->cause = v;
    AW_EXC(self)->suppress_context = true;
    return AW_OK;
}

static AwValue get_context(AwVM *vm, AwValue self) { return AW_EXC(self)->context; }
static AwStatus put_context(AwVM *vm, AwValue self, AwValue v) {
    if (check_chain_value(vm, "__context__", "context", v) != AW_OK) return AW_ERROR;
    AW_EXC(self)->context = v;
    return AW_OK;
}

static AwValue get_suppress(AwVM *vm, AwValue self) { return value_from_bool(AW_EXC(self)->suppress_context); }
static AwStatus put_suppress(AwVM *vm, AwValue self, AwValue v) {
    if (v == AW_EMPTY) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "can't delete numeric/char attribute"));
    if (!value_is_bool(v)) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "attribute value type must be bool"));
    AW_EXC(self)->suppress_context = v == AW_TRUE;
    return AW_OK;
}

static const AwGetSetDef base_getsets[] = {
    {"args", get_args, put_args},
    {"__traceback__", get_traceback, put_traceback},
    {"__cause__", get_cause, put_cause},
    {"__context__", get_context, put_context},
    {"__suppress_context__", get_suppress, put_suppress},
    {NULL, NULL, NULL},
};

/* ---- attributes kept in the instance dict, None when absent -------------------------------- */

/* AttributeError.name/.obj, NameError.name, ImportError.name/.path/.msg: read from the instance
 * dict with None as the default, so exceptions raised by the VM need no dict at all. */
#define DICT_ATTR(fn, pyname) \
    static AwValue get_##fn(AwVM *vm, AwValue self) { return get_attr_cstr(vm, AW_EXC(self), pyname); } \
    static AwStatus put_##fn(AwVM *vm, AwValue self, AwValue v) { return put_dict_attr(vm, self, pyname, v); }

static AwStatus put_dict_attr(AwVM *vm, AwValue self, const char *name, AwValue v) {
    AwException *e = AW_EXC(self);
    if (v != AW_EMPTY) return set_attr_cstr(vm, e, name, v);
    AwStr *key = str_intern_cstr(vm, name);
    if (!key) return AW_ERROR;
    return e->dict && dict_del(vm, e->dict, value_from_ptr(key)) < 0 ? AW_ERROR : AW_OK;
}

DICT_ATTR(name, "name")
DICT_ATTR(obj, "obj")
DICT_ATTR(path, "path")
DICT_ATTR(msg, "msg")
#undef DICT_ATTR

static const AwGetSetDef attribute_error_getsets[] = {
    {"name", get_name, put_name},
    {"obj", get_obj, put_obj},
    {NULL, NULL, NULL},
};

static const AwGetSetDef name_error_getsets[] = {
    {"name", get_name, put_name},
    {NULL, NULL, NULL},
};

static const AwGetSetDef import_error_getsets[] = {
    {"name", get_name, put_name},
    {"path", get_path, put_path},
    {"msg", get_msg, put_msg},
    {NULL, NULL, NULL},
};

/* ---- ExceptionGroup: derive, subgroup, split ---------------------------------------------- */

/* How a split condition matches: an exception type (or tuple of them), or a predicate. */
typedef struct {
    AwValue cond;       /* the condition as given */
    bool is_predicate;  /* call cond(exc) instead of isinstance(exc, cond) */
    const AwValue *ids; /* or, when not NULL: match exactly these objects (except*'s projection) */
    size_t nids;        /* entries in ids */
} Matcher;

static AwStatus matcher_init(AwVM *vm, AwValue cond, Matcher *m) {
    m->cond = cond;
    m->is_predicate = false;
    m->ids = NULL;
    m->nids = 0;
    if (value_is_ptr(cond) && value_is_instance(cond, &aw_type_type)
        && type_is_subtype((AwType *)value_as_ptr(cond), &aw_exc_BaseException))
        return AW_OK;
    if (value_is_instance(cond, &aw_type_tuple)) {
        AwTuple *t = AW_TUPLE(cond);
        bool all_types = true;
        for (int64_t i = 0; i < t->len; i++) {
            AwValue c = t->items[i];
            all_types = all_types && value_is_ptr(c) && value_is_instance(c, &aw_type_type)
                        && type_is_subtype((AwType *)value_as_ptr(c), &aw_exc_BaseException);
        }
        if (all_types) return AW_OK;
    } else if (ops_callable(cond) && !value_is_instance(cond, &aw_type_type)) {
        m->is_predicate = true;
        return AW_OK;
    }
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "expected a function, exception type or tuple of exception types"));
}

static int matcher_test(AwVM *vm, Matcher *m, AwValue exc) {
    if (m->ids) {
        for (size_t i = 0; i < m->nids; i++)
            if (m->ids[i] == exc) return 1;
        return 0;
    }
    if (!m->is_predicate) return ops_isinstance(vm, exc, m->cond);
    AwValue r = vm_call(vm, m->cond, 1, &exc, NULL);
    return r == AW_ERR ? -1 : ops_truthy(vm, r);
}

/* eg.derive(excs) through the method (a user subclass may override it), then the metadata
 * CPython copies onto every derived group. */
static AwValue derive_and_copy(AwVM *vm, AwValue eg, AwList *excs) {
    AwStr *name = str_intern_cstr(vm, "derive");
    if (!name) return AW_ERR;
    AwValue arg = value_from_ptr(excs);
    AwValue out = vm_call_method(vm, eg, name, 1, &arg);
    if (out == AW_ERR) return AW_ERR;
    if (!value_is_instance(out, &aw_exc_BaseExceptionGroup))
        return vm_raise(vm, &aw_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    AwException *src = AW_EXC(eg), *dst = AW_EXC(out);
    dst->traceback = src->traceback;
    dst->cause = src->cause;
    dst->context = src->context;
    /* as CPython: each part gets its own list copy of a sequence __notes__, and no notes
     * when __notes__ is not a sequence */
    AwStr *key = str_intern_cstr(vm, "__notes__");
    AwValue notes = key ? get_attr(src, key) : AW_NONE;
    if (notes == AW_NONE || value_is_instance(notes, &aw_type_dict) ||
        type_lookup(type_of(notes), AW_NAME(vm, __getitem__)) == AW_EMPTY)
        return out;
    if (gc_push_root(vm, out)) return AW_ERR;
    AwValue copy = list_from_iterable(vm, notes);
    AwStatus st = copy == AW_ERR ? AW_ERROR : set_attr(vm, dst, key, copy);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? out : AW_ERR;
}

/* Recursive split: *match and *rest receive an exception/group or None. */
static AwStatus split_rec(AwVM *vm, AwValue exc, Matcher *m, bool want_rest, AwValue *match, AwValue *rest) {
    *match = AW_NONE;
    *rest = AW_NONE;
    int hit = matcher_test(vm, m, exc);
    if (hit < 0) return AW_ERROR;
    if (hit) { *match = exc; return AW_OK; }
    if (!value_is_instance(exc, &aw_exc_BaseExceptionGroup)) {
        if (want_rest) *rest = exc;
        return AW_OK;
    }
    AwValue excs = get_attr_cstr(vm, AW_EXC(exc), "exceptions");
    if (!value_is_tuple(excs)) return AW_OK;
    AwList *matches = list_new(vm, 0), *rests = list_new(vm, 0);
    if (!matches || !rests) return AW_ERROR;
    if (gc_push_root(vm, value_from_ptr(matches)) != AW_OK) return AW_ERROR;
    if (gc_push_root(vm, value_from_ptr(rests)) != AW_OK) { gc_pop_roots(vm, 1); return AW_ERROR; }
    AwStatus st = AW_OK;
    for (int64_t i = 0; st == AW_OK && i < AW_TUPLE(excs)->len; i++) {
        AwValue sub_match, sub_rest;
        st = split_rec(vm, AW_TUPLE(excs)->items[i], m, want_rest, &sub_match, &sub_rest);
        if (st == AW_OK && sub_match != AW_NONE) st = list_append(vm, matches, sub_match);
        if (st == AW_OK && sub_rest != AW_NONE) st = list_append(vm, rests, sub_rest);
    }
    if (st == AW_OK && matches->len) {
        *match = derive_and_copy(vm, exc, matches);
        if (*match == AW_ERR) st = AW_ERROR;
    }
    if (st == AW_OK && rests->len) {
        if (st == AW_OK && gc_push_root(vm, *match) != AW_OK) st = AW_ERROR;
        if (st == AW_OK) {
            *rest = derive_and_copy(vm, exc, rests);
            gc_pop_roots(vm, 1);
            if (*rest == AW_ERR) st = AW_ERROR;
        }
    }
    gc_pop_roots(vm, 2);
    return st;
}

static AwStatus group_self(AwVM *vm, const char *meth, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (!value_is_instance(argv[0], &aw_exc_BaseExceptionGroup))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError,
                                "descriptor '%s' requires a 'BaseExceptionGroup' object but received a '%s'",
                                meth, ops_type_name(argv[0])));
    if (args_no_kwargs(vm, meth, kwnames) != AW_OK) return AW_ERROR;
    return args_count(vm, meth, argc - 1, 1, 1);
}

static AwValue meth_derive(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (group_self(vm, "derive", argc, argv, kwnames) != AW_OK) return AW_ERR;
    AwValue args[2] = {get_attr_cstr(vm, AW_EXC(argv[0]), "message"), argv[1]};
    AwException *e = build(vm, &aw_exc_BaseExceptionGroup, 2, args, NULL, true);
    return e ? value_from_ptr(e) : AW_ERR;
}

static AwValue meth_subgroup(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (group_self(vm, "subgroup", argc, argv, kwnames) != AW_OK) return AW_ERR;
    Matcher m;
    AwValue match, rest;
    if (matcher_init(vm, argv[1], &m) != AW_OK) return AW_ERR;
    if (split_rec(vm, argv[0], &m, false, &match, &rest) != AW_OK) return AW_ERR;
    return match;
}

static AwValue meth_split(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (group_self(vm, "split", argc, argv, kwnames) != AW_OK) return AW_ERR;
    Matcher m;
    AwValue match, rest;
    if (matcher_init(vm, argv[1], &m) != AW_OK) return AW_ERR;
    if (split_rec(vm, argv[0], &m, true, &match, &rest) != AW_OK) return AW_ERR;
    AwTuple *pair = tuple_pack2(vm, match, rest);
    return pair ? value_from_ptr(pair) : AW_ERR;
}

/* ---- except* --------------------------------------------------------------------------- */

static bool is_group(AwValue v) { return value_is_instance(v, &aw_exc_BaseExceptionGroup); }

/* CPython's check_except_star_type_valid: exception classes only, and no group classes. */
static AwStatus star_type_valid(AwVM *vm, AwValue type) {
    int64_t n = value_is_tuple(type) ? AW_TUPLE(type)->len : 1;
    for (int64_t i = 0; i < n; i++) {
        AwValue t = value_is_tuple(type) ? AW_TUPLE(type)->items[i] : type;
        if (!value_is_instance(t, &aw_type_type) || !type_is_subtype((AwType *)value_as_ptr(t), &aw_exc_BaseException))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "catching classes that do not inherit from BaseException is not allowed"));
    }
    for (int64_t i = 0; i < n; i++) {
        AwValue t = value_is_tuple(type) ? AW_TUPLE(type)->items[i] : type;
        if (type_is_subtype((AwType *)value_as_ptr(t), &aw_exc_BaseExceptionGroup))
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead."));
    }
    return AW_OK;
}

/* A new group BaseExceptionGroup("", items): ExceptionGroup when every item is an Exception.
 * items is a list or a tuple (it shows in the repr). */
static AwValue new_group(AwVM *vm, AwValue items) {
    AwValue args[2] = {str_value(str_empty(vm)), items};
    AwException *e = build(vm, &aw_exc_BaseExceptionGroup, 2, args, NULL, true);
    return e ? value_from_ptr(e) : AW_ERR;
}

AwStatus exception_star_match(AwVM *vm, AwValue exc, AwValue type, AwValue *match, AwValue *rest) {
    *match = AW_NONE;
    *rest = AW_NONE;
    if (star_type_valid(vm, type) != AW_OK) return AW_ERROR;
    if (exc == AW_NONE) return AW_OK;
    int hit = ops_isinstance(vm, exc, type);
    if (hit < 0) return AW_ERROR;
    if (hit) {
        if (is_group(exc)) { *match = exc; return AW_OK; }
        AwTuple *one = tuple_new(vm, 1);   /* a naked exception is wrapped, keeping its traceback */
        if (!one) return AW_ERROR;
        one->items[0] = exc;
        AwValue g = new_group(vm, value_from_ptr(one));
        if (g == AW_ERR) return AW_ERROR;
        AW_EXC(g)->traceback = AW_EXC(exc)->traceback;
        *match = g;
        return AW_OK;
    }
    if (!is_group(exc)) { *rest = exc; return AW_OK; }
    Matcher m;
    if (matcher_init(vm, type, &m) != AW_OK) return AW_ERROR;
    return split_rec(vm, exc, &m, true, match, rest);
}

/* Same traceback, cause and context: an exception raised again, or a part split off the
 * original (split copies them), rather than a new one. Notes are not compared: split gives
 * each part a copy of them (CPython 3.11 compares a notes field it never fills). */
static bool same_metadata(AwVM *vm, AwValue a, AwValue b) {
    AwException *x = AW_EXC(a), *y = AW_EXC(b);
    return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

/* Appends the non-group leaves of exc to *ids (a malloc'd array); false when out of memory. */
static bool collect_leaves(AwVM *vm, AwValue exc, AwValue **ids, size_t *n, size_t *cap, int depth) {
    if (!is_group(exc) || depth > 1000) {
        if (*n == *cap) {
            size_t c = *cap ? *cap * 2 : 16;
            AwValue *v = realloc(*ids, c * sizeof *v);
            if (!v) return false;
            *ids = v;
            *cap = c;
        }
        (*ids)[(*n)++] = exc;
        return true;
    }
    AwValue excs = get_attr_cstr(vm, AW_EXC(exc), "exceptions");
    if (!value_is_tuple(excs)) return true;
    for (int64_t i = 0; i < AW_TUPLE(excs)->len; i++)
        if (!collect_leaves(vm, AW_TUPLE(excs)->items[i], ids, n, cap, depth + 1)) return false;
    return true;
}

/* The part of orig made of the leaves of the re-raised exceptions in keep, or None. */
static AwValue project(AwVM *vm, AwValue orig, AwList *keep) {
    AwValue *ids = NULL;
    size_t n = 0, cap = 0;
    for (int64_t i = 0; i < keep->len; i++)
        if (!collect_leaves(vm, keep->items[i], &ids, &n, &cap, 0)) { free(ids); return vm_raise_memory(vm); }
    Matcher m = { .cond = AW_NONE, .ids = ids, .nids = n };
    AwValue match, rest;
    AwStatus st = split_rec(vm, orig, &m, false, &match, &rest);
    free(ids);
    return st == AW_OK ? match : AW_ERR;
}

AwValue exception_prep_reraise_star(AwVM *vm, AwValue orig, AwList *excs) {
    if (!is_group(orig)) {
        /* a naked exception: at most one clause ran, so one thing at most to raise */
        for (int64_t i = 0; i < excs->len; i++)
            if (excs->items[i] != AW_NONE) return excs->items[i];
        return AW_NONE;
    }
    AwList *raised = list_new(vm, 0), *keep = list_new(vm, 0);
    if (!raised || !keep) return AW_ERR;
    for (int64_t i = 0; i < excs->len; i++) {
        AwValue e = excs->items[i];
        if (e == AW_NONE) continue;
        if (list_append(vm, same_metadata(vm, e, orig) ? keep : raised, e) != AW_OK) return AW_ERR;
    }
    if (keep->len) {
        if (gc_push_root(vm, value_from_ptr(raised)) != AW_OK) return AW_ERR;
        AwValue part = project(vm, orig, keep);
        gc_pop_roots(vm, 1);
        if (part == AW_ERR) return AW_ERR;
        if (part != AW_NONE && list_append(vm, raised, part) != AW_OK) return AW_ERR;
    }
    if (raised->len == 0) return AW_NONE;
    if (raised->len == 1) return raised->items[0];
    return new_group(vm, value_from_ptr(raised));
}

/* message and exceptions: kept in the instance dict by fill_group, read-only as CPython's
 * members are. */
static AwValue get_group_message(AwVM *vm, AwValue self) { return get_attr_cstr(vm, AW_EXC(self), "message"); }
static AwValue get_group_exceptions(AwVM *vm, AwValue self) { return get_attr_cstr(vm, AW_EXC(self), "exceptions"); }
static AwStatus put_readonly(AwVM *vm, AwValue self, AwValue v) {
    return vm_fail(vm_raise(vm, &aw_exc_AttributeError, "readonly attribute"));
}

static const AwGetSetDef group_getsets[] = {
    {"message", get_group_message, put_readonly},
    {"exceptions", get_group_exceptions, put_readonly},
    {NULL, NULL, NULL},
};

static const AwMethodDef group_methods[] = {
    {"derive", meth_derive, AW_METH_DEFAULT},
    {"subgroup", meth_subgroup, AW_METH_DEFAULT},
    {"split", meth_split, AW_METH_DEFAULT},
    {"__str__", meth_str_own, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

/* ---- tracebacks --------------------------------------------------------------------------- */

static void traceback_trace(AwGC *gc, AwObject *self) {
    AwTraceback *tb = (AwTraceback *)self;
    gc_mark_object(gc, (AwObject *)tb->next);
    gc_mark_object(gc, (AwObject *)tb->code);
    gc_mark_object(gc, (AwObject *)tb->globals);
    gc_mark_object(gc, (AwObject *)tb->namespace_);
    gc_mark_object(gc, (AwObject *)tb->values);
    gc_mark_object(gc, (AwObject *)tb->frame);
}

static AwValue tb_next(AwVM *vm, AwValue self) {
    AwTraceback *tb = AW_AS(AwTraceback, self);
    return tb->next ? value_from_ptr(tb->next) : AW_NONE;
}
/* tb.tb_next = other or None (unittest drops its own frames this way), with CPython's checks. */
static AwStatus tb_set_next(AwVM *vm, AwValue self, AwValue v) {
    if (v == AW_EMPTY) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "can't delete tb_next attribute"));
    if (v != AW_NONE && !value_is_type(v, &aw_type_traceback))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "expected traceback object, got '%s'", ops_type_name(v)));
    AwTraceback *tb = AW_AS(AwTraceback, self), *next = v == AW_NONE ? NULL : AW_AS(AwTraceback, v);
    for (AwTraceback *t = next; t; t = t->next)
        if (t == tb) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "traceback loop detected"));
    tb->next = next;
    return AW_OK;
}
static AwValue tb_lineno(AwVM *vm, AwValue self) { return value_from_small(AW_AS(AwTraceback, self)->line); }
static AwValue tb_lasti(AwVM *vm, AwValue self) { return value_from_small(AW_AS(AwTraceback, self)->ip); }
static AwValue tb_frame(AwVM *vm, AwValue self) {
    AwTraceback *tb = AW_AS(AwTraceback, self);
    if (!tb->frame && tb->code) tb->frame = frameobj_new(vm, tb->code, tb->globals, tb->namespace_, tb->values, tb->ip);
    return tb->frame ? value_from_ptr(tb->frame) : tb->code ? AW_ERR : AW_NONE;
}
static AwValue tb_code(AwVM *vm, AwValue self) {
    AwCode *code = AW_AS(AwTraceback, self)->code;
    return code ? value_from_ptr(code) : AW_NONE;
}

static const AwGetSetDef traceback_getsets[] = {
    {"tb_next", tb_next, tb_set_next},
    {"tb_lineno", tb_lineno, NULL},
    {"tb_lasti", tb_lasti, NULL},
    {"tb_frame", tb_frame, NULL},
    {"tb_code", tb_code, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_traceback = {
    .name = "traceback",
    .base = &aw_type_object,
    .instance_size = sizeof(AwTraceback),
    .getsets = traceback_getsets,
    .trace = traceback_trace,
};

AwTraceback *exception_traceback(AwValue exc) {
    AwValue tb = AW_EXC(exc)->traceback;
    return value_is_type(tb, &aw_type_traceback) ? AW_AS(AwTraceback, tb) : NULL;
}

AwStatus exception_add_traceback(AwVM *vm, AwValue exc, AwFrame *frame, int ip) {
    AwTuple *values;
    if (frameobj_save_values(vm, frame, &values) != AW_OK) return AW_ERROR;
    AwTraceback *tb = (AwTraceback *)gc_new(vm, &aw_type_traceback, sizeof(AwTraceback));
    if (!tb) return AW_ERROR;
    tb->next = exception_traceback(exc);
    tb->code = frame->code;
    tb->ip = ip;
    tb->line = code_line_at(frame->code, ip);
    tb->globals = frame->globals;
    tb->namespace_ = frame->locals;
    tb->values = values;
    AW_EXC(exc)->traceback = value_from_ptr(tb);
    return AW_OK;
}

/* ---- the type objects --------------------------------------------------------------------- */

/* One line per type, in AW_EXCEPTIONS order (exception_init checks the bases match). The
 * method tables are static so that type_ready, whenever it runs, installs them. */
#define EXC_TYPE(name_, base_, methods_, getsets_) \
    AwType aw_exc_##name_ = { \
        .name = #name_, .base = base_, \
        .flags = AW_TYPE_EXCEPTION | AW_TYPE_BASETYPE, \
        .instance_size = sizeof(AwException), .dict_offset = offsetof(AwException, dict), \
        .repr = exc_repr, .str = exc_str_slot, .hash = exc_hash, .new_ = exc_new_slot, \
        .trace = exc_trace, .methods = methods_, .getsets = getsets_, \
    }
EXC_TYPE(BaseException, &aw_type_object, base_methods, base_getsets);
EXC_TYPE(SystemExit, &aw_exc_BaseException, NULL, NULL);
EXC_TYPE(KeyboardInterrupt, &aw_exc_BaseException, NULL, NULL);
EXC_TYPE(GeneratorExit, &aw_exc_BaseException, NULL, NULL);
EXC_TYPE(CancelledError, &aw_exc_BaseException, NULL, NULL);
EXC_TYPE(BaseExceptionGroup, &aw_exc_BaseException, group_methods, group_getsets);
EXC_TYPE(Exception, &aw_exc_BaseException, NULL, NULL);
EXC_TYPE(ExceptionGroup, &aw_exc_Exception, group_methods, group_getsets);
EXC_TYPE(StopIteration, &aw_exc_Exception, NULL, NULL);
EXC_TYPE(StopAsyncIteration, &aw_exc_Exception, NULL, NULL);
EXC_TYPE(ArithmeticError, &aw_exc_Exception, NULL, NULL);
EXC_TYPE(FloatingPointError, &aw_exc_ArithmeticError, NULL, NULL);
EXC_TYPE(OverflowError, &aw_exc_ArithmeticError, NULL, NULL);
EXC_TYPE(ZeroDivisionError, &aw_exc_ArithmeticError, NULL, NULL);
EXC_TYPE(AssertionError, &aw_exc_Exception, NULL, NULL);
EXC_TYPE(AttributeError, &aw_exc_Exception, NULL, attribute_error_getsets);
EXC_TYPE(BufferError, &aw_exc_Exception, NULL, NULL);
EXC_TYPE(EOFError, &aw_exc_Exception, NULL, NULL);
EXC_TYPE(ImportError, &aw_exc_Exception, own_str_methods, import_error_getsets);
EXC_TYPE(ModuleNotFoundError, &aw_exc_ImportError, NULL, NULL);
EXC_TYPE(LookupError, &aw_exc_Exception, NULL, NULL);
EXC_TYPE(IndexError, &aw_exc_LookupError, NULL, NULL);
EXC_TYPE(KeyError, &aw_exc_LookupError, own_str_methods, NULL);
EXC_TYPE(MemoryError, &aw_exc_Exception, NULL, NULL);
EXC_TYPE(NameError, &aw_exc_Exception, NULL, name_error_getsets);
EXC_TYPE(UnboundLocalError, &aw_exc_NameError, NULL, NULL);
EXC_TYPE(OSError, &aw_exc_Exception, own_str_methods, NULL);
EXC_TYPE(BlockingIOError, &aw_exc_OSError, NULL, NULL);
EXC_TYPE(ChildProcessError, &aw_exc_OSError, NULL, NULL);
EXC_TYPE(ConnectionError, &aw_exc_OSError, NULL, NULL);
EXC_TYPE(BrokenPipeError, &aw_exc_ConnectionError, NULL, NULL);
EXC_TYPE(ConnectionAbortedError, &aw_exc_ConnectionError, NULL, NULL);
EXC_TYPE(ConnectionRefusedError, &aw_exc_ConnectionError, NULL, NULL);
EXC_TYPE(ConnectionResetError, &aw_exc_ConnectionError, NULL, NULL);
EXC_TYPE(FileExistsError, &aw_exc_OSError, NULL, NULL);
EXC_TYPE(FileNotFoundError, &aw_exc_OSError, NULL, NULL);
EXC_TYPE(InterruptedError, &aw_exc_OSError, NULL, NULL);
EXC_TYPE(IsADirectoryError, &aw_exc_OSError, NULL, NULL);
EXC_TYPE(NotADirectoryError, &aw_exc_OSError, NULL, NULL);
EXC_TYPE(PermissionError, &aw_exc_OSError, NULL, NULL);
EXC_TYPE(ProcessLookupError, &aw_exc_OSError, NULL, NULL);
EXC_TYPE(TimeoutError, &aw_exc_OSError, NULL, NULL);
EXC_TYPE(ReferenceError, &aw_exc_Exception, NULL, NULL);
EXC_TYPE(RuntimeError, &aw_exc_Exception, NULL, NULL);
EXC_TYPE(NotImplementedError, &aw_exc_RuntimeError, NULL, NULL);
EXC_TYPE(RecursionError, &aw_exc_RuntimeError, NULL, NULL);
EXC_TYPE(SyntaxError, &aw_exc_Exception, own_str_methods, NULL);
EXC_TYPE(IndentationError, &aw_exc_SyntaxError, NULL, NULL);
EXC_TYPE(TabError, &aw_exc_IndentationError, NULL, NULL);
EXC_TYPE(SystemError, &aw_exc_Exception, NULL, NULL);
EXC_TYPE(TypeError, &aw_exc_Exception, NULL, NULL);
EXC_TYPE(ValueError, &aw_exc_Exception, NULL, NULL);
EXC_TYPE(UnicodeError, &aw_exc_ValueError, NULL, NULL);
EXC_TYPE(UnicodeDecodeError, &aw_exc_UnicodeError, own_str_methods, NULL);
EXC_TYPE(UnicodeEncodeError, &aw_exc_UnicodeError, own_str_methods, NULL);
EXC_TYPE(UnicodeTranslateError, &aw_exc_UnicodeError, own_str_methods, NULL);
EXC_TYPE(Warning, &aw_exc_Exception, NULL, NULL);
EXC_TYPE(DeprecationWarning, &aw_exc_Warning, NULL, NULL);
EXC_TYPE(RuntimeWarning, &aw_exc_Warning, NULL, NULL);
EXC_TYPE(UserWarning, &aw_exc_Warning, NULL, NULL);
EXC_TYPE(SyntaxWarning, &aw_exc_Warning, NULL, NULL);
EXC_TYPE(PendingDeprecationWarning, &aw_exc_Warning, NULL, NULL);
EXC_TYPE(FutureWarning, &aw_exc_Warning, NULL, NULL);
EXC_TYPE(ImportWarning, &aw_exc_Warning, NULL, NULL);
EXC_TYPE(UnicodeWarning, &aw_exc_Warning, NULL, NULL);
EXC_TYPE(BytesWarning, &aw_exc_Warning, NULL, NULL);
EXC_TYPE(ResourceWarning, &aw_exc_Warning, NULL, NULL);
EXC_TYPE(EncodingWarning, &aw_exc_Warning, NULL, NULL);
#undef EXC_TYPE

/* ---- start-up ----------------------------------------------------------------------------- */

/* ExceptionGroup's bases are (BaseExceptionGroup, Exception) in CPython; static types have one
 * layout base, so the second base is spliced into the MRO and __bases__ here. */
static AwStatus fix_exception_group_mro(AwVM *vm) {
    AwType *eg = &aw_exc_ExceptionGroup;
    AwValue mro[] = {value_from_ptr(eg), value_from_ptr(&aw_exc_BaseExceptionGroup),
                     value_from_ptr(&aw_exc_Exception), value_from_ptr(&aw_exc_BaseException),
                     value_from_ptr(&aw_type_object)};
    AwTuple *mro_t = tuple_from(vm, 5, mro);
    AwTuple *bases = tuple_from(vm, 2, mro + 1);
    if (!mro_t || !bases) return AW_ERROR;
    eg->mro = mro_t;
    eg->bases = bases;
    eg->version++;
    return AW_OK;
}

void exception_init(AwVM *vm) {
    /* The definitions above are written out by hand; they must agree with the X-macro. */
#define AW_CHECK_BASE(name_, base_) \
    if (aw_exc_##name_.base != &aw_exc_##base_) abort();
#define aw_exc_object aw_type_object
    AW_EXCEPTIONS(AW_CHECK_BASE)
#undef aw_exc_object
#undef AW_CHECK_BASE
#define AW_READY_EXC(name_, base_) \
    if (!aw_exc_##name_.dict && type_ready(vm, &aw_exc_##name_) != AW_OK) return;
    AW_EXCEPTIONS(AW_READY_EXC)
#undef AW_READY_EXC
    if (!aw_type_traceback.dict && type_ready(vm, &aw_type_traceback) != AW_OK) return;
    fix_exception_group_mro(vm);
}

AwStatus exception_warn(AwVM *vm, AwType *category, const char *fmt, ...) {
    AwBuf b;
    buf_init(&b, vm);
    va_list ap;
    va_start(ap, fmt);
    AwStatus st = buf_vprintf(&b, fmt, ap);
    va_end(ap);
    if (st != AW_OK) {
        buf_free(&b);
        return AW_ERROR;
    }
    AwStr *msg = buf_to_str(&b);
    if (!msg) return AW_ERROR;
    if (gc_push_root(vm, str_value(msg))) return AW_ERROR;
    AwValue mod = vm_import(vm, str_intern_cstr(vm, "warnings"), AW_NONE, NULL);
    AwValue args[2] = {str_value(msg), value_from_ptr(category)};
    AwValue r = mod == AW_ERR ? AW_ERR : vm_call_method(vm, mod, str_intern_cstr(vm, "warn"), 2, args);
    gc_pop_roots(vm, 1);
    return r == AW_ERR ? AW_ERROR : AW_OK;
}

AwStatus exception_warn_strict_subclass(AwVM *vm, const char *hook, const char *base, AwValue keep) {
    if (gc_push_root(vm, keep)) return AW_ERROR;
    AwStatus st = exception_warn(vm, &aw_exc_DeprecationWarning,
                                 "%s returned non-%s (type %s).  The ability to return an instance of a strict "
                                 "subclass of %s is deprecated, and may be removed in a future version of Python.",
                                 hook, base, ops_type_name(keep), base);
    gc_pop_roots(vm, 1);
    return st;
}
