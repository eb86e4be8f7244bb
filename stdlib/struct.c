/* struct.c — `_struct`: packing values into bytes and back by a format string, the core of
 * struct.py (CPython's struct module: byte orders @ = < > !, native sizes and alignment for @,
 * the codes x c b B ? h H i I l L q Q n N P e f d s p, repeat counts, CPython's struct.error
 * messages).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/bytes.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/modules.h"

/* struct.error, created by struct.py and handed over with _set_error. */
static AwValue struct_error = AW_NONE;

static AwValue fail(AwVM *vm, const char *fmt, const char *arg) {
    AwValue exc = struct_error;
    if (!value_is_ptr(exc)) return vm_raise(vm, &aw_exc_ValueError, fmt, arg);
    AwStr *msg = str_printf(vm, fmt, arg);
    if (!msg) return AW_ERR;
    AwValue e = vm_call(vm, exc, 1, (AwValue[]){str_value(msg)}, NULL);
    return e == AW_ERR ? AW_ERR : vm_raise_value(vm, e);
}

/* One code of a format: its size and alignment under the chosen byte order. */
typedef struct {
    char code;        /* the format character */
    int64_t count;    /* repeat count (for s/p: the byte length) */
    int size;         /* bytes of one item */
    int align;        /* alignment (1 unless native '@') */
    bool np;          /* packed by CPython's native-table functions (their error messages) */
} Item;

typedef struct {
    bool native;      /* '@': native sizes and alignment */
    bool little;      /* byte order of multi-byte values */
    const char *p;    /* next character of the format */
    const char *end;  /* end of the format */
} Format;

/* IEEE 754 binary16 bits of x, rounded half to even as CPython's PyFloat_Pack2; false when
 * x is finite but too large. */
static bool half_from_double(double x, uint16_t *out) {
    unsigned sign = signbit(x) ? 1 : 0;
    unsigned e, bits;
    if (isnan(x)) e = 0x1f, bits = 512;
    else if (isinf(x)) e = 0x1f, bits = 0;
    else if (x == 0.0) e = 0, bits = 0;
    else {
        int ex;
        double f = frexp(fabs(x), &ex) * 2.0;   /* [1, 2) */
        ex--;
        if (ex >= 16) return false;
        if (ex < -25) f = 0.0, ex = 0;                  /* underflow to zero */
        else if (ex < -14) f = ldexp(f, 14 + ex), ex = 0;  /* subnormal */
        else ex += 15, f -= 1.0;                        /* drop the leading 1 */
        f *= 1024.0;
        bits = (unsigned)f;
        if (f - bits > 0.5 || (f - bits == 0.5 && bits % 2 == 1)) {
            if (++bits == 1024) {
                bits = 0;
                if (++ex == 31) return false;
            }
        }
        e = (unsigned)ex;
    }
    *out = (uint16_t)(bits | (e << 10) | (sign << 15));
    return true;
}

static double half_to_double(uint16_t h) {
    int sign = h >> 15, e = (h >> 10) & 0x1f;
    unsigned f = h & 0x3ff;
    if (e == 0x1f) return f == 0 ? (sign ? -INFINITY : INFINITY) : (sign ? -NAN : NAN);
    double x = f / 1024.0;
    if (e == 0) e = -14;
    else x += 1.0, e -= 15;
    x = ldexp(x, e);
    return sign ? -x : x;
}

static int native_size(char c) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': return (int)sizeof(short);
    case 'i': case 'I': return (int)sizeof(int);
    case 'l': case 'L': return (int)sizeof(long);
    case 'q': case 'Q': return (int)sizeof(long long);
    case 'n': case 'N': return (int)sizeof(size_t);
    case 'P': return (int)sizeof(void *);
    case 'e': return 2;
    case 'f': return (int)sizeof(float);
    case 'd': return (int)sizeof(double);
    default: return 0;
    }
}

static int standard_size(char c) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    default: return 0;
    }
}

