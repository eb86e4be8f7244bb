/* codec_errors.c — registered codec error handlers for native codecs (see codec_errors.h). */
#include "interp/codec_errors.h"

#include <stdbool.h>
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

AwValue codec_errors_call(AwVM *vm, AwValue errors, AwType *type, const char *encoding, AwValue object,
                          int64_t start, int64_t end, const char *reason, int64_t size, int64_t *pos) {
    AwValue mod = vm_import(vm, str_intern_cstr(vm, "codecs"), AW_NONE, NULL);
    if (mod == AW_ERR) return AW_ERR;
    AwValue handler = vm_call_method(vm, mod, str_intern_cstr(vm, "lookup_error"), 1, &errors);
    if (handler == AW_ERR || gc_push_root(vm, handler)) return AW_ERR;
    exception_raise_unicode(vm, type, encoding, object, start, end, reason);
    AwValue exc = vm_exc_take(vm);
    AwValue r = AW_ERR;
    if (gc_push_root(vm, exc) == AW_OK) {
        r = vm_call(vm, handler, 1, &exc, NULL);
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 1);
    if (r == AW_ERR) return AW_ERR;
    bool encode = type == &aw_exc_UnicodeEncodeError;
    AwTuple *t = value_is_tuple(r) ? AW_TUPLE(r) : NULL;
    bool rep_ok = t && t->len == 2 &&
                  (value_is_str(t->items[0]) || (encode && value_is_type(t->items[0], &aw_type_bytes)));
    if (!rep_ok || !int_check(t->items[1]))
        return vm_raise(vm, &aw_exc_TypeError, encode ? "encoding error handler must return (str/bytes, int) tuple"
                                                      : "decoding error handler must return (str, int) tuple");
    int64_t p;
    if (int_to_i64(vm, t->items[1], &p) != AW_OK) return AW_ERR;
    if (p < 0) p += size;
    if (p < 0 || p > size)
        return vm_raise(vm, &aw_exc_IndexError, "position %lld from error handler out of bounds", (long long)p);
    *pos = p;
    return r;
}
