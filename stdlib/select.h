/* select.h — waiting on descriptors with poll(2), shared by `_select` and `_socket`. */
#ifndef AW_STDLIB_SELECT_H
#define AW_STDLIB_SELECT_H

#include <poll.h>
#include "interp/types.h"

/* Seconds on the monotonic clock (for deadlines). */
double select_now(void);
/* Waits until one of fds is ready or the deadline (select_now() seconds; < 0: none) passes,
 * letting other threads run meanwhile (gil.h). A signal runs the Python handlers and the wait
 * goes on for the time left (PEP 475) unless a handler raised. Returns how many are ready, 0 at
 * the deadline, -1 with an exception set. */
int select_wait(AwVM *vm, struct pollfd *fds, size_t n, double deadline);

#endif
