/* asyncio_watch.h — file-descriptor watchers for the loop's add_reader/add_writer (and the
 * sock_* methods written on them in stdlib/_asyncio_streams.py), over libuv's poll handles.
 *
 * _asyncio._fd_watch(loop, fd, events, callback) returns a watcher whose callback(events) runs
 * as a loop callback while the descriptor is ready (level-triggered, as a selector loop: once
 * per iteration at most); events is a mask of 1 (readable) and 2 (writable). watcher.set(events)
 * changes the mask (0 pauses it) and watcher.close() stops it for good.
 *
 * Ownership: each uv_poll_t lives in a malloc'd Watch until both its close callback ran and its
 * watcher object was collected. While open, the loop's watch service lists it and keeps the
 * watcher (and so its callback) alive; closing the loop closes every watch left.
 */
#ifndef AW_STDLIB_ASYNCIO_WATCH_H
#define AW_STDLIB_ASYNCIO_WATCH_H

#include "interp/types.h"

/* Adds _fd_watch and the watcher type to the `_asyncio` module. */
AwStatus asyncio_watch_init(AwVM *vm, AwModule *mod);

#endif
