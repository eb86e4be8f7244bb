/* compile_stmt.c — statements (see codegen.h).
 *
 * Blocks follow the pre-3.11 CPython model described in opcodes.h: SETUP_TRY/SETUP_WITH push a
 * TRY block, the VM enters a handler with the exception pushed and an EXCEPT_HANDLER block.
 * Leaving a loop/try/with early (break, continue, return) walks the fblock stack innermost
 * first and emits what each level needs undone (unwind_fblock): popping iterators and blocks,
 * calling __exit__, and inlining finally bodies.
 */
#include "interp/codegen.h"

#include <stdlib.h>
#include <string.h>

#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

static bool emit(AwCompiler *c, AwOpcode op) { return codegen_emit(c, op, 0); }

/* ---- unwinding ---- */

static bool is_loop(FBlockKind kind) { return kind == FB_WHILE || kind == FB_FOR || kind == FB_ASYNC_FOR; }

/* `except E as name:` ends with name = None; del name (as CPython). */
static bool clear_handler_name(AwCompiler *c, const AwNode *handler) {
    const char *name = handler->u.except_handler.name;
    return codegen_load_const(c, AW_NONE) && compile_expr_name(c, handler, name, AW_CTX_STORE) &&
           compile_expr_name(c, handler, name, AW_CTX_DEL);
}

/* Emits what leaving fb needs; preserve_tos: a return value on top must survive. */
static bool unwind_fblock(AwCompiler *c, const FBlock *fb, bool preserve_tos) {
    switch (fb->kind) {
    case FB_WHILE: case FB_EXCEPTION_HANDLER: case FB_STAR_HANDLER:
        return true;
    case FB_FOR: case FB_ASYNC_FOR: case FB_POP_VALUE:
        return (!preserve_tos || emit(c, OP_ROT_TWO)) && emit(c, OP_POP_TOP);
    case FB_TRY_EXCEPT:
        return emit(c, OP_POP_BLOCK);
    case FB_FINALLY_TRY: {
        if (!emit(c, OP_POP_BLOCK)) return false;
        FBlock saved = { .kind = FB_POP_VALUE };
        if (preserve_tos && !codegen_push_fblock(c, NULL, saved)) return false;
        bool ok = compile_stmt_list(c, fb->finalbody);
        if (preserve_tos) codegen_pop_fblock(c);
        return ok;
    }
    case FB_FINALLY_END:
        return (!preserve_tos || emit(c, OP_ROT_TWO)) && emit(c, OP_POP_TOP) && emit(c, OP_POP_EXCEPT);
    case FB_WITH: case FB_ASYNC_WITH:
        return emit(c, OP_POP_BLOCK) && (!preserve_tos || emit(c, OP_ROT_TWO)) &&
               emit(c, OP_WITH_EXIT) && (fb->kind == FB_WITH || codegen_emit(c, OP_AWAIT, AWAIT_AEXIT)) &&
               emit(c, OP_POP_TOP);
    case FB_HANDLER_CLEANUP:
        if (!fb->handler->u.except_handler.name) return emit(c, OP_POP_EXCEPT);
        return emit(c, OP_POP_BLOCK) && emit(c, OP_POP_EXCEPT) && clear_handler_name(c, fb->handler);
    }
    return true;
}

/* Unwinds innermost first. With loop != NULL stops at the innermost loop (not unwound) and
 * copies it to *loop. Each level is popped while its unwind code is generated, so a
 * break/return inside an inlined finally body does not run that body again. */
static bool unwind_fblock_stack(AwCompiler *c, bool preserve_tos, FBlock *loop) {
    CgUnit *u = c->u;
    if (u->nfblocks == 0) return true;
    FBlock top = u->fblocks[u->nfblocks - 1];
    if (loop && is_loop(top.kind)) {
        *loop = top;
        return true;
    }
    u->nfblocks--;
    bool ok = unwind_fblock(c, &top, preserve_tos) && unwind_fblock_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks++] = top;
    return ok;
}

static bool inside_loop(AwCompiler *c) {
    for (int i = 0; i < c->u->nfblocks; i++) {
        if (is_loop(c->u->fblocks[i].kind)) return true;
    }
    return false;
}

static const char STAR_EXIT[] = "'break', 'continue' and 'return' cannot appear in an except* block";

/* An except* body between the innermost loop (or, for return, the function) and here. */
static bool leaves_star_handler(AwCompiler *c, bool to_loop) {
    for (int i = c->u->nfblocks; i-- > 0;) {
        FBlockKind k = c->u->fblocks[i].kind;
        if (k == FB_STAR_HANDLER) return true;
        if (to_loop && is_loop(k)) return false;
    }
    return false;
}

