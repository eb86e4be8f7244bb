/* ast_convert.c — C syntax tree <-> `_ast` node objects (see ast_convert.h). */
#include "stdlib/ast_convert.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "interp/class.h"
#include "interp/complex.h"
#include "interp/bytes.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

/* Every _ast class the converter names, in groups; a group's members are contiguous. */
#define AST_CLASSES(X)                                                                             \
    X(AST) X(mod) X(Module) X(Interactive) X(Expression)                                          \
    X(stmt) X(FunctionDef) X(AsyncFunctionDef) X(ClassDef) X(Return) X(Delete) X(Assign)           \
    X(AugAssign) X(AnnAssign) X(For) X(AsyncFor) X(While) X(If) X(With) X(AsyncWith) X(Match)      \
    X(Raise) X(Try) X(TryStar) X(Assert) X(Import) X(ImportFrom) X(Global) X(Nonlocal) X(Expr)     \
    X(Pass) X(Break) X(Continue)                                                                   \
    X(expr) X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict) X(Set)           \
    X(ListComp) X(SetComp) X(DictComp) X(GeneratorExp) X(Await) X(Yield) X(YieldFrom) X(Compare)   \
    X(Call) X(FormattedValue) X(JoinedStr) X(Constant) X(Attribute) X(Subscript) X(Starred)        \
    X(Name) X(List) X(Tuple) X(Slice)                                                              \
    X(expr_context) X(Load) X(Store) X(Del)                                                        \
    X(boolop) X(And) X(Or)                                                                         \
    X(operator) X(Add) X(Sub) X(Mult) X(Div) X(FloorDiv) X(Mod) X(Pow) X(LShift) X(RShift)         \
    X(BitAnd) X(BitOr) X(BitXor) X(MatMult)                                                        \
    X(unaryop) X(Not) X(USub) X(UAdd) X(Invert)                                                    \
    X(cmpop) X(Lt) X(LtE) X(Eq) X(NotEq) X(Gt) X(GtE) X(Is) X(IsNot) X(In) X(NotIn)                \
    X(comprehension) X(excepthandler) X(ExceptHandler) X(arguments) X(arg) X(keyword) X(alias)    \
    X(withitem) X(match_case)                                                                      \
    X(pattern) X(MatchValue) X(MatchSingleton) X(MatchSequence) X(MatchMapping) X(MatchClass)      \
    X(MatchStar) X(MatchAs) X(MatchOr)

/* Every field and attribute name the converter reads or writes. */
#define AST_FIELDS(X)                                                                              \
    X(body) X(type_ignores) X(name) X(args) X(decorator_list) X(returns) X(type_comment) X(bases)  \
    X(keywords) X(value) X(targets) X(target) X(op) X(annotation) X(simple) X(iter) X(orelse)     \
    X(test) X(items) X(subject) X(cases) X(exc) X(cause) X(handlers) X(finalbody) X(msg) X(names)  \
    X(module) X(level) X(values) X(left) X(right) X(operand) X(keys) X(elts) X(elt) X(generators)  \
    X(key) X(ops) X(comparators) X(func) X(conversion) X(format_spec) X(kind) X(attr) X(slice)     \
    X(ctx) X(id) X(lower) X(upper) X(step) X(posonlyargs) X(vararg) X(kwonlyargs) X(kw_defaults)  \
    X(kwarg) X(defaults) X(arg) X(asname) X(context_expr) X(optional_vars) X(type) X(ifs)         \
    X(is_async) X(pattern) X(guard) X(patterns) X(rest) X(cls) X(kwd_attrs) X(kwd_patterns)        \
    X(lineno) X(col_offset) X(end_lineno) X(end_col_offset)

#define AST_ENUM_C(n) C_##n,
#define AST_ENUM_F(n) F_##n,
#define AST_NAME(n) #n,
enum { AST_CLASSES(AST_ENUM_C) C__COUNT };
enum { AST_FIELDS(AST_ENUM_F) F__COUNT };
static const char *const class_names[] = {AST_CLASSES(AST_NAME)};
static const char *const field_names[] = {AST_FIELDS(AST_NAME)};

/* The state of one conversion, either way. */
typedef struct {
    AwVM *vm;                     /* the interpreter */
    AwType *cls[C__COUNT];        /* the _ast classes (the module keeps them alive) */
    AwStr *field[F__COUNT];       /* interned field names */
    AwValue single[C__COUNT];     /* to objects: the shared Load(), Add(), ... (AW_EMPTY until made) */
    bool failed;                  /* to objects: an allocation failed (MemoryError is pending) */
    AwArena *arena;               /* to the C tree: where nodes go */
} Conv;

/* A class whose instances are plain objects with a dict (what mk builds): a user's
 * replacement of an _ast class by int must not get a bare int. */
static bool plain_class(AwValue t) {
    if (!value_is_instance(t, &aw_type_type)) return false;
    AwType *b = (AwType *)value_as_ptr(t);
    if (!(b->flags & AW_TYPE_HEAP)) return false;
    while (b->base && (b->flags & AW_TYPE_HEAP)) b = b->base;
    return b == &aw_type_object;
}

/* Fills the class and name tables from the _ast module (imported on first use). */
static AwStatus conv_init(AwVM *vm, Conv *c) {
    memset(c, 0, sizeof *c);
    c->vm = vm;
    AwStr *name = str_intern_cstr(vm, "_ast");
    AwValue mod = name ? vm_import(vm, name, AW_NONE, NULL) : AW_ERR;
    if (mod == AW_ERR) return AW_ERROR;
    for (int i = 0; i < C__COUNT; i++) {
        AwStr *key = str_intern_cstr(vm, class_names[i]);
        if (!key) return AW_ERROR;
        AwValue t = dict_get_str(AW_MODULE(mod)->dict, key);
        if (t == AW_EMPTY || !plain_class(t)) {
            vm_raise(vm, &aw_exc_SystemError, "_ast.%s is missing or not an AST class", class_names[i]);
            return AW_ERROR;
        }
        c->cls[i] = (AwType *)value_as_ptr(t);
        c->single[i] = AW_EMPTY;
    }
    for (int i = 0; i < F__COUNT; i++)
        if (!(c->field[i] = str_intern_cstr(vm, field_names[i]))) return AW_ERROR;
    return AW_OK;
}

int ast_convert_is_node(AwVM *vm, AwValue v) {
    AwStr *name = str_intern_cstr(vm, "_ast");
    AwValue mod = name ? vm_import(vm, name, AW_NONE, NULL) : AW_ERR;
    if (mod == AW_ERR) return -1;
    AwStr *key = str_intern_cstr(vm, "AST");
    if (!key) return -1;
    AwValue t = dict_get_str(AW_MODULE(mod)->dict, key);
    return t != AW_EMPTY && value_is_instance(t, &aw_type_type) && value_is_instance(v, (AwType *)value_as_ptr(t));
}

/* ---- C tree -> node objects ---------------------------------------------------------------- */

/* Sets obj.field = v straight into the instance dict: no descriptor or other aw code runs, so
 * the objects made so far (held only here) need no GC roots. */
static void put(Conv *c, AwValue obj, int field, AwValue v) {
    if (c->failed || obj == AW_NONE) return;
    AwDict *d = v == AW_ERR ? NULL : object_dict_for_store(c->vm, obj, c->field[field]);
    if (!d || dict_set_str(c->vm, d, c->field[field], v) != AW_OK) {
        if (v != AW_ERR && d) vm_raise(c->vm, &aw_exc_MemoryError, NULL);
        else if (v != AW_ERR && c->vm->exc == AW_EMPTY)
            vm_raise(c->vm, &aw_exc_TypeError, "%s object has no __dict__", ops_type_name(obj));
        c->failed = true;
    }
}

/* A new instance of class cls with nf (field, value) pairs, then n's positions when n is given. */
static AwValue mk(Conv *c, int cls, const AwNode *n, int nf, ...) {
    if (c->failed) return AW_NONE;
    AwType *t = c->cls[cls];
    AwObject *o = gc_new(c->vm, t, t->instance_size ? t->instance_size : sizeof(AwInstance));
    if (!o) { c->failed = true; return AW_NONE; }
    AwValue obj = value_from_ptr(o);
    va_list ap;
    va_start(ap, nf);
    for (int i = 0; i < nf; i++) {
        int f = va_arg(ap, int);
        AwValue v = va_arg(ap, AwValue);
        put(c, obj, f, v);
    }
    va_end(ap);
    if (n) {
        put(c, obj, F_lineno, value_from_small(n->line));
        put(c, obj, F_col_offset, value_from_small(n->col));
        put(c, obj, F_end_lineno, value_from_small(n->end_line));
        put(c, obj, F_end_col_offset, value_from_small(n->end_col));
    }
    return obj;
}

/* The one shared instance of an operator or context class per conversion. */
static AwValue single(Conv *c, int cls) {
    if (c->single[cls] == AW_EMPTY) c->single[cls] = mk(c, cls, NULL, 0);
    return c->single[cls];
}

