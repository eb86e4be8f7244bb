/* locale.c — `_locale`, the C library's locales for CPython's locale.py: setlocale,
 * localeconv, nl_langinfo and its constants, strcoll, strxfrm, getencoding, Error.
 *
 * The process's LC_NUMERIC stays "C" whatever a program sets: aw formats and parses floats
 * with the C library (snprintf, strtod), which must keep '.' as the decimal point, as CPython's
 * own float code does. The numeric locale a program chose is remembered and applied (with
 * uselocale, for this thread only) while localeconv and nl_langinfo read it, and setlocale
 * reports it. At import, LC_CTYPE is taken from the environment as CPython does at startup
 * (the C locale becomes C.UTF-8 unless LC_ALL is set, PEP 538).
 */
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/modules.h"

enum { ROOT_LOCALE_ERROR = 12 };   /* vm->module_roots slot: _locale.Error */

static char numeric_name[256] = "C";   /* the LC_NUMERIC locale the program set */

/* A C string from the C library as a str: UTF-8 when valid, else Latin-1. */
static AwValue c_text(AwVM *vm, const char *s) {
    size_t n = strlen(s);
    AwStr *str = str_from_utf8_checked(vm, s, n);
    if (str) return str_value(str);
    vm_exc_clear(vm);
    AwBuf b;
    buf_init(&b, vm);
    for (size_t i = 0; i < n; i++) {
        char utf8[4];
        int len = str_encode_utf8((unsigned char)s[i], utf8);
        if (buf_append(&b, utf8, (size_t)len) != AW_OK) { buf_free(&b); return AW_ERR; }
    }
    str = buf_to_str(&b);
    return str ? str_value(str) : AW_ERR;
}

static AwValue raise_error(AwVM *vm, const char *msg) {
    return vm_raise(vm, (AwType *)value_as_ptr(vm->module_roots[ROOT_LOCALE_ERROR]), "%s", msg);
}

/* Runs with the program's numeric locale in effect for this thread (fn reads it). */
static locale_t numeric_begin(locale_t *old) {
    locale_t loc = newlocale(LC_NUMERIC_MASK, numeric_name, duplocale(LC_GLOBAL_LOCALE));
    *old = loc ? uselocale(loc) : (locale_t)0;
    return loc;
}

static void numeric_end(locale_t loc, locale_t old) {
    if (!loc) return;
    uselocale(old);
    freelocale(loc);
}

/* setlocale(category, locale=None) */
static AwValue l_setlocale(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"category", "locale", NULL};
    AwValue a[2] = {AW_EMPTY, AW_NONE};
    int64_t category;
    if (args_parse(vm, "setlocale", argc, argv, kwnames, names, 1, 2, a) != AW_OK) return AW_ERR;
    if (args_int(vm, a[0], &category) != AW_OK) return AW_ERR;
    if (a[1] != AW_NONE && a[1] != AW_EMPTY && !value_is_str(a[1]))
        return vm_raise(vm, &aw_exc_TypeError, "setlocale() argument 2 must be str or None, not %s", ops_type_name(a[1]));
    if (category < INT_MIN || category > INT_MAX) return raise_error(vm, "invalid locale category");
    const char *want = value_is_str(a[1]) ? AW_STR(a[1])->data : NULL;
    if (want && strlen(want) != (size_t)AW_STR(a[1])->byte_len) return vm_raise(vm, &aw_exc_ValueError, "embedded null character");
    int cat = (int)category;
    if (!want && cat == LC_NUMERIC) return c_text(vm, numeric_name);
    setlocale(LC_NUMERIC, numeric_name);   /* the real state while the C library works */
    const char *result = setlocale(cat, want);
    if (result && (cat == LC_ALL || cat == LC_NUMERIC)) {
        const char *numeric = setlocale(LC_NUMERIC, NULL);
        if (numeric && strlen(numeric) < sizeof numeric_name) strcpy(numeric_name, numeric);
    }
    AwValue out = result ? c_text(vm, result) : AW_EMPTY;
    setlocale(LC_NUMERIC, "C");
    if (out == AW_EMPTY) return raise_error(vm, want ? "unsupported locale setting" : "locale query failed");
    return out;
}

