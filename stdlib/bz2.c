/* bz2.c — `_bz2`, the core of CPython's bz2.py over the system's libbz2: BZ2Compressor
 * (compress, flush) and BZ2Decompressor (decompress with max_length, eof, unused_data,
 * needs_input), with CPython 3.11's messages.
 *
 * Each object owns a bz_stream (libbz2 memory, not the GC's), released by its free_ slot or
 * as soon as the stream ends. A decompressor keeps the input it could not use yet (because of
 * max_length) in its own malloc'd buffer. Nothing here runs aw code.
 */
#include <bzlib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "interp/args.h"
#include "interp/bytes.h"
#include "interp/class.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/vm.h"
#include "stdlib/modules.h"

#define CHUNK 8192

/* A BZ2Compressor or BZ2Decompressor. */
typedef struct {
    AwObject obj;            /* header */
    bz_stream *bzs;          /* the libbz2 stream, NULL once ended (or never started) */
    bool flushed;            /* compressor: flush() was called */
    bool eof;                /* decompressor: the end of the stream was reached */
    bool needs_input;        /* decompressor: more input is needed before more output */
    unsigned char *pending;  /* decompressor: input not used yet (malloc), or NULL */
    size_t pending_len;      /* bytes in pending */
    AwValue unused_data;     /* decompressor: bytes after the end of the stream */
} Bz2Obj;

/* An output buffer that grows as libbz2 fills it. */
typedef struct {
    char *data;              /* malloc'd */
    size_t len;              /* bytes produced */
    size_t cap;              /* bytes allocated */
} Out;

static bool out_room(Out *o, bz_stream *bzs, size_t limit) {
    if (o->cap == o->len) {
        size_t cap = o->cap ? o->cap * 2 : CHUNK;
        if (limit && cap > limit) cap = limit;
        char *p = realloc(o->data, cap);
        if (!p) return false;
        o->data = p;
        o->cap = cap;
    }
    size_t room = o->cap - o->len;
    bzs->next_out = o->data + o->len;
    bzs->avail_out = room > UINT32_MAX ? UINT32_MAX : (unsigned)room;
    return true;
}

static void out_commit(Out *o, bz_stream *bzs) { o->len = (size_t)(bzs->next_out - o->data); }

static AwValue out_bytes(AwVM *vm, Out *o) {
    AwBytes *b = bytes_new(vm, o->data ? o->data : "", o->len);
    free(o->data);
    return b ? value_from_ptr(b) : AW_ERR;
}

/* The exception CPython's catch_bz2_error raises for a libbz2 error code. */
static AwValue raise_bz2(AwVM *vm, int err) {
    switch (err) {
    case BZ_PARAM_ERROR: return vm_raise(vm, &aw_exc_ValueError, "Internal error - invalid parameters passed to libbzip2");
    case BZ_MEM_ERROR: return vm_raise_memory(vm);
    case BZ_DATA_ERROR:
    case BZ_DATA_ERROR_MAGIC: return vm_raise(vm, &aw_exc_OSError, "Invalid data stream");
    case BZ_IO_ERROR: return vm_raise(vm, &aw_exc_OSError, "Unknown I/O error");
    case BZ_UNEXPECTED_EOF: return vm_raise(vm, &aw_exc_EOFError, "Compressed file ended before the logical end-of-stream was detected");
    case BZ_SEQUENCE_ERROR: return vm_raise(vm, &aw_exc_RuntimeError, "Internal error - Invalid sequence of commands sent to libbzip2");
    default: return vm_raise(vm, &aw_exc_OSError, "Unrecognized error from libbzip2: %d", err);
    }
}

static void bz2_trace(AwGC *gc, AwObject *self) { gc_mark_value(gc, ((Bz2Obj *)self)->unused_data); }

static void bz2_end(Bz2Obj *z, bool compress) {
    if (!z->bzs) return;
    if (compress) BZ2_bzCompressEnd(z->bzs);
    else BZ2_bzDecompressEnd(z->bzs);
    free(z->bzs);
    z->bzs = NULL;
}

static void compressor_free(AwVM *vm, AwObject *self) { bz2_end((Bz2Obj *)self, true); }

static void decompressor_free(AwVM *vm, AwObject *self) {
    Bz2Obj *z = (Bz2Obj *)self;
    bz2_end(z, false);
    free(z->pending);
    z->pending = NULL;
}

static Bz2Obj *bz2_self(AwVM *vm, AwValue v, AwType *type) {
    if (value_is_ptr(v) && type_is_subtype(type_of(v), type)) return AW_AS(Bz2Obj, v);
    vm_raise(vm, &aw_exc_TypeError, "descriptor requires a '_bz2.%s' object but received a '%s'", type_name(type), ops_type_name(v));
    return NULL;
}

