/* compile_expr.c — expressions: values, conditions, assignment/deletion targets, calls,
 * containers, f-strings, and cheap constant folding (see codegen.h).
 *
 * Left-nested operator chains (a 10^5-term `1+1+...`) are walked iteratively, so only
 * genuinely nested expressions use the C stack, under the codegen_enter depth guard.
 */
#include "interp/codegen.h"
#include "interp/port.h"

#include <gmp.h>
#include <stdlib.h>
#include <string.h>

#include "interp/bytes.h"
#include "interp/complex.h"
#include "interp/exception.h"
#include "interp/int.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

/* Above this many items a display is built incrementally to keep the stack small. */
#define STACK_USE_GUIDELINE 30

static bool compile_expr_kind(AwCompiler *c, const AwNode *n);

/* ---- constants and folding ---- */

/* Short identifier-like string constants are interned, as CPython does: they are mostly
 * attribute names and dict keys, where an interned key compares by pointer. */
static bool looks_like_identifier(const char *s, size_t len) {
    if (len == 0 || len > 40) return false;
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' ||
                  (ch >= '0' && ch <= '9');
        if (!ok) return false;
    }
    return true;
}

static AwValue make_str(AwCompiler *c, const char *text, size_t len) {
    AwStr *s = looks_like_identifier(text, len) ? str_intern(c->vm, text, len)
                                                : str_new(c->vm, text, len);
    if (!s) { codegen_oom(c); return AW_ERR; }
    return str_value(s);
}

/* int_from_string refused a literal: only the digit limit can do that (CPython's wording, no
 * caret). */
static bool literal_error(AwCompiler *c, const AwNode *n) {
    if (vm_exc_matches(c->vm, &aw_exc_MemoryError)) return codegen_oom(c);
    AwValue exc = vm_exc_take(c->vm);
    AwValue msg = exc == AW_EMPTY ? AW_ERR : exception_str(c->vm, exc);
    if (msg == AW_ERR || !value_is_str(msg)) {
        vm_exc_clear(c->vm);
        return codegen_error(c, n, "invalid decimal literal");
    }
    codegen_error(c, n, "%s - Consider hexadecimal for huge integer literals to avoid decimal "
                  "conversion limits.", AW_STR(msg)->data);
    c->err->col = c->err->end_col = 0;
    return false;
}

bool compile_expr_constant(AwCompiler *c, const AwNode *n, AwValue *out) {
    switch (n->u.constant.kind) {
    case AW_CONST_NONE: *out = AW_NONE; return true;
    case AW_CONST_TRUE: *out = AW_TRUE; return true;
    case AW_CONST_FALSE: *out = AW_FALSE; return true;
    case AW_CONST_ELLIPSIS: *out = AW_ELLIPSIS; return true;
    case AW_CONST_FLOAT: *out = value_from_double(n->u.constant.number); return true;
    case AW_CONST_IMAG:
        *out = complex_new(c->vm, 0.0, n->u.constant.number);
        return *out != AW_ERR || codegen_oom(c);
    case AW_CONST_INT: {
        const char *text = n->u.constant.text;
        *out = int_from_string(c->vm, text, strlen(text), 0);
        return *out != AW_ERR || literal_error(c, n);
    }
    case AW_CONST_STR:
        *out = make_str(c, n->u.constant.text, n->u.constant.len);
        return *out != AW_ERR;
    case AW_CONST_BYTES: {
        AwBytes *b = bytes_new(c->vm, n->u.constant.text, n->u.constant.len);
        if (!b) return codegen_oom(c);
        *out = value_from_ptr(b);
        return true;
    }
    }
    return codegen_error(c, n, "internal compiler error: bad constant");
}

static bool is_int_value(AwValue v) {
    return value_is_int(v) || (value_is_ptr(v) && type_of(v) == &aw_type_int);
}

