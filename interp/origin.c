/* origin.c — records and prints where coroutines were created (see origin.h). */
#include "interp/origin.h"

#include <stdlib.h>
#include <string.h>
#include "interp/code.h"
#include "interp/fiber.h"
#include "interp/object.h"
#include "interp/sidetext.h"
#include "interp/str.h"
#include "interp/traceback.h"
#include "interp/vm.h"

bool origin_tracking;
bool origin_recorded;

/* CPython's asyncio sets the origin tracking depth to 10 frames (DEBUG_STACK_DEPTH). */
#define ORIGIN_DEPTH 10

/* One traceback entry, as traceback.format_list writes it: the File line and the source line
 * indented by four. */
static void write_frame(AwVM *vm, FILE *out, AwFrame *fr) {
    AwCode *code = fr->code;
    int line = code_line_at(code, (int)(fr->ip - code->code) - 1);
    fprintf(out, "  File \"%s\", line %d, in %s\n", code->filename->data, line, code->name->data);
    char *src = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&src, &len);
    if (!m) return;
    traceback_print_line(vm, m, code->filename->data, line);
    fclose(m);
    if (len) fprintf(out, "  %s", src);
    free(src);
}

void origin_record(AwVM *vm, const void *obj) {
    AwFrame *frames[ORIGIN_DEPTH];
    int n = 0;
    for (AwFiber *f = vm->fiber; f && n < ORIGIN_DEPTH; f = f->caller)
        for (int32_t i = f->nframes - 1; i >= 0 && n < ORIGIN_DEPTH; i--) frames[n++] = &f->frames[i];
    if (!n) return;
    char *text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&text, &len);
    if (!m) return;
    fputs("Coroutine created at (most recent call last)\n", m);
    while (n > 0) write_frame(vm, m, frames[--n]);
    fclose(m);
    sidetext_set(SIDETEXT_ORIGIN, obj, text);
    origin_recorded = true;
}

void origin_forget(const void *obj) { free(sidetext_take(SIDETEXT_ORIGIN, obj)); }

bool origin_print(FILE *out, const void *obj) {
    const char *text = sidetext_get(SIDETEXT_ORIGIN, obj);
    if (!text) return false;
    size_t len = strlen(text);
    fwrite(text, 1, len, out);
    return true;
}
