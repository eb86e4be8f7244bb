/* parser.h — source text to AST (lexer.c tokenizes, parser.c builds the tree).
 *
 * The parser validates the source (UTF-8, no NUL bytes), tokenizes with exact positions
 * (INDENT/DEDENT, implicit line joining in brackets, f-strings), and builds the tree in the
 * caller's arena. Errors are collected into AwSyntaxError, never thrown, with CPython 3.11's
 * messages and positions ("expected ':'", "invalid syntax", "unterminated string literal
 * (detected at line 3)", "'(' was never closed", "unindent does not match any outer indentation
 * level", "unexpected indent", "expected an indented block after 'if' statement on line 2", ...).
 * Nesting depth is limited (CPython: "too many nested parentheses" at 200 brackets) so hostile
 * input cannot overflow the C stack.
 */
#ifndef AW_PARSER_H
#define AW_PARSER_H

#include <stdbool.h>
#include "interp/ast.h"

typedef enum {
    AW_PARSE_FILE,     /* a module: NODE_MODULE */
    AW_PARSE_SINGLE,   /* one REPL cell: NODE_INTERACTIVE (expression statements are printed) */
    AW_PARSE_EVAL      /* eval(): NODE_EXPRESSION */
} AwParseMode;

typedef enum { AW_SYNTAX_ERROR, AW_INDENTATION_ERROR, AW_TAB_ERROR } AwSyntaxErrorKind;

/* At most this many "invalid decimal literal" SyntaxWarnings are kept per parse. */
#define AW_MAX_LITERAL_WARNINGS 16

/* A number directly followed by a keyword ("1if", "0x1for"): CPython's tokenizer warns. */
typedef struct {
    int line;                /* 1-based line of the literal */
    const char *kind;        /* "decimal", "hexadecimal", ... (a static string) */
} AwLiteralWarning;

/* How SyntaxError.end_offset is reported: CPython gives -1 for errors at a token without a
 * span (INDENT, DEDENT, ENDMARKER, a bad unindent) and 0 for some tokenizer errors. */
typedef enum { AW_END_GIVEN, AW_END_MINUS_ONE, AW_END_ZERO } AwSyntaxEnd;

typedef struct {
    AwSyntaxErrorKind kind;  /* which exception to raise */
    char msg[256];           /* CPython's message, without the exception name */
    int line;                /* 1-based line of the error */
    int col;                 /* 1-based column in characters (CPython's SyntaxError.offset, as
                                when running a file), 0 if unknown */
    int end_line;            /* end of the highlighted range (0 = same as line) */
    int end_col;             /* 1-based end column, exclusive (0 = one caret) */
    bool incomplete;         /* the input ended inside a construct (the REPL asks for more) */
    char text[256];          /* SyntaxError.text when not the source line ("" = the line): an f-string
                                replacement field's "(expression)", as CPython reports it */
    bool text_inner_line;    /* text is a line of a multi-line "(expression)" other than its last:
                                CPython gives it without the '\n' */
    AwSyntaxEnd end_kind;    /* AW_END_GIVEN: end_line/end_col above; else CPython's -1 or 0 */
    bool at_eof;             /* the error is at the end of the input: a script read as a file
                                reports offset 0 there (no caret), as CPython's file tokenizer */
    int nwarnings;           /* literal warnings found, whether or not the parse succeeded */
    AwLiteralWarning warnings[AW_MAX_LITERAL_WARNINGS]; /* in source order */
} AwSyntaxError;

/* Parses src[0..len). Returns the root node, or NULL with *err filled (err->msg empty and
 * err->kind == AW_SYNTAX_ERROR with msg "out of memory" if allocation failed).
 *
 * Conventions beyond CPython:
 *   - AW_PARSE_SINGLE parses one simple_stmts line or one compound statement, like
 *     compile(src, name, 'single'); more than one statement is CPython's "multiple statements
 *     found while compiling a single statement". err->incomplete is set when the parse failed
 *     only because the input ended: inside a bracket, a triple-quoted string or after a
 *     backslash, or where a block or clause was still expected ("if x:\n", "@dec\n",
 *     "try:\n  x\n"). A compound statement that parses is returned even without a
 *     final empty line: the REPL decides, as CPython's does, that a compound statement is
 *     complete only once the user enters an empty line (repl.c checks the root's statement).
 *   - AW_PARSE_EVAL does not strip leading blanks (eval() does that before calling).
 *   - Nesting beyond what the C stack should hold (about 2700 nested expressions, unary
 *     operators, lambdas, `**`, elif clauses; CPython raises MemoryError or RecursionError
 *     there) is SyntaxError "expression too deeply nested"; brackets stop at 200 with
 *     CPython's "too many nested parentheses", blocks at 100 with its IndentationError "too
 *     many levels of indentation". Flat inputs (10^5-term sums, 10^6-element lists) are
 *     parsed in loops, in linear time.
 *   - A file with bytes that are not UTF-8 gets the message of compile(): "(unicode error)
 *     'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" (CPython's
 *     message for a script, "Non-UTF-8 code starting with ...", needs the file name). */
AwNode *parser_parse(AwArena *arena, const char *src, size_t len, AwParseMode mode,
                     AwSyntaxError *err);

#endif
