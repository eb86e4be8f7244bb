/* vm_exec.c — the dispatch loop: runs the top frame of a fiber until the entry frame returns,
 * the fiber yields, or an exception escapes the entry frame.
 *
 * Registers: `ip` (next instruction), `sp` (stack top), `slots` (locals), `frame`, `code`.
 * Before anything that can run aw code (or allocate frames) the loop SAVEs ip/sp into the
 * frame/fiber and RELOADs afterwards, because nested calls may grow (move) the fiber's stacks.
 * aw-to-aw calls push a frame and continue in the same loop: no C recursion.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "interp/class.h"
#include "interp/code.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/fiber.h"
#include "interp/float.h"
#include "interp/function.h"
#include "interp/future.h"
#include "interp/generator.h"
#include "interp/int.h"
#include "interp/iter.h"
#include "interp/list.h"
#include "interp/weakref.h"
#include "interp/match.h"
#include "interp/member.h"
#include "interp/module.h"
#include "interp/opcodes.h"
#include "interp/port.h"
#include "interp/ops.h"
#include "interp/range.h"
#include "interp/set.h"
#include "interp/slice.h"
#include "interp/str.h"
#include "interp/buf.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "interp/vm_exec.h"

AwStatus vm_bind_args(AwVM *vm, AwFunction *f, AwValue *slots, int argc, const AwValue *argv, AwTuple *kwnames);
AwStatus vm_setup_cells(AwVM *vm, AwFunction *f, AwValue *slots);
AwValue class_bind(AwVM *vm, AwValue attr, AwValue obj, AwType *owner);
AwValue vm_import(AwVM *vm, AwStr *name, AwValue fromlist, AwDict *globals);
AwValue vm_import_from(AwVM *vm, AwValue module, AwStr *name);
AwStatus vm_import_star(AwVM *vm, AwValue module, AwDict *ns);
AwStatus vm_print_expr(AwVM *vm, AwValue v);

/* ---- inline caches ----
 * One entry per instruction of a code object, allocated on first use. An entry remembers what a
 * lookup found and the version stamps that make it still true:
 *   LOAD_GLOBAL: the globals dict, its version (and the builtins version) and the entry index;
 *   LOAD_ATTR/STORE_ATTR/LOAD_METHOD on instances: the type and type_epoch (no class in
 *   the MRO changed), what the class lookup found, and an index hint into the instance dict —
 *   instances built by the same __init__ keep their attributes at the same index, so the hint
 *   is a hidden-class check for free.
 * Quickening: once a generic instruction has filled its cache (or seen its operand types) it
 * rewrites itself into a specialised form (opcodes.h) whose guard is the cache check alone; a
 * failed guard rewrites it back (DEOPT) and runs the generic code, which may specialise again.
 * A site that keeps meeting other classes (deopts reaching DEOPT_LIMIT) stays generic. */
typedef enum { CACHE_EMPTY, CACHE_GLOBAL, CACHE_BUILTIN, CACHE_INSTANCE, CACHE_METHOD, CACHE_MODULE } AwCacheKind;

typedef struct {
    const void *key;     /* globals dict, type, or module dict */
    uint32_t stamp;      /* dict version or type epoch */
    uint32_t stamp2;     /* builtins version (CACHE_BUILTIN), bit of the name (CACHE_METHOD), dict offset (CACHE_INSTANCE) */
    int16_t kind;        /* AwCacheKind */
    uint16_t deopts;     /* times a specialised form met another class here (kept across fills) */
    int32_t index;       /* dict entry index (hint for instances) */
    AwValue value;       /* the method (CACHE_METHOD), the name (CACHE_INSTANCE) */
} AwCache;

/* A site whose specialised form met other classes this many times stays generic: it is
 * polymorphic, and rewriting it back and forth would cost more than the generic cached path. */
#define DEOPT_LIMIT 16

void vm_free_caches(AwVM *vm, AwCode *code) {
    if (code->caches) gc_free(vm, code->caches, sizeof(AwCache) * (size_t)code->ncode);
    code->caches = NULL;
}

static AwCache *cache_table(AwVM *vm, AwCode *code) {
    if (!code->caches) {
        AwCache *c = gc_alloc(vm, sizeof(AwCache) * (size_t)code->ncode);
        if (!c) { vm_exc_clear(vm); return NULL; }
        memset(c, 0, sizeof(AwCache) * (size_t)code->ncode);
        code->caches = c;
    }
    return code->caches;
}

static AwValue name_error(AwVM *vm, AwStr *name);
static AwValue load_global(AwVM *vm, AwDict *globals, AwStr *name);

/* Entry index of str key `name` in d, or -1. */
static int32_t entry_index(AwDict *d, AwStr *name) {
    int64_t ix = dict_find_str(d, name);
    return ix <= INT32_MAX ? (int32_t)ix : -1;
}

/* The builtins a module's code sees: its globals' __builtins__ (a module or a dict, as
 * exec/eval callers may pass), normally the builtins module. */
static AwDict *builtins_of(AwVM *vm, AwDict *globals) {
    if (globals == vm->main_module->dict) return vm->builtins->dict;   /* the hot case: no lookup */
    AwValue b = dict_get_str(globals, AW_NAME(vm, __builtins__));
    if (b == AW_EMPTY || b == value_from_ptr(vm->builtins)) return vm->builtins->dict;
    if (value_is_type(b, &aw_type_module)) return AW_MODULE(b)->dict;
    if (value_is_instance(b, &aw_type_dict)) return AW_DICT(b);
    return vm->builtins->dict;
}

static AwValue cached_global(AwVM *vm, AwCache *c, AwDict *globals, AwStr *name) {
    AwDict *builtins = vm->builtins->dict;
    if (c->key == globals && c->stamp == globals->version) {
        if (c->kind == CACHE_GLOBAL) return globals->entries[c->index].value;
        if (c->kind == CACHE_BUILTIN && c->stamp2 == builtins->version) return builtins->entries[c->index].value;
    }
    int32_t ix = entry_index(globals, name);
    AwValue v = ix >= 0 ? globals->entries[ix].value : dict_get_str(globals, name);
    if (v != AW_EMPTY) {
        if (ix >= 0) *c = (AwCache){globals, globals->version, 0, CACHE_GLOBAL, c->deopts, ix, AW_NONE};
        return v;
    }
    if (builtins_of(vm, globals) != builtins) return load_global(vm, globals, name);   /* not cached */
    ix = entry_index(builtins, name);
    v = ix >= 0 ? builtins->entries[ix].value : dict_get_str(builtins, name);
    if (v == AW_EMPTY) return name_error(vm, name);
    if (ix >= 0) *c = (AwCache){globals, globals->version, builtins->version, CACHE_BUILTIN, c->deopts, ix, AW_NONE};
    return v;
}

/* The instance dict of obj if its type keeps one, else NULL (not created). */
static inline AwDict *instance_dict(AwType *t, AwValue obj) {
    return t->dict_offset ? *(AwDict **)((char *)value_as_ptr(obj) + t->dict_offset) : NULL;
}

/* The guards of the specialised instance forms: obj is an instance of the cached class (no
 * class changed since) whose dict holds `name` at the cached entry. That entry, or NULL. */
static inline AwDictEntry *cached_instance_entry(const AwCache *c, AwValue obj) {
    if (!value_is_ptr(obj) || value_as_ptr(obj)->type != c->key || c->stamp != type_epoch) return NULL;
    AwDict *d = *(AwDict **)((char *)value_as_ptr(obj) + c->stamp2);
    if (!d || c->index >= d->nentries || d->entries[c->index].key != c->value) return NULL;
    return &d->entries[c->index];
}

/* The method a LOAD_METHOD_INSTANCE cache gives for obj, or AW_EMPTY if its guard fails. */
static inline AwValue cached_method(const AwCache *c, AwValue obj) {
    if (!value_is_ptr(obj)) return AW_EMPTY;
    AwType *t = value_as_ptr(obj)->type;
    if (t != c->key || c->stamp != type_epoch) return AW_EMPTY;
    AwDict *d = instance_dict(t, obj);
    if (d && d->used && ((t->instance_names >> c->stamp2) & 1)) return AW_EMPTY;
    return c->value;
}

/* True if the instance dict d (of an instance of t, NULL if none) has no entry `name`: the
 * class's filter of stored names (class.h) answers most of the time without a lookup. */
static bool no_instance_attr(AwType *t, AwDict *d, AwStr *name) {
    if (!d || d->used == 0) return true;
    if (!((t->instance_names >> class_name_bit(name)) & 1) && class_tracks_instance_names(t)) return true;
    return dict_get_str(d, name) == AW_EMPTY;
}

/* True if `attr` found on the class lets an instance dict entry win (not a data descriptor). */
static bool plain_class_attr(AwVM *vm, AwValue attr) {
    if (attr == AW_EMPTY || !value_is_ptr(attr)) return true;
    AwType *at = value_as_ptr(attr)->type;
    if (at == &aw_type_property || at == &aw_type_member || strcmp(at->name ? at->name : "", "getset_descriptor") == 0) return false;
    if (at->flags & AW_TYPE_HEAP)
        return type_lookup(at, AW_NAME(vm, __set__)) == AW_EMPTY && type_lookup(at, AW_NAME(vm, __delete__)) == AW_EMPTY;
    return true;
}

/* Instances whose attribute lookup is the generic one can use the caches. */
static inline bool generic_attrs(AwType *t) {
    return (t->getattr == NULL || t->getattr == object_generic_getattr) && t->dict_offset;
}

/* ---- calls ---- */

/* The common call: an aw function with only positional parameters, called with exactly that
 * many arguments, and room on the stacks. Pushes the frame and returns it; NULL: the caller
 * takes the general path. */
static inline AwFrame *fast_call(AwVM *vm, AwFiber *fiber, AwValue *base, AwFunction *f, int argc, int32_t kinds) {
    AwCode *co = f->code;
    if (kinds == 0 ? argc != co->fast_argc
                   : (co->flags & (AW_CODE_VARARGS | AW_CODE_VARKW | AW_CODE_GENERATOR | AW_CODE_COROUTINE | AW_CODE_ASYNC_GENERATOR)) != kinds ||
                     argc != co->argcount || co->kwonlyargcount || co->ncells || co->nfree)
        return NULL;
    if (vm->depth >= vm->recursion_limit || base + 1 + co->nlocals + co->stacksize + 2 > fiber->stack + fiber->stack_cap ||
        fiber->nframes >= fiber->frames_cap)
        return NULL;
    AwValue *slots = base + 1;
    for (int i = argc; i < co->nlocals; i++) slots[i] = AW_EMPTY;
    AwFrame *nf = &fiber->frames[fiber->nframes++];
    fiber_frame_init(nf, co, slots, fiber->nblocks);
    nf->func = f;
    nf->globals = f->globals;
    fiber->sp = slots + co->nlocals;
    vm->depth++;
    return nf;
}

/* `for x in range(...)`: a CALL of the range type right before GET_ITER, with small int
 * arguments, makes the range iterator directly (no range object, no generic call); what
 * iter(range(...)) gives for such bounds. AW_EMPTY when that does not apply. */
static AwValue range_call_iter(AwVM *vm, const AwValue *args, int argc) {
    int64_t bounds[3] = {0, 0, 1};
    if (argc < 1 || argc > 3) return AW_EMPTY;
    for (int i = 0; i < argc; i++)
        if (!value_is_int(args[i])) return AW_EMPTY;
    if (argc == 1) {
        bounds[1] = value_as_small(args[0]);
    } else {
        for (int i = 0; i < argc; i++) bounds[i] = value_as_small(args[i]);
    }
    if (bounds[2] == 0) return AW_EMPTY; /* the generic path raises the ValueError */
    return range_iter_new(vm, bounds[0], bounds[1], bounds[2]);
}

