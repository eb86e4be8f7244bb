/* parser_stmt.c — statements: simple statements (assignments with CPython's explanations of
 * bad targets, imports, del, global, ...) and compound statements with their blocks
 * ("expected an indented block after 'if' statement on line 3", "expected ':'"). */
#include "interp/parser_internal.h"

#include <stdio.h>
#include <string.h>

/* ---- statements ------------------------------------------------------------------------------ */

static AwNode *simple_stmts(AwParser *p, AwNodeList *more);

/* block: NEWLINE INDENT statements DEDENT | simple_stmts. what/line name the statement for
 * "expected an indented block after 'if' statement on line 3". */
static AwNodeList block(AwParser *p, const char *what, int line)
{
    AwNodeList empty = {NULL, 0};
    if (parser_kind(p) != TOK_NEWLINE) {
        int mark = parser_scratch_mark(p);
        AwNodeList more = {NULL, 0};
        AwNode *first = simple_stmts(p, &more);   /* first plus `; ...` */
        if (!first)
            return p->scratch_len = mark, empty;
        parser_scratch_push(p, first);
        for (int i = 0; i < more.count; i++)
            parser_scratch_push(p, more.items[i]);
        return parser_scratch_pop(p, mark);
    }
    parser_advance(p);
    if (parser_kind(p) != TOK_INDENT) {
        AwToken tok = *parser_peek(p);
        if (tok.kind != TOK_ERROR)
            parser_error_token_kind(p, AW_INDENTATION_ERROR, &tok,
                             "expected an indented block after %s on line %d", what, line);
        return parser_fail(p), empty;
    }
    parser_advance(p);
    int mark = parser_scratch_mark(p);
    if (!parser_statements_until(p, TOK_DEDENT, mark))
        return empty;
    parser_advance(p);   /* DEDENT */
    return parser_scratch_pop(p, mark);
}

static AwNodeList block_after(AwParser *p, const char *keyword, int line)
{
    char what[64];
    snprintf(what, sizeof what, "'%s' statement", keyword);
    return block(p, what, line);
}

AwNodeList parser_block_after(AwParser *p, const char *keyword, int line)
{
    return block_after(p, keyword, line);
}

/* ':' after a condition; a NEWLINE instead is CPython's invalid_*_stmt "expected ':'". */
static bool expect_colon_or_newline(AwParser *p)
{
    if (parser_accept(p, TOK_COLON))
        return true;
    if (parser_kind(p) == TOK_NEWLINE) {
        AwToken tok = *parser_peek(p);
        parser_error_token(p, &tok, "expected ':'");
    }
    return parser_fail(p), false;
}

static AwNodeList else_block(AwParser *p)
{
    AwNodeList empty = {NULL, 0};
    AwToken kw = parser_advance(p);
    if (!parser_expect_forced(p, TOK_COLON, ":"))
        return empty;
    return block_after(p, "else", kw.line);
}

static AwNode *if_stmt(AwParser *p, bool is_elif)
{
    AwPos start = parser_start(p);
    AwToken kw = parser_advance(p);
    AwNode *test = parser_named_expression(p);
    if (!test || !expect_colon_or_newline(p))
        return NULL;
    AwNodeList body = block_after(p, is_elif ? "elif" : "if", kw.line);
    if (p->failed)
        return NULL;
    AwNodeList orelse = {NULL, 0};
    if (parser_kind(p) == TOK_ELIF) {
        if (!parser_enter(p))
            return NULL;
        AwNode *elif = if_stmt(p, true);
        parser_leave(p);
        if (!elif)
            return NULL;
        orelse = parser_list1(p, elif);
    } else if (parser_kind(p) == TOK_ELSE) {
        orelse = else_block(p);
        if (p->failed)
            return NULL;
    }
    AwNode *node = parser_node_at(p, NODE_IF, start, p->last_end);
    if (node) {
        node->u.if_.test = test;
        node->u.if_.body = body;
        node->u.if_.orelse = orelse;
    }
    return node;
}

static AwNode *while_stmt(AwParser *p)
{
    AwPos start = parser_start(p);
    AwToken kw = parser_advance(p);
    AwNode *test = parser_named_expression(p);
    if (!test || !expect_colon_or_newline(p))
        return NULL;
    AwNodeList body = block_after(p, "while", kw.line);
    AwNodeList orelse = {NULL, 0};
    if (!p->failed && parser_kind(p) == TOK_ELSE)
        orelse = else_block(p);
    if (p->failed)
        return NULL;
    AwNode *node = parser_node_at(p, NODE_WHILE, start, p->last_end);
    if (node) {
        node->u.while_.test = test;
        node->u.while_.body = body;
        node->u.while_.orelse = orelse;
    }
    return node;
}

