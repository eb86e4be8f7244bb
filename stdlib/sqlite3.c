/* sqlite3.c — the native core of `_sqlite3` over the system's libsqlite3. CPython's classes
 * (Connection, Cursor, Row, the exceptions, adapters and converters) are written in Python in
 * the module's prelude (stdlib/_sqlite3.py, run in the module's dict after this core is
 * installed); this file gives it two handle types and the callbacks SQLite calls:
 *
 *   _Db    one sqlite3* connection: prepare, exec, execscript, changes, create_function, ...
 *   _Stmt  one prepared sqlite3_stmt*: bind, step, row, reset, close, column names/decltypes
 *
 * Ownership. The sqlite3* lives in an SqCore (malloc'd, reference counted): the _Db object holds
 * one reference and every _Stmt another, so whichever the collector frees first, the other
 * still finds valid C memory (the GC frees unreachable objects in no particular order). The
 * core lists the live statements (closing the connection finalizes them first, so nothing is
 * left dangling), the user callbacks SQLite holds (SqCallback, freed by SQLite's xDestroy) and
 * the aggregate instances in progress; the _Db's trace slot marks the callables and
 * instances through it, and each _Stmt marks its _Db. While a handle is being freed the core is
 * `quiet`: SQLite may then call an aggregate's xFinal, which must not run aw code.
 *
 * Errors become the prelude's exception classes, which each _Db holds (a tuple given to
 * _open), with CPython's sqlite_errorcode / sqlite_errorname attributes. Exceptions in user
 * callbacks are cleared (printed if enable_callback_tracebacks(True)) and reported to SQLite
 * with CPython's messages ("user-defined function raised exception", ...).
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "interp/args.h"
#include "interp/bytes.h"
#include "interp/code.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/frozen.h"
#include "stdlib/modules.h"
#include "stdlib/sqlite3_consts.h"

typedef struct SqCore SqCore;
typedef struct StmtObj StmtObj;

/* What a user callback is for. */
enum { CB_FUNCTION, CB_AGGREGATE, CB_COLLATION, CB_AUTHORIZER, CB_PROGRESS, CB_TRACE };

/* A Python callable SQLite holds as user data. */
typedef struct SqCallback {
    struct SqCallback *next, *prev; /* the core's list */
    SqCore *core;                  /* owner (NULL once the core is gone) */
    AwValue fn;                    /* the callable (an aggregate: the class) */
    int kind;                      /* CB_* */
} SqCallback;

/* One aggregate instance between its first step and its finalize. */
typedef struct SqAgg {
    struct SqAgg *next, *prev;     /* the core's list */
    AwValue inst;                  /* the instance */
} SqAgg;

struct SqCore {
    sqlite3 *db;                   /* NULL once closed */
    AwVM *vm;                      /* the interpreter the callbacks run in */
    int refs;                      /* the _Db plus every _Stmt */
    int quiet;                     /* > 0: callbacks must not run aw code */
    int running;                   /* _Stmt.step calls in progress (a callback may close) */
    StmtObj *stmts;                /* live statements (linked through StmtObj.next) */
    SqCallback *cbs;               /* callbacks SQLite holds */
    SqAgg *aggs;                   /* aggregates in progress */
};

/* A connection handle. */
typedef struct {
    AwObject obj;                  /* header */
    SqCore *core;                  /* shared with the statements */
    AwValue excs;                  /* tuple of the prelude's exception classes (EXC_*) */
} DbObj;

/* A prepared statement. */
struct StmtObj {
    AwObject obj;                  /* header */
    sqlite3_stmt *st;              /* NULL once finalized */
    SqCore *core;                  /* the connection's core (one reference) */
    AwValue db;                    /* the _Db (its exception table) */
    StmtObj *next, *prev;          /* the core's list of live statements */
    bool is_dml;                   /* INSERT/UPDATE/DELETE/REPLACE, as CPython 3.11 decides */
    bool running;                  /* inside sqlite3_step (closing must not finalize it) */
};

/* Indexes into DbObj.excs, the order _open receives them. */
enum { EXC_ERROR, EXC_INTERFACE, EXC_DATABASE, EXC_DATA, EXC_OPERATIONAL, EXC_INTEGRITY, EXC_INTERNAL,
       EXC_PROGRAMMING, EXC_NOTSUPPORTED, EXC_COUNT };

static bool sq_tracebacks;         /* enable_callback_tracebacks() */

/* ---- errors ---- */

static const char *error_name(int code) {
    for (size_t i = 0; i < sizeof sq_error_codes / sizeof sq_error_codes[0]; i++)
        if (sq_error_codes[i].value == code) return sq_error_codes[i].name;
    return "unknown";
}

/* CPython's _pysqlite_seterror: the exception class for a primary result code. */
static int error_class(int primary) {
    switch (primary) {
    case SQLITE_INTERNAL: case SQLITE_NOTFOUND: return EXC_INTERNAL;
    case SQLITE_ERROR: case SQLITE_PERM: case SQLITE_ABORT: case SQLITE_BUSY: case SQLITE_LOCKED:
    case SQLITE_READONLY: case SQLITE_INTERRUPT: case SQLITE_IOERR: case SQLITE_FULL: case SQLITE_CANTOPEN:
    case SQLITE_PROTOCOL: case SQLITE_EMPTY: case SQLITE_SCHEMA: return EXC_OPERATIONAL;
    case SQLITE_CORRUPT: return EXC_DATABASE;
    case SQLITE_TOOBIG: return EXC_DATA;
    case SQLITE_CONSTRAINT: case SQLITE_MISMATCH: return EXC_INTEGRITY;
    case SQLITE_MISUSE: case SQLITE_RANGE: return EXC_INTERFACE;
    default: return EXC_DATABASE;
    }
}

/* Raises class excs[which](msg). */
static AwValue raise_class(AwVM *vm, AwValue excs, int which, AwStr *msg) {
    if (!msg) return AW_ERR;
    AwValue arg = str_value(msg);
    AwValue exc = vm_call(vm, AW_TUPLE(excs)->items[which], 1, &arg, NULL);
    return exc == AW_ERR ? AW_ERR : vm_raise_value(vm, exc);
}