static bool is_iterable(AwValue v) { return type_of(v)->iter || type_of(v)->getitem; }

/* ---- helpers for individual opcodes ---- */

/* NameError with .name set, which tracebacks use for "Did you mean" suggestions. */
static AwValue name_error(AwVM *vm, AwStr *name) {
    vm_raise(vm, &aw_exc_NameError, "name '%s' is not defined", name->data);
    AwDict *d = object_dict(vm, vm->exc);
    if (d && dict_set_str(vm, d, str_intern_cstr(vm, "name"), str_value(name))) return AW_ERR;
    return AW_ERR;
}

static AwValue load_global(AwVM *vm, AwDict *globals, AwStr *name) {
    AwValue v = dict_get_str(globals, name);
    if (v != AW_EMPTY) return v;
    v = dict_get_str(builtins_of(vm, globals), name);
    return v != AW_EMPTY ? v : name_error(vm, name);
}

/* len(v) for the exact built-in sized types, without a call; -1 for anything else (and for
 * lengths beyond a small int, which no real container reaches). */
static inline int64_t len_fast(AwValue v) {
    if (!value_is_ptr(v)) return -1;
    AwType *t = value_as_ptr(v)->type;
    int64_t n;
    if (t == &aw_type_str) n = AW_STR(v)->char_len;
    else if (t == &aw_type_list) n = AW_LIST(v)->len;
    else if (t == &aw_type_tuple) n = AW_TUPLE(v)->len;
    else if (t == &aw_type_dict) n = AW_DICT(v)->used;
    else return -1;
    return value_fits_small(n) ? n : -1;
}

/* BUILD_STRING: the items are strs, or small ints left by FORMAT_VALUE with AW_FMT_PART. One
 * allocation of the exact size; the code point count comes from the parts, so the result is
 * never rescanned. The digits of the first few ints are formatted once, into digits[]. */
#define BUILD_STRING_INTS 8
static AwValue build_string(AwVM *vm, AwValue *items, int n) {
    int64_t total = 0, chars = 0;
    char digits[BUILD_STRING_INTS][24];
    char *first[BUILD_STRING_INTS];
    int ints = 0;
    for (int i = 0; i < n; i++) {
        if (value_is_int(items[i])) {
            char spare[24], *end = ints < BUILD_STRING_INTS ? digits[ints] + 24 : spare + sizeof spare;
            char *d = int_small_digits(value_as_small(items[i]), end);
            if (ints < BUILD_STRING_INTS) first[ints] = d;
            ints++;
            total += end - d;
            chars += end - d;
        } else {
            AwStr *part = AW_STR(items[i]);
            total += part->byte_len;
            chars += part->char_len;
        }
    }
    if (total <= 1) {
        for (int i = 0; i < n; i++) {
            if (value_is_int(items[i])) return str_value_or_err(int_small_str(vm, value_as_small(items[i])));
            if (AW_STR(items[i])->byte_len) return items[i];
        }
        return str_value(str_intern_cstr(vm, ""));
    }
    AwStr *s = str_alloc(vm, total);
    if (!s) return AW_ERR;
    char *p = s->data;
    ints = 0;
    for (int i = 0; i < n; i++) {
        const char *from;
        size_t len;
        char spare[24];
        if (value_is_int(items[i])) {
            char *end = ints < BUILD_STRING_INTS ? digits[ints] + 24 : spare + sizeof spare;
            from = ints < BUILD_STRING_INTS ? first[ints] : int_small_digits(value_as_small(items[i]), end);
            len = (size_t)(end - from);
            ints++;
        } else {
            from = AW_STR(items[i])->data;
            len = (size_t)AW_STR(items[i])->byte_len;
        }
        memcpy(p, from, len);
        p += len;
    }
    s->char_len = chars;
    return str_value(s);
}

static AwValue format_value(AwVM *vm, AwValue v, int flags, AwValue spec) {
    int conv = flags & 3;
    if (conv == AW_FMT_STR) v = ops_str(vm, v);
    else if (conv == AW_FMT_REPR) v = ops_repr(vm, v);
    else if (conv == AW_FMT_ASCII) v = ops_ascii(vm, v);
    if (v == AW_ERR) return AW_ERR;
    if (spec == AW_EMPTY) {
        if (value_is_str(v)) return v;
        spec = str_value(str_intern_cstr(vm, ""));
    }
    return ops_format(vm, v, spec);
}

static AwValue make_function(AwVM *vm, AwFrame *frame, AwValue *sp, int flags, int *consumed) {
    int n = 1;
    AwCode *code = AW_CODE(sp[-1]);
    AwFunction *f = function_new(vm, code, frame->globals);
    if (!f) return AW_ERR;
    if (flags & AW_MKFN_CLOSURE) f->closure = AW_TUPLE(sp[-1 - n++]);
    if (flags & AW_MKFN_ANNOTATIONS) f->annotations = AW_DICT(sp[-1 - n++]);
    if (flags & AW_MKFN_KWDEFAULTS) f->kwdefaults = AW_DICT(sp[-1 - n++]);
    if (flags & AW_MKFN_DEFAULTS) f->defaults = AW_TUPLE(sp[-1 - n++]);
    *consumed = n;
    return value_from_ptr(f);
}

static bool suspendable(AwFiber *fiber) {
    if (fiber->owner == AW_NONE) return false;
    for (int32_t i = fiber->nframes - 1; i > 0; i--)
        if (fiber->frames[i].is_entry) return false;
    return true;
}

static AwValue vm_handled_exception_of(AwFiber *f) {
    for (; f; f = f->caller)
        if (f->handled_exc != AW_NONE) return f->handled_exc;
    return AW_NONE;
}

/* ---- the loop ---- */

#if defined(__GNUC__) || defined(__clang__)
#define AW_COMPUTED_GOTO 1
#endif

AwValue vm_run_frame(AwVM *vm, AwFiber *fiber, AwValue throw_exc) {
    AwFrame *frame;
    AwCode *code;
    const uint32_t *ip;
    AwValue *sp, *slots, *consts, *names;
    uint32_t w;
    AwValue tmp;
    bool reraise = false;
    AwValue delegate_sent = AW_EMPTY, delegate_throw = AW_EMPTY;

#define RELOAD() (frame = &fiber->frames[fiber->nframes - 1], code = frame->code, ip = frame->ip, \
        sp = fiber->sp, slots = frame->slots, consts = code->consts->items, names = code->names->items)
#define SAVE() (frame->ip = ip, fiber->sp = sp)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define ARG INSTR_ARG(w)
#define NAME(i) AW_STR(names[i])
#define CALLOUT(expr) (SAVE(), tmp = (expr), RELOAD(), tmp)
#define CHECK(v) do { if ((v) == AW_ERR) goto error; } while (0)
/* The call fast path: an aw function with a plain positional signature gets its frame pushed
 * here. `await f(x)` of such a coroutine function runs f's frame the same way, as a call whose
 * return skips the AWAIT: no coroutine object is made (DESIGN.md §5). */
#define TRY_FAST_CALL(base, argc) do { \
        if (value_is_ptr((base)[0]) && value_as_ptr((base)[0])->type == &aw_type_function) { \
            bool awaited_ = INSTR_OP(*ip) == OP_AWAIT; \
            frame->ip = ip + awaited_; \
            AwFrame *nf_ = fast_call(vm, fiber, (base), AW_FUNCTION((base)[0]), (argc), awaited_ ? AW_CODE_COROUTINE : 0); \
            if (nf_) { \
                frame = nf_, code = nf_->code, ip = code->code, sp = fiber->sp, slots = nf_->slots; \
                consts = code->consts->items, names = code->names->items; \
                SAFEPOINT(); \
                DISPATCH(); \
            } \
        } \
    } while (0)
/* Appends item to the list lst for a call of list.append, leaving None in place of the call. */
#define FAST_APPEND(lst, item, base) do { \
        SAVE(); \
        if (list_append(vm, AW_LIST(lst), (item))) goto error; \
        sp = (base); \
        PUSH(AW_NONE); \
        DISPATCH(); \
    } while (0)
/* Calls native n with the nargs values of args (on the C stack) and leaves its result in place
 * of the call's callee and arguments at base. */
#define CALL_NATIVE_ON_C_STACK(n, args, nargs, base) do { \
        ptrdiff_t off_ = (base) - fiber->stack; \
        SAVE(); \
        vm->native_depth++; \
        AwValue r_ = (n)->fn(vm, (nargs), (args), NULL); \
        vm->native_depth--; \
        RELOAD(); \
        CHECK(r_); \
        sp = fiber->stack + off_; \
        PUSH(r_); \
        DISPATCH(); \
    } while (0)
/* The native fast path: a built-in function, a method of a built-in type called on an instance
 * of exactly that type (what LOAD_METHOD leaves for s.upper()), or a built-in method bound to
 * its object (append = xs.append; append(x)), is called here with positional arguments only,
 * skipping vm_call's dispatch and self check (vm.c). The arguments are copied to the C stack
 * first: a native that calls back into aw code may move the stack. */
#define TRY_NATIVE_CALL(base, argc) do { \
        if (value_is_ptr((base)[0]) && value_as_ptr((base)[0])->type == &aw_type_native && (argc) <= ARGS_ON_C_STACK) { \
            AwNative *n_ = AW_NATIVE((base)[0]); \
            AwValue args_[ARGS_ON_C_STACK]; \
            if (n_->self == AW_EMPTY) { \
                if (n_->fn == list_m_append && (argc) == 2 && value_is_type((base)[1], &aw_type_list)) \
                    FAST_APPEND((base)[1], (base)[2], base); \
                if (!n_->owner || ((argc) >= 1 && type_of((base)[1]) == n_->owner && \
                                   !(n_->flags & (AW_METH_STATIC | AW_METH_CLASS)))) { \
                    for (int i_ = 0; i_ < (argc); i_++) args_[i_] = (base)[1 + i_]; \
                    CALL_NATIVE_ON_C_STACK(n_, args_, (argc), base); \
                } \
            } else if ((argc) + 1 <= ARGS_ON_C_STACK) { \
                if (n_->fn == list_m_append && (argc) == 1 && value_is_type(n_->self, &aw_type_list)) \
                    FAST_APPEND(n_->self, (base)[1], base); \
                args_[0] = n_->self; \
                for (int i_ = 0; i_ < (argc); i_++) args_[1 + i_] = (base)[1 + i_]; \
                CALL_NATIVE_ON_C_STACK(n_, args_, (argc) + 1, base); \
            } \
        } \
    } while (0)
/* The program dropped a reference to v (del, rebinding, a frame's end): collect at once when v is
 * an instance whose class defines __del__, so that it runs where CPython's would (gc.h). */
#define DROPPED(v) do { \
        if (AW_UNLIKELY(gc_dropped(&vm->gc, (v)))) { SAVE(); gc_collect_dropped(vm); RELOAD(); } \
    } while (0)
/* The value a store into namespace dict d is about to replace (only looked up while instances
 * of __del__ classes exist). */
#define OLD_NAME_VALUE(d, name) (AW_UNLIKELY(vm->gc.del_live) ? dict_get_str((d), (name)) : AW_EMPTY)
/* Every backward jump is a safe point: loops written with the test at the bottom too. */
#define JUMP_TO(target) do { \
        const uint32_t *to_ = code->code + (target); \
        bool back_ = to_ <= ip; \
        ip = to_; \
        if (back_) SAFEPOINT(); \
    } while (0)
