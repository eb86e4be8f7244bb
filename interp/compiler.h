/* compiler.h — AST to code objects: scope analysis (local, global, nonlocal, cell, free),
 * bytecode generation (opcodes.h), constant folding where cheap, positions for every
 * instruction.
 *
 * Compile-time errors ("'return' outside function", "'await' outside async function",
 * "no binding for nonlocal 'x' found", "cannot assign to literal", ...) are reported through
 * AwSyntaxError like parse errors. Allocation goes through the GC funnel; the compiler never
 * runs aw code, so it need not root the objects it builds (gc.h).
 */
#ifndef AW_COMPILER_H
#define AW_COMPILER_H

#include "interp/parser.h"
#include "interp/types.h"

/* Returns the module/interactive/eval code object, or NULL: with *err filled for a syntax
 * error, or with MemoryError raised on the VM (err->msg empty). */
/* Prints the tokenizer's SyntaxWarnings of a parse ("1if x else y": "invalid decimal
 * literal"), as CPython does before compiling. */
void compiler_print_literal_warnings(const AwSyntaxError *err, const char *filename);
AwCode *compiler_compile(AwVM *vm, AwNode *root, AwStr *filename, AwParseMode mode,
                         AwSyntaxError *err);

#endif
