/* compile_match.c — the `match` statement: patterns compiled to bytecode the way CPython 3.11's
 * compiler_pattern* functions do it, so evaluation order, what is looked up when, and the
 * compile-time errors (with their positions) are CPython's.
 *
 * Model (CPython's): each case works on a copy of the subject. A pattern consumes the subject
 * on top of the stack and either falls through on success or jumps to a "fail_pop" label that
 * pops whatever the pattern left on the stack. Captured values are not stored as they are
 * found: each is rotated (ROT_N) below the items still in use, and all of a case's names are
 * stored only once its whole pattern has matched (before the guard runs). `on_top` counts the
 * items above the captures that a failure must also pop.
 */
#include <stdlib.h>
#include <string.h>

#include "interp/codegen.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

/* State of the pattern being compiled (CPython's pattern_context). */
typedef struct {
    const char **stores;     /* names captured so far, in stack order (malloc'd) */
    int nstores;             /* entries in stores */
    int stores_cap;          /* capacity of stores */
    bool allow_irrefutable;  /* an irrefutable pattern is allowed here */
    int *fail_pop;           /* fail_pop[i]: label that pops i items, then fails (malloc'd) */
    int fail_pop_size;       /* labels in fail_pop */
    int on_top;              /* items above the captures that a failure must pop */
    const AwNode *loc;       /* the pattern compiled last: where errors point (CPython's SET_LOC) */
} PatternCtx;

static bool pattern(AwCompiler *c, const AwNode *p, PatternCtx *pc);

static bool is_wildcard(const AwNode *p) {
    return p->kind == NODE_MATCH_AS && !p->u.match_as.name && !p->u.match_as.pattern;
}

static bool is_star_wildcard(const AwNode *p) {
    return p->kind == NODE_MATCH_STAR && !p->u.match_star.name;
}

/* ---- failure labels ---- */

static bool ensure_fail_pop(AwCompiler *c, PatternCtx *pc, int n) {
    int size = n + 1;
    if (size <= pc->fail_pop_size) return true;
    int *grown = realloc(pc->fail_pop, sizeof(int) * (size_t)size);
    if (!grown) return codegen_oom(c);
    pc->fail_pop = grown;
    while (pc->fail_pop_size < size) {
        int label = codegen_label(c);
        if (label < 0) return false;
        pc->fail_pop[pc->fail_pop_size++] = label;
    }
    return true;
}

/* Jumps (op) to the label that pops everything this pattern has on the stack. */
static bool jump_to_fail_pop(AwCompiler *c, PatternCtx *pc, AwOpcode op) {
    int pops = pc->on_top + pc->nstores;
    return ensure_fail_pop(c, pc, pops) && codegen_jump(c, op, pc->fail_pop[pops]);
}

/* Binds the fail_pop labels: label i pops one item and falls into label i - 1. */
static bool emit_and_reset_fail_pop(AwCompiler *c, PatternCtx *pc) {
    if (!pc->fail_pop_size) return true;
    while (--pc->fail_pop_size) {
        codegen_bind(c, pc->fail_pop[pc->fail_pop_size]);
        if (!codegen_emit(c, OP_POP_TOP, 0)) return false;
    }
    codegen_bind(c, pc->fail_pop[0]);
    free(pc->fail_pop);
    pc->fail_pop = NULL;
    return true;
}

/* ---- captures ---- */

static int store_index(const PatternCtx *pc, const char *name) {
    for (int i = 0; i < pc->nstores; i++) {
        if (strcmp(pc->stores[i], name) == 0) return i;
    }
    return -1;
}

static bool push_store(AwCompiler *c, PatternCtx *pc, const char *name) {
    if (pc->nstores == pc->stores_cap) {
        int cap = pc->stores_cap ? pc->stores_cap * 2 : 8;
        const char **grown = realloc(pc->stores, sizeof(char *) * (size_t)cap);
        if (!grown) return codegen_oom(c);
        pc->stores = grown;
        pc->stores_cap = cap;
    }
    pc->stores[pc->nstores++] = name;
    return true;
}

/* Moves the top of the stack down to position count (1 = top). */
static bool rotate(AwCompiler *c, int count) {
    return count < 2 || codegen_emit(c, OP_ROT_N, (uint32_t)count);
}

static bool duplicate_store(AwCompiler *c, PatternCtx *pc, const char *name) {
    return codegen_error(c, pc->loc, "multiple assignments to name '%s' in pattern", name);
}

