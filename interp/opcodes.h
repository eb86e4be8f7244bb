/* opcodes.h — the bytecode instruction set, one X-macro: X(NAME, "stack effect — meaning").
 *
 * An instruction is one 32-bit word: opcode in the low 8 bits, argument in the high 24 bits
 * (INSTR_OP / INSTR_ARG). There are no multi-word instructions. Jump arguments are absolute
 * instruction indices. Inline caches live in a side table owned by the VM, indexed by
 * instruction index, so the compiler knows nothing of them.
 *
 * Stack effects are written (before -- after), top of stack rightmost. "namei" indexes
 * code->names, "consti" code->consts, "slot" the frame's local slots (code->varnames).
 *
 * Blocks (try/with/async-for) are the pre-3.11 CPython model: SETUP_* pushes a TRY block
 * recording a handler address and the stack depth. When an exception is raised the VM pops the
 * frame's blocks: a TRY block truncates the stack to its depth, pushes an EXCEPT_HANDLER block
 * (remembering the previously handled exception), sets the handled exception (sys.exc_info,
 * implicit __context__) to the new one, pushes the exception object and jumps to the handler.
 * An EXCEPT_HANDLER block met while unwinding restores the handled exception it remembers.
 * Leaving a frame (return/yield-return) also restores it, so `return` inside `except` needs no
 * POP_EXCEPT; `break`/`continue` out of an except body must emit POP_EXCEPT themselves, and out
 * of a try body POP_BLOCK (plus the inlined finally body).
 */
#ifndef AW_OPCODES_H
#define AW_OPCODES_H

