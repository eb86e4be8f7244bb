/* str.c — the str type: construction, interning, hashing, comparison, repr, UTF-8 helpers,
 * the operator slots (concatenation, repetition, %, indexing, slicing, `in`, iteration) and
 * str() itself. The methods live in str_methods.c, %-formatting and str.format in
 * str_format.c.
 *
 * Strings are UTF-8. Operations that count in code points take a fast path when is_ascii
 * (byte offset == code-point index) and walk the UTF-8 otherwise.
 */
#include "interp/str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/bytes.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/iter.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/slice.h"
#include "interp/tuple.h"
#include "interp/unicode.h"
#include "interp/vm.h"

/* The intern set (vm->intern_table): canonical copies of interned strings. Entries are never
 * removed: interned strings live until str_fini, as identifiers do in CPython. */
typedef struct {
    AwStr **slots;        /* open addressing by hash, NULL = free */
    size_t cap;           /* slots allocated, a power of two */
    size_t count;         /* strings interned */
    AwStr *empty;         /* the '' singleton */
    AwStr *ascii[128];    /* the one-character ASCII singletons */
} AwInternTable;

#define INTERN_INITIAL_CAP 1024
/* Strings longer than this are refused with MemoryError before gc_new sees them (the object
 * header records sizes in 32 bits). */
#define STR_MAX_BYTES ((int64_t)INT32_MAX - (int64_t)sizeof(AwStr) - 1)

static AwInternTable *intern_table(AwVM *vm) { return (AwInternTable *)vm->intern_table; }

/* The last code-point index resolved in a non-ASCII string, so that loops doing s[i] or
 * s[i:j] walk from the previous position instead of from an end (O(1) per step instead of
 * O(n)). One entry for the process (there is one VM); every collection clears it
 * (str_forget_offsets), so a new string at the address of a dead one never sees a stale entry:
 * memory is reused only after a sweep. Strings then need no free_ slot, and the exit pass skips
 * their pages. */
static struct {
    const AwStr *str;   /* the string, or NULL */
    int64_t index;      /* a code-point index in it */
    int64_t offset;     /* the byte offset of that code point */
} offset_cache;

/* ---- construction ---- */

AwStr *str_alloc(AwVM *vm, int64_t byte_len) {
    if (byte_len < 0 || byte_len > STR_MAX_BYTES) { vm_raise_memory(vm); return NULL; }
    AwStr *s = (AwStr *)gc_new_unzeroed(vm, &aw_type_str, sizeof(AwStr) + (size_t)byte_len + 1);
    if (!s) return NULL;
    s->byte_len = byte_len;
    s->char_len = 0;   /* the builder sets it (str_seal, or from what it copied) */
    s->hash = -1;
    s->data[byte_len] = '\0';
    return s;
}

/* Counts code points: every byte that is not a continuation byte (10xxxxxx) starts one. Eight
 * bytes at a time: a continuation byte has bit 7 set and bit 6 clear, and x << 1 moves each
 * byte's bit 6 under its bit 7 (what crosses into the next byte lands on bit 0, masked off).
 * The eight 0/1 flags are summed by one multiplication (no popcount instruction needed). */
int64_t str_count_chars(const char *data, int64_t n) {
    const unsigned char *p = (const unsigned char *)data;
    int64_t continuation = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, p + i, 8);
        uint64_t marks = (x & ~(x << 1) & 0x8080808080808080ull) >> 7;   /* a 1 per continuation byte */
        continuation += (int64_t)((marks * 0x0101010101010101ull) >> 56);   /* summed in the top byte */
    }
    for (; i < n; i++) continuation += (p[i] & 0xC0) == 0x80;
    return n - continuation;
}

AwStr *str_seal(AwStr *s) {
    s->char_len = (int32_t)str_count_chars(s->data, s->byte_len);
    s->data[s->byte_len] = '\0';
    return s;
}

AwStr *str_new(AwVM *vm, const char *utf8, size_t byte_len) {
    AwInternTable *t = intern_table(vm);
    if (t && byte_len == 0) return t->empty;
    if (t && byte_len == 1 && (unsigned char)utf8[0] < 0x80) return t->ascii[(unsigned char)utf8[0]];
    AwStr *s = str_alloc(vm, (int64_t)byte_len);
    if (!s) return NULL;
    memcpy(s->data, utf8, byte_len);
    return str_seal(s);
}

AwStr *str_from_cstr(AwVM *vm, const char *cstr) { return str_new(vm, cstr, strlen(cstr)); }

AwStr *str_empty(AwVM *vm) {
    AwInternTable *t = intern_table(vm);
    return t ? t->empty : str_new(vm, "", 0);
}

AwStr *str_ascii_char(AwVM *vm, unsigned char c) {
    AwInternTable *t = intern_table(vm);
    if (t && c < 0x80) return t->ascii[c];
    char ch = (char)c;
    return str_new(vm, &ch, 1);
}

