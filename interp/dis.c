/* dis.c — the disassembler (see dis.h).
 *
 * Layout of one instruction, as CPython's dis (instruction indices instead of byte offsets):
 *   LINE  >>  INDEX OPNAME               ARG (meaning)
 * A blank line separates source lines. dis_code_tree adds the nested code objects after their
 * parent, each introduced by `Disassembly of <code QUALNAME, file "F", line N>:`.
 */
#include "interp/dis.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "interp/code.h"
#include "interp/opcodes.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

#define OPNAME_WIDTH 20
#define OPARG_WIDTH 5

static bool is_jump(AwOpcode op) {
    switch (op) {
    case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: case OP_FOR_ITER:
    case OP_SETUP_TRY: case OP_SETUP_WITH: case OP_SETUP_ASYNC_WITH: case OP_STAR_MATCH:
        return true;
    default:
        return false;
    }
}

static bool uses_name(AwOpcode op) {
    switch (op) {
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_NAME:
    case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_STORE_ATTR:
    case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        return true;
    default:
        return false;
    }
}

static bool uses_local(AwOpcode op) {
    switch (op) {
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST: case OP_LOAD_DEREF:
    case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF:
        return true;
    default:
        return false;
    }
}

/* Opcodes whose argument means nothing. */
static bool has_arg(AwOpcode op, uint32_t arg) {
    switch (op) {
    case OP_NOP: case OP_POP_TOP: case OP_DUP_TOP: case OP_DUP_TOP_TWO: case OP_ROT_TWO:
    case OP_ROT_THREE: case OP_ROT_FOUR: case OP_BINARY_SUBSCR: case OP_STORE_SUBSCR:
    case OP_DELETE_SUBSCR: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_INVERT:
    case OP_UNARY_NOT: case OP_GET_ITER: case OP_LIST_TO_TUPLE: case OP_RETURN_VALUE:
    case OP_YIELD_VALUE: case OP_GET_YIELD_FROM_ITER: case OP_YIELD_FROM: case OP_AWAIT:
    case OP_GET_AITER: case OP_GET_ANEXT: case OP_END_ASYNC_FOR: case OP_BEFORE_ASYNC_WITH:
    case OP_WITH_EXIT: case OP_WITH_EXCEPT: case OP_POP_BLOCK: case OP_POP_EXCEPT:
    case OP_RERAISE: case OP_CHECK_EXC_MATCH: case OP_LOAD_ASSERTION_ERROR:
    case OP_LOAD_BUILD_CLASS: case OP_IMPORT_STAR: case OP_PRINT_EXPR:
    case OP_GET_LEN: case OP_MATCH_SEQUENCE: case OP_MATCH_MAPPING: case OP_MATCH_KEYS:
    case OP_COPY_DICT_WITHOUT_KEYS:
        return arg != 0;
    default:
        return true;
    }
}

static const char *const binop_symbols[] = {
    [AW_BINOP_ADD] = "+", [AW_BINOP_SUB] = "-", [AW_BINOP_MUL] = "*", [AW_BINOP_TRUEDIV] = "/",
    [AW_BINOP_FLOORDIV] = "//", [AW_BINOP_MOD] = "%", [AW_BINOP_POW] = "**",
    [AW_BINOP_LSHIFT] = "<<", [AW_BINOP_RSHIFT] = ">>", [AW_BINOP_AND] = "&",
    [AW_BINOP_OR] = "|", [AW_BINOP_XOR] = "^", [AW_BINOP_MATMUL] = "@",
};

static const char *const compare_symbols[] = { "<", "<=", "==", "!=", ">", ">=" };

static void print_str_value(AwVM *vm, AwValue v, FILE *out) {
    AwValue r = ops_repr(vm, v);
    if (r == AW_ERR || !value_is_str(r)) {
        vm_exc_clear(vm);
        fputs("?", out);
        return;
    }
    fwrite(AW_STR(r)->data, 1, (size_t)AW_STR(r)->byte_len, out);
}

static void print_name(AwTuple *t, uint32_t i, FILE *out) {
    if (t && i < (uint32_t)t->len && value_is_str(t->items[i])) fputs(AW_STR(t->items[i])->data, out);
    else fputs("?", out);
}

static void print_const(AwVM *vm, AwCode *code, uint32_t i, FILE *out) {
    if (!code->consts || i >= (uint32_t)code->consts->len) { fputs("?", out); return; }
    AwValue v = code->consts->items[i];
    if (value_is_ptr(v) && type_of(v) == &aw_type_code) {
        AwCode *inner = AW_CODE(v);
        fprintf(out, "<code %s, line %d>", inner->name ? inner->name->data : "?", (int)inner->firstlineno);
        return;
    }
    print_str_value(vm, v, out);
}

static void print_mkfn_flags(uint32_t arg, FILE *out) {
    const char *sep = "";
    if (arg & AW_MKFN_DEFAULTS) { fprintf(out, "%sdefaults", sep); sep = ", "; }
    if (arg & AW_MKFN_KWDEFAULTS) { fprintf(out, "%skwdefaults", sep); sep = ", "; }
    if (arg & AW_MKFN_ANNOTATIONS) { fprintf(out, "%sannotations", sep); sep = ", "; }
    if (arg & AW_MKFN_CLOSURE) fprintf(out, "%sclosure", sep);
}

static void print_format_flags(uint32_t arg, FILE *out) {
    static const char *const conv[] = { "", "str", "repr", "ascii" };
    fputs(conv[arg & 3], out);
    if (arg & AW_FMT_HAS_SPEC) fputs((arg & 3) ? ", with format" : "with format", out);
}

