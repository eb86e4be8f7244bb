/* lexer.c — the tokenizer: CPython 3.11's tok_get, rule for rule, so that token positions and
 * error messages/positions match. Comments name the CPython behaviour being copied where it is
 * not obvious. */
#include "interp/lexer.h"

#include "interp/unicode.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define LEX_EOF (-1)
#define TAB_SIZE 8

/* ---- reading characters ------------------------------------------------------------------ */

/* The source as CPython sees it: a last line without '\n' gets one (tokenizer.c fakes it). */
static int virtual_len(const AwLexer *lx)
{
    bool fake_nl = lx->fake_newline && lx->len > 0 && lx->src[lx->len - 1] != '\n';
    return lx->len + (fake_nl ? 1 : 0);
}

static int char_at(const AwLexer *lx, int at)
{
    return at < lx->len ? (unsigned char)lx->src[at] : '\n';
}

/* CPython reads line by line: the line number advances when the first character of the next
 * line is read, not when '\n' is, so backing up over '\n' never needs to undo it. */
static int nextc(AwLexer *lx)
{
    if (lx->cur >= virtual_len(lx))
        return LEX_EOF;
    if (lx->cur > lx->line_start && char_at(lx, lx->cur - 1) == '\n') {
        lx->line++;
        lx->line_start = lx->cur;
    }
    return char_at(lx, lx->cur++);
}

static void backup(AwLexer *lx, int c)
{
    if (c != LEX_EOF)
        lx->cur--;
}

static int peekc(const AwLexer *lx)
{
    return lx->cur < virtual_len(lx) ? char_at(lx, lx->cur) : LEX_EOF;
}

/* ---- UTF-8 and character classes ---------------------------------------------------------- */

unsigned lexer_decode_utf8(const char *s, int *nbytes)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) {
        *nbytes = 1;
        return u[0];
    }
    if (u[0] < 0xE0) {
        *nbytes = 2;
        return ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
    }
    if (u[0] < 0xF0) {
        *nbytes = 3;
        return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
    }
    *nbytes = 4;
    return ((u[0] & 0x07u) << 18) | ((u[1] & 0x3Fu) << 12) | ((u[2] & 0x3Fu) << 6) |
           (u[3] & 0x3Fu);
}

static bool is_potential_identifier_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static bool is_potential_identifier_char(int c)
{
    return is_potential_identifier_start(c) || (c >= '0' && c <= '9');
}

static bool is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static bool is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* ---- source validation ---------------------------------------------------------------------- */

/* Length of a valid UTF-8 sequence at s[0..n), or 0 with *why set to CPython's reason. */
static int utf8_sequence(const unsigned char *s, size_t n, const char **why, int *bad_len)
{
    unsigned char c = s[0];
    int need = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
    *bad_len = 1;
    *why = "invalid start byte";
    if (need <= 1)
        return need;
    for (int i = 1; i < need; i++) {
        if ((size_t)i >= n) {
            *why = "unexpected end of data";
            *bad_len = i;
            return 0;
        }
        unsigned char b = s[i];
        bool ok = (b & 0xC0) == 0x80;
        if (i == 1 && c == 0xE0 && b < 0xA0) ok = false;   /* overlong */
        if (i == 1 && c == 0xED && b > 0x9F) ok = false;   /* surrogate */
        if (i == 1 && c == 0xF0 && b < 0x90) ok = false;   /* overlong */
        if (i == 1 && c == 0xF4 && b > 0x8F) ok = false;   /* beyond U+10FFFF */
        if (!ok) {
            *why = "invalid continuation byte";
            return 0;
        }
    }
    return need;
}

static void set_error(AwSyntaxError *err, AwSyntaxErrorKind kind, int line, int col,
                      int end_line, int end_col, const char *fmt, va_list ap)
{
    err->kind = kind;
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    err->line = line;
    err->col = col;
    err->end_line = end_line;
    err->end_col = end_col;
    err->end_kind = AW_END_GIVEN;
    err->at_eof = false;
}

