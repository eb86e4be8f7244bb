/* builtins.c — the builtins module: the built-in functions, the built-in types and
 * exceptions under their names, and the constants (CPython 3.11 semantics and messages).
 *
 * The types themselves (int, range, zip, ...) are defined by their own files and only listed
 * here. Functions that need the running frame (globals, locals, dir(), vars(), eval, exec)
 * ask the VM (vm_current_globals / vm_current_locals). Not provided: help, breakpoint.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "interp/args.h"
#include "interp/port.h"
#include "interp/buf.h"
#include "interp/bytes.h"
#include "interp/class.h"
#include "interp/code.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/file.h"
#include "interp/float.h"
#include "interp/function.h"
#include "interp/int.h"
#include "interp/iter.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/source.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/ast_convert.h"
#include "stdlib/modules.h"

/* Provided by vm.c and import.c (not yet in vm.h). */
AwDict *vm_current_globals(AwVM *vm);
AwDict *vm_current_locals(AwVM *vm);
AwValue vm_import(AwVM *vm, AwStr *name, AwValue fromlist, AwDict *globals);

/* ---- helpers ------------------------------------------------------------------------------ */

static AwValue new_str(AwVM *vm, const char *s) {
    AwStr *str = str_from_cstr(vm, s);
    return str ? value_from_ptr(str) : AW_ERR;
}

/* sys.<name> (stdout, stderr, stdin), or AW_EMPTY when sys or the attribute is missing. */
static AwValue sys_attr(AwVM *vm, const char *name) {
    if (!vm->sys) return AW_EMPTY;
    AwStr *key = str_intern_cstr(vm, name);
    return key ? dict_get_str(vm->sys->dict, key) : AW_EMPTY;
}

/* The positional count check of METH_FASTCALL builtins ("len() takes exactly one argument"). */
static AwStatus exact_args(AwVM *vm, const char *name, int argc, AwTuple *kwnames, int min, int max) {
    if (args_no_kwargs(vm, name, kwnames) != AW_OK) return AW_ERROR;
    return args_count(vm, name, argc, min, max);
}

/* print's sep/end: a str, or the default (interned, so print allocates nothing for it). */
static AwValue str_or_none_arg(AwVM *vm, const char *what, AwValue v, const char *fallback) {
    if (v == AW_EMPTY || v == AW_NONE) {
        AwStr *s = str_intern_cstr(vm, fallback);
        return s ? value_from_ptr(s) : AW_ERR;
    }
    if (!value_is_instance(v, &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "%s must be None or a string, not %s", what, ops_type_name(v));
    return v;
}

/* ---- print and input ---------------------------------------------------------------------- */

/* Writes one piece to a file-like object through its write method. */
static AwStatus write_piece(AwVM *vm, AwValue file, AwValue piece) {
    return vm_call_method(vm, file, AW_NAME(vm, write), 1, &piece) == AW_ERR ? AW_ERROR : AW_OK;
}

static AwStatus flush_file(AwVM *vm, AwValue file) {
    if (value_is_plain_text_file(file)) return file_flush(vm, AW_FILE(file));
    return vm_call_method(vm, file, AW_NAME(vm, flush), 0, NULL) == AW_ERR ? AW_ERROR : AW_OK;
}

/* print to a real file object: the line is built first and written once. If a str() fails,
 * what came before it is still written, as CPython's piecewise writes would have. */
static AwStatus print_to_file(AwVM *vm, AwFile *f, int argc, const AwValue *argv, AwStr *sep, AwStr *end) {
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = AW_OK;
    for (int i = 0; i < argc && st == AW_OK; i++) {
        if (i) st = buf_append(&b, sep->data, (size_t)sep->byte_len);
        if (st == AW_OK) st = buf_append_str_of(&b, argv[i]);
    }
    if (st == AW_OK) st = buf_append(&b, end->data, (size_t)end->byte_len);
    if (st == AW_OK) st = file_write_bytes(vm, f, b.data ? b.data : "", b.len);
    else if (b.len) {
        AwValue pending = vm_exc_take(vm);
        if (file_write_bytes(vm, f, b.data, b.len) != AW_OK) vm_exc_clear(vm);
        vm_raise_value(vm, pending);
    }
    buf_free(&b);
    return st;
}

/* print to any object with write(): one call per piece, as CPython. */
static AwStatus print_to_object(AwVM *vm, AwValue file, int argc, const AwValue *argv, AwStr *sep, AwStr *end) {
    for (int i = 0; i < argc; i++) {
        if (i && write_piece(vm, file, value_from_ptr(sep)) != AW_OK) return AW_ERROR;
        AwValue s = ops_str(vm, argv[i]);
        if (s == AW_ERR || write_piece(vm, file, s) != AW_OK) return AW_ERROR;
    }
    return write_piece(vm, file, value_from_ptr(end));
}

static AwValue bi_print(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"sep", "end", "file", "flush", NULL};
    AwValue kw[4];
    if (args_parse(vm, "print", 0, argv + argc, kwnames, names, 0, 0, kw) != AW_OK) return AW_ERR;
    AwValue sep = str_or_none_arg(vm, "sep", kw[0], " ");
    AwValue end = sep == AW_ERR ? AW_ERR : str_or_none_arg(vm, "end", kw[1], "\n");
    if (end == AW_ERR) return AW_ERR;
    AwValue file = kw[2] == AW_EMPTY || kw[2] == AW_NONE ? sys_attr(vm, "stdout") : kw[2];
    if (file == AW_EMPTY || file == AW_NONE) return AW_NONE;
    AwStatus st = value_is_plain_text_file(file)
        ? print_to_file(vm, AW_FILE(file), argc, argv, AW_STR(sep), AW_STR(end))
        : print_to_object(vm, file, argc, argv, AW_STR(sep), AW_STR(end));
    if (st != AW_OK) return AW_ERR;
    if (kw[3] != AW_EMPTY) {
        int flush = ops_truthy(vm, kw[3]);
        if (flush < 0 || (flush && flush_file(vm, file) != AW_OK)) return AW_ERR;
    }
    return AW_NONE;
}

/* A line from sys.stdin without its '\n'; EOFError at end of input. */
static AwValue read_input_line(AwVM *vm) {
    AwValue in = sys_attr(vm, "stdin");
    if (in == AW_EMPTY || in == AW_NONE) return vm_raise(vm, &aw_exc_RuntimeError, "input(): lost sys.stdin");
    AwValue line = value_is_plain_text_file(in) ? file_readline(vm, AW_FILE(in), -1)
                                                   : vm_call_method(vm, in, AW_NAME(vm, readline), 0, NULL);
    if (line == AW_ERR) return AW_ERR;
    if (!value_is_instance(line, &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "object.readline() returned non-string");
    AwStr *s = AW_STR(line);
    if (s->byte_len == 0) return vm_raise(vm, &aw_exc_EOFError, "EOF when reading a line");
    if (s->data[s->byte_len - 1] != '\n') return line;
    AwStr *stripped = str_new(vm, s->data, (size_t)s->byte_len - 1);
    return stripped ? value_from_ptr(stripped) : AW_ERR;
}

static AwValue bi_input(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "input", argc, kwnames, 0, 1) != AW_OK) return AW_ERR;
    static const char *const streams[] = {"stdin", "stdout", "stderr"};
    for (int i = 0; i < 3; i++) {
        AwValue s = sys_attr(vm, streams[i]);
        if (s == AW_EMPTY || s == AW_NONE) return vm_raise(vm, &aw_exc_RuntimeError, "input(): lost sys.%s", streams[i]);
    }
    AwValue out = sys_attr(vm, "stdout");
    if (argc == 1 && out != AW_EMPTY && out != AW_NONE) {
        AwValue prompt = ops_str(vm, argv[0]);
        if (prompt == AW_ERR) return AW_ERR;
        AwStatus st = value_is_plain_text_file(out)
            ? file_write_bytes(vm, AW_FILE(out), AW_STR(prompt)->data, (size_t)AW_STR(prompt)->byte_len)
            : write_piece(vm, out, prompt);
        if (st != AW_OK) return AW_ERR;
    }
    /* as CPython: a stdout that cannot flush (no flush method) is not an error */
    if (out != AW_EMPTY && out != AW_NONE && flush_file(vm, out) != AW_OK) vm_exc_clear(vm);
    return read_input_line(vm);
}