AwStr *str_slice_bytes(AwVM *vm, AwStr *s, int64_t byte_start, int64_t byte_end) {
    if (byte_start == 0 && byte_end == s->byte_len) return s;
    if (!str_is_ascii(s)) return str_new(vm, s->data + byte_start, (size_t)(byte_end - byte_start));
    AwStr *r = str_alloc(vm, byte_end - byte_start);   /* a slice of ASCII is ASCII: no count */
    if (!r) return NULL;
    memcpy(r->data, s->data + byte_start, (size_t)(byte_end - byte_start));
    r->char_len = (int32_t)(byte_end - byte_start);
    return r;
}

AwStr *str_from_codepoint(AwVM *vm, uint32_t cp) {
    char buf[4];
    if (cp < 0x80) return str_ascii_char(vm, (unsigned char)cp);
    return str_new(vm, buf, (size_t)str_encode_utf8(cp, buf));
}

AwStr *str_concat(AwVM *vm, AwStr *a, AwStr *b) {
    if (b->byte_len == 0) return a;
    if (a->byte_len == 0) return b;
    AwStr *s = str_alloc(vm, (int64_t)a->byte_len + b->byte_len);
    if (!s) return NULL;
    memcpy(s->data, a->data, (size_t)a->byte_len);
    memcpy(s->data + a->byte_len, b->data, (size_t)b->byte_len);
    s->char_len = a->char_len + b->char_len;
    return s;
}

/* Bytes of text an AwStr object has room for (its allocation, from the GC header). */
static int64_t str_capacity(AwStr *s) {
    if (s->obj.gc_size == 0 || s->obj.gc_size == UINT32_MAX) return s->byte_len;
    return (int64_t)s->obj.gc_size - (int64_t)sizeof(AwStr) - 1;
}

AwStr *str_append(AwVM *vm, AwStr *a, AwStr *b, bool a_is_unique) {
    if (b->byte_len == 0 && a_is_unique) return a;
    int64_t need = (int64_t)a->byte_len + b->byte_len;
    AwStr *r = a;
    if (!a_is_unique || str_is_interned(a) || need > str_capacity(a)) {
        /* Grow geometrically so a loop of appends copies O(n) bytes in total. */
        int64_t cap = need < 64 ? 64 : need * 2;
        if (cap > STR_MAX_BYTES) cap = need;
        r = str_alloc(vm, cap);
        if (!r) return NULL;
        memcpy(r->data, a->data, (size_t)a->byte_len);
        r->char_len = a->char_len;
    }
    if (offset_cache.str == r) offset_cache.str = NULL;
    memcpy(r->data + a->byte_len, b->data, (size_t)b->byte_len);
    r->byte_len = need;
    r->char_len += b->char_len;
    r->hash = -1;
    r->data[need] = '\0';
    return r;
}

/* Native code formats C strings that should be UTF-8; anything that is not (a stray byte
 * from a file name, say) becomes U+FFFD so the str invariant holds. */
static AwStr *str_new_lossy(AwVM *vm, const char *data, size_t len) {
    int64_t bad_len;
    const char *reason;
    if (str_utf8_error(data, len, &bad_len, &reason) < 0) return str_new(vm, data, len);
    AwBuf b;
    buf_init(&b, vm);
    size_t pos = 0;
    while (pos < len) {
        int64_t at = str_utf8_error(data + pos, len - pos, &bad_len, &reason);
        size_t good = at < 0 ? len - pos : (size_t)at;
        if (buf_append(&b, data + pos, good)) return NULL;
        pos += good;
        if (at < 0) break;
        if (buf_append(&b, "\xEF\xBF\xBD", 3)) return NULL;
        pos += (size_t)bad_len;
    }
    return buf_to_str(&b);
}

AwStr *str_vprintf(AwVM *vm, const char *fmt, va_list ap) {
    char small[256];
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(small, sizeof small, fmt, copy);
    va_end(copy);
    if (n < 0) n = 0;
    if ((size_t)n < sizeof small) return str_new_lossy(vm, small, (size_t)n);
    char *big = gc_alloc(vm, (size_t)n + 1);
    if (!big) return NULL;
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    AwStr *s = str_new_lossy(vm, big, (size_t)n);
    gc_free(vm, big, (size_t)n + 1);
    return s;
}

AwStr *str_printf(AwVM *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    AwStr *s = str_vprintf(vm, fmt, ap);
    va_end(ap);
    return s;
}

/* ---- UTF-8 ---- */

uint32_t str_decode_utf8(const char *p, int *len) {
    const unsigned char *u = (const unsigned char *)p;
    if (u[0] < 0x80) { *len = 1; return u[0]; }
    if (u[0] < 0xE0) { *len = 2; return ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F); }
    if (u[0] < 0xF0) {
        *len = 3;
        return ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    }
    *len = 4;
    return ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
           ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}

