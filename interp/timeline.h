/* timeline.h — `aw --timeline` (AW_TIMELINE=1): what every task did, drawn on stderr at exit.
 *
 * The scheduler reports three moments of a task's life: its creation, each step (when it ran,
 * and what it then waited on or how it ended), and nothing else, so the chart shows one row per
 * task on a time axis scaled to the run. Records are plain C memory owned by this module (task
 * names and outcomes are copied as text), so the chart can be drawn after the heap is gone and
 * recording never allocates GC memory or runs aw code.
 *
 * Cost when off: the scheduler tests one global flag, timeline_watching, once per task spawn and
 * once per step (see task.c); everything else lives behind it.
 */
#ifndef AW_TIMELINE_H
#define AW_TIMELINE_H

#include <stdbool.h>
#include <stdio.h>
#include "interp/port.h"
#include "interp/types.h"

struct AwTask;

/* True while task steps must be watched: the timeline records, or a loop runs in asyncio debug
 * mode (slow steps are reported). The only test on the scheduler's hot paths. */
extern bool timeline_watching;
/* A task was collected: its address may be reused by a new task, which gets its own row. */
void timeline_task_forget(struct AwTask *task);
/* True while the timeline records (aw --timeline). */
extern bool timeline_on;


/* Starts recording (before any task exists). */
void timeline_enable(void);
/* A task was created at loop time `at`. Never raises. */
void timeline_task_created(AwVM *vm, struct AwTask *task, double at);
/* A step of `task` ran from loop time `start` to `end`; the task's state now says what it waits
 * on or how it ended. Never raises. */
void timeline_task_stepped(AwVM *vm, struct AwTask *task, double start, double end);
/* Draws the chart of every recorded task on `out` (nothing if no task was made) and frees the
 * records. `virtual_clock` only changes the title. */
void timeline_print(FILE *out, bool virtual_clock);

#endif
