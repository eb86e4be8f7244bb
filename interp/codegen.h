/* codegen.h — the compiler's internal machinery, shared by its six files:
 *   codegen.c       code units: emitting instructions, labels, constants, names, positions, and
 *                   assembling a unit into an AwCode (jump resolution, stack depth, blocks);
 *   compile_expr.c  expressions, assignment targets, calls, constant folding;
 *   compile_stmt.c  statements, loops, try/with blocks and their unwinding;
 *   compile_annot.c variable annotations and __annotations__;
 *   compile_match.c the match statement's patterns;
 *   compiler.c      the entry point and everything that makes a new code object (modules,
 *                   functions, lambdas, classes, comprehensions) and closures.
 * Not a public API: only the compiler's files include it.
 *
 * Every compile function returns bool: false means the compilation failed, with either a
 * SyntaxError in *c->err or MemoryError raised on the VM (c->failed is then set); callers just
 * propagate false.
 */
#ifndef AW_CODEGEN_H
#define AW_CODEGEN_H

#include <stdbool.h>
#include "interp/ast.h"
#include "interp/port.h"
#include "interp/code.h"
#include "interp/opcodes.h"
#include "interp/symtable.h"

/* CPython's CO_MAXBLOCKS: deeper static nesting of loops/try/with is a SyntaxError. */
#define CG_MAX_FBLOCKS 20
/* Recursion guard for compile_expr/compile_stmt; a little above the symtable's limit, which
 * is the one that rejects deep trees (constant folding nests a few levels deeper). */
#define CG_MAX_DEPTH 3100

/* What a statement nested in a loop/try/with must undo to leave it (break/continue/return). */
typedef enum {
    FB_WHILE,            /* while loop: nothing on the stack */
    FB_FOR,              /* for loop: the iterator on the stack */
    FB_ASYNC_FOR,        /* async for loop: the async iterator on the stack */
    FB_TRY_EXCEPT,       /* body of try/except: a TRY block */
    FB_FINALLY_TRY,      /* body of try/finally: a TRY block, then the finally body to run */
    FB_FINALLY_END,      /* finally body run for an exception: exc on the stack, EXCEPT_HANDLER */
    FB_WITH,             /* with body: exit on the stack, a TRY block */
    FB_ASYNC_WITH,       /* async with body: aexit on the stack, a TRY block */
    FB_EXCEPTION_HANDLER, /* the except clauses of a try (counts for the nesting limit only) */
    FB_HANDLER_CLEANUP,  /* except body: EXCEPT_HANDLER (+ TRY cleanup block when named) */
    FB_STAR_HANDLER,     /* except* body: nothing may jump out of it (break/continue/return) */
    FB_POP_VALUE         /* a return value saved on the stack while a finally body runs */
} FBlockKind;

typedef struct {
    FBlockKind kind;              /* what to undo */
    int start;                    /* loops: label `continue` jumps to */
    int exit;                     /* loops: label `break` jumps to (past the else block) */
    const AwNodeList *finalbody;  /* FB_FINALLY_TRY: the body to inline */
    const AwNode *handler;        /* FB_HANDLER_CLEANUP: the EXCEPT_HANDLER (name may be NULL) */
} FBlock;

/* One code object being generated. */
typedef struct CgUnit CgUnit;
struct CgUnit {
    CgUnit *parent;          /* the enclosing unit (NULL for the module) */
    AwScope *scope;          /* its block in the symtable */
    uint32_t *code;          /* instructions; jump args hold label ids until assembly (malloc) */
    AwPos *pos;              /* position of each instruction (malloc) */
    int ncode;               /* instructions emitted */
    int code_cap;            /* capacity of code and pos */
    AwValue *consts;         /* constants (malloc) */
    int nconsts;             /* entries in consts */
    int consts_cap;          /* capacity of consts */
    int32_t *const_index;    /* open addressing: 1 + index into consts, 0 empty (malloc) */
    int const_index_cap;     /* slots in const_index */
    AwStr **names;           /* interned names (malloc) */
    int nnames;              /* entries in names */
    int names_cap;           /* capacity of names */
    int32_t *name_index;     /* open addressing: 1 + index into names (malloc) */
    int name_index_cap;      /* slots in name_index */
    int32_t *labels;         /* label id -> instruction index, -1 while unbound (malloc) */
    int nlabels;             /* labels allocated */
    int labels_cap;          /* capacity of labels */
    FBlock fblocks[CG_MAX_FBLOCKS]; /* statically enclosing loops/try/with, innermost last */
    int nfblocks;            /* entries in fblocks */
    AwPos cur;               /* position given to the next instructions */
    AwStr *name;             /* code name */
    AwStr *qualname;         /* qualified name */
    int firstlineno;         /* first line */
    int flags;               /* AW_CODE_* decided so far */
    int argcount;            /* positional parameters */
    int posonlyargcount;     /* positional-only parameters */
    int kwonlyargcount;      /* keyword-only parameters */
};

