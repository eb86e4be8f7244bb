/* bytes.h — the immutable bytes type, the mutable bytearray type, and the text codecs.
 *
 * bytes and bytearray share their methods (bytes.c reads either through bytes_view); methods
 * of a bytearray return bytearrays (of subclasses too, as CPython's).
 *
 * Subclasses: AwBytes is variable-size, so an instance of a user subclass of bytes is an
 * AwBytesSubclass wrapping its AwBytes value (aw_type_bytes.instance_size is the offset of its
 * dict, as for str). A bytearray subclass instance is an AwByteArray followed by its dict.
 * bytes_view() reads all of these.
 */
#ifndef AW_BYTES_H
#define AW_BYTES_H

#include "interp/types.h"

struct AwBytes {
    AwObject obj;      /* header */
    int64_t len;       /* number of bytes */
    int64_t hash;      /* cached hash, -1 until computed */
    char data[];       /* the bytes + a NUL (not counted) */
};

/* A mutable byte string; data is an owned gc_alloc buffer that grows by doubling. */
typedef struct AwByteArray {
    AwObject obj;      /* header */
    int64_t len;       /* bytes in use */
    int64_t cap;       /* bytes allocated in data */
    char *data;        /* owned buffer, NULL while cap == 0 (not NUL-terminated) */
} AwByteArray;

extern AwType aw_type_bytearray;

/* An instance of a user subclass of bytes (see the top). */
typedef struct {
    AwObject obj;      /* header; obj.type is the user class */
    AwBytes *value;    /* the bytes value, set by bytes.__new__ */
    AwDict *dict;      /* instance __dict__ (the subclass's dict_offset points here) */
} AwBytesSubclass;

/* A bytes of len bytes copied from data (zeros if data is NULL). NULL on MemoryError. */
AwBytes *bytes_new(AwVM *vm, const char *data, size_t len);
AwByteArray *bytearray_new(AwVM *vm, const char *data, size_t len);
/* The contents of a bytes, bytearray or contiguous memoryview ("bytes-like"); false for
 * anything else. The pointer is valid until aw code runs (a bytearray may be resized). */
bool bytes_view(AwValue v, const char **data, int64_t *len);
/* The contents of an object whose class exports a buffer from Python code (PEP 688's
 * __buffer__, which aw's array.array defines), copied into a bytes; AW_EMPTY if its class
 * has no __buffer__, AW_ERR if the call raised. */
AwValue bytes_from_export(AwVM *vm, AwValue v);
/* The same for a memoryview whose items are contiguous (memoryview.c); false otherwise. */
bool memoryview_view(AwValue v, const char **data, int64_t *len);
/* repr: b'...' with CPython's escapes. */
AwValue bytes_repr(AwVM *vm, AwBytes *b);

/* The codecs (utf-8, ascii, latin-1 and their aliases). encoding and errors are str values
 * or AW_EMPTY for the defaults ('utf-8', 'strict'); error handlers: strict, ignore, replace,
 * backslashreplace, and (encoding only) xmlcharrefreplace. LookupError "unknown encoding: x",
 * UnicodeDecodeError / UnicodeEncodeError worded as CPython's. */
AwValue bytes_decode(AwVM *vm, const char *data, size_t len, AwValue encoding, AwValue errors);
AwValue bytes_encode(AwVM *vm, AwStr *s, AwValue encoding, AwValue errors);


/* The AwBytes of a bytes or of an instance of a bytes subclass. */
static inline AwBytes *bytes_of_value(AwValue v) {
    AwObject *o = value_as_ptr(v);
    return o->type == &aw_type_bytes ? (AwBytes *)o : ((AwBytesSubclass *)o)->value;
}
#define AW_BYTES(v) bytes_of_value(v)
#define AW_BYTEARRAY(v) ((AwByteArray *)value_as_ptr(v))

#endif
