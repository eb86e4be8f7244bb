/* codec_errors.h — calling a codec error handler registered with codecs.register_error (or any
 * name codecs.lookup_error knows) from the native codecs (bytes.c, charmap.c).
 *
 * The handler gets the UnicodeDecodeError / UnicodeEncodeError CPython would raise for
 * object[start:end] and returns (replacement, position): a str (or, when encoding, bytes) and
 * where to go on, negative counting from the end. A result of another shape raises CPython's
 * TypeError ("decoding error handler must return (str, int) tuple", "encoding error handler
 * must return (str/bytes, int) tuple"), a position outside the object IndexError ("position 9
 * from error handler out of bounds"), an unknown name LookupError ("unknown error handler name
 * 'x'"). Runs aw code: the caller keeps `object` referenced.
 */
#ifndef AW_CODEC_ERRORS_H
#define AW_CODEC_ERRORS_H

#include <stdint.h>
#include "interp/object.h"

/* Returns the handler's (replacement, position) tuple with the position, made absolute, in
 * *pos (size: the object's length); AW_ERR when raised. */
AwValue codec_errors_call(AwVM *vm, AwValue errors, AwType *type, const char *encoding, AwValue object,
                          int64_t start, int64_t end, const char *reason, int64_t size, int64_t *pos);

#endif
