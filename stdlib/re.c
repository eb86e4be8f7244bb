/* re.c — the native core of re, named `_re`: PCRE2 compiled patterns and the matching loops.
 *
 * stdlib/re.py owns the API (Pattern, the module functions, templates, the cache) and writes
 * CPython's parse tree (stdlib/_re_parser.py) as a PCRE2 pattern; this file compiles and runs
 * that pattern; stdlib/re_match.c owns Match objects. Functions (all check their arguments):
 *   compile(pcre_pattern, options, groupindex, group_info) -> Code, or PCRE2's message (a str)
 *   match(code, string, pos, endpos, mode, pattern[, origin]) -> Match or None
 *   iterate(code, string, pos, endpos, pattern) -> lazy iterator of Matches (finditer)
 *   finditer(code, string, pos, endpos, limit, pattern) -> list of Matches (sub with a function)
 *   findall(code, string, pos, endpos) -> CPython's findall list
 *   split(code, string, pos, endpos, maxsplit) -> CPython's split list
 *   sub(code, string, count, template) -> (result, n); template: literal pieces and group numbers
 * Offsets given and returned are code-point indices for str subjects; PCRE2 works on UTF-8 byte
 * offsets, converted through a cursor that walks the text from the last offset converted, so
 * a scan over a long non-ASCII string stays linear. pos/endpos are clamped as CPython does.
 * Every scan applies Python 3.7's rule for empty matches (scan_next).
 *
 * A Code is an instance of a heap class `_re.Code` whose trace/free_ slots are this file's: it
 * owns its pcre2_code objects (one per anchoring mode, compiled on first use so each can be
 * JIT-compiled: PCRE2's JIT ignores anchoring options given at match time) and one match-data
 * block. Matching never runs aw code, so nothing here needs GC roots.
 */
#include <stdlib.h>
#include <string.h>

#include "interp/args.h"
#include "interp/buf.h"
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
#include "stdlib/re.h"

/* Option bits re.py passes to _re.compile (not PCRE2's values). */
enum { RE_OPT_CASELESS = 1, RE_OPT_MULTILINE = 2, RE_OPT_DOTALL = 4, RE_OPT_UCP = 8 };

/* The heap class of Code objects (also held by the module dict, so it lives as long). */
static AwType *code_class;

/* ---- Code objects ---------------------------------------------------------------------- */

static void code_trace(AwGC *gc, AwObject *self) {
    ReCode *rc = (ReCode *)self;
    gc_mark_object(gc, (AwObject *)rc->dict);
    gc_mark_value(gc, rc->groupindex);
    gc_mark_value(gc, rc->group_info);
}

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

/* _re.compile(pattern, options, groupindex, group_info): a Code, or PCRE2's error message as
 * a str. groupindex (dict) and group_info (tuple) are kept for Match objects. */
