/* vm.h — the interpreter state and the embedding-level API: raising exceptions, calling,
 * running source.
 *
 * One AwVM per process. The VM owns the GC heap, the module table, the running fiber and the
 * pending exception. An exception is "pending" from vm_raise* until a handler in aw code
 * catches it or native code takes it (vm_exc_take); every function that returns AW_ERR or
 * AW_ERROR leaves one pending.
 */
#ifndef AW_VM_H
#define AW_VM_H

#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include "interp/gc.h"
#include "interp/gil.h"
#include "interp/names.h"
#include "interp/parser.h"
#include "interp/types.h"

struct AwVM {
    AwGC gc;                   /* the heap */
    AwGil gil;                 /* interpreter lock for worker threads (gil.h) */
    AwNames names;             /* interned identifiers (names.h) */
    void *intern_table;        /* str.c's intern set (a root) */
    AwFiber *fiber;            /* the running fiber */
    AwFiber *main_fiber;       /* the fiber the program started on */
    AwValue exc;               /* pending exception instance, or AW_EMPTY */
    AwDict *modules;           /* sys.modules */
    AwModule *builtins;        /* the builtins module */
    AwValue builtin_len;       /* the original builtins.len (a root), for the VM's CALL_LEN */
    AwModule *main_module;     /* __main__ */
    AwModule *sys;             /* the sys module (argv, path, stdout...) */
    AwTuple *empty_tuple;      /* the () singleton */
    AwValue memory_error;      /* preallocated MemoryError instance (raised without allocating) */
    int recursion_limit;       /* sys.getrecursionlimit() */
    int depth;                 /* current call depth (aw frames + native recursion guards) */
    int native_depth;          /* nested dispatch loops (native code calling aw code) */
    bool is_interactive;       /* running the REPL */
    bool is_exiting;           /* shutting down: no new warnings */
    void *loop;                /* the event loop (loop.c), NULL until asyncio is used */
    volatile sig_atomic_t interrupt_pending; /* SIGINT arrived: raise KeyboardInterrupt at the next safe point */
    int (*signal_dispatch)(AwVM *vm); /* runs Python signal handlers (stdlib/signal.c), or NULL: see vm_take_interrupt */
    void *module_state[16];    /* per-module native state (random's generator, ...), owned by the module */
    AwValue module_roots[16];  /* values native modules keep alive (GC roots) */
};

AwVM *vm_new(int argc, char **argv);
/* Frees everything (ASan/LSan-clean exit). */
void vm_free(AwVM *vm);
/* The end of a program, before vm_free, while aw code can still run: clears __main__'s names
 * as CPython's shutdown does (underscore names first, then the others, in order) so that the
 * __del__ of what they held runs, then collects once more for the rest. */
void vm_finalize_main(AwVM *vm);

/* Raising. All return AW_ERR, so `return vm_raise(...)` reads naturally in natives.
 * vm_raise formats with vsnprintf (use type_name(type_of(v)) for type names); a message that
 * must contain repr() of a value should build the str first and use vm_raise_value. */
AwValue vm_raise(AwVM *vm, AwType *type, const char *fmt, ...);
AwValue vm_raise_str(AwVM *vm, AwType *type, AwStr *msg);
/* Raises an exception instance, or instantiates an exception class with no arguments. */
AwValue vm_raise_value(AwVM *vm, AwValue exc);
/* vm_raise_value for the raise statement and Future.result(): as CPython's PyErr_SetObject,
 * replaces the instance's __context__ with the exception being handled, if there is one. */
AwValue vm_raise_rechained(AwVM *vm, AwValue exc);
/* Calls exception class cls; a result that is not an exception instance raises CPython's
 * TypeError, naming the result's type by repr for raise and by name for throw (for_throw). */
AwValue vm_exc_instantiate(AwVM *vm, AwValue cls, int argc, const AwValue *argv, bool for_throw);
AwValue vm_raise_memory(AwVM *vm);
/* For functions returning AwStatus. */
static inline AwStatus vm_fail(AwValue err) { (void)err; return AW_ERROR; }

bool vm_exc_pending(AwVM *vm);
/* True if the pending exception is an instance of type. */
bool vm_exc_matches(AwVM *vm, AwType *type);
/* Takes the pending exception (AW_EMPTY if none), leaving none pending. */
AwValue vm_exc_take(AwVM *vm);
void vm_exc_clear(AwVM *vm);

