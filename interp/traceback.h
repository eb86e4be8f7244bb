/* traceback.h — printing exceptions the way CPython does.
 *
 * "Traceback (most recent call last):", one "  File "f", line N, in name" entry per frame with
 * the stripped source line below it (source read from the file, or from sources registered
 * with traceback_register_source for -c / stdin / REPL cells), chained exceptions ("During
 * handling of the above exception, another exception occurred:" / "The above exception was
 * the direct cause of the following exception:"), and the final "Type: message" line
 * (qualified "module.Type" for user exceptions defined outside __main__, as CPython).
 * SyntaxError prints "  File "f", line N", the offending line and a caret line instead.
 */
#ifndef AW_TRACEBACK_H
#define AW_TRACEBACK_H

#include <stdbool.h>
#include <stdio.h>
#include "interp/types.h"

/* Prints exc (an exception instance) with its traceback and chain to out. Never raises:
 * an error while printing (a failing __str__) is reported inline as CPython does. */
void traceback_print(AwVM *vm, AwValue exc, FILE *out);
/* The same without the chain (cause/context), as CPython's unraisable hook prints an error in
 * __del__ or a generator's finalizer. */
void traceback_print_unchained(AwVM *vm, AwValue exc, FILE *out);
/* The same as traceback_print without the "Did you mean" of NameError/AttributeError, as
 * CPython 3.11's traceback module (and so logging and asyncio's reports) prints. */
void traceback_print_plain(AwVM *vm, AwValue exc, FILE *out);
/* Makes `src` the text shown for `filename` (the VM keeps a copy; for "<string>", "<stdin>"
 * and REPL cells "<stdin-N>"). */
void traceback_register_source(AwVM *vm, const char *filename, const char *src, size_t len);
/* Prints "  <source line>" (stripped) for a warning's location, if the source is available. */
void traceback_print_line(AwVM *vm, FILE *out, const char *filename, int line);
/* Line `line` of filename from the source cache (reading the file on first use), without its
 * line ending: *text points into the cache and stays valid until traceback_fini. */
bool traceback_source_text(const char *filename, int line, const char **text, size_t *len);
/* Frees registered sources (at exit). */
void traceback_fini(AwVM *vm);

#endif
