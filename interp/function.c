/* function.c — function, native function, bound method, cell, staticmethod, classmethod and
 * property objects. Calling lives in vm.c (the call slots point there). */
#include "interp/function.h"

#include "interp/args.h"
#include "interp/class.h"
#include "interp/code.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/text_signatures.h"
#include "interp/docstrings.h"
#include "interp/tuple.h"
#include "interp/vm.h"

/* Call slots implemented by the VM. */
AwValue vm_call_function_slot(AwVM *vm, AwValue callee, int argc, const AwValue *argv, AwTuple *kwnames);
AwValue vm_call_native_slot(AwVM *vm, AwValue callee, int argc, const AwValue *argv, AwTuple *kwnames);
AwValue vm_call_method_slot(AwVM *vm, AwValue callee, int argc, const AwValue *argv, AwTuple *kwnames);

AwFunction *function_new(AwVM *vm, AwCode *code, AwDict *globals) {
    AwFunction *fn = (AwFunction *)gc_new(vm, &aw_type_function, sizeof(AwFunction));
    if (!fn) return NULL;
    fn->code = code;
    fn->globals = globals;
    fn->name = code->name;
    fn->qualname = code->qualname;
    fn->doc = (code->flags & AW_CODE_HAS_DOCSTRING) ? code->consts->items[0] : AW_NONE;
    AwValue mod = dict_get_str(globals, AW_NAME(vm, __name__));
    fn->module = mod == AW_EMPTY ? AW_NONE : mod;
    return fn;
}

AwNative *native_new(AwVM *vm, const char *name, AwNativeFn fn, int flags, AwType *owner) {
    AwNative *n = (AwNative *)gc_new(vm, &aw_type_native, sizeof(AwNative));
    if (!n) return NULL;
    n->name = name;
    n->fn = fn;
    n->flags = flags;
    n->owner = owner;
    n->self = AW_EMPTY;
    n->module = NULL;
    return n;
}

AwValue method_new(AwVM *vm, AwValue func, AwValue self) {
    AwBoundMethod *m = (AwBoundMethod *)gc_new(vm, &aw_type_method, sizeof(AwBoundMethod));
    if (!m) return AW_ERR;
    m->func = func;
    m->self = self;
    return value_from_ptr(m);
}

AwCell *cell_new(AwVM *vm, AwValue value) {
    AwCell *c = (AwCell *)gc_new(vm, &aw_type_cell, sizeof(AwCell));
    if (c) c->value = value;
    return c;
}

/* ---- function ---- */

static void function_trace(AwGC *gc, AwObject *self) {
    AwFunction *f = (AwFunction *)self;
    gc_mark_object(gc, (AwObject *)f->code);
    gc_mark_object(gc, (AwObject *)f->globals);
    gc_mark_object(gc, (AwObject *)f->defaults);
    gc_mark_object(gc, (AwObject *)f->kwdefaults);
    gc_mark_object(gc, (AwObject *)f->closure);
    gc_mark_object(gc, (AwObject *)f->name);
    gc_mark_object(gc, (AwObject *)f->qualname);
    gc_mark_value(gc, f->module);
    gc_mark_value(gc, f->doc);
    gc_mark_object(gc, (AwObject *)f->dict);
    gc_mark_object(gc, (AwObject *)f->annotations);
}

static AwValue function_repr(AwVM *vm, AwValue self) {
    AwFunction *f = AW_FUNCTION(self);
    AwStr *s = str_printf(vm, "<function %s at %p>", f->qualname->data, (void *)f);
    return s ? str_value(s) : AW_ERR;
}

static AwValue fn_get_name(AwVM *vm, AwValue self) { return str_value(AW_FUNCTION(self)->name); }
static AwStatus fn_set_name(AwVM *vm, AwValue self, AwValue v) {
    if (!value_is_str(v)) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__name__ must be set to a string object"));
    AW_FUNCTION(self)->name = AW_STR(v);
    return AW_OK;
}
static AwValue fn_get_qualname(AwVM *vm, AwValue self) { return str_value(AW_FUNCTION(self)->qualname); }
static AwStatus fn_set_qualname(AwVM *vm, AwValue self, AwValue v) {
    if (!value_is_str(v)) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__qualname__ must be set to a string object"));
    AW_FUNCTION(self)->qualname = AW_STR(v);
    return AW_OK;
}
static AwValue fn_get_doc(AwVM *vm, AwValue self) { return AW_FUNCTION(self)->doc; }
static AwStatus fn_set_doc(AwVM *vm, AwValue self, AwValue v) { AW_FUNCTION(self)->doc = v == AW_EMPTY ? AW_NONE : v; return AW_OK; }
static AwValue fn_get_module(AwVM *vm, AwValue self) { return AW_FUNCTION(self)->module; }
static AwStatus fn_set_module(AwVM *vm, AwValue self, AwValue v) { AW_FUNCTION(self)->module = v == AW_EMPTY ? AW_NONE : v; return AW_OK; }
static AwValue fn_get_code(AwVM *vm, AwValue self) { return value_from_ptr(AW_FUNCTION(self)->code); }
static AwValue fn_get_globals(AwVM *vm, AwValue self) { return value_from_ptr(AW_FUNCTION(self)->globals); }
static AwValue fn_get_defaults(AwVM *vm, AwValue self) {
    AwTuple *d = AW_FUNCTION(self)->defaults;
    return d ? value_from_ptr(d) : AW_NONE;
}
static AwValue fn_get_kwdefaults(AwVM *vm, AwValue self) {
    AwDict *d = AW_FUNCTION(self)->kwdefaults;
    return d ? value_from_ptr(d) : AW_NONE;
}
/* The cells in co_freevars order (by name), as CPython; the VM keeps them in slot order. */
static AwValue fn_get_closure(AwVM *vm, AwValue self) {
    AwFunction *f = AW_FUNCTION(self);
    AwTuple *c = f->closure;
    if (!c) return AW_NONE;
    if (c->len < 2 || c->len != f->code->nfree) return value_from_ptr(c);
    int32_t stack[16], *order = c->len <= 16 ? stack : gc_alloc(vm, sizeof(int32_t) * (size_t)c->len);
    AwTuple *t = order ? tuple_new(vm, c->len) : NULL;
    if (t) {
        code_freevar_order(f->code, order);
        for (int64_t i = 0; i < c->len; i++) t->items[i] = c->items[order[i]];
    }
    if (order && order != stack) gc_free(vm, order, sizeof(int32_t) * (size_t)c->len);
    return t ? value_from_ptr(t) : AW_ERR;
}
static AwStatus fn_set_defaults(AwVM *vm, AwValue self, AwValue v) {
    if (v == AW_NONE || v == AW_EMPTY) { AW_FUNCTION(self)->defaults = NULL; return AW_OK; }
    if (!value_is_tuple(v)) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__defaults__ must be set to a tuple object"));
    AW_FUNCTION(self)->defaults = AW_TUPLE(v);
    return AW_OK;
}
static AwStatus fn_set_kwdefaults(AwVM *vm, AwValue self, AwValue v) {
    if (v == AW_NONE || v == AW_EMPTY) { AW_FUNCTION(self)->kwdefaults = NULL; return AW_OK; }
    if (!value_is_dict(v)) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__kwdefaults__ must be set to a dict object"));
    AW_FUNCTION(self)->kwdefaults = AW_DICT(v);
    return AW_OK;
}

