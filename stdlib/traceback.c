/* traceback.c — `_traceback`, the native core of the traceback and warnings modules.
 *
 * aw has no frame objects and its code objects expose no co_* attributes, so the Python
 * modules ask here instead:
 *   format(exc)          the text aw prints for an uncaught exc (interp/traceback.c's printer,
 *                        chain included), so traceback.format_exc() matches aw's own output;
 *   entries(tb)          [(filename, lineno, name), ...] of a traceback, outermost first;
 *   stack()              [(filename, lineno, name, globals), ...] of the running frames,
 *                        outermost first, ending with the frame that called stack(); a
 *                        generator's frames continue with the fiber that resumed it;
 *   source_line(f, n)    line n of file f from the traceback source cache, or None;
 *   register_source(f, text)  makes text the source shown for f (linecache.cache entries).
 */
#include <stdio.h>
#include <stdlib.h>

#include "interp/args.h"
#include "interp/code.h"
#include "interp/exception.h"
#include "interp/fiber.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/traceback.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/modules.h"

static AwValue tb_format(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_count(vm, "format", argc, 1, 1)) return AW_ERR;
    if (!value_is_instance(argv[0], &aw_exc_BaseException))
        return vm_raise(vm, &aw_exc_TypeError, "format() expects an exception, not '%s'", ops_type_name(argv[0]));
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    if (!out) return vm_raise(vm, &aw_exc_MemoryError, "cannot format the exception");
    traceback_print_plain(vm, argv[0], out);
    fclose(out);
    /* the text is aw strings' own bytes, whose lone surrogates (a message's '\udcff') are kept
     * as CPython's format_exception keeps them: no strict UTF-8 check */
    AwStr *s = str_new(vm, buf ? buf : "", buf ? len : 0);
    free(buf);
    return s ? str_value(s) : AW_ERR;
}

/* (filename, lineno, name) for one frame or traceback entry. */
static AwValue site_tuple(AwVM *vm, AwCode *code, int line, AwValue extra) {
    AwValue items[4] = { str_value(code->filename), value_from_small(line), str_value(code->name), extra };
    AwTuple *t = tuple_from(vm, extra == AW_EMPTY ? 3 : 4, items);
    return t ? value_from_ptr(t) : AW_ERR;
}

static AwValue tb_entries(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_count(vm, "entries", argc, 1, 1)) return AW_ERR;
    AwList *list = list_new(vm, 0);
    if (!list) return AW_ERR;
    if (argv[0] == AW_NONE) return value_from_ptr(list);
    if (!value_is_type(argv[0], &aw_type_traceback))
        return vm_raise(vm, &aw_exc_TypeError, "entries() expects a traceback or None");
    for (AwTraceback *tb = AW_AS(AwTraceback, argv[0]); tb; tb = tb->next) {
        if (!tb->code) continue;   /* a native frame: nothing to show */
        int line = tb->line > 0 ? tb->line : code_line_at(tb->code, tb->ip);
        AwValue t = site_tuple(vm, tb->code, line, AW_EMPTY);
        if (t == AW_ERR || list_append(vm, list, t)) return AW_ERR;
    }
    return value_from_ptr(list);
}

/* The line a frame is executing: its saved ip points past the current instruction. */
static int frame_line(const AwFrame *f) {
    int ip = (int)(f->ip - f->code->code) - 1;
    return code_line_at(f->code, ip);
}

static AwValue tb_stack(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_count(vm, "stack", argc, 0, 0)) return AW_ERR;
    AwList *list = list_new(vm, 0);
    if (!list) return AW_ERR;
    for (AwFiber *fb = vm->fiber; fb; fb = fb->caller)
        for (int32_t i = fb->nframes - 1; i >= 0; i--) {
            const AwFrame *f = &fb->frames[i];
            AwValue globals = f->globals ? value_from_ptr(f->globals) : AW_NONE;
            AwValue t = site_tuple(vm, f->code, frame_line(f), globals);
            if (t == AW_ERR || list_append(vm, list, t)) return AW_ERR;
        }
    /* innermost first so far: reverse into CPython's outermost-first order */
    for (int64_t i = 0, j = list->len - 1; i < j; i++, j--) {
        AwValue tmp = list->items[i];
        list->items[i] = list->items[j];
        list->items[j] = tmp;
    }
    return value_from_ptr(list);
}

static AwValue tb_source_line(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_count(vm, "source_line", argc, 2, 2)) return AW_ERR;
    if (!value_is_str(argv[0]) || !value_is_int(argv[1])) return AW_NONE;
    const char *text;
    size_t len;
    int64_t line = value_as_small(argv[1]);
    if (line < 1 || line > INT32_MAX || !traceback_source_text(AW_STR(argv[0])->data, (int)line, &text, &len))
        return AW_NONE;
    AwStr *s = str_from_utf8_checked(vm, text, len);
    if (!s) { vm_exc_clear(vm); return AW_NONE; }   /* undecodable source: no line to show */
    return str_value(s);
}

static AwValue tb_register_source(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_count(vm, "register_source", argc, 2, 2)) return AW_ERR;
    if (!value_is_str(argv[0]) || !value_is_str(argv[1]))
        return vm_raise(vm, &aw_exc_TypeError, "register_source() arguments must be str");
    AwStr *text = AW_STR(argv[1]);
    traceback_register_source(vm, AW_STR(argv[0])->data, text->data, (size_t)text->byte_len);
    return AW_NONE;
}

static const AwMethodDef traceback_functions[] = {
    {"format", tb_format, AW_METH_DEFAULT},
    {"entries", tb_entries, AW_METH_DEFAULT},
    {"stack", tb_stack, AW_METH_DEFAULT},
    {"source_line", tb_source_line, AW_METH_DEFAULT},
    {"register_source", tb_register_source, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwModule *traceback_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "_traceback");
    if (!mod || module_add_functions(vm, mod, traceback_functions)) return NULL;
    return mod;
}