/* ---- sizes, iteration, sorting ------------------------------------------------------------ */

static AwValue bi_len(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t n;
    if (exact_args(vm, "len", argc, kwnames, 1, 1) != AW_OK) return AW_ERR;
    if (ops_len(vm, argv[0], &n) != AW_OK) return AW_ERR;
    return int_from_i64(vm, n);
}

static AwValue bi_iter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "iter", argc, kwnames, 1, 2) != AW_OK) return AW_ERR;
    if (argc == 1) return ops_iter(vm, argv[0]);
    if (!ops_callable(argv[0])) return vm_raise(vm, &aw_exc_TypeError, "iter(v, w): v must be callable");
    return iter_callable_new(vm, argv[0], argv[1]);
}

static AwValue bi_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "next", argc, kwnames, 1, 2) != AW_OK) return AW_ERR;
    if (value_is_type(argv[0], &aw_type_generator)) {
        /* A generator's return value travels in StopIteration.value. */
        AwValue v = vm_call_dunder(vm, argv[0], AW_NAME(vm, __next__), 0, NULL);
        if (v != AW_ERR || argc == 1 || !vm_exc_matches(vm, &aw_exc_StopIteration)) return v;
        vm_exc_clear(vm);
        return argv[1];
    }
    AwValue v = ops_next_raw(vm, argv[0]);   /* a StopIteration raised inside propagates as is */
    if (v == AW_ERR && argc == 2 && vm_exc_matches(vm, &aw_exc_StopIteration)) {
        vm_exc_clear(vm);
        return argv[1];
    }
    if (v != AW_STOP) return v;
    if (argc == 2) return argv[1];
    return vm_raise_value(vm, value_from_ptr(&aw_exc_StopIteration));
}

static AwValue bi_sorted(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"key", "reverse", NULL};
    AwValue kw[2];
    if (argc != 1) return vm_raise(vm, &aw_exc_TypeError, "sorted expected 1 argument, got %d", argc);
    if (args_parse(vm, "sort", 0, argv + argc, kwnames, names, 0, 0, kw) != AW_OK) return AW_ERR;
    int64_t reverse = 0;
    if (kw[1] != AW_EMPTY && args_int(vm, kw[1], &reverse) != AW_OK) return AW_ERR;
    AwValue list = list_from_iterable(vm, argv[0]);
    if (list == AW_ERR || gc_push_root(vm, list) != AW_OK) return AW_ERR;
    AwStatus st = list_sort(vm, AW_LIST(list), kw[0] == AW_EMPTY ? AW_NONE : kw[0], reverse != 0);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? list : AW_ERR;
}

static AwValue iter_all_any(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kwnames,
                            bool want) {
    if (exact_args(vm, name, argc, kwnames, 1, 1) != AW_OK) return AW_ERR;
    AwValue it = ops_iter(vm, argv[0]);
    if (it == AW_ERR || gc_push_root(vm, it) != AW_OK) return AW_ERR;
    AwValue result = value_from_bool(!want);
    for (;;) {
        AwValue item = ops_next(vm, it);
        if (item == AW_STOP) break;
        int truth = item == AW_ERR ? -1 : ops_truthy(vm, item);
        if (truth < 0) { result = AW_ERR; break; }
        if (truth == want) { result = value_from_bool(want); break; }
    }
    gc_pop_roots(vm, 1);
    return result;
}

static AwValue bi_all(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return iter_all_any(vm, "all", argc, argv, kwnames, false);
}

static AwValue bi_any(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return iter_all_any(vm, "any", argc, argv, kwnames, true);
}

/* ---- async iteration ---------------------------------------------------------------------- */

static AwValue bi_aiter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "aiter", argc, kwnames, 1, 1) != AW_OK) return AW_ERR;
    AwValue it = vm_call_dunder(vm, argv[0], AW_NAME(vm, __aiter__), 0, NULL);
    if (it == AW_EMPTY)
        return vm_raise(vm, &aw_exc_TypeError, "'%s' object is not an async iterable", ops_type_name(argv[0]));
    if (it != AW_ERR && type_lookup(type_of(it), AW_NAME(vm, __anext__)) == AW_EMPTY)
        return vm_raise(vm, &aw_exc_TypeError, "aiter() returned not an async iterator of type '%s'", ops_type_name(it));
    return it;
}

/* anext(it, default): awaits it.__anext__()'s awaitable and turns StopAsyncIteration into
 * default. The helper is aw code, compiled per call (the two-argument form is rare). */
static const char anext_default_src[] =
    "async def anext_default(awaitable, default):\n"
    "    try:\n"
    "        return await awaitable\n"
    "    except StopAsyncIteration:\n"
    "        return default\n";

static AwValue anext_with_default(AwVM *vm, AwValue awaitable, AwValue dflt) {
    if (gc_push_root(vm, awaitable) != AW_OK) return AW_ERR;
    AwCode *code = vm_compile(vm, anext_default_src, sizeof anext_default_src - 1, "<anext>", AW_PARSE_FILE);
    AwDict *ns = code ? dict_new(vm) : NULL;
    AwValue result = AW_ERR;
    if (ns && gc_push_root(vm, value_from_ptr(ns)) == AW_OK) {
        if (vm_run_code(vm, code, ns, ns) != AW_ERR) {
            AwValue fn = dict_get_str(ns, str_intern_cstr(vm, "anext_default"));
            AwValue args[2] = {awaitable, dflt};
            if (fn != AW_EMPTY) result = vm_call(vm, fn, 2, args, NULL);
        }
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 1);
    return result;
}

static AwValue bi_anext(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "anext", argc, kwnames, 1, 2) != AW_OK) return AW_ERR;
    AwValue awaitable = vm_call_dunder(vm, argv[0], AW_NAME(vm, __anext__), 0, NULL);
    if (awaitable == AW_EMPTY)
        return vm_raise(vm, &aw_exc_TypeError, "'%s' object is not an async iterator", ops_type_name(argv[0]));
    if (awaitable == AW_ERR || argc == 1) return awaitable;
    return anext_with_default(vm, awaitable, argv[1]);
}

/* ---- min and max -------------------------------------------------------------------------- */

/* The running best of min()/max(): the item and its key. */
typedef struct {
    AwValue item;      /* best item so far, AW_EMPTY before the first */
    AwValue key;       /* its key (the item itself without key=) */
    size_t root;       /* index of the two GC root slots that keep item and key alive */
} Best;

/* Offers one item; keeps the first of equal ones. */
static AwStatus best_offer(AwVM *vm, Best *best, AwValue item, AwValue keyfn, AwCmpOp op) {
    AwValue key = item;
    if (keyfn != AW_NONE) {
        key = vm_call(vm, keyfn, 1, &item, NULL);
        if (key == AW_ERR) return AW_ERROR;
    }
    if (best->item != AW_EMPTY) {
        int better = ops_compare_bool(vm, key, best->key, op);
        if (better <= 0) return better < 0 ? AW_ERROR : AW_OK;
    }
    best->item = item;
    best->key = key;
    vm->gc.roots[best->root] = item;
    vm->gc.roots[best->root + 1] = key;
    return AW_OK;
}

