/* class_slots.c — the C slots of user classes: trampolines that call dunder methods written in
 * aw, instance creation (__new__/__init__), and instance tracing.
 *
 * class_install_slots recomputes every slot of a heap type from its MRO: a slot whose dunder
 * is defined by a user class before the first built-in class in the MRO gets the trampoline;
 * otherwise the solid base's C slot is kept.
 */
#include <stdlib.h>
#include <string.h>
#include "interp/class.h"
#include "interp/code.h"
#include "interp/member.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/function.h"
#include "interp/gc.h"
#include "interp/int.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"

AwValue class_bind(AwVM *vm, AwValue attr, AwValue obj, AwType *owner);

static AwType *solid_base(AwType *t) {
    while (t->flags & AW_TYPE_HEAP) t = t->base;
    return t;
}

/* True if a user class in t's MRO defines name (so the trampoline applies). */
static bool user_defines(AwType *t, AwStr *name) {
    AwType *owner = type_lookup_owner(t, name);
    return owner && (owner->flags & AW_TYPE_HEAP);
}

/* Calls type(self).name(self, *args); AW_EMPTY if not defined. */
static AwValue call_dunder(AwVM *vm, AwValue self, AwStr *name, int argc, const AwValue *argv) {
    return vm_call_dunder(vm, self, name, argc, argv);
}

static AwValue slot_repr(AwVM *vm, AwValue self) {
    AwValue r = call_dunder(vm, self, AW_NAME(vm, __repr__), 0, NULL);
    if (r == AW_ERR) return AW_ERR;
    if (!value_is_instance(r, &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "__repr__ returned non-string (type %s)", ops_type_name(r));
    return r;
}

static AwValue slot_str(AwVM *vm, AwValue self) {
    AwValue r = call_dunder(vm, self, AW_NAME(vm, __str__), 0, NULL);
    if (r == AW_ERR) return AW_ERR;
    if (!value_is_instance(r, &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "__str__ returned non-string (type %s)", ops_type_name(r));
    return r;
}

static AwStatus slot_hash(AwVM *vm, AwValue self, int64_t *out) {
    AwValue r = call_dunder(vm, self, AW_NAME(vm, __hash__), 0, NULL);
    if (r == AW_ERR) return AW_ERROR;
    if (!int_check(r)) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__hash__ method should return an integer"));
    /* As CPython's slot_tp_hash: a result that fits in 64 bits is the hash as is. */
    int64_t h;
    if (value_is_int(r)) h = value_as_small(r);
    else if (int_to_i64(vm, r, &h)) { vm_exc_clear(vm); h = int_hash(r); }
    *out = h == -1 ? -2 : h;
    return AW_OK;
}

static AwStatus slot_unhashable(AwVM *vm, AwValue self, int64_t *out) {
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "unhashable type: '%s'", ops_type_name(self)));
}

static AwStr *cmp_name(AwVM *vm, AwCmpOp op) {
    switch (op) {
    case AW_CMP_LT: return AW_NAME(vm, __lt__);
    case AW_CMP_LE: return AW_NAME(vm, __le__);
    case AW_CMP_EQ: return AW_NAME(vm, __eq__);
    case AW_CMP_NE: return AW_NAME(vm, __ne__);
    case AW_CMP_GT: return AW_NAME(vm, __gt__);
    default: return AW_NAME(vm, __ge__);
    }
}

static AwValue slot_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    AwValue r = call_dunder(vm, a, cmp_name(vm, op), 1, &b);
    if (r == AW_EMPTY) return AW_NOTIMPL;
    return r;
}

AwStr *class_binop_name(AwVM *vm, AwBinOp op, bool reflected) {
    static const char *const names[AW_BINOP_COUNT][2] = {
        {"__add__", "__radd__"}, {"__sub__", "__rsub__"}, {"__mul__", "__rmul__"},
        {"__truediv__", "__rtruediv__"}, {"__floordiv__", "__rfloordiv__"}, {"__mod__", "__rmod__"},
        {"__pow__", "__rpow__"}, {"__lshift__", "__rlshift__"}, {"__rshift__", "__rrshift__"},
        {"__and__", "__rand__"}, {"__or__", "__ror__"}, {"__xor__", "__rxor__"},
        {"__matmul__", "__rmatmul__"},
    };
    return str_intern_cstr(vm, names[op][reflected]);
}

