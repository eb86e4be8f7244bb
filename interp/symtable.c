/* symtable.c — scope analysis (see symtable.h).
 *
 * Pass 1 (visit_*) records, per block, what the block does with each name (AwSymbol.flags),
 * reporting the errors CPython's symtable reports while it walks. Pass 2 (analyze_*) follows
 * CPython's analyze_block: names bound in enclosing *function* blocks ("bound") make a use
 * FREE; locals captured by children become CELL; class blocks do not add their names to the
 * bound set seen by their children, but pass through free names (AW_SYM_FREE_CLASS when the
 * class binds the same name). Pass 3 lays out the local slots.
 */
#include "interp/symtable.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Deeper ASTs than this are refused rather than risking the C stack. CPython refuses them too
 * (RecursionError "maximum recursion depth exceeded during compilation"): this limit makes the
 * same programs fail, e.g. `1+1+...` passes with 2993 terms and fails with 2994. */
#define MAX_VISIT_DEPTH 2994

struct AwSymtable {
    AwArena arena;            /* scopes, symbols, mangled names */
    AwScope *top;             /* the module block */
    AwScope **scopes;         /* every block, for lookup and freeing (malloc) */
    int nscopes;              /* entries in scopes */
    int scopes_cap;           /* capacity of scopes */
    AwScope **map;            /* node -> block, open addressing on the node pointer (malloc) */
    int map_cap;              /* slots in map (a power of two) */
};

/* The state of pass 1. */
typedef struct {
    AwSymtable *st;           /* what is being built */
    AwScope *cur;             /* the block being visited */
    AwSyntaxError *err;       /* where errors go */
    int comp_iter_expr;       /* > 0 while visiting a comprehension's iterable */
    bool comp_iter_target;    /* visiting a comprehension's iteration target */
    int depth;                /* recursion depth of visit_* */
    bool failed;              /* an error was recorded: stop visiting */
    bool oom;                 /* the error is an allocation failure */
} Visitor;

void symtable_error(AwSyntaxError *err, const AwNode *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->kind = AW_SYNTAX_ERROR;
    err->incomplete = false;
    err->line = at ? at->line : 0;
    err->col = at ? at->col + 1 : 0;
    err->end_line = at ? at->end_line : 0;
    err->end_col = at ? at->end_col + 1 : 0;
}

static uint32_t hash_name(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

/* Appends item to a malloc'd pointer array, doubling it; false if out of memory. */
static bool push_ptr(void ***items, int *count, int *cap, void *item) {
    if (*count == *cap) {
        int ncap = *cap ? *cap * 2 : 8;
        void **grown = realloc(*items, sizeof(void *) * (size_t)ncap);
        if (!grown) return false;
        *items = grown;
        *cap = ncap;
    }
    (*items)[(*count)++] = item;
    return true;
}

/* ---- symbols of one block ---- */

AwSymbol *symtable_symbol(const AwScope *scope, const char *name) {
    if (!scope->table_cap) return NULL;
    uint32_t h = hash_name(name);
    uint32_t mask = (uint32_t)scope->table_cap - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        int32_t e = scope->table[i];
        if (!e) return NULL;
        AwSymbol *sym = scope->symbols[e - 1];
        if (sym->hash == h && strcmp(sym->name, name) == 0) return sym;
    }
}

static bool table_grow(AwScope *s) {
    int ncap = s->table_cap ? s->table_cap * 2 : 16;
    int32_t *table = calloc((size_t)ncap, sizeof(int32_t));
    if (!table) return false;
    uint32_t mask = (uint32_t)ncap - 1;
    for (int k = 0; k < s->nsymbols; k++) {
        uint32_t i = s->symbols[k]->hash & mask;
        while (table[i]) i = (i + 1) & mask;
        table[i] = k + 1;
    }
    free(s->table);
    s->table = table;
    s->table_cap = ncap;
    return true;
}

/* The symbol for name (already mangled), created with no flags if new. NULL if out of memory. */
static AwSymbol *symbol_get(AwSymtable *st, AwScope *s, const char *name) {
    AwSymbol *sym = symtable_symbol(s, name);
    if (sym) return sym;
    if ((s->nsymbols + 1) * 2 > s->table_cap && !table_grow(s)) return NULL;
    sym = arena_alloc(&st->arena, sizeof *sym);
    if (!sym) return NULL;
    sym->name = name;
    sym->hash = hash_name(name);
    sym->scope = AW_SCOPE_NONE;
    sym->slot = -1;
    if (!push_ptr((void ***)&s->symbols, &s->nsymbols, &s->symbols_cap, sym)) return NULL;
    uint32_t mask = (uint32_t)s->table_cap - 1;
    uint32_t i = sym->hash & mask;
    while (s->table[i]) i = (i + 1) & mask;
    s->table[i] = s->nsymbols;
    return sym;
}