static AwValue ident(Conv *c, const char *s) {
    if (!s) return AW_NONE;
    AwStr *r = str_intern_cstr(c->vm, s);
    if (!r) c->failed = true;
    return r ? str_value(r) : AW_NONE;
}

static AwValue node_obj(Conv *c, const AwNode *n);

static AwValue list_of(Conv *c, const AwNodeList *l) {
    if (c->failed) return AW_NONE;
    AwList *r = list_new(c->vm, l->count);
    if (!r) { c->failed = true; return AW_NONE; }
    for (int i = 0; i < l->count; i++)
        if (list_append(c->vm, r, node_obj(c, l->items[i])) != AW_OK) c->failed = true;
    return value_from_ptr(r);
}

static AwValue names_of(Conv *c, const char **names, int count) {
    if (c->failed) return AW_NONE;
    AwList *r = list_new(c->vm, count);
    if (!r) { c->failed = true; return AW_NONE; }
    for (int i = 0; i < count; i++)
        if (list_append(c->vm, r, ident(c, names[i])) != AW_OK) c->failed = true;
    return value_from_ptr(r);
}

static AwValue ctx_obj(Conv *c, AwExprCtx ctx) {
    return single(c, ctx == AW_CTX_STORE ? C_Store : ctx == AW_CTX_DEL ? C_Del : C_Load);
}

static AwValue binop_obj(Conv *c, int op) {
    static const int map[AW_BINOP_COUNT] = {
        [AW_BINOP_ADD] = C_Add, [AW_BINOP_SUB] = C_Sub, [AW_BINOP_MUL] = C_Mult,
        [AW_BINOP_TRUEDIV] = C_Div, [AW_BINOP_FLOORDIV] = C_FloorDiv, [AW_BINOP_MOD] = C_Mod,
        [AW_BINOP_POW] = C_Pow, [AW_BINOP_LSHIFT] = C_LShift, [AW_BINOP_RSHIFT] = C_RShift,
        [AW_BINOP_AND] = C_BitAnd, [AW_BINOP_OR] = C_BitOr, [AW_BINOP_XOR] = C_BitXor,
        [AW_BINOP_MATMUL] = C_MatMult};
    return single(c, map[op]);
}

static const int unary_classes[] = {[AW_UOP_NOT] = C_Not, [AW_UOP_NEG] = C_USub, [AW_UOP_POS] = C_UAdd,
                                    [AW_UOP_INVERT] = C_Invert};
static const int cmp_classes[] = {
    [AW_CMPOP_LT] = C_Lt, [AW_CMPOP_LE] = C_LtE, [AW_CMPOP_EQ] = C_Eq, [AW_CMPOP_NE] = C_NotEq,
    [AW_CMPOP_GT] = C_Gt, [AW_CMPOP_GE] = C_GtE, [AW_CMPOP_IS] = C_Is, [AW_CMPOP_IS_NOT] = C_IsNot,
    [AW_CMPOP_IN] = C_In, [AW_CMPOP_NOT_IN] = C_NotIn};

static AwValue constant_value(Conv *c, const AwNode *n) {
    switch (n->u.constant.kind) {
    case AW_CONST_NONE: return AW_NONE;
    case AW_CONST_TRUE: return AW_TRUE;
    case AW_CONST_FALSE: return AW_FALSE;
    case AW_CONST_ELLIPSIS: return AW_ELLIPSIS;
    case AW_CONST_FLOAT: return value_from_double(n->u.constant.number);
    case AW_CONST_IMAG: return complex_new(c->vm, 0.0, n->u.constant.number);
    case AW_CONST_INT: return int_from_string(c->vm, n->u.constant.text, strlen(n->u.constant.text), 0);
    case AW_CONST_STR: {
        AwStr *s = str_new(c->vm, n->u.constant.text, n->u.constant.len);
        return s ? str_value(s) : AW_ERR;
    }
    case AW_CONST_BYTES: {
        AwBytes *b = bytes_new(c->vm, n->u.constant.text, n->u.constant.len);
        return b ? value_from_ptr(b) : AW_ERR;
    }
    }
    return AW_NONE;
}

static AwValue arguments_obj(Conv *c, const AwArguments *a) {
    return mk(c, C_arguments, NULL, 7, F_posonlyargs, list_of(c, &a->posonlyargs), F_args, list_of(c, &a->args),
              F_vararg, node_obj(c, a->vararg), F_kwonlyargs, list_of(c, &a->kwonlyargs),
              F_kw_defaults, list_of(c, &a->kw_defaults), F_kwarg, node_obj(c, a->kwarg),
              F_defaults, list_of(c, &a->defaults));
}

static AwValue stmt_obj(Conv *c, const AwNode *n) {
    switch (n->kind) {
    case NODE_FUNCTION_DEF:
        return mk(c, n->u.function_def.is_async ? C_AsyncFunctionDef : C_FunctionDef, n, 6,
                  F_name, ident(c, n->u.function_def.name), F_args, arguments_obj(c, n->u.function_def.args),
                  F_body, list_of(c, &n->u.function_def.body), F_decorator_list, list_of(c, &n->u.function_def.decorators),
                  F_returns, node_obj(c, n->u.function_def.returns), F_type_comment, AW_NONE);
    case NODE_CLASS_DEF:
        return mk(c, C_ClassDef, n, 5, F_name, ident(c, n->u.class_def.name), F_bases, list_of(c, &n->u.class_def.bases),
                  F_keywords, list_of(c, &n->u.class_def.keywords), F_body, list_of(c, &n->u.class_def.body),
                  F_decorator_list, list_of(c, &n->u.class_def.decorators));
    case NODE_RETURN: return mk(c, C_Return, n, 1, F_value, node_obj(c, n->u.return_.value));
    case NODE_DELETE: return mk(c, C_Delete, n, 1, F_targets, list_of(c, &n->u.delete_.targets));
    case NODE_ASSIGN:
        return mk(c, C_Assign, n, 3, F_targets, list_of(c, &n->u.assign.targets), F_value, node_obj(c, n->u.assign.value),
                  F_type_comment, AW_NONE);
    case NODE_AUG_ASSIGN:
        return mk(c, C_AugAssign, n, 3, F_target, node_obj(c, n->u.aug_assign.target), F_op, binop_obj(c, n->u.aug_assign.op),
                  F_value, node_obj(c, n->u.aug_assign.value));
    case NODE_ANN_ASSIGN:
        return mk(c, C_AnnAssign, n, 4, F_target, node_obj(c, n->u.ann_assign.target),
                  F_annotation, node_obj(c, n->u.ann_assign.annotation), F_value, node_obj(c, n->u.ann_assign.value),
                  F_simple, value_from_small(n->u.ann_assign.simple));
    case NODE_FOR:
        return mk(c, n->u.for_.is_async ? C_AsyncFor : C_For, n, 5, F_target, node_obj(c, n->u.for_.target),
                  F_iter, node_obj(c, n->u.for_.iter), F_body, list_of(c, &n->u.for_.body),
                  F_orelse, list_of(c, &n->u.for_.orelse), F_type_comment, AW_NONE);
    case NODE_WHILE:
        return mk(c, C_While, n, 3, F_test, node_obj(c, n->u.while_.test), F_body, list_of(c, &n->u.while_.body),
                  F_orelse, list_of(c, &n->u.while_.orelse));
    case NODE_IF:
        return mk(c, C_If, n, 3, F_test, node_obj(c, n->u.if_.test), F_body, list_of(c, &n->u.if_.body),
                  F_orelse, list_of(c, &n->u.if_.orelse));
    case NODE_WITH:
        return mk(c, n->u.with.is_async ? C_AsyncWith : C_With, n, 3, F_items, list_of(c, &n->u.with.items),
                  F_body, list_of(c, &n->u.with.body), F_type_comment, AW_NONE);
    case NODE_MATCH:
        return mk(c, C_Match, n, 2, F_subject, node_obj(c, n->u.match.subject), F_cases, list_of(c, &n->u.match.cases));
    case NODE_RAISE:
        return mk(c, C_Raise, n, 2, F_exc, node_obj(c, n->u.raise.exc), F_cause, node_obj(c, n->u.raise.cause));
    case NODE_TRY:
        return mk(c, n->u.try_.is_star ? C_TryStar : C_Try, n, 4, F_body, list_of(c, &n->u.try_.body),
                  F_handlers, list_of(c, &n->u.try_.handlers), F_orelse, list_of(c, &n->u.try_.orelse),
                  F_finalbody, list_of(c, &n->u.try_.finalbody));
    case NODE_ASSERT:
        return mk(c, C_Assert, n, 2, F_test, node_obj(c, n->u.assert_.test), F_msg, node_obj(c, n->u.assert_.msg));
    case NODE_IMPORT: return mk(c, C_Import, n, 1, F_names, list_of(c, &n->u.import.names));
    case NODE_IMPORT_FROM:
        return mk(c, C_ImportFrom, n, 3, F_module, ident(c, n->u.import_from.module),
                  F_names, list_of(c, &n->u.import_from.names), F_level, value_from_small(n->u.import_from.level));
    case NODE_GLOBAL: case NODE_NONLOCAL:
        return mk(c, n->kind == NODE_GLOBAL ? C_Global : C_Nonlocal, n, 1,
                  F_names, names_of(c, n->u.global.names, n->u.global.count));
    case NODE_EXPR: return mk(c, C_Expr, n, 1, F_value, node_obj(c, n->u.expr.value));
    case NODE_PASS: return mk(c, C_Pass, n, 0);
    case NODE_BREAK: return mk(c, C_Break, n, 0);
    case NODE_CONTINUE: return mk(c, C_Continue, n, 0);
    default: return AW_EMPTY;
    }
}