/* Surrogates (chr(0xD800)) are encoded like any other code point so that they survive in a
 * str, although strict UTF-8 validation would reject them in input. */
int str_encode_utf8(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) { o[0] = (unsigned char)(0xC0 | (cp >> 6)); o[1] = (unsigned char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Bytes a valid sequence starting with `lead` has, and the allowed range of its second byte
 * (which excludes overlong forms, surrogates and code points past U+10FFFF); 0 = bad lead. */
static int utf8_sequence(unsigned char lead, unsigned char *lo, unsigned char *hi) {
    *lo = 0x80;
    *hi = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (lead == 0xE0) *lo = 0xA0;
        if (lead == 0xED) *hi = 0x9F;
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (lead == 0xF0) *lo = 0x90;
        if (lead == 0xF4) *hi = 0x8F;
        return 4;
    }
    return 0;
}

int64_t str_utf8_error(const char *data, size_t len, int64_t *bad_len, const char **reason) {
    const unsigned char *p = (const unsigned char *)data;
    size_t i = 0;
    while (i < len) {
        if (p[i] < 0x80) { i++; continue; }
        unsigned char lo, hi;
        int need = utf8_sequence(p[i], &lo, &hi);
        if (need == 0) { *bad_len = 1; *reason = "invalid start byte"; return (int64_t)i; }
        int got = 1;
        while (got < need && i + (size_t)got < len) {
            unsigned char c = p[i + (size_t)got];
            if (got == 1 ? (c < lo || c > hi) : (c & 0xC0) != 0x80) break;
            got++;
        }
        if (got < need) {
            *bad_len = got;
            *reason = i + (size_t)got == len ? "unexpected end of data" : "invalid continuation byte";
            return (int64_t)i;
        }
        i += (size_t)need;
    }
    return -1;
}

AwStr *str_from_utf8_checked(AwVM *vm, const char *bytes, size_t len) {
    int64_t bad_len;
    const char *reason;
    int64_t at = str_utf8_error(bytes, len, &bad_len, &reason);
    if (at < 0) return str_new(vm, bytes, len);
    if (bad_len == 1)
        vm_raise(vm, &aw_exc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0x%02x in position %lld: %s",
                 (unsigned char)bytes[at], (long long)at, reason);
    else
        vm_raise(vm, &aw_exc_UnicodeDecodeError, "'utf-8' codec can't decode bytes in position %lld-%lld: %s",
                 (long long)at, (long long)(at + bad_len - 1), reason);
    return NULL;
}

static int64_t walk_forward(const unsigned char *p, int64_t len, int64_t pos, int64_t count) {
    for (; count > 0; count--)
        do pos++; while (pos < len && (p[pos] & 0xC0) == 0x80);
    return pos;
}

static int64_t walk_backward(const unsigned char *p, int64_t pos, int64_t count) {
    for (; count > 0; count--)
        do pos--; while ((p[pos] & 0xC0) == 0x80);
    return pos;
}

int64_t str_byte_offset(AwStr *s, int64_t index) {
    if (str_is_ascii(s)) return index;
    const unsigned char *p = (const unsigned char *)s->data;
    /* Start from the nearest known point: the start, the end, or the cached position. */
    int64_t from_index = 0, from_offset = 0, best = index;
    if (s->char_len - index < best) { best = s->char_len - index; from_index = s->char_len; from_offset = s->byte_len; }
    if (offset_cache.str == s) {
        int64_t d = index > offset_cache.index ? index - offset_cache.index : offset_cache.index - index;
        if (d < best) { from_index = offset_cache.index; from_offset = offset_cache.offset; }
    }
    int64_t pos = index >= from_index ? walk_forward(p, s->byte_len, from_offset, index - from_index)
                                      : walk_backward(p, from_offset, from_index - index);
    offset_cache.str = s;
    offset_cache.index = index;
    offset_cache.offset = pos;
    return pos;
}

/* ---- interning ---- */

static AwStr **intern_find(AwInternTable *t, const char *data, int64_t len, int64_t hash) {
    size_t mask = t->cap - 1;
    for (size_t i = (size_t)hash & mask;; i = (i + 1) & mask) {
        AwStr *s = t->slots[i];
        if (!s) return &t->slots[i];
        if (s->hash == hash && s->byte_len == len && memcmp(s->data, data, (size_t)len) == 0)
            return &t->slots[i];
    }
}

static AwStatus intern_grow(AwVM *vm, AwInternTable *t) {
    size_t cap = t->cap * 2;
    AwStr **slots = gc_alloc(vm, cap * sizeof *slots);
    if (!slots) return AW_ERROR;
    memset(slots, 0, cap * sizeof *slots);
    AwStr **old = t->slots;
    size_t old_cap = t->cap;
    t->slots = slots;
    t->cap = cap;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i]) *intern_find(t, old[i]->data, old[i]->byte_len, old[i]->hash) = old[i];
    gc_free(vm, old, old_cap * sizeof *old);
    return AW_OK;
}

