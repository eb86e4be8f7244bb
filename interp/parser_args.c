/* parser_args.c — the argument lists of calls (positional, *iterable, keyword, **mapping, a
 * sole generator expression) and the parameter lists of def and lambda (positional-only `/`,
 * defaults, `*args` or bare `*`, keyword-only, `**kwargs`), with CPython 3.11's messages for
 * their ordering mistakes ("positional argument follows keyword argument", "non-default
 * argument follows default argument", "named arguments must follow bare *", ...). */
#include "interp/parser_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- call arguments -------------------------------------------------------------------------- */

static AwNode *keyword_node(AwParser *p, AwPos start, const char *arg, AwNode *value)
{
    AwNode *kw = parser_node(p, NODE_KEYWORD, start);
    if (kw) {
        kw->u.keyword.arg = arg;
        kw->u.keyword.value = value;
    }
    return kw;
}

/* One positional argument: a walrus, an expression, or a sole generator expression. */
static AwNode *positional_argument(AwParser *p, AwPos call_start, int count, bool *genexp)
{
    AwPos start = parser_start(p);
    bool walrus = parser_kind(p) == TOK_NAME && parser_peek_at(p, 1)->kind == TOK_COLONEQUAL;
    AwNode *value = walrus ? parser_named_expression(p) : parser_expression(p);
    if (!value)
        return NULL;
    if (parser_kind(p) == TOK_FOR || parser_kind(p) == TOK_ASYNC) {
        /* only `f(x for x in y)`: the genexp takes the call's parentheses */
        AwNodeList generators;
        if (!parser_for_if_clauses(p, &generators))
            return NULL;
        if (count > 0 || parser_kind(p) == TOK_COMMA)
            return parser_error_range(p, AW_SYNTAX_ERROR, start, p->last_end,
                                      "Generator expression must be parenthesized");
        if (!parser_expect(p, TOK_RPAR))
            return NULL;
        *genexp = true;
        return parser_comprehension_node(p, NODE_GENERATOR_EXP, call_start, value, NULL, generators);
    }
    if (parser_kind(p) == TOK_EQUAL) {
        AwToken eq = *parser_peek(p);
        return parser_error_range(p, AW_SYNTAX_ERROR, start, (AwPos){eq.end_line, eq.end_col},
                                  "expression cannot contain assignment, perhaps you meant "
                                  "\"==\"?");
    }
    return value;
}