/* The value on top is captured as name (or dropped for `_`). */
static bool store_name(AwCompiler *c, const char *name, PatternCtx *pc) {
    if (!name) return codegen_emit(c, OP_POP_TOP, 0);
    if (strcmp(name, "__debug__") == 0) return codegen_error(c, pc->loc, "cannot assign to __debug__");
    if (store_index(pc, name) >= 0) return duplicate_store(c, pc, name);
    return rotate(c, pc->on_top + pc->nstores + 1) && push_store(c, pc, name);
}

/* ---- simple patterns ---- */

static bool pattern_subpattern(AwCompiler *c, const AwNode *p, PatternCtx *pc) {
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    bool ok = pattern(c, p, pc);
    pc->allow_irrefutable = allow;
    return ok;
}

static bool pattern_as(AwCompiler *c, const AwNode *p, PatternCtx *pc) {
    const char *name = p->u.match_as.name;
    if (!p->u.match_as.pattern) {
        if (!pc->allow_irrefutable) {
            if (name) return codegen_error(c, p, "name capture '%s' makes remaining patterns unreachable", name);
            return codegen_error(c, p, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, name, pc);
    }
    pc->on_top++;
    if (!codegen_emit(c, OP_COPY, 1) || !pattern(c, p->u.match_as.pattern, pc)) return false;
    pc->on_top--;
    return store_name(c, name, pc);
}

static bool pattern_value(AwCompiler *c, const AwNode *p, PatternCtx *pc) {
    if (p->u.match_value.value->kind == NODE_JOINED_STR)
        return codegen_error(c, p, "patterns may only match literals and attribute lookups");
    return compile_expr(c, p->u.match_value.value) &&
           codegen_emit(c, OP_COMPARE_OP, AW_CMP_EQ) &&
           jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

static bool pattern_singleton(AwCompiler *c, const AwNode *p, PatternCtx *pc) {
    AwConstKind k = p->u.match_singleton.value;
    AwValue v = k == AW_CONST_NONE ? AW_NONE : k == AW_CONST_TRUE ? AW_TRUE : AW_FALSE;
    return codegen_load_const(c, v) && codegen_emit(c, OP_IS_OP, 0) &&
           jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

/* len(subject) <op> n, failing when false; the subject stays. */
static bool check_len(AwCompiler *c, PatternCtx *pc, int n, AwCmpOp op) {
    return codegen_emit(c, OP_GET_LEN, 0) && codegen_load_const(c, value_from_small(n)) &&
           codegen_emit(c, OP_COMPARE_OP, op) && jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

/* ---- sequences ---- */

/* Unpacks the subject into its items (the starred one as a list) and matches each. */
static bool sequence_unpack(AwCompiler *c, const AwNodeList *pats, int star, PatternCtx *pc) {
    int size = pats->count;
    if (star < 0) {
        if (!codegen_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)size)) return false;
    } else {
        int after = size - star - 1;
        if (star > 0xFFF || after > 0xFFF)
            return codegen_error(c, pc->loc, "too many expressions in star-unpacking sequence pattern");
        if (!codegen_emit(c, OP_UNPACK_EX, (uint32_t)(star | after << 12))) return false;
    }
    pc->on_top += size;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        if (!pattern_subpattern(c, pats->items[i], pc)) return false;
    }
    return true;
}

/* `[a, *_, b]`: no list is built for the star; items are fetched by index (negative ones as
 * len - k, since the subject may not support negative indexes). */
static bool sequence_subscr(AwCompiler *c, const AwNodeList *pats, int star, PatternCtx *pc) {
    int size = pats->count;
    pc->on_top++;
    for (int i = 0; i < size; i++) {
        const AwNode *sub = pats->items[i];
        if (is_wildcard(sub) || i == star) continue;
        if (!codegen_emit(c, OP_COPY, 1)) return false;
        if (i < star) {
            if (!codegen_load_const(c, value_from_small(i))) return false;
        } else if (!codegen_emit(c, OP_GET_LEN, 0) ||
                   !codegen_load_const(c, value_from_small(size - i)) ||
                   !codegen_emit(c, OP_BINARY_OP, AW_BINOP_SUB)) {
            return false;
        }
        if (!codegen_emit(c, OP_BINARY_SUBSCR, 0) || !pattern_subpattern(c, sub, pc)) return false;
    }
    pc->on_top--;
    return codegen_emit(c, OP_POP_TOP, 0);
}

static bool pattern_sequence(AwCompiler *c, const AwNode *p, PatternCtx *pc) {
    const AwNodeList *pats = &p->u.match_sequence.patterns;
    int size = pats->count, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; i++) {
        const AwNode *sub = pats->items[i];
        if (sub->kind == NODE_MATCH_STAR) {
            if (star >= 0) return codegen_error(c, pc->loc, "multiple starred names in sequence pattern");
            star_wildcard = is_star_wildcard(sub);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(sub);
    }
    pc->on_top++;
    if (!codegen_emit(c, OP_MATCH_SEQUENCE, 0) || !jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE))
        return false;
    if (star < 0) {
        if (!check_len(c, pc, size, AW_CMP_EQ)) return false;
    } else if (size - 1 && !check_len(c, pc, size - 1, AW_CMP_GE)) {
        return false;
    }
    pc->on_top--;
    if (only_wildcard) return codegen_emit(c, OP_POP_TOP, 0);
    if (star_wildcard) return sequence_subscr(c, pats, star, pc);
    return sequence_unpack(c, pats, star, pc);
}