/* Finds the canonical copy of data, or adopts `fresh` (if given) or a new copy as it. */
static AwStr *intern_lookup(AwVM *vm, const char *data, int64_t len, AwStr *fresh) {
    AwInternTable *t = intern_table(vm);
    if (!t) return fresh ? fresh : str_new(vm, data, (size_t)len);
    int64_t hash = fresh ? str_hash(fresh) : str_hash_bytes(data, (size_t)len);
    AwStr **slot = intern_find(t, data, len, hash);
    if (*slot) return *slot;
    if ((t->count + 1) * 2 > t->cap) {
        if (intern_grow(vm, t)) return NULL;
        slot = intern_find(t, data, len, hash);
    }
    AwStr *s = fresh;
    if (!s) {
        s = str_alloc(vm, len);
        if (!s) return NULL;
        memcpy(s->data, data, (size_t)len);
        str_seal(s);
        s->hash = hash;
    }
    s->obj.flags |= AW_STR_INTERNED;
    *slot = s;
    t->count++;
    return s;
}

AwStr *str_intern(AwVM *vm, const char *utf8, size_t byte_len) {
    return intern_lookup(vm, utf8, (int64_t)byte_len, NULL);
}

AwStr *str_intern_cstr(AwVM *vm, const char *cstr) { return str_intern(vm, cstr, strlen(cstr)); }

AwStr *str_intern_str(AwVM *vm, AwStr *s) {
    if (str_is_interned(s)) return s;
    return intern_lookup(vm, s->data, s->byte_len, s);
}

void str_trace_interned(AwVM *vm, AwGC *gc) {
    AwInternTable *t = intern_table(vm);
    if (!t) return;
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i]) gc_mark_object(gc, &t->slots[i]->obj);
}

void str_init(AwVM *vm) {
    if (vm->intern_table) return;
    AwInternTable *t = gc_alloc(vm, sizeof *t);
    if (!t) return;
    memset(t, 0, sizeof *t);
    t->slots = gc_alloc(vm, INTERN_INITIAL_CAP * sizeof *t->slots);
    if (!t->slots) { gc_free(vm, t, sizeof *t); return; }
    memset(t->slots, 0, INTERN_INITIAL_CAP * sizeof *t->slots);
    t->cap = INTERN_INITIAL_CAP;
    vm->intern_table = t;
    /* Built before the table answers str_new, so these are fresh objects, then interned. */
    t->empty = str_intern(vm, "", 0);
    for (int c = 0; c < 128; c++) {
        char ch = (char)c;
        t->ascii[c] = str_intern(vm, &ch, 1);
    }
}

void str_fini(AwVM *vm) {
    AwInternTable *t = intern_table(vm);
    if (!t) return;
    gc_free(vm, t->slots, t->cap * sizeof *t->slots);
    gc_free(vm, t, sizeof *t);
    vm->intern_table = NULL;
}

/* ---- hashing and comparison ---- */

/* FNV-1a over 8-byte words with a final avalanche (murmur3's fmix64): fast on identifiers,
 * well mixed in the low bits the hash tables index by. */
int64_t str_hash_bytes(const char *data, size_t len) {
    if (len == 0) return 0;   /* as CPython: hash('') == hash(b'') == 0 */
    uint64_t h = 0xcbf29ce484222325ull ^ (uint64_t)len;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, data + i, 8);
        h = (h ^ w) * 0x100000001b3ull;
        h ^= h >> 29;
    }
    for (; i < len; i++) h = (h ^ (unsigned char)data[i]) * 0x100000001b3ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t str_hash(AwStr *s) {
    if (s->hash == -1) s->hash = str_hash_bytes(s->data, (size_t)s->byte_len);
    return s->hash;
}

bool str_equal(AwStr *a, AwStr *b) {
    if (a == b) return true;
    if (a->byte_len != b->byte_len || (str_is_interned(a) && str_is_interned(b))) return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
    return memcmp(a->data, b->data, (size_t)a->byte_len) == 0;
}

/* UTF-8 byte order is code-point order, so memcmp compares like CPython. */
int str_cmp(AwStr *a, AwStr *b) {
    int64_t n = a->byte_len < b->byte_len ? a->byte_len : b->byte_len;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c) return c;
    return a->byte_len < b->byte_len ? -1 : a->byte_len > b->byte_len;
}

bool str_equal_cstr(AwStr *s, const char *cstr) {
    size_t n = strlen(cstr);
    return (size_t)s->byte_len == n && memcmp(s->data, cstr, n) == 0;
}

