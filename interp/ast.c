/* ast.c — the arena that holds a tree, and ast_dump, which prints a tree exactly like
 * CPython's ast.dump(tree) (optionally with positions, like include_attributes=True), so the
 * parser's tests can compare against CPython itself. */
#include "interp/ast.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp/lexer.h"
#include "interp/object.h"
#include "interp/unicode.h"

/* ---- arena ----------------------------------------------------------------------------------- */

struct AwArenaChunk {
    AwArenaChunk *next;   /* older chunk */
    size_t size;          /* usable bytes after this header */
};

#define ARENA_MIN_CHUNK ((size_t)64 * 1024)
#define ARENA_MAX_CHUNK ((size_t)4 * 1024 * 1024)

void arena_init(AwArena *a)
{
    memset(a, 0, sizeof *a);
}

static char *chunk_data(AwArenaChunk *chunk)
{
    return (char *)(chunk + 1);
}

/* Chunks grow with the arena (so a huge tree needs few mallocs); an allocation bigger than
 * a chunk gets a chunk of its own. */
void *arena_alloc(AwArena *a, size_t size)
{
    size = (size + 7) & ~(size_t)7;
    if (size == 0)
        size = 8;
    if (!a->head || a->cap - a->used < size) {
        size_t want = a->total / 4;
        if (want < ARENA_MIN_CHUNK)
            want = ARENA_MIN_CHUNK;
        if (want > ARENA_MAX_CHUNK)
            want = ARENA_MAX_CHUNK;
        if (want < size)
            want = size;
        AwArenaChunk *chunk = malloc(sizeof(AwArenaChunk) + want);
        if (!chunk)
            return NULL;
        chunk->size = want;
        chunk->next = a->head;
        a->head = chunk;
        a->used = 0;
        a->cap = want;
        a->total += want;
    }
    void *mem = chunk_data(a->head) + a->used;
    a->used += size;
    memset(mem, 0, size);
    return mem;
}

char *arena_strndup(AwArena *a, const char *s, size_t n)
{
    char *copy = arena_alloc(a, n + 1);
    if (copy) {
        memcpy(copy, s, n);
        copy[n] = 0;
    }
    return copy;
}

void arena_free(AwArena *a)
{
    AwArenaChunk *chunk = a->head;
    while (chunk) {
        AwArenaChunk *next = chunk->next;
        free(chunk);
        chunk = next;
    }
    memset(a, 0, sizeof *a);
}

/* ---- output helpers -------------------------------------------------------------------------- */

typedef struct {
    void (*write)(void *ctx, const char *s);  /* the caller's sink */
    void *ctx;                                /* its context */
    bool positions;                           /* include_attributes=True */
} AwDumper;

static void out(AwDumper *d, const char *s)
{
    d->write(d->ctx, s);
}

static void outf_int(AwDumper *d, long long v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", v);
    out(d, buf);
}

/* Python's repr of a str (valid UTF-8) or, with is_bytes, of a bytes object. */
static void out_repr(AwDumper *d, const char *s, size_t n, bool is_bytes)
{
    bool has_single = memchr(s, '\'', n) != NULL, has_double = memchr(s, '"', n) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    char buf[16];
    out(d, is_bytes ? "b" : "");
    buf[0] = quote;
    buf[1] = 0;
    out(d, buf);
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = c == '\\' ? "\\\\" : c == '\n' ? "\\n" : c == '\r' ? "\\r"
                          : c == '\t' ? "\\t" : NULL;
        if (esc) {
            out(d, esc);
            i++;
        } else if (c == (unsigned char)quote) {
            buf[0] = '\\';
            buf[1] = quote;
            buf[2] = 0;
            out(d, buf);
            i++;
        } else if (c < 0x20 || c == 0x7F || (is_bytes && c >= 0x80)) {
            snprintf(buf, sizeof buf, "\\x%02x", c);
            out(d, buf);
            i++;
        } else if (c < 0x80) {
            buf[0] = (char)c;
            buf[1] = 0;
            out(d, buf);
            i++;
        } else {
            int len;
            unsigned cp = lexer_decode_utf8(s + i, &len);
            if (unicode_isprintable(cp)) {
                memcpy(buf, s + i, (size_t)len);
                buf[len] = 0;
            } else if (cp < 0x100) {
                snprintf(buf, sizeof buf, "\\x%02x", cp);
            } else if (cp < 0x10000) {
                snprintf(buf, sizeof buf, "\\u%04x", cp);
            } else {
                snprintf(buf, sizeof buf, "\\U%08x", cp);
            }
            out(d, buf);
            i += (size_t)len;
        }
    }
    buf[0] = quote;
    buf[1] = 0;
    out(d, buf);
}