static AwValue fn_get_annotations(AwVM *vm, AwValue self) {
    AwFunction *f = AW_FUNCTION(self);
    if (!f->annotations) f->annotations = dict_new(vm);
    return f->annotations ? value_from_ptr(f->annotations) : AW_ERR;
}

/* None or a delete leave an empty dict for the next read, as in CPython. */
static AwStatus fn_set_annotations(AwVM *vm, AwValue self, AwValue v) {
    if (v == AW_EMPTY || v == AW_NONE) {
        AW_FUNCTION(self)->annotations = NULL;
        return AW_OK;
    }
    if (!value_is_dict(v)) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__annotations__ must be set to a dict object"));
    AW_FUNCTION(self)->annotations = AW_DICT(v);
    return AW_OK;
}

static AwValue fn_get_dict(AwVM *vm, AwValue self) {
    AwDict *d = object_dict(vm, self);
    return d ? value_from_ptr(d) : AW_ERR;
}

static AwStatus fn_set_dict(AwVM *vm, AwValue self, AwValue v) {
    if (v == AW_EMPTY) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "cannot delete __dict__"));
    if (!value_is_dict(v))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", ops_type_name(v)));
    AW_FUNCTION(self)->dict = AW_DICT(v);
    return AW_OK;
}

/* __globals__, __closure__ and __builtins__ are CPython's read-only members. */
static AwStatus fn_set_readonly(AwVM *vm, AwValue self, AwValue v) {
    return vm_fail(vm_raise(vm, &aw_exc_AttributeError, "readonly attribute"));
}

/* The builtins the function's globals name (a module's dict), as CPython 3.10+. */
static AwValue fn_get_builtins(AwVM *vm, AwValue self) {
    AwValue b = dict_get_str(AW_FUNCTION(self)->globals, AW_NAME(vm, __builtins__));
    if (value_is_type(b, &aw_type_module)) return value_from_ptr(AW_MODULE(b)->dict);
    if (value_is_dict(b)) return b;
    return value_from_ptr(vm->builtins->dict);
}

static AwValue fn_get(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "__get__", argc, 2, 3)) return AW_ERR;
    if (argv[1] == AW_NONE) return argv[0];
    return method_new(vm, argv[0], argv[1]);
}

static const AwGetSetDef function_getsets[] = {
    {"__name__", fn_get_name, fn_set_name},
    {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__doc__", fn_get_doc, fn_set_doc},
    {"__module__", fn_get_module, fn_set_module},
    {"__code__", fn_get_code, NULL},
    {"__globals__", fn_get_globals, fn_set_readonly},
    {"__builtins__", fn_get_builtins, fn_set_readonly},
    {"__defaults__", fn_get_defaults, fn_set_defaults},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults},
    {"__closure__", fn_get_closure, fn_set_readonly},
    {"__annotations__", fn_get_annotations, fn_set_annotations},
    {"__dict__", fn_get_dict, fn_set_dict},
    {NULL, NULL, NULL},
};

static const AwMethodDef function_methods[] = {
    {"__get__", fn_get, 0},
    {NULL, NULL, 0},
};

AwType aw_type_function = {
    .name = "function",
    .base = &aw_type_object,
    .instance_size = sizeof(AwFunction),
    .dict_offset = offsetof(AwFunction, dict),
    .flags = AW_TYPE_ABSTRACT,
    .repr = function_repr,
    .call = vm_call_function_slot,
    .trace = function_trace,
    .methods = function_methods,
    .getsets = function_getsets,
};

/* ---- native (builtin_function_or_method) ---- */