static AwStatus data_arg(AwVM *vm, AwValue v, const char **p, int64_t *len) {
    if (bytes_view(v, p, len)) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(v)));
}

/* ---- BZ2Compressor ---- */

static AwValue compressor_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"compresslevel", NULL};
    AwValue a[1];
    int64_t level = 9;
    if (args_parse(vm, "BZ2Compressor", argc, argv, kw, names, 0, 1, a)) return AW_ERR;
    if (a[0] != AW_EMPTY && args_int(vm, a[0], &level)) return AW_ERR;
    if (level < 1 || level > 9) return vm_raise(vm, &aw_exc_ValueError, "compresslevel must be between 1 and 9");
    Bz2Obj *z = (Bz2Obj *)gc_new(vm, type, type->instance_size);
    if (!z) return AW_ERR;
    z->unused_data = AW_NONE;
    z->bzs = calloc(1, sizeof(bz_stream));
    if (!z->bzs) return vm_raise_memory(vm);
    int err = BZ2_bzCompressInit(z->bzs, (int)level, 0, 0);
    if (err != BZ_OK) {
        free(z->bzs);
        z->bzs = NULL;
        return raise_bz2(vm, err);
    }
    return value_from_ptr(z);
}

/* Runs BZ2_bzCompress over in/len with `action` until it has taken all the input (BZ_RUN) or
 * finished the stream (BZ_FINISH). */
static AwValue compress_run(AwVM *vm, Bz2Obj *z, const char *in, int64_t len, int action) {
    Out o = {0};
    if (len == 0 && action == BZ_RUN) return out_bytes(vm, &o);   /* libbz2 rejects an empty BZ_RUN */
    bz_stream *bzs = z->bzs;
    bzs->next_in = (char *)in;
    for (;;) {
        unsigned chunk = len > UINT32_MAX ? UINT32_MAX : (unsigned)len;
        bzs->avail_in = chunk;
        len -= chunk;
        for (;;) {
            if (!out_room(&o, bzs, 0)) { free(o.data); return vm_raise_memory(vm); }
            int err = BZ2_bzCompress(bzs, action);
            out_commit(&o, bzs);
            if (err != BZ_RUN_OK && err != BZ_FINISH_OK && err != BZ_STREAM_END) { free(o.data); return raise_bz2(vm, err); }
            if (action == BZ_FINISH ? err == BZ_STREAM_END : bzs->avail_in == 0) break;
        }
        if (len == 0) break;
    }
    return out_bytes(vm, &o);
}

static AwValue compressor_compress(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    const char *p;
    int64_t len;
    if (args_no_kwargs(vm, "compress", kw) || args_count(vm, "compress", argc, 2, 2)) return AW_ERR;
    Bz2Obj *z = bz2_self(vm, argv[0], &aw_type_bz2_compressor);
    if (!z || data_arg(vm, argv[1], &p, &len)) return AW_ERR;
    if (z->flushed || !z->bzs) return vm_raise(vm, &aw_exc_ValueError, "Compressor has been flushed");
    return compress_run(vm, z, p, len, BZ_RUN);
}

static AwValue compressor_flush(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "flush", kw) || args_count(vm, "flush", argc, 1, 1)) return AW_ERR;
    Bz2Obj *z = bz2_self(vm, argv[0], &aw_type_bz2_compressor);
    if (!z) return AW_ERR;
    if (z->flushed || !z->bzs) return vm_raise(vm, &aw_exc_ValueError, "Repeated call to flush()");
    z->flushed = true;
    AwValue r = compress_run(vm, z, "", 0, BZ_FINISH);
    bz2_end(z, true);
    return r;
}

/* ---- BZ2Decompressor ---- */

static AwValue decompressor_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "BZ2Decompressor", kw) || args_count(vm, "BZ2Decompressor", argc, 0, 0)) return AW_ERR;
    Bz2Obj *z = (Bz2Obj *)gc_new(vm, type, type->instance_size);
    if (!z) return AW_ERR;
    z->needs_input = true;
    AwBytes *empty = bytes_new(vm, "", 0);
    if (!empty) return AW_ERR;
    z->unused_data = value_from_ptr(empty);
    z->bzs = calloc(1, sizeof(bz_stream));
    if (!z->bzs) return vm_raise_memory(vm);
    int err = BZ2_bzDecompressInit(z->bzs, 0, 0);
    if (err != BZ_OK) {
        free(z->bzs);
        z->bzs = NULL;
        return raise_bz2(vm, err);
    }
    return value_from_ptr(z);
}