#define AW_OPCODES(X) \
    X(NOP,               "( -- ) does nothing") \
    X(POP_TOP,           "(a -- )") \
    X(DUP_TOP,           "(a -- a a)") \
    X(DUP_TOP_TWO,       "(a b -- a b a b)") \
    X(ROT_TWO,           "(a b -- b a)") \
    X(ROT_THREE,         "(a b c -- c a b) top moves down two") \
    X(ROT_FOUR,          "(a b c d -- d a b c) top moves down three") \
    X(LOAD_CONST,        "( -- consts[consti])") \
    X(LOAD_SMALL_INT,    "( -- int) arg is a signed 24-bit value (arg - 0x800000)") \
    X(LOAD_FAST,         "( -- v) local slot; UnboundLocalError if empty") \
    X(STORE_FAST,        "(v -- ) local slot") \
    X(DELETE_FAST,       "( -- ) local slot; UnboundLocalError if empty") \
    X(LOAD_DEREF,        "( -- v) contents of the cell in slot; NameError/UnboundLocalError if empty") \
    X(STORE_DEREF,       "(v -- ) into the cell in slot") \
    X(DELETE_DEREF,      "( -- ) empties the cell in slot") \
    X(LOAD_CLOSURE,      "( -- cell) the cell object in slot (to build a closure tuple)") \
    X(LOAD_CLASSDEREF,   "( -- v) class body: name varnames[slot] from the namespace dict, else the cell in slot") \
    X(LOAD_GLOBAL,       "( -- v) globals[namei], else builtins; NameError") \
    X(STORE_GLOBAL,      "(v -- ) globals[namei] = v") \
    X(DELETE_GLOBAL,     "( -- ) del globals[namei]; NameError") \
    X(LOAD_NAME,         "( -- v) namespace, then globals, then builtins (module and class bodies)") \
    X(STORE_NAME,        "(v -- ) namespace[namei] = v") \
    X(DELETE_NAME,       "( -- ) del namespace[namei]; NameError") \
    X(LOAD_ATTR,         "(obj -- obj.names[namei])") \
    X(STORE_ATTR,        "(v obj -- ) obj.names[namei] = v") \
    X(DELETE_ATTR,       "(obj -- ) del obj.names[namei]") \
    X(LOAD_METHOD,       "(obj -- meth self) for an unbound function on the class, else (obj -- attr EMPTY)") \
    X(BINARY_SUBSCR,     "(obj key -- obj[key])") \
    X(STORE_SUBSCR,      "(v obj key -- ) obj[key] = v") \
    X(DELETE_SUBSCR,     "(obj key -- ) del obj[key]") \
    X(BINARY_OP,         "(a b -- r) arg is an AwBinOp; +AW_BINOP_INPLACE for augmented assignment") \
    X(UNARY_NEGATIVE,    "(a -- -a)") \
    X(UNARY_POSITIVE,    "(a -- +a)") \
    X(UNARY_INVERT,      "(a -- ~a)") \
    X(UNARY_NOT,         "(a -- not a)") \
    X(COMPARE_OP,        "(a b -- r) arg is an AwCmpOp") \
    X(IS_OP,             "(a b -- bool) a is b; arg 1 inverts (is not)") \
    X(CONTAINS_OP,       "(a b -- bool) a in b; arg 1 inverts (not in)") \
    X(JUMP,              "( -- ) ip = arg") \
    X(POP_JUMP_IF_FALSE, "(a -- ) jump if not truthy") \
    X(POP_JUMP_IF_TRUE,  "(a -- ) jump if truthy") \
    X(JUMP_IF_FALSE_OR_POP, "(a -- a) and jump if falsy, else (a -- )") \
    X(JUMP_IF_TRUE_OR_POP,  "(a -- a) and jump if truthy, else (a -- )") \
    X(GET_ITER,          "(obj -- iter(obj))") \
    X(FOR_ITER,          "(it -- it next) or, when exhausted, (it -- ) and jump to arg") \
    X(BUILD_TUPLE,       "(v1 .. vn -- tuple) n = arg") \
    X(BUILD_LIST,        "(v1 .. vn -- list)") \
    X(BUILD_SET,         "(v1 .. vn -- set)") \
    X(BUILD_MAP,         "(k1 v1 .. kn vn -- dict)") \
    X(BUILD_SLICE,       "(start stop -- slice) arg 2, or (start stop step -- slice) arg 3") \
    X(BUILD_STRING,      "(s1 .. sn -- s) concatenates n strs (f-strings)") \
    X(FORMAT_VALUE,      "(v -- str) or (v spec -- str) if arg&4; arg&3: 0 none, 1 str(), 2 repr(), 3 ascii()") \
    X(LIST_APPEND,       "(.. list x1..x(arg-1) v -- .. list x1..) appends v to the list arg deep (1 = just below v)") \
    X(SET_ADD,           "(.. set .. v -- .. set ..) like LIST_APPEND") \
    X(MAP_ADD,           "(.. dict .. k v -- .. dict ..) dict is arg deep below k") \
    X(LIST_EXTEND,       "(.. list .. it -- .. list ..) list.extend(it), list arg deep") \
    X(SET_UPDATE,        "(.. set .. it -- .. set ..)") \
    X(DICT_UPDATE,       "(.. dict .. m -- .. dict ..) dict.update(m) ({**m})") \
    X(DICT_MERGE,        "(.. dict .. m -- .. dict ..) like DICT_UPDATE but a repeated key is a TypeError (f(**m))") \
    X(LIST_TO_TUPLE,     "(list -- tuple)") \
    X(UNPACK_SEQUENCE,   "(seq -- vn .. v1) exactly arg items; v1 on top") \
    X(UNPACK_EX,         "(seq -- vlast .. list .. v1) arg = before | after << 12; starred part is a list") \
    X(CALL,              "(f a1 .. an -- r) n = arg positional arguments") \
    X(CALL_KW,           "(f a1 .. an kwnames -- r) n = arg total arguments; the last len(kwnames) are keywords") \
    X(CALL_EX,           "(f args_tuple -- r) or (f args_tuple kwargs_dict -- r) if arg&1") \
    X(CALL_METHOD,       "(meth self_or_EMPTY a1 .. an -- r) after LOAD_METHOD") \
    X(CALL_METHOD_KW,    "(meth self_or_EMPTY a1 .. an kwnames -- r) n = arg total arguments") \
    X(MAKE_FUNCTION,     "([defaults] [kwdefaults] [closure] code -- func) arg&1 defaults tuple, &2 kwdefaults dict, &8 closure tuple") \
    X(RETURN_VALUE,      "(v -- ) returns v to the caller") \
    X(YIELD_VALUE,       "(v -- sent) suspends the generator, yielding v; resumes with the sent value") \
    X(GET_YIELD_FROM_ITER, "(obj -- it) iter(obj), or obj itself for a generator/coroutine") \
    X(YIELD_FROM,        "(it -- result) delegates to it (send/throw/close forwarded) until it returns") \
    X(AWAIT,             "(obj -- result) await obj: coroutine, Task, Future or __await__; arg: AWAIT_AENTER/AEXIT in async with") \
    X(GET_AITER,         "(obj -- obj.__aiter__())") \
    X(GET_ANEXT,         "(aiter -- aiter aiter.__anext__())") \
    X(END_ASYNC_FOR,     "(aiter exc -- ) in the handler of async for: StopAsyncIteration ends the loop (pops the EXCEPT_HANDLER block), anything else is re-raised") \
    X(SETUP_TRY,         "( -- ) pushes a TRY block: handler arg, depth = current stack depth") \
    X(SETUP_WITH,        "(mgr -- exit enter_result) calls __enter__; pushes a TRY block (handler arg) whose depth keeps exit") \
    X(BEFORE_ASYNC_WITH, "(mgr -- aexit awaitable) looks up __aexit__, calls __aenter__") \
    X(SETUP_ASYNC_WITH,  "(aexit enter_result -- aexit enter_result) pushes a TRY block (handler arg) whose depth keeps aexit only") \
    X(WITH_EXIT,         "(exit -- r) r = exit(None, None, None)") \
    X(WITH_EXCEPT,       "(exit exc -- exit exc r) r = exit(type(exc), exc, tb), in a with handler") \
    X(POP_BLOCK,         "( -- ) pops the TRY block (normal exit from a try/with body)") \
    X(POP_EXCEPT,        "( -- ) pops the EXCEPT_HANDLER block, restoring the handled exception") \
    X(RERAISE,           "(exc -- ) raises exc again, keeping its traceback") \
    X(RAISE_VARARGS,     "arg 0: ( -- ) re-raise the handled exception; 1: (exc -- ); 2: (exc cause -- ) raise from") \
    X(CHECK_EXC_MATCH,   "(exc type -- exc bool) isinstance(exc, type); type may be a tuple; TypeError if not exception classes") \
    X(STAR_BEGIN,        "(exc -- orig raised rest) starts the except* clauses: raised = [], rest = exc") \
    X(STAR_MATCH,        "(rest type -- rest' match) splits off what the except* clause handles and makes it the handled exception; jumps with (rest type -- rest) when nothing matches") \
    X(STAR_COLLECT,      "(raised rest exc -- raised rest) appends what an except* body raised to raised") \
    X(STAR_RERAISE,      "(orig raised rest -- ) raises what is left after the except* clauses, if anything") \
    X(LOAD_ASSERTION_ERROR, "( -- AssertionError)") \
    X(LOAD_BUILD_CLASS,  "( -- __build_class__) called as (body_func, name, *bases, **kw)") \
    X(IMPORT_NAME,       "(fromlist -- module) imports names[namei]; fromlist None: top package of a dotted name, else the leaf") \
    X(IMPORT_FROM,       "(module -- module value) module.names[namei]; ImportError if missing") \
    X(IMPORT_STAR,       "(module -- ) copies the public names into the namespace") \
    X(PRINT_EXPR,        "(v -- ) REPL: prints repr(v) unless None, stores it in builtins._") \
    /* pattern matching (compile_match.c, match.c) */ \
    X(COPY,              "(x_n .. x_1 -- x_n .. x_1 x_n) n = arg >= 1") \
    X(ROT_N,             "(x_n .. x_2 x_1 -- x_1 x_n .. x_2) top moves down to position n = arg") \
    X(GET_LEN,           "(obj -- obj len(obj))") \
    X(MATCH_SEQUENCE,    "(subject -- subject bool) a sequence for pattern matching: list, tuple, range, deque..., not str/bytes/bytearray") \
    X(MATCH_MAPPING,     "(subject -- subject bool) a mapping for pattern matching: dict and its subclasses") \
    X(MATCH_KEYS,        "(subject keys -- subject keys values) values: tuple of subject.get(k) for the keys tuple, or None if one is missing") \
    X(MATCH_CLASS,       "(subject cls names -- attrs) attrs: tuple of arg positional (__match_args__) then the names' attributes, or None if no match") \
    X(COPY_DICT_WITHOUT_KEYS, "(subject keys -- rest) rest: dict(subject) without the keys (**rest)")