static bool compile_break_continue(AwCompiler *c, const AwNode *n) {
    bool is_break = n->kind == NODE_BREAK;
    /* as CPython: an except* body met before any loop is reported first */
    if (leaves_star_handler(c, true)) return codegen_error(c, n, STAR_EXIT);
    if (!inside_loop(c)) {
        return codegen_error(c, n, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    }
    FBlock loop;
    if (!unwind_fblock_stack(c, false, &loop)) return false;
    if (!is_break) return codegen_jump(c, OP_JUMP, loop.start);
    return unwind_fblock(c, &loop, false) && codegen_jump(c, OP_JUMP, loop.exit);
}

/* Only finally bodies and with-exits must run before a return: otherwise the VM discards the
 * frame's stack and blocks (restoring the handled exception) by itself. */
static bool return_needs_unwind(AwCompiler *c) {
    for (int i = 0; i < c->u->nfblocks; i++) {
        FBlockKind k = c->u->fblocks[i].kind;
        if (k == FB_FINALLY_TRY || k == FB_WITH || k == FB_ASYNC_WITH) return true;
    }
    return false;
}

static bool compile_return(AwCompiler *c, const AwNode *n) {
    const AwScope *s = c->u->scope;
    const AwNode *value = n->u.return_.value;
    if (s->kind != AW_BLOCK_FUNCTION) return codegen_error(c, n, "'return' outside function");
    if (value && s->is_async_def && s->is_generator) {
        return codegen_error(c, n, "'return' with value in async generator");
    }
    if (leaves_star_handler(c, false)) /* CPython points at a constant return value */
        return codegen_error(c, value && value->kind == NODE_CONSTANT ? value : n, STAR_EXIT);
    bool preserve_tos = value && value->kind != NODE_CONSTANT;
    if (preserve_tos && !compile_expr(c, value)) return false;
    if (return_needs_unwind(c) && !unwind_fblock_stack(c, preserve_tos, NULL)) return false;
    codegen_set_pos(c, n);
    if (!preserve_tos && !(value ? compile_expr(c, value) : codegen_load_const(c, AW_NONE))) return false;
    return emit(c, OP_RETURN_VALUE);
}

/* ---- simple statements ---- */

/* a, b = x, y without building a tuple: evaluate both, swap, store in order. */
static bool try_swap_assign(AwCompiler *c, const AwNode *n, bool *done) {
    const AwNode *t = n->u.assign.targets.items[0], *v = n->u.assign.value;
    *done = false;
    if (n->u.assign.targets.count != 1 || (t->kind != NODE_TUPLE && t->kind != NODE_LIST) ||
        v->kind != NODE_TUPLE) {
        return true;
    }
    const AwNodeList *te = &t->u.sequence.elts, *ve = &v->u.sequence.elts;
    int count = te->count;
    if (count < 2 || count > 3 || ve->count != count) return true;
    for (int i = 0; i < count; i++) {
        if (te->items[i]->kind == NODE_STARRED || ve->items[i]->kind == NODE_STARRED) return true;
    }
    *done = true;
    for (int i = 0; i < count; i++) {
        if (!compile_expr(c, ve->items[i])) return false;
    }
    if (count == 3 && !emit(c, OP_ROT_THREE)) return false;
    if (!emit(c, OP_ROT_TWO)) return false;
    for (int i = 0; i < count; i++) {
        if (!compile_expr_store(c, te->items[i])) return false;
    }
    return true;
}

static bool compile_assign(AwCompiler *c, const AwNode *n) {
    bool done;
    if (!try_swap_assign(c, n, &done)) return false;
    if (done) return true;
    const AwNodeList *targets = &n->u.assign.targets;
    if (!compile_expr(c, n->u.assign.value)) return false;
    for (int i = 0; i < targets->count; i++) {
        if (i < targets->count - 1 && !emit(c, OP_DUP_TOP)) return false;
        if (!compile_expr_store(c, targets->items[i])) return false;
    }
    return true;
}

static bool compile_aug_assign(AwCompiler *c, const AwNode *n) {
    const AwNode *t = n->u.aug_assign.target;
    uint32_t op = (uint32_t)n->u.aug_assign.op + AW_BINOP_INPLACE;
    switch (t->kind) {
    case NODE_NAME:
        return compile_expr(c, t) && compile_expr(c, n->u.aug_assign.value) &&
               codegen_emit(c, OP_BINARY_OP, op) && compile_expr_store(c, t);
    case NODE_ATTRIBUTE: {
        const char *attr = codegen_mangle(c, t->u.attribute.attr);
        return attr && compile_expr(c, t->u.attribute.value) && emit(c, OP_DUP_TOP) &&
               codegen_emit_name(c, OP_LOAD_ATTR, attr) && compile_expr(c, n->u.aug_assign.value) &&
               codegen_emit(c, OP_BINARY_OP, op) && emit(c, OP_ROT_TWO) &&
               codegen_emit_name(c, OP_STORE_ATTR, attr);
    }
    case NODE_SUBSCRIPT:
        return compile_expr(c, t->u.subscript.value) && compile_expr(c, t->u.subscript.slice) &&
               emit(c, OP_DUP_TOP_TWO) && emit(c, OP_BINARY_SUBSCR) &&
               compile_expr(c, n->u.aug_assign.value) && codegen_emit(c, OP_BINARY_OP, op) &&
               emit(c, OP_ROT_THREE) && emit(c, OP_STORE_SUBSCR);
    default:
        return codegen_error(c, t, "illegal expression for augmented assignment");
    }
}

static bool compile_expr_stmt(AwCompiler *c, const AwNode *n) {
    const AwNode *v = n->u.expr.value;
    if (c->mode == AW_PARSE_SINGLE && c->u->scope->kind == AW_BLOCK_MODULE) {
        return compile_expr(c, v) && emit(c, OP_PRINT_EXPR);
    }
    if (v->kind == NODE_CONSTANT) {
        /* A bare constant (docstring, `...`) does nothing; it must still be a valid one. */
        AwValue ignored;
        return v->u.constant.kind != AW_CONST_IMAG || compile_expr_constant(c, v, &ignored);
    }
    return compile_expr(c, v) && emit(c, OP_POP_TOP);
}

static bool compile_raise(AwCompiler *c, const AwNode *n) {
    uint32_t count = 0;
    if (n->u.raise.exc) {
        if (!compile_expr(c, n->u.raise.exc)) return false;
        count++;
        if (n->u.raise.cause) {
            if (!compile_expr(c, n->u.raise.cause)) return false;
            count++;
        }
    }
    codegen_set_pos(c, n);
    return codegen_emit(c, OP_RAISE_VARARGS, count);
}

static bool compile_assert(AwCompiler *c, const AwNode *n) {
    const AwNode *test = n->u.assert_.test;
    if (test->kind == NODE_TUPLE && test->u.sequence.elts.count > 0) {
        codegen_warning(c, n, "assertion is always true, perhaps remove parentheses?");
    }
    int ok_label = codegen_label(c);
    if (!compile_expr_jump_if(c, n->u.assert_.test, true, ok_label)) return false;
    if (!emit(c, OP_LOAD_ASSERTION_ERROR)) return false;
    if (n->u.assert_.msg && (!compile_expr(c, n->u.assert_.msg) || !codegen_emit(c, OP_CALL, 1))) return false;
    /* CPython 3.11 reports a failed comparison at the comparison (its traceback marks it) */
    codegen_set_pos(c, test->kind == NODE_COMPARE ? test : n);
    if (!codegen_emit(c, OP_RAISE_VARARGS, 1)) return false;
    codegen_bind(c, ok_label);
    return true;
}

static bool compile_delete(AwCompiler *c, const AwNode *n) {
    for (int i = 0; i < n->u.delete_.targets.count; i++) {
        if (!compile_expr_delete(c, n->u.delete_.targets.items[i])) return false;
    }
    return true;
}

/* ---- imports ---- */

/* `import a.b.c as d`: IMPORT_NAME (fromlist None) gives package a; walk down to c. */
static bool import_leaf(AwCompiler *c, const char *dotted) {
    const char *dot = strchr(dotted, '.');
    while (dot) {
        const char *part = dot + 1;
        dot = strchr(part, '.');
        size_t len = dot ? (size_t)(dot - part) : strlen(part);
        AwStr *attr = str_intern(c->vm, part, len);
        if (!attr) return codegen_oom(c);
        if (!codegen_emit_name(c, OP_IMPORT_FROM, attr->data) || !emit(c, OP_ROT_TWO) ||
            !emit(c, OP_POP_TOP)) {
            return false;
        }
    }
    return true;
}

static bool compile_import(AwCompiler *c, const AwNode *n) {
    for (int i = 0; i < n->u.import.names.count; i++) {
        const AwNode *alias = n->u.import.names.items[i];
        const char *name = alias->u.alias.name;
        if (!codegen_load_const(c, AW_NONE) || !codegen_emit_name(c, OP_IMPORT_NAME, name)) return false;
        if (alias->u.alias.asname) {
            if (!import_leaf(c, name) || !compile_expr_name(c, n, alias->u.alias.asname, AW_CTX_STORE)) return false;
            continue;
        }
        const char *dot = strchr(name, '.');
        AwStr *top = str_intern(c->vm, name, dot ? (size_t)(dot - name) : strlen(name));
        if (!top) return codegen_oom(c);
        if (!compile_expr_name(c, n, top->data, AW_CTX_STORE)) return false;
    }
    return true;
}

static const char *const future_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations", NULL
};