/* -x for an int or float constant. */
static bool fold_negate(AwCompiler *c, AwValue v, AwValue *out) {
    if (value_is_int(v)) {
        *out = int_from_i64(c->vm, -value_as_small(v));
        return *out != AW_ERR || codegen_oom(c);
    }
    if (value_is_float(v)) {
        *out = value_from_double(-value_as_double(v));
        return true;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    mpz_neg(z, z);
    *out = int_from_mpz(c->vm, z);
    mpz_clear(z);
    return *out != AW_ERR || codegen_oom(c);
}

static int64_t floor_div(int64_t x, int64_t y) {
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
    return q;
}

/* x ** y for small ints, false if it does not fit or y is negative. */
static bool small_pow(int64_t x, int64_t y, int64_t *out) {
    if (y < 0 || y > 64) return false;
    int64_t r = 1;
    for (int64_t i = 0; i < y; i++) {
        if (aw_mul_overflow(r, x, &r)) return false;
        if (!value_fits_small(r)) return false;
    }
    *out = r;
    return true;
}

/* Integer arithmetic on small ints that cannot raise; false when not folded. */
static bool fold_small(int64_t x, int op, int64_t y, AwValue *out) {
    int64_t r;
    switch (op) {
    case AW_BINOP_ADD: r = x + y; break;
    case AW_BINOP_SUB: r = x - y; break;
    case AW_BINOP_MUL: if (aw_mul_overflow(x, y, &r)) return false; break;
    case AW_BINOP_FLOORDIV: if (y == 0) return false; r = floor_div(x, y); break;
    case AW_BINOP_MOD: if (y == 0) return false; r = x - floor_div(x, y) * y; break;
    case AW_BINOP_TRUEDIV:
        if (y == 0) return false;
        *out = value_from_double((double)x / (double)y);
        return true;
    case AW_BINOP_POW: if (!small_pow(x, y, &r)) return false; break;
    case AW_BINOP_LSHIFT:
        if (y < 0 || y > 48 || aw_mul_overflow(x, (int64_t)1 << y, &r)) return false;
        break;
    case AW_BINOP_RSHIFT: if (y < 0) return false; r = y >= 63 ? (x < 0 ? -1 : 0) : x >> y; break;
    case AW_BINOP_AND: r = x & y; break;
    case AW_BINOP_OR: r = x | y; break;
    case AW_BINOP_XOR: r = x ^ y; break;
    default: return false;
    }
    if (!value_fits_small(r)) return false;
    *out = value_from_small(r);
    return true;
}

/* a op b for constants, when it is cheap and cannot raise; false when not folded. */
static bool fold_arith(AwValue a, int op, AwValue b, AwValue *out) {
    if (value_is_bool(a) && value_is_bool(b) && (op == AW_BINOP_AND || op == AW_BINOP_OR || op == AW_BINOP_XOR)) {
        bool x = a == AW_TRUE, y = b == AW_TRUE;   /* bool & | ^ bool stays a bool */
        *out = value_from_bool(op == AW_BINOP_AND ? x && y : op == AW_BINOP_OR ? x || y : x != y);
        return true;
    }
    if (value_is_bool(a)) a = value_from_small(a == AW_TRUE);   /* otherwise a bool is the int 0 or 1 */
    if (value_is_bool(b)) b = value_from_small(b == AW_TRUE);
    if (value_is_int(a) && value_is_int(b)) return fold_small(value_as_small(a), op, value_as_small(b), out);
    bool af = value_is_float(a), bf = value_is_float(b);
    if (!(af || value_is_int(a)) || !(bf || value_is_int(b)) || (!af && !bf)) return false;
    double x = af ? value_as_double(a) : (double)value_as_small(a);
    double y = bf ? value_as_double(b) : (double)value_as_small(b);
    switch (op) {
    case AW_BINOP_ADD: *out = value_from_double(x + y); return true;
    case AW_BINOP_SUB: *out = value_from_double(x - y); return true;
    case AW_BINOP_MUL: *out = value_from_double(x * y); return true;
    case AW_BINOP_TRUEDIV:
        if (y == 0.0) return false;
        *out = value_from_double(x / y);
        return true;
    default: return false;
    }
}

static bool fold_unary(AwCompiler *c, const AwNode *n, AwValue *out, bool *is_const) {
    AwValue v;
    bool k;
    if (n->u.unary_op.op == AW_UOP_NOT) return true;
    if (!compile_expr_fold(c, n->u.unary_op.operand, &v, &k)) return false;
    if (!k) return true;
    switch (n->u.unary_op.op) {
    case AW_UOP_NEG:
        if (complex_check(v)) {
            *out = complex_new(c->vm, -complex_of(v)->real, -complex_of(v)->imag);
            if (*out == AW_ERR) return codegen_oom(c);
            break;
        }
        if (!is_int_value(v) && !value_is_float(v)) return true;
        if (!fold_negate(c, v, out)) return false;
        break;
    case AW_UOP_POS:
        if (!is_int_value(v) && !value_is_float(v)) return true;
        *out = v;
        break;
    default:   /* ~x */
        if (!value_is_int(v)) return true;
        *out = value_from_small(~value_as_small(v));
        break;
    }
    *is_const = true;
    return true;
}

static bool fold_tuple(AwCompiler *c, const AwNode *n, AwValue *out, bool *is_const) {
    const AwNodeList *elts = &n->u.sequence.elts;
    if (n->u.sequence.ctx != AW_CTX_LOAD) return true;
    AwValue *items = malloc(sizeof(AwValue) * (size_t)(elts->count + 1));
    if (!items) return codegen_oom(c);
    bool ok = true, all = true;
    for (int i = 0; i < elts->count && ok && all; i++) {
        ok = compile_expr_fold(c, elts->items[i], &items[i], &all);
    }
    if (ok && all) {
        AwTuple *t = tuple_from(c->vm, elts->count, items);
        if (!t) ok = codegen_oom(c);
        else { *out = value_from_ptr(t); *is_const = true; }
    }
    free(items);
    return ok;
}

/* The BIN_OP nodes of n's left spine, outermost first (malloc), or NULL on MemoryError. */
static const AwNode **left_spine(AwCompiler *c, const AwNode *n, int *count) {
    int k = 0;
    for (const AwNode *x = n; x->kind == NODE_BIN_OP; x = x->u.bin_op.left) k++;
    const AwNode **spine = malloc(sizeof(AwNode *) * (size_t)k);
    if (!spine) { codegen_oom(c); return NULL; }
    k = 0;
    for (const AwNode *x = n; x->kind == NODE_BIN_OP; x = x->u.bin_op.left) spine[k++] = x;
    *count = k;
    return spine;
}

static bool fold_bin_op(AwCompiler *c, const AwNode *n, AwValue *out, bool *is_const) {
    int k;
    const AwNode **spine = left_spine(c, n, &k);
    if (!spine) return false;
    AwValue acc, right;
    bool ok = true, k_acc = false, k_right = false;
    ok = compile_expr_fold(c, spine[k - 1]->u.bin_op.left, &acc, &k_acc);
    for (int i = k - 1; i >= 0 && ok && k_acc; i--) {
        k_right = false;
        ok = compile_expr_fold(c, spine[i]->u.bin_op.right, &right, &k_right);
        k_acc = ok && k_right && (fold_arith(acc, spine[i]->u.bin_op.op, right, &acc) ||
                                  complex_fold(c->vm, acc, spine[i]->u.bin_op.op, right, &acc));
    }
    free(spine);
    if (ok && k_acc) { *out = acc; *is_const = true; }
    return ok;
}

bool compile_expr_fold(AwCompiler *c, const AwNode *n, AwValue *out, bool *is_const) {
    *is_const = false;
    if (!codegen_enter(c, n)) return false;
    bool ok = true;
    switch (n->kind) {
    case NODE_CONSTANT: ok = compile_expr_constant(c, n, out); *is_const = ok; break;
    case NODE_UNARY_OP: ok = fold_unary(c, n, out, is_const); break;
    case NODE_TUPLE: ok = fold_tuple(c, n, out, is_const); break;
    case NODE_BIN_OP: ok = fold_bin_op(c, n, out, is_const); break;
    default: break;
    }
    codegen_leave(c);
    return ok;
}

AwValue compile_expr_docstring(AwCompiler *c, const AwNodeList *body) {
    if (body->count == 0) return AW_EMPTY;
    const AwNode *first = body->items[0];
    if (first->kind != NODE_EXPR) return AW_EMPTY;
    const AwNode *v = first->u.expr.value;
    if (v->kind != NODE_CONSTANT || v->u.constant.kind != AW_CONST_STR) return AW_EMPTY;
    AwStr *s = str_new(c->vm, v->u.constant.text, v->u.constant.len);
    if (!s) { codegen_oom(c); return AW_ERR; }
    return str_value(s);
}

/* ---- CPython's compile-time SyntaxWarnings ("perhaps you missed a comma?") ---- */

/* The type a literal-like expression evaluates to (CPython's infer_type, after constant
 * folding), or NULL. *value is set when the expression is a constant. */
static bool infer_type(AwCompiler *c, const AwNode *n, const char **name, AwValue *value) {
    bool is_const;
    *name = NULL;
    *value = AW_EMPTY;
    if (!compile_expr_fold(c, n, value, &is_const)) return false;
    if (is_const) { *name = type_name(type_of(*value)); return true; }
    *value = AW_EMPTY;
    switch (n->kind) {
    case NODE_TUPLE: *name = "tuple"; break;
    case NODE_LIST: case NODE_LIST_COMP: *name = "list"; break;
    case NODE_DICT: case NODE_DICT_COMP: *name = "dict"; break;
    case NODE_SET: case NODE_SET_COMP: *name = "set"; break;
    case NODE_GENERATOR_EXP: *name = "generator"; break;
    case NODE_LAMBDA: *name = "function"; break;
    case NODE_JOINED_STR: case NODE_FORMATTED_VALUE: *name = "str"; break;
    default: break;
    }
    return true;
}

/* `5()`, `(a, b)(c)`: calling a literal. */
static bool check_caller(AwCompiler *c, const AwNode *call, const AwNode *func) {
    const char *type;
    AwValue value;
    if (!infer_type(c, func, &type, &value)) return false;
    if (type && func->kind != NODE_LAMBDA) {
        codegen_warning(c, call, "'%s' object is not callable; perhaps you missed a comma?", type);
    }
    return true;
}

static bool is_text_or_tuple(AwValue v) {
    AwType *t = type_of(v);
    return t == &aw_type_str || t == &aw_type_bytes || t == &aw_type_tuple;
}

/* `5[0]`, `[1, 2]['a']`: subscripting a literal that cannot be, or with the wrong key. */
static bool check_subscript(AwCompiler *c, const AwNode *n) {
    const AwNode *obj = n->u.subscript.value, *key = n->u.subscript.slice;
    const char *type, *key_type;
    AwValue value, key_value;
    if (!infer_type(c, obj, &type, &value)) return false;
    if (!type) return true;
    bool is_const = value != AW_EMPTY;
    AwNodeKind k = obj->kind;
    if ((is_const && !is_text_or_tuple(value) && type_of(value) != &aw_type_list) ||
        (!is_const && (k == NODE_SET || k == NODE_SET_COMP || k == NODE_GENERATOR_EXP || k == NODE_LAMBDA))) {
        codegen_warning(c, n, "'%s' object is not subscriptable; perhaps you missed a comma?", type);
        return true;
    }
    bool indexable = is_const || k == NODE_TUPLE || k == NODE_LIST || k == NODE_LIST_COMP ||
                     k == NODE_JOINED_STR || k == NODE_FORMATTED_VALUE;
    if (!indexable || key->kind == NODE_SLICE || !infer_type(c, key, &key_type, &key_value)) return !c->failed;
    if (!key_type || (key_value != AW_EMPTY && (value_is_int(key_value) || value_is_bool(key_value) ||
                                               type_of(key_value) == &aw_type_int))) {
        return true;
    }
    codegen_warning(c, n, "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
                    type, key_type);
    return true;
}

/* An operand of `is` that is a literal other than None/True/False/...: 1 yes, 0 no, -1 error. */
static int is_literal_operand(AwCompiler *c, const AwNode *n) {
    AwValue v;
    bool is_const;
    if (!compile_expr_fold(c, n, &v, &is_const)) return -1;
    return is_const && v != AW_NONE && v != AW_TRUE && v != AW_FALSE && v != AW_ELLIPSIS;
}

static bool check_compare(AwCompiler *c, const AwNode *n) {
    int left = is_literal_operand(c, n->u.compare.left);
    for (int i = 0; i < n->u.compare.comparators.count && left >= 0; i++) {
        int op = n->u.compare.ops[i];
        int right = is_literal_operand(c, n->u.compare.comparators.items[i]);
        if (right < 0) return false;
        if ((op == AW_CMPOP_IS || op == AW_CMPOP_IS_NOT) && (left || right)) {
            codegen_warning(c, n, op == AW_CMPOP_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                                    : "\"is not\" with a literal. Did you mean \"!=\"?");
            return true;
        }
        left = right;
    }
    return left >= 0;
}

/* ---- names ---- */

typedef enum { ACCESS_FAST, ACCESS_DEREF, ACCESS_GLOBAL, ACCESS_NAME, ACCESS_CLASSDEREF } Access;

static const AwOpcode access_ops[][3] = {
    [ACCESS_FAST] = { OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST },
    [ACCESS_DEREF] = { OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF },
    [ACCESS_GLOBAL] = { OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL },
    [ACCESS_NAME] = { OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME },
    [ACCESS_CLASSDEREF] = { OP_LOAD_CLASSDEREF, OP_STORE_DEREF, OP_DELETE_DEREF },
};

static Access name_access(AwBlockKind block, AwNameScope scope) {
    if (scope == AW_SCOPE_GLOBAL_EXPLICIT) return ACCESS_GLOBAL;
    switch (block) {
    case AW_BLOCK_FUNCTION:
        if (scope == AW_SCOPE_LOCAL) return ACCESS_FAST;
        if (scope == AW_SCOPE_CELL || scope == AW_SCOPE_FREE) return ACCESS_DEREF;
        return ACCESS_GLOBAL;
    case AW_BLOCK_CLASS:
        if (scope == AW_SCOPE_FREE) return ACCESS_CLASSDEREF;
        if (scope == AW_SCOPE_CELL) return ACCESS_DEREF;
        return ACCESS_NAME;
    default:
        return ACCESS_NAME;
    }
}

bool compile_expr_name(AwCompiler *c, const AwNode *at, const char *id, AwExprCtx ctx) {
    if (strcmp(id, "__debug__") == 0) {
        if (ctx == AW_CTX_LOAD) return codegen_load_const(c, AW_TRUE);
        return codegen_error(c, at, ctx == AW_CTX_DEL ? "cannot delete __debug__"
                                                      : "cannot assign to __debug__");
    }
    const char *name = codegen_mangle(c, id);
    if (!name) return false;
    const AwScope *s = c->u->scope;
    const AwSymbol *sym = symtable_symbol(s, name);
    AwNameScope scope = sym ? sym->scope : AW_SCOPE_GLOBAL_IMPLICIT;
    Access access = name_access(s->kind, scope);
    AwOpcode op = access_ops[access][ctx];
    if (access == ACCESS_GLOBAL || access == ACCESS_NAME) return codegen_emit_name(c, op, name);
    if (!sym || sym->slot < 0) return codegen_error(c, at, "internal compiler error: no slot for '%s'", name);
    return codegen_emit(c, op, (uint32_t)sym->slot);
}

/* ---- targets ---- */

static bool check_debug_attr(AwCompiler *c, const AwNode *n) {
    if (strcmp(n->u.attribute.attr, "__debug__") != 0) return true;
    return codegen_error(c, n, n->u.attribute.ctx == AW_CTX_DEL ? "cannot delete __debug__"
                                                                : "cannot assign to __debug__");
}

static bool emit_attr(AwCompiler *c, AwOpcode op, const char *attr) {
    const char *name = codegen_mangle(c, attr);
    return name && codegen_emit_name(c, op, name);
}

/* CPython 3.11's update_start_location_to_match_attr: an attribute spanning lines is located at
 * its name on its last line, so `(obj\n    .meth())` reports the `.meth` line. The end stays
 * the current one (the attribute's, or the whole call's for a method call). */
static void attr_name_pos(AwCompiler *c, const AwNode *attr) {
    if (attr->line == attr->end_line) return;
    int len = 0;   /* the name's length in characters, as CPython counts it */
    for (const unsigned char *p = (const unsigned char *)attr->u.attribute.attr; *p; p++)
        len += (*p & 0xC0) != 0x80;
    c->u->cur.line = attr->end_line;
    if (len <= attr->end_col) c->u->cur.col = (uint16_t)(attr->end_col - len);
}

/* LOAD_ATTR / STORE_ATTR / DELETE_ATTR of attribute node n (its value already pushed). */
static bool emit_attr_of(AwCompiler *c, AwOpcode op, const AwNode *n) {
    AwPos old = c->u->cur;
    attr_name_pos(c, n);
    bool ok = emit_attr(c, op, n->u.attribute.attr);
    c->u->cur = old;
    return ok;
}

/* Pushes obj[slice]'s two operands: the object and the key (a slice built by BUILD_SLICE). */
static bool compile_subscript_operands(AwCompiler *c, const AwNode *n) {
    return compile_expr(c, n->u.subscript.value) && compile_expr(c, n->u.subscript.slice);
}

static bool compile_unpack_target(AwCompiler *c, const AwNode *t) {
    const AwNodeList *elts = &t->u.sequence.elts;
    int star = -1;
    for (int i = 0; i < elts->count; i++) {
        if (elts->items[i]->kind != NODE_STARRED) continue;
        if (star >= 0) return codegen_error(c, t, "multiple starred expressions in assignment");
        star = i;
    }
    if (star >= 0) {
        int after = elts->count - star - 1;
        if (star >= 256 || after >= 4096) {   /* CPython: fewer than 1 << 8 before the star */
            return codegen_error(c, t, "too many expressions in star-unpacking assignment");
        }
        if (!codegen_emit(c, OP_UNPACK_EX, (uint32_t)star | ((uint32_t)after << 12))) return false;
    } else if (!codegen_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)elts->count)) {
        return false;
    }
    for (int i = 0; i < elts->count; i++) {
        const AwNode *e = elts->items[i];
        if (!compile_expr_store(c, e->kind == NODE_STARRED ? e->u.starred.value : e)) return false;
    }
    return true;
}