/* A keyword argument NAME '=' expression (the caller saw the two tokens). */
static AwNode *keyword_argument(AwParser *p)
{
    AwPos start = parser_start(p);
    AwToken name = parser_advance(p);
    parser_advance(p);   /* '=' */
    AwPos value_start = parser_start(p);
    AwNode *value = parser_expression(p);
    if (!value)
        return NULL;
    if (parser_kind(p) == TOK_FOR)
        return parser_error_range(p, AW_SYNTAX_ERROR, start, value_start,
                                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    return keyword_node(p, start, parser_identifier(p, &name), value);
}

bool parser_call_arguments(AwParser *p, AwNode *call, AwPos call_start)
{
    int args_mark = parser_scratch_mark(p);
    int nargs = 0;
    AwNode **kws = NULL;
    int nkws = 0, kw_cap = 0;
    bool seen_keyword = false, seen_double = false, genexp = false;
    const char *order_error = NULL;
    bool ok = true;
    AwPos first_start = parser_start(p), last_item_end = first_start; /* span of the arguments so far */
    while (ok && parser_kind(p) != TOK_RPAR) {
        AwPos start = parser_start(p);
        AwTokenKind kind = parser_kind(p);
        AwNode *item = NULL;
        bool is_keyword = false;
        if (kind == TOK_STAR) {
            if (seen_double && !order_error) {
                /* CPython highlights the arguments before the '*' (its args rule); a
                 * positional argument after the '**' is reported first, at the end */
                parser_advance(p);
                parser_error_range(p, AW_SYNTAX_ERROR, first_start, last_item_end,
                                   "iterable argument unpacking follows keyword argument "
                                   "unpacking");
                ok = false;
                break;
            }
            parser_advance(p);
            AwNode *value = parser_expression(p);
            item = value ? parser_node(p, NODE_STARRED, start) : NULL;
            if (item)
                item->u.starred.value = value;
        } else if (kind == TOK_DOUBLESTAR) {
            parser_advance(p);
            AwNode *value = parser_expression(p);
            item = value ? keyword_node(p, start, NULL, value) : NULL;
            is_keyword = seen_double = true;
        } else if ((kind == TOK_NAME || kind == TOK_TRUE || kind == TOK_FALSE ||
                    kind == TOK_NONE) && parser_peek_at(p, 1)->kind == TOK_EQUAL) {
            if (kind != TOK_NAME) {
                AwToken tok = parser_advance(p);
                AwToken eq = parser_advance(p);
                parser_error_range(p, AW_SYNTAX_ERROR, (AwPos){tok.line, tok.col},
                                   (AwPos){eq.end_line, eq.end_col}, "cannot assign to %s",
                                   lexer_keyword_text(kind));
                ok = false;
                break;
            }
            item = keyword_argument(p);
            is_keyword = seen_keyword = true;
        } else {
            item = positional_argument(p, call_start, nargs + nkws, &genexp);
            if (item && genexp) {
                parser_scratch_push(p, item);
                nargs++;
                if (parser_kind(p) != TOK_RPAR && !p->failed) {
                    /* f(x for x in y, z) and the like */
                }
                break;
            }
            if (item && !order_error && (seen_keyword || seen_double))
                order_error = seen_double ? "positional argument follows keyword argument "
                                            "unpacking"
                                          : "positional argument follows keyword argument";
        }
        if (!item) {
            ok = false;
            break;
        }
        last_item_end = parser_node_end(item);
        if (is_keyword) {
            if (nkws == kw_cap) {
                kw_cap = kw_cap ? kw_cap * 2 : 8;
                AwNode **bigger = realloc(kws, (size_t)kw_cap * sizeof(AwNode *));
                if (!bigger) {
                    ok = false;
                    parser_out_of_memory(p);
                    break;
                }
                kws = bigger;
            }
            kws[nkws++] = item;
        } else {
            if (!parser_scratch_push(p, item)) {
                ok = false;
                break;
            }
            nargs++;
        }
        if (!parser_accept(p, TOK_COMMA))
            break;
    }
    if (ok && !genexp) {
        if (order_error) {
            /* CPython's `args ',' args`: reported once the second args ends, wherever */
            parser_peek(p);
            parser_error_token(p, &p->fill_last, "%s", order_error);
            ok = false;
        } else {
            ok = parser_expect(p, TOK_RPAR);
        }
    } else if (ok && genexp && nargs > 1) {
        ok = false;
    }
    AwNodeList args = parser_scratch_pop(p, args_mark);
    if (ok) {
        call->u.call.args = args;
        call->u.call.keywords.count = nkws;
        if (nkws) {
            call->u.call.keywords.items = parser_alloc(p, (size_t)nkws * sizeof(AwNode *));
            if (call->u.call.keywords.items)
                memcpy(call->u.call.keywords.items, kws, (size_t)nkws * sizeof(AwNode *));
            else
                ok = false;
        }
        call->end_line = p->last_end.line;
        call->end_col = p->last_end.col;
    }
    free(kws);
    return ok && !p->failed;
}

/* ---- parameters ------------------------------------------------------------------------------ */

static AwNode *param(AwParser *p, bool is_lambda, bool star_annotation)
{
    AwPos start = parser_start(p);
    if (parser_kind(p) != TOK_NAME)
        return parser_fail(p);
    AwToken name = parser_advance(p);
    AwNode *annotation = NULL;
    if (!is_lambda && parser_accept(p, TOK_COLON)) {
        if (star_annotation && parser_kind(p) == TOK_STAR) {
            AwPos star = parser_start(p);
            parser_advance(p);
            /* star_annotation: ':' '*' bitwise_or (PEP 646) */
            AwNode *value = parser_bitwise_or(p);
            annotation = value ? parser_node(p, NODE_STARRED, star) : NULL;
            if (annotation)
                annotation->u.starred.value = value;
        } else {
            annotation = parser_expression(p);
        }
        if (!annotation)
            return NULL;
    }
    AwNode *arg = parser_node(p, NODE_ARG, start);
    if (arg) {
        arg->u.arg.name = parser_identifier(p, &name);
        arg->u.arg.annotation = annotation;
    }
    return arg;
}

/* '=' expression after a parameter, or NULL if there is none (error: *failed). */
static AwNode *param_default(AwParser *p, bool *failed)
{
    *failed = false;
    if (parser_kind(p) != TOK_EQUAL)
        return NULL;
    AwToken eq = parser_advance(p);
    AwTokenKind next = parser_kind(p);
    if (next == TOK_RPAR || next == TOK_COMMA) {
        *failed = true;
        return parser_error_token(p, &eq, "expected default value expression");
    }
    AwNode *value = parser_expression(p);
    *failed = value == NULL;
    return value;
}

/* What parser_parameters has read so far: positional parameters are on the scratch stack,
 * the rest in small malloc'd arrays. */
typedef struct {
    int args_mark;            /* scratch index where positional params start */
    int nposonly;             /* how many of them are positional-only */
    AwNode **defaults;        /* defaults of positional params (malloc'd) */
    int ndefaults;            /* entries in defaults */
    AwNode **kwonly;          /* keyword-only params (malloc'd) */
    AwNode **kw_defaults;     /* their defaults, NULL entries for none (malloc'd) */
    int nkwonly;              /* entries in kwonly and kw_defaults */
    int cap;                  /* capacity of the three arrays */
    AwNode *vararg;           /* *args, or NULL */
    AwNode *kwarg;            /* **kwargs, or NULL */
    bool seen_star;           /* '*' or '*args' was read */
    bool seen_slash;          /* '/' was read */
    bool star_annotated;      /* *args has a PEP 646 `*Ts` annotation (no special errors after) */
} AwParamState;

static bool grow_params(AwParser *p, AwParamState *st)
{
    if (st->ndefaults < st->cap && st->nkwonly < st->cap)
        return true;
    int cap = st->cap ? st->cap * 2 : 8;
    AwNode **d = realloc(st->defaults, (size_t)cap * sizeof(AwNode *));
    if (d)
        st->defaults = d;
    AwNode **k = realloc(st->kwonly, (size_t)cap * sizeof(AwNode *));
    if (k)
        st->kwonly = k;
    AwNode **kd = realloc(st->kw_defaults, (size_t)cap * sizeof(AwNode *));
    if (kd)
        st->kw_defaults = kd;
    if (!d || !k || !kd) {
        parser_out_of_memory(p);
        return false;
    }
    st->cap = cap;
    return true;
}

static AwNodeList copy_list(AwParser *p, AwNode **items, int count)
{
    AwNodeList list = {NULL, count};
    if (count) {
        list.items = parser_alloc(p, (size_t)count * sizeof(AwNode *));
        if (list.items)
            memcpy(list.items, items, (size_t)count * sizeof(AwNode *));
        else
            list.count = 0;
    }
    return list;
}

/* '/' : everything so far becomes positional-only */
static bool param_slash(AwParser *p, AwParamState *st, AwTokenKind closer)
{
    if (st->star_annotated)
        return parser_fail(p), false;
    AwToken slash = parser_advance(p);
    int npos = p->scratch_len - st->args_mark;
    if (st->seen_star)
        return parser_error_token(p, &slash, "/ must be ahead of *"), false;
    if (st->seen_slash)
        return parser_error_token(p, &slash, "/ may appear only once"), false;
    if (npos == 0)
        return parser_error_token(p, &slash, "at least one argument must precede /"), false;
    st->seen_slash = true;
    st->nposonly = npos;
    return parser_kind(p) == TOK_COMMA || parser_kind(p) == closer || (parser_fail(p), false);
}

/* '*' [param] : var-positional or the bare star before keyword-only parameters */
static bool param_star(AwParser *p, AwParamState *st, bool is_lambda, AwTokenKind closer)
{
    if (st->star_annotated)
        return parser_fail(p), false;
    AwToken star = parser_advance(p);
    if (st->seen_star)
        return parser_error_token(p, &star, "* argument may appear only once"), false;
    st->seen_star = true;
    if (parser_kind(p) == TOK_COMMA || parser_kind(p) == closer) {
        AwTokenKind after = parser_peek_at(p, 1)->kind;
        if (parser_kind(p) == closer ||
            (parser_kind(p) == TOK_COMMA && (after == closer || after == TOK_DOUBLESTAR)))
            return parser_error_token(p, &star, "named arguments must follow bare *"), false;
        return true;
    }
    st->vararg = param(p, is_lambda, true);
    if (!st->vararg)
        return false;
    bool starred = st->vararg->u.arg.annotation &&
                   st->vararg->u.arg.annotation->kind == NODE_STARRED;
    if (parser_kind(p) == TOK_EQUAL) {
        /* CPython's invalid_star_etc rule matches only a plain `param`: after `*a: *Ts` a
           default is just invalid syntax */
        if (starred)
            return parser_fail(p), false;
        AwToken eq = *parser_peek(p);
        return parser_error_token(p, &eq, "var-positional argument cannot have default value"),
               false;
    }
    st->star_annotated = starred;
    return true;
}

static bool param_kwargs(AwParser *p, AwParamState *st, bool is_lambda)
{
    parser_advance(p);
    st->kwarg = param(p, is_lambda, false);
    if (!st->kwarg)
        return false;
    if (parser_kind(p) == TOK_EQUAL) {
        AwToken eq = *parser_peek(p);
        return parser_error_token(p, &eq, "var-keyword argument cannot have default value"),
               false;
    }
    if (parser_kind(p) == TOK_COMMA) {
        AwTokenKind after = parser_peek_at(p, 1)->kind;
        if (after == TOK_NAME || after == TOK_STAR || after == TOK_DOUBLESTAR ||
            after == TOK_SLASH) {
            parser_advance(p);
            AwToken tok = *parser_peek(p);
            if (after == TOK_NAME) {
                AwNode *bad = param(p, is_lambda, false);
                if (bad)
                    parser_error_node(p, bad, "arguments cannot follow var-keyword argument");
                return false;
            }
            return parser_error_token(p, &tok, "arguments cannot follow var-keyword argument"),
                   false;
        }
    }
    return true;
}

/* A plain parameter with an optional default; positional or keyword-only after '*'. */
static bool param_plain(AwParser *p, AwParamState *st, bool is_lambda)
{
    if (parser_kind(p) == TOK_LPAR && st->ndefaults == 0 && !st->seen_star) {
        /* def f(a, (b, c)): '(' NAME (',' NAME)* [','] ')' after plain parameters only */
        AwPos start = parser_start(p);
        AwToken furthest = p->last_fetched;
        parser_advance(p);
        bool shape = false;
        while (parser_kind(p) == TOK_NAME) {
            parser_advance(p);
            shape = true;
            if (!parser_accept(p, TOK_COMMA))
                break;
        }
        if (shape && parser_accept(p, TOK_RPAR))
            return parser_error_range(p, AW_SYNTAX_ERROR, start, p->last_end,
                                      is_lambda ? "Lambda expression parameters cannot be "
                                                  "parenthesized"
                                                : "Function parameters cannot be parenthesized"),
                   false;
        p->last_fetched = furthest;   /* CPython's first pass stopped at the '(' */
        return parser_fail(p), false;
    }
    AwNode *arg = param(p, is_lambda, false);
    bool failed;
    AwNode *def = arg ? param_default(p, &failed) : NULL;
    if (!arg || failed || !grow_params(p, st))
        return false;
    if (st->seen_star) {
        st->kwonly[st->nkwonly] = arg;
        st->kw_defaults[st->nkwonly++] = def;
        return true;
    }
    if (def) {
        st->defaults[st->ndefaults++] = def;
    } else if (st->ndefaults > 0) {
        /* CPython's param_no_default: the parameter must end with ',' or the closer */
        AwTokenKind next = parser_kind(p);
        if (next != TOK_COMMA && next != (is_lambda ? TOK_COLON : TOK_RPAR))
            return parser_fail(p), false;
        return parser_error_node(p, arg, "non-default argument follows default argument"),
               false;
    }
    return parser_scratch_push(p, arg);
}

static AwArguments *finish_params(AwParser *p, AwParamState *st)
{
    AwArguments *args = parser_alloc(p, sizeof(AwArguments));
    if (!args)
        return NULL;
    int npos = p->scratch_len - st->args_mark;
    AwNode **pos = p->scratch + st->args_mark;
    args->posonlyargs = copy_list(p, pos, st->nposonly);
    args->args = copy_list(p, pos + st->nposonly, npos - st->nposonly);
    args->vararg = st->vararg;
    args->kwonlyargs = copy_list(p, st->kwonly, st->nkwonly);
    args->kw_defaults = copy_list(p, st->kw_defaults, st->nkwonly);
    args->kwarg = st->kwarg;
    args->defaults = copy_list(p, st->defaults, st->ndefaults);
    return args;
}

AwArguments *parser_parameters(AwParser *p, bool is_lambda, AwTokenKind closer)
{
    AwParamState st;
    memset(&st, 0, sizeof st);
    st.args_mark = parser_scratch_mark(p);
    bool ok = true;
    while (ok && parser_kind(p) != closer) {
        if (st.kwarg) {
            ok = false;
            parser_fail(p);
            break;
        }
        switch (parser_kind(p)) {
        case TOK_SLASH: ok = param_slash(p, &st, closer); break;
        case TOK_STAR: ok = param_star(p, &st, is_lambda, closer); break;
        case TOK_DOUBLESTAR: ok = param_kwargs(p, &st, is_lambda); break;
        default: ok = param_plain(p, &st, is_lambda); break;
        }
        if (ok && !parser_accept(p, TOK_COMMA))
            break;
    }
    if (ok && st.seen_star && !st.vararg && st.nkwonly == 0 && !p->failed) {
        AwToken tok = *parser_peek(p);
        parser_error_token(p, &tok, "named arguments must follow bare *");
        ok = false;
    }
    AwArguments *args = ok && !p->failed ? finish_params(p, &st) : NULL;
    p->scratch_len = st.args_mark;
    free(st.defaults);
    free(st.kwonly);
    free(st.kw_defaults);
    return args;
}