/* Raises the error of the last call on db (its extended code and message) as CPython does. */
static AwValue raise_db(AwVM *vm, AwValue excs, sqlite3 *db) {
    int code = sqlite3_extended_errcode(db);
    if ((code & 0xff) == SQLITE_NOMEM) return vm_raise_memory(vm);
    AwStr *msg = str_from_cstr(vm, sqlite3_errmsg(db));
    if (!msg) return AW_ERR;
    AwValue arg = str_value(msg);
    AwValue exc = vm_call(vm, AW_TUPLE(excs)->items[error_class(code & 0xff)], 1, &arg, NULL);
    AwStr *name = exc != AW_ERR ? str_from_cstr(vm, error_name(code)) : NULL;
    if (!name || gc_push_root(vm, exc)) return AW_ERR;
    bool bad = ops_setattr(vm, exc, str_intern_cstr(vm, "sqlite_errorcode"), value_from_small(code)) ||
               ops_setattr(vm, exc, str_intern_cstr(vm, "sqlite_errorname"), str_value(name));
    gc_pop_roots(vm, 1);
    return bad ? AW_ERR : vm_raise_value(vm, exc);
}

/* A user callback raised: print it if asked, else forget it. */
static void report_callback_error(AwVM *vm) {
    AwValue exc = vm_exc_take(vm);
    if (sq_tracebacks) vm_print_exception(vm, exc);
}

/* A user function or aggregate failed: OverflowError becomes SQLITE_TOOBIG (DataError) and
 * MemoryError SQLITE_NOMEM, as CPython's; anything else the error message `msg`. */
static void callback_failed(AwVM *vm, sqlite3_context *ctx, const char *msg) {
    bool overflow = vm_exc_pending(vm) && vm_exc_matches(vm, &aw_exc_OverflowError);
    bool nomem = vm_exc_pending(vm) && vm_exc_matches(vm, &aw_exc_MemoryError);
    if (vm_exc_pending(vm)) report_callback_error(vm);
    if (overflow) sqlite3_result_error_toobig(ctx);
    else if (nomem) sqlite3_result_error_nomem(ctx);
    else sqlite3_result_error(ctx, msg, -1);
}

/* ---- core lifetime ---- */

/* The last reference frees the hooks a close left for a step still running. */
static void core_unref(SqCore *core) {
    if (--core->refs > 0) return;
    while (core->cbs) {
        SqCallback *cb = core->cbs;
        core->cbs = cb->next;
        free(cb);
    }
    free(core);
}

/* Callbacks do nothing while a handle is being freed or once the connection is closed (a
 * step still running after a callback closed it). */
static bool core_silent(const SqCore *core) { return !core || core->quiet || !core->db; }

static void stmt_unlink(StmtObj *s) {
    if (s->prev) s->prev->next = s->next;
    else if (s->core->stmts == s) s->core->stmts = s->next;
    if (s->next) s->next->prev = s->prev;
    s->next = s->prev = NULL;
}

static void stmt_finalize(StmtObj *s) {
    if (!s->st) return;
    s->core->quiet++;
    sqlite3_finalize(s->st);
    s->core->quiet--;
    s->st = NULL;
    stmt_unlink(s);
}

/* Finalizes every statement, then closes: SQLite calls each callback's xDestroy. A statement
 * inside sqlite3_step (a user function closed the connection) is left to _Stmt.step, which
 * finalizes it when the step returns; until then SQLite keeps the connection as a zombie,
 * and the hooks stay allocated (freed with the core) because SQLite may still call them. */
static int core_close(SqCore *core) {
    if (!core->db) return SQLITE_OK;
    for (StmtObj *s = core->stmts, *next; s; s = next) {
        next = s->next;
        if (!s->running) stmt_finalize(s);
    }
    core->quiet++;
    int rc = sqlite3_close_v2(core->db);
    core->quiet--;
    core->db = NULL;
    /* functions and collations belong to SQLite now (freed by xDestroy, possibly later) */
    SqCallback **link = &core->cbs;
    while (*link) {
        SqCallback *cb = *link;
        if (cb->kind == CB_FUNCTION || cb->kind == CB_AGGREGATE || cb->kind == CB_COLLATION) {
            *link = cb->next;
            cb->core = NULL;
        } else if (!core->running) {
            *link = cb->next;
            free(cb);
        } else {
            link = &cb->next;
        }
    }
    for (SqCallback *cb = core->cbs; cb; cb = cb->next) cb->prev = NULL;   /* relinked below */
    for (SqCallback *cb = core->cbs; cb && cb->next; cb = cb->next) cb->next->prev = cb;
    while (core->aggs) {
        SqAgg *a = core->aggs;
        core->aggs = a->next;
        free(a);
    }
    return rc;
}

static SqCallback *callback_new(SqCore *core, AwValue fn, int kind) {
    SqCallback *cb = calloc(1, sizeof *cb);
    if (!cb) return NULL;
    cb->core = core, cb->fn = fn, cb->kind = kind;
    cb->next = core->cbs;
    if (core->cbs) core->cbs->prev = cb;
    core->cbs = cb;
    return cb;
}

/* SQLite's xDestroy: the callback was replaced or the connection closed. */
static void callback_destroy(void *p) {
    SqCallback *cb = p;
    if (cb->core) {
        if (cb->prev) cb->prev->next = cb->next;
        else cb->core->cbs = cb->next;
        if (cb->next) cb->next->prev = cb->prev;
    }
    free(cb);
}

/* The one authorizer / progress handler / trace callback of a kind: a new one replaces it. */
static void callback_drop_kind(SqCore *core, int kind) {
    for (SqCallback *cb = core->cbs; cb; cb = cb->next)
        if (cb->kind == kind) { callback_destroy(cb); return; }
}

/* ---- values between SQLite and aw ---- */

/* An sqlite3_value as CPython's _pysqlite_build_py_params converts it. */
static AwValue from_sqlite_value(AwVM *vm, sqlite3_value *v) {
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER: return int_from_i64(vm, sqlite3_value_int64(v));
    case SQLITE_FLOAT: return value_from_double(sqlite3_value_double(v));
    case SQLITE_TEXT: {
        const char *p = (const char *)sqlite3_value_text(v);
        return str_value_or_err(str_from_utf8_checked(vm, p ? p : "", (size_t)sqlite3_value_bytes(v)));
    }
    case SQLITE_BLOB: {
        AwBytes *b = bytes_new(vm, sqlite3_value_blob(v), (size_t)sqlite3_value_bytes(v));
        return b ? value_from_ptr(b) : AW_ERR;
    }
    default: return AW_NONE;
    }
}