static AwValue re_compile(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t opts;
    if (args_no_kwargs(vm, "compile", kwnames) || args_count(vm, "compile", argc, 4, 4) || args_int(vm, argv[1], &opts))
        return AW_ERR;
    if (!value_is_instance(argv[2], &aw_type_dict) || !value_is_tuple(argv[3]))
        return vm_raise(vm, &aw_exc_TypeError, "compile() needs a groupindex dict and a group-info tuple");
    AwStr *ps = str_unwrap(argv[0]);
    const char *data;
    int64_t len;
    if (ps) data = ps->data, len = ps->byte_len;
    else if (!bytes_view(argv[0], &data, &len)) return vm_raise(vm, &aw_exc_TypeError, "first argument must be string or compiled pattern");
    ReCode *rc = (ReCode *)gc_new(vm, code_class, sizeof(ReCode));
    if (!rc) return AW_ERR;
    rc->is_bytes = ps == NULL;
    rc->groupindex = argv[2];
    rc->group_info = argv[3];
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

static inline bool is_cont(const char *p, int64_t i) { return ((unsigned char)p[i] & 0xC0) == 0x80; }

int64_t re_subject_cp(ReSubject *s, int64_t b) {
    if (s->is_ascii) return b;
    while (s->at_byte < b) if (!is_cont(s->data, s->at_byte++)) s->at_cp++;
    while (s->at_byte > b) if (!is_cont(s->data, --s->at_byte)) s->at_cp--;
    return s->at_cp;
}

/* Byte offset of code-point index cp (0 <= cp <= char length), moving the cursor there. */
static int64_t subject_byte(ReSubject *s, int64_t cp) {
    if (s->is_ascii) return cp;
    if (cp == s->str->char_len) {
        s->at_byte = s->len, s->at_cp = cp;
        return s->len;
    }
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

AwValue re_subject_text(AwVM *vm, const ReSubject *s, int64_t b0, int64_t b1) {
    if (s->str) {
        AwStr *r = str_slice_bytes(vm, s->str, b0, b1);
        return r ? str_value(r) : AW_ERR;
    }
    AwBytes *r = bytes_new(vm, s->data + b0, (size_t)(b1 - b0));
    return r ? value_from_ptr(r) : AW_ERR;
}

static ReCode *code_arg(AwVM *vm, AwValue v) {
    if (value_is_ptr(v) && type_of(v) == code_class && ((ReCode *)value_as_ptr(v))->md) return (ReCode *)value_as_ptr(v);
    vm_raise(vm, &aw_exc_TypeError, "expected a compiled _re.Code");
    return NULL;
}

/* The subject argument: a str for a str pattern, bytes or bytearray for a bytes pattern,
 * else CPython's TypeError. */
static AwStatus subject_arg(AwVM *vm, ReCode *rc, AwValue v, ReSubject *s) {
    memset(s, 0, sizeof *s);
    AwStr *str = str_unwrap(v);
    if (str && !rc->is_bytes) {
        s->str = str, s->data = str->data, s->len = str->byte_len, s->is_ascii = str_is_ascii(str);
        return AW_OK;
    }
    if (!str && rc->is_bytes && bytes_view(v, &s->data, &s->len)) {
        s->is_ascii = true;
        return AW_OK;
    }
    if (str) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "cannot use a bytes pattern on a string-like object"));
    if (bytes_view(v, &s->data, &s->len))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "cannot use a string pattern on a bytes-like object"));
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "expected string or bytes-like object, got '%s'", ops_type_name(v)));
}

/* Byte offsets of the code-point range pos..endpos (clamped here as CPython's state_init
 * does: 0 <= pos, endpos <= len; pos > endpos means nothing can match). The cursor starts
 * at pos through str_byte_offset, which may use the string's own index cache. */
static void subject_range(ReSubject *s, int64_t pos, int64_t endpos, int64_t *start, int64_t *end) {
    int64_t n = s->str ? s->str->char_len : s->len;
    pos = pos < 0 ? 0 : pos > n ? n : pos;
    endpos = endpos < 0 ? 0 : endpos > n ? n : endpos;
    if (!s->is_ascii) {
        s->at_byte = str_byte_offset(s->str, pos);
        s->at_cp = pos;
    }
    *start = subject_byte(s, pos);
    *end = pos > endpos ? -1 : subject_byte(s, endpos);
    if (!s->is_ascii) { /* leave the cursor at the start, where matches will be found */
        s->at_byte = *start;
        s->at_cp = pos;
    }
}

/* ---- matching ------------------------------------------------------------------------------ */

/* Runs the pattern in `mode` on s->data[0..end) from start: 1 on a match (ovector in rc->md),
 * 0 on none, -1 with an exception raised for PCRE2's resource limits. */
static int run(AwVM *vm, ReCode *rc, int mode, ReSubject *s, int64_t start, int64_t end, uint32_t opts) {
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

/* One pass over successive matches, with Python 3.7's rule for empty matches: after an empty
 * match the next one may not be empty at the same place (PCRE2_NOTEMPTY_ATSTART), while after
 * a non-empty match an empty one may start right where it ended. */
typedef struct {
    ReCode *rc;          /* the pattern */
    ReSubject *s;        /* the subject */
    int64_t start;       /* byte offset where the next search starts */
    int64_t end;         /* byte length the pattern sees (endpos) */
    uint32_t opts;       /* PCRE2_NOTEMPTY_ATSTART after an empty match */
    int64_t count;       /* matches found so far */
    int64_t limit;       /* stop after this many (0: no limit) */
} Scan;

/* The next match: 1 (ovector in rc->md), 0 when done, -1 on error. */
static int scan_next(AwVM *vm, Scan *sc) {
    if (sc->end < 0 || sc->start > sc->end || (sc->limit > 0 && sc->count >= sc->limit)) return 0;
    int r = run(vm, sc->rc, RE_SEARCH, sc->s, sc->start, sc->end, sc->opts);
    if (r <= 0) return r;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->rc->md);
    sc->opts = ov[0] == ov[1] ? PCRE2_NOTEMPTY_ATSTART : 0;
    sc->start = (int64_t)ov[1];
    sc->count++;
    return 1;
}

