/* parser_string.c — string and bytes literals, implicit concatenation and f-strings.
 *
 * Follows CPython 3.11's string_parser.c: a STRING token is decoded here (prefixes, escapes,
 * "bytes can only contain ASCII literal characters"), adjacent literals are joined (a JoinedStr
 * if any is an f-string, else one Constant; mixing bytes and str is an error), and an
 * f-string's replacement fields are located by scanning (3.11 rules: no backslash or '#' in
 * an expression, quotes must differ from the enclosing ones) and each expression is parsed by
 * a sub-parser over "(" text ")" with CPython's position shifting. Escape errors use CPython's
 * "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: ..." whose
 * positions count each non-ASCII character as 10 bytes, as CPython's re-encoding does.
 * \N{...} knows the names in parser_names.h (about 2300 common characters: Latin-1 and
 * Latin Extended-A, Greek, Cyrillic, punctuation, currency, arrows, math, box drawing, shapes,
 * symbols, dingbats, emoticons, control aliases) and CJK UNIFIED IDEOGRAPH-XXXX; any other
 * name is CPython's "unknown Unicode character name".
 */
#include "interp/parser_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- a growable byte buffer (malloc'd; freed by its user) ------------------------------------ */

typedef struct {
    char *data;   /* bytes, not NUL-terminated */
    size_t len;   /* bytes used */
    size_t cap;   /* bytes allocated */
} AwStrBuf;

static bool buf_reserve(AwParser *p, AwStrBuf *b, size_t more)
{
    if (b->len + more <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + more)
        cap *= 2;
    char *data = realloc(b->data, cap);
    if (!data) {
        parser_out_of_memory(p);
        return false;
    }
    b->data = data;
    b->cap = cap;
    return true;
}

static bool buf_add(AwParser *p, AwStrBuf *b, const char *s, size_t n)
{
    if (n == 0)
        return true;
    if (!buf_reserve(p, b, n))
        return false;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    return true;
}