static AwNode *for_stmt(AwParser *p, AwPos start, bool is_async)
{
    AwToken kw = parser_advance(p);
    AwNode *target = parser_star_targets(p);
    if (!target || !parser_expect(p, TOK_IN))
        return NULL;
    AwNode *iter = parser_star_expressions(p);
    if (!iter || !expect_colon_or_newline(p))
        return NULL;
    AwNodeList body = block_after(p, "for", kw.line);
    AwNodeList orelse = {NULL, 0};
    if (!p->failed && parser_kind(p) == TOK_ELSE)
        orelse = else_block(p);
    if (p->failed)
        return NULL;
    AwNode *node = parser_node_at(p, NODE_FOR, start, p->last_end);
    if (node) {
        node->u.for_.target = target;
        node->u.for_.iter = iter;
        node->u.for_.body = body;
        node->u.for_.orelse = orelse;
        node->u.for_.is_async = is_async;
    }
    return node;
}

/* with_item: expression ['as' star_target &(',' | ')' | ':')] */
static AwNode *with_item(AwParser *p)
{
    AwNode *expr = parser_expression(p);
    if (!expr)
        return NULL;
    AwNode *vars = NULL;
    if (parser_accept(p, TOK_AS)) {
        bool star = parser_kind(p) == TOK_STAR;
        vars = star ? parser_star_targets(p) : parser_expression(p);
        if (!vars)
            return NULL;
        AwTokenKind next = parser_kind(p);   /* NEWLINE: with_stmt reports "expected ':'" */
        if (next != TOK_COMMA && next != TOK_RPAR && next != TOK_COLON && next != TOK_NEWLINE)
            return parser_fail(p);
        if (!star && !parser_set_context(p, vars, AW_CTX_STORE, TARGETS_STAR))
            return NULL;
    }
    AwNode *item = parser_node_at(p, NODE_WITH_ITEM, parser_node_start(expr), p->last_end);
    if (item) {
        item->u.with_item.context_expr = expr;
        item->u.with_item.optional_vars = vars;
    }
    return item;
}

static bool with_items(AwParser *p, bool parenthesized)
{
    do {
        if (parenthesized && parser_kind(p) == TOK_RPAR)
            break;   /* trailing comma */
        AwNode *item = with_item(p);
        if (!item || !parser_scratch_push(p, item))
            return false;
    } while (parser_accept(p, TOK_COMMA));
    return true;
}

/* 'with' '(' items ','? ')' ':' is tried first, then 'with' items ':' (where a '(' starts an
 * expression), like CPython's ordered alternatives. */
static AwNodeList with_item_list(AwParser *p)
{
    int mark = parser_scratch_mark(p);
    if (parser_kind(p) == TOK_LPAR) {
        int tok_mark = parser_mark(p);
        parser_advance(p);
        bool ok = with_items(p, true) && parser_accept(p, TOK_RPAR) &&
                  (parser_kind(p) == TOK_COLON || parser_kind(p) == TOK_NEWLINE);
        parser_release(p);
        if (ok)
            return parser_scratch_pop(p, mark);
        p->scratch_len = mark;
        parser_reset(p, tok_mark);
    }
    with_items(p, false);
    return parser_scratch_pop(p, mark);
}

static AwNode *with_stmt(AwParser *p, AwPos start, bool is_async)
{
    AwToken kw = parser_advance(p);
    AwNodeList items = with_item_list(p);
    if (p->failed || !expect_colon_or_newline(p))
        return NULL;
    AwNodeList body = block_after(p, "with", kw.line);
    if (p->failed)
        return NULL;
    AwNode *node = parser_node_at(p, NODE_WITH, start, p->last_end);
    if (node) {
        node->u.with.items = items;
        node->u.with.body = body;
        node->u.with.is_async = is_async;
    }
    return node;
}

/* `except A, B:` (CPython's invalid_except_stmt): reported from A to the end of the list,
 * only when the clause is otherwise well formed. */
static void multiple_exception_types(AwParser *p, AwPos start)
{
    parser_advance(p);   /* ',' */
    if (!parser_star_expressions(p))
        return;
    if (parser_accept(p, TOK_AS) && !parser_accept(p, TOK_NAME)) {
        parser_fail(p);
        return;
    }
    AwPos end = p->last_end;   /* the range covers 'as NAME' too */
    if (parser_kind(p) != TOK_COLON) {
        parser_fail(p);
        return;
    }
    parser_error_range(p, AW_SYNTAX_ERROR, start, end,
                       "multiple exception types must be parenthesized");
}

/* except_block / except_star_block; *star_state (0 unknown, 1 except, 2 except*) is set by the
 * first handler and checked against the others. */