/* Parses (code, string, pos, endpos, ...) and sets up the subject and scan. */
static ReCode *scan_args(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kwnames, int nargs,
                         ReSubject *s, Scan *sc) {
    int64_t pos, endpos;
    if (args_no_kwargs(vm, fname, kwnames) || args_count(vm, fname, argc, nargs, nargs)) return NULL;
    ReCode *rc = code_arg(vm, argv[0]);
    if (!rc || subject_arg(vm, rc, argv[1], s) || args_int(vm, argv[2], &pos) || args_int(vm, argv[3], &endpos))
        return NULL;
    memset(sc, 0, sizeof *sc);
    sc->rc = rc, sc->s = s;
    subject_range(s, pos, endpos, &sc->start, &sc->end);
    return rc;
}

/* Clamped pos/endpos as Match.pos/endpos report them. */
static void clamp_pos(ReSubject *s, int64_t *pos, int64_t *endpos) {
    int64_t n = s->str ? s->str->char_len : s->len;
    *pos = *pos < 0 ? 0 : *pos > n ? n : *pos;
    *endpos = *endpos < 0 ? 0 : *endpos > n ? n : *endpos;
}

/* _re.match(code, string, pos, endpos, mode, pattern[, origin]): a Match, or None. mode is
 * RE_SEARCH/RE_MATCH/RE_FULLMATCH, plus RE_NOT_EMPTY for a scanner's step after an empty match;
 * origin is the pos the Match reports (a scanner's first pos; default pos). */
static AwValue re_match(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    ReSubject s;
    Scan sc;
    int64_t mode, pos, endpos;
    ReCode *rc = scan_args(vm, "match", argc < 7 ? argc : 6, argv, kwnames, 6, &s, &sc);
    if (!rc || args_int(vm, argv[4], &mode) || args_int(vm, argv[argc == 7 ? 6 : 2], &pos) ||
        args_int(vm, argv[3], &endpos))
        return AW_ERR;
    uint32_t opts = mode & RE_NOT_EMPTY ? PCRE2_NOTEMPTY_ATSTART : 0;
    mode &= ~RE_NOT_EMPTY;
    if (mode < 0 || mode >= RE_MODES || argc > 7) return vm_raise(vm, &aw_exc_ValueError, "bad match mode");
    if (sc.end < 0) return AW_NONE;
    int r = run(vm, rc, (int)mode, &s, sc.start, sc.end, opts);
    if (r <= 0) return r < 0 ? AW_ERR : AW_NONE;
    clamp_pos(&s, &pos, &endpos);
    return re_match_new(vm, rc, argv[5], argv[1], &s, pos, endpos);
}

/* _re.finditer(code, string, pos, endpos, limit, pattern): the list of successive Matches. */
static AwValue re_finditer(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    ReSubject s;
    Scan sc;
    int64_t pos, endpos;
    ReCode *rc = scan_args(vm, "finditer", argc, argv, kwnames, 6, &s, &sc);
    if (!rc || args_int(vm, argv[4], &sc.limit) || args_int(vm, argv[2], &pos) || args_int(vm, argv[3], &endpos))
        return AW_ERR;
    clamp_pos(&s, &pos, &endpos);
    AwList *out = list_new(vm, 0);
    if (!out) return AW_ERR;
    int r;
    while ((r = scan_next(vm, &sc)) > 0) {
        AwValue m = re_match_new(vm, rc, argv[5], argv[1], &s, pos, endpos);
        if (m == AW_ERR || list_append(vm, out, m)) return AW_ERR;
    }
    return r < 0 ? AW_ERR : value_from_ptr(out);
}

/* ---- lazy finditer -------------------------------------------------------------------------- */

/* The iterator Pattern.finditer returns (CPython's callable_iterator over a scanner): each
 * next() runs one search from where the last match ended. */
typedef struct {
    AwObject obj;        /* header; obj.type is iter_class */
    AwDict *dict;        /* the heap class's instance-dict slot (unused) */
    ReCode *code;        /* the pattern's code */
    AwValue pattern;     /* the re.Pattern, for Match.re */
    AwValue string;      /* the subject */
    int64_t pos;         /* clamped pos, for Match.pos */
    int64_t endpos;      /* clamped endpos, for Match.endpos */
    int64_t start;       /* byte offset of the next search */
    int64_t end;         /* byte length the pattern sees; -1 when exhausted */
    int64_t at_byte;     /* code-point cursor (ReSubject's), kept between calls ... */
    int64_t at_cp;       /* ... so a scan over non-ASCII text stays linear */
    uint32_t opts;       /* PCRE2_NOTEMPTY_ATSTART after an empty match */
} ReIter;