/* A binary dunder: tries the user method, then the solid base's C slot. */
static AwValue slot_binary(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    AwType *t = type_of(a);
    AwStr *name = class_binop_name(vm, op, false);
    if (user_defines(t, name)) {
        AwValue r = call_dunder(vm, a, name, 1, &b);
        return r == AW_EMPTY ? AW_NOTIMPL : r;
    }
    AwType *sb = solid_base(t);
    return sb->binary ? sb->binary(vm, a, b, op) : AW_NOTIMPL;
}

static AwValue slot_rbinary(AwVM *vm, AwValue a, AwValue b, AwBinOp op) {
    AwType *t = type_of(b);
    AwStr *name = class_binop_name(vm, op, true);
    if (user_defines(t, name)) {
        AwValue r = call_dunder(vm, b, name, 1, &a);
        return r == AW_EMPTY ? AW_NOTIMPL : r;
    }
    AwType *sb = solid_base(t);
    return sb->rbinary ? sb->rbinary(vm, a, b, op) : AW_NOTIMPL;
}

static AwValue slot_unary(AwVM *vm, AwValue a, AwUnaryOp op) {
    AwStr *name = op == AW_UNARY_NEG ? AW_NAME(vm, __neg__) : op == AW_UNARY_POS ? AW_NAME(vm, __pos__) : AW_NAME(vm, __invert__);
    AwValue r = call_dunder(vm, a, name, 0, NULL);
    if (r != AW_EMPTY) return r;
    AwType *sb = solid_base(type_of(a));
    if (sb->unary) return sb->unary(vm, a, op);
    return vm_raise(vm, &aw_exc_TypeError, "bad operand type for unary %s: '%s'", op == AW_UNARY_NEG ? "-" : op == AW_UNARY_POS ? "+" : "~", ops_type_name(a));
}

static int slot_truth(AwVM *vm, AwValue self) {
    AwValue r = call_dunder(vm, self, AW_NAME(vm, __bool__), 0, NULL);
    if (r == AW_ERR) return -1;
    if (r != AW_EMPTY) {
        if (r == AW_TRUE) return 1;
        if (r == AW_FALSE) return 0;
        vm_raise(vm, &aw_exc_TypeError, "__bool__ should return bool, returned %s", ops_type_name(r));
        return -1;
    }
    int64_t n;
    if (type_lookup(type_of(self), AW_NAME(vm, __len__)) == AW_EMPTY) return 1;
    if (ops_len(vm, self, &n)) return -1;
    return n != 0;
}

static AwValue slot_call(AwVM *vm, AwValue callee, int argc, const AwValue *argv, AwTuple *kw) {
    AwValue fn = type_lookup(type_of(callee), AW_NAME(vm, __call__));
    if (fn == AW_EMPTY) return vm_raise(vm, &aw_exc_TypeError, "'%s' object is not callable", ops_type_name(callee));
    /* __call__ may be an instance of this class again (C.__call__ = C()): a native recursion */
    if (vm_enter(vm, " while calling a Python object")) return AW_ERR;
    AwValue bound = class_bind(vm, fn, callee, type_of(callee));
    AwValue r = bound == AW_ERR ? AW_ERR : vm_call(vm, bound, argc, argv, kw);
    vm_leave(vm);
    return r;
}

static AwValue slot_getattr(AwVM *vm, AwValue obj, AwStr *name) {
    AwType *t = type_of(obj);
    AwValue r;
    if (user_defines(t, AW_NAME(vm, __getattribute__))) {
        AwValue nv = str_value(name);
        r = call_dunder(vm, obj, AW_NAME(vm, __getattribute__), 1, &nv);
    } else {
        AwType *sb = solid_base(t);
        r = sb->getattr && sb->getattr != slot_getattr ? sb->getattr(vm, obj, name) : object_generic_getattr(vm, obj, name);
    }
    if (r != AW_ERR || !user_defines(t, AW_NAME(vm, __getattr__)) || !vm_exc_matches(vm, &aw_exc_AttributeError)) return r;
    vm_exc_clear(vm);
    AwValue nv = str_value(name);
    return call_dunder(vm, obj, AW_NAME(vm, __getattr__), 1, &nv);
}

static AwStatus slot_setattr(AwVM *vm, AwValue obj, AwStr *name, AwValue value) {
    AwType *t = type_of(obj);
    AwValue nv = str_value(name);
    if (value == AW_EMPTY && user_defines(t, AW_NAME(vm, __delattr__)))
        return call_dunder(vm, obj, AW_NAME(vm, __delattr__), 1, &nv) == AW_ERR ? AW_ERROR : AW_OK;
    if (value != AW_EMPTY && user_defines(t, AW_NAME(vm, __setattr__))) {
        AwValue args[2] = {nv, value};
        return call_dunder(vm, obj, AW_NAME(vm, __setattr__), 2, args) == AW_ERR ? AW_ERROR : AW_OK;
    }
    AwType *sb = solid_base(t);
    if (sb->setattr && sb->setattr != slot_setattr) return sb->setattr(vm, obj, name, value);
    return object_generic_setattr(vm, obj, name, value);
}