static bool buf_add_utf8(AwParser *p, AwStrBuf *b, unsigned cp)
{
    char out[4];
    size_t n;
    if (cp < 0x80) {
        out[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return buf_add(p, b, out, n);
}

/* ---- \N{...} names --------------------------------------------------------------------------- */

static const struct { const char *name; unsigned cp; } CHAR_NAMES[] = {
#include "interp/parser_names.h"
};

/* "CJK UNIFIED IDEOGRAPH-4E00": names computed from the code point (Unicode 14.0 ranges).
 * As in CPython, the prefix ignores case but the hex digits must be upper case. */
static bool cjk_name(const char *upper, const char *name, unsigned *cp)
{
    static const char prefix[] = "CJK UNIFIED IDEOGRAPH-";
    static const unsigned ranges[][2] = {
        {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B738},
        {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A},
    };
    size_t n = strlen(upper), plen = sizeof prefix - 1;
    if (n <= plen || n > plen + 5 || memcmp(upper, prefix, plen) != 0)
        return false;
    unsigned value = 0;
    for (size_t i = plen; i < n; i++) {
        int digit = name[i] >= '0' && name[i] <= '9' ? name[i] - '0'
                    : name[i] >= 'A' && name[i] <= 'F' ? name[i] - 'A' + 10 : -1;
        if (digit < 0)
            return false;
        value = value * 16 + (unsigned)digit;
    }
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
        if (value >= ranges[i][0] && value <= ranges[i][1]) {
            *cp = value;
            return true;
        }
    }
    return false;
}

static bool lookup_name(const char *name, size_t n, unsigned *cp)
{
    char upper[128];
    if (n >= sizeof upper)
        return false;
    for (size_t i = 0; i < n; i++)
        upper[i] = (name[i] >= 'a' && name[i] <= 'z') ? (char)(name[i] - 32) : name[i];
    upper[n] = 0;
    if (cjk_name(upper, name, cp))
        return true;
    size_t lo = 0, hi = sizeof CHAR_NAMES / sizeof CHAR_NAMES[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int cmp = strcmp(CHAR_NAMES[mid].name, upper);
        if (cmp == 0) {
            *cp = CHAR_NAMES[mid].cp;
            return true;
        }
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

/* ---- escape decoding --------------------------------------------------------------------------- */

/* Position of s in CPython's re-encoded buffer, where a non-ASCII character became a
 * 10-byte "\U%08x" escape before unicode-escape decoding. */
static long escape_position(const char *begin, const char *s)
{
    long pos = 0;
    for (const char *c = begin; c < s;) {
        if ((unsigned char)*c < 0x80) {
            pos++;
            c++;
        } else {
            int n;
            lexer_decode_utf8(c, &n);
            pos += 10;
            c += n;
        }
    }
    return pos;
}

static void *escape_error(AwParser *p, const char *begin, const char *from, const char *to,
                          const char *why)
{
    long start = escape_position(begin, from), end = escape_position(begin, to);
    if (end - start == 1)
        return parser_error_token(p, &p->fill_last, "(unicode error) 'unicodeescape' codec "
                                  "can't decode byte 0x%02x in position %ld: %s",
                                  (unsigned char)*from, start, why);
    return parser_error_token(p, &p->fill_last, "(unicode error) 'unicodeescape' codec "
                              "can't decode bytes in position %ld-%ld: %s", start, end - 1, why);
}

static int hex_value(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* One escape after a backslash in a str literal; *s points after the backslash. */
static bool str_escape(AwParser *p, AwStrBuf *out, const char *begin, const char **s,
                       const char *end)
{
    const char *bs = *s - 1;
    char c = *(*s)++;
    static const char SIMPLE_FROM[] = "\n\\'\"abfnrtv";
    static const char SIMPLE_TO[] = "\0\\'\"\a\b\f\n\r\t\v";
    const char *simple = memchr(SIMPLE_FROM, c, sizeof SIMPLE_FROM - 1);
    if (simple) {
        if (c == '\n')
            return true;   /* backslash-newline: line continuation inside the literal */
        return buf_add(p, out, &SIMPLE_TO[simple - SIMPLE_FROM], 1);
    }
    if (c >= '0' && c <= '7') {
        unsigned value = (unsigned)(c - '0');
        for (int i = 0; i < 2 && *s < end && **s >= '0' && **s <= '7'; i++)
            value = value * 8 + (unsigned)(*(*s)++ - '0');
        return buf_add_utf8(p, out, value);
    }
    if (c == 'x' || c == 'u' || c == 'U') {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        const char *why = c == 'x' ? "truncated \\xXX escape"
                          : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
        unsigned value = 0;
        for (; count; count--, (*s)++) {
            if (*s >= end || hex_value(**s) < 0)
                return escape_error(p, begin, bs, *s, why), false;
            value = value * 16 + (unsigned)hex_value(**s);
        }
        if (value > 0x10FFFF)
            return escape_error(p, begin, bs, *s, "illegal Unicode character"), false;
        return buf_add_utf8(p, out, value);
    }
    if (c == 'N') {
        const char *why = "malformed \\N character escape";
        if (*s >= end || **s != '{')
            return escape_error(p, begin, bs, *s, why), false;
        const char *name = ++*s;
        while (*s < end && **s != '}')
            (*s)++;
        if (*s >= end || *s == name)
            return escape_error(p, begin, bs, *s, why), false;
        unsigned cp;
        bool found = lookup_name(name, (size_t)(*s - name), &cp);
        (*s)++;
        if (!found)
            return escape_error(p, begin, bs, *s, "unknown Unicode character name"), false;
        return buf_add_utf8(p, out, cp);
    }
    /* an invalid escape stays as written (CPython warns, we do not) */
    char keep[2] = {'\\', c};
    if ((unsigned char)c >= 0x80) {
        int n;
        lexer_decode_utf8(*s - 1, &n);
        if (!buf_add(p, out, keep, 1))
            return false;
        return buf_add(p, out, *s - 1, (size_t)n) && ((*s += n - 1), true);
    }
    return buf_add(p, out, keep, 2);
}

/* Decodes a str literal body (not raw). */
static bool decode_str(AwParser *p, AwStrBuf *out, const char *s, const char *end)
{
    const char *begin = s;
    while (s < end) {
        const char *bs = memchr(s, '\\', (size_t)(end - s));
        if (!bs)
            return buf_add(p, out, s, (size_t)(end - s));
        if (!buf_add(p, out, s, (size_t)(bs - s)))
            return false;
        s = bs + 1;
        if (s >= end)
            return buf_add(p, out, "\\", 1);
        if (!str_escape(p, out, begin, &s, end))
            return false;
    }
    return true;
}

/* Decodes a bytes literal body (not raw); CPython's PyBytes_DecodeEscape. */
static bool decode_bytes(AwParser *p, AwStrBuf *out, const char *s, const char *end)
{
    const char *begin = s;
    while (s < end) {
        if (*s != '\\') {
            if (!buf_add(p, out, s++, 1))
                return false;
            continue;
        }
        const char *bs = s++;
        if (s >= end)
            return buf_add(p, out, "\\", 1);
        char c = *s++;
        static const char SIMPLE_FROM[] = "\n\\'\"abfnrtv";
        static const char SIMPLE_TO[] = "\0\\'\"\a\b\f\n\r\t\v";
        const char *simple = memchr(SIMPLE_FROM, c, sizeof SIMPLE_FROM - 1);
        char byte;
        if (simple) {
            if (c == '\n')
                continue;
            byte = SIMPLE_TO[simple - SIMPLE_FROM];
        } else if (c >= '0' && c <= '7') {
            unsigned value = (unsigned)(c - '0');
            for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++)
                value = value * 8 + (unsigned)(*s++ - '0');
            byte = (char)(value & 0xFF);
        } else if (c == 'x') {
            if (end - s < 2 || hex_value(s[0]) < 0 || hex_value(s[1]) < 0) {
                parser_error_token(p, &p->fill_last,
                                   "(value error) invalid \\x escape at position %ld",
                                   (long)(bs - begin));
                return false;
            }
            byte = (char)(hex_value(s[0]) * 16 + hex_value(s[1]));
            s += 2;
        } else {
            char keep[2] = {'\\', c};
            if (!buf_add(p, out, keep, 2))
                return false;
            continue;
        }
        if (!buf_add(p, out, &byte, 1))
            return false;
    }
    return true;
}

/* ---- one literal token --------------------------------------------------------------------------- */

typedef struct {
    bool is_bytes;      /* b prefix */
    bool is_raw;        /* r prefix */
    bool is_fstring;    /* f prefix */
    const char *body;   /* text between the quotes */
    const char *end;    /* end of the body */
} AwLiteral;

static AwLiteral split_literal(AwParser *p, const AwToken *tok)
{
    AwLiteral lit = {false, false, false, NULL, NULL};
    const char *s = p->src + tok->start;
    const char *stop = p->src + tok->end;
    for (; *s != '\'' && *s != '"'; s++) {
        char c = (char)(*s | 0x20);
        lit.is_bytes |= c == 'b';
        lit.is_raw |= c == 'r';
        lit.is_fstring |= c == 'f';
    }
    int quote_len = (stop - s >= 6 && s[1] == s[0] && s[2] == s[0]) ? 3 : 1;
    lit.body = s + quote_len;
    lit.end = stop - quote_len;
    return lit;
}

/* ---- f-strings ------------------------------------------------------------------------------------ */

/* The pieces of a JoinedStr being built: pending literal text, values on the scratch stack. */
typedef struct {
    AwStrBuf text;        /* literal text not yet turned into a Constant */
    int mark;           /* scratch index of the first value */
    bool fmode;         /* an f-string was seen: the result is a JoinedStr */
    AwPos start;        /* span of all the tokens (CPython gives every part this span) */
    AwPos end;
    bool u_kind;        /* the first token has a lower-case u prefix: its Constants have kind 'u' */
} AwFState;

static AwNode *str_constant(AwParser *p, const AwStrBuf *text, AwPos start, AwPos end, bool u_kind)
{
    AwNode *node = parser_node_at(p, NODE_CONSTANT, start, end);
    if (!node)
        return NULL;
    node->u.constant.kind = AW_CONST_STR;
    node->u.constant.u_kind = u_kind;
    node->u.constant.text = parser_strndup(p, text->len ? text->data : "", text->len);
    node->u.constant.len = text->len;
    return node->u.constant.text ? node : NULL;
}

/* Turns pending text into a Constant value of the JoinedStr. */
static bool flush_text(AwParser *p, AwFState *st)
{
    if (st->text.len == 0)
        return true;
    AwNode *node = str_constant(p, &st->text, st->start, st->end, st->u_kind);
    st->text.len = 0;
    return node && parser_scratch_push(p, node);
}

static AwNode *fstring_parse(AwParser *p, const char **str, const char *end, bool raw,
                             int recurse, const AwToken *tok, AwPos start, AwPos stop);

/* Scans a replacement field's expression text (fstring_find_expr's loop): returns the end of
 * the expression, or NULL after an error. */
static const char *scan_expression(AwParser *p, const char *s, const char *end)
{
    char quote = 0;
    int string_type = 0, depth = 0;
    char parens[LEXER_MAX_LEVEL];
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\')
            return parser_error_token(p, &p->fill_last,
                                      "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        quote = 0;
                        string_type = 0;
                    }
                } else {
                    quote = 0;
                    string_type = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            string_type = (s + 2 < end && s[1] == ch && s[2] == ch) ? 3 : 1;
            if (string_type == 3)
                s += 2;
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= LEXER_MAX_LEVEL)
                return parser_error_token(p, &p->fill_last,
                                          "f-string: too many nested parenthesis");
            parens[depth++] = ch;
        } else if (ch == '#') {
            return parser_error_token(p, &p->fill_last,
                                      "f-string expression part cannot include '#'");
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                                  ch == '>' || ch == '<')) {
            if (s + 1 < end && s[1] == '=' && ch != ':' && ch != '}') {
                s++;   /* != == <= >= */
                continue;
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (depth == 0)
                return parser_error_token(p, &p->fill_last, "f-string: unmatched '%c'", ch);
            char opening = parens[--depth];
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
                  (opening == '{' && ch == '}')))
                return parser_error_token(p, &p->fill_last, "f-string: closing parenthesis "
                                          "'%c' does not match opening parenthesis '%c'", ch,
                                          opening);
        }
    }
    if (quote)
        return parser_error_token(p, &p->fill_last, "f-string: unterminated string");
    if (depth)
        return parser_error_token(p, &p->fill_last, "f-string: unmatched '%c'",
                                  parens[depth - 1]);
    if (s >= end)
        return parser_error_token(p, &p->fill_last, "f-string: expecting '}'");
    return s;
}

