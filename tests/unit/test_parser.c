/* test_parser.c — parses one file and prints CPython's ast.dump of it, or the syntax error.
 *
 *   test_parser [-a] [-e | -s] [-q] FILE
 *     -a  include positions (ast.dump(..., include_attributes=True))
 *     -e  eval mode (AW_PARSE_EVAL), -s  REPL cell mode (AW_PARSE_SINGLE)
 *     -q  print only "ok" on success (for huge inputs)
 *     -x  errors also show the end of the range: (line L, col C, end EL, EC)
 *
 * Output: the dump, or `Kind: msg (line L, col C)` with Kind SyntaxError, IndentationError or
 * TabError, followed by " [incomplete]" when the parser says more input could complete it.
 * Links only lexer.o, parser*.o and ast.o (no VM). tests/unit/parser/run.sh compares the
 * output with CPython's (tests/unit/parser/ref.py) over a corpus.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp/parser.h"

void ast_dump_positions(const AwNode *node, void (*write)(void *ctx, const char *s), void *ctx);

static void write_out(void *ctx, const char *s)
{
    fputs(s, (FILE *)ctx);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *data = malloc(cap);
    size_t got;
    while (data && (got = fread(data + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *bigger = realloc(data, cap *= 2);
            if (!bigger) {
                free(data);
                data = NULL;
            }
            data = bigger;
        }
    }
    fclose(f);
    *len = n;
    return data;
}

int main(int argc, char **argv)
{
    bool positions = false, quiet = false, ends = false;
    AwParseMode mode = AW_PARSE_FILE;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-a") == 0) positions = true;
        else if (strcmp(argv[i], "-e") == 0) mode = AW_PARSE_EVAL;
        else if (strcmp(argv[i], "-s") == 0) mode = AW_PARSE_SINGLE;
        else if (strcmp(argv[i], "-q") == 0) quiet = true;
        else if (strcmp(argv[i], "-x") == 0) ends = true;
        else path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: test_parser [-a] [-e|-s] [-q] [-x] FILE\n");
        return 2;
    }
    size_t len;
    char *src = read_file(path, &len);
    if (!src) {
        perror(path);
        return 2;
    }
    AwArena arena;
    arena_init(&arena);
    AwSyntaxError err;
    AwNode *root = parser_parse(&arena, src, len, mode, &err);
    if (root && quiet) {
        puts("ok");
    } else if (root) {
        (positions ? ast_dump_positions : ast_dump)(root, write_out, stdout);
        putchar('\n');
    } else {
        const char *kind = err.kind == AW_TAB_ERROR ? "TabError"
                           : err.kind == AW_INDENTATION_ERROR ? "IndentationError" : "SyntaxError";
        printf("%s: %s (line %d, col %d", kind, err.msg, err.line, err.col);
        if (ends)
            printf(", end %d, %d", err.end_line ? err.end_line : err.line, err.end_col);
        printf(")%s\n", err.incomplete ? " [incomplete]" : "");
    }
    arena_free(&arena);
    free(src);
    return 0;
}
