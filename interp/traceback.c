/* traceback.c — printing exceptions the way CPython 3.11's default excepthook does.
 *
 * Owns the source cache: text registered for "<string>", "<stdin>" and REPL cells, and files
 * read from disk the first time a traceback needs one of their lines (a file that cannot be
 * read is remembered as missing, so it is tried once). Entries live until traceback_fini.
 *
 * Output follows CPython's pythonrun.c / traceback.c: the chain of causes and contexts is
 * printed oldest first; within a traceback, more than three consecutive entries for the same
 * (file, line, name) collapse into "[Previous line repeated N more times]"; only the last 1000
 * entries are shown (sys.tracebacklimit's default); an AttributeError or NameError carrying
 * .name gets CPython's ". Did you mean: 'x'?" (suggestions.c's edit distance over dir(.obj), or
 * the innermost code's locals, its module's globals and the builtins). SyntaxError prints
 * its file, line, text and carets. Under a source line go CPython 3.11's "~~~^^^" markers for
 * the failing instruction's range (AwPos), with the operator of a binary operation or the
 * brackets of a subscript picked out by re-parsing the range, as CPython's traceback.c does.
 */
#include "interp/traceback.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "interp/ast.h"
#include "interp/code.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/file.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/parser.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

/* CPython's TB_RECURSIVE_CUTOFF and the default sys.tracebacklimit. */
#define REPEAT_CUTOFF 3
#define TRACEBACK_LIMIT 1000

/* Entries a report shows, from sys.tracebacklimit (TRACEBACK_LIMIT without it); 0 shows neither
 * entries nor the "Traceback" line. Set by traceback_print / traceback_print_unchained. */
static long entries_limit = TRACEBACK_LIMIT;
/* The traceback module's limit keeps the outermost entries, the interpreter's the innermost. */
static bool limit_keeps_first;

static const char CAUSE_MESSAGE[] =
    "\nThe above exception was the direct cause of the following exception:\n\n";
static const char CONTEXT_MESSAGE[] =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

/* One source text known to the cache. */
typedef struct Source {
    char *filename;        /* the name tracebacks use (code->filename) */
    char *text;            /* the whole text (malloc), NULL when the file could not be read */
    size_t len;            /* bytes in text */
    size_t *line_starts;   /* offset of each line's first byte (malloc), built on first use */
    size_t nlines;         /* entries in line_starts */
    struct Source *next;   /* next entry in the cache */
} Source;

/* The cache is process-wide: aw runs one VM per process (vm.h). */
static Source *sources;

static void source_free(Source *src) {
    free(src->filename);
    free(src->text);
    free(src->line_starts);
    free(src);
}

static Source *source_find(const char *filename) {
    for (Source *src = sources; src; src = src->next)
        if (strcmp(src->filename, filename) == 0) return src;
    return NULL;
}

/* Adds an entry owning `text` (may be NULL: known missing). NULL if out of memory. */
static Source *source_add(const char *filename, char *text, size_t len) {
    Source *src = calloc(1, sizeof *src);
    if (!src || !(src->filename = strdup(filename))) {
        free(src);
        free(text);
        return NULL;
    }
    src->text = text;
    src->len = len;
    src->next = sources;
    sources = src;
    return src;
}

/* Reads a regular file whole; NULL if it cannot be read. */
static char *read_whole_file(const char *path, size_t *len_out) {
    struct stat st;
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    if (fstat(fileno(fp), &st) != 0 || !S_ISREG(st.st_mode)) {
        fclose(fp);
        return NULL;
    }
    size_t cap = (size_t)st.st_size + 1, len = 0;
    char *text = malloc(cap);
    while (text) {
        len += fread(text + len, 1, cap - len, fp);
        if (len < cap || feof(fp) || ferror(fp)) break;
        char *bigger = realloc(text, cap * 2);   /* the file grew since fstat */
        if (!bigger) { free(text); text = NULL; break; }
        text = bigger;
        cap *= 2;
    }
    fclose(fp);
    *len_out = len;
    return text;
}

/* The cached source for filename, reading the file on first use. NULL if unavailable. */
static Source *source_get(const char *filename) {
    Source *src = source_find(filename);
    if (!src) {
        size_t len = 0;
        char *text = read_whole_file(filename, &len);
        src = source_add(filename, text, len);
    }
    return src && src->text ? src : NULL;
}

static bool source_index_lines(Source *src) {
    size_t count = 1;
    for (size_t i = 0; i < src->len; i++)
        if (src->text[i] == '\n') count++;
    src->line_starts = malloc(count * sizeof *src->line_starts);
    if (!src->line_starts) return false;
    src->nlines = 0;
    src->line_starts[src->nlines++] = 0;
    for (size_t i = 0; i < src->len; i++)
        if (src->text[i] == '\n' && i + 1 < src->len) src->line_starts[src->nlines++] = i + 1;
    return true;
}