static bool compile_store_kind(AwCompiler *c, const AwNode *t) {
    switch (t->kind) {
    case NODE_NAME: return compile_expr_name(c, t, t->u.name.id, AW_CTX_STORE);
    case NODE_ATTRIBUTE:
        return check_debug_attr(c, t) && compile_expr(c, t->u.attribute.value) &&
               emit_attr_of(c, OP_STORE_ATTR, t);
    case NODE_SUBSCRIPT:
        return compile_subscript_operands(c, t) && codegen_emit(c, OP_STORE_SUBSCR, 0);
    case NODE_TUPLE: case NODE_LIST: return compile_unpack_target(c, t);
    case NODE_STARRED:
        return codegen_error(c, t, "starred assignment target must be in a list or tuple");
    default:
        return codegen_error(c, t, "cannot assign to expression");
    }
}

bool compile_expr_store(AwCompiler *c, const AwNode *t) {
    if (!codegen_enter(c, t)) return false;
    AwPos old = codegen_set_pos(c, t);
    bool ok = compile_store_kind(c, t);
    c->u->cur = old;
    codegen_leave(c);
    return ok;
}

static bool compile_delete_kind(AwCompiler *c, const AwNode *t) {
    switch (t->kind) {
    case NODE_NAME: return compile_expr_name(c, t, t->u.name.id, AW_CTX_DEL);
    case NODE_ATTRIBUTE:
        return check_debug_attr(c, t) && compile_expr(c, t->u.attribute.value) &&
               emit_attr_of(c, OP_DELETE_ATTR, t);
    case NODE_SUBSCRIPT:
        return compile_subscript_operands(c, t) && codegen_emit(c, OP_DELETE_SUBSCR, 0);
    case NODE_TUPLE: case NODE_LIST:
        for (int i = 0; i < t->u.sequence.elts.count; i++) {
            if (!compile_expr_delete(c, t->u.sequence.elts.items[i])) return false;
        }
        return true;
    case NODE_STARRED: return codegen_error(c, t, "cannot delete starred");
    default: return codegen_error(c, t, "cannot delete expression");
    }
}