/* The arguments of a user function as a tuple (NULL raised). */
static AwTuple *callback_args(AwVM *vm, int argc, sqlite3_value **argv) {
    AwTuple *t = tuple_new(vm, argc);
    for (int i = 0; t && i < argc; i++) {
        AwValue v = from_sqlite_value(vm, argv[i]);
        if (v == AW_ERR) return NULL;
        t->items[i] = v;
    }
    return t;
}

/* Sets a user function's result; false if its type has no SQLite equivalent. */
static bool set_result(AwVM *vm, sqlite3_context *ctx, AwValue r) {
    const char *data;
    int64_t len;
    AwStr *s;
    if (r == AW_NONE) { sqlite3_result_null(ctx); return true; }
    if (int_check(r)) {
        int64_t i;
        if (int_to_i64(vm, r, &i)) return false;
        sqlite3_result_int64(ctx, i);
    } else if (float_check(r)) {
        sqlite3_result_double(ctx, float_value(r));
    } else if ((s = str_unwrap(r))) {
        sqlite3_result_text64(ctx, s->data, (sqlite3_uint64)s->byte_len, SQLITE_TRANSIENT, SQLITE_UTF8);
    } else if (bytes_view(r, &data, &len)) {
        sqlite3_result_blob64(ctx, data, (sqlite3_uint64)len, SQLITE_TRANSIENT);
    } else {
        return false;
    }
    return true;
}

/* ---- user functions, aggregates, collations, hooks ---- */

static void function_call(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    SqCallback *cb = sqlite3_user_data(ctx);
    if (core_silent(cb->core)) { sqlite3_result_null(ctx); return; }
    AwVM *vm = cb->core->vm;
    AwTuple *args = callback_args(vm, argc, argv);
    AwValue r = AW_ERR;
    if (args && !gc_push_root(vm, value_from_ptr(args))) {
        r = vm_call(vm, cb->fn, argc, args->items, NULL);
        gc_pop_roots(vm, 1);
    }
    if (r == AW_ERR || !set_result(vm, ctx, r)) callback_failed(vm, ctx, "user-defined function raised exception");
}

static void agg_unlink(SqCore *core, SqAgg *a) {
    if (a->prev) a->prev->next = a->next;
    else core->aggs = a->next;
    if (a->next) a->next->prev = a->prev;
    free(a);
}

static void aggregate_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    SqCallback *cb = sqlite3_user_data(ctx);
    SqAgg **slot = sqlite3_aggregate_context(ctx, sizeof(SqAgg *));
    if (!slot) { sqlite3_result_error_nomem(ctx); return; }
    if (core_silent(cb->core)) return;
    SqCore *core = cb->core;
    AwVM *vm = core->vm;
    if (!*slot) {
        AwValue inst = vm_call(vm, cb->fn, 0, NULL, NULL);
        SqAgg *a = inst == AW_ERR ? NULL : calloc(1, sizeof *a);
        if (!a) {
            callback_failed(vm, ctx, "user-defined aggregate's '__init__' method raised error");
            return;
        }
        a->inst = inst;
        a->next = core->aggs;
        if (core->aggs) core->aggs->prev = a;
        core->aggs = a;
        *slot = a;
    }
    AwTuple *args = callback_args(vm, argc, argv);
    AwValue r = AW_ERR;
    if (args && !gc_push_root(vm, value_from_ptr(args))) {
        r = vm_call_method(vm, (*slot)->inst, str_intern_cstr(vm, "step"), argc, args->items);
        gc_pop_roots(vm, 1);
    }
    if (r == AW_ERR) callback_failed(vm, ctx, "user-defined aggregate's 'step' method raised error");
}

static void aggregate_final(sqlite3_context *ctx) {
    SqCallback *cb = sqlite3_user_data(ctx);
    SqAgg **slot = sqlite3_aggregate_context(ctx, 0);
    if (!slot || !*slot) return;   /* no row reached step, or __init__ failed: NULL */
    SqAgg *a = *slot;
    *slot = NULL;
    SqCore *core = cb->core;
    if (!core) return;   /* the core already freed every SqAgg */
    if (core_silent(core)) { agg_unlink(core, a); return; }
    AwVM *vm = core->vm;
    AwValue inst = a->inst;
    AwValue r = AW_ERR;
    if (!gc_push_root(vm, inst)) {   /* the instance leaves the core's list below */
        r = vm_call_method(vm, inst, str_intern_cstr(vm, "finalize"), 0, NULL);
        gc_pop_roots(vm, 1);
    }
    agg_unlink(core, a);
    if (r == AW_ERR || !set_result(vm, ctx, r)) callback_failed(vm, ctx, "user-defined aggregate's 'finalize' method raised error");
}

static int collation_call(void *p, int alen, const void *a, int blen, const void *b) {
    SqCallback *cb = p;
    if (core_silent(cb->core)) return 0;
    AwVM *vm = cb->core->vm;
    AwStr *sa = str_from_utf8_checked(vm, a, (size_t)alen);
    AwStr *sb = sa ? str_from_utf8_checked(vm, b, (size_t)blen) : NULL;
    AwValue r = AW_ERR;
    if (sb) r = vm_call(vm, cb->fn, 2, (AwValue[]){str_value(sa), str_value(sb)}, NULL);
    if (r == AW_ERR) { report_callback_error(vm); return 0; }
    return int_check(r) ? int_sign(r) : 0;
}

/* CPython's authorizer: an int result is the verdict; anything else (or an error) denies. */
static int authorizer_call(void *p, int action, const char *a1, const char *a2, const char *dbname, const char *src) {
    SqCallback *cb = p;
    if (core_silent(cb->core)) return SQLITE_DENY;
    AwVM *vm = cb->core->vm;
    const char *texts[4] = {a1, a2, dbname, src};
    AwValue args[5] = {value_from_small(action), AW_NONE, AW_NONE, AW_NONE, AW_NONE};
    for (int i = 0; i < 4; i++) {
        if (!texts[i]) continue;
        AwStr *s = str_from_cstr(vm, texts[i]);
        if (!s) { report_callback_error(vm); return SQLITE_DENY; }
        args[i + 1] = str_value(s);
    }
    AwValue r = vm_call(vm, cb->fn, 5, args, NULL);
    if (r == AW_ERR) { report_callback_error(vm); return SQLITE_DENY; }
    int64_t verdict;
    if (!int_check(r) || int_to_i64(vm, r, &verdict)) {
        if (vm_exc_pending(vm)) vm_exc_clear(vm);
        return SQLITE_DENY;
    }
    return (int)verdict;
}

