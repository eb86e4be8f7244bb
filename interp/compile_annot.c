/* compile_annot.c — variable annotations (`x: int = 1`), as CPython 3.11 compiles them.
 *
 * In a module or class body, `name: T` stores T in the namespace's `__annotations__` dict
 * (created empty at the start of a body that has any annotation), which dataclasses,
 * typing.NamedTuple and friends read. Under `from __future__ import annotations` the stored
 * value is the annotation's source text, regenerated from the tree (CPython's ast.unparse
 * form: `dict[str, int | None]`, `'Node'`). Parameter and return annotations are evaluated when
 * the def runs, into the function's __annotations__; annotations of names inside function
 * bodies never are (as in CPython).
 */
#include "interp/codegen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp/float.h"
#include "interp/str.h"
#include "interp/vm.h"

static bool is_namespace_body(const AwCompiler *c) {
    return c->u->scope->kind != AW_BLOCK_FUNCTION;
}

/* ---- does a body annotate? (CPython's find_ann: not looking into nested defs) ---- */

static bool list_has_annotation(const AwNodeList *body);

static bool stmt_has_annotation(const AwNode *s) {
    switch (s->kind) {
    case NODE_ANN_ASSIGN: return true;
    case NODE_FOR: return list_has_annotation(&s->u.for_.body) || list_has_annotation(&s->u.for_.orelse);
    case NODE_WHILE: return list_has_annotation(&s->u.while_.body) || list_has_annotation(&s->u.while_.orelse);
    case NODE_IF: return list_has_annotation(&s->u.if_.body) || list_has_annotation(&s->u.if_.orelse);
    case NODE_WITH: return list_has_annotation(&s->u.with.body);
    case NODE_MATCH:
        for (int i = 0; i < s->u.match.cases.count; i++) {
            if (list_has_annotation(&s->u.match.cases.items[i]->u.match_case.body)) return true;
        }
        return false;
    case NODE_TRY:
        for (int i = 0; i < s->u.try_.handlers.count; i++) {
            if (list_has_annotation(&s->u.try_.handlers.items[i]->u.except_handler.body)) return true;
        }
        return list_has_annotation(&s->u.try_.body) || list_has_annotation(&s->u.try_.orelse) ||
               list_has_annotation(&s->u.try_.finalbody);
    default: return false;
    }
}

static bool list_has_annotation(const AwNodeList *body) {
    for (int i = 0; i < body->count; i++) {
        if (stmt_has_annotation(body->items[i])) return true;
    }
    return false;
}

bool compile_annot_setup(AwCompiler *c, const AwNodeList *body) {
    if (!list_has_annotation(body)) return true;
    return codegen_emit(c, OP_BUILD_MAP, 0) && codegen_emit_name(c, OP_STORE_NAME, "__annotations__");
}

bool compile_annot_is_future(const AwNode *root) {
    if (root->kind == NODE_EXPRESSION) return false;
    const AwNodeList *body = &root->u.module.body;
    for (int i = 0; i < body->count; i++) {
        const AwNode *s = body->items[i];
        bool is_doc = i == 0 && s->kind == NODE_EXPR && s->u.expr.value->kind == NODE_CONSTANT &&
                      s->u.expr.value->u.constant.kind == AW_CONST_STR;
        if (is_doc) continue;
        if (s->kind != NODE_IMPORT_FROM || s->u.import_from.level != 0 || !s->u.import_from.module ||
            strcmp(s->u.import_from.module, "__future__") != 0) {
            return false;
        }
        for (int k = 0; k < s->u.import_from.names.count; k++) {
            if (strcmp(s->u.import_from.names.items[k]->u.alias.name, "annotations") == 0) return true;
        }
    }
    return false;
}

/* ---- annotation source text (ast.unparse) ---- */

typedef struct {
    char *data;      /* text (malloc) */
    size_t len;      /* bytes used */
    size_t cap;      /* bytes allocated */
    bool failed;     /* out of memory */
} Text;

