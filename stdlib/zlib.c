/* zlib.c — the `zlib` module over the system's libz, with CPython 3.11's names and messages:
 * compress, decompress, crc32, adler32, compressobj (Compress: compress, flush, copy),
 * decompressobj (Decompress: decompress with max_length, flush, copy, unused_data,
 * unconsumed_tail, eof), zlib.error and the constants.
 *
 * Compress and Decompress objects own a z_stream (libz memory, not the GC's): it is released
 * by deflateEnd/inflateEnd in their free_ slot, or earlier when a flush ends the stream.
 * Nothing here runs aw code, so no GC roots are needed; data pointers from bytes_view are used
 * before anything can run.
 */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/bytes.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/modules.h"

#define DEF_BUF_SIZE 16384

/* A Compress or Decompress object. */
typedef struct {
    AwObject obj;            /* header */
    z_stream *zs;            /* the libz stream, NULL once ended */
    AwValue unused_data;     /* Decompress: bytes after the end of the stream */
    AwValue unconsumed_tail; /* Decompress: input not yet used because of max_length */
    AwValue zdict;           /* Decompress: the dictionary a zlib stream may ask for, or None */
    bool eof;                /* Decompress: the end of the stream was reached */
} ZlibObj;

static AwType *zlib_error;   /* zlib.error (also held by the module dict) */

/* An output buffer that grows as libz fills it. */
typedef struct {
    unsigned char *data;     /* malloc'd */
    size_t len;              /* bytes produced */
    size_t cap;              /* bytes allocated */
} Out;

static bool out_reserve(Out *o, size_t more) {
    if (o->cap - o->len >= more) return true;
    size_t cap = o->cap ? o->cap : 256;
    while (cap - o->len < more) cap *= 2;
    unsigned char *p = realloc(o->data, cap);
    if (!p) return false;
    o->data = p;
    o->cap = cap;
    return true;
}

/* Points the stream's output at the free part of o, with at least `more` bytes (capped by
 * libz's uInt). */
static bool out_prepare(Out *o, z_stream *zs, size_t more) {
    if (!out_reserve(o, more)) return false;
    size_t room = o->cap - o->len;
    zs->next_out = o->data + o->len;
    zs->avail_out = room > UINT32_MAX ? UINT32_MAX : (uInt)room;
    return true;
}

static void out_commit(Out *o, z_stream *zs) { o->len = (size_t)(zs->next_out - o->data); }

static AwValue out_bytes(AwVM *vm, Out *o) {
    AwBytes *b = bytes_new(vm, (const char *)o->data, o->len);
    free(o->data);
    return b ? value_from_ptr(b) : AW_ERR;
}

/* zlib.error("Error -3 while decompressing data: incorrect header check"), CPython's wording. */
static AwValue raise_zlib(AwVM *vm, z_stream *zs, int err, const char *what) {
    const char *msg = zs ? zs->msg : NULL;
    if (err == Z_VERSION_ERROR) msg = "library version mismatch";
    if (!msg) {
        if (err == Z_BUF_ERROR) msg = "incomplete or truncated stream";
        else if (err == Z_STREAM_ERROR) msg = "inconsistent stream state";
        else if (err == Z_DATA_ERROR) msg = "invalid input data";
    }
    AwStr *s = msg ? str_printf(vm, "Error %d %s: %s", err, what, msg) : str_printf(vm, "Error %d %s", err, what);
    if (!s) return AW_ERR;
    AwValue args[1] = {str_value(s)};
    AwValue exc = vm_call(vm, value_from_ptr(zlib_error), 1, args, NULL);
    return exc == AW_ERR ? AW_ERR : vm_raise_value(vm, exc);
}

static AwValue raise_msg(AwVM *vm, const char *msg) {
    AwStr *s = str_from_cstr(vm, msg);
    if (!s) return AW_ERR;
    AwValue args[1] = {str_value(s)};
    AwValue exc = vm_call(vm, value_from_ptr(zlib_error), 1, args, NULL);
    return exc == AW_ERR ? AW_ERR : vm_raise_value(vm, exc);
}

static AwStatus data_arg(AwVM *vm, AwValue v, const unsigned char **p, int64_t *len) {
    if (bytes_view(v, (const char **)p, len)) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(v)));
}