static AwType *iter_class;

static void iter_trace(AwGC *gc, AwObject *self) {
    ReIter *it = (ReIter *)self;
    gc_mark_object(gc, (AwObject *)it->dict);
    gc_mark_object(gc, (AwObject *)it->code);
    gc_mark_value(gc, it->pattern);
    gc_mark_value(gc, it->string);
}

static AwValue iter_self(AwVM *vm, AwValue self) { return self; }

static AwValue iter_next(AwVM *vm, AwValue self) {
    ReIter *it = (ReIter *)value_as_ptr(self);
    ReSubject s;
    if (!it->code || it->end < 0) return AW_STOP;
    if (subject_arg(vm, it->code, it->string, &s)) return AW_ERR;
    s.at_byte = it->at_byte, s.at_cp = it->at_cp;
    Scan sc = {.rc = it->code, .s = &s, .start = it->start, .end = it->end < s.len ? it->end : s.len, .opts = it->opts};
    int r = scan_next(vm, &sc);
    if (r <= 0) {
        it->end = -1;
        return r < 0 ? AW_ERR : AW_STOP;
    }
    AwValue m = re_match_new(vm, it->code, it->pattern, it->string, &s, it->pos, it->endpos);
    it->start = sc.start, it->opts = sc.opts;
    it->at_byte = s.at_byte, it->at_cp = s.at_cp;
    return m;
}

static AwValue iter_m_next(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (!value_is_ptr(argv[0]) || type_of(argv[0]) != iter_class) return vm_raise(vm, &aw_exc_TypeError, "expected a callable_iterator");
    AwValue v = iter_next(vm, argv[0]);
    return v == AW_STOP ? vm_raise(vm, &aw_exc_StopIteration, "") : v;
}

static AwValue iter_m_iter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) { return argv[0]; }

/* _re.iterate(code, string, pos, endpos, pattern): the lazy iterator of Matches. */
static AwValue re_iterate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    ReSubject s;
    Scan sc;
    int64_t pos, endpos;
    ReCode *rc = scan_args(vm, "iterate", argc, argv, kwnames, 5, &s, &sc);
    if (!rc || args_int(vm, argv[2], &pos) || args_int(vm, argv[3], &endpos)) return AW_ERR;
    ReIter *it = (ReIter *)gc_new(vm, iter_class, sizeof(ReIter));
    if (!it) return AW_ERR;
    clamp_pos(&s, &pos, &endpos);
    it->code = rc, it->pattern = argv[4], it->string = argv[1];
    it->pos = pos, it->endpos = endpos;
    it->start = sc.start, it->end = sc.end;
    it->at_byte = s.at_byte, it->at_cp = s.at_cp;
    return value_from_ptr(it);
}

/* ---- findall, split, sub ------------------------------------------------------------------- */

/* The text of group i of the last match, or `unset` when it did not take part. */
static AwValue ov_text(AwVM *vm, ReCode *rc, ReSubject *s, uint32_t i, AwValue unset) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rc->md);
    if (ov[2 * i] == PCRE2_UNSET) return unset;
    return re_subject_text(vm, s, (int64_t)ov[2 * i], (int64_t)ov[2 * i + 1]);
}

/* What findall lists for the last match: the whole match, group 1, or a tuple of groups
 * (groups that did not take part give the empty string). */
static AwValue findall_item(AwVM *vm, ReCode *rc, ReSubject *s, AwValue empty) {
    if (rc->ncap <= 2) return ov_text(vm, rc, s, rc->ncap - 1, empty);
    AwTuple *t = tuple_new(vm, rc->ncap - 1);
    if (!t) return AW_ERR;
    for (uint32_t i = 1; i < rc->ncap; i++) {
        AwValue v = ov_text(vm, rc, s, i, empty);
        if (v == AW_ERR) return AW_ERR;
        t->items[i - 1] = v;
    }
    return value_from_ptr(t);
}

static AwValue empty_of(AwVM *vm, ReSubject *s) {
    if (s->str) return str_value(str_empty(vm));
    AwBytes *b = bytes_new(vm, "", 0);
    return b ? value_from_ptr(b) : AW_ERR;
}