/* The meaning of the argument, in parentheses; false when there is none to show. */
static bool has_meaning(AwOpcode op, uint32_t arg) {
    if (op == OP_FORMAT_VALUE) return (arg & ~(uint32_t)AW_FMT_PART) != 0;
    if (op == OP_MAKE_FUNCTION) return arg != 0;
    return op == OP_LOAD_CONST || uses_name(op) || uses_local(op) ||
           is_jump(op) || op == OP_COMPARE_OP || op == OP_BINARY_OP || op == OP_IS_OP ||
           op == OP_CONTAINS_OP || op == OP_UNPACK_EX;
}

static void print_meaning(AwVM *vm, AwCode *code, AwOpcode op, uint32_t arg, FILE *out) {
    if (op == OP_LOAD_CONST) print_const(vm, code, arg, out);
    else if (uses_name(op)) print_name(code->names, arg, out);
    else if (uses_local(op)) print_name(code->varnames, arg, out);
    else if (is_jump(op)) fprintf(out, "to %u", arg);
    else if (op == OP_COMPARE_OP) fputs(arg < 6 ? compare_symbols[arg] : "?", out);
    else if (op == OP_IS_OP) fputs(arg ? "is not" : "is", out);
    else if (op == OP_CONTAINS_OP) fputs(arg ? "not in" : "in", out);
    else if (op == OP_BINARY_OP) {
        uint32_t base = arg & ~(uint32_t)AW_BINOP_INPLACE;
        fputs(base < AW_BINOP_COUNT ? binop_symbols[base] : "?", out);
        if (arg & AW_BINOP_INPLACE) fputc('=', out);
    } else if (op == OP_UNPACK_EX) fprintf(out, "%u before, %u after", arg & 0xFFF, arg >> 12);
    else if (op == OP_MAKE_FUNCTION) print_mkfn_flags(arg, out);
    else if (op == OP_FORMAT_VALUE) print_format_flags(arg, out);
}

static bool may_suspend(AwOpcode op) {
    return op == OP_YIELD_VALUE || op == OP_YIELD_FROM || op == OP_AWAIT;
}

/* The opcode as the compiler emitted it: the VM may have specialised it in place. */
static AwOpcode generic_op(uint32_t instr) {
    AwOpcode op = INSTR_OP(instr);
    return op < OP__COUNT ? (AwOpcode)opcode_generic[op] : op;
}

static int line_width(AwCode *code) {
    int max = 0;
    for (int i = 0; i < code->ncode; i++) {
        if (code->positions[i].line > max) max = code->positions[i].line;
    }
    int width = 1;
    for (; max >= 10; max /= 10) width++;
    return width < 3 ? 3 : width;
}

static int index_width(AwCode *code) {
    int width = 1;
    for (int n = code->ncode; n >= 10; n /= 10) width++;
    return width < 4 ? 4 : width;
}

static void print_instruction(AwVM *vm, AwCode *code, int ip, bool is_target, int line,
                              int lwidth, int iwidth, FILE *out) {
    uint32_t instr = code->code[ip];
    AwOpcode op = generic_op(instr);
    uint32_t arg = INSTR_ARG(instr);
    if (line > 0) fprintf(out, "%*d", lwidth, line);
    else fprintf(out, "%*s", lwidth, "");
    fprintf(out, "     %s %*d ", is_target ? ">>" : "  ", iwidth, ip);
    const char *name = op < OP__COUNT ? opcode_names[op] : "<bad opcode>";
    if (!has_arg(op, arg) && !may_suspend(op)) {
        fprintf(out, "%s\n", name);
        return;
    }
    fprintf(out, "%-*s", OPNAME_WIDTH, name);
    if (op == OP_LOAD_SMALL_INT) {
        fprintf(out, " %*ld", OPARG_WIDTH, (long)arg - SMALL_INT_BIAS);   /* the value itself */
    } else if (has_arg(op, arg)) {
        fprintf(out, " %*u", OPARG_WIDTH, arg);
        if (has_meaning(op, arg)) {
            fputs(" (", out);
            print_meaning(vm, code, op, arg, out);
            fputc(')', out);
        }
    }
    if (may_suspend(op)) fputs("  <- may suspend", out);
    fputc('\n', out);
}

static void dis_one(AwVM *vm, AwCode *code, FILE *out) {
    bool *targets = calloc((size_t)code->ncode + 1, sizeof(bool));
    for (int i = 0; targets && i < code->ncode; i++) {
        uint32_t instr = code->code[i];
        if (is_jump(generic_op(instr)) && INSTR_ARG(instr) < (uint32_t)code->ncode) targets[INSTR_ARG(instr)] = true;
    }
    int lwidth = line_width(code), iwidth = index_width(code), prev_line = -1;
    for (int ip = 0; ip < code->ncode; ip++) {
        int line = code->positions[ip].line;
        bool starts_line = line != prev_line;
        if (starts_line && ip > 0) fputc('\n', out);
        prev_line = line;
        print_instruction(vm, code, ip, targets && targets[ip], starts_line ? line : 0, lwidth, iwidth, out);
    }
    free(targets);
}

void dis_code(AwVM *vm, AwCode *code, FILE *out) { dis_one(vm, code, out); }

void dis_code_tree(AwVM *vm, AwCode *code, FILE *out) {
    dis_one(vm, code, out);
    for (int64_t i = 0; code->consts && i < code->consts->len; i++) {
        AwValue v = code->consts->items[i];
        if (!value_is_ptr(v) || type_of(v) != &aw_type_code) continue;
        AwCode *inner = AW_CODE(v);
        fprintf(out, "\nDisassembly of <code %s, file \"%s\", line %d>:\n",
                inner->qualname ? inner->qualname->data : "?",
                inner->filename ? inner->filename->data : "?", (int)inner->firstlineno);
        dis_code_tree(vm, inner, out);
    }
}