/* fstring_compile_expr: parse "(" text ")" with CPython's location shift. brace points at
 * the '{' inside the token text. */
static AwNode *compile_field(AwParser *p, const char *brace, const char *expr_end,
                             const AwToken *tok)
{
    const char *expr = brace + 1;
    const char *c = expr;
    while (c < expr_end && (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\f'))
        c++;
    if (c == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
            return parser_error_token(p, &p->fill_last,
                                      "f-string: expression required before '%c'", *expr_end);
        return parser_error_token(p, &p->fill_last, "f-string: empty expression not allowed");
    }
    /* fstring_find_expr_location */
    const char *tok_text = p->src + tok->start;
    bool newline_after_brace = true;
    for (c = expr; c < expr_end && *c != '}' && *c != '\n'; c++) {
        if (*c != ' ' && *c != '\t' && *c != '\f') {
            newline_after_brace = false;
            break;
        }
    }
    int lines = 0, cols = 0;
    if (!newline_after_brace) {
        const char *back = brace;
        while (back > tok_text && *back != '\n')
            back--;
        cols = (int)(brace - back) - (*back == '\n' ? 1 : 0);
    }
    for (c = tok_text; c < brace; c++)
        lines += *c == '\n';
    int len = (int)(expr_end - expr);
    char *text = parser_alloc(p, (size_t)len + 3);
    if (!text)
        return NULL;
    text[0] = '(';
    memcpy(text + 1, expr, (size_t)len);
    text[len + 1] = ')';
    /* CPython 3.11 adds the token's column only when the field is on the token's first line */
    int shift = (lines == 0 ? tok->col : 0) + cols;
    return parser_fstring_expression(p, text, len + 2, tok->line + lines, shift);
}

/* fstring_find_expr after the expression text: '=', '!c', ':spec', '}'. */
static AwNode *replacement_field(AwParser *p, AwFState *st, const char **str, const char *end,
                                 bool raw, int recurse, const AwToken *tok)
{
    if (recurse >= 2)
        return parser_error_token(p, &p->fill_last, "f-string: expressions nested too deeply");
    const char *brace = *str;
    const char *s = scan_expression(p, brace + 1, end);
    if (!s)
        return NULL;
    AwNode *value = compile_field(p, brace, s, tok);
    if (!value)
        return NULL;
    bool debug = false;
    if (*s == '=') {
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\v' ||
                           *s == '\r'))
            s++;
        if (s >= end)
            return parser_error_token(p, &p->fill_last, "f-string: expecting '}'");
        debug = true;
        if (!buf_add(p, &st->text, brace + 1, (size_t)(s - brace - 1)))
            return NULL;
    }
    int conversion = -1;
    if (*s == '!') {
        s++;
        if (s >= end)
            return parser_error_token(p, &p->fill_last, "f-string: expecting '}'");
        conversion = (unsigned char)*s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return parser_error_token(p, &p->fill_last, "f-string: invalid conversion "
                                      "character: expected 's', 'r', or 'a'");
    }
    AwNode *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        if (s >= end)
            return parser_error_token(p, &p->fill_last, "f-string: expecting '}'");
        spec = fstring_parse(p, &s, end, raw, recurse + 1, tok, st->start, st->end);
        if (!spec)
            return NULL;
    }
    if (s >= end || *s != '}')
        return parser_error_token(p, &p->fill_last, "f-string: expecting '}'");
    *str = s + 1;
    if (debug && !spec && conversion == -1)
        conversion = 'r';
    AwNode *node = parser_node_at(p, NODE_FORMATTED_VALUE, st->start, st->end);
    if (node) {
        node->u.formatted_value.value = value;
        node->u.formatted_value.conversion = conversion;
        node->u.formatted_value.format_spec = spec;
    }
    return node;
}

