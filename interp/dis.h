/* dis.h — the disassembler behind `aw --dis`: a readable listing of a code object (and, with
 * dis_code_tree, of every code object nested in its constants) in CPython's dis layout (line numbers, `>>`
 * on jump targets, instruction index, opcode, argument and its meaning). Instructions where a
 * generator or coroutine may suspend (YIELD_VALUE, YIELD_FROM, AWAIT) are marked
 * `<- may suspend`. Constant reprs are computed with ops_repr (builtin constant types only, so
 * no aw code runs).
 */
#ifndef AW_DIS_H
#define AW_DIS_H

#include <stdio.h>
#include "interp/types.h"

/* Writes the listing of one code object to out (the caller walks nested code objects). */
void dis_code(AwVM *vm, AwCode *code, FILE *out);
/* Writes the listing of code and then, depth first, of every code object nested in it. */
void dis_code_tree(AwVM *vm, AwCode *code, FILE *out);

#endif