static void native_trace(AwGC *gc, AwObject *self) {
    AwNative *n = (AwNative *)self;
    gc_mark_value(gc, n->self);
    if (n->owner) gc_mark_object(gc, &n->owner->obj);
    if (n->module) gc_mark_object(gc, &n->module->obj);
}

bool native_is_slot_wrapper(const char *name) {
    static const char *const method_dunders[] = {"__getitem__", "__format__", "__reduce__", "__reduce_ex__", "__sizeof__",
        "__dir__", "__reversed__", "__round__", "__trunc__", "__floor__", "__ceil__", "__getnewargs__", "__copy__",
        "__deepcopy__", "__class_getitem__", "__init_subclass__", "__subclasshook__", "__enter__", "__exit__",
        "__getstate__", "__setstate__", "__fspath__", "__bytes__", "__complex__", "__length_hint__", NULL};
    size_t len = strlen(name);
    if (len < 5 || strncmp(name, "__", 2) != 0 || strcmp(name + len - 2, "__") != 0) return false;
    for (int i = 0; method_dunders[i]; i++)
        if (strcmp(name, method_dunders[i]) == 0) return false;
    return true;
}

AwValue native_bind(AwVM *vm, AwValue func, AwValue self) {
    AwNative *n = AW_NATIVE(func);
    bool slot = !(n->flags & (AW_METH_CLASS | AW_METH_STATIC)) && native_is_slot_wrapper(n->name);
    AwNative *b = (AwNative *)gc_new(vm, slot ? &aw_type_method_wrapper : &aw_type_native, sizeof(AwNative));
    if (!b) return AW_ERR;
    b->name = n->name;
    b->fn = n->fn;
    b->flags = n->flags;
    b->owner = n->owner;
    b->self = self;
    b->module = n->module;
    return value_from_ptr(b);
}

static AwValue native_repr(AwVM *vm, AwValue self) {
    AwNative *n = AW_NATIVE(self);
    AwStr *s;
    if (n->self == AW_EMPTY && n->owner && (n->flags & AW_METH_STATIC) && strcmp(n->name, "__new__") == 0)
        s = str_printf(vm, "<built-in method __new__ of type object at %p>", (void *)n->owner);   /* bound to its type */
    else if (n->self != AW_EMPTY)
        s = str_printf(vm, value_is_type(self, &aw_type_method_wrapper) ? "<method-wrapper '%s' of %s object at %p>"
                                                                          : "<built-in method %s of %s object at %p>",
                       n->name, ops_type_name(n->self), (void *)value_as_ptr(n->self));
    else if (n->owner)
        s = str_printf(vm, native_is_slot_wrapper(n->name) ? "<slot wrapper '%s' of '%s' objects>" : "<method '%s' of '%s' objects>",
                       n->name, type_name(n->owner));
    else
        s = str_printf(vm, "<built-in function %s>", n->name);
    return s ? str_value(s) : AW_ERR;
}

/* Equal when the same C function is bound to the same object (CPython's meth_richcompare). */
static AwValue native_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if ((op != AW_CMP_EQ && op != AW_CMP_NE) || !value_is_native(b)) return AW_NOTIMPL;
    AwNative *x = AW_NATIVE(a), *y = AW_NATIVE(b);
    bool eq = a == b || (x->fn == y->fn && x->owner == y->owner && x->self == y->self && x->self != AW_EMPTY &&
                         type_of(a) == type_of(b));
    return value_from_bool(op == AW_CMP_EQ ? eq : !eq);
}

static AwStatus native_hash(AwVM *vm, AwValue self, int64_t *out) {
    AwNative *n = AW_NATIVE(self);
    uintptr_t h = n->self == AW_EMPTY ? (uintptr_t)n : ((uintptr_t)n->fn ^ (uintptr_t)n->self);
    int64_t v = (int64_t)(h >> 4);
    *out = v == -1 ? -2 : v;
    return AW_OK;
}

static AwValue native_get_name(AwVM *vm, AwValue self) {
    AwStr *s = str_from_cstr(vm, AW_NATIVE(self)->name);
    return s ? str_value(s) : AW_ERR;
}

static AwValue native_get_qualname(AwVM *vm, AwValue self) {
    AwNative *n = AW_NATIVE(self);
    if (n->owner && n->self != AW_EMPTY) {
        /* a bound built-in is named after the class it is bound to (CPython's meth_get__qualname__) */
        AwValue owner = value_is_instance(n->self, &aw_type_type) ? n->self : value_from_ptr(type_of(n->self));
        AwValue qn = ops_getattr(vm, owner, AW_NAME(vm, __qualname__));
        if (qn == AW_ERR) return AW_ERR;
        if (value_is_str(qn)) {
            AwStr *s = str_printf(vm, "%s.%s", AW_STR(qn)->data, n->name);
            return s ? str_value(s) : AW_ERR;
        }
    }
    AwStr *s = n->owner ? str_printf(vm, "%s.%s", type_name(n->owner), n->name) : str_from_cstr(vm, n->name);
    return s ? str_value(s) : AW_ERR;
}

/* __self__: the object a method is bound to, a module function's module (None if it has none). */
static AwValue native_get_self(AwVM *vm, AwValue self) {
    AwNative *n = AW_NATIVE(self);
    if (n->self != AW_EMPTY) return n->self;
    if (n->owner && (n->flags & AW_METH_STATIC) && strcmp(n->name, "__new__") == 0) return value_from_ptr(n->owner);
    if (n->owner)
        return vm_raise(vm, &aw_exc_AttributeError, "'%s' object has no attribute '__self__'",
                        native_is_slot_wrapper(n->name) ? "wrapper_descriptor" : "method_descriptor");
    AwValue m = n->module ? dict_get_str(vm->modules, n->module) : AW_EMPTY;
    return m == AW_EMPTY ? AW_NONE : m;
}

