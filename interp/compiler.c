/* compiler.c — AST to code objects (compiler.h): the entry point, and every construct that
 * makes a new code object — module, function, lambda, class body, comprehension — with its
 * qualified name, flags and closure. Statements and expressions inside a unit are compiled by
 * compile_stmt.c and compile_expr.c; units and assembly live in codegen.c.
 */
#include "interp/compiler.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp/codegen.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

bool compiler_may_await(AwCompiler *c) {
    const AwScope *s = c->u->scope;
    if (s->kind == AW_BLOCK_FUNCTION) return s->is_async_def || s->is_comprehension;
    return s->kind == AW_BLOCK_MODULE && c->mode == AW_PARSE_SINGLE;
}

/* ---- names and flags ---- */

/* CPython's rules: "f.<locals>.g" inside a function, "C.m" inside a class, "<listcomp>.x"
 * inside a comprehension, just the name at module level or when declared global. */
static bool set_qualname(AwCompiler *c, const char *name, bool may_be_global) {
    CgUnit *u = c->u, *parent = u->parent;
    const char *base = NULL;
    bool locals = false;
    if (parent && parent->scope->kind != AW_BLOCK_MODULE) {
        const char *mangled = symtable_mangle(c->st, parent->scope->private_name, name);
        if (!mangled) return codegen_oom(c);
        const AwSymbol *sym = symtable_symbol(parent->scope, mangled);
        bool is_global = may_be_global && sym && sym->scope == AW_SCOPE_GLOBAL_EXPLICIT;
        if (!is_global) {
            base = parent->qualname->data;
            locals = parent->scope->kind == AW_BLOCK_FUNCTION && !parent->scope->is_comprehension;
        }
    }
    if (!base) {
        u->qualname = u->name;
        return true;
    }
    size_t len = strlen(base) + strlen(name) + sizeof ".<locals>.";
    char *buf = malloc(len);
    if (!buf) return codegen_oom(c);
    snprintf(buf, len, "%s%s.%s", base, locals ? ".<locals>" : "", name);
    u->qualname = str_new(c->vm, buf, strlen(buf));
    free(buf);
    return u->qualname || codegen_oom(c);
}

static int function_flags(const AwScope *s) {
    if (s->is_async_def) return s->is_generator ? AW_CODE_ASYNC_GENERATOR : AW_CODE_COROUTINE;
    return s->is_generator ? AW_CODE_GENERATOR : 0;
}

static int first_line(const AwNode *n, const AwNodeList *decorators) {
    return decorators && decorators->count ? decorators->items[0]->line : n->line;
}

/* ---- closures ---- */

/* The slot in the current unit holding the cell a child's free variable `name` refers to. */
static int closure_slot(AwCompiler *c, const char *name) {
    const AwScope *s = c->u->scope;
    if (s->kind == AW_BLOCK_CLASS && s->class_cell_slot >= 0 && strcmp(name, "__class__") == 0) {
        return s->class_cell_slot;
    }
    const AwSymbol *sym = symtable_symbol(s, name);
    return sym ? sym->slot : -1;
}

/* [closure tuple] code MAKE_FUNCTION: flags already holds the defaults bits. */
static bool make_function(AwCompiler *c, const AwScope *child, AwCode *code, uint32_t flags) {
    if (child->nfree > 0) {
        for (int i = child->nslots - child->nfree; i < child->nslots; i++) {
            int slot = closure_slot(c, child->slot_names[i]);
            if (slot < 0) {
                return codegen_error(c, child->node, "internal compiler error: no cell for '%s'",
                                     child->slot_names[i]);
            }
            if (!codegen_emit(c, OP_LOAD_CLOSURE, (uint32_t)slot)) return false;
        }
        if (!codegen_emit(c, OP_BUILD_TUPLE, (uint32_t)child->nfree)) return false;
        flags |= AW_MKFN_CLOSURE;
    }
    return codegen_load_const(c, value_from_ptr(code)) && codegen_emit(c, OP_MAKE_FUNCTION, flags);
}

static AwCode *finish_unit(AwCompiler *c) {
    AwCode *code = codegen_assemble(c);
    codegen_unit_pop(c);
    return code;
}

static bool emit_return_none(AwCompiler *c) {
    return codegen_load_const(c, AW_NONE) && codegen_emit(c, OP_RETURN_VALUE, 0);
}

/* ---- functions and lambdas ---- */

