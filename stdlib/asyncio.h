/* asyncio.h — what the REPL and the task finalizer need from the asyncio core. */
#ifndef AW_STDLIB_ASYNCIO_H
#define AW_STDLIB_ASYNCIO_H

#include <stdbool.h>
#include "interp/types.h"

/* Runs a REPL cell compiled with top-level await (AW_CODE_TOPLEVEL_AWAIT) as a task on the
 * session's event loop, in `globals`, until it completes. Tasks the cell creates stay on that
 * loop and run again whenever a later cell awaits. */
AwValue asyncio_run_cell(AwVM *vm, AwCode *code, AwDict *globals);

/* While the REPL waits for input: runs the session loop's due work without blocking. Returns
 * seconds until the next timer, 0 if more work is ready, -1 if there is no loop or no work. */
double asyncio_repl_tick(AwVM *vm);
/* True if the session loop has tasks or timers (background output may appear). */
bool asyncio_repl_busy(AwVM *vm);

/* asyncio.<name>(*argv) for a helper written in the asyncio prelude (asyncio.py). */
AwValue asyncio_prelude_call(AwVM *vm, const char *name, int argc, const AwValue *argv);

/* At exit, before the heap is freed: what the current event loop reaches outlives the exit
 * reports (gc_mark_outliving), as CPython keeps that loop until after its last collection. */
void asyncio_before_exit(AwVM *vm);

#endif