/* __objclass__ of an unbound method of a built-in type: that type. */
static AwValue native_get_objclass(AwVM *vm, AwValue self) {
    AwNative *n = AW_NATIVE(self);
    if (n->owner && n->self == AW_EMPTY && !(n->flags & AW_METH_STATIC)) return value_from_ptr(n->owner);   /* not static ones */
    return vm_raise(vm, &aw_exc_AttributeError, "'%s' object has no attribute '__objclass__'", ops_type_name(self));
}

/* The native's "type.name" or "module.name", the key of CPython's tables; false if it has none. */
static bool native_key(AwNative *n, char *key, size_t size) {
    const char *prefix = n->owner ? type_name(n->owner) : n->module ? n->module->data : NULL;
    return prefix && snprintf(key, size, "%s.%s", prefix, n->name) < (int)size;
}

/* __doc__: CPython's docstring of the same built-in (interp/docstrings.c), else None. */
static AwValue native_get_doc(AwVM *vm, AwValue self) {
    char key[256];
    const char *doc = native_key(AW_NATIVE(self), key, sizeof key) ? docstrings_find(key) : NULL;
    if (!doc) return AW_NONE;
    AwStr *s = str_from_cstr(vm, doc);
    return s ? str_value(s) : AW_ERR;
}

/* __text_signature__: CPython's, for the functions and methods it has one for (by
 * "module.name" or "type.name"), else None; inspect.signature parses it. */
static AwValue native_get_text_signature(AwVM *vm, AwValue self) {
    char key[256];
    const char *sig = native_key(AW_NATIVE(self), key, sizeof key) ? native_text_signature(key) : NULL;
    AwStr *s = sig ? str_from_cstr(vm, sig) : NULL;
    return !sig ? AW_NONE : s ? str_value(s) : AW_ERR;
}