static void fill_error(AwSyntaxError *err, AwSyntaxErrorKind kind, int line, int col,
                       int end_line, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_error(err, kind, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
}

bool lexer_check_source(const char *src, size_t len, AwSyntaxError *err)
{
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)src[i];
        if (c == 0) {
            fill_error(err, AW_SYNTAX_ERROR, line, 0, 0, 0,
                       "source code cannot contain null bytes");
            return false;
        }
        if (c == '\n') {
            line++;
            line_start = ++i;
            continue;
        }
        if (c < 0x80) {
            i++;
            continue;
        }
        const char *why;
        int bad_len;
        int n = utf8_sequence((const unsigned char *)src + i, len - i, &why, &bad_len);
        if (n == 0) {
            size_t pos = i - line_start;
            if (bad_len > 1)
                fill_error(err, AW_SYNTAX_ERROR, line, (int)pos + 1, 0, 0,
                           "(unicode error) 'utf-8' codec can't decode bytes in position "
                           "%zu-%zu: %s", pos, pos + (size_t)bad_len - 1, why);
            else
                fill_error(err, AW_SYNTAX_ERROR, line, (int)pos + 1, 0, 0,
                           "(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
                           "position %zu: %s", c, pos, why);
            return false;
        }
        i += (size_t)n;
    }
    return true;
}

/* ---- errors -------------------------------------------------------------------------------- */

/* Number of code points in src[from..to). */
static int char_count(const AwLexer *lx, int from, int to)
{
    int n = 0;
    for (int i = from; i < to; i++)
        if (i >= lx->len || ((unsigned char)lx->src[i] & 0xC0) != 0x80)
            n++;
    return n;
}

int lexer_line_offset(AwLexer *lx, int line)
{
    int at = 0;
    for (int l = 1; l < line && at < lx->len; l++) {
        const char *nl = memchr(lx->src + at, '\n', (size_t)(lx->len - at));
        if (!nl)
            return lx->len;
        at = (int)(nl - lx->src) + 1;
    }
    return at;
}

/* Converts a byte column of a (possibly sub-lexer-shifted) line to a 1-based char offset, as
 * CPython's _PyPegen_byte_offset_to_character_offset does with the line's text: an offset past
 * the line (and its '\n') is clamped to the line's length + 1. */
static int char_offset(AwLexer *lx, int line, int col_byte)
{
    int local_line = line - lx->first_line + 1;
    if (local_line < 1)
        return col_byte + 1;
    int shift = local_line == 1 ? lx->first_col_shift : 0;
    int start = lexer_line_offset(lx, local_line);
    int col = col_byte - shift;
    if (col < 0)
        return col_byte + 1;
    const char *nl = start < lx->len ? memchr(lx->src + start, '\n', (size_t)(lx->len - start))
                                     : NULL;
    int line_bytes = nl ? (int)(nl - lx->src) + 1 - start : lx->len - start;
    if (col > line_bytes)
        return char_count(lx, start, start + line_bytes) + 1;
    return char_count(lx, start, start + col) + 1;
}

/* The end of a range is converted with the text of the range's first line, like CPython: a
 * range ending on a later line usually ends up clamped to the first line's length + 1. */
bool lexer_error_at(AwLexer *lx, AwSyntaxErrorKind kind, int line, int col_byte, int end_line,
                    int end_col_byte, const char *fmt, ...)
{
    if (lx->failed)
        return false;
    lx->failed = true;
    int col = col_byte < 0 ? 0 : char_offset(lx, line, col_byte);
    int end_col = end_col_byte < 0 ? 0 : char_offset(lx, line, end_col_byte);
    va_list ap;
    va_start(ap, fmt);
    set_error(lx->err, kind, line, col, end_col_byte < 0 ? 0 : end_line, end_col, fmt, ap);
    va_end(ap);
    return true;
}

/* CPython's tokenizer syntaxerror(): the offset counts the characters of the line before cur. */
static AwTokenKind error_at_cur(AwLexer *lx, AwSyntaxErrorKind kind, const char *fmt, ...)
{
    if (!lx->failed) {
        lx->failed = true;
        int col = char_count(lx, lx->line_start, lx->cur);
        int line = lx->line + lx->first_line - 1;
        va_list ap;
        va_start(ap, fmt);
        set_error(lx->err, kind, line, col, line, col, fmt, ap);
        va_end(ap);
    }
    return TOK_ERROR;
}

void lexer_init(AwLexer *lx, const char *src, int len, bool interactive, AwSyntaxError *err)
{
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->len = len;
    lx->line = 1;
    lx->at_bol = true;
    lx->interactive = interactive;
    lx->fake_newline = true;
    lx->first_line = 1;
    lx->err = err;
}

/* ---- keywords ------------------------------------------------------------------------------- */