static AwValue expr_obj(Conv *c, const AwNode *n) {
    switch (n->kind) {
    case NODE_BOOL_OP:
        return mk(c, C_BoolOp, n, 2, F_op, single(c, n->u.bool_op.op == AW_BOOL_AND ? C_And : C_Or),
                  F_values, list_of(c, &n->u.bool_op.values));
    case NODE_NAMED_EXPR:
        return mk(c, C_NamedExpr, n, 2, F_target, node_obj(c, n->u.named_expr.target), F_value, node_obj(c, n->u.named_expr.value));
    case NODE_BIN_OP:
        return mk(c, C_BinOp, n, 3, F_left, node_obj(c, n->u.bin_op.left), F_op, binop_obj(c, n->u.bin_op.op),
                  F_right, node_obj(c, n->u.bin_op.right));
    case NODE_UNARY_OP:
        return mk(c, C_UnaryOp, n, 2, F_op, single(c, unary_classes[n->u.unary_op.op]), F_operand, node_obj(c, n->u.unary_op.operand));
    case NODE_LAMBDA:
        return mk(c, C_Lambda, n, 2, F_args, arguments_obj(c, n->u.lambda.args), F_body, node_obj(c, n->u.lambda.body));
    case NODE_IF_EXP:
        return mk(c, C_IfExp, n, 3, F_test, node_obj(c, n->u.if_exp.test), F_body, node_obj(c, n->u.if_exp.body),
                  F_orelse, node_obj(c, n->u.if_exp.orelse));
    case NODE_DICT: return mk(c, C_Dict, n, 2, F_keys, list_of(c, &n->u.dict.keys), F_values, list_of(c, &n->u.dict.values));
    case NODE_SET: return mk(c, C_Set, n, 1, F_elts, list_of(c, &n->u.set.elts));
    case NODE_LIST_COMP: case NODE_SET_COMP: case NODE_GENERATOR_EXP:
        return mk(c, n->kind == NODE_LIST_COMP ? C_ListComp : n->kind == NODE_SET_COMP ? C_SetComp : C_GeneratorExp, n, 2,
                  F_elt, node_obj(c, n->u.comp.elt), F_generators, list_of(c, &n->u.comp.generators));
    case NODE_DICT_COMP:
        return mk(c, C_DictComp, n, 3, F_key, node_obj(c, n->u.dict_comp.key), F_value, node_obj(c, n->u.dict_comp.value),
                  F_generators, list_of(c, &n->u.dict_comp.generators));
    case NODE_AWAIT: return mk(c, C_Await, n, 1, F_value, node_obj(c, n->u.await.value));
    case NODE_YIELD: return mk(c, C_Yield, n, 1, F_value, node_obj(c, n->u.yield.value));
    case NODE_YIELD_FROM: return mk(c, C_YieldFrom, n, 1, F_value, node_obj(c, n->u.yield.value));
    case NODE_COMPARE: {
        int count = n->u.compare.comparators.count;
        AwList *ops = c->failed ? NULL : list_new(c->vm, count);
        if (!ops) { c->failed = true; return AW_NONE; }
        for (int i = 0; i < count; i++)
            if (list_append(c->vm, ops, single(c, cmp_classes[n->u.compare.ops[i]])) != AW_OK) c->failed = true;
        return mk(c, C_Compare, n, 3, F_left, node_obj(c, n->u.compare.left), F_ops, value_from_ptr(ops),
                  F_comparators, list_of(c, &n->u.compare.comparators));
    }
    case NODE_CALL:
        return mk(c, C_Call, n, 3, F_func, node_obj(c, n->u.call.func), F_args, list_of(c, &n->u.call.args),
                  F_keywords, list_of(c, &n->u.call.keywords));
    case NODE_FORMATTED_VALUE:
        return mk(c, C_FormattedValue, n, 3, F_value, node_obj(c, n->u.formatted_value.value),
                  F_conversion, value_from_small(n->u.formatted_value.conversion),
                  F_format_spec, node_obj(c, n->u.formatted_value.format_spec));
    case NODE_JOINED_STR: return mk(c, C_JoinedStr, n, 1, F_values, list_of(c, &n->u.joined_str.values));
    case NODE_CONSTANT: {
        AwValue v = c->failed ? AW_NONE : constant_value(c, n);
        if (v == AW_ERR) { c->failed = true; return AW_NONE; }
        return mk(c, C_Constant, n, 2, F_value, v, F_kind,
                  n->u.constant.kind == AW_CONST_STR && n->u.constant.u_kind ? ident(c, "u") : AW_NONE);
    }
    case NODE_ATTRIBUTE:
        return mk(c, C_Attribute, n, 3, F_value, node_obj(c, n->u.attribute.value), F_attr, ident(c, n->u.attribute.attr),
                  F_ctx, ctx_obj(c, n->u.attribute.ctx));
    case NODE_SUBSCRIPT:
        return mk(c, C_Subscript, n, 3, F_value, node_obj(c, n->u.subscript.value), F_slice, node_obj(c, n->u.subscript.slice),
                  F_ctx, ctx_obj(c, n->u.subscript.ctx));
    case NODE_STARRED:
        return mk(c, C_Starred, n, 2, F_value, node_obj(c, n->u.starred.value), F_ctx, ctx_obj(c, n->u.starred.ctx));
    case NODE_NAME: return mk(c, C_Name, n, 2, F_id, ident(c, n->u.name.id), F_ctx, ctx_obj(c, n->u.name.ctx));
    case NODE_LIST: case NODE_TUPLE:
        return mk(c, n->kind == NODE_LIST ? C_List : C_Tuple, n, 2, F_elts, list_of(c, &n->u.sequence.elts),
                  F_ctx, ctx_obj(c, n->u.sequence.ctx));
    case NODE_SLICE:
        return mk(c, C_Slice, n, 3, F_lower, node_obj(c, n->u.slice.lower), F_upper, node_obj(c, n->u.slice.upper),
                  F_step, node_obj(c, n->u.slice.step));
    default: return AW_EMPTY;
    }
}

static AwValue singleton_value(AwConstKind k) {
    return k == AW_CONST_TRUE ? AW_TRUE : k == AW_CONST_FALSE ? AW_FALSE : AW_NONE;
}