/* Specialised forms (quickening) and superinstructions. The code generator turns the first
 * instruction of some frequent pairs into a pair form (codegen.c, pair_instructions) that
 * also does the work of the second one and skips it; the second stays in place, so a jump to
 * it still works, and a pair whose second half is not (yet) specialised, or whose guard fails,
 * just does its first half. The other forms are never emitted: the VM rewrites a generic
 * instruction in place into one of these once it has seen its operands, keeping the argument,
 * and a specialised instruction whose guard fails rewrites itself back to the generic form and
 * runs that. They have the stack effect of their generic form; the disassembler prints the
 * generic form (opcode_generic), so `aw --dis` and tracebacks never see them.
 * X(NAME, GENERIC, "guard — what it does"). */
#define AW_SPECIALIZED_OPCODES(X) \
    X(BINARY_ADD_INT,      BINARY_OP,  "two small ints: a + b (deopt on overflow)") \
    X(BINARY_SUB_INT,      BINARY_OP,  "two small ints: a - b") \
    X(BINARY_MUL_INT,      BINARY_OP,  "two small ints below 2**24: a * b") \
    X(BINARY_MOD_INT,      BINARY_OP,  "two small ints, b > 0: a % b") \
    X(BINARY_AND_INT,      BINARY_OP,  "two small ints: a & b") \
    X(BINARY_OR_INT,       BINARY_OP,  "two small ints: a | b") \
    X(BINARY_ADD_FLOAT,    BINARY_OP,  "two floats: a + b") \
    X(BINARY_SUB_FLOAT,    BINARY_OP,  "two floats: a - b") \
    X(BINARY_MUL_FLOAT,    BINARY_OP,  "two floats: a * b") \
    X(BINARY_DIV_FLOAT,    BINARY_OP,  "two floats, b != 0: a / b") \
    X(COMPARE_INT,         COMPARE_OP, "two small ints: a <op> b") \
    X(COMPARE_STR,         COMPARE_OP, "two exact strs: a <op> b") \
    X(LOAD_ATTR_INSTANCE,  LOAD_ATTR,  "instance of the cached class, attribute at the cached dict entry") \
    X(STORE_ATTR_INSTANCE, STORE_ATTR, "instance of the cached class, attribute at the cached dict entry") \
    X(LOAD_METHOD_INSTANCE, LOAD_METHOD, "instance of the cached class whose instances never stored the name") \
    X(LOAD_GLOBAL_CACHED,  LOAD_GLOBAL, "globals (and builtins) unchanged since the cache was filled") \
    X(FOR_ITER_RANGE,      FOR_ITER,   "a range iterator: the next int without a call") \
    X(FOR_ITER_LIST,       FOR_ITER,   "a list iterator: the next item without a call") \
    X(FOR_ITER_STR,        FOR_ITER,   "a str iterator over ASCII text: the next character without a call") \
    X(CALL_LEN,            CALL,       "len(x) of the builtin len on an exact str, list, tuple or dict") \
    X(LOAD_FAST__LOAD_FAST,  LOAD_FAST, "pair: also runs the LOAD_FAST that follows") \
    X(LOAD_FAST__LOAD_ATTR,  LOAD_FAST, "pair: also runs a following LOAD_ATTR_INSTANCE whose guard holds") \
    X(LOAD_FAST__STORE_ATTR, LOAD_FAST, "pair: also runs a following STORE_ATTR_INSTANCE whose guard holds") \
    X(LOAD_FAST__LOAD_METHOD, LOAD_FAST, "pair: also runs a following LOAD_METHOD_INSTANCE whose guard holds") \
    X(STORE_FAST__LOAD_FAST, STORE_FAST, "pair: also runs the LOAD_FAST that follows") \
    X(DUP_TOP__LOAD_ATTR,    DUP_TOP,   "pair: also runs a following LOAD_ATTR_INSTANCE whose guard holds") \
    X(ROT_TWO__STORE_ATTR,   ROT_TWO,   "pair: also runs a following STORE_ATTR_INSTANCE whose guard holds") \
    X(LOAD_CONST__IS_OP,     LOAD_CONST, "pair: also runs the IS_OP that follows (x is None)") \
    X(LOAD_SMALL_INT__BINARY_OP, LOAD_SMALL_INT, "pair: also runs a following BINARY_ADD_INT/SUB_INT on a small int (n - 1)") \
    X(LOAD_SMALL_INT__COMPARE_OP, LOAD_SMALL_INT, "pair: also runs a following COMPARE_INT on a small int (n < 2)")