static AwStatus best_of_iterable(AwVM *vm, Best *best, AwValue iterable, AwValue keyfn, AwCmpOp op) {
    AwValue it = ops_iter(vm, iterable);
    if (it == AW_ERR || gc_push_root(vm, it) != AW_OK) return AW_ERROR;
    AwStatus st = AW_OK;
    for (;;) {
        AwValue item = ops_next(vm, it);
        if (item == AW_STOP) break;
        if (item == AW_ERR || best_offer(vm, best, item, keyfn, op) != AW_OK) { st = AW_ERROR; break; }
    }
    gc_pop_roots(vm, 1);
    return st;
}

static AwValue min_max(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kwnames, AwCmpOp op) {
    static const char *const names[] = {"key", "default", NULL};
    AwValue kw[2];
    if (argc == 0) return vm_raise(vm, &aw_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (args_parse(vm, name, 0, argv + argc, kwnames, names, 0, 0, kw) != AW_OK) return AW_ERR;
    AwValue keyfn = kw[0] == AW_EMPTY ? AW_NONE : kw[0];
    if (argc > 1 && kw[1] != AW_EMPTY)
        return vm_raise(vm, &aw_exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments",
                        name);
    Best best = {AW_EMPTY, AW_EMPTY, vm->gc.root_count};
    if (gc_push_root(vm, AW_NONE) != AW_OK) return AW_ERR;
    if (gc_push_root(vm, AW_NONE) != AW_OK) { gc_pop_roots(vm, 1); return AW_ERR; }
    AwStatus st = AW_OK;
    if (argc == 1) st = best_of_iterable(vm, &best, argv[0], keyfn, op);
    for (int i = 0; argc > 1 && i < argc && st == AW_OK; i++) st = best_offer(vm, &best, argv[i], keyfn, op);
    gc_pop_roots(vm, 2);
    if (st != AW_OK) return AW_ERR;
    if (best.item != AW_EMPTY) return best.item;
    if (kw[1] != AW_EMPTY) return kw[1];
    return vm_raise(vm, &aw_exc_ValueError, "%s() arg is an empty sequence", name);
}

static AwValue bi_min(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return min_max(vm, "min", argc, argv, kwnames, AW_CMP_LT);
}

static AwValue bi_max(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return min_max(vm, "max", argc, argv, kwnames, AW_CMP_GT);
}

/* ---- sum ---------------------------------------------------------------------------------- */

/* Adds items to *acc with int64 arithmetic while they are ints that do not overflow, then
 * with doubles while the total is a float (CPython's two fast paths: plain left-to-right
 * addition, no compensation in 3.11), then generically. Returns the total or AW_ERR. */
static AwValue sum_items(AwVM *vm, AwValue it, AwValue acc) {
    AwValue item = AW_EMPTY;
    if (value_is_int(acc)) {
        int64_t total = value_as_small(acc);
        for (;;) {
            item = ops_next(vm, it);
            if (item == AW_STOP) return int_from_i64(vm, total);
            if (item == AW_ERR) return AW_ERR;
            int64_t b, sum;
            if (value_is_int(item)) b = value_as_small(item);
            else if (value_is_bool(item)) b = item == AW_TRUE;
            else break;
            if (aw_add_overflow(total, b, &sum)) break;
            total = sum;
        }
        acc = int_from_i64(vm, total);
        if (acc == AW_ERR) return AW_ERR;
        acc = ops_binary(vm, acc, item, AW_BINOP_ADD);
        if (acc == AW_ERR) return AW_ERR;
        item = AW_EMPTY;
    }
    if (value_is_float(acc)) {
        double total = value_as_double(acc);
        for (;;) {
            item = ops_next(vm, it);
            if (item == AW_STOP) return value_from_double(total);
            if (item == AW_ERR) return AW_ERR;
            if (value_is_float(item)) total += value_as_double(item);
            else if (value_is_int(item)) total += (double)value_as_small(item);
            else if (value_is_bool(item)) total += item == AW_TRUE ? 1.0 : 0.0;
            else break;
        }
        acc = ops_binary(vm, value_from_double(total), item, AW_BINOP_ADD);
        if (acc == AW_ERR) return AW_ERR;
    }
    for (;;) {
        if (gc_push_root(vm, acc) != AW_OK) return AW_ERR;
        item = ops_next(vm, it);
        AwValue next = item == AW_STOP ? acc : item == AW_ERR ? AW_ERR : ops_binary(vm, acc, item, AW_BINOP_ADD);
        gc_pop_roots(vm, 1);
        if (item == AW_STOP || next == AW_ERR) return next;
        acc = next;
    }
}

static AwValue bi_sum(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"iterable", "start", NULL};
    AwValue a[2];
    if (argc == 0) return vm_raise(vm, &aw_exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (args_parse(vm, "sum", argc, argv, kwnames, names, 1, 2, a) != AW_OK) return AW_ERR;
    AwValue start = a[1] == AW_EMPTY ? value_from_small(0) : a[1];
    if (value_is_instance(start, &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (value_is_instance(start, &aw_type_bytes))
        return vm_raise(vm, &aw_exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (value_is_instance(start, &aw_type_bytearray))
        return vm_raise(vm, &aw_exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    AwValue it = ops_iter(vm, a[0]);
    if (it == AW_ERR || gc_push_root(vm, it) != AW_OK) return AW_ERR;
    AwValue total = sum_items(vm, it, start);
    gc_pop_roots(vm, 1);
    return total;
}

/* ---- numbers ------------------------------------------------------------------------------ */

static AwValue bi_abs(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "abs", argc, kwnames, 1, 1) != AW_OK) return AW_ERR;
    AwValue v = argv[0];
    if (value_is_float(v)) return value_from_double(fabs(value_as_double(v)));
    if (value_is_int(v) || value_is_bool(v) || type_of(v) == &aw_type_int) return int_abs(vm, v);
    AwValue r = vm_call_dunder(vm, v, AW_NAME(vm, __abs__), 0, NULL);
    if (r != AW_EMPTY) return r;
    return vm_raise(vm, &aw_exc_TypeError, "bad operand type for abs(): '%s'", ops_type_name(v));
}

static AwValue bi_round(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"number", "ndigits", NULL};
    AwValue a[2];
    if (args_parse(vm, "round", argc, argv, kwnames, names, 1, 2, a) != AW_OK) return AW_ERR;
    AwValue v = a[0];
    bool has_ndigits = a[1] != AW_EMPTY && a[1] != AW_NONE;
    AwType *t = type_of(v);
    if (t != &aw_type_float && t != &aw_type_int && t != &aw_type_bool) {
        AwValue r = vm_call_dunder(vm, v, AW_NAME(vm, __round__), has_ndigits ? 1 : 0, &a[1]);
        if (r != AW_EMPTY) return r;
        return vm_raise(vm, &aw_exc_TypeError, "type %s doesn't define __round__ method", type_name(t));
    }
    int64_t n = 0;
    if (has_ndigits) {
        AwValue idx = ops_index(vm, a[1]);
        if (idx == AW_ERR) return AW_ERR;
        n = value_is_int(idx) ? value_as_small(idx) : int_sign(idx) > 0 ? INT32_MAX : INT32_MIN;
    }
    if (t == &aw_type_float) {
        double x = value_as_double(v);
        return has_ndigits ? float_round(vm, x, n) : float_round_to_int(vm, x);
    }
    return int_round(vm, v, has_ndigits ? n : 0);
}

static bool is_real(AwValue v) { return value_is_float(v) || int_check(v); }

/* a.__divmod__(b), then b.__rdivmod__(a), for other types. */
static AwValue divmod_dunder(AwVM *vm, AwValue a, AwValue b) {
    AwStr *name = str_intern_cstr(vm, "__divmod__"), *rname = str_intern_cstr(vm, "__rdivmod__");
    if (!name || !rname) return AW_ERR;
    AwValue r = vm_call_dunder(vm, a, name, 1, &b);
    if (r != AW_EMPTY && r != AW_NOTIMPL) return r;
    if (type_of(a) != type_of(b)) {
        r = vm_call_dunder(vm, b, rname, 1, &a);
        if (r != AW_EMPTY && r != AW_NOTIMPL) return r;
    }
    return vm_raise(vm, &aw_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                    ops_type_name(a), ops_type_name(b));
}

static AwValue bi_divmod(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "divmod", argc, kwnames, 2, 2) != AW_OK) return AW_ERR;
    AwValue a = argv[0], b = argv[1];
    bool builtin_a = value_is_float(a) || type_of(a) == &aw_type_int || value_is_bool(a);
    bool builtin_b = value_is_float(b) || type_of(b) == &aw_type_int || value_is_bool(b);
    if (!builtin_a || !builtin_b || !is_real(a) || !is_real(b)) return divmod_dunder(vm, a, b);
    if (value_is_float(a) || value_is_float(b)) {
        double x, y;
        if (float_as_double(vm, a, &x) != AW_OK || float_as_double(vm, b, &y) != AW_OK) return AW_ERR;
        return float_divmod_pair(vm, x, y);
    }
    return int_divmod(vm, a, b);
}

