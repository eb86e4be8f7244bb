/* unicodedata.c — the `unicodedata` module: the Unicode 14.0.0 character database of
 * CPython 3.11 (category, bidirectional, combining, east_asian_width, mirrored, decomposition,
 * decimal/digit/numeric, name/lookup, normalize/is_normalized).
 *
 * The tables (unicodedata_tables.h) are generated from CPython's own module by
 * scripts/gen_unicodedata.py. Properties are runs of code points bisected by start. Names are
 * kept zlib-compressed and inflated on the first name()/lookup(); CJK ideograph-style names and
 * Hangul syllable names are computed, as CPython computes them. Normalization follows UAX #15:
 * full decomposition (canonical, or compatibility too), canonical ordering, then for NFC/NFKC
 * canonical composition skipping the composition exclusions.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/vm.h"
#include "stdlib/modules.h"
#include "stdlib/unicodedata_tables.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- lookups in the generated tables ---- */

static size_t run_of(uint32_t cp) {
    size_t lo = 0, hi = COUNT(ud_run_start);
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (ud_run_start[mid] <= cp) lo = mid;
        else hi = mid;
    }
    return lo;
}

/* Index of cp in a sorted table, or -1. */
static long find_cp(const uint32_t *table, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (table[mid] < cp) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && table[lo] == cp ? (long)lo : -1;
}

static int combining_of(uint32_t cp) { return ud_run_comb[run_of(cp)]; }

/* ---- Hangul syllables (Unicode 14.0, section 3.12) ---- */

enum { SBASE = 0xAC00, LBASE = 0x1100, VBASE = 0x1161, TBASE = 0x11A7, LCOUNT = 19, VCOUNT = 21, TCOUNT = 28,
       NCOUNT = VCOUNT * TCOUNT, SCOUNT = LCOUNT * NCOUNT };

static const char *const jamo_l[LCOUNT] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
                                           "C", "K", "T", "P", "H"};
static const char *const jamo_v[VCOUNT] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                           "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const jamo_t[TCOUNT] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
                                           "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

static bool is_hangul(uint32_t cp) { return cp >= SBASE && cp < SBASE + SCOUNT; }

/* ---- arguments ---- */

/* The code point of a one-character str argument, else CPython's TypeError. */
static bool char_arg(AwVM *vm, const char *fname, AwValue v, uint32_t *cp) {
    AwStr *s = str_unwrap(v);
    if (!s || s->char_len != 1) {
        vm_raise(vm, &aw_exc_TypeError, "%s() argument must be a unicode character, not %s", fname,
                 s ? "str" : ops_type_name(v));
        return false;
    }
    int len;
    *cp = str_decode_utf8(s->data, &len);
    return true;
}

static bool one_char(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kw, int max, uint32_t *cp) {
    return !args_no_kwargs(vm, fname, kw) && !args_count(vm, fname, argc, 1, max) && char_arg(vm, fname, argv[0], cp);
}

static AwValue cstr_value(AwVM *vm, const char *s) { return str_value_or_err(str_from_cstr(vm, s)); }

/* ---- properties ---- */

static AwValue u_category(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    uint32_t cp;
    return one_char(vm, "category", argc, argv, kw, 1, &cp) ? cstr_value(vm, ud_cat_names[ud_run_cat[run_of(cp)]]) : AW_ERR;
}

static AwValue u_bidirectional(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    uint32_t cp;
    return one_char(vm, "bidirectional", argc, argv, kw, 1, &cp) ? cstr_value(vm, ud_bidi_names[ud_run_bidi[run_of(cp)]])
                                                                   : AW_ERR;
}

static AwValue u_east_asian_width(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    uint32_t cp;
    return one_char(vm, "east_asian_width", argc, argv, kw, 1, &cp) ? cstr_value(vm, ud_eaw_names[ud_run_eaw[run_of(cp)]])
                                                                      : AW_ERR;
}

static AwValue u_combining(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    uint32_t cp;
    return one_char(vm, "combining", argc, argv, kw, 1, &cp) ? value_from_small(combining_of(cp)) : AW_ERR;
}

static AwValue u_mirrored(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    uint32_t cp;
    return one_char(vm, "mirrored", argc, argv, kw, 1, &cp) ? value_from_small(ud_run_mirr[run_of(cp)]) : AW_ERR;
}

