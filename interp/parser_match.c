/* parser_match.c — the `match` statement (PEP 634) and its patterns, following CPython 3.11's
 * grammar rules match_stmt, case_block and the pattern rules (closed_pattern and friends),
 * with their error explanations (invalid_match_stmt, invalid_case_block, invalid_as_pattern,
 * invalid_class_pattern). `match` and `case` are soft keywords: parser_stmt.c calls
 * parser_match_stmt only after parser_match_lookahead said the line is a match statement.
 *
 * Checks that need the whole pattern (unreachable cases, repeated names, alternatives that
 * bind different names) are the compiler's, as in CPython (compile_match.c). */
#include "interp/parser_internal.h"

#include <string.h>

static AwNode *pattern(AwParser *p);
static AwNode *closed_pattern(AwParser *p);

/* ---- tokens -------------------------------------------------------------------------------- */

static bool name_is(AwParser *p, const AwToken *tok, const char *text)
{
    size_t n = strlen(text);
    return tok->kind == TOK_NAME && (size_t)(tok->end - tok->start) == n &&
           memcmp(p->src + tok->start, text, n) == 0;
}

/* A NAME token that pattern_capture_target accepts: not `_`, not followed by '.', '(' or '='. */
static bool at_capture_target(AwParser *p)
{
    AwToken tok = *parser_peek(p);   /* a copy: peeking further may move the buffer */
    if (tok.kind != TOK_NAME || name_is(p, &tok, "_"))
        return false;
    AwTokenKind next = parser_peek_at(p, 1)->kind;
    return next != TOK_DOT && next != TOK_LPAR && next != TOK_EQUAL;
}

static const char *capture_target(AwParser *p)
{
    AwToken tok = parser_advance(p);
    return parser_identifier(p, &tok);
}

static AwNode *pattern_node(AwParser *p, AwNodeKind kind, AwPos start)
{
    return parser_node(p, kind, start);
}

/* ---- literals ------------------------------------------------------------------------------ */

static bool is_imaginary(const AwNode *n)
{
    return n->kind == NODE_CONSTANT && n->u.constant.kind == AW_CONST_IMAG;
}

/* NUMBER | '-' NUMBER */
static AwNode *signed_number(AwParser *p)
{
    AwPos start = parser_start(p);
    bool negative = parser_accept(p, TOK_MINUS);
    if (parser_kind(p) != TOK_NUMBER)
        return parser_fail(p);
    AwNode *num = parser_number(p);
    if (!num || !negative)
        return num;
    AwNode *neg = parser_node(p, NODE_UNARY_OP, start);
    if (neg) {
        neg->u.unary_op.op = AW_UOP_NEG;
        neg->u.unary_op.operand = num;
    }
    return neg;
}

/* signed_number !('+' | '-') | complex_number: signed real ('+' | '-') imaginary. */
static AwNode *number_literal(AwParser *p)
{
    AwPos start = parser_start(p);
    AwNode *real = signed_number(p);
    if (!real)
        return NULL;
    AwTokenKind op = parser_kind(p);
    if (op != TOK_PLUS && op != TOK_MINUS)
        return real;
    const AwNode *real_num = real->kind == NODE_UNARY_OP ? real->u.unary_op.operand : real;
    if (is_imaginary(real_num))
        return parser_error_node(p, real_num, "real number required in complex literal");
    parser_advance(p);
    if (parser_kind(p) != TOK_NUMBER)
        return parser_fail(p);
    AwNode *imag = parser_number(p);
    if (!imag)
        return NULL;
    if (!is_imaginary(imag))
        return parser_error_node(p, imag, "imaginary number required in complex literal");
    AwNode *bin = parser_node(p, NODE_BIN_OP, start);
    if (bin) {
        bin->u.bin_op.left = real;
        bin->u.bin_op.op = op == TOK_PLUS ? AW_BINOP_ADD : AW_BINOP_SUB;
        bin->u.bin_op.right = imag;
    }
    return bin;
}

/* strings: str/bytes literals (an f-string parses too; the compiler rejects it, as CPython's). */
static AwNode *string_literal(AwParser *p)
{
    return parser_strings(p);
}

/* ---- names --------------------------------------------------------------------------------- */