static const AwArguments *arguments_of(const AwNode *n) {
    return n->kind == NODE_LAMBDA ? n->u.lambda.args : n->u.function_def.args;
}

static bool is_debug(const AwNode *arg) { return arg && strcmp(arg->u.arg.name, "__debug__") == 0; }

static bool check_debug_args(AwCompiler *c, const AwNode *n, const AwArguments *a) {
    const AwNodeList *lists[] = { &a->posonlyargs, &a->args, &a->kwonlyargs };
    bool bad = is_debug(a->vararg) || is_debug(a->kwarg);
    for (int k = 0; k < 3 && !bad; k++) {
        for (int i = 0; i < lists[k]->count && !bad; i++) bad = is_debug(lists[k]->items[i]);
    }
    return !bad || codegen_error(c, n, "cannot assign to __debug__");
}

/* Positional defaults as a tuple (a constant when they all fold). */
static bool compile_defaults(AwCompiler *c, const AwNodeList *defaults) {
    AwValue folded;
    bool is_const = true;
    AwTuple *t = tuple_new(c->vm, defaults->count);
    if (!t) return codegen_oom(c);
    for (int i = 0; i < defaults->count && is_const; i++) {
        if (!compile_expr_fold(c, defaults->items[i], &folded, &is_const)) return false;
        if (is_const) t->items[i] = folded;
    }
    if (is_const) return codegen_load_const(c, value_from_ptr(t));
    for (int i = 0; i < defaults->count; i++) {
        if (!compile_expr(c, defaults->items[i])) return false;
    }
    return codegen_emit(c, OP_BUILD_TUPLE, (uint32_t)defaults->count);
}

/* Keyword-only defaults as a dict {name: value}; returns the count in *count. */
static bool compile_kwdefaults(AwCompiler *c, const AwArguments *a, int *count) {
    *count = 0;
    for (int i = 0; i < a->kwonlyargs.count; i++) {
        const AwNode *def = i < a->kw_defaults.count ? a->kw_defaults.items[i] : NULL;
        if (!def) continue;
        const char *name = codegen_mangle(c, a->kwonlyargs.items[i]->u.arg.name);
        AwStr *key = name ? codegen_intern(c, name) : NULL;
        if (!key || !codegen_load_const(c, str_value(key)) || !compile_expr(c, def)) return false;
        (*count)++;
    }
    return *count == 0 || codegen_emit(c, OP_BUILD_MAP, (uint32_t)*count);
}

static bool compile_function_body(AwCompiler *c, const AwNode *n) {
    if (n->kind == NODE_LAMBDA) {
        if (!compile_expr(c, n->u.lambda.body)) return false;
        /* A generator lambda returns None; its body value was just the last yield's. */
        if (c->u->scope->is_generator) return codegen_emit(c, OP_POP_TOP, 0) && emit_return_none(c);
        return codegen_emit(c, OP_RETURN_VALUE, 0);
    }
    const AwNodeList *body = &n->u.function_def.body;
    AwValue doc = compile_expr_docstring(c, body);
    if (doc == AW_ERR) return false;
    if (doc != AW_EMPTY) {
        if (codegen_const(c, doc) < 0) return false;   /* index 0: the unit is fresh */
        c->u->flags |= AW_CODE_HAS_DOCSTRING;
    }
    if (!compile_stmt_list(c, body)) return false;
    if (body->count && body->items[body->count - 1]->kind == NODE_RETURN) return true;
    if (body->count) codegen_set_pos(c, body->items[body->count - 1]);
    return emit_return_none(c);
}

static AwCode *compile_function_code(AwCompiler *c, const AwNode *n, AwScope *scope) {
    bool is_lambda = n->kind == NODE_LAMBDA;
    const AwArguments *a = arguments_of(n);
    const char *name = is_lambda ? "<lambda>" : n->u.function_def.name;
    int line = first_line(n, is_lambda ? NULL : &n->u.function_def.decorators);
    if (!codegen_unit_push(c, scope, name, line)) return NULL;
    CgUnit *u = c->u;
    u->cur = codegen_pos_of(n);
    u->argcount = a->posonlyargs.count + a->args.count;
    u->posonlyargcount = a->posonlyargs.count;
    u->kwonlyargcount = a->kwonlyargs.count;
    u->flags = function_flags(scope) | (a->vararg ? AW_CODE_VARARGS : 0) | (a->kwarg ? AW_CODE_VARKW : 0);
    if (!set_qualname(c, name, !is_lambda) || !compile_function_body(c, n)) {
        codegen_unit_pop(c);
        return NULL;
    }
    return finish_unit(c);
}