/* `data` is positional-only in CPython's compress()/decompress() functions and methods. */
static AwStatus data_given(AwVM *vm, const char *fname, int argc, bool exactly) {
    if (argc >= 1) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "%s() takes %s 1 positional argument (0 given)", fname,
                            exactly ? "exactly" : "at least"));
}

static AwStatus int_arg(AwVM *vm, AwValue v, int64_t dflt, int64_t *out) {
    if (v == AW_EMPTY) { *out = dflt; return AW_OK; }
    return args_int(vm, v, out);
}

/* Feeds all of in/len to the stream (capped chunks for libz's uInt) with `flush`. */
static int run_deflate(z_stream *zs, Out *o, const unsigned char *in, int64_t len, int flush) {
    int err = Z_OK;
    zs->next_in = (unsigned char *)in;
    do {
        uInt chunk = len > UINT32_MAX ? UINT32_MAX : (uInt)len;
        zs->avail_in = chunk;
        len -= chunk;
        int f = len ? Z_NO_FLUSH : flush;
        do {
            if (!out_prepare(o, zs, DEF_BUF_SIZE)) return Z_MEM_ERROR;
            err = deflate(zs, f);
            out_commit(o, zs);
            if (err == Z_STREAM_ERROR) return err;
        } while (zs->avail_out == 0 || (f == Z_FINISH && err != Z_STREAM_END));
    } while (len);
    return err;
}

/* ---- module functions ---- */

static AwValue zlib_compress(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"data", "level", "wbits", NULL};
    AwValue a[3];
    const unsigned char *p;
    int64_t len, level, wbits;
    if (data_given(vm, "compress", argc, false) || args_parse(vm, "compress", argc, argv, kw, names, 1, 3, a) ||
        data_arg(vm, a[0], &p, &len) ||
        int_arg(vm, a[1], Z_DEFAULT_COMPRESSION, &level) || int_arg(vm, a[2], MAX_WBITS, &wbits))
        return AW_ERR;
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    int err = deflateInit2(&zs, (int)level, Z_DEFLATED, (int)wbits, 8, Z_DEFAULT_STRATEGY);
    if (err == Z_MEM_ERROR) return vm_raise_memory(vm);
    if (err == Z_STREAM_ERROR) return raise_msg(vm, "Bad compression level");
    if (err != Z_OK) return raise_zlib(vm, &zs, err, "while compressing data");
    Out o = {0};
    err = run_deflate(&zs, &o, p, len, Z_FINISH);
    deflateEnd(&zs);
    if (err == Z_MEM_ERROR) { free(o.data); return vm_raise_memory(vm); }
    if (err != Z_STREAM_END) { free(o.data); return raise_zlib(vm, &zs, err, "while compressing data"); }
    return out_bytes(vm, &o);
}

/* Inflates in/len into o until the stream ends, the input is used up, or (max > 0) o holds
 * max bytes. Returns libz's last status (Z_OK when the input ran out first). */
static int run_inflate(z_stream *zs, Out *o, const unsigned char *in, int64_t len, int64_t max, int flush) {
    int err = Z_OK;
    int64_t rest = len;
    zs->next_in = (unsigned char *)in;
    zs->avail_in = 0;
    for (;;) {
        if (zs->avail_in == 0 && rest > 0) {
            uInt chunk = rest > UINT32_MAX ? UINT32_MAX : (uInt)rest;
            zs->avail_in = chunk;
            rest -= chunk;
        }
        /* the buffer grows as output comes, up to max (which may be huge: sys.maxsize) */
        size_t left = max > 0 ? (size_t)max - o->len : SIZE_MAX;
        if (left == 0) break;
        if (!out_reserve(o, left < DEF_BUF_SIZE ? left : DEF_BUF_SIZE)) return Z_MEM_ERROR;
        size_t avail = o->cap - o->len < left ? o->cap - o->len : left;
        zs->next_out = o->data + o->len;
        zs->avail_out = avail > UINT32_MAX ? UINT32_MAX : (uInt)avail;
        err = inflate(zs, rest > 0 ? Z_NO_FLUSH : flush);
        out_commit(o, zs);
        if (err == Z_BUF_ERROR && zs->avail_out == 0) continue;   /* Z_FINISH wants more room */
        if (err != Z_OK || (zs->avail_out != 0 && rest == 0)) break;
    }
    return err;
}