/* name_or_attr: NAME ('.' NAME)* as a Name or an Attribute chain (Load). */
static AwNode *name_or_attr(AwParser *p)
{
    AwPos start = parser_start(p);
    AwToken tok = parser_advance(p);
    AwNode *node = parser_node(p, NODE_NAME, start);
    if (!node)
        return NULL;
    node->u.name.id = parser_identifier(p, &tok);
    node->u.name.ctx = AW_CTX_LOAD;
    while (parser_kind(p) == TOK_DOT) {
        parser_advance(p);
        if (parser_kind(p) != TOK_NAME)
            return parser_fail(p);
        AwToken attr = parser_advance(p);
        AwNode *outer = parser_node(p, NODE_ATTRIBUTE, start);
        if (!outer)
            return NULL;
        outer->u.attribute.value = node;
        outer->u.attribute.attr = parser_identifier(p, &attr);
        outer->u.attribute.ctx = AW_CTX_LOAD;
        node = outer;
    }
    return node;
}

/* ---- compound patterns --------------------------------------------------------------------- */

/* star_pattern: '*' capture_target | '*' '_' */
static AwNode *star_pattern(AwParser *p)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    const char *name = NULL;
    if (at_capture_target(p))
        name = capture_target(p);
    else if (name_is(p, parser_peek(p), "_"))
        parser_advance(p);
    else
        return parser_fail(p);
    AwNode *node = pattern_node(p, NODE_MATCH_STAR, start);
    if (node)
        node->u.match_star.name = name;
    return node;
}

static AwNode *maybe_star_pattern(AwParser *p)
{
    return parser_kind(p) == TOK_STAR ? star_pattern(p) : pattern(p);
}

/* The rest of ','.maybe_star_pattern+ ','? up to `closer`, onto the scratch stack. */
static bool sequence_items(AwParser *p, AwTokenKind closer)
{
    while (parser_kind(p) != closer) {
        AwNode *item = maybe_star_pattern(p);
        if (!item || !parser_scratch_push(p, item))
            return false;
        if (!parser_accept(p, TOK_COMMA))
            break;
    }
    return true;
}

static AwNode *sequence_node(AwParser *p, AwPos start, int mark)
{
    AwNodeList items = parser_scratch_pop(p, mark);
    AwNode *node = pattern_node(p, NODE_MATCH_SEQUENCE, start);
    if (node)
        node->u.match_sequence.patterns = items;
    return node;
}

/* '[' maybe_sequence_pattern? ']' */
static AwNode *list_pattern(AwParser *p)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    int mark = parser_scratch_mark(p);
    if (!sequence_items(p, TOK_RSQB) || !parser_expect(p, TOK_RSQB))
        return p->scratch_len = mark, NULL;
    return sequence_node(p, start, mark);
}

/* '(' pattern ')' (a group: the pattern itself) | '(' open_sequence_pattern? ')' */
static AwNode *paren_pattern(AwParser *p)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    int mark = parser_scratch_mark(p);
    if (parser_kind(p) != TOK_RPAR) {
        AwNode *first = maybe_star_pattern(p);
        if (!first)
            return NULL;
        if (first->kind != NODE_MATCH_STAR && parser_accept(p, TOK_RPAR))
            return first;
        if (!parser_expect(p, TOK_COMMA) || !parser_scratch_push(p, first) ||
            !sequence_items(p, TOK_RPAR))
            return p->scratch_len = mark, NULL;
    }
    if (!parser_expect(p, TOK_RPAR))
        return p->scratch_len = mark, NULL;
    return sequence_node(p, start, mark);
}

/* key_value_pattern's key: literal_expr | attr */
static AwNode *mapping_key(AwParser *p)
{
    switch (parser_kind(p)) {
    case TOK_NUMBER: case TOK_MINUS: return number_literal(p);
    case TOK_STRING: return string_literal(p);
    case TOK_NONE: case TOK_TRUE: case TOK_FALSE: {
        AwPos start = parser_start(p);
        AwToken tok = parser_advance(p);
        AwNode *node = parser_node(p, NODE_CONSTANT, start);
        if (node)
            node->u.constant.kind = tok.kind == TOK_NONE ? AW_CONST_NONE
                                  : tok.kind == TOK_TRUE ? AW_CONST_TRUE : AW_CONST_FALSE;
        return node;
    }
    case TOK_NAME: {
        if (parser_peek_at(p, 1)->kind != TOK_DOT)
            return parser_fail(p);
        return name_or_attr(p);
    }
    default: return parser_fail(p);
    }
}

