/* ast.h — the abstract syntax tree the parser builds and the compiler reads.
 *
 * Mirrors CPython's ast module (same node kinds and fields, same meaning) so that CPython's
 * documentation is this tree's documentation. All nodes, lists and strings live in one arena
 * (AwArena) that the caller of the parser owns and frees in one go; the tree holds no GC
 * objects, so parsing never interacts with the collector.
 *
 * Positions are CPython's: line 1-based, col 0-based in bytes, end position exclusive.
 * Identifiers and string/bytes literal contents are NUL-terminated arena strings (decoded: escape
 * sequences already processed; a str literal is valid UTF-8). Numbers keep their source text,
 * since only the compiler (with GMP) can build a big int.
 */
#ifndef AW_AST_H
#define AW_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A bump allocator: chunks freed together by arena_free. */
typedef struct AwArenaChunk AwArenaChunk;
typedef struct {
    AwArenaChunk *head;   /* newest chunk */
    size_t used;          /* bytes used in head */
    size_t cap;           /* bytes in head */
    size_t total;         /* bytes in all chunks, for the parser's size limits */
} AwArena;

void arena_init(AwArena *a);
/* Zeroed memory, 8-byte aligned; NULL if the system is out of memory. */
void *arena_alloc(AwArena *a, size_t size);
char *arena_strndup(AwArena *a, const char *s, size_t n);
void arena_free(AwArena *a);

typedef struct AwNode AwNode;

/* A sequence of nodes (statements, expressions, ...). */
typedef struct {
    AwNode **items;   /* arena array */
    int count;        /* number of items */
} AwNodeList;

typedef enum {
    /* roots */
    NODE_MODULE, NODE_INTERACTIVE, NODE_EXPRESSION,
    /* statements */
    NODE_FUNCTION_DEF, NODE_CLASS_DEF, NODE_RETURN, NODE_DELETE, NODE_ASSIGN, NODE_AUG_ASSIGN,
    NODE_ANN_ASSIGN, NODE_FOR, NODE_WHILE, NODE_IF, NODE_WITH, NODE_RAISE, NODE_TRY,
    NODE_ASSERT, NODE_IMPORT, NODE_IMPORT_FROM, NODE_GLOBAL, NODE_NONLOCAL, NODE_EXPR,
    NODE_PASS, NODE_BREAK, NODE_CONTINUE, NODE_MATCH,
    /* expressions */
    NODE_BOOL_OP, NODE_NAMED_EXPR, NODE_BIN_OP, NODE_UNARY_OP, NODE_LAMBDA, NODE_IF_EXP,
    NODE_DICT, NODE_SET, NODE_LIST_COMP, NODE_SET_COMP, NODE_DICT_COMP, NODE_GENERATOR_EXP,
    NODE_AWAIT, NODE_YIELD, NODE_YIELD_FROM, NODE_COMPARE, NODE_CALL, NODE_FORMATTED_VALUE,
    NODE_JOINED_STR, NODE_CONSTANT, NODE_ATTRIBUTE, NODE_SUBSCRIPT, NODE_STARRED, NODE_NAME,
    NODE_LIST, NODE_TUPLE, NODE_SLICE,
    /* helpers (not expressions) */
    NODE_ARG, NODE_KEYWORD, NODE_ALIAS, NODE_WITH_ITEM, NODE_EXCEPT_HANDLER, NODE_COMPREHENSION,
    NODE_MATCH_CASE,
    /* patterns of `case` clauses (CPython's pattern kinds) */
    NODE_MATCH_VALUE, NODE_MATCH_SINGLETON, NODE_MATCH_SEQUENCE, NODE_MATCH_MAPPING,
    NODE_MATCH_CLASS, NODE_MATCH_STAR, NODE_MATCH_AS, NODE_MATCH_OR,
    NODE__COUNT
} AwNodeKind;

/* Expression context, for NAME/ATTRIBUTE/SUBSCRIPT/STARRED/LIST/TUPLE. */
typedef enum { AW_CTX_LOAD, AW_CTX_STORE, AW_CTX_DEL } AwExprCtx;

typedef enum { AW_BOOL_AND, AW_BOOL_OR } AwBoolOpKind;
typedef enum { AW_UOP_NOT, AW_UOP_NEG, AW_UOP_POS, AW_UOP_INVERT } AwUnaryOpKind;
/* Comparison operators of NODE_COMPARE: the six rich comparisons use AwCmpOp's numbering. */
typedef enum {
    AW_CMPOP_LT, AW_CMPOP_LE, AW_CMPOP_EQ, AW_CMPOP_NE, AW_CMPOP_GT, AW_CMPOP_GE,
    AW_CMPOP_IS, AW_CMPOP_IS_NOT, AW_CMPOP_IN, AW_CMPOP_NOT_IN
} AwCompareOpKind;