/* ---- repr ---- */

/* The quote CPython picks: ' unless the text holds ' and no ". */
static char repr_quote(AwStr *s) {
    bool has_single = memchr(s->data, '\'', (size_t)s->byte_len) != NULL;
    bool has_double = memchr(s->data, '"', (size_t)s->byte_len) != NULL;
    return has_single && !has_double ? '"' : '\'';
}

static AwStatus repr_escape(AwBuf *b, uint32_t cp, char quote) {
    static const char hex[] = "0123456789abcdef";
    char esc[10];
    if (cp == (uint32_t)quote || cp == '\\') { esc[0] = '\\'; esc[1] = (char)cp; return buf_append(b, esc, 2); }
    if (cp == '\n') return buf_append(b, "\\n", 2);
    if (cp == '\r') return buf_append(b, "\\r", 2);
    if (cp == '\t') return buf_append(b, "\\t", 2);
    int digits = cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8;
    esc[0] = '\\';
    esc[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int i = 0; i < digits; i++) esc[2 + i] = hex[(cp >> (4 * (digits - 1 - i))) & 0xF];
    return buf_append(b, esc, (size_t)(2 + digits));
}

static bool repr_needs_escape(uint32_t cp, char quote) {
    if (cp < 0x7F) return cp < 0x20 || cp == (uint32_t)quote || cp == '\\';
    return cp == 0x7F || !unicode_isprintable(cp);
}

AwStr *str_repr(AwVM *vm, AwStr *s) {
    char quote = repr_quote(s);
    AwBuf b;
    buf_init(&b, vm);
    if (buf_append_char(&b, quote)) return NULL;
    int64_t pos = 0, run = 0;   /* [run, pos) is text copied as is */
    while (pos < s->byte_len) {
        int len;
        uint32_t cp = str_decode_utf8(s->data + pos, &len);
        if (repr_needs_escape(cp, quote)) {
            if (buf_append(&b, s->data + run, (size_t)(pos - run)) || repr_escape(&b, cp, quote)) return NULL;
            run = pos + len;
        }
        pos += len;
    }
    if (buf_append(&b, s->data + run, (size_t)(pos - run)) || buf_append_char(&b, quote)) return NULL;
    return buf_to_str(&b);
}

/* ---- slots ---- */

static AwValue str_repr_slot(AwVM *vm, AwValue self) {
    AwStr *r = str_repr(vm, str_unwrap(self));
    return r ? str_value(r) : AW_ERR;
}

/* str(s) of a subclass instance is the plain str value, as in CPython. */
static AwValue str_str_slot(AwVM *vm, AwValue self) { return str_value(str_unwrap(self)); }

static AwStatus str_hash_slot(AwVM *vm, AwValue self, int64_t *out) {
    *out = str_hash(str_unwrap(self));
    return AW_OK;
}

static AwValue str_compare_slot(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    AwStr *x = str_unwrap(a), *y = str_unwrap(b);
    if (!x || !y) return AW_NOTIMPL;
    if (op == AW_CMP_EQ) return value_from_bool(str_equal(x, y));
    if (op == AW_CMP_NE) return value_from_bool(!str_equal(x, y));
    int c = str_cmp(x, y);
    switch (op) {
    case AW_CMP_LT: return value_from_bool(c < 0);
    case AW_CMP_LE: return value_from_bool(c <= 0);
    case AW_CMP_GT: return value_from_bool(c > 0);
    default: return value_from_bool(c >= 0);
    }
}

static AwValue str_repeat(AwVM *vm, AwStr *s, int64_t n) {
    if (n <= 0 || s->byte_len == 0) return str_value(str_empty(vm));
    if (n == 1) return str_value(s);
    if (n > INT64_MAX / s->byte_len)
        return vm_raise(vm, &aw_exc_OverflowError, "repeated string is too long");
    AwStr *r = str_alloc(vm, s->byte_len * n);
    if (!r) return AW_ERR;
    if (s->byte_len == 1) {
        memset(r->data, s->data[0], (size_t)n);
    } else {
        /* Doubling copies: log2(n) memcpy calls. */
        memcpy(r->data, s->data, (size_t)s->byte_len);
        int64_t done = s->byte_len, total = r->byte_len;
        while (done < total) {
            int64_t chunk = done < total - done ? done : total - done;
            memcpy(r->data + done, r->data, (size_t)chunk);
            done += chunk;
        }
    }
    r->char_len = s->char_len * n;
    return str_value(r);
}

/* The repeat count of `s * count`: ints (and __index__ objects), or "can't multiply". */
static AwValue repeat_by(AwVM *vm, AwStr *s, AwValue count) {
    if (value_is_int(count)) return str_repeat(vm, s, value_as_small(count));
    AwValue idx = ops_index(vm, count);
    if (idx == AW_ERR) return AW_ERR;
    int64_t n;
    if (int_to_i64(vm, idx, &n)) {
        vm_exc_clear(vm);
        return vm_raise(vm, &aw_exc_OverflowError, "cannot fit '%s' into an index-sized integer", ops_type_name(count));
    }
    return str_repeat(vm, s, n);
}