/* Non-zero (a true result or an error) aborts the statement. */
static int progress_call(void *p) {
    SqCallback *cb = p;
    if (core_silent(cb->core)) return 0;
    AwVM *vm = cb->core->vm;
    AwValue r = vm_call(vm, cb->fn, 0, NULL, NULL);
    int truth = r == AW_ERR ? -1 : ops_truthy(vm, r);
    if (truth < 0) { report_callback_error(vm); return -1; }
    return truth;
}

static int trace_call(unsigned type, void *p, void *stmt, void *x) {
    SqCallback *cb = p;
    if (type != SQLITE_TRACE_STMT || core_silent(cb->core)) return 0;
    AwVM *vm = cb->core->vm;
    const char *sql = x;
    char *expanded = NULL;
    if (strncmp(sql, "--", 2) != 0) expanded = sqlite3_expanded_sql(stmt);
    AwStr *s = str_from_cstr(vm, expanded ? expanded : sql);
    sqlite3_free(expanded);
    AwValue arg = s ? str_value(s) : AW_ERR;
    if (arg == AW_ERR || vm_call(vm, cb->fn, 1, &arg, NULL) == AW_ERR) report_callback_error(vm);
    return 0;
}

/* ---- _Db ---- */

static void db_trace(AwGC *gc, AwObject *self) {
    DbObj *d = (DbObj *)self;
    gc_mark_value(gc, d->excs);
    if (!d->core) return;
    for (SqCallback *cb = d->core->cbs; cb; cb = cb->next) gc_mark_value(gc, cb->fn);
    for (SqAgg *a = d->core->aggs; a; a = a->next) gc_mark_value(gc, a->inst);
}

static void db_free(AwVM *vm, AwObject *self) {
    DbObj *d = (DbObj *)self;
    if (!d->core) return;
    core_close(d->core);
    core_unref(d->core);
    d->core = NULL;
}

static AwValue no_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    return vm_raise(vm, &aw_exc_TypeError, "cannot create '_sqlite3.%s' instances", type_name(type));
}

/* self as an open _Db (ProgrammingError "Cannot operate on a closed database." if closed). */
static DbObj *db_self(AwVM *vm, int argc, const AwValue *argv) {
    if (argc < 1 || !value_is_type(argv[0], &aw_type_sqlite_db)) {
        vm_raise(vm, &aw_exc_TypeError, "a _Db object is required");
        return NULL;
    }
    DbObj *d = AW_AS(DbObj, argv[0]);
    if (d->core && d->core->db) return d;
    raise_class(vm, d->excs, EXC_PROGRAMMING, str_from_cstr(vm, "Cannot operate on a closed database."));
    return NULL;
}

static AwStr *str_arg(AwVM *vm, AwValue v, const char *fname, const char *what) {
    AwStr *s = str_unwrap(v);
    if (!s) vm_raise(vm, &aw_exc_TypeError, "%s() argument %s must be str, not %s", fname, what, ops_type_name(v));
    return s;
}

/* _open(database, timeout, uri, excs): database is str or bytes (already fspath'd). */
static AwValue sq_open(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "_open", kw) || args_count(vm, "_open", argc, 4, 4)) return AW_ERR;
    const char *path;
    int64_t plen;
    AwStr *ps = str_unwrap(argv[0]);
    if (ps) path = ps->data, plen = ps->byte_len;
    else if (!bytes_view(argv[0], &path, &plen)) return vm_raise(vm, &aw_exc_TypeError, "database must be str or bytes");
    if ((int64_t)strlen(path) != plen) return vm_raise(vm, &aw_exc_ValueError, "embedded null byte");
    double timeout;
    if (float_as_double(vm, argv[1], &timeout)) return AW_ERR;
    if (!value_is_tuple(argv[3]) || AW_TUPLE(argv[3])->len != EXC_COUNT) return vm_raise(vm, &aw_exc_TypeError, "bad exception table");
    DbObj *d = (DbObj *)gc_new(vm, &aw_type_sqlite_db, sizeof(DbObj));
    if (!d) return AW_ERR;
    d->excs = argv[3];
    d->core = calloc(1, sizeof(SqCore));
    if (!d->core) return vm_raise_memory(vm);
    d->core->refs = 1;
    d->core->vm = vm;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | (ops_truthy(vm, argv[2]) > 0 ? SQLITE_OPEN_URI : 0);
    int rc = sqlite3_open_v2(path, &d->core->db, flags, NULL);
    if (rc != SQLITE_OK) {
        AwValue r = d->core->db ? raise_db(vm, d->excs, d->core->db) : vm_raise_memory(vm);
        core_close(d->core);
        return r;
    }
    sqlite3_busy_timeout(d->core->db, (int)(timeout * 1000.0));
    return value_from_ptr(d);
}

/* CPython 3.11's is_dml: the first keyword, after leading whitespace only. */
static bool sql_is_dml(const char *p) {
    while (*p == ' ' || *p == '\r' || *p == '\n' || *p == '\t') p++;
    return !strncasecmp(p, "insert", 6) || !strncasecmp(p, "update", 6) || !strncasecmp(p, "delete", 6) ||
           !strncasecmp(p, "replace", 7);
}

/* True if anything but whitespace and comments follows (CPython's check_remaining_sql). */
static bool sql_has_more(const char *p) {
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n' || *p == '\f' || *p == '\v') p++;
        if (!*p) return false;
        if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n') p++;
        } else if (p[0] == '/' && p[1] == '*') {
            const char *end = strstr(p + 2, "*/");
            if (!end) return false;
            p = end + 2;
        } else {
            return true;
        }
    }
}

static StmtObj *stmt_wrap(AwVM *vm, DbObj *d, AwValue dbv, sqlite3_stmt *st, const char *sql) {
    StmtObj *s = (StmtObj *)gc_new(vm, &aw_type_sqlite_stmt, sizeof(StmtObj));
    if (!s) { sqlite3_finalize(st); return NULL; }
    s->st = st;
    s->core = d->core;
    s->core->refs++;
    s->db = dbv;
    s->is_dml = sql_is_dml(sql);
    s->next = d->core->stmts;
    if (s->next) s->next->prev = s;
    d->core->stmts = s;
    return s;
}

