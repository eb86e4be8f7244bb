/* file_newline.h — newline= for aw's text files, as CPython's TextIOWrapper does it.
 *
 * Reading: None (universal) ends lines at '\n', '\r' or "\r\n" and hands each out as '\n'; ''
 * ends lines there too but hands them out unchanged; '\n', '\r', "\r\n" end lines only there.
 * The universal modes record the kinds of ending met, for the `newlines` attribute. Writing:
 * '\r' and "\r\n" replace each '\n' written; the other modes write text unchanged (os.linesep
 * is '\n'). The file's read buffer keeps the raw bytes, so tell() is the byte offset.
 */
#ifndef AW_FILE_NEWLINE_H
#define AW_FILE_NEWLINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "interp/types.h"

enum {
    AW_NL_UNIVERSAL = 0,      /* newline=None (the default) */
    AW_NL_UNTRANSLATED = 1,   /* newline='' */
    AW_NL_LF = 2,             /* newline='\n' */
    AW_NL_CR = 3,             /* newline='\r' */
    AW_NL_CRLF = 4,           /* newline='\r\n' */
};

enum { AW_NL_SEEN_LF = 1, AW_NL_SEEN_CR = 2, AW_NL_SEEN_CRLF = 4 };   /* CPython's seennl bits */

/* The mode for open()'s newline argument (AW_EMPTY or None: universal); TypeError / ValueError
 * ("illegal newline value: 'x'") as CPython. */
AwStatus file_newline_mode(AwVM *vm, AwValue newline, uint8_t *mode);

/* Length of the first line of p[0, n) including its ending, searching from `from`; 0 when no
 * ending is complete yet, *resume then being where a search after more input starts again (a
 * final '\r' may still be followed by '\n' unless at_eof). */
size_t file_newline_find(const char *p, size_t n, size_t from, uint8_t mode, bool at_eof, size_t *resume);

/* Byte length of the first `chars` code points of UTF-8 p[0, n) as the mode reads them (in
 * universal mode "\r\n" is one); *got receives how many that is. */
size_t file_newline_prefix(const char *p, size_t n, int64_t chars, uint8_t mode, bool at_eof, int64_t *got);

/* The str for raw text p[0, len) as the mode hands it out, adding the endings met to *seen.
 * trusted: the bytes are aw's own UTF-8 (no check). NULL with an exception raised. */
AwStr *file_newline_text(AwVM *vm, const char *p, size_t len, uint8_t mode, uint8_t *seen, bool trusted);

/* `newlines`: None, one of '\r', '\n', '\r\n', or a tuple of them, for the seen bits. */
AwValue file_newline_seen(AwVM *vm, uint8_t seen);

/* Text to write with '\n' replaced for the '\r' and "\r\n" modes: 1 and a malloc'd *out, 0 when
 * nothing changes, -1 when out of memory. */
int file_newline_encode(const char *p, size_t len, uint8_t mode, char **out, size_t *out_len);

#endif
