/* object.h — the common object header, the type object and its slot table.
 *
 * Every heap object starts with AwObject. A type (built-in or user class) is an AwType: a table
 * of C slots plus a dict of attributes. Built-in types are static AwType structs defined by the
 * file that owns the type; user classes are heap AwTypes made by class.c whose slots call the
 * dunder methods written in aw, so the VM dispatches both through the same slots.
 *
 * Conventions for every slot and every function that returns AwValue:
 *   - AW_ERR means an exception is pending on the VM (vm_raise*); the caller propagates it.
 *   - Functions returning AwStatus use AW_OK / AW_ERROR.
 *   - A slot left NULL means "not supported": ops.c raises the CPython TypeError for it.
 * GC contract (gc.h): collection only happens at VM safe points, never inside an allocation,
 * so native code need not root temporaries unless it calls something that can run aw code
 * (any ops_* on an arbitrary value, vm_call) while holding an object nothing else references.
 */
#ifndef AW_OBJECT_H
#define AW_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include "interp/value.h"

/* Forward typedefs of every object type, so headers never include each other in cycles. */
typedef struct AwVM AwVM;
typedef struct AwGC AwGC;
typedef struct AwObject AwObject;
typedef struct AwType AwType;
typedef struct AwStr AwStr;
typedef struct AwBytes AwBytes;
typedef struct AwBigInt AwBigInt;
typedef struct AwList AwList;
typedef struct AwTuple AwTuple;
typedef struct AwDict AwDict;
typedef struct AwSet AwSet;
typedef struct AwRange AwRange;
typedef struct AwSlice AwSlice;
typedef struct AwCode AwCode;
typedef struct AwFunction AwFunction;
typedef struct AwNative AwNative;
typedef struct AwBoundMethod AwBoundMethod;
typedef struct AwCell AwCell;
typedef struct AwModule AwModule;
typedef struct AwInstance AwInstance;
typedef struct AwException AwException;
typedef struct AwFiber AwFiber;
typedef struct AwFrame AwFrame;
typedef struct AwGenerator AwGenerator;
typedef struct AwFile AwFile;

typedef enum { AW_OK = 0, AW_ERROR = -1 } AwStatus;

struct AwObject {
    AwType *type;          /* the object's class; never NULL */
    uint16_t gc_marked;    /* mark bit of a static or large object (gc.c; small ones use page bitmaps) */
    uint16_t flags;        /* bits owned by the object's type (str: AW_STR_INTERNED) */
    uint32_t gc_size;      /* allocated size in bytes (for accounting), 0 for static objects */
};

/* Binary operators, in the order of the BINARY_OP opcode argument. INPLACE forms are
 * op + AW_BINOP_INPLACE; slots receive the plain form and ops.c handles __iadd__ etc. */
typedef enum {
    AW_BINOP_ADD, AW_BINOP_SUB, AW_BINOP_MUL, AW_BINOP_TRUEDIV, AW_BINOP_FLOORDIV,
    AW_BINOP_MOD, AW_BINOP_POW, AW_BINOP_LSHIFT, AW_BINOP_RSHIFT, AW_BINOP_AND,
    AW_BINOP_OR, AW_BINOP_XOR, AW_BINOP_MATMUL,
    AW_BINOP_COUNT,
    AW_BINOP_INPLACE = 16
} AwBinOp;

typedef enum { AW_UNARY_NEG, AW_UNARY_POS, AW_UNARY_INVERT } AwUnaryOp;

/* Rich comparison operators, in COMPARE_OP order. */
typedef enum { AW_CMP_LT, AW_CMP_LE, AW_CMP_EQ, AW_CMP_NE, AW_CMP_GT, AW_CMP_GE } AwCmpOp;

/* A native function or method. Positional args are argv[0..argc); if kwnames is not NULL,
 * its n names pair with argv[argc..argc+n). Methods get self as argv[0]. */
typedef AwValue (*AwNativeFn)(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames);

typedef AwValue (*AwUnarySlot)(AwVM *vm, AwValue self);                 /* repr, str, iter */
typedef AwStatus (*AwHashSlot)(AwVM *vm, AwValue self, int64_t *out);
typedef AwValue (*AwCompareSlot)(AwVM *vm, AwValue a, AwValue b, AwCmpOp op); /* or AW_NOTIMPL */
typedef AwValue (*AwBinarySlot)(AwVM *vm, AwValue a, AwValue b, AwBinOp op);  /* or AW_NOTIMPL */
typedef AwValue (*AwNegSlot)(AwVM *vm, AwValue a, AwUnaryOp op);
typedef AwValue (*AwCallSlot)(AwVM *vm, AwValue callee, int argc, const AwValue *argv, AwTuple *kwnames);
/* getattr: returns the attribute or AW_ERR. Raises AttributeError when missing. */
typedef AwValue (*AwGetattrSlot)(AwVM *vm, AwValue obj, AwStr *name);
/* setattr: value == AW_EMPTY means delete. */
typedef AwStatus (*AwSetattrSlot)(AwVM *vm, AwValue obj, AwStr *name, AwValue value);
/* next: the next item, AW_STOP when exhausted (no exception set), or AW_ERR. */
typedef AwValue (*AwNextSlot)(AwVM *vm, AwValue it);
typedef AwStatus (*AwLenSlot)(AwVM *vm, AwValue self, int64_t *out);
typedef AwValue (*AwGetitemSlot)(AwVM *vm, AwValue self, AwValue key);
/* setitem: value == AW_EMPTY means delete. */
typedef AwStatus (*AwSetitemSlot)(AwVM *vm, AwValue self, AwValue key, AwValue value);
typedef int (*AwPredSlot)(AwVM *vm, AwValue self, AwValue item);        /* contains: 1, 0, -1 error */
typedef int (*AwBoolSlot)(AwVM *vm, AwValue self);                      /* 1, 0, -1 error */
/* new: type(...) — builds and initialises an instance of `type` (which may be a subclass). */
typedef AwValue (*AwNewSlot)(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kwnames);
typedef void (*AwTraceSlot)(AwGC *gc, AwObject *self);   /* mark every value the object holds */
typedef void (*AwFreeSlot)(AwVM *vm, AwObject *self);    /* release non-GC memory it owns */

