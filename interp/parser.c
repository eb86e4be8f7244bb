/* parser.c — the parser's entry point, token stream, error reporting and statements.
 *
 * The grammar is CPython 3.11's python.gram read as recursive descent. CPython parses twice
 * (a fast pass, then a pass with "invalid_*" rules that explain the failure); here the
 * explanations are given on the spot, at the point where the single pass fails, which is
 * where CPython's second pass finds them. A failure with no better explanation is reported as
 * "invalid syntax" at the furthest token read, then the rest of the source is tokenized, and a
 * tokenizer error found there wins, as in CPython (_PyPegen_tokenize_full_source_to_check_for_errors).
 * Statements are in parser_stmt.c, expressions in parser_expr.c, literals in parser_string.c.
 */
#include "interp/parser_internal.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- token stream ---------------------------------------------------------------------------- */

/* Reads one more token into the buffer. Tokens before pos are dropped when nothing can
 * backtrack to them, so memory stays small for huge flat inputs. */
static bool fetch(AwParser *p)
{
    if (p->marks == 0 && p->pos > 256 && p->pos * 2 > p->ntoks) {
        memmove(p->toks, p->toks + p->pos, (size_t)(p->ntoks - p->pos) * sizeof(AwToken));
        p->ntoks -= p->pos;
        p->pos = 0;
    }
    if (p->ntoks == p->cap) {
        int cap = p->cap ? p->cap * 2 : 64;
        AwToken *toks = realloc(p->toks, (size_t)cap * sizeof(AwToken));
        if (!toks) {
            parser_out_of_memory(p);
            return false;
        }
        p->toks = toks;
        p->cap = cap;
    }
    AwToken *tok = &p->toks[p->ntoks++];
    lexer_next(&p->lx, tok);
    p->last_fetched = *tok;
    p->fill_last = *tok;
    return true;
}

AwToken *parser_peek_at(AwParser *p, int ahead)
{
    while (p->pos + ahead >= p->ntoks) {
        /* after ENDMARKER or an error, the last token repeats */
        if (p->ntoks > 0 && (p->toks[p->ntoks - 1].kind == TOK_ENDMARKER ||
                             p->toks[p->ntoks - 1].kind == TOK_ERROR)) {
            return &p->toks[p->ntoks - 1];
        }
        if (!fetch(p)) {
            static AwToken error_token = {.kind = TOK_ERROR};
            return &error_token;
        }
    }
    return &p->toks[p->pos + ahead];
}

AwToken *parser_peek(AwParser *p)
{
    return parser_peek_at(p, 0);
}

AwTokenKind parser_kind(AwParser *p)
{
    return p->failed ? TOK_ERROR : parser_peek(p)->kind;
}

AwToken parser_advance(AwParser *p)
{
    AwToken tok = *parser_peek(p);
    if (tok.kind != TOK_ENDMARKER && tok.kind != TOK_ERROR && p->pos < p->ntoks)
        p->pos++;
    /* nodes end at the last token that is not NEWLINE/INDENT/DEDENT (a compound statement
     * whose block ends with `f();` includes the ';'), as CPython's EXTRA */
    if (tok.col >= 0 && tok.kind != TOK_NEWLINE) {
        p->last_end.line = tok.end_line;
        p->last_end.col = tok.end_col;
    }
    p->last_level = tok.level;
    return tok;
}

bool parser_accept(AwParser *p, AwTokenKind kind)
{
    if (parser_kind(p) != kind)
        return false;
    parser_advance(p);
    return true;
}

bool parser_expect(AwParser *p, AwTokenKind kind)
{
    if (parser_accept(p, kind))
        return true;
    parser_fail(p);
    return false;
}

/* CPython's forced tokens (&&':'): the error names the expected token, at the actual one. */
bool parser_expect_forced(AwParser *p, AwTokenKind kind, const char *text)
{
    if (parser_accept(p, kind))
        return true;
    if (!p->failed) {
        AwToken *tok = parser_peek(p);
        if (tok->kind == TOK_ERROR)
            return parser_fail(p), false;
        p->hard_errors++;   /* CPython raises this in its first pass */
        parser_error_token(p, tok, "expected '%s'", text);
        p->hard_errors--;
    }
    return false;
}

AwPos parser_start(AwParser *p)
{
    AwToken *tok = parser_peek(p);
    return (AwPos){tok->line, tok->col};
}

