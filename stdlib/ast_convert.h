/* ast_convert.h — aw's C syntax tree (interp/ast.h) to and from the node objects of the `_ast`
 * module (stdlib/_ast.py, CPython 3.11's classes), for compile(..., PyCF_ONLY_AST) and
 * compile(tree, ...).
 *
 * Source -> nodes runs the ordinary parser and builds the objects without running aw code (no
 * GC root is needed while the tree grows). Nodes -> code reads the objects with getattr
 * (properties of user subclasses may run), checks them as CPython's obj2ast and validator do,
 * with their messages ("required field \"lineno\" missing from stmt", "expected some sort of
 * expr, but got <...>", "expression must have Load context but has Store instead"), builds the
 * C tree in an arena and hands it to the ordinary compiler (vm_compile_tree).
 */
#ifndef AW_AST_CONVERT_H
#define AW_AST_CONVERT_H

#include "interp/parser.h"
#include "interp/types.h"

#define AW_PYCF_ONLY_AST 0x400   /* CPython's PyCF_ONLY_AST */

/* src[0..len) (decoded UTF-8) parsed in mode: the root node object, or AW_ERR with
 * SyntaxError raised (as compile() raises it). */
AwValue ast_convert_parse(AwVM *vm, const char *src, size_t len, const char *filename, AwParseMode mode);
/* 1 if v is an _ast.AST instance, 0 if not, -1 with an exception if _ast cannot be imported. */
int ast_convert_is_node(AwVM *vm, AwValue v);
/* Compiles a tree of node objects (a Module, Expression or Interactive matching mode). */
AwCode *ast_convert_compile(AwVM *vm, AwValue tree, const char *filename, AwParseMode mode);

#endif