bool compiler_function(AwCompiler *c, const AwNode *n) {
    const AwArguments *a = arguments_of(n);
    AwScope *scope = symtable_scope_of(c->st, n);
    if (!scope) return codegen_error(c, n, "internal compiler error: no scope");
    if (!check_debug_args(c, n, a)) return false;
    uint32_t flags = 0;
    int nkw;
    if (a->defaults.count) {
        if (!compile_defaults(c, &a->defaults)) return false;
        flags |= AW_MKFN_DEFAULTS;
    }
    if (!compile_kwdefaults(c, a, &nkw)) return false;
    if (nkw) flags |= AW_MKFN_KWDEFAULTS;
    int nannot = 0;
    if (n->kind == NODE_FUNCTION_DEF && !compile_annot_function(c, a, n->u.function_def.returns, &nannot)) return false;
    if (nannot) flags |= AW_MKFN_ANNOTATIONS;
    AwCode *code = compile_function_code(c, n, scope);
    if (!code) return false;
    codegen_set_pos(c, n);
    return make_function(c, scope, code, flags);
}

/* ---- classes ---- */

/* The class body: __module__/__qualname__/__doc__, the statements, then the __class__ cell
 * (for zero-argument super) or None as the value __build_class__ receives. */
static bool compile_class_body(AwCompiler *c, const AwNode *n) {
    const AwNodeList *body = &n->u.class_def.body;
    AwValue doc = compile_expr_docstring(c, body);
    if (doc == AW_ERR) return false;
    if (!codegen_emit_name(c, OP_LOAD_NAME, "__name__") ||
        !codegen_emit_name(c, OP_STORE_NAME, "__module__") ||
        !codegen_load_const(c, str_value(c->u->qualname)) ||
        !codegen_emit_name(c, OP_STORE_NAME, "__qualname__") || !compile_annot_setup(c, body)) {
        return false;
    }
    if (doc != AW_EMPTY && (!codegen_load_const(c, doc) || !codegen_emit_name(c, OP_STORE_NAME, "__doc__"))) {
        return false;
    }
    if (!compile_stmt_list(c, body)) return false;
    if (body->count) codegen_set_pos(c, body->items[body->count - 1]);
    const AwScope *s = c->u->scope;
    if (s->needs_class_closure) {
        return codegen_emit(c, OP_LOAD_CLOSURE, (uint32_t)s->class_cell_slot) &&
               codegen_emit(c, OP_RETURN_VALUE, 0);
    }
    return emit_return_none(c);
}

static AwCode *compile_class_code(AwCompiler *c, const AwNode *n, AwScope *scope) {
    const char *name = n->u.class_def.name;
    if (!codegen_unit_push(c, scope, name, first_line(n, &n->u.class_def.decorators))) return NULL;
    c->u->cur = codegen_pos_of(n);
    c->u->flags = AW_CODE_CLASS_BODY;
    if (!set_qualname(c, name, true) || !compile_class_body(c, n)) {
        codegen_unit_pop(c);
        return NULL;
    }
    return finish_unit(c);
}

bool compiler_class(AwCompiler *c, const AwNode *n) {
    AwScope *scope = symtable_scope_of(c->st, n);
    if (!scope) return codegen_error(c, n, "internal compiler error: no scope");
    if (!codegen_emit(c, OP_LOAD_BUILD_CLASS, 0)) return false;
    AwCode *code = compile_class_code(c, n, scope);
    if (!code) return false;
    codegen_set_pos(c, n);
    AwStr *name = codegen_intern(c, n->u.class_def.name);
    return name && make_function(c, scope, code, 0) && codegen_load_const(c, str_value(name)) &&
           compile_expr_call_args(c, n, 2, &n->u.class_def.bases, &n->u.class_def.keywords);
}

/* ---- comprehensions ---- */

typedef struct {
    const AwNode *node;            /* the comprehension */
    const AwNodeList *generators;  /* its for/if clauses */
    const AwNode *elt;             /* element, or key of a dict comprehension */
    const AwNode *value;           /* value of a dict comprehension, else NULL */
} Comprehension;

static Comprehension comprehension_of(const AwNode *n) {
    Comprehension comp = { n, NULL, NULL, NULL };
    if (n->kind == NODE_DICT_COMP) {
        comp.generators = &n->u.dict_comp.generators;
        comp.elt = n->u.dict_comp.key;
        comp.value = n->u.dict_comp.value;
    } else {
        comp.generators = &n->u.comp.generators;
        comp.elt = n->u.comp.elt;
    }
    return comp;
}

