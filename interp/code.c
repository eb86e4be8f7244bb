/* code.c — the code object type. */
#include "interp/code.h"

#include "interp/gc.h"
#include "interp/str.h"
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

AwType aw_type_code = {
    .name = "code",
    .base = &aw_type_object,
    .instance_size = sizeof(AwCode),
    .flags = AW_TYPE_ABSTRACT,
    .repr = code_repr,
    .trace = code_trace,
    .free_ = code_free,
};
