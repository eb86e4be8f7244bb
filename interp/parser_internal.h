/* parser_internal.h — what the parser's files share: the parser state, the token stream, node
 * construction and error reporting. parser.c owns the token stream, errors and the roots,
 * parser_stmt.c statements, parser_expr.c expressions and targets, parser_args.c call
 * arguments and parameters, parser_string.c string literals and f-strings, parser_match.c
 * match statements and their patterns.
 *
 * Recursive descent with one or two tokens of lookahead and no memoization. Backtracking
 * (parser_mark/parser_reset over the buffered tokens) is used only for `with (...)`, for
 * recognizing `match` statements, and for the lookahead behind CPython's error explanations.
 * Each rule records where it started and builds its node with the end of the last consumed
 * token, which reproduces CPython's positions (a node spans every token of the rule,
 * parentheses included: `(a) + b` starts at the '('). Errors stop the parse: the first one is
 * kept, with CPython 3.11's message and position; see parser.h.
 */
#ifndef AW_PARSER_INTERNAL_H
#define AW_PARSER_INTERNAL_H

#include "interp/ast.h"
#include "interp/lexer.h"
#include "interp/object.h"
#include "interp/parser.h"

/* Nesting budget (see parser.h): every nested expression level, unary operator, lambda and
 * block costs one; beyond it, "expression too deeply nested". Keeps the C stack of the parser
 * and of the compiler's tree walk bounded. */
#define PARSER_MAX_DEPTH 2700

/* A source position: where a rule started (line, byte column). */
typedef struct {
    int line;  /* 1-based */
    int col;   /* 0-based bytes */
} AwPos;

typedef struct AwParser AwParser;
struct AwParser {
    AwArena *arena;          /* where nodes go */
    AwLexer lx;              /* the token source */
    AwToken *toks;           /* fetched tokens not yet discarded (malloc'd) */
    int ntoks;               /* tokens in toks */
    int cap;                 /* capacity of toks */
    int pos;                 /* index in toks of the current (next unconsumed) token */
    int marks;               /* active backtracking points: no discarding while > 0 */
    AwToken last_fetched;    /* the furthest token read: where "invalid syntax" points (set
                                back after lookahead that CPython does in its second pass) */
    AwToken fill_last;       /* the token read last, lookahead included: where CPython's
                                RAISE_SYNTAX_ERROR points (its tokens[fill - 1]) */
    AwPos last_end;          /* end of the last consumed token */
    int last_end_line_tok;   /* kind of the last consumed token */
    AwParseMode mode;        /* what the root is */
    AwSyntaxError *err;      /* the caller's error */
    AwSyntaxError lex_err;   /* the lexer writes here; copied into err when it wins */
    bool failed;             /* parsing stopped */
    bool has_msg;            /* err holds a specific message (else: generic, placed at the end) */
    int depth;               /* current nesting (PARSER_MAX_DEPTH) */
    AwNode **scratch;        /* stack of nodes of lists being built (malloc'd) */
    int scratch_len;         /* used entries */
    int scratch_cap;         /* capacity */
    const char *src;         /* the (normalised) source */
    int src_len;             /* its length */
    int last_level;          /* bracket nesting after the last consumed token */
    int no_invalid;          /* > 0: no error explanations (CPython's expression_without_invalid):
                                errors become generic failures, except hard ones */
    int hard_errors;         /* > 0: errors are reported even when no_invalid (string decoding,
                                f-strings, forced tokens: CPython raises them in any pass) */
    AwNode *bare_tuple;      /* the last Tuple star_expressions built without parentheses */
    bool in_fstring;         /* this parser reads one f-string replacement field */
    int fstring_depth;       /* nesting of f-strings in format specs */
    AwParser *parent;        /* the parser that owns the f-string, or NULL */
};

/* ---- token stream (parser.c) ---- */
AwToken *parser_peek(AwParser *p);               /* current token */
AwToken *parser_peek_at(AwParser *p, int ahead); /* ahead tokens after the current one */
AwTokenKind parser_kind(AwParser *p);            /* kind of the current token */
AwToken parser_advance(AwParser *p);             /* consumes the current token, returns a copy */
bool parser_accept(AwParser *p, AwTokenKind kind); /* consumes the token if it has this kind */
bool parser_expect(AwParser *p, AwTokenKind kind); /* like accept; generic error if not */
bool parser_expect_forced(AwParser *p, AwTokenKind kind, const char *text); /* "expected ':'" */
AwPos parser_start(AwParser *p);                 /* position of the current token */
int parser_mark(AwParser *p);                    /* remember the position for backtracking */
void parser_reset(AwParser *p, int mark);        /* go back (also clears a generic failure) */
void parser_release(AwParser *p);                /* end of a parser_mark region */