static const struct { const char *text; AwTokenKind kind; } KEYWORDS[] = {
    {"False", TOK_FALSE}, {"None", TOK_NONE}, {"True", TOK_TRUE}, {"and", TOK_AND},
    {"as", TOK_AS}, {"assert", TOK_ASSERT}, {"async", TOK_ASYNC}, {"await", TOK_AWAIT},
    {"break", TOK_BREAK}, {"class", TOK_CLASS}, {"continue", TOK_CONTINUE}, {"def", TOK_DEF},
    {"del", TOK_DEL}, {"elif", TOK_ELIF}, {"else", TOK_ELSE}, {"except", TOK_EXCEPT},
    {"finally", TOK_FINALLY}, {"for", TOK_FOR}, {"from", TOK_FROM}, {"global", TOK_GLOBAL},
    {"if", TOK_IF}, {"import", TOK_IMPORT}, {"in", TOK_IN}, {"is", TOK_IS},
    {"lambda", TOK_LAMBDA}, {"nonlocal", TOK_NONLOCAL}, {"not", TOK_NOT}, {"or", TOK_OR},
    {"pass", TOK_PASS}, {"raise", TOK_RAISE}, {"return", TOK_RETURN}, {"try", TOK_TRY},
    {"while", TOK_WHILE}, {"with", TOK_WITH}, {"yield", TOK_YIELD},
};

static AwTokenKind keyword_or_name(const char *s, int n)
{
    if (n < 2 || n > 8)
        return TOK_NAME;
    for (size_t i = 0; i < sizeof KEYWORDS / sizeof KEYWORDS[0]; i++)
        if (KEYWORDS[i].text[0] == s[0] && (int)strlen(KEYWORDS[i].text) == n &&
            memcmp(KEYWORDS[i].text, s, (size_t)n) == 0)
            return KEYWORDS[i].kind;
    return TOK_NAME;
}

const char *lexer_keyword_text(AwTokenKind kind)
{
    for (size_t i = 0; i < sizeof KEYWORDS / sizeof KEYWORDS[0]; i++)
        if (KEYWORDS[i].kind == kind)
            return KEYWORDS[i].text;
    return NULL;
}

/* ---- indentation ---------------------------------------------------------------------------- */

/* CPython's tok_continuation_line: after '\', only a newline may follow. */
static int continuation_line(AwLexer *lx)
{
    int c = nextc(lx);
    if (c != '\n') {
        /* E_LINECONT: CPython reports at the character after the backslash */
        lx->cur--;
        if (lexer_error_at(lx, AW_SYNTAX_ERROR, lx->line + lx->first_line - 1,
                           lx->cur - lx->line_start, -1, -1,
                           "unexpected character after line continuation character"))
            lx->err->end_kind = AW_END_ZERO;
        lx->soft_error = true;
        lx->cur++;
        return -1;
    }
    c = nextc(lx);
    if (c == LEX_EOF) {
        lx->hit_eof = true;
        /* E_EOF: offset counts the whole line, '\n' included (tok->cur = tok->inp) */
        if (lx->level > 0) {
            int k = lx->level - 1;
            if (lexer_error_at(lx, AW_SYNTAX_ERROR, lx->paren_line[k], lx->paren_col[k],
                               lx->paren_line[k], -1, "'%c' was never closed", lx->paren_char[k]))
                lx->err->end_kind = AW_END_ZERO;
        } else {
            error_at_cur(lx, AW_SYNTAX_ERROR, "unexpected EOF while parsing");
            lx->err->end_line = lx->err->end_col = 0;
        }
        lx->soft_error = true;
        return -1;
    }
    backup(lx, c);
    return c;
}

static AwTokenKind indent_error(AwLexer *lx, AwSyntaxErrorKind kind, const char *msg)
{
    if (!lx->failed) {
        lx->failed = true;
        lx->soft_error = true;
        fill_error(lx->err, kind, lx->line + lx->first_line - 1, 1, 0, 0, "%s", msg);
    }
    return TOK_ERROR;
}