static void out_str(AwDumper *d, const char *s)
{
    out_repr(d, s, strlen(s), false);
}

/* An int literal's text (0x/0o/0b prefix, any length) in decimal: base-10^9 limbs. */
static void out_int_text(AwDumper *d, const char *text)
{
    int radix = 10;
    if (text[0] == '0' && (text[1] == 'x' || text[1] == 'o' || text[1] == 'b')) {
        radix = text[1] == 'x' ? 16 : text[1] == 'o' ? 8 : 2;
        text += 2;
    }
    size_t n = strlen(text);
    size_t cap = n / 4 + 2, used = 1;
    unsigned *limbs = calloc(cap, sizeof(unsigned));   /* little-endian base 10^9 */
    if (!limbs)
        return;
    for (size_t i = 0; i < n; i++) {
        char c = text[i];
        unsigned long long carry = (unsigned)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        for (size_t k = 0; k < used; k++) {
            unsigned long long v = (unsigned long long)limbs[k] * (unsigned)radix + carry;
            limbs[k] = (unsigned)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry && used < cap)
            limbs[used++] = (unsigned)carry;
    }
    char buf[16];
    snprintf(buf, sizeof buf, "%u", limbs[used - 1]);
    out(d, buf);
    for (size_t k = used - 1; k-- > 0;) {
        snprintf(buf, sizeof buf, "%09u", limbs[k]);
        out(d, buf);
    }
    free(limbs);
}

/* Python's repr(float): the shortest round-tripping digits, fixed notation for exponents in
 * [-4, 16), scientific otherwise. With imag, the complex form ("1j", "1.5j"). */
static void out_float(AwDumper *d, double x, bool imag)
{
    char buf[64], digits[32];
    if (isinf(x) || isnan(x)) {
        out(d, isnan(x) ? "nan" : x > 0 ? "inf" : "-inf");
        out(d, imag ? "j" : "");
        return;
    }
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    /* buf = [-]d[.ddd]e[+-]XX */
    char *e = strchr(buf, 'e');
    int exp10 = atoi(e + 1);
    int nd = 0;
    for (char *c = buf; c < e; c++)
        if (*c >= '0' && *c <= '9')
            digits[nd++] = *c;
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = 0;
    char res[64];
    int len = 0;
    if (x < 0 || (x == 0 && signbit(x)))
        res[len++] = '-';
    if (exp10 >= -4 && exp10 < 16) {
        if (exp10 < 0) {
            len += snprintf(res + len, sizeof res - (size_t)len, "0.");
            for (int i = -1; i > exp10; i--)
                res[len++] = '0';
            len += snprintf(res + len, sizeof res - (size_t)len, "%s", digits);
        } else {
            for (int i = 0; i <= exp10; i++)
                res[len++] = i < nd ? digits[i] : '0';
            res[len++] = '.';
            if (nd > exp10 + 1)
                len += snprintf(res + len, sizeof res - (size_t)len, "%s", digits + exp10 + 1);
            else
                res[len++] = '0';
        }
    } else {
        res[len++] = digits[0];
        if (nd > 1)
            len += snprintf(res + len, sizeof res - (size_t)len, ".%s", digits + 1);
        len += snprintf(res + len, sizeof res - (size_t)len, "e%c%02d", exp10 < 0 ? '-' : '+',
                        exp10 < 0 ? -exp10 : exp10);
    }
    res[len] = 0;
    if (imag && len > 2 && strcmp(res + len - 2, ".0") == 0)
        res[len - 2] = 0;
    out(d, res);
    out(d, imag ? "j" : "");
}