const char *native_text_signature(const char *qualname) {
    size_t lo = 0, hi = sizeof text_signatures / sizeof text_signatures[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(text_signatures[mid].name, qualname);
        if (c == 0) return text_signatures[mid].sig;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

static AwValue native_get_module(AwVM *vm, AwValue self) {
    AwStr *m = AW_NATIVE(self)->module;
    return m ? str_value(m) : AW_NONE;
}

static const AwGetSetDef native_getsets[] = {
    {"__name__", native_get_name, NULL},
    {"__qualname__", native_get_qualname, NULL},
    {"__doc__", native_get_doc, NULL},
    {"__module__", native_get_module, NULL},
    {"__text_signature__", native_get_text_signature, NULL},
    {"__self__", native_get_self, NULL},
    {"__objclass__", native_get_objclass, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_native = {
    .name = "builtin_function_or_method",
    .base = &aw_type_object,
    .instance_size = sizeof(AwNative),
    .flags = AW_TYPE_ABSTRACT,
    .repr = native_repr,
    .compare = native_compare,
    .hash = native_hash,
    .call = vm_call_native_slot,
    .trace = native_trace,
    .getsets = native_getsets,
};

/* A slot method of a built-in type bound to an object: (1).__add__, [].__len__. */
AwType aw_type_method_wrapper = {
    .name = "method-wrapper",
    .base = &aw_type_object,
    .instance_size = sizeof(AwNative),
    .flags = AW_TYPE_ABSTRACT,
    .repr = native_repr,
    .compare = native_compare,
    .hash = native_hash,
    .call = vm_call_native_slot,
    .trace = native_trace,
    .getsets = native_getsets,
};

/* ---- bound method ---- */

static void method_trace(AwGC *gc, AwObject *self) {
    AwBoundMethod *m = (AwBoundMethod *)self;
    gc_mark_value(gc, m->func);
    gc_mark_value(gc, m->self);
}

static AwValue method_repr(AwVM *vm, AwValue self) {
    AwBoundMethod *m = AW_METHOD(self);
    if (value_is_type(m->func, &aw_type_native)) {
        AwStr *s = str_printf(vm, "<built-in method %s of %s object at %p>", AW_NATIVE(m->func)->name,
                              ops_type_name(m->self), (void *)value_as_ptr(m->self));
        return s ? str_value(s) : AW_ERR;
    }
    AwValue qn = ops_getattr_opt(vm, m->func, AW_NAME(vm, __qualname__));
    if (qn == AW_ERR) return AW_ERR;
    AwValue r = ops_repr(vm, m->self);
    if (r == AW_ERR) return AW_ERR;
    AwStr *s = str_printf(vm, "<bound method %s of %s>", value_is_str(qn) ? AW_STR(qn)->data : "?", AW_STR(r)->data);
    return s ? str_value(s) : AW_ERR;
}

static AwValue method_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if ((op != AW_CMP_EQ && op != AW_CMP_NE) || !value_is_type(b, &aw_type_method)) return AW_NOTIMPL;
    bool eq = AW_METHOD(a)->func == AW_METHOD(b)->func && AW_METHOD(a)->self == AW_METHOD(b)->self;
    return value_from_bool(op == AW_CMP_EQ ? eq : !eq);
}

static AwStatus method_hash(AwVM *vm, AwValue self, int64_t *out) {
    int64_t h1, h2;
    if (ops_hash(vm, AW_METHOD(self)->func, &h1)) return AW_ERROR;
    h2 = (int64_t)(uintptr_t)value_as_ptr(AW_METHOD(self)->self) >> 4;
    *out = (h1 ^ h2) == -1 ? -2 : (h1 ^ h2);
    return AW_OK;
}

static AwValue method_getattr(AwVM *vm, AwValue self, AwStr *name) {
    AwBoundMethod *m = AW_METHOD(self);
    if (str_equal_cstr(name, "__self__")) return m->self;
    if (str_equal_cstr(name, "__func__")) return m->func;
    AwValue v = type_lookup(&aw_type_method, name);
    if (v != AW_EMPTY) return object_generic_getattr(vm, self, name);
    return ops_getattr(vm, m->func, name);
}

/* __doc__: the function's (a getset, so object.__getattribute__ finds it too, as pydoc asks) */
static AwValue method_get_doc(AwVM *vm, AwValue self) { return ops_getattr(vm, AW_METHOD(self)->func, AW_NAME(vm, __doc__)); }

static const AwGetSetDef method_getsets[] = {
    {"__doc__", method_get_doc, NULL},
    {NULL, NULL, NULL},
};

/* types.MethodType(func, instance): binds func to instance, as CPython's method_new. */
static AwValue method_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    if (kw && kw->len) return vm_raise(vm, &aw_exc_TypeError, "method() takes no keyword arguments");
    if (argc != 2) return vm_raise(vm, &aw_exc_TypeError, "method expected 2 arguments, got %d", argc);
    if (!ops_callable(argv[0])) return vm_raise(vm, &aw_exc_TypeError, "first argument must be callable");
    if (argv[1] == AW_NONE) return vm_raise(vm, &aw_exc_TypeError, "instance must not be None");
    return method_new(vm, argv[0], argv[1]);
}

AwType aw_type_method = {
    .name = "method",
    .base = &aw_type_object,
    .instance_size = sizeof(AwBoundMethod),
    .flags = AW_TYPE_ABSTRACT,
    .repr = method_repr,
    .compare = method_compare,
    .hash = method_hash,
    .call = vm_call_method_slot,
    .getattr = method_getattr,
    .new_ = method_new_slot,
    .getsets = method_getsets,
    .trace = method_trace,
};

/* ---- cell ---- */

static void cell_trace(AwGC *gc, AwObject *self) { gc_mark_value(gc, ((AwCell *)self)->value); }

static AwValue cell_get_contents(AwVM *vm, AwValue self) {
    AwValue v = AW_CELL(self)->value;
    return v == AW_EMPTY ? vm_raise(vm, &aw_exc_ValueError, "Cell is empty") : v;
}

/* cell_contents is writable and deletable (an empty cell), as in CPython */
static AwStatus cell_set_contents(AwVM *vm, AwValue self, AwValue v) {
    AW_CELL(self)->value = v;
    return AW_OK;
}

static const AwGetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

/* CPython's "<cell at 0x...: int object at 0x...>" (the address id() reports), or ": empty>". */
static AwValue cell_repr(AwVM *vm, AwValue self) {
    AwValue v = AW_CELL(self)->value;
    AwStr *s = v == AW_EMPTY
        ? str_printf(vm, "<cell at %p: empty>", (void *)AW_CELL(self))
        : str_printf(vm, "<cell at %p: %s object at %p>", (void *)AW_CELL(self), ops_type_name(v),
                     value_is_ptr(v) ? value_as_ptr(v) : (void *)(uintptr_t)v);
    return s ? str_value(s) : AW_ERR;
}

/* types.CellType() / CellType(x): an empty or a filled cell (CPython's cell_new) */
static AwValue cell_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "cell", kw)) return AW_ERR;
    if (argc > 1) return vm_raise(vm, &aw_exc_TypeError, "cell expected at most 1 argument, got %d", argc);
    AwCell *c = cell_new(vm, argc ? argv[0] : AW_EMPTY);
    return c ? value_from_ptr(c) : AW_ERR;
}

/* Cells compare by their contents; an empty cell is less than a filled one. */
static AwValue cell_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if (!value_is_type(b, &aw_type_cell)) return AW_NOTIMPL;
    AwValue x = AW_CELL(a)->value, y = AW_CELL(b)->value;
    if (x != AW_EMPTY && y != AW_EMPTY) return ops_compare(vm, x, y, op);
    int l = x != AW_EMPTY, r = y != AW_EMPTY;   /* compare "is filled" flags */
    bool res = op == AW_CMP_LT ? l < r : op == AW_CMP_LE ? l <= r : op == AW_CMP_EQ ? l == r
             : op == AW_CMP_NE ? l != r : op == AW_CMP_GT ? l > r : l >= r;
    return value_from_bool(res);
}

AwType aw_type_cell = {
    .name = "cell",
    .base = &aw_type_object,
    .instance_size = sizeof(AwCell),
    .flags = AW_TYPE_ABSTRACT,
    .new_ = cell_new_slot,
    .compare = cell_compare,
    .repr = cell_repr,
    .trace = cell_trace,
    .getsets = cell_getsets,
};

/* ---- staticmethod / classmethod ---- */

static void wrapper_trace(AwGC *gc, AwObject *self) {
    gc_mark_value(gc, ((AwMethodWrapper *)self)->func);
    if (((AwMethodWrapper *)self)->dict) gc_mark_object(gc, (AwObject *)((AwMethodWrapper *)self)->dict);
}