static bool is_future_import(const AwNode *s) {
    return s->kind == NODE_IMPORT_FROM && s->u.import_from.level == 0 && s->u.import_from.module &&
           strcmp(s->u.import_from.module, "__future__") == 0;
}

int compile_stmt_future_prefix(const AwNode *root) {
    if (root->kind == NODE_EXPRESSION) return 0;
    const AwNodeList *body = &root->u.module.body;
    int i = 0;
    if (root->kind == NODE_MODULE && body->count && body->items[0]->kind == NODE_EXPR &&
        body->items[0]->u.expr.value->kind == NODE_CONSTANT && body->items[0]->u.expr.value->u.constant.kind == AW_CONST_STR)
        i = 1;   /* the docstring */
    while (i < body->count && is_future_import(body->items[i])) i++;
    return i;
}

/* `from __future__ import x` only selects compiler behaviour that aw always has; it must open
 * the module (after the docstring and other future imports), as in CPython. */
static bool compile_future(AwCompiler *c, const AwNode *n) {
    bool placed = false;
    for (int i = 0; c->top_body && i < c->future_prefix && !placed; i++) placed = c->top_body->items[i] == n;
    if (!placed) return codegen_error(c, n, "from __future__ imports must occur at the beginning of the file");
    for (int i = 0; i < n->u.import_from.names.count; i++) {
        const char *name = n->u.import_from.names.items[i]->u.alias.name;
        bool known = false;
        for (int k = 0; future_features[k] && !known; k++) known = strcmp(future_features[k], name) == 0;
        if (!known) return codegen_error(c, n, "future feature %s is not defined", name);
    }
    return true;
}