static AwValue other_obj(Conv *c, const AwNode *n) {
    switch (n->kind) {
    case NODE_ARG:
        return mk(c, C_arg, n, 3, F_arg, ident(c, n->u.arg.name), F_annotation, node_obj(c, n->u.arg.annotation),
                  F_type_comment, AW_NONE);
    case NODE_KEYWORD: return mk(c, C_keyword, n, 2, F_arg, ident(c, n->u.keyword.arg), F_value, node_obj(c, n->u.keyword.value));
    case NODE_ALIAS: return mk(c, C_alias, n, 2, F_name, ident(c, n->u.alias.name), F_asname, ident(c, n->u.alias.asname));
    case NODE_WITH_ITEM:
        return mk(c, C_withitem, NULL, 2, F_context_expr, node_obj(c, n->u.with_item.context_expr),
                  F_optional_vars, node_obj(c, n->u.with_item.optional_vars));
    case NODE_EXCEPT_HANDLER:
        return mk(c, C_ExceptHandler, n, 3, F_type, node_obj(c, n->u.except_handler.type), F_name, ident(c, n->u.except_handler.name),
                  F_body, list_of(c, &n->u.except_handler.body));
    case NODE_COMPREHENSION:
        return mk(c, C_comprehension, NULL, 4, F_target, node_obj(c, n->u.comprehension.target),
                  F_iter, node_obj(c, n->u.comprehension.iter), F_ifs, list_of(c, &n->u.comprehension.ifs),
                  F_is_async, value_from_small(n->u.comprehension.is_async));
    case NODE_MATCH_CASE:
        return mk(c, C_match_case, NULL, 3, F_pattern, node_obj(c, n->u.match_case.pattern),
                  F_guard, node_obj(c, n->u.match_case.guard), F_body, list_of(c, &n->u.match_case.body));
    case NODE_MATCH_VALUE: return mk(c, C_MatchValue, n, 1, F_value, node_obj(c, n->u.match_value.value));
    case NODE_MATCH_SINGLETON: return mk(c, C_MatchSingleton, n, 1, F_value, singleton_value(n->u.match_singleton.value));
    case NODE_MATCH_SEQUENCE: return mk(c, C_MatchSequence, n, 1, F_patterns, list_of(c, &n->u.match_sequence.patterns));
    case NODE_MATCH_MAPPING:
        return mk(c, C_MatchMapping, n, 3, F_keys, list_of(c, &n->u.match_mapping.keys),
                  F_patterns, list_of(c, &n->u.match_mapping.patterns), F_rest, ident(c, n->u.match_mapping.rest));
    case NODE_MATCH_CLASS:
        return mk(c, C_MatchClass, n, 4, F_cls, node_obj(c, n->u.match_class.cls), F_patterns, list_of(c, &n->u.match_class.patterns),
                  F_kwd_attrs, names_of(c, n->u.match_class.kwd_attrs, n->u.match_class.kwd_patterns.count),
                  F_kwd_patterns, list_of(c, &n->u.match_class.kwd_patterns));
    case NODE_MATCH_STAR: return mk(c, C_MatchStar, n, 1, F_name, ident(c, n->u.match_star.name));
    case NODE_MATCH_AS:
        return mk(c, C_MatchAs, n, 2, F_pattern, node_obj(c, n->u.match_as.pattern), F_name, ident(c, n->u.match_as.name));
    case NODE_MATCH_OR: return mk(c, C_MatchOr, n, 1, F_patterns, list_of(c, &n->u.match_or.patterns));
    case NODE_MODULE: {
        AwList *ignores = c->failed ? NULL : list_new(c->vm, 0);
        if (!ignores) c->failed = true;
        return mk(c, C_Module, NULL, 2, F_body, list_of(c, &n->u.module.body), F_type_ignores,
                  ignores ? value_from_ptr(ignores) : AW_NONE);
    }
    case NODE_INTERACTIVE: return mk(c, C_Interactive, NULL, 1, F_body, list_of(c, &n->u.module.body));
    case NODE_EXPRESSION: return mk(c, C_Expression, NULL, 1, F_body, node_obj(c, n->u.expression.body));
    default: return AW_NONE;
    }
}

/* The node object for n (None for NULL). Recursion depth is bounded by the parser's limits. */
static AwValue node_obj(Conv *c, const AwNode *n) {
    if (!n || c->failed) return AW_NONE;
    AwValue v = stmt_obj(c, n);
    if (v == AW_EMPTY) v = expr_obj(c, n);
    if (v == AW_EMPTY) v = other_obj(c, n);
    return v;
}

static void *tree_to_objects(AwVM *vm, AwNode *root, AwStr *filename, AwParseMode mode, AwSyntaxError *err) {
    Conv c;
    if (conv_init(vm, &c) != AW_OK) return NULL;
    AwValue tree = node_obj(&c, root);
    return c.failed ? NULL : value_as_ptr(tree);
}

AwValue ast_convert_parse(AwVM *vm, const char *src, size_t len, const char *filename, AwParseMode mode) {
    AwObject *tree = vm_parse_with(vm, src, len, filename, mode, tree_to_objects);
    return tree ? value_from_ptr(tree) : AW_ERR;
}

/* ---- node objects -> C tree ---------------------------------------------------------------- */

/* obj's field: AW_EMPTY when it is missing, AW_ERR with an exception. */
static AwValue get(Conv *c, AwValue obj, int field) {
    return ops_getattr_opt(c->vm, obj, c->field[field]);
}

static void *fail_type(Conv *c, const char *fmt, const char *a, const char *b) {
    vm_raise(c->vm, &aw_exc_TypeError, fmt, a, b);
    return NULL;
}

static void *fail_value(Conv *c, const char *fmt, const char *a, const char *b) {
    vm_raise(c->vm, &aw_exc_ValueError, fmt, a, b);
    return NULL;
}

/* A required field: TypeError when it is missing (CPython's obj2ast). */
static AwValue need(Conv *c, AwValue obj, int field, const char *owner) {
    AwValue v = get(c, obj, field);
    if (v == AW_EMPTY) {
        fail_type(c, "required field \"%s\" missing from %s", field_names[field], owner);
        return AW_ERR;
    }
    return v;
}

/* Which class of the group [first, last] obj is an instance of, or -1 with CPython's TypeError. */
static int which(Conv *c, AwValue obj, int base, int first, int last) {
    for (int k = first; k <= last; k++)
        if (value_is_instance(obj, c->cls[k])) return k;
    AwValue r = ops_repr(c->vm, obj);
    if (r != AW_ERR)
        vm_raise(c->vm, &aw_exc_TypeError, "expected some sort of %s, but got %s", class_names[base], AW_STR(r)->data);
    return -1;
}

static AwNode *new_node(Conv *c, AwNodeKind kind) {
    AwNode *n = arena_alloc(c->arena, sizeof(AwNode));
    if (!n) vm_raise(c->vm, &aw_exc_MemoryError, NULL);
    else n->kind = kind;
    return n;
}

static const char *arena_str(Conv *c, AwValue s) {
    const char *r = arena_strndup(c->arena, AW_STR(s)->data, (size_t)AW_STR(s)->byte_len);
    if (!r) vm_raise(c->vm, &aw_exc_MemoryError, NULL);
    return r;
}

/* An int field (lineno, level, simple, ...). */
static AwStatus int_field(Conv *c, AwValue obj, int field, const char *owner, bool required, int *out) {
    AwValue v = required ? need(c, obj, field, owner) : get(c, obj, field);
    if (v == AW_ERR) return AW_ERROR;
    if (v == AW_EMPTY || v == AW_NONE) {
        if (required && v == AW_NONE)
            return fail_type(c, "required field \"%s\" missing from %s", field_names[field], owner), AW_ERROR;
        return AW_OK;
    }
    int64_t i;
    if (!value_is_instance(v, &aw_type_int)) {
        AwValue r = ops_repr(c->vm, v);
        if (r != AW_ERR) vm_raise(c->vm, &aw_exc_ValueError, "invalid integer value: %s", AW_STR(r)->data);
        return AW_ERROR;
    }
    if (int_to_i64(c->vm, v, &i) != AW_OK) return AW_ERROR;
    *out = (int)i;
    return AW_OK;
}

/* An identifier field; NULL (no exception) when optional and absent. */
static AwStatus ident_field(Conv *c, AwValue obj, int field, const char *owner, bool required, const char **out) {
    AwValue v = required ? need(c, obj, field, owner) : get(c, obj, field);
    *out = NULL;
    if (v == AW_ERR) return AW_ERROR;
    if (v == AW_EMPTY || v == AW_NONE) {
        if (required) return fail_value(c, "field '%s' is required for %s", field_names[field], owner), AW_ERROR;
        return AW_OK;
    }
    if (!value_is_instance(v, &aw_type_str)) return fail_type(c, "AST identifier must be of type str", NULL, NULL), AW_ERROR;
    return (*out = arena_str(c, v)) ? AW_OK : AW_ERROR;
}

static AwStatus positions(Conv *c, AwValue obj, AwNode *n, const char *group) {
    n->end_line = n->end_col = -1;
    if (int_field(c, obj, F_lineno, group, true, &n->line) || int_field(c, obj, F_col_offset, group, true, &n->col) ||
        int_field(c, obj, F_end_lineno, group, false, &n->end_line) ||
        int_field(c, obj, F_end_col_offset, group, false, &n->end_col))
        return AW_ERROR;
    if (n->end_line < 0) n->end_line = n->line;
    if (n->end_col < 0) n->end_col = n->col;
    return AW_OK;
}

typedef AwNode *(*FromObj)(Conv *c, AwValue obj, int ctx);

/* Guards the recursion into a child of an owner node (trees may be deep or cyclic). */
static AwStatus enter(Conv *c, const char *owner) {
    char where[96];
    snprintf(where, sizeof where, " while traversing '%s' node", owner);
    return vm_enter(c->vm, where);
}

/* A sub-node field: required ones must be present and not None. */
static AwStatus sub(Conv *c, AwValue obj, int field, const char *owner, bool required, FromObj conv, int ctx, AwNode **out) {
    *out = NULL;
    AwValue v = required ? need(c, obj, field, owner) : get(c, obj, field);
    if (v == AW_ERR) return AW_ERROR;
    if (v == AW_EMPTY || v == AW_NONE) {
        if (required) return fail_value(c, "field '%s' is required for %s", field_names[field], owner), AW_ERROR;
        return AW_OK;
    }
    if (enter(c, owner) != AW_OK) return AW_ERROR;
    if (gc_push_root(c->vm, v) != AW_OK) return vm_leave(c->vm), AW_ERROR;   /* a property may have made it */
    *out = conv(c, v, ctx);
    gc_pop_roots(c->vm, 1);
    vm_leave(c->vm);
    return *out ? AW_OK : AW_ERROR;
}