/* Updates the indentation stack for a non-blank line at columns col/altcol (tokenizer.c). */
static AwTokenKind apply_indent(AwLexer *lx, int col, int altcol)
{
    if (col == lx->indent_cols[lx->indent]) {
        if (altcol != lx->alt_indent_cols[lx->indent])
            return indent_error(lx, AW_TAB_ERROR,
                                "inconsistent use of tabs and spaces in indentation");
    } else if (col > lx->indent_cols[lx->indent]) {
        if (lx->indent + 1 >= LEXER_MAX_INDENT)
            return indent_error(lx, AW_INDENTATION_ERROR, "too many levels of indentation");
        if (altcol <= lx->alt_indent_cols[lx->indent])
            return indent_error(lx, AW_TAB_ERROR,
                                "inconsistent use of tabs and spaces in indentation");
        lx->pending++;
        lx->indent++;
        lx->indent_cols[lx->indent] = col;
        lx->alt_indent_cols[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indent_cols[lx->indent]) {
            lx->pending--;
            lx->indent--;
        }
        if (col != lx->indent_cols[lx->indent]) {
            /* E_DEDENT: offset counts the whole line (tok->cur = tok->inp) */
            while (lx->cur < virtual_len(lx) && char_at(lx, lx->cur) != '\n')
                lx->cur++;
            if (lx->cur < virtual_len(lx))
                lx->cur++;
            error_at_cur(lx, AW_INDENTATION_ERROR,
                         "unindent does not match any outer indentation level");
            lx->soft_error = true;
            lx->err->end_line = lx->err->end_col = 0;   /* CPython gives no end here */
            lx->err->end_kind = AW_END_MINUS_ONE;
            return TOK_ERROR;
        }
        if (altcol != lx->alt_indent_cols[lx->indent])
            return indent_error(lx, AW_TAB_ERROR,
                                "inconsistent use of tabs and spaces in indentation");
    }
    return TOK_NAME;  /* no error */
}

/* Measures the indentation at the start of a line; sets *blank for blank/comment lines. */
static AwTokenKind read_indentation(AwLexer *lx, bool *blank)
{
    int col = 0, altcol = 0, cont_line_col = 0, c;
    lx->at_bol = false;
    for (;;) {
        c = nextc(lx);
        if (c == ' ') {
            col++, altcol++;
        } else if (c == '\t') {
            col = (col / TAB_SIZE + 1) * TAB_SIZE;
            altcol = altcol + 1;
        } else if (c == '\014') {
            col = altcol = 0;
        } else if (c == '\\') {
            /* the first backslash fixes the indentation of what follows */
            cont_line_col = cont_line_col ? cont_line_col : col;
            if (continuation_line(lx) < 0)
                return TOK_ERROR;
        } else {
            break;
        }
    }
    backup(lx, c);
    *blank = (c == '#' || c == '\n');
    if (*blank || lx->level > 0)
        return TOK_NAME;
    if (cont_line_col) {
        col = cont_line_col;
        altcol = cont_line_col;
    }
    return apply_indent(lx, col, altcol);
}

/* ---- token construction --------------------------------------------------------------------- */

static AwTokenKind make_token(AwLexer *lx, AwToken *tok, AwTokenKind kind, int start,
                              int start_line, int start_line_offset)
{
    tok->kind = kind;
    tok->level = lx->level;
    tok->start = start;
    tok->end = lx->cur;
    int local_first = start_line;
    tok->line = start_line + lx->first_line - 1;
    tok->col = start - start_line_offset;
    tok->end_line = lx->line + lx->first_line - 1;
    tok->end_col = lx->cur - lx->line_start;
    /* a sub-lexer's first line is shifted right (CPython's starting_col_offset), but only
     * for tokens that END on that line, as pegen tests the tokenizer's current line */
    if (lx->line == 1) {
        tok->end_col += lx->first_col_shift;
        if (local_first == 1)
            tok->col += lx->first_col_shift;
    }
    return kind;
}

/* INDENT, DEDENT and ENDMARKER have no span in CPython (col -1); errors at them use the
 * tokenizer's position, kept here in start. */
static AwTokenKind make_spanless(AwLexer *lx, AwToken *tok, AwTokenKind kind)
{
    tok->kind = kind;
    tok->level = lx->level;
    tok->start = tok->end = lx->cur;
    tok->line = tok->end_line = lx->line + lx->first_line - 1;
    tok->col = tok->end_col = -1;
    return kind;
}

/* ---- numbers -------------------------------------------------------------------------------- */

static bool lookahead(AwLexer *lx, const char *test)
{
    int start = lx->cur;
    const char *s = test;
    while (*s && nextc(lx) == *s)
        s++;
    bool ok = *s == 0 && !is_potential_identifier_char(peekc(lx));
    lx->cur = start;
    return ok;
}

/* "1if x else y": kept for the caller to print as CPython's SyntaxWarning. */
static void warn_literal(AwLexer *lx, const char *kind)
{
    AwSyntaxError *err = lx->err;
    if (lx->cur <= lx->warned_upto || err->nwarnings >= AW_MAX_LITERAL_WARNINGS)
        return;
    lx->warned_upto = lx->cur;
    err->warnings[err->nwarnings].line = lx->line + lx->first_line - 1;
    err->warnings[err->nwarnings++].kind = kind;
}