static void out_constant(AwDumper *d, const AwNode *node)
{
    switch (node->u.constant.kind) {
    case AW_CONST_NONE: out(d, "None"); break;
    case AW_CONST_TRUE: out(d, "True"); break;
    case AW_CONST_FALSE: out(d, "False"); break;
    case AW_CONST_ELLIPSIS: out(d, "Ellipsis"); break;
    case AW_CONST_INT: out_int_text(d, node->u.constant.text); break;
    case AW_CONST_FLOAT: out_float(d, node->u.constant.number, false); break;
    case AW_CONST_IMAG: out_float(d, node->u.constant.number, true); break;
    case AW_CONST_STR:
        out_repr(d, node->u.constant.text, node->u.constant.len, false);
        break;
    case AW_CONST_BYTES:
        out_repr(d, node->u.constant.text, node->u.constant.len, true);
        break;
    }
}

/* ---- node names ------------------------------------------------------------------------------ */

static const char *binop_name(int op)
{
    static const char *const names[] = {
        [AW_BINOP_ADD] = "Add", [AW_BINOP_SUB] = "Sub", [AW_BINOP_MUL] = "Mult",
        [AW_BINOP_TRUEDIV] = "Div", [AW_BINOP_FLOORDIV] = "FloorDiv", [AW_BINOP_MOD] = "Mod",
        [AW_BINOP_POW] = "Pow", [AW_BINOP_LSHIFT] = "LShift", [AW_BINOP_RSHIFT] = "RShift",
        [AW_BINOP_AND] = "BitAnd", [AW_BINOP_OR] = "BitOr", [AW_BINOP_XOR] = "BitXor",
        [AW_BINOP_MATMUL] = "MatMult",
    };
    return op >= 0 && op < AW_BINOP_COUNT ? names[op] : "?";
}

static const char *cmpop_name(int op)
{
    static const char *const names[] = {
        [AW_CMPOP_LT] = "Lt", [AW_CMPOP_LE] = "LtE", [AW_CMPOP_EQ] = "Eq",
        [AW_CMPOP_NE] = "NotEq", [AW_CMPOP_GT] = "Gt", [AW_CMPOP_GE] = "GtE",
        [AW_CMPOP_IS] = "Is", [AW_CMPOP_IS_NOT] = "IsNot", [AW_CMPOP_IN] = "In",
        [AW_CMPOP_NOT_IN] = "NotIn",
    };
    return names[op];
}

static const char *ctx_name(AwExprCtx ctx)
{
    return ctx == AW_CTX_LOAD ? "Load()" : ctx == AW_CTX_STORE ? "Store()" : "Del()";
}