/* A list field; items may be None only when nulls (kw_defaults, Dict keys). */
static AwStatus seq(Conv *c, AwValue obj, int field, const char *owner, FromObj conv, int ctx, bool nulls, AwNodeList *out) {
    out->items = NULL;
    out->count = 0;
    AwValue v = need(c, obj, field, owner);
    if (v == AW_ERR) return AW_ERROR;
    if (!value_is_instance(v, &aw_type_list))
        return vm_raise(c->vm, &aw_exc_TypeError, "%s field \"%s\" must be a list, not a %s", owner, field_names[field],
                        ops_type_name(v)), AW_ERROR;
    if (gc_push_root(c->vm, v) != AW_OK) return AW_ERROR;
    AwList *l = AW_LIST(v);
    AwStatus st = AW_OK;
    out->items = l->len ? arena_alloc(c->arena, sizeof(AwNode *) * (size_t)l->len) : NULL;
    if (l->len && !out->items) st = AW_ERROR, vm_raise(c->vm, &aw_exc_MemoryError, NULL);
    for (int64_t i = 0; st == AW_OK && i < l->len; i++) {
        AwValue item = l->items[i];
        AwNode *n = NULL;
        if (item == AW_NONE && !nulls) {
            fail_value(c, "None disallowed in expression list", NULL, NULL);
            st = AW_ERROR;
        } else if (item != AW_NONE) {
            if (enter(c, owner) != AW_OK) { st = AW_ERROR; break; }
            n = conv(c, item, ctx);
            vm_leave(c->vm);
            if (!n) st = AW_ERROR;
        }
        if (st == AW_OK && i < l->len) out->items[out->count++] = n;
    }
    gc_pop_roots(c->vm, 1);
    return st;
}

static AwStatus nonempty(Conv *c, const AwNodeList *l, const char *what, const char *owner) {
    if (l->count) return AW_OK;
    fail_value(c, "empty %s on %s", what, owner);
    return AW_ERROR;
}

static AwNode *expr_node(Conv *c, AwValue obj, int ctx);
static AwNode *stmt_node(Conv *c, AwValue obj, int ctx);
static AwNode *pattern_node(Conv *c, AwValue obj, int ctx);

/* An operator-like field: the index of its class in [first, last]. */
static int op_field(Conv *c, AwValue obj, int field, const char *owner, int base, int first, int last) {
    AwValue v = need(c, obj, field, owner);
    if (v == AW_ERR) return -1;
    return which(c, v, base, first, last);
}

static AwNode *arg_node(Conv *c, AwValue obj, int ctx) {
    AwNode *n = new_node(c, NODE_ARG);
    if (!n || ident_field(c, obj, F_arg, "arg", true, &n->u.arg.name) ||
        sub(c, obj, F_annotation, "arg", false, expr_node, AW_CTX_LOAD, &n->u.arg.annotation) || positions(c, obj, n, "arg"))
        return NULL;
    return n;
}

static AwArguments *arguments_node(Conv *c, AwValue obj) {
    AwArguments *a = arena_alloc(c->arena, sizeof *a);
    if (!a) return vm_raise(c->vm, &aw_exc_MemoryError, NULL), NULL;
    const char *o = "arguments";
    if (seq(c, obj, F_posonlyargs, o, arg_node, 0, false, &a->posonlyargs) || seq(c, obj, F_args, o, arg_node, 0, false, &a->args) ||
        sub(c, obj, F_vararg, o, false, arg_node, 0, &a->vararg) || seq(c, obj, F_kwonlyargs, o, arg_node, 0, false, &a->kwonlyargs) ||
        seq(c, obj, F_kw_defaults, o, expr_node, AW_CTX_LOAD, true, &a->kw_defaults) ||
        sub(c, obj, F_kwarg, o, false, arg_node, 0, &a->kwarg) || seq(c, obj, F_defaults, o, expr_node, AW_CTX_LOAD, false, &a->defaults))
        return NULL;
    if (a->defaults.count > a->posonlyargs.count + a->args.count)
        return fail_value(c, "more positional defaults than args on arguments", NULL, NULL);
    if (a->kw_defaults.count != a->kwonlyargs.count)
        return fail_value(c, "length of kwonlyargs is not the same as kw_defaults on arguments", NULL, NULL);
    return a;
}

static AwStatus arguments_field(Conv *c, AwValue obj, const char *owner, AwArguments **out) {
    AwValue v = need(c, obj, F_args, owner);
    if (v == AW_ERR) return AW_ERROR;
    if (v == AW_NONE) return fail_value(c, "field '%s' is required for %s", "args", owner), AW_ERROR;
    return (*out = arguments_node(c, v)) ? AW_OK : AW_ERROR;
}

static AwNode *keyword_node(Conv *c, AwValue obj, int ctx) {
    AwNode *n = new_node(c, NODE_KEYWORD);
    if (!n || ident_field(c, obj, F_arg, "keyword", false, &n->u.keyword.arg) ||
        sub(c, obj, F_value, "keyword", true, expr_node, AW_CTX_LOAD, &n->u.keyword.value) || positions(c, obj, n, "keyword"))
        return NULL;
    return n;
}

static AwNode *comprehension_node(Conv *c, AwValue obj, int ctx) {
    AwNode *n = new_node(c, NODE_COMPREHENSION);
    int is_async = 0;
    const char *o = "comprehension";
    if (!n || sub(c, obj, F_target, o, true, expr_node, AW_CTX_STORE, &n->u.comprehension.target) ||
        sub(c, obj, F_iter, o, true, expr_node, AW_CTX_LOAD, &n->u.comprehension.iter) ||
        seq(c, obj, F_ifs, o, expr_node, AW_CTX_LOAD, false, &n->u.comprehension.ifs) ||
        int_field(c, obj, F_is_async, o, true, &is_async))
        return NULL;
    n->u.comprehension.is_async = is_async;
    return n;
}

static AwStatus generators(Conv *c, AwValue obj, const char *owner, AwNodeList *out) {
    if (seq(c, obj, F_generators, owner, comprehension_node, 0, false, out)) return AW_ERROR;
    return out->count ? AW_OK : (fail_value(c, "comprehension with no generators", NULL, NULL), AW_ERROR);
}

/* Constant.value: the C tree keeps numbers as text (ints) or doubles. */
static AwStatus constant_fill(Conv *c, AwValue v, AwNode *n) {
    if (v == AW_NONE) n->u.constant.kind = AW_CONST_NONE;
    else if (v == AW_TRUE) n->u.constant.kind = AW_CONST_TRUE;
    else if (v == AW_FALSE) n->u.constant.kind = AW_CONST_FALSE;
    else if (v == AW_ELLIPSIS) n->u.constant.kind = AW_CONST_ELLIPSIS;
    else if (value_is_float(v)) { n->u.constant.kind = AW_CONST_FLOAT; n->u.constant.number = value_as_double(v); }
    else if (value_is_instance(v, &aw_type_int)) {
        AwValue text = int_repr_value(c->vm, v);
        if (text == AW_ERR || !(n->u.constant.text = arena_str(c, text))) return AW_ERROR;
        n->u.constant.kind = AW_CONST_INT;
    } else if (value_is_instance(v, &aw_type_str)) {
        n->u.constant.kind = AW_CONST_STR;
        n->u.constant.len = (size_t)AW_STR(v)->byte_len;
        if (!(n->u.constant.text = arena_str(c, v))) return AW_ERROR;
    } else if (value_is_instance(v, &aw_type_bytes)) {
        n->u.constant.kind = AW_CONST_BYTES;
        n->u.constant.len = (size_t)AW_BYTES(v)->len;
        char *t = arena_alloc(c->arena, n->u.constant.len + 1);
        if (!t) return vm_raise(c->vm, &aw_exc_MemoryError, NULL), AW_ERROR;
        memcpy(t, AW_BYTES(v)->data, n->u.constant.len);
        n->u.constant.text = t;
    } else if (complex_check(v) && complex_of(v)->real == 0.0 && !signbit(complex_of(v)->real)) {
        n->u.constant.kind = AW_CONST_IMAG;
        n->u.constant.number = complex_of(v)->imag;
    } else if (complex_check(v)) {   /* the C tree has no complex constant: real + imag*j */
        AwNode *re = new_node(c, NODE_CONSTANT), *im = new_node(c, NODE_CONSTANT);
        if (!re || !im) return AW_ERROR;
        *re = *im = *n;
        re->u.constant.kind = AW_CONST_FLOAT;
        re->u.constant.number = complex_of(v)->real;
        im->u.constant.kind = AW_CONST_IMAG;
        im->u.constant.number = complex_of(v)->imag;
        n->kind = NODE_BIN_OP;
        n->u.bin_op.left = re;
        n->u.bin_op.op = AW_BINOP_ADD;
        n->u.bin_op.right = im;
    } else if (value_is_type(v, &aw_type_tuple)) {   /* a folded tuple constant: a Tuple of constants */
        AwTuple *t = (AwTuple *)value_as_ptr(v);
        AwNode **items = t->len ? arena_alloc(c->arena, sizeof(AwNode *) * (size_t)t->len) : NULL;
        if (t->len && !items) return vm_raise(c->vm, &aw_exc_MemoryError, NULL), AW_ERROR;
        for (int64_t i = 0; i < t->len; i++) {
            if (!(items[i] = new_node(c, NODE_CONSTANT))) return AW_ERROR;
            *items[i] = *n;
            items[i]->kind = NODE_CONSTANT;
            if (enter(c, "Constant") != AW_OK) return AW_ERROR;
            AwStatus st = constant_fill(c, t->items[i], items[i]);
            vm_leave(c->vm);
            if (st) return AW_ERROR;
        }
        n->kind = NODE_TUPLE;
        n->u.sequence.elts.items = items;
        n->u.sequence.elts.count = (int)t->len;
        n->u.sequence.ctx = AW_CTX_LOAD;
    } else
        return fail_type(c, "got an invalid type in Constant: %s", ops_type_name(v), NULL), AW_ERROR;
    return AW_OK;
}