static AwValue zlib_decompress(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"data", "wbits", "bufsize", NULL};
    AwValue a[3];
    const unsigned char *p;
    int64_t len, wbits, bufsize;
    if (data_given(vm, "decompress", argc, false) || args_parse(vm, "decompress", argc, argv, kw, names, 1, 3, a) ||
        data_arg(vm, a[0], &p, &len) ||
        int_arg(vm, a[1], MAX_WBITS, &wbits) || int_arg(vm, a[2], DEF_BUF_SIZE, &bufsize))
        return AW_ERR;
    if (bufsize < 0) return vm_raise(vm, &aw_exc_ValueError, "bufsize must be non-negative");
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    int err = inflateInit2(&zs, (int)wbits);
    if (err == Z_MEM_ERROR) return vm_raise_memory(vm);
    if (err != Z_OK) return raise_zlib(vm, &zs, err, "while preparing to decompress data");
    Out o = {0};
    err = run_inflate(&zs, &o, p, len, 0, Z_NO_FLUSH);
    if (err == Z_OK && zs.avail_in == 0) err = Z_BUF_ERROR;   /* input ended before the stream */
    if (err != Z_STREAM_END) {
        free(o.data);
        AwValue r = err == Z_MEM_ERROR ? vm_raise_memory(vm) : raise_zlib(vm, &zs, err, "while decompressing data");
        inflateEnd(&zs);
        return r;
    }
    inflateEnd(&zs);
    return out_bytes(vm, &o);
}

static AwValue checksum(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kw, bool is_crc) {
    const unsigned char *p;
    int64_t len, value = is_crc ? 0 : 1;
    if (args_no_kwargs(vm, fname, kw) || args_count(vm, fname, argc, 1, 2) || data_arg(vm, argv[0], &p, &len)) return AW_ERR;
    if (argc > 1 && args_int(vm, argv[1], &value)) return AW_ERR;
    uLong v = (uLong)((uint64_t)value & 0xffffffffu);
    while (len > 0) {
        uInt chunk = len > UINT32_MAX ? UINT32_MAX : (uInt)len;
        v = is_crc ? crc32(v, p, chunk) : adler32(v, p, chunk);
        p += chunk, len -= chunk;
    }
    return value_from_small((int64_t)(v & 0xffffffffu));
}

static AwValue zlib_crc32(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return checksum(vm, "crc32", argc, argv, kw, true); }
static AwValue zlib_adler32(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) { return checksum(vm, "adler32", argc, argv, kw, false); }

/* ---- Compress / Decompress objects ---- */

static void zobj_trace(AwGC *gc, AwObject *self) {
    ZlibObj *z = (ZlibObj *)self;
    gc_mark_value(gc, z->unused_data);
    gc_mark_value(gc, z->unconsumed_tail);
    gc_mark_value(gc, z->zdict);
}

static void zobj_end(ZlibObj *z) {
    if (!z->zs) return;
    if (z->obj.type == &aw_type_zlib_compress) deflateEnd(z->zs);
    else inflateEnd(z->zs);
    free(z->zs);
    z->zs = NULL;
}

static void zobj_free(AwVM *vm, AwObject *self) { zobj_end((ZlibObj *)self); }

static ZlibObj *zobj_new(AwVM *vm, AwType *type) {
    ZlibObj *z = (ZlibObj *)gc_new(vm, type, sizeof(ZlibObj));
    if (!z) return NULL;
    z->unused_data = z->unconsumed_tail = z->zdict = AW_NONE;
    z->zs = calloc(1, sizeof(z_stream));
    if (!z->zs) { vm_raise_memory(vm); return NULL; }
    AwBytes *empty = bytes_new(vm, "", 0);
    if (!empty) return NULL;
    z->unused_data = z->unconsumed_tail = value_from_ptr(empty);
    return z;
}