static AwStatus format_start(AwVM *vm, AwValue fmtv, Format *f) {
    const char *data;
    int64_t len;
    if (value_is_str(fmtv)) {
        AwStr *s = AW_STR(fmtv);
        if ((int64_t)s->char_len != (int64_t)s->byte_len) {
            /* CPython encodes a str format as ASCII first: its UnicodeEncodeError. */
            AwStr *ascii = str_new(vm, "ascii", 5);
            if (ascii && bytes_encode(vm, s, value_from_ptr(ascii), AW_EMPTY) != AW_ERR)
                vm_raise(vm, &aw_exc_UnicodeEncodeError, "non-ASCII struct format");
            return AW_ERROR;
        }
        data = s->data;
        len = s->byte_len;
    }
    else if (!bytes_view(fmtv, &data, &len))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s", ops_type_name(fmtv)));
    if (memchr(data, '\0', (size_t)len))   /* CPython's str/bytes-to-C-string check */
        return vm_fail(fail(vm, "embedded null character%s", ""));
    f->p = data;
    f->end = data + len;
    f->native = true;
    f->little = true;   /* x86-64 and aarch64 Linux */
    while (f->p < f->end && (*f->p == ' ' || *f->p == '\t' || *f->p == '\n')) f->p++;
    if (f->p < f->end) {
        switch (*f->p) {
        case '@': f->p++; break;
        case '=': f->p++; f->native = false; break;
        case '<': f->p++; f->native = false; f->little = true; break;
        case '>': case '!': f->p++; f->native = false; f->little = false; break;
        default: break;
        }
    }
    return AW_OK;
}

/* The next item, or false at the end; -1 (as AW_ERROR) on a bad format. */
static int format_next(AwVM *vm, Format *f, Item *it) {
    while (f->p < f->end && (*f->p == ' ' || *f->p == '\t' || *f->p == '\n')) f->p++;
    if (f->p >= f->end) return 0;
    int64_t count = 1;
    if (*f->p >= '0' && *f->p <= '9') {
        count = 0;
        while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
            if (count > (INT64_MAX - 9) / 10) { fail(vm, "total struct size too long%s", ""); return -1; }
            count = count * 10 + (*f->p++ - '0');
        }
        if (f->p >= f->end) { fail(vm, "repeat count given without format specifier%s", ""); return -1; }
    }
    char c = *f->p++;
    int size = f->native ? native_size(c) : standard_size(c);
    if (size == 0 || (!f->native && (c == 'n' || c == 'N' || c == 'P'))) {
        fail(vm, "bad char in struct format%s", "");
        return -1;
    }
    /* CPython packs '<'/'=' items whose standard size is the native one with its native
     * functions, so those give the native error messages too. */
    bool np = f->native || (f->little && size == native_size(c));
    *it = (Item){c, count, size, f->native ? size : 1, np};
    return 1;
}

static int64_t align_up(int64_t off, int align) { return align > 1 ? (off + align - 1) / align * align : off; }

/* Total size of a format, and the number of values it takes. */
static AwStatus format_measure(AwVM *vm, AwValue fmtv, int64_t *size, int64_t *nvalues) {
    Format f;
    Item it;
    int r;
    if (format_start(vm, fmtv, &f)) return AW_ERROR;
    *size = *nvalues = 0;
    while ((r = format_next(vm, &f, &it)) == 1) {
        *size = align_up(*size, it.align);
        /* CPython's limit (less a margin for alignment): a size under it that cannot be
         * allocated is a MemoryError at pack time. */
        if (it.count > (INT64_MAX - 16 - *size) / it.size) return vm_fail(fail(vm, "total struct size too long%s", ""));
        if (it.code == 's' || it.code == 'p') { *size += it.count; *nvalues += 1; continue; }
        *size += it.count * it.size;
        if (it.code != 'x') *nvalues += it.count;
    }
    return r < 0 ? AW_ERROR : AW_OK;
}

static void put_uint(char *out, uint64_t v, int size, bool little) {
    for (int i = 0; i < size; i++) {
        int shift = 8 * (little ? i : size - 1 - i);
        out[i] = (char)((v >> shift) & 0xFF);
    }
}

