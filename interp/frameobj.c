/* frameobj.c — frame objects as snapshots of activations (see frameobj.h). */
#include "interp/frameobj.h"

#include "interp/code.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/function.h"
#include "interp/gc.h"
#include "interp/generator.h"
#include "interp/module.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/types.h"
#include "interp/vm.h"

AwStatus frameobj_save_values(AwVM *vm, AwFrame *f, AwTuple **out) {
    AwCode *co = f->code;
    *out = NULL;
    if (f->locals || co->nlocals == 0) return AW_OK;
    AwTuple *values = tuple_new(vm, co->nlocals);
    if (!values) return AW_ERROR;
    for (int32_t i = 0; i < co->nlocals; i++) values->items[i] = f->slots[i];
    *out = values;
    return AW_OK;
}

AwFrameObject *frameobj_new(AwVM *vm, AwCode *code, AwDict *globals, AwDict *namespace_, AwTuple *values, int ip) {
    AwFrameObject *fo = (AwFrameObject *)gc_new(vm, &aw_type_frame, sizeof(AwFrameObject));
    if (!fo) return NULL;
    fo->code = code;
    fo->globals = globals;
    fo->namespace_ = namespace_;
    fo->values = values;
    fo->lasti = ip < 0 ? 0 : ip;
    fo->line = code_line_at(code, fo->lasti);
    return fo;
}

AwFrameObject *frameobj_snapshot(AwVM *vm, AwFrame *f, int ip) {
    AwTuple *values;
    if (frameobj_save_values(vm, f, &values) != AW_OK) return NULL;
    return frameobj_new(vm, f->code, f->globals, f->locals, values, ip);
}

/* The activation's current instruction: frames below the top saved theirs at the call. */
static int current_ip(AwFrame *f) { return (int)(f->ip - f->code->code) - 1; }

AwFrameObject *frameobj_current(AwVM *vm, int64_t depth) {
    AwFrameObject *top = NULL, *last = NULL;
    bool rooted = false;
    for (AwFiber *fib = vm->fiber; fib; fib = fib->caller) {
        for (int32_t i = fib->nframes - 1; i >= 0; i--) {
            if (depth > 0) { depth--; continue; }
            AwFrameObject *fo = frameobj_snapshot(vm, &fib->frames[i], current_ip(&fib->frames[i]));
            if (!fo) goto fail;
            if (last) {
                last->back = fo;
            } else {
                top = fo;
                if (gc_push_root(vm, value_from_ptr(top)) != AW_OK) goto fail;
                rooted = true;
            }
            last = fo;
        }
    }
    if (rooted) gc_pop_roots(vm, 1);
    if (!top) vm_raise(vm, &aw_exc_ValueError, "call stack is not deep enough");
    return top;
fail:
    if (rooted) gc_pop_roots(vm, 1);
    return NULL;
}

AwValue frameobj_of_generator(AwVM *vm, AwGenerator *g) {
    if (g->state == AW_FIBER_DONE) return AW_NONE;
    if (g->fiber && g->fiber->nframes > 0) {
        AwFrame *f = &g->fiber->frames[0];
        AwFrameObject *fo = frameobj_snapshot(vm, f, current_ip(f));
        return fo ? value_from_ptr(fo) : AW_ERR;
    }
    AwTuple *values = NULL;
    if (g->has_slots && g->code->nlocals > 0) {
        values = tuple_new(vm, g->code->nlocals);
        if (!values) return AW_ERR;
        for (int32_t i = 0; i < g->code->nlocals; i++) values->items[i] = g->inline_slots[i];
    }
    AwFrameObject *fo = frameobj_new(vm, g->code, g->func ? g->func->globals : NULL, NULL, values, 0);
    if (!fo) return AW_ERR;
    fo->line = g->code->firstlineno;   /* not started: CPython shows the def line */
    return value_from_ptr(fo);
}

/* ---- attributes ---------------------------------------------------------------------------- */

static bool is_cell_slot(AwCode *co, int32_t slot) {
    if (slot >= co->nlocals - co->nfree) return true;
    for (int32_t i = 0; i < co->ncells; i++)
        if (co->cell_slots[i] == slot) return true;
    return false;
}

/* f_locals of a function frame: its bound locals by name, cells read through, in CPython's
 * order: parameters and plain locals, then the other cell variables, then free variables. */
