/* parser_expr.c — expressions, targets, call arguments and parameters.
 *
 * Precedence is CPython's (python.gram): lambda/ternary < or < and < not < comparisons <
 * | < ^ < & < shifts < + - < * / // % @ < unary + - ~ < ** < await < primary. Binary operator
 * chains are built in loops (left-associative, no recursion per term) so `1+1+...+1` with
 * 10^5 terms is linear; only genuinely nested constructs recurse, and those count against
 * PARSER_MAX_DEPTH.
 */
#include "interp/parser_internal.h"

#include <stdlib.h>
#include <string.h>

static AwNode *star_named_expression(AwParser *p);
static AwNode *primary(AwParser *p);
static AwNode *factor(AwParser *p);
static AwNode *comprehension_clauses(AwParser *p, AwNodeKind kind, AwPos start, AwNode *elt,
                                     AwNode *value);

/* ---- small helpers ------------------------------------------------------------------------- */

static AwNode *name_node(AwParser *p, const AwToken *tok, AwExprCtx ctx)
{
    AwNode *node = parser_node_at(p, NODE_NAME, (AwPos){tok->line, tok->col},
                                  (AwPos){tok->end_line, tok->end_col});
    if (node) {
        node->u.name.id = parser_identifier(p, tok);
        node->u.name.ctx = ctx;
    }
    return node;
}

static bool token_is(AwParser *p, const AwToken *tok, const char *text)
{
    size_t n = strlen(text);
    return tok->kind == TOK_NAME && (size_t)(tok->end - tok->start) == n &&
           memcmp(p->src + tok->start, text, n) == 0;
}

static bool is_soft_keyword(AwParser *p, const AwToken *tok)
{
    return token_is(p, tok, "match") || token_is(p, tok, "case") || token_is(p, tok, "_");
}

/* Tokens that can begin an expression (used for trailing commas and error explanations). */
static bool starts_expression(AwTokenKind kind)
{
    switch (kind) {
    case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_LPAR: case TOK_LSQB:
    case TOK_LBRACE: case TOK_MINUS: case TOK_PLUS: case TOK_TILDE: case TOK_ELLIPSIS:
    case TOK_NONE: case TOK_TRUE: case TOK_FALSE: case TOK_NOT: case TOK_LAMBDA:
    case TOK_AWAIT:
        return true;
    default:
        return false;
    }
}

static AwNode *sequence_node(AwParser *p, AwNodeKind kind, AwPos start, int mark)
{
    AwNodeList elts = parser_scratch_pop(p, mark);
    AwNode *node = parser_node(p, kind, start);
    if (node) {
        node->u.sequence.elts = elts;
        node->u.sequence.ctx = AW_CTX_LOAD;
    }
    return node;
}

bool parser_is_parenthesized(AwParser *p, const AwNode *node, AwPos start)
{
    /* the rule began before the node (a '(' ), or it ended after it (a ')'); the end test
     * assumes node is the last thing consumed */
    return start.line != node->line || start.col != node->col ||
           p->last_end.line != node->end_line || p->last_end.col != node->end_col;
}

/* ---- targets --------------------------------------------------------------------------------- */

/* CPython's _PyPegen_get_invalid_target: the first part of node that cannot be assigned. */
AwNode *parser_invalid_target(AwNode *node, int targets_kind)
{
    switch (node->kind) {
    case NODE_LIST:
    case NODE_TUPLE:
        for (int i = 0; i < node->u.sequence.elts.count; i++) {
            AwNode *bad = parser_invalid_target(node->u.sequence.elts.items[i], targets_kind);
            if (bad)
                return bad;
        }
        return NULL;
    case NODE_STARRED:
        if (targets_kind == TARGETS_DEL)
            return node;
        return parser_invalid_target(node->u.starred.value, targets_kind);
    case NODE_COMPARE:
        if (targets_kind == TARGETS_FOR && node->u.compare.ops[0] == AW_CMPOP_IN)
            return parser_invalid_target(node->u.compare.left, targets_kind);
        return node;
    case NODE_NAME:
    case NODE_SUBSCRIPT:
    case NODE_ATTRIBUTE:
        return NULL;
    default:
        return node;
    }
}

static void set_ctx(AwNode *node, AwExprCtx ctx)
{
    switch (node->kind) {
    case NODE_NAME: node->u.name.ctx = ctx; break;
    case NODE_ATTRIBUTE: node->u.attribute.ctx = ctx; break;
    case NODE_SUBSCRIPT: node->u.subscript.ctx = ctx; break;
    case NODE_STARRED:
        node->u.starred.ctx = ctx;
        set_ctx(node->u.starred.value, ctx);
        break;
    case NODE_LIST:
    case NODE_TUPLE:
        node->u.sequence.ctx = ctx;
        for (int i = 0; i < node->u.sequence.elts.count; i++)
            set_ctx(node->u.sequence.elts.items[i], ctx);
        break;
    default:
        break;
    }
}

bool parser_set_context(AwParser *p, AwNode *node, AwExprCtx ctx, int targets_kind)
{
    AwNode *bad = parser_invalid_target(node, targets_kind);
    if (bad) {
        parser_error_node(p, bad, targets_kind == TARGETS_DEL ? "cannot delete %s"
                                                               : "cannot assign to %s",
                          parser_expr_name(bad));
        return false;
    }
    set_ctx(node, ctx);
    return true;
}

/* star_targets for `for` and comprehensions: elements parsed at `|` level so that `in` ends
 * them, then checked like CPython's invalid_for_target. */