static const char *decomposition_of(uint32_t cp) {
    long i = find_cp(ud_decomp_cp, COUNT(ud_decomp_cp), cp);
    return i < 0 ? "" : ud_decomp_text + ud_decomp_off[i];
}

static AwValue u_decomposition(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    uint32_t cp;
    return one_char(vm, "decomposition", argc, argv, kw, 1, &cp) ? cstr_value(vm, decomposition_of(cp)) : AW_ERR;
}

/* ---- numeric values ---- */

typedef enum { NUM_DECIMAL, NUM_DIGIT, NUM_NUMERIC } NumKind;

static AwValue numeric_value(AwVM *vm, const char *fname, NumKind kind, int argc, const AwValue *argv, AwTuple *kw) {
    uint32_t cp;
    if (!one_char(vm, fname, argc, argv, kw, 2, &cp)) return AW_ERR;
    long i = find_cp(ud_num_cp, COUNT(ud_num_cp), cp);
    if (i >= 0 && kind == NUM_DECIMAL && ud_num_decimal[i] >= 0) return value_from_small(ud_num_decimal[i]);
    if (i >= 0 && kind == NUM_DIGIT && ud_num_digit[i] >= 0) return value_from_small(ud_num_digit[i]);
    if (i >= 0 && kind == NUM_NUMERIC) {
        const char *t = ud_num_text[i], *slash = strchr(t, '/');
        double v = slash ? strtod(t, NULL) / strtod(slash + 1, NULL) : strtod(t, NULL);
        return value_from_double(v);
    }
    if (argc > 1) return argv[1];
    static const char *const what[] = {"not a decimal", "not a digit", "not a numeric character"};
    return vm_raise(vm, &aw_exc_ValueError, "%s", what[kind]);
}

static AwValue u_decimal(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return numeric_value(vm, "decimal", NUM_DECIMAL, argc, argv, kw);
}

static AwValue u_digit(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return numeric_value(vm, "digit", NUM_DIGIT, argc, argv, kw);
}

static AwValue u_numeric(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    return numeric_value(vm, "numeric", NUM_NUMERIC, argc, argv, kw);
}

/* ---- names ---- */

typedef struct {
    uint32_t cp;
    const char *name;   /* NUL-terminated, inside names_text */
} NameEntry;

static char *names_text;       /* the inflated "HEX NAME" lines (owned for the process) */
static NameEntry *names;       /* one per line, in code point order */
static size_t nnames;

/* Inflates the name table on first use; false with MemoryError/SystemError raised. */
static bool names_load(AwVM *vm) {
    if (names) return true;
    char *text = malloc(UD_NAMES_SIZE + 1);
    uLongf size = UD_NAMES_SIZE;
    if (!text) { vm_raise_memory(vm); return false; }
    if (uncompress((Bytef *)text, &size, ud_names_z, sizeof ud_names_z) != Z_OK) {
        free(text);
        vm_raise(vm, &aw_exc_SystemError, "unicodedata: the name table is damaged");
        return false;
    }
    text[size] = '\0';
    size_t lines = 0;
    for (size_t i = 0; i < size; i++) lines += text[i] == '\n';
    NameEntry *entries = malloc(sizeof *entries * (lines ? lines : 1));
    if (!entries) { free(text); vm_raise_memory(vm); return false; }
    size_t n = 0;
    for (char *p = text; *p && n < lines;) {
        char *end = strchr(p, '\n');
        *end = '\0';
        entries[n].cp = (uint32_t)strtoul(p, &p, 16);
        entries[n].name = p + 1;
        n++;
        p = end + 1;
    }
    names_text = text;
    names = entries;
    nnames = n;
    return true;
}