static AwNode *except_block(AwParser *p, int *star_state)
{
    AwPos start = parser_start(p);
    AwToken kw = parser_advance(p);
    bool star = parser_accept(p, TOK_STAR);
    AwNode *type = NULL;
    const char *name = NULL;
    if (star && (parser_kind(p) == TOK_NEWLINE || parser_kind(p) == TOK_COLON)) {
        AwToken tok = *parser_peek(p);
        return parser_error_token(p, &tok, "expected one or more exception types");
    }
    AwPos star_end = p->last_end;
    if (parser_kind(p) != TOK_COLON && parser_kind(p) != TOK_NEWLINE) {
        AwPos type_start = parser_start(p);
        type = parser_expression(p);
        if (!type)
            return NULL;
        if (parser_kind(p) == TOK_COMMA) {
            multiple_exception_types(p, type_start);
            return NULL;
        }
        if (parser_accept(p, TOK_AS)) {
            if (parser_kind(p) != TOK_NAME)
                return parser_fail(p);
            AwToken tok = parser_advance(p);
            name = parser_identifier(p, &tok);
        }
    }
    if (!expect_colon_or_newline(p))
        return NULL;
    if (*star_state != 0 && *star_state != (star ? 2 : 1))   /* 'except' (and its '*') */
        return parser_error_range(p, AW_SYNTAX_ERROR, (AwPos){kw.line, kw.col},
                                  star ? star_end : (AwPos){kw.end_line, kw.end_col},
                                  "cannot have both 'except' and 'except*' on the same 'try'");
    *star_state = star ? 2 : 1;
    AwNodeList body = block_after(p, star ? "except*" : "except", kw.line);
    if (p->failed)
        return NULL;
    AwNode *node = parser_node_at(p, NODE_EXCEPT_HANDLER, start, p->last_end);
    if (node) {
        node->u.except_handler.type = type;
        node->u.except_handler.name = name;
        node->u.except_handler.body = body;
    }
    return node;
}

static AwNodeList finally_block(AwParser *p)
{
    AwNodeList empty = {NULL, 0};
    AwToken kw = parser_advance(p);
    if (!parser_expect_forced(p, TOK_COLON, ":"))
        return empty;
    return block_after(p, "finally", kw.line);
}

static AwNode *try_stmt(AwParser *p)
{
    AwPos start = parser_start(p);
    AwToken kw = parser_advance(p);
    if (!parser_expect_forced(p, TOK_COLON, ":"))
        return NULL;
    AwNodeList body = block_after(p, "try", kw.line);
    if (p->failed)
        return NULL;
    AwNodeList handlers = {NULL, 0}, orelse = {NULL, 0}, finalbody = {NULL, 0};
    int star_state = 0;
    if (parser_kind(p) == TOK_EXCEPT) {
        int mark = parser_scratch_mark(p);
        while (parser_kind(p) == TOK_EXCEPT) {
            AwNode *handler = except_block(p, &star_state);
            if (!handler || !parser_scratch_push(p, handler))
                return p->scratch_len = mark, NULL;
        }
        handlers = parser_scratch_pop(p, mark);
        if (parser_kind(p) == TOK_ELSE)
            orelse = else_block(p);
    } else if (parser_kind(p) != TOK_FINALLY) {
        AwToken tok = *parser_peek(p);
        if (tok.kind == TOK_ERROR)
            return parser_fail(p);
        return parser_error_token(p, &p->fill_last, "expected 'except' or 'finally' block");
    }
    if (!p->failed && parser_kind(p) == TOK_FINALLY)
        finalbody = finally_block(p);
    if (p->failed)
        return NULL;
    AwNode *node = parser_node_at(p, NODE_TRY, start, p->last_end);
    if (node) {
        node->u.try_.body = body;
        node->u.try_.handlers = handlers;
        node->u.try_.orelse = orelse;
        node->u.try_.finalbody = finalbody;
        node->u.try_.is_star = star_state == 2;
    }
    return node;
}

static AwNode *function_def(AwParser *p, AwPos start, AwNodeList decorators, bool is_async)
{
    AwToken kw = parser_advance(p);   /* 'def' */
    if (parser_kind(p) != TOK_NAME)
        return parser_fail(p);
    AwToken name_tok = parser_advance(p);
    if (!parser_expect_forced(p, TOK_LPAR, "("))
        return NULL;
    AwArguments *args = parser_parameters(p, false, TOK_RPAR);
    if (!args || !parser_expect(p, TOK_RPAR))
        return NULL;
    AwNode *returns = NULL;
    if (parser_kind(p) == TOK_RARROW) {
        /* ['->' expression] is optional in CPython's grammar: when no expression follows, the
           error is the forced ':' at the arrow (raised in its first pass, before the
           expression's own error explanations) */
        int mark = parser_mark(p);
        parser_advance(p);
        returns = parser_expression(p);
        if (!returns)
            parser_reset(p, mark);
        parser_release(p);
        if (!returns && p->failed)
            return NULL;
    }
    if (!parser_expect_forced(p, TOK_COLON, ":"))
        return NULL;
    AwNodeList body = block(p, "function definition", kw.line);
    if (p->failed)
        return NULL;
    AwNode *node = parser_node_at(p, NODE_FUNCTION_DEF, start, p->last_end);
    if (node) {
        node->u.function_def.name = parser_identifier(p, &name_tok);
        node->u.function_def.args = args;
        node->u.function_def.body = body;
        node->u.function_def.decorators = decorators;
        node->u.function_def.returns = returns;
        node->u.function_def.is_async = is_async;
    }
    return node;
}