typedef struct {
    AwVM *vm;                /* for allocation */
    AwSyntaxError *err;      /* where compile errors go */
    AwSymtable *st;          /* scope analysis of the whole tree */
    CgUnit *u;               /* the unit being generated */
    AwStr *filename;         /* code objects' filename */
    AwParseMode mode;        /* file, REPL cell or eval */
    int depth;               /* recursion depth of compile_expr/compile_stmt */
    bool future_annotations; /* `from __future__ import annotations`: annotations are text */
    const AwNodeList *top_body; /* the module's statements (NULL for eval) */
    int future_prefix;       /* leading top_body statements that may be `from __future__` imports */
    bool failed;             /* an error is recorded */
} AwCompiler;

/* ---- codegen.c ---- */

bool codegen_error(AwCompiler *c, const AwNode *at, const char *fmt, ...)
    AW_PRINTF(3, 4);
bool codegen_oom(AwCompiler *c);
/* Prints a SyntaxWarning to stderr as CPython's warnings module does ("file:line:
 * SyntaxWarning: msg" and the stripped source line, none for "<string>"). */
void codegen_print_warning(const char *filename, int line, const char *msg);
/* The same for node, with a printf message; compilation goes on. */
void codegen_warning(AwCompiler *c, const AwNode *at, const char *fmt, ...)
    AW_PRINTF(3, 4);
/* Recursion guard: enter returns false (with an error) when too deep; pair with leave. */
bool codegen_enter(AwCompiler *c, const AwNode *at);
static inline void codegen_leave(AwCompiler *c) { c->depth--; }

/* Positions: instructions emitted after set_pos carry node's position. */
static inline AwPos codegen_pos_of(const AwNode *n) {
    AwPos p = { n->line, n->end_line, (uint16_t)(n->col > 0xFFFF ? 0xFFFF : n->col),
                (uint16_t)(n->end_col > 0xFFFF ? 0xFFFF : n->end_col) };
    return p;
}
static inline AwPos codegen_set_pos(AwCompiler *c, const AwNode *n) {
    AwPos old = c->u->cur;
    c->u->cur = codegen_pos_of(n);
    return old;
}

bool codegen_emit(AwCompiler *c, AwOpcode op, uint32_t arg);
/* A new unbound label id, or -1 (MemoryError raised). */
int codegen_label(AwCompiler *c);
/* Binds label to the next instruction. */
void codegen_bind(AwCompiler *c, int label);
/* Emits a jump-family instruction (JUMP, POP_JUMP_IF_*, JUMP_IF_*_OR_POP, FOR_ITER, SETUP_*). */
bool codegen_jump(AwCompiler *c, AwOpcode op, int label);
/* Index of v in the unit's constants (deduplicated by type and value), or -1. */
int codegen_const(AwCompiler *c, AwValue v);
/* Emits LOAD_SMALL_INT for ints in range, LOAD_CONST otherwise. */
bool codegen_load_const(AwCompiler *c, AwValue v);
/* Index of the interned name in the unit's names, or -1. */
int codegen_name(AwCompiler *c, const char *name);
/* Emits op with a names index (LOAD_ATTR, IMPORT_NAME, ...). */
bool codegen_emit_name(AwCompiler *c, AwOpcode op, const char *name);
/* An interned str, or NULL (MemoryError raised). */
AwStr *codegen_intern(AwCompiler *c, const char *name);
/* Mangles name for the current unit's class (symtable_mangle); NULL on MemoryError. */
const char *codegen_mangle(AwCompiler *c, const char *name);

