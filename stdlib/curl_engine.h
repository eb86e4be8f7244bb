/* curl_engine.h — the HTTP engine: libcurl's multi-socket interface driven by the aw event
 * loop's libuv loop (DESIGN.md §9).
 *
 * One engine per loop, created on first use and attached to the loop as its service (see
 * loop_attach_service): it owns one CURLM multi handle (so connections are kept alive and
 * reused across requests), one uv_timer for curl's timeout and one uv_poll per socket curl
 * asks to watch. Each request is a transfer owning its CURL easy handle, request headers and
 * buffers; it completes the pending Future the caller awaits. Cancelling that Future (the
 * awaiting task was cancelled) aborts the transfer: its easy handle leaves the multi handle and
 * is freed. Closing the loop aborts every transfer left and closes every handle. The only aw
 * values a transfer holds are its Future (traced through the loop) and nothing else.
 */
#ifndef AW_STDLIB_CURL_ENGINE_H
#define AW_STDLIB_CURL_ENGINE_H

#include <stdbool.h>
#include <stddef.h>
#include "interp/loop.h"

/* One request; strings are copied by curl_engine_request, the caller keeps ownership. */
typedef struct {
    const char *method;           /* "GET", "POST", ... (NUL-terminated) */
    const char *url;              /* absolute http:// or https:// URL */
    const char *const *headers;   /* "Name: value" lines */
    size_t header_count;          /* entries in headers */
    const char *body;             /* request body, or NULL */
    size_t body_len;              /* bytes in body */
    long timeout_ms;              /* whole transfer limit; 0 = none */
    long connect_timeout_ms;      /* connection limit; 0 = curl's default */
    long read_timeout_s;          /* fail when no byte arrives for this long; 0 = none */
    bool follow_redirects;        /* follow 3xx Location headers */
    long max_redirects;           /* limit when following */
    bool verify_tls;              /* check the server's certificate and name */
} CurlRequest;

/* Starts `req` on `loop` (the running loop). Returns a new pending Future that is resolved
 * with the tuple (status, reason, header_lines, body, url, history): status an int, reason a
 * str ("OK"), header_lines the final response's "Name: value" lines as one str (CRLF between
 * lines, as received), body the decoded bytes, url the final URL after redirects, history a
 * list of (status, reason, header_lines) of the redirect responses followed, in order.
 * On failure the Future gets: TimeoutError (the limit passed), ConnectionRefusedError,
 * ConnectionError (cannot resolve, connect, TLS failure, connection lost) or OSError, each
 * with curl's message and an attribute `curl_code` (curl's CURLcode number). Returns AW_ERR
 * with an exception raised if the transfer cannot start. Allocates; never runs aw code. */
AwValue curl_engine_request(AwVM *vm, AwLoop *loop, const CurlRequest *req);

#endif