/* db.prepare(sql) -> _Stmt, or None for SQL without a statement (only comments). */
static AwValue db_prepare(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    DbObj *d = db_self(vm, argc, argv);
    if (!d || args_count(vm, "prepare", argc, 2, 2)) return AW_ERR;
    AwStr *sql = str_arg(vm, argv[1], "prepare", "1");
    if (!sql) return AW_ERR;
    if (sql->byte_len > INT32_MAX) return raise_class(vm, d->excs, EXC_DATA, str_from_cstr(vm, "query string is too large"));
    if ((int64_t)strlen(sql->data) != sql->byte_len)
        return raise_class(vm, d->excs, EXC_PROGRAMMING, str_from_cstr(vm, "the query contains a null character"));
    sqlite3_stmt *st = NULL;
    const char *tail = NULL;
    int rc = sqlite3_prepare_v2(d->core->db, sql->data, (int)sql->byte_len + 1, &st, &tail);
    if (rc != SQLITE_OK) return raise_db(vm, d->excs, d->core->db);
    if (tail && sql_has_more(tail)) {
        sqlite3_finalize(st);
        return raise_class(vm, d->excs, EXC_PROGRAMMING, str_from_cstr(vm, "You can only execute one statement at a time."));
    }
    if (!st) return AW_NONE;
    StmtObj *s = stmt_wrap(vm, d, argv[0], st, sql->data);
    return s ? value_from_ptr(s) : AW_ERR;
}

/* Runs every statement of sql to completion (rows are dropped). */
static AwValue run_sql(AwVM *vm, DbObj *d, const char *sql) {
    sqlite3 *db = d->core->db;
    while (*sql) {
        sqlite3_stmt *st = NULL;
        const char *tail = NULL;
        if (sqlite3_prepare_v2(db, sql, -1, &st, &tail) != SQLITE_OK) return raise_db(vm, d->excs, db);
        int rc = SQLITE_DONE;
        d->core->running++;
        if (st)
            do rc = sqlite3_step(st);
            while (rc == SQLITE_ROW);
        d->core->running--;
        if (!d->core->db) {   /* a callback closed the connection: this finalize ends it */
            sqlite3_finalize(st);
            return raise_class(vm, d->excs, EXC_PROGRAMMING, str_from_cstr(vm, "Cannot operate on a closed database."));
        }
        if (rc != SQLITE_DONE) {
            AwValue r = raise_db(vm, d->excs, db);
            sqlite3_finalize(st);
            return r;
        }
        sqlite3_finalize(st);
        sql = tail;
    }
    return AW_NONE;
}

/* db.execute_script(sql): commits a pending transaction first, as CPython 3.11. */
static AwValue db_execscript(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    DbObj *d = db_self(vm, argc, argv);
    if (!d || args_count(vm, "executescript", argc, 2, 2)) return AW_ERR;
    AwStr *sql = str_unwrap(argv[1]);
    if (!sql) return vm_raise(vm, &aw_exc_ValueError, "script argument must be unicode.");
    if ((int64_t)strlen(sql->data) != sql->byte_len) return vm_raise(vm, &aw_exc_ValueError, "embedded null character");
    if (!sqlite3_get_autocommit(d->core->db) && run_sql(vm, d, "COMMIT") == AW_ERR) return AW_ERR;
    return run_sql(vm, d, sql->data);
}

/* db.exec(sql): BEGIN, COMMIT, ROLLBACK and the like. */
static AwValue db_exec(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    DbObj *d = db_self(vm, argc, argv);
    if (!d || args_count(vm, "exec", argc, 2, 2)) return AW_ERR;
    AwStr *sql = str_arg(vm, argv[1], "exec", "1");
    return sql ? run_sql(vm, d, sql->data) : AW_ERR;
}

static AwValue db_close(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 1 || !value_is_type(argv[0], &aw_type_sqlite_db)) return vm_raise(vm, &aw_exc_TypeError, "a _Db object is required");
    DbObj *d = AW_AS(DbObj, argv[0]);
    if (d->core) core_close(d->core);
    return AW_NONE;
}

static AwValue db_is_open(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 1 || !value_is_type(argv[0], &aw_type_sqlite_db)) return vm_raise(vm, &aw_exc_TypeError, "a _Db object is required");
    DbObj *d = AW_AS(DbObj, argv[0]);
    return value_from_bool(d->core && d->core->db);
}

static AwValue db_changes(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    DbObj *d = db_self(vm, argc, argv);
    return d ? int_from_i64(vm, sqlite3_changes(d->core->db)) : AW_ERR;
}

static AwValue db_total_changes(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    DbObj *d = db_self(vm, argc, argv);
    return d ? int_from_i64(vm, sqlite3_total_changes(d->core->db)) : AW_ERR;
}

static AwValue db_last_rowid(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    DbObj *d = db_self(vm, argc, argv);
    return d ? int_from_i64(vm, sqlite3_last_insert_rowid(d->core->db)) : AW_ERR;
}

static AwValue db_autocommit(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    DbObj *d = db_self(vm, argc, argv);
    return d ? value_from_bool(sqlite3_get_autocommit(d->core->db)) : AW_ERR;
}

static AwValue db_interrupt(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    DbObj *d = db_self(vm, argc, argv);
    if (!d) return AW_ERR;
    sqlite3_interrupt(d->core->db);
    return AW_NONE;
}

/* db.create_function(name, narg, fn, deterministic, is_aggregate) */
static AwValue db_create_function(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    DbObj *d = db_self(vm, argc, argv);
    int64_t narg;
    if (!d || args_count(vm, "create_function", argc, 6, 6) || args_int(vm, argv[2], &narg)) return AW_ERR;
    AwStr *name = str_arg(vm, argv[1], "create_function", "'name'");
    if (!name) return AW_ERR;
    bool is_agg = argv[5] == AW_TRUE;
    int flags = SQLITE_UTF8 | (argv[4] == AW_TRUE ? SQLITE_DETERMINISTIC : 0);
    /* None is registered like any callable (calling it fails), as CPython 3.11 does */
    SqCallback *cb = callback_new(d->core, argv[3], is_agg ? CB_AGGREGATE : CB_FUNCTION);
    if (!cb) return vm_raise_memory(vm);
    int rc = is_agg ? sqlite3_create_function_v2(d->core->db, name->data, (int)narg, flags, cb, NULL, aggregate_step,
                                                 aggregate_final, callback_destroy)
                    : sqlite3_create_function_v2(d->core->db, name->data, (int)narg, flags, cb, function_call, NULL, NULL,
                                                 callback_destroy);
    if (rc != SQLITE_OK)   /* SQLite already called xDestroy */
        return raise_class(vm, d->excs, EXC_OPERATIONAL, str_from_cstr(vm, is_agg ? "Error creating aggregate" : "Error creating function"));
    return AW_NONE;
}