static AwStatus check_ctx(Conv *c, AwValue obj, int want, AwExprCtx *out) {
    static const char *const names[] = {"Load", "Store", "Del"};
    int k = op_field(c, obj, F_ctx, "expr", C_expr_context, C_Load, C_Del);
    if (k < 0) return AW_ERROR;
    *out = (AwExprCtx)(k - C_Load);
    if ((int)*out != want)
        return fail_value(c, "expression must have %s context but has %s instead", names[want], names[*out]), AW_ERROR;
    return AW_OK;
}

#define E(f, req, ctx_, out) sub(c, obj, F_##f, o, req, expr_node, ctx_, out)
#define L(f, ctx_, out) seq(c, obj, F_##f, o, expr_node, ctx_, false, out)

static AwNode *expr_node(Conv *c, AwValue obj, int ctx) {
    int k = which(c, obj, C_expr, C_BoolOp, C_Slice);
    if (k < 0) return NULL;
    const char *o = class_names[k];
    static const AwNodeKind kinds[] = {
        NODE_BOOL_OP, NODE_NAMED_EXPR, NODE_BIN_OP, NODE_UNARY_OP, NODE_LAMBDA, NODE_IF_EXP, NODE_DICT, NODE_SET,
        NODE_LIST_COMP, NODE_SET_COMP, NODE_DICT_COMP, NODE_GENERATOR_EXP, NODE_AWAIT, NODE_YIELD, NODE_YIELD_FROM,
        NODE_COMPARE, NODE_CALL, NODE_FORMATTED_VALUE, NODE_JOINED_STR, NODE_CONSTANT, NODE_ATTRIBUTE, NODE_SUBSCRIPT,
        NODE_STARRED, NODE_NAME, NODE_LIST, NODE_TUPLE, NODE_SLICE};
    AwNode *n = new_node(c, kinds[k - C_BoolOp]);
    if (!n || positions(c, obj, n, "expr")) return NULL;
    bool ctx_ok = k == C_Attribute || k == C_Subscript || k == C_Starred || k == C_Name || k == C_List || k == C_Tuple;
    if (!ctx_ok && ctx != AW_CTX_LOAD) {
        static const char *const names[] = {"Load", "Store", "Del"};
        return fail_value(c, "expression which can't be assigned to in %s context", names[ctx], NULL);
    }
    AwStatus st = AW_OK;
    int op;
    switch (k) {
    case C_BoolOp:
        if ((op = op_field(c, obj, F_op, o, C_boolop, C_And, C_Or)) < 0 || L(values, AW_CTX_LOAD, &n->u.bool_op.values)) return NULL;
        n->u.bool_op.op = op == C_And ? AW_BOOL_AND : AW_BOOL_OR;
        if (n->u.bool_op.values.count < 2) return fail_value(c, "BoolOp with less than 2 values", NULL, NULL);
        break;
    case C_NamedExpr:
        st = E(target, true, AW_CTX_STORE, &n->u.named_expr.target) || E(value, true, AW_CTX_LOAD, &n->u.named_expr.value);
        break;
    case C_BinOp: {
        static const int ops[] = {AW_BINOP_ADD, AW_BINOP_SUB, AW_BINOP_MUL, AW_BINOP_TRUEDIV, AW_BINOP_FLOORDIV,
                                  AW_BINOP_MOD, AW_BINOP_POW, AW_BINOP_LSHIFT, AW_BINOP_RSHIFT, AW_BINOP_AND,
                                  AW_BINOP_OR, AW_BINOP_XOR, AW_BINOP_MATMUL};
        if (E(left, true, AW_CTX_LOAD, &n->u.bin_op.left) || (op = op_field(c, obj, F_op, o, C_operator, C_Add, C_MatMult)) < 0 ||
            E(right, true, AW_CTX_LOAD, &n->u.bin_op.right))
            return NULL;
        n->u.bin_op.op = ops[op - C_Add];
        break;
    }
    case C_UnaryOp: {
        static const AwUnaryOpKind ops[] = {AW_UOP_NOT, AW_UOP_NEG, AW_UOP_POS, AW_UOP_INVERT};
        if ((op = op_field(c, obj, F_op, o, C_unaryop, C_Not, C_Invert)) < 0 || E(operand, true, AW_CTX_LOAD, &n->u.unary_op.operand))
            return NULL;
        n->u.unary_op.op = ops[op - C_Not];
        break;
    }
    case C_Lambda:
        st = arguments_field(c, obj, o, &n->u.lambda.args) || E(body, true, AW_CTX_LOAD, &n->u.lambda.body);
        break;
    case C_IfExp:
        st = E(test, true, AW_CTX_LOAD, &n->u.if_exp.test) || E(body, true, AW_CTX_LOAD, &n->u.if_exp.body) ||
             E(orelse, true, AW_CTX_LOAD, &n->u.if_exp.orelse);
        break;
    case C_Dict:
        if (seq(c, obj, F_keys, o, expr_node, AW_CTX_LOAD, true, &n->u.dict.keys) || L(values, AW_CTX_LOAD, &n->u.dict.values))
            return NULL;
        if (n->u.dict.keys.count != n->u.dict.values.count)
            return fail_value(c, "Dict doesn't have the same number of keys as values", NULL, NULL);
        break;
    case C_Set: st = L(elts, AW_CTX_LOAD, &n->u.set.elts); break;
    case C_ListComp: case C_SetComp: case C_GeneratorExp:
        st = E(elt, true, AW_CTX_LOAD, &n->u.comp.elt) || generators(c, obj, o, &n->u.comp.generators);
        break;
    case C_DictComp:
        st = E(key, true, AW_CTX_LOAD, &n->u.dict_comp.key) || E(value, true, AW_CTX_LOAD, &n->u.dict_comp.value) ||
             generators(c, obj, o, &n->u.dict_comp.generators);
        break;
    case C_Await: st = E(value, true, AW_CTX_LOAD, &n->u.await.value); break;
    case C_Yield: st = E(value, false, AW_CTX_LOAD, &n->u.yield.value); break;
    case C_YieldFrom: st = E(value, true, AW_CTX_LOAD, &n->u.yield.value); break;
    case C_Compare: {
        if (E(left, true, AW_CTX_LOAD, &n->u.compare.left)) return NULL;
        AwValue ops = need(c, obj, F_ops, o);
        if (ops == AW_ERR) return NULL;
        if (!value_is_instance(ops, &aw_type_list))
            return fail_type(c, "Compare field \"ops\" must be a list, not a %s", ops_type_name(ops), NULL);
        if (gc_push_root(c->vm, ops) != AW_OK) return NULL;
        int64_t nops = AW_LIST(ops)->len;
        n->u.compare.ops = arena_alloc(c->arena, sizeof(int) * (size_t)(nops + 1));
        for (int64_t i = 0; n->u.compare.ops && i < AW_LIST(ops)->len && i < nops; i++) {
            int kk = which(c, AW_LIST(ops)->items[i], C_cmpop, C_Lt, C_NotIn);
            if (kk < 0) { st = AW_ERROR; break; }
            for (int j = 0; j < 10; j++)
                if (cmp_classes[j] == kk) n->u.compare.ops[i] = j;
        }
        gc_pop_roots(c->vm, 1);
        if (!n->u.compare.ops) return vm_raise(c->vm, &aw_exc_MemoryError, NULL), NULL;
        if (st || L(comparators, AW_CTX_LOAD, &n->u.compare.comparators)) return NULL;
        if (!n->u.compare.comparators.count) return fail_value(c, "Compare with no comparators", NULL, NULL);
        if (nops != n->u.compare.comparators.count)
            return fail_value(c, "Compare has a different number of comparators and operands", NULL, NULL);
        break;
    }
    case C_Call:
        st = E(func, true, AW_CTX_LOAD, &n->u.call.func) || L(args, AW_CTX_LOAD, &n->u.call.args) ||
             seq(c, obj, F_keywords, o, keyword_node, 0, false, &n->u.call.keywords);
        break;
    case C_FormattedValue:
        n->u.formatted_value.conversion = -1;
        st = E(value, true, AW_CTX_LOAD, &n->u.formatted_value.value) ||
             int_field(c, obj, F_conversion, o, true, &n->u.formatted_value.conversion) ||
             E(format_spec, false, AW_CTX_LOAD, &n->u.formatted_value.format_spec);
        break;
    case C_JoinedStr: st = L(values, AW_CTX_LOAD, &n->u.joined_str.values); break;
    case C_Constant: {
        AwValue v = need(c, obj, F_value, o);
        if (v == AW_ERR || constant_fill(c, v, n)) return NULL;
        break;
    }
    case C_Attribute:
        st = E(value, true, AW_CTX_LOAD, &n->u.attribute.value) || ident_field(c, obj, F_attr, o, true, &n->u.attribute.attr) ||
             check_ctx(c, obj, ctx, &n->u.attribute.ctx);
        break;
    case C_Subscript:
        st = E(value, true, AW_CTX_LOAD, &n->u.subscript.value) || E(slice, true, AW_CTX_LOAD, &n->u.subscript.slice) ||
             check_ctx(c, obj, ctx, &n->u.subscript.ctx);
        break;
    case C_Starred: st = E(value, true, ctx, &n->u.starred.value) || check_ctx(c, obj, ctx, &n->u.starred.ctx); break;
    case C_Name:
        if (ident_field(c, obj, F_id, o, true, &n->u.name.id) || check_ctx(c, obj, ctx, &n->u.name.ctx)) return NULL;
        if (!strcmp(n->u.name.id, "None") || !strcmp(n->u.name.id, "True") || !strcmp(n->u.name.id, "False"))
            return fail_value(c, "identifier field can't represent '%s' constant", n->u.name.id, NULL);
        break;
    case C_List: case C_Tuple:
        st = L(elts, ctx, &n->u.sequence.elts) || check_ctx(c, obj, ctx, &n->u.sequence.ctx);
        break;
    case C_Slice:
        st = E(lower, false, AW_CTX_LOAD, &n->u.slice.lower) || E(upper, false, AW_CTX_LOAD, &n->u.slice.upper) ||
             E(step, false, AW_CTX_LOAD, &n->u.slice.step);
        break;
    }
    return st ? NULL : n;
}