/* '{' (key ':' pattern ',')* ['**' capture_target] ','? '}' */
static AwNode *mapping_pattern(AwParser *p)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    int keys = parser_scratch_mark(p);
    const char *rest = NULL;
    while (parser_kind(p) != TOK_RBRACE) {
        if (parser_accept(p, TOK_DOUBLESTAR)) {
            if (!at_capture_target(p))
                return p->scratch_len = keys, parser_fail(p);
            rest = capture_target(p);
            parser_accept(p, TOK_COMMA);
            break;
        }
        AwNode *key = mapping_key(p);
        if (!key || !parser_expect(p, TOK_COLON))
            return p->scratch_len = keys, NULL;
        AwNode *value = pattern(p);
        if (!value || !parser_scratch_push(p, key) || !parser_scratch_push(p, value))
            return p->scratch_len = keys, NULL;
        if (!parser_accept(p, TOK_COMMA))
            break;
    }
    if (!parser_expect(p, TOK_RBRACE))
        return p->scratch_len = keys, NULL;
    int n = (p->scratch_len - keys) / 2;
    AwNode **pairs = p->scratch + keys;
    AwNode *node = pattern_node(p, NODE_MATCH_MAPPING, start);
    AwNode **key_items = parser_alloc(p, sizeof(AwNode *) * (size_t)(n ? n : 1));
    AwNode **value_items = parser_alloc(p, sizeof(AwNode *) * (size_t)(n ? n : 1));
    if (!node || !key_items || !value_items)
        return p->scratch_len = keys, NULL;
    for (int i = 0; i < n; i++) {
        key_items[i] = pairs[2 * i];
        value_items[i] = pairs[2 * i + 1];
    }
    p->scratch_len = keys;
    node->u.match_mapping.keys = (AwNodeList){key_items, n};
    node->u.match_mapping.patterns = (AwNodeList){value_items, n};
    node->u.match_mapping.rest = rest;
    return node;
}

/* After a keyword pattern, positional ones are CPython's invalid_class_argument_pattern:
 * the error spans the run of positional patterns. That rule runs only in CPython's second
 * pass: a generic error stays where the first pass stopped (the NAME that is not followed by
 * '=', or the token that is not a NAME). */
static AwNode *positional_after_keyword(AwParser *p)
{
    AwToken first_pass = *parser_peek(p);
    if (first_pass.kind == TOK_NAME)
        first_pass = *parser_peek_at(p, 1);
    AwNode *first = pattern(p), *last = first;
    while (last && parser_kind(p) == TOK_COMMA) {
        AwTokenKind next = parser_peek_at(p, 1)->kind;
        if (next == TOK_RPAR || (next == TOK_NAME && parser_peek_at(p, 2)->kind == TOK_EQUAL))
            break;
        parser_advance(p);
        last = pattern(p);
    }
    if (!last) {
        if (!p->has_msg)
            p->last_fetched = first_pass;
        return NULL;
    }
    return parser_error_range(p, AW_SYNTAX_ERROR, parser_node_start(first),
                              parser_node_end(last), "positional patterns follow keyword patterns");
}

