/* re.c — the native core of re, named `_re`: PCRE2 compiled patterns and the matching loops.
 *
 * stdlib/re.py owns the API (Pattern, Match, sub templates, the cache) and stdlib/_re_parser.py
 * parses Python's pattern syntax (CPython's own parser, so errors and group numbering are
 * CPython's) and writes an equivalent PCRE2 pattern. This file only compiles that pattern and
 * runs it:
 *   _re.compile(pcre_pattern: str | bytes, options: int) -> Code, or a str (PCRE2's message)
 *   _re.match(code, string, pos, endpos, mode) -> (s0, e0, s1, e1, ...) or None
 *   _re.scan(code, string, pos, endpos, limit) -> list of such tuples (finditer & co.)
 * Offsets are code-point indices for str subjects (PCRE2 works on UTF-8 byte offsets: they are
 * converted through a cursor that walks the text from the last offset converted, so a scan over
 * a long non-ASCII string stays linear); -1 marks a group that did not take part. pos/endpos are
 * already clamped to 0 <= pos <= endpos <= len by re.py.
 *
 * A Code is an instance of a heap class `_re.Code` whose trace/free_ slots are this file's: it
 * owns its pcre2_code objects (one per anchoring mode, compiled on first use so each can be
 * JIT-compiled: PCRE2's JIT ignores anchoring options given at match time) and one match-data
 * block. Matching never runs aw code, so nothing here needs GC roots.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "interp/args.h"
#include "interp/bytes.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/function.h"
#include "interp/gc.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/modules.h"

/* Option bits re.py passes to _re.compile (not PCRE2's values). */
enum { RE_OPT_CASELESS = 1, RE_OPT_MULTILINE = 2, RE_OPT_DOTALL = 4, RE_OPT_UCP = 8 };

/* Match modes: search anywhere, match at pos, fullmatch pos..endpos. */
enum { RE_SEARCH = 0, RE_MATCH = 1, RE_FULLMATCH = 2, RE_MODES = 3 };

typedef struct {
    AwObject obj;                 /* header; obj.type is code_class */
    AwDict *dict;                 /* the heap class's instance-dict slot (unused) */
    pcre2_code *codes[RE_MODES];  /* compiled per mode, codes[RE_SEARCH] at creation */
    pcre2_match_data *md;         /* ovector for every match (sized for the pattern's groups) */
    char *source;                 /* the PCRE2 pattern (malloc'd), to compile the other modes */
    size_t source_len;            /* bytes in source */
    uint32_t options;             /* PCRE2 compile options of codes[RE_SEARCH] */
    uint32_t ncap;                /* capture pairs, group 0 included */
    bool is_bytes;                /* compiled without UTF (a bytes pattern) */
} ReCode;

/* The heap class of Code objects (also held by the module dict, so it lives as long). */
static AwType *code_class;

/* ---- Code objects ---------------------------------------------------------------------- */

static void code_trace(AwGC *gc, AwObject *self) { gc_mark_object(gc, (AwObject *)((ReCode *)self)->dict); }

static void code_free(AwVM *vm, AwObject *self) {
    ReCode *rc = (ReCode *)self;
    for (int i = 0; i < RE_MODES; i++) pcre2_code_free(rc->codes[i]);
    pcre2_match_data_free(rc->md);
    free(rc->source);
}

/* Compiles rc->source with extra options; on failure writes PCRE2's message to err. */
static pcre2_code *compile_mode(ReCode *rc, uint32_t extra, char *err, size_t errlen) {
    int errcode;
    PCRE2_SIZE erroff;
    pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
    if (!cc) return NULL;
    pcre2_set_newline(cc, PCRE2_NEWLINE_LF);
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)rc->source, rc->source_len, rc->options | extra, &errcode, &erroff, cc);
    pcre2_compile_context_free(cc);
    if (!code) {
        pcre2_get_error_message(errcode, (PCRE2_UCHAR *)err, errlen);
        return NULL;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); /* best effort: without JIT pcre2_match interprets */
    return code;
}

