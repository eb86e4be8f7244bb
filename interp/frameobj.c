/* frameobj.c — frame objects (see frameobj.h). */
#include "interp/class.h"
#include "interp/code.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/fiber.h"
#include "interp/frameobj.h"
#include "interp/function.h"
#include "interp/tuple.h"
#include "interp/gc.h"
#include "interp/generator.h"
#include "interp/module.h"
#include "interp/str.h"
#include "interp/vm.h"

typedef struct {
    AwObject obj;     /* header */
    AwCode *code;     /* f_code */
    AwDict *globals;  /* f_globals, or NULL */
    AwValue locals;   /* f_locals: a dict */
    AwValue back;     /* f_back: the caller's frame object, or None */
    int32_t line;     /* f_lineno */
    int32_t lasti;    /* f_lasti: byte offset of the instruction being run (2 per instruction) */
} AwFrameObj;

#define AW_FRAMEOBJ(v) ((AwFrameObj *)value_as_ptr(v))

/* A function's variables (cells read through) as a new dict: what locals() gives. */
static AwDict *variables(AwVM *vm, AwCode *code, const AwValue *slots) {
    AwDict *d = dict_new(vm);
    if (!d) return NULL;
    for (int i = 0; i < code->nlocals; i++) {
        AwValue v = slots[i];
        bool is_cell = i >= code->nlocals - code->nfree;
        for (int c = 0; c < code->ncells && !is_cell; c++) is_cell = code->cell_slots[c] == i;
        if (is_cell && value_is_type(v, &aw_type_cell)) v = AW_CELL(v)->value;
        if (v != AW_EMPTY && dict_set_str(vm, d, AW_STR(code->varnames->items[i]), v)) return NULL;
    }
    return d;
}

static AwValue make(AwVM *vm, AwCode *code, AwDict *globals, AwDict *locals, int ip, AwValue back) {
    AwFrameObj *fo = (AwFrameObj *)gc_new(vm, &aw_type_frame, sizeof(AwFrameObj));
    if (!fo) return AW_ERR;
    fo->code = code;
    fo->globals = globals;
    fo->locals = value_from_ptr(locals);
    fo->back = back;
    fo->line = ip < 0 ? code->firstlineno : code_line_at(code, ip);
    fo->lasti = ip < 0 ? -1 : ip * 2;
    return value_from_ptr(fo);
}

/* The snapshot of a live frame; `back` is its caller's. */
static AwValue of_frame(AwVM *vm, AwFrame *f, AwValue back) {
    AwDict *locals = f->locals;
    if (!locals) {
        f->accum = AW_NONE;   /* the snapshot can see the `x += s` string: no more in-place appends */
        locals = variables(vm, f->code, f->slots);
        if (!locals) return AW_ERR;
    }
    if (gc_push_root(vm, value_from_ptr(locals))) return AW_ERR;
    AwValue r = make(vm, f->code, f->globals, locals, (int)(f->ip - f->code->code) - 1, back);
    gc_pop_roots(vm, 1);
    return r;
}

AwValue frameobj_current(AwVM *vm, int64_t depth) {
    int64_t n = 0;
    for (AwFiber *fb = vm->fiber; fb; fb = fb->caller) n += fb->nframes;
    if (depth >= n) return vm_raise(vm, &aw_exc_ValueError, "call stack is not deep enough");
    /* outermost first, so that each snapshot can point at its caller's */
    AwValue back = AW_NONE;
    for (int64_t k = n - 1; k >= depth; k--) {
        int64_t i = k;
        AwFiber *fb = vm->fiber;
        while (i >= fb->nframes) { i -= fb->nframes; fb = fb->caller; }
        if (gc_push_root(vm, back)) return AW_ERR;
        AwValue fo = of_frame(vm, &fb->frames[fb->nframes - 1 - i], back);
        gc_pop_roots(vm, 1);
        if (fo == AW_ERR) return AW_ERR;
        back = fo;
    }
    return back;
}

AwValue frameobj_of_generator(AwVM *vm, AwGenerator *g) {
    if (g->state == AW_FIBER_DONE) return AW_NONE;
    if (g->fiber && g->fiber->nframes > 0) return of_frame(vm, &g->fiber->frames[0], AW_NONE);
    AwDict *locals = g->has_slots ? variables(vm, g->code, g->inline_slots) : dict_new(vm);
    if (!locals || gc_push_root(vm, value_from_ptr(locals))) return AW_ERR;
    AwValue r = make(vm, g->code, g->func ? g->func->globals : NULL, locals, -1, AW_NONE);
    gc_pop_roots(vm, 1);
    return r;
}

static AwValue frame_repr(AwVM *vm, AwValue self) {
    AwFrameObj *fo = AW_FRAMEOBJ(self);
    AwStr *s = str_printf(vm, "<frame at %p, file '%s', line %d, code %s>", (void *)fo, fo->code->filename->data,
                          (int)fo->line, fo->code->name->data);
    return s ? str_value(s) : AW_ERR;
}

static AwValue get_code(AwVM *vm, AwValue self) { return value_from_ptr(AW_FRAMEOBJ(self)->code); }
static AwValue get_lineno(AwVM *vm, AwValue self) { return value_from_small(AW_FRAMEOBJ(self)->line); }
static AwValue get_lasti(AwVM *vm, AwValue self) { return value_from_small(AW_FRAMEOBJ(self)->lasti); }
static AwValue get_locals(AwVM *vm, AwValue self) { return AW_FRAMEOBJ(self)->locals; }
static AwValue get_back(AwVM *vm, AwValue self) { return AW_FRAMEOBJ(self)->back; }
static AwValue get_none(AwVM *vm, AwValue self) { return AW_NONE; }
static AwValue get_globals(AwVM *vm, AwValue self) {
    AwDict *g = AW_FRAMEOBJ(self)->globals;
    return g ? value_from_ptr(g) : AW_NONE;
}
static AwValue get_builtins(AwVM *vm, AwValue self) { return value_from_ptr(vm->builtins->dict); }

static void frame_trace(AwGC *gc, AwObject *self) {
    AwFrameObj *fo = (AwFrameObj *)self;
    gc_mark_object(gc, &fo->code->obj);
    if (fo->globals) gc_mark_object(gc, &fo->globals->obj);
    gc_mark_value(gc, fo->locals);
    gc_mark_value(gc, fo->back);
}

static const AwGetSetDef frame_getsets[] = {
    {"f_code", get_code, NULL},
    {"f_lineno", get_lineno, NULL},
    {"f_lasti", get_lasti, NULL},
    {"f_globals", get_globals, NULL},
    {"f_builtins", get_builtins, NULL},
    {"f_locals", get_locals, NULL},
    {"f_back", get_back, NULL},
    {"f_trace", get_none, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_frame = {
    .name = "frame",
    .base = &aw_type_object,
    .instance_size = sizeof(AwFrameObj),
    .flags = AW_TYPE_ABSTRACT,
    .repr = frame_repr,
    .trace = frame_trace,
    .getsets = frame_getsets,
};