static const char *const KIND_NAMES[NODE__COUNT] = {
    [NODE_MODULE] = "Module", [NODE_INTERACTIVE] = "Interactive",
    [NODE_EXPRESSION] = "Expression", [NODE_FUNCTION_DEF] = "FunctionDef",
    [NODE_CLASS_DEF] = "ClassDef", [NODE_RETURN] = "Return", [NODE_DELETE] = "Delete",
    [NODE_ASSIGN] = "Assign", [NODE_AUG_ASSIGN] = "AugAssign", [NODE_ANN_ASSIGN] = "AnnAssign",
    [NODE_FOR] = "For", [NODE_WHILE] = "While", [NODE_IF] = "If", [NODE_WITH] = "With",
    [NODE_RAISE] = "Raise", [NODE_TRY] = "Try", [NODE_ASSERT] = "Assert",
    [NODE_IMPORT] = "Import", [NODE_IMPORT_FROM] = "ImportFrom", [NODE_GLOBAL] = "Global",
    [NODE_NONLOCAL] = "Nonlocal", [NODE_EXPR] = "Expr", [NODE_PASS] = "Pass",
    [NODE_BREAK] = "Break", [NODE_CONTINUE] = "Continue", [NODE_BOOL_OP] = "BoolOp",
    [NODE_NAMED_EXPR] = "NamedExpr", [NODE_BIN_OP] = "BinOp", [NODE_UNARY_OP] = "UnaryOp",
    [NODE_LAMBDA] = "Lambda", [NODE_IF_EXP] = "IfExp", [NODE_DICT] = "Dict",
    [NODE_SET] = "Set", [NODE_LIST_COMP] = "ListComp", [NODE_SET_COMP] = "SetComp",
    [NODE_DICT_COMP] = "DictComp", [NODE_GENERATOR_EXP] = "GeneratorExp",
    [NODE_AWAIT] = "Await", [NODE_YIELD] = "Yield", [NODE_YIELD_FROM] = "YieldFrom",
    [NODE_COMPARE] = "Compare", [NODE_CALL] = "Call",
    [NODE_FORMATTED_VALUE] = "FormattedValue", [NODE_JOINED_STR] = "JoinedStr",
    [NODE_CONSTANT] = "Constant", [NODE_ATTRIBUTE] = "Attribute",
    [NODE_SUBSCRIPT] = "Subscript", [NODE_STARRED] = "Starred", [NODE_NAME] = "Name",
    [NODE_LIST] = "List", [NODE_TUPLE] = "Tuple", [NODE_SLICE] = "Slice", [NODE_ARG] = "arg",
    [NODE_KEYWORD] = "keyword", [NODE_ALIAS] = "alias", [NODE_WITH_ITEM] = "withitem",
    [NODE_EXCEPT_HANDLER] = "ExceptHandler", [NODE_COMPREHENSION] = "comprehension",
    [NODE_MATCH] = "Match", [NODE_MATCH_CASE] = "match_case", [NODE_MATCH_VALUE] = "MatchValue",
    [NODE_MATCH_SINGLETON] = "MatchSingleton", [NODE_MATCH_SEQUENCE] = "MatchSequence",
    [NODE_MATCH_MAPPING] = "MatchMapping", [NODE_MATCH_CLASS] = "MatchClass",
    [NODE_MATCH_STAR] = "MatchStar", [NODE_MATCH_AS] = "MatchAs", [NODE_MATCH_OR] = "MatchOr",
};

static const char *kind_name(const AwNode *node)
{
    switch (node->kind) {
    case NODE_FUNCTION_DEF:
        return node->u.function_def.is_async ? "AsyncFunctionDef" : "FunctionDef";
    case NODE_FOR: return node->u.for_.is_async ? "AsyncFor" : "For";
    case NODE_WITH: return node->u.with.is_async ? "AsyncWith" : "With";
    case NODE_TRY: return node->u.try_.is_star ? "TryStar" : "Try";
    default: return KIND_NAMES[node->kind];
    }
}

/* ---- the dump -------------------------------------------------------------------------------- */

static void dump(AwDumper *d, const AwNode *node);

/* AwFields are written as ", name=value"; `first` drops the leading comma. */
typedef struct {
    AwDumper *d;     /* where to write */
    bool first;    /* no field written yet */
} AwFields;

static void field(AwFields *f, const char *name)
{
    out(f->d, f->first ? "" : ", ");
    f->first = false;
    out(f->d, name);
    out(f->d, "=");
}

static void field_node(AwFields *f, const char *name, const AwNode *node)
{
    field(f, name);
    dump(f->d, node);
}

/* An optional field: omitted when NULL, as ast.dump does for `expr?`. */
static void field_opt(AwFields *f, const char *name, const AwNode *node)
{
    if (node)
        field_node(f, name, node);
}

static void field_list(AwFields *f, const char *name, AwNodeList list)
{
    field(f, name);
    out(f->d, "[");
    for (int i = 0; i < list.count; i++) {
        out(f->d, i ? ", " : "");
        if (list.items[i])
            dump(f->d, list.items[i]);
        else
            out(f->d, "None");
    }
    out(f->d, "]");
}

static void field_str(AwFields *f, const char *name, const char *s)
{
    if (!s)
        return;
    field(f, name);
    out_str(f->d, s);
}

