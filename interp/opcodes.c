/* opcodes.c — the names of the opcodes, for the disassembler and VM diagnostics. */
#include "interp/opcodes.h"

const char *const opcode_names[OP__COUNT] = {
#define AW_OP_NAME(name, doc) [OP_##name] = #name,
    AW_OPCODES(AW_OP_NAME)
#undef AW_OP_NAME
};