AwNode *parser_star_targets(AwParser *p)
{
    AwPos start = parser_start(p);
    int mark = parser_scratch_mark(p);
    bool comma = false;
    do {
        AwTokenKind next = parser_kind(p);
        if (comma && next == TOK_IN)
            break;
        AwPos elt_start = parser_start(p);
        AwNode *elt;
        if (parser_accept(p, TOK_STAR)) {
            AwNode *value = parser_bitwise_or(p);
            elt = value ? parser_node(p, NODE_STARRED, elt_start) : NULL;
            if (elt)
                elt->u.starred.value = value;
        } else {
            elt = parser_bitwise_or(p);
        }
        if (!elt || !parser_scratch_push(p, elt))
            return p->scratch_len = mark, NULL;
        if (parser_kind(p) == TOK_COMMA)
            comma = true;
    } while (parser_accept(p, TOK_COMMA));
    AwNode *target;
    if (comma) {
        target = sequence_node(p, NODE_TUPLE, start, mark);
    } else {
        target = p->scratch[mark];
        p->scratch_len = mark;
    }
    if (!target)
        return NULL;
    AwNode *bad = parser_invalid_target(target, TARGETS_FOR);
    if (bad)
        return parser_error_node(p, bad, "cannot assign to %s", parser_expr_name(bad));
    if (!parser_set_context(p, target, AW_CTX_STORE, TARGETS_FOR))
        return NULL;
    return target;
}

/* ---- atoms ----------------------------------------------------------------------------------- */

static char *strip_underscores(AwParser *p, const char *s, int n, int *out_len)
{
    char *text = parser_alloc(p, (size_t)n + 1);
    if (!text)
        return NULL;
    int len = 0;
    for (int i = 0; i < n; i++)
        if (s[i] != '_')
            text[len++] = s[i];
    text[len] = 0;
    *out_len = len;
    return text;
}

static AwNode *number(AwParser *p)
{
    AwPos start = parser_start(p);
    AwToken tok = parser_advance(p);
    int len;
    char *text = strip_underscores(p, p->src + tok.start, tok.end - tok.start, &len);
    AwNode *node = text ? parser_node(p, NODE_CONSTANT, start) : NULL;
    if (!node)
        return NULL;
    bool radix = len > 1 && text[0] == '0' && strchr("xXoObB", text[1]);
    if (radix) {
        text[1] = (char)(text[1] | 0x20);
        node->u.constant.kind = AW_CONST_INT;
    } else if (text[len - 1] == 'j' || text[len - 1] == 'J') {
        node->u.constant.kind = AW_CONST_IMAG;
        text[len - 1] = 0;
        node->u.constant.number = strtod(text, NULL);
        text[len - 1] = 'j';
    } else if (strpbrk(text, ".eE")) {
        node->u.constant.kind = AW_CONST_FLOAT;
        node->u.constant.number = strtod(text, NULL);
    } else {
        node->u.constant.kind = AW_CONST_INT;
    }
    node->u.constant.text = text;
    node->u.constant.len = (size_t)len;
    return node;
}

AwNode *parser_number(AwParser *p)
{
    return number(p);
}

static AwNode *keyword_constant(AwParser *p, AwConstKind kind)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    AwNode *node = parser_node(p, NODE_CONSTANT, start);
    if (node)
        node->u.constant.kind = kind;
    return node;
}

/* The comprehension element may not be starred (invalid_comprehension). */
static bool check_comprehension_elt(AwParser *p, AwNode *elt)
{
    if (elt->kind == NODE_STARRED) {
        parser_error_node(p, elt, "iterable unpacking cannot be used in comprehension");
        return false;
    }
    return true;
}

/* '(' after the bracket: () | (yield) | (x) | (x,) | (x for ...) */
static AwNode *paren_atom(AwParser *p)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    if (parser_accept(p, TOK_RPAR)) {
        AwNode *node = parser_node(p, NODE_TUPLE, start);
        if (node)
            node->u.sequence.ctx = AW_CTX_LOAD;
        return node;
    }
    if (parser_kind(p) == TOK_YIELD) {
        AwNode *y = parser_yield_expr(p);
        return y && parser_expect(p, TOK_RPAR) ? y : NULL;
    }
    if (parser_kind(p) == TOK_DOUBLESTAR) {
        AwToken stars = parser_advance(p);
        if (parser_expression(p) && parser_kind(p) == TOK_RPAR)
            return parser_error_token(p, &stars, "cannot use double starred expression here");
        return parser_fail(p);
    }
    AwNode *first = star_named_expression(p);
    if (!first)
        return NULL;
    AwTokenKind next = parser_kind(p);
    if (next == TOK_FOR || next == TOK_ASYNC) {
        if (!check_comprehension_elt(p, first))
            return NULL;
        return comprehension_clauses(p, NODE_GENERATOR_EXP, start, first, NULL);
    }
    if (next == TOK_RPAR) {
        parser_advance(p);
        if (first->kind == NODE_STARRED)
            return parser_error_node(p, first, "cannot use starred expression here");
        return first;
    }
    if (next != TOK_COMMA)
        return parser_fail(p);
    int mark = parser_scratch_mark(p);
    parser_scratch_push(p, first);
    while (parser_accept(p, TOK_COMMA)) {
        if (parser_kind(p) == TOK_RPAR)
            break;
        AwNode *elt = star_named_expression(p);
        if (!elt || !parser_scratch_push(p, elt))
            return p->scratch_len = mark, NULL;
    }
    if (!parser_expect(p, TOK_RPAR))
        return p->scratch_len = mark, NULL;
    return sequence_node(p, NODE_TUPLE, start, mark);
}

/* The rest of [a, b, ...] or {a, b, ...} after the first element. [a, b for x in y] is
 * CPython's "did you forget parentheses around the comprehension target?". */
