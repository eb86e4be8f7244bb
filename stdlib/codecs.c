/* codecs.c — `_codecs`, the native core of codecs.py: encode/decode (through codecs.py's
 * registry, what pickle calls), the charmap functions CPython's encodings modules are built on
 * (charmap_decode, charmap_encode, charmap_build) and two aw-only helpers codecs.py uses to
 * find the single-byte codecs (_charmap_name, _charmap_table; interp/charmap.h).
 *
 * Differences from CPython: charmap_build returns a dict {code point: byte} (CPython returns
 * an EncodingMap object for full tables, a dict for others); a decoding mapping value that is a
 * str of several characters, and an encoding mapping value of several bytes, are refused with
 * TypeError.
 */
#include <stdlib.h>
#include <string.h>
#include "interp/args.h"
#include "interp/bytes.h"
#include "interp/charmap.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/modules.h"

/* _codecs.encode / decode: codecs.encode / codecs.decode of codecs.py. */
static AwValue via_codecs_py(AwVM *vm, const char *fn, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"obj", "encoding", "errors", NULL};
    AwValue a[3];
    if (args_parse(vm, fn, argc, argv, kwnames, names, 1, 3, a) != AW_OK) return AW_ERR;
    AwValue mod = vm_import(vm, str_intern_cstr(vm, "codecs"), AW_NONE, NULL);
    if (mod == AW_ERR) return AW_ERR;
    int n = a[2] != AW_EMPTY ? 3 : a[1] != AW_EMPTY ? 2 : 1;
    if (n == 3 && a[1] == AW_EMPTY) a[1] = str_value(str_intern_cstr(vm, "utf-8"));
    return vm_call_method(vm, mod, str_intern_cstr(vm, fn), n, a);
}

static AwValue codecs_encode(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return via_codecs_py(vm, "encode", argc, argv, kwnames);
}

static AwValue codecs_decode(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return via_codecs_py(vm, "decode", argc, argv, kwnames);
}

static AwValue pair(AwVM *vm, AwValue first, int64_t n) {
    if (first == AW_ERR) return AW_ERR;
    AwValue count = int_from_i64(vm, n);
    AwTuple *t = count == AW_ERR ? NULL : tuple_pack2(vm, first, count);
    return t ? value_from_ptr(t) : AW_ERR;
}

/* One value of a decoding mapping -> a code point (CHARMAP_UNDEFINED for None). */
static AwStatus mapped_cp(AwVM *vm, AwValue v, uint32_t *cp) {
    if (v == AW_NONE) { *cp = CHARMAP_UNDEFINED; return AW_OK; }
    if (int_check(v)) {
        int64_t i;
        if (int_to_i64(vm, v, &i) != AW_OK) return AW_ERROR;
        if (i < 0 || i > 0x10FFFF)
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "character mapping must be in range(0x110000)"));
        *cp = (uint32_t)i;
        return AW_OK;
    }
    AwStr *s = value_is_ptr(v) ? str_unwrap(v) : NULL;
    if (s && s->char_len <= 1) {
        int n;
        *cp = s->char_len ? str_decode_utf8(s->data, &n) : CHARMAP_UNDEFINED;
        return AW_OK;
    }
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "character mapping must return integer, None or str"));
}

/* The 256-entry table of a decoding mapping, looking up only the bytes data holds (a str
 * mapping is indexed by byte; any other mapping is subscripted, LookupError meaning none). */
static AwStatus decoding_table(AwVM *vm, AwValue mapping, const char *data, int64_t len, uint32_t table[256]) {
    AwStr *s = value_is_ptr(mapping) ? str_unwrap(mapping) : NULL;
    for (int i = 0; i < 256; i++) table[i] = CHARMAP_UNDEFINED;
    if (s) {
        int64_t pos = 0;
        for (int i = 0; i < 256 && pos < s->byte_len; i++) {
            int n;
            table[i] = str_decode_utf8(s->data + pos, &n);
            pos += n;
        }
        return AW_OK;
    }
    bool present[256] = {false};
    for (int64_t i = 0; i < len; i++) present[(unsigned char)data[i]] = true;
    for (int i = 0; i < 256; i++) {
        if (!present[i]) continue;
        AwValue v = ops_getitem(vm, mapping, value_from_small(i));
        if (v == AW_ERR) {
            if (!vm_exc_matches(vm, &aw_exc_LookupError)) return AW_ERROR;
            vm_exc_clear(vm);
            continue;
        }
        if (mapped_cp(vm, v, &table[i]) != AW_OK) return AW_ERROR;
    }
    return AW_OK;
}

