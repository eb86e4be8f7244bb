/* code.c — the code object type. */
#include "interp/code.h"

#include <string.h>

#include "interp/gc.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

AwCode *code_new(AwVM *vm) {
    return (AwCode *)gc_new(vm, &aw_type_code, sizeof(AwCode));
}

int code_line_at(AwCode *code, int ip) {
    if (!code->positions || code->ncode == 0) return code->firstlineno;
    if (ip < 0) ip = 0;
    if (ip >= code->ncode) ip = code->ncode - 1;
    return code->positions[ip].line;
}

static void code_trace(AwGC *gc, AwObject *self) {
    AwCode *c = (AwCode *)self;
    gc_mark_object(gc, (AwObject *)c->consts);
    gc_mark_object(gc, (AwObject *)c->names);
    gc_mark_object(gc, (AwObject *)c->varnames);
    gc_mark_object(gc, (AwObject *)c->name);
    gc_mark_object(gc, (AwObject *)c->qualname);
    gc_mark_object(gc, (AwObject *)c->filename);
}

/* Inline caches are freed by the VM through this hook (vm.c owns their layout). */
void vm_free_caches(AwVM *vm, AwCode *code);

static void code_free(AwVM *vm, AwObject *self) {
    AwCode *c = (AwCode *)self;
    gc_free(vm, c->code, sizeof(uint32_t) * (size_t)c->ncode);
    gc_free(vm, c->positions, sizeof(AwPos) * (size_t)c->ncode);
    gc_free(vm, c->cell_slots, sizeof(int32_t) * (size_t)c->ncells);
    vm_free_caches(vm, c);
}

static AwValue code_repr(AwVM *vm, AwValue self) {
    AwCode *c = AW_CODE(self);
    AwStr *s = str_printf(vm, "<code object %s at %p, file \"%s\", line %d>", c->name ? c->name->data : "?",
                          (void *)c, c->filename ? c->filename->data : "?", (int)c->firstlineno);
    return s ? str_value(s) : AW_ERR;
}

/* ---- co_* attributes (read-only, CPython's meaning) ---- */

static AwValue str_or_none(AwStr *s) { return s ? str_value(s) : AW_NONE; }
static AwValue code_get_name(AwVM *vm, AwValue self) { return str_or_none(AW_CODE(self)->name); }
static AwValue code_get_qualname(AwVM *vm, AwValue self) { return str_or_none(AW_CODE(self)->qualname); }
static AwValue code_get_filename(AwVM *vm, AwValue self) { return str_or_none(AW_CODE(self)->filename); }
static AwValue code_get_firstlineno(AwVM *vm, AwValue self) { return value_from_small(AW_CODE(self)->firstlineno); }
static AwValue code_get_argcount(AwVM *vm, AwValue self) { return value_from_small(AW_CODE(self)->argcount); }
static AwValue code_get_posonlyargcount(AwVM *vm, AwValue self) { return value_from_small(AW_CODE(self)->posonlyargcount); }
static AwValue code_get_kwonlyargcount(AwVM *vm, AwValue self) { return value_from_small(AW_CODE(self)->kwonlyargcount); }

/* co_flags with CPython's bit values (inspect reads CO_VARARGS, CO_GENERATOR, ...). */
static AwValue code_get_flags(AwVM *vm, AwValue self) {
    AwCode *c = AW_CODE(self);
    int64_t f = (c->flags & (AW_CODE_MODULE | AW_CODE_CLASS_BODY)) ? 0 : 0x1 | 0x2; /* OPTIMIZED, NEWLOCALS */
    if (c->flags & AW_CODE_VARARGS) f |= 0x4;
    if (c->flags & AW_CODE_VARKW) f |= 0x8;
    if (c->nfree) f |= 0x10;                                 /* NESTED */
    if (c->flags & AW_CODE_GENERATOR) f |= 0x20;
    if (c->flags & AW_CODE_COROUTINE) f |= 0x80;
    if (c->flags & AW_CODE_ASYNC_GENERATOR) f |= 0x200;
    return value_from_small(f);
}

static bool is_cell_slot(const AwCode *c, int32_t slot) {
    for (int32_t i = 0; i < c->ncells; i++)
        if (c->cell_slots[i] == slot) return true;
    return false;
}

/* co_consts and co_names: aw's own tables (what its bytecode indexes), so their order and
 * contents may differ from CPython's beyond the docstring coming first. */
static AwValue code_get_consts(AwVM *vm, AwValue self) {
    AwCode *c = AW_CODE(self);
    AwTuple *t = c->consts ? c->consts : tuple_empty(vm);
    const uint32_t bodies = AW_CODE_MODULE | AW_CODE_CLASS_BODY | AW_CODE_COMPREHENSION | AW_CODE_HAS_DOCSTRING;
    if (!t || (c->flags & bodies)) return t ? value_from_ptr(t) : AW_ERR;
    /* a function without a docstring has None first (once), as CPython 3.11's */
    int64_t others = 0;
    for (int64_t i = 0; i < t->len; i++) others += t->items[i] != AW_NONE;
    if (gc_push_root(vm, value_from_ptr(t))) return AW_ERR;
    AwTuple *r = tuple_new(vm, others + 1);
    gc_pop_roots(vm, 1);
    if (!r) return AW_ERR;
    r->items[0] = AW_NONE;
    for (int64_t i = 0, n = 1; i < t->len; i++)
        if (t->items[i] != AW_NONE) r->items[n++] = t->items[i];
    return value_from_ptr(r);
}
static AwValue code_get_names(AwVM *vm, AwValue self) {
    AwTuple *t = AW_CODE(self)->names;
    return t ? value_from_ptr(t) : value_from_ptr(tuple_empty(vm));
}