static uint64_t get_uint(const char *in, int size, bool little) {
    uint64_t v = 0;
    for (int i = 0; i < size; i++) {
        int shift = 8 * (little ? i : size - 1 - i);
        v |= (uint64_t)(unsigned char)in[i] << shift;
    }
    return v;
}

static bool is_signed(char c) { return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'; }

/* The error CPython gives for an integer that does not fit the code; wide: it does not even fit
 * a C long (unsigned long for the unsigned codes). */
static AwValue range_error(AwVM *vm, const Item *it, bool wide) {
    char buf[128];
    switch (it->code) {
    case 'c': return fail(vm, "%s", "char format requires a bytes object of length 1");
    case 'P': return fail(vm, "%s", "int too large to convert");
    default: break;
    }
    if (it->size == 8 && !it->np) return fail(vm, "%s", "int too large to convert");
    if (wide || it->size == 8) return fail(vm, "%s", "argument out of range");
    switch (it->code) {
    case 'b': return fail(vm, "%s", "byte format requires -128 <= number <= 127");
    case 'B': return fail(vm, "%s", "ubyte format requires 0 <= number <= 255");
    case 'h': if (it->np) return fail(vm, "%s", "short format requires -32768 <= number <= 32767"); break;
    case 'H': if (it->np) return fail(vm, "%s", "ushort format requires 0 <= number <= 65535"); break;
    default: break;
    }
    int bits = it->size * 8;
    if (is_signed(it->code))
        snprintf(buf, sizeof buf, "'%c' format requires %lld <= number <= %lld", it->code,
                 -(1LL << (bits - 1)), (1LL << (bits - 1)) - 1);
    else
        snprintf(buf, sizeof buf, "'%c' format requires 0 <= number <= %llu", it->code, (1ULL << bits) - 1);
    return fail(vm, "%s", buf);
}

/* v as an unsigned 64-bit value; false when negative or wider. */
static bool to_u64(AwVM *vm, AwValue v, uint64_t *out) {
    int64_t s;
    if (int_to_i64(vm, v, &s) == AW_OK) { *out = (uint64_t)s; return s >= 0; }
    vm_exc_clear(vm);
    if (int_sign(v) < 0) return false;
    mpz_t z, hi;
    mpz_init(z);
    mpz_init(hi);
    int_to_mpz(v, z);
    bool fits = mpz_sizeinbase(z, 2) <= 64;
    mpz_fdiv_q_2exp(hi, z, 32);
    *out = ((uint64_t)(mpz_get_ui(hi) & 0xFFFFFFFFu) << 32) | (uint64_t)(mpz_get_ui(z) & 0xFFFFFFFFu);
    mpz_clear(hi);
    mpz_clear(z);
    return fits;
}

/* CPython reads the signed codes, B and native H as a C long first, the other unsigned codes
 * as an unsigned long; a pointer takes any value from -2**63 to 2**64 - 1. */
static AwStatus pack_int(AwVM *vm, const Item *it, AwValue v, bool little, char *out) {
    if (!int_check(v)) {
        if (value_is_float(v) || !(type_of(v)->flags & AW_TYPE_HEAP)) return vm_fail(fail(vm, "%s", "required argument is not an integer"));
        v = ops_index(vm, v);
        if (v == AW_ERR) return AW_ERROR;
    }
    int bits = it->size * 8;
    bool as_long = is_signed(it->code) || it->code == 'B' || (it->code == 'H' && it->np);
    if (it->code == 'P') {
        int64_t x;
        uint64_t u;
        if (int_to_i64(vm, v, &x) == AW_OK) u = (uint64_t)x;
        else {
            vm_exc_clear(vm);
            if (!to_u64(vm, v, &u)) return vm_fail(range_error(vm, it, true));
        }
        put_uint(out, u, it->size, little);
        return AW_OK;
    }
    if (as_long) {
        int64_t x;
        if (int_to_i64(vm, v, &x)) { vm_exc_clear(vm); return vm_fail(range_error(vm, it, true)); }
        bool ok = is_signed(it->code) ? bits == 64 || (x >= -(1LL << (bits - 1)) && x <= (1LL << (bits - 1)) - 1)
                                      : x >= 0 && x <= (int64_t)((1ULL << bits) - 1);
        if (!ok) return vm_fail(range_error(vm, it, false));
        put_uint(out, (uint64_t)x, it->size, little);
        return AW_OK;
    }
    uint64_t x;
    if (!to_u64(vm, v, &x)) return vm_fail(range_error(vm, it, true));
    if (bits < 64 && x > ((1ULL << bits) - 1)) return vm_fail(range_error(vm, it, false));
    put_uint(out, x, it->size, little);
    return AW_OK;
}

static AwStatus pack_one(AwVM *vm, const Item *it, AwValue v, bool little, char *out) {
    switch (it->code) {
    case '?': {
        int t = ops_truthy(vm, v);
        if (t < 0) return AW_ERROR;
        *out = (char)t;
        return AW_OK;
    }
    case 'c': {
        const char *d;
        int64_t n;
        if (!bytes_view(v, &d, &n) || n != 1) return vm_fail(range_error(vm, it, false));
        *out = d[0];
        return AW_OK;
    }
    case 'e': case 'f': case 'd': {
        double x;
        if (!value_is_float(v) && !int_check(v) && !(type_of(v)->flags & AW_TYPE_HEAP))
            return vm_fail(fail(vm, "%s", "required argument is not a float"));
        if (float_coerce(vm, v, &x)) return AW_ERROR;
        if (x != x) x = copysign((double)NAN, x);   /* not the NaN's identity serial (value.h) */
        if (it->code == 'e') {
            uint16_t h;
            if (!half_from_double(x, &h)) return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "float too large to pack with e format"));
            put_uint(out, h, 2, little);
        } else if (it->code == 'f') {
            float f = (float)x;
            if (isinf(f) && !isinf(x)) return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "float too large to pack with f format"));
            uint32_t u;
            memcpy(&u, &f, 4);
            put_uint(out, u, 4, little);
        } else {
            uint64_t u;
            memcpy(&u, &x, 8);
            put_uint(out, u, 8, little);
        }
        return AW_OK;
    }
    default:
        return pack_int(vm, it, v, little, out);
    }
}