static AwNode *class_def(AwParser *p, AwNodeList decorators)
{
    AwPos start = parser_start(p);
    AwToken kw = parser_advance(p);
    if (parser_kind(p) != TOK_NAME)
        return parser_fail(p);
    AwToken name_tok = parser_advance(p);
    AwNode *call = NULL;
    if (parser_kind(p) == TOK_LPAR) {
        AwPos call_start = parser_start(p);
        parser_advance(p);
        call = parser_node(p, NODE_CALL, call_start);
        if (!call || !parser_call_arguments(p, call, call_start))
            return NULL;
        /* class C(x for x in y): bases are never a bare generator expression */
        const AwNodeList *args = &call->u.call.args;
        if (args->count == 1 && args->items[0]->kind == NODE_GENERATOR_EXP &&
            args->items[0]->line == call_start.line && args->items[0]->col == call_start.col) {
            const AwNode *first = args->items[0]->u.comp.generators.items[0];
            int len = first->u.comprehension.is_async ? 5 : 3;   /* 'for' or 'async' */
            return parser_error_range(p, AW_SYNTAX_ERROR, (AwPos){first->line, first->col},
                                      (AwPos){first->line, first->col + len}, "invalid syntax");
        }
    }
    if (!expect_colon_or_newline(p))
        return NULL;
    AwNodeList body = block(p, "class definition", kw.line);
    if (p->failed)
        return NULL;
    AwNode *node = parser_node_at(p, NODE_CLASS_DEF, start, p->last_end);
    if (node) {
        node->u.class_def.name = parser_identifier(p, &name_tok);
        if (call) {
            node->u.class_def.bases = call->u.call.args;
            node->u.class_def.keywords = call->u.call.keywords;
        }
        node->u.class_def.body = body;
        node->u.class_def.decorators = decorators;
    }
    return node;
}

/* decorators: ('@' named_expression NEWLINE)+ then a def or class */
static AwNode *decorated(AwParser *p)
{
    int mark = parser_scratch_mark(p);
    while (parser_accept(p, TOK_AT)) {
        AwNode *dec = parser_named_expression(p);
        if (!dec || !parser_expect(p, TOK_NEWLINE) || !parser_scratch_push(p, dec))
            return p->scratch_len = mark, NULL;
    }
    AwNodeList decorators = parser_scratch_pop(p, mark);
    AwPos start = parser_start(p);
    if (parser_kind(p) == TOK_CLASS)
        return class_def(p, decorators);
    bool is_async = parser_accept(p, TOK_ASYNC);
    if (parser_kind(p) != TOK_DEF)
        return parser_fail(p);
    return function_def(p, start, decorators, is_async);
}

static AwNode *compound_stmt(AwParser *p)
{
    AwNodeList none = {NULL, 0};
    AwPos start = parser_start(p);
    switch (parser_kind(p)) {
    case TOK_IF: return if_stmt(p, false);
    case TOK_WHILE: return while_stmt(p);
    case TOK_FOR: return for_stmt(p, start, false);
    case TOK_WITH: return with_stmt(p, start, false);
    case TOK_TRY: return try_stmt(p);
    case TOK_DEF: return function_def(p, start, none, false);
    case TOK_CLASS: return class_def(p, none);
    case TOK_AT: return decorated(p);
    case TOK_ASYNC:
        parser_advance(p);
        switch (parser_kind(p)) {
        case TOK_DEF: return function_def(p, start, none, true);
        case TOK_FOR: return for_stmt(p, start, true);
        case TOK_WITH: return with_stmt(p, start, true);
        default: return parser_fail(p);
        }
    default: return NULL;
    }
}

bool parser_is_compound_start(AwTokenKind kind)
{
    switch (kind) {
    case TOK_IF: case TOK_WHILE: case TOK_FOR: case TOK_WITH: case TOK_TRY: case TOK_DEF:
    case TOK_CLASS: case TOK_AT: case TOK_ASYNC:
        return true;
    default:
        return false;
    }
}

/* ---- simple statements ----------------------------------------------------------------------- */

static AwNode *simple_stmt(AwParser *p);

static AwNode *keyword_stmt(AwParser *p, AwNodeKind kind)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    return parser_node(p, kind, start);
}