/* A class that sets a protocol dunder to None (`__iter__ = None`, as typing's aliases do)
 * opts out of it; the failed call of None becomes CPython's message for that protocol. */
static bool dunder_is_none(AwVM *vm, AwValue self, AwStr *name) {
    if (type_lookup(type_of(self), name) != AW_NONE) return false;
    vm_exc_clear(vm);
    return true;
}

static AwValue slot_iter(AwVM *vm, AwValue self) {
    /* `__iter__ = None` marks a class as not iterable (typing's _NotIterable), as CPython */
    if (type_lookup(type_of(self), AW_NAME(vm, __iter__)) == AW_NONE)
        return vm_raise(vm, &aw_exc_TypeError, "'%s' object is not iterable", ops_type_name(self));
    AwValue r = call_dunder(vm, self, AW_NAME(vm, __iter__), 0, NULL);
    if (r == AW_EMPTY || (r == AW_ERR && dunder_is_none(vm, self, AW_NAME(vm, __iter__))))
        return vm_raise(vm, &aw_exc_TypeError, "'%s' object is not iterable", ops_type_name(self));
    if (r != AW_ERR && !type_of(r)->next && type_lookup(type_of(r), AW_NAME(vm, __next__)) == AW_EMPTY)
        return vm_raise(vm, &aw_exc_TypeError, "iter() returned non-iterator of type '%s'", ops_type_name(r));
    return r;
}

static AwValue slot_next(AwVM *vm, AwValue self) {
    AwValue r = call_dunder(vm, self, AW_NAME(vm, __next__), 0, NULL);
    if (r == AW_EMPTY) return vm_raise(vm, &aw_exc_TypeError, "'%s' object is not an iterator", ops_type_name(self));
    if (r == AW_ERR && vm_exc_matches(vm, &aw_exc_StopIteration)) {
        vm_exc_clear(vm);
        return AW_STOP;
    }
    return r;
}

static AwStatus slot_len(AwVM *vm, AwValue self, int64_t *out) {
    AwValue r = call_dunder(vm, self, AW_NAME(vm, __len__), 0, NULL);
    if (r == AW_ERR) return AW_ERROR;
    if (!int_check(r)) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "'%s' object cannot be interpreted as an integer", ops_type_name(r)));
    if (int_sign(r) < 0) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "__len__() should return >= 0"));
    if (int_to_i64(vm, r, out)) {
        vm_exc_clear(vm);
        return vm_fail(vm_raise(vm, &aw_exc_OverflowError, "cannot fit 'int' into an index-sized integer"));
    }
    return AW_OK;
}

static AwValue slot_getitem(AwVM *vm, AwValue self, AwValue key) {
    AwValue r = call_dunder(vm, self, AW_NAME(vm, __getitem__), 1, &key);
    if (r != AW_EMPTY) return r;
    AwType *sb = solid_base(type_of(self));
    if (sb->getitem) return sb->getitem(vm, self, key);
    return vm_raise(vm, &aw_exc_TypeError, "'%s' object is not subscriptable", ops_type_name(self));
}

static AwStatus slot_setitem(AwVM *vm, AwValue self, AwValue key, AwValue value) {
    AwValue r;
    if (value == AW_EMPTY) {
        r = call_dunder(vm, self, AW_NAME(vm, __delitem__), 1, &key);
        if (r == AW_EMPTY) {
            AwType *sb = solid_base(type_of(self));
            if (sb->setitem) return sb->setitem(vm, self, key, value);
            return vm_fail(vm_raise(vm, &aw_exc_AttributeError, "__delitem__"));
        }
    } else {
        AwValue args[2] = {key, value};
        r = call_dunder(vm, self, AW_NAME(vm, __setitem__), 2, args);
        if (r == AW_EMPTY) {
            AwType *sb = solid_base(type_of(self));
            if (sb->setitem) return sb->setitem(vm, self, key, value);
            return vm_fail(vm_raise(vm, &aw_exc_TypeError, "'%s' object does not support item assignment", ops_type_name(self)));
        }
    }
    return r == AW_ERR ? AW_ERROR : AW_OK;
}

