/* code.h — code objects: the compiled form of a module, function, class body or comprehension.
 *
 * Local slot layout (as CPython): positional parameters, keyword-only parameters, the *args
 * slot (if AW_CODE_VARARGS), the **kwargs slot (if AW_CODE_VARKW), other locals, and finally
 * the nfree free variables, which the VM fills from the function's closure tuple at entry.
 * Slots listed in cell_slots hold a cell object: at entry the VM wraps each one (a parameter's
 * argument becomes the cell's contents). LOAD_DEREF/STORE_DEREF/LOAD_CLOSURE name those slots.
 */
#ifndef AW_CODE_H
#define AW_CODE_H

#include "interp/types.h"

enum {
    AW_CODE_VARARGS = 1 << 0,       /* has *args */
    AW_CODE_VARKW = 1 << 1,         /* has **kwargs */
    AW_CODE_GENERATOR = 1 << 2,     /* def with yield */
    AW_CODE_COROUTINE = 1 << 3,     /* async def without yield */
    AW_CODE_ASYNC_GENERATOR = 1 << 4, /* async def with yield */
    AW_CODE_MODULE = 1 << 5,        /* module / exec / eval code: names live in a dict */
    AW_CODE_CLASS_BODY = 1 << 6,    /* class body: names live in the class namespace dict */
    AW_CODE_COMPREHENSION = 1 << 7, /* a comprehension or generator expression body */
    AW_CODE_HAS_DOCSTRING = 1 << 8, /* consts[0] is the function's docstring */
    AW_CODE_TOPLEVEL_AWAIT = 1 << 9, /* REPL cell using await at top level: run it as a task */
};

/* Source position of one instruction: for tracebacks and carets. */
typedef struct {
    int32_t line;       /* 1-based line */
    int32_t end_line;   /* last line of the expression */
    uint16_t col;       /* 0-based column in bytes */
    uint16_t end_col;   /* end column (exclusive) */
} AwPos;

struct AwCode {
    AwObject obj;            /* header */
    uint32_t *code;          /* instructions (owned, gc_alloc) */
    int32_t ncode;           /* number of instructions */
    AwPos *positions;        /* one per instruction (owned) */
    AwTuple *consts;         /* constants: None/bool/int/float/str/bytes/tuple/code */
    AwTuple *names;          /* str names used by *_GLOBAL, *_NAME, *_ATTR, IMPORT_* */
    AwTuple *varnames;       /* str name of every local slot, in slot order */
    int32_t nlocals;         /* number of local slots (including free variables) */
    int32_t argcount;        /* positional parameters (including positional-only) */
    int32_t posonlyargcount; /* positional-only parameters */
    int32_t kwonlyargcount;  /* keyword-only parameters */
    int32_t flags;           /* AW_CODE_* */
    int32_t *cell_slots;     /* slots that hold cells (owned), ncells entries */
    int32_t ncells;          /* entries in cell_slots */
    int32_t nfree;           /* free variables: the last nfree slots */
    int32_t stacksize;       /* maximum value-stack depth */
    int32_t maxblocks;       /* maximum nesting of TRY/EXCEPT_HANDLER blocks */
    AwStr *name;             /* function name, "<module>", "<listcomp>", ... */
    AwStr *qualname;         /* qualified name: "C.method.<locals>.inner" */
    AwStr *filename;         /* source file name as given */
    int32_t firstlineno;     /* line of the def / first line */
    void *caches;            /* VM-owned inline caches, one per instruction, NULL until used */
    int32_t fast_argc;       /* argcount if a call with that many positional arguments needs no binding (no
                                defaults used, *args, **kw, kw-only, cells, free vars; not a generator or
                                coroutine): the VM's call fast path; else -1 */
};

/* A new, empty code object; the compiler fills it. */
AwCode *code_new(AwVM *vm);
/* The free variables' slot order sorted by name (CPython's co_freevars and __closure__ order):
 * order[k] is the index among the code's nfree free slots of the k-th name. */
void code_freevar_order(const AwCode *code, int32_t *order);
/* Line of instruction ip (clamped), for tracebacks. */
int code_line_at(AwCode *code, int ip);

#define AW_CODE(v) ((AwCode *)value_as_ptr(v))

#endif