static AwNode *return_stmt(AwParser *p)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    AwNode *value = NULL;
    AwTokenKind next = parser_kind(p);
    if (next != TOK_NEWLINE && next != TOK_SEMI && !(value = parser_star_expressions(p)))
        return NULL;
    AwNode *node = parser_node(p, NODE_RETURN, start);
    if (node)
        node->u.return_.value = value;
    return node;
}

static AwNode *raise_stmt(AwParser *p)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    AwNode *exc = NULL, *cause = NULL;
    AwTokenKind next = parser_kind(p);
    if (next != TOK_NEWLINE && next != TOK_SEMI) {
        if (!(exc = parser_expression(p)))
            return NULL;
        if (parser_accept(p, TOK_FROM) && !(cause = parser_expression(p)))
            return NULL;
    }
    AwNode *node = parser_node(p, NODE_RAISE, start);
    if (node) {
        node->u.raise.exc = exc;
        node->u.raise.cause = cause;
    }
    return node;
}

static AwNode *assert_stmt(AwParser *p)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    AwNode *test = parser_expression(p), *msg = NULL;
    if (!test)
        return NULL;
    if (parser_accept(p, TOK_COMMA) && !(msg = parser_expression(p)))
        return NULL;
    AwNode *node = parser_node(p, NODE_ASSERT, start);
    if (node) {
        node->u.assert_.test = test;
        node->u.assert_.msg = msg;
    }
    return node;
}

static AwNode *global_stmt(AwParser *p, AwNodeKind kind)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    int count = 0, cap = 4;
    const char **names = parser_alloc(p, (size_t)cap * sizeof(char *));
    do {
        if (!names || parser_kind(p) != TOK_NAME)
            return parser_fail(p);
        AwToken tok = parser_advance(p);
        if (count == cap) {
            const char **bigger = parser_alloc(p, (size_t)cap * 2 * sizeof(char *));
            if (!bigger)
                return NULL;
            memcpy(bigger, names, (size_t)cap * sizeof(char *));
            names = bigger;
            cap *= 2;
        }
        names[count++] = parser_identifier(p, &tok);
    } while (parser_accept(p, TOK_COMMA));
    AwNode *node = parser_node(p, kind, start);
    if (node) {
        node->u.global.names = names;
        node->u.global.count = count;
    }
    return node;
}

/* del: the targets are parsed as star_expressions; `del a, b` deletes two targets, while a
 * parenthesized tuple `del (a, b)` stays one target, as in CPython's tree. */
static AwNode *del_stmt(AwParser *p)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    p->bare_tuple = NULL;
    AwNode *target = parser_star_expressions(p);
    if (!target || !parser_set_context(p, target, AW_CTX_DEL, TARGETS_DEL))
        return NULL;
    AwTokenKind next = parser_kind(p);
    if (next != TOK_NEWLINE && next != TOK_SEMI)
        return parser_fail(p);
    AwNodeList targets = target == p->bare_tuple ? target->u.sequence.elts
                                                 : parser_list1(p, target);
    AwNode *node = parser_node(p, NODE_DELETE, start);
    if (node)
        node->u.delete_.targets = targets;
    return node;
}

/* dotted_name: NAME ('.' NAME)* as one arena string */
static const char *dotted_name(AwParser *p)
{
    if (parser_kind(p) != TOK_NAME)
        return parser_fail(p);
    AwToken first = parser_advance(p);
    size_t len = (size_t)(first.end - first.start);
    char buf_small[256];
    char *buf = buf_small;
    size_t cap = sizeof buf_small;
    memcpy(buf, p->src + first.start, len);
    while (parser_kind(p) == TOK_DOT && parser_peek_at(p, 1)->kind == TOK_NAME) {
        parser_advance(p);
        AwToken part = parser_advance(p);
        size_t n = (size_t)(part.end - part.start);
        if (len + n + 2 > cap) {
            char *bigger = parser_alloc(p, (len + n + 2) * 2);
            if (!bigger)
                return NULL;
            memcpy(bigger, buf, len);
            buf = bigger;
            cap = (len + n + 2) * 2;
        }
        buf[len++] = '.';
        memcpy(buf + len, p->src + part.start, n);
        len += n;
    }
    if (parser_kind(p) == TOK_DOT)
        return parser_advance(p), parser_fail(p);
    return parser_strndup(p, buf, len);
}

static AwNode *alias(AwParser *p, bool dotted)
{
    AwPos start = parser_start(p);
    const char *name;
    if (dotted) {
        name = dotted_name(p);
    } else {
        if (parser_kind(p) != TOK_NAME)
            return parser_fail(p);
        AwToken tok = parser_advance(p);
        name = parser_identifier(p, &tok);
    }
    if (!name)
        return NULL;
    const char *asname = NULL;
    if (parser_accept(p, TOK_AS)) {
        if (parser_kind(p) != TOK_NAME)
            return parser_fail(p);
        AwToken tok = parser_advance(p);
        asname = parser_identifier(p, &tok);
    }
    AwNode *node = parser_node(p, NODE_ALIAS, start);
    if (node) {
        node->u.alias.name = name;
        node->u.alias.asname = asname;
    }
    return node;
}

