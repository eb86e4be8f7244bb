/* codegen.c — code units: instruction emission, labels, constants, names, and assembly of a
 * unit into an AwCode (see codegen.h).
 *
 * Jumps are emitted with a label id as argument and resolved once the unit is complete.
 * Assembly then simulates the value stack and the block stack along every path (handlers
 * included) to compute stacksize and maxblocks exactly.
 */
#include "interp/codegen.h"

#include <gmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp/bytes.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

/* ---- errors ---- */

bool codegen_error(AwCompiler *c, const AwNode *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char msg[sizeof c->err->msg];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    symtable_error(c->err, at, "%s", msg);
    c->failed = true;
    return false;
}

/* The source line for a warning, read from the file as CPython's linecache would; nothing for
 * "<string>", "<stdin>" and files that cannot be read. */
static void print_warning_line(const char *filename, int lineno) {
    if (filename[0] == '<') return;
    FILE *f = fopen(filename, "r");
    if (!f) return;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len = -1;
    for (int i = 0; i < lineno; i++) {
        len = getline(&line, &cap, f);
        if (len < 0) break;
    }
    fclose(f);
    if (len > 0) {
        char *start = line, *end = line + len;
        while (start < end && (*start == ' ' || *start == '\t' || *start == '\f')) start++;
        while (end > start && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t')) end--;
        if (end > start) fprintf(stderr, "  %.*s\n", (int)(end - start), start);
    }
    free(line);
}

void codegen_print_warning(const char *filename, int line, const char *msg) {
    fflush(stdout);
    fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", filename, line, msg);
    print_warning_line(filename, line);
    fflush(stderr);
}

void codegen_warning(AwCompiler *c, const AwNode *at, const char *fmt, ...) {
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    codegen_print_warning(c->filename->data, at->line, msg);
}

bool codegen_oom(AwCompiler *c) {
    if (!vm_exc_pending(c->vm)) vm_raise_memory(c->vm);
    c->err->msg[0] = '\0';
    c->failed = true;
    return false;
}

bool codegen_enter(AwCompiler *c, const AwNode *at) {
    if (c->failed) return false;
    if (++c->depth > CG_MAX_DEPTH) {
        c->depth--;
        return codegen_error(c, at, "too many nested expressions");
    }
    return true;
}

/* Grows a malloc'd array of elem-sized items to hold at least need items. */
static bool grow(AwCompiler *c, void **items, int *cap, int need, size_t elem) {
    if (need <= *cap) return true;
    int ncap = *cap ? *cap : 16;
    while (ncap < need) ncap *= 2;
    void *grown = realloc(*items, elem * (size_t)ncap);
    if (!grown) return codegen_oom(c);
    *items = grown;
    *cap = ncap;
    return true;
}

/* ---- instructions and labels ---- */

bool codegen_emit(AwCompiler *c, AwOpcode op, uint32_t arg) {
    CgUnit *u = c->u;
    if (c->failed) return false;
    if (arg > INSTR_ARG_MAX) return codegen_error(c, NULL, "too many items in one instruction");
    if (u->ncode == u->code_cap) {
        int cap = u->code_cap;
        if (!grow(c, (void **)&u->code, &cap, u->ncode + 1, sizeof(uint32_t))) return false;
        cap = u->code_cap;
        if (!grow(c, (void **)&u->pos, &cap, u->ncode + 1, sizeof(AwPos))) return false;
        u->code_cap = cap;
    }
    u->code[u->ncode] = INSTR_MAKE(op, arg);
    u->pos[u->ncode] = u->cur;
    u->ncode++;
    return true;
}

int codegen_label(AwCompiler *c) {
    CgUnit *u = c->u;
    if (c->failed) return -1;
    if (!grow(c, (void **)&u->labels, &u->labels_cap, u->nlabels + 1, sizeof(int32_t))) return -1;
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

void codegen_bind(AwCompiler *c, int label) {
    if (label >= 0) c->u->labels[label] = c->u->ncode;
}

static bool is_jump(AwOpcode op) {
    switch (op) {
    case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: case OP_FOR_ITER:
    case OP_SETUP_TRY: case OP_SETUP_WITH: case OP_SETUP_ASYNC_WITH: case OP_STAR_MATCH:
        return true;
    default:
        return false;
    }
}

bool codegen_jump(AwCompiler *c, AwOpcode op, int label) {
    if (label < 0) return false;
    return codegen_emit(c, op, (uint32_t)label);
}

/* ---- constants ---- */

static uint64_t mix64(uint64_t x) {
    x ^= x >> 33;
    x *= 0xFF51AFD7ED558CCDull;
    x ^= x >> 33;
    return x;
}

static uint64_t hash_bytes(const char *p, size_t n, uint64_t seed) {
    uint64_t h = 1469598103934665603ull ^ seed;
    for (size_t i = 0; i < n; i++) h = (h ^ (uint8_t)p[i]) * 1099511628211ull;
    return h;
}

/* A hash consistent with const_same: equal constants hash alike. */
static uint64_t const_hash(AwValue v) {
    if (!value_is_ptr(v)) return mix64(v);
    AwType *t = type_of(v);
    if (t == &aw_type_str) return hash_bytes(AW_STR(v)->data, (size_t)AW_STR(v)->byte_len, 1);
    if (t == &aw_type_bytes) return hash_bytes(AW_BYTES(v)->data, (size_t)AW_BYTES(v)->len, 2);
    if (t == &aw_type_int) return mix64(mpz_get_ui(AW_BIGINT(v)->z) ^ 3);
    if (t == &aw_type_tuple) {
        uint64_t h = 4 + (uint64_t)AW_TUPLE(v)->len;
        for (int64_t i = 0; i < AW_TUPLE(v)->len; i++) h = mix64(h * 31 + const_hash(AW_TUPLE(v)->items[i]));
        return h;
    }
    return mix64(v);
}

/* Same type and same value: 0, 0.0, -0.0 and False are all different constants. */
static bool const_same(AwValue a, AwValue b) {
    if (a == b) return true;
    if (!value_is_ptr(a) || !value_is_ptr(b)) return false;
    AwType *t = type_of(a);
    if (t != type_of(b)) return false;
    if (t == &aw_type_str) {
        return AW_STR(a)->byte_len == AW_STR(b)->byte_len &&
               memcmp(AW_STR(a)->data, AW_STR(b)->data, (size_t)AW_STR(a)->byte_len) == 0;
    }
    if (t == &aw_type_bytes) {
        return AW_BYTES(a)->len == AW_BYTES(b)->len &&
               memcmp(AW_BYTES(a)->data, AW_BYTES(b)->data, (size_t)AW_BYTES(a)->len) == 0;
    }
    if (t == &aw_type_int) return mpz_cmp(AW_BIGINT(a)->z, AW_BIGINT(b)->z) == 0;
    if (t == &aw_type_tuple) {
        AwTuple *x = AW_TUPLE(a), *y = AW_TUPLE(b);
        if (x->len != y->len) return false;
        for (int64_t i = 0; i < x->len; i++) {
            if (!const_same(x->items[i], y->items[i])) return false;
        }
        return true;
    }
    return false;   /* code objects: by identity */
}

static void const_index_insert(CgUnit *u, int idx) {
    uint32_t mask = (uint32_t)u->const_index_cap - 1;
    uint32_t i = (uint32_t)const_hash(u->consts[idx]) & mask;
    while (u->const_index[i]) i = (i + 1) & mask;
    u->const_index[i] = idx + 1;
}

static bool const_index_grow(AwCompiler *c) {
    CgUnit *u = c->u;
    int ncap = u->const_index_cap ? u->const_index_cap * 2 : 32;
    int32_t *index = calloc((size_t)ncap, sizeof(int32_t));
    if (!index) return codegen_oom(c);
    free(u->const_index);
    u->const_index = index;
    u->const_index_cap = ncap;
    for (int i = 0; i < u->nconsts; i++) const_index_insert(u, i);
    return true;
}

int codegen_const(AwCompiler *c, AwValue v) {
    CgUnit *u = c->u;
    if (c->failed) return -1;
    if (u->const_index_cap) {
        uint32_t mask = (uint32_t)u->const_index_cap - 1;
        for (uint32_t i = (uint32_t)const_hash(v) & mask; u->const_index[i]; i = (i + 1) & mask) {
            int idx = u->const_index[i] - 1;
            if (const_same(u->consts[idx], v)) return idx;
        }
    }
    if ((u->nconsts + 1) * 2 > u->const_index_cap && !const_index_grow(c)) return -1;
    if (!grow(c, (void **)&u->consts, &u->consts_cap, u->nconsts + 1, sizeof(AwValue))) return -1;
    u->consts[u->nconsts] = v;
    const_index_insert(u, u->nconsts);
    return u->nconsts++;
}

bool codegen_load_const(AwCompiler *c, AwValue v) {
    if (value_is_int(v)) {
        int64_t i = value_as_small(v);
        if (i >= -SMALL_INT_BIAS && i < SMALL_INT_BIAS) {
            return codegen_emit(c, OP_LOAD_SMALL_INT, (uint32_t)(i + SMALL_INT_BIAS));
        }
    }
    int idx = codegen_const(c, v);
    return idx >= 0 && codegen_emit(c, OP_LOAD_CONST, (uint32_t)idx);
}

/* ---- names ---- */

AwStr *codegen_intern(AwCompiler *c, const char *name) {
    AwStr *s = str_intern(c->vm, name, strlen(name));
    if (!s) codegen_oom(c);
    return s;
}

const char *codegen_mangle(AwCompiler *c, const char *name) {
    const char *m = symtable_mangle(c->st, c->u->scope->private_name, name);
    if (!m) codegen_oom(c);
    return m;
}

static void name_index_insert(CgUnit *u, int idx) {
    uint32_t mask = (uint32_t)u->name_index_cap - 1;
    uint32_t i = (uint32_t)mix64((uint64_t)(uintptr_t)u->names[idx]) & mask;
    while (u->name_index[i]) i = (i + 1) & mask;
    u->name_index[i] = idx + 1;
}

int codegen_name(AwCompiler *c, const char *name) {
    CgUnit *u = c->u;
    AwStr *s = codegen_intern(c, name);
    if (!s) return -1;
    if (u->name_index_cap) {
        uint32_t mask = (uint32_t)u->name_index_cap - 1;
        for (uint32_t i = (uint32_t)mix64((uint64_t)(uintptr_t)s) & mask; u->name_index[i];
             i = (i + 1) & mask) {
            if (u->names[u->name_index[i] - 1] == s) return u->name_index[i] - 1;
        }
    }
    if ((u->nnames + 1) * 2 > u->name_index_cap) {
        int ncap = u->name_index_cap ? u->name_index_cap * 2 : 32;
        int32_t *index = calloc((size_t)ncap, sizeof(int32_t));
        if (!index) return codegen_oom(c), -1;
        free(u->name_index);
        u->name_index = index;
        u->name_index_cap = ncap;
        for (int i = 0; i < u->nnames; i++) name_index_insert(u, i);
    }
    if (!grow(c, (void **)&u->names, &u->names_cap, u->nnames + 1, sizeof(AwStr *))) return -1;
    u->names[u->nnames] = s;
    name_index_insert(u, u->nnames);
    return u->nnames++;
}

bool codegen_emit_name(AwCompiler *c, AwOpcode op, const char *name) {
    int idx = codegen_name(c, name);
    return idx >= 0 && codegen_emit(c, op, (uint32_t)idx);
}

/* ---- fblocks ---- */

bool codegen_push_fblock(AwCompiler *c, const AwNode *at, FBlock fb) {
    CgUnit *u = c->u;
    if (u->nfblocks >= CG_MAX_FBLOCKS) return codegen_error(c, at, "too many statically nested blocks");
    u->fblocks[u->nfblocks++] = fb;
    return true;
}

void codegen_pop_fblock(AwCompiler *c) { c->u->nfblocks--; }

/* ---- units ---- */

bool codegen_unit_push(AwCompiler *c, AwScope *scope, const char *name, int firstlineno) {
    CgUnit *u = calloc(1, sizeof *u);
    if (!u) return codegen_oom(c);
    u->parent = c->u;
    u->scope = scope;
    u->firstlineno = firstlineno;
    u->cur.line = u->cur.end_line = firstlineno;
    c->u = u;
    u->name = codegen_intern(c, name);
    return u->name != NULL;
}

void codegen_unit_pop(AwCompiler *c) {
    CgUnit *u = c->u;
    c->u = u->parent;
    free(u->code);
    free(u->pos);
    free(u->consts);
    free(u->const_index);
    free(u->names);
    free(u->name_index);
    free(u->labels);
    free(u);
}

/* ---- assembly ---- */

static bool resolve_jumps(AwCompiler *c) {
    CgUnit *u = c->u;
    if (u->ncode > (int)INSTR_ARG_MAX) return codegen_error(c, NULL, "code object too large");
    for (int i = 0; i < u->ncode; i++) {
        AwOpcode op = INSTR_OP(u->code[i]);
        if (!is_jump(op)) continue;
        int target = u->labels[INSTR_ARG(u->code[i])];
        if (target < 0) return codegen_error(c, NULL, "internal compiler error: unbound label");
        u->code[i] = INSTR_MAKE(op, (uint32_t)target);
    }
    return true;
}

/* A jump whose target is an unconditional JUMP goes straight to that JUMP's target (JUMP has
 * no stack effect, so this is valid for every jump opcode); saves a dispatch per iteration at
 * the end of loop bodies ending in if/else. */
static void thread_jumps(CgUnit *u) {
    for (int i = 0; i < u->ncode; i++) {
        AwOpcode op = INSTR_OP(u->code[i]);
        if (!is_jump(op)) continue;
        uint32_t target = INSTR_ARG(u->code[i]);
        for (int hops = 0; hops < 8 && (int)target < u->ncode &&
                           INSTR_OP(u->code[target]) == OP_JUMP; hops++) {
            uint32_t next = INSTR_ARG(u->code[target]);
            if (next == target) break;
            target = next;
        }
        u->code[i] = INSTR_MAKE(op, target);
    }
}

static int popcount_mkfn(uint32_t arg) {
    return !!(arg & AW_MKFN_DEFAULTS) + !!(arg & AW_MKFN_KWDEFAULTS) + !!(arg & AW_MKFN_ANNOTATIONS) + !!(arg & AW_MKFN_CLOSURE);
}

/* Stack effect of an instruction on the fall-through path (jump = false) or when it jumps
 * (for SETUP_*: when its handler is entered, relative to the depth before it). */
static int stack_effect(uint32_t instr, bool jump) {
    int arg = (int)INSTR_ARG(instr);
    switch (INSTR_OP(instr)) {
    case OP_NOP: case OP_ROT_TWO: case OP_ROT_THREE: case OP_ROT_FOUR: case OP_DELETE_FAST:
    case OP_DELETE_DEREF: case OP_DELETE_GLOBAL: case OP_DELETE_NAME: case OP_LOAD_ATTR:
    case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_INVERT: case OP_UNARY_NOT:
    case OP_JUMP: case OP_GET_ITER: case OP_LIST_TO_TUPLE: case OP_YIELD_VALUE:
    case OP_GET_YIELD_FROM_ITER: case OP_YIELD_FROM: case OP_AWAIT: case OP_GET_AITER:
    case OP_WITH_EXIT: case OP_POP_BLOCK: case OP_POP_EXCEPT: case OP_CHECK_EXC_MATCH:
    case OP_IMPORT_NAME:
        return 0;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL:
    case OP_STORE_NAME: case OP_DELETE_ATTR: case OP_BINARY_SUBSCR: case OP_BINARY_OP:
    case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP: case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE: case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND:
    case OP_SET_UPDATE: case OP_DICT_UPDATE: case OP_DICT_MERGE: case OP_RETURN_VALUE:
    case OP_RERAISE: case OP_IMPORT_STAR: case OP_PRINT_EXPR:
        return -1;
    case OP_DUP_TOP: case OP_LOAD_CONST: case OP_LOAD_SMALL_INT: case OP_LOAD_FAST:
    case OP_LOAD_DEREF: case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF: case OP_LOAD_GLOBAL:
    case OP_LOAD_NAME: case OP_LOAD_METHOD: case OP_GET_ANEXT: case OP_BEFORE_ASYNC_WITH:
    case OP_WITH_EXCEPT: case OP_LOAD_ASSERTION_ERROR: case OP_LOAD_BUILD_CLASS:
    case OP_IMPORT_FROM:
        return 1;
    case OP_DUP_TOP_TWO: return 2;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD: case OP_END_ASYNC_FOR: return -2;
    case OP_STORE_SUBSCR: return -3;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_SLICE:
    case OP_BUILD_STRING:
        return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_FORMAT_VALUE: return (arg & AW_FMT_HAS_SPEC) ? -1 : 0;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xFFF) + (arg >> 12);
    case OP_CALL: return -arg;
    case OP_CALL_KW: return -arg - 1;
    case OP_CALL_EX: return -1 - (arg & 1);
    case OP_CALL_METHOD: return -arg - 1;
    case OP_CALL_METHOD_KW: return -arg - 2;
    case OP_MAKE_FUNCTION: return -popcount_mkfn((uint32_t)arg);
    case OP_RAISE_VARARGS: return -arg;
    case OP_SETUP_TRY: return jump ? 1 : 0;
    case OP_STAR_BEGIN: return 2;
    case OP_STAR_MATCH: return jump ? -1 : 0;
    case OP_STAR_COLLECT: return -1;
    case OP_STAR_RERAISE: return -3;
    case OP_SETUP_WITH: return 1;
    case OP_SETUP_ASYNC_WITH: return 0;
    /* pattern matching */
    case OP_COPY: case OP_GET_LEN: case OP_MATCH_SEQUENCE: case OP_MATCH_MAPPING: case OP_MATCH_KEYS:
        return 1;
    case OP_MATCH_CLASS: return -2;
    case OP_COPY_DICT_WITHOUT_KEYS: return -1;
    default: return 0;
    }
}

static int block_effect(AwOpcode op, bool jump) {
    switch (op) {
    case OP_SETUP_TRY: case OP_SETUP_WITH: case OP_SETUP_ASYNC_WITH: return 1;
    case OP_POP_BLOCK: case OP_POP_EXCEPT: return -1;
    case OP_END_ASYNC_FOR: return jump ? 0 : -1;
    default: return 0;
    }
}

static bool falls_through(AwOpcode op) {
    return op != OP_JUMP && op != OP_RETURN_VALUE && op != OP_RERAISE && op != OP_RAISE_VARARGS;
}

/* Depth and block depth on entry to each reachable instruction. */
typedef struct {
    int *depth;       /* -1 until reached */
    int *blocks;      /* block depth on entry */
    int *work;        /* worklist of instruction indices, each at most once */
    bool *queued;     /* in the worklist now */
    int nwork;        /* entries in work */
    int max_depth;    /* maximum stack depth seen */
    int max_blocks;   /* maximum block depth seen */
} Flow;

/* Instruction ip is reached with the given depths: (re)queue it if that raises its depths.
 * Well-formed code reaches every instruction with one depth; max() keeps the result safe. */
static void flow_reach(Flow *f, int ip, int n, int depth, int blocks) {
    if (ip >= n) return;
    if (depth > f->max_depth) f->max_depth = depth;
    if (blocks > f->max_blocks) f->max_blocks = blocks;
    if (f->depth[ip] >= depth && f->blocks[ip] >= blocks) return;
#ifdef AW_COMPILER_DEBUG
    if (f->depth[ip] >= 0) {
        fprintf(stderr, "codegen: inconsistent depth at %d: %d/%d vs %d/%d\n", ip, f->depth[ip],
                f->blocks[ip], depth, blocks);
    }
#endif
    if (depth > f->depth[ip]) f->depth[ip] = depth;
    if (blocks > f->blocks[ip]) f->blocks[ip] = blocks;
    if (!f->queued[ip]) {
        f->queued[ip] = true;
        f->work[f->nwork++] = ip;
    }
}

static void flow_free(Flow *f) {
    free(f->depth);
    free(f->blocks);
    free(f->work);
    free(f->queued);
}

static bool compute_depths(AwCompiler *c, int *stacksize, int *maxblocks) {
    CgUnit *u = c->u;
    int n = u->ncode;
    size_t cells = (size_t)(n > 0 ? n : 1);
    Flow f = { malloc(sizeof(int) * cells), malloc(sizeof(int) * cells),
               malloc(sizeof(int) * cells), calloc(cells, sizeof(bool)), 0, 0, 0 };
    if (!f.depth || !f.blocks || !f.work || !f.queued) {
        flow_free(&f);
        return codegen_oom(c);
    }
    for (int i = 0; i < n; i++) f.depth[i] = f.blocks[i] = -1;
    flow_reach(&f, 0, n, 0, 0);
    while (f.nwork > 0) {
        int ip = f.work[--f.nwork];
        f.queued[ip] = false;
        uint32_t instr = u->code[ip];
        AwOpcode op = INSTR_OP(instr);
        int d = f.depth[ip], b = f.blocks[ip];
        if (is_jump(op)) {
            flow_reach(&f, (int)INSTR_ARG(instr), n, d + stack_effect(instr, true),
                       b + block_effect(op, true));
        }
        if (falls_through(op)) {
            flow_reach(&f, ip + 1, n, d + stack_effect(instr, false), b + block_effect(op, false));
        }
    }
    *stacksize = f.max_depth;
    *maxblocks = f.max_blocks;
    flow_free(&f);
    return true;
}

static AwTuple *make_tuple(AwCompiler *c, int n, const AwValue *items) {
    AwTuple *t = tuple_from(c->vm, n, items);
    if (!t) codegen_oom(c);
    return t;
}

static AwTuple *names_tuple(AwCompiler *c, AwStr *const *names, int n) {
    AwTuple *t = tuple_new(c->vm, n);
    if (!t) { codegen_oom(c); return NULL; }
    for (int i = 0; i < n; i++) t->items[i] = str_value(names[i]);
    return t;
}

static AwTuple *varnames_tuple(AwCompiler *c, const AwScope *s) {
    AwTuple *t = tuple_new(c->vm, s->nslots);
    if (!t) { codegen_oom(c); return NULL; }
    for (int i = 0; i < s->nslots; i++) {
        AwStr *name = codegen_intern(c, s->slot_names[i]);
        if (!name) return NULL;
        t->items[i] = str_value(name);
    }
    return t;
}

static bool fill_arrays(AwCompiler *c, AwCode *code) {
    CgUnit *u = c->u;
    const AwScope *s = u->scope;
    code->code = gc_alloc(c->vm, sizeof(uint32_t) * (size_t)u->ncode);
    if (!code->code) return codegen_oom(c);
    code->ncode = u->ncode;
    memcpy(code->code, u->code, sizeof(uint32_t) * (size_t)u->ncode);
    code->positions = gc_alloc(c->vm, sizeof(AwPos) * (size_t)u->ncode);
    if (!code->positions) return codegen_oom(c);
    memcpy(code->positions, u->pos, sizeof(AwPos) * (size_t)u->ncode);
    if (s->kind != AW_BLOCK_MODULE && s->ncells > 0) {
        code->cell_slots = gc_alloc(c->vm, sizeof(int32_t) * (size_t)s->ncells);
        if (!code->cell_slots) return codegen_oom(c);
        for (int i = 0; i < s->ncells; i++) code->cell_slots[i] = s->cell_slots[i];
        code->ncells = s->ncells;
    }
    return true;
}

/* The pair form of the instruction `first` followed by `second` (opcodes.h), or `first`. */
static AwOpcode pair_op(AwOpcode first, AwOpcode second) {
    switch (first) {
    case OP_LOAD_FAST:
        return second == OP_LOAD_FAST ? OP_LOAD_FAST__LOAD_FAST
             : second == OP_LOAD_ATTR ? OP_LOAD_FAST__LOAD_ATTR
             : second == OP_STORE_ATTR ? OP_LOAD_FAST__STORE_ATTR
             : second == OP_LOAD_METHOD ? OP_LOAD_FAST__LOAD_METHOD : first;
    case OP_STORE_FAST: return second == OP_LOAD_FAST ? OP_STORE_FAST__LOAD_FAST : first;
    case OP_DUP_TOP: return second == OP_LOAD_ATTR ? OP_DUP_TOP__LOAD_ATTR : first;
    case OP_ROT_TWO: return second == OP_STORE_ATTR ? OP_ROT_TWO__STORE_ATTR : first;
    case OP_LOAD_CONST: return second == OP_IS_OP ? OP_LOAD_CONST__IS_OP : first;
    case OP_LOAD_SMALL_INT:
        return second == OP_BINARY_OP ? OP_LOAD_SMALL_INT__BINARY_OP
             : second == OP_COMPARE_OP ? OP_LOAD_SMALL_INT__COMPARE_OP : first;
    default: return first;
    }
}

/* Superinstructions: rewrites the first instruction of each frequent pair into its pair form,
 * which saves a dispatch; every instruction keeps its argument and position. */
static void pair_instructions(AwCode *code) {
    for (int i = 0; i + 1 < code->ncode; i++) {
        AwOpcode op = INSTR_OP(code->code[i]);
        AwOpcode pair = pair_op(op, INSTR_OP(code->code[i + 1]));
        if (pair != op) code->code[i] = INSTR_MAKE(pair, INSTR_ARG(code->code[i]));
    }
}

AwCode *codegen_assemble(AwCompiler *c) {
    CgUnit *u = c->u;
    const AwScope *s = u->scope;
    int stacksize = 0, maxblocks = 0;
    if (c->failed || !resolve_jumps(c)) return NULL;
    thread_jumps(u);
    if (!compute_depths(c, &stacksize, &maxblocks)) return NULL;
    AwCode *code = code_new(c->vm);
    if (!code) { codegen_oom(c); return NULL; }
    if (!fill_arrays(c, code)) return NULL;
    pair_instructions(code);
    code->consts = make_tuple(c, u->nconsts, u->consts);
    code->names = code->consts ? names_tuple(c, u->names, u->nnames) : NULL;
    code->varnames = code->names ? varnames_tuple(c, s) : NULL;
    if (!code->varnames) return NULL;
    bool is_module = s->kind == AW_BLOCK_MODULE;
    code->nlocals = is_module ? 0 : s->nslots;
    code->nfree = is_module ? 0 : s->nfree;
    code->argcount = u->argcount;
    code->posonlyargcount = u->posonlyargcount;
    code->kwonlyargcount = u->kwonlyargcount;
    code->flags = u->flags;
    code->stacksize = stacksize;
    code->maxblocks = maxblocks;
    code->name = u->name;
    code->qualname = u->qualname ? u->qualname : u->name;
    code->filename = c->filename;
    code->firstlineno = u->firstlineno;
    bool plain = !(code->flags & (AW_CODE_VARARGS | AW_CODE_VARKW | AW_CODE_GENERATOR | AW_CODE_COROUTINE |
                                  AW_CODE_ASYNC_GENERATOR)) &&
                 code->kwonlyargcount == 0 && code->ncells == 0 && code->nfree == 0;
    code->fast_argc = plain ? code->argcount : -1;
    return code;
}