const char *symtable_mangle(AwSymtable *st, const char *private_name, const char *name) {
    if (!private_name || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    if (name[n - 1] == '_' && name[n - 2] == '_') return name;   /* __dunder__ */
    if (strchr(name, '.')) return name;                            /* dotted import name */
    while (*private_name == '_') private_name++;
    if (!*private_name) return name;
    size_t pn = strlen(private_name);
    char *out = arena_alloc(&st->arena, pn + n + 2);
    if (!out) return NULL;
    out[0] = '_';
    memcpy(out + 1, private_name, pn);
    memcpy(out + 1 + pn, name, n + 1);
    return out;
}

/* ---- blocks ---- */

static uint32_t hash_node(const AwNode *node) {
    uint64_t x = (uint64_t)(uintptr_t)node;
    x ^= x >> 29;
    x *= 0xBF58476D1CE4E5B9ull;
    return (uint32_t)(x >> 32);
}

AwScope *symtable_scope_of(const AwSymtable *st, const AwNode *node) {
    if (!st->map_cap) return NULL;
    uint32_t mask = (uint32_t)st->map_cap - 1;
    for (uint32_t i = hash_node(node) & mask;; i = (i + 1) & mask) {
        AwScope *s = st->map[i];
        if (!s) return NULL;
        if (s->node == node) return s;
    }
}

static void map_insert(AwSymtable *st, AwScope *s) {
    uint32_t mask = (uint32_t)st->map_cap - 1;
    uint32_t i = hash_node(s->node) & mask;
    while (st->map[i]) i = (i + 1) & mask;
    st->map[i] = s;
}

/* Registers a new block in the node -> block map (kept at most half full). */
static bool map_add(AwSymtable *st, AwScope *s) {
    if ((st->nscopes + 1) * 2 > st->map_cap) {
        int ncap = st->map_cap ? st->map_cap * 2 : 16;
        AwScope **map = calloc((size_t)ncap, sizeof(AwScope *));
        if (!map) return false;
        AwScope **old = st->map;
        int old_cap = st->map_cap;
        st->map = map;
        st->map_cap = ncap;
        for (int i = 0; i < old_cap; i++) {
            if (old[i]) map_insert(st, old[i]);
        }
        free(old);
    }
    map_insert(st, s);
    return true;
}

static void fail_oom(Visitor *v) {
    v->failed = true;
    v->oom = true;
}

static void fail_at(Visitor *v, const AwNode *at, const char *fmt, const char *name) {
    symtable_error(v->err, at, fmt, name);
    v->failed = true;
}

static AwScope *enter_block(Visitor *v, AwBlockKind kind, const AwNode *node, const char *name) {
    AwScope *s = arena_alloc(&v->st->arena, sizeof *s);
    if (!s) { fail_oom(v); return NULL; }
    s->node = node;
    if (!map_add(v->st, s) || !push_ptr((void ***)&v->st->scopes, &v->st->nscopes, &v->st->scopes_cap, s)) {
        fail_oom(v);
        return NULL;
    }
    s->kind = kind;
    s->name = name;
    s->parent = v->cur;
    s->class_cell_slot = -1;
    s->private_name = kind == AW_BLOCK_CLASS ? name : (v->cur ? v->cur->private_name : NULL);
    if (v->cur && !push_ptr((void ***)&v->cur->children, &v->cur->nchildren,
                            &v->cur->children_cap, s)) {
        fail_oom(v);
        return NULL;
    }
    v->cur = s;
    return s;
}

static void exit_block(Visitor *v) { v->cur = v->cur->parent; }

/* Records that the current block does `flag` with name (mangled here). */
static AwSymbol *add_def_in(Visitor *v, AwScope *s, const char *name, int flag, const AwNode *at) {
    const char *mangled = symtable_mangle(v->st, s->private_name, name);
    AwSymbol *sym = mangled ? symbol_get(v->st, s, mangled) : NULL;
    if (!sym) { fail_oom(v); return NULL; }
    if ((flag & AW_SYM_PARAM) && (sym->flags & AW_SYM_PARAM)) {
        fail_at(v, at, "duplicate argument '%s' in function definition", name);
        return NULL;
    }
    if (s == v->cur && v->comp_iter_target) {
        if (sym->flags & (AW_SYM_GLOBAL | AW_SYM_NONLOCAL)) {
            fail_at(v, at, "comprehension inner loop cannot rebind assignment expression "
                           "target '%s'", name);
            return NULL;
        }
        flag |= AW_SYM_COMP_ITER;
    }
    sym->flags |= flag;
    if ((flag & AW_SYM_PARAM) &&
        !push_ptr((void ***)&s->params, &s->nparams, &s->params_cap, (void *)sym->name)) {
        fail_oom(v);
        return NULL;
    }
    return sym;
}

static AwSymbol *add_def(Visitor *v, const char *name, int flag, const AwNode *at) {
    return add_def_in(v, v->cur, name, flag, at);
}

/* ---- pass 1: statements ---- */

static void visit_expr(Visitor *v, const AwNode *n);
static void visit_stmt(Visitor *v, const AwNode *n);

static void visit_exprs(Visitor *v, const AwNodeList *l) {
    for (int i = 0; i < l->count && !v->failed; i++) {
        if (l->items[i]) visit_expr(v, l->items[i]);
    }
}

static void visit_stmts(Visitor *v, const AwNodeList *l) {
    for (int i = 0; i < l->count && !v->failed; i++) visit_stmt(v, l->items[i]);
}

static void visit_param_list(Visitor *v, const AwNodeList *l) {
    for (int i = 0; i < l->count && !v->failed; i++) {
        add_def(v, l->items[i]->u.arg.name, AW_SYM_PARAM, l->items[i]);
    }
}

/* Parameters in slot order (code.h): positional, keyword-only, *args, **kwargs. */
static void visit_params(Visitor *v, const AwArguments *a) {
    visit_param_list(v, &a->posonlyargs);
    visit_param_list(v, &a->args);
    visit_param_list(v, &a->kwonlyargs);
    if (a->vararg && !v->failed) add_def(v, a->vararg->u.arg.name, AW_SYM_PARAM, a->vararg);
    if (a->kwarg && !v->failed) add_def(v, a->kwarg->u.arg.name, AW_SYM_PARAM, a->kwarg);
}

static void visit_arg_annotations(Visitor *v, const AwNodeList *args) {
    for (int i = 0; i < args->count && !v->failed; i++)
        if (args->items[i]->u.arg.annotation) visit_expr(v, args->items[i]->u.arg.annotation);
}

/* Defaults and parameter annotations are evaluated in the enclosing block. */
static void visit_defaults(Visitor *v, const AwArguments *a) {
    visit_exprs(v, &a->defaults);
    visit_exprs(v, &a->kw_defaults);
    visit_arg_annotations(v, &a->posonlyargs);
    visit_arg_annotations(v, &a->args);
    visit_arg_annotations(v, &a->kwonlyargs);
    if (a->vararg && a->vararg->u.arg.annotation && !v->failed) visit_expr(v, a->vararg->u.arg.annotation);
    if (a->kwarg && a->kwarg->u.arg.annotation && !v->failed) visit_expr(v, a->kwarg->u.arg.annotation);
}

static void visit_function(Visitor *v, const AwNode *n) {
    add_def(v, n->u.function_def.name, AW_SYM_LOCAL, n);
    visit_defaults(v, n->u.function_def.args);
    if (n->u.function_def.returns && !v->failed) visit_expr(v, n->u.function_def.returns);
    visit_exprs(v, &n->u.function_def.decorators);
    if (v->failed) return;
    AwScope *s = enter_block(v, AW_BLOCK_FUNCTION, n, n->u.function_def.name);
    if (!s) return;
    s->is_async_def = n->u.function_def.is_async;
    s->is_coroutine = s->is_async_def;
    visit_params(v, n->u.function_def.args);
    visit_stmts(v, &n->u.function_def.body);
    exit_block(v);
}

static void visit_class(Visitor *v, const AwNode *n) {
    add_def(v, n->u.class_def.name, AW_SYM_LOCAL, n);
    visit_exprs(v, &n->u.class_def.bases);
    for (int i = 0; i < n->u.class_def.keywords.count && !v->failed; i++) {
        visit_expr(v, n->u.class_def.keywords.items[i]->u.keyword.value);
    }
    visit_exprs(v, &n->u.class_def.decorators);
    if (v->failed) return;
    if (!enter_block(v, AW_BLOCK_CLASS, n, n->u.class_def.name)) return;
    visit_stmts(v, &n->u.class_def.body);
    exit_block(v);
}

/* The name an import binds: the alias, or the first component of a dotted name. */
static const char *import_binding(Visitor *v, const AwNode *alias, bool is_from) {
    if (alias->u.alias.asname) return alias->u.alias.asname;
    const char *name = alias->u.alias.name;
    const char *dot = is_from ? NULL : strchr(name, '.');
    if (!dot) return name;
    char *first = arena_strndup(&v->st->arena, name, (size_t)(dot - name));
    if (!first) fail_oom(v);
    return first;
}

static void visit_import(Visitor *v, const AwNodeList *names, bool is_from) {
    for (int i = 0; i < names->count && !v->failed; i++) {
        const AwNode *alias = names->items[i];
        if (is_from && strcmp(alias->u.alias.name, "*") == 0) {
            if (v->cur->kind != AW_BLOCK_MODULE) {
                fail_at(v, alias, "import * only allowed at module level", NULL);
            }
            continue;
        }
        const char *bound = import_binding(v, alias, is_from);
        if (bound) add_def(v, bound, AW_SYM_IMPORT, alias);
    }
}

/* global / nonlocal: CPython's checks against what the block already did with the name. */
static void visit_declaration(Visitor *v, const AwNode *n, bool is_global) {
    if (!is_global && v->cur->kind == AW_BLOCK_MODULE) {
        fail_at(v, n, "nonlocal declaration not allowed at module level", NULL);
        return;
    }
    const char *what = is_global ? "global" : "nonlocal";
    for (int i = 0; i < n->u.global.count && !v->failed; i++) {
        const char *name = n->u.global.names[i];
        const char *mangled = symtable_mangle(v->st, v->cur->private_name, name);
        if (!mangled) { fail_oom(v); return; }
        AwSymbol *sym = symtable_symbol(v->cur, mangled);
        int cur = sym ? sym->flags : 0;
        if (cur & (AW_SYM_PARAM | AW_SYM_LOCAL | AW_SYM_USE | AW_SYM_ANNOT)) {
            char fmt[96];
            if (cur & AW_SYM_PARAM) snprintf(fmt, sizeof fmt, "name '%%s' is parameter and %s", what);
            else if (cur & AW_SYM_USE) snprintf(fmt, sizeof fmt, "name '%%s' is used prior to %s declaration", what);
            else if (cur & AW_SYM_ANNOT) snprintf(fmt, sizeof fmt, "annotated name '%%s' can't be %s", what);
            else snprintf(fmt, sizeof fmt, "name '%%s' is assigned to before %s declaration", what);
            fail_at(v, n, fmt, name);
            return;
        }
        sym = add_def(v, name, is_global ? AW_SYM_GLOBAL : AW_SYM_NONLOCAL, n);
        if (sym && !sym->directive) sym->directive = n;
    }
}

static void visit_ann_assign(Visitor *v, const AwNode *n) {
    const AwNode *target = n->u.ann_assign.target;
    if (target->kind == NODE_NAME) {
        const char *name = target->u.name.id;
        const char *mangled = symtable_mangle(v->st, v->cur->private_name, name);
        if (!mangled) { fail_oom(v); return; }
        AwSymbol *sym = symtable_symbol(v->cur, mangled);
        int cur = sym ? sym->flags : 0;
        if ((cur & (AW_SYM_GLOBAL | AW_SYM_NONLOCAL)) && v->cur->kind != AW_BLOCK_MODULE &&
            n->u.ann_assign.simple) {
            fail_at(v, n, cur & AW_SYM_GLOBAL ? "annotated name '%s' can't be global"
                                              : "annotated name '%s' can't be nonlocal", name);
            return;
        }
        if (n->u.ann_assign.simple) add_def(v, name, AW_SYM_ANNOT | AW_SYM_LOCAL, target);
        else if (n->u.ann_assign.value) add_def(v, name, AW_SYM_LOCAL, target);
    } else {
        visit_expr(v, target);
    }
    /* Module and class bodies evaluate annotations (into __annotations__); functions never. */
    if (v->cur->kind != AW_BLOCK_FUNCTION && !v->failed) visit_expr(v, n->u.ann_assign.annotation);
    if (n->u.ann_assign.value && !v->failed) visit_expr(v, n->u.ann_assign.value);
}

static void visit_try(Visitor *v, const AwNode *n) {
    visit_stmts(v, &n->u.try_.body);
    for (int i = 0; i < n->u.try_.handlers.count && !v->failed; i++) {
        const AwNode *h = n->u.try_.handlers.items[i];
        if (h->u.except_handler.type) visit_expr(v, h->u.except_handler.type);
        if (h->u.except_handler.name && !v->failed) {
            add_def(v, h->u.except_handler.name, AW_SYM_LOCAL, h);
        }
        visit_stmts(v, &h->u.except_handler.body);
    }
    visit_stmts(v, &n->u.try_.orelse);
    visit_stmts(v, &n->u.try_.finalbody);
}

/* Capture names of a pattern are assignments in the current block (CPython's visit_pattern). */
static void visit_pattern(Visitor *v, const AwNode *n) {
    if (v->failed) return;
    if (++v->depth > MAX_VISIT_DEPTH) {
        fail_at(v, n, "too many nested expressions", NULL);
        return;
    }
    const AwNodeList *subs = NULL;
    switch (n->kind) {
    case NODE_MATCH_VALUE: visit_expr(v, n->u.match_value.value); break;
    case NODE_MATCH_SEQUENCE: subs = &n->u.match_sequence.patterns; break;
    case NODE_MATCH_STAR:
        if (n->u.match_star.name) add_def(v, n->u.match_star.name, AW_SYM_LOCAL, n);
        break;
    case NODE_MATCH_MAPPING:
        visit_exprs(v, &n->u.match_mapping.keys);
        subs = &n->u.match_mapping.patterns;
        break;
    case NODE_MATCH_CLASS:
        visit_expr(v, n->u.match_class.cls);
        for (int i = 0; i < n->u.match_class.patterns.count; i++)
            visit_pattern(v, n->u.match_class.patterns.items[i]);
        subs = &n->u.match_class.kwd_patterns;
        break;
    case NODE_MATCH_AS:
        if (n->u.match_as.pattern) visit_pattern(v, n->u.match_as.pattern);
        if (n->u.match_as.name && !v->failed) add_def(v, n->u.match_as.name, AW_SYM_LOCAL, n);
        break;
    case NODE_MATCH_OR: subs = &n->u.match_or.patterns; break;
    default: break;   /* MATCH_SINGLETON */
    }
    for (int i = 0; subs && i < subs->count; i++) visit_pattern(v, subs->items[i]);
    if (n->kind == NODE_MATCH_MAPPING && n->u.match_mapping.rest && !v->failed)
        add_def(v, n->u.match_mapping.rest, AW_SYM_LOCAL, n);
    v->depth--;
}

static void visit_match(Visitor *v, const AwNode *n) {
    visit_expr(v, n->u.match.subject);
    for (int i = 0; i < n->u.match.cases.count && !v->failed; i++) {
        const AwNode *mc = n->u.match.cases.items[i];
        visit_pattern(v, mc->u.match_case.pattern);
        if (mc->u.match_case.guard && !v->failed) visit_expr(v, mc->u.match_case.guard);
        visit_stmts(v, &mc->u.match_case.body);
    }
}

static void visit_stmt_kind(Visitor *v, const AwNode *n) {
    switch (n->kind) {
    case NODE_FUNCTION_DEF: visit_function(v, n); break;
    case NODE_CLASS_DEF: visit_class(v, n); break;
    case NODE_RETURN: if (n->u.return_.value) visit_expr(v, n->u.return_.value); break;
    case NODE_DELETE: visit_exprs(v, &n->u.delete_.targets); break;
    case NODE_ASSIGN:
        visit_exprs(v, &n->u.assign.targets);
        if (!v->failed) visit_expr(v, n->u.assign.value);
        break;
    case NODE_AUG_ASSIGN:
        visit_expr(v, n->u.aug_assign.target);
        if (!v->failed) visit_expr(v, n->u.aug_assign.value);
        break;
    case NODE_ANN_ASSIGN: visit_ann_assign(v, n); break;
    case NODE_FOR:
        visit_expr(v, n->u.for_.target);
        if (!v->failed) visit_expr(v, n->u.for_.iter);
        visit_stmts(v, &n->u.for_.body);
        visit_stmts(v, &n->u.for_.orelse);
        break;
    case NODE_WHILE:
        visit_expr(v, n->u.while_.test);
        visit_stmts(v, &n->u.while_.body);
        visit_stmts(v, &n->u.while_.orelse);
        break;
    case NODE_IF:
        visit_expr(v, n->u.if_.test);
        visit_stmts(v, &n->u.if_.body);
        visit_stmts(v, &n->u.if_.orelse);
        break;
    case NODE_WITH:
        for (int i = 0; i < n->u.with.items.count && !v->failed; i++) {
            const AwNode *item = n->u.with.items.items[i];
            visit_expr(v, item->u.with_item.context_expr);
            if (item->u.with_item.optional_vars && !v->failed) {
                visit_expr(v, item->u.with_item.optional_vars);
            }
        }
        visit_stmts(v, &n->u.with.body);
        break;
    case NODE_RAISE:
        if (n->u.raise.exc) visit_expr(v, n->u.raise.exc);
        if (n->u.raise.cause && !v->failed) visit_expr(v, n->u.raise.cause);
        break;
    case NODE_TRY: visit_try(v, n); break;
    case NODE_ASSERT:
        visit_expr(v, n->u.assert_.test);
        if (n->u.assert_.msg && !v->failed) visit_expr(v, n->u.assert_.msg);
        break;
    case NODE_IMPORT: visit_import(v, &n->u.import.names, false); break;
    case NODE_IMPORT_FROM: visit_import(v, &n->u.import_from.names, true); break;
    case NODE_GLOBAL: visit_declaration(v, n, true); break;
    case NODE_NONLOCAL: visit_declaration(v, n, false); break;
    case NODE_EXPR: visit_expr(v, n->u.expr.value); break;
    case NODE_MATCH: visit_match(v, n); break;
    default: break;   /* pass, break, continue */
    }
}

static void visit_stmt(Visitor *v, const AwNode *n) {
    if (v->failed) return;
    if (++v->depth > MAX_VISIT_DEPTH) {
        fail_at(v, n, "too many nested expressions", NULL);
        return;
    }
    visit_stmt_kind(v, n);
    v->depth--;
}

/* ---- pass 1: expressions ---- */

static const char *comprehension_name(AwNodeKind kind) {
    switch (kind) {
    case NODE_LIST_COMP: return "<listcomp>";
    case NODE_SET_COMP: return "<setcomp>";
    case NODE_DICT_COMP: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static const char *comprehension_what(AwNodeKind kind) {
    switch (kind) {
    case NODE_LIST_COMP: return "list comprehension";
    case NODE_SET_COMP: return "set comprehension";
    case NODE_DICT_COMP: return "dict comprehension";
    default: return "generator expression";
    }
}

static void visit_comp_target(Visitor *v, const AwNode *target) {
    v->comp_iter_target = true;
    visit_expr(v, target);
    v->comp_iter_target = false;
}

static void visit_comp_iter(Visitor *v, const AwNode *iter) {
    v->comp_iter_expr++;
    visit_expr(v, iter);
    v->comp_iter_expr--;
}

/* A comprehension is a function block whose parameter ".0" is the iterator of the outermost
 * `for`; that iterable is evaluated (and so visited) in the enclosing block. */
static void visit_comprehension(Visitor *v, const AwNode *n, const AwNodeList *gens,
                                const AwNode *elt, const AwNode *value) {
    const AwNode *outer = gens->items[0];
    visit_comp_iter(v, outer->u.comprehension.iter);
    if (v->failed) return;
    AwScope *s = enter_block(v, AW_BLOCK_FUNCTION, n, comprehension_name(n->kind));
    if (!s) return;
    s->is_comprehension = true;
    s->is_genexp = n->kind == NODE_GENERATOR_EXP;
    s->is_generator = s->is_genexp;
    add_def(v, ".0", AW_SYM_PARAM, n);
    for (int i = 0; i < gens->count && !v->failed; i++) {
        const AwNode *g = gens->items[i];
        if (g->u.comprehension.is_async) s->is_coroutine = true;
        visit_comp_target(v, g->u.comprehension.target);
        if (i > 0 && !v->failed) visit_comp_iter(v, g->u.comprehension.iter);
        visit_exprs(v, &g->u.comprehension.ifs);
    }
    if (!v->failed) visit_expr(v, elt);
    if (value && !v->failed) visit_expr(v, value);
    exit_block(v);
    /* A list/set/dict comprehension that awaits is awaited where it is called: an enclosing
     * comprehension then awaits too. */
    if (s->is_coroutine && !s->is_genexp && v->cur->is_comprehension) v->cur->is_coroutine = true;
}

static void visit_lambda(Visitor *v, const AwNode *n) {
    visit_defaults(v, n->u.lambda.args);
    if (v->failed) return;
    AwScope *s = enter_block(v, AW_BLOCK_FUNCTION, n, "<lambda>");
    if (!s) return;
    s->is_lambda = true;
    visit_params(v, n->u.lambda.args);
    if (!v->failed) visit_expr(v, n->u.lambda.body);
    exit_block(v);
}

/* Walrus inside a comprehension binds in the nearest enclosing function or module block. */
static void extend_namedexpr_scope(Visitor *v, const AwNode *target) {
    const char *name = target->u.name.id;
    for (AwScope *s = v->cur; s; s = s->parent) {
        const char *mangled = symtable_mangle(v->st, s->private_name, name);
        if (!mangled) { fail_oom(v); return; }
        if (s->is_comprehension) {
            AwSymbol *sym = symtable_symbol(s, mangled);
            if (sym && (sym->flags & AW_SYM_COMP_ITER)) {
                fail_at(v, target, "assignment expression cannot rebind comprehension "
                                   "iteration variable '%s'", name);
                return;
            }
            continue;
        }
        if (s->kind == AW_BLOCK_FUNCTION) {
            AwSymbol *sym = symtable_symbol(s, mangled);
            int flag = sym && (sym->flags & AW_SYM_GLOBAL) ? AW_SYM_GLOBAL : AW_SYM_NONLOCAL;
            AwSymbol *here = add_def(v, name, flag, target);
            if (here && !here->directive) here->directive = target;
            if (!v->failed) add_def_in(v, s, name, AW_SYM_LOCAL, target);
            return;
        }
        if (s->kind == AW_BLOCK_MODULE) {
            add_def(v, name, AW_SYM_GLOBAL, target);
            if (!v->failed) add_def_in(v, s, name, AW_SYM_GLOBAL, target);
            return;
        }
        fail_at(v, target, "assignment expression within a comprehension cannot be used in a "
                           "class body", NULL);
        return;
    }
}

static void visit_named_expr(Visitor *v, const AwNode *n) {
    if (v->comp_iter_expr > 0) {
        fail_at(v, n, "assignment expression cannot be used in a comprehension iterable "
                      "expression", NULL);
        return;
    }
    if (v->cur->is_comprehension) extend_namedexpr_scope(v, n->u.named_expr.target);
    if (!v->failed) visit_expr(v, n->u.named_expr.value);
    if (!v->failed) visit_expr(v, n->u.named_expr.target);
}

static void visit_yield(Visitor *v, const AwNode *n) {
    if (n->u.yield.value) visit_expr(v, n->u.yield.value);
    if (v->failed) return;
    v->cur->is_generator = true;
    if (v->cur->is_comprehension) {
        fail_at(v, n, "'yield' inside %s", comprehension_what(v->cur->node->kind));
    }
}

static void visit_name(Visitor *v, const AwNode *n) {
    bool is_load = n->u.name.ctx == AW_CTX_LOAD;
    add_def(v, n->u.name.id, is_load ? AW_SYM_USE : AW_SYM_LOCAL, n);
    /* Zero-argument super() needs the __class__ cell of the enclosing class. */
    if (is_load && v->cur->kind == AW_BLOCK_FUNCTION && strcmp(n->u.name.id, "super") == 0) {
        add_def(v, "__class__", AW_SYM_USE, n);
    }
}

static void visit_call(Visitor *v, const AwNode *n) {
    visit_expr(v, n->u.call.func);
    visit_exprs(v, &n->u.call.args);
    for (int i = 0; i < n->u.call.keywords.count && !v->failed; i++) {
        visit_expr(v, n->u.call.keywords.items[i]->u.keyword.value);
    }
}

/* Left-nested operator chains (1+1+...+1) may be 10^5 deep: walk the left spine in a loop. */
static void visit_bin_op(Visitor *v, const AwNode *n) {
    int levels = 0;
    for (const AwNode *x = n; x->kind == NODE_BIN_OP; x = x->u.bin_op.left) levels++;
    if (v->depth + levels > MAX_VISIT_DEPTH) {
        fail_at(v, n, "too many nested expressions", NULL);
        return;
    }
    while (n->kind == NODE_BIN_OP && !v->failed) {
        visit_expr(v, n->u.bin_op.right);
        n = n->u.bin_op.left;
    }
    if (!v->failed) visit_expr(v, n);
}

static void visit_expr_kind(Visitor *v, const AwNode *n) {
    switch (n->kind) {
    case NODE_BOOL_OP: visit_exprs(v, &n->u.bool_op.values); break;
    case NODE_NAMED_EXPR: visit_named_expr(v, n); break;
    case NODE_BIN_OP: visit_bin_op(v, n); break;
    case NODE_UNARY_OP: visit_expr(v, n->u.unary_op.operand); break;
    case NODE_LAMBDA: visit_lambda(v, n); break;
    case NODE_IF_EXP:
        visit_expr(v, n->u.if_exp.test);
        if (!v->failed) visit_expr(v, n->u.if_exp.body);
        if (!v->failed) visit_expr(v, n->u.if_exp.orelse);
        break;
    case NODE_DICT:
        visit_exprs(v, &n->u.dict.keys);
        visit_exprs(v, &n->u.dict.values);
        break;
    case NODE_SET: visit_exprs(v, &n->u.set.elts); break;
    case NODE_LIST_COMP: case NODE_SET_COMP: case NODE_GENERATOR_EXP:
        visit_comprehension(v, n, &n->u.comp.generators, n->u.comp.elt, NULL);
        break;
    case NODE_DICT_COMP:
        visit_comprehension(v, n, &n->u.dict_comp.generators, n->u.dict_comp.key,
                            n->u.dict_comp.value);
        break;
    case NODE_AWAIT:
        visit_expr(v, n->u.await.value);
        if (v->cur->is_comprehension) v->cur->is_coroutine = true;
        break;
    case NODE_YIELD: case NODE_YIELD_FROM: visit_yield(v, n); break;
    case NODE_COMPARE:
        visit_expr(v, n->u.compare.left);
        visit_exprs(v, &n->u.compare.comparators);
        break;
    case NODE_CALL: visit_call(v, n); break;
    case NODE_FORMATTED_VALUE:
        visit_expr(v, n->u.formatted_value.value);
        if (n->u.formatted_value.format_spec && !v->failed) {
            visit_expr(v, n->u.formatted_value.format_spec);
        }
        break;
    case NODE_JOINED_STR: visit_exprs(v, &n->u.joined_str.values); break;
    case NODE_ATTRIBUTE: visit_expr(v, n->u.attribute.value); break;
    case NODE_SUBSCRIPT:
        visit_expr(v, n->u.subscript.value);
        if (!v->failed) visit_expr(v, n->u.subscript.slice);
        break;
    case NODE_STARRED: visit_expr(v, n->u.starred.value); break;
    case NODE_NAME: visit_name(v, n); break;
    case NODE_LIST: case NODE_TUPLE: visit_exprs(v, &n->u.sequence.elts); break;
    case NODE_SLICE:
        if (n->u.slice.lower) visit_expr(v, n->u.slice.lower);
        if (n->u.slice.upper && !v->failed) visit_expr(v, n->u.slice.upper);
        if (n->u.slice.step && !v->failed) visit_expr(v, n->u.slice.step);
        break;
    default: break;   /* constants */
    }
}

static void visit_expr(Visitor *v, const AwNode *n) {
    if (v->failed) return;
    if (++v->depth > MAX_VISIT_DEPTH) {
        fail_at(v, n, "too many nested expressions", NULL);
        return;
    }
    visit_expr_kind(v, n);
    v->depth--;
}

/* ---- pass 2: resolution ---- */

#define TOMBSTONE ((const char *)1)

/* A set of names (open addressing; keys are not owned). */
typedef struct {
    const char **keys;   /* NULL empty, TOMBSTONE deleted */
    int cap;             /* power of two, or 0 */
    int used;            /* live + deleted keys */
} NameSet;

static void set_free(NameSet *s) { free(s->keys); s->keys = NULL; s->cap = s->used = 0; }

static int set_find(const NameSet *s, const char *name, uint32_t h) {
    if (!s->cap) return -1;
    uint32_t mask = (uint32_t)s->cap - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        const char *k = s->keys[i];
        if (!k) return -1;
        if (k != TOMBSTONE && strcmp(k, name) == 0) return (int)i;
    }
}

static bool set_has(const NameSet *s, const char *name) {
    return s && set_find(s, name, hash_name(name)) >= 0;
}

static void set_remove(NameSet *s, const char *name) {
    int i = s ? set_find(s, name, hash_name(name)) : -1;
    if (i >= 0) s->keys[i] = TOMBSTONE;
}

static bool set_add(NameSet *s, const char *name);

static bool set_grow(NameSet *s) {
    NameSet bigger = { calloc((size_t)(s->cap ? s->cap * 2 : 16), sizeof(char *)),
                       s->cap ? s->cap * 2 : 16, 0 };
    if (!bigger.keys) return false;
    for (int i = 0; i < s->cap; i++) {
        if (s->keys[i] && s->keys[i] != TOMBSTONE) set_add(&bigger, s->keys[i]);
    }
    free(s->keys);
    *s = bigger;
    return true;
}

static bool set_add(NameSet *s, const char *name) {
    uint32_t h = hash_name(name);
    if (set_find(s, name, h) >= 0) return true;
    if ((s->used + 1) * 2 > s->cap && !set_grow(s)) return false;
    uint32_t mask = (uint32_t)s->cap - 1;
    uint32_t i = h & mask;
    while (s->keys[i] && s->keys[i] != TOMBSTONE) i = (i + 1) & mask;
    if (!s->keys[i]) s->used++;
    s->keys[i] = name;
    return true;
}

static bool set_union(NameSet *dst, const NameSet *src) {
    for (int i = 0; src && i < src->cap; i++) {
        if (src->keys[i] && src->keys[i] != TOMBSTONE && !set_add(dst, src->keys[i])) return false;
    }
    return true;
}

/* The state of pass 2. */
typedef struct {
    AwSymtable *st;           /* the table */
    AwSyntaxError *err;       /* where errors go */
    bool failed;              /* an error was recorded */
    bool oom;                 /* the error is an allocation failure */
} Analyzer;

static bool ana_error(Analyzer *a, const AwSymbol *sym, const char *fmt) {
    symtable_error(a->err, sym->directive, fmt, sym->name);
    a->failed = true;
    return false;
}

static bool ana_oom(Analyzer *a) {
    a->failed = a->oom = true;
    return false;
}

static bool analyze_name(Analyzer *a, AwSymbol *sym, NameSet *bound, NameSet *local,
                         NameSet *free_, NameSet *global) {
    int flags = sym->flags;
    if (flags & AW_SYM_GLOBAL) {
        if (flags & AW_SYM_NONLOCAL) return ana_error(a, sym, "name '%s' is nonlocal and global");
        sym->scope = AW_SCOPE_GLOBAL_EXPLICIT;
        set_remove(bound, sym->name);
        return set_add(global, sym->name) || ana_oom(a);
    }
    if (flags & AW_SYM_NONLOCAL) {
        if (!set_has(bound, sym->name)) return ana_error(a, sym, "no binding for nonlocal '%s' found");
        sym->scope = AW_SCOPE_FREE;
        return set_add(free_, sym->name) || ana_oom(a);
    }
    if (flags & AW_SYM_BOUND) {
        sym->scope = AW_SCOPE_LOCAL;
        set_remove(global, sym->name);
        return set_add(local, sym->name) || ana_oom(a);
    }
    if (set_has(bound, sym->name)) {
        sym->scope = AW_SCOPE_FREE;
        return set_add(free_, sym->name) || ana_oom(a);
    }
    sym->scope = AW_SCOPE_GLOBAL_IMPLICIT;
    return true;
}

/* Locals that children capture become cells (function blocks only). */
static void analyze_cells(AwScope *s, NameSet *newfree) {
    for (int i = 0; i < s->nsymbols; i++) {
        AwSymbol *sym = s->symbols[i];
        if (sym->scope == AW_SCOPE_LOCAL && set_has(newfree, sym->name)) {
            sym->scope = AW_SCOPE_CELL;
            set_remove(newfree, sym->name);
        }
    }
}

/* Free names of children that this block does not define pass through it as FREE. */
static bool update_symbols(Analyzer *a, AwScope *s, NameSet *bound, NameSet *newfree) {
    for (int i = 0; i < newfree->cap; i++) {
        const char *name = newfree->keys[i];
        if (!name || name == TOMBSTONE) continue;
        AwSymbol *sym = symtable_symbol(s, name);
        if (sym) {
            if (s->kind == AW_BLOCK_CLASS && (sym->flags & (AW_SYM_BOUND | AW_SYM_GLOBAL))) {
                sym->flags |= AW_SYM_FREE_CLASS;
            }
            continue;
        }
        if (!bound || !set_has(bound, name)) continue;
        sym = symbol_get(a->st, s, name);
        if (!sym) return ana_oom(a);
        sym->scope = AW_SCOPE_FREE;
    }
    return true;
}

static bool analyze_block(Analyzer *a, AwScope *s, NameSet *bound, NameSet *free_,
                          NameSet *global);

static bool analyze_child(Analyzer *a, AwScope *child, NameSet *bound, NameSet *global,
                          NameSet *allfree) {
    NameSet tbound = {0}, tfree = {0}, tglobal = {0};
    bool ok = (set_union(&tbound, bound) && set_union(&tglobal, global)) || ana_oom(a);
    ok = ok && analyze_block(a, child, &tbound, &tfree, &tglobal);
    ok = ok && (set_union(allfree, &tfree) || ana_oom(a));
    set_free(&tbound);
    set_free(&tfree);
    set_free(&tglobal);
    return ok;
}

static bool analyze_children(Analyzer *a, AwScope *s, NameSet *bound, NameSet *local,
                             NameSet *global, NameSet *newfree) {
    NameSet newbound = {0}, newglobal = {0};
    bool ok = true;
    if (s->kind == AW_BLOCK_CLASS) {
        /* Class names are invisible to nested blocks; __class__ is the implicit cell. */
        ok = (set_union(&newbound, bound) && set_union(&newglobal, global) &&
              set_add(&newbound, "__class__")) || ana_oom(a);
    } else {
        ok = ((s->kind != AW_BLOCK_FUNCTION || set_union(&newbound, local)) &&
              set_union(&newbound, bound) && set_union(&newglobal, global)) || ana_oom(a);
    }
    for (int i = 0; ok && i < s->nchildren; i++) {
        ok = analyze_child(a, s->children[i], &newbound, &newglobal, newfree);
    }
    set_free(&newbound);
    set_free(&newglobal);
    return ok;
}

static bool analyze_block(Analyzer *a, AwScope *s, NameSet *bound, NameSet *free_,
                          NameSet *global) {
    NameSet local = {0}, newfree = {0};
    /* A class block sees the bound/global sets as they were before its own names. */
    NameSet class_bound = {0}, class_global = {0};
    bool ok = true;
    if (s->kind == AW_BLOCK_CLASS) {
        ok = (set_union(&class_bound, bound) && set_union(&class_global, global)) || ana_oom(a);
    }
    for (int i = 0; ok && i < s->nsymbols; i++) {
        ok = analyze_name(a, s->symbols[i], bound, &local, free_, global);
    }
    if (ok) {
        bool is_class = s->kind == AW_BLOCK_CLASS;
        ok = analyze_children(a, s, is_class ? &class_bound : bound, &local,
                              is_class ? &class_global : global, &newfree);
    }
    if (ok && s->kind == AW_BLOCK_FUNCTION) analyze_cells(s, &newfree);
    if (ok && s->kind == AW_BLOCK_CLASS && set_has(&newfree, "__class__")) {
        set_remove(&newfree, "__class__");
        s->needs_class_closure = true;
    }
    if (ok && s->kind != AW_BLOCK_MODULE) ok = update_symbols(a, s, bound, &newfree);
    ok = ok && (set_union(free_, &newfree) || ana_oom(a));
    set_free(&local);
    set_free(&newfree);
    set_free(&class_bound);
    set_free(&class_global);
    return ok;
}

/* ---- pass 3: slot layout ---- */

static bool add_slot(AwScope *s, AwSymbol *sym, int *cap) {
    if (s->nslots == *cap) {
        int ncap = *cap ? *cap * 2 : 8;
        const char **grown = realloc(s->slot_names, sizeof(char *) * (size_t)ncap);
        if (!grown) return false;
        s->slot_names = grown;
        *cap = ncap;
    }
    if (sym) sym->slot = s->nslots;
    s->slot_names[s->nslots++] = sym ? sym->name : "__class__";
    return true;
}

static bool add_cell(AwScope *s, int slot, int *cap) {
    if (s->ncells == *cap) {
        int ncap = *cap ? *cap * 2 : 4;
        int *grown = realloc(s->cell_slots, sizeof(int) * (size_t)ncap);
        if (!grown) return false;
        s->cell_slots = grown;
        *cap = ncap;
    }
    s->cell_slots[s->ncells++] = slot;
    return true;
}

static bool layout_slot(AwScope *s, AwSymbol *sym, int *slot_cap, int *cell_cap) {
    if (!add_slot(s, sym, slot_cap)) return false;
    return sym->scope != AW_SCOPE_CELL || add_cell(s, sym->slot, cell_cap);
}

/* code.h: parameters, other locals (cells among them), free variables last. */
static bool layout_function(AwScope *s) {
    int slot_cap = 0, cell_cap = 0;
    for (int i = 0; i < s->nparams; i++) {
        if (!layout_slot(s, symtable_symbol(s, s->params[i]), &slot_cap, &cell_cap)) return false;
    }
    for (int i = 0; i < s->nsymbols; i++) {
        AwSymbol *sym = s->symbols[i];
        if ((sym->scope == AW_SCOPE_LOCAL || sym->scope == AW_SCOPE_CELL) &&
            !(sym->flags & AW_SYM_PARAM) && !layout_slot(s, sym, &slot_cap, &cell_cap)) {
            return false;
        }
    }
    for (int i = 0; i < s->nsymbols; i++) {
        AwSymbol *sym = s->symbols[i];
        if (sym->scope != AW_SCOPE_FREE) continue;
        if (!add_slot(s, sym, &slot_cap)) return false;
        s->nfree++;
    }
    return true;
}

/* A class body keeps its names in a dict; its slots are the __class__ cell and the free
 * variables it reads (LOAD_CLASSDEREF) or passes on to methods' closures. */
static bool layout_class(AwScope *s) {
    int slot_cap = 0, cell_cap = 0;
    if (s->needs_class_closure) {
        s->class_cell_slot = 0;
        if (!add_slot(s, NULL, &slot_cap) || !add_cell(s, 0, &cell_cap)) return false;
    }
    for (int i = 0; i < s->nsymbols; i++) {
        AwSymbol *sym = s->symbols[i];
        if (sym->scope != AW_SCOPE_FREE && !(sym->flags & AW_SYM_FREE_CLASS)) continue;
        if (!add_slot(s, sym, &slot_cap)) return false;
        s->nfree++;
    }
    return true;
}

static bool layout_all(AwSymtable *st) {
    for (int i = 0; i < st->nscopes; i++) {
        AwScope *s = st->scopes[i];
        bool ok = s->kind == AW_BLOCK_FUNCTION ? layout_function(s)
                : s->kind == AW_BLOCK_CLASS ? layout_class(s) : true;
        if (!ok) return false;
    }
    return true;
}

/* ---- entry ---- */

void symtable_free(AwSymtable *st) {
    if (!st) return;
    for (int i = 0; i < st->nscopes; i++) {
        AwScope *s = st->scopes[i];
        free(s->children);
        free(s->symbols);
        free(s->table);
        free(s->params);
        free(s->slot_names);
        free(s->cell_slots);
    }
    free(st->scopes);
    free(st->map);
    arena_free(&st->arena);
    free(st);
}

static void visit_root(Visitor *v, const AwNode *root) {
    if (!enter_block(v, AW_BLOCK_MODULE, root, "<module>")) return;
    v->st->top = v->cur;
    if (root->kind == NODE_EXPRESSION) visit_expr(v, root->u.expression.body);
    else visit_stmts(v, &root->u.module.body);
}

AwSymtableStatus symtable_build(const AwNode *root, AwParseMode mode, AwSymtable **out,
                                AwSyntaxError *err) {
    *out = NULL;
    AwSymtable *st = calloc(1, sizeof *st);
    if (!st) return AW_SYMTABLE_NO_MEMORY;
    arena_init(&st->arena);
    Visitor v = { .st = st, .err = err };
    (void)mode;   /* REPL-only rules (top-level await) are the compiler's */
    visit_root(&v, root);
    if (v.failed) {
        symtable_free(st);
        return v.oom ? AW_SYMTABLE_NO_MEMORY : AW_SYMTABLE_SYNTAX_ERROR;
    }
    Analyzer a = { .st = st, .err = err };
    NameSet free_ = {0}, global = {0};
    bool ok = analyze_block(&a, st->top, NULL, &free_, &global);
    set_free(&free_);
    set_free(&global);
    if (ok && !layout_all(st)) a.failed = a.oom = true;
    if (a.failed) {
        symtable_free(st);
        return a.oom ? AW_SYMTABLE_NO_MEMORY : AW_SYMTABLE_SYNTAX_ERROR;
    }
    *out = st;
    return AW_SYMTABLE_OK;
}