static void field_raw(AwFields *f, const char *name, const char *text)
{
    field(f, name);
    out(f->d, text);
}

static void field_int(AwFields *f, const char *name, long long v)
{
    field(f, name);
    outf_int(f->d, v);
}

static void dump_arguments(AwDumper *d, const AwArguments *a)
{
    AwFields f = {d, true};
    out(d, "arguments(");
    field_list(&f, "posonlyargs", a->posonlyargs);
    field_list(&f, "args", a->args);
    field_opt(&f, "vararg", a->vararg);
    field_list(&f, "kwonlyargs", a->kwonlyargs);
    field_list(&f, "kw_defaults", a->kw_defaults);
    field_opt(&f, "kwarg", a->kwarg);
    field_list(&f, "defaults", a->defaults);
    out(d, ")");
}

static void field_arguments(AwFields *f, const AwArguments *a)
{
    field(f, "args");
    dump_arguments(f->d, a);
}

static void field_names(AwFields *f, const char **names, int count)
{
    field(f, "names");
    out(f->d, "[");
    for (int i = 0; i < count; i++) {
        out(f->d, i ? ", " : "");
        out_str(f->d, names[i]);
    }
    out(f->d, "]");
}

static void dump_statement_fields(AwFields *f, const AwNode *n)
{
    switch (n->kind) {
    case NODE_MODULE:
        field_list(f, "body", n->u.module.body);
        field_raw(f, "type_ignores", "[]");
        break;
    case NODE_INTERACTIVE: field_list(f, "body", n->u.module.body); break;
    case NODE_EXPRESSION: field_node(f, "body", n->u.expression.body); break;
    case NODE_FUNCTION_DEF:
        field_str(f, "name", n->u.function_def.name);
        field_arguments(f, n->u.function_def.args);
        field_list(f, "body", n->u.function_def.body);
        field_list(f, "decorator_list", n->u.function_def.decorators);
        field_opt(f, "returns", n->u.function_def.returns);
        break;
    case NODE_CLASS_DEF:
        field_str(f, "name", n->u.class_def.name);
        field_list(f, "bases", n->u.class_def.bases);
        field_list(f, "keywords", n->u.class_def.keywords);
        field_list(f, "body", n->u.class_def.body);
        field_list(f, "decorator_list", n->u.class_def.decorators);
        break;
    case NODE_RETURN: field_opt(f, "value", n->u.return_.value); break;
    case NODE_DELETE: field_list(f, "targets", n->u.delete_.targets); break;
    case NODE_ASSIGN:
        field_list(f, "targets", n->u.assign.targets);
        field_node(f, "value", n->u.assign.value);
        break;
    case NODE_AUG_ASSIGN:
        field_node(f, "target", n->u.aug_assign.target);
        field(f, "op");
        out(f->d, binop_name(n->u.aug_assign.op));
        out(f->d, "()");
        field_node(f, "value", n->u.aug_assign.value);
        break;
    case NODE_ANN_ASSIGN:
        field_node(f, "target", n->u.ann_assign.target);
        field_node(f, "annotation", n->u.ann_assign.annotation);
        field_opt(f, "value", n->u.ann_assign.value);
        field_int(f, "simple", n->u.ann_assign.simple);
        break;
    case NODE_FOR:
        field_node(f, "target", n->u.for_.target);
        field_node(f, "iter", n->u.for_.iter);
        field_list(f, "body", n->u.for_.body);
        field_list(f, "orelse", n->u.for_.orelse);
        break;
    case NODE_WHILE:
    case NODE_IF:
        field_node(f, "test", n->u.if_.test);
        field_list(f, "body", n->u.if_.body);
        field_list(f, "orelse", n->u.if_.orelse);
        break;
    case NODE_WITH:
        field_list(f, "items", n->u.with.items);
        field_list(f, "body", n->u.with.body);
        break;
    case NODE_RAISE:
        field_opt(f, "exc", n->u.raise.exc);
        field_opt(f, "cause", n->u.raise.cause);
        break;
    case NODE_TRY:
        field_list(f, "body", n->u.try_.body);
        field_list(f, "handlers", n->u.try_.handlers);
        field_list(f, "orelse", n->u.try_.orelse);
        field_list(f, "finalbody", n->u.try_.finalbody);
        break;
    case NODE_ASSERT:
        field_node(f, "test", n->u.assert_.test);
        field_opt(f, "msg", n->u.assert_.msg);
        break;
    case NODE_IMPORT: field_list(f, "names", n->u.import.names); break;
    case NODE_IMPORT_FROM:
        field_str(f, "module", n->u.import_from.module);
        field_list(f, "names", n->u.import_from.names);
        field_int(f, "level", n->u.import_from.level);
        break;
    case NODE_GLOBAL:
    case NODE_NONLOCAL: field_names(f, n->u.global.names, n->u.global.count); break;
    case NODE_EXPR: field_node(f, "value", n->u.expr.value); break;
    case NODE_MATCH:
        field_node(f, "subject", n->u.match.subject);
        field_list(f, "cases", n->u.match.cases);
        break;
    default: break;
    }
}