bool compile_expr_delete(AwCompiler *c, const AwNode *t) {
    if (!codegen_enter(c, t)) return false;
    AwPos old = codegen_set_pos(c, t);
    bool ok = compile_delete_kind(c, t);
    c->u->cur = old;
    codegen_leave(c);
    return ok;
}

/* ---- operators ---- */

/* A left-nested chain is walked iteratively, folding constant prefixes as it goes. */
static bool compile_bin_op(AwCompiler *c, const AwNode *n) {
    int k;
    const AwNode **spine = left_spine(c, n, &k);
    if (!spine) return false;
    const AwNode *leaf = spine[k - 1]->u.bin_op.left;
    AwValue acc = AW_NONE, right = AW_NONE;
    bool acc_const = false, right_const = false;
    bool ok = compile_expr_fold(c, leaf, &acc, &acc_const);
    if (ok && !acc_const) ok = compile_expr(c, leaf);
    for (int i = k - 1; i >= 0 && ok; i--) {
        const AwNode *node = spine[i], *rnode = node->u.bin_op.right;
        if (acc_const) {
            ok = compile_expr_fold(c, rnode, &right, &right_const);
            if (!ok) break;
            if (right_const && (fold_arith(acc, node->u.bin_op.op, right, &acc) ||
                                complex_fold(c->vm, acc, node->u.bin_op.op, right, &acc))) continue;
            codegen_set_pos(c, i == k - 1 ? leaf : spine[i + 1]);
            ok = codegen_load_const(c, acc);
            acc_const = false;
            codegen_set_pos(c, rnode);
            ok = ok && (right_const ? codegen_load_const(c, right) : compile_expr(c, rnode));
        } else {
            ok = compile_expr(c, rnode);
        }
        codegen_set_pos(c, node);
        ok = ok && codegen_emit(c, OP_BINARY_OP, (uint32_t)node->u.bin_op.op);
    }
    codegen_set_pos(c, n);
    if (ok && acc_const) ok = codegen_load_const(c, acc);
    free(spine);
    return ok;
}