/* The name of cp into buf (at least 128 bytes), or false when it has none. */
static bool name_of(uint32_t cp, char *buf, size_t cap) {
    if (is_hangul(cp)) {
        uint32_t s = cp - SBASE;
        snprintf(buf, cap, "HANGUL SYLLABLE %s%s%s", jamo_l[s / NCOUNT], jamo_v[(s % NCOUNT) / TCOUNT], jamo_t[s % TCOUNT]);
        return true;
    }
    for (size_t i = 0; i < COUNT(ud_name_ranges); i++)
        if (cp >= ud_name_ranges[i].first && cp <= ud_name_ranges[i].last) {
            snprintf(buf, cap, "%s%04X", ud_name_ranges[i].prefix, (unsigned)cp);
            return true;
        }
    size_t lo = 0, hi = nnames;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (names[mid].cp < cp) lo = mid + 1;
        else hi = mid;
    }
    if (lo == nnames || names[lo].cp != cp) return false;
    snprintf(buf, cap, "%s", names[lo].name);
    return true;
}

static AwValue u_name(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    uint32_t cp;
    char buf[160];
    if (!one_char(vm, "name", argc, argv, kw, 2, &cp) || !names_load(vm)) return AW_ERR;
    if (name_of(cp, buf, sizeof buf)) return cstr_value(vm, buf);
    return argc > 1 ? argv[1] : vm_raise(vm, &aw_exc_ValueError, "no such name");
}

/* Length of the jamo in table (n entries) that s starts with, longest first; -1 if none. */
static int jamo_prefix(const char *s, const char *const *table, int n, int *which) {
    int best = -1;
    for (int i = 0; i < n; i++) {
        int len = (int)strlen(table[i]);
        if (len > best && strncmp(s, table[i], (size_t)len) == 0) {
            best = len;
            *which = i;
        }
    }
    return best;
}

/* The code point called name (any case), or -1. */
static long code_of(const char *name) {
    char up[160];
    size_t n = strlen(name);
    if (n >= sizeof up) return -1;
    for (size_t i = 0; i <= n; i++) up[i] = (char)(name[i] >= 'a' && name[i] <= 'z' ? name[i] - 32 : name[i]);
    static const char hangul[] = "HANGUL SYLLABLE ";
    if (strncmp(up, hangul, sizeof hangul - 1) == 0) {
        const char *p = up + sizeof hangul - 1;
        int l, v, t = 0, len;
        if ((len = jamo_prefix(p, jamo_l, LCOUNT, &l)) < 0) return -1;
        p += len;
        if ((len = jamo_prefix(p, jamo_v, VCOUNT, &v)) < 0) return -1;
        p += len;
        if (*p && ((len = jamo_prefix(p, jamo_t, TCOUNT, &t)) <= 0 || p[len])) return -1;
        return SBASE + (l * VCOUNT + v) * TCOUNT + t;
    }
    for (size_t i = 0; i < COUNT(ud_name_ranges); i++) {
        size_t plen = strlen(ud_name_ranges[i].prefix);
        if (strncmp(up, ud_name_ranges[i].prefix, plen) != 0) continue;
        char *end;
        unsigned long cp = strtoul(up + plen, &end, 16);
        if (*end == '\0' && end != up + plen && cp >= ud_name_ranges[i].first && cp <= ud_name_ranges[i].last) return (long)cp;
    }
    for (size_t i = 0; i < nnames; i++)
        if (strcmp(names[i].name, up) == 0) return names[i].cp;
    return -1;
}

static AwValue u_lookup(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "lookup", kw) || args_count(vm, "lookup", argc, 1, 1)) return AW_ERR;
    AwStr *s = str_unwrap(argv[0]);
    if (!s) return vm_raise(vm, &aw_exc_TypeError, "lookup() argument must be str, not %s", ops_type_name(argv[0]));
    if (!names_load(vm)) return AW_ERR;
    long cp = (int64_t)strlen(s->data) == s->byte_len ? code_of(s->data) : -1;
    if (cp < 0) {
        if (s->byte_len > 256) return vm_raise(vm, &aw_exc_KeyError, "name too long");
        return vm_raise(vm, &aw_exc_KeyError, "undefined character name '%s'", s->data);
    }
    return str_value_or_err(str_from_codepoint(vm, (uint32_t)cp));
}

/* ---- normalization (UAX #15) ---- */

typedef struct {
    uint32_t *cps;
    size_t len, cap;
} CpBuf;

static bool cp_push(CpBuf *b, uint32_t cp) {
    if (b->len == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        uint32_t *p = realloc(b->cps, cap * sizeof *p);
        if (!p) return false;
        b->cps = p;
        b->cap = cap;
    }
    b->cps[b->len++] = cp;
    return true;
}