/* name_or_attr '(' [positional patterns] [keyword patterns] ','? ')' */
static AwNode *class_pattern(AwParser *p, AwPos start, AwNode *cls)
{
    parser_advance(p);   /* '(' */
    int positional = parser_scratch_mark(p);
    int nkw = 0;
    while (parser_kind(p) != TOK_RPAR) {
        if (parser_kind(p) == TOK_NAME && parser_peek_at(p, 1)->kind == TOK_EQUAL)
            break;
        AwNode *arg = pattern(p);
        if (!arg || !parser_scratch_push(p, arg))
            return p->scratch_len = positional, NULL;
        if (!parser_accept(p, TOK_COMMA))
            break;
    }
    int keywords = p->scratch_len;
    while (parser_kind(p) == TOK_NAME && parser_peek_at(p, 1)->kind == TOK_EQUAL) {
        AwToken name = parser_advance(p);
        parser_advance(p);
        AwNode *value = pattern(p);
        AwNode *name_node = value ? parser_node_at(p, NODE_NAME, (AwPos){name.line, name.col},
                                                   (AwPos){name.end_line, name.end_col}) : NULL;
        if (!name_node || !parser_scratch_push(p, name_node) || !parser_scratch_push(p, value))
            return p->scratch_len = positional, NULL;
        name_node->u.name.id = parser_identifier(p, &name);
        nkw++;
        if (!parser_accept(p, TOK_COMMA))
            break;
        if (parser_kind(p) != TOK_RPAR && parser_kind(p) != TOK_NAME)
            return p->scratch_len = positional, positional_after_keyword(p);
        if (parser_kind(p) == TOK_NAME && parser_peek_at(p, 1)->kind != TOK_EQUAL)
            return p->scratch_len = positional, positional_after_keyword(p);
    }
    if (!parser_expect(p, TOK_RPAR))
        return p->scratch_len = positional, NULL;
    AwNode *node = pattern_node(p, NODE_MATCH_CLASS, start);
    AwNode **kw_patterns = parser_alloc(p, sizeof(AwNode *) * (size_t)(nkw ? nkw : 1));
    const char **kw_names = parser_alloc(p, sizeof(char *) * (size_t)(nkw ? nkw : 1));
    if (!node || !kw_patterns || !kw_names)
        return p->scratch_len = positional, NULL;
    for (int i = 0; i < nkw; i++) {
        kw_names[i] = p->scratch[keywords + 2 * i]->u.name.id;
        kw_patterns[i] = p->scratch[keywords + 2 * i + 1];
    }
    p->scratch_len = keywords;
    node->u.match_class.cls = cls;
    node->u.match_class.patterns = parser_scratch_pop(p, positional);
    node->u.match_class.kwd_attrs = kw_names;
    node->u.match_class.kwd_patterns = (AwNodeList){kw_patterns, nkw};
    return node;
}

/* A pattern starting with a NAME: capture, wildcard, value (dotted name) or class pattern. */
static AwNode *name_pattern(AwParser *p)
{
    AwPos start = parser_start(p);
    AwToken tok = *parser_peek(p);   /* a copy: peeking further may move the buffer */
    AwTokenKind next = parser_peek_at(p, 1)->kind;
    bool wildcard = name_is(p, &tok, "_");
    /* PEG order: wildcard_pattern wins over value and class patterns, so `_.x` and `_(x)`
     * are syntax errors */
    if (wildcard || (next != TOK_DOT && next != TOK_LPAR)) {
        if (next == TOK_EQUAL)
            return parser_fail(p);
        const char *name = capture_target(p);
        AwNode *node = pattern_node(p, NODE_MATCH_AS, start);
        if (node)
            node->u.match_as.name = wildcard ? NULL : name;
        return node;
    }
    AwNode *cls = name_or_attr(p);
    if (!cls)
        return NULL;
    if (parser_kind(p) == TOK_LPAR)
        return class_pattern(p, start, cls);
    if (parser_kind(p) == TOK_EQUAL)
        return parser_fail(p);
    AwNode *node = pattern_node(p, NODE_MATCH_VALUE, start);
    if (node)
        node->u.match_value.value = cls;
    return node;
}

static AwNode *value_pattern(AwParser *p, AwNode *value)
{
    if (!value)
        return NULL;
    AwNode *node = parser_node_at(p, NODE_MATCH_VALUE, parser_node_start(value),
                                  parser_node_end(value));
    if (node)
        node->u.match_value.value = value;
    return node;
}

static AwNode *singleton_pattern(AwParser *p, AwConstKind kind)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    AwNode *node = pattern_node(p, NODE_MATCH_SINGLETON, start);
    if (node)
        node->u.match_singleton.value = kind;
    return node;
}