/* ---- mappings ---- */

/* Pushes the keys, rejecting duplicate literal keys at compile time as CPython does. */
static bool mapping_keys(AwCompiler *c, const AwNode *p, PatternCtx *pc) {
    const AwNodeList *keys = &p->u.match_mapping.keys;
    AwValue *seen = malloc(sizeof(AwValue) * (size_t)(keys->count ? keys->count : 1));
    if (!seen) return codegen_oom(c);
    int nseen = 0;
    bool ok = true;
    for (int i = 0; ok && i < keys->count; i++) {
        const AwNode *key = keys->items[i];
        AwValue v;
        bool is_const;
        ok = compile_expr_fold(c, key, &v, &is_const);
        if (!ok) break;
        if (!is_const) {
            if (key->kind != NODE_ATTRIBUTE) {
                ok = codegen_error(c, pc->loc, "mapping pattern keys may only match literals and attribute lookups");
                break;
            }
            ok = compile_expr(c, key);
            continue;
        }
        for (int j = 0; ok && j < nseen; j++) {
            int eq = ops_eq(c->vm, seen[j], v);
            if (eq < 0) vm_exc_clear(c->vm);
            if (eq > 0) {
                AwValue r = ops_repr(c->vm, v);
                if (r == AW_ERR) { ok = codegen_oom(c); break; }
                ok = codegen_error(c, pc->loc, "mapping pattern checks duplicate key (%s)", AW_STR(r)->data);
            }
        }
        if (ok) seen[nseen++] = v;
        ok = ok && codegen_load_const(c, v);
    }
    free(seen);
    return ok;
}

static bool pattern_mapping(AwCompiler *c, const AwNode *p, PatternCtx *pc) {
    int size = p->u.match_mapping.keys.count;
    const char *rest = p->u.match_mapping.rest;
    pc->on_top++;
    if (!codegen_emit(c, OP_MATCH_MAPPING, 0) || !jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE))
        return false;
    if (!size && !rest) {
        pc->on_top--;
        return codegen_emit(c, OP_POP_TOP, 0);
    }
    if (size && !check_len(c, pc, size, AW_CMP_GE)) return false;
    if (!mapping_keys(c, p, pc) || !codegen_emit(c, OP_BUILD_TUPLE, (uint32_t)size) ||
        !codegen_emit(c, OP_MATCH_KEYS, 0))
        return false;
    /* subject, keys, values-or-None */
    pc->on_top += 2;
    if (!codegen_emit(c, OP_COPY, 1) || !codegen_load_const(c, AW_NONE) ||
        !codegen_emit(c, OP_IS_OP, 1) || !jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) ||
        !codegen_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)size))
        return false;
    pc->on_top--;
    pc->on_top += size;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        if (!pattern_subpattern(c, p->u.match_mapping.patterns.items[i], pc)) return false;
    }
    pc->on_top -= 2;
    if (rest) return codegen_emit(c, OP_COPY_DICT_WITHOUT_KEYS, 0) && store_name(c, rest, pc);
    return codegen_emit(c, OP_POP_TOP, 0) && codegen_emit(c, OP_POP_TOP, 0);
}

/* ---- classes ---- */

static bool validate_kwd_attrs(AwCompiler *c, const AwNode *p, PatternCtx *pc) {
    const char **attrs = p->u.match_class.kwd_attrs;
    const AwNodeList *pats = &p->u.match_class.kwd_patterns;
    for (int i = 0; i < pats->count; i++) {
        pc->loc = pats->items[i];
        if (strcmp(attrs[i], "__debug__") == 0) return codegen_error(c, pc->loc, "cannot assign to __debug__");
        for (int j = i + 1; j < pats->count; j++) {
            if (strcmp(attrs[i], attrs[j]) == 0) {
                pc->loc = pats->items[j];
                return codegen_error(c, pc->loc, "attribute name repeated in class pattern: %s", attrs[i]);
            }
        }
    }
    pc->loc = p;
    return true;
}

