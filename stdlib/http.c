/* http.c — `_http`, the native core of the `http` and `aiohttp` modules (stdlib/http.py,
 * stdlib/aiohttp.py): one function that starts a request on the running loop's HTTP engine
 * (stdlib/curl_engine.c) and returns the Future of its response.
 *
 *   _http.request(method, url, headers, body, timeout, connect_timeout, allow_redirects,
 *                 max_redirects, verify[, read_timeout])
 *       -> Future of (status, reason, header_lines, body, url, history)
 *
 * headers is a list of "Name: value" strs, body bytes or None, the timeouts seconds (float) or
 * None (read_timeout is rounded up to whole seconds: curl's low-speed limit). The preludes build URLs, headers and bodies and turn the tuple into response objects.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "interp/bytes.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/list.h"
#include "interp/loop.h"
#include "interp/module.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/curl_engine.h"
#include "stdlib/modules.h"

/* A str argument as a C string without NUL, CR or LF (which would let it smuggle protocol);
 * `what` names it in a TypeError. */
static const char *clean_cstr(AwVM *vm, AwValue v, const char *what) {
    if (!value_is_str(v)) {
        vm_raise(vm, &aw_exc_TypeError, "%s must be str, not %s", what, type_name(type_of(v)));
        return NULL;
    }
    AwStr *s = AW_STR(v);
    if (strcspn(s->data, "\r\n") != (size_t)s->byte_len) {
        /* aiohttp's wording (its header writer); a NUL counts too, since curl would stop there. */
        vm_raise(vm, &aw_exc_ValueError, "Newline or carriage return character detected in HTTP status message "
                 "or header. This is a potential security issue.");
        return NULL;
    }
    return s->data;
}

/* seconds (None: 0 = no limit) as milliseconds; a positive limit is at least 1 ms. */
static AwStatus timeout_ms(AwVM *vm, AwValue v, long *out) {
    *out = 0;
    if (v == AW_NONE) return AW_OK;
    double s;
    if (float_as_double(vm, v, &s)) return AW_ERROR;
    if (isnan(s) || s < 0) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "timeout must be a non-negative number"));
    if (s > 1e9) return AW_OK;
    *out = (long)ceil(s * 1000.0);
    if (*out == 0) *out = 1;
    return AW_OK;
}

static AwStatus header_lines(AwVM *vm, AwValue v, const char ***out, size_t *count) {
    *out = NULL;
    *count = 0;
    if (v == AW_NONE) return AW_OK;
    if (!value_is_list(v)) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "headers must be a list of str"));
    AwList *list = AW_LIST(v);
    const char **lines = malloc(sizeof(char *) * (size_t)(list->len ? list->len : 1));
    if (!lines) return vm_fail(vm_raise_memory(vm));
    for (int64_t i = 0; i < list->len; i++) {
        if (!(lines[i] = clean_cstr(vm, list->items[i], "header"))) { free(lines); return AW_ERROR; }
    }
    *out = lines;
    *count = (size_t)list->len;
    return AW_OK;
}

static AwValue h_request(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc != 9 && argc != 10) return vm_raise(vm, &aw_exc_TypeError, "request() takes 9 or 10 arguments (%d given)", argc);
    AwLoop *loop = loop_running(vm);
    if (!loop) return vm_raise(vm, &aw_exc_RuntimeError, "no running event loop");
    CurlRequest req = {0};
    int64_t body_len = 0;
    if (!(req.method = clean_cstr(vm, argv[0], "method")) || !(req.url = clean_cstr(vm, argv[1], "url"))) return AW_ERR;
    if (argv[3] != AW_NONE && !bytes_view(argv[3], &req.body, &body_len))
        return vm_raise(vm, &aw_exc_TypeError, "body must be bytes or None");
    req.body_len = (size_t)body_len;
    if (timeout_ms(vm, argv[4], &req.timeout_ms) || timeout_ms(vm, argv[5], &req.connect_timeout_ms)) return AW_ERR;
    long read_ms = 0;
    if (argc == 10 && timeout_ms(vm, argv[9], &read_ms)) return AW_ERR;
    req.read_timeout_s = (read_ms + 999) / 1000;
    req.follow_redirects = argv[6] == AW_TRUE;
    req.max_redirects = value_is_int(argv[7]) ? (long)value_as_small(argv[7]) : 10;
    req.verify_tls = argv[8] != AW_FALSE;
    const char **lines;
    if (header_lines(vm, argv[2], &lines, &req.header_count)) return AW_ERR;
    req.headers = lines;
    AwValue fut = curl_engine_request(vm, loop, &req);
    free(lines);
    return fut;
}

static const AwMethodDef http_functions[] = {
    {"request", h_request, 0},
    {NULL, NULL, 0},
};

AwModule *http_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "_http");
    if (!mod || module_add_functions(vm, mod, http_functions)) return NULL;
    return mod;
}