static AwValue wrapper_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    const char *name = type_is_subtype(type, &aw_type_classmethod) ? "classmethod" : "staticmethod";
    if (args_no_kwargs(vm, name, kw)) return AW_ERR;
    if (argc != 1) return vm_raise(vm, &aw_exc_TypeError, "%s expected 1 argument, got %d", name, argc);
    AwMethodWrapper *w = (AwMethodWrapper *)gc_new(vm, type, type->instance_size);
    if (!w) return AW_ERR;
    w->func = argv[0];
    return value_from_ptr(w);
}

static AwValue wrapper_get_func(AwVM *vm, AwValue self) { return AW_AS(AwMethodWrapper, self)->func; }

/* The attributes functools.wraps copies (CPython's staticmethod/classmethod copy them into
 * their own dict): the function's, even where the class has its own (__doc__). */
static bool wraps_name(AwStr *name) {
    static const char *const names[] = {"__doc__", "__module__", "__name__", "__qualname__", "__annotations__", NULL};
    for (int i = 0; names[i]; i++)
        if (str_equal_cstr(name, names[i])) return true;
    return false;
}

/* The wrapper's __dict__: what CPython's staticmethod/classmethod copy from the function at
 * creation (__module__, __name__, __qualname__, __doc__, __annotations__) plus what was set on
 * the wrapper. */
static AwValue wrapper_dict(AwVM *vm, AwValue self) {
    static const char *const names[] = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__", NULL};
    AwMethodWrapper *w = AW_AS(AwMethodWrapper, self);
    if (w->dict && dict_get_str(w->dict, AW_NAME(vm, __module__)) != AW_EMPTY) return value_from_ptr(w->dict);
    /* first use: the copied names come first, as CPython's copy at creation */
    AwDict *d = dict_new(vm);
    if (!d || gc_push_root(vm, value_from_ptr(d))) return AW_ERR;
    AwValue r = value_from_ptr(d);
    for (int i = 0; names[i] && r != AW_ERR; i++) {
        AwStr *key = str_intern_cstr(vm, names[i]);
        AwValue v = !key ? AW_ERR : w->dict && dict_get_str(w->dict, key) != AW_EMPTY ? dict_get_str(w->dict, key)
                                                                                         : ops_getattr_opt(vm, w->func, key);
        if (v == AW_ERR || (v != AW_EMPTY && dict_set_str(vm, d, key, v))) r = AW_ERR;
    }
    int64_t pos = 0;
    AwValue k, v;
    while (r != AW_ERR && w->dict && dict_next(w->dict, &pos, &k, &v))
        if (dict_get(vm, d, k) == AW_EMPTY && dict_set(vm, d, k, v)) r = AW_ERR;
    if (r != AW_ERR) w->dict = d;
    gc_pop_roots(vm, 1);
    return r;
}

static AwValue wrapper_getattr(AwVM *vm, AwValue self, AwStr *name) {
    if (str_equal_cstr(name, "__dict__")) return wrapper_dict(vm, self);
    AwValue v = type_lookup(type_of(self), name);
    if (v != AW_EMPTY && !(wraps_name(name) && !class_is_data_descriptor(vm, v))) return object_generic_getattr(vm, self, name);
    /* an attribute set on the wrapper itself, else __name__, __doc__, __wrapped__... from the
       wrapped function, as functools.wraps does */
    AwDict *d = AW_AS(AwMethodWrapper, self)->dict;
    AwValue own = d ? dict_get_str(d, name) : AW_EMPTY;
    if (own != AW_EMPTY) return own;
    return ops_getattr(vm, AW_AS(AwMethodWrapper, self)->func, name);
}

/* <staticmethod(<function f at 0x...>)>, <classmethod(...)> as CPython 3.10+ */
static AwValue wrapper_repr(AwVM *vm, AwValue self) {
    AwValue r = ops_repr(vm, AW_AS(AwMethodWrapper, self)->func);
    if (r == AW_ERR) return AW_ERR;
    const char *kind = type_is_subtype(type_of(self), &aw_type_classmethod) ? "classmethod" : "staticmethod";
    AwStr *s = str_printf(vm, "<%s(%s)>", kind, AW_STR(r)->data);
    return s ? str_value(s) : AW_ERR;
}

static AwValue staticmethod_call(AwVM *vm, AwValue callee, int argc, const AwValue *argv, AwTuple *kw) {
    return vm_call(vm, AW_AS(AwMethodWrapper, callee)->func, argc, argv, kw);
}

static AwValue staticmethod_get(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__get__", kw) || args_count(vm, "__get__", argc, 2, 3)) return AW_ERR;
    return AW_AS(AwMethodWrapper, argv[0])->func;
}

AwValue class_bind(AwVM *vm, AwValue attr, AwValue obj, AwType *owner);

/* classmethod.__get__(obj, owner=None): the function bound to owner (type(obj) if omitted). */
static AwValue classmethod_get(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__get__", kw) || args_count(vm, "__get__", argc, 2, 3)) return AW_ERR;
    AwValue owner = argc > 2 && argv[2] != AW_NONE ? argv[2] : AW_NONE;
    if (owner == AW_NONE) {
        if (argv[1] == AW_NONE) return vm_raise(vm, &aw_exc_TypeError, "__get__(None, None) is invalid");
        owner = value_from_ptr(type_of(argv[1]));
    }
    AwValue f = AW_AS(AwMethodWrapper, argv[0])->func;
    AwType *ft = value_is_ptr(f) ? type_of(f) : NULL;
    if (ft && (ft == &aw_type_property || ft == &aw_type_classmethod || ft == &aw_type_staticmethod ||
               ((ft->flags & AW_TYPE_HEAP) && type_lookup(ft, AW_NAME(vm, __get__)) != AW_EMPTY)))
        /* CPython passes the class as both instance and owner: __get__(cls, cls) */
        return class_bind(vm, f, owner, value_is_instance(owner, &aw_type_type) ? (AwType *)value_as_ptr(owner) : type_of(owner));
    return method_new(vm, f, owner);
}