/* Keeps the input the stream did not take: as unused_data after the end, else for the next call. */
static AwStatus keep_leftover(AwVM *vm, Bz2Obj *z, const char *left, size_t n) {
    if (z->eof) {
        AwBytes *b = bytes_new(vm, left, n);
        if (!b) return AW_ERROR;
        z->unused_data = value_from_ptr(b);
        return AW_OK;
    }
    unsigned char *copy = NULL;
    if (n) {
        copy = malloc(n);
        if (!copy) { vm_raise_memory(vm); return AW_ERROR; }
        memcpy(copy, left, n);
    }
    free(z->pending);
    z->pending = copy;
    z->pending_len = n;
    return AW_OK;
}

static AwValue decompressor_decompress(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"data", "max_length", NULL};
    AwValue a[2];
    const char *p;
    int64_t len, max = -1;
    Bz2Obj *z = argc ? bz2_self(vm, argv[0], &aw_type_bz2_decompressor) : NULL;
    if (!z || args_parse(vm, "decompress", argc - 1, argv + 1, kw, names, 1, 2, a) || data_arg(vm, a[0], &p, &len))
        return AW_ERR;
    if (a[1] != AW_EMPTY && args_int(vm, a[1], &max)) return AW_ERR;
    if (z->eof || !z->bzs) return vm_raise(vm, &aw_exc_EOFError, "End of stream already reached");
    /* the input: what was left over, then data */
    char *in = (char *)p;
    size_t in_len = (size_t)len;
    char *joined = NULL;
    if (z->pending_len) {
        joined = malloc(z->pending_len + in_len);
        if (!joined) return vm_raise_memory(vm);
        memcpy(joined, z->pending, z->pending_len);
        memcpy(joined + z->pending_len, p, in_len);
        in = joined;
        in_len += z->pending_len;
    }
    bz_stream *bzs = z->bzs;
    bzs->next_in = in;
    size_t left = in_len;
    Out o = {0};
    int err = BZ_OK;
    while (max < 0 || o.len < (size_t)max) {
        unsigned chunk = left > UINT32_MAX ? UINT32_MAX : (unsigned)left;
        bzs->avail_in = chunk;
        if (!out_room(&o, bzs, max < 0 ? 0 : (size_t)max)) { free(joined); free(o.data); return vm_raise_memory(vm); }
        err = BZ2_bzDecompress(bzs);
        out_commit(&o, bzs);
        left -= chunk - bzs->avail_in;
        if (err != BZ_OK && err != BZ_STREAM_END) { free(joined); free(o.data); return raise_bz2(vm, err); }
        if (err == BZ_STREAM_END) { z->eof = true; break; }
        if (left == 0 && bzs->avail_out > 0) break;   /* all input used and nothing more to give */
    }
    AwStatus st = keep_leftover(vm, z, bzs->next_in, left);
    free(joined);
    if (st) { free(o.data); return AW_ERR; }
    z->needs_input = !z->eof && left == 0;
    if (z->eof) bz2_end(z, false);
    return out_bytes(vm, &o);
}

static AwValue get_eof(AwVM *vm, AwValue self) { return value_from_bool(AW_AS(Bz2Obj, self)->eof); }
static AwValue get_unused_data(AwVM *vm, AwValue self) { return AW_AS(Bz2Obj, self)->unused_data; }
static AwValue get_needs_input(AwVM *vm, AwValue self) { return value_from_bool(AW_AS(Bz2Obj, self)->needs_input); }

static const AwMethodDef compressor_methods[] = {
    {"compress", compressor_compress, 0},
    {"flush", compressor_flush, 0},
    {NULL, NULL, 0},
};

static const AwMethodDef decompressor_methods[] = {
    {"decompress", decompressor_decompress, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef decompressor_getsets[] = {
    {"eof", get_eof, NULL},
    {"unused_data", get_unused_data, NULL},
    {"needs_input", get_needs_input, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_bz2_compressor = {
    .name = "BZ2Compressor",
    .base = &aw_type_object,
    .instance_size = sizeof(Bz2Obj),
    .new_ = compressor_new,
    .trace = bz2_trace,
    .free_ = compressor_free,
    .methods = compressor_methods,
};

AwType aw_type_bz2_decompressor = {
    .name = "BZ2Decompressor",
    .base = &aw_type_object,
    .instance_size = sizeof(Bz2Obj),
    .new_ = decompressor_new,
    .trace = bz2_trace,
    .free_ = decompressor_free,
    .methods = decompressor_methods,
    .getsets = decompressor_getsets,
};

AwModule *bz2_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "_bz2");
    AwStr *m = str_intern_cstr(vm, "_bz2");
    if (!mod || !m) return NULL;
    aw_type_bz2_compressor.module = aw_type_bz2_decompressor.module = m;
    if (module_add_type(vm, mod, &aw_type_bz2_compressor) || module_add_type(vm, mod, &aw_type_bz2_decompressor)) return NULL;
    return mod;
}