static bool compile_unary(AwCompiler *c, const AwNode *n) {
    AwValue v;
    bool is_const;
    if (!compile_expr_fold(c, n, &v, &is_const)) return false;
    if (is_const) return codegen_load_const(c, v);
    if (!compile_expr(c, n->u.unary_op.operand)) return false;
    static const AwOpcode ops[] = {
        [AW_UOP_NOT] = OP_UNARY_NOT, [AW_UOP_NEG] = OP_UNARY_NEGATIVE,
        [AW_UOP_POS] = OP_UNARY_POSITIVE, [AW_UOP_INVERT] = OP_UNARY_INVERT,
    };
    return codegen_emit(c, ops[n->u.unary_op.op], 0);
}

static bool compile_bool_op(AwCompiler *c, const AwNode *n) {
    const AwNodeList *values = &n->u.bool_op.values;
    AwOpcode op = n->u.bool_op.op == AW_BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    int end = codegen_label(c);
    for (int i = 0; i < values->count - 1; i++) {
        if (!compile_expr(c, values->items[i]) || !codegen_jump(c, op, end)) return false;
    }
    if (!compile_expr(c, values->items[values->count - 1])) return false;
    codegen_bind(c, end);
    return true;
}

static bool emit_compare(AwCompiler *c, int op) {
    switch (op) {
    case AW_CMPOP_IS: return codegen_emit(c, OP_IS_OP, 0);
    case AW_CMPOP_IS_NOT: return codegen_emit(c, OP_IS_OP, 1);
    case AW_CMPOP_IN: return codegen_emit(c, OP_CONTAINS_OP, 0);
    case AW_CMPOP_NOT_IN: return codegen_emit(c, OP_CONTAINS_OP, 1);
    default: return codegen_emit(c, OP_COMPARE_OP, (uint32_t)op);
    }
}

/* The right operand of `in` may be a constant list: a tuple then does the same job. */
static bool compile_comparator(AwCompiler *c, const AwNode *n, int op) {
    if (op == AW_CMPOP_IN || op == AW_CMPOP_NOT_IN) return compile_expr_iterable(c, n);
    return compile_expr(c, n);
}

/* a < b < c: each middle operand is kept (DUP_TOP; ROT_THREE) for the next comparison; a
 * false result jumps to a cleanup that drops that kept operand. */
static bool compile_compare(AwCompiler *c, const AwNode *n) {
    const AwNodeList *rest = &n->u.compare.comparators;
    const int *ops = n->u.compare.ops;
    if (!check_compare(c, n) || !compile_expr(c, n->u.compare.left)) return false;
    if (rest->count == 1) return compile_comparator(c, rest->items[0], ops[0]) && emit_compare(c, ops[0]);
    int cleanup = codegen_label(c), end = codegen_label(c);
    for (int i = 0; i < rest->count - 1; i++) {
        if (!compile_comparator(c, rest->items[i], ops[i]) || !codegen_emit(c, OP_DUP_TOP, 0) ||
            !codegen_emit(c, OP_ROT_THREE, 0) || !emit_compare(c, ops[i]) ||
            !codegen_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup)) {
            return false;
        }
    }
    if (!compile_comparator(c, rest->items[rest->count - 1], ops[rest->count - 1]) ||
        !emit_compare(c, ops[rest->count - 1]) ||
        !codegen_jump(c, OP_JUMP, end)) {
        return false;
    }
    codegen_bind(c, cleanup);
    if (!codegen_emit(c, OP_ROT_TWO, 0) || !codegen_emit(c, OP_POP_TOP, 0)) return false;
    codegen_bind(c, end);
    return true;
}

static bool compile_if_exp(AwCompiler *c, const AwNode *n) {
    int orelse = codegen_label(c), end = codegen_label(c);
    if (!compile_expr_jump_if(c, n->u.if_exp.test, false, orelse) ||
        !compile_expr(c, n->u.if_exp.body) || !codegen_jump(c, OP_JUMP, end)) {
        return false;
    }
    codegen_bind(c, orelse);
    if (!compile_expr(c, n->u.if_exp.orelse)) return false;
    codegen_bind(c, end);
    return true;
}

/* ---- conditions ---- */

/* Truth of a constant node, or -1 if not a simple constant. */
static int constant_truth(const AwNode *n) {
    if (n->kind != NODE_CONSTANT) return -1;
    switch (n->u.constant.kind) {
    case AW_CONST_NONE: case AW_CONST_FALSE: return 0;
    case AW_CONST_TRUE: case AW_CONST_ELLIPSIS: return 1;
    case AW_CONST_STR: case AW_CONST_BYTES: return n->u.constant.len > 0;
    case AW_CONST_FLOAT: return n->u.constant.number != 0.0;
    case AW_CONST_INT: {
        const char *p = n->u.constant.text;
        if (p[0] == '0' && p[1] && strchr("xXoObB", p[1])) p += 2;
        for (; *p; p++) {
            if (*p != '0') return 1;
        }
        return 0;
    }
    default: return -1;
    }
}

static bool jump_if_bool_op(AwCompiler *c, const AwNode *n, bool cond, int label) {
    const AwNodeList *values = &n->u.bool_op.values;
    /* `and` jumps out early on a false operand, `or` on a true one. */
    bool short_value = n->u.bool_op.op == AW_BOOL_OR;
    int last = values->count - 1;
    if (cond == short_value) {
        for (int i = 0; i <= last; i++) {
            if (!compile_expr_jump_if(c, values->items[i], cond, label)) return false;
        }
        return true;
    }
    int skip = codegen_label(c);
    for (int i = 0; i < last; i++) {
        if (!compile_expr_jump_if(c, values->items[i], short_value, skip)) return false;
    }
    if (!compile_expr_jump_if(c, values->items[last], cond, label)) return false;
    codegen_bind(c, skip);
    return true;
}