/* A user class may still answer through its own reflected dunder (__radd__, __rmul__), so
 * the sequence errors are raised only when it cannot. Dunders inherited from a built-in
 * class (str.__rmul__ for a str subclass) do not count. */
static bool defers_to(AwVM *vm, AwValue other, AwStr *rname) {
    AwType *t = type_of(other);
    if (!(t->flags & AW_TYPE_HEAP) || !t->mro) return false;
    for (int64_t i = 0; i < t->mro->len; i++) {
        AwType *k = (AwType *)value_as_ptr(t->mro->items[i]);
        if (k->dict && dict_get_str(k->dict, rname) != AW_EMPTY) return (k->flags & AW_TYPE_HEAP) != 0;
    }
    return false;
}

static bool has_index(AwVM *vm, AwValue v) {
    return int_check(v) || type_lookup(type_of(v), AW_NAME(vm, __index__)) != AW_EMPTY;
}

static AwValue str_binary_slot(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    AwStr *x = str_unwrap(a);
    if (op == AW_BINOP_ADD) {
        AwStr *y = str_unwrap(b);
        if (y) { AwStr *r = str_concat(vm, x, y); return r ? str_value(r) : AW_ERR; }
        if (defers_to(vm, b, AW_NAME(vm, __radd__))) return AW_NOTIMPL;
        return vm_raise(vm, &aw_exc_TypeError, "can only concatenate str (not \"%s\") to str", ops_type_name(b));
    }
    if (op == AW_BINOP_MUL) {
        if (defers_to(vm, b, AW_NAME(vm, __rmul__))) return AW_NOTIMPL;
        if (!has_index(vm, b))
            return vm_raise(vm, &aw_exc_TypeError, "can't multiply sequence by non-int of type '%s'", ops_type_name(b));
        return repeat_by(vm, x, b);
    }
    if (op == AW_BINOP_MOD) return str_percent_format(vm, x, b);
    return AW_NOTIMPL;
}

/* Called after a's own slot declined, so `2.5 * 's'` is the sequence error here. */
static AwValue str_rbinary_slot(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    if (op != AW_BINOP_MUL) return AW_NOTIMPL;
    if (!has_index(vm, a))
        return vm_raise(vm, &aw_exc_TypeError, "can't multiply sequence by non-int of type '%s'", ops_type_name(a));
    return repeat_by(vm, str_unwrap(b), a);
}

static int str_truth_slot(AwVM *vm, AwValue self) { return str_unwrap(self)->byte_len != 0; }

static AwStatus str_len_slot(AwVM *vm, AwValue self, int64_t *out) {
    *out = str_unwrap(self)->char_len;
    return AW_OK;
}

static AwValue char_at(AwVM *vm, AwStr *s, int64_t index) {
    if (str_is_ascii(s)) return str_value(str_ascii_char(vm, (unsigned char)s->data[index]));
    int64_t off = str_byte_offset(s, index);
    int len;
    str_decode_utf8(s->data + off, &len);
    AwStr *r = str_new(vm, s->data + off, (size_t)len);
    return r ? str_value(r) : AW_ERR;
}

/* Byte offset of the code point `count` code points after (or before, if negative) pos. */
static int64_t utf8_step(const char *data, int64_t len, int64_t pos, int64_t count) {
    const unsigned char *p = (const unsigned char *)data;
    for (; count > 0 && pos < len; count--)
        do pos++; while (pos < len && (p[pos] & 0xC0) == 0x80);
    for (; count < 0 && pos > 0; count++)
        do pos--; while (pos > 0 && (p[pos] & 0xC0) == 0x80);
    return pos;
}

static AwValue slice_stepped(AwVM *vm, AwStr *s, int64_t start, int64_t step, int64_t n) {
    if (str_is_ascii(s)) {
        AwStr *r = str_alloc(vm, n);
        if (!r) return AW_ERR;
        for (int64_t k = 0; k < n; k++) r->data[k] = s->data[start + k * step];
        r->char_len = n;
        return str_value(r);
    }
    AwBuf b;
    buf_init(&b, vm);
    int64_t pos = str_byte_offset(s, start);
    for (int64_t k = 0; k < n; k++) {
        int len;
        str_decode_utf8(s->data + pos, &len);
        if (buf_append(&b, s->data + pos, (size_t)len)) return AW_ERR;
        if (k + 1 < n) pos = utf8_step(s->data, s->byte_len, pos, step);
    }
    AwStr *r = buf_to_str(&b);
    return r ? str_value(r) : AW_ERR;
}