static const AwMethodDef staticmethod_methods[] = {
    {"__get__", staticmethod_get, 0},
    {NULL, NULL, 0},
};

static const AwMethodDef classmethod_methods[] = {
    {"__get__", classmethod_get, 0},
    {NULL, NULL, 0},
};

static const AwGetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_get_func, NULL},
    {"__wrapped__", wrapper_get_func, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_staticmethod = {
    .name = "staticmethod",
    .base = &aw_type_object,
    .instance_size = sizeof(AwMethodWrapper),
    .dict_offset = offsetof(AwMethodWrapper, dict),
    .flags = AW_TYPE_BASETYPE,
    .new_ = wrapper_new,
    .repr = wrapper_repr,
    .call = staticmethod_call,
    .getattr = wrapper_getattr,
    .trace = wrapper_trace,
    .methods = staticmethod_methods,
    .getsets = wrapper_getsets,
};

AwType aw_type_classmethod = {
    .name = "classmethod",
    .base = &aw_type_object,
    .instance_size = sizeof(AwMethodWrapper),
    .dict_offset = offsetof(AwMethodWrapper, dict),
    .flags = AW_TYPE_BASETYPE,
    .new_ = wrapper_new,
    .repr = wrapper_repr,
    .getattr = wrapper_getattr,
    .trace = wrapper_trace,
    .methods = classmethod_methods,
    .getsets = wrapper_getsets,
};

/* ---- property ---- */

static void property_trace(AwGC *gc, AwObject *self) {
    AwProperty *p = (AwProperty *)self;
    gc_mark_value(gc, p->fget);
    gc_mark_value(gc, p->fset);
    gc_mark_value(gc, p->fdel);
    gc_mark_value(gc, p->doc);
    gc_mark_value(gc, p->name);
}

/* property(fget, fset, fdel, doc) as CPython 3.11's property_init: without doc, fget's
 * __doc__; a subclass instance keeps the doc in its own __dict__ (so the subclass's docstring
 * does not shadow it; a dict-less subclass raises AttributeError there, as 3.11.2 does). */
static AwValue property_make(AwVM *vm, AwType *type, AwValue fget, AwValue fset, AwValue fdel, AwValue doc) {
    AwProperty *p = (AwProperty *)gc_new(vm, type, type->instance_size);
    if (!p) return AW_ERR;
    AwValue pv = value_from_ptr(p);
    p->fget = fget == AW_EMPTY ? AW_NONE : fget;
    p->fset = fset == AW_EMPTY ? AW_NONE : fset;
    p->fdel = fdel == AW_EMPTY ? AW_NONE : fdel;
    p->doc = doc == AW_EMPTY || doc == AW_NONE ? AW_NONE : doc;
    p->name = AW_NONE;
    if (p->doc == AW_NONE && p->fget != AW_NONE) {
        AwValue d = ops_getattr_opt(vm, p->fget, AW_NAME(vm, __doc__));
        if (d == AW_ERR) return AW_ERR;
        if (d != AW_EMPTY && d != AW_NONE) p->doc = d, p->getter_doc = true;
    }
    if (type == &aw_type_property) return pv;
    if (gc_push_root(vm, pv)) return AW_ERR;
    AwStatus st = ops_setattr(vm, pv, AW_NAME(vm, __doc__), p->doc);
    gc_pop_roots(vm, 1);
    return st ? AW_ERR : pv;
}

static AwValue property_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    AwValue a[4];
    if (args_parse(vm, "property", argc, argv, kw, names, 0, 4, a)) return AW_ERR;
    return property_make(vm, type, a[0], a[1], a[2], a[3]);
}

/* property.getter/setter/deleter: a copy with one accessor replaced (None keeps the old one),
 * made by calling type(self) as CPython does, so a subclass's __init__ runs. */
static AwValue property_copy(AwVM *vm, AwValue self, int which, AwValue fn) {
    AwProperty *old = AW_AS(AwProperty, self);
    if (fn == AW_NONE) fn = which == 0 ? old->fget : which == 1 ? old->fset : old->fdel;
    AwValue get = which == 0 ? fn : old->fget;
    AwValue args[4] = {get, which == 1 ? fn : old->fset, which == 2 ? fn : old->fdel,
                       old->getter_doc && get != AW_NONE ? AW_NONE : old->doc};
    AwValue r = type_of(self) == &aw_type_property
        ? property_make(vm, &aw_type_property, args[0], args[1], args[2], args[3])
        : vm_call(vm, value_from_ptr(type_of(self)), 4, args, NULL);
    if (r != AW_ERR && value_is_instance(r, &aw_type_property)) AW_AS(AwProperty, r)->name = old->name;
    return r;
}

static AwValue property_getter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "getter", argc, 2, 2)) return AW_ERR;
    return property_copy(vm, argv[0], 0, argv[1]);
}
static AwValue property_setter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "setter", argc, 2, 2)) return AW_ERR;
    return property_copy(vm, argv[0], 1, argv[1]);
}
static AwValue property_deleter(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_count(vm, "deleter", argc, 2, 2)) return AW_ERR;
    return property_copy(vm, argv[0], 2, argv[1]);
}

