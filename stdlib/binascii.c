/* binascii.c — `_binascii`: the base64 loops of binascii in C, so that base64.b64encode and
 * b64decode run at native speed. binascii.py converts the arguments (any buffer, ASCII str)
 * and turns the ValueError raised here into binascii.Error with the same message.
 *
 *   _binascii.b2a_base64(data: bytes, newline: bool) -> bytes
 *   _binascii.a2b_base64(data: bytes, strict_mode: bool) -> bytes   (CPython 3.11's rules)
 */
#include <stdint.h>
#include <stdlib.h>
#include "interp/args.h"
#include "interp/bytes.h"
#include "interp/exception.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/vm.h"
#include "stdlib/modules.h"

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* The value of a base64 character, or 64 for anything else. */
static unsigned b64_value(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return 64;
}

static AwStatus bytes_arg(AwVM *vm, AwValue v, const char **data, int64_t *len) {
    if (value_is_type(v, &aw_type_bytes) && bytes_view(v, data, len)) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "_binascii expects bytes, not '%s'", ops_type_name(v)));
}

static AwValue b_b2a_base64(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    const char *in;
    int64_t n;
    if (args_no_kwargs(vm, "b2a_base64", kw) || args_count(vm, "b2a_base64", argc, 2, 2) ||
        bytes_arg(vm, argv[0], &in, &n))
        return AW_ERR;
    int newline = ops_truthy(vm, argv[1]);
    if (newline < 0) return AW_ERR;
    size_t out_len = (size_t)(n + 2) / 3 * 4 + (size_t)newline;
    AwBytes *b = bytes_new(vm, NULL, out_len);
    if (!b) return AW_ERR;
    const unsigned char *p = (const unsigned char *)in;
    char *o = b->data;
    int64_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        *o++ = b64_alphabet[v >> 18];
        *o++ = b64_alphabet[(v >> 12) & 63];
        *o++ = b64_alphabet[(v >> 6) & 63];
        *o++ = b64_alphabet[v & 63];
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)p[i] << 16;
        *o++ = b64_alphabet[v >> 18];
        *o++ = b64_alphabet[(v >> 12) & 63];
        *o++ = '=';
        *o++ = '=';
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8;
        *o++ = b64_alphabet[v >> 18];
        *o++ = b64_alphabet[(v >> 12) & 63];
        *o++ = b64_alphabet[(v >> 6) & 63];
        *o++ = '=';
    }
    if (newline) *o++ = '\n';
    return value_from_ptr(b);
}

/* Decodes n characters into out (room for n * 3 / 4 bytes); the decoded length, or -1 with
 * the ValueError raised (binascii.py re-raises it as binascii.Error). */
static int64_t decode64(AwVM *vm, const unsigned char *in, int64_t n, bool strict, unsigned char *out) {
    int64_t o = 0;
    int quad_pos = 0, pads = 0;
    unsigned leftchar = 0;
    bool padding_started = false;
    if (strict && n > 0 && in[0] == '=') {
        vm_raise(vm, &aw_exc_ValueError, "Leading padding not allowed");
        return -1;
    }
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = in[i];
        if (c == '=') {
            padding_started = true;
            if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
                if (strict && i + 1 < n) {
                    vm_raise(vm, &aw_exc_ValueError, "Excess data after padding");
                    return -1;
                }
                return o;
            }
            continue;
        }
        unsigned v = b64_value(c);
        if (v >= 64) {
            if (strict) {
                vm_raise(vm, &aw_exc_ValueError, "Only base64 data is allowed");
                return -1;
            }
            continue;
        }
        if (strict && padding_started) {
            vm_raise(vm, &aw_exc_ValueError, "Discontinuous padding not allowed");
            return -1;
        }
        pads = 0;
        switch (quad_pos) {
        case 0: quad_pos = 1; leftchar = v; break;
        case 1: quad_pos = 2; out[o++] = (unsigned char)(leftchar << 2 | v >> 4); leftchar = v & 0x0f; break;
        case 2: quad_pos = 3; out[o++] = (unsigned char)(leftchar << 4 | v >> 2); leftchar = v & 0x03; break;
        default: quad_pos = 0; out[o++] = (unsigned char)(leftchar << 6 | v); leftchar = 0; break;
        }
    }
    if (quad_pos == 1) {
        vm_raise(vm, &aw_exc_ValueError, "Invalid base64-encoded string: number of data characters (%lld) cannot be "
                 "1 more than a multiple of 4", (long long)(o / 3 * 4 + 1));
        return -1;
    }
    if (quad_pos) {
        vm_raise(vm, &aw_exc_ValueError, "Incorrect padding");
        return -1;
    }
    return o;
}

static AwValue b_a2b_base64(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    const char *in;
    int64_t n;
    if (args_no_kwargs(vm, "a2b_base64", kw) || args_count(vm, "a2b_base64", argc, 2, 2) ||
        bytes_arg(vm, argv[0], &in, &n))
        return AW_ERR;
    int strict = ops_truthy(vm, argv[1]);
    if (strict < 0) return AW_ERR;
    unsigned char *out = malloc((size_t)(n / 4 * 3 + 3));
    if (!out) return vm_raise_memory(vm);
    int64_t len = decode64(vm, (const unsigned char *)in, n, strict, out);
    AwBytes *b = len < 0 ? NULL : bytes_new(vm, (const char *)out, (size_t)len);
    free(out);
    return b ? value_from_ptr(b) : AW_ERR;
}

static const AwMethodDef binascii_functions[] = {
    {"b2a_base64", b_b2a_base64, 0},
    {"a2b_base64", b_a2b_base64, 0},
    {NULL, NULL, 0},
};

AwModule *binascii_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "_binascii");
    if (!mod || module_add_functions(vm, mod, binascii_functions)) return NULL;
    return mod;
}