static AwValue bi_pow(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"base", "exp", "mod", NULL};
    AwValue a[3];
    if (args_parse(vm, "pow", argc, argv, kwnames, names, 2, 3, a) != AW_OK) return AW_ERR;
    if (a[2] == AW_EMPTY || a[2] == AW_NONE) return ops_binary(vm, a[0], a[1], AW_BINOP_POW);
    if (int_check(a[0]) && int_check(a[1]) && int_check(a[2])) {
        /* an int subclass's own __pow__ takes the modulus first, as CPython's slot_nb_power */
        AwType *t = type_of(a[0]);
        if ((t->flags & AW_TYPE_HEAP) && type_lookup(t, AW_NAME(vm, __pow__)) != type_lookup(&aw_type_int, AW_NAME(vm, __pow__))) {
            AwValue r = vm_call_dunder(vm, a[0], AW_NAME(vm, __pow__), 2, a + 1);
            if (r != AW_EMPTY && r != AW_NOTIMPL) return r;
        }
        return int_pow_mod(vm, a[0], a[1], a[2]);
    }
    if (is_real(a[0]) && is_real(a[1]) && is_real(a[2]))
        return vm_raise(vm, &aw_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    AwValue r = vm_call_dunder(vm, a[0], AW_NAME(vm, __pow__), 2, a + 1);
    if (r != AW_EMPTY && r != AW_NOTIMPL) return r;
    return vm_raise(vm, &aw_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                    ops_type_name(a[0]), ops_type_name(a[1]), ops_type_name(a[2]));
}

static AwValue bi_hash(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t h;
    if (exact_args(vm, "hash", argc, kwnames, 1, 1) != AW_OK) return AW_ERR;
    if (ops_hash(vm, argv[0], &h) != AW_OK) return AW_ERR;
    return int_from_i64(vm, h);
}

/* id(): the address of a heap object; immediates (small ints, floats, None...) get their
 * value bits, which are stable and never collide with an address (they have the top bits set). */
static AwValue bi_id(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "id", argc, kwnames, 1, 1) != AW_OK) return AW_ERR;
    AwValue v = argv[0];
    if (value_is_ptr(v)) return int_from_u64(vm, (uint64_t)(uintptr_t)value_as_ptr(v));
    return int_from_u64(vm, v);
}

static AwValue bi_chr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t cp;
    if (exact_args(vm, "chr", argc, kwnames, 1, 1) != AW_OK) return AW_ERR;
    if (args_int(vm, argv[0], &cp) != AW_OK) return AW_ERR;
    if (cp < 0 || cp > 0x10FFFF) return vm_raise(vm, &aw_exc_ValueError, "chr() arg not in range(0x110000)");
    AwStr *s = str_from_codepoint(vm, (uint32_t)cp);
    return s ? value_from_ptr(s) : AW_ERR;
}

static AwValue bi_ord(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "ord", argc, kwnames, 1, 1) != AW_OK) return AW_ERR;
    AwValue v = argv[0];
    if (value_is_instance(v, &aw_type_str)) {
        AwStr *s = AW_STR(v);
        if (s->char_len != 1)
            return vm_raise(vm, &aw_exc_TypeError, "ord() expected a character, but string of length %lld found",
                            (long long)s->char_len);
        int len;
        return value_from_small(str_decode_utf8(s->data, &len));
    }
    if (value_is_instance(v, &aw_type_bytes)) {
        AwBytes *b = AW_BYTES(v);
        if (b->len != 1)
            return vm_raise(vm, &aw_exc_TypeError, "ord() expected a character, but string of length %lld found",
                            (long long)b->len);
        return value_from_small((unsigned char)b->data[0]);
    }
    if (value_is_instance(v, &aw_type_bytearray)) {
        AwByteArray *b = AW_BYTEARRAY(v);
        if (b->len != 1)
            return vm_raise(vm, &aw_exc_TypeError, "ord() expected a character, but string of length %lld found",
                            (long long)b->len);
        return value_from_small((unsigned char)b->data[0]);
    }
    return vm_raise(vm, &aw_exc_TypeError, "ord() expected string of length 1, but %s found", ops_type_name(v));
}

/* hex/oct/bin: '-0x1f' style, for ints and objects with __index__. */
static AwValue int_in_base(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kwnames,
                           int base, const char *prefix) {
    if (exact_args(vm, name, argc, kwnames, 1, 1) != AW_OK) return AW_ERR;
    AwValue v = ops_index(vm, argv[0]);
    if (v == AW_ERR) return AW_ERR;
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = buf_append_cstr(&b, int_sign(v) < 0 ? "-" : "");
    if (st == AW_OK) st = buf_append_cstr(&b, prefix);
    if (st == AW_OK) st = int_append_digits(vm, v, base, &b);
    if (st != AW_OK) { buf_free(&b); return AW_ERR; }
    AwStr *s = buf_to_str(&b);
    return s ? value_from_ptr(s) : AW_ERR;
}

static AwValue bi_hex(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return int_in_base(vm, "hex", argc, argv, kwnames, 16, "0x");
}

static AwValue bi_oct(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return int_in_base(vm, "oct", argc, argv, kwnames, 8, "0o");
}

static AwValue bi_bin(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return int_in_base(vm, "bin", argc, argv, kwnames, 2, "0b");
}

static AwValue bi_format(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"value", "format_spec", NULL};
    AwValue a[2];
    if (args_no_kwargs(vm, "format", kwnames) || args_parse(vm, "format", argc, argv, kwnames, names, 1, 2, a) != AW_OK)
        return AW_ERR;
    AwValue spec = a[1];
    if (spec == AW_EMPTY) {
        spec = new_str(vm, "");
        if (spec == AW_ERR) return AW_ERR;
    } else if (!value_is_instance(spec, &aw_type_str)) {
        return vm_raise(vm, &aw_exc_TypeError, "format() argument 2 must be str, not %s", ops_type_name(spec));
    }
    return ops_format(vm, a[0], spec);
}