static uint32_t pcre_options(int64_t opts, bool is_bytes) {
    uint32_t o = PCRE2_ALT_CIRCUMFLEX; /* Python's ^ under MULTILINE also matches after a final \n */
    if (opts & RE_OPT_CASELESS) o |= PCRE2_CASELESS;
    if (opts & RE_OPT_MULTILINE) o |= PCRE2_MULTILINE;
    if (opts & RE_OPT_DOTALL) o |= PCRE2_DOTALL;
    if (!is_bytes) o |= PCRE2_UTF | PCRE2_NO_UTF_CHECK;
    if (!is_bytes && (opts & RE_OPT_UCP)) o |= PCRE2_UCP;
    return o;
}

/* _re.compile(pattern, options): a Code, or PCRE2's error message as a str. */
static AwValue re_compile(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t opts;
    if (args_no_kwargs(vm, "compile", kwnames) || args_count(vm, "compile", argc, 2, 2) || args_int(vm, argv[1], &opts))
        return AW_ERR;
    AwStr *ps = str_unwrap(argv[0]);
    const char *data;
    int64_t len;
    if (ps) data = ps->data, len = ps->byte_len;
    else if (!bytes_view(argv[0], &data, &len)) return vm_raise(vm, &aw_exc_TypeError, "first argument must be string or compiled pattern");
    ReCode *rc = (ReCode *)gc_new(vm, code_class, sizeof(ReCode));
    if (!rc) return AW_ERR;
    rc->is_bytes = ps == NULL;
    rc->options = pcre_options(opts, rc->is_bytes);
    rc->source = malloc(len + 1);
    if (!rc->source) return vm_raise_memory(vm);
    memcpy(rc->source, data, len);
    rc->source[len] = 0;
    rc->source_len = len;
    char err[256];
    rc->codes[RE_SEARCH] = compile_mode(rc, 0, err, sizeof err);
    if (!rc->codes[RE_SEARCH]) {
        AwStr *msg = str_from_cstr(vm, err);
        return msg ? str_value(msg) : AW_ERR;
    }
    uint32_t groups = 0;
    pcre2_pattern_info(rc->codes[RE_SEARCH], PCRE2_INFO_CAPTURECOUNT, &groups);
    rc->ncap = groups + 1;
    rc->md = pcre2_match_data_create(rc->ncap, NULL);
    if (!rc->md) return vm_raise_memory(vm);
    return value_from_ptr(rc);
}

/* ---- subjects and offsets ------------------------------------------------------------------ */

/* The text being matched and a cursor converting between byte and code-point offsets. */
typedef struct {
    const char *data;    /* UTF-8 text (str) or raw bytes */
    int64_t len;         /* bytes */
    bool is_ascii;       /* byte offsets are code-point offsets (ASCII str, or bytes) */
    int64_t at_byte;     /* cursor: a byte offset on a code-point boundary ... */
    int64_t at_cp;       /* ... and its code-point index */
} Subject;

static inline bool is_cont(const char *p, int64_t i) { return ((unsigned char)p[i] & 0xC0) == 0x80; }

/* Code-point index of byte offset b (a code-point boundary), moving the cursor there. */
static int64_t subject_cp(Subject *s, int64_t b) {
    if (s->is_ascii) return b;
    while (s->at_byte < b) if (!is_cont(s->data, s->at_byte++)) s->at_cp++;
    while (s->at_byte > b) if (!is_cont(s->data, --s->at_byte)) s->at_cp--;
    return s->at_cp;
}

/* Byte offset of code-point index cp (0 <= cp <= char length), moving the cursor there. */
static int64_t subject_byte(Subject *s, int64_t cp) {
    if (s->is_ascii) return cp;
    while (s->at_cp < cp) {
        s->at_byte++;
        while (s->at_byte < s->len && is_cont(s->data, s->at_byte)) s->at_byte++;
        s->at_cp++;
    }
    while (s->at_cp > cp) {
        s->at_byte--;
        while (s->at_byte > 0 && is_cont(s->data, s->at_byte)) s->at_byte--;
        s->at_cp--;
    }
    return s->at_byte;
}