bool compile_expr_jump_if(AwCompiler *c, const AwNode *n, bool cond, int label) {
    if (!codegen_enter(c, n)) return false;
    AwPos old = codegen_set_pos(c, n);
    bool ok;
    int truth = constant_truth(n);
    if (n->kind == NODE_UNARY_OP && n->u.unary_op.op == AW_UOP_NOT) {
        ok = compile_expr_jump_if(c, n->u.unary_op.operand, !cond, label);
    } else if (n->kind == NODE_BOOL_OP) {
        ok = jump_if_bool_op(c, n, cond, label);
    } else if (truth >= 0) {
        ok = (truth != cond) || codegen_jump(c, OP_JUMP, label);
    } else {
        ok = compile_expr(c, n) &&
             codegen_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    }
    c->u->cur = old;
    codegen_leave(c);
    return ok;
}

/* ---- containers ---- */

typedef struct {
    AwOpcode build;    /* BUILD_LIST / BUILD_SET / BUILD_TUPLE (built as a list) */
    AwOpcode add;      /* LIST_APPEND / SET_ADD */
    AwOpcode extend;   /* LIST_EXTEND / SET_UPDATE */
    bool to_tuple;     /* finish with LIST_TO_TUPLE */
} Display;

static bool has_starred(const AwNodeList *elts) {
    for (int i = 0; i < elts->count; i++) {
        if (elts->items[i]->kind == NODE_STARRED) return true;
    }
    return false;
}

/* [1, 2, 3] of constants: BUILD_LIST 0; LOAD_CONST (1, 2, 3); LIST_EXTEND 1. */
static bool try_constant_display(AwCompiler *c, const AwNodeList *elts, Display d, bool *done) {
    *done = false;
    if (elts->count < 3 || d.to_tuple) return true;
    AwValue *items = malloc(sizeof(AwValue) * (size_t)elts->count);
    if (!items) return codegen_oom(c);
    bool ok = true, all = true;
    for (int i = 0; i < elts->count && ok && all; i++) {
        ok = compile_expr_fold(c, elts->items[i], &items[i], &all);
    }
    if (ok && all) {
        AwTuple *t = tuple_from(c->vm, elts->count, items);
        ok = t ? (codegen_emit(c, d.build, 0) && codegen_load_const(c, value_from_ptr(t)) &&
                  codegen_emit(c, d.extend, 1))
               : codegen_oom(c);
        *done = true;
    }
    free(items);
    return ok;
}

static bool compile_display(AwCompiler *c, const AwNodeList *elts, Display d) {
    bool done;
    if (!try_constant_display(c, elts, d, &done)) return false;
    if (done) return true;
    if (!has_starred(elts) && elts->count <= STACK_USE_GUIDELINE) {
        for (int i = 0; i < elts->count; i++) {
            if (!compile_expr(c, elts->items[i])) return false;
        }
        AwOpcode build = d.to_tuple ? OP_BUILD_TUPLE : d.build;
        return codegen_emit(c, build, (uint32_t)elts->count);
    }
    /* Leading plain items go into the initial BUILD; the rest are added one by one. */
    int prefix = 0;
    while (prefix < elts->count && prefix < STACK_USE_GUIDELINE &&
           elts->items[prefix]->kind != NODE_STARRED) {
        if (!compile_expr(c, elts->items[prefix])) return false;
        prefix++;
    }
    if (!codegen_emit(c, d.build, (uint32_t)prefix)) return false;
    for (int i = prefix; i < elts->count; i++) {
        const AwNode *e = elts->items[i];
        bool star = e->kind == NODE_STARRED;
        if (!compile_expr(c, star ? e->u.starred.value : e) ||
            !codegen_emit(c, star ? d.extend : d.add, 1)) {
            return false;
        }
    }
    return !d.to_tuple || codegen_emit(c, OP_LIST_TO_TUPLE, 0);
}

static const Display LIST_DISPLAY = { OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, false };
static const Display SET_DISPLAY = { OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false };
static const Display TUPLE_DISPLAY = { OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true };

static bool compile_tuple(AwCompiler *c, const AwNode *n) {
    AwValue v;
    bool is_const;
    if (!compile_expr_fold(c, n, &v, &is_const)) return false;
    if (is_const) return codegen_load_const(c, v);
    return compile_display(c, &n->u.sequence.elts, TUPLE_DISPLAY);
}

bool compile_expr_iterable(AwCompiler *c, const AwNode *n) {
    if (n->kind == NODE_LIST && !has_starred(&n->u.sequence.elts)) {
        AwNode as_tuple = *n;
        as_tuple.kind = NODE_TUPLE;
        AwValue v;
        bool is_const;
        if (!compile_expr_fold(c, &as_tuple, &v, &is_const)) return false;
        if (is_const) {
            AwPos old = codegen_set_pos(c, n);
            bool ok = codegen_load_const(c, v);
            c->u->cur = old;
            return ok;
        }
    }
    return compile_expr(c, n);
}

/* {k: v, **m}: up to 16 leading pairs in one BUILD_MAP, the rest MAP_ADD / DICT_UPDATE. */
static bool compile_dict(AwCompiler *c, const AwNode *n) {
    const AwNodeList *keys = &n->u.dict.keys, *values = &n->u.dict.values;
    int prefix = 0;
    while (prefix < keys->count && prefix < 16 && keys->items[prefix]) {
        if (!compile_expr(c, keys->items[prefix]) || !compile_expr(c, values->items[prefix])) return false;
        prefix++;
    }
    if (!codegen_emit(c, OP_BUILD_MAP, (uint32_t)prefix)) return false;
    for (int i = prefix; i < keys->count; i++) {
        bool ok = keys->items[i]
            ? compile_expr(c, keys->items[i]) && compile_expr(c, values->items[i]) &&
              codegen_emit(c, OP_MAP_ADD, 1)
            : compile_expr(c, values->items[i]) && codegen_emit(c, OP_DICT_UPDATE, 1);
        if (!ok) return false;
    }
    return true;
}

static bool compile_slice(AwCompiler *c, const AwNode *n) {
    const AwNode *parts[3] = { n->u.slice.lower, n->u.slice.upper, n->u.slice.step };
    int count = parts[2] ? 3 : 2;
    for (int i = 0; i < count; i++) {
        if (!(parts[i] ? compile_expr(c, parts[i]) : codegen_load_const(c, AW_NONE))) return false;
    }
    return codegen_emit(c, OP_BUILD_SLICE, (uint32_t)count);
}