static AwNode *import_name(AwParser *p)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    int mark = parser_scratch_mark(p);
    do {
        AwNode *a = alias(p, true);
        if (!a || !parser_scratch_push(p, a))
            return p->scratch_len = mark, NULL;
    } while (parser_accept(p, TOK_COMMA));
    AwNodeList names = parser_scratch_pop(p, mark);
    AwNode *node = parser_node(p, NODE_IMPORT, start);
    if (node)
        node->u.import.names = names;
    return node;
}

static bool import_from_targets(AwParser *p, int mark)
{
    if (parser_kind(p) == TOK_STAR) {
        AwPos start = parser_start(p);
        parser_advance(p);
        AwNode *a = parser_node(p, NODE_ALIAS, start);
        if (a)
            a->u.alias.name = "*";
        return a && parser_scratch_push(p, a);
    }
    bool parens = parser_accept(p, TOK_LPAR);
    do {
        if (parens && parser_kind(p) == TOK_RPAR && p->scratch_len > mark)
            break;
        if (!parens && parser_kind(p) == TOK_NEWLINE && p->scratch_len > mark) {
            AwToken tok = *parser_peek(p);
            parser_error_token(p, &tok,
                               "trailing comma not allowed without surrounding parentheses");
            return false;
        }
        AwNode *a = alias(p, false);
        if (!a || !parser_scratch_push(p, a))
            return false;
    } while (parser_accept(p, TOK_COMMA));
    return !parens || parser_expect(p, TOK_RPAR);
}