/* ---- nodes and lists (parser.c) ---- */
AwNode *parser_node(AwParser *p, AwNodeKind kind, AwPos start);  /* ends at last_end */
AwNode *parser_node_at(AwParser *p, AwNodeKind kind, AwPos start, AwPos end);
void *parser_alloc(AwParser *p, size_t size);    /* arena memory or out-of-memory error */
char *parser_strndup(AwParser *p, const char *s, size_t n);
const char *parser_identifier(AwParser *p, const AwToken *tok);  /* a NAME's text, normalized */
int parser_scratch_mark(AwParser *p);            /* start of a list being built */
bool parser_scratch_push(AwParser *p, AwNode *node);
AwNodeList parser_scratch_pop(AwParser *p, int mark);  /* copies the items into the arena */
AwNodeList parser_list1(AwParser *p, AwNode *node);
AwPos parser_node_start(const AwNode *node);
AwPos parser_node_end(const AwNode *node);

/* ---- errors (parser.c) ---- */
void *parser_fail(AwParser *p);                  /* generic "invalid syntax" at the end */
void *parser_out_of_memory(AwParser *p);         /* "out of memory", no position */
void *parser_error_range(AwParser *p, AwSyntaxErrorKind kind, AwPos start, AwPos end,
                         const char *fmt, ...);  /* end.line 0: no end */
void *parser_error_node(AwParser *p, const AwNode *node, const char *fmt, ...);
void *parser_error_token(AwParser *p, const AwToken *tok, const char *fmt, ...);
void *parser_error_token_kind(AwParser *p, AwSyntaxErrorKind kind, const AwToken *tok,
                              const char *fmt, ...);  /* IndentationError etc. at a token */
bool parser_enter(AwParser *p);                  /* depth++, or the nesting error */
void parser_leave(AwParser *p);
const char *parser_expr_name(const AwNode *node); /* "literal", "function call", ... */

/* ---- expressions (parser_expr.c, parser_args.c) ---- */
AwNode *parser_expression(AwParser *p);          /* expression (ternary, lambda) */
AwNode *parser_named_expression(AwParser *p);    /* NAME := expression | expression */
AwNode *parser_star_expressions(AwParser *p);    /* a, *b, c -> Tuple */
AwNode *parser_star_named_expressions(AwParser *p); /* the same, items may be x := v */
AwNode *parser_disjunction(AwParser *p);         /* or-level (comprehension iterables) */
AwNode *parser_bitwise_or(AwParser *p);          /* `*` operand level */
AwNode *parser_yield_expr(AwParser *p);          /* yield [from] ... */
AwNode *parser_number(AwParser *p);              /* one NUMBER token as a Constant */
AwNode *parser_star_targets(AwParser *p);        /* for/comprehension targets (Store) */
AwArguments *parser_parameters(AwParser *p, bool is_lambda, AwTokenKind closer);
bool parser_call_arguments(AwParser *p, AwNode *call, AwPos start); /* after '(' */
bool parser_for_if_clauses(AwParser *p, AwNodeList *generators);   /* for ... in ... if ... */
AwNode *parser_comprehension_node(AwParser *p, AwNodeKind kind, AwPos start, AwNode *elt,
                                  AwNode *value, AwNodeList generators);
bool parser_set_context(AwParser *p, AwNode *node, AwExprCtx ctx, int targets_kind);
AwNode *parser_invalid_target(AwNode *node, int targets_kind);
/* Whether node, just consumed by a rule that started at start, was in parentheses. */
bool parser_is_parenthesized(AwParser *p, const AwNode *node, AwPos start);

/* targets_kind for parser_set_context / parser_invalid_target (CPython's TARGETS_TYPE) */
enum { TARGETS_STAR, TARGETS_DEL, TARGETS_FOR };

/* ---- strings (parser_string.c) ---- */
AwNode *parser_strings(AwParser *p);             /* one or more adjacent STRING tokens */

/* ---- statements (parser_stmt.c) ---- */
AwNode *parser_statement(AwParser *p, AwNodeList *more);   /* more: extra `;` statements */
bool parser_statements_until(AwParser *p, AwTokenKind end, int mark); /* onto the scratch stack */
bool parser_is_compound_start(AwTokenKind kind);
AwNodeList parser_block_after(AwParser *p, const char *keyword, int line); /* ':' already read */

/* ---- match statements (parser_match.c) ---- */
bool parser_match_lookahead(AwParser *p);        /* the line starts a match statement */
AwNode *parser_match_stmt(AwParser *p);          /* at the `match` soft keyword */

/* ---- f-strings (parser.c): a sub-parser over replacement field text ---- */
AwNode *parser_fstring_expression(AwParser *parent, const char *text, int len, int line,
                                  int col_shift);

#endif