static int slot_contains(AwVM *vm, AwValue self, AwValue item) {
    AwValue r = call_dunder(vm, self, AW_NAME(vm, __contains__), 1, &item);
    if (r == AW_ERR && dunder_is_none(vm, self, AW_NAME(vm, __contains__))) {
        vm_raise(vm, &aw_exc_TypeError, "'%s' object is not a container", ops_type_name(self));
        return -1;
    }
    if (r == AW_ERR) return -1;
    if (r == AW_EMPTY) {
        AwType *sb = solid_base(type_of(self));
        if (sb->contains) return sb->contains(vm, self, item);
        return -2; /* not defined: ops_contains iterates */
    }
    return ops_truthy(vm, r);
}

/* ---- tracing and freeing instances of user classes ---- */

static void heap_instance_trace(AwGC *gc, AwObject *self) {
    AwType *sb = solid_base(self->type);
    if (sb->trace && sb->trace != heap_instance_trace) sb->trace(gc, self);
    if (self->type->dict_offset) gc_mark_object(gc, *(AwObject **)((char *)self + self->type->dict_offset));
    member_trace_instance(gc, self);
}

static void heap_instance_free(AwVM *vm, AwObject *self) {
    AwType *sb = solid_base(self->type);
    if (sb->free_ && sb->free_ != heap_instance_free) sb->free_(vm, self);
}

/* ---- instance creation ---- */

static bool is_mutable_style(AwVM *vm, AwType *sb) {
    return !(sb->flags & (AW_TYPE_EXCEPTION | AW_TYPE_METATYPE)) && sb != &aw_type_object &&
           dict_get_str(sb->dict, AW_NAME(vm, __init__)) != AW_EMPTY;
}

/* Runs __init__ unless it is a built-in one the base's new_ already did the work of. After a
 * user __new__ (force_builtin), BaseException.__init__ runs: it sets args to the call's. */
static AwValue call_init(AwVM *vm, AwValue obj, int argc, const AwValue *argv, AwTuple *kw, bool force_builtin) {
    AwType *t = type_of(obj);
    AwValue init = type_lookup(t, AW_NAME(vm, __init__));
    AwType *owner = type_lookup_owner(t, AW_NAME(vm, __init__));
    if (init == AW_EMPTY || !owner || (!(owner->flags & AW_TYPE_HEAP) && !force_builtin && !is_mutable_style(vm, owner)))
        return obj;
    AwValue bound = class_bind(vm, init, obj, t);
    if (bound == AW_ERR) return AW_ERR;
    AwValue r = vm_call(vm, bound, argc, argv, kw);
    if (r == AW_ERR) return AW_ERR;
    if (r != AW_NONE) return vm_raise(vm, &aw_exc_TypeError, "__init__() should return None, not '%s'", ops_type_name(r));
    return obj;
}

AwValue class_instance_new(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    AwValue obj;
    AwType *sb = solid_base(type);
    bool has_args = argc > 0 || (kw && kw->len);
    bool user_new = user_defines(type, AW_NAME(vm, __new__));
    if (user_new) {
        AwValue fn = type_lookup(type, AW_NAME(vm, __new__));
        AwValue bound = class_bind(vm, fn, AW_EMPTY, type);
        if (bound == AW_ERR) return AW_ERR;
        /* (cls, *args): the values stay reachable from argv, so a malloc'd copy needs no root */
        AwValue stack[16];
        size_t n = (size_t)argc + (kw ? (size_t)kw->len : 0);
        AwValue *args = n + 1 <= 16 ? stack : malloc(sizeof(AwValue) * (n + 1));
        if (!args) return vm_raise_memory(vm);
        args[0] = value_from_ptr(type);
        if (n) memcpy(args + 1, argv, sizeof(AwValue) * n);
        obj = vm_call(vm, bound, argc + 1, args, kw);
        if (args != stack) free(args);
        if (obj == AW_ERR || !value_is_instance(obj, type)) return obj;
    } else if (sb == &aw_type_object) {
        if (has_args && !user_defines(type, AW_NAME(vm, __init__)))
            return vm_raise(vm, &aw_exc_TypeError, "%s() takes no arguments", type_name(type));
        if (class_check_abstract(vm, type)) return AW_ERR;
        AwObject *o = gc_new(vm, type, type->instance_size);
        if (!o) return AW_ERR;
        obj = value_from_ptr(o);
    } else if (is_mutable_style(vm, sb)) {
        obj = sb->new_(vm, type, 0, NULL, NULL);
    } else {
        obj = sb->new_(vm, type, argc, argv, kw);
    }
    if (obj == AW_ERR) return AW_ERR;
    if (gc_push_root(vm, obj)) return AW_ERR;
    AwValue r = call_init(vm, obj, argc, argv, kw, user_new && (sb->flags & AW_TYPE_EXCEPTION));
    gc_pop_roots(vm, 1);
    return r;
}