/* CPython's verify_end_of_number: "1if x else y" is allowed with a SyntaxWarning, "1abc" is
 * an "invalid decimal literal". c is the character after the number. */
static bool verify_end_of_number(AwLexer *lx, int c, const char *kind)
{
    bool keyword_follows = false;
    if (c == 'a')
        keyword_follows = lookahead(lx, "nd");
    else if (c == 'e')
        keyword_follows = lookahead(lx, "lse");
    else if (c == 'f')
        keyword_follows = lookahead(lx, "or");
    else if (c == 'i')
        keyword_follows = peekc(lx) == 'f' || peekc(lx) == 'n' || peekc(lx) == 's';
    else if (c == 'o')
        keyword_follows = lookahead(lx, "r");
    else if (c == 'n')
        keyword_follows = lookahead(lx, "ot");
    if (keyword_follows) {
        backup(lx, c);
        warn_literal(lx, kind);
        return true;
    }
    if (c < 128 && is_potential_identifier_char(c)) {
        backup(lx, c);
        error_at_cur(lx, AW_SYNTAX_ERROR, "invalid %s literal", kind);
        return false;
    }
    backup(lx, c);
    return true;
}

/* Digits with single underscores between them; returns the character after, or -2 on error. */
static int decimal_tail(AwLexer *lx)
{
    int c;
    for (;;) {
        do
            c = nextc(lx);
        while (is_digit(c));
        if (c != '_')
            return c;
        c = nextc(lx);
        if (!is_digit(c)) {
            backup(lx, c);
            error_at_cur(lx, AW_SYNTAX_ERROR, "invalid decimal literal");
            return -2;
        }
    }
}

/* Hex/octal/binary digits after the prefix; radix_name as in CPython's messages. */
static bool radix_digits(AwLexer *lx, int radix, const char *radix_name)
{
    int c = nextc(lx);
    do {
        if (c == '_')
            c = nextc(lx);
        bool ok = radix == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + radix);
        if (!ok) {
            if (radix != 16 && is_digit(c)) {
                error_at_cur(lx, AW_SYNTAX_ERROR, "invalid digit '%c' in %s literal", c,
                             radix_name);
                return false;
            }
            backup(lx, c);
            error_at_cur(lx, AW_SYNTAX_ERROR, "invalid %s literal", radix_name);
            return false;
        }
        do
            c = nextc(lx);
        while (radix == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + radix));
    } while (c == '_');
    if (radix != 16 && is_digit(c)) {
        error_at_cur(lx, AW_SYNTAX_ERROR, "invalid digit '%c' in %s literal", c, radix_name);
        return false;
    }
    return verify_end_of_number(lx, c, radix_name);
}

/* Fraction, exponent and imaginary suffix of a decimal number; c is the character after the
 * integer part (or after the '.' when at_fraction). */
static bool decimal_rest(AwLexer *lx, int c, bool at_fraction)
{
    if (at_fraction || c == '.') {
        if (!at_fraction)
            c = nextc(lx);
        if (is_digit(c)) {
            c = decimal_tail(lx);
            if (c == -2)
                return false;
        }
    }
    if (c == 'e' || c == 'E') {
        int e = c;
        c = nextc(lx);
        if (c == '+' || c == '-') {
            c = nextc(lx);
            if (!is_digit(c)) {
                backup(lx, c);
                error_at_cur(lx, AW_SYNTAX_ERROR, "invalid decimal literal");
                return false;
            }
        } else if (!is_digit(c)) {
            backup(lx, c);
            if (!verify_end_of_number(lx, e, "decimal"))
                return false;
            return true;   /* "1else": the number ends before the 'e' */
        }
        c = decimal_tail(lx);
        if (c == -2)
            return false;
    }
    if (c == 'j' || c == 'J')
        return verify_end_of_number(lx, nextc(lx), "imaginary");
    return verify_end_of_number(lx, c, "decimal");
}