/* charmap_decode(data, errors=None, mapping=None) -> (str, bytes consumed). */
static AwValue codecs_charmap_decode(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"data", "errors", "mapping", NULL};
    AwValue a[3];
    if (args_parse(vm, "charmap_decode", argc, argv, kwnames, names, 1, 3, a) != AW_OK) return AW_ERR;
    const char *data;
    int64_t len;
    if (value_is_str(a[0]) || !bytes_view(a[0], &data, &len))
        return vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(a[0]));
    AwValue mapping = a[2] == AW_EMPTY ? AW_NONE : a[2];
    if (mapping == AW_NONE)
        return pair(vm, bytes_decode(vm, data, (size_t)len, str_value(str_intern_cstr(vm, "latin-1")), a[1]), len);
    AwBytes *copy = bytes_new(vm, data, (size_t)len);   /* mapping lookups run aw code */
    if (!copy || gc_push_root(vm, value_from_ptr(copy))) return AW_ERR;
    uint32_t table[256];
    AwValue r = AW_ERR;
    if (decoding_table(vm, mapping, copy->data, len, table) == AW_OK) {
        AwBuf b;
        buf_init(&b, vm);
        if (charmap_decode_into(vm, &b, table, copy->data, (size_t)len, value_from_ptr(copy), a[1]) == AW_OK)
            r = str_value_or_err(buf_to_str(&b));
        else buf_free(&b);
    }
    gc_pop_roots(vm, 1);
    return pair(vm, r, len);
}

static int entry_cmp(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* The reverse map of an encoding mapping (a dict {code point: byte, bytes of one, or None}).
 * *entries is gc_alloc'd for *cap entries, *count of them used. */
static AwStatus encoding_entries(AwVM *vm, AwDict *d, uint32_t **entries, size_t *count, size_t *cap_out) {
    size_t n = 0, cap = (size_t)d->used + 1;
    uint32_t *e = gc_alloc(vm, cap * sizeof *e);
    if (!e) return AW_ERROR;
    for (int64_t i = 0; i < d->nentries; i++) {
        AwDictEntry *ent = &d->entries[i];
        if (ent->key == AW_EMPTY || ent->value == AW_NONE || !int_check(ent->key)) continue;
        int64_t cp, byte = -1;
        if (int_to_i64(vm, ent->key, &cp) != AW_OK) { gc_free(vm, e, cap * sizeof *e); return AW_ERROR; }
        if (int_check(ent->value)) {
            if (int_to_i64(vm, ent->value, &byte) != AW_OK) byte = -2;
        } else if (value_is_type(ent->value, &aw_type_bytes) && AW_BYTES(ent->value)->len == 1)
            byte = (unsigned char)AW_BYTES(ent->value)->data[0];
        if (byte < 0 || byte > 255) {
            gc_free(vm, e, cap * sizeof *e);
            if (byte == -2) return AW_ERROR;
            if (int_check(ent->value))
                return vm_fail(vm_raise(vm, &aw_exc_TypeError, "character mapping must be in range(256)"));
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "character mapping must return integer, bytes or None, not %s",
                                    ops_type_name(ent->value)));
        }
        if (cp >= 0 && cp <= 0x10FFFF) e[n++] = (uint32_t)cp << 8 | (uint32_t)byte;
    }
    qsort(e, n, sizeof e[0], entry_cmp);
    *entries = e;
    *count = n;
    *cap_out = cap;
    return AW_OK;
}