static AwValue str_slice(AwVM *vm, AwStr *s, AwSlice *slice) {
    int64_t start, stop, step, n;
    if (slice_indices(vm, slice, s->char_len, &start, &stop, &step, &n)) return AW_ERR;
    if (n <= 0) return str_value(str_empty(vm));
    if (step != 1) return slice_stepped(vm, s, start, step, n);
    int64_t b0 = str_byte_offset(s, start);
    int64_t b1 = str_is_ascii(s) ? stop : utf8_step(s->data, s->byte_len, b0, n);
    AwStr *r = str_slice_bytes(vm, s, b0, b1);
    return r ? str_value(r) : AW_ERR;
}

static AwValue str_getitem_slot(AwVM *vm, AwValue self, AwValue key) {
    AwStr *s = str_unwrap(self);
    int64_t i;
    if (value_is_int(key)) {
        i = value_as_small(key);
        if (i < 0) i += s->char_len;
        if (i < 0 || i >= s->char_len) return vm_raise(vm, &aw_exc_IndexError, "string index out of range");
        return char_at(vm, s, i);
    }
    if (value_is_type(key, &aw_type_slice)) return str_slice(vm, s, AW_SLICE(key));
    if (!has_index(vm, key))
        return vm_raise(vm, &aw_exc_TypeError, "string indices must be integers, not '%s'", ops_type_name(key));
    if (slice_index(vm, key, s->char_len, "string", &i)) return AW_ERR;
    return char_at(vm, s, i);
}

static int str_contains_slot(AwVM *vm, AwValue self, AwValue item) {
    AwStr *s = str_unwrap(self), *sub = str_unwrap(item);
    if (!sub) {
        vm_raise(vm, &aw_exc_TypeError, "'in <string>' requires string as left operand, not %s", ops_type_name(item));
        return -1;
    }
    if (sub->byte_len == 0) return 1;
    if (sub->byte_len == 1) return memchr(s->data, sub->data[0], (size_t)s->byte_len) != NULL;
    return memmem(s->data, (size_t)s->byte_len, sub->data, (size_t)sub->byte_len) != NULL;
}

/* ---- iteration ---- */

static AwValue str_iter_slot(AwVM *vm, AwValue self) {
    AwStrIter *it = (AwStrIter *)gc_new(vm, &aw_type_str_iter, sizeof(AwStrIter));
    if (!it) return AW_ERR;
    it->str = str_unwrap(self);
    return value_from_ptr(it);
}

static AwValue str_iter_next(AwVM *vm, AwValue self) {
    AwStrIter *it = AW_AS(AwStrIter, self);
    AwStr *s = it->str;
    if (it->pos >= s->byte_len) {
        it->done = true;
        return AW_STOP;
    }
    unsigned char c = (unsigned char)s->data[it->pos];
    if (c < 0x80) { it->pos++; return str_value(str_ascii_char(vm, c)); }
    int len;
    str_decode_utf8(s->data + it->pos, &len);
    AwStr *r = str_new(vm, s->data + it->pos, (size_t)len);
    if (!r) return AW_ERR;
    it->pos += len;
    return str_value(r);
}

static AwValue str_iter_self(AwVM *vm, AwValue self) { return self; }

static void str_iter_trace(AwGC *gc, AwObject *self) { gc_mark_object(gc, &((AwStrIter *)self)->str->obj); }

static AwValue str_iter_check(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw, int nargs) {
    if (args_no_kwargs(vm, name, kw) || args_count(vm, name, argc - 1, nargs, nargs)) return AW_ERR;
    if (!value_is_type(argv[0], &aw_type_str_iter))
        return vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' requires a 'str_iterator' object but received a '%s'",
                        name, ops_type_name(argv[0]));
    return AW_NONE;
}

/* __reduce__: (iter, (s,), index of the next character), or (iter, ('',)) once next() has
 * reported the end, as CPython's (which forgets the string then). */
static AwValue str_iter_m_reduce(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (str_iter_check(vm, "__reduce__", argc, argv, kw, 0) == AW_ERR) return AW_ERR;
    AwStrIter *it = AW_AS(AwStrIter, argv[0]);
    AwValue fn = module_get(vm->builtins, "iter");
    if (fn == AW_EMPTY) return vm_raise(vm, &aw_exc_RuntimeError, "lost builtins.iter");
    AwStr *s = it->done ? str_empty(vm) : it->str;
    AwTuple *args = tuple_from(vm, 1, (AwValue[]){str_value(s)});
    if (!args) return AW_ERR;
    AwValue items[3] = {fn, value_from_ptr(args), AW_NONE};
    if (s == it->str) {
        int64_t index = 0;
        for (int64_t i = 0; i < it->pos; i++) index += ((unsigned char)s->data[i] & 0xC0) != 0x80;
        items[2] = value_from_small(index);
    }
    AwTuple *r = tuple_from(vm, s == it->str ? 3 : 2, items);
    return r ? value_from_ptr(r) : AW_ERR;
}

