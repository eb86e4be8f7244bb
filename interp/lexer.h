/* lexer.h — source bytes to tokens, one at a time, exactly like CPython 3.11's tokenizer.
 *
 * The lexer owns indentation (INDENT/DEDENT from a stack, tabs to the next multiple of 8 and a
 * second "tabs count as 1" stack that detects inconsistent tab/space use), bracket nesting
 * (implicit line joining, "'(' was never closed", at most 200 levels), backslash continuation,
 * comments, and the shape of every literal: a NUMBER or STRING token is just a checked span of
 * source; the parser decodes it (parser_string.c). An f-string is one STRING token, as in 3.11.
 *
 * Positions are CPython's: lines 1-based, columns 0-based byte offsets in the line, end
 * exclusive; a STRING token spanning lines starts on its first line. A tokenizer error fills the
 * AwSyntaxError given to lexer_init (1-based character offset, as SyntaxError.offset) and yields
 * TOK_ERROR; every later call yields TOK_ERROR again.
 *
 * The lexer allocates nothing: the caller keeps the source alive while tokens are in use.
 */
#ifndef AW_LEXER_H
#define AW_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include "interp/parser.h"

/* CPython's limits: bracket nesting (tokenizer.h MAXLEVEL) and indentation depth (MAXINDENT). */
#define LEXER_MAX_LEVEL 200
#define LEXER_MAX_INDENT 100

typedef enum {
    TOK_ENDMARKER, TOK_NAME, TOK_NUMBER, TOK_STRING, TOK_NEWLINE, TOK_INDENT, TOK_DEDENT,
    TOK_ERROR,   /* the lexer reported an error, or hit EOF inside brackets / a continuation */
    TOK_OP,      /* a character no rule accepts ('$', '?', '!', '`', "<>"): always a syntax error */
    /* operators and delimiters */
    TOK_LPAR, TOK_RPAR, TOK_LSQB, TOK_RSQB, TOK_LBRACE, TOK_RBRACE, TOK_COLON, TOK_COMMA,
    TOK_SEMI, TOK_DOT, TOK_ELLIPSIS, TOK_RARROW, TOK_COLONEQUAL, TOK_EQUAL,
    TOK_PLUS, TOK_MINUS, TOK_STAR, TOK_SLASH, TOK_DOUBLESLASH, TOK_PERCENT, TOK_AT,
    TOK_DOUBLESTAR, TOK_LEFTSHIFT, TOK_RIGHTSHIFT, TOK_AMPER, TOK_VBAR, TOK_CIRCUMFLEX,
    TOK_TILDE, TOK_LESS, TOK_GREATER, TOK_EQEQUAL, TOK_NOTEQUAL, TOK_LESSEQUAL,
    TOK_GREATEREQUAL,
    /* augmented assignment: same order as the operators above, so op = tok - TOK_PLUSEQUAL */
    TOK_PLUSEQUAL, TOK_MINEQUAL, TOK_STAREQUAL, TOK_SLASHEQUAL, TOK_DOUBLESLASHEQUAL,
    TOK_PERCENTEQUAL, TOK_ATEQUAL, TOK_DOUBLESTAREQUAL, TOK_LEFTSHIFTEQUAL,
    TOK_RIGHTSHIFTEQUAL, TOK_AMPEREQUAL, TOK_VBAREQUAL, TOK_CIRCUMFLEXEQUAL,
    /* hard keywords (soft keywords like match/case are NAMEs) */
    TOK_FALSE, TOK_NONE, TOK_TRUE, TOK_AND, TOK_AS, TOK_ASSERT, TOK_ASYNC, TOK_AWAIT,
    TOK_BREAK, TOK_CLASS, TOK_CONTINUE, TOK_DEF, TOK_DEL, TOK_ELIF, TOK_ELSE, TOK_EXCEPT,
    TOK_FINALLY, TOK_FOR, TOK_FROM, TOK_GLOBAL, TOK_IF, TOK_IMPORT, TOK_IN, TOK_IS,
    TOK_LAMBDA, TOK_NONLOCAL, TOK_NOT, TOK_OR, TOK_PASS, TOK_RAISE, TOK_RETURN, TOK_TRY,
    TOK_WHILE, TOK_WITH, TOK_YIELD,
    TOK__COUNT
} AwTokenKind;

