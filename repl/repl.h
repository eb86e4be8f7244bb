/* repl.h — the interactive prompt, and what the `aw` command does with an uncaught exception.
 *
 * repl_run reads cells from the terminal (GNU readline: history in ~/.aw_history, Tab
 * completion of keywords, globals, builtins and attributes) or, when stdin is not a terminal,
 * plainly line by line without prompts. Each cell is compiled in AW_PARSE_SINGLE mode as
 * "<stdin-N>" (its text registered for tracebacks) and run in __main__; the VM's PRINT_EXPR
 * shows expression values. A compound statement ends at an empty line, as in CPython.
 * This first version is synchronous; the libuv-driven prompt comes later (DESIGN.md §10).
 */
#ifndef AW_REPL_H
#define AW_REPL_H

#include <stdbool.h>
#include "interp/types.h"

#define AW_VERSION_LINE "aw 0.1.0 (Python 3.11 compatible)"

/* Runs the prompt until Ctrl-D (status 0) or SystemExit (its status). May run aw code. */
int repl_run(AwVM *vm);

/* Reports an exception nothing caught (exc was taken off the VM) and returns the exit status
 * it means. SystemExit: *is_exit = true, status from its code (None 0, an int & 0xff, anything
 * else printed to stderr and 1). Otherwise *is_exit = false and the traceback goes to stderr:
 * status 1 (KeyboardInterrupt: 130), except a BrokenPipeError while stdout is a closed pipe,
 * which ends quietly with status 1 (DESIGN.md §8). May run aw code (__str__). */
int repl_report_exception(AwVM *vm, AwValue exc, bool *is_exit);

#endif