/* The innermost step: yield the element, or add it to the container below the iterators. */
static bool comprehension_element(AwCompiler *c, const Comprehension *comp) {
    uint32_t depth = (uint32_t)comp->generators->count + 1;
    switch (comp->node->kind) {
    case NODE_GENERATOR_EXP:
        return compile_expr(c, comp->elt) && codegen_emit(c, OP_YIELD_VALUE, 0) &&
               codegen_emit(c, OP_POP_TOP, 0);
    case NODE_LIST_COMP: return compile_expr(c, comp->elt) && codegen_emit(c, OP_LIST_APPEND, depth);
    case NODE_SET_COMP: return compile_expr(c, comp->elt) && codegen_emit(c, OP_SET_ADD, depth);
    default:
        return compile_expr(c, comp->elt) && compile_expr(c, comp->value) &&
               codegen_emit(c, OP_MAP_ADD, depth);
    }
}

/* One `for` clause (and its ifs), nesting the following ones. The outermost iterator is the
 * parameter .0 (slot 0), already an iterator. */
static bool comprehension_loop(AwCompiler *c, const Comprehension *comp, int index) {
    const AwNode *g = comp->generators->items[index];
    bool is_async = g->u.comprehension.is_async;
    int start = codegen_label(c), end = codegen_label(c);
    codegen_set_pos(c, g);
    if (index == 0) {
        if (!codegen_emit(c, OP_LOAD_FAST, 0)) return false;
    } else if (!compile_expr_iterable(c, g->u.comprehension.iter) ||
               !codegen_emit(c, is_async ? OP_GET_AITER : OP_GET_ITER, 0)) {
        return false;
    }
    codegen_bind(c, start);
    bool ok = is_async ? codegen_jump(c, OP_SETUP_TRY, end) && codegen_emit(c, OP_GET_ANEXT, 0) &&
                         codegen_emit(c, OP_AWAIT, 0) && codegen_emit(c, OP_POP_BLOCK, 0)
                       : codegen_jump(c, OP_FOR_ITER, end);
    if (!ok || !compile_expr_store(c, g->u.comprehension.target)) return false;
    const AwNodeList *ifs = &g->u.comprehension.ifs;
    for (int i = 0; i < ifs->count; i++) {
        if (!compile_expr_jump_if(c, ifs->items[i], false, start)) return false;
    }
    ok = index + 1 < comp->generators->count ? comprehension_loop(c, comp, index + 1)
                                             : comprehension_element(c, comp);
    codegen_set_pos(c, g);
    if (!ok || !codegen_jump(c, OP_JUMP, start)) return false;
    codegen_bind(c, end);
    return !is_async || codegen_emit(c, OP_END_ASYNC_FOR, 0);
}

static int comprehension_flags(const AwScope *s) {
    int flags = AW_CODE_COMPREHENSION;
    if (s->is_genexp) return flags | (s->is_coroutine ? AW_CODE_ASYNC_GENERATOR : AW_CODE_GENERATOR);
    return flags | (s->is_coroutine ? AW_CODE_COROUTINE : 0);
}

static bool comprehension_body(AwCompiler *c, const Comprehension *comp) {
    static const AwOpcode builds[] = {
        [NODE_LIST_COMP] = OP_BUILD_LIST, [NODE_SET_COMP] = OP_BUILD_SET, [NODE_DICT_COMP] = OP_BUILD_MAP,
    };
    bool is_genexp = comp->node->kind == NODE_GENERATOR_EXP;
    if (!is_genexp && !codegen_emit(c, builds[comp->node->kind], 0)) return false;
    if (!comprehension_loop(c, comp, 0)) return false;
    codegen_set_pos(c, comp->node);
    return is_genexp ? emit_return_none(c) : codegen_emit(c, OP_RETURN_VALUE, 0);
}

static AwCode *compile_comprehension_code(AwCompiler *c, const Comprehension *comp, AwScope *scope) {
    const AwNode *n = comp->node;
    if (!codegen_unit_push(c, scope, scope->name, n->line)) return NULL;
    c->u->cur = codegen_pos_of(n);
    c->u->argcount = 1;
    c->u->flags = comprehension_flags(scope);
    if (!set_qualname(c, scope->name, false) || !comprehension_body(c, comp)) {
        codegen_unit_pop(c);
        return NULL;
    }
    return finish_unit(c);
}