/* charmap_encode(str, errors=None, mapping=None) -> (bytes, characters consumed). */
static AwValue codecs_charmap_encode(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"str", "errors", "mapping", NULL};
    AwValue a[3];
    if (args_parse(vm, "charmap_encode", argc, argv, kwnames, names, 1, 3, a) != AW_OK) return AW_ERR;
    AwStr *s = value_is_ptr(a[0]) ? str_unwrap(a[0]) : NULL;
    if (!s)
        return vm_raise(vm, &aw_exc_TypeError, "charmap_encode() argument 1 must be str, not %s", ops_type_name(a[0]));
    AwValue mapping = a[2] == AW_EMPTY ? AW_NONE : a[2];
    if (mapping == AW_NONE)
        return pair(vm, bytes_encode(vm, s, str_value(str_intern_cstr(vm, "latin-1")), a[1]), s->char_len);
    if (!value_is_instance(mapping, &aw_type_dict))
        return vm_raise(vm, &aw_exc_TypeError, "charmap_encode() mapping must be a dict in aw, not %s",
                        ops_type_name(mapping));
    uint32_t *entries;
    size_t count, cap;
    if (encoding_entries(vm, AW_DICT(mapping), &entries, &count, &cap) != AW_OK) return AW_ERR;
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = charmap_encode_into(vm, &b, (CharmapEncoding){entries, count, NULL}, s, a[1]);
    gc_free(vm, entries, cap * sizeof *entries);
    if (st != AW_OK) { buf_free(&b); return AW_ERR; }
    AwBytes *r = buf_to_bytes(&b);
    return pair(vm, r ? value_from_ptr(r) : AW_ERR, s->char_len);
}

/* charmap_build(decoding_table) -> {code point: byte}, a later byte winning. */
static AwValue codecs_charmap_build(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "charmap_build", kwnames) || args_count(vm, "charmap_build", argc, 1, 1)) return AW_ERR;
    AwStr *s = value_is_ptr(argv[0]) ? str_unwrap(argv[0]) : NULL;
    if (!s) return vm_raise(vm, &aw_exc_TypeError, "charmap_build() argument must be str, not %s", ops_type_name(argv[0]));
    AwDict *d = dict_new(vm);
    if (!d) return AW_ERR;
    int64_t pos = 0;
    for (int64_t i = 0; i < s->char_len; i++) {
        int n;
        uint32_t cp = str_decode_utf8(s->data + pos, &n);
        pos += n;
        if (cp == CHARMAP_UNDEFINED) continue;
        AwValue key = int_from_i64(vm, cp), byte = int_from_i64(vm, i);
        if (key == AW_ERR || byte == AW_ERR || dict_set(vm, d, key, byte) != AW_OK) return AW_ERR;
    }
    return value_from_ptr(d);
}

static int charmap_arg(AwVM *vm, const char *fn, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, fn, kwnames) || args_count(vm, fn, argc, 1, 1)) return -2;
    return charmap_find_value(argv[0]);
}

/* _charmap_name(name): the canonical name of the single-byte codec name resolves to, or None. */
static AwValue codecs_charmap_name(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int codec = charmap_arg(vm, "_charmap_name", argc, argv, kwnames);
    if (codec == -2) return AW_ERR;
    return codec < 0 ? AW_NONE : str_value_or_err(str_from_cstr(vm, charmap_canonical(codec)));
}

/* _charmap_table(name): its decoding table, a str of 256 characters ('\ufffe' for none). */
static AwValue codecs_charmap_table(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int codec = charmap_arg(vm, "_charmap_table", argc, argv, kwnames);
    if (codec == -2) return AW_ERR;
    if (codec < 0) return vm_raise(vm, &aw_exc_LookupError, "unknown encoding: %s", AW_STR(argv[0])->data);
    uint32_t table[256];
    charmap_table(codec, table);
    AwBuf b;
    buf_init(&b, vm);
    for (int i = 0; i < 256; i++) {
        char enc[4];
        if (buf_append(&b, enc, (size_t)str_encode_utf8(table[i], enc))) { buf_free(&b); return AW_ERR; }
    }
    return str_value_or_err(buf_to_str(&b));
}

static const AwMethodDef codecs_functions[] = {
    {"encode", codecs_encode, AW_METH_DEFAULT},
    {"decode", codecs_decode, AW_METH_DEFAULT},
    {"charmap_decode", codecs_charmap_decode, AW_METH_DEFAULT},
    {"charmap_encode", codecs_charmap_encode, AW_METH_DEFAULT},
    {"charmap_build", codecs_charmap_build, AW_METH_DEFAULT},
    {"_charmap_name", codecs_charmap_name, AW_METH_DEFAULT},
    {"_charmap_table", codecs_charmap_table, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwModule *codecs_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "_codecs");
    if (!mod || module_add_functions(vm, mod, codecs_functions)) return NULL;
    return mod;
}
