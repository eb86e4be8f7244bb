/* opcodes.c — the names of the opcodes and the generic form of the specialised ones, for the
 * disassembler and VM diagnostics. */
#include "interp/opcodes.h"

const char *const opcode_names[OP__COUNT] = {
#define AW_OP_NAME(name, doc) [OP_##name] = #name,
    AW_OPCODES(AW_OP_NAME)
#undef AW_OP_NAME
#define AW_SPEC_NAME(name, generic, doc) [OP_##name] = #name,
    AW_SPECIALIZED_OPCODES(AW_SPEC_NAME)
#undef AW_SPEC_NAME
};

const unsigned char opcode_generic[OP__COUNT] = {
#define AW_OP_GENERIC(name, doc) [OP_##name] = OP_##name,
    AW_OPCODES(AW_OP_GENERIC)
#undef AW_OP_GENERIC
#define AW_SPEC_GENERIC(name, generic, doc) [OP_##name] = OP_##generic,
    AW_SPECIALIZED_OPCODES(AW_SPEC_GENERIC)
#undef AW_SPEC_GENERIC
};