/* Line `lineno` (1-based) without its line ending; false past the end of the text. */
static bool source_line(Source *src, int lineno, const char **text, size_t *len) {
    if (!src->line_starts && !source_index_lines(src)) return false;
    if (lineno < 1 || (size_t)lineno > src->nlines || src->len == 0) return false;
    size_t start = src->line_starts[lineno - 1], end = start;
    if (lineno == 1 && src->len >= 3 && memcmp(src->text, "\xEF\xBB\xBF", 3) == 0) start = 3;
    while (end < src->len && src->text[end] != '\n') end++;
    if (end > start && src->text[end - 1] == '\r') end--;
    *text = src->text + start;
    *len = end - start;
    return true;
}

void traceback_register_source(AwVM *vm, const char *filename, const char *src, size_t len) {
    (void)vm;
    Source *old = source_find(filename);
    char *copy = malloc(len + 1);
    if (!copy) return;   /* tracebacks then just lack the source line */
    memcpy(copy, src, len);
    copy[len] = '\0';
    if (old) {
        free(old->text);
        free(old->line_starts);
        old->text = copy;
        old->len = len;
        old->line_starts = NULL;
        return;
    }
    source_add(filename, copy, len);
}

void traceback_fini(AwVM *vm) {
    (void)vm;
    while (sources) {
        Source *next = sources->next;
        source_free(sources);
        sources = next;
    }
}

/* ---- writing ---- */

static void write_str(FILE *out, AwStr *s) { fwrite(s->data, 1, (size_t)s->byte_len, out); }

/* Source lines are shown with their indentation removed, as CPython does. */
static bool is_indent_char(char c) { return c == ' ' || c == '\t' || c == '\f'; }

/* ---- CPython 3.11's position markers ("~~~~^^^~~~") under a source line ---- */

static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r'; }

/* Code points in text[0..bytes). */
static long char_count(const char *text, long bytes) {
    long n = 0;
    for (long i = 0; i < bytes; i++) n += ((unsigned char)text[i] & 0xC0) != 0x80;
    return n;
}

/* Byte offset of code point number chars in text[0..len). */
static long byte_offset_of(const char *text, long len, long chars) {
    long i = 0;
    for (; i < len && chars > 0; chars--) {
        i++;
        while (i < len && ((unsigned char)text[i] & 0xC0) == 0x80) i++;
    }
    return i;
}

/* The anchors of a binary operation or a subscript inside seg (byte offsets in the segment):
 * CPython re-parses the failing expression's text to put the "^" under the operator or the
 * brackets. False when seg is not one such expression. */
static bool caret_anchors(const char *seg, long len, long *left, long *right) {
    AwArena arena;
    arena_init(&arena);
    AwSyntaxError err;
    AwNode *mod = parser_parse(&arena, seg, (size_t)len, AW_PARSE_FILE, &err);
    bool found = false;
    if (mod && mod->u.module.body.count == 1 && mod->u.module.body.items[0]->kind == NODE_EXPR) {
        AwNode *e = mod->u.module.body.items[0]->u.expr.value;
        if (e->kind == NODE_BIN_OP && e->u.bin_op.left->end_line == 1 && e->u.bin_op.right->line == 1) {
            long i = e->u.bin_op.left->end_col, stop = e->u.bin_op.right->col;
            while (i < stop && is_blank(seg[i])) i++;
            if (i < stop) {
                *left = i;
                *right = i + 1 + (i + 1 < stop && !is_blank(seg[i + 1]));
                found = true;
            }
        } else if (e->kind == NODE_SUBSCRIPT && e->u.subscript.value->end_line == 1 && e->u.subscript.slice->end_line == 1) {
            *left = e->u.subscript.value->end_col;
            *right = e->u.subscript.slice->end_col + 1;
            found = *right <= len;
        }
    }
    arena_free(&arena);
    return found;
}

/* The marker line under `text` (the whole source line) for an instruction at pos, as CPython's
 * traceback.c prints it: nothing when the range covers the whole line. */
static void print_carets(FILE *out, const char *text, size_t size, AwPos pos, int line) {
    long len = (long)size;
    if (pos.line != line || len == 0 || (pos.end_line == pos.line && pos.end_col <= pos.col)) return;
    long indent = 0;
    while (indent < len && is_blank(text[indent])) indent++;
    long start = char_count(text, pos.col < len ? pos.col : len);
    long end = pos.end_line > pos.line ? char_count(text, len) : char_count(text, pos.end_col < len ? pos.end_col : len);
    long left = -1, right = -1;
    if (pos.end_line == pos.line) {
        long sb = byte_offset_of(text, len, start), eb = byte_offset_of(text, len, end);
        long l, r;
        if (eb > sb && caret_anchors(text + sb, eb - sb, &l, &r)) {
            left = start + char_count(text + sb, l);
            right = start + char_count(text + sb, r);
        }
    }
    bool anchors = left != -1 || right != -1;
    if (end - start == char_count(text, len) - indent && !anchors) return;
    fputs("    ", out);
    for (long p = indent + 1; p <= end; p++)
        fputc(p <= start ? ' ' : anchors && left < p && p <= right ? '^' : anchors ? '~' : '^', out);
    fputc('\n', out);
}