static void dump_expression_fields(AwFields *f, const AwNode *n)
{
    switch (n->kind) {
    case NODE_BOOL_OP:
        field_raw(f, "op", n->u.bool_op.op == AW_BOOL_AND ? "And()" : "Or()");
        field_list(f, "values", n->u.bool_op.values);
        break;
    case NODE_NAMED_EXPR:
        field_node(f, "target", n->u.named_expr.target);
        field_node(f, "value", n->u.named_expr.value);
        break;
    case NODE_UNARY_OP: {
        static const char *const ops[] = {"Not()", "USub()", "UAdd()", "Invert()"};
        field_raw(f, "op", ops[n->u.unary_op.op]);
        field_node(f, "operand", n->u.unary_op.operand);
        break;
    }
    case NODE_LAMBDA:
        field_arguments(f, n->u.lambda.args);
        field_node(f, "body", n->u.lambda.body);
        break;
    case NODE_IF_EXP:
        field_node(f, "test", n->u.if_exp.test);
        field_node(f, "body", n->u.if_exp.body);
        field_node(f, "orelse", n->u.if_exp.orelse);
        break;
    case NODE_DICT:
        field_list(f, "keys", n->u.dict.keys);
        field_list(f, "values", n->u.dict.values);
        break;
    case NODE_SET: field_list(f, "elts", n->u.set.elts); break;
    case NODE_LIST_COMP: case NODE_SET_COMP: case NODE_GENERATOR_EXP:
        field_node(f, "elt", n->u.comp.elt);
        field_list(f, "generators", n->u.comp.generators);
        break;
    case NODE_DICT_COMP:
        field_node(f, "key", n->u.dict_comp.key);
        field_node(f, "value", n->u.dict_comp.value);
        field_list(f, "generators", n->u.dict_comp.generators);
        break;
    case NODE_AWAIT: case NODE_YIELD_FROM: field_node(f, "value", n->u.await.value); break;
    case NODE_YIELD: field_opt(f, "value", n->u.yield.value); break;
    case NODE_COMPARE:
        field_node(f, "left", n->u.compare.left);
        field(f, "ops");
        out(f->d, "[");
        for (int i = 0; i < n->u.compare.comparators.count; i++) {
            out(f->d, i ? ", " : "");
            out(f->d, cmpop_name(n->u.compare.ops[i]));
            out(f->d, "()");
        }
        out(f->d, "]");
        field_list(f, "comparators", n->u.compare.comparators);
        break;
    case NODE_CALL:
        field_node(f, "func", n->u.call.func);
        field_list(f, "args", n->u.call.args);
        field_list(f, "keywords", n->u.call.keywords);
        break;
    case NODE_FORMATTED_VALUE:
        field_node(f, "value", n->u.formatted_value.value);
        field_int(f, "conversion", n->u.formatted_value.conversion);
        field_opt(f, "format_spec", n->u.formatted_value.format_spec);
        break;
    case NODE_JOINED_STR: field_list(f, "values", n->u.joined_str.values); break;
    case NODE_CONSTANT:
        field(f, "value");
        out_constant(f->d, n);
        break;
    case NODE_ATTRIBUTE:
        field_node(f, "value", n->u.attribute.value);
        field_str(f, "attr", n->u.attribute.attr);
        field_raw(f, "ctx", ctx_name(n->u.attribute.ctx));
        break;
    case NODE_SUBSCRIPT:
        field_node(f, "value", n->u.subscript.value);
        field_node(f, "slice", n->u.subscript.slice);
        field_raw(f, "ctx", ctx_name(n->u.subscript.ctx));
        break;
    case NODE_STARRED:
        field_node(f, "value", n->u.starred.value);
        field_raw(f, "ctx", ctx_name(n->u.starred.ctx));
        break;
    case NODE_NAME:
        field_str(f, "id", n->u.name.id);
        field_raw(f, "ctx", ctx_name(n->u.name.ctx));
        break;
    case NODE_LIST: case NODE_TUPLE:
        field_list(f, "elts", n->u.sequence.elts);
        field_raw(f, "ctx", ctx_name(n->u.sequence.ctx));
        break;
    case NODE_SLICE:
        field_opt(f, "lower", n->u.slice.lower);
        field_opt(f, "upper", n->u.slice.upper);
        field_opt(f, "step", n->u.slice.step);
        break;
    default: break;
    }
}