/* A number starting with '0': radix prefix, zeros, or a float; rejects 0123. */
static bool zero_number(AwLexer *lx, int start)
{
    int c = nextc(lx);
    if (c == 'x' || c == 'X')
        return radix_digits(lx, 16, "hexadecimal");
    if (c == 'o' || c == 'O')
        return radix_digits(lx, 8, "octal");
    if (c == 'b' || c == 'B')
        return radix_digits(lx, 2, "binary");
    bool nonzero = false;
    for (;;) {
        if (c == '_') {
            c = nextc(lx);
            if (!is_digit(c)) {
                backup(lx, c);
                error_at_cur(lx, AW_SYNTAX_ERROR, "invalid decimal literal");
                return false;
            }
        }
        if (c != '0')
            break;
        c = nextc(lx);
    }
    int zeros_end = lx->cur;
    if (is_digit(c)) {
        nonzero = true;
        c = decimal_tail(lx);
        if (c == -2)
            return false;
    }
    if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J')
        return decimal_rest(lx, c, false);
    if (nonzero) {
        backup(lx, c);
        int line = lx->line + lx->first_line - 1;
        lexer_error_at(lx, AW_SYNTAX_ERROR, line, start - lx->line_start, line,
                       zeros_end - 1 - lx->line_start,
                       "leading zeros in decimal integer literals are not permitted; use an "
                       "0o prefix for octal integers");
        return false;
    }
    return verify_end_of_number(lx, c, "decimal");
}

/* ---- strings -------------------------------------------------------------------------------- */

/* Reads a string literal body; the prefix (if any) and the opening quote c are consumed. */
static AwTokenKind read_string(AwLexer *lx, AwToken *tok, int quote, int start, int start_line,
                               int start_line_offset)
{
    int quote_size = 1, end_quote_size = 0;
    int c = nextc(lx);
    if (c == quote) {
        c = nextc(lx);
        if (c == quote)
            quote_size = 3;
        else
            end_quote_size = 1;   /* empty string */
    }
    if (c != quote)
        backup(lx, c);
    while (end_quote_size != quote_size) {
        c = nextc(lx);
        if (c == LEX_EOF || (quote_size == 1 && c == '\n')) {
            int detected = lx->line + lx->first_line - 1;
            /* CPython reports from the first character of the token, on its first line */
            lx->cur = start + 1;
            lx->line = start_line;
            lx->line_start = start_line_offset;
            if (c == LEX_EOF)
                lx->hit_eof = lx->hit_eof || quote_size == 3 || lx->interactive;
            if (quote_size == 3)
                return error_at_cur(lx, AW_SYNTAX_ERROR, "unterminated triple-quoted string "
                                    "literal (detected at line %d)", detected);
            return error_at_cur(lx, AW_SYNTAX_ERROR,
                                "unterminated string literal (detected at line %d)", detected);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\')
                nextc(lx);
        }
    }
    return make_token(lx, tok, TOK_STRING, start, start_line, start_line_offset);
}

/* ---- names ---------------------------------------------------------------------------------- */

/* CPython's verify_identifier: reports the first character that cannot be in a name. */
static bool verify_identifier(AwLexer *lx, int start)
{
    for (int i = start; i < lx->cur;) {
        int n;
        unsigned cp = lexer_decode_utf8(lx->src + i, &n);
        bool ok = i == start ? unicode_is_id_start(cp) : unicode_is_id_continue(cp);
        if (!ok) {
            lx->cur = i + n;
            if (unicode_isprintable(cp))
                error_at_cur(lx, AW_SYNTAX_ERROR, "invalid character '%.*s' (U+%04X)", n,
                             lx->src + i, cp);
            else
                error_at_cur(lx, AW_SYNTAX_ERROR, "invalid non-printable character U+%04X", cp);
            return false;
        }
        i += n;
    }
    return true;
}

/* A name, a keyword, or the prefix of a string literal (b r u f in CPython's combinations). */
static AwTokenKind read_name(AwLexer *lx, AwToken *tok, int c, int start)
{
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false, nonascii = false;
    int start_line = lx->line, start_line_offset = lx->line_start;
    for (;;) {
        if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
            saw_b = true;
        else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
            saw_u = true;
        else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
            saw_r = true;
        else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
            saw_f = true;
        else
            break;
        c = nextc(lx);
        if (c == '"' || c == '\'')
            return read_string(lx, tok, c, start, start_line, start_line_offset);
    }
    while (is_potential_identifier_char(c)) {
        if (c >= 128)
            nonascii = true;
        c = nextc(lx);
    }
    backup(lx, c);
    if (nonascii && !verify_identifier(lx, start))
        return TOK_ERROR;
    make_token(lx, tok, keyword_or_name(lx->src + start, lx->cur - start), start, start_line,
               start_line_offset);
    return tok->kind;
}

/* ---- operators ------------------------------------------------------------------------------ */