/* The module name IMPORT_NAME gets: the level as leading dots, then the dotted name. */
static AwStr *relative_module_name(AwCompiler *c, const AwNode *n) {
    const char *module = n->u.import_from.module ? n->u.import_from.module : "";
    int level = n->u.import_from.level;
    size_t len = strlen(module);
    char *buf = malloc((size_t)level + len + 1);
    if (!buf) { codegen_oom(c); return NULL; }
    memset(buf, '.', (size_t)level);
    memcpy(buf + level, module, len + 1);
    AwStr *s = str_intern(c->vm, buf, (size_t)level + len);
    free(buf);
    if (!s) codegen_oom(c);
    return s;
}

static bool load_fromlist(AwCompiler *c, const AwNodeList *names) {
    AwTuple *t = tuple_new(c->vm, names->count);
    if (!t) return codegen_oom(c);
    for (int i = 0; i < names->count; i++) {
        AwStr *s = codegen_intern(c, names->items[i]->u.alias.name);
        if (!s) return false;
        t->items[i] = str_value(s);
    }
    return codegen_load_const(c, value_from_ptr(t));
}

static bool compile_import_from(AwCompiler *c, const AwNode *n) {
    const AwNodeList *names = &n->u.import_from.names;
    const char *module = n->u.import_from.module;
    if (n->u.import_from.level == 0 && module && strcmp(module, "__future__") == 0) return compile_future(c, n);
    AwStr *modname = relative_module_name(c, n);
    if (!modname || !load_fromlist(c, names) || !codegen_emit_name(c, OP_IMPORT_NAME, modname->data)) return false;
    if (names->count == 1 && strcmp(names->items[0]->u.alias.name, "*") == 0) return emit(c, OP_IMPORT_STAR);
    for (int i = 0; i < names->count; i++) {
        const AwNode *alias = names->items[i];
        const char *store = alias->u.alias.asname ? alias->u.alias.asname : alias->u.alias.name;
        codegen_set_pos(c, alias);
        if (!codegen_emit_name(c, OP_IMPORT_FROM, alias->u.alias.name) ||
            !compile_expr_name(c, n, store, AW_CTX_STORE)) {
            return false;
        }
    }
    codegen_set_pos(c, n);
    return emit(c, OP_POP_TOP);
}

/* ---- definitions ---- */

static bool compile_decorators(AwCompiler *c, const AwNodeList *decorators) {
    for (int i = 0; i < decorators->count; i++) {
        if (!compile_expr(c, decorators->items[i])) return false;
    }
    return true;
}

