/* exception.h — BaseException and the built-in exception hierarchy (CPython's names and bases).
 *
 * Every exception instance is an AwException (user subclasses add fields through their dict).
 * Extra attributes (StopIteration.value, SystemExit.code, OSError.errno, KeyError's key,
 * SyntaxError.lineno...) live in the instance dict under their Python names.
 */
#ifndef AW_EXCEPTION_H
#define AW_EXCEPTION_H

#include "interp/types.h"

struct AwException {
    AwObject obj;            /* header */
    AwTuple *args;           /* .args */
    AwValue traceback;       /* .__traceback__: an AwTraceback chain or None */
    AwValue cause;           /* .__cause__ or None */
    AwValue context;         /* .__context__ or None */
    bool suppress_context;   /* .__suppress_context__ */
    AwDict *dict;            /* instance attributes (dict_offset points here) */
};

/* One traceback entry: the frame's code and the line being executed (outermost first). */
typedef struct AwTraceback {
    AwObject obj;                 /* header */
    struct AwTraceback *next;     /* the next (inner) entry, or NULL */
    AwCode *code;                 /* code object of the frame */
    int32_t line;                 /* line number */
    int32_t ip;                   /* instruction index (for columns) */
    struct AwDict *globals;       /* the activation's globals (for tb_frame) */
    struct AwDict *namespace_;    /* its locals dict (module/class body), or NULL */
    AwTuple *values;              /* its local slots when the exception passed, or NULL */
    struct AwFrameObject *frame;  /* tb_frame, made from the above on first use (frameobj.h), or NULL */
} AwTraceback;

/* X(name, base): every built-in exception type, base first. */
#define AW_EXCEPTIONS(X) \
    X(BaseException, object) \
    X(SystemExit, BaseException) \
    X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) \
    X(CancelledError, BaseException) \
    X(BaseExceptionGroup, BaseException) \
    X(Exception, BaseException) \
    X(ExceptionGroup, Exception) \
    X(StopIteration, Exception) \
    X(StopAsyncIteration, Exception) \
    X(ArithmeticError, Exception) \
    X(FloatingPointError, ArithmeticError) \
    X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) \
    X(AttributeError, Exception) \
    X(BufferError, Exception) \
    X(EOFError, Exception) \
    X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) \
    X(IndexError, LookupError) \
    X(KeyError, LookupError) \
    X(MemoryError, Exception) \
    X(NameError, Exception) \
    X(UnboundLocalError, NameError) \
    X(OSError, Exception) \
    X(BlockingIOError, OSError) \
    X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) \
    X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) \
    X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) \
    X(FileExistsError, OSError) \
    X(FileNotFoundError, OSError) \
    X(InterruptedError, OSError) \
    X(IsADirectoryError, OSError) \
    X(NotADirectoryError, OSError) \
    X(PermissionError, OSError) \
    X(ProcessLookupError, OSError) \
    X(TimeoutError, OSError) \
    X(ReferenceError, Exception) \
    X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) \
    X(RecursionError, RuntimeError) \
    X(SyntaxError, Exception) \
    X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) \
    X(SystemError, Exception) \
    X(TypeError, Exception) \
    X(ValueError, Exception) \
    X(UnicodeError, ValueError) \
    X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) \
    X(UnicodeTranslateError, UnicodeError) \
    X(Warning, Exception) \
    X(DeprecationWarning, Warning) \
    X(RuntimeWarning, Warning) \
    X(UserWarning, Warning) \
    X(SyntaxWarning, Warning) \
    X(PendingDeprecationWarning, Warning) \
    X(FutureWarning, Warning) \
    X(ImportWarning, Warning) \
    X(UnicodeWarning, Warning) \
    X(BytesWarning, Warning) \
    X(ResourceWarning, Warning) \
    X(EncodingWarning, Warning)

#define AW_DECLARE_EXC(name, base) extern AwType aw_exc_##name;
AW_EXCEPTIONS(AW_DECLARE_EXC)
#undef AW_DECLARE_EXC

/* Makes an instance of an exception type with the given args (no __init__ of user classes is
 * run: this is for natives). NULL with MemoryError raised. */
AwException *exception_new(AwVM *vm, AwType *type, int argc, const AwValue *argv);
/* Raises UnicodeDecodeError (object: the bytes) or UnicodeEncodeError (object: the str) with
 * CPython's arguments and attributes (encoding, object, start, end, reason); AW_ERROR. */
AwStatus exception_raise_unicode(AwVM *vm, AwType *type, const char *encoding, AwValue object,
                                 int64_t start, int64_t end, const char *reason);
/* str(exc) as CPython: '' for no args, str(args[0]) for one, str(args) for more; KeyError
 * uses repr of its single arg. */
AwValue exception_str(AwVM *vm, AwValue exc);
/* The traceback chain of an exception (NULL when none). */
AwTraceback *exception_traceback(AwValue exc);
/* Prepends a traceback entry for a frame the exception is leaving. */
AwStatus exception_add_traceback(AwVM *vm, AwValue exc, AwFrame *frame, int ip);
/* Installs the hierarchy; called by type_init_all. */
/* except*: validates the clause's type, then splits exc (a group, a naked exception wrapped in
 * a new group with its traceback, or None) into the part the clause handles and the rest; each
 * comes back as an exception or None (CPython's exception_group_match). */
AwStatus exception_star_match(AwVM *vm, AwValue exc, AwValue type, AwValue *match, AwValue *rest);
/* After the except* clauses: what to raise (None when everything was handled), given the
 * original exception and the list of what the handlers raised followed by the unhandled rest
 * (CPython's _PyExc_PrepReraiseStar: re-raised parts keep the original's shape). */
AwValue exception_prep_reraise_star(AwVM *vm, AwValue orig, AwList *excs);

void exception_init(AwVM *vm);

/* warnings.warn(message, category) from native code, attributed to the calling aw line (as
 * CPython's PyErr_WarnFormat with stacklevel 1). AW_ERROR when a filter turned the warning into
 * an exception (or the warnings module failed), which is then raised. */
AwStatus exception_warn(AwVM *vm, AwType *category, const char *fmt, ...);
/* exception_warn's DeprecationWarning for a conversion hook that returned an instance of a
 * strict subclass: "<hook> returned non-<base> (type <T>).  The ability to return ...". `keep`
 * (the hook's result) stays rooted while the warning machinery runs aw code. */
AwStatus exception_warn_strict_subclass(AwVM *vm, const char *hook, const char *base, AwValue keep);

#define AW_EXC(v) ((AwException *)value_as_ptr(v))

#endif