static AwStatus pack_text(AwVM *vm, const Item *it, AwValue v, char *out) {
    const char *d;
    int64_t n;
    if (!bytes_view(v, &d, &n))
        return vm_fail(fail(vm, "argument for '%s' must be a bytes object", it->code == 's' ? "s" : "p"));
    memset(out, 0, (size_t)it->count);
    if (it->code == 's') {
        memcpy(out, d, (size_t)(n < it->count ? n : it->count));
    } else if (it->count > 0) {
        /* all that fits is copied; only the length byte is capped at 255 (as CPython) */
        int64_t k = n < it->count - 1 ? n : it->count - 1;
        out[0] = (char)(k > 255 ? 255 : k);
        memcpy(out + 1, d, (size_t)k);
    }
    return AW_OK;
}

/* pack(fmt, *values) into out (size bytes, zeroed by the caller). */
static AwStatus pack_into_buffer(AwVM *vm, AwValue fmtv, const AwValue *values, int64_t nvalues, char *out) {
    Format f;
    Item it;
    int r;
    if (format_start(vm, fmtv, &f)) return AW_ERROR;
    int64_t off = 0, vi = 0;
    while ((r = format_next(vm, &f, &it)) == 1) {
        off = align_up(off, it.align);
        if (it.code == 'x') { off += it.count; continue; }
        if (it.code == 's' || it.code == 'p') {
            if (pack_text(vm, &it, values[vi++], out + off)) return AW_ERROR;
            off += it.count;
            continue;
        }
        for (int64_t k = 0; k < it.count; k++, off += it.size)
            if (pack_one(vm, &it, values[vi++], f.little, out + off)) return AW_ERROR;
    }
    (void)nvalues;
    return r < 0 ? AW_ERROR : AW_OK;
}