/* Applies decorators innermost (last written) first. */
static bool apply_decorators(AwCompiler *c, const AwNodeList *decorators) {
    for (int i = decorators->count - 1; i >= 0; i--) {
        codegen_set_pos(c, decorators->items[i]);
        if (!codegen_emit(c, OP_CALL, 1)) return false;
    }
    return true;
}

static bool compile_def(AwCompiler *c, const AwNode *n) {
    bool is_class = n->kind == NODE_CLASS_DEF;
    const AwNodeList *decorators = is_class ? &n->u.class_def.decorators : &n->u.function_def.decorators;
    const char *name = is_class ? n->u.class_def.name : n->u.function_def.name;
    if (!compile_decorators(c, decorators)) return false;
    if (!(is_class ? compiler_class(c, n) : compiler_function(c, n))) return false;
    if (!apply_decorators(c, decorators)) return false;
    codegen_set_pos(c, n);
    return compile_expr_name(c, n, name, AW_CTX_STORE);
}

/* ---- control flow ---- */

/* if/elif chains are walked in a loop (a long elif chain is a deep tree). */
static bool compile_if(AwCompiler *c, const AwNode *n) {
    int end = codegen_label(c);
    for (;;) {
        codegen_set_pos(c, n);
        const AwNodeList *orelse = &n->u.if_.orelse;
        int next = orelse->count ? codegen_label(c) : end;
        if (!compile_expr_jump_if(c, n->u.if_.test, false, next) ||
            !compile_stmt_list(c, &n->u.if_.body)) {
            return false;
        }
        if (!orelse->count) break;
        codegen_set_pos(c, n);
        if (!codegen_jump(c, OP_JUMP, end)) return false;
        codegen_bind(c, next);
        if (orelse->count == 1 && orelse->items[0]->kind == NODE_IF) {
            n = orelse->items[0];
            continue;
        }
        if (!compile_stmt_list(c, orelse)) return false;
        break;
    }
    codegen_bind(c, end);
    return true;
}

/* The test is compiled twice, as CPython 3.11 does: once on entry, once at the bottom of the
 * body jumping back to the body's start, so each iteration takes one jump instead of two. */
static bool compile_while(AwCompiler *c, const AwNode *n) {
    int body = codegen_label(c), test = codegen_label(c), orelse = codegen_label(c),
        end = codegen_label(c);
    FBlock fb = { .kind = FB_WHILE, .start = test, .exit = end };
    if (!codegen_push_fblock(c, n, fb)) return false;
    if (!compile_expr_jump_if(c, n->u.while_.test, false, orelse)) return false;
    codegen_bind(c, body);
    if (!compile_stmt_list(c, &n->u.while_.body)) return false;
    codegen_set_pos(c, n);
    codegen_bind(c, test);
    if (!compile_expr_jump_if(c, n->u.while_.test, true, body)) return false;
    codegen_pop_fblock(c);
    codegen_bind(c, orelse);
    if (!compile_stmt_list(c, &n->u.while_.orelse)) return false;
    codegen_bind(c, end);
    return true;
}

static bool compile_for(AwCompiler *c, const AwNode *n) {
    int start = codegen_label(c), done = codegen_label(c), end = codegen_label(c);
    FBlock fb = { .kind = FB_FOR, .start = start, .exit = end };
    if (!compile_expr_iterable(c, n->u.for_.iter) || !emit(c, OP_GET_ITER)) return false;
    if (!codegen_push_fblock(c, n, fb)) return false;
    codegen_bind(c, start);
    if (!codegen_jump(c, OP_FOR_ITER, done) || !compile_expr_store(c, n->u.for_.target) ||
        !compile_stmt_list(c, &n->u.for_.body)) {
        return false;
    }
    codegen_set_pos(c, n);
    if (!codegen_jump(c, OP_JUMP, start)) return false;
    codegen_pop_fblock(c);
    codegen_bind(c, done);
    if (!compile_stmt_list(c, &n->u.for_.orelse)) return false;
    codegen_bind(c, end);
    return true;
}

/* async for and async with: in an async def, or at the top level of a REPL cell. */
static bool may_use_async_statement(AwCompiler *c) {
    const AwScope *s = c->u->scope;
    return s->is_async_def || (s->kind == AW_BLOCK_MODULE && c->mode == AW_PARSE_SINGLE);
}

/* Each step: SETUP_TRY; GET_ANEXT; AWAIT; POP_BLOCK — StopAsyncIteration lands in
 * END_ASYNC_FOR, which ends the loop. */
