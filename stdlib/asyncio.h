/* asyncio.h — what the REPL needs from the asyncio core. */
#ifndef AW_STDLIB_ASYNCIO_H
#define AW_STDLIB_ASYNCIO_H

#include "interp/types.h"

/* Runs a REPL cell compiled with top-level await (AW_CODE_TOPLEVEL_AWAIT) as a task on the
 * session's event loop, in `globals`, until it completes. Tasks the cell creates stay on that
 * loop and run again whenever a later cell awaits. */
AwValue asyncio_run_cell(AwVM *vm, AwCode *code, AwDict *globals);

#endif