/* Calls any callable. May run aw code (and so collect: see gc.h). */
AwValue vm_call(AwVM *vm, AwValue callee, int argc, const AwValue *argv, AwTuple *kwnames);
/* obj.name(*argv) */
AwValue vm_call_method(AwVM *vm, AwValue obj, AwStr *name, int argc, const AwValue *argv);
/* fn(*args, **kwargs) with args a tuple and kwargs a dict or AW_NONE (worker threads' calls). */
AwValue vm_call_args_kwargs(AwVM *vm, AwValue fn, AwTuple *args, AwValue kwargs);
/* Like vm_call_method but looks the method up on the type only (dunder protocol), and
 * returns AW_EMPTY without raising when the type has no such method. */
AwValue vm_call_dunder(AwVM *vm, AwValue obj, AwStr *name, int argc, const AwValue *argv);

/* Guards native recursion (repr of nested containers, deep compare): RecursionError
 * "maximum recursion depth exceeded<where>" when past the limit. Pair with vm_leave. */
AwStatus vm_enter(AwVM *vm, const char *where);
static inline void vm_leave(AwVM *vm) { vm->depth--; }

/* Compiles source; on a syntax error raises SyntaxError (filename, lineno, offset, text, msg). */
AwCode *vm_compile(AwVM *vm, const char *src, size_t len, const char *filename, AwParseMode mode);
/* vm_compile for the program itself read as a file (a script or stdin, not -c): CPython's file
 * tokenizer reports an error at the end of the input with offset 0, so no caret is shown. */
AwCode *vm_compile_script(AwVM *vm, const char *src, size_t len, const char *filename);
/* Parses src and hands the tree to `use` (for ast.parse: it returns a new object, or NULL with
 * an exception raised or *err filled); syntax errors of either stage raise SyntaxError as
 * vm_compile does. The tree lives only during the call. */
typedef void *(*AwTreeFn)(AwVM *vm, AwNode *root, AwStr *filename, AwParseMode mode, AwSyntaxError *err);
void *vm_parse_with(AwVM *vm, const char *src, size_t len, const char *filename, AwParseMode mode, AwTreeFn use);
/* compile(..., PyCF_ALLOW_INCOMPLETE_INPUT) for codeop: raises SyntaxError "incomplete input"
 * (AW_ERROR) when src stops inside a construct or a clause (an error CPython's parser meets at
 * the end of the input), or, with dont_imply_dedent in 'single' mode, when it is a compound
 * statement not yet ended by a newline, as CPython's tokenizer sees it. */
AwStatus vm_check_incomplete(AwVM *vm, const char *src, size_t len, const char *filename, AwParseMode mode,
                             bool dont_imply_dedent);
/* Compiles a tree built outside the parser (compile() of an ast node); SyntaxError as above. */
AwCode *vm_compile_tree(AwVM *vm, AwNode *root, const char *filename, AwParseMode mode);
/* Runs a code object with the given globals (module namespace); returns its value. */
AwValue vm_run_code(AwVM *vm, AwCode *code, AwDict *globals, AwDict *locals);

/* For signal handlers: asks the VM to raise KeyboardInterrupt at its next safe point
 * (async-signal-safe). vm_check_interrupt raises it now if one is pending. */
void vm_interrupt(AwVM *vm);
AwStatus vm_check_interrupt(AwVM *vm);
/* The default sys.displayhook: unless v is None, writes repr(v) and a newline to sys.stdout and
 * keeps v in builtins._ (import.c). */
AwStatus vm_display_value(AwVM *vm, AwValue v);
/* Takes a pending interrupt: runs the Python signal handlers due (signal module). -1 one of them
 * raised, 0 nothing more to do, 1 a Ctrl-C whose action is KeyboardInterrupt (the caller decides
 * how: vm_check_interrupt raises it, the event loop first cancels its main task). */
int vm_take_interrupt(AwVM *vm);

/* The running code's namespaces (globals(), locals()) and the exception being handled
 * (sys.exc_info()). vm_current_locals may allocate a snapshot dict for a function. */
AwDict *vm_current_globals(AwVM *vm);
AwDict *vm_current_locals(AwVM *vm);
AwValue vm_handled_exception(AwVM *vm);
/* import name (IMPORT_NAME): fromlist None returns the top package of a dotted name. */
AwValue vm_import(AwVM *vm, AwStr *name, AwValue fromlist, AwDict *globals);
/* IMPORT_NAME itself: vm_import, or a replaced builtins.__import__(name, globals, locals,
 * fromlist, level) as CPython calls it (locals: the frame's, NULL for None). */
AwValue vm_import_name(AwVM *vm, AwStr *name, AwValue fromlist, AwDict *globals, AwDict *locals);

/* Prints the pending exception with its traceback to stderr (CPython's format) and clears it. */
void vm_print_exception(AwVM *vm, AwValue exc);

#endif