static AwValue db_create_collation(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    DbObj *d = db_self(vm, argc, argv);
    if (!d || args_count(vm, "create_collation", argc, 3, 3)) return AW_ERR;
    AwStr *name = str_arg(vm, argv[1], "create_collation", "1");
    if (!name) return AW_ERR;
    int rc;
    if (argv[2] == AW_NONE) {
        rc = sqlite3_create_collation_v2(d->core->db, name->data, SQLITE_UTF8, NULL, NULL, NULL);
    } else {
        SqCallback *cb = callback_new(d->core, argv[2], CB_COLLATION);
        if (!cb) return vm_raise_memory(vm);
        rc = sqlite3_create_collation_v2(d->core->db, name->data, SQLITE_UTF8, cb, collation_call, callback_destroy);
        if (rc != SQLITE_OK) callback_destroy(cb);   /* not called by SQLite on failure */
    }
    return rc == SQLITE_OK ? AW_NONE : raise_db(vm, d->excs, d->core->db);
}

static AwValue db_set_authorizer(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    DbObj *d = db_self(vm, argc, argv);
    if (!d || args_count(vm, "set_authorizer", argc, 2, 2)) return AW_ERR;
    SqCallback *cb = argv[1] == AW_NONE ? NULL : callback_new(d->core, argv[1], CB_AUTHORIZER);
    if (argv[1] != AW_NONE && !cb) return vm_raise_memory(vm);
    if (cb) cb->kind = -1;   /* keep it out of the drop below */
    callback_drop_kind(d->core, CB_AUTHORIZER);
    if (cb) cb->kind = CB_AUTHORIZER;
    if (sqlite3_set_authorizer(d->core->db, cb ? authorizer_call : NULL, cb) != SQLITE_OK)
        return raise_class(vm, d->excs, EXC_OPERATIONAL, str_from_cstr(vm, "Error setting authorizer callback"));
    return AW_NONE;
}

static AwValue db_set_progress_handler(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    DbObj *d = db_self(vm, argc, argv);
    int64_t n;
    if (!d || args_count(vm, "set_progress_handler", argc, 3, 3) || args_int(vm, argv[2], &n)) return AW_ERR;
    SqCallback *cb = argv[1] == AW_NONE ? NULL : callback_new(d->core, argv[1], -1);
    if (argv[1] != AW_NONE && !cb) return vm_raise_memory(vm);
    callback_drop_kind(d->core, CB_PROGRESS);
    if (cb) cb->kind = CB_PROGRESS;
    sqlite3_progress_handler(d->core->db, (int)n, cb ? progress_call : NULL, cb);
    return AW_NONE;
}

static AwValue db_set_trace_callback(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    DbObj *d = db_self(vm, argc, argv);
    if (!d || args_count(vm, "set_trace_callback", argc, 2, 2)) return AW_ERR;
    SqCallback *cb = argv[1] == AW_NONE ? NULL : callback_new(d->core, argv[1], -1);
    if (argv[1] != AW_NONE && !cb) return vm_raise_memory(vm);
    callback_drop_kind(d->core, CB_TRACE);
    if (cb) cb->kind = CB_TRACE;
    sqlite3_trace_v2(d->core->db, cb ? SQLITE_TRACE_STMT : 0, cb ? trace_call : NULL, cb);
    return AW_NONE;
}

/* db.backup(target_db, pages, name): copies everything in steps of `pages`; returns the
 * progress tuples (status, remaining, pagecount) the prelude reports. */
static AwValue db_backup(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    DbObj *d = db_self(vm, argc, argv);
    int64_t pages;
    if (!d || args_count(vm, "backup", argc, 4, 4) || args_int(vm, argv[2], &pages)) return AW_ERR;
    DbObj *t = db_self(vm, 2, (AwValue[]){argv[1], argv[1]});
    AwStr *name = t ? str_arg(vm, argv[3], "backup", "'name'") : NULL;
    if (!name) return AW_ERR;
    sqlite3_backup *b = sqlite3_backup_init(t->core->db, "main", d->core->db, name->data);
    if (!b) return raise_db(vm, d->excs, t->core->db);
    int rc;
    do rc = sqlite3_backup_step(b, pages == 0 ? -1 : (int)pages);
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    return rc == SQLITE_DONE ? AW_NONE : raise_db(vm, d->excs, t->core->db);
}

/* ---- _Stmt ---- */

static void stmt_trace(AwGC *gc, AwObject *self) { gc_mark_value(gc, ((StmtObj *)self)->db); }

static void stmt_free(AwVM *vm, AwObject *self) {
    StmtObj *s = (StmtObj *)self;
    if (!s->core) return;
    stmt_finalize(s);
    core_unref(s->core);
    s->core = NULL;
}

static StmtObj *stmt_self(AwVM *vm, int argc, const AwValue *argv, bool need_open) {
    if (argc < 1 || !value_is_type(argv[0], &aw_type_sqlite_stmt)) {
        vm_raise(vm, &aw_exc_TypeError, "a _Stmt object is required");
        return NULL;
    }
    StmtObj *s = AW_AS(StmtObj, argv[0]);
    if (!need_open || (s->st && s->core->db)) return s;
    raise_class(vm, AW_AS(DbObj, s->db)->excs, EXC_PROGRAMMING, str_from_cstr(vm, "Cannot operate on a closed database."));
    return NULL;
}

static AwValue db_excs(StmtObj *s) { return AW_AS(DbObj, s->db)->excs; }

/* st.step() -> True (a row), False (done); raises the statement's error after a reset. */
static AwValue stmt_step(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    StmtObj *s = stmt_self(vm, argc, argv, true);
    if (!s) return AW_ERR;
    s->running = true;
    s->core->running++;
    int rc = sqlite3_step(s->st);
    s->core->running--;
    s->running = false;
    if (!s->core->db) {   /* a callback closed the connection */
        stmt_finalize(s);
        return raise_class(vm, db_excs(s), EXC_PROGRAMMING, str_from_cstr(vm, "Cannot operate on a closed database."));
    }
    if (rc == SQLITE_ROW) return AW_TRUE;
    if (rc == SQLITE_DONE) return AW_FALSE;
    sqlite3_reset(s->st);
    return raise_db(vm, db_excs(s), s->core->db);
}