static void put(Text *t, const char *s, size_t n) {
    if (t->failed) return;
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        while (cap < t->len + n + 1) cap *= 2;
        char *grown = realloc(t->data, cap);
        if (!grown) { t->failed = true; return; }
        t->data = grown;
        t->cap = cap;
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = '\0';
}

static void puts_(Text *t, const char *s) { put(t, s, strlen(s)); }

/* Binding strength of binary operators, as ast.unparse uses it for parentheses. */
static int binop_precedence(int op) {
    switch (op) {
    case AW_BINOP_OR: return 1;
    case AW_BINOP_XOR: return 2;
    case AW_BINOP_AND: return 3;
    case AW_BINOP_LSHIFT: case AW_BINOP_RSHIFT: return 4;
    case AW_BINOP_ADD: case AW_BINOP_SUB: return 5;
    case AW_BINOP_POW: return 7;
    default: return 6;
    }
}

static const char *const binop_text[] = {
    [AW_BINOP_ADD] = " + ", [AW_BINOP_SUB] = " - ", [AW_BINOP_MUL] = " * ",
    [AW_BINOP_TRUEDIV] = " / ", [AW_BINOP_FLOORDIV] = " // ", [AW_BINOP_MOD] = " % ",
    [AW_BINOP_POW] = " ** ", [AW_BINOP_LSHIFT] = " << ", [AW_BINOP_RSHIFT] = " >> ",
    [AW_BINOP_AND] = " & ", [AW_BINOP_OR] = " | ", [AW_BINOP_XOR] = " ^ ", [AW_BINOP_MATMUL] = " @ ",
};

static void unparse(AwCompiler *c, Text *t, const AwNode *n, int depth);

static void unparse_list(AwCompiler *c, Text *t, const AwNodeList *l, int depth) {
    for (int i = 0; i < l->count; i++) {
        if (i) puts_(t, ", ");
        unparse(c, t, l->items[i], depth);
    }
}

static void unparse_constant(AwCompiler *c, Text *t, const AwNode *n) {
    switch (n->u.constant.kind) {
    case AW_CONST_NONE: puts_(t, "None"); return;
    case AW_CONST_TRUE: puts_(t, "True"); return;
    case AW_CONST_FALSE: puts_(t, "False"); return;
    case AW_CONST_ELLIPSIS: puts_(t, "..."); return;
    case AW_CONST_INT: puts_(t, n->u.constant.text); return;
    case AW_CONST_FLOAT: {
        char buf[64];
        put(t, buf, float_repr_buf(n->u.constant.number, buf, sizeof buf));
        return;
    }
    case AW_CONST_STR: {
        AwStr *s = str_new(c->vm, n->u.constant.text, n->u.constant.len);
        AwStr *r = s ? str_repr(c->vm, s) : NULL;
        if (!r) { t->failed = true; return; }
        put(t, r->data, (size_t)r->byte_len);
        return;
    }
    default: puts_(t, "..."); return;
    }
}

static void unparse_operand(AwCompiler *c, Text *t, const AwNode *n, int min_prec, int depth) {
    bool parens = n->kind == NODE_BIN_OP && binop_precedence(n->u.bin_op.op) < min_prec;
    if (parens) puts_(t, "(");
    unparse(c, t, n, depth);
    if (parens) puts_(t, ")");
}

static void unparse_call(AwCompiler *c, Text *t, const AwNode *n, int depth) {
    unparse(c, t, n->u.call.func, depth);
    puts_(t, "(");
    unparse_list(c, t, &n->u.call.args, depth);
    for (int i = 0; i < n->u.call.keywords.count; i++) {
        const AwNode *kw = n->u.call.keywords.items[i];
        if (i || n->u.call.args.count) puts_(t, ", ");
        if (kw->u.keyword.arg) { puts_(t, kw->u.keyword.arg); puts_(t, "="); }
        else puts_(t, "**");
        unparse(c, t, kw->u.keyword.value, depth);
    }
    puts_(t, ")");
}