static bool load_attr_names(AwCompiler *c, const AwNode *p) {
    int n = p->u.match_class.kwd_patterns.count;
    AwTuple *names = tuple_new(c->vm, n);
    if (!names) return codegen_oom(c);
    for (int i = 0; i < n; i++) {
        AwStr *s = codegen_intern(c, p->u.match_class.kwd_attrs[i]);
        if (!s) return false;
        names->items[i] = str_value(s);
    }
    int idx = codegen_const(c, value_from_ptr(names));
    return idx >= 0 && codegen_emit(c, OP_LOAD_CONST, (uint32_t)idx);
}

static bool pattern_class(AwCompiler *c, const AwNode *p, PatternCtx *pc) {
    const AwNodeList *args = &p->u.match_class.patterns, *kwds = &p->u.match_class.kwd_patterns;
    int nargs = args->count, nattrs = kwds->count;
    if (nattrs && !validate_kwd_attrs(c, p, pc)) return false;
    if (!compile_expr(c, p->u.match_class.cls) || !load_attr_names(c, p) ||
        !codegen_emit(c, OP_MATCH_CLASS, (uint32_t)nargs) || !codegen_emit(c, OP_COPY, 1) ||
        !codegen_load_const(c, AW_NONE) || !codegen_emit(c, OP_IS_OP, 1))
        return false;
    pc->on_top++;
    if (!jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE) ||
        !codegen_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)(nargs + nattrs)))
        return false;
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        const AwNode *sub = i < nargs ? args->items[i] : kwds->items[i - nargs];
        if (is_wildcard(sub)) {
            if (!codegen_emit(c, OP_POP_TOP, 0)) return false;
            continue;
        }
        if (!pattern_subpattern(c, sub, pc)) return false;
    }
    return true;
}

/* ---- alternatives ---- */

/* Reorders the captures of an alternative (top nstores items) into control's order,
 * mirroring each stack rotation on pc->stores (CPython's algorithm). */
static bool align_captures(AwCompiler *c, PatternCtx *pc, const char **control, int ncontrol, bool *differ) {
    for (int icontrol = ncontrol - 1; icontrol >= 0; icontrol--) {
        int istores = store_index(pc, control[icontrol]);
        if (istores < 0) { *differ = true; return true; }
        if (istores == icontrol) continue;
        int rotations = istores + 1;
        /* rotated = stores[:rotations]; del stores[:rotations];
         * stores[icontrol-istores:icontrol-istores] = rotated */
        const char **rotated = malloc(sizeof(char *) * (size_t)rotations);
        if (!rotated) return codegen_oom(c);
        memcpy(rotated, pc->stores, sizeof(char *) * (size_t)rotations);
        memmove(pc->stores, pc->stores + rotations, sizeof(char *) * (size_t)(pc->nstores - rotations));
        int at = icontrol - istores;
        memmove(pc->stores + at + rotations, pc->stores + at,
                sizeof(char *) * (size_t)(pc->nstores - rotations - at));
        memcpy(pc->stores + at, rotated, sizeof(char *) * (size_t)rotations);
        free(rotated);
        while (rotations--) {
            if (!rotate(c, icontrol + 1)) return false;
        }
    }
    return true;
}

static bool pattern_or(AwCompiler *c, const AwNode *p, PatternCtx *pc) {
    const AwNodeList *alts = &p->u.match_or.patterns;
    int end = codegen_label(c);
    if (end < 0) return false;
    PatternCtx old = *pc;
    const char **control = NULL;
    int ncontrol = 0;
    bool ok = true, differ = false;
    for (int i = 0; ok && i < alts->count; i++) {
        const AwNode *alt = alts->items[i];
        pc->loc = alt;
        pc->stores = NULL;
        pc->nstores = pc->stores_cap = 0;
        pc->allow_irrefutable = i == alts->count - 1 && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        ok = codegen_emit(c, OP_COPY, 1) && pattern(c, alt, pc);
        if (ok && i == 0) {
            control = pc->stores;
            ncontrol = pc->nstores;
            pc->stores = NULL;
        } else if (ok && pc->nstores != ncontrol) {
            differ = true;
        } else if (ok && ncontrol) {
            ok = align_captures(c, pc, control, ncontrol, &differ);
        }
        if (differ) ok = codegen_error(c, pc->loc, "alternative patterns bind different names");
        ok = ok && codegen_jump(c, OP_JUMP, end) && emit_and_reset_fail_pop(c, pc);
        free(pc->stores);
        free(pc->fail_pop);
        pc->fail_pop = NULL;
    }
    const AwNode *loc = pc->loc;   /* errors below point at the last alternative's pattern */
    *pc = old;
    pc->loc = loc;
    /* no alternative matched: pop the remaining copy of the subject and fail */
    ok = ok && codegen_emit(c, OP_POP_TOP, 0) && jump_to_fail_pop(c, pc, OP_JUMP);
    if (ok) codegen_bind(c, end);
    /* between the new captures and their place: the other stores, the subject's copy, the
     * items on top */
    int nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (int i = 0; ok && i < ncontrol; i++) {
        ok = rotate(c, nrots);
        if (ok && store_index(pc, control[i]) >= 0) ok = duplicate_store(c, pc, control[i]);
        ok = ok && push_store(c, pc, control[i]);
    }
    free(control);
    return ok && codegen_emit(c, OP_POP_TOP, 0);
}