static AwValue unpack_one(AwVM *vm, const Item *it, const char *in, bool little) {
    switch (it->code) {
    case '?': return value_from_bool(*in != 0);
    case 'c': {
        AwBytes *b = bytes_new(vm, in, 1);
        return b ? value_from_ptr(b) : AW_ERR;
    }
    case 'e': return value_from_double(half_to_double((uint16_t)get_uint(in, 2, little)));
    case 'f': {
        uint32_t u = (uint32_t)get_uint(in, 4, little);
        float f;
        memcpy(&f, &u, 4);
        return value_from_double((double)f);
    }
    case 'd': {
        uint64_t u = get_uint(in, 8, little);
        double d;
        memcpy(&d, &u, 8);
        return value_from_double(d);
    }
    default: {
        uint64_t u = get_uint(in, it->size, little);
        if (!is_signed(it->code)) return int_from_u64(vm, u);
        int bits = it->size * 8;
        int64_t s = bits < 64 && (u >> (bits - 1)) ? (int64_t)(u | (~0ULL << bits)) : (int64_t)u;
        return int_from_i64(vm, s);
    }
    }
}

static AwValue unpack_buffer(AwVM *vm, AwValue fmtv, const char *data, int64_t len, int64_t size, int64_t nvalues) {
    (void)len;
    AwTuple *out = tuple_new(vm, nvalues);
    if (!out) return AW_ERR;
    if (gc_push_root(vm, value_from_ptr(out))) return AW_ERR;
    Format f;
    Item it;
    int r = 0;
    AwStatus st = format_start(vm, fmtv, &f);
    int64_t off = 0, vi = 0;
    while (st == AW_OK && (r = format_next(vm, &f, &it)) == 1) {
        off = align_up(off, it.align);
        if (it.code == 'x') { off += it.count; continue; }
        if (it.code == 's' || it.code == 'p') {
            int64_t n = it.code == 's' ? it.count : (it.count ? (unsigned char)data[off] : 0);
            if (it.code == 'p' && n > it.count - 1) n = it.count - 1;
            if (n < 0) n = 0;
            AwBytes *b = bytes_new(vm, data + off + (it.code == 'p'), (size_t)n);
            if (!b) { st = AW_ERROR; break; }
            out->items[vi++] = value_from_ptr(b);
            off += it.count;
            continue;
        }
        for (int64_t k = 0; k < it.count; k++, off += it.size) {
            AwValue v = unpack_one(vm, &it, data + off, f.little);
            if (v == AW_ERR) { st = AW_ERROR; break; }
            out->items[vi++] = v;
        }
    }
    if (st == AW_OK && r < 0) st = AW_ERROR;
    gc_pop_roots(vm, 1);
    (void)size;
    return st == AW_OK ? value_from_ptr(out) : AW_ERR;
}

/* ---- module functions ---- */

static AwValue s_calcsize(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "calcsize", kw) || args_count(vm, "calcsize", argc, 1, 1)) return AW_ERR;
    int64_t size, n;
    if (format_measure(vm, argv[0], &size, &n)) return AW_ERR;
    return int_from_i64(vm, size);
}

static AwValue s_pack(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "pack", kw)) return AW_ERR;
    if (argc < 1) return vm_raise(vm, &aw_exc_TypeError, "pack expected at least 1 argument, got 0");
    int64_t size, n;
    if (format_measure(vm, argv[0], &size, &n)) return AW_ERR;
    if (argc - 1 != n) {
        char buf[96];
        snprintf(buf, sizeof buf, "pack expected %lld items for packing (got %d)", (long long)n, argc - 1);
        return fail(vm, "%s", buf);
    }
    if (size > (int64_t)UINT32_MAX) return vm_raise_memory(vm);   /* over any bytes object aw can make */
    char *out = calloc(1, (size_t)(size ? size : 1));
    if (!out) return vm_raise_memory(vm);
    AwValue r = AW_ERR;
    if (pack_into_buffer(vm, argv[0], argv + 1, n, out) == AW_OK) {
        AwBytes *b = bytes_new(vm, out, (size_t)size);
        r = b ? value_from_ptr(b) : AW_ERR;
    }
    free(out);
    return r;
}