static bool compile_async_for(AwCompiler *c, const AwNode *n) {
    if (!may_use_async_statement(c)) return codegen_error(c, n, "'async for' outside async function");
    int start = codegen_label(c), except = codegen_label(c), end = codegen_label(c);
    FBlock fb = { .kind = FB_ASYNC_FOR, .start = start, .exit = end };
    if (!compile_expr(c, n->u.for_.iter) || !emit(c, OP_GET_AITER)) return false;
    if (!codegen_push_fblock(c, n, fb)) return false;
    codegen_bind(c, start);
    if (!codegen_jump(c, OP_SETUP_TRY, except) || !emit(c, OP_GET_ANEXT) || !emit(c, OP_AWAIT) ||
        !emit(c, OP_POP_BLOCK) || !compile_expr_store(c, n->u.for_.target) ||
        !compile_stmt_list(c, &n->u.for_.body)) {
        return false;
    }
    codegen_set_pos(c, n);
    if (!codegen_jump(c, OP_JUMP, start)) return false;
    codegen_pop_fblock(c);
    codegen_bind(c, except);
    if (!emit(c, OP_END_ASYNC_FOR) || !compile_stmt_list(c, &n->u.for_.orelse)) return false;
    codegen_bind(c, end);
    return true;
}

/* The exception path of a with: call __exit__ with the exception; a true result suppresses
 * it (POP_EXCEPT ends the handler), otherwise it is re-raised. */
static bool compile_with_handler(AwCompiler *c, int handler, bool is_async, int end) {
    int suppress = codegen_label(c);
    codegen_bind(c, handler);
    if (!emit(c, OP_WITH_EXCEPT) || (is_async && !codegen_emit(c, OP_AWAIT, AWAIT_AEXIT)) ||
        !codegen_jump(c, OP_POP_JUMP_IF_TRUE, suppress) || !emit(c, OP_RERAISE)) {
        return false;
    }
    codegen_bind(c, suppress);
    if (!emit(c, OP_POP_TOP) || !emit(c, OP_POP_EXCEPT) || !emit(c, OP_POP_TOP)) return false;
    codegen_bind(c, end);
    return true;
}

/* One item of `with a as x, b as y:` — the following items nest inside it. */
static bool compile_with_item(AwCompiler *c, const AwNode *n, int index) {
    const AwNode *item = n->u.with.items.items[index];
    bool is_async = n->u.with.is_async;
    int handler = codegen_label(c), end = codegen_label(c);
    FBlock fb = { .kind = is_async ? FB_ASYNC_WITH : FB_WITH };
    if (!compile_expr(c, item->u.with_item.context_expr)) return false;
    codegen_set_pos(c, n);
    if (is_async) {
        if (!emit(c, OP_BEFORE_ASYNC_WITH) || !codegen_emit(c, OP_AWAIT, AWAIT_AENTER) ||
            !codegen_jump(c, OP_SETUP_ASYNC_WITH, handler)) {
            return false;
        }
    } else if (!codegen_jump(c, OP_SETUP_WITH, handler)) {
        return false;
    }
    if (!codegen_push_fblock(c, n, fb)) return false;
    const AwNode *target = item->u.with_item.optional_vars;
    if (!(target ? compile_expr_store(c, target) : emit(c, OP_POP_TOP))) return false;
    bool ok = index + 1 < n->u.with.items.count ? compile_with_item(c, n, index + 1)
                                                 : compile_stmt_list(c, &n->u.with.body);
    if (!ok) return false;
    codegen_pop_fblock(c);
    codegen_set_pos(c, n);
    if (!emit(c, OP_POP_BLOCK) || !emit(c, OP_WITH_EXIT) || (is_async && !codegen_emit(c, OP_AWAIT, AWAIT_AEXIT)) ||
        !emit(c, OP_POP_TOP) || !codegen_jump(c, OP_JUMP, end)) {
        return false;
    }
    return compile_with_handler(c, handler, is_async, end);
}

static bool compile_with(AwCompiler *c, const AwNode *n) {
    if (n->u.with.is_async && !may_use_async_statement(c)) {
        return codegen_error(c, n, "'async with' outside async function");
    }
    return compile_with_item(c, n, 0);
}

/* ---- try ---- */

/* A handler body; a named one runs under a TRY block whose cleanup clears the name if the
 * body raises. */