/* A grouping string as CPython's list: the sizes, ending with 0 (repeat) or CHAR_MAX (stop). */
static AwValue grouping_list(AwVM *vm, const char *s) {
    AwList *list = list_new(vm, 0);
    if (!list) return AW_ERR;
    for (size_t i = 0; s[i]; i++) {
        if (list_append(vm, list, value_from_small((unsigned char)s[i])) != AW_OK) return AW_ERR;
        if ((unsigned char)s[i] == CHAR_MAX) break;
    }
    return value_from_ptr(list);
}

static AwStatus put(AwVM *vm, AwDict *d, const char *key, AwValue v) {
    AwStr *k = v == AW_ERR ? NULL : str_intern_cstr(vm, key);
    return k ? dict_set_str(vm, d, k, v) : AW_ERROR;
}

/* localeconv(): the numeric and monetary conventions of the current locale. */
static AwValue l_localeconv(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "localeconv", kwnames) != AW_OK || args_count(vm, "localeconv", argc, 0, 0) != AW_OK)
        return AW_ERR;
    AwDict *d = dict_new(vm);
    if (!d || gc_push_root(vm, value_from_ptr(d)) != AW_OK) return AW_ERR;
    locale_t old, loc = numeric_begin(&old);
    struct lconv lc = *localeconv();
    /* the strings point into the C library's buffers: copy before the locale changes back */
    char dp[64], ts[64], grouping[64];
    snprintf(dp, sizeof dp, "%s", lc.decimal_point);
    snprintf(ts, sizeof ts, "%s", lc.thousands_sep);
    snprintf(grouping, sizeof grouping, "%s", lc.grouping);
    numeric_end(loc, old);
    AwStatus st = put(vm, d, "int_curr_symbol", c_text(vm, lc.int_curr_symbol));
    if (!st) st = put(vm, d, "currency_symbol", c_text(vm, lc.currency_symbol));
    if (!st) st = put(vm, d, "mon_decimal_point", c_text(vm, lc.mon_decimal_point));
    if (!st) st = put(vm, d, "mon_thousands_sep", c_text(vm, lc.mon_thousands_sep));
    if (!st) st = put(vm, d, "mon_grouping", grouping_list(vm, lc.mon_grouping));
    if (!st) st = put(vm, d, "positive_sign", c_text(vm, lc.positive_sign));
    if (!st) st = put(vm, d, "negative_sign", c_text(vm, lc.negative_sign));
    const struct { const char *name; char value; } chars[] = {
        {"int_frac_digits", lc.int_frac_digits}, {"frac_digits", lc.frac_digits},
        {"p_cs_precedes", lc.p_cs_precedes}, {"p_sep_by_space", lc.p_sep_by_space},
        {"n_cs_precedes", lc.n_cs_precedes}, {"n_sep_by_space", lc.n_sep_by_space},
        {"p_sign_posn", lc.p_sign_posn}, {"n_sign_posn", lc.n_sign_posn},
    };
    for (size_t i = 0; !st && i < sizeof chars / sizeof chars[0]; i++)
        st = put(vm, d, chars[i].name, value_from_small((unsigned char)chars[i].value));
    if (!st) st = put(vm, d, "decimal_point", c_text(vm, dp));
    if (!st) st = put(vm, d, "thousands_sep", c_text(vm, ts));
    if (!st) st = put(vm, d, "grouping", grouping_list(vm, grouping));
    gc_pop_roots(vm, 1);
    return st ? AW_ERR : value_from_ptr(d);
}

