/* str.h — the str type: immutable UTF-8 with cached hash, code-point length and ASCII flag.
 *
 * Owns: AwStr, interning, str methods, %-formatting and str.format (str_format.c).
 * Indexing is O(1) for ASCII strings; non-ASCII strings walk UTF-8 (a later index cache may
 * speed this up). data[] is always NUL-terminated (the NUL is not counted in byte_len), and
 * always valid UTF-8: constructors that take untrusted bytes validate.
 * All constructors may allocate; they return NULL with MemoryError raised on failure.
 *
 * Singletons: the empty string and the 128 one-character ASCII strings are created once by
 * str_init and kept in the intern table; str_new and friends return them, so s[i] on ASCII
 * text never allocates.
 *
 * Subclasses: AwStr is variable-size, so an instance of a user class inheriting from str
 * cannot extend it. Such an instance is an AwStrSubclass holding a pointer to its AwStr value;
 * aw_type_str.instance_size is offsetof(AwStrSubclass, dict), so class.c lays the instance
 * dict out right after the value. value_is_str() is true only for exact strs; every str slot
 * and method accepts both forms through str_unwrap().
 */
#ifndef AW_STR_H
#define AW_STR_H

#include <stdarg.h>
#include <stdbool.h>
#include "interp/object.h"

/* 32 bytes before the text, so that the common short strings (a dict key like "key123456",
 * a word of up to 15 bytes) fit a 48-byte size class; CPython's are 64. The lengths are 32-bit
 * (strings are limited to STR_MAX_BYTES, about 2 GiB: a deliberate difference, see SPEC.md);
 * code reads them into int64_t and only str*.c writes them. */
struct AwStr {
    AwObject obj;        /* header; obj.flags holds AW_STR_INTERNED */
    int64_t hash;        /* cached hash, -1 until computed */
    int32_t byte_len;    /* bytes of UTF-8 in data, excluding the NUL */
    int32_t char_len;    /* code points (== byte_len exactly when the text is ASCII) */
    char data[];         /* UTF-8 text + NUL */
};

#define AW_STR_INTERNED 1u   /* obj.flags: the canonical copy in vm->interned: compare by pointer */

/* Every code point is one byte: index arithmetic needs no UTF-8 walking. */
static inline bool str_is_ascii(const AwStr *s) { return s->byte_len == s->char_len; }
static inline bool str_is_interned(const AwStr *s) { return (s->obj.flags & AW_STR_INTERNED) != 0; }

/* iter(str): the VM's FOR_ITER_STR reads it directly. */
typedef struct {
    AwObject obj;     /* header */
    AwStr *str;       /* the string being iterated */
    int64_t pos;      /* byte offset of the next code point */
    bool done;        /* next() has reported the end (__reduce__ then forgets the string) */
} AwStrIter;

/* An instance of a user subclass of str (see the top). */
typedef struct {
    AwObject obj;        /* header; obj.type is the user class */
    AwStr *value;        /* the string value, never NULL once str.__new__ returned */
    AwDict *dict;        /* instance __dict__ (the subclass's dict_offset points here) */
} AwStrSubclass;

/* Constructors. `utf8` must be valid UTF-8 (use str_from_utf8_checked for untrusted input). */
AwStr *str_new(AwVM *vm, const char *utf8, size_t byte_len);
AwStr *str_from_cstr(AwVM *vm, const char *cstr);
/* Validates; raises UnicodeDecodeError ('utf-8' codec can't decode byte 0x.. in position N: ...). */
AwStr *str_from_utf8_checked(AwVM *vm, const char *bytes, size_t len);
/* printf-style formatting (standard C conversions). */
AwStr *str_printf(AwVM *vm, const char *fmt, ...);
AwStr *str_vprintf(AwVM *vm, const char *fmt, va_list ap);
/* A string of one code point. */
AwStr *str_from_codepoint(AwVM *vm, uint32_t cp);
AwStr *str_concat(AwVM *vm, AwStr *a, AwStr *b);
/* `a + b` for the VM's in-place `x += y`, so that a loop of `s += piece` costs O(total) as in
 * CPython (which resizes in place when the refcount is 1). The result has spare room for more
 * appends. If a_is_unique (the VM has proven nothing else can see a: see the strings report),
 * a itself is extended in place when its room allows and returned; otherwise a is untouched
 * and a new string is returned. NULL on MemoryError. */
AwStr *str_append(AwVM *vm, AwStr *a, AwStr *b, bool a_is_unique);
/* The empty string / the one-character string for an ASCII byte (singletons, never NULL
 * after str_init). */
AwStr *str_empty(AwVM *vm);
AwStr *str_ascii_char(AwVM *vm, unsigned char c);
/* Substring by byte offsets (both on code-point boundaries). */
AwStr *str_slice_bytes(AwVM *vm, AwStr *s, int64_t byte_start, int64_t byte_end);
/* For builders that know the size: a string of byte_len bytes whose data the caller fills
 * (valid UTF-8), then finishes with str_seal, which sets char_len/is_ascii and the NUL. */