/* ---- dispatch ---- */

static bool pattern_kind(AwCompiler *c, const AwNode *p, PatternCtx *pc) {
    switch (p->kind) {
    case NODE_MATCH_VALUE: return pattern_value(c, p, pc);
    case NODE_MATCH_SINGLETON: return pattern_singleton(c, p, pc);
    case NODE_MATCH_SEQUENCE: return pattern_sequence(c, p, pc);
    case NODE_MATCH_MAPPING: return pattern_mapping(c, p, pc);
    case NODE_MATCH_CLASS: return pattern_class(c, p, pc);
    case NODE_MATCH_STAR: return store_name(c, p->u.match_star.name, pc);
    case NODE_MATCH_AS: return pattern_as(c, p, pc);
    case NODE_MATCH_OR: return pattern_or(c, p, pc);
    default: return codegen_error(c, p, "internal compiler error: unexpected pattern");
    }
}

static bool pattern(AwCompiler *c, const AwNode *p, PatternCtx *pc) {
    if (!codegen_enter(c, p)) return false;
    pc->loc = p;
    codegen_set_pos(c, p);
    bool ok = pattern_kind(c, p, pc);
    codegen_leave(c);
    return ok;
}

/* ---- the statement ---- */

/* One case: match (on a copy of the subject unless is_last), store, guard, body. */
static bool compile_case(AwCompiler *c, const AwNode *m, bool is_last, bool allow_irrefutable, int end) {
    PatternCtx pc = {0};
    pc.allow_irrefutable = allow_irrefutable;
    codegen_set_pos(c, m->u.match_case.pattern);
    bool ok = (is_last || codegen_emit(c, OP_COPY, 1)) && pattern(c, m->u.match_case.pattern, &pc);
    for (int i = 0; ok && i < pc.nstores; i++) {
        ok = compile_expr_name(c, m->u.match_case.pattern, pc.stores[i], AW_CTX_STORE);
    }
    free(pc.stores);
    pc.stores = NULL;
    pc.nstores = 0;
    if (ok && m->u.match_case.guard) {
        ok = ensure_fail_pop(c, &pc, 0) &&
             compile_expr_jump_if(c, m->u.match_case.guard, false, pc.fail_pop[0]);
    }
    ok = ok && (is_last || codegen_emit(c, OP_POP_TOP, 0)) &&
         compile_stmt_list(c, &m->u.match_case.body) && codegen_jump(c, OP_JUMP, end);
    if (ok) codegen_set_pos(c, m->u.match_case.pattern);
    ok = ok && emit_and_reset_fail_pop(c, &pc);
    free(pc.fail_pop);
    return ok;
}

bool compile_match(AwCompiler *c, const AwNode *n) {
    if (!compile_expr(c, n->u.match.subject)) return false;
    int end = codegen_label(c);
    if (end < 0) return false;
    const AwNodeList *cases = &n->u.match.cases;
    int ncases = cases->count;
    const AwNode *last = cases->items[ncases - 1];
    bool has_default = is_wildcard(last->u.match_case.pattern) && ncases > 1;
    for (int i = 0; i < ncases - has_default; i++) {
        const AwNode *m = cases->items[i];
        bool allow = m->u.match_case.guard != NULL || i == ncases - 1;
        if (!compile_case(c, m, i == ncases - has_default - 1, allow, end)) return false;
    }
    if (has_default) {
        /* a trailing `case _:` needs no pattern code: the subject is already consumed */
        codegen_set_pos(c, last->u.match_case.pattern);
        if (!codegen_emit(c, OP_NOP, 0)) return false;
        if (last->u.match_case.guard && !compile_expr_jump_if(c, last->u.match_case.guard, false, end))
            return false;
        if (!compile_stmt_list(c, &last->u.match_case.body)) return false;
    }
    codegen_bind(c, end);
    return true;
}