/* x <op> y for small ints without a jump table: each AwCmpOp is the set of outcomes (1 less,
 * 2 equal, 4 greater) it accepts, so a data-dependent op costs no indirect branch. */
#define INT_COMPARE(x, y, op) \
    ((((x) < (y) ? 1 : (x) == (y) ? 2 : 4) & ((0x645231 >> (4 * (int)(op))) & 0xF)) != 0)
/* The bool result of a test that popped `npop` operands: pushed, or, when a POP_JUMP_IF_FALSE
 * or POP_JUMP_IF_TRUE follows (nearly always), that jump is taken at once without the bool. */
#define BOOL_RESULT(r, npop) do { \
        uint32_t next_ = *ip; \
        if (INSTR_OP(next_) == OP_POP_JUMP_IF_FALSE || INSTR_OP(next_) == OP_POP_JUMP_IF_TRUE) { \
            sp -= (npop); \
            ip++; \
            if ((r) == (INSTR_OP(next_) == OP_POP_JUMP_IF_TRUE)) JUMP_TO(INSTR_ARG(next_)); \
            DISPATCH(); \
        } \
        sp -= (npop) - 1; \
        sp[-1] = value_from_bool(r); \
        DISPATCH(); \
    } while (0)
#define SAFEPOINT() do { \
        if (vm->gc.pending) { SAVE(); gc_collect(vm); if (gc_has_pending(&vm->gc)) { gc_run_pending(vm); RELOAD(); } } \
        if (vm->gil.drop_request) { SAVE(); gil_yield(vm); } \
        if (vm->interrupt_pending) { SAVE(); if (vm_check_interrupt(vm)) goto error; RELOAD(); } \
    } while (0)

/* Quickening (opcodes.h): the inline cache entry of the running instruction (the table
 * exists once an instruction is specialised), rewriting it in place, and the way back. */
#define CACHE() (&((AwCache *)code->caches)[ip - code->code - 1])
#define SPECIALIZE(name) (((uint32_t *)ip)[-1] = INSTR_MAKE(OP_##name, ARG))
#define DEOPT(name) do { SPECIALIZE(name); goto L_##name; } while (0)

#ifdef AW_COMPUTED_GOTO
    static void *const labels[OP__COUNT] = {
#define AW_OP_LABEL(name, doc) &&L_##name,
        AW_OPCODES(AW_OP_LABEL)
#undef AW_OP_LABEL
#define AW_SPEC_LABEL(name, generic, doc) &&L_##name,
        AW_SPECIALIZED_OPCODES(AW_SPEC_LABEL)
#undef AW_SPEC_LABEL
    };
#define CASE(name) L_##name:
#define DISPATCH() do { w = *ip++; goto *labels[INSTR_OP(w)]; } while (0)
#else
#define CASE(name) case OP_##name: L_##name:
#define DISPATCH() goto dispatch
#endif

    RELOAD();
    fiber->state = AW_FIBER_RUNNING;
    if (throw_exc != AW_EMPTY) {
        if (frame->in_yield_from) { delegate_throw = throw_exc; goto resume_delegate; }
        vm->exc = throw_exc;
        ip++; /* the traceback points at the suspended instruction */
        goto error;
    }
    if (frame->in_yield_from) { delegate_sent = POP(); goto resume_delegate; }

#ifdef AW_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    w = *ip++;
    switch (INSTR_OP(w)) {
#endif

    CASE(NOP) DISPATCH();
    CASE(POP_TOP) {
        AwValue v = POP();
        if (value_is_ptr(v)) {
            AwType *t = value_as_ptr(v)->type;
            if (t == &aw_type_coroutine) generator_warn_unawaited(vm, AW_GEN(v));
            else if (t == &aw_type_sleep) sleep_warn_unawaited(vm, v);
            else if (t == &aw_type_task) task_note_dropped(AW_TASK(v));
            /* e.g. a for loop's iterator left by break: a generator suspended in try/with */
            else DROPPED(v);
        }
        DISPATCH();
    }
    CASE(DUP_TOP) { AwValue v = TOP(); PUSH(v); DISPATCH(); }
    CASE(DUP_TOP_TWO) { AwValue a = sp[-2], b = sp[-1]; PUSH(a); PUSH(b); DISPATCH(); }
    CASE(ROT_TWO) { AwValue v = sp[-1]; sp[-1] = sp[-2]; sp[-2] = v; DISPATCH(); }
    CASE(ROT_THREE) { AwValue v = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = v; DISPATCH(); }
    CASE(ROT_FOUR) { AwValue v = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = sp[-4]; sp[-4] = v; DISPATCH(); }
    CASE(LOAD_CONST) PUSH(consts[ARG]); DISPATCH();
    CASE(LOAD_SMALL_INT) PUSH(value_from_small((int64_t)ARG - SMALL_INT_BIAS)); DISPATCH();
    CASE(LOAD_FAST) {
        AwValue v = slots[ARG];
        if (v == AW_EMPTY) { vm_instr_unbound_local(vm, code, ARG); goto error; }
        if (v == frame->accum) frame->accum_loads++;
        PUSH(v);
        DISPATCH();
    }
    CASE(STORE_FAST) slots[ARG] = POP(); DISPATCH();
    /* Pairs (opcodes.h): the second instruction is at ip; its cache entry is caches[ip - code]. */
#define LOAD_FAST_CHECKED(v, slot) do { \
        (v) = slots[slot]; \
        if ((v) == AW_EMPTY) { vm_instr_unbound_local(vm, code, (slot)); goto error; } \
        if ((v) == frame->accum) frame->accum_loads++; \
    } while (0)
#define NEXT_CACHE() (&((AwCache *)code->caches)[ip - code->code])
    CASE(LOAD_FAST__LOAD_FAST) {
        AwValue v;
        LOAD_FAST_CHECKED(v, ARG);
        PUSH(v);
        uint32_t slot = INSTR_ARG(*ip++);
        LOAD_FAST_CHECKED(v, slot);
        PUSH(v);
        DISPATCH();
    }
    CASE(STORE_FAST__LOAD_FAST) {
        slots[ARG] = POP();
        AwValue v;
        uint32_t slot = INSTR_ARG(*ip++);
        LOAD_FAST_CHECKED(v, slot);
        PUSH(v);
        DISPATCH();
    }
    CASE(LOAD_FAST__LOAD_ATTR) {
        AwValue v;
        LOAD_FAST_CHECKED(v, ARG);
        if (INSTR_OP(*ip) == OP_LOAD_ATTR_INSTANCE) {
            AwDictEntry *e = cached_instance_entry(NEXT_CACHE(), v);
            if (e) { PUSH(e->value); ip++; DISPATCH(); }
        }
        PUSH(v);
        DISPATCH();
    }
    CASE(LOAD_FAST__STORE_ATTR) {
        AwValue v;
        LOAD_FAST_CHECKED(v, ARG);
        if (INSTR_OP(*ip) == OP_STORE_ATTR_INSTANCE) {
            AwDictEntry *e = cached_instance_entry(NEXT_CACHE(), v);
            if (e) { e->value = sp[-1]; sp--; ip++; DISPATCH(); }
        }
        PUSH(v);
        DISPATCH();
    }
    CASE(LOAD_FAST__LOAD_METHOD) {
        AwValue v;
        LOAD_FAST_CHECKED(v, ARG);
        if (INSTR_OP(*ip) == OP_LOAD_METHOD_INSTANCE) {
            AwValue m = cached_method(NEXT_CACHE(), v);
            if (m != AW_EMPTY) { PUSH(m); PUSH(v); ip++; DISPATCH(); }
        }
        PUSH(v);
        DISPATCH();
    }
    CASE(DUP_TOP__LOAD_ATTR) {
        AwValue v = TOP();
        if (INSTR_OP(*ip) == OP_LOAD_ATTR_INSTANCE) {
            AwDictEntry *e = cached_instance_entry(NEXT_CACHE(), v);
            if (e) { PUSH(e->value); ip++; DISPATCH(); }
        }
        PUSH(v);
        DISPATCH();
    }
    CASE(ROT_TWO__STORE_ATTR) {
        /* (obj v -- ): ROT_TWO then STORE_ATTR stores v into obj */
        if (INSTR_OP(*ip) == OP_STORE_ATTR_INSTANCE) {
            AwDictEntry *e = cached_instance_entry(NEXT_CACHE(), sp[-2]);
            if (e) { e->value = sp[-1]; sp -= 2; ip++; DISPATCH(); }
        }
        AwValue v = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = v;
        DISPATCH();
    }
    CASE(LOAD_SMALL_INT__BINARY_OP) {
        AwValue a = TOP();
        int64_t k = (int64_t)ARG - SMALL_INT_BIAS;
        if (value_is_int(a)) {
            int64_t x = value_as_small(a), r;
            switch (INSTR_OP(*ip)) {
            case OP_BINARY_ADD_INT: r = x + k; break;
            case OP_BINARY_SUB_INT: r = x - k; break;
            case OP_BINARY_MUL_INT: if (x > -0x1000000 && x < 0x1000000) { r = x * k; break; } goto push_small_int;
            case OP_BINARY_MOD_INT: if (k > 0) { r = x % k; if (r < 0) r += k; break; } goto push_small_int;
            default: goto push_small_int;
            }
            if (value_fits_small(r)) { sp[-1] = value_from_small(r); ip++; DISPATCH(); }
        }
    push_small_int:
        PUSH(value_from_small(k));
        DISPATCH();
    }
    CASE(LOAD_SMALL_INT__COMPARE_OP) {
        AwValue a = TOP();
        int64_t k = (int64_t)ARG - SMALL_INT_BIAS;
        uint32_t next = *ip;
        if (value_is_int(a) && INSTR_OP(next) == OP_COMPARE_INT) {
            int64_t x = value_as_small(a);
            bool r = INT_COMPARE(x, k, INSTR_ARG(next));
            ip++;
            BOOL_RESULT(r, 1);
        }
        PUSH(value_from_small(k));
        DISPATCH();
    }
