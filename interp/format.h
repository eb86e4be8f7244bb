/* format.h — the format-spec mini-language: `[[fill]align][sign][z][#][0][width][grouping]
 * [.precision][type]`, parsed and applied to ints, floats, complex numbers and strs exactly as CPython 3.11's
 * Python/formatter_unicode.c does (layout, grouping with zero padding, and error messages).
 *
 * Used by int/float/str.__format__, format() and f-strings. Everything may allocate; errors are
 * raised as ValueError/TypeError/OverflowError with CPython's wording and returned as AW_ERR.
 */
#ifndef AW_FORMAT_H
#define AW_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include "interp/types.h"

/* A parsed format spec (CPython's InternalFormatSpec). */
typedef struct {
    uint32_t fill;        /* fill code point, ' ' unless given */
    char align;           /* '<', '>', '^' or '=' (the type's default when not given) */
    char sign;            /* '+', '-', ' ', or 0 when not given */
    bool no_neg_zero;     /* 'z': coerce negative zero to zero (floats) */
    bool alternate;       /* '#': 0x prefixes, kept decimal points */
    int64_t width;        /* minimum width in code points, -1 when not given */
    char thousands;       /* grouping separator: ',' or '_', or 0 */
    int64_t precision;    /* -1 when not given */
    uint32_t type;        /* presentation type code point, or the default */
} AwFormatSpec;

/* Parses spec[0..len) (UTF-8). default_type/default_align are the type's defaults ('d'/'>'
 * for int, 0/'>' for float, 's'/'<' for str); type_name names the object in "Invalid format
 * specifier" messages. */
AwStatus format_parse(AwVM *vm, const char *spec, size_t len, char default_type,
                      char default_align, const char *type_name, AwFormatSpec *out);

/* format(v, spec) for an int (or bool, or int subclass instance), a float and a str. An empty
 * spec gives str(v). */
AwValue format_int(AwVM *vm, AwValue v, AwStr *spec);
AwValue format_float(AwVM *vm, double d, AwStr *spec);
AwValue format_str(AwVM *vm, AwStr *s, AwStr *spec);
/* format(z, spec) for a complex number with a non-empty spec (the caller gives str(z) for an
 * empty one): each part laid out like a float, then the whole padded ('0' fill, '=' and '%'
 * are errors, as CPython). */
AwValue format_complex(AwVM *vm, double real, double imag, AwStr *spec);

/* The same with an already parsed spec (for callers that build specs themselves). */
AwValue format_int_spec(AwVM *vm, AwValue v, const AwFormatSpec *spec);
AwValue format_float_spec(AwVM *vm, double d, const AwFormatSpec *spec);
AwValue format_str_spec(AwVM *vm, AwStr *s, const AwFormatSpec *spec);

#endif