typedef enum {
#define AW_OP_ENUM(name, doc) OP_##name,
    AW_OPCODES(AW_OP_ENUM)
#undef AW_OP_ENUM
    OP__GENERIC_COUNT,
    OP__BEFORE_SPECIALIZED = OP__GENERIC_COUNT - 1,
#define AW_SPEC_ENUM(name, generic, doc) OP_##name,
    AW_SPECIALIZED_OPCODES(AW_SPEC_ENUM)
#undef AW_SPEC_ENUM
    OP__COUNT
} AwOpcode;

/* AWAIT's argument: which await of `async with` it is, for CPython's error message. */
enum { AWAIT_PLAIN = 0, AWAIT_AENTER = 1, AWAIT_AEXIT = 2 };

#define INSTR_OP(w) ((AwOpcode)((w) & 0xFFu))
#define INSTR_ARG(w) ((uint32_t)(w) >> 8)
#define INSTR_MAKE(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_ARG_MAX 0xFFFFFFu
#define SMALL_INT_BIAS 0x800000

/* Flags of FORMAT_VALUE and MAKE_FUNCTION. */
enum { AW_FMT_NONE = 0, AW_FMT_STR = 1, AW_FMT_REPR = 2, AW_FMT_ASCII = 3, AW_FMT_HAS_SPEC = 4,
       /* FORMAT_VALUE feeding a BUILD_STRING: a small int may stay an int, which BUILD_STRING
        * writes in decimal itself (f"item-{i}" then allocates one string, not two). */
       AW_FMT_PART = 8 };
enum { AW_MKFN_DEFAULTS = 1, AW_MKFN_KWDEFAULTS = 2, AW_MKFN_ANNOTATIONS = 4, AW_MKFN_CLOSURE = 8 };

extern const char *const opcode_names[OP__COUNT];
/* The generic form of every opcode (itself for generic ones). */
extern const unsigned char opcode_generic[OP__COUNT];

#endif