AwStr *str_alloc(AwVM *vm, int64_t byte_len);
AwStr *str_seal(AwStr *s);
/* The number of code points in n bytes of valid UTF-8. */
int64_t str_count_chars(const char *utf8, int64_t n);

/* Forgets the cached code-point position (str.c): called by the GC before it sweeps. */
void str_forget_offsets(void);

/* Marks every interned string (and so the singletons): called by the GC with the roots. */
void str_trace_interned(AwVM *vm, AwGC *gc);

/* Interning: the canonical copy of a string, so equal interned strings are the same pointer.
 * The intern table is a GC root (interned strings live until exit). */
AwStr *str_intern(AwVM *vm, const char *utf8, size_t byte_len);
AwStr *str_intern_cstr(AwVM *vm, const char *cstr);
AwStr *str_intern_str(AwVM *vm, AwStr *s);

static inline AwValue str_value(AwStr *s) { return value_from_ptr(s); }
/* str_value(s), or AW_ERR for a NULL s (a constructor that raised). */
static inline AwValue str_value_or_err(AwStr *s) { return s ? value_from_ptr(s) : AW_ERR; }
static inline bool value_is_str(AwValue v);

int64_t str_hash(AwStr *s);
/* The hash str_hash uses, over any bytes (bytes.c hashes with it too); never -1. */
int64_t str_hash_bytes(const char *data, size_t len);
bool str_equal(AwStr *a, AwStr *b);
/* Compare code-point order: <0, 0, >0. */
int str_cmp(AwStr *a, AwStr *b);
bool str_equal_cstr(AwStr *s, const char *cstr);

/* repr(s) with CPython's quoting and escapes. */
AwStr *str_repr(AwVM *vm, AwStr *s);

/* Code-point access: byte offset of code point `index` (0 <= index <= char_len). */
int64_t str_byte_offset(AwStr *s, int64_t index);
/* Decodes one UTF-8 code point at p, storing its length in *len. */
uint32_t str_decode_utf8(const char *p, int *len);
/* Encodes cp into out (4 bytes room); returns the number of bytes. */
int str_encode_utf8(uint32_t cp, char *out);

/* Strict UTF-8 check in CPython's terms: returns -1 when data[0..len) is valid, else the
 * offset of the first bad sequence, with *bad_len its length and *reason CPython's words
 * ("invalid start byte", "invalid continuation byte", "unexpected end of data"). */
int64_t str_utf8_error(const char *data, size_t len, int64_t *bad_len, const char **reason);

/* For the VM and other modules: s % args, s.format(...). */
AwValue str_percent_format(AwVM *vm, AwStr *fmt, AwValue args);
/* bytes % args (also for bytearray): printf-style formatting of raw bytes, CPython's rules for
 * %s/%b (bytes-like or __bytes__), %r/%a (ascii()), %c (int < 256 or one byte). */
AwValue bytes_percent_format(AwVM *vm, const char *fmt, int64_t len, AwValue args);
/* str.format(*args, **kwargs): kwargs may be NULL. str.format_map(mapping): pass the mapping
 * as `mapping` (any object with __getitem__) and kwargs NULL. May run aw code. */
AwValue str_format(AwVM *vm, AwStr *fmt, int argc, const AwValue *argv, AwValue mapping);
AwValue str_join(AwVM *vm, AwStr *sep, AwValue iterable);

void str_init(AwVM *vm);
void str_fini(AwVM *vm);

#include "interp/types.h"
static inline bool value_is_str(AwValue v) { return value_is_ptr(v) && type_of(v) == &aw_type_str; }
/* The AwStr of a value known to be a str or an instance of a str subclass. For an exact str
 * this is the object itself; for a subclass instance it is the value it wraps, so code that
 * accepted value_is_instance(v, &aw_type_str) reads the right text. */
static inline AwStr *str_of_value(AwValue v) {
    AwObject *o = value_as_ptr(v);
    return o->type == &aw_type_str ? (AwStr *)o : ((AwStrSubclass *)o)->value;
}
#define AW_STR(v) str_of_value(v)

/* The AwStr of a str or of an instance of a str subclass; NULL for anything else. */
static inline AwStr *str_unwrap(AwValue v) {
    if (!value_is_ptr(v)) return NULL;
    AwType *t = value_as_ptr(v)->type;
    if (t == &aw_type_str) return (AwStr *)value_as_ptr(v);
    if ((t->flags & AW_TYPE_HEAP) && type_is_subtype(t, &aw_type_str))
        return ((AwStrSubclass *)value_as_ptr(v))->value;
    return NULL;
}

/* Method table of str (str_methods.c). */
extern const AwMethodDef str_methods_table[];

#endif
