/* asyncio_queue.h — asyncio.Queue, LifoQueue and PriorityQueue (and QueueEmpty, QueueFull)
 * implemented in C with CPython 3.11's semantics; see asyncio_queue.c. */
#ifndef AW_STDLIB_ASYNCIO_QUEUE_H
#define AW_STDLIB_ASYNCIO_QUEUE_H

#include "interp/types.h"

extern AwType aw_type_queue;
extern AwType aw_type_lifo_queue;
extern AwType aw_type_priority_queue;

/* Adds the queue types and exceptions to the `_asyncio` module. */
AwStatus asyncio_queue_init(AwVM *vm, AwModule *mod);

#endif