/* ---- calls ---- */

static bool check_keywords(AwCompiler *c, const AwNode *call, const AwNodeList *keywords) {
    for (int i = 0; i < keywords->count; i++) {
        const char *name = keywords->items[i]->u.keyword.arg;
        if (!name) continue;
        if (strcmp(name, "__debug__") == 0) return codegen_error(c, call, "cannot assign to __debug__");
        for (int j = 0; j < i; j++) {
            const char *prev = keywords->items[j]->u.keyword.arg;
            if (prev && strcmp(prev, name) == 0) {
                return codegen_error(c, keywords->items[i], "keyword argument repeated: %s", name);
            }
        }
    }
    return true;
}

static bool has_double_star(const AwNodeList *keywords) {
    for (int i = 0; i < keywords->count; i++) {
        if (!keywords->items[i]->u.keyword.arg) return true;
    }
    return false;
}

/* The names of keyword arguments as a constant tuple, pushed last. */
static bool load_kwnames(AwCompiler *c, const AwNodeList *keywords) {
    AwTuple *t = tuple_new(c->vm, keywords->count);
    if (!t) return codegen_oom(c);
    for (int i = 0; i < keywords->count; i++) {
        AwStr *s = codegen_intern(c, keywords->items[i]->u.keyword.arg);
        if (!s) return false;
        t->items[i] = str_value(s);
    }
    return codegen_load_const(c, value_from_ptr(t));
}

static bool compile_values(AwCompiler *c, const AwNodeList *args, const AwNodeList *keywords) {
    for (int i = 0; i < args->count; i++) {
        if (!compile_expr(c, args->items[i])) return false;
    }
    for (int i = 0; keywords && i < keywords->count; i++) {
        if (!compile_expr(c, keywords->items[i]->u.keyword.value)) return false;
    }
    return true;
}

/* f(*a, **k): the positional tuple (with `pushed` values already on the stack)... */
static bool build_args_tuple(AwCompiler *c, int pushed, const AwNodeList *args) {
    if (pushed == 0 && args->count == 1 && args->items[0]->kind == NODE_STARRED)
        return compile_expr(c, args->items[0]->u.starred.value);   /* f(*x): CALL_EX takes x itself */
    if (!has_starred(args)) {
        return compile_values(c, args, NULL) &&
               codegen_emit(c, OP_BUILD_TUPLE, (uint32_t)(pushed + args->count));
    }
    int prefix = 0;
    while (prefix < args->count && args->items[prefix]->kind != NODE_STARRED) {
        if (!compile_expr(c, args->items[prefix])) return false;
        prefix++;
    }
    if (!codegen_emit(c, OP_BUILD_LIST, (uint32_t)(pushed + prefix))) return false;
    for (int i = prefix; i < args->count; i++) {
        const AwNode *e = args->items[i];
        bool star = e->kind == NODE_STARRED;
        if (!compile_expr(c, star ? e->u.starred.value : e) ||
            !codegen_emit(c, star ? OP_LIST_EXTEND : OP_LIST_APPEND, 1)) {
            return false;
        }
    }
    return codegen_emit(c, OP_LIST_TO_TUPLE, 0);
}

/* ...and the keyword dict: runs of named keywords become a BUILD_MAP, each merged (like
 * every **mapping) with DICT_MERGE so a repeated key is a TypeError. */
static bool build_kwargs_dict(AwCompiler *c, const AwNodeList *keywords) {
    bool have_dict = false;
    int run = 0;
    for (int i = 0; i <= keywords->count; i++) {
        const AwNode *kw = i < keywords->count ? keywords->items[i] : NULL;
        if (kw && kw->u.keyword.arg) {
            AwStr *name = codegen_intern(c, kw->u.keyword.arg);
            if (!name || !codegen_load_const(c, str_value(name)) || !compile_expr(c, kw->u.keyword.value)) return false;
            run++;
            continue;
        }
        if (run > 0) {
            if (!codegen_emit(c, OP_BUILD_MAP, (uint32_t)run)) return false;
            if (have_dict && !codegen_emit(c, OP_DICT_MERGE, 1)) return false;
            have_dict = true;
            run = 0;
        }
        if (!kw) break;
        if (!have_dict && !codegen_emit(c, OP_BUILD_MAP, 0)) return false;
        have_dict = true;
        if (!compile_expr(c, kw->u.keyword.value) || !codegen_emit(c, OP_DICT_MERGE, 1)) return false;
    }
    return true;
}

bool compile_expr_call_args(AwCompiler *c, const AwNode *at, int pushed, const AwNodeList *args,
                            const AwNodeList *keywords) {
    if (!check_keywords(c, at, keywords)) return false;
    if (!has_starred(args) && !has_double_star(keywords)) {
        if (!compile_values(c, args, keywords)) return false;
        codegen_set_pos(c, at);
        uint32_t n = (uint32_t)(pushed + args->count + keywords->count);
        if (keywords->count == 0) return codegen_emit(c, OP_CALL, n);
        return load_kwnames(c, keywords) && codegen_emit(c, OP_CALL_KW, n);
    }
    if (!build_args_tuple(c, pushed, args)) return false;
    if (keywords->count > 0 && !build_kwargs_dict(c, keywords)) return false;
    codegen_set_pos(c, at);
    return codegen_emit(c, OP_CALL_EX, keywords->count > 0 ? 1 : 0);
}

/* obj.m(args): LOAD_METHOD avoids making a bound method. */
static bool compile_method_call(AwCompiler *c, const AwNode *n) {
    const AwNode *func = n->u.call.func;
    const AwNodeList *args = &n->u.call.args, *keywords = &n->u.call.keywords;
    if (!check_keywords(c, n, keywords) || !compile_expr(c, func->u.attribute.value)) return false;
    codegen_set_pos(c, func);
    attr_name_pos(c, func);
    if (!emit_attr(c, OP_LOAD_METHOD, func->u.attribute.attr)) return false;
    if (!compile_values(c, args, keywords)) return false;
    codegen_set_pos(c, n);
    attr_name_pos(c, func);
    uint32_t count = (uint32_t)(args->count + keywords->count);
    if (keywords->count == 0) return codegen_emit(c, OP_CALL_METHOD, count);
    return load_kwnames(c, keywords) && codegen_emit(c, OP_CALL_METHOD_KW, count);
}