static void unparse_slice(AwCompiler *c, Text *t, const AwNode *n, int depth) {
    if (n->u.slice.lower) unparse(c, t, n->u.slice.lower, depth);
    puts_(t, ":");
    if (n->u.slice.upper) unparse(c, t, n->u.slice.upper, depth);
    if (n->u.slice.step) { puts_(t, ":"); unparse(c, t, n->u.slice.step, depth); }
}

static void unparse(AwCompiler *c, Text *t, const AwNode *n, int depth) {
    if (depth > 200) { puts_(t, "..."); return; }
    switch (n->kind) {
    case NODE_NAME: puts_(t, n->u.name.id); break;
    case NODE_CONSTANT: unparse_constant(c, t, n); break;
    case NODE_ATTRIBUTE:
        unparse(c, t, n->u.attribute.value, depth + 1);
        puts_(t, ".");
        puts_(t, n->u.attribute.attr);
        break;
    case NODE_SUBSCRIPT:
        unparse(c, t, n->u.subscript.value, depth + 1);
        puts_(t, "[");
        if (n->u.subscript.slice->kind == NODE_TUPLE && n->u.subscript.slice->u.sequence.elts.count) {
            unparse_list(c, t, &n->u.subscript.slice->u.sequence.elts, depth + 1);
        } else {
            unparse(c, t, n->u.subscript.slice, depth + 1);
        }
        puts_(t, "]");
        break;
    case NODE_TUPLE:
        puts_(t, "(");
        unparse_list(c, t, &n->u.sequence.elts, depth + 1);
        if (n->u.sequence.elts.count == 1) puts_(t, ",");
        puts_(t, ")");
        break;
    case NODE_LIST: puts_(t, "["); unparse_list(c, t, &n->u.sequence.elts, depth + 1); puts_(t, "]"); break;
    case NODE_BIN_OP: {
        int prec = binop_precedence(n->u.bin_op.op);
        unparse_operand(c, t, n->u.bin_op.left, prec, depth + 1);
        puts_(t, binop_text[n->u.bin_op.op]);
        unparse_operand(c, t, n->u.bin_op.right, prec + 1, depth + 1);
        break;
    }
    case NODE_UNARY_OP:
        puts_(t, n->u.unary_op.op == AW_UOP_NEG ? "-" : n->u.unary_op.op == AW_UOP_POS ? "+"
                 : n->u.unary_op.op == AW_UOP_INVERT ? "~" : "not ");
        unparse(c, t, n->u.unary_op.operand, depth + 1);
        break;
    case NODE_CALL: unparse_call(c, t, n, depth + 1); break;
    case NODE_STARRED: puts_(t, "*"); unparse(c, t, n->u.starred.value, depth + 1); break;
    case NODE_SLICE: unparse_slice(c, t, n, depth + 1); break;
    default: puts_(t, "..."); break;
    }
}

/* Pushes the annotation's source text as a str constant. */
static bool load_annotation_text(AwCompiler *c, const AwNode *annotation) {
    Text t = { NULL, 0, 0, false };
    unparse(c, &t, annotation, 0);
    AwStr *s = t.failed ? NULL : str_new(c->vm, t.data ? t.data : "", t.len);
    free(t.data);
    if (!s) return codegen_oom(c);
    return codegen_load_const(c, str_value(s));
}

/* ---- parameter annotations ---- */