typedef enum {
    AW_CONST_NONE, AW_CONST_TRUE, AW_CONST_FALSE, AW_CONST_ELLIPSIS,
    AW_CONST_INT,    /* text: digits as written, underscores removed, with 0x/0o/0b prefix kept */
    AW_CONST_FLOAT,  /* number */
    AW_CONST_IMAG,   /* number: an imaginary literal (1j); the compiler rejects it */
    AW_CONST_STR,    /* text/len: decoded UTF-8 */
    AW_CONST_BYTES   /* text/len: decoded bytes (may contain NUL) */
} AwConstKind;

/* Function parameters (NODE_FUNCTION_DEF, NODE_LAMBDA). */
typedef struct {
    AwNodeList posonlyargs;  /* NODE_ARG */
    AwNodeList args;         /* NODE_ARG */
    AwNode *vararg;          /* NODE_ARG or NULL */
    AwNodeList kwonlyargs;   /* NODE_ARG */
    AwNodeList kw_defaults;  /* one per kwonlyarg; an item is NULL when it has no default */
    AwNode *kwarg;           /* NODE_ARG or NULL */
    AwNodeList defaults;     /* defaults of the last len(defaults) of posonlyargs+args */
} AwArguments;

struct AwNode {
    AwNodeKind kind;   /* which member of the union is valid */
    int line;          /* first line (1-based) */
    int col;           /* first column (0-based, bytes) */
    int end_line;      /* last line */
    int end_col;       /* column after the last character */
    union {
        struct { AwNodeList body; } module;                 /* MODULE, INTERACTIVE */
        struct { AwNode *body; } expression;                /* EXPRESSION */
        struct {
            const char *name; AwArguments *args; AwNodeList body; AwNodeList decorators;
            AwNode *returns; bool is_async;
        } function_def;                                     /* FUNCTION_DEF */
        struct {
            const char *name; AwNodeList bases; AwNodeList keywords; AwNodeList body;
            AwNodeList decorators;
        } class_def;                                        /* CLASS_DEF */
        struct { AwNode *value; } return_;                  /* RETURN (value may be NULL) */
        struct { AwNodeList targets; } delete_;             /* DELETE */
        struct { AwNodeList targets; AwNode *value; } assign;          /* ASSIGN: t1 = t2 = v */
        struct { AwNode *target; int op; AwNode *value; } aug_assign;  /* op: AwBinOp */
        struct { AwNode *target; AwNode *annotation; AwNode *value; bool simple; } ann_assign;
        struct {
            AwNode *target; AwNode *iter; AwNodeList body; AwNodeList orelse; bool is_async;
        } for_;                                             /* FOR */
        struct { AwNode *test; AwNodeList body; AwNodeList orelse; } while_;   /* WHILE */
        struct { AwNode *test; AwNodeList body; AwNodeList orelse; } if_;      /* IF (elif = nested IF in orelse) */
        struct { AwNodeList items; AwNodeList body; bool is_async; } with;     /* items: WITH_ITEM */
        struct { AwNode *exc; AwNode *cause; } raise;       /* RAISE (both may be NULL) */
        struct {
            AwNodeList body; AwNodeList handlers; AwNodeList orelse; AwNodeList finalbody;
            bool is_star;                                   /* try/except* */
        } try_;                                             /* handlers: EXCEPT_HANDLER */
        struct { AwNode *test; AwNode *msg; } assert_;      /* ASSERT (msg may be NULL) */
        struct { AwNodeList names; } import;                /* IMPORT: ALIAS list */
        struct { const char *module; AwNodeList names; int level; } import_from; /* module may be NULL; names "*" for star */
        struct { const char **names; int count; } global;   /* GLOBAL, NONLOCAL */
        struct { AwNode *value; } expr;                     /* EXPR */
        struct { AwNode *subject; AwNodeList cases; } match; /* MATCH: cases are MATCH_CASE */