static AwValue zlib_compressobj(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"level", "method", "wbits", "memLevel", "strategy", "zdict", NULL};
    AwValue a[6];
    int64_t level, method, wbits, memlevel, strategy;
    if (args_parse(vm, "compressobj", argc, argv, kw, names, 0, 6, a) || int_arg(vm, a[0], Z_DEFAULT_COMPRESSION, &level) ||
        int_arg(vm, a[1], Z_DEFLATED, &method) || int_arg(vm, a[2], MAX_WBITS, &wbits) ||
        int_arg(vm, a[3], 8, &memlevel) || int_arg(vm, a[4], Z_DEFAULT_STRATEGY, &strategy))
        return AW_ERR;
    ZlibObj *z = zobj_new(vm, &aw_type_zlib_compress);
    if (!z) return AW_ERR;
    int err = deflateInit2(z->zs, (int)level, (int)method, (int)wbits, (int)memlevel, (int)strategy);
    if (err != Z_OK) {
        free(z->zs);
        z->zs = NULL;
        if (err == Z_MEM_ERROR) return vm_raise_memory(vm);
        if (err == Z_STREAM_ERROR) return vm_raise(vm, &aw_exc_ValueError, "Invalid initialization option");
        return raise_zlib(vm, NULL, err, "while creating compression object");
    }
    if (a[5] != AW_EMPTY && a[5] != AW_NONE) {
        const unsigned char *p;
        int64_t len;
        if (data_arg(vm, a[5], &p, &len)) return AW_ERR;
        err = deflateSetDictionary(z->zs, p, (uInt)len);
        if (err != Z_OK) return vm_raise(vm, &aw_exc_ValueError, "Invalid dictionary");
    }
    return value_from_ptr(z);
}

static ZlibObj *zobj_self(AwVM *vm, AwValue v, AwType *type) {
    if (value_is_ptr(v) && type_of(v) == type) return AW_AS(ZlibObj, v);
    vm_raise(vm, &aw_exc_TypeError, "descriptor requires a 'zlib.%s' object but received a '%s'", type_name(type), ops_type_name(v));
    return NULL;
}

static AwValue compress_m_compress(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    const unsigned char *p;
    int64_t len;
    if (data_given(vm, "compress", argc - 1, true) || args_no_kwargs(vm, "compress", kw) ||
        args_count(vm, "compress", argc, 2, 2))
        return AW_ERR;
    ZlibObj *z = zobj_self(vm, argv[0], &aw_type_zlib_compress);
    if (!z || data_arg(vm, argv[1], &p, &len)) return AW_ERR;
    if (!z->zs) return raise_zlib(vm, NULL, Z_STREAM_ERROR, "while compressing data");
    Out o = {0};
    int err = run_deflate(z->zs, &o, p, len, Z_NO_FLUSH);
    if (err == Z_MEM_ERROR) { free(o.data); return vm_raise_memory(vm); }
    if (err != Z_OK && err != Z_BUF_ERROR) { free(o.data); return raise_zlib(vm, z->zs, err, "while compressing data"); }
    return out_bytes(vm, &o);
}

static AwValue compress_m_flush(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t mode = Z_FINISH;
    if (args_no_kwargs(vm, "flush", kw) || args_count(vm, "flush", argc, 1, 2)) return AW_ERR;
    ZlibObj *z = zobj_self(vm, argv[0], &aw_type_zlib_compress);
    if (!z || (argc > 1 && args_int(vm, argv[1], &mode))) return AW_ERR;
    if (mode == Z_NO_FLUSH) {
        AwBytes *b = bytes_new(vm, "", 0);
        return b ? value_from_ptr(b) : AW_ERR;
    }
    if (!z->zs) return raise_zlib(vm, NULL, Z_STREAM_ERROR, "while flushing");
    Out o = {0};
    int err = run_deflate(z->zs, &o, (const unsigned char *)"", 0, (int)mode);
    if (err == Z_MEM_ERROR) { free(o.data); return vm_raise_memory(vm); }
    if (err == Z_STREAM_END && mode == Z_FINISH) zobj_end(z);
    else if (err != Z_OK && err != Z_BUF_ERROR) { free(o.data); return raise_zlib(vm, z->zs, err, "while flushing"); }
    return out_bytes(vm, &o);
}