/* Byte offset of the starting code point pos, setting the cursor there (str_byte_offset may
 * use the string's own index cache; a scan then moves forward from it). */
static int64_t subject_start(Subject *s, AwValue string, int64_t pos) {
    if (s->is_ascii) return pos;
    s->at_byte = str_byte_offset(str_unwrap(string), pos);
    s->at_cp = pos;
    return s->at_byte;
}

/* Reads the Code and subject arguments shared by match and scan. */
static ReCode *code_arg(AwVM *vm, AwValue v) {
    if (value_is_ptr(v) && type_of(v) == code_class && ((ReCode *)value_as_ptr(v))->md) return (ReCode *)value_as_ptr(v);
    vm_raise(vm, &aw_exc_TypeError, "expected a compiled _re.Code");
    return NULL;
}

static AwStatus subject_arg(AwVM *vm, ReCode *rc, AwValue v, Subject *s) {
    memset(s, 0, sizeof *s);
    AwStr *str = str_unwrap(v);
    if (str && !rc->is_bytes) {
        s->data = str->data, s->len = str->byte_len, s->is_ascii = str->is_ascii;
        return AW_OK;
    }
    if (!str && rc->is_bytes && bytes_view(v, &s->data, &s->len)) {
        s->is_ascii = true;
        return AW_OK;
    }
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "subject of the wrong kind for this pattern"));
}

/* ---- matching ------------------------------------------------------------------------------ */

/* Runs the pattern in `mode` on s->data[0..end) from start: 1 on a match (ovector in rc->md),
 * 0 on none, -1 with an exception raised for PCRE2's resource limits. */
static int run(AwVM *vm, ReCode *rc, int mode, Subject *s, int64_t start, int64_t end, uint32_t opts) {
    if (!rc->codes[mode]) {
        char err[256];
        uint32_t extra = mode == RE_MATCH ? PCRE2_ANCHORED : PCRE2_ANCHORED | PCRE2_ENDANCHORED;
        rc->codes[mode] = compile_mode(rc, extra, err, sizeof err);
        if (!rc->codes[mode]) return vm_raise(vm, &aw_exc_RuntimeError, "%s", err), -1;
    }
    if (!rc->is_bytes) opts |= PCRE2_NO_UTF_CHECK; /* aw strings are always valid UTF-8 */
    int r = pcre2_match(rc->codes[mode], (PCRE2_SPTR)s->data, end, start, opts, rc->md, NULL);
    if (r == PCRE2_ERROR_JIT_STACKLIMIT) /* the interpreter's heap-based backtracking goes deeper */
        r = pcre2_match(rc->codes[mode], (PCRE2_SPTR)s->data, end, start, opts | PCRE2_NO_JIT, rc->md, NULL);
    if (r >= 0) return 1;
    if (r == PCRE2_ERROR_NOMATCH) return 0;
    char err[256];
    pcre2_get_error_message(r, (PCRE2_UCHAR *)err, sizeof err);
    return vm_raise(vm, &aw_exc_RuntimeError, "regular expression matching failed: %s", err), -1;
}

/* The spans of the last match as a tuple of code-point offsets (-1 for unset groups). */
static AwValue spans_tuple(AwVM *vm, ReCode *rc, Subject *s) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rc->md);
    AwTuple *t = tuple_new(vm, 2 * (int64_t)rc->ncap);
    if (!t) return AW_ERR;
    for (uint32_t i = 0; i < 2 * rc->ncap; i++)
        t->items[i] = ov[i] == PCRE2_UNSET ? value_from_small(-1) : value_from_small(subject_cp(s, (int64_t)ov[i]));
    return value_from_ptr(t);
}