#undef LOAD_FAST_CHECKED
#undef NEXT_CACHE
    CASE(DELETE_FAST) {
        AwValue old = slots[ARG];
        if (old == AW_EMPTY) { vm_instr_unbound_local(vm, code, ARG); goto error; }
        slots[ARG] = AW_EMPTY;
        DROPPED(old);
        DISPATCH();
    }
    CASE(LOAD_DEREF) {
        AwValue v = AW_CELL(slots[ARG])->value;
        if (v == AW_EMPTY) { vm_instr_unbound_deref(vm, code, ARG); goto error; }
        PUSH(v);
        DISPATCH();
    }
    CASE(STORE_DEREF) AW_CELL(slots[ARG])->value = POP(); DISPATCH();
    CASE(DELETE_DEREF) {
        AwValue old = AW_CELL(slots[ARG])->value;
        if (old == AW_EMPTY) { vm_instr_unbound_deref(vm, code, ARG); goto error; }
        AW_CELL(slots[ARG])->value = AW_EMPTY;
        DROPPED(old);
        DISPATCH();
    }
    CASE(LOAD_CLOSURE) PUSH(slots[ARG]); DISPATCH();
    CASE(LOAD_CLASSDEREF) {
        AwValue v = frame->locals ? dict_get_str(frame->locals, AW_STR(code->varnames->items[ARG])) : AW_EMPTY;
        if (v == AW_EMPTY) v = AW_CELL(slots[ARG])->value;
        if (v == AW_EMPTY) { vm_instr_unbound_deref(vm, code, ARG); goto error; }
        PUSH(v);
        DISPATCH();
    }
    CASE(LOAD_GLOBAL) {
        AwCache *caches = code->caches ? code->caches : cache_table(vm, code);
        AwValue v = caches ? cached_global(vm, &caches[ip - code->code - 1], frame->globals, NAME(ARG))
                           : load_global(vm, frame->globals, NAME(ARG));
        CHECK(v);
        if (caches && CACHE()->key == frame->globals && CACHE()->kind != CACHE_EMPTY) SPECIALIZE(LOAD_GLOBAL_CACHED);
        PUSH(v);
        DISPATCH();
    }
    CASE(LOAD_GLOBAL_CACHED) {
        AwCache *c = CACHE();
        AwDict *g = frame->globals;
        if (c->key == g && c->stamp == g->version) {
            if (c->kind == CACHE_GLOBAL) { PUSH(g->entries[c->index].value); DISPATCH(); }
            AwDict *builtins = vm->builtins->dict;
            if (c->stamp2 == builtins->version) { PUSH(builtins->entries[c->index].value); DISPATCH(); }
        }
        DEOPT(LOAD_GLOBAL);
    }
    CASE(STORE_GLOBAL) {
        AwValue old = OLD_NAME_VALUE(frame->globals, NAME(ARG));
        SAVE();
        if (dict_set_str(vm, frame->globals, NAME(ARG), sp[-1])) goto error;
        sp--;
        DROPPED(old);
        DISPATCH();
    }
    CASE(DELETE_GLOBAL) {
        AwValue old = OLD_NAME_VALUE(frame->globals, NAME(ARG));
        SAVE();
        int r = dict_del(vm, frame->globals, names[ARG]);
        if (r < 0) goto error;
        if (r == 0) { name_error(vm, NAME(ARG)); goto error; }
        DROPPED(old);
        DISPATCH();
    }
    CASE(LOAD_NAME) {
        AwStr *name = NAME(ARG);
        AwValue v = AW_EMPTY;
        if (frame->locals && frame->locals->obj.type != &aw_type_dict) {
            /* a metaclass's __prepare__ namespace: its own __getitem__ decides */
            SAVE();
            v = ops_getitem(vm, value_from_ptr(frame->locals), str_value(name));
            if (v == AW_ERR && !vm_exc_matches(vm, &aw_exc_KeyError)) goto error;
            if (v == AW_ERR) { vm_exc_clear(vm); v = AW_EMPTY; }
        } else if (frame->locals) {
            v = dict_get_str(frame->locals, name);
        }
        if (v == AW_EMPTY) v = load_global(vm, frame->globals, name);
        CHECK(v);
        PUSH(v);
        DISPATCH();
    }
    CASE(STORE_NAME) {
        AwValue old = OLD_NAME_VALUE(frame->locals ? frame->locals : frame->globals, NAME(ARG));
        SAVE();
        if (frame->locals && frame->locals->obj.type != &aw_type_dict) {
            if (ops_setitem(vm, value_from_ptr(frame->locals), str_value(NAME(ARG)), sp[-1])) goto error;
        } else if (dict_set_str(vm, frame->locals ? frame->locals : frame->globals, NAME(ARG), sp[-1])) goto error;
        sp--;
        DROPPED(old);
        DISPATCH();
    }
    CASE(DELETE_NAME) {
        AwValue old = OLD_NAME_VALUE(frame->locals ? frame->locals : frame->globals, NAME(ARG));
        SAVE();
        if (frame->locals && frame->locals->obj.type != &aw_type_dict) {
            if (ops_delitem(vm, value_from_ptr(frame->locals), names[ARG])) goto error;
            DISPATCH();
        }
        int r = dict_del(vm, frame->locals ? frame->locals : frame->globals, names[ARG]);
        if (r < 0) goto error;
        if (r == 0) { name_error(vm, NAME(ARG)); goto error; }
        DROPPED(old);
        DISPATCH();
    }
    CASE(LOAD_ATTR) {
        AwValue obj = TOP();
        if (value_is_ptr(obj) && (code->caches || cache_table(vm, code))) {
            AwType *t = value_as_ptr(obj)->type;
            AwCache *c = CACHE();
            AwStr *name = NAME(ARG);
            if (t == &aw_type_module) {
                AwDict *md = AW_MODULE(obj)->dict;
                if (c->kind == CACHE_MODULE && c->key == md && c->stamp == md->version) {
                    sp[-1] = md->entries[c->index].value;
                    DISPATCH();
                }
                int32_t ix = entry_index(md, name);
                if (ix >= 0) {
                    *c = (AwCache){md, md->version, 0, CACHE_MODULE, c->deopts, ix, AW_NONE};
                    sp[-1] = md->entries[ix].value;
                    DISPATCH();
                }
            } else if (generic_attrs(t) && plain_class_attr(vm, type_lookup(t, name))) {
                AwDict *d = instance_dict(t, obj);
                int32_t ix = d ? entry_index(d, name) : -1;
                if (ix >= 0) {
                    *c = (AwCache){t, type_epoch, t->dict_offset, CACHE_INSTANCE, c->deopts, ix, str_value(name)};
                    if (c->deopts < DEOPT_LIMIT) SPECIALIZE(LOAD_ATTR_INSTANCE);
                    sp[-1] = d->entries[ix].value;
                    DISPATCH();
                }
            }
        }
        AwValue v = CALLOUT(ops_getattr(vm, obj, NAME(ARG)));
        CHECK(v);
        sp[-1] = v;
        DISPATCH();
    }
    CASE(LOAD_ATTR_INSTANCE) {
        AwCache *c = CACHE();
        AwDictEntry *e = cached_instance_entry(c, TOP());
        if (e) { sp[-1] = e->value; DISPATCH(); }
        if (c->stamp == type_epoch && c->deopts < UINT16_MAX) c->deopts++;
        DEOPT(LOAD_ATTR);
    }
    CASE(STORE_ATTR) {
        AwValue obj = sp[-1];
        if (value_is_ptr(obj)) {
            AwType *t = value_as_ptr(obj)->type;
            AwStr *name = NAME(ARG);
            if ((t->setattr == NULL || t->setattr == object_generic_setattr) && generic_attrs(t) &&
                (code->caches || cache_table(vm, code)) && plain_class_attr(vm, type_lookup(t, name))) {
                SAVE();
                AwDict *d = object_dict_for_store(vm, obj, name);
                if (!d || dict_set_str(vm, d, name, sp[-2])) goto error;
                int32_t ix = entry_index(d, name);
                if (ix >= 0) {
                    AwCache *c = CACHE();
                    *c = (AwCache){t, type_epoch, t->dict_offset, CACHE_INSTANCE, c->deopts, ix, str_value(name)};
                    if (c->deopts < DEOPT_LIMIT) SPECIALIZE(STORE_ATTR_INSTANCE);
                }
                sp -= 2;
                DISPATCH();
            }
        }
        SAVE();
        AwStatus st = ops_setattr(vm, sp[-1], NAME(ARG), sp[-2]);
        RELOAD();
        if (st) goto error;
        sp -= 2;
        DISPATCH();
    }
    CASE(STORE_ATTR_INSTANCE) {
        AwValue obj = sp[-1];
        AwCache *c = CACHE();
        if (value_is_ptr(obj) && value_as_ptr(obj)->type == c->key && c->stamp == type_epoch) {
            AwDict *d = instance_dict(value_as_ptr(obj)->type, obj);
            if (d && c->index < d->nentries && d->entries[c->index].key == names[ARG]) {
                d->entries[c->index].value = sp[-2];
                sp -= 2;
                DISPATCH();
            }
            if ((d ? d->nentries : 0) == c->index) {
                /* a new instance filled in the same order as the one that set the cache (an
                 * __init__): the attribute is added, landing at the cached index */
                SAVE();
                d = object_dict_for_store(vm, obj, NAME(ARG));
                if (!d || dict_set_str(vm, d, NAME(ARG), sp[-2])) goto error;
                sp -= 2;
                DISPATCH();
            }
        }
        if (c->stamp == type_epoch && c->deopts < UINT16_MAX) c->deopts++;
        DEOPT(STORE_ATTR);
    }
    CASE(DELETE_ATTR) {
        SAVE();
        AwStatus st = ops_delattr(vm, sp[-1], NAME(ARG));
        RELOAD();
        if (st) goto error;
        sp--;
        DISPATCH();
    }
    CASE(LOAD_METHOD) {
        AwValue obj = TOP();
        AwType *t = type_of(obj);
        AwStr *name = NAME(ARG);
        AwCache *c = code->caches ? CACHE() : NULL;
        if (c && c->key == t && c->stamp == type_epoch && c->kind == CACHE_METHOD) {
            AwDict *d = t->dict_offset && value_is_ptr(obj) ? instance_dict(t, obj) : NULL;
            if (no_instance_attr(t, d, name)) {
                sp[-1] = c->value;
                PUSH(obj);
                DISPATCH();
            }
        }
        if (t->getattr == NULL || t->getattr == object_generic_getattr) {
            AwValue attr = type_lookup(t, name);
            if (value_is_ptr(attr)) {
                AwType *at = value_as_ptr(attr)->type;
                bool plain = at == &aw_type_function ||
                             (at == &aw_type_native && AW_NATIVE(attr)->owner && !(AW_NATIVE(attr)->flags & AW_METH_STATIC));
                if (plain) {
                    AwDict *d = t->dict_offset && value_is_ptr(obj) ? *(AwDict **)((char *)value_as_ptr(obj) + t->dict_offset) : NULL;
                    if (no_instance_attr(t, d, name)) {
                        if (c || cache_table(vm, code)) {
                            /* instances are pointers, and their dicts (if any) can be proved
                             * not to hold the name by the class's filter of stored names */
                            c = CACHE();
                            *c = (AwCache){t, type_epoch, (uint32_t)class_name_bit(name), CACHE_METHOD, c->deopts, 0, attr};
                            if (c->deopts < DEOPT_LIMIT && value_is_ptr(obj) && (!t->dict_offset || class_tracks_instance_names(t)))
                                SPECIALIZE(LOAD_METHOD_INSTANCE);
                        }
                        sp[-1] = attr;
                        PUSH(obj);
                        DISPATCH();
                    }
                }
            }
        }
        AwValue v = CALLOUT(ops_getattr(vm, obj, name));
        CHECK(v);
        sp[-1] = v;
        PUSH(AW_EMPTY);
        DISPATCH();
    }
    CASE(LOAD_METHOD_INSTANCE) {
        AwValue obj = TOP();
        AwCache *c = CACHE();
        AwValue m = cached_method(c, obj);
        if (m != AW_EMPTY) {
            sp[-1] = m;
            PUSH(obj);
            DISPATCH();
        }
        if (c->stamp == type_epoch && c->deopts < UINT16_MAX) c->deopts++;
        DEOPT(LOAD_METHOD);
    }
    CASE(BINARY_SUBSCR) {
        AwValue obj = sp[-2], key = sp[-1];
        if (value_is_int(key) && value_is_ptr(obj) && value_as_ptr(obj)->type == &aw_type_list) {
            int64_t i = value_as_small(key), n = AW_LIST(obj)->len;
            if (i < 0) i += n;
            if (i >= 0 && i < n) { sp[-2] = AW_LIST(obj)->items[i]; sp--; DISPATCH(); }
        }
        AwValue v = CALLOUT(ops_getitem(vm, obj, key));
        CHECK(v);
        sp[-2] = v;
        sp--;
        DISPATCH();
    }
    CASE(STORE_SUBSCR) {
        AwValue obj = sp[-2], key = sp[-1];
        if (value_is_int(key) && value_is_ptr(obj) && value_as_ptr(obj)->type == &aw_type_list) {
            int64_t i = value_as_small(key), n = AW_LIST(obj)->len;
            if (i < 0) i += n;
            if (i >= 0 && i < n) { AW_LIST(obj)->items[i] = sp[-3]; sp -= 3; DISPATCH(); }
        }
        SAVE();
        AwStatus st = ops_setitem(vm, obj, key, sp[-3]);
        RELOAD();
        if (st) goto error;
        sp -= 3;
        DISPATCH();
    }
    CASE(DELETE_SUBSCR) {
        SAVE();
        AwStatus st = ops_delitem(vm, sp[-2], sp[-1]);
        RELOAD();
        if (st) goto error;
        sp -= 2;
        DISPATCH();
    }
    CASE(BINARY_OP) {
        AwValue a = sp[-2], b = sp[-1];
        int op = (int)ARG;
        if (value_is_int(a) && value_is_int(b)) {
            int64_t x = value_as_small(a), y = value_as_small(b), r;
            switch (op & 15) {
            case AW_BINOP_ADD: SPECIALIZE(BINARY_ADD_INT); r = x + y; goto small_result;
            case AW_BINOP_SUB: SPECIALIZE(BINARY_SUB_INT); r = x - y; goto small_result;
            case AW_BINOP_MUL:
                if (x > -0x1000000 && x < 0x1000000 && y > -0x1000000 && y < 0x1000000) {
                    SPECIALIZE(BINARY_MUL_INT);
                    r = x * y;
                    goto small_result;
                }
                break;
            case AW_BINOP_MOD:
                if (y > 0) { SPECIALIZE(BINARY_MOD_INT); r = x % y; if (r < 0) r += y; goto small_result; }
                break;
            case AW_BINOP_FLOORDIV:
                if (y > 0) { r = x / y; if ((x % y) < 0) r--; goto small_result; }
                break;
            case AW_BINOP_AND: SPECIALIZE(BINARY_AND_INT); r = x & y; goto small_result;
            case AW_BINOP_OR: SPECIALIZE(BINARY_OR_INT); r = x | y; goto small_result;
            case AW_BINOP_XOR: r = x ^ y; goto small_result;
            case AW_BINOP_RSHIFT:
                if (y >= 0) { r = y < 64 ? x >> y : (x < 0 ? -1 : 0); goto small_result; }
                break;
            default: break;
            }
            goto slow_binop;
        small_result:
            if (value_fits_small(r)) { sp[-2] = value_from_small(r); sp--; DISPATCH(); }
        } else if (value_is_float(a) && value_is_float(b)) {
            double x = value_as_double(a), y = value_as_double(b);
            switch (op & 15) {
            case AW_BINOP_ADD: SPECIALIZE(BINARY_ADD_FLOAT); sp[-2] = value_from_double(x + y); sp--; DISPATCH();
            case AW_BINOP_SUB: SPECIALIZE(BINARY_SUB_FLOAT); sp[-2] = value_from_double(x - y); sp--; DISPATCH();
            case AW_BINOP_MUL: SPECIALIZE(BINARY_MUL_FLOAT); sp[-2] = value_from_double(x * y); sp--; DISPATCH();
            case AW_BINOP_TRUEDIV:
                if (y != 0.0) { SPECIALIZE(BINARY_DIV_FLOAT); sp[-2] = value_from_double(x / y); sp--; DISPATCH(); }
                break;
            case AW_BINOP_POW:
                /* float ** float with a positive finite base and a finite result: pow() as
                 * CPython's float_pow computes it (other cases raise or go complex there). */
                if (x > 0.0 && x < INFINITY && y == y && y > -INFINITY && y < INFINITY) {
                    double r = pow(x, y);
                    if (r < INFINITY) { sp[-2] = value_from_double(r); sp--; DISPATCH(); }
                }
                break;
            default: break;
            }
        }
        if ((op & 15) == AW_BINOP_ADD && value_is_str(a) && value_is_str(b) &&
            opcode_generic[INSTR_OP(*ip)] == OP_STORE_FAST && slots[INSTR_ARG(*ip)] == a) {
            /* `x += s` / `x = x + s` on a local: append in place when x's string was built
             * here and only this statement loaded it since (nothing else can see it: every
             * copy of a local goes through LOAD_FAST); else copy it with room to grow. */
            bool unique = a == frame->accum && frame->accum_loads == 1;
            AwStr *r = str_append(vm, AW_STR(a), AW_STR(b), unique);
            if (!r) goto error;
            frame->accum = str_value(r);
            frame->accum_loads = 0;
            sp[-2] = frame->accum;
            sp--;
            DISPATCH();
        }
    slow_binop: {
            AwValue v = CALLOUT(ops_binary(vm, a, b, op));
            CHECK(v);
            sp[-2] = v;
            sp--;
            DISPATCH();
        }
    }
    /* Specialised BINARY_OP forms: the guard, the operation, else back to BINARY_OP. */