/* ---- attributes and types ----------------------------------------------------------------- */

/* The attribute name argument: a str, interned so attribute caches and dicts see one copy. */
static AwStr *attr_name(AwVM *vm, AwValue v) {
    if (!value_is_instance(v, &aw_type_str)) {
        vm_raise(vm, &aw_exc_TypeError, "attribute name must be string, not '%s'", ops_type_name(v));
        return NULL;
    }
    return str_intern_str(vm, AW_STR(v));
}

static AwValue bi_getattr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "getattr", argc, kwnames, 2, 3) != AW_OK) return AW_ERR;
    AwStr *name = attr_name(vm, argv[1]);
    if (!name) return AW_ERR;
    if (argc == 2) return ops_getattr(vm, argv[0], name);
    AwValue v = ops_getattr_opt(vm, argv[0], name);
    return v == AW_EMPTY ? argv[2] : v;
}

static AwValue bi_hasattr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "hasattr", argc, kwnames, 2, 2) != AW_OK) return AW_ERR;
    AwStr *name = attr_name(vm, argv[1]);
    if (!name) return AW_ERR;
    AwValue v = ops_getattr_opt(vm, argv[0], name);
    return v == AW_ERR ? AW_ERR : value_from_bool(v != AW_EMPTY);
}

static AwValue bi_setattr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "setattr", argc, kwnames, 3, 3) != AW_OK) return AW_ERR;
    AwStr *name = attr_name(vm, argv[1]);
    if (!name) return AW_ERR;
    return ops_setattr(vm, argv[0], name, argv[2]) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue bi_delattr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "delattr", argc, kwnames, 2, 2) != AW_OK) return AW_ERR;
    AwStr *name = attr_name(vm, argv[1]);
    if (!name) return AW_ERR;
    return ops_delattr(vm, argv[0], name) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue bi_isinstance(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "isinstance", argc, kwnames, 2, 2) != AW_OK) return AW_ERR;
    int r = ops_isinstance(vm, argv[0], argv[1]);
    return r < 0 ? AW_ERR : value_from_bool(r);
}

static AwValue bi_issubclass(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "issubclass", argc, kwnames, 2, 2) != AW_OK) return AW_ERR;
    int r = ops_issubclass(vm, argv[0], argv[1]);
    return r < 0 ? AW_ERR : value_from_bool(r);
}

static AwValue bi_callable(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "callable", argc, kwnames, 1, 1) != AW_OK) return AW_ERR;
    return value_from_bool(ops_callable(argv[0]));
}

static AwValue bi_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "repr", argc, kwnames, 1, 1) != AW_OK) return AW_ERR;
    return ops_repr(vm, argv[0]);
}

static AwValue bi_ascii(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "ascii", argc, kwnames, 1, 1) != AW_OK) return AW_ERR;
    return ops_ascii(vm, argv[0]);
}

static AwValue bi_build_class(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return class_build(vm, argc, argv, kwnames);
}

/* ---- namespaces ----------------------------------------------------------------------------- */

static AwValue sorted_keys(AwVM *vm, AwDict *d) {
    AwList *keys = list_new(vm, d->used);
    if (!keys) return AW_ERR;
    int64_t pos = 0;
    AwValue k, v;
    while (dict_next(d, &pos, &k, &v))
        if (list_append(vm, keys, k) != AW_OK) return AW_ERR;
    if (gc_push_root(vm, value_from_ptr(keys)) != AW_OK) return AW_ERR;
    AwStatus st = list_sort(vm, keys, AW_NONE, false);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? value_from_ptr(keys) : AW_ERR;
}

static AwValue bi_globals(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "globals", argc, kwnames, 0, 0) != AW_OK) return AW_ERR;
    return value_from_ptr(vm_current_globals(vm));
}

static AwValue bi_locals(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "locals", argc, kwnames, 0, 0) != AW_OK) return AW_ERR;
    AwDict *d = vm_current_locals(vm);
    return d ? value_from_ptr(d) : AW_ERR;
}

/* dir(): the caller's names; dir(obj): sorted(obj.__dir__()), and a module's own names. */
static AwValue bi_dir(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "dir", argc, kwnames, 0, 1) != AW_OK) return AW_ERR;
    if (argc == 0) {
        AwDict *d = vm_current_locals(vm);
        return d ? sorted_keys(vm, d) : AW_ERR;
    }
    if (value_is_instance(argv[0], &aw_type_module)) return sorted_keys(vm, AW_MODULE(argv[0])->dict);
    AwStr *name = str_intern_cstr(vm, "__dir__");
    AwValue names = name ? vm_call_dunder(vm, argv[0], name, 0, NULL) : AW_ERR;
    if (names == AW_EMPTY) return vm_raise(vm, &aw_exc_TypeError, "object does not provide __dir__");
    if (names == AW_ERR || gc_push_root(vm, names) != AW_OK) return AW_ERR;
    AwValue list = list_from_iterable(vm, names);
    gc_pop_roots(vm, 1);
    if (list == AW_ERR || gc_push_root(vm, list) != AW_OK) return AW_ERR;
    AwStatus st = list_sort(vm, AW_LIST(list), AW_NONE, false);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? list : AW_ERR;
}