static AwNode *display_rest(AwParser *p, AwNodeKind kind, AwPos start, AwNode *first,
                            AwTokenKind closer)
{
    int mark = parser_scratch_mark(p);
    parser_scratch_push(p, first);
    while (parser_accept(p, TOK_COMMA)) {
        if (parser_kind(p) == TOK_FOR || parser_kind(p) == TOK_ASYNC) {
            AwNode *last = p->scratch[p->scratch_len - 1];
            p->scratch_len = mark;
            return parser_error_range(p, AW_SYNTAX_ERROR, parser_node_start(first),
                                      parser_node_end(last), "did you forget parentheses "
                                      "around the comprehension target?");
        }
        if (parser_kind(p) == closer)
            break;
        AwNode *elt = star_named_expression(p);
        if (!elt || !parser_scratch_push(p, elt))
            return p->scratch_len = mark, NULL;
    }
    if (parser_kind(p) == TOK_FOR && p->scratch_len - mark > 1) {
        AwNode *last = p->scratch[p->scratch_len - 1];
        p->scratch_len = mark;
        return parser_error_range(p, AW_SYNTAX_ERROR, parser_node_start(first),
                                  parser_node_end(last), "did you forget parentheses around "
                                  "the comprehension target?");
    }
    if (!parser_expect(p, closer))
        return p->scratch_len = mark, NULL;
    return sequence_node(p, kind, start, mark);
}

static AwNode *list_atom(AwParser *p)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    if (parser_accept(p, TOK_RSQB)) {
        AwNode *node = parser_node(p, NODE_LIST, start);
        if (node)
            node->u.sequence.ctx = AW_CTX_LOAD;
        return node;
    }
    AwNode *first = star_named_expression(p);
    if (!first)
        return NULL;
    if (parser_kind(p) == TOK_FOR || parser_kind(p) == TOK_ASYNC) {
        if (!check_comprehension_elt(p, first))
            return NULL;
        return comprehension_clauses(p, NODE_LIST_COMP, start, first, NULL);
    }
    return display_rest(p, NODE_LIST, start, first, TOK_RSQB);
}

/* The value after `key:` in a dict display, with CPython's invalid_kvpair messages. */
static AwNode *dict_value(AwParser *p)
{
    if (parser_kind(p) == TOK_STAR) {
        AwPos star = parser_start(p);
        parser_advance(p);
        if (parser_bitwise_or(p))
            parser_error_range(p, AW_SYNTAX_ERROR, star, p->last_end,
                               "cannot use a starred expression in a dictionary value");
        return NULL;
    }
    if (parser_kind(p) == TOK_RBRACE || parser_kind(p) == TOK_COMMA) {
        AwToken colon = {.line = p->last_end.line, .col = p->last_end.col - 1,
                         .end_line = p->last_end.line, .end_col = p->last_end.col};
        return parser_error_token(p, &colon, "expression expected after dictionary key and ':'");
    }
    return parser_expression(p);
}

/* One `key: value` or `**mapping` of a dict display: the key (NULL for **) goes to keys, the
 * value to the scratch stack. */
static bool dict_item(AwParser *p, AwNode **keys, int *nkeys)
{
    AwNode *key = NULL, *value;
    if (parser_accept(p, TOK_DOUBLESTAR)) {
        value = parser_bitwise_or(p);
    } else {
        key = parser_expression(p);
        if (!key)
            return false;
        if (parser_kind(p) != TOK_COLON) {
            /* invalid_kvpair: reported at the key's last character */
            AwPos at = parser_node_end(key);
            at.col--;
            parser_error_range(p, AW_SYNTAX_ERROR, at, (AwPos){0, 0},
                               "':' expected after dictionary key");
            return false;
        }
        parser_advance(p);
        value = dict_value(p);
    }
    if (!value)
        return false;
    keys[(*nkeys)++] = key;
    return parser_scratch_push(p, value);
}

/* {k: v, ...} or {k: v for ...}, after the first key (NULL for **) and its value. Values go
 * on the scratch stack, keys to a malloc'd array (two lists are built at once). */
static AwNode *dict_rest(AwParser *p, AwPos start, AwNode *key, AwNode *value)
{
    if (key && (parser_kind(p) == TOK_FOR || parser_kind(p) == TOK_ASYNC))
        return comprehension_clauses(p, NODE_DICT_COMP, start, key, value);
    int cap = 8, nkeys = 0;
    AwNode **keys = malloc((size_t)cap * sizeof(AwNode *));
    if (!keys)
        return parser_out_of_memory(p);
    int mark = parser_scratch_mark(p);
    keys[nkeys++] = key;
    bool ok = parser_scratch_push(p, value);
    while (ok && parser_accept(p, TOK_COMMA)) {
        if (parser_kind(p) == TOK_RBRACE)
            break;
        if (nkeys == cap) {
            AwNode **bigger = realloc(keys, (size_t)cap * 2 * sizeof(AwNode *));
            if (!bigger) {
                ok = false;
                parser_out_of_memory(p);
                break;
            }
            keys = bigger;
            cap *= 2;
        }
        ok = dict_item(p, keys, &nkeys);
    }
    ok = ok && parser_expect(p, TOK_RBRACE);
    AwNodeList values = parser_scratch_pop(p, mark);
    AwNode *node = ok ? parser_node(p, NODE_DICT, start) : NULL;
    if (node) {
        node->u.dict.values = values;
        node->u.dict.keys = (AwNodeList){parser_alloc(p, (size_t)nkeys * sizeof(AwNode *)),
                                         nkeys};
        if (node->u.dict.keys.items)
            memcpy(node->u.dict.keys.items, keys, (size_t)nkeys * sizeof(AwNode *));
        else
            node = NULL;
    }
    free(keys);
    return node;
}

