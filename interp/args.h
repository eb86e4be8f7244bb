/* args.h — argument parsing for native functions, with CPython's error messages. */
#ifndef AW_ARGS_H
#define AW_ARGS_H

#include "interp/types.h"

/* Binds a native call's arguments to `names` (a NULL-terminated list). The first `max_pos`
 * names may be given by position, every name by keyword; the first `required` must be given.
 * out[i] receives the value or AW_EMPTY. Errors, as CPython words them:
 *   "f() takes at most 2 arguments (3 given)", "f() missing required argument 'x' (pos 1)",
 *   "'y' is an invalid keyword argument for f()", "argument for f() given by name ('x') and
 *   position (1)". */
AwStatus args_parse(AwVM *vm, const char *fname, int argc, const AwValue *argv,
                    AwTuple *kwnames, const char *const *names, int required, int max_pos,
                    AwValue *out);
/* "f() takes no keyword arguments" unless kwnames is NULL or empty. */
AwStatus args_no_kwargs(AwVM *vm, const char *fname, AwTuple *kwnames);
/* Checks min <= argc <= max (max < 0: unlimited) with CPython's builtin wording:
 * "f() takes exactly one argument (2 given)", "f expected at least 1 argument, got 0",
 * "f expected at most 2 arguments, got 3". */
AwStatus args_count(AwVM *vm, const char *fname, int argc, int min, int max);
/* Converts an argument to int64 with __index__ ("'str' object cannot be interpreted as an
 * integer"). */
AwStatus args_int(AwVM *vm, AwValue v, int64_t *out);
/* Like args_int, but an int beyond the int64 range is clamped to INT64_MIN/INT64_MAX instead of
 * raising OverflowError: for arguments whose range check reports its own ValueError (a byte
 * value, int()'s base), as CPython's do. */
AwStatus args_int_clamped(AwVM *vm, AwValue v, int64_t *out);

#endif