static AwValue property_get_fget(AwVM *vm, AwValue self) { return AW_AS(AwProperty, self)->fget; }
static AwValue property_get_fset(AwVM *vm, AwValue self) { return AW_AS(AwProperty, self)->fset; }
static AwValue property_get_fdel(AwVM *vm, AwValue self) { return AW_AS(AwProperty, self)->fdel; }
static AwValue property_get_doc(AwVM *vm, AwValue self) { return AW_AS(AwProperty, self)->doc; }
/* writable, as in CPython: namedtuple users (sched, shutil, urllib.parse) document fields */
static AwStatus property_set_doc(AwVM *vm, AwValue self, AwValue v) {
    AW_AS(AwProperty, self)->doc = v == AW_EMPTY ? AW_NONE : v;
    return AW_OK;
}

AwValue property_missing(AwVM *vm, AwValue prop, AwValue obj, const char *what) {
    AwType *t = type_of(obj);
    AwValue qual = ops_repr(vm, str_value(t->qualname ? t->qualname : t->name_str));
    if (qual == AW_ERR || gc_push_root(vm, qual)) return AW_ERR;
    AwValue name = AW_AS(AwProperty, prop)->name;
    if (name != AW_NONE && (name = ops_repr(vm, name)) != AW_ERR)
        vm_raise(vm, &aw_exc_AttributeError, "property %s of %s object has no %s", AW_STR(name)->data,
                 AW_STR(qual)->data, what);
    else if (name == AW_NONE)
        vm_raise(vm, &aw_exc_AttributeError, "property of %s object has no %s", AW_STR(qual)->data, what);
    gc_pop_roots(vm, 1);
    return AW_ERR;
}

AwValue property_get(AwVM *vm, AwValue self, AwValue obj) {
    AwProperty *p = AW_AS(AwProperty, self);
    if (p->fget != AW_NONE) return vm_call(vm, p->fget, 1, &obj, NULL);
    return property_missing(vm, self, obj, "getter");
}

/* The descriptor protocol called explicitly (and by subclasses of property). */
static AwValue property_dunder_get(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__get__", kw) || args_count(vm, "__get__", argc, 2, 3)) return AW_ERR;
    if (argv[1] == AW_NONE) {
        if (argc < 3 || argv[2] == AW_NONE) return vm_raise(vm, &aw_exc_TypeError, "__get__(None, None) is invalid");
        return argv[0];
    }
    return property_get(vm, argv[0], argv[1]);
}

static AwValue property_store(AwVM *vm, AwValue self, AwValue obj, AwValue value) {
    AwProperty *p = AW_AS(AwProperty, self);
    AwValue fn = value == AW_EMPTY ? p->fdel : p->fset;
    if (fn == AW_NONE) return property_missing(vm, self, obj, value == AW_EMPTY ? "deleter" : "setter");
    AwValue args[2] = {obj, value};
    AwValue r = vm_call(vm, fn, value == AW_EMPTY ? 1 : 2, args, NULL);
    return r == AW_ERR ? AW_ERR : AW_NONE;
}

static AwValue property_dunder_set(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__set__", kw) || args_count(vm, "__set__", argc, 3, 3)) return AW_ERR;
    return property_store(vm, argv[0], argv[1], argv[2]);
}

static AwValue property_dunder_delete(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__delete__", kw) || args_count(vm, "__delete__", argc, 2, 2)) return AW_ERR;
    return property_store(vm, argv[0], argv[1], AW_EMPTY);
}

static AwValue property_set_name(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "__set_name__", kw)) return AW_ERR;
    if (argc != 3)
        return vm_raise(vm, &aw_exc_TypeError, "__set_name__() takes 2 positional arguments but %d were given", argc - 1);
    AW_AS(AwProperty, argv[0])->name = argv[2];
    return AW_NONE;
}

static const AwMethodDef property_methods[] = {
    {"__get__", property_dunder_get, 0},
    {"__set__", property_dunder_set, 0},
    {"__delete__", property_dunder_delete, 0},
    {"__set_name__", property_set_name, 0},
    {"getter", property_getter, 0},
    {"setter", property_setter, 0},
    {"deleter", property_deleter, 0},
    {NULL, NULL, 0},
};

/* property.__isabstractmethod__: whether fget, fset or fdel is abstract (abc counts it). */
static AwValue property_get_isabstract(AwVM *vm, AwValue self) {
    AwProperty *p = AW_AS(AwProperty, self);
    AwValue fns[3] = {p->fget, p->fset, p->fdel};
    AwStr *name = str_intern_cstr(vm, "__isabstractmethod__");
    if (!name) return AW_ERR;
    for (int i = 0; i < 3; i++) {
        if (fns[i] == AW_NONE) continue;
        AwValue v = ops_getattr_opt(vm, fns[i], name);
        if (v == AW_ERR) return AW_ERR;
        if (v == AW_EMPTY) continue;
        int t = ops_truthy(vm, v);
        if (t < 0) return AW_ERR;
        if (t) return AW_TRUE;
    }
    return AW_FALSE;
}

static const AwGetSetDef property_getsets[] = {
    {"fget", property_get_fget, NULL},
    {"fset", property_get_fset, NULL},
    {"fdel", property_get_fdel, NULL},
    {"__doc__", property_get_doc, property_set_doc},
    {"__isabstractmethod__", property_get_isabstract, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_property = {
    .name = "property",
    .base = &aw_type_object,
    .instance_size = sizeof(AwProperty),
    .flags = AW_TYPE_BASETYPE,
    .new_ = property_new,
    .trace = property_trace,
    .methods = property_methods,
    .getsets = property_getsets,
};