/* co_varnames: parameters and plain locals; CPython lists captured locals (cells that are not
 * parameters) in co_cellvars and free variables in co_freevars instead. */
static AwValue code_get_varnames(AwVM *vm, AwValue self) {
    AwCode *c = AW_CODE(self);
    int32_t nparams = c->argcount + c->kwonlyargcount + !!(c->flags & AW_CODE_VARARGS) + !!(c->flags & AW_CODE_VARKW);
    int32_t nslots = c->varnames ? (int32_t)c->varnames->len - c->nfree : 0;
    int64_t count = 0;
    for (int32_t i = 0; i < nslots; i++) count += i < nparams || !is_cell_slot(c, i);
    AwTuple *t = tuple_new(vm, count);   /* sized exactly: a tuple's length is its allocation */
    if (!t) return AW_ERR;
    int64_t n = 0;
    for (int32_t i = 0; i < nslots; i++)
        if (i < nparams || !is_cell_slot(c, i)) t->items[n++] = c->varnames->items[i];
    return value_from_ptr(t);
}

/* The names of varnames[from..to) (only cell slots if cells), in CPython 3.11's order: the
 * first `keep` in slot order (captured parameters), the rest sorted as its compiler sorts them. */
static AwValue ordered_names(AwVM *vm, const AwCode *c, int32_t from, int32_t to, bool cells, int32_t keep) {
    int64_t count = 0;
    for (int32_t i = from; i < to; i++) count += !cells || is_cell_slot(c, i);
    AwTuple *t = tuple_new(vm, count);
    if (!t) return AW_ERR;
    int64_t n = 0, fixed = 0;
    for (int32_t i = from; i < to; i++) {
        if (cells && !is_cell_slot(c, i)) continue;
        AwStr *name = AW_STR(c->varnames->items[i]);
        int64_t j = n++;   /* insertion sort: a code object has few cells */
        if (i < keep) fixed = n;
        else
            while (j > fixed && strcmp(AW_STR(t->items[j - 1])->data, name->data) > 0) { t->items[j] = t->items[j - 1]; j--; }
        t->items[j] = str_value(name);
    }
    return value_from_ptr(t);
}

static AwValue code_get_cellvars(AwVM *vm, AwValue self) {
    AwCode *c = AW_CODE(self);
    int32_t nparams = c->argcount + c->kwonlyargcount + !!(c->flags & AW_CODE_VARARGS) + !!(c->flags & AW_CODE_VARKW);
    return ordered_names(vm, c, 0, c->varnames ? (int32_t)c->varnames->len - c->nfree : 0, true, nparams);
}

static AwValue code_get_freevars(AwVM *vm, AwValue self) {
    AwCode *c = AW_CODE(self);
    int32_t n = c->varnames ? (int32_t)c->varnames->len : 0;
    return ordered_names(vm, c, n - c->nfree, n, false, 0);
}

void code_freevar_order(const AwCode *code, int32_t *order) {
    const AwValue *names = code->varnames->items + code->varnames->len - code->nfree;
    for (int32_t i = 0; i < code->nfree; i++) order[i] = i;
    for (int32_t i = 1; i < code->nfree; i++)
        for (int32_t j = i; j > 0 && str_cmp(AW_STR(names[order[j - 1]]), AW_STR(names[order[j]])) > 0; j--) {
            int32_t t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
}

static AwValue code_get_nlocals(AwVM *vm, AwValue self) {
    AwValue names = code_get_varnames(vm, self);
    return names == AW_ERR ? AW_ERR : value_from_small(AW_TUPLE(names)->len);
}

static const AwGetSetDef code_getsets[] = {
    {"co_cellvars", code_get_cellvars, NULL},
    {"co_freevars", code_get_freevars, NULL},
    {"co_nlocals", code_get_nlocals, NULL},
    {"co_name", code_get_name, NULL},
    {"co_qualname", code_get_qualname, NULL},
    {"co_filename", code_get_filename, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL},
    {"co_argcount", code_get_argcount, NULL},
    {"co_posonlyargcount", code_get_posonlyargcount, NULL},
    {"co_kwonlyargcount", code_get_kwonlyargcount, NULL},
    {"co_varnames", code_get_varnames, NULL},
    {"co_consts", code_get_consts, NULL},
    {"co_names", code_get_names, NULL},
    {"co_flags", code_get_flags, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_code = {
    .name = "code",
    .getsets = code_getsets,
    .base = &aw_type_object,
    .instance_size = sizeof(AwCode),
    .flags = AW_TYPE_ABSTRACT,
    .repr = code_repr,
    .trace = code_trace,
    .free_ = code_free,
};
