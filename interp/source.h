/* source.h — PEP 263 source encodings: the coding cookie of a source file or of bytes given to
 * compile()/exec()/eval(), and the transcoding to the UTF-8 the lexer reads.
 *
 * A cookie is CPython's: a comment on line 1, or on line 2 when line 1 holds only a comment or
 * blank space, containing `coding:` or `coding=` followed by a name of [A-Za-z0-9._-]
 * (`# -*- coding: latin-1 -*-`, `# vim: set fileencoding=koi8-r :`). utf-8 variants
 * ("UTF_8", "utf-8-unix") need no transcoding; latin-1 variants are named "iso-8859-1" in
 * messages; any other name is decoded with its codec (bytes.decode) before lexing. A str
 * source never reaches here: CPython ignores cookies in str.
 *
 * Errors are CPython's SyntaxErrors, which differ by origin:
 *  - a script file (or stdin), read as CPython's file tokenizer reads it: only a message —
 *    "encoding problem: NAME" (unknown codec or undecodable bytes), "encoding problem: NAME
 *    with BOM" (a UTF-8 BOM and a non-UTF-8 cookie), "Non-UTF-8 code starting with '\xe9' in
 *    file F on line N, but no encoding declared; see https://peps.python.org/pep-0263/ for
 *    details" (no cookie);
 *  - an imported module or bytes given to compile(): (msg, (filename, 0, -1, None)) with msg
 *    "unknown encoding: NAME", "encoding problem: NAME with BOM" or the codec's decode error;
 *    undeclared non-UTF-8 bytes are left to the lexer's "(unicode error)" check.
 */
#ifndef AW_SOURCE_H
#define AW_SOURCE_H

#include <stddef.h>
#include "interp/object.h"

typedef enum {
    SOURCE_SCRIPT,   /* the file (or stdin) aw runs */
    SOURCE_BYTES,    /* an imported module's file, or bytes given to compile/exec/eval */
} AwSourceOrigin;

/* The UTF-8 text of source bytes src[0..len): *text and *text_len are src itself, or a
 * malloc'd transcoding also stored in *owned (free it; NULL when src is used as is).
 * AW_ERROR with SyntaxError raised. May run aw code (a codec written in Python). */
AwStatus source_decode(AwVM *vm, const char *src, size_t len, const char *filename, AwSourceOrigin origin,
                       const char **text, size_t *text_len, char **owned);

#endif