#define LANGINFO(X) {#X, X}
static const struct { const char *name; int value; } langinfo_constants[] = {
    LANGINFO(CODESET), LANGINFO(D_T_FMT), LANGINFO(D_FMT), LANGINFO(T_FMT), LANGINFO(T_FMT_AMPM),
    LANGINFO(AM_STR), LANGINFO(PM_STR),
    LANGINFO(DAY_1), LANGINFO(DAY_2), LANGINFO(DAY_3), LANGINFO(DAY_4), LANGINFO(DAY_5), LANGINFO(DAY_6), LANGINFO(DAY_7),
    LANGINFO(ABDAY_1), LANGINFO(ABDAY_2), LANGINFO(ABDAY_3), LANGINFO(ABDAY_4), LANGINFO(ABDAY_5), LANGINFO(ABDAY_6),
    LANGINFO(ABDAY_7),
    LANGINFO(MON_1), LANGINFO(MON_2), LANGINFO(MON_3), LANGINFO(MON_4), LANGINFO(MON_5), LANGINFO(MON_6),
    LANGINFO(MON_7), LANGINFO(MON_8), LANGINFO(MON_9), LANGINFO(MON_10), LANGINFO(MON_11), LANGINFO(MON_12),
    LANGINFO(ABMON_1), LANGINFO(ABMON_2), LANGINFO(ABMON_3), LANGINFO(ABMON_4), LANGINFO(ABMON_5), LANGINFO(ABMON_6),
    LANGINFO(ABMON_7), LANGINFO(ABMON_8), LANGINFO(ABMON_9), LANGINFO(ABMON_10), LANGINFO(ABMON_11), LANGINFO(ABMON_12),
    LANGINFO(RADIXCHAR), LANGINFO(THOUSEP), LANGINFO(YESEXPR), LANGINFO(NOEXPR), LANGINFO(CRNCYSTR),
    LANGINFO(ERA), LANGINFO(ERA_D_T_FMT), LANGINFO(ERA_D_FMT), LANGINFO(ERA_T_FMT), LANGINFO(ALT_DIGITS),
};

/* nl_langinfo(key) */
static AwValue l_nl_langinfo(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t key;
    if (args_no_kwargs(vm, "nl_langinfo", kwnames) != AW_OK || args_count(vm, "nl_langinfo", argc, 1, 1) != AW_OK ||
        args_int(vm, argv[0], &key) != AW_OK)
        return AW_ERR;
    for (size_t i = 0; i < sizeof langinfo_constants / sizeof langinfo_constants[0]; i++) {
        if (langinfo_constants[i].value != key) continue;
        locale_t old, loc = numeric_begin(&old);
        const char *s = nl_langinfo((nl_item)key);
        char copy[512];
        snprintf(copy, sizeof copy, "%s", s ? s : "");
        numeric_end(loc, old);
        return c_text(vm, copy);
    }
    return vm_raise(vm, &aw_exc_ValueError, "unsupported langinfo constant");
}

/* A str as a NUL-terminated wide string (malloc); NULL with an exception raised. */
static wchar_t *to_wide(AwVM *vm, AwValue v, const char *fname, int argno) {
    if (!value_is_str(v)) {
        vm_raise(vm, &aw_exc_TypeError, "%s() argument %d must be str, not %s", fname, argno, ops_type_name(v));
        return NULL;
    }
    AwStr *s = AW_STR(v);
    wchar_t *w = malloc(sizeof(wchar_t) * ((size_t)s->char_len + 1));
    if (!w) { vm_raise_memory(vm); return NULL; }
    int64_t n = 0;
    for (int64_t i = 0; i < s->byte_len;) {
        unsigned char c = (unsigned char)s->data[i];
        uint32_t cp;
        int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        for (int k = 1; k < len; k++) cp = (cp << 6) | ((unsigned char)s->data[i + k] & 0x3F);
        if (cp == 0) {
            free(w);
            vm_raise(vm, &aw_exc_ValueError, "embedded null character");
            return NULL;
        }
        w[n++] = (wchar_t)cp;
        i += len;
    }
    w[n] = 0;
    return w;
}

/* strcoll(os1, os2): compares two strs by the LC_COLLATE rules. */
static AwValue l_strcoll(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "strcoll", kwnames) != AW_OK || args_count(vm, "strcoll", argc, 2, 2) != AW_OK) return AW_ERR;
    wchar_t *a = to_wide(vm, argv[0], "strcoll", 1);
    wchar_t *b = a ? to_wide(vm, argv[1], "strcoll", 2) : NULL;
    if (!b) { free(a); return AW_ERR; }
    int r = wcscoll(a, b);
    free(a);
    free(b);
    /* glibc's vectorised wcscmp (the C locale's wcscoll) may return any negative or positive
       number depending on buffer alignment; CPython's gives -1/1 there */
    return value_from_small((r > 0) - (r < 0));
}