/* Parses (code, string, pos, endpos, n) and converts pos/endpos to byte offsets. */
static ReCode *match_args(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kwnames,
                          Subject *s, int64_t *start, int64_t *end, int64_t *n) {
    int64_t pos, endpos;
    if (args_no_kwargs(vm, fname, kwnames) || args_count(vm, fname, argc, 5, 5)) return NULL;
    ReCode *rc = code_arg(vm, argv[0]);
    if (!rc || subject_arg(vm, rc, argv[1], s) || args_int(vm, argv[2], &pos) || args_int(vm, argv[3], &endpos) ||
        args_int(vm, argv[4], n))
        return NULL;
    *start = subject_start(s, argv[1], pos);
    *end = subject_byte(s, endpos);
    return rc;
}

/* _re.match(code, string, pos, endpos, mode): the spans of the first match, or None. */
static AwValue re_match(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    Subject s;
    int64_t start, end, mode;
    ReCode *rc = match_args(vm, "match", argc, argv, kwnames, &s, &start, &end, &mode);
    if (!rc) return AW_ERR;
    if (mode < 0 || mode >= RE_MODES) return vm_raise(vm, &aw_exc_ValueError, "bad match mode");
    int r = run(vm, rc, (int)mode, &s, start, end, 0);
    if (r <= 0) return r < 0 ? AW_ERR : AW_NONE;
    return spans_tuple(vm, rc, &s);
}

/* _re.scan(code, string, pos, endpos, limit): the spans of successive matches, at most limit
 * of them (0: all), with Python 3.7's rule for empty matches: after an empty match the next
 * one may not be empty at the same place (PCRE2_NOTEMPTY_ATSTART), while after a non-empty
 * match an empty one may start right where it ended. */
static AwValue re_scan(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    Subject s;
    int64_t start, end, limit;
    ReCode *rc = match_args(vm, "scan", argc, argv, kwnames, &s, &start, &end, &limit);
    if (!rc) return AW_ERR;
    AwList *out = list_new(vm, 0);
    if (!out) return AW_ERR;
    uint32_t opts = 0;
    while (start <= end && (limit <= 0 || out->len < limit)) {
        int r = run(vm, rc, RE_SEARCH, &s, start, end, opts);
        if (r < 0) return AW_ERR;
        if (r == 0) break;
        AwValue spans = spans_tuple(vm, rc, &s);
        if (spans == AW_ERR || list_append(vm, out, spans)) return AW_ERR;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rc->md);
        opts = ov[0] == ov[1] ? PCRE2_NOTEMPTY_ATSTART : 0;
        start = (int64_t)ov[1];
    }
    return value_from_ptr(out);
}

static AwValue code_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    return vm_raise(vm, &aw_exc_TypeError, "cannot create '_re.Code' instances");
}

/* class Code: a heap class (so the GC readies it like any class) with this file's slots. */
static AwType *make_code_class(AwVM *vm) {
    AwDict *ns = dict_new(vm);
    AwStr *mod = str_intern_cstr(vm, "_re"), *name = str_intern_cstr(vm, "Code");
    AwTuple *bases = tuple_from(vm, 1, (AwValue[]){value_from_ptr(&aw_type_object)});
    if (!ns || !mod || !name || !bases) return NULL;
    if (dict_set_str(vm, ns, AW_NAME(vm, __module__), value_from_ptr(mod)) != AW_OK) return NULL;
    AwValue cls = class_new(vm, &aw_type_type, name, bases, ns);
    if (cls == AW_ERR) return NULL;
    AwType *t = (AwType *)value_as_ptr(cls);
    t->flags &= ~AW_TYPE_BASETYPE;
    t->instance_size = sizeof(ReCode);
    t->dict_offset = offsetof(ReCode, dict);
    t->trace = code_trace;
    t->free_ = code_free;
    t->new_ = code_new_slot;
    return t;
}

static const AwMethodDef re_functions[] = {
    {"compile", re_compile, AW_METH_DEFAULT},
    {"match", re_match, AW_METH_DEFAULT},
    {"scan", re_scan, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwModule *re_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "_re");
    if (!mod || module_add_functions(vm, mod, re_functions)) return NULL;
    code_class = make_code_class(vm);
    if (!code_class || module_add_value(vm, mod, "Code", value_from_ptr(code_class))) return NULL;
    return mod;
}