/* '{' after the brace: {} | {**a, ...} | {k: v, ...} | {k: v for ...} | {a, ...} | {a for ...} */
static AwNode *brace_atom(AwParser *p)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    if (parser_accept(p, TOK_RBRACE))
        return parser_node(p, NODE_DICT, start);
    if (parser_kind(p) == TOK_DOUBLESTAR) {
        AwToken stars = parser_advance(p);
        AwNode *value = parser_bitwise_or(p);
        if (value && (parser_kind(p) == TOK_FOR || parser_kind(p) == TOK_ASYNC))
            return parser_error_token(p, &stars,
                                      "dict unpacking cannot be used in dict comprehension");
        return value ? dict_rest(p, start, NULL, value) : NULL;
    }
    AwNode *first = star_named_expression(p);
    if (!first)
        return NULL;
    if (parser_kind(p) == TOK_COLON && first->kind != NODE_STARRED) {
        parser_advance(p);
        AwNode *value = dict_value(p);
        return value ? dict_rest(p, start, first, value) : NULL;
    }
    if (parser_kind(p) == TOK_FOR || parser_kind(p) == TOK_ASYNC) {
        if (!check_comprehension_elt(p, first))
            return NULL;
        return comprehension_clauses(p, NODE_SET_COMP, start, first, NULL);
    }
    return display_rest(p, NODE_SET, start, first, TOK_RBRACE);
}

static AwNode *atom(AwParser *p)
{
    AwToken *tok = parser_peek(p);
    switch (p->failed ? TOK_ERROR : tok->kind) {
    case TOK_NAME: {
        AwToken copy = parser_advance(p);
        return name_node(p, &copy, AW_CTX_LOAD);
    }
    case TOK_NUMBER: return number(p);
    case TOK_STRING: return parser_strings(p);
    case TOK_TRUE: return keyword_constant(p, AW_CONST_TRUE);
    case TOK_FALSE: return keyword_constant(p, AW_CONST_FALSE);
    case TOK_NONE: return keyword_constant(p, AW_CONST_NONE);
    case TOK_ELLIPSIS: return keyword_constant(p, AW_CONST_ELLIPSIS);
    case TOK_LPAR: return paren_atom(p);
    case TOK_LSQB: return list_atom(p);
    case TOK_LBRACE: return brace_atom(p);
    default: return parser_fail(p);
    }
}

/* ---- comprehensions -------------------------------------------------------------------------- */

/* for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
bool parser_for_if_clauses(AwParser *p, AwNodeList *generators)
{
    int mark = parser_scratch_mark(p);
    while (parser_kind(p) == TOK_FOR || parser_kind(p) == TOK_ASYNC) {
        AwPos clause_start = parser_start(p);
        bool is_async = parser_accept(p, TOK_ASYNC);
        if (!parser_expect(p, TOK_FOR))
            return p->scratch_len = mark, false;
        AwNode *target = parser_star_targets(p);
        if (!target || !parser_expect(p, TOK_IN))
            return p->scratch_len = mark, false;
        AwNode *iter = parser_disjunction(p);
        if (!iter)
            return p->scratch_len = mark, false;
        int ifs_mark = parser_scratch_mark(p);
        while (parser_accept(p, TOK_IF)) {
            AwNode *cond = parser_disjunction(p);
            if (!cond || !parser_scratch_push(p, cond))
                return p->scratch_len = mark, false;
        }
        AwNodeList ifs = parser_scratch_pop(p, ifs_mark);
        AwNode *comp = parser_node(p, NODE_COMPREHENSION, clause_start);
        if (!comp || !parser_scratch_push(p, comp))
            return p->scratch_len = mark, false;
        comp->u.comprehension.target = target;
        comp->u.comprehension.iter = iter;
        comp->u.comprehension.ifs = ifs;
        comp->u.comprehension.is_async = is_async;
    }
    *generators = parser_scratch_pop(p, mark);
    return !p->failed;
}

AwNode *parser_comprehension_node(AwParser *p, AwNodeKind kind, AwPos start, AwNode *elt,
                                  AwNode *value, AwNodeList generators)
{
    AwNode *node = parser_node(p, kind, start);
    if (!node)
        return NULL;
    if (kind == NODE_DICT_COMP) {
        node->u.dict_comp.key = elt;
        node->u.dict_comp.value = value;
        node->u.dict_comp.generators = generators;
    } else {
        node->u.comp.elt = elt;
        node->u.comp.generators = generators;
    }
    return node;
}

/* The clauses and closing bracket of a comprehension of this kind (value: dict value). */
static AwNode *comprehension_clauses(AwParser *p, AwNodeKind kind, AwPos start, AwNode *elt,
                                     AwNode *value)
{
    AwNodeList generators;
    if (!parser_for_if_clauses(p, &generators))
        return NULL;
    AwTokenKind closer = kind == NODE_LIST_COMP ? TOK_RSQB
                         : kind == NODE_GENERATOR_EXP ? TOK_RPAR : TOK_RBRACE;
    if (!parser_expect(p, closer))
        return NULL;
    return parser_comprehension_node(p, kind, start, elt, value, generators);
}