static AwNode *alias_node(Conv *c, AwValue obj, int ctx) {
    AwNode *n = new_node(c, NODE_ALIAS);
    if (!n || ident_field(c, obj, F_name, "alias", true, &n->u.alias.name) ||
        ident_field(c, obj, F_asname, "alias", false, &n->u.alias.asname) || positions(c, obj, n, "alias"))
        return NULL;
    return n;
}

static AwNode *withitem_node(Conv *c, AwValue obj, int ctx) {
    AwNode *n = new_node(c, NODE_WITH_ITEM);
    if (!n || sub(c, obj, F_context_expr, "withitem", true, expr_node, AW_CTX_LOAD, &n->u.with_item.context_expr) ||
        sub(c, obj, F_optional_vars, "withitem", false, expr_node, AW_CTX_STORE, &n->u.with_item.optional_vars))
        return NULL;
    return n;
}

#define B(f, out) seq(c, obj, F_##f, o, stmt_node, 0, false, out)

static AwNode *handler_node(Conv *c, AwValue obj, int ctx) {
    if (which(c, obj, C_excepthandler, C_ExceptHandler, C_ExceptHandler) < 0) return NULL;
    const char *o = "ExceptHandler";
    AwNode *n = new_node(c, NODE_EXCEPT_HANDLER);
    if (!n || positions(c, obj, n, "excepthandler") || E(type, false, AW_CTX_LOAD, &n->u.except_handler.type) ||
        ident_field(c, obj, F_name, o, false, &n->u.except_handler.name) || B(body, &n->u.except_handler.body) ||
        nonempty(c, &n->u.except_handler.body, "body", o))
        return NULL;
    return n;
}

static AwNode *match_case_node(Conv *c, AwValue obj, int ctx) {
    const char *o = "match_case";
    AwNode *n = new_node(c, NODE_MATCH_CASE);
    if (!n || sub(c, obj, F_pattern, o, true, pattern_node, 0, &n->u.match_case.pattern) ||
        E(guard, false, AW_CTX_LOAD, &n->u.match_case.guard) || B(body, &n->u.match_case.body) ||
        nonempty(c, &n->u.match_case.body, "body", o))
        return NULL;
    return n;
}

/* A list of identifiers (Global.names, MatchClass.kwd_attrs). */
static AwStatus names_field(Conv *c, AwValue obj, int field, const char *owner, const char ***out, int *count) {
    AwValue v = need(c, obj, field, owner);
    if (v == AW_ERR) return AW_ERROR;
    if (!value_is_instance(v, &aw_type_list))
        return vm_raise(c->vm, &aw_exc_TypeError, "%s field \"%s\" must be a list, not a %s", owner, field_names[field],
                        ops_type_name(v)), AW_ERROR;
    AwList *l = AW_LIST(v);
    *out = arena_alloc(c->arena, sizeof(char *) * (size_t)(l->len + 1));
    if (!*out) return vm_raise(c->vm, &aw_exc_MemoryError, NULL), AW_ERROR;
    for (*count = 0; *count < l->len; (*count)++) {
        AwValue s = l->items[*count];
        if (!value_is_instance(s, &aw_type_str)) return fail_type(c, "AST identifier must be of type str", NULL, NULL), AW_ERROR;
        if (!((*out)[*count] = arena_str(c, s))) return AW_ERROR;
    }
    return AW_OK;
}

static AwNode *pattern_node(Conv *c, AwValue obj, int ctx) {
    int k = which(c, obj, C_pattern, C_MatchValue, C_MatchOr);
    if (k < 0) return NULL;
    const char *o = class_names[k];
    static const AwNodeKind kinds[] = {NODE_MATCH_VALUE, NODE_MATCH_SINGLETON, NODE_MATCH_SEQUENCE, NODE_MATCH_MAPPING,
                                       NODE_MATCH_CLASS, NODE_MATCH_STAR, NODE_MATCH_AS, NODE_MATCH_OR};
    AwNode *n = new_node(c, kinds[k - C_MatchValue]);
    if (!n || positions(c, obj, n, "pattern")) return NULL;
    AwStatus st = AW_OK;
    switch (k) {
    case C_MatchValue: st = E(value, true, AW_CTX_LOAD, &n->u.match_value.value); break;
    case C_MatchSingleton: {
        AwValue v = need(c, obj, F_value, o);
        if (v == AW_ERR) return NULL;
        if (v != AW_NONE && v != AW_TRUE && v != AW_FALSE)
            return fail_value(c, "MatchSingleton can only contain True, False and None", NULL, NULL);
        n->u.match_singleton.value = v == AW_NONE ? AW_CONST_NONE : v == AW_TRUE ? AW_CONST_TRUE : AW_CONST_FALSE;
        break;
    }
    case C_MatchSequence: st = seq(c, obj, F_patterns, o, pattern_node, 0, false, &n->u.match_sequence.patterns); break;
    case C_MatchMapping:
        st = seq(c, obj, F_keys, o, expr_node, AW_CTX_LOAD, false, &n->u.match_mapping.keys) ||
             seq(c, obj, F_patterns, o, pattern_node, 0, false, &n->u.match_mapping.patterns) ||
             ident_field(c, obj, F_rest, o, false, &n->u.match_mapping.rest);
        if (!st && n->u.match_mapping.keys.count != n->u.match_mapping.patterns.count)
            return fail_value(c, "MatchMapping doesn't have the same number of keys as patterns", NULL, NULL);
        break;
    case C_MatchClass: {
        int nattrs = 0;
        st = E(cls, true, AW_CTX_LOAD, &n->u.match_class.cls) ||
             seq(c, obj, F_patterns, o, pattern_node, 0, false, &n->u.match_class.patterns) ||
             names_field(c, obj, F_kwd_attrs, o, &n->u.match_class.kwd_attrs, &nattrs) ||
             seq(c, obj, F_kwd_patterns, o, pattern_node, 0, false, &n->u.match_class.kwd_patterns);
        if (!st && nattrs != n->u.match_class.kwd_patterns.count)
            return fail_value(c, "MatchClass doesn't have the same number of keyword attributes as patterns", NULL, NULL);
        break;
    }
    case C_MatchStar: st = ident_field(c, obj, F_name, o, false, &n->u.match_star.name); break;
    case C_MatchAs:
        st = sub(c, obj, F_pattern, o, false, pattern_node, 0, &n->u.match_as.pattern) ||
             ident_field(c, obj, F_name, o, false, &n->u.match_as.name);
        break;
    case C_MatchOr: st = seq(c, obj, F_patterns, o, pattern_node, 0, false, &n->u.match_or.patterns); break;
    }
    return st ? NULL : n;
}