/* _re.findall(code, string, pos, endpos): CPython's findall list. */
static AwValue re_findall(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    ReSubject s;
    Scan sc;
    ReCode *rc = scan_args(vm, "findall", argc, argv, kwnames, 4, &s, &sc);
    if (!rc) return AW_ERR;
    AwValue empty = empty_of(vm, &s);
    AwList *out = empty == AW_ERR ? NULL : list_new(vm, 0);
    if (!out) return AW_ERR;
    int r;
    while ((r = scan_next(vm, &sc)) > 0) {
        AwValue item = findall_item(vm, rc, &s, empty);
        if (item == AW_ERR || list_append(vm, out, item)) return AW_ERR;
    }
    return r < 0 ? AW_ERR : value_from_ptr(out);
}

/* _re.split(code, string, pos, endpos, maxsplit): the pieces between matches, each match's groups
 * (None for those that did not take part) in between. */
static AwValue re_split(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    ReSubject s;
    Scan sc;
    ReCode *rc = scan_args(vm, "split", argc, argv, kwnames, 5, &s, &sc);
    if (!rc || args_int(vm, argv[4], &sc.limit)) return AW_ERR;
    AwList *out = list_new(vm, 0);
    if (!out) return AW_ERR;
    int64_t last = 0;
    int r;
    while ((r = scan_next(vm, &sc)) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rc->md);
        AwValue piece = re_subject_text(vm, &s, last, (int64_t)ov[0]);
        if (piece == AW_ERR || list_append(vm, out, piece)) return AW_ERR;
        last = (int64_t)ov[1];
        for (uint32_t i = 1; i < rc->ncap; i++) {
            AwValue g = ov_text(vm, rc, &s, i, AW_NONE);
            if (g == AW_ERR || list_append(vm, out, g)) return AW_ERR;
        }
    }
    AwValue rest = r < 0 ? AW_ERR : re_subject_text(vm, &s, last, s.len);
    if (rest == AW_ERR || list_append(vm, out, rest)) return AW_ERR;
    return value_from_ptr(out);
}

/* Appends the expansion of a parsed template (re.py's list of literal pieces and group
 * numbers) for the last match. */
static AwStatus append_template(AwVM *vm, AwBuf *buf, ReCode *rc, ReSubject *s, AwList *tpl) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rc->md);
    for (int64_t k = 0; k < tpl->len; k++) {
        AwValue part = tpl->items[k];
        const char *data;
        int64_t len;
        if (value_is_int(part)) {
            int64_t g = value_as_small(part);
            if (g < 0 || g >= rc->ncap) return vm_fail(vm_raise(vm, &aw_exc_IndexError, "no such group"));
            if (ov[2 * g] != PCRE2_UNSET && buf_append(buf, s->data + ov[2 * g], ov[2 * g + 1] - ov[2 * g])) return AW_ERROR;
        } else if (str_unwrap(part)) {
            if (buf_append(buf, str_unwrap(part)->data, str_unwrap(part)->byte_len)) return AW_ERROR;
        } else if (bytes_view(part, &data, &len)) {
            if (buf_append(buf, data, len)) return AW_ERROR;
        } else {
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "bad template piece"));
        }
    }
    return AW_OK;
}

/* _re.sub(code, string, count, template): (result, n) where template is a list of literal
 * pieces and group numbers (a plain replacement is a one-piece list). The subject itself is
 * returned when nothing matched, as CPython does. */
static AwValue re_sub(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    ReSubject s;
    Scan sc;
    if (argc != 4 || !value_is_list(argv[3])) return vm_raise(vm, &aw_exc_TypeError, "sub() takes (code, string, count, template)");
    AwValue args[4] = {argv[0], argv[1], value_from_small(0), value_from_small(INT64_C(1) << 46)};
    ReCode *rc = scan_args(vm, "sub", 4, args, kwnames, 4, &s, &sc);
    if (!rc || args_int(vm, argv[2], &sc.limit)) return AW_ERR;
    AwBuf buf;
    buf_init(&buf, vm);
    int64_t last = 0;
    int r;
    while ((r = scan_next(vm, &sc)) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rc->md);
        if (buf_append(&buf, s.data + last, (int64_t)ov[0] - last) || append_template(vm, &buf, rc, &s, AW_LIST(argv[3]))) {
            buf_free(&buf);
            return AW_ERR;
        }
        last = (int64_t)ov[1];
    }
    if (r < 0 || buf_append(&buf, s.data + last, s.len - last)) {
        buf_free(&buf);
        return AW_ERR;
    }
    AwValue result = argv[1];
    if (sc.count == 0) {
        buf_free(&buf);
        if (!s.str && !value_is_type(result, &aw_type_bytes)) result = re_subject_text(vm, &s, 0, s.len);
    } else if (s.str) {
        AwStr *str = buf_to_str(&buf);
        result = str ? str_value(str) : AW_ERR;
    } else {
        AwBytes *b = buf_to_bytes(&buf);
        result = b ? value_from_ptr(b) : AW_ERR;
    }
    if (result == AW_ERR) return AW_ERR;
    AwTuple *t = tuple_pack2(vm, result, value_from_small(sc.count));
    return t ? value_from_ptr(t) : AW_ERR;
}

