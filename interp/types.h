/* types.h — the static built-in type objects and type_of().
 *
 * Each type is defined (with its slots and method table) by the file that owns it:
 * object/type/NoneType/NotImplementedType/ellipsis in class.c, int and bool in int.c, float in
 * float.c, complex in complex.c, str in str.c, and so on. type_init_all() (class.c) finishes them at start-up:
 * interns names, builds dicts from method tables, computes MROs.
 */
#ifndef AW_TYPES_H
#define AW_TYPES_H

#include "interp/object.h"

#define AW_STATIC_TYPES(X) \
    X(object) X(type) X(none) X(notimpl) X(ellipsis) \
    X(int) X(bool) X(float) X(complex) \
    X(str) X(str_iter) X(bytes) X(bytes_iter) X(bytearray) X(memoryview) \
    X(list) X(list_iter) X(list_reviter) X(tuple) X(tuple_iter) \
    X(dict) X(dict_keys) X(dict_values) X(dict_items) X(dict_iter) \
    X(set) X(frozenset) X(set_iter) \
    X(range) X(range_iter) X(slice) X(union) X(generic_alias) X(generic_alias_iter) X(mappingproxy) \
    X(enumerate) X(zip) X(map) X(filter) X(reversed) X(seq_iter) X(callable_iter) \
    X(function) X(native) X(method_wrapper) X(method) X(cell) X(code) X(module) \
    X(staticmethod) X(classmethod) X(property) X(super) \
    X(generator) X(coroutine) X(async_generator) X(async_generator_step) X(async_generator_athrow) X(coroutine_wrapper) \
    X(fiber) X(traceback) X(frame) X(file) \
    X(fileio) X(buffered_reader) X(buffered_writer) X(buffered_random) X(buffered_rwpair) X(text_file) \
    X(future) X(task) X(loop) X(handle) X(timer_handle) X(sleep) \
    X(lock) X(event) X(semaphore) X(bounded_semaphore) X(queue) X(lifo_queue) X(priority_queue) \
    X(gather_counter) \
    X(stream_transport) X(stream_listener) X(fd_watcher) X(weakref) X(weakproxy) X(weakcallableproxy) X(hashlib_hash) X(zlib_compress) X(zlib_decompress) \
    X(sqlite_db) X(sqlite_stmt) X(expat_parser) \
    X(bz2_compressor) X(bz2_decompressor)

#define AW_DECLARE_TYPE(name) extern AwType aw_type_##name;
AW_STATIC_TYPES(AW_DECLARE_TYPE)
#undef AW_DECLARE_TYPE

/* The class of any value. Never NULL. */
static inline AwType *type_of(AwValue v) {
    if (value_is_ptr(v)) return value_as_ptr(v)->type;
    if (value_is_int(v)) return &aw_type_int;
    if (value_is_float(v)) return &aw_type_float;
    if (v == AW_TRUE || v == AW_FALSE) return &aw_type_bool;
    if (v == AW_NONE) return &aw_type_none;
    if (v == AW_NOTIMPL) return &aw_type_notimpl;
    return &aw_type_ellipsis;
}

/* True if `sub` is `base` or has it in its MRO. */
int type_is_subtype(AwType *sub, AwType *base);

static inline int value_is_instance(AwValue v, AwType *t) {
    AwType *vt = type_of(v);
    return vt == t || type_is_subtype(vt, t);
}
static inline int value_is_type(AwValue v, AwType *t) { return value_is_ptr(v) && value_as_ptr(v)->type == t; }

/* __name__ of a type as a C string (valid while the type lives). */
const char *type_name(AwType *t);

#endif