/* "    <line>" under a traceback entry, then CPython 3.11's marker line for pos. */
static void print_source_line(FILE *out, const char *text, size_t len, AwPos pos, int line) {
    const char *orig = text;
    size_t orig_len = len;
    while (len > 0 && is_indent_char(*text)) { text++; len--; }
    fputs("    ", out);
    fwrite(text, 1, len, out);
    fputc('\n', out);
    print_carets(out, orig, orig_len, pos, line);
}

bool traceback_source_text(const char *filename, int line, const char **text, size_t *len) {
    Source *src = source_get(filename);
    return src && source_line(src, line, text, len);
}

void traceback_print_line(AwVM *vm, FILE *out, const char *filename, int line) {
    Source *src = source_get(filename);
    const char *text;
    size_t len;
    if (!src || !source_line(src, line, &text, &len)) return;
    while (len > 0 && is_indent_char(*text)) { text++; len--; }
    fputs("  ", out);
    fwrite(text, 1, len, out);
    fputc('\n', out);
}

static AwPos entry_position(AwTraceback *tb, int line) {
    AwCode *code = tb->code;
    if (code->positions && tb->ip >= 0 && tb->ip < code->ncode) return code->positions[tb->ip];
    AwPos none = { line, line, 0, 0 };
    return none;
}

static int entry_line(AwTraceback *tb) {
    return tb->line > 0 || !tb->code ? tb->line : code_line_at(tb->code, tb->ip);
}

static void print_entry(FILE *out, AwTraceback *tb) {
    AwCode *code = tb->code;
    if (!code) return;   /* an entry for a native frame: nothing to show */
    int line = entry_line(tb);
    fputs("  File \"", out);
    write_str(out, code->filename);
    fprintf(out, "\", line %d, in ", line);
    write_str(out, code->name);
    fputc('\n', out);
    Source *src = source_get(code->filename->data);
    const char *text;
    size_t len;
    if (src && source_line(src, line, &text, &len)) print_source_line(out, text, len, entry_position(tb, line), line);
}

static bool same_frame_site(AwTraceback *a, AwTraceback *b) {
    if (!a || !a->code || !b->code) return a == b;
    return str_equal(a->code->filename, b->code->filename) && entry_line(a) == entry_line(b)
        && str_equal(a->code->name, b->code->name);
}

static void print_repeated(FILE *out, long count) {
    count -= REPEAT_CUTOFF;
    fprintf(out, "  [Previous line repeated %ld more time%s]\n", count, count > 1 ? "s" : "");
}

/* The entries of one traceback, innermost last, with CPython's limit and repeat folding. */
static void print_entries(FILE *out, AwTraceback *tb) {
    long depth = 0, count = 0;
    for (AwTraceback *t = tb; t; t = t->next) depth++;
    if (!limit_keeps_first)
        for (; tb && depth > entries_limit; depth--) tb = tb->next;
    AwTraceback *last = NULL;
    for (long shown = 0; tb && shown < entries_limit; tb = tb->next, shown++) {
        if (!same_frame_site(last, tb)) {
            if (count > REPEAT_CUTOFF) print_repeated(out, count);
            last = tb;
            count = 0;
        }
        if (++count <= REPEAT_CUTOFF) print_entry(out, tb);
    }
    if (count > REPEAT_CUTOFF) print_repeated(out, count);
}

/* sys.tracebacklimit as CPython reads it: an int (a huge one is no limit, one below 1 shows no
 * entries); anything else, or none, means the default. */
static long sys_tracebacklimit(AwVM *vm) {
    AwValue v = vm->sys ? module_get(vm->sys, "tracebacklimit") : AW_EMPTY;
    if (v == AW_TRUE || v == AW_FALSE) return v == AW_TRUE;
    if (v == AW_EMPTY || !value_is_instance(v, &aw_type_int)) return TRACEBACK_LIMIT;
    if (value_is_int(v)) {
        int64_t n = value_as_small(v);
        return n <= 0 ? 0 : n > LONG_MAX ? LONG_MAX : (long)n;
    }
    return int_sign(v) > 0 ? LONG_MAX : 0;
}

/* ---- exception attributes ---- */

/* exc.<name>, or AW_EMPTY when missing or failing (the error is dropped). */
static AwValue get_attr(AwVM *vm, AwValue obj, AwStr *name) {
    AwValue v = ops_getattr_opt(vm, obj, name);
    if (v == AW_ERR) {
        vm_exc_clear(vm);
        return AW_EMPTY;
    }
    return v;
}

/* An int attribute; false when missing or not an int that fits. */
static bool get_int_attr(AwVM *vm, AwValue obj, AwStr *name, int64_t *out) {
    AwValue v = get_attr(vm, obj, name);
    if (v == AW_EMPTY || !int_check(v)) return false;
    if (int_to_i64(vm, v, out) != AW_OK) {
        vm_exc_clear(vm);
        return false;
    }
    return true;
}