static AwValue bi_vars(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (exact_args(vm, "vars", argc, kwnames, 0, 1) != AW_OK) return AW_ERR;
    if (argc == 0) return bi_locals(vm, 0, argv, NULL);
    AwValue d = ops_getattr(vm, argv[0], AW_NAME(vm, __dict__));
    if (d == AW_ERR && vm_exc_matches(vm, &aw_exc_AttributeError)) {
        vm_exc_clear(vm);
        return vm_raise(vm, &aw_exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

/* ---- eval, exec, compile ------------------------------------------------------------------ */

/* The source text of eval/exec/compile: str or bytes. *len receives its length. */
static const char *source_text(AwVM *vm, const char *fname, AwValue src, size_t *len) {
    if (value_is_instance(src, &aw_type_str)) { *len = (size_t)AW_STR(src)->byte_len; return AW_STR(src)->data; }
    if (value_is_instance(src, &aw_type_bytes)) { *len = (size_t)AW_BYTES(src)->len; return AW_BYTES(src)->data; }
    vm_raise(vm, &aw_exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    return NULL;
}

static void *compile_source_text(AwVM *vm, const char *fname, AwValue src, const char *filename, AwParseMode mode,
                                 bool only_ast);

/* The code object of src, or with only_ast its tree of ast nodes (compile(..., PyCF_ONLY_AST)).
 * Other buffers (bytearray, memoryview) compile as a bytes copy, as CPython's
 * _Py_SourceAsString reads any buffer. */
static void *compile_source_as(AwVM *vm, const char *fname, AwValue src, const char *filename, AwParseMode mode,
                               bool only_ast) {
    const char *data = NULL;
    int64_t n = 0;
    if (value_is_instance(src, &aw_type_bytearray)) data = AW_BYTEARRAY(src)->data, n = AW_BYTEARRAY(src)->len;
    else if (!memoryview_view(src, &data, &n)) return compile_source_text(vm, fname, src, filename, mode, only_ast);
    AwBytes *copy = bytes_new(vm, data ? data : "", (size_t)n);
    if (!copy || gc_push_root(vm, value_from_ptr(copy))) return NULL;
    void *code = compile_source_text(vm, fname, value_from_ptr(copy), filename, mode, only_ast);
    gc_pop_roots(vm, 1);
    return code;
}

static void *compile_source_text(AwVM *vm, const char *fname, AwValue src, const char *filename, AwParseMode mode,
                                 bool only_ast) {
    size_t len;
    const char *text = source_text(vm, fname, src, &len);
    if (!text) return NULL;
    if (memchr(text, 0, len)) {
        vm_raise(vm, &aw_exc_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    char *decoded = NULL;   /* PEP 263: bytes may declare their encoding (a str's cookie is ignored) */
    if (!value_is_instance(src, &aw_type_str)) {
        AwValue keep = src;   /* the bytes stay referenced while a codec runs */
        if (gc_push_root(vm, keep)) return NULL;
        AwStatus st = source_decode(vm, text, len, filename, SOURCE_BYTES, &text, &len, &decoded);
        gc_pop_roots(vm, 1);
        if (st != AW_OK) return NULL;
    }
    if (mode == AW_PARSE_EVAL)
        while (len && (*text == ' ' || *text == '\t')) { text++; len--; }
    void *code;
    if (only_ast) {
        AwValue tree = ast_convert_parse(vm, text, len, filename, mode);
        code = tree == AW_ERR ? NULL : value_as_ptr(tree);
    } else code = vm_compile(vm, text, len, filename, mode);
    free(decoded);
    return code;
}

static AwCode *compile_source(AwVM *vm, const char *fname, AwValue src, const char *filename, AwParseMode mode) {
    return compile_source_as(vm, fname, src, filename, mode, false);
}

/* eval/exec: resolve the namespaces (the caller's when omitted), compile, run. */
static AwValue run_source(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kwnames,
                          AwParseMode mode) {
    /* eval(source, globals, locals, /); exec(source, globals, locals, /, *, closure=None) */
    AwValue a[3] = {AW_EMPTY, AW_EMPTY, AW_EMPTY};
    if (mode == AW_PARSE_EVAL) {
        if (args_no_kwargs(vm, fname, kwnames) || args_count(vm, fname, argc, 1, 3)) return AW_ERR;
    } else {
        if (argc < 1) return vm_raise(vm, &aw_exc_TypeError, "exec() takes at least 1 positional argument (0 given)");
        if (argc > 3) return vm_raise(vm, &aw_exc_TypeError, "exec() takes at most 3 positional arguments (%d given)", argc);
        for (int64_t i = 0; kwnames && i < kwnames->len; i++) {
            const char *kw = AW_STR(kwnames->items[i])->data;
            if (strcmp(kw, "closure") != 0)
                return vm_raise(vm, &aw_exc_TypeError, "'%s' is an invalid keyword argument for exec()", kw);
            if (argv[argc + i] != AW_NONE)
                return vm_raise(vm, &aw_exc_TypeError, "cannot use a closure with this code object");
        }
    }
    for (int i = 0; i < argc; i++) a[i] = argv[i];
    AwValue g = a[1] == AW_EMPTY ? AW_NONE : a[1], l = a[2] == AW_EMPTY ? AW_NONE : a[2];
    if (g != AW_NONE && !value_is_instance(g, &aw_type_dict))
        return vm_raise(vm, &aw_exc_TypeError, mode == AW_PARSE_EVAL ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                                    : "exec() globals must be a dict, not %s", ops_type_name(g));
    if (l != AW_NONE && !value_is_instance(l, &aw_type_dict))
        return vm_raise(vm, &aw_exc_TypeError, "locals must be a mapping");
    AwDict *globals, *locals;
    if (g == AW_NONE) {
        globals = vm_current_globals(vm);
        locals = l != AW_NONE ? AW_DICT(l) : vm_current_locals(vm);
        if (!locals) return AW_ERR;
    } else {
        globals = AW_DICT(g);
        locals = l != AW_NONE ? AW_DICT(l) : globals;
    }
    AwCode *code;
    if (value_is_type(a[0], &aw_type_code)) {
        code = AW_CODE(a[0]);
        if (code->nfree && mode == AW_PARSE_EVAL)   /* nothing would fill the free variables' cells */
            return vm_raise(vm, &aw_exc_TypeError, "code object passed to eval() may not contain free variables");
        if (code->nfree)   /* aw's exec takes no closure= tuple */
            return vm_raise(vm, &aw_exc_TypeError, "code object requires a closure of exactly length %d", (int)code->nfree);
    } else code = compile_source(vm, fname, a[0], "<string>", mode);
    if (!code) return AW_ERR;
    if (gc_push_root(vm, value_from_ptr(locals)) != AW_OK) return AW_ERR;
    AwValue r = vm_run_code(vm, code, globals, locals);
    gc_pop_roots(vm, 1);
    if (r == AW_ERR) return AW_ERR;
    return mode == AW_PARSE_EVAL ? r : AW_NONE;
}

static AwValue bi_eval(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return run_source(vm, "eval", argc, argv, kwnames, AW_PARSE_EVAL);
}

static AwValue bi_exec(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return run_source(vm, "exec", argc, argv, kwnames, AW_PARSE_FILE);
}

/* compile() flags codeop passes: ask whether the input is incomplete rather than wrong. */
#define PYCF_DONT_IMPLY_DEDENT 0x200
#define PYCF_ALLOW_INCOMPLETE_INPUT 0x4000

static AwValue bi_compile(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize",
                                        "_feature_version", NULL};
    AwValue a[7];
    if (args_parse(vm, "compile", argc, argv, kwnames, names, 3, 6, a) != AW_OK) return AW_ERR;
    if (!value_is_instance(a[2], &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "compile() argument 'mode' must be str, not %s", ops_type_name(a[2]));
    const char *m = AW_STR(a[2])->data;
    AwParseMode mode = !strcmp(m, "exec") ? AW_PARSE_FILE : !strcmp(m, "eval") ? AW_PARSE_EVAL
                     : !strcmp(m, "single") ? AW_PARSE_SINGLE : (AwParseMode)-1;
    int64_t flags = 0;
    if ((int)mode < 0 && !strcmp(m, "func_type") && (a[3] == AW_EMPTY || (args_int(vm, a[3], &flags) == AW_OK && !(flags & 0x400))))
        return vm_raise(vm, &aw_exc_ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    if ((int)mode < 0) return vm_raise(vm, &aw_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (!value_is_instance(a[1], &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "expected str, bytes or os.PathLike object, not %s", ops_type_name(a[1]));
    if (a[3] != AW_EMPTY && args_int(vm, a[3], &flags) != AW_OK) return AW_ERR;
    bool only_ast = (flags & AW_PYCF_ONLY_AST) != 0;
    const char *buf;
    int64_t buf_len;
    bool is_text = value_is_instance(a[0], &aw_type_str) || value_is_instance(a[0], &aw_type_bytes) ||
                   value_is_instance(a[0], &aw_type_bytearray) || memoryview_view(a[0], &buf, &buf_len);
    if (!is_text) {
        int is_node = ast_convert_is_node(vm, a[0]);
        if (is_node < 0) return AW_ERR;
        if (!is_node) return vm_raise(vm, &aw_exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
        if (only_ast) return a[0];
        AwCode *code = ast_convert_compile(vm, a[0], AW_STR(a[1])->data, mode);
        return code ? value_from_ptr(code) : AW_ERR;
    }
    if ((flags & PYCF_ALLOW_INCOMPLETE_INPUT) && is_text && !only_ast) {
        size_t len;
        const char *text = value_is_instance(a[0], &aw_type_str) || value_is_instance(a[0], &aw_type_bytes)
                         ? source_text(vm, "compile", a[0], &len) : NULL;
        if (text && vm_check_incomplete(vm, text, len, AW_STR(a[1])->data, mode, flags & PYCF_DONT_IMPLY_DEDENT))
            return AW_ERR;
    }
    void *code = compile_source_as(vm, "compile", a[0], AW_STR(a[1])->data, mode, only_ast);
    return code ? value_from_ptr(code) : AW_ERR;
}

/* __import__(name, globals=None, locals=None, fromlist=(), level=0): a relative import (level > 0)
 * resolves against globals' __package__ and gives the resolved module. */
static AwValue bi_import(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    AwValue a[5];
    int64_t level = 0;
    if (args_parse(vm, "__import__", argc, argv, kwnames, names, 1, 5, a) != AW_OK) return AW_ERR;
    if (!value_is_instance(a[0], &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "__import__() argument 1 must be str, not %s", ops_type_name(a[0]));
    if (a[4] != AW_EMPTY && args_int(vm, a[4], &level) != AW_OK) return AW_ERR;
    if (level < 0) return vm_raise(vm, &aw_exc_ValueError, "level must be >= 0");
    if (level == 0 && AW_STR(a[0])->byte_len == 0) return vm_raise(vm, &aw_exc_ValueError, "Empty module name");
    AwValue fromlist = AW_NONE;
    if (a[3] != AW_EMPTY && a[3] != AW_NONE) {
        int nonempty = ops_truthy(vm, a[3]);
        if (nonempty < 0) return AW_ERR;
        if (nonempty) fromlist = a[3];
    }
    /* the level becomes leading dots, as IMPORT_NAME spells it (a package is never 63 deep) */
    char dots[64];
    int ndots = level < 63 ? (int)level : 63;
    memset(dots, '.', (size_t)ndots);
    dots[ndots] = 0;
    AwStr *name = level > 0 ? str_printf(vm, "%s%s", dots, AW_STR(a[0])->data) : AW_STR(a[0]);
    name = name ? str_intern_str(vm, name) : NULL;
    AwDict *globals = value_is_instance(a[1], &aw_type_dict) ? AW_DICT(a[1]) : vm_current_globals(vm);
    return name ? vm_import(vm, name, fromlist, globals) : AW_ERR;
}

/* ---- files and exiting -------------------------------------------------------------------- */

static AwValue bi_open(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return file_open(vm, argc, argv, kwnames);
}

/* exit and quit are Quitter objects as in CPython's site module: calling one raises
 * SystemExit(code); its repr tells how to leave the REPL. */
static AwValue quitter_call(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "code", NULL};
    AwValue a[2];
    if (args_parse(vm, "Quitter.__call__", argc, argv, kwnames, names, 1, 2, a) != AW_OK) return AW_ERR;
    AwValue code = a[1] == AW_EMPTY ? AW_NONE : a[1];
    AwException *e = exception_new(vm, &aw_exc_SystemExit, 1, &code);
    return e ? vm_raise_value(vm, value_from_ptr(e)) : AW_ERR;
}

static AwValue quitter_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwDict *d = object_dict(vm, argv[0]);
    AwStr *key = str_intern_cstr(vm, "name");
    AwValue name = d && key ? dict_get_str(d, key) : AW_EMPTY;
    AwStr *s = str_printf(vm, "Use %s() or Ctrl-D (i.e. EOF) to exit", value_is_str(name) ? AW_STR(name)->data : "exit");
    return s ? value_from_ptr(s) : AW_ERR;
}

static const AwMethodDef quitter_methods[] = {
    {"__call__", quitter_call, AW_METH_DEFAULT},
    {"__repr__", quitter_repr, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

/* A class of CPython's _sitebuiltins module (Quitter, _Printer, _Helper) with native methods. */
static AwType *make_site_class(AwVM *vm, const char *class_name, const AwMethodDef *methods) {
    AwDict *ns = dict_new(vm);
    AwStr *module = str_intern_cstr(vm, "_sitebuiltins"), *name = str_intern_cstr(vm, class_name);
    AwTuple *bases = tuple_from(vm, 1, (AwValue[]){value_from_ptr(&aw_type_object)});
    if (!ns || !module || !name || !bases) return NULL;
    if (dict_set_str(vm, ns, AW_NAME(vm, __module__), value_from_ptr(module)) != AW_OK) return NULL;
    for (const AwMethodDef *m = methods; m->name; m++) {
        AwNative *fn = native_new(vm, m->name, m->fn, m->flags, NULL);
        if (!fn || dict_set_cstr(vm, ns, m->name, value_from_ptr(fn)) != AW_OK) return NULL;
    }
    if (gc_push_root(vm, value_from_ptr(ns)) != AW_OK) return NULL;
    AwValue cls = class_new(vm, &aw_type_type, name, bases, ns);
    gc_pop_roots(vm, 1);
    if (cls == AW_ERR) return NULL;
    AwType *t = (AwType *)value_as_ptr(cls);
    int64_t pos = 0;
    AwValue k, v;
    while (dict_next(t->dict, &pos, &k, &v))
        if (value_is_type(v, &aw_type_native)) AW_NATIVE(v)->owner = t;   /* so they bind to instances */
    return t;
}

static AwStatus add_quitters(AwVM *vm, AwModule *mod) {
    AwType *cls = make_site_class(vm, "Quitter", quitter_methods);
    if (!cls) return AW_ERROR;
    static const char *const names[] = {"exit", "quit"};
    for (int i = 0; i < 2; i++) {
        AwValue q = vm_call(vm, value_from_ptr(cls), 0, NULL, NULL);
        AwDict *d = q == AW_ERR ? NULL : object_dict(vm, q);
        AwStr *key = str_intern_cstr(vm, "name"), *name = str_intern_cstr(vm, names[i]);
        if (!d || !key || !name || dict_set_str(vm, d, key, value_from_ptr(name)) != AW_OK) return AW_ERROR;
        if (module_add_value(vm, mod, names[i], q) != AW_OK) return AW_ERROR;
    }
    return AW_OK;
}

/* copyright, credits and license are _Printer objects as in CPython's site module, whose texts
 * they show (aw has no LICENSE file for license to read, so it shows CPython's fallback line).
 * Every text is under _Printer.MAXLINES lines, so the repr is the text and a call prints it
 * without paging. */
static const struct { const char *name, *text; } printer_texts[] = {
    {"copyright", "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
                  "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
                  "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
                  "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."},
    {"credits", "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
                "    for supporting Python development.  See www.python.org for more information."},
    {"license", "See https://www.python.org/psf/license/"},
};

/* The _Printer's text (its _Printer__data attribute, as CPython's name-mangled one). */
static AwValue printer_text(AwVM *vm, AwValue self) {
    AwDict *d = object_dict(vm, self);
    AwStr *key = str_intern_cstr(vm, "_Printer__data");
    AwValue text = d && key ? dict_get_str(d, key) : AW_EMPTY;
    if (!value_is_str(text)) return vm_raise(vm, &aw_exc_AttributeError, "'_Printer' object has no attribute '_Printer__data'");
    return text;
}

static AwValue printer_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return printer_text(vm, argv[0]);
}

static AwValue printer_call(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "_Printer.__call__", kwnames) != AW_OK || args_count(vm, "_Printer.__call__", argc, 1, 1) != AW_OK)
        return AW_ERR;
    AwValue text = printer_text(vm, argv[0]);
    return text == AW_ERR ? AW_ERR : bi_print(vm, 1, &text, NULL);
}

static const AwMethodDef printer_methods[] = {
    {"__call__", printer_call, AW_METH_DEFAULT},
    {"__repr__", printer_repr, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

/* help is a _Helper: calling it imports pydoc (only then) and calls pydoc.help. */
static AwValue helper_call(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwStr *name = str_intern_cstr(vm, "pydoc"), *attr = str_intern_cstr(vm, "help");
    AwValue pydoc = name && attr ? vm_import(vm, name, AW_NONE, NULL) : AW_ERR;
    AwValue help = pydoc == AW_ERR ? AW_ERR : ops_getattr(vm, pydoc, attr);
    return help == AW_ERR ? AW_ERR : vm_call(vm, help, argc - 1, argv + 1, kwnames);
}

static AwValue helper_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    AwStr *s = str_from_cstr(vm, "Type help() for interactive help, or help(object) for help about object.");
    return s ? str_value(s) : AW_ERR;
}

static const AwMethodDef helper_methods[] = {
    {"__call__", helper_call, AW_METH_DEFAULT},
    {"__repr__", helper_repr, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

static AwStatus add_printers_and_help(AwVM *vm, AwModule *mod) {
    AwType *printer = make_site_class(vm, "_Printer", printer_methods);
    if (!printer) return AW_ERROR;
    for (size_t i = 0; i < sizeof printer_texts / sizeof printer_texts[0]; i++) {
        AwValue p = vm_call(vm, value_from_ptr(printer), 0, NULL, NULL);
        AwDict *d = p == AW_ERR ? NULL : object_dict(vm, p);
        AwStr *key = str_intern_cstr(vm, "_Printer__data"), *text = str_from_cstr(vm, printer_texts[i].text);
        if (!d || !key || !text || dict_set_str(vm, d, key, value_from_ptr(text)) != AW_OK) return AW_ERROR;
        if (module_add_value(vm, mod, printer_texts[i].name, p) != AW_OK) return AW_ERROR;
    }
    AwType *helper = make_site_class(vm, "_Helper", helper_methods);
    AwValue help = helper ? vm_call(vm, value_from_ptr(helper), 0, NULL, NULL) : AW_ERR;
    return help == AW_ERR ? AW_ERROR : module_add_value(vm, mod, "help", help);
}

/* ---- the module --------------------------------------------------------------------------- */

static const AwMethodDef builtin_functions[] = {
    {"print", bi_print, AW_METH_DEFAULT},
    {"input", bi_input, AW_METH_DEFAULT},
    {"len", bi_len, AW_METH_DEFAULT},
    {"iter", bi_iter, AW_METH_DEFAULT},
    {"next", bi_next, AW_METH_DEFAULT},
    {"sorted", bi_sorted, AW_METH_DEFAULT},
    {"aiter", bi_aiter, AW_METH_DEFAULT},
    {"anext", bi_anext, AW_METH_DEFAULT},
    {"all", bi_all, AW_METH_DEFAULT},
    {"any", bi_any, AW_METH_DEFAULT},
    {"min", bi_min, AW_METH_DEFAULT},
    {"max", bi_max, AW_METH_DEFAULT},
    {"sum", bi_sum, AW_METH_DEFAULT},
    {"abs", bi_abs, AW_METH_DEFAULT},
    {"round", bi_round, AW_METH_DEFAULT},
    {"divmod", bi_divmod, AW_METH_DEFAULT},
    {"pow", bi_pow, AW_METH_DEFAULT},
    {"hash", bi_hash, AW_METH_DEFAULT},
    {"id", bi_id, AW_METH_DEFAULT},
    {"chr", bi_chr, AW_METH_DEFAULT},
    {"ord", bi_ord, AW_METH_DEFAULT},
    {"hex", bi_hex, AW_METH_DEFAULT},
    {"oct", bi_oct, AW_METH_DEFAULT},
    {"bin", bi_bin, AW_METH_DEFAULT},
    {"format", bi_format, AW_METH_DEFAULT},
    {"getattr", bi_getattr, AW_METH_DEFAULT},
    {"hasattr", bi_hasattr, AW_METH_DEFAULT},
    {"setattr", bi_setattr, AW_METH_DEFAULT},
    {"delattr", bi_delattr, AW_METH_DEFAULT},
    {"isinstance", bi_isinstance, AW_METH_DEFAULT},
    {"issubclass", bi_issubclass, AW_METH_DEFAULT},
    {"callable", bi_callable, AW_METH_DEFAULT},
    {"repr", bi_repr, AW_METH_DEFAULT},
    {"ascii", bi_ascii, AW_METH_DEFAULT},
    {"globals", bi_globals, AW_METH_DEFAULT},
    {"locals", bi_locals, AW_METH_DEFAULT},
    {"dir", bi_dir, AW_METH_DEFAULT},
    {"vars", bi_vars, AW_METH_DEFAULT},
    {"eval", bi_eval, AW_METH_DEFAULT},
    {"exec", bi_exec, AW_METH_DEFAULT},
    {"compile", bi_compile, AW_METH_DEFAULT},
    {"open", bi_open, AW_METH_DEFAULT},
    {"__build_class__", bi_build_class, AW_METH_DEFAULT},
    {"__import__", bi_import, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

/* The built-in types under their Python names. */
static AwStatus add_types(AwVM *vm, AwModule *mod) {
    static AwType *const types[] = {
        &aw_type_object, &aw_type_type, &aw_type_int, &aw_type_bool, &aw_type_float, &aw_type_complex, &aw_type_str,
        &aw_type_bytes, &aw_type_bytearray, &aw_type_memoryview, &aw_type_list, &aw_type_tuple, &aw_type_dict, &aw_type_set, &aw_type_frozenset,
        &aw_type_range, &aw_type_slice, &aw_type_enumerate, &aw_type_zip, &aw_type_map, &aw_type_filter,
        &aw_type_reversed, &aw_type_staticmethod, &aw_type_classmethod, &aw_type_property, &aw_type_super,
        NULL,
    };
    for (int i = 0; types[i]; i++)
        if (module_add_type(vm, mod, types[i]) != AW_OK) return AW_ERROR;
    return AW_OK;
}

/* Every exception type except CancelledError (asyncio's), plus the OSError aliases. */
static AwStatus add_exceptions(AwVM *vm, AwModule *mod) {
#define AW_ADD_EXC(name_, base_) \
    if (&aw_exc_##name_ != &aw_exc_CancelledError && module_add_type(vm, mod, &aw_exc_##name_) != AW_OK) \
        return AW_ERROR;
    AW_EXCEPTIONS(AW_ADD_EXC)
#undef AW_ADD_EXC
    if (module_add_value(vm, mod, "IOError", value_from_ptr(&aw_exc_OSError)) != AW_OK) return AW_ERROR;
    return module_add_value(vm, mod, "EnvironmentError", value_from_ptr(&aw_exc_OSError));
}

static AwStatus add_constants(AwVM *vm, AwModule *mod) {
    static const struct { const char *name; AwValue value; } constants[] = {
        {"None", AW_NONE}, {"True", AW_TRUE}, {"False", AW_FALSE}, {"Ellipsis", AW_ELLIPSIS},
        {"NotImplemented", AW_NOTIMPL}, {"__debug__", AW_TRUE},
    };
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        if (module_add_value(vm, mod, constants[i].name, constants[i].value) != AW_OK) return AW_ERROR;
    return AW_OK;
}

AwModule *builtins_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "builtins");
    if (!mod) return NULL;
    if (module_add_functions(vm, mod, builtin_functions) != AW_OK || add_types(vm, mod) != AW_OK
        || add_exceptions(vm, mod) != AW_OK || add_constants(vm, mod) != AW_OK || add_quitters(vm, mod) != AW_OK
        || add_printers_and_help(vm, mod) != AW_OK)
        return NULL;
    return mod;
}