/* ---- classes and module -------------------------------------------------------------------- */

static AwValue code_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    return vm_raise(vm, &aw_exc_TypeError, "cannot create '%s' instances", type_name(type));
}

AwType *re_class_new(AwVM *vm, const char *module, const char *name, const AwMethodDef *methods) {
    AwDict *ns = dict_new(vm);
    AwStr *mod = str_intern_cstr(vm, module), *cname = str_intern_cstr(vm, name);
    AwTuple *bases = tuple_from(vm, 1, (AwValue[]){value_from_ptr(&aw_type_object)});
    if (!ns || !mod || !cname || !bases) return NULL;
    if (dict_set_str(vm, ns, AW_NAME(vm, __module__), value_from_ptr(mod)) != AW_OK) return NULL;
    for (const AwMethodDef *m = methods; m && m->name; m++) {
        AwNative *fn = native_new(vm, m->name, m->fn, m->flags, NULL);
        if (!fn || dict_set_cstr(vm, ns, m->name, value_from_ptr(fn)) != AW_OK) return NULL;
    }
    if (gc_push_root(vm, value_from_ptr(ns)) != AW_OK) return NULL;
    AwValue cls = class_new(vm, &aw_type_type, cname, bases, ns);
    gc_pop_roots(vm, 1);
    if (cls == AW_ERR) return NULL;
    AwType *t = (AwType *)value_as_ptr(cls);
    int64_t pos = 0;
    AwValue k, v;
    while (dict_next(t->dict, &pos, &k, &v))
        if (value_is_type(v, &aw_type_native)) AW_NATIVE(v)->owner = t;
    t->flags &= ~AW_TYPE_BASETYPE;
    return t;
}

static AwType *make_code_class(AwVM *vm) {
    AwType *t = re_class_new(vm, "_re", "Code", NULL);
    if (!t) return NULL;
    t->instance_size = sizeof(ReCode);
    t->dict_offset = offsetof(ReCode, dict);
    t->trace = code_trace;
    t->free_ = code_free;
    t->new_ = code_new_slot;
    return t;
}

static const AwMethodDef iter_methods[] = {
    {"__next__", iter_m_next, AW_METH_DEFAULT},
    {"__iter__", iter_m_iter, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

static AwType *make_iter_class(AwVM *vm) {
    AwType *t = re_class_new(vm, "builtins", "callable_iterator", iter_methods);
    if (!t) return NULL;
    t->instance_size = sizeof(ReIter);
    t->dict_offset = offsetof(ReIter, dict);
    t->trace = iter_trace;
    t->new_ = code_new_slot;
    t->iter = iter_self;
    t->next = iter_next;
    return t;
}

static const AwMethodDef re_functions[] = {
    {"compile", re_compile, AW_METH_DEFAULT},
    {"match", re_match, AW_METH_DEFAULT},
    {"finditer", re_finditer, AW_METH_DEFAULT},
    {"iterate", re_iterate, AW_METH_DEFAULT},
    {"findall", re_findall, AW_METH_DEFAULT},
    {"split", re_split, AW_METH_DEFAULT},
    {"sub", re_sub, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwModule *re_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "_re");
    if (!mod || module_add_functions(vm, mod, re_functions) || module_add_functions(vm, mod, re_match_getters))
        return NULL;
    code_class = make_code_class(vm);
    if (!code_class || module_add_value(vm, mod, "Code", value_from_ptr(code_class))) return NULL;
    iter_class = make_iter_class(vm);
    if (!iter_class || module_add_value(vm, mod, "Iterator", value_from_ptr(iter_class))) return NULL;
    AwType *match_class = re_match_class_new(vm);
    if (!match_class || module_add_value(vm, mod, "Match", value_from_ptr(match_class))) return NULL;
    return mod;
}