/* "module.Qualname" as CPython prints it: builtins and __main__ stay unqualified. A static
 * type named with dots ("json.decoder.JSONDecodeError", CPython's tp_name convention) prints
 * its full name. */
static void print_type_name(FILE *out, AwType *type) {
    AwStr *module = type->module;
    if (module && !str_equal_cstr(module, "builtins") && !str_equal_cstr(module, "__main__")) {
        write_str(out, module);
        fputc('.', out);
    }
    if (type->flags & AW_TYPE_HEAP) {
        AwStr *qualname = type->qualname ? type->qualname : type->name_str;
        if (qualname) { write_str(out, qualname); return; }
    }
    fputs(type->name ? type->name : type_name(type), out);
}

/* ": str(value)", nothing when it is empty. */
static void print_message(AwVM *vm, FILE *out, AwValue value) {
    AwValue s = ops_str(vm, value);
    if (s == AW_ERR) {
        vm_exc_clear(vm);
        fputs(": <exception str() failed>", out);
        return;
    }
    if (value_is_str(s) && AW_STR(s)->byte_len > 0) {
        fputs(": ", out);
        write_str(out, AW_STR(s));
    }
}

/* CPython 3.11 prints each of exc.__notes__ on its own line after the message. */
static void print_notes(AwVM *vm, FILE *out, AwValue exc) {
    AwStr *name = str_intern_cstr(vm, "__notes__");
    if (!name) { vm_exc_clear(vm); return; }
    AwValue notes = get_attr(vm, exc, name);
    if (notes == AW_EMPTY) return;
    if (!value_is_list(notes) && !value_is_tuple(notes)) {
        AwValue r = ops_repr(vm, notes);
        if (r == AW_ERR) { vm_exc_clear(vm); fputs("<__notes__ repr() failed>", out); }
        else write_str(out, AW_STR(r));
        fputc('\n', out);
        return;
    }
    for (int64_t i = 0;; i++) {
        int64_t n = value_is_list(notes) ? AW_LIST(notes)->len : AW_TUPLE(notes)->len;
        if (i >= n) break;   /* re-read: a note's __str__ may change the list */
        AwValue note = value_is_list(notes) ? AW_LIST(notes)->items[i] : AW_TUPLE(notes)->items[i];
        AwValue s = value_is_str(note) ? note : ops_str(vm, note);
        if (s == AW_ERR) { vm_exc_clear(vm); fputs("<note str() failed>", out); }
        else write_str(out, AW_STR(s));
        fputc('\n', out);
    }
}

/* ---- "Did you mean" (CPython 3.11's Python/suggestions.c) ---- */

#define SUGGEST_MAX_CANDIDATES 750   /* larger namespaces are not searched */
#define SUGGEST_MAX_STRING 40        /* longer names never match */
#define SUGGEST_MOVE_COST 2
#define SUGGEST_CASE_COST 1

static size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return SUGGEST_MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    return a == b ? SUGGEST_CASE_COST : SUGGEST_MOVE_COST;
}