int parser_mark(AwParser *p)
{
    p->marks++;
    return p->pos;
}

void parser_reset(AwParser *p, int mark)
{
    p->pos = mark;
    if (!p->lx.failed) {
        p->failed = false;
        p->has_msg = false;
    }
}

void parser_release(AwParser *p)
{
    p->marks--;
}

/* ---- nodes and lists ------------------------------------------------------------------------- */

void *parser_alloc(AwParser *p, size_t size)
{
    void *mem = arena_alloc(p->arena, size);
    if (!mem)
        parser_out_of_memory(p);
    return mem;
}

char *parser_strndup(AwParser *p, const char *s, size_t n)
{
    char *copy = parser_alloc(p, n + 1);
    if (copy) {
        memcpy(copy, s, n);
        copy[n] = 0;
    }
    return copy;
}

AwNode *parser_node_at(AwParser *p, AwNodeKind kind, AwPos start, AwPos end)
{
    AwNode *node = parser_alloc(p, sizeof(AwNode));
    if (!node)
        return NULL;
    node->kind = kind;
    node->line = start.line;
    node->col = start.col;
    node->end_line = end.line;
    node->end_col = end.col;
    return node;
}

AwNode *parser_node(AwParser *p, AwNodeKind kind, AwPos start)
{
    return parser_node_at(p, kind, start, p->last_end);
}

AwPos parser_node_start(const AwNode *node)
{
    return (AwPos){node->line, node->col};
}

AwPos parser_node_end(const AwNode *node)
{
    return (AwPos){node->end_line, node->end_col};
}

int parser_scratch_mark(AwParser *p)
{
    return p->scratch_len;
}

bool parser_scratch_push(AwParser *p, AwNode *node)
{
    if (p->scratch_len == p->scratch_cap) {
        int cap = p->scratch_cap ? p->scratch_cap * 2 : 64;
        AwNode **items = realloc(p->scratch, (size_t)cap * sizeof(AwNode *));
        if (!items) {
            parser_out_of_memory(p);
            return false;
        }
        p->scratch = items;
        p->scratch_cap = cap;
    }
    p->scratch[p->scratch_len++] = node;
    return true;
}

AwNodeList parser_scratch_pop(AwParser *p, int mark)
{
    AwNodeList list = {NULL, p->scratch_len - mark};
    if (list.count > 0) {
        list.items = parser_alloc(p, (size_t)list.count * sizeof(AwNode *));
        if (list.items)
            memcpy(list.items, p->scratch + mark, (size_t)list.count * sizeof(AwNode *));
        else
            list.count = 0;
    }
    p->scratch_len = mark;
    return list;
}

AwNodeList parser_list1(AwParser *p, AwNode *node)
{
    AwNodeList list = {parser_alloc(p, sizeof(AwNode *)), 1};
    if (!list.items)
        list.count = 0;
    else
        list.items[0] = node;
    return list;
}

/* Identifiers are NFKC-normalized in CPython ("ｗｉｄｔｈ" is "width"); here only the common
 * cases are: fullwidth ASCII, the micro sign, long s, the Latin ligatures and the mathematical
 * Latin letters and digits (each no longer than its source, so the copy is rewritten in
 * place). */
const char *parser_identifier(AwParser *p, const AwToken *tok)
{
    const char *s = p->src + tok->start;
    size_t n = (size_t)(tok->end - tok->start);
    char *id = parser_strndup(p, s, n);
    if (!id)
        return NULL;
    size_t out = 0;
    for (size_t i = 0; i < n;) {
        int len;
        unsigned cp = (unsigned char)s[i] < 0x80 ? (unsigned char)s[i]
                                                  : lexer_decode_utf8(s + i, &len);
        if (cp < 0x80) {
            id[out++] = s[i++];
        } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
            id[out++] = (char)(cp - 0xFF01 + 0x21);
            i += (size_t)len;
        } else if (cp == 0xB5) {                 /* MICRO SIGN -> GREEK SMALL LETTER MU */
            id[out++] = (char)0xCE;
            id[out++] = (char)0xBC;
            i += (size_t)len;
        } else if (cp >= 0x1D400 && cp <= 0x1D6A3) {   /* mathematical A-Z a-z styles */
            int k = (int)(cp - 0x1D400) % 52;
            id[out++] = (char)(k < 26 ? 'A' + k : 'a' + k - 26);
            i += (size_t)len;
        } else if (cp >= 0x1D7CE && cp <= 0x1D7FF) {   /* mathematical digits */
            id[out++] = (char)('0' + (cp - 0x1D7CE) % 10);
            i += (size_t)len;
        } else if (cp == 0x17F || (cp >= 0xFB00 && cp <= 0xFB06)) {   /* long s, ligatures */
            static const char *const expand[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
            const char *text = cp == 0x17F ? "s" : expand[cp - 0xFB00];
            size_t tlen = strlen(text);
            memcpy(id + out, text, tlen);
            out += tlen;
            i += (size_t)len;
        } else {
            memmove(id + out, s + i, (size_t)len);
            out += (size_t)len;
            i += (size_t)len;
        }
    }
    id[out] = 0;
    return id;
}