static void dump_pattern_fields(AwFields *f, const AwNode *n)
{
    switch (n->kind) {
    case NODE_MATCH_VALUE: field_node(f, "value", n->u.match_value.value); break;
    case NODE_MATCH_SINGLETON: {
        AwConstKind k = n->u.match_singleton.value;
        field_raw(f, "value", k == AW_CONST_NONE ? "None" : k == AW_CONST_TRUE ? "True" : "False");
        break;
    }
    case NODE_MATCH_SEQUENCE: field_list(f, "patterns", n->u.match_sequence.patterns); break;
    case NODE_MATCH_MAPPING:
        field_list(f, "keys", n->u.match_mapping.keys);
        field_list(f, "patterns", n->u.match_mapping.patterns);
        field_str(f, "rest", n->u.match_mapping.rest);
        break;
    case NODE_MATCH_CLASS:
        field_node(f, "cls", n->u.match_class.cls);
        field_list(f, "patterns", n->u.match_class.patterns);
        field(f, "kwd_attrs");
        out(f->d, "[");
        for (int i = 0; i < n->u.match_class.kwd_patterns.count; i++) {
            out(f->d, i ? ", " : "");
            out_str(f->d, n->u.match_class.kwd_attrs[i]);
        }
        out(f->d, "]");
        field_list(f, "kwd_patterns", n->u.match_class.kwd_patterns);
        break;
    case NODE_MATCH_STAR: field_str(f, "name", n->u.match_star.name); break;
    case NODE_MATCH_AS:
        field_opt(f, "pattern", n->u.match_as.pattern);
        field_str(f, "name", n->u.match_as.name);
        break;
    case NODE_MATCH_OR: field_list(f, "patterns", n->u.match_or.patterns); break;
    default: break;
    }
}

static void dump_helper_fields(AwFields *f, const AwNode *n)
{
    switch (n->kind) {
    case NODE_ARG:
        field_str(f, "arg", n->u.arg.name);
        field_opt(f, "annotation", n->u.arg.annotation);
        break;
    case NODE_KEYWORD:
        field_str(f, "arg", n->u.keyword.arg);
        field_node(f, "value", n->u.keyword.value);
        break;
    case NODE_ALIAS:
        field_str(f, "name", n->u.alias.name);
        field_str(f, "asname", n->u.alias.asname);
        break;
    case NODE_WITH_ITEM:
        field_node(f, "context_expr", n->u.with_item.context_expr);
        field_opt(f, "optional_vars", n->u.with_item.optional_vars);
        break;
    case NODE_EXCEPT_HANDLER:
        field_opt(f, "type", n->u.except_handler.type);
        field_str(f, "name", n->u.except_handler.name);
        field_list(f, "body", n->u.except_handler.body);
        break;
    case NODE_COMPREHENSION:
        field_node(f, "target", n->u.comprehension.target);
        field_node(f, "iter", n->u.comprehension.iter);
        field_list(f, "ifs", n->u.comprehension.ifs);
        field_int(f, "is_async", n->u.comprehension.is_async);
        break;
    case NODE_MATCH_CASE:
        field_node(f, "pattern", n->u.match_case.pattern);
        field_opt(f, "guard", n->u.match_case.guard);
        field_list(f, "body", n->u.match_case.body);
        break;
    default: dump_pattern_fields(f, n); break;
    }
}