/* A native method table entry, installed into a type's dict at start-up (type_init). */
typedef struct {
    const char *name;      /* attribute name */
    AwNativeFn fn;         /* receives self as argv[0] unless AW_METH_STATIC */
    int flags;             /* AW_METH_* */
} AwMethodDef;

enum { AW_METH_DEFAULT = 0, AW_METH_STATIC = 1, AW_METH_CLASS = 2 };

/* A native property (read-only unless set is given). */
typedef struct {
    const char *name;                                  /* attribute name */
    AwValue (*get)(AwVM *vm, AwValue self);            /* getter */
    AwStatus (*set)(AwVM *vm, AwValue self, AwValue v);/* setter or NULL; v == AW_EMPTY: delete */
} AwGetSetDef;

enum {
    AW_TYPE_BASETYPE = 1 << 0,   /* may be subclassed */
    AW_TYPE_HEAP = 1 << 1,       /* a user class (heap allocated) */
    AW_TYPE_EXCEPTION = 1 << 2,  /* BaseException or a subclass */
    AW_TYPE_ABSTRACT = 1 << 3,   /* cannot be instantiated from aw (e.g. function) */
    AW_TYPE_METATYPE = 1 << 4,   /* `type` or a subclass: its instances are types */
    AW_TYPE_FINALIZE = 1 << 5,   /* dead instances are reported to vm_finalize_dead before any sweep */
    AW_TYPE_HAS_ABSTRACT = 1 << 6, /* __abstractmethods__ is non-empty: object.__new__ refuses it (abc) */
    AW_TYPE_USER_DEL = 1 << 7,   /* a user class defining __del__ (with AW_TYPE_FINALIZE): see gc.h */
    AW_TYPE_SUBCLASSED = 1 << 8, /* some heap class has had this type in its MRO (its slots follow ours) */
};

struct AwType {
    AwObject obj;              /* header: obj.type is the metaclass (`type`) */
    const char *name;          /* __name__ for static types (heap types use name_str) */
    AwStr *name_str;           /* interned __name__ (set at init for static types too) */
    AwStr *qualname;           /* __qualname__ (heap types), or NULL = name_str */
    AwStr *module;             /* __module__ of a user class, NULL for builtins */
    AwType *base;              /* the primary base (layout base); NULL only for object */
    AwTuple *bases;            /* __bases__ */
    AwTuple *mro;              /* __mro__, C3 linearisation, starting with this type */
    AwDict *dict;              /* class attributes and methods */
    uint32_t flags;            /* AW_TYPE_* */
    uint32_t instance_size;    /* bytes of an instance (user classes add a dict pointer) */
    uint32_t dict_offset;      /* offset of the AwDict* __dict__ pointer in an instance, 0 if none */
    uint32_t version;          /* bumped on any change of dict/MRO; inline caches key on it */
    uint32_t slots_offset;     /* __slots__ of this class: first value word in an instance (member.c) */
    uint32_t nslots;           /* __slots__ of this class: number of value words */
    const AwMethodDef *methods;/* static types: methods installed at init */
    const AwGetSetDef *getsets;/* static types: properties installed at init */

    AwUnarySlot repr;          /* repr(x) */
    AwUnarySlot str;           /* str(x); NULL = use repr */
    AwHashSlot hash;           /* hash(x); NULL = unhashable */
    AwCompareSlot compare;     /* rich comparison */
    AwBinarySlot binary;       /* arithmetic, a is an instance of this type */
    AwBinarySlot rbinary;      /* reflected arithmetic, b is an instance of this type */
    AwNegSlot unary;           /* -x, +x, ~x */
    AwBoolSlot truth;          /* bool(x); NULL = use len, else true */
    AwCallSlot call;           /* x(...) */
    AwGetattrSlot getattr;     /* x.name; NULL = generic (class.c) */
    AwSetattrSlot setattr;     /* x.name = v / del x.name; NULL = generic */
    AwUnarySlot iter;          /* iter(x) */
    AwNextSlot next;           /* next(it) */
    AwLenSlot len;             /* len(x) */
    AwGetitemSlot getitem;     /* x[k] */
    AwSetitemSlot setitem;     /* x[k] = v / del x[k] */
    AwPredSlot contains;       /* k in x; NULL = iterate */
    AwNewSlot new_;            /* T(...) */
    AwTraceSlot trace;         /* GC: mark children */
    AwFreeSlot free_;          /* GC: free owned buffers */
    struct AwFunction *ctor_init; /* heap types: the __init__ class_inline_init found, valid while ctor_epoch == type_epoch */
    uint32_t ctor_epoch;       /* type_epoch when ctor_init was computed */
    uint8_t ctor_known;        /* ctor_init/ctor_epoch have been computed once */
    uint64_t instance_names;   /* heap types: filter of attribute names ever stored in an instance dict, all ones once one escaped (class.h) */
};

static inline AwType *value_type_of_ptr(AwValue v) { return value_as_ptr(v)->type; }

#define AW_AS(T, v) ((T *)value_as_ptr(v))

#endif