/* ---- errors ---------------------------------------------------------------------------------- */

void *parser_fail(AwParser *p)
{
    p->failed = true;
    return NULL;
}

/* Allocation failed: err says "out of memory" with no position (parser.h), in any context. */
void *parser_out_of_memory(AwParser *p)
{
    if (!(p->failed && p->has_msg)) {
        memset(p->err, 0, sizeof *p->err);
        snprintf(p->err->msg, sizeof p->err->msg, "out of memory");
    }
    p->failed = p->has_msg = true;
    return NULL;
}

static void verror(AwParser *p, AwSyntaxErrorKind kind, AwPos start, AwPos end,
                   const char *fmt, va_list ap)
{
    if (p->failed && p->has_msg)
        return;
    if (p->no_invalid > 0 && !p->hard_errors) {
        /* an explanation CPython's invalid_* rules would give, in a place where they are off */
        p->failed = true;
        return;
    }
    p->failed = true;
    p->has_msg = true;
    char msg[sizeof p->err->msg];
    vsnprintf(msg, sizeof msg, fmt, ap);
    AwSyntaxError *saved = p->lx.err;
    bool was_failed = p->lx.failed;
    p->lx.err = p->err;
    p->lx.failed = false;
    if (start.col == -1 && start.line == 0) {
        memset(p->err, 0, sizeof *p->err);
        snprintf(p->err->msg, sizeof p->err->msg, "%s", msg);
    } else {
        lexer_error_at(&p->lx, kind, start.line, start.col, end.line, end.line ? end.col : -1,
                       "%s", msg);
    }
    p->lx.err = saved;
    p->lx.failed = was_failed;
}

void *parser_error_range(AwParser *p, AwSyntaxErrorKind kind, AwPos start, AwPos end,
                         const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, kind, start, end, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_error_node(AwParser *p, const AwNode *node, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, AW_SYNTAX_ERROR, parser_node_start(node), parser_node_end(node), fmt, ap);
    va_end(ap);
    return NULL;
}

/* A token without a span (INDENT, DEDENT, ENDMARKER) is reported at the tokenizer's position
 * when it was read, as CPython does: a character count, not col + 1. */
static void error_at_spanless(AwParser *p, AwSyntaxErrorKind kind, const AwToken *tok,
                              const char *fmt, va_list ap)
{
    if (p->failed && p->has_msg)
        return;
    if (p->no_invalid > 0 && !p->hard_errors) {
        p->failed = true;
        return;
    }
    p->failed = true;
    p->has_msg = true;
    memset(p->err, 0, sizeof *p->err);
    p->err->kind = kind;
    vsnprintf(p->err->msg, sizeof p->err->msg, fmt, ap);
    p->err->line = tok->line;
    p->err->end_kind = AW_END_MINUS_ONE;
    p->err->at_eof = tok->start >= p->src_len;
    int local = tok->line - p->lx.first_line + 1;
    int from = lexer_line_offset(&p->lx, local);
    int n = 0;
    for (int i = from; i < tok->start; i++)
        if (i >= p->src_len || ((unsigned char)p->src[i] & 0xC0) != 0x80)
            n++;
    p->err->col = n;
}

static void verror_token(AwParser *p, AwSyntaxErrorKind kind, const AwToken *tok,
                         const char *fmt, va_list ap)
{
    if (tok->col < 0)
        error_at_spanless(p, kind, tok, fmt, ap);
    else
        verror(p, kind, (AwPos){tok->line, tok->col}, (AwPos){tok->end_line, tok->end_col},
               fmt, ap);
}