#define BINARY_SPECIALIZED(guard, result) do { \
        AwValue a = sp[-2], b = sp[-1]; \
        if (guard) { sp[-2] = (result); sp--; DISPATCH(); } \
        DEOPT(BINARY_OP); \
    } while (0)
#define BOTH_INT (value_is_int(a) && value_is_int(b))
#define BOTH_FLOAT (value_is_float(a) && value_is_float(b))
#define INT_OF(v) value_as_small(v)
#define FLOAT_OF(v) value_as_double(v)
    CASE(BINARY_ADD_INT) {
        AwValue a = sp[-2], b = sp[-1];
        if (BOTH_INT) {
            int64_t r = INT_OF(a) + INT_OF(b);
            if (value_fits_small(r)) { sp[-2] = value_from_small(r); sp--; DISPATCH(); }
        }
        DEOPT(BINARY_OP);
    }
    CASE(BINARY_SUB_INT) {
        AwValue a = sp[-2], b = sp[-1];
        if (BOTH_INT) {
            int64_t r = INT_OF(a) - INT_OF(b);
            if (value_fits_small(r)) { sp[-2] = value_from_small(r); sp--; DISPATCH(); }
        }
        DEOPT(BINARY_OP);
    }
    CASE(BINARY_MUL_INT)
        /* operands below 2**24 cannot overflow int64, but their product can leave the 48-bit small range */
        BINARY_SPECIALIZED(BOTH_INT && INT_OF(a) > -0x1000000 && INT_OF(a) < 0x1000000 &&
                           INT_OF(b) > -0x1000000 && INT_OF(b) < 0x1000000 &&
                           value_fits_small(INT_OF(a) * INT_OF(b)),
                           value_from_small(INT_OF(a) * INT_OF(b)));
    CASE(BINARY_MOD_INT)
        BINARY_SPECIALIZED(BOTH_INT && INT_OF(b) > 0,
                           value_from_small(INT_OF(a) % INT_OF(b) + (INT_OF(a) % INT_OF(b) < 0 ? INT_OF(b) : 0)));
    CASE(BINARY_AND_INT) BINARY_SPECIALIZED(BOTH_INT, value_from_small(INT_OF(a) & INT_OF(b)));
    CASE(BINARY_OR_INT) BINARY_SPECIALIZED(BOTH_INT, value_from_small(INT_OF(a) | INT_OF(b)));
    CASE(BINARY_ADD_FLOAT) BINARY_SPECIALIZED(BOTH_FLOAT, value_from_double(FLOAT_OF(a) + FLOAT_OF(b)));
    CASE(BINARY_SUB_FLOAT) BINARY_SPECIALIZED(BOTH_FLOAT, value_from_double(FLOAT_OF(a) - FLOAT_OF(b)));
    CASE(BINARY_MUL_FLOAT) BINARY_SPECIALIZED(BOTH_FLOAT, value_from_double(FLOAT_OF(a) * FLOAT_OF(b)));
    CASE(BINARY_DIV_FLOAT)
        BINARY_SPECIALIZED(BOTH_FLOAT && FLOAT_OF(b) != 0.0, value_from_double(FLOAT_OF(a) / FLOAT_OF(b)));
#undef BINARY_SPECIALIZED
#undef BOTH_INT
#undef BOTH_FLOAT
#undef INT_OF
#undef FLOAT_OF
    CASE(UNARY_NEGATIVE) {
        AwValue a = TOP();
        if (value_is_int(a) && value_as_small(a) != AW_SMALLINT_MIN) { sp[-1] = value_from_small(-value_as_small(a)); DISPATCH(); }
        if (value_is_float(a)) { sp[-1] = value_from_double(-value_as_double(a)); DISPATCH(); }
        AwValue v = CALLOUT(ops_unary(vm, a, AW_UNARY_NEG));
        CHECK(v);
        sp[-1] = v;
        DISPATCH();
    }
    CASE(UNARY_POSITIVE) {
        AwValue v = CALLOUT(ops_unary(vm, TOP(), AW_UNARY_POS));
        CHECK(v);
        sp[-1] = v;
        DISPATCH();
    }
    CASE(UNARY_INVERT) {
        AwValue v = CALLOUT(ops_unary(vm, TOP(), AW_UNARY_INVERT));
        CHECK(v);
        sp[-1] = v;
        DISPATCH();
    }
    CASE(UNARY_NOT) {
        AwValue a = TOP();
        int t = a == AW_TRUE ? 1 : a == AW_FALSE ? 0 : (SAVE(), t = ops_truthy(vm, a), RELOAD(), t);
        if (t < 0) goto error;
        sp[-1] = value_from_bool(!t);
        DISPATCH();
    }
    CASE(COMPARE_OP) {
        AwValue a = sp[-2], b = sp[-1];
        if (value_is_int(a) && value_is_int(b)) {
            SPECIALIZE(COMPARE_INT);
            goto L_COMPARE_INT;
        }
        if (value_is_str(a) && value_is_str(b)) {
            SPECIALIZE(COMPARE_STR);
            goto L_COMPARE_STR;
        }
        AwValue v = CALLOUT(ops_compare(vm, a, b, (AwCmpOp)ARG));
        CHECK(v);
        sp[-2] = v;
        sp--;
        DISPATCH();
    }
    CASE(COMPARE_INT) {
        AwValue a = sp[-2], b = sp[-1];
        if (!value_is_int(a) || !value_is_int(b)) DEOPT(COMPARE_OP);
        {
            int64_t x = value_as_small(a), y = value_as_small(b);
            bool r = INT_COMPARE(x, y, ARG);
            BOOL_RESULT(r, 2);
        }
    }
    CASE(COMPARE_STR) {
        AwValue a = sp[-2], b = sp[-1];
        if (!value_is_str(a) || !value_is_str(b)) DEOPT(COMPARE_OP);
        {
            /* UTF-8 byte order is code point order, so str_cmp orders as CPython does. */
            bool r = ARG == AW_CMP_EQ ? str_equal(AW_STR(a), AW_STR(b))
                   : ARG == AW_CMP_NE ? !str_equal(AW_STR(a), AW_STR(b))
                   : INT_COMPARE(str_cmp(AW_STR(a), AW_STR(b)), 0, ARG);
            BOOL_RESULT(r, 2);
        }
    }
    CASE(IS_OP) {
        bool r = (sp[-2] == sp[-1]) != (ARG != 0);
        BOOL_RESULT(r, 2);
    }
    CASE(LOAD_CONST__IS_OP) {
        bool r = (sp[-1] == consts[ARG]) != (INSTR_ARG(*ip) != 0);
        ip++;
        BOOL_RESULT(r, 1);
    }
    CASE(CONTAINS_OP) {
        SAVE();
        int r = ops_contains(vm, sp[-1], sp[-2]);
        RELOAD();
        if (r < 0) goto error;
        sp[-2] = value_from_bool(ARG ? !r : r);
        sp--;
        DISPATCH();
    }
    CASE(JUMP) JUMP_TO(ARG); DISPATCH();
    CASE(POP_JUMP_IF_FALSE) {
        AwValue v = POP();
        int t = v == AW_TRUE ? 1 : v == AW_FALSE ? 0 : (sp++, SAVE(), t = ops_truthy(vm, v), RELOAD(), sp--, t);
        if (t < 0) goto error;
        if (!t) JUMP_TO(ARG);
        DISPATCH();
    }
    CASE(POP_JUMP_IF_TRUE) {
        AwValue v = POP();
        int t = v == AW_TRUE ? 1 : v == AW_FALSE ? 0 : (sp++, SAVE(), t = ops_truthy(vm, v), RELOAD(), sp--, t);
        if (t < 0) goto error;
        if (t) JUMP_TO(ARG);
        DISPATCH();
    }
    CASE(JUMP_IF_FALSE_OR_POP) {
        AwValue v = TOP();
        int t = v == AW_TRUE ? 1 : v == AW_FALSE ? 0 : (SAVE(), t = ops_truthy(vm, v), RELOAD(), t);
        if (t < 0) goto error;
        if (!t) ip = code->code + ARG; else sp--;
        DISPATCH();
    }
    CASE(JUMP_IF_TRUE_OR_POP) {
        AwValue v = TOP();
        int t = v == AW_TRUE ? 1 : v == AW_FALSE ? 0 : (SAVE(), t = ops_truthy(vm, v), RELOAD(), t);
        if (t < 0) goto error;
        if (t) ip = code->code + ARG; else sp--;
        DISPATCH();
    }
    CASE(GET_ITER) {
        AwValue v = CALLOUT(ops_iter(vm, TOP()));
        CHECK(v);
        sp[-1] = v;
        DISPATCH();
    }
    CASE(FOR_ITER) {
        AwValue it = TOP();
        if (value_is_ptr(it)) {
            AwType *t = value_as_ptr(it)->type;
            if (t == &aw_type_range_iter) { SPECIALIZE(FOR_ITER_RANGE); goto L_FOR_ITER_RANGE; }
            if (t == &aw_type_list_iter) { SPECIALIZE(FOR_ITER_LIST); goto L_FOR_ITER_LIST; }
            if (t == &aw_type_str_iter && str_is_ascii(((AwStrIter *)value_as_ptr(it))->str)) {
                SPECIALIZE(FOR_ITER_STR);
                goto L_FOR_ITER_STR;
            }
        }
        AwValue v = CALLOUT(ops_next(vm, it));
        if (v == AW_STOP) { sp--; ip = code->code + ARG; DISPATCH(); }
        CHECK(v);
        PUSH(v);
        DISPATCH();
    }
    /* The specialised FOR_ITERs also run the STORE_FAST of the loop variable that follows. */