static AwNode *stmt_node(Conv *c, AwValue obj, int ctx) {
    int k = which(c, obj, C_stmt, C_FunctionDef, C_Continue);
    if (k < 0) return NULL;
    const char *o = class_names[k];
    static const AwNodeKind kinds[] = {
        NODE_FUNCTION_DEF, NODE_FUNCTION_DEF, NODE_CLASS_DEF, NODE_RETURN, NODE_DELETE, NODE_ASSIGN, NODE_AUG_ASSIGN,
        NODE_ANN_ASSIGN, NODE_FOR, NODE_FOR, NODE_WHILE, NODE_IF, NODE_WITH, NODE_WITH, NODE_MATCH, NODE_RAISE, NODE_TRY,
        NODE_TRY, NODE_ASSERT, NODE_IMPORT, NODE_IMPORT_FROM, NODE_GLOBAL, NODE_NONLOCAL, NODE_EXPR, NODE_PASS,
        NODE_BREAK, NODE_CONTINUE};
    AwNode *n = new_node(c, kinds[k - C_FunctionDef]);
    if (!n || positions(c, obj, n, "stmt")) return NULL;
    AwStatus st = AW_OK;
    switch (k) {
    case C_FunctionDef: case C_AsyncFunctionDef:
        n->u.function_def.is_async = k == C_AsyncFunctionDef;
        st = ident_field(c, obj, F_name, o, true, &n->u.function_def.name) || arguments_field(c, obj, o, &n->u.function_def.args) ||
             B(body, &n->u.function_def.body) || L(decorator_list, AW_CTX_LOAD, &n->u.function_def.decorators) ||
             E(returns, false, AW_CTX_LOAD, &n->u.function_def.returns) || nonempty(c, &n->u.function_def.body, "body", o);
        break;
    case C_ClassDef:
        st = ident_field(c, obj, F_name, o, true, &n->u.class_def.name) || L(bases, AW_CTX_LOAD, &n->u.class_def.bases) ||
             seq(c, obj, F_keywords, o, keyword_node, 0, false, &n->u.class_def.keywords) || B(body, &n->u.class_def.body) ||
             L(decorator_list, AW_CTX_LOAD, &n->u.class_def.decorators) || nonempty(c, &n->u.class_def.body, "body", o);
        break;
    case C_Return: st = E(value, false, AW_CTX_LOAD, &n->u.return_.value); break;
    case C_Delete: st = L(targets, AW_CTX_DEL, &n->u.delete_.targets) || nonempty(c, &n->u.delete_.targets, "targets", o); break;
    case C_Assign:
        st = L(targets, AW_CTX_STORE, &n->u.assign.targets) || nonempty(c, &n->u.assign.targets, "targets", o) ||
             E(value, true, AW_CTX_LOAD, &n->u.assign.value);
        break;
    case C_AugAssign: {
        static const int ops[] = {AW_BINOP_ADD, AW_BINOP_SUB, AW_BINOP_MUL, AW_BINOP_TRUEDIV, AW_BINOP_FLOORDIV,
                                  AW_BINOP_MOD, AW_BINOP_POW, AW_BINOP_LSHIFT, AW_BINOP_RSHIFT, AW_BINOP_AND,
                                  AW_BINOP_OR, AW_BINOP_XOR, AW_BINOP_MATMUL};
        int op;
        if (E(target, true, AW_CTX_STORE, &n->u.aug_assign.target) ||
            (op = op_field(c, obj, F_op, o, C_operator, C_Add, C_MatMult)) < 0 || E(value, true, AW_CTX_LOAD, &n->u.aug_assign.value))
            return NULL;
        n->u.aug_assign.op = ops[op - C_Add];
        break;
    }
    case C_AnnAssign: {
        int simple = 0;
        st = E(target, true, AW_CTX_STORE, &n->u.ann_assign.target) || E(annotation, true, AW_CTX_LOAD, &n->u.ann_assign.annotation) ||
             E(value, false, AW_CTX_LOAD, &n->u.ann_assign.value) || int_field(c, obj, F_simple, o, true, &simple);
        n->u.ann_assign.simple = simple != 0;
        break;
    }
    case C_For: case C_AsyncFor:
        n->u.for_.is_async = k == C_AsyncFor;
        st = E(target, true, AW_CTX_STORE, &n->u.for_.target) || E(iter, true, AW_CTX_LOAD, &n->u.for_.iter) ||
             B(body, &n->u.for_.body) || B(orelse, &n->u.for_.orelse) || nonempty(c, &n->u.for_.body, "body", o);
        break;
    case C_While: case C_If:
        st = E(test, true, AW_CTX_LOAD, &n->u.if_.test) || B(body, &n->u.if_.body) || B(orelse, &n->u.if_.orelse) ||
             nonempty(c, &n->u.if_.body, "body", o);
        break;
    case C_With: case C_AsyncWith:
        n->u.with.is_async = k == C_AsyncWith;
        st = seq(c, obj, F_items, o, withitem_node, 0, false, &n->u.with.items) || B(body, &n->u.with.body) ||
             nonempty(c, &n->u.with.items, "items", o) || nonempty(c, &n->u.with.body, "body", o);
        break;
    case C_Match:
        st = E(subject, true, AW_CTX_LOAD, &n->u.match.subject) ||
             seq(c, obj, F_cases, o, match_case_node, 0, false, &n->u.match.cases) || nonempty(c, &n->u.match.cases, "cases", o);
        break;
    case C_Raise:
        st = E(exc, false, AW_CTX_LOAD, &n->u.raise.exc) || E(cause, false, AW_CTX_LOAD, &n->u.raise.cause);
        if (!st && n->u.raise.cause && !n->u.raise.exc) return fail_value(c, "Raise with cause but no exception", NULL, NULL);
        break;
    case C_Try: case C_TryStar:
        n->u.try_.is_star = k == C_TryStar;
        st = B(body, &n->u.try_.body) || seq(c, obj, F_handlers, o, handler_node, 0, false, &n->u.try_.handlers) ||
             B(orelse, &n->u.try_.orelse) || B(finalbody, &n->u.try_.finalbody) || nonempty(c, &n->u.try_.body, "body", o);
        if (!st && !n->u.try_.handlers.count && !n->u.try_.finalbody.count)
            return fail_value(c, "%s has neither except handlers nor finalbody", o, NULL);
        if (!st && !n->u.try_.handlers.count && n->u.try_.orelse.count)
            return fail_value(c, "%s has orelse but no except handlers", o, NULL);
        break;
    case C_Assert: st = E(test, true, AW_CTX_LOAD, &n->u.assert_.test) || E(msg, false, AW_CTX_LOAD, &n->u.assert_.msg); break;
    case C_Import:
        st = seq(c, obj, F_names, o, alias_node, 0, false, &n->u.import.names) || nonempty(c, &n->u.import.names, "names", o);
        break;
    case C_ImportFrom:
        st = ident_field(c, obj, F_module, o, false, &n->u.import_from.module) ||
             seq(c, obj, F_names, o, alias_node, 0, false, &n->u.import_from.names) ||
             int_field(c, obj, F_level, o, false, &n->u.import_from.level) || nonempty(c, &n->u.import_from.names, "names", o);
        if (!st && n->u.import_from.level < 0) return fail_value(c, "Negative ImportFrom level", NULL, NULL);
        break;
    case C_Global: case C_Nonlocal:
        st = names_field(c, obj, F_names, o, &n->u.global.names, &n->u.global.count);
        if (!st && !n->u.global.count) return fail_value(c, "empty names on %s", o, NULL);
        break;
    case C_Expr: st = E(value, true, AW_CTX_LOAD, &n->u.expr.value); break;
    default: break;   /* Pass, Break, Continue */
    }
    return st ? NULL : n;
}

AwCode *ast_convert_compile(AwVM *vm, AwValue tree, const char *filename, AwParseMode mode) {
    Conv conv, *c = &conv;
    if (conv_init(vm, c) != AW_OK) return NULL;
    int want = mode == AW_PARSE_EVAL ? C_Expression : mode == AW_PARSE_SINGLE ? C_Interactive : C_Module;
    if (!value_is_instance(tree, c->cls[want])) {
        vm_raise(vm, &aw_exc_TypeError, "expected %s node, got %s", class_names[want], ops_type_name(tree));
        return NULL;
    }
    AwArena arena;
    arena_init(&arena);
    c->arena = &arena;
    const char *o = class_names[want];
    AwValue obj = tree;
    AwNode *root = new_node(c, want == C_Module ? NODE_MODULE : want == C_Interactive ? NODE_INTERACTIVE : NODE_EXPRESSION);
    AwStatus st = root ? AW_OK : AW_ERROR;
    if (!st && want == C_Expression) st = E(body, true, AW_CTX_LOAD, &root->u.expression.body);
    else if (!st) st = B(body, &root->u.module.body);
    if (!st && want == C_Module && need(c, obj, F_type_ignores, o) == AW_ERR) st = AW_ERROR;
    AwCode *code = st ? NULL : vm_compile_tree(vm, root, filename, mode);
    arena_free(&arena);
    return code;
}