/* ---- call arguments and subscripts ------------------------------------------------------- */

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static AwNode *slice_item(AwParser *p)
{
    AwPos start = parser_start(p);
    if (parser_kind(p) == TOK_STAR) {
        parser_advance(p);
        AwNode *value = parser_bitwise_or(p);
        AwNode *node = value ? parser_node(p, NODE_STARRED, start) : NULL;
        if (node)
            node->u.starred.value = value;
        return node;
    }
    AwNode *lower = NULL, *upper = NULL, *step = NULL;
    if (parser_kind(p) != TOK_COLON) {
        lower = parser_named_expression(p);
        if (!lower || parser_kind(p) != TOK_COLON)
            return lower;
        if (lower->kind == NODE_NAMED_EXPR && !parser_is_parenthesized(p, lower, start))
            return parser_fail(p);
    }
    parser_advance(p);   /* ':' */
    AwTokenKind next = parser_kind(p);
    if (next != TOK_COLON && next != TOK_COMMA && next != TOK_RSQB &&
        !(upper = parser_expression(p)))
        return NULL;
    if (parser_accept(p, TOK_COLON)) {
        next = parser_kind(p);
        if (next != TOK_COMMA && next != TOK_RSQB && !(step = parser_expression(p)))
            return NULL;
    }
    AwNode *node = parser_node(p, NODE_SLICE, start);
    if (node) {
        node->u.slice.lower = lower;
        node->u.slice.upper = upper;
        node->u.slice.step = step;
    }
    return node;
}

/* slices: one slice, or a tuple of them (a[1:2, ::3]) */
static AwNode *slices(AwParser *p)
{
    AwPos start = parser_start(p);
    AwNode *first = slice_item(p);
    if (!first)
        return NULL;
    if (parser_kind(p) != TOK_COMMA && first->kind != NODE_STARRED)
        return first;
    int mark = parser_scratch_mark(p);
    parser_scratch_push(p, first);
    while (parser_accept(p, TOK_COMMA)) {
        if (parser_kind(p) == TOK_RSQB)
            break;
        AwNode *item = slice_item(p);
        if (!item || !parser_scratch_push(p, item))
            return p->scratch_len = mark, NULL;
    }
    return sequence_node(p, NODE_TUPLE, start, mark);
}

/* ---- primary, power, unary ------------------------------------------------------------------- */

/* primary: atom followed by any number of .name, (args), [slices] (a loop, not recursion) */
static AwNode *primary(AwParser *p)
{
    AwPos start = parser_start(p);
    AwNode *node = atom(p);
    while (node) {
        AwTokenKind kind = parser_kind(p);
        if (kind == TOK_DOT) {
            parser_advance(p);
            if (parser_kind(p) != TOK_NAME)
                return parser_fail(p);
            AwToken name = parser_advance(p);
            AwNode *attr = parser_node(p, NODE_ATTRIBUTE, start);
            if (!attr)
                return NULL;
            attr->u.attribute.value = node;
            attr->u.attribute.attr = parser_identifier(p, &name);
            attr->u.attribute.ctx = AW_CTX_LOAD;
            node = attr;
        } else if (kind == TOK_LPAR) {
            AwPos paren = parser_start(p);
            parser_advance(p);
            AwNode *call = parser_node(p, NODE_CALL, start);
            if (!call || !parser_enter(p))
                return NULL;
            call->u.call.func = node;
            bool ok = parser_call_arguments(p, call, paren);
            parser_leave(p);
            if (!ok)
                return NULL;
            node = call;
        } else if (kind == TOK_LSQB) {
            parser_advance(p);
            if (!parser_enter(p))
                return NULL;
            AwNode *index = slices(p);
            parser_leave(p);
            if (!index || !parser_expect(p, TOK_RSQB))
                return NULL;
            AwNode *sub = parser_node(p, NODE_SUBSCRIPT, start);
            if (!sub)
                return NULL;
            sub->u.subscript.value = node;
            sub->u.subscript.slice = index;
            sub->u.subscript.ctx = AW_CTX_LOAD;
            node = sub;
        } else {
            break;
        }
    }
    return node;
}

/* power: ['await'] primary ['**' factor] */
static AwNode *power(AwParser *p)
{
    AwPos start = parser_start(p);
    AwNode *node;
    if (parser_accept(p, TOK_AWAIT)) {
        AwNode *value = primary(p);
        node = value ? parser_node(p, NODE_AWAIT, start) : NULL;
        if (node)
            node->u.await.value = value;
    } else {
        node = primary(p);
    }
    if (!node || parser_kind(p) != TOK_DOUBLESTAR)
        return node;
    parser_advance(p);
    if (!parser_enter(p))
        return NULL;
    AwNode *right = factor(p);
    parser_leave(p);
    if (!right)
        return NULL;
    AwNode *bin = parser_node(p, NODE_BIN_OP, start);
    if (bin) {
        bin->u.bin_op.left = node;
        bin->u.bin_op.op = AW_BINOP_POW;
        bin->u.bin_op.right = right;
    }
    return bin;
}

/* factor: ('+' | '-' | '~') factor | power */
static AwNode *factor(AwParser *p)
{
    AwTokenKind kind = parser_kind(p);
    if (kind != TOK_PLUS && kind != TOK_MINUS && kind != TOK_TILDE)
        return power(p);
    AwPos start = parser_start(p);
    parser_advance(p);
    if (!parser_enter(p))
        return NULL;
    AwNode *operand = factor(p);
    parser_leave(p);
    if (!operand)
        return NULL;
    AwNode *node = parser_node(p, NODE_UNARY_OP, start);
    if (node) {
        node->u.unary_op.op = kind == TOK_PLUS ? AW_UOP_POS
                              : kind == TOK_MINUS ? AW_UOP_NEG : AW_UOP_INVERT;
        node->u.unary_op.operand = operand;
    }
    return node;
}