static AwTokenKind one_char(int c)
{
    switch (c) {
    case '(': return TOK_LPAR;
    case ')': return TOK_RPAR;
    case '[': return TOK_LSQB;
    case ']': return TOK_RSQB;
    case '{': return TOK_LBRACE;
    case '}': return TOK_RBRACE;
    case ':': return TOK_COLON;
    case ',': return TOK_COMMA;
    case ';': return TOK_SEMI;
    case '.': return TOK_DOT;
    case '=': return TOK_EQUAL;
    case '+': return TOK_PLUS;
    case '-': return TOK_MINUS;
    case '*': return TOK_STAR;
    case '/': return TOK_SLASH;
    case '%': return TOK_PERCENT;
    case '@': return TOK_AT;
    case '&': return TOK_AMPER;
    case '|': return TOK_VBAR;
    case '^': return TOK_CIRCUMFLEX;
    case '~': return TOK_TILDE;
    case '<': return TOK_LESS;
    case '>': return TOK_GREATER;
    default: return TOK_OP;
    }
}

static AwTokenKind two_chars(int c1, int c2)
{
    if (c2 == '=') {
        switch (c1) {
        case '=': return TOK_EQEQUAL;
        case '!': return TOK_NOTEQUAL;
        case '<': return TOK_LESSEQUAL;
        case '>': return TOK_GREATEREQUAL;
        case '+': return TOK_PLUSEQUAL;
        case '-': return TOK_MINEQUAL;
        case '*': return TOK_STAREQUAL;
        case '/': return TOK_SLASHEQUAL;
        case '%': return TOK_PERCENTEQUAL;
        case '@': return TOK_ATEQUAL;
        case '&': return TOK_AMPEREQUAL;
        case '|': return TOK_VBAREQUAL;
        case '^': return TOK_CIRCUMFLEXEQUAL;
        case ':': return TOK_COLONEQUAL;
        default: return TOK__COUNT;
        }
    }
    if (c1 == '*' && c2 == '*') return TOK_DOUBLESTAR;
    if (c1 == '/' && c2 == '/') return TOK_DOUBLESLASH;
    if (c1 == '<' && c2 == '<') return TOK_LEFTSHIFT;
    if (c1 == '>' && c2 == '>') return TOK_RIGHTSHIFT;
    if (c1 == '-' && c2 == '>') return TOK_RARROW;
    if (c1 == '<' && c2 == '>') return TOK_OP;   /* Barry-as-FLUFL '<>': a syntax error */
    return TOK__COUNT;
}

static AwTokenKind three_chars(AwTokenKind two, int c3)
{
    if (c3 != '=')
        return TOK__COUNT;
    switch (two) {
    case TOK_DOUBLESTAR: return TOK_DOUBLESTAREQUAL;
    case TOK_DOUBLESLASH: return TOK_DOUBLESLASHEQUAL;
    case TOK_LEFTSHIFT: return TOK_LEFTSHIFTEQUAL;
    case TOK_RIGHTSHIFT: return TOK_RIGHTSHIFTEQUAL;
    default: return TOK__COUNT;
    }
}

/* Keeps the bracket stack; reports unmatched and mismatched closers and too deep nesting. */
static bool track_bracket(AwLexer *lx, int c, int start)
{
    if (c == '(' || c == '[' || c == '{') {
        if (lx->level >= LEXER_MAX_LEVEL) {
            error_at_cur(lx, AW_SYNTAX_ERROR, "too many nested parentheses");
            return false;
        }
        lx->paren_char[lx->level] = (char)c;
        lx->paren_line[lx->level] = lx->line + lx->first_line - 1;
        lx->paren_col[lx->level] = start - lx->line_start;
        lx->level++;
    } else if (c == ')' || c == ']' || c == '}') {
        if (lx->level == 0) {
            error_at_cur(lx, AW_SYNTAX_ERROR, "unmatched '%c'", c);
            return false;
        }
        lx->level--;
        int opening = lx->paren_char[lx->level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
              (opening == '{' && c == '}'))) {
            if (lx->paren_line[lx->level] != lx->line + lx->first_line - 1)
                error_at_cur(lx, AW_SYNTAX_ERROR, "closing parenthesis '%c' does not match "
                             "opening parenthesis '%c' on line %d", c, opening,
                             lx->paren_line[lx->level]);
            else
                error_at_cur(lx, AW_SYNTAX_ERROR, "closing parenthesis '%c' does not match "
                             "opening parenthesis '%c'", c, opening);
            return false;
        }
    }
    return true;
}