static AwValue zobj_copy(AwVM *vm, ZlibObj *z, bool compress) {
    if (!z->zs) return vm_raise(vm, &aw_exc_ValueError, "Inconsistent stream state");
    ZlibObj *c = zobj_new(vm, z->obj.type);
    if (!c) return AW_ERR;
    int err = compress ? deflateCopy(c->zs, z->zs) : inflateCopy(c->zs, z->zs);
    if (err != Z_OK) {
        free(c->zs);
        c->zs = NULL;
        return err == Z_MEM_ERROR ? vm_raise_memory(vm) : vm_raise(vm, &aw_exc_ValueError, "Inconsistent stream state");
    }
    c->unused_data = z->unused_data;
    c->unconsumed_tail = z->unconsumed_tail;
    c->eof = z->eof;
    return value_from_ptr(c);
}

static AwValue compress_m_copy(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "copy", kw) || args_count(vm, "copy", argc, 1, 1)) return AW_ERR;
    ZlibObj *z = zobj_self(vm, argv[0], &aw_type_zlib_compress);
    return z ? zobj_copy(vm, z, true) : AW_ERR;
}

static AwValue zlib_decompressobj(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"wbits", "zdict", NULL};
    AwValue a[2];
    int64_t wbits;
    if (args_parse(vm, "decompressobj", argc, argv, kw, names, 0, 2, a) || int_arg(vm, a[0], MAX_WBITS, &wbits)) return AW_ERR;
    ZlibObj *z = zobj_new(vm, &aw_type_zlib_decompress);
    if (!z) return AW_ERR;
    int err = inflateInit2(z->zs, (int)wbits);
    if (err != Z_OK) {
        free(z->zs);
        z->zs = NULL;
        if (err == Z_MEM_ERROR) return vm_raise_memory(vm);
        if (err == Z_STREAM_ERROR) return vm_raise(vm, &aw_exc_ValueError, "Invalid initialization option");
        return raise_zlib(vm, NULL, err, "while creating decompression object");
    }
    if (a[1] != AW_EMPTY) {
        const unsigned char *p;
        int64_t len;
        if (data_arg(vm, a[1], &p, &len)) return AW_ERR;
        /* a raw stream takes the dictionary now; a zlib stream asks for it (Z_NEED_DICT) */
        if (len && wbits < 0 && inflateSetDictionary(z->zs, p, (uInt)len) != Z_OK)
            return vm_raise(vm, &aw_exc_ValueError, "Invalid dictionary");
        z->zdict = a[1];
    }
    return value_from_ptr(z);
}

/* Stores the input left over after a call: past the end of the stream (unused_data), or
 * not consumed because of max_length (unconsumed_tail). */
static AwStatus save_leftover(AwVM *vm, ZlibObj *z, int err) {
    AwBytes *left = bytes_new(vm, (const char *)z->zs->next_in, z->zs->avail_in);
    if (!left) return AW_ERROR;
    AwBytes *empty = bytes_new(vm, "", 0);
    if (!empty) return AW_ERROR;
    if (err == Z_STREAM_END) {
        z->eof = true;
        const char *old;
        int64_t oldlen;
        if (bytes_view(z->unused_data, &old, &oldlen) && oldlen) {
            AwBuf b;
            buf_init(&b, vm);
            if (buf_append(&b, old, (size_t)oldlen) || buf_append(&b, (const char *)z->zs->next_in, z->zs->avail_in)) return AW_ERROR;
            left = buf_to_bytes(&b);
            if (!left) return AW_ERROR;
        }
        z->unused_data = value_from_ptr(left);
        z->unconsumed_tail = value_from_ptr(empty);
    } else {
        z->unconsumed_tail = value_from_ptr(left);
    }
    return AW_OK;
}