/* strxfrm(string): a key whose plain comparison follows strcoll. */
static AwValue l_strxfrm(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "strxfrm", kwnames) != AW_OK || args_count(vm, "strxfrm", argc, 1, 1) != AW_OK) return AW_ERR;
    wchar_t *s = to_wide(vm, argv[0], "strxfrm", 1);
    if (!s) return AW_ERR;
    size_t n = wcsxfrm(NULL, s, 0) + 1;
    wchar_t *out = malloc(sizeof(wchar_t) * n);
    if (!out) { free(s); return vm_raise_memory(vm); }
    wcsxfrm(out, s, n);
    free(s);
    AwBuf b;
    buf_init(&b, vm);
    AwStatus st = AW_OK;
    for (size_t i = 0; out[i] && st == AW_OK; i++) {
        char utf8[4];
        uint32_t cp = (uint32_t)out[i];
        int len = str_encode_utf8(cp <= 0x10FFFF ? cp : 0xFFFD, utf8);
        st = buf_append(&b, utf8, (size_t)len);
    }
    free(out);
    if (st != AW_OK) { buf_free(&b); return AW_ERR; }
    AwStr *r = buf_to_str(&b);
    return r ? str_value(r) : AW_ERR;
}

/* getencoding(): the encoding of the LC_CTYPE locale (at import the C locale became C.UTF-8). */
static AwValue l_getencoding(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "getencoding", kwnames) != AW_OK || args_count(vm, "getencoding", argc, 0, 0) != AW_OK)
        return AW_ERR;
    const char *codeset = nl_langinfo(CODESET);
    if (!codeset || !*codeset) codeset = "UTF-8";
    return c_text(vm, codeset);
}

static const AwMethodDef locale_functions[] = {
    {"setlocale", l_setlocale, AW_METH_DEFAULT},
    {"localeconv", l_localeconv, AW_METH_DEFAULT},
    {"nl_langinfo", l_nl_langinfo, AW_METH_DEFAULT},
    {"strcoll", l_strcoll, AW_METH_DEFAULT},
    {"strxfrm", l_strxfrm, AW_METH_DEFAULT},
    {"getencoding", l_getencoding, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwModule *locale_module_init(AwVM *vm) {
    /* CPython's startup: LC_CTYPE from the environment, the C locale coerced to C.UTF-8 */
    const char *ctype = setlocale(LC_CTYPE, "");
    const char *lc_all = getenv("LC_ALL");
    bool coerce = !lc_all || !*lc_all;   /* PEP 538: LC_ALL set in the environment wins */
    if (coerce && (!ctype || strcmp(ctype, "C") == 0 || strcmp(ctype, "POSIX") == 0)) setlocale(LC_CTYPE, "C.UTF-8");
    AwModule *mod = module_new(vm, "_locale");
    if (!mod || module_add_functions(vm, mod, locale_functions)) return NULL;
    const struct { const char *name; int value; } categories[] = {
        {"LC_CTYPE", LC_CTYPE}, {"LC_COLLATE", LC_COLLATE}, {"LC_TIME", LC_TIME}, {"LC_MONETARY", LC_MONETARY},
        {"LC_NUMERIC", LC_NUMERIC}, {"LC_ALL", LC_ALL}, {"LC_MESSAGES", LC_MESSAGES}, {"CHAR_MAX", CHAR_MAX},
    };
    for (size_t i = 0; i < sizeof categories / sizeof categories[0]; i++)
        if (module_add_value(vm, mod, categories[i].name, value_from_small(categories[i].value))) return NULL;
    for (size_t i = 0; i < sizeof langinfo_constants / sizeof langinfo_constants[0]; i++)
        if (module_add_value(vm, mod, langinfo_constants[i].name, value_from_small(langinfo_constants[i].value))) return NULL;
    AwType *error = class_new_simple(vm, "locale", "Error", &aw_exc_Exception);
    if (!error || module_add_value(vm, mod, "Error", value_from_ptr(error))) return NULL;
    vm->module_roots[ROOT_LOCALE_ERROR] = value_from_ptr(error);
    return mod;
}