static AwValue stmt_reset(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    StmtObj *s = stmt_self(vm, argc, argv, false);
    if (!s) return AW_ERR;
    if (s->st) {
        sqlite3_reset(s->st);
        sqlite3_clear_bindings(s->st);
    }
    return AW_NONE;
}

static AwValue stmt_close(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    StmtObj *s = stmt_self(vm, argc, argv, false);
    if (!s) return AW_ERR;
    stmt_finalize(s);
    return AW_NONE;
}

static AwValue stmt_param_count(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    StmtObj *s = stmt_self(vm, argc, argv, true);
    return s ? value_from_small(sqlite3_bind_parameter_count(s->st)) : AW_ERR;
}

static AwValue stmt_param_name(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    StmtObj *s = stmt_self(vm, argc, argv, true);
    int64_t i;
    if (!s || args_count(vm, "param_name", argc, 2, 2) || args_int(vm, argv[1], &i)) return AW_ERR;
    const char *name = sqlite3_bind_parameter_name(s->st, (int)i);
    return name ? str_value_or_err(str_from_cstr(vm, name)) : AW_NONE;
}

/* st.bind(i, value) -> True, or False for a type SQLite cannot store. */
static AwValue stmt_bind(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    StmtObj *s = stmt_self(vm, argc, argv, true);
    int64_t i;
    if (!s || args_count(vm, "bind", argc, 3, 3) || args_int(vm, argv[1], &i)) return AW_ERR;
    AwValue v = argv[2];
    const char *data;
    int64_t len;
    AwStr *str;
    int rc;
    if (v == AW_NONE) {
        rc = sqlite3_bind_null(s->st, (int)i);
    } else if (int_check(v)) {
        int64_t n;
        if (int_to_i64(vm, v, &n)) {
            if (!vm_exc_matches(vm, &aw_exc_OverflowError)) return AW_ERR;
            vm_exc_clear(vm);
            return vm_raise(vm, &aw_exc_OverflowError, "Python int too large to convert to SQLite INTEGER");
        }
        rc = sqlite3_bind_int64(s->st, (int)i, n);
    } else if (float_check(v)) {
        rc = sqlite3_bind_double(s->st, (int)i, float_value(v));
    } else if ((str = str_unwrap(v))) {
        rc = sqlite3_bind_text64(s->st, (int)i, str->data, (sqlite3_uint64)str->byte_len, SQLITE_TRANSIENT, SQLITE_UTF8);
    } else if (bytes_view(v, &data, &len)) {
        rc = sqlite3_bind_blob64(s->st, (int)i, data, (sqlite3_uint64)len, SQLITE_TRANSIENT);
    } else {
        return AW_FALSE;
    }
    if (rc != SQLITE_OK) return raise_db(vm, db_excs(s), s->core->db);
    return AW_TRUE;
}

/* Column i's text as a str, or OperationalError as CPython words a decoding failure. */
static AwValue column_text(AwVM *vm, StmtObj *s, int i) {
    const char *p = (const char *)sqlite3_column_text(s->st, i);
    int n = sqlite3_column_bytes(s->st, i);
    int64_t bad_len;
    const char *reason;
    if (str_utf8_error(p ? p : "", (size_t)n, &bad_len, &reason) < 0) return str_value_or_err(str_new(vm, p ? p : "", (size_t)n));
    AwStr *msg = str_printf(vm, "Could not decode to UTF-8 column '%s' with text '%s'", sqlite3_column_name(s->st, i), p);
    return raise_class(vm, db_excs(s), EXC_OPERATIONAL, msg);
}

/* st.row(text_as_bytes) -> tuple of the current row's values. */
static AwValue stmt_row(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    StmtObj *s = stmt_self(vm, argc, argv, true);
    if (!s || args_count(vm, "row", argc, 2, 2)) return AW_ERR;
    bool text_bytes = argv[1] == AW_TRUE;
    int n = sqlite3_data_count(s->st);
    AwTuple *t = tuple_new(vm, n);
    for (int i = 0; t && i < n; i++) {
        AwValue v = AW_NONE;
        int type = sqlite3_column_type(s->st, i);
        if (type == SQLITE_INTEGER) v = int_from_i64(vm, sqlite3_column_int64(s->st, i));
        else if (type == SQLITE_FLOAT) v = value_from_double(sqlite3_column_double(s->st, i));
        else if (type == SQLITE_TEXT && !text_bytes) v = column_text(vm, s, i);
        else if (type != SQLITE_NULL) {
            const void *p = type == SQLITE_TEXT ? (const void *)sqlite3_column_text(s->st, i) : sqlite3_column_blob(s->st, i);
            AwBytes *b = bytes_new(vm, p, (size_t)sqlite3_column_bytes(s->st, i));
            v = b ? value_from_ptr(b) : AW_ERR;
        }
        if (v == AW_ERR) return AW_ERR;
        t->items[i] = v;
    }
    return t ? value_from_ptr(t) : AW_ERR;
}

/* st.column_blob(i) -> the column's bytes (what a converter receives), None for NULL. */
static AwValue stmt_column_blob(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    StmtObj *s = stmt_self(vm, argc, argv, true);
    int64_t i;
    if (!s || args_count(vm, "column_blob", argc, 2, 2) || args_int(vm, argv[1], &i)) return AW_ERR;
    if (sqlite3_column_type(s->st, (int)i) == SQLITE_NULL) return AW_NONE;
    const void *p = sqlite3_column_blob(s->st, (int)i);
    AwBytes *b = bytes_new(vm, p, (size_t)sqlite3_column_bytes(s->st, (int)i));
    return b ? value_from_ptr(b) : AW_ERR;
}

/* A tuple of per-column strings from get (None where it gives NULL). */
static AwValue column_strings(AwVM *vm, StmtObj *s, const char *(*get)(sqlite3_stmt *, int)) {
    int n = sqlite3_column_count(s->st);
    AwTuple *t = tuple_new(vm, n);
    for (int i = 0; t && i < n; i++) {
        const char *c = get(s->st, i);
        AwStr *str = c ? str_from_utf8_checked(vm, c, strlen(c)) : NULL;
        if (c && !str) return AW_ERR;
        t->items[i] = str ? str_value(str) : AW_NONE;
    }
    return t ? value_from_ptr(t) : AW_ERR;
}

