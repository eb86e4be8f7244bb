/* symtable.h — scope analysis: for every code block (module, class body, function, lambda,
 * comprehension) which names it binds and where each name it mentions lives.
 *
 * Two passes, as CPython: symtable_build walks the AST collecting per block the names that are
 * assigned, parameters, declared global/nonlocal or used; then it resolves every name to LOCAL,
 * CELL, FREE, GLOBAL_IMPLICIT or GLOBAL_EXPLICIT (class blocks are skipped when resolving the
 * free names of nested functions), and lays out the local slots of function and class blocks
 * the way code.h describes (parameters, other locals, free variables last).
 *
 * Names are stored mangled (`__x` inside class C is `_C__x`), as the compiler must look them up.
 * Errors are CPython's ("no binding for nonlocal 'x' found", "name 'x' is used prior to global
 * declaration", "duplicate argument 'x' in function definition", ...), reported through
 * AwSyntaxError. Everything lives in the symtable's own arena and malloc'd arrays: no GC
 * objects, so building a symtable never interacts with the collector.
 */
#ifndef AW_SYMTABLE_H
#define AW_SYMTABLE_H

#include <stdbool.h>
#include <stdint.h>
#include "interp/ast.h"
#include "interp/port.h"
#include "interp/parser.h"

typedef enum {
    AW_BLOCK_MODULE,    /* module, REPL cell, eval expression: names live in a dict */
    AW_BLOCK_CLASS,     /* class body: names live in the class namespace dict */
    AW_BLOCK_FUNCTION   /* def, lambda, comprehension: names live in slots */
} AwBlockKind;

/* Where a name lives after analysis (CPython's scopes). */
typedef enum {
    AW_SCOPE_NONE,             /* not mentioned in the block */
    AW_SCOPE_LOCAL,            /* function: a plain slot; module/class: the namespace dict */
    AW_SCOPE_CELL,             /* a function local captured by a nested block: a cell slot */
    AW_SCOPE_FREE,             /* captured from an enclosing function: a free slot */
    AW_SCOPE_GLOBAL_IMPLICIT,  /* bound nowhere visible: globals, then builtins */
    AW_SCOPE_GLOBAL_EXPLICIT   /* declared `global` */
} AwNameScope;

/* What the block does with a name (AwSymbol.flags). */
enum {
    AW_SYM_LOCAL = 1 << 0,       /* assigned (or deleted) in the block */
    AW_SYM_PARAM = 1 << 1,       /* a parameter */
    AW_SYM_GLOBAL = 1 << 2,      /* declared global */
    AW_SYM_NONLOCAL = 1 << 3,    /* declared nonlocal */
    AW_SYM_USE = 1 << 4,         /* read */
    AW_SYM_FREE_CLASS = 1 << 5,  /* class block: free in a nested block and bound in the class */
    AW_SYM_IMPORT = 1 << 6,      /* bound by import */
    AW_SYM_ANNOT = 1 << 7,       /* annotated (x: int) */
    AW_SYM_COMP_ITER = 1 << 8,   /* a comprehension's iteration variable */
};
#define AW_SYM_BOUND (AW_SYM_LOCAL | AW_SYM_PARAM | AW_SYM_IMPORT)

typedef struct {
    const char *name;          /* mangled identifier */
    uint32_t hash;             /* hash of name, for the block's table */
    int flags;                 /* AW_SYM_* */
    AwNameScope scope;         /* resolved scope */
    int slot;                  /* local slot (function LOCAL/CELL/FREE, class free), else -1 */
    const AwNode *directive;   /* first global/nonlocal statement naming it (for errors) */
} AwSymbol;

typedef struct AwScope AwScope;
struct AwScope {
    AwBlockKind kind;          /* module, class or function-like */
    const AwNode *node;        /* the root, FUNCTION_DEF, LAMBDA, CLASS_DEF or comprehension */
    const char *name;          /* "<module>", "f", "C", "<lambda>", "<listcomp>", ... */
    AwScope *parent;           /* enclosing block, NULL for the module */
    AwScope **children;        /* nested blocks in source order (malloc) */
    int nchildren;             /* entries in children */
    int children_cap;          /* capacity of children */
    AwSymbol **symbols;        /* symbols in order of first mention (malloc) */
    int nsymbols;              /* entries in symbols */
    int symbols_cap;           /* capacity of symbols */
    int32_t *table;            /* open-addressing index: 1 + position in symbols, 0 empty */
    int table_cap;             /* slots in table (a power of two) */
    const char **params;       /* parameter names in slot order (malloc) */
    int nparams;               /* entries in params */
    int params_cap;            /* capacity of params */
    const char *private_name;  /* enclosing class name, for mangling (NULL outside classes) */
    bool is_lambda;            /* a lambda */
    bool is_comprehension;     /* a list/set/dict comprehension or generator expression */
    bool is_genexp;            /* a generator expression */
    bool is_async_def;         /* async def */
    bool is_generator;         /* contains yield / yield from (or is a genexp) */
    bool is_coroutine;         /* async def, or a comprehension that awaits / uses async for */
    bool needs_class_closure;  /* class block: a method uses super/__class__ (cell __class__) */
    /* Slot layout of function and class blocks (code.h), filled by the analysis. */
    const char **slot_names;   /* name of each slot (malloc) */
    int nslots;                /* number of slots (= code nlocals) */
    int *cell_slots;           /* slots holding cells (malloc) */
    int ncells;                /* entries in cell_slots */
    int nfree;                 /* free variables: the last nfree slots */
    int class_cell_slot;       /* class block: slot of the __class__ cell, else -1 */
};

typedef struct AwSymtable AwSymtable;

typedef enum {
    AW_SYMTABLE_OK,             /* built */
    AW_SYMTABLE_SYNTAX_ERROR,   /* *err filled */
    AW_SYMTABLE_NO_MEMORY       /* malloc failed */
} AwSymtableStatus;

/* Analyses a tree from parser_parse. On success *out owns everything (symtable_free). */
AwSymtableStatus symtable_build(const AwNode *root, AwParseMode mode, AwSymtable **out,
                                AwSyntaxError *err);
void symtable_free(AwSymtable *st);

/* The block a MODULE/INTERACTIVE/EXPRESSION, FUNCTION_DEF, LAMBDA, CLASS_DEF or comprehension
 * node opened, or NULL. */
AwScope *symtable_scope_of(const AwSymtable *st, const AwNode *node);
/* The symbol for an already mangled name, or NULL if the block never mentions it. */
AwSymbol *symtable_symbol(const AwScope *scope, const char *name);
/* CPython's private name mangling: `__x` in class `_C` becomes `_C__x`. Returns name itself
 * when no mangling applies, NULL if out of memory. The result lives in the symtable. */
const char *symtable_mangle(AwSymtable *st, const char *private_name, const char *name);

/* Fills *err for a SyntaxError at node (CPython's 1-based columns). */
void symtable_error(AwSyntaxError *err, const AwNode *at, const char *fmt, ...)
    AW_PRINTF(3, 4);

#endif