/* Binary operator precedence levels, loosest first: | ^ & shifts arith terms. */
static int binary_level(AwTokenKind kind, int *op)
{
    switch (kind) {
    case TOK_VBAR: *op = AW_BINOP_OR; return 0;
    case TOK_CIRCUMFLEX: *op = AW_BINOP_XOR; return 1;
    case TOK_AMPER: *op = AW_BINOP_AND; return 2;
    case TOK_LEFTSHIFT: *op = AW_BINOP_LSHIFT; return 3;
    case TOK_RIGHTSHIFT: *op = AW_BINOP_RSHIFT; return 3;
    case TOK_PLUS: *op = AW_BINOP_ADD; return 4;
    case TOK_MINUS: *op = AW_BINOP_SUB; return 4;
    case TOK_STAR: *op = AW_BINOP_MUL; return 5;
    case TOK_SLASH: *op = AW_BINOP_TRUEDIV; return 5;
    case TOK_DOUBLESLASH: *op = AW_BINOP_FLOORDIV; return 5;
    case TOK_PERCENT: *op = AW_BINOP_MOD; return 5;
    case TOK_AT: *op = AW_BINOP_MATMUL; return 5;
    default: return -1;
    }
}

/* Left-associative operators of one level and tighter: a loop per level, recursion only
 * to the next level (6 deep at most). */
static AwNode *binary(AwParser *p, int level)
{
    if (level > 5)
        return factor(p);
    AwPos start = parser_start(p);
    AwNode *left = binary(p, level + 1);
    int op = 0;
    while (left && binary_level(parser_kind(p), &op) == level) {
        parser_advance(p);
        AwNode *right = binary(p, level + 1);
        if (!right)
            return NULL;
        AwNode *node = parser_node(p, NODE_BIN_OP, start);
        if (!node)
            return NULL;
        node->u.bin_op.left = left;
        node->u.bin_op.op = op;
        node->u.bin_op.right = right;
        left = node;
    }
    return left;
}

AwNode *parser_bitwise_or(AwParser *p)
{
    return binary(p, 0);
}

/* ---- comparison and boolean operators -------------------------------------------------------- */

static int compare_op(AwParser *p)
{
    switch (parser_kind(p)) {
    case TOK_EQEQUAL: return AW_CMPOP_EQ;
    case TOK_NOTEQUAL: return AW_CMPOP_NE;
    case TOK_LESS: return AW_CMPOP_LT;
    case TOK_LESSEQUAL: return AW_CMPOP_LE;
    case TOK_GREATER: return AW_CMPOP_GT;
    case TOK_GREATEREQUAL: return AW_CMPOP_GE;
    case TOK_IN: return AW_CMPOP_IN;
    case TOK_IS: return parser_peek_at(p, 1)->kind == TOK_NOT ? AW_CMPOP_IS_NOT : AW_CMPOP_IS;
    case TOK_NOT: return parser_peek_at(p, 1)->kind == TOK_IN ? AW_CMPOP_NOT_IN : -1;
    default: return -1;
    }
}

static AwNode *comparison(AwParser *p)
{
    AwPos start = parser_start(p);
    AwNode *left = parser_bitwise_or(p);
    if (!left || compare_op(p) < 0)
        return left;
    int mark = parser_scratch_mark(p);
    int nops = 0, cap = 4;
    int *ops = parser_alloc(p, (size_t)cap * sizeof(int));
    int op;
    while (ops && (op = compare_op(p)) >= 0) {
        parser_advance(p);
        if (op == AW_CMPOP_IS_NOT || op == AW_CMPOP_NOT_IN)
            parser_advance(p);
        AwNode *right = parser_bitwise_or(p);
        if (!right || !parser_scratch_push(p, right))
            return p->scratch_len = mark, NULL;
        if (nops == cap) {
            int *bigger = parser_alloc(p, (size_t)cap * 2 * sizeof(int));
            if (!bigger)
                return p->scratch_len = mark, NULL;
            memcpy(bigger, ops, (size_t)cap * sizeof(int));
            ops = bigger;
            cap *= 2;
        }
        ops[nops++] = op;
    }
    if (!ops)
        return NULL;
    AwNodeList comparators = parser_scratch_pop(p, mark);
    AwNode *node = parser_node(p, NODE_COMPARE, start);
    if (node) {
        node->u.compare.left = left;
        node->u.compare.ops = ops;
        node->u.compare.comparators = comparators;
    }
    return node;
}

/* inversion: 'not' inversion | comparison */
static AwNode *inversion(AwParser *p)
{
    if (parser_kind(p) != TOK_NOT)
        return comparison(p);
    AwPos start = parser_start(p);
    parser_advance(p);
    if (!parser_enter(p))
        return NULL;
    AwNode *operand = inversion(p);
    parser_leave(p);
    if (!operand)
        return NULL;
    AwNode *node = parser_node(p, NODE_UNARY_OP, start);
    if (node) {
        node->u.unary_op.op = AW_UOP_NOT;
        node->u.unary_op.operand = operand;
    }
    return node;
}

/* conjunction and disjunction: operand (op operand)* flattened into one BoolOp */
static AwNode *bool_chain(AwParser *p, AwTokenKind kw, AwBoolOpKind op)
{
    AwPos start = parser_start(p);
    AwNode *first = kw == TOK_AND ? inversion(p) : bool_chain(p, TOK_AND, AW_BOOL_AND);
    if (!first || parser_kind(p) != kw)
        return first;
    int mark = parser_scratch_mark(p);
    parser_scratch_push(p, first);
    while (parser_accept(p, kw)) {
        AwNode *next = kw == TOK_AND ? inversion(p) : bool_chain(p, TOK_AND, AW_BOOL_AND);
        if (!next || !parser_scratch_push(p, next))
            return p->scratch_len = mark, NULL;
    }
    AwNodeList values = parser_scratch_pop(p, mark);
    AwNode *node = parser_node(p, NODE_BOOL_OP, start);
    if (node) {
        node->u.bool_op.op = op;
        node->u.bool_op.values = values;
    }
    return node;
}

AwNode *parser_disjunction(AwParser *p)
{
    return bool_chain(p, TOK_OR, AW_BOOL_OR);
}