static bool compile_handler_body(AwCompiler *c, const AwNode *h, int end) {
    FBlock fb = { .kind = FB_HANDLER_CLEANUP, .handler = h };
    const char *name = h->u.except_handler.name;
    if (!name) {
        if (!emit(c, OP_POP_TOP) || !codegen_push_fblock(c, h, fb) ||
            !compile_stmt_list(c, &h->u.except_handler.body)) {
            return false;
        }
        codegen_pop_fblock(c);
        return emit(c, OP_POP_EXCEPT) && codegen_jump(c, OP_JUMP, end);
    }
    int cleanup = codegen_label(c);
    if (!compile_expr_name(c, h, name, AW_CTX_STORE) || !codegen_jump(c, OP_SETUP_TRY, cleanup) ||
        !codegen_push_fblock(c, h, fb) || !compile_stmt_list(c, &h->u.except_handler.body)) {
        return false;
    }
    codegen_pop_fblock(c);
    codegen_set_pos(c, h);
    if (!emit(c, OP_POP_BLOCK) || !emit(c, OP_POP_EXCEPT) || !clear_handler_name(c, h) ||
        !codegen_jump(c, OP_JUMP, end)) {
        return false;
    }
    codegen_bind(c, cleanup);
    return clear_handler_name(c, h) && emit(c, OP_RERAISE);
}

/* Handlers are tried in order with CHECK_EXC_MATCH; no match re-raises. */
static bool compile_handlers(AwCompiler *c, const AwNodeList *handlers, int end) {
    for (int i = 0; i < handlers->count; i++) {
        const AwNode *h = handlers->items[i];
        codegen_set_pos(c, h);
        if (!h->u.except_handler.type && i < handlers->count - 1) {
            return codegen_error(c, h, "default 'except:' must be last");
        }
        int next = codegen_label(c);
        if (h->u.except_handler.type &&
            (!compile_expr(c, h->u.except_handler.type) || !emit(c, OP_CHECK_EXC_MATCH) ||
             !codegen_jump(c, OP_POP_JUMP_IF_FALSE, next))) {
            return false;
        }
        if (!compile_handler_body(c, h, end)) return false;
        codegen_bind(c, next);
    }
    return emit(c, OP_RERAISE);
}

/* One except* clause: [orig raised rest] -> the same three. What the body raises is collected
 * in raised instead of propagating; the name is cleared on both paths. */
static bool compile_star_handler(AwCompiler *c, const AwNode *h) {
    const char *name = h->u.except_handler.name;
    int next = codegen_label(c), raised = codegen_label(c);
    FBlock fb = { .kind = FB_STAR_HANDLER, .handler = h };
    codegen_set_pos(c, h);
    if (!compile_expr(c, h->u.except_handler.type) || !codegen_jump(c, OP_STAR_MATCH, next) ||
        !(name ? compile_expr_name(c, h, name, AW_CTX_STORE) : emit(c, OP_POP_TOP)) ||
        !codegen_jump(c, OP_SETUP_TRY, raised) || !codegen_push_fblock(c, h, fb) ||
        !compile_stmt_list(c, &h->u.except_handler.body)) {
        return false;
    }
    codegen_pop_fblock(c);
    codegen_set_pos(c, h);
    if (!emit(c, OP_POP_BLOCK) || (name && !clear_handler_name(c, h)) || !codegen_jump(c, OP_JUMP, next)) return false;
    codegen_bind(c, raised);
    if ((name && !clear_handler_name(c, h)) || !emit(c, OP_STAR_COLLECT) || !emit(c, OP_POP_EXCEPT)) return false;
    codegen_bind(c, next);
    return true;
}

/* The try body under a TRY block whose handler is `except`, then the else body and a jump to
 * `end`; leaves `except` bound with the handler block pushed (FB_EXCEPTION_HANDLER). */
static bool compile_try_body(AwCompiler *c, const AwNode *n, int except, int end) {
    FBlock fb = { .kind = FB_TRY_EXCEPT };
    if (!codegen_jump(c, OP_SETUP_TRY, except) || !codegen_push_fblock(c, n, fb) ||
        !compile_stmt_list(c, &n->u.try_.body)) {
        return false;
    }
    codegen_pop_fblock(c);
    codegen_set_pos(c, n);
    if (!emit(c, OP_POP_BLOCK) || !compile_stmt_list(c, &n->u.try_.orelse) ||
        !codegen_jump(c, OP_JUMP, end)) {
        return false;
    }
    codegen_bind(c, except);
    FBlock handlers_fb = { .kind = FB_EXCEPTION_HANDLER };
    return codegen_push_fblock(c, n, handlers_fb);
}

/* try/except*: the clauses split the exception group between them (CPython 3.11's scheme:
 * each clause takes its part of what is left, what bodies raise is collected, and at the end
 * the unhandled rest and the raised exceptions are raised together). */