static AwValue stmt_columns(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    StmtObj *s = stmt_self(vm, argc, argv, true);
    return s ? column_strings(vm, s, sqlite3_column_name) : AW_ERR;
}

static AwValue stmt_decltypes(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    StmtObj *s = stmt_self(vm, argc, argv, true);
    return s ? column_strings(vm, s, sqlite3_column_decltype) : AW_ERR;
}

/* st.coltypes() -> the SQLite types (SQLITE_INTEGER...) of the current row's columns. */
static AwValue stmt_coltypes(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    StmtObj *s = stmt_self(vm, argc, argv, true);
    if (!s) return AW_ERR;
    int n = sqlite3_data_count(s->st);
    AwTuple *t = tuple_new(vm, n);
    for (int i = 0; t && i < n; i++) t->items[i] = value_from_small(sqlite3_column_type(s->st, i));
    return t ? value_from_ptr(t) : AW_ERR;
}

static AwValue get_is_dml(AwVM *vm, AwValue self) { return value_from_bool(AW_AS(StmtObj, self)->is_dml); }

/* ---- module ---- */

static AwValue sq_complete_statement(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"statement", NULL};
    AwValue a[1];
    if (args_parse(vm, "complete_statement", argc, argv, kw, names, 1, 1, a)) return AW_ERR;
    AwStr *s = str_unwrap(a[0]);
    if (!s) return vm_raise(vm, &aw_exc_TypeError, "complete_statement() argument 'statement' must be str, not %s", ops_type_name(a[0]));
    return value_from_bool(sqlite3_complete(s->data));
}

static AwValue sq_enable_callback_tracebacks(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"enable", NULL};
    AwValue a[1];
    if (args_parse(vm, "enable_callback_tracebacks", argc, argv, kw, names, 1, 1, a)) return AW_ERR;
    int t = ops_truthy(vm, a[0]);
    if (t < 0) return AW_ERR;
    sq_tracebacks = t;
    return AW_NONE;
}

static AwValue sq_error_name(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t code;
    if (args_count(vm, "_error_name", argc, 1, 1) || args_int(vm, argv[0], &code)) return AW_ERR;
    return str_value_or_err(str_from_cstr(vm, error_name((int)code)));
}

static const AwMethodDef db_methods[] = {
    {"prepare", db_prepare, 0}, {"exec", db_exec, 0}, {"execscript", db_execscript, 0},
    {"close", db_close, 0}, {"is_open", db_is_open, 0}, {"changes", db_changes, 0},
    {"total_changes", db_total_changes, 0}, {"last_insert_rowid", db_last_rowid, 0},
    {"autocommit", db_autocommit, 0}, {"interrupt", db_interrupt, 0},
    {"create_function", db_create_function, 0}, {"create_collation", db_create_collation, 0},
    {"set_authorizer", db_set_authorizer, 0}, {"set_progress_handler", db_set_progress_handler, 0},
    {"set_trace_callback", db_set_trace_callback, 0}, {"backup", db_backup, 0},
    {NULL, NULL, 0},
};

static const AwMethodDef stmt_methods[] = {
    {"step", stmt_step, 0}, {"reset", stmt_reset, 0}, {"close", stmt_close, 0},
    {"param_count", stmt_param_count, 0}, {"param_name", stmt_param_name, 0}, {"bind", stmt_bind, 0},
    {"row", stmt_row, 0}, {"column_blob", stmt_column_blob, 0}, {"columns", stmt_columns, 0},
    {"decltypes", stmt_decltypes, 0}, {"coltypes", stmt_coltypes, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef stmt_getsets[] = {
    {"is_dml", get_is_dml, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_sqlite_db = {
    .name = "_Db",
    .base = &aw_type_object,
    .instance_size = sizeof(DbObj),
    .new_ = no_new,
    .trace = db_trace,
    .free_ = db_free,
    .methods = db_methods,
};

AwType aw_type_sqlite_stmt = {
    .name = "_Stmt",
    .base = &aw_type_object,
    .instance_size = sizeof(StmtObj),
    .new_ = no_new,
    .trace = stmt_trace,
    .free_ = stmt_free,
    .methods = stmt_methods,
    .getsets = stmt_getsets,
};

static const AwMethodDef sq_functions[] = {
    {"_open", sq_open, 0},
    {"_error_name", sq_error_name, 0},
    {"complete_statement", sq_complete_statement, 0},
    {"enable_callback_tracebacks", sq_enable_callback_tracebacks, 0},
    {NULL, NULL, 0},
};

static AwStatus add_consts(AwVM *vm, AwModule *mod, const SqConst *c, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (module_add_value(vm, mod, c[i].name, value_from_small(c[i].value))) return AW_ERROR;
    return AW_OK;
}

/* Installs the core, then runs the prelude (stdlib/_sqlite3.py) in the module's dict. */
AwModule *sqlite3_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "_sqlite3");
    if (!mod || module_add_functions(vm, mod, sq_functions) ||
        add_consts(vm, mod, sq_error_codes, sizeof sq_error_codes / sizeof sq_error_codes[0]) ||
        add_consts(vm, mod, sq_other_consts, sizeof sq_other_consts / sizeof sq_other_consts[0]))
        return NULL;
    AwStr *m = str_intern_cstr(vm, "_sqlite3"), *version = str_from_cstr(vm, sqlite3_libversion());
    if (!m || !version || module_add_value(vm, mod, "sqlite_version", str_value(version))) return NULL;
    aw_type_sqlite_db.module = aw_type_sqlite_stmt.module = m;
    if (module_add_type(vm, mod, &aw_type_sqlite_db) || module_add_type(vm, mod, &aw_type_sqlite_stmt)) return NULL;
    if (gc_push_root(vm, value_from_ptr(mod))) return NULL;
    const char *src = frozen_source("_sqlite3");
    AwCode *code = src ? vm_compile(vm, src, strlen(src), "<frozen _sqlite3>", AW_PARSE_FILE) : NULL;
    bool ok = code && vm_run_code(vm, code, mod->dict, NULL) != AW_ERR;
    gc_pop_roots(vm, 1);
    return ok ? mod : NULL;
}