#define FOR_ITER_PUSH(v) do { \
        uint32_t next_ = *ip; \
        if (opcode_generic[INSTR_OP(next_)] == OP_STORE_FAST) { slots[INSTR_ARG(next_)] = (v); ip++; } \
        else PUSH(v); \
    } while (0)
    CASE(FOR_ITER_RANGE) {
        AwValue it = TOP();
        if (!value_is_type(it, &aw_type_range_iter)) DEOPT(FOR_ITER);
        AwRangeIter *r = AW_AS(AwRangeIter, it);
        if (r->step > 0 ? r->next >= r->stop : r->next <= r->stop) { sp--; ip = code->code + ARG; DISPATCH(); }
        int64_t i = r->next;
        AwValue v;
        if (value_fits_small(i)) {
            v = value_from_small(i);
        } else {
            v = CALLOUT(int_from_i64(vm, i));
            CHECK(v);
            r = AW_AS(AwRangeIter, TOP());
        }
        r->next += r->step;
        FOR_ITER_PUSH(v);
        DISPATCH();
    }
    CASE(FOR_ITER_LIST) {
        AwValue it = TOP();
        if (!value_is_type(it, &aw_type_list_iter)) DEOPT(FOR_ITER);
        AwListIter *li = AW_AS(AwListIter, it);
        if (!li->list || li->index >= li->list->len) { li->list = NULL; sp--; ip = code->code + ARG; DISPATCH(); }
        AwValue v = li->list->items[li->index++];
        FOR_ITER_PUSH(v);
        DISPATCH();
    }
    CASE(FOR_ITER_STR) {
        AwValue it = TOP();
        if (!value_is_type(it, &aw_type_str_iter) || !str_is_ascii(AW_AS(AwStrIter, it)->str)) DEOPT(FOR_ITER);
        AwStrIter *si = AW_AS(AwStrIter, it);
        if (si->pos >= si->str->byte_len) { sp--; ip = code->code + ARG; DISPATCH(); }
        AwValue v = str_value(str_ascii_char(vm, (unsigned char)si->str->data[si->pos++]));
        FOR_ITER_PUSH(v);
        DISPATCH();
    }