static AwNode *import_from(AwParser *p)
{
    AwPos start = parser_start(p);
    parser_advance(p);
    int level = 0;
    for (;;) {
        if (parser_accept(p, TOK_DOT))
            level += 1;
        else if (parser_accept(p, TOK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    const char *module = NULL;
    if (level == 0 || parser_kind(p) != TOK_IMPORT) {
        module = dotted_name(p);
        if (!module)
            return NULL;
    }
    if (!parser_expect(p, TOK_IMPORT))
        return NULL;
    int mark = parser_scratch_mark(p);
    if (!import_from_targets(p, mark))
        return p->scratch_len = mark, NULL;
    AwNodeList names = parser_scratch_pop(p, mark);
    AwNode *node = parser_node(p, NODE_IMPORT_FROM, start);
    if (node) {
        node->u.import_from.module = module;
        node->u.import_from.names = names;
        node->u.import_from.level = level;
    }
    return node;
}

/* The annotation part of `target: annotation [= value]`. */
static AwNode *ann_assign(AwParser *p, AwPos start, AwNode *target, bool simple)
{
    parser_advance(p);   /* ':' */
    AwNode *annotation = parser_expression(p);
    if (!annotation)
        return NULL;
    AwNode *value = NULL;
    if (parser_accept(p, TOK_EQUAL)) {
        value = parser_kind(p) == TOK_YIELD ? parser_yield_expr(p) : parser_star_expressions(p);
        if (!value)
            return NULL;
    }
    AwNode *node = parser_node(p, NODE_ANN_ASSIGN, start);
    if (node) {
        node->u.ann_assign.target = target;
        node->u.ann_assign.annotation = annotation;
        node->u.ann_assign.value = value;
        node->u.ann_assign.simple = simple;
    }
    return node;
}

/* CPython's invalid_assignment explains a bad annotation target only when `: expression`
 * follows; otherwise the error is the generic one at the ':'. */
static AwNode *bad_annotation_target(AwParser *p, AwNode *at, const char *fmt, const char *kind)
{
    AwToken furthest = p->last_fetched;
    int mark = parser_mark(p);
    parser_advance(p);
    AwNode *annotation = parser_expression(p);
    parser_release(p);
    if (p->failed && p->has_msg)
        return NULL;
    if (!annotation) {
        parser_reset(p, mark);
        p->last_fetched = furthest;
        return parser_fail(p);
    }
    return parser_error_node(p, at, fmt, kind);
}

/* Checks the target of `target: annotation` with CPython's messages. */
static AwNode *annotated(AwParser *p, AwPos start, AwNode *target)
{
    bool parens = parser_is_parenthesized(p, target, start);
    switch (target->kind) {
    case NODE_NAME:
    case NODE_ATTRIBUTE:
    case NODE_SUBSCRIPT:
        if (!parser_set_context(p, target, AW_CTX_STORE, TARGETS_STAR))
            return NULL;
        return ann_assign(p, start, target, target->kind == NODE_NAME && !parens);
    case NODE_LIST:
    case NODE_TUPLE:
        if (target == p->bare_tuple && target->u.sequence.elts.count)
            return bad_annotation_target(p, target->u.sequence.elts.items[0],
                                         "only single target (not %s) can be annotated",
                                         "tuple");
        return bad_annotation_target(p, target, "only single target (not %s) can be annotated",
                                     target->kind == NODE_LIST ? "list" : "tuple");
    default:
        return bad_annotation_target(p, target, "illegal target for annotation%s", "");
    }
}

static bool is_augassign(AwTokenKind kind)
{
    return kind >= TOK_PLUSEQUAL && kind <= TOK_CIRCUMFLEXEQUAL;
}

static int augassign_op(AwTokenKind kind)
{
    static const int ops[] = {
        AW_BINOP_ADD, AW_BINOP_SUB, AW_BINOP_MUL, AW_BINOP_TRUEDIV, AW_BINOP_FLOORDIV,
        AW_BINOP_MOD, AW_BINOP_MATMUL, AW_BINOP_POW, AW_BINOP_LSHIFT, AW_BINOP_RSHIFT,
        AW_BINOP_AND, AW_BINOP_OR, AW_BINOP_XOR,
    };
    return ops[kind - TOK_PLUSEQUAL];
}

static AwNode *aug_assign(AwParser *p, AwPos start, AwNode *target)
{
    if (target->kind != NODE_NAME && target->kind != NODE_ATTRIBUTE &&
        target->kind != NODE_SUBSCRIPT)
        return parser_error_node(p, target, "'%s' is an illegal expression for augmented "
                                 "assignment", parser_expr_name(target));
    parser_set_context(p, target, AW_CTX_STORE, TARGETS_STAR);
    int op = augassign_op(parser_advance(p).kind);
    AwNode *value = parser_kind(p) == TOK_YIELD ? parser_yield_expr(p)
                                                : parser_star_expressions(p);
    if (!value)
        return NULL;
    AwNode *node = parser_node(p, NODE_AUG_ASSIGN, start);
    if (node) {
        node->u.aug_assign.target = target;
        node->u.aug_assign.op = op;
        node->u.aug_assign.value = value;
    }
    return node;
}

/* CPython's invalid_named_expression, reached through invalid_assignment when the first
 * target is not assignable: `f() = 1` says "cannot assign to function call here. Maybe you
 * meant '==' instead of '='?" when what follows '=' is a plain operand. */
static bool maybe_meant_equality(AwParser *p, AwNode *target, AwPos start)
{
    AwNode *last = target;
    if (target == p->bare_tuple && target->u.sequence.elts.count > 0)
        last = target->u.sequence.elts.items[target->u.sequence.elts.count - 1];
    switch (last->kind) {
    case NODE_LIST: case NODE_TUPLE: case NODE_GENERATOR_EXP: case NODE_NAME:
    case NODE_ATTRIBUTE: case NODE_SUBSCRIPT: case NODE_STARRED:
        return false;
    case NODE_COMPARE: case NODE_BOOL_OP: case NODE_LAMBDA: case NODE_IF_EXP:
    case NODE_NAMED_EXPR: case NODE_YIELD: case NODE_YIELD_FROM:
        if (!parser_is_parenthesized(p, last, parser_node_start(last)))
            return false;
        break;
    case NODE_UNARY_OP:
        if (last->u.unary_op.op == AW_UOP_NOT &&
            !parser_is_parenthesized(p, last, parser_node_start(last)))
            return false;
        break;
    case NODE_CONSTANT:
        if (last->u.constant.kind == AW_CONST_NONE || last->u.constant.kind == AW_CONST_TRUE ||
            last->u.constant.kind == AW_CONST_FALSE)
            return false;
        break;
    default:
        break;
    }
    /* '=' bitwise_or !('=' | ':=') */
    AwToken furthest = p->last_fetched;
    int mark = parser_mark(p);
    parser_advance(p);
    AwNode *rhs = parser_bitwise_or(p);
    AwTokenKind next = parser_kind(p);
    bool fits = rhs && next != TOK_EQUAL && next != TOK_COLONEQUAL;
    parser_reset(p, mark);
    parser_release(p);
    if (!fits) {
        p->last_fetched = furthest;
        return false;
    }
    parser_error_node(p, last, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                      parser_expr_name(last));
    return true;
}

/* Validates one assignment target; the first one gets the "Maybe you meant '=='" check. */
static bool assign_target(AwParser *p, AwNode *target, AwPos start, bool first)
{
    if (target->kind == NODE_YIELD || target->kind == NODE_YIELD_FROM) {
        parser_error_node(p, target, "assignment to yield expression not possible");
        return false;
    }
    if (first && parser_invalid_target(target, TARGETS_STAR) &&
        maybe_meant_equality(p, target, start))
        return false;
    return parser_set_context(p, target, AW_CTX_STORE, TARGETS_STAR);
}

static AwNode *assignment(AwParser *p, AwPos start, AwNode *first)
{
    int mark = parser_scratch_mark(p);
    AwNode *value = first;
    AwPos value_start = start;
    while (parser_kind(p) == TOK_EQUAL) {
        if (!assign_target(p, value, value_start, value == first) ||
            !parser_scratch_push(p, value))
            return p->scratch_len = mark, NULL;
        parser_advance(p);
        value_start = parser_start(p);
        value = parser_kind(p) == TOK_YIELD ? parser_yield_expr(p) : parser_star_expressions(p);
        if (!value)
            return p->scratch_len = mark, NULL;
    }
    AwNodeList targets = parser_scratch_pop(p, mark);
    AwNode *node = parser_node(p, NODE_ASSIGN, start);
    if (node) {
        node->u.assign.targets = targets;
        node->u.assign.value = value;
    }
    return node;
}

/* Statements that start with an expression: assignments and expression statements. */
static AwNode *expression_stmt(AwParser *p)
{
    AwPos start = parser_start(p);
    if (parser_kind(p) == TOK_NAME && parser_peek_at(p, 1)->kind == TOK_COLON) {
        AwToken tok = parser_advance(p);
        AwNode *name = parser_node(p, NODE_NAME, start);
        if (!name)
            return NULL;
        name->u.name.id = parser_identifier(p, &tok);
        name->u.name.ctx = AW_CTX_STORE;
        return ann_assign(p, start, name, true);
    }
    p->bare_tuple = NULL;
    AwNode *expr = parser_kind(p) == TOK_YIELD ? parser_yield_expr(p)
                                               : parser_star_expressions(p);
    if (!expr)
        return NULL;
    AwTokenKind next = parser_kind(p);
    if (next == TOK_EQUAL)
        return assignment(p, start, expr);
    if (next == TOK_COLON)
        return annotated(p, start, expr);
    if (is_augassign(next))
        return aug_assign(p, start, expr);
    AwNode *node = parser_node(p, NODE_EXPR, start);
    if (node)
        node->u.expr.value = expr;
    return node;
}

static AwNode *simple_stmt(AwParser *p)
{
    switch (parser_kind(p)) {
    case TOK_RETURN: return return_stmt(p);
    case TOK_IMPORT: return import_name(p);
    case TOK_FROM: return import_from(p);
    case TOK_RAISE: return raise_stmt(p);
    case TOK_PASS: return keyword_stmt(p, NODE_PASS);
    case TOK_BREAK: return keyword_stmt(p, NODE_BREAK);
    case TOK_CONTINUE: return keyword_stmt(p, NODE_CONTINUE);
    case TOK_DEL: return del_stmt(p);
    case TOK_ASSERT: return assert_stmt(p);
    case TOK_GLOBAL: return global_stmt(p, NODE_GLOBAL);
    case TOK_NONLOCAL: return global_stmt(p, NODE_NONLOCAL);
    case TOK_INDENT: case TOK_DEDENT: case TOK_ERROR: return parser_fail(p);
    default: return expression_stmt(p);
    }
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE. The first statement is
 * returned, the others go to *more. */
static AwNode *simple_stmts(AwParser *p, AwNodeList *more)
{
    AwNode *first = simple_stmt(p);
    if (!first)
        return NULL;
    int mark = parser_scratch_mark(p);
    while (parser_accept(p, TOK_SEMI)) {
        if (parser_kind(p) == TOK_NEWLINE)
            break;
        AwNode *next = simple_stmt(p);
        if (!next || !parser_scratch_push(p, next))
            return p->scratch_len = mark, NULL;
    }
    if (!parser_expect(p, TOK_NEWLINE))
        return p->scratch_len = mark, NULL;
    *more = parser_scratch_pop(p, mark);
    return first;
}

AwNode *parser_statement(AwParser *p, AwNodeList *more)
{
    more->count = 0;
    if (parser_is_compound_start(parser_kind(p)))
        return compound_stmt(p);
    if (parser_match_lookahead(p))
        return parser_match_stmt(p);
    return simple_stmts(p, more);
}

/* Statements until `end` (DEDENT or ENDMARKER), pushed on the scratch stack from mark. */
bool parser_statements_until(AwParser *p, AwTokenKind end, int mark)
{
    if (!parser_enter(p))
        return false;
    while (parser_kind(p) != end) {
        AwNodeList more;
        AwNode *stmt = parser_statement(p, &more);
        if (!stmt || !parser_scratch_push(p, stmt)) {
            p->scratch_len = mark;
            parser_leave(p);
            return false;
        }
        for (int i = 0; i < more.count; i++)
            parser_scratch_push(p, more.items[i]);
    }
    parser_leave(p);
    return !p->failed;
}