typedef struct {
    AwTokenKind kind;  /* what was read */
    int start;         /* byte offset of the first character in the source */
    int end;           /* byte offset after the last character */
    int line;          /* first line, 1-based */
    int col;           /* byte column of start in its line, 0-based; -1 for INDENT/DEDENT */
    int end_line;      /* last line */
    int end_col;       /* byte column after the last character; -1 for INDENT/DEDENT */
    int level;         /* bracket nesting after this token */
} AwToken;

typedef struct {
    const char *src;         /* the source (need not be NUL-terminated) */
    int len;                 /* its length in bytes */
    int cur;                 /* offset of the next unread byte */
    int line;                /* line of cur, 1-based */
    int line_start;          /* offset of the first byte of that line */
    bool at_bol;             /* cur is at the start of a line: measure indentation next */
    bool cont_line;          /* the current logical line used a backslash continuation */
    bool interactive;        /* REPL cell (AW_PARSE_SINGLE): EOF is "incomplete", not an error */
    bool fake_newline;       /* a last line without '\n' gets one, as CPython does for files
                                and exec() but not for eval() (set by lexer_init) */
    int indent;              /* index of the current level in indent_cols */
    int pending;             /* INDENTs (>0) or DEDENTs (<0) still to hand out */
    int indent_cols[LEXER_MAX_INDENT + 1];     /* columns of the open levels, tabs to 8 */
    int alt_indent_cols[LEXER_MAX_INDENT + 1]; /* same with tabs counted as 1 (TabError check) */
    int level;               /* number of open brackets */
    char paren_char[LEXER_MAX_LEVEL];    /* each open bracket: '(', '[' or '{' */
    int paren_line[LEXER_MAX_LEVEL];     /* its line */
    int paren_col[LEXER_MAX_LEVEL];      /* its byte column */
    int first_line;          /* in a sub-lexer (f-string expression): line of the text's line 1 */
    int first_col_shift;     /* in a sub-lexer: added to columns of tokens on its first line */
    bool failed;             /* an error was reported; every later token is TOK_ERROR */
    bool hit_eof;            /* TOK_ERROR came from EOF inside brackets or after a '\' */
    bool soft_error;         /* the error is one CPython reports only when the parser reads the
                                token (indentation, '\' misuse, EOF), not while it tokenizes
                                the rest of the source after a parser error */
    AwSyntaxError *err;      /* where errors go */
    int warned_upto;         /* offset past the last literal warned about (no repeats on re-reads) */
} AwLexer;

/* Starts reading src[0..len) (a BOM, if any, already skipped by the caller). */
void lexer_init(AwLexer *lx, const char *src, int len, bool interactive, AwSyntaxError *err);

/* Reads the next token into *tok. Returns tok->kind. */
AwTokenKind lexer_next(AwLexer *lx, AwToken *tok);

/* Reports an error at a 1-based character offset on a line of the source, computing the
 * offset from a byte column of that line (used by the parser, which shares the lexer's line
 * knowledge). end_col_byte < 0 means "no end". Only the first error is kept: returns whether
 * this one was recorded. */
bool lexer_error_at(AwLexer *lx, AwSyntaxErrorKind kind, int line, int col_byte, int end_line,
                    int end_col_byte, const char *fmt, ...);

/* Byte offset of the start of a 1-based line (lines are found by scanning; cached). */
int lexer_line_offset(AwLexer *lx, int line);

/* The text of a keyword token, or NULL. */
const char *lexer_keyword_text(AwTokenKind kind);

/* Validates UTF-8 and the absence of NUL bytes in the whole source; fills *err and returns
 * false on the first problem, with CPython's message. */
bool lexer_check_source(const char *src, size_t len, AwSyntaxError *err);

/* Decodes one UTF-8 sequence at s (valid UTF-8 assumed); stores its byte length. */
unsigned lexer_decode_utf8(const char *s, int *nbytes);

#endif