void *parser_error_token_kind(AwParser *p, AwSyntaxErrorKind kind, const AwToken *tok,
                              const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror_token(p, kind, tok, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_error_token(AwParser *p, const AwToken *tok, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror_token(p, AW_SYNTAX_ERROR, tok, fmt, ap);
    va_end(ap);
    return NULL;
}

bool parser_enter(AwParser *p)
{
    if (p->depth < PARSER_MAX_DEPTH) {
        p->depth++;
        return true;
    }
    /* CPython raises MemoryError/RecursionError here; a parse error is what our API can say */
    AwToken tok = *parser_peek(p);
    if (tok.kind == TOK_ERROR)
        return parser_fail(p), false;
    p->hard_errors++;
    parser_error_token(p, &tok, "expression too deeply nested");
    p->hard_errors--;
    return false;
}

void parser_leave(AwParser *p)
{
    p->depth--;
}

const char *parser_expr_name(const AwNode *node)
{
    switch (node->kind) {
    case NODE_ATTRIBUTE: return "attribute";
    case NODE_SUBSCRIPT: return "subscript";
    case NODE_STARRED: return "starred";
    case NODE_NAME: return "name";
    case NODE_LIST: return "list";
    case NODE_TUPLE: return "tuple";
    case NODE_LAMBDA: return "lambda";
    case NODE_CALL: return "function call";
    case NODE_BOOL_OP: case NODE_BIN_OP: case NODE_UNARY_OP: return "expression";
    case NODE_GENERATOR_EXP: return "generator expression";
    case NODE_YIELD: case NODE_YIELD_FROM: return "yield expression";
    case NODE_AWAIT: return "await expression";
    case NODE_LIST_COMP: return "list comprehension";
    case NODE_SET_COMP: return "set comprehension";
    case NODE_DICT_COMP: return "dict comprehension";
    case NODE_DICT: return "dict literal";
    case NODE_SET: return "set display";
    case NODE_JOINED_STR: case NODE_FORMATTED_VALUE: return "f-string expression";
    case NODE_COMPARE: return "comparison";
    case NODE_IF_EXP: return "conditional expression";
    case NODE_NAMED_EXPR: return "named expression";
    case NODE_CONSTANT:
        switch (node->u.constant.kind) {
        case AW_CONST_NONE: return "None";
        case AW_CONST_TRUE: return "True";
        case AW_CONST_FALSE: return "False";
        case AW_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default: return "expression";
    }
}

/* ---- roots ----------------------------------------------------------------------------------- */

static AwNode *file_input(AwParser *p)
{
    AwPos start = {1, 0};
    int mark = parser_scratch_mark(p);
    if (!parser_statements_until(p, TOK_ENDMARKER, mark))
        return NULL;
    AwNodeList body = parser_scratch_pop(p, mark);
    AwNode *node = parser_node_at(p, NODE_MODULE, start, start);
    if (node)
        node->u.module.body = body;
    return node;
}

/* eval: expressions NEWLINE* ENDMARKER (no starred items, unlike star_expressions) */
static AwNode *eval_input(AwParser *p)
{
    AwPos start = parser_start(p);
    int mark = parser_scratch_mark(p);
    bool tuple = false;
    do {
        AwTokenKind next = parser_kind(p);
        if (tuple && (next == TOK_NEWLINE || next == TOK_ENDMARKER))
            break;
        AwNode *item = parser_expression(p);
        if (!item || !parser_scratch_push(p, item))
            return p->scratch_len = mark, NULL;
        if (parser_kind(p) == TOK_COMMA)
            tuple = true;
    } while (parser_accept(p, TOK_COMMA));
    AwNode *body;
    if (tuple) {
        AwNodeList elts = parser_scratch_pop(p, mark);
        body = parser_node(p, NODE_TUPLE, start);
        if (body)
            body->u.sequence.elts = elts;
    } else {
        body = p->scratch[mark];
        p->scratch_len = mark;
    }
    while (parser_accept(p, TOK_NEWLINE))
        ;
    if (!body || !parser_expect(p, TOK_ENDMARKER))
        return NULL;
    AwNode *node = parser_node_at(p, NODE_EXPRESSION, (AwPos){1, 0}, (AwPos){1, 0});
    if (node)
        node->u.expression.body = body;
    return node;
}

/* A REPL cell or compile(..., 'single'): one simple_stmts line or one compound statement,
 * as CPython's statement_newline. Whether a complete compound statement should wait for an
 * empty line is the REPL's decision (parser.h). */
static AwNode *single_input(AwParser *p)
{
    int mark = parser_scratch_mark(p);
    while (parser_accept(p, TOK_NEWLINE))
        ;
    bool compound = parser_is_compound_start(parser_kind(p));
    if (parser_kind(p) != TOK_ENDMARKER) {
        AwNodeList more;
        AwNode *stmt = parser_statement(p, &more);
        if (!stmt || !parser_scratch_push(p, stmt))
            return p->scratch_len = mark, NULL;
        for (int i = 0; i < more.count; i++)
            parser_scratch_push(p, more.items[i]);
    }
    if (parser_kind(p) != TOK_ENDMARKER) {
        p->scratch_len = mark;
        if (compound || parser_kind(p) == TOK_ERROR)
            return parser_fail(p);
        /* CPython's bad_single_statement, reported at the first statement's NEWLINE */
        AwToken newline = {.kind = TOK_NEWLINE, .line = p->last_end.line,
                           .col = p->last_end.col, .end_line = p->last_end.line,
                           .end_col = p->last_end.col};
        return parser_error_token(p, &newline, "multiple statements found while compiling a "
                                  "single statement");
    }
    AwNodeList body = parser_scratch_pop(p, mark);
    AwNode *node = parser_node_at(p, NODE_INTERACTIVE, (AwPos){1, 0}, (AwPos){1, 0});
    if (node)
        node->u.module.body = body;
    return node;
}

/* CPython tokenizes the rest of the source after a parser error: a tokenizer error there
 * replaces the parser's message, and so does a bracket left open on a line before the
 * error (_PyPegen_tokenize_full_source_to_check_for_errors). */
static void scan_rest(AwParser *p)
{
    AwSyntaxError later;
    memset(&later, 0, sizeof later);
    p->lx.err = &later;
    int error_line = p->fill_last.line;
    AwToken tok;
    while (lexer_next(&p->lx, &tok) != TOK_ENDMARKER && tok.kind != TOK_ERROR)
        ;
    if (tok.kind != TOK_ERROR || !p->lx.failed)
        return;
    if (!p->lx.soft_error) {
        *p->err = later;
        return;
    }
    /* a "soft" error (EOF, indentation, ...) only matters through an open bracket */
    if (p->lx.level > 0 && p->lx.paren_line[p->lx.level - 1] < error_line) {
        int k = p->lx.level - 1;
        p->lx.failed = false;
        if (lexer_error_at(&p->lx, AW_SYNTAX_ERROR, p->lx.paren_line[k], p->lx.paren_col[k],
                           p->lx.paren_line[k], -1, "'%c' was never closed", p->lx.paren_char[k]))
            later.end_kind = AW_END_ZERO;
        *p->err = later;
    }
}

static void finish_error(AwParser *p)
{
    if (p->lx.failed) {
        *p->err = p->lex_err;
    } else if (!p->has_msg) {
        AwToken tok = p->last_fetched;
        if (tok.kind == TOK_INDENT || tok.kind == TOK_DEDENT) {
            /* reported as is: CPython does not look further for these */
            parser_error_token_kind(p, AW_INDENTATION_ERROR, &tok, tok.kind == TOK_INDENT ?
                                    "unexpected indent" : "unexpected unindent");
        } else if (tok.col < 0) {
            /* ENDMARKER: CPython's known location of a token without a span is column 0 */
            int line = p->src_len == 0 ? 0 : tok.line;   /* no line read at all */
            parser_error_range(p, AW_SYNTAX_ERROR, (AwPos){line, -1}, (AwPos){0, 0},
                               "invalid syntax");
            scan_rest(p);
        } else {
            parser_error_token(p, &tok, "invalid syntax");
            scan_rest(p);
        }
    } else if (p->err->line > 0) {
        scan_rest(p);
    }
    bool at_eof = p->fill_last.start >= p->src_len &&
                  (p->fill_last.kind == TOK_ENDMARKER || p->fill_last.kind == TOK_DEDENT);
    if (p->mode == AW_PARSE_SINGLE && (p->lx.hit_eof || at_eof))
        p->err->incomplete = true;
}

/* Copies src without a BOM and with "\r\n" and "\r" turned into "\n" (CPython's universal
 * newlines), so positions and string contents see only '\n'. */
static const char *normalize(AwArena *arena, const char *src, size_t *len)
{
    if (*len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        *len -= 3;
    }
    if (!memchr(src, '\r', *len))
        return src;
    char *copy = arena_alloc(arena, *len + 1);
    if (!copy)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < *len; i++) {
        if (src[i] == '\r') {
            copy[n++] = '\n';
            if (i + 1 < *len && src[i + 1] == '\n')
                i++;
        } else {
            copy[n++] = src[i];
        }
    }
    *len = n;
    return copy;
}

static void parser_init(AwParser *p, AwArena *arena, const char *src, int len,
                        AwParseMode mode, AwSyntaxError *err)
{
    memset(p, 0, sizeof *p);
    p->arena = arena;
    p->mode = mode;
    p->err = err;
    p->src = src;
    p->src_len = len;
    lexer_init(&p->lx, src, len, mode == AW_PARSE_SINGLE, &p->lex_err);
    p->lx.fake_newline = mode != AW_PARSE_EVAL;
}

static void parser_free(AwParser *p)
{
    free(p->toks);
    free(p->scratch);
}

AwNode *parser_parse(AwArena *arena, const char *src, size_t len, AwParseMode mode,
                     AwSyntaxError *err)
{
    memset(err, 0, sizeof *err);
    if (!lexer_check_source(src, len, err))
        return NULL;
    if (len > INT_MAX / 2) {
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    src = normalize(arena, src, &len);
    if (!src) {
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    AwParser p;
    parser_init(&p, arena, src, (int)len, mode, err);
    AwNode *root = mode == AW_PARSE_FILE ? file_input(&p)
                   : mode == AW_PARSE_EVAL ? eval_input(&p) : single_input(&p);
    if (!root || p.failed || p.lx.failed) {   /* a lexer error can end the input early */
        root = NULL;
        finish_error(&p);
    }
    err->nwarnings = p.lex_err.nwarnings;
    memcpy(err->warnings, p.lex_err.warnings, sizeof err->warnings);
    parser_free(&p);
    return root;
}

/* ---- f-string replacement fields --------------------------------------------------------- */

/* Parses the text "(expression)" of a replacement field like CPython's fstring_compile_expr:
 * tokens on the text's first line are shifted right by col_shift and the text's first line is
 * file line `line`. Errors go to the parent with an "f-string: " prefix and positions relative
 * to the text, as CPython reports them. */
AwNode *parser_fstring_expression(AwParser *parent, const char *text, int len, int line,
                                  int col_shift)
{
    AwSyntaxError sub_err;
    AwParser p;
    parser_init(&p, parent->arena, text, len, AW_PARSE_EVAL, &sub_err);
    p.lx.fake_newline = true;
    memset(&sub_err, 0, sizeof sub_err);
    p.lx.first_line = line;
    p.lx.first_col_shift = col_shift;
    p.in_fstring = true;
    p.parent = parent;
    p.depth = parent->depth;
    p.fstring_depth = parent->fstring_depth + 1;
    AwNode *expr = parser_star_expressions(&p);
    if (expr && !p.failed) {
        while (parser_accept(&p, TOK_NEWLINE))
            ;
        if (parser_kind(&p) != TOK_ENDMARKER)
            parser_fail(&p);
    }
    if (!expr || p.failed) {
        finish_error(&p);
        if (!parent->failed || !parent->has_msg) {
            /* the tokenizer's own errors have no prefix in CPython, the parser's have */
            *parent->err = sub_err;
            if (!p.lx.failed || p.lx.soft_error) {
                snprintf(parent->err->msg, sizeof parent->err->msg, "f-string: %.240s",
                         sub_err.msg);
                /* CPython shows the line of the "(expression)" text it parsed where the error is */
                const char *at = text, *stop = text + len;
                for (int l = line; l < sub_err.line && at < stop; at++)
                    if (*at == '\n') l++;
                if (at >= stop) at = text;
                int n = 0;
                while (at + n < stop && at[n] != '\n' && n < (int)sizeof parent->err->text - 1) n++;
                memcpy(parent->err->text, at, (size_t)n);
                parent->err->text[n] = '\0';
                parent->err->text_inner_line = at + n < stop;
            }
            parent->failed = parent->has_msg = true;
        }
        expr = NULL;
    }
    parser_free(&p);
    return expr;
}