static AwNode *closed_pattern(AwParser *p)
{
    switch (parser_kind(p)) {
    case TOK_NUMBER: case TOK_MINUS: return value_pattern(p, number_literal(p));
    case TOK_STRING: return value_pattern(p, string_literal(p));
    case TOK_NONE: return singleton_pattern(p, AW_CONST_NONE);
    case TOK_TRUE: return singleton_pattern(p, AW_CONST_TRUE);
    case TOK_FALSE: return singleton_pattern(p, AW_CONST_FALSE);
    case TOK_NAME: return name_pattern(p);
    case TOK_LPAR: return paren_pattern(p);
    case TOK_LSQB: return list_pattern(p);
    case TOK_LBRACE: return mapping_pattern(p);
    default: return parser_fail(p);
    }
}

/* or_pattern: '|'.closed_pattern+ */
static AwNode *or_pattern(AwParser *p)
{
    AwPos start = parser_start(p);
    AwNode *first = closed_pattern(p);
    if (!first || parser_kind(p) != TOK_VBAR)
        return first;
    int mark = parser_scratch_mark(p);
    parser_scratch_push(p, first);
    while (parser_accept(p, TOK_VBAR)) {
        AwNode *alt = closed_pattern(p);
        if (!alt || !parser_scratch_push(p, alt))
            return p->scratch_len = mark, NULL;
    }
    AwNodeList alts = parser_scratch_pop(p, mark);
    AwNode *node = pattern_node(p, NODE_MATCH_OR, start);
    if (node)
        node->u.match_or.patterns = alts;
    return node;
}

/* pattern: or_pattern ['as' capture_target], with invalid_as_pattern's explanations. */
static AwNode *pattern(AwParser *p)
{
    if (!parser_enter(p))
        return NULL;
    AwPos start = parser_start(p);
    AwNode *node = or_pattern(p);
    if (node && parser_kind(p) == TOK_AS) {
        parser_advance(p);
        AwToken tok = *parser_peek(p);
        if (name_is(p, &tok, "_")) {
            node = parser_error_token(p, &tok, "cannot use '_' as a target");
        } else if (at_capture_target(p)) {
            const char *name = capture_target(p);
            AwNode *as = pattern_node(p, NODE_MATCH_AS, start);
            if (as) {
                as->u.match_as.pattern = node;
                as->u.match_as.name = name;
            }
            node = as;
        } else if (tok.kind != TOK_NAME) {
            /* invalid_as_pattern (second pass): a generic error stays at the first pass's stop */
            p->no_invalid++;
            AwNode *target = parser_expression(p);
            p->no_invalid--;
            if (!target && !p->has_msg)
                p->last_fetched = tok;
            node = target ? parser_error_node(p, target, "invalid pattern target") : parser_fail(p);
        } else {
            node = parser_fail(p);
        }
    }
    parser_leave(p);
    return node;
}

/* patterns: open_sequence_pattern (a bare `a, *b`) | pattern */
static AwNode *patterns(AwParser *p)
{
    AwPos start = parser_start(p);
    AwNode *first = maybe_star_pattern(p);
    if (!first)
        return NULL;
    if (parser_kind(p) != TOK_COMMA) {
        if (first->kind == NODE_MATCH_STAR)
            return parser_fail(p);
        return first;
    }
    int mark = parser_scratch_mark(p);
    parser_scratch_push(p, first);
    while (parser_accept(p, TOK_COMMA)) {
        AwTokenKind next = parser_kind(p);
        if (next == TOK_COLON || next == TOK_IF)
            break;
        AwNode *item = maybe_star_pattern(p);
        if (!item || !parser_scratch_push(p, item))
            return p->scratch_len = mark, NULL;
    }
    return sequence_node(p, start, mark);
}

/* ---- statement ----------------------------------------------------------------------------- */

