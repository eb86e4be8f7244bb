/* origin.h — where a coroutine was created, for asyncio debug mode.
 *
 * While a loop in debug mode runs (CPython's coroutine origin tracking), every coroutine and
 * asyncio.sleep() awaitable made records the most recent frames of the running fibers; the
 * never-awaited warning then shows them as CPython's does:
 *
 *   FILE:LINE: RuntimeWarning: coroutine 'f' was never awaited
 *   Coroutine created at (most recent call last)
 *     File "FILE", line 16, in <module>
 *       asyncio.run(main(), debug=True)
 *     File "FILE", line 15, in main
 *       f()
 *
 * The text is kept outside the heap (sidetext.h) and dropped when the object dies.
 */
#ifndef AW_ORIGIN_H
#define AW_ORIGIN_H

#include <stdbool.h>
#include <stdio.h>
#include "interp/types.h"

/* True while creations are recorded (a debug-mode loop is running). */
extern bool origin_tracking;

/* True once any origin was recorded: the collector then drops dead objects' origins. */
extern bool origin_recorded;

/* Records the running frames as the origin of `obj` (a fresh coroutine). Never raises. */
void origin_record(AwVM *vm, const void *obj);
/* Prints "Coroutine created at ..." and the frames, if obj has a recorded origin (true then). */
bool origin_print(FILE *out, const void *obj);
/* Drops obj's origin (it died). */
void origin_forget(const void *obj);

#endif