/* Levenshtein distance with case flips cheap; anything over max_cost returns max_cost + 1. */
static size_t edit_distance(const char *a, size_t a_size, const char *b, size_t b_size, size_t max_cost) {
    size_t row[SUGGEST_MAX_STRING];
    while (a_size && b_size && a[0] == b[0]) { a++; b++; a_size--; b_size--; }
    while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) { a_size--; b_size--; }
    if (a_size == 0 || b_size == 0) return (a_size + b_size) * SUGGEST_MOVE_COST;
    if (a_size > SUGGEST_MAX_STRING || b_size > SUGGEST_MAX_STRING) return max_cost + 1;
    if (b_size < a_size) {   /* the row follows the shorter string */
        const char *t = a; a = b; b = t;
        size_t n = a_size; a_size = b_size; b_size = n;
    }
    if ((b_size - a_size) * SUGGEST_MOVE_COST > max_cost) return max_cost + 1;
    for (size_t i = 0; i < a_size; i++) row[i] = (i + 1) * SUGGEST_MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < b_size; bi++) {
        size_t distance = result = bi * SUGGEST_MOVE_COST, minimum = SIZE_MAX;
        for (size_t ai = 0; ai < a_size; ai++) {
            size_t substitute = distance + substitution_cost(b[bi], a[ai]);
            distance = row[ai];
            size_t insert_delete = (result < distance ? result : distance) + SUGGEST_MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[ai] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* The closest candidate to name, keeping the earliest on ties (CPython's order). */
typedef struct {
    AwStr *name;          /* the misspelt name */
    AwStr *best;          /* best candidate so far, or NULL */
    size_t best_distance; /* its distance */
} Suggestion;

static void suggest_consider(Suggestion *sg, AwValue candidate) {
    if (!value_is_str(candidate)) return;
    AwStr *item = AW_STR(candidate);
    if (str_equal(item, sg->name)) return;
    size_t name_size = (size_t)sg->name->byte_len, item_size = (size_t)item->byte_len;
    size_t max_distance = (name_size + item_size + 3) * SUGGEST_MOVE_COST / 6;
    if (sg->best && sg->best_distance > 0 && sg->best_distance - 1 < max_distance)
        max_distance = sg->best_distance - 1;
    size_t distance = edit_distance(sg->name->data, name_size, item->data, item_size, max_distance);
    if (distance > max_distance) return;
    if (!sg->best || distance < sg->best_distance) {
        sg->best = item;
        sg->best_distance = distance;
    }
}

static AwStr *suggest_from_values(AwStr *name, const AwValue *items, int64_t n) {
    Suggestion sg = { name, NULL, 0 };
    if (n >= SUGGEST_MAX_CANDIDATES) return NULL;
    for (int64_t i = 0; i < n; i++) suggest_consider(&sg, items[i]);
    return sg.best;
}

static AwStr *suggest_from_dict(AwStr *name, AwDict *d) {
    Suggestion sg = { name, NULL, 0 };
    if (!d || d->used >= SUGGEST_MAX_CANDIDATES) return NULL;
    int64_t pos = 0;
    AwValue key, value;
    while (dict_next(d, &pos, &key, &value)) suggest_consider(&sg, key);
    return sg.best;
}

/* AttributeError: the closest name in dir(exc.obj). */
static AwStr *suggest_attribute(AwVM *vm, AwValue exc, AwStr *name) {
    AwStr *obj_key = str_intern_cstr(vm, "obj");
    AwValue obj = obj_key ? get_attr(vm, exc, obj_key) : AW_EMPTY;
    AwValue dir = dict_get_str(vm->builtins->dict, str_intern_cstr(vm, "dir"));
    if (obj == AW_EMPTY || dir == AW_EMPTY) return NULL;
    AwValue names = vm_call(vm, dir, 1, &obj, NULL);
    if (names == AW_ERR || !value_is_list(names)) return NULL;
    return suggest_from_values(name, AW_LIST(names)->items, AW_LIST(names)->len);
}

/* The namespace a code object runs in: the module whose __file__ is its file, else __main__.
 * (Traceback entries keep code, not frames, so this stands for the frame's globals.) */
static AwDict *globals_of(AwVM *vm, AwCode *code) {
    int64_t pos = 0;
    AwValue key, mod;
    while (code && vm->modules && dict_next(vm->modules, &pos, &key, &mod)) {
        if (!value_is_type(mod, &aw_type_module) || !AW_MODULE(mod)->dict) continue;
        AwValue file = dict_get_str(AW_MODULE(mod)->dict, AW_NAME(vm, __file__));
        if (value_is_str(file) && str_equal(AW_STR(file), code->filename)) return AW_MODULE(mod)->dict;
    }
    return vm->main_module->dict;
}

/* NameError: the innermost frame's local names, then its globals, then the builtins. */
static AwStr *suggest_name(AwVM *vm, AwValue exc, AwStr *name) {
    AwTraceback *tb = exception_traceback(exc);
    if (!tb) return NULL;
    while (tb->next) tb = tb->next;
    AwStr *found = NULL;
    if (tb->code && tb->code->varnames)
        found = suggest_from_values(name, tb->code->varnames->items, tb->code->varnames->len);
    if (!found) found = suggest_from_dict(name, globals_of(vm, tb->code));
    if (!found) found = suggest_from_dict(name, vm->builtins->dict);
    return found;
}

/* Set while printing as CPython 3.11's traceback module does, which (unlike the interpreter's
 * own report) offers no "Did you mean". */
static bool plain_report;

/* ". Did you mean: 'x'?" after the message of an AttributeError or NameError. */
static void print_suggestion(AwVM *vm, FILE *out, AwValue exc) {
    if (plain_report) return;
    bool is_attr = value_is_instance(exc, &aw_exc_AttributeError);
    if (!is_attr && !value_is_instance(exc, &aw_exc_NameError)) return;
    AwStr *name_key = str_intern_cstr(vm, "name");
    AwValue name = name_key ? get_attr(vm, exc, name_key) : AW_EMPTY;
    AwStr *found = NULL;
    if (value_is_str(name))
        found = is_attr ? suggest_attribute(vm, exc, AW_STR(name)) : suggest_name(vm, exc, AW_STR(name));
    vm_exc_clear(vm);
    if (!found) return;
    fputs(". Did you mean: '", out);
    write_str(out, found);
    fputs("'?", out);
}

/* ---- SyntaxError ---- */

/* The fields CPython's parse_syntax_error reads. */
typedef struct {
    AwValue msg;          /* .msg: replaces the exception in the final line */
    AwValue filename;     /* .filename (None prints as "<string>") */
    int64_t lineno;       /* .lineno */
    int64_t offset;       /* .offset, 1-based; -1 when None */
    int64_t end_lineno;   /* .end_lineno (exact SyntaxError only) */
    int64_t end_offset;   /* .end_offset, -1 when unknown */
    AwValue text;         /* .text or AW_EMPTY */
} SyntaxInfo;

static bool read_syntax_info(AwVM *vm, AwValue exc, SyntaxInfo *si) {
    si->msg = get_attr(vm, exc, AW_NAME(vm, msg));
    si->filename = get_attr(vm, exc, AW_NAME(vm, filename));
    if (si->msg == AW_EMPTY || si->filename == AW_EMPTY) return false;
    if (!get_int_attr(vm, exc, AW_NAME(vm, lineno), &si->lineno)) return false;
    AwValue offset = get_attr(vm, exc, AW_NAME(vm, offset));
    if (offset == AW_EMPTY) return false;
    si->offset = -1;
    if (offset != AW_NONE && !get_int_attr(vm, exc, AW_NAME(vm, offset), &si->offset)) return false;
    si->end_lineno = si->lineno;
    si->end_offset = -1;
    if (type_of(exc) == &aw_exc_SyntaxError) {   /* subclasses ignore the end, as CPython */
        if (!get_int_attr(vm, exc, AW_NAME(vm, end_lineno), &si->end_lineno)) si->end_lineno = si->lineno;
        if (!get_int_attr(vm, exc, AW_NAME(vm, end_offset), &si->end_offset)) si->end_offset = -1;
    }
    si->text = get_attr(vm, exc, AW_NAME(vm, text));
    if (si->text == AW_NONE || (si->text != AW_EMPTY && !value_is_str(si->text))) si->text = AW_EMPTY;
    return true;
}

/* CPython's print_error_text: the line without its indentation, then the carets. */
static void print_error_text(FILE *out, int64_t offset, int64_t end_offset, AwStr *text_str) {
    int64_t carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    const char *text = text_str->data;
    offset--;   /* to 0-based */
    while (is_indent_char(*text)) { text++; offset--; }
    int64_t len = (int64_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n') len--;
    if (offset > len) offset = len;
    for (;;) {   /* skip past newlines embedded in the text */
        const char *nl = strchr(text, '\n');
        if (!nl || nl - text >= offset) break;
        int64_t skip = nl - text + 1;
        text += skip;
        len -= skip;
        offset -= skip;
    }
    fputs("    ", out);
    fputs(text, out);
    if (text[len] != '\n') fputc('\n', out);
    if (offset < 0) return;   /* the caret would point left of the text */
    fputs("    ", out);
    while (--offset >= 0) fputc(' ', out);
    while (carets-- > 0) fputc('^', out);
    fputc('\n', out);
}

/* SyntaxError offsets count code points (1-based); the caret is placed by bytes of the UTF-8
 * text, so convert, as CPython 3.11 does. Offsets past the end keep their overshoot. */
static int64_t byte_offset(AwStr *text, int64_t offset) {
    if (offset <= 1 || str_is_ascii(text)) return offset;
    int64_t index = offset - 1, extra = 0;
    if (index > text->char_len) {
        extra = index - text->char_len;
        index = text->char_len;
    }
    return str_byte_offset(text, index) + extra + 1;
}

/* Prints the "File ..., line N" block; returns the value whose str() ends the report. */
static AwValue print_syntax_location(AwVM *vm, FILE *out, AwValue exc) {
    SyntaxInfo si;
    if (!read_syntax_info(vm, exc, &si)) return exc;
    fputs("  File \"", out);
    if (si.filename == AW_NONE) fputs("<string>", out);
    else {
        AwValue name = ops_str(vm, si.filename);
        if (name == AW_ERR) vm_exc_clear(vm);
        else write_str(out, AW_STR(name));
    }
    fprintf(out, "\", line %lld\n", (long long)si.lineno);
    if (si.text != AW_EMPTY) {
        AwStr *text = AW_STR(si.text);
        int64_t size = text->byte_len, end_offset = byte_offset(text, si.end_offset);
        if (si.end_lineno > si.lineno) end_offset = size;   /* highlight to the end of line */
        if (end_offset > size + 1) end_offset = size + 1;
        print_error_text(out, byte_offset(text, si.offset), end_offset, text);
    }
    return si.msg;
}

static bool is_syntax_error(AwVM *vm, AwValue exc) {
    if (value_is_instance(exc, &aw_exc_SyntaxError)) return true;
    return get_attr(vm, exc, AW_NAME(vm, print_file_and_line)) != AW_EMPTY;
}

/* ---- one exception, then the chain, then the members of a group ---- */

/* CPython's TracebackException defaults. */
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

/* State of one print: how deep inside exception groups we are (each level indents two spaces
 * and draws a "| " margin), whether the innermost group's box still needs its closing line,
 * and every exception printed so far (a cause or context already shown is not shown again). */
typedef struct {
    FILE *out;           /* the destination */
    int depth;           /* exception group depth (traceback.py's exception_group_depth) */
    bool need_close;     /* the last member of a group still has to draw the box's bottom */
    AwValue *seen;       /* exceptions already printed or queued (malloc) */
    size_t nseen, cap;   /* entries used / allocated in seen */
} PrintCtx;

static bool ctx_seen(PrintCtx *ctx, AwValue v) {
    for (size_t i = 0; i < ctx->nseen; i++)
        if (ctx->seen[i] == v) return true;
    return false;
}

/* Remembers v; false when out of memory (the chain is then cut short, never overrun). */
static bool ctx_add(PrintCtx *ctx, AwValue v) {
    if (ctx->nseen == ctx->cap) {
        size_t cap = ctx->cap ? ctx->cap * 2 : 16;
        AwValue *s = realloc(ctx->seen, cap * sizeof *s);
        if (!s) return false;
        ctx->seen = s;
        ctx->cap = cap;
    }
    ctx->seen[ctx->nseen++] = v;
    return true;
}

/* Writes text with every line prefixed by the indent and margin of the current depth
 * (textwrap.indent with a predicate that accepts blank lines, as traceback.py emits). */
static void emit(PrintCtx *ctx, const char *text, size_t len, char margin) {
    while (len > 0) {
        const char *nl = memchr(text, '\n', len);
        size_t n = nl ? (size_t)(nl - text) + 1 : len;
        for (int i = 0; i < 2 * ctx->depth; i++) fputc(' ', ctx->out);
        if (ctx->depth) { fputc(margin, ctx->out); fputc(' ', ctx->out); }
        fwrite(text, 1, n, ctx->out);
        text += n;
        len -= n;
    }
}

static void emit_cstr(PrintCtx *ctx, const char *text) { emit(ctx, text, strlen(text), '|'); }

/* Runs print(vm, mem, exc) into a memory stream and emits the result; at depth 0 straight
 * to the output. */
static void emit_rendered(AwVM *vm, PrintCtx *ctx, AwValue exc, void (*print)(AwVM *, FILE *, AwValue)) {
    if (ctx->depth == 0) { print(vm, ctx->out, exc); return; }
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem) { print(vm, ctx->out, exc); return; }
    print(vm, mem, exc);
    fclose(mem);
    emit(ctx, text, len, '|');
    free(text);
}

static void print_stack(AwVM *vm, FILE *out, AwValue exc) { print_entries(out, exception_traceback(exc)); }

/* format_exception_only: the last line(s) of a report, with the notes. */
static void print_exception_only(AwVM *vm, FILE *out, AwValue exc) {
    if (!value_is_instance(exc, &aw_exc_BaseException)) {
        fprintf(out, "TypeError: print_exception(): Exception expected for value, %s found\n",
                ops_type_name(exc));
        return;
    }
    AwValue shown = is_syntax_error(vm, exc) ? print_syntax_location(vm, out, exc) : exc;
    print_type_name(out, type_of(exc));
    if (shown != AW_NONE) print_message(vm, out, shown);
    print_suggestion(vm, out, exc);
    fputc('\n', out);
    print_notes(vm, out, exc);
}

/* The members of an exception group (its .exceptions tuple), or NULL. */
static AwTuple *group_members(AwVM *vm, AwValue exc) {
    if (!value_is_instance(exc, &aw_exc_BaseExceptionGroup)) return NULL;
    AwValue m = get_attr(vm, exc, AW_NAME(vm, exceptions));
    return m != AW_EMPTY && value_is_tuple(m) ? AW_TUPLE(m) : NULL;
}

static void print_recursive(AwVM *vm, PrintCtx *ctx, AwValue exc);

static void print_group(AwVM *vm, PrintCtx *ctx, AwValue exc, AwTuple *members) {
    bool toplevel = ctx->depth == 0;
    if (toplevel) ctx->depth++;
    if (exception_traceback(exc)) {
        static const char header[] = "Exception Group Traceback (most recent call last):\n";
        emit(ctx, header, sizeof header - 1, toplevel ? '+' : '|');
        emit_rendered(vm, ctx, exc, print_stack);
    }
    emit_rendered(vm, ctx, exc, print_exception_only);
    int64_t num = members->len, n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    ctx->need_close = false;
    for (int64_t i = 0; i < n; i++) {
        bool last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
        if (last) ctx->need_close = true;
        for (int k = 0; k < 2 * ctx->depth; k++) fputc(' ', ctx->out);
        fputs(i == 0 ? "+-" : "  ", ctx->out);
        if (truncated) fputs("+---------------- ... ----------------\n", ctx->out);
        else fprintf(ctx->out, "+---------------- %lld ----------------\n", (long long)i + 1);
        ctx->depth++;
        if (!truncated) {
            print_recursive(vm, ctx, members->items[i]);
        } else {
            int64_t remaining = num - MAX_GROUP_WIDTH;
            char line[64];
            snprintf(line, sizeof line, "and %lld more exception%s\n", (long long)remaining, remaining > 1 ? "s" : "");
            emit_cstr(ctx, line);
        }
        if (last && ctx->need_close) {
            for (int k = 0; k < 2 * ctx->depth; k++) fputc(' ', ctx->out);
            fputs("+------------------------------------\n", ctx->out);
            ctx->need_close = false;
        }
        ctx->depth--;
    }
    if (toplevel) ctx->depth = 0;
}

/* The exception printed before exc (its cause, else its unsuppressed context), with the
 * message that links them; AW_EMPTY when none. */
static AwValue chained_before(AwValue exc, const char **message) {
    if (!value_is_instance(exc, &aw_exc_BaseException)) return AW_EMPTY;
    AwException *e = AW_EXC(exc);
    if (value_is_instance(e->cause, &aw_exc_BaseException)) {
        *message = CAUSE_MESSAGE;
        return e->cause;
    }
    if (!e->suppress_context && value_is_instance(e->context, &aw_exc_BaseException)) {
        *message = CONTEXT_MESSAGE;
        return e->context;
    }
    return AW_EMPTY;
}

/* One exception with its chain, oldest first. The chain is collected iteratively (chain[0] =
 * exc), stopping at anything already seen, so no chain length or cycle can overflow the C stack;
 * only group nesting recurses, and that stops at MAX_GROUP_DEPTH. */
static void print_recursive(AwVM *vm, PrintCtx *ctx, AwValue exc) {
    size_t first = ctx->nseen;
    if (!ctx_add(ctx, exc)) return;
    for (;;) {
        const char *message = NULL;
        AwValue prev = chained_before(ctx->seen[ctx->nseen - 1], &message);
        if (prev == AW_EMPTY || ctx_seen(ctx, prev) || !ctx_add(ctx, prev)) break;
    }
    for (size_t i = ctx->nseen; i-- > first;) {
        AwValue e = ctx->seen[i];
        AwTuple *members = group_members(vm, e);
        if (!members) {
            if (exception_traceback(e) && entries_limit > 0) {
                emit_cstr(ctx, "Traceback (most recent call last):\n");
                emit_rendered(vm, ctx, e, print_stack);
            }
            emit_rendered(vm, ctx, e, print_exception_only);
        } else if (ctx->depth > MAX_GROUP_DEPTH) {
            char line[64];
            snprintf(line, sizeof line, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
            emit_cstr(ctx, line);
        } else {
            print_group(vm, ctx, e, members);
        }
        if (i > first) {
            const char *message = NULL;
            chained_before(ctx->seen[i - 1], &message);
            emit_cstr(ctx, message);
        }
    }
}

void traceback_print_unchained(AwVM *vm, AwValue exc, FILE *out) {
    if (!value_is_instance(exc, &aw_exc_BaseException) || group_members(vm, exc)) { traceback_print(vm, exc, out); return; }
    AwValue pending = vm_exc_take(vm);
    size_t roots = 0;
    if (gc_push_root(vm, exc) == AW_OK) roots++;
    if (pending != AW_EMPTY && gc_push_root(vm, pending) == AW_OK) roots++;
    file_flush_std(vm);
    PrintCtx ctx = { .out = out };
    long saved_limit = entries_limit;
    entries_limit = sys_tracebacklimit(vm);
    if (exception_traceback(exc) && entries_limit > 0) {
        emit_cstr(&ctx, "Traceback (most recent call last):\n");
        emit_rendered(vm, &ctx, exc, print_stack);
    }
    emit_rendered(vm, &ctx, exc, print_exception_only);
    entries_limit = saved_limit;
    free(ctx.seen);
    fflush(out);
    gc_pop_roots(vm, roots);
    vm_exc_clear(vm);
    vm->exc = pending;
}

void traceback_print(AwVM *vm, AwValue exc, FILE *out) {
    AwValue pending = vm_exc_take(vm);   /* printing runs __str__: start from a clean state */
    size_t roots = 0;
    if (gc_push_root(vm, exc) == AW_OK) roots++;
    if (pending != AW_EMPTY && gc_push_root(vm, pending) == AW_OK) roots++;
    vm_exc_clear(vm);
    file_flush_std(vm);
    PrintCtx ctx = { .out = out };
    long saved_limit = entries_limit;
    entries_limit = sys_tracebacklimit(vm);
    print_recursive(vm, &ctx, exc);
    if (ctx.nseen == 0) emit_rendered(vm, &ctx, exc, print_exception_only);
    entries_limit = saved_limit;
    free(ctx.seen);
    fflush(out);
    gc_pop_roots(vm, roots);
    vm_exc_clear(vm);
    vm->exc = pending;
}

void traceback_print_plain(AwVM *vm, AwValue exc, FILE *out) {
    bool saved = plain_report, saved_first = limit_keeps_first;
    plain_report = limit_keeps_first = true;
    traceback_print(vm, exc, out);
    plain_report = saved;
    limit_keeps_first = saved_first;
}