static bool compile_call(AwCompiler *c, const AwNode *n) {
    const AwNode *func = n->u.call.func;
    if (func->kind == NODE_ATTRIBUTE && func->u.attribute.ctx == AW_CTX_LOAD &&
        !has_starred(&n->u.call.args) && !has_double_star(&n->u.call.keywords) &&
        n->u.call.args.count + n->u.call.keywords.count < 256) {
        return compile_method_call(c, n);
    }
    return check_caller(c, n, func) && compile_expr(c, func) &&
           compile_expr_call_args(c, n, 0, &n->u.call.args, &n->u.call.keywords);
}

/* ---- f-strings ---- */

static bool compile_formatted_part(AwCompiler *c, const AwNode *n, uint32_t flags) {
    switch (n->u.formatted_value.conversion) {
    case 's': flags |= AW_FMT_STR; break;
    case 'r': flags |= AW_FMT_REPR; break;
    case 'a': flags |= AW_FMT_ASCII; break;
    default: break;
    }
    if (!compile_expr(c, n->u.formatted_value.value)) return false;
    if (n->u.formatted_value.format_spec) {
        if (!compile_expr(c, n->u.formatted_value.format_spec)) return false;
        flags |= AW_FMT_HAS_SPEC;
    }
    codegen_set_pos(c, n);
    return codegen_emit(c, OP_FORMAT_VALUE, flags);
}

static bool compile_formatted(AwCompiler *c, const AwNode *n) { return compile_formatted_part(c, n, AW_FMT_NONE); }

static bool compile_joined_str(AwCompiler *c, const AwNode *n) {
    const AwNodeList *values = &n->u.joined_str.values;
    if (values->count == 0) {
        AwValue empty = make_str(c, "", 0);
        return empty != AW_ERR && codegen_load_const(c, empty);
    }
    if (values->count == 1) return compile_expr(c, values->items[0]);
    for (int i = 0; i < values->count; i++) {
        const AwNode *v = values->items[i];
        if (!(v->kind == NODE_FORMATTED_VALUE ? compile_formatted_part(c, v, AW_FMT_PART) : compile_expr(c, v))) return false;
    }
    return codegen_emit(c, OP_BUILD_STRING, (uint32_t)values->count);
}

/* ---- await / yield ---- */

static bool compile_await(AwCompiler *c, const AwNode *n) {
    const AwScope *s = c->u->scope;
    if (!compiler_may_await(c)) {
        if (s->kind != AW_BLOCK_FUNCTION) return codegen_error(c, n, "'await' outside function");
        return codegen_error(c, n, "'await' outside async function");
    }
    return compile_expr(c, n->u.await.value) && codegen_emit(c, OP_AWAIT, 0);
}

static bool compile_yield(AwCompiler *c, const AwNode *n) {
    const AwScope *s = c->u->scope;
    if (s->kind != AW_BLOCK_FUNCTION) return codegen_error(c, n, "'yield' outside function");
    if (n->kind == NODE_YIELD_FROM) {
        if (s->is_async_def) return codegen_error(c, n, "'yield from' inside async function");
        return compile_expr(c, n->u.yield.value) && codegen_emit(c, OP_GET_YIELD_FROM_ITER, 0) &&
               codegen_emit(c, OP_YIELD_FROM, 0);
    }
    bool ok = n->u.yield.value ? compile_expr(c, n->u.yield.value) : codegen_load_const(c, AW_NONE);
    return ok && codegen_emit(c, OP_YIELD_VALUE, 0);
}

/* ---- dispatch ---- */

static bool compile_constant_node(AwCompiler *c, const AwNode *n) {
    AwValue v;
    return compile_expr_constant(c, n, &v) && codegen_load_const(c, v);
}

static bool compile_named_expr(AwCompiler *c, const AwNode *n) {
    return compile_expr(c, n->u.named_expr.value) && codegen_emit(c, OP_DUP_TOP, 0) &&
           compile_expr_store(c, n->u.named_expr.target);
}

static bool compile_load_kind(AwCompiler *c, const AwNode *n) {
    switch (n->kind) {
    case NODE_NAME: return compile_expr_name(c, n, n->u.name.id, AW_CTX_LOAD);
    case NODE_ATTRIBUTE:
        return compile_expr(c, n->u.attribute.value) && emit_attr_of(c, OP_LOAD_ATTR, n);
    case NODE_SUBSCRIPT:
        return check_subscript(c, n) && compile_subscript_operands(c, n) &&
               codegen_emit(c, OP_BINARY_SUBSCR, 0);
    case NODE_LIST: return compile_display(c, &n->u.sequence.elts, LIST_DISPLAY);
    case NODE_TUPLE: return compile_tuple(c, n);
    case NODE_SET: return compile_display(c, &n->u.set.elts, SET_DISPLAY);
    default: return compile_expr_kind(c, n);
    }
}

static bool compile_expr_kind(AwCompiler *c, const AwNode *n) {
    switch (n->kind) {
    case NODE_CONSTANT: return compile_constant_node(c, n);
    case NODE_BOOL_OP: return compile_bool_op(c, n);
    case NODE_NAMED_EXPR: return compile_named_expr(c, n);
    case NODE_BIN_OP: return compile_bin_op(c, n);
    case NODE_UNARY_OP: return compile_unary(c, n);
    case NODE_LAMBDA: return compiler_function(c, n);
    case NODE_IF_EXP: return compile_if_exp(c, n);
    case NODE_DICT: return compile_dict(c, n);
    case NODE_LIST_COMP: case NODE_SET_COMP: case NODE_DICT_COMP: case NODE_GENERATOR_EXP:
        return compiler_comprehension(c, n);
    case NODE_AWAIT: return compile_await(c, n);
    case NODE_YIELD: case NODE_YIELD_FROM: return compile_yield(c, n);
    case NODE_COMPARE: return compile_compare(c, n);
    case NODE_CALL: return compile_call(c, n);
    case NODE_FORMATTED_VALUE: return compile_formatted(c, n);
    case NODE_JOINED_STR: return compile_joined_str(c, n);
    case NODE_SLICE: return compile_slice(c, n);
    case NODE_STARRED: return codegen_error(c, n, "can't use starred expression here");
    default: return codegen_error(c, n, "internal compiler error: unexpected node");
    }
}

bool compile_expr(AwCompiler *c, const AwNode *n) {
    if (!codegen_enter(c, n)) return false;
    AwPos old = codegen_set_pos(c, n);
    bool ok = compile_load_kind(c, n);
    c->u->cur = old;
    codegen_leave(c);
    return ok;
}