/* Units: push makes a new unit for scope the current one; pop frees it (after assemble). */
bool codegen_unit_push(AwCompiler *c, AwScope *scope, const char *name, int firstlineno);
void codegen_unit_pop(AwCompiler *c);
/* Builds the code object of the current unit (resolving jumps, stack and block depth). */
AwCode *codegen_assemble(AwCompiler *c);

/* Fblocks: push fails with "too many statically nested blocks" at node. */
bool codegen_push_fblock(AwCompiler *c, const AwNode *at, FBlock fb);
void codegen_pop_fblock(AwCompiler *c);

/* ---- compile_expr.c ---- */

/* Evaluates n, leaving its value on the stack. */
bool compile_expr(AwCompiler *c, const AwNode *n);
/* Evaluates an iterable that is only iterated or searched (for, in): a list display of
 * constants becomes a constant tuple. */
bool compile_expr_iterable(AwCompiler *c, const AwNode *n);
/* Jumps to label when n's truth equals cond; the stack is unchanged either way. */
bool compile_expr_jump_if(AwCompiler *c, const AwNode *n, bool cond, int label);
/* Stores the value on top of the stack into an assignment target (NAME, ATTRIBUTE,
 * SUBSCRIPT, TUPLE/LIST with at most one STARRED). */
bool compile_expr_store(AwCompiler *c, const AwNode *target);
/* del target */
bool compile_expr_delete(AwCompiler *c, const AwNode *target);
/* Load/store/delete of a name, choosing FAST/DEREF/GLOBAL/NAME from the symtable. */
bool compile_expr_name(AwCompiler *c, const AwNode *at, const char *id, AwExprCtx ctx);
/* Calls the callable under `pushed` already-pushed positional arguments with the rest. */
bool compile_expr_call_args(AwCompiler *c, const AwNode *at, int pushed, const AwNodeList *args,
                            const AwNodeList *keywords);
/* The value of a CONSTANT node (false if an error was reported). */
bool compile_expr_constant(AwCompiler *c, const AwNode *n, AwValue *out);
/* If n is a constant expression that folds cheaply and safely, *out gets its value and
 * *is_const is set. False only on error. */
bool compile_expr_fold(AwCompiler *c, const AwNode *n, AwValue *out, bool *is_const);
/* The docstring of a body (first statement a string constant) as a str value; AW_EMPTY if
 * there is none, AW_ERR on MemoryError. */
AwValue compile_expr_docstring(AwCompiler *c, const AwNodeList *body);

/* ---- compile_stmt.c ---- */

bool compile_stmt(AwCompiler *c, const AwNode *n);
bool compile_stmt_list(AwCompiler *c, const AwNodeList *body);

/* ---- compile_match.c ---- */

/* A MATCH statement (CPython 3.11's pattern compilation). */
bool compile_match(AwCompiler *c, const AwNode *n);

/* ---- compile_annot.c ---- */

/* `__annotations__ = {}` at the start of a module/class body that annotates names. */
bool compile_annot_setup(AwCompiler *c, const AwNodeList *body);
/* An ANN_ASSIGN statement. */
bool compile_annot_assign(AwCompiler *c, const AwNode *n);
/* The parameter and return annotations of a def as a dict {name: annotation} (BUILD_MAP);
 * *count is the number of entries (nothing is emitted when 0). */
bool compile_annot_function(AwCompiler *c, const AwArguments *a, const AwNode *returns, int *count);
/* True if the module starts with `from __future__ import annotations`. */
bool compile_annot_is_future(const AwNode *root);
/* How many leading statements of the module body are its docstring and `from __future__`
 * imports: the only place such imports may stand. */
int compile_stmt_future_prefix(const AwNode *root);

/* ---- compiler.c ---- */

/* Pushes a function object for a FUNCTION_DEF or LAMBDA (defaults, closure, MAKE_FUNCTION). */
bool compiler_function(AwCompiler *c, const AwNode *n);
/* Pushes the class built from a CLASS_DEF (decorators are the caller's). */
bool compiler_class(AwCompiler *c, const AwNode *n);
/* Pushes the value of a comprehension or generator expression. */
bool compiler_comprehension(AwCompiler *c, const AwNode *n);
/* True when the current unit may await (async def, comprehension, REPL top level). */
bool compiler_may_await(AwCompiler *c);

#endif