static bool compile_try_star(AwCompiler *c, const AwNode *n) {
    int except = codegen_label(c), end = codegen_label(c);
    if (!compile_try_body(c, n, except, end) || !emit(c, OP_STAR_BEGIN)) return false;
    for (int i = 0; i < n->u.try_.handlers.count; i++)
        if (!compile_star_handler(c, n->u.try_.handlers.items[i])) return false;
    codegen_pop_fblock(c);
    codegen_set_pos(c, n);
    if (!emit(c, OP_STAR_RERAISE) || !emit(c, OP_POP_EXCEPT)) return false;
    codegen_bind(c, end);
    return true;
}

static bool compile_try_except(AwCompiler *c, const AwNode *n) {
    if (n->u.try_.is_star) return compile_try_star(c, n);
    int except = codegen_label(c), end = codegen_label(c);
    if (!compile_try_body(c, n, except, end) || !compile_handlers(c, &n->u.try_.handlers, end)) return false;
    codegen_pop_fblock(c);
    codegen_bind(c, end);
    return true;
}

/* try/finally: the finally body is compiled twice, once for the normal exit and once as the
 * handler that re-raises; early exits inline a third copy (unwind_fblock). */
static bool compile_try_finally(AwCompiler *c, const AwNode *n) {
    int fin = codegen_label(c), end = codegen_label(c);
    FBlock body_fb = { .kind = FB_FINALLY_TRY, .finalbody = &n->u.try_.finalbody };
    FBlock end_fb = { .kind = FB_FINALLY_END };
    if (!codegen_jump(c, OP_SETUP_TRY, fin) || !codegen_push_fblock(c, n, body_fb)) return false;
    bool ok = n->u.try_.handlers.count ? compile_try_except(c, n) : compile_stmt_list(c, &n->u.try_.body);
    if (!ok) return false;
    codegen_pop_fblock(c);
    codegen_set_pos(c, n);
    if (!emit(c, OP_POP_BLOCK) || !compile_stmt_list(c, &n->u.try_.finalbody) ||
        !codegen_jump(c, OP_JUMP, end)) {
        return false;
    }
    codegen_bind(c, fin);
    if (!codegen_push_fblock(c, n, end_fb) || !compile_stmt_list(c, &n->u.try_.finalbody)) return false;
    codegen_pop_fblock(c);
    if (!emit(c, OP_RERAISE)) return false;
    codegen_bind(c, end);
    return true;
}

static bool compile_try(AwCompiler *c, const AwNode *n) {
    if (n->u.try_.finalbody.count) return compile_try_finally(c, n);
    return compile_try_except(c, n);
}

/* ---- dispatch ---- */

static bool compile_stmt_kind(AwCompiler *c, const AwNode *n) {
    switch (n->kind) {
    case NODE_FUNCTION_DEF: case NODE_CLASS_DEF: return compile_def(c, n);
    case NODE_RETURN: return compile_return(c, n);
    case NODE_DELETE: return compile_delete(c, n);
    case NODE_ASSIGN: return compile_assign(c, n);
    case NODE_AUG_ASSIGN: return compile_aug_assign(c, n);
    case NODE_ANN_ASSIGN: return compile_annot_assign(c, n);
    case NODE_FOR: return n->u.for_.is_async ? compile_async_for(c, n) : compile_for(c, n);
    case NODE_WHILE: return compile_while(c, n);
    case NODE_IF: return compile_if(c, n);
    case NODE_WITH: return compile_with(c, n);
    case NODE_RAISE: return compile_raise(c, n);
    case NODE_TRY: return compile_try(c, n);
    case NODE_MATCH: return compile_match(c, n);
    case NODE_ASSERT: return compile_assert(c, n);
    case NODE_IMPORT: return compile_import(c, n);
    case NODE_IMPORT_FROM: return compile_import_from(c, n);
    case NODE_EXPR: return compile_expr_stmt(c, n);
    case NODE_BREAK: case NODE_CONTINUE: return compile_break_continue(c, n);
    case NODE_GLOBAL: case NODE_NONLOCAL: case NODE_PASS: return true;
    default: return codegen_error(c, n, "internal compiler error: unexpected statement");
    }
}

bool compile_stmt(AwCompiler *c, const AwNode *n) {
    if (!codegen_enter(c, n)) return false;
    AwPos old = codegen_set_pos(c, n);
    bool ok = compile_stmt_kind(c, n);
    c->u->cur = old;
    codegen_leave(c);
    return ok;
}

bool compile_stmt_list(AwCompiler *c, const AwNodeList *body) {
    for (int i = 0; i < body->count; i++) {
        if (!compile_stmt(c, body->items[i])) return false;
    }
    return true;
}