static AwValue unpack_view(AwVM *vm, int argc, const AwValue *argv, bool from, const char *data, int64_t len,
                           int64_t size, int64_t n);

/* unpack / unpack_from over a bytes-like object, or over the bytes an object exports through
 * __buffer__ (array.array), kept rooted while unpacking. */
static AwValue s_unpack_from(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw, bool from) {
    const char *data;
    int64_t len, size, n;
    if (format_measure(vm, argv[0], &size, &n)) return AW_ERR;
    if (bytes_view(argv[1], &data, &len)) return unpack_view(vm, argc, argv, from, data, len, size, n);
    AwValue exported = bytes_from_export(vm, argv[1]);
    if (exported == AW_EMPTY)
        return vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(argv[1]));
    if (exported == AW_ERR || gc_push_root(vm, exported) != AW_OK) return AW_ERR;
    AwValue r = unpack_view(vm, argc, argv, from, AW_BYTES(exported)->data, AW_BYTES(exported)->len, size, n);
    gc_pop_roots(vm, 1);
    return r;
}

static AwValue unpack_view(AwVM *vm, int argc, const AwValue *argv, bool from, const char *data, int64_t len,
                           int64_t size, int64_t n) {
    int64_t offset = 0;
    if (from && argc > 2 && int_to_i64(vm, argv[2], &offset)) return AW_ERR;
    int64_t given = offset;
    if (offset < 0) offset += len;
    char buf[256];
    if (!from && len != size) {
        snprintf(buf, sizeof buf, "unpack requires a buffer of %lld bytes", (long long)size);
        return fail(vm, "%s", buf);
    }
    if (from && given < 0 && offset >= 0 && given + size > 0) {
        snprintf(buf, sizeof buf, "not enough data to unpack %lld bytes at offset %lld", (long long)size, (long long)given);
        return fail(vm, "%s", buf);
    }
    if (from && (offset < 0 || len - offset < size)) {
        if (offset < 0) snprintf(buf, sizeof buf, "offset %lld out of range for %lld-byte buffer", (long long)given, (long long)len);
        else snprintf(buf, sizeof buf, "unpack_from requires a buffer of at least %llu bytes for unpacking %lld bytes at offset %lld (actual buffer size is %lld)",
                      (unsigned long long)size + (unsigned long long)offset, (long long)size, (long long)offset, (long long)len);
        return fail(vm, "%s", buf);
    }
    return unpack_buffer(vm, argv[0], data + offset, len - offset, size, n);
}

static AwValue s_unpack(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "unpack", kw) || args_count(vm, "unpack", argc, 2, 2)) return AW_ERR;
    return s_unpack_from(vm, argc, argv, kw, false);
}

static AwValue s_unpack_from_m(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "unpack_from", argc, 2, 3)) return AW_ERR;
    return s_unpack_from(vm, argc, argv, kw, true);
}

static AwValue s_set_error(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc != 1) return vm_raise(vm, &aw_exc_TypeError, "_set_error takes one argument");
    struct_error = argv[0];
    vm->module_roots[14] = argv[0];   /* keeps struct.error alive (GC root) */
    return AW_NONE;
}

static const AwMethodDef struct_functions[] = {
    {"calcsize", s_calcsize, 0},
    {"pack", s_pack, 0},
    {"unpack", s_unpack, 0},
    {"unpack_from", s_unpack_from_m, 0},
    {"_set_error", s_set_error, 0},
    {NULL, NULL, 0},
};

AwModule *struct_module_init(AwVM *vm) {
    struct_error = AW_NONE;
    AwModule *mod = module_new(vm, "_struct");
    if (!mod || module_add_functions(vm, mod, struct_functions) != AW_OK) return NULL;
    return mod;
}