static AwValue decompress_m_decompress(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"data", "max_length", NULL};
    AwValue a[2];
    const unsigned char *p;
    int64_t len, max;
    ZlibObj *z = argc ? zobj_self(vm, argv[0], &aw_type_zlib_decompress) : NULL;
    if (!z || data_given(vm, "decompress", argc - 1, false) ||
        args_parse(vm, "decompress", argc - 1, argv + 1, kw, names, 1, 2, a) || data_arg(vm, a[0], &p, &len) ||
        int_arg(vm, a[1], 0, &max))
        return AW_ERR;
    if (max < 0) return vm_raise(vm, &aw_exc_ValueError, "max_length must be non-negative");
    if (!z->zs) return raise_zlib(vm, NULL, Z_STREAM_ERROR, "while decompressing data");
    if (z->eof) {   /* CPython keeps appending to unused_data after the end */
        z->zs->next_in = (unsigned char *)p, z->zs->avail_in = (uInt)len;
        if (save_leftover(vm, z, Z_STREAM_END)) return AW_ERR;
        AwBytes *b = bytes_new(vm, "", 0);
        return b ? value_from_ptr(b) : AW_ERR;
    }
    Out o = {0};
    int err = run_inflate(z->zs, &o, p, len, max, Z_SYNC_FLUSH);
    if (err == Z_NEED_DICT && bytes_view(z->zdict, (const char **)&p, &len) && len) {
        if (inflateSetDictionary(z->zs, p, (uInt)len) != Z_OK) { free(o.data); return raise_zlib(vm, z->zs, err, "while setting zdict"); }
        err = run_inflate(z->zs, &o, z->zs->next_in, z->zs->avail_in, max, Z_SYNC_FLUSH);
    }
    if (err == Z_MEM_ERROR) { free(o.data); return vm_raise_memory(vm); }
    if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) { free(o.data); return raise_zlib(vm, z->zs, err, "while decompressing data"); }
    if (save_leftover(vm, z, err)) { free(o.data); return AW_ERR; }
    return out_bytes(vm, &o);
}

static AwValue decompress_m_flush(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t length = DEF_BUF_SIZE;
    if (args_no_kwargs(vm, "flush", kw) || args_count(vm, "flush", argc, 1, 2)) return AW_ERR;
    ZlibObj *z = zobj_self(vm, argv[0], &aw_type_zlib_decompress);
    if (!z || (argc > 1 && args_int(vm, argv[1], &length))) return AW_ERR;
    if (length <= 0) return vm_raise(vm, &aw_exc_ValueError, "length must be greater than zero");
    Out o = {0};
    if (z->zs && z->eof) zobj_end(z);   /* CPython's flush ends a finished stream: copy() then fails */
    if (z->zs && !z->eof) {
        const char *tail;
        int64_t tlen = 0;
        bytes_view(z->unconsumed_tail, &tail, &tlen);
        int err = run_inflate(z->zs, &o, (const unsigned char *)tail, tlen, 0, Z_FINISH);
        if (err == Z_MEM_ERROR) { free(o.data); return vm_raise_memory(vm); }
        if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) { free(o.data); return raise_zlib(vm, z->zs, err, "while flushing"); }
        if (save_leftover(vm, z, err)) { free(o.data); return AW_ERR; }
        if (err == Z_STREAM_END) zobj_end(z);
    }
    return out_bytes(vm, &o);
}

static AwValue decompress_m_copy(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "copy", kw) || args_count(vm, "copy", argc, 1, 1)) return AW_ERR;
    ZlibObj *z = zobj_self(vm, argv[0], &aw_type_zlib_decompress);
    return z ? zobj_copy(vm, z, false) : AW_ERR;
}

/* __copy__() and __deepcopy__(memo) are copy(), as CPython's (the copy module calls them). */
static AwValue zobj_m_dunder_copy(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw, const char *fname, int nargs) {
    if (args_no_kwargs(vm, fname, kw) || args_count(vm, fname, argc, nargs, nargs)) return AW_ERR;
    bool compress = value_is_ptr(argv[0]) && type_of(argv[0]) == &aw_type_zlib_compress;
    ZlibObj *z = zobj_self(vm, argv[0], compress ? &aw_type_zlib_compress : &aw_type_zlib_decompress);
    return z ? zobj_copy(vm, z, compress) : AW_ERR;
}
static AwValue zobj_m_copy_dunder(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return zobj_m_dunder_copy(vm, argc, argv, kw, "__copy__", 1);
}
static AwValue zobj_m_deepcopy(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return zobj_m_dunder_copy(vm, argc, argv, kw, "__deepcopy__", 2);
}