#undef FOR_ITER_PUSH
    CASE(BUILD_TUPLE) {
        int n = (int)ARG;
        SAVE();
        AwTuple *t = tuple_from(vm, n, sp - n);
        if (!t) goto error;
        sp -= n;
        PUSH(value_from_ptr(t));
        DISPATCH();
    }
    CASE(BUILD_LIST) {
        int n = (int)ARG;
        SAVE();
        AwList *l = list_from(vm, n, sp - n);
        if (!l) goto error;
        sp -= n;
        PUSH(value_from_ptr(l));
        DISPATCH();
    }
    CASE(BUILD_SET) {
        int n = (int)ARG;
        SAVE();
        AwSet *s = set_new(vm, &aw_type_set);
        if (!s || gc_push_root(vm, value_from_ptr(s))) goto error;
        AwStatus st = AW_OK;
        for (int i = 0; i < n && !st; i++) st = set_add(vm, s, fiber->sp[-n + i]);
        gc_pop_roots(vm, 1);
        RELOAD();
        if (st) goto error;
        sp -= n;
        PUSH(value_from_ptr(s));
        DISPATCH();
    }
    CASE(BUILD_MAP) {
        int n = (int)ARG;
        SAVE();
        AwDict *d = dict_new(vm);
        if (!d || gc_push_root(vm, value_from_ptr(d))) goto error;
        AwStatus st = AW_OK;
        for (int i = 0; i < n && !st; i++) st = dict_set(vm, d, fiber->sp[-2 * n + 2 * i], fiber->sp[-2 * n + 2 * i + 1]);
        gc_pop_roots(vm, 1);
        RELOAD();
        if (st) goto error;
        sp -= 2 * n;
        PUSH(value_from_ptr(d));
        DISPATCH();
    }
    CASE(BUILD_SLICE) {
        int n = (int)ARG;
        SAVE();
        AwSlice *s = slice_new(vm, sp[-n], sp[-n + 1], n == 3 ? sp[-1] : AW_NONE);
        if (!s) goto error;
        sp -= n;
        PUSH(value_from_ptr(s));
        DISPATCH();
    }
    CASE(BUILD_STRING) {
        int n = (int)ARG;
        SAVE();
        AwValue s = build_string(vm, sp - n, n);
        CHECK(s);
        sp -= n;
        PUSH(s);
        DISPATCH();
    }
    CASE(FORMAT_VALUE) {
        int flags = (int)ARG;
        AwValue spec = (flags & AW_FMT_HAS_SPEC) ? sp[-1] : AW_EMPTY;
        AwValue v = (flags & AW_FMT_HAS_SPEC) ? sp[-2] : sp[-1];
        if ((flags == AW_FMT_PART || flags == (AW_FMT_PART | AW_FMT_STR)) && value_is_int(v)) DISPATCH();
        flags &= ~AW_FMT_PART;
        AwValue r = (flags == 0 && value_is_str(v)) ? v
                  : ((flags == 0 || flags == AW_FMT_STR) && value_is_int(v)) ? str_value_or_err(int_small_str(vm, value_as_small(v)))
                  : CALLOUT(format_value(vm, v, flags, spec));
        CHECK(r);
        if (flags & AW_FMT_HAS_SPEC) sp--;
        sp[-1] = r;
        DISPATCH();
    }
    CASE(LIST_APPEND) {
        AwValue v = TOP();
        SAVE();
        if (list_append(vm, AW_LIST(sp[-1 - (int)ARG]), v)) goto error;
        sp--;
        DISPATCH();
    }
    CASE(SET_ADD) {
        SAVE();
        AwStatus st = set_add(vm, (AwSet *)value_as_ptr(sp[-1 - (int)ARG]), sp[-1]);
        RELOAD();
        if (st) goto error;
        sp--;
        DISPATCH();
    }
    CASE(MAP_ADD) {
        SAVE();
        AwStatus st = dict_set(vm, AW_DICT(sp[-2 - (int)ARG]), sp[-2], sp[-1]);
        RELOAD();
        if (st) goto error;
        sp -= 2;
        DISPATCH();
    }
    CASE(LIST_EXTEND) {
        SAVE();
        AwStatus st = list_extend(vm, AW_LIST(sp[-1 - (int)ARG]), sp[-1]);
        RELOAD();
        if (st && !is_iterable(sp[-1]) && vm_exc_matches(vm, &aw_exc_TypeError)) {
            vm_exc_clear(vm);
            vm_raise(vm, &aw_exc_TypeError, "Value after * must be an iterable, not %s", ops_type_name(sp[-1]));
        }
        if (st) goto error;
        sp--;
        DISPATCH();
    }
    CASE(SET_UPDATE) {
        SAVE();
        AwStatus st = set_update(vm, (AwSet *)value_as_ptr(sp[-1 - (int)ARG]), sp[-1]);
        RELOAD();
        if (st) goto error;
        sp--;
        DISPATCH();
    }
    CASE(DICT_UPDATE) {
        AwValue m = sp[-1];
        if (!value_is_instance(m, &aw_type_dict) && type_lookup(type_of(m), AW_NAME(vm, keys)) == AW_EMPTY) {
            vm_raise(vm, &aw_exc_TypeError, "'%s' object is not a mapping", ops_type_name(m));
            goto error;
        }
        SAVE();
        AwStatus st = dict_update(vm, AW_DICT(sp[-1 - (int)ARG]), m);
        RELOAD();
        if (st) goto error;
        sp--;
        DISPATCH();
    }
    CASE(DICT_MERGE) {
        /* f(..., **m): the stack holds f, the args tuple, the kwargs dict d, then m */
        AwValue m = sp[-1];
        AwDict *d = AW_DICT(sp[-1 - (int)ARG]);
        SAVE();
        AwDict *from = value_is_instance(m, &aw_type_dict) ? AW_DICT(m) : vm_call_kwargs_from_mapping(vm, sp[-3 - (int)ARG], m);
        RELOAD();
        if (!from) goto error;
        sp[-1] = value_from_ptr(from);   /* keeps it rooted */
        int64_t pos = 0;
        AwValue k, v;
        while (dict_next(from, &pos, &k, &v)) {
            if (!value_is_str(k)) {   /* as CPython: duplicates first, the call rejects it later */
                SAVE();
                AwValue old = dict_get(vm, d, k);   /* may run the key's __eq__ */
                AwStatus st = old == AW_EMPTY ? dict_set(vm, d, k, v) : AW_OK;
                RELOAD();
                if (old == AW_ERR || st) goto error;
                if (old == AW_EMPTY) continue;
                SAVE();
                AwValue ks = ops_str(vm, k);
                RELOAD();
                if (ks == AW_ERR) goto error;
                vm_call_raise_error(vm, sp[-3 - (int)ARG], "got multiple values for keyword argument '%s'", AW_STR(ks)->data);
                goto error;
            }
            if (dict_get_str(d, AW_STR(k)) != AW_EMPTY) {
                vm_call_raise_error(vm, sp[-3 - (int)ARG], "got multiple values for keyword argument '%s'", AW_STR(k)->data);
                goto error;
            }
            if (dict_set_str(vm, d, AW_STR(k), v)) goto error;
        }
        sp--;
        DISPATCH();
    }
    CASE(LIST_TO_TUPLE) {
        AwList *l = AW_LIST(TOP());
        SAVE();
        AwTuple *t = tuple_from(vm, l->len, l->items);
        if (!t) goto error;
        sp[-1] = value_from_ptr(t);
        DISPATCH();
    }
    CASE(UNPACK_SEQUENCE) {
        int n = (int)ARG;
        SAVE();
        if (fiber_ensure_stack(vm, fiber, n + 1)) goto error;
        RELOAD();
        AwValue seq = TOP();
        sp[-1] = AW_NONE;
        sp[0] = seq; /* keep it rooted while iterating */
        fiber->sp = sp + 1;
        AwStatus st = vm_instr_unpack(vm, seq, n, 0, false, fiber->sp);
        RELOAD();
        if (st) { sp--; goto error; }
        sp--;
        memmove(sp - 1, sp + 1, sizeof(AwValue) * (size_t)n);
        sp += n - 1;
        DISPATCH();
    }
    CASE(UNPACK_EX) {
        int before = (int)(ARG & 0xfff), after = (int)(ARG >> 12);
        int total = before + after + 1;
        SAVE();
        if (fiber_ensure_stack(vm, fiber, total + 1)) goto error;
        RELOAD();
        AwValue seq = TOP();
        sp[0] = seq;
        fiber->sp = sp + 1;
        AwStatus st = vm_instr_unpack(vm, seq, before, after, true, fiber->sp);
        RELOAD();
        if (st) { sp--; goto error; }
        sp--;
        memmove(sp - 1, sp + 1, sizeof(AwValue) * (size_t)total);
        sp += total - 1;
        DISPATCH();
    }
    CASE(CALL) {
        int argc = (int)ARG;
        AwValue *base = sp - argc - 1;
        TRY_FAST_CALL(base, argc);
        if (argc == 1 && base[0] == vm->builtin_len && len_fast(base[1]) >= 0) {
            SPECIALIZE(CALL_LEN);
            goto L_CALL_LEN;
        }
        if (argc == 1 && base[0] == value_from_ptr(&aw_type_str) && (value_is_int(base[1]) || value_is_str(base[1]))) {
            /* str(i) and str(s), the common conversions, without type_call */
            AwValue r = value_is_str(base[1]) ? base[1] : str_value_or_err(int_small_str(vm, value_as_small(base[1])));
            CHECK(r);
            sp = base;
            PUSH(r);
            DISPATCH();
        }
        TRY_NATIVE_CALL(base, argc);
        SAVE();
        if (base[0] == value_from_ptr(&aw_type_range) && INSTR_OP(*ip) == OP_GET_ITER) {
            AwValue it = range_call_iter(vm, base + 1, argc);
            CHECK(it);
            if (it != AW_EMPTY) {
                sp = base;
                PUSH(it);
                ip++;
                DISPATCH();
            }
        }
        int r = vm_call_push_value(vm, fiber, sp - argc - 1, argc, NULL);
        RELOAD();
        if (r < 0) goto error;
        if (r > 0) SAFEPOINT();
        DISPATCH();
    }
    CASE(CALL_LEN) {
        int64_t n;
        if (ARG != 1 || sp[-2] != vm->builtin_len || (n = len_fast(sp[-1])) < 0) DEOPT(CALL);
        sp--;
        sp[-1] = value_from_small(n);
        DISPATCH();
    }
    CASE(CALL_KW) {
        int total = (int)ARG;
        AwTuple *kwnames = AW_TUPLE(POP());
        int argc = total - (int)kwnames->len;
        SAVE();
        int r = vm_call_push_value(vm, fiber, sp - total - 1, argc, kwnames);
        RELOAD();
        if (r < 0) goto error;
        if (r > 0) SAFEPOINT();
        DISPATCH();
    }
    CASE(CALL_EX) {
        bool has_kw = ARG & 1;
        AwValue *base = sp - (has_kw ? 3 : 2);
        SAVE();
        int r = vm_call_push_ex(vm, fiber, base, has_kw);
        RELOAD();
        if (r < 0) goto error;
        DISPATCH();
    }
    CASE(CALL_METHOD) {
        int argc = (int)ARG;
        AwValue *base = sp - argc - 2;
        if (base[1] == AW_EMPTY) {
            memmove(base + 1, base + 2, sizeof(AwValue) * (size_t)argc);
            sp--;
        } else {
            argc++;
        }
        TRY_FAST_CALL(base, argc);
        TRY_NATIVE_CALL(base, argc);
        SAVE();
        int r = vm_call_push_value(vm, fiber, base, argc, NULL);
        RELOAD();
        if (r < 0) goto error;
        if (r > 0) SAFEPOINT();
        DISPATCH();
    }
    CASE(CALL_METHOD_KW) {
        int total = (int)ARG;
        AwTuple *kwnames = AW_TUPLE(POP());
        AwValue *base = sp - total - 2;
        if (base[1] == AW_EMPTY) {
            memmove(base + 1, base + 2, sizeof(AwValue) * (size_t)total);
            sp--;
        } else {
            total++;
        }
        SAVE();
        int r = vm_call_push_value(vm, fiber, base, total - (int)kwnames->len, kwnames);
        RELOAD();
        if (r < 0) goto error;
        DISPATCH();
    }
    CASE(MAKE_FUNCTION) {
        int consumed;
        SAVE();
        AwValue f = make_function(vm, frame, sp, (int)ARG, &consumed);
        CHECK(f);
        sp -= consumed;
        PUSH(f);
        DISPATCH();
    }
    CASE(RETURN_VALUE) {
        AwValue v = POP();
        for (int32_t i = frame->nblocks - 1; i >= 0; i--) {
            AwBlock *b = &fiber->blocks[frame->block_base + i];
            if (b->kind == AW_BLOCK_EXCEPT_HANDLER) fiber->handled_exc = b->saved_exc;
        }
        fiber->nblocks = frame->block_base;
        AwValue *base = frame->slots - 1;
        bool is_entry = frame->is_entry, is_init = frame->is_init;
        bool drops = AW_UNLIKELY(vm->gc.del_live) && vm_call_drops_del(vm, frame, v, sp);
        if (frame->coro) generator_finish_inline(vm, frame->coro);
        fiber->nframes--;
        vm->depth--;
        if (is_entry || fiber->nframes == 0) {
            fiber->sp = base;
            if (fiber->nframes == 0 && fiber->owner != AW_NONE) fiber->state = AW_FIBER_DONE;
            return v;
        }
        fiber->sp = base + 1;
        if (AW_UNLIKELY(is_init)) {   /* base[0] holds the instance the class call returns */
            if (v != AW_NONE) {
                RELOAD();
                vm_raise(vm, &aw_exc_TypeError, "__init__() should return None, not '%s'", ops_type_name(v));
                goto error;
            }
            v = *base;
        }
        *base = v;
        RELOAD();
        if (AW_UNLIKELY(drops)) { SAVE(); gc_collect_dropped(vm); RELOAD(); }
        DISPATCH();
    }
    CASE(YIELD_VALUE) {
        AwValue v = POP();
        SAVE();
        fiber->state = AW_FIBER_SUSPENDED;
        fiber->value_yield = 1;
        return v;
    }
    CASE(GET_YIELD_FROM_ITER) {
        AwValue v = TOP();
        AwType *t = type_of(v);
        if (t == &aw_type_coroutine && !(code->flags & (AW_CODE_COROUTINE))) {
            vm_raise(vm, &aw_exc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
            goto error;
        }
        if (t != &aw_type_generator && t != &aw_type_coroutine) {
            v = CALLOUT(ops_iter(vm, v));
            CHECK(v);
            sp[-1] = v;
        }
        DISPATCH();
    }
    CASE(AWAIT) {
        AwValue obj = TOP();
        if (value_is_ptr(obj) && value_as_ptr(obj)->type == &aw_type_coroutine && AW_GEN(obj)->state == AW_FIBER_NEW) {
            /* A fresh coroutine: run its frame here, like a call, returning into this slot. */
            AwGenerator *g = AW_GEN(obj);
            AwCode *co = g->code;
            if (vm->depth >= vm->recursion_limit) { vm_call_recursion_error(vm); goto error; }
            SAVE();
            if (fiber_ensure_stack(vm, fiber, co->nlocals + co->stacksize + 2)) goto error;
            RELOAD();
            generator_start_inline(vm, g, sp);
            fiber->sp = sp + co->nlocals;
            AwFrame *nf = fiber_push_frame(vm, fiber, co, sp);
            if (!nf) { RELOAD(); goto error; }
            nf->func = g->func;
            nf->globals = g->func->globals;
            nf->coro = g;
            RELOAD();
            SAFEPOINT();
            DISPATCH();
        }
        AwValue it = CALLOUT(vm_instr_get_awaitable(vm, obj, ARG));
        CHECK(it);
        sp[-1] = it;
        delegate_sent = AW_NONE;
        goto resume_delegate_ip;
    }
    CASE(YIELD_FROM) {
        delegate_sent = AW_NONE;
        goto resume_delegate_ip;
    }
    CASE(GET_AITER) {
        AwValue obj = TOP();
        AwValue r = CALLOUT(vm_call_dunder(vm, obj, AW_NAME(vm, __aiter__), 0, NULL));
        if (r == AW_EMPTY) {
            vm_raise(vm, &aw_exc_TypeError, "'async for' requires an object with __aiter__ method, got %s", ops_type_name(obj));
            goto error;
        }
        CHECK(r);
        sp[-1] = r;
        DISPATCH();
    }
    CASE(GET_ANEXT) {
        AwValue aiter = TOP();
        AwValue r = CALLOUT(vm_call_dunder(vm, aiter, AW_NAME(vm, __anext__), 0, NULL));
        if (r == AW_EMPTY) {
            vm_raise(vm, &aw_exc_TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %.100s", ops_type_name(aiter));
            goto error;
        }
        CHECK(r);
        if (AW_UNLIKELY(!vm_instr_is_awaitable(vm, r))) {
            vm_raise(vm, &aw_exc_TypeError, "'async for' received an invalid object from __anext__: %.100s", ops_type_name(r));
            goto error;
        }
        PUSH(r);
        DISPATCH();
    }
    CASE(END_ASYNC_FOR) {
        AwValue exc = POP();
        if (value_is_instance(exc, &aw_exc_StopAsyncIteration)) {
            sp--;
            AwBlock *b = &fiber->blocks[--fiber->nblocks];
            frame->nblocks--;
            fiber->handled_exc = b->saved_exc;
            DISPATCH();
        }
        vm->exc = exc;
        reraise = true;
        goto error;
    }
    CASE(SETUP_TRY) {
        SAVE();
        if (fiber_ensure_blocks(vm, fiber, 1)) goto error;
        AwBlock *b = &fiber->blocks[fiber->nblocks++];
        frame->nblocks++;
        b->kind = AW_BLOCK_TRY;
        b->handler = (int32_t)ARG;
        b->depth = (int32_t)(sp - (slots + code->nlocals));
        b->saved_exc = AW_NONE;
        DISPATCH();
    }
    CASE(SETUP_WITH) {
        AwValue exit, enter;
        SAVE();
        AwStatus st = vm_instr_setup_with(vm, TOP(), &exit, &enter, false);
        RELOAD();
        if (st) goto error;
        sp[-1] = exit;
        if (fiber_ensure_blocks(vm, fiber, 1)) goto error;
        AwBlock *b = &fiber->blocks[fiber->nblocks++];
        frame->nblocks++;
        b->kind = AW_BLOCK_TRY;
        b->handler = (int32_t)ARG;
        b->depth = (int32_t)(sp - (slots + code->nlocals));
        b->saved_exc = AW_NONE;
        PUSH(enter);
        DISPATCH();
    }
    CASE(BEFORE_ASYNC_WITH) {
        AwValue exit, enter;
        SAVE();
        AwStatus st = vm_instr_setup_with(vm, TOP(), &exit, &enter, true);
        RELOAD();
        if (st) goto error;
        sp[-1] = exit;
        PUSH(enter);
        DISPATCH();
    }
    CASE(SETUP_ASYNC_WITH) {
        SAVE();
        if (fiber_ensure_blocks(vm, fiber, 1)) goto error;
        AwBlock *b = &fiber->blocks[fiber->nblocks++];
        frame->nblocks++;
        b->kind = AW_BLOCK_TRY;
        b->handler = (int32_t)ARG;
        b->depth = (int32_t)(sp - 1 - (slots + code->nlocals));
        b->saved_exc = AW_NONE;
        DISPATCH();
    }
    CASE(WITH_EXIT) {
        AwValue args[3] = {AW_NONE, AW_NONE, AW_NONE};
        AwValue r = CALLOUT(vm_call(vm, TOP(), 3, args, NULL));
        CHECK(r);
        sp[-1] = r;
        DISPATCH();
    }
    CASE(WITH_EXCEPT) {
        AwValue r = CALLOUT(vm_instr_with_except(vm, sp[-2], sp[-1]));
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }
    CASE(POP_BLOCK) {
        fiber->nblocks--;
        frame->nblocks--;
        DISPATCH();
    }
    CASE(POP_EXCEPT) {
        AwBlock *b = &fiber->blocks[--fiber->nblocks];
        frame->nblocks--;
        fiber->handled_exc = b->saved_exc;
        DISPATCH();
    }
    CASE(RERAISE) {
        vm->exc = POP();
        reraise = true;
        goto error;
    }
    CASE(RAISE_VARARGS) {
        int n = (int)ARG;
        SAVE();
        if (n == 0) {
            AwValue exc = vm_handled_exception_of(fiber);
            if (exc == AW_NONE) { vm_raise(vm, &aw_exc_RuntimeError, "No active exception to reraise"); goto error; }
            vm->exc = exc;
            reraise = true;
            goto error;
        }
        AwValue cause = n == 2 ? POP() : AW_EMPTY;
        AwValue exc = POP();
        SAVE();
        vm_instr_raise_from(vm, exc, cause);
        RELOAD();
        goto error;
    }
    CASE(CHECK_EXC_MATCH) {
        SAVE();
        int r = vm_instr_exc_match(vm, sp[-2], sp[-1]);
        if (r < 0) goto error;
        sp[-1] = value_from_bool(r);
        DISPATCH();
    }
    CASE(STAR_BEGIN) {
        AwValue exc = TOP();
        SAVE();
        AwList *raised = list_new(vm, 0);
        if (!raised) goto error;
        PUSH(value_from_ptr(raised));
        PUSH(exc);
        DISPATCH();
    }
    CASE(STAR_MATCH) {
        AwValue match, rest;
        SAVE();
        AwStatus st = exception_star_match(vm, sp[-2], sp[-1], &match, &rest);
        RELOAD();
        if (st) goto error;
        sp[-2] = rest;
        if (match == AW_NONE) {
            sp--;
            ip = code->code + ARG;
            DISPATCH();
        }
        sp[-1] = match;
        fiber->handled_exc = match;
        DISPATCH();
    }
    CASE(STAR_COLLECT) {
        SAVE();
        if (list_append(vm, AW_LIST(sp[-3]), sp[-1])) goto error;
        sp--;
        DISPATCH();
    }
    CASE(STAR_RERAISE) {
        SAVE();
        AwList *excs = AW_LIST(sp[-2]);
        if (list_append(vm, excs, sp[-1])) goto error;
        AwValue r = exception_prep_reraise_star(vm, sp[-3], excs);
        RELOAD();
        CHECK(r);
        sp -= 3;
        if (r == AW_NONE) DISPATCH();
        vm->exc = r;
        reraise = true;
        goto error;
    }
    CASE(LOAD_ASSERTION_ERROR) PUSH(value_from_ptr(&aw_exc_AssertionError)); DISPATCH();
    CASE(LOAD_BUILD_CLASS) {
        AwValue v = dict_get_str(vm->builtins->dict, str_intern_cstr(vm, "__build_class__"));
        if (v == AW_EMPTY) { vm_raise(vm, &aw_exc_NameError, "__build_class__ not found"); goto error; }
        PUSH(v);
        DISPATCH();
    }
    CASE(IMPORT_NAME) {
        AwValue m = CALLOUT(vm_import_name(vm, NAME(ARG), TOP(), frame->globals, frame->locals));
        CHECK(m);
        sp[-1] = m;
        DISPATCH();
    }
    CASE(IMPORT_FROM) {
        AwValue v = CALLOUT(vm_import_from(vm, TOP(), NAME(ARG)));
        CHECK(v);
        PUSH(v);
        DISPATCH();
    }
    CASE(IMPORT_STAR) {
        SAVE();
        AwStatus st = vm_import_star(vm, sp[-1], frame->locals ? frame->locals : frame->globals);
        RELOAD();
        if (st) goto error;
        sp--;
        DISPATCH();
    }
    CASE(PRINT_EXPR) {
        SAVE();
        AwStatus st = vm_print_expr(vm, sp[-1]);
        RELOAD();
        if (st) goto error;
        sp--;
        DISPATCH();
    }
    /* ---- pattern matching (match.c) ---- */
    CASE(COPY) { AwValue v = sp[-(int)ARG]; PUSH(v); DISPATCH(); }
    CASE(ROT_N) {
        int n = (int)ARG;
        AwValue v = sp[-1];
        memmove(sp - n + 1, sp - n, sizeof(AwValue) * (size_t)(n - 1));
        sp[-n] = v;
        DISPATCH();
    }
    CASE(GET_LEN) {
        int64_t len;
        SAVE();
        AwStatus st = ops_len(vm, sp[-1], &len);
        RELOAD();
        if (st) goto error;
        PUSH(value_from_small(len));
        DISPATCH();
    }
    CASE(MATCH_SEQUENCE) { AwValue v = value_from_bool(match_is_sequence(vm, TOP())); PUSH(v); DISPATCH(); }
    CASE(MATCH_MAPPING) { AwValue v = value_from_bool(match_is_mapping(vm, TOP())); PUSH(v); DISPATCH(); }
    CASE(MATCH_KEYS) {
        AwValue values = CALLOUT(match_keys(vm, sp[-2], sp[-1]));
        CHECK(values);
        PUSH(values);
        DISPATCH();
    }
    CASE(MATCH_CLASS) {
        AwValue attrs = CALLOUT(match_class(vm, sp[-3], sp[-2], sp[-1], (int)ARG));
        CHECK(attrs);
        sp -= 2;
        sp[-1] = attrs;
        DISPATCH();
    }
    CASE(COPY_DICT_WITHOUT_KEYS) {
        AwValue rest = CALLOUT(match_copy_without_keys(vm, sp[-2], sp[-1]));
        CHECK(rest);
        sp--;
        sp[-1] = rest;
        DISPATCH();
    }

#ifndef AW_COMPUTED_GOTO
    default:
        vm_raise(vm, &aw_exc_SystemError, "bad opcode %d", (int)INSTR_OP(w));
        goto error;
    }
#endif

resume_delegate_ip:
    /* ip points after the AWAIT/YIELD_FROM; suspension re-executes it */
    ip--;
    SAVE();
    goto delegate;
resume_delegate:
    /* entered on resume: frame->ip points at the AWAIT/YIELD_FROM */
    frame->in_yield_from = 0;
    fiber->sp = sp;
delegate: {
        AwValue out;
        AwValue it = sp[-1];
        int r = vm_instr_delegate_step(vm, it, delegate_sent, delegate_throw, &out);
        delegate_sent = delegate_throw = AW_EMPTY;
        RELOAD();
        ip++; /* past the AWAIT/YIELD_FROM */
        if (r < 0) { sp--; goto error; }
        if (r == 1) { sp[-1] = out; DISPATCH(); }
        /* The delegate yielded: this fiber suspends, passing the value through. Only a fiber
         * resumed as a generator/coroutine/task can suspend, and not from inside a native
         * callback (an entry frame above the bottom one). */
        if (!suspendable(fiber)) {
            vm_raise(vm, &aw_exc_RuntimeError, "cannot suspend here: await or yield inside a callback called from native code");
            sp--;
            goto error;
        }
        frame->ip = ip - 1;
        frame->in_yield_from = 1;
        fiber->sp = sp;
        fiber->state = AW_FIBER_SUSPENDED;
        fiber->value_yield = 0;
        return out;
    }

error: {
        AwValue exc = vm->exc;
        frame->ip = ip;
        if (!reraise) exception_add_traceback(vm, exc, frame, (int)(ip - code->code) - 1);
        reraise = false;
        for (;;) {
            while (frame->nblocks > 0) {
                AwBlock *b = &fiber->blocks[--fiber->nblocks];
                frame->nblocks--;
                if (b->kind == AW_BLOCK_EXCEPT_HANDLER) { fiber->handled_exc = b->saved_exc; continue; }
                AwValue *keep = slots + code->nlocals + b->depth;
                bool drops = AW_UNLIKELY(vm->gc.del_live) && vm_call_drops_values(vm, keep, sp);
                sp = keep;
                int32_t handler = b->handler;
                b = &fiber->blocks[fiber->nblocks++];
                frame->nblocks++;
                b->kind = AW_BLOCK_EXCEPT_HANDLER;
                b->depth = (int32_t)(sp - (slots + code->nlocals));
                b->saved_exc = fiber->handled_exc;
                fiber->handled_exc = exc;
                vm->exc = AW_EMPTY;
                PUSH(exc);
                ip = code->code + handler;
                /* e.g. a for loop's iterator the unwinding discarded (exc is on the stack) */
                if (AW_UNLIKELY(drops)) { SAVE(); gc_collect_dropped(vm); RELOAD(); }
                DISPATCH();
            }
            AwValue *base = frame->slots - 1;
            bool is_entry = frame->is_entry;
            fiber->nblocks = frame->block_base;
            if (frame->coro) generator_finish_inline(vm, frame->coro);
            if ((frame->code->flags & AW_CODE_COROUTINE) && !is_entry) {
                if (value_is_instance(exc, &aw_exc_StopIteration)) {
                    vm->exc = AW_EMPTY;
                    vm_raise(vm, &aw_exc_RuntimeError, "coroutine raised StopIteration");
                    AW_EXC(vm->exc)->cause = exc;
                    exc = vm->exc;
                }
            }
            fiber->nframes--;
            vm->depth--;
            if (is_entry || fiber->nframes == 0) {
                fiber->sp = base;
                if (fiber->nframes == 0 && fiber->owner != AW_NONE) fiber->state = AW_FIBER_DONE;
                vm->exc = exc;
                return AW_ERR;
            }
            fiber->sp = base + 1;
            RELOAD();
            exception_add_traceback(vm, exc, frame, (int)(ip - code->code) - 1);
        }
    }
}