/* ---- lambda (parameters are in parser_args.c) ------------------------------------------------------------------- */

static AwNode *lambda(AwParser *p)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    AwArguments *args = parser_parameters(p, true, TOK_COLON);
    if (!args || !parser_expect(p, TOK_COLON))
        return NULL;
    AwNode *body = parser_expression(p);
    if (!body)
        return NULL;
    AwNode *node = parser_node(p, NODE_LAMBDA, start);
    if (node) {
        node->u.lambda.args = args;
        node->u.lambda.body = body;
    }
    return node;
}

/* ---- expression ------------------------------------------------------------------------------ */

/* The `b` of CPython's invalid_expression: an expression parsed without error explanations;
 * where it fails, PEG backtracking still gives at least its first atom (`f(x` gives `f`).
 * Returns whether there is one, with its end and the bracket level after it. The position
 * is restored. */
static bool second_expression(AwParser *p, AwPos *end, int *level)
{
    int mark = parser_mark(p);
    AwToken first = *parser_peek(p);
    p->no_invalid++;
    AwNode *b = parser_expression(p);
    p->no_invalid--;
    parser_release(p);
    bool found = b != NULL && !p->failed;
    if (found) {
        *end = parser_node_end(b);
        *level = p->last_level;
    } else if (first.kind == TOK_NAME || first.kind == TOK_NUMBER || first.kind == TOK_TRUE ||
               first.kind == TOK_FALSE || first.kind == TOK_NONE) {
        found = true;
        *end = (AwPos){first.end_line, first.end_col};
        *level = first.level;
    }
    if (!(p->failed && p->has_msg))
        parser_reset(p, mark);
    return found && !(p->failed && p->has_msg);
}

/* CPython's invalid_expression and invalid_legacy_expression, for two expressions in a row
 * (called after the disjunction `a` when the next token starts another expression):
 *   - in brackets, `a b` is "invalid syntax. Perhaps you forgot a comma?";
 *   - `print x` is "Missing parentheses in call to 'print'. Did you mean print(...)?", and
 *     for any NAME followed by an expression CPython parses that expression, so an error
 *     inside it (a bad escape in `ur'\N{x}'`) is the one reported.
 * CPython only looks ahead like this in its second pass: when nothing is reported, the
 * generic error stays where the first pass stopped (last_fetched is restored). */