/* case_block: "case" patterns guard? ':' block */
static AwNode *case_block(AwParser *p)
{
    AwToken *kw = parser_peek(p);
    if (!name_is(p, kw, "case"))
        return parser_fail(p);
    AwPos start = parser_start(p);
    int line = parser_advance(p).line;
    AwNode *pat = patterns(p);
    if (!pat)
        return NULL;
    AwNode *guard = NULL;
    if (parser_accept(p, TOK_IF) && !(guard = parser_named_expression(p)))
        return NULL;
    if (!parser_accept(p, TOK_COLON)) {
        AwToken tok = *parser_peek(p);
        if (tok.kind == TOK_NEWLINE)
            return parser_error_token(p, &tok, "expected ':'");
        return parser_fail(p);
    }
    AwNodeList body = parser_block_after(p, "case", line);
    if (p->failed)
        return NULL;
    AwNode *node = parser_node(p, NODE_MATCH_CASE, start);
    if (node) {
        node->u.match_case.pattern = pat;
        node->u.match_case.guard = guard;
        node->u.match_case.body = body;
    }
    return node;
}

/* subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
static AwNode *subject_expr(AwParser *p)
{
    int mark = parser_mark(p);
    p->no_invalid++;
    AwNode *named = parser_kind(p) == TOK_STAR ? NULL : parser_named_expression(p);
    p->no_invalid--;
    if (named && (parser_kind(p) == TOK_COLON || parser_kind(p) == TOK_NEWLINE)) {
        parser_release(p);
        return named;
    }
    parser_reset(p, mark);
    parser_release(p);
    AwNode *subject = parser_star_named_expressions(p);
    if (subject && subject->kind == NODE_STARRED) {
        p->last_fetched = *parser_peek(p);   /* only aw's lookahead read past the ':' */
        return parser_fail(p);
    }
    return subject;
}

AwNode *parser_match_stmt(AwParser *p)
{
    AwPos start = parser_start(p);
    AwToken kw = parser_advance(p);
    AwNode *subject = subject_expr(p);
    if (!subject)
        return NULL;
    if (parser_kind(p) == TOK_NEWLINE) {
        AwToken tok = *parser_peek(p);
        return parser_error_token(p, &tok, "expected ':'");
    }
    if (!parser_expect(p, TOK_COLON) || !parser_expect(p, TOK_NEWLINE))
        return NULL;
    if (parser_kind(p) != TOK_INDENT) {
        AwToken tok = *parser_peek(p);
        if (tok.kind != TOK_ERROR)
            parser_error_token_kind(p, AW_INDENTATION_ERROR, &tok,
                                    "expected an indented block after 'match' statement on line %d",
                                    kw.line);
        return parser_fail(p);
    }
    parser_advance(p);
    if (!parser_enter(p))
        return NULL;
    int mark = parser_scratch_mark(p);
    do {
        AwNode *c = case_block(p);
        if (!c || !parser_scratch_push(p, c)) {
            parser_leave(p);
            return p->scratch_len = mark, NULL;
        }
    } while (parser_kind(p) != TOK_DEDENT);
    parser_leave(p);
    parser_advance(p);   /* DEDENT */
    AwNodeList cases = parser_scratch_pop(p, mark);
    AwNode *node = parser_node(p, NODE_MATCH, start);
    if (node) {
        node->u.match.subject = subject;
        node->u.match.cases = cases;
    }
    return node;
}

/* Tokens after `match` that cannot continue an expression: `match x` NEWLINE is then a match
 * statement missing its ':' (CPython's invalid_match_stmt), not an expression statement. */
static bool starts_subject_only(AwTokenKind kind)
{
    switch (kind) {
    case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_NONE: case TOK_TRUE:
    case TOK_FALSE: case TOK_LBRACE: case TOK_TILDE: case TOK_NOT: case TOK_LAMBDA:
    case TOK_AWAIT:
        return true;
    default:
        return false;
    }
}

bool parser_match_lookahead(AwParser *p)
{
    if (!name_is(p, parser_peek(p), "match"))
        return false;
    AwTokenKind next = parser_peek_at(p, 1)->kind;
    if (next == TOK_EQUAL || next == TOK_DOT || next == TOK_NEWLINE || next == TOK_COLON)
        return false;
    int mark = parser_mark(p);
    parser_advance(p);
    p->no_invalid++;
    bool found = false;
    if (subject_expr(p)) {
        if (parser_accept(p, TOK_COLON))
            found = parser_kind(p) == TOK_NEWLINE;
        else
            found = parser_kind(p) == TOK_NEWLINE && starts_subject_only(next);
    }
    p->no_invalid--;
    parser_reset(p, mark);
    parser_release(p);
    return found;
}