/* MAKE_FUNCTION; outermost iterable (evaluated here, in the enclosing scope); GET_ITER;
 * CALL 1 — and AWAIT for an async list/set/dict comprehension. */
bool compiler_comprehension(AwCompiler *c, const AwNode *n) {
    AwScope *scope = symtable_scope_of(c->st, n);
    if (!scope) return codegen_error(c, n, "internal compiler error: no scope");
    bool awaited = scope->is_coroutine && !scope->is_genexp;
    if (awaited && !compiler_may_await(c)) {
        return codegen_error(c, n, "asynchronous comprehension outside of an asynchronous function");
    }
    Comprehension comp = comprehension_of(n);
    const AwNode *outer = comp.generators->items[0];
    AwCode *code = compile_comprehension_code(c, &comp, scope);
    if (!code) return false;
    codegen_set_pos(c, n);
    if (!make_function(c, scope, code, 0) || !compile_expr_iterable(c, outer->u.comprehension.iter)) return false;
    codegen_set_pos(c, n);
    if (!codegen_emit(c, outer->u.comprehension.is_async ? OP_GET_AITER : OP_GET_ITER, 0) ||
        !codegen_emit(c, OP_CALL, 1)) {
        return false;
    }
    return !awaited || codegen_emit(c, OP_AWAIT, 0);
}

/* ---- modules ---- */

static bool uses_await(const CgUnit *u) {
    for (int i = 0; i < u->ncode; i++) {
        if (INSTR_OP(u->code[i]) == OP_AWAIT) return true;
    }
    return false;
}

static bool compile_module_body(AwCompiler *c, const AwNode *root) {
    if (root->kind == NODE_EXPRESSION) {
        return compile_expr(c, root->u.expression.body) && codegen_emit(c, OP_RETURN_VALUE, 0);
    }
    const AwNodeList *body = &root->u.module.body;
    if (!compile_annot_setup(c, body)) return false;
    if (root->kind == NODE_MODULE) {
        AwValue doc = compile_expr_docstring(c, body);
        if (doc == AW_ERR) return false;
        if (doc != AW_EMPTY) {
            c->u->cur = codegen_pos_of(body->items[0]);
            if (!codegen_load_const(c, doc) || !codegen_emit_name(c, OP_STORE_NAME, "__doc__")) return false;
        }
    }
    if (!compile_stmt_list(c, body)) return false;
    if (body->count) c->u->cur = codegen_pos_of(body->items[body->count - 1]);
    return emit_return_none(c);
}

static AwCode *compile_module(AwCompiler *c, const AwNode *root) {
    AwScope *scope = symtable_scope_of(c->st, root);
    if (!scope) {
        codegen_error(c, root, "internal compiler error: no module scope");
        return NULL;
    }
    if (!codegen_unit_push(c, scope, "<module>", 1)) return NULL;
    c->u->flags = AW_CODE_MODULE;
    if (!compile_module_body(c, root)) return NULL;
    if (c->mode == AW_PARSE_SINGLE && uses_await(c->u)) c->u->flags |= AW_CODE_TOPLEVEL_AWAIT;
    return finish_unit(c);
}

void compiler_print_literal_warnings(const AwSyntaxError *err, const char *filename) {
    for (int i = 0; i < err->nwarnings; i++) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", err->warnings[i].kind);
        codegen_print_warning(filename, err->warnings[i].line, msg);
    }
}

AwCode *compiler_compile(AwVM *vm, AwNode *root, AwStr *filename, AwParseMode mode,
                         AwSyntaxError *err) {
    memset(err, 0, sizeof *err);
    AwSymtable *st;
    switch (symtable_build(root, mode, &st, err)) {
    case AW_SYMTABLE_NO_MEMORY:
        err->msg[0] = '\0';
        vm_raise_memory(vm);
        return NULL;
    case AW_SYMTABLE_SYNTAX_ERROR:
        return NULL;
    case AW_SYMTABLE_OK:
        break;
    }
    AwCompiler c = { .vm = vm, .err = err, .st = st, .filename = filename, .mode = mode,
                     .future_annotations = compile_annot_is_future(root),
                     .top_body = root->kind == NODE_EXPRESSION ? NULL : &root->u.module.body,
                     .future_prefix = compile_stmt_future_prefix(root) };
    AwCode *code = compile_module(&c, root);
    while (c.u) codegen_unit_pop(&c);
    symtable_free(st);
    return c.failed ? NULL : code;
}