/* Appends the full decomposition of cp (canonical, or compatibility too). */
static bool decompose(CpBuf *out, uint32_t cp, bool compat) {
    if (is_hangul(cp)) {
        uint32_t s = cp - SBASE;
        if (!cp_push(out, LBASE + s / NCOUNT) || !cp_push(out, VBASE + (s % NCOUNT) / TCOUNT)) return false;
        return s % TCOUNT == 0 || cp_push(out, TBASE + s % TCOUNT);
    }
    const char *d = decomposition_of(cp);
    if (!*d || (d[0] == '<' && !compat)) return cp_push(out, cp);
    if (d[0] == '<') d = strchr(d, '>') + 1;
    while (*d) {
        char *end;
        uint32_t part = (uint32_t)strtoul(d, &end, 16);
        if (end == d) break;
        if (!decompose(out, part, compat)) return false;
        d = end;
    }
    return true;
}

/* Canonical ordering: a stable sort of each run of non-starters by combining class. */
static void reorder(CpBuf *b) {
    for (size_t i = 1; i < b->len; i++) {
        int cc = combining_of(b->cps[i]);
        if (cc == 0) continue;
        size_t j = i;
        uint32_t cp = b->cps[i];
        while (j > 0) {
            int prev = combining_of(b->cps[j - 1]);
            if (prev == 0 || prev <= cc) break;
            b->cps[j] = b->cps[j - 1];
            j--;
        }
        b->cps[j] = cp;
    }
}

typedef struct {
    uint64_t pair;      /* first << 21 | second */
    uint32_t composite;
} Composition;

static Composition *compositions;   /* sorted by pair, made on first use */
static size_t ncompositions;

static int pair_cmp(const void *a, const void *b) {
    uint64_t x = ((const Composition *)a)->pair, y = ((const Composition *)b)->pair;
    return x < y ? -1 : x > y;
}

static bool compositions_load(void) {
    if (compositions) return true;
    Composition *c = malloc(sizeof *c * COUNT(ud_decomp_cp));
    if (!c) return false;
    size_t n = 0;
    for (size_t i = 0; i < COUNT(ud_decomp_cp); i++) {
        const char *d = ud_decomp_text + ud_decomp_off[i];
        if (d[0] == '<' || find_cp(ud_comp_exclusions, COUNT(ud_comp_exclusions), ud_decomp_cp[i]) >= 0) continue;
        char *end;
        uint32_t a = (uint32_t)strtoul(d, &end, 16), b;
        if (*end != ' ') continue;
        b = (uint32_t)strtoul(end, &end, 16);
        if (*end) continue;
        c[n++] = (Composition){(uint64_t)a << 21 | b, ud_decomp_cp[i]};
    }
    qsort(c, n, sizeof *c, pair_cmp);
    compositions = c;
    ncompositions = n;
    return true;
}

/* The primary composite of a + b, or 0. */
static uint32_t compose_pair(uint32_t a, uint32_t b) {
    if (a >= LBASE && a < LBASE + LCOUNT && b >= VBASE && b < VBASE + VCOUNT)
        return SBASE + ((a - LBASE) * VCOUNT + (b - VBASE)) * TCOUNT;
    if (is_hangul(a) && (a - SBASE) % TCOUNT == 0 && b > TBASE && b < TBASE + TCOUNT) return a + (b - TBASE);
    Composition key = {(uint64_t)a << 21 | b, 0};
    Composition *c = bsearch(&key, compositions, ncompositions, sizeof key, pair_cmp);
    return c ? c->composite : 0;
}

static void compose(CpBuf *b) {
    if (b->len == 0) return;
    size_t out = 1, starter = 0;
    bool have_starter = combining_of(b->cps[0]) == 0;
    int last_class = have_starter ? 0 : 256;
    for (size_t i = 1; i < b->len; i++) {
        uint32_t cp = b->cps[i];
        int cc = combining_of(cp);
        uint32_t composite = have_starter ? compose_pair(b->cps[starter], cp) : 0;
        if (composite && (last_class < cc || last_class == 0)) {
            b->cps[starter] = composite;
            continue;
        }
        if (cc == 0) {
            starter = out;
            have_starter = true;
        }
        last_class = cc;
        b->cps[out++] = cp;
    }
    b->len = out;
}