static void adjacent_expressions(AwParser *p, AwNode *a, AwPos start, AwToken first)
{
    bool single_name = a->kind == NODE_NAME && first.kind == TOK_NAME &&
                       a->line == first.line && a->col == first.col &&
                       a->end_col == first.end_col && a->end_line == first.end_line;
    bool legacy = single_name && (token_is(p, &first, "print") || token_is(p, &first, "exec"));
    AwToken furthest = p->last_fetched;
    AwTokenKind second = single_name ? parser_kind(p) : TOK_ERROR;
    bool without_invalid = !(first.kind == TOK_NAME && second == TOK_STRING) &&
                           !is_soft_keyword(p, &first);
    if (without_invalid && !legacy) {
        AwPos b_end;
        int b_level;
        if (p->failed && p->has_msg)
            return;
        if (second_expression(p, &b_end, &b_level) && b_level > 0) {
            parser_error_range(p, AW_SYNTAX_ERROR, start, b_end,
                               "invalid syntax. Perhaps you forgot a comma?");
            return;
        }
    }
    if (single_name) {
        /* CPython memoizes what the check above parsed without explanations, so the same
         * text parsed again here gets none either */
        int mark = parser_mark(p);
        p->no_invalid += without_invalid && !legacy;
        AwNode *b = parser_star_expressions(p);
        p->no_invalid -= without_invalid && !legacy;
        parser_release(p);
        if (p->failed && p->has_msg)
            return;
        if (b && legacy) {
            parser_error_range(p, AW_SYNTAX_ERROR, start, parser_node_end(b),
                               "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                               a->u.name.id, a->u.name.id);
            return;
        }
        parser_reset(p, mark);
    }
    p->last_fetched = furthest;
}

/* expression: disjunction ['if' disjunction 'else' expression] | lambdef */
AwNode *parser_expression(AwParser *p)
{
    if (parser_kind(p) == TOK_LAMBDA) {
        if (!parser_enter(p))
            return NULL;
        AwNode *node = lambda(p);
        parser_leave(p);
        return node;
    }
    if (!parser_enter(p))
        return NULL;
    AwPos start = parser_start(p);
    AwToken first = *parser_peek(p);
    AwNode *body = parser_disjunction(p);
    AwNode *node = body;
    if (body && parser_kind(p) == TOK_IF) {
        parser_advance(p);
        AwNode *test = parser_disjunction(p);
        node = NULL;
        if (test && parser_kind(p) != TOK_ELSE) {
            if (parser_kind(p) != TOK_COLON && !p->failed)
                parser_error_range(p, AW_SYNTAX_ERROR, start, parser_node_end(test),
                                   "expected 'else' after 'if' expression");
            else
                parser_fail(p);
        } else if (test) {
            parser_advance(p);
            AwNode *orelse = parser_expression(p);
            node = orelse ? parser_node(p, NODE_IF_EXP, start) : NULL;
            if (node) {
                node->u.if_exp.test = test;
                node->u.if_exp.body = body;
                node->u.if_exp.orelse = orelse;
            }
        }
    } else if (body && !p->no_invalid && starts_expression(parser_kind(p))) {
        adjacent_expressions(p, body, start, first);
        if (p->failed)
            node = NULL;
    }
    parser_leave(p);
    return node;
}

/* CPython's invalid_named_expression when '=' follows a named_expression: `if x = 1:` says
 * "invalid syntax. Maybe you meant '==' or ':=' instead of '='?". */
static void named_assign_error(AwParser *p, AwNode *a, AwPos start, AwToken first)
{
    bool is_name = a->kind == NODE_NAME && first.kind == TOK_NAME && a->col == first.col &&
                   a->line == first.line && !parser_is_parenthesized(p, a, start);
    bool bitwise_level;
    switch (a->kind) {
    case NODE_COMPARE: case NODE_BOOL_OP: case NODE_LAMBDA: case NODE_IF_EXP:
    case NODE_NAMED_EXPR:
        bitwise_level = parser_is_parenthesized(p, a, start);
        break;
    case NODE_UNARY_OP:
        bitwise_level = a->u.unary_op.op != AW_UOP_NOT || parser_is_parenthesized(p, a, start);
        break;
    default:
        bitwise_level = true;
    }
    bool excluded = first.kind == TOK_LSQB || first.kind == TOK_TRUE ||
                    first.kind == TOK_FALSE || first.kind == TOK_NONE ||
                    (first.kind == TOK_LPAR && (a->kind == NODE_TUPLE ||
                                                 a->kind == NODE_GENERATOR_EXP));
    if (!bitwise_level || (!is_name && excluded))
        return;
    AwToken furthest = p->last_fetched;
    int mark = parser_mark(p);
    parser_advance(p);   /* '=' */
    AwNode *b = parser_bitwise_or(p);
    AwTokenKind next = parser_kind(p);
    parser_release(p);
    if (!b || next == TOK_EQUAL || next == TOK_COLONEQUAL) {
        parser_reset(p, mark);
        p->last_fetched = furthest;
        return;
    }
    if (is_name)
        parser_error_range(p, AW_SYNTAX_ERROR, start, parser_node_end(b),
                           "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    else
        parser_error_node(p, a, "cannot assign to %s here. Maybe you meant '==' instead of "
                          "'='?", parser_expr_name(a));
}

/* named_expression: NAME ':=' expression | expression !':=' */
AwNode *parser_named_expression(AwParser *p)
{
    AwPos start = parser_start(p);
    AwToken first = *parser_peek(p);
    if (first.kind == TOK_NAME && parser_peek_at(p, 1)->kind == TOK_COLONEQUAL) {
        parser_advance(p);
        parser_advance(p);
        AwNode *target = name_node(p, &first, AW_CTX_STORE);
        AwNode *value = target ? parser_expression(p) : NULL;
        AwNode *node = value ? parser_node(p, NODE_NAMED_EXPR, start) : NULL;
        if (node) {
            node->u.named_expr.target = target;
            node->u.named_expr.value = value;
        }
        return node;
    }
    AwNode *expr = parser_expression(p);
    if (!expr)
        return NULL;
    if (parser_kind(p) == TOK_COLONEQUAL)
        return parser_error_node(p, expr, "cannot use assignment expressions with %s",
                                 parser_expr_name(expr));
    if (parser_kind(p) == TOK_EQUAL && !p->no_invalid) {
        named_assign_error(p, expr, start, first);
        if (p->failed)
            return NULL;
    }
    return expr;
}

/* star_expression: '*' bitwise_or | expression */
static AwNode *star_expression(AwParser *p)
{
    if (parser_kind(p) != TOK_STAR)
        return parser_expression(p);
    AwPos start = parser_start(p);
    parser_advance(p);
    AwNode *value = parser_bitwise_or(p);
    AwNode *node = value ? parser_node(p, NODE_STARRED, start) : NULL;
    if (node) {
        node->u.starred.value = value;
        node->u.starred.ctx = AW_CTX_LOAD;
    }
    return node;
}

/* star_named_expression: '*' bitwise_or | named_expression */
static AwNode *star_named_expression(AwParser *p)
{
    if (parser_kind(p) == TOK_STAR)
        return star_expression(p);
    return parser_named_expression(p);
}

/* star_expressions: a single item, or a Tuple when there is a comma (trailing allowed);
 * `named` admits `x := v` items (star_named_expressions, as a match subject takes). */
static AwNode *star_sequence(AwParser *p, bool named)
{
    AwPos start = parser_start(p);
    AwNode *(*item)(AwParser *) = named ? star_named_expression : star_expression;
    AwNode *first = item(p);
    if (!first || parser_kind(p) != TOK_COMMA)
        return first;
    int mark = parser_scratch_mark(p);
    parser_scratch_push(p, first);
    while (parser_accept(p, TOK_COMMA)) {
        AwTokenKind next = parser_kind(p);
        if (!starts_expression(next) && next != TOK_STAR)
            break;
        AwNode *elt = item(p);
        if (!elt || !parser_scratch_push(p, elt))
            return p->scratch_len = mark, NULL;
    }
    AwNode *tuple = sequence_node(p, NODE_TUPLE, start, mark);
    p->bare_tuple = tuple;
    return tuple;
}

AwNode *parser_star_expressions(AwParser *p)
{
    return star_sequence(p, false);
}

AwNode *parser_star_named_expressions(AwParser *p)
{
    return star_sequence(p, true);
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
AwNode *parser_yield_expr(AwParser *p)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    if (parser_accept(p, TOK_FROM)) {
        AwNode *value = parser_expression(p);
        AwNode *node = value ? parser_node(p, NODE_YIELD_FROM, start) : NULL;
        if (node)
            node->u.yield.value = value;
        return node;
    }
    AwNode *value = NULL;
    AwTokenKind next = parser_kind(p);
    if ((starts_expression(next) || next == TOK_STAR) && !(value = parser_star_expressions(p)))
        return NULL;
    AwNode *node = parser_node(p, NODE_YIELD, start);
    if (node)
        node->u.yield.value = value;
    return node;
}