static bool annotate_arg(AwCompiler *c, const AwNode *arg, int *count) {
    if (!arg || !arg->u.arg.annotation) return true;
    const char *name = codegen_mangle(c, arg->u.arg.name);
    AwStr *key = name ? codegen_intern(c, name) : NULL;
    if (!key || !codegen_load_const(c, str_value(key))) return false;
    (*count)++;
    const AwNode *annotation = arg->u.arg.annotation;
    if (c->future_annotations) return load_annotation_text(c, annotation);
    /* `*args: *Ts` (PEP 646): the value is the one item of [*Ts], as CPython's
       [annotation] = [*Ts] */
    if (annotation->kind == NODE_STARRED)
        return compile_expr(c, annotation->u.starred.value) && codegen_emit(c, OP_UNPACK_SEQUENCE, 1);
    return compile_expr(c, annotation);
}

static bool annotate_args(AwCompiler *c, const AwNodeList *args, int *count) {
    for (int i = 0; i < args->count; i++)
        if (!annotate_arg(c, args->items[i], count)) return false;
    return true;
}

bool compile_annot_function(AwCompiler *c, const AwArguments *a, const AwNode *returns, int *count) {
    *count = 0;
    /* CPython's order: args, positional-only, *args, keyword-only, **kwargs, return */
    if (!annotate_args(c, &a->args, count) || !annotate_args(c, &a->posonlyargs, count) ||
        !annotate_arg(c, a->vararg, count) || !annotate_args(c, &a->kwonlyargs, count) ||
        !annotate_arg(c, a->kwarg, count))
        return false;
    if (returns) {
        AwStr *key = codegen_intern(c, "return");
        if (!key || !codegen_load_const(c, str_value(key))) return false;
        (*count)++;
        if (!(c->future_annotations ? load_annotation_text(c, returns) : compile_expr(c, returns))) return false;
    }
    return *count == 0 || codegen_emit(c, OP_BUILD_MAP, (uint32_t)*count);
}

/* ---- the statement ---- */

/* __annotations__['name'] = <annotation> (module and class bodies, simple names). */
static bool store_annotation(AwCompiler *c, const AwNode *n) {
    const AwNode *annotation = n->u.ann_assign.annotation;
    const char *name = codegen_mangle(c, n->u.ann_assign.target->u.name.id);
    AwStr *key = name ? codegen_intern(c, name) : NULL;
    if (!key) return false;
    bool ok = c->future_annotations ? load_annotation_text(c, annotation) : compile_expr(c, annotation);
    codegen_set_pos(c, n);
    return ok && codegen_emit_name(c, OP_LOAD_NAME, "__annotations__") &&
           codegen_load_const(c, str_value(key)) && codegen_emit(c, OP_STORE_SUBSCR, 0);
}

/* The object parts of an annotated attribute/subscript without a value are still evaluated. */
static bool evaluate_target_parts(AwCompiler *c, const AwNode *t) {
    if (t->kind == NODE_ATTRIBUTE) return compile_expr(c, t->u.attribute.value) && codegen_emit(c, OP_POP_TOP, 0);
    if (t->kind != NODE_SUBSCRIPT) return true;
    return compile_expr(c, t->u.subscript.value) && codegen_emit(c, OP_POP_TOP, 0) &&
           compile_expr(c, t->u.subscript.slice) && codegen_emit(c, OP_POP_TOP, 0);
}

bool compile_annot_assign(AwCompiler *c, const AwNode *n) {
    const AwNode *t = n->u.ann_assign.target;
    if (n->u.ann_assign.value) {
        if (!compile_expr(c, n->u.ann_assign.value) || !compile_expr_store(c, t)) return false;
    } else if (t->kind == NODE_NAME) {
        const char *id = t->u.name.id;
        if (strcmp(id, "__debug__") == 0) return codegen_error(c, t, "cannot assign to __debug__");
    } else if (!evaluate_target_parts(c, t)) {
        return false;
    }
    if (!is_namespace_body(c)) return true;
    if (t->kind == NODE_NAME && n->u.ann_assign.simple) return store_annotation(c, n);
    if (c->future_annotations) return true;
    /* A complex target's annotation is evaluated and dropped. */
    return compile_expr(c, n->u.ann_assign.annotation) && codegen_emit(c, OP_POP_TOP, 0);
}