static AwDict *locals_from_values(AwVM *vm, AwFrameObject *fo) {
    AwDict *d = dict_new(vm);
    if (!d || !fo->values) return d;
    AwCode *co = fo->code;
    int32_t nparams = co->argcount + co->kwonlyargcount + !!(co->flags & AW_CODE_VARARGS) + !!(co->flags & AW_CODE_VARKW);
    int32_t n = co->nlocals;
    if (n > fo->values->len) n = (int32_t)fo->values->len;
    if (n > co->varnames->len) n = (int32_t)co->varnames->len;
    for (int pass = 0; pass < 3; pass++) {
        for (int32_t i = 0; i < n; i++) {
            bool free = i >= co->nlocals - co->nfree, cell = !free && i >= nparams && is_cell_slot(co, i);
            if ((pass == 0 && (free || cell)) || (pass == 1 && !cell) || (pass == 2 && !free)) continue;
            AwValue v = fo->values->items[i];
            if (is_cell_slot(co, i) && value_is_type(v, &aw_type_cell)) v = AW_CELL(v)->value;
            if (v == AW_EMPTY) continue;
            if (dict_set(vm, d, co->varnames->items[i], v) != AW_OK) return NULL;
        }
    }
    return d;
}

static AwValue f_locals(AwVM *vm, AwValue self) {
    AwFrameObject *fo = AW_AS(AwFrameObject, self);
    if (fo->namespace_) return value_from_ptr(fo->namespace_);
    if (!fo->locals) {
        fo->locals = locals_from_values(vm, fo);
        if (!fo->locals) return AW_ERR;
    }
    return value_from_ptr(fo->locals);
}

static AwValue f_globals(AwVM *vm, AwValue self) {
    AwFrameObject *fo = AW_AS(AwFrameObject, self);
    if (!fo->globals) fo->globals = dict_new(vm);
    return fo->globals ? value_from_ptr(fo->globals) : AW_ERR;
}

static AwValue f_builtins(AwVM *vm, AwValue self) { return value_from_ptr(vm->builtins->dict); }
static AwValue f_code(AwVM *vm, AwValue self) { return value_from_ptr(AW_AS(AwFrameObject, self)->code); }
static AwValue f_lineno(AwVM *vm, AwValue self) { return value_from_small(AW_AS(AwFrameObject, self)->line); }
static AwValue f_lasti(AwVM *vm, AwValue self) { return value_from_small(2 * AW_AS(AwFrameObject, self)->lasti); }
static AwValue f_trace(AwVM *vm, AwValue self) { return AW_NONE; }

static AwValue f_back(AwVM *vm, AwValue self) {
    AwFrameObject *back = AW_AS(AwFrameObject, self)->back;
    return back ? value_from_ptr(back) : AW_NONE;
}

static const AwGetSetDef frame_getsets[] = {
    {"f_locals", f_locals, NULL},
    {"f_globals", f_globals, NULL},
    {"f_builtins", f_builtins, NULL},
    {"f_code", f_code, NULL},
    {"f_lineno", f_lineno, NULL},
    {"f_lasti", f_lasti, NULL},
    {"f_back", f_back, NULL},
    {"f_trace", f_trace, NULL},
    {NULL, NULL, NULL},
};

static AwValue frame_repr(AwVM *vm, AwValue self) {
    AwFrameObject *fo = AW_AS(AwFrameObject, self);
    AwStr *s = str_printf(vm, "<frame at %p, file '%s', line %d, code %s>", (void *)fo,
                          fo->code->filename ? fo->code->filename->data : "?", (int)fo->line, fo->code->name->data);
    return s ? str_value(s) : AW_ERR;
}

static void frame_trace(AwGC *gc, AwObject *self) {
    AwFrameObject *fo = (AwFrameObject *)self;
    gc_mark_object(gc, (AwObject *)fo->code);
    gc_mark_object(gc, (AwObject *)fo->globals);
    gc_mark_object(gc, (AwObject *)fo->namespace_);
    gc_mark_object(gc, (AwObject *)fo->values);
    gc_mark_object(gc, (AwObject *)fo->locals);
    gc_mark_object(gc, (AwObject *)fo->back);
}

AwType aw_type_frame = {
    .name = "frame",
    .base = &aw_type_object,
    .instance_size = sizeof(AwFrameObject),
    .flags = AW_TYPE_ABSTRACT,
    .repr = frame_repr,
    .getsets = frame_getsets,
    .trace = frame_trace,
};