/* Nodes with lineno/col_offset/end_lineno/end_col_offset in CPython's ast. */
static bool has_positions(AwNodeKind kind)
{
    return kind != NODE_MODULE && kind != NODE_INTERACTIVE && kind != NODE_EXPRESSION &&
           kind != NODE_WITH_ITEM && kind != NODE_COMPREHENSION && kind != NODE_MATCH_CASE;
}

static void dump_positions(AwFields *f, const AwNode *n)
{
    if (!f->d->positions || !has_positions(n->kind))
        return;
    field_int(f, "lineno", n->line);
    field_int(f, "col_offset", n->col);
    field_int(f, "end_lineno", n->end_line);
    field_int(f, "end_col_offset", n->end_col);
}

/* Everything of a node after its "Kind(" (its fields, positions, closing parenthesis). */
static void dump_body(AwDumper *d, const AwNode *node)
{
    AwFields f = {d, true};
    if (node->kind <= NODE_MATCH)
        dump_statement_fields(&f, node);
    else if (node->kind <= NODE_SLICE)
        dump_expression_fields(&f, node);
    else
        dump_helper_fields(&f, node);
    dump_positions(&f, node);
    out(d, ")");
}

/* A BinOp chain like 1+1+...+1 is deep on its left: dump it with a loop, not recursion. */
static void dump_binop_chain(AwDumper *d, const AwNode *node)
{
    int depth = 0;
    for (const AwNode *n = node; n->kind == NODE_BIN_OP; n = n->u.bin_op.left)
        depth++;
    const AwNode **chain = malloc((size_t)depth * sizeof *chain);
    if (!chain)
        return;
    int i = 0;
    for (const AwNode *n = node; n->kind == NODE_BIN_OP; n = n->u.bin_op.left) {
        chain[i++] = n;
        out(d, "BinOp(left=");
    }
    dump(d, chain[depth - 1]->u.bin_op.left);
    for (i = depth - 1; i >= 0; i--) {
        const AwNode *n = chain[i];
        AwFields f = {d, false};
        field(&f, "op");
        out(d, binop_name(n->u.bin_op.op));
        out(d, "()");
        field_node(&f, "right", n->u.bin_op.right);
        dump_positions(&f, n);
        out(d, ")");
    }
    free(chain);
}

static void dump(AwDumper *d, const AwNode *node)
{
    if (node->kind == NODE_BIN_OP) {
        dump_binop_chain(d, node);
        return;
    }
    out(d, kind_name(node));
    out(d, "(");
    dump_body(d, node);
}

void ast_dump(const AwNode *node, void (*write)(void *ctx, const char *s), void *ctx)
{
    AwDumper d = {write, ctx, false};
    dump(&d, node);
}

/* ast_dump with positions (CPython's include_attributes=True), for the parser's tests.
 * Not in ast.h (which the lead owns); declared where it is used. */
void ast_dump_positions(const AwNode *node, void (*write)(void *ctx, const char *s), void *ctx);
void ast_dump_positions(const AwNode *node, void (*write)(void *ctx, const char *s), void *ctx)
{
    AwDumper d = {write, ctx, true};
    dump(&d, node);
}

bool ast_is_compound(const AwNode *stmt) {
    switch (stmt->kind) {
    case NODE_FUNCTION_DEF: case NODE_CLASS_DEF: case NODE_FOR: case NODE_WHILE: case NODE_IF:
    case NODE_WITH: case NODE_TRY: case NODE_MATCH:
        return true;
    default:
        return false;
    }
}