static AwValue get_unused_data(AwVM *vm, AwValue self) { return AW_AS(ZlibObj, self)->unused_data; }
static AwValue get_unconsumed_tail(AwVM *vm, AwValue self) { return AW_AS(ZlibObj, self)->unconsumed_tail; }
static AwValue get_eof(AwVM *vm, AwValue self) { return value_from_bool(AW_AS(ZlibObj, self)->eof); }

static AwValue zobj_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    return vm_raise(vm, &aw_exc_TypeError, "cannot create 'zlib.%s' instances", type_name(type));
}

static const AwMethodDef compress_methods[] = {
    {"compress", compress_m_compress, 0},
    {"flush", compress_m_flush, 0},
    {"copy", compress_m_copy, 0},
    {"__copy__", zobj_m_copy_dunder, 0},
    {"__deepcopy__", zobj_m_deepcopy, 0},
    {NULL, NULL, 0},
};

static const AwMethodDef decompress_methods[] = {
    {"decompress", decompress_m_decompress, 0},
    {"flush", decompress_m_flush, 0},
    {"copy", decompress_m_copy, 0},
    {"__copy__", zobj_m_copy_dunder, 0},
    {"__deepcopy__", zobj_m_deepcopy, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef decompress_getsets[] = {
    {"unused_data", get_unused_data, NULL},
    {"unconsumed_tail", get_unconsumed_tail, NULL},
    {"eof", get_eof, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_zlib_compress = {
    .name = "Compress",
    .base = &aw_type_object,
    .instance_size = sizeof(ZlibObj),
    .new_ = zobj_new_slot,
    .trace = zobj_trace,
    .free_ = zobj_free,
    .methods = compress_methods,
};

AwType aw_type_zlib_decompress = {
    .name = "Decompress",
    .base = &aw_type_object,
    .instance_size = sizeof(ZlibObj),
    .new_ = zobj_new_slot,
    .trace = zobj_trace,
    .free_ = zobj_free,
    .methods = decompress_methods,
    .getsets = decompress_getsets,
};

static const AwMethodDef zlib_functions[] = {
    {"compress", zlib_compress, 0},
    {"decompress", zlib_decompress, 0},
    {"crc32", zlib_crc32, 0},
    {"adler32", zlib_adler32, 0},
    {"compressobj", zlib_compressobj, 0},
    {"decompressobj", zlib_decompressobj, 0},
    {NULL, NULL, 0},
};

static const struct { const char *name; int value; } zlib_constants[] = {
    {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", DEF_BUF_SIZE},
    {"Z_NO_COMPRESSION", Z_NO_COMPRESSION}, {"Z_BEST_SPEED", Z_BEST_SPEED},
    {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION}, {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
    {"Z_FILTERED", Z_FILTERED}, {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
    {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH}, {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
    {"Z_SYNC_FLUSH", Z_SYNC_FLUSH}, {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH},
    {"Z_BLOCK", Z_BLOCK}, {"Z_TREES", Z_TREES},
};


AwModule *zlib_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "zlib");
    if (!mod || module_add_functions(vm, mod, zlib_functions)) return NULL;
    for (size_t i = 0; i < sizeof zlib_constants / sizeof zlib_constants[0]; i++)
        if (module_add_value(vm, mod, zlib_constants[i].name, value_from_small(zlib_constants[i].value))) return NULL;
    AwStr *version = str_from_cstr(vm, ZLIB_VERSION), *runtime = str_from_cstr(vm, zlibVersion());
    if (!version || module_add_value(vm, mod, "ZLIB_VERSION", str_value(version))) return NULL;
    if (!runtime || module_add_value(vm, mod, "ZLIB_RUNTIME_VERSION", str_value(runtime))) return NULL;
    zlib_error = class_new_simple(vm, "zlib", "error", &aw_exc_Exception);
    if (!zlib_error || module_add_value(vm, mod, "error", value_from_ptr(zlib_error))) return NULL;
    AwStr *m = str_intern_cstr(vm, "zlib");
    if (!m) return NULL;
    aw_type_zlib_compress.module = aw_type_zlib_decompress.module = m;
    if (module_add_type(vm, mod, &aw_type_zlib_compress) || module_add_type(vm, mod, &aw_type_zlib_decompress)) return NULL;
    return mod;
}