/* form: 0 NFC, 1 NFKC, 2 NFD, 3 NFKD, -1 invalid. */
static int form_of(AwStr *form) {
    static const char *const forms[] = {"NFC", "NFKC", "NFD", "NFKD"};
    for (int i = 0; i < 4; i++)
        if (strcmp(form->data, forms[i]) == 0) return i;
    return -1;
}

static AwValue normalized(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kw, AwStr **input) {
    if (args_no_kwargs(vm, fname, kw) || args_count(vm, fname, argc, 2, 2)) return AW_ERR;
    AwStr *form = str_unwrap(argv[0]), *s = str_unwrap(argv[1]);
    if (!form) return vm_raise(vm, &aw_exc_TypeError, "%s() argument 1 must be str, not %s", fname, ops_type_name(argv[0]));
    if (!s) return vm_raise(vm, &aw_exc_TypeError, "%s() argument 2 must be str, not %s", fname, ops_type_name(argv[1]));
    int f = form_of(form);
    if (f < 0) return vm_raise(vm, &aw_exc_ValueError, "invalid normalization form");
    *input = s;
    if (str_is_ascii(s)) return str_value(s);   /* ASCII is already in every form */
    if (!compositions_load()) return vm_raise_memory(vm);
    CpBuf b = {NULL, 0, 0};
    bool ok = true;
    for (int64_t pos = 0; pos < s->byte_len && ok;) {
        int len;
        uint32_t cp = str_decode_utf8(s->data + pos, &len);
        pos += len;
        ok = decompose(&b, cp, f == 1 || f == 3);
    }
    if (!ok) { free(b.cps); return vm_raise_memory(vm); }
    reorder(&b);
    if (f <= 1) compose(&b);
    AwBuf out;
    buf_init(&out, vm);
    AwStatus st = AW_OK;
    for (size_t i = 0; i < b.len && st == AW_OK; i++) {
        char enc[4];
        st = buf_append(&out, enc, (size_t)str_encode_utf8(b.cps[i], enc));
    }
    free(b.cps);
    if (st) { buf_free(&out); return AW_ERR; }
    AwStr *r = buf_to_str(&out);
    if (!r) return AW_ERR;
    return str_equal(r, s) ? str_value(s) : str_value(r);
}

static AwValue u_normalize(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *input;
    AwValue r = normalized(vm, "normalize", argc, argv, kw, &input);
    if (r == AW_ERR || value_is_type(argv[1], &aw_type_str)) return r;
    return r == str_value(input) ? argv[1] : r;   /* a str subclass comes back as itself when unchanged */
}

static AwValue u_is_normalized(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *input;
    AwValue r = normalized(vm, "is_normalized", argc, argv, kw, &input);
    return r == AW_ERR ? AW_ERR : value_from_bool(str_equal(AW_STR(r), input));
}

static const AwMethodDef unicodedata_functions[] = {
    {"category", u_category, AW_METH_DEFAULT},
    {"bidirectional", u_bidirectional, AW_METH_DEFAULT},
    {"east_asian_width", u_east_asian_width, AW_METH_DEFAULT},
    {"combining", u_combining, AW_METH_DEFAULT},
    {"mirrored", u_mirrored, AW_METH_DEFAULT},
    {"decomposition", u_decomposition, AW_METH_DEFAULT},
    {"decimal", u_decimal, AW_METH_DEFAULT},
    {"digit", u_digit, AW_METH_DEFAULT},
    {"numeric", u_numeric, AW_METH_DEFAULT},
    {"name", u_name, AW_METH_DEFAULT},
    {"lookup", u_lookup, AW_METH_DEFAULT},
    {"normalize", u_normalize, AW_METH_DEFAULT},
    {"is_normalized", u_is_normalized, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwModule *unicodedata_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "unicodedata");
    if (!mod || module_add_functions(vm, mod, unicodedata_functions)) return NULL;
    AwStr *version = str_from_cstr(vm, UD_VERSION);
    if (!version || module_add_value(vm, mod, "unidata_version", str_value(version))) return NULL;
    return mod;
}
