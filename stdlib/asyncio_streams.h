/* asyncio_streams.h — the native half of asyncio streams: socket transports and listeners
 * over libuv (TCP and Unix sockets), registered in `_asyncio`. StreamReader, StreamWriter,
 * StreamReaderProtocol, Server, open_connection and start_server are written in Python on
 * top of them (stdlib/_asyncio_streams.py, CPython 3.11's streams.py and Server).
 *
 * A transport follows CPython's _SelectorSocketTransport: write() sends at once what the
 * socket takes and queues the rest (pause_writing()/resume_writing() on the protocol around
 * the high and low water marks), close() waits for the queue to drain, abort() does not,
 * write_eof() shuts the sending side down after the queue; data, EOF and errors reach the
 * protocol as loop callbacks (data_received, eof_received, connection_lost).
 *
 * Ownership: each libuv handle belongs to a StreamHandle (malloc'd) that lives until both
 * its close callback ran and its owning object (transport or listener) was collected. While
 * a handle is open the loop's streams service lists it and keeps its owner alive; closing
 * the loop closes every handle left and abandons every connect in progress.
 */
#ifndef AW_STDLIB_ASYNCIO_STREAMS_H
#define AW_STDLIB_ASYNCIO_STREAMS_H

#include "interp/types.h"

/* Adds _tcp_connect, _tcp_listen, _unix_connect, _unix_listen, the transport and listener
 * types and socket.gaierror (as `_gaierror`) to the `_asyncio` module. */
AwStatus asyncio_streams_init(AwVM *vm, AwModule *mod);

/* loop.create_connection(...), create_server, create_unix_connection, create_unix_server:
 * calls _asyncio_streams._loop_<name>(loop, ...) with the method's arguments (argv[0] is the
 * loop; the keyword values follow the positional ones, as in every native call). */
AwValue asyncio_streams_loop_call(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw);

#endif