static AwTokenKind read_operator(AwLexer *lx, AwToken *tok, int c, int start)
{
    int c2 = nextc(lx);
    AwTokenKind two = two_chars(c, c2);
    if (two != TOK__COUNT) {
        int c3 = nextc(lx);
        AwTokenKind three = three_chars(two, c3);
        if (three != TOK__COUNT)
            two = three;
        else
            backup(lx, c3);
        return make_token(lx, tok, two, start, lx->line, lx->line_start);
    }
    backup(lx, c2);
    if (!track_bracket(lx, c, start))
        return TOK_ERROR;
    if (c < 128 && !unicode_isprintable((uint32_t)c))
        return error_at_cur(lx, AW_SYNTAX_ERROR, "invalid non-printable character U+%04X", c);
    return make_token(lx, tok, one_char(c), start, lx->line, lx->line_start);
}

/* ---- the main function ---------------------------------------------------------------------- */

static AwTokenKind eof_token(AwLexer *lx, AwToken *tok)
{
    if (lx->level > 0) {
        /* CPython: ERRORTOKEN with E_EOF and open brackets -> "'(' was never closed" */
        int k = lx->level - 1;
        lx->hit_eof = true;
        if (lexer_error_at(lx, AW_SYNTAX_ERROR, lx->paren_line[k], lx->paren_col[k],
                           lx->paren_line[k], -1, "'%c' was never closed", lx->paren_char[k]))
            lx->err->end_kind = AW_END_ZERO;
        lx->soft_error = true;
        make_spanless(lx, tok, TOK_ERROR);
        return TOK_ERROR;
    }
    return make_spanless(lx, tok, TOK_ENDMARKER);
}

AwTokenKind lexer_next(AwLexer *lx, AwToken *tok)
{
    int c;
    if (lx->failed)
        return make_spanless(lx, tok, TOK_ERROR);
nextline:;
    bool blank = false;
    if (lx->at_bol && read_indentation(lx, &blank) == TOK_ERROR)
        return make_spanless(lx, tok, TOK_ERROR);
    if (lx->pending != 0) {
        AwTokenKind kind = lx->pending < 0 ? TOK_DEDENT : TOK_INDENT;
        lx->pending += lx->pending < 0 ? 1 : -1;
        return make_spanless(lx, tok, kind);
    }
again:
    do
        c = nextc(lx);
    while (c == ' ' || c == '\t' || c == '\014');
    int start = lx->cur - (c == LEX_EOF ? 0 : 1);
    if (c == '#') {
        while (c != LEX_EOF && c != '\n')
            c = nextc(lx);
    }
    if (c == LEX_EOF)
        return eof_token(lx, tok);
    if (is_potential_identifier_start(c))
        return read_name(lx, tok, c, start);
    if (c == '\n') {
        lx->at_bol = true;
        if (blank || lx->level > 0)
            goto nextline;
        lx->cont_line = false;
        /* the NEWLINE token leaves the '\n' out (and starts at a comment, if any) */
        make_token(lx, tok, TOK_NEWLINE, start, lx->line, lx->line_start);
        tok->end = lx->cur - 1;
        tok->end_col--;
        return TOK_NEWLINE;
    }
    if (c == '.') {
        int c2 = nextc(lx);
        if (is_digit(c2)) {
            if (!decimal_rest(lx, c2, true))
                return make_spanless(lx, tok, TOK_ERROR);
            return make_token(lx, tok, TOK_NUMBER, start, lx->line, lx->line_start);
        }
        if (c2 == '.') {
            int c3 = nextc(lx);
            if (c3 == '.')
                return make_token(lx, tok, TOK_ELLIPSIS, start, lx->line, lx->line_start);
            backup(lx, c3);
        }
        backup(lx, c2);
        return make_token(lx, tok, TOK_DOT, start, lx->line, lx->line_start);
    }
    if (is_digit(c)) {
        bool ok;
        if (c == '0') {
            ok = zero_number(lx, start);
        } else {
            int after = decimal_tail(lx);
            ok = after != -2 && decimal_rest(lx, after, false);
        }
        if (!ok)
            return make_spanless(lx, tok, TOK_ERROR);
        return make_token(lx, tok, TOK_NUMBER, start, lx->line, lx->line_start);
    }
    if (c == '\'' || c == '"')
        return read_string(lx, tok, c, start, lx->line, lx->line_start);
    if (c == '\\') {
        if (continuation_line(lx) < 0)
            return make_spanless(lx, tok, TOK_ERROR);
        lx->cont_line = true;
        goto again;
    }
    return read_operator(lx, tok, c, start);
}