static AwFunction *compute_inline_init(AwVM *vm, AwType *type) {
    if (type->obj.type != &aw_type_type || !(type->flags & AW_TYPE_HEAP) || type->new_ != class_instance_new ||
        solid_base(type) != &aw_type_object || (type->flags & AW_TYPE_HAS_ABSTRACT) ||
        user_defines(type, AW_NAME(vm, __new__)))
        return NULL;
    AwValue init = type_lookup(type, AW_NAME(vm, __init__));
    if (!value_is_type(init, &aw_type_function)) return NULL;
    AwFunction *f = AW_FUNCTION(init);
    if (f->code->flags & (AW_CODE_GENERATOR | AW_CODE_COROUTINE | AW_CODE_ASYNC_GENERATOR)) return NULL;
    return f;
}

AwFunction *class_inline_init(AwVM *vm, AwType *type) {
    if (!type->ctor_known || type->ctor_epoch != type_epoch) {
        type->ctor_init = compute_inline_init(vm, type);
        type->ctor_epoch = type_epoch;
        type->ctor_known = 1;
    }
    return type->ctor_init;
}

/* ---- installing slots ---- */

#define DEFINES(n) user_defines(t, AW_NAME(vm, n))

void class_install_slots(AwVM *vm, AwType *t) {
    AwType *sb = solid_base(t);
    t->repr = DEFINES(__repr__) ? slot_repr : sb->repr;
    /* With only __repr__ defined, str() follows it unless the built-in base has a __str__ of its
     * own (exceptions show their args, str subclasses their text), as in CPython. */
    bool own_str = (sb->flags & AW_TYPE_EXCEPTION) || type_is_subtype(sb, &aw_type_str);
    t->str = DEFINES(__str__) ? slot_str : DEFINES(__repr__) && !own_str ? NULL : sb->str;
    bool eq = DEFINES(__eq__) || DEFINES(__ne__) || DEFINES(__lt__) || DEFINES(__le__) || DEFINES(__gt__) || DEFINES(__ge__);
    t->compare = eq ? slot_compare : sb->compare;
    AwValue h = type_lookup(t, AW_NAME(vm, __hash__));
    if (h == AW_NONE) t->hash = slot_unhashable;
    else if (DEFINES(__hash__)) t->hash = slot_hash;
    else if (DEFINES(__eq__)) {
        t->hash = slot_unhashable;
        if (dict_get_str(t->dict, AW_NAME(vm, __hash__)) == AW_EMPTY) dict_set_str(vm, t->dict, AW_NAME(vm, __hash__), AW_NONE);
    } else t->hash = sb->hash;
    t->binary = slot_binary;
    t->rbinary = slot_rbinary;
    t->unary = (DEFINES(__neg__) || DEFINES(__pos__) || DEFINES(__invert__)) ? slot_unary : sb->unary;
    t->truth = (DEFINES(__bool__) || DEFINES(__len__)) ? slot_truth : sb->truth;
    t->call = DEFINES(__call__) ? slot_call : sb->call;
    t->getattr = (DEFINES(__getattr__) || DEFINES(__getattribute__)) ? slot_getattr : sb->getattr;
    t->setattr = (DEFINES(__setattr__) || DEFINES(__delattr__)) ? slot_setattr : sb->setattr;
    t->iter = DEFINES(__iter__) ? slot_iter : sb->iter;
    t->next = DEFINES(__next__) ? slot_next : sb->next;
    t->len = DEFINES(__len__) ? slot_len : sb->len;
    t->getitem = DEFINES(__getitem__) ? slot_getitem : sb->getitem;
    t->setitem = (DEFINES(__setitem__) || DEFINES(__delitem__)) ? slot_setitem : sb->setitem;
    t->contains = DEFINES(__contains__) ? slot_contains : sb->contains;
    t->new_ = class_instance_new;
    if (DEFINES(__del__)) t->flags |= AW_TYPE_USER_DEL | AW_TYPE_FINALIZE;
    else t->flags = (t->flags & ~(uint32_t)(AW_TYPE_USER_DEL | AW_TYPE_FINALIZE)) | (sb->flags & AW_TYPE_FINALIZE);
    t->trace = heap_instance_trace;
    t->free_ = heap_instance_free;
    t->version++;
    type_epoch++;
}