/* __setstate__(index): continue from that character (clamped to the string), unless exhausted. */
static AwValue str_iter_m_setstate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (str_iter_check(vm, "__setstate__", argc, argv, kw, 1) == AW_ERR) return AW_ERR;
    AwStrIter *it = AW_AS(AwStrIter, argv[0]);
    int64_t index;
    if (!int_check(argv[1])) return vm_raise(vm, &aw_exc_TypeError, "an integer is required");
    if (args_int(vm, argv[1], &index)) return AW_ERR;
    if (it->done) return AW_NONE;
    if (index < 0) index = 0;
    if (index > (int64_t)it->str->char_len) index = it->str->char_len;
    it->pos = str_byte_offset(it->str, index);
    return AW_NONE;
}

static AwValue str_iter_m_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return iter_next_method(vm, argc, argv, &aw_type_str_iter);
}

static const AwMethodDef str_iter_methods[] = {
    {"__iter__", iter_self_method, AW_METH_DEFAULT},
    {"__next__", str_iter_m_next, AW_METH_DEFAULT},
    {"__reduce__", str_iter_m_reduce, AW_METH_DEFAULT},
    {"__setstate__", str_iter_m_setstate, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

/* ---- str() ---- */

static AwValue decode_object(AwVM *vm, AwValue obj, AwValue encoding, AwValue errors) {
    /* argument parsing comes first in CPython: encoding and errors must be strs */
    if (encoding != AW_EMPTY && !str_unwrap(encoding))
        return vm_raise(vm, &aw_exc_TypeError, "str() argument 'encoding' must be str, not %s", ops_type_name(encoding));
    if (errors != AW_EMPTY && !str_unwrap(errors))
        return vm_raise(vm, &aw_exc_TypeError, "str() argument 'errors' must be str, not %s", ops_type_name(errors));
    if (str_unwrap(obj)) return vm_raise(vm, &aw_exc_TypeError, "decoding str is not supported");
    const char *data;
    int64_t len;
    if (!bytes_view(obj, &data, &len))
        return vm_raise(vm, &aw_exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                        ops_type_name(obj));
    return bytes_decode(vm, data, (size_t)len, encoding, errors);
}

static AwValue wrap_subclass(AwVM *vm, AwType *type, AwValue value) {
    AwStrSubclass *o = (AwStrSubclass *)gc_new(vm, type, type->instance_size);
    if (!o) return AW_ERR;
    o->value = str_unwrap(value);
    return value_from_ptr(o);
}

static AwValue str_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    if (argc == 1 && !kwnames && type == &aw_type_str) return ops_str(vm, argv[0]); /* str(x) */
    AwValue a[3];
    if (args_parse(vm, "str", argc, argv, kwnames, names, 0, 3, a)) return AW_ERR;
    AwValue r;
    if (a[0] == AW_EMPTY) r = str_value(str_empty(vm));
    else if (a[1] == AW_EMPTY && a[2] == AW_EMPTY) r = ops_str(vm, a[0]);
    else r = decode_object(vm, a[0], a[1], a[2]);
    if (r == AW_ERR || type == &aw_type_str) return r;
    return wrap_subclass(vm, type, r);
}

/* Exact strs hold no references; subclass instances hold their value and dict. */
static void str_trace(AwGC *gc, AwObject *self) {
    if (self->type == &aw_type_str) return;
    AwStrSubclass *o = (AwStrSubclass *)self;
    if (o->value) gc_mark_object(gc, &o->value->obj);
    if (self->type->dict_offset) {
        AwDict *d = *(AwDict **)((char *)self + self->type->dict_offset);
        if (d) gc_mark_object(gc, (AwObject *)d);
    }
}

void str_forget_offsets(void) { offset_cache.str = NULL; }

AwType aw_type_str = {
    .name = "str",
    .base = &aw_type_object,
    .flags = AW_TYPE_BASETYPE,
    .instance_size = offsetof(AwStrSubclass, dict),
    .methods = str_methods_table,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .compare = str_compare_slot,
    .binary = str_binary_slot,
    .rbinary = str_rbinary_slot,
    .truth = str_truth_slot,
    .iter = str_iter_slot,
    .len = str_len_slot,
    .getitem = str_getitem_slot,
    .contains = str_contains_slot,
    .new_ = str_new_slot,
    .trace = str_trace,
};

AwType aw_type_str_iter = {
    .name = "str_iterator",
    .base = &aw_type_object,
    .instance_size = sizeof(AwStrIter),
    .methods = str_iter_methods,
    .iter = str_iter_self,
    .next = str_iter_next,
    .trace = str_iter_trace,
};