        struct { AwBoolOpKind op; AwNodeList values; } bool_op;        /* BOOL_OP */
        struct { AwNode *target; AwNode *value; } named_expr;         /* NAMED_EXPR (target: NAME) */
        struct { AwNode *left; int op; AwNode *right; } bin_op;       /* BIN_OP, op: AwBinOp */
        struct { AwUnaryOpKind op; AwNode *operand; } unary_op;       /* UNARY_OP */
        struct { AwArguments *args; AwNode *body; } lambda;           /* LAMBDA */
        struct { AwNode *test; AwNode *body; AwNode *orelse; } if_exp; /* IF_EXP */
        struct { AwNodeList keys; AwNodeList values; } dict;          /* DICT: a NULL key is **value */
        struct { AwNodeList elts; } set;                              /* SET */
        struct { AwNode *elt; AwNodeList generators; } comp;          /* LIST_COMP, SET_COMP, GENERATOR_EXP */
        struct { AwNode *key; AwNode *value; AwNodeList generators; } dict_comp; /* DICT_COMP */
        struct { AwNode *value; } await;                              /* AWAIT */
        struct { AwNode *value; } yield;                              /* YIELD (value may be NULL), YIELD_FROM */
        struct { AwNode *left; int *ops; AwNodeList comparators; } compare; /* ops: AwCompareOpKind, one per comparator */
        struct { AwNode *func; AwNodeList args; AwNodeList keywords; } call; /* args may hold STARRED; keywords: KEYWORD */
        struct { AwNode *value; int conversion; AwNode *format_spec; } formatted_value; /* conversion: -1 none, 's' 'r' 'a'; spec: JOINED_STR or NULL */
        struct { AwNodeList values; } joined_str;                    /* JOINED_STR: CONSTANT str and FORMATTED_VALUE */
        struct {
            AwConstKind kind; const char *text; size_t len; double number;
            bool u_kind;   /* STR: the first string token starts with 'u' (CPython's Constant.kind 'u') */
        } constant;                                                   /* CONSTANT */
        struct { AwNode *value; const char *attr; AwExprCtx ctx; } attribute;  /* ATTRIBUTE */
        struct { AwNode *value; AwNode *slice; AwExprCtx ctx; } subscript;     /* SUBSCRIPT (slice may be SLICE or TUPLE with SLICEs) */
        struct { AwNode *value; AwExprCtx ctx; } starred;                      /* STARRED */
        struct { const char *id; AwExprCtx ctx; } name;                        /* NAME */
        struct { AwNodeList elts; AwExprCtx ctx; } sequence;                   /* LIST, TUPLE */
        struct { AwNode *lower; AwNode *upper; AwNode *step; } slice;          /* SLICE (each may be NULL) */

        struct { const char *name; AwNode *annotation; } arg;                  /* ARG */
        struct { const char *arg; AwNode *value; } keyword;                    /* KEYWORD: arg NULL for **value */
        struct { const char *name; const char *asname; } alias;                /* ALIAS: dotted name, asname may be NULL */
        struct { AwNode *context_expr; AwNode *optional_vars; } with_item;     /* WITH_ITEM */
        struct { AwNode *type; const char *name; AwNodeList body; } except_handler; /* EXCEPT_HANDLER */
        struct { AwNode *target; AwNode *iter; AwNodeList ifs; bool is_async; } comprehension; /* COMPREHENSION */
        struct { AwNode *pattern; AwNode *guard; AwNodeList body; } match_case; /* MATCH_CASE (guard may be NULL) */

        struct { AwNode *value; } match_value;              /* MATCH_VALUE: a literal or dotted name */
        struct { AwConstKind value; } match_singleton;      /* MATCH_SINGLETON: None, True or False */
        struct { AwNodeList patterns; } match_sequence;     /* MATCH_SEQUENCE (at most one MATCH_STAR) */
        struct {
            AwNodeList keys; AwNodeList patterns; const char *rest;
        } match_mapping;                                    /* MATCH_MAPPING: rest is `**rest` or NULL */
        struct {
            AwNode *cls; AwNodeList patterns; const char **kwd_attrs; AwNodeList kwd_patterns;
        } match_class;                                      /* MATCH_CLASS: kwd_attrs[i] names kwd_patterns[i] */
        struct { const char *name; } match_star;            /* MATCH_STAR: `*name`, NULL for `*_` */
        struct { AwNode *pattern; const char *name; } match_as; /* MATCH_AS: `p as name`, capture (no pattern), `_` (neither) */
        struct { AwNodeList patterns; } match_or;           /* MATCH_OR: two or more alternatives */
    } u;
};

/* A compound statement (def, class, for, while, if, with, try, match): at the prompt it ends
 * only at an empty line. */
bool ast_is_compound(const AwNode *stmt);
/* Dumps a tree in a readable, CPython-ast.dump-like form (for parser tests). */
void ast_dump(const AwNode *node, void (*write)(void *ctx, const char *s), void *ctx);
/* The same dump with every node's positions (lineno, col_offset, end_lineno, end_col_offset). */
void ast_dump_positions(const AwNode *node, void (*write)(void *ctx, const char *s), void *ctx);

#endif