/* fstring_find_literal: text up to a single '{' (or '}' ending a format spec), decoded.
 * Returns 1 after a doubled brace (text ends with one brace, scanning goes on), 0 otherwise,
 * -1 on error. */
static int find_literal(AwParser *p, AwFState *st, const char **str, const char *end, bool raw,
                        int recurse)
{
    const char *s = *str, *literal_start = s;
    int result = 0;
    const char *lit_end;
    for (;;) {
        if (s >= end) {
            lit_end = s;
            break;
        }
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}')
                        ;
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (recurse == 0) {
                if (s < end && *s == ch) {
                    lit_end = s;
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    parser_error_token(p, &p->fill_last, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            lit_end = s;
            break;
        }
    }
    *str = s;
done:
    if (lit_end == literal_start)
        return result;
    bool ok = raw ? buf_add(p, &st->text, literal_start, (size_t)(lit_end - literal_start))
                  : decode_str(p, &st->text, literal_start, lit_end);
    return ok ? result : -1;
}

/* _PyPegen_FstringParser_ConcatFstring: literals and fields of one f-string (or spec). */
static bool fstring_concat(AwParser *p, AwFState *st, const char **str, const char *end, bool raw,
                           int recurse, const AwToken *tok)
{
    st->fmode = true;
    for (;;) {
        int result = find_literal(p, st, str, end, raw, recurse);
        if (result < 0)
            return false;
        if (result == 1)
            continue;
        if (*str >= end || **str == '}')
            break;
        AwNode *field = replacement_field(p, st, str, end, raw, recurse, tok);
        if (!field || !flush_text(p, st) || !parser_scratch_push(p, field))
            return false;
    }
    if (recurse == 0 && *str < end) {
        parser_error_token(p, &p->fill_last, "f-string: unexpected end of string");
        return false;
    }
    if (recurse != 0 && (*str >= end || **str != '}')) {
        parser_error_token(p, &p->fill_last, "f-string: expecting '}'");
        return false;
    }
    return true;
}

/* A format spec: always a JoinedStr spanning the token (fstring_parse + Finish(t, t)). */
static AwNode *fstring_parse(AwParser *p, const char **str, const char *end, bool raw,
                             int recurse, const AwToken *tok, AwPos start, AwPos stop)
{
    AwFState st;
    memset(&st, 0, sizeof st);
    st.mark = parser_scratch_mark(p);
    st.start = start;
    st.end = stop;
    bool ok = fstring_concat(p, &st, str, end, raw, recurse, tok);
    AwNode *node = NULL;
    /* the spec's last literal spans this token only (CPython's Finish(t, t)) */
    st.start = (AwPos){tok->line, tok->col};
    st.end = (AwPos){tok->end_line, tok->end_col};
    if (ok && flush_text(p, &st)) {
        AwNodeList values = parser_scratch_pop(p, st.mark);
        node = parser_node_at(p, NODE_JOINED_STR, (AwPos){tok->line, tok->col},
                              (AwPos){tok->end_line, tok->end_col});
        if (node)
            node->u.joined_str.values = values;
    }
    p->scratch_len = st.mark;
    free(st.text.data);
    return node;
}

/* ---- concatenation ------------------------------------------------------------------------------ */

/* Checked when each token is decoded, before the token is joined to the others. */
static bool bytes_are_ascii(AwParser *p, const AwLiteral *lit, const AwToken *tok)
{
    for (const char *c = lit->body; c < lit->end; c++)
        if ((unsigned char)*c >= 0x80)
            return parser_error_token(p, tok, "bytes can only contain ASCII literal characters"),
                   false;
    return true;
}

static bool add_literal(AwParser *p, AwFState *st, AwStrBuf *bytes, const AwLiteral *lit,
                        const AwToken *tok)
{
    if (lit->is_fstring) {
        const char *s = lit->body;
        return fstring_concat(p, st, &s, lit->end, lit->is_raw, 0, tok);
    }
    if (lit->is_bytes) {
        if (lit->is_raw)
            return buf_add(p, bytes, lit->body, (size_t)(lit->end - lit->body));
        return decode_bytes(p, bytes, lit->body, lit->end);
    }
    if (lit->is_raw)
        return buf_add(p, &st->text, lit->body, (size_t)(lit->end - lit->body));
    return decode_str(p, &st->text, lit->body, lit->end);
}

static AwNode *finish_strings(AwParser *p, AwFState *st, AwStrBuf *bytes, bool is_bytes)
{
    if (is_bytes) {
        AwNode *node = parser_node_at(p, NODE_CONSTANT, st->start, st->end);
        if (!node)
            return NULL;
        node->u.constant.kind = AW_CONST_BYTES;
        node->u.constant.text = parser_strndup(p, bytes->len ? bytes->data : "", bytes->len);
        node->u.constant.len = bytes->len;
        return node->u.constant.text ? node : NULL;
    }
    if (!st->fmode)
        return str_constant(p, &st->text, st->start, st->end, st->u_kind);
    if (!flush_text(p, st))
        return NULL;
    AwNodeList values = parser_scratch_pop(p, st->mark);
    AwNode *node = parser_node_at(p, NODE_JOINED_STR, st->start, st->end);
    if (node)
        node->u.joined_str.values = values;
    return node;
}

/* strings: STRING+ */
static AwNode *strings(AwParser *p)
{
    AwFState st;
    memset(&st, 0, sizeof st);
    st.mark = parser_scratch_mark(p);
    st.start = parser_start(p);
    int first = parser_mark(p);
    st.u_kind = p->src[p->toks[first].start] == 'u';
    while (parser_kind(p) == TOK_STRING)
        parser_advance(p);
    st.end = p->last_end;
    int count = p->pos - first;
    parser_peek(p);   /* CPython's errors here point at the token after the strings */
    AwStrBuf bytes = {NULL, 0, 0};
    bool is_bytes = false, ok = true;
    for (int i = 0; ok && i < count; i++) {
        AwToken tok = p->toks[first + i];
        AwLiteral lit = split_literal(p, &tok);
        if (lit.is_bytes && !bytes_are_ascii(p, &lit, &tok)) {
            ok = false;
            break;
        }
        if (i > 0 && lit.is_bytes != is_bytes) {
            parser_error_token(p, &p->fill_last, "cannot mix bytes and nonbytes literals");
            ok = false;
            break;
        }
        is_bytes = lit.is_bytes;
        ok = add_literal(p, &st, &bytes, &lit, &tok);
    }
    parser_release(p);
    AwNode *node = ok ? finish_strings(p, &st, &bytes, is_bytes) : NULL;
    p->scratch_len = st.mark;
    free(st.text.data);
    free(bytes.data);
    return node;
}

/* Its errors come from CPython's action for the rule, which runs in any pass. */
AwNode *parser_strings(AwParser *p)
{
    p->hard_errors++;
    AwNode *node = strings(p);
    p->hard_errors--;
    return node;
}
