/* sys.h — the parts of the sys module other files use: argv set-up and struct sequences
 * (tuples whose items are also named attributes, as sys.version_info and time.struct_time).
 * The int-to-str digit limit lives in int.c (int_set_max_str_digits). */
#ifndef AW_SYS_H
#define AW_SYS_H

#include "interp/types.h"

/* Sets sys.argv to the argc strings of argv (the program's own arguments: argv[0] is the
 * script, '-c' or '-'). Returns AW_ERROR with an exception pending on failure. */
AwStatus sys_set_argv(AwVM *vm, int argc, char **argv);

/* A new struct-sequence class `module.name`, a tuple subclass whose items are also the
 * read-only attributes `fields` (NULL-terminated), with CPython's repr
 * "module.name(field=value, ...)". The class must be kept reachable (e.g. in a module). */
AwType *sys_structseq_type(AwVM *vm, const char *module, const char *name, const char *const *fields);
/* An instance holding n items (n = the number of fields). */
AwValue sys_structseq_new(AwVM *vm, AwType *type, int n, const AwValue *items);

/* Reports an exception nobody caught, as CPython does: through sys.excepthook(type, value,
 * traceback) when a program replaced it (with CPython's "Error in sys.excepthook:" report if
 * the hook itself fails), else the standard traceback on stderr. */
void sys_report_uncaught(AwVM *vm, AwValue exc);
/* Reports the pending exception, which nobody can catch (a failing __del__, weakref callback,
 * atexit function): through sys.unraisablehook(UnraisableHookArgs) when a program replaced it,
 * else "PREFIX: repr(obj)" and the traceback (with its chain when `chained`) on sys.stderr.
 * Clears the exception. */
void sys_report_unraisable(AwVM *vm, const char *prefix, AwValue obj, bool chained);

#endif
