/* ops.c — generic operations on any value: dispatch through type slots with CPython's
 * reflection rules and error messages (see ops.h). */
#include "interp/ops.h"

#include <stdio.h>
#include <string.h>
#include "interp/gc.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/function.h"
#include "interp/int.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/union.h"
#include "interp/genericalias.h"
#include "interp/port.h"
#include "interp/vm.h"
#include "interp/bytes.h"
#include "interp/list.h"

AwValue class_bind(AwVM *vm, AwValue attr, AwValue obj, AwType *owner);

static const char *const binop_symbols[AW_BINOP_COUNT] = {
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@",
};
static const char *const inplace_names[AW_BINOP_COUNT] = {
    "__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__",
    "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__", "__imatmul__",
};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

AwValue ops_repr(AwVM *vm, AwValue v) {
    AwType *t = type_of(v);
    if (!t->repr) return vm_raise(vm, &aw_exc_TypeError, "cannot repr '%s'", type_name(t));
    if (vm_enter(vm, " while getting the repr of an object")) return AW_ERR;
    AwValue r = t->repr(vm, v);
    vm_leave(vm);
    return r;
}

AwValue ops_str(AwVM *vm, AwValue v) {
    AwType *t = type_of(v);
    if (t == &aw_type_str) return v;
    if (!t->str) {
        AwType *owner = (t->flags & AW_TYPE_HEAP) ? type_lookup_owner(t, AW_NAME(vm, __repr__)) : NULL;
        if (!owner || !(owner->flags & AW_TYPE_HEAP)) return ops_repr(vm, v);
        /* object.__str__ runs the class's __repr__; str() then checks what it got */
        if (vm_enter(vm, " while getting the str of an object")) return AW_ERR;
        AwValue r = vm_call_dunder(vm, v, AW_NAME(vm, __repr__), 0, NULL);
        vm_leave(vm);
        if (r == AW_EMPTY) return ops_repr(vm, v);
        if (r != AW_ERR && !value_is_instance(r, &aw_type_str))
            return vm_raise(vm, &aw_exc_TypeError, "__str__ returned non-string (type %s)", ops_type_name(r));
        return r;
    }
    if (vm_enter(vm, " while getting the str of an object")) return AW_ERR;
    AwValue r = t->str(vm, v);
    vm_leave(vm);
    return r;
}

AwValue ops_ascii(AwVM *vm, AwValue v) {
    AwValue r = ops_repr(vm, v);
    if (r == AW_ERR || str_is_ascii(AW_STR(r))) return r;
    AwStr *s = AW_STR(r);
    /* Worst case: a 4-byte sequence becomes \UXXXXXXXX (10 bytes), 2.5 per input byte. */
    size_t cap = (size_t)s->byte_len * 3 + 1;
    char *out = gc_alloc(vm, cap);
    if (!out) return AW_ERR;
    size_t n = 0;
    for (int64_t i = 0; i < s->byte_len;) {
        int len;
        uint32_t cp = str_decode_utf8(s->data + i, &len);
        i += len;
        if (cp < 0x80) out[n++] = (char)cp;
        else if (cp <= 0xff) n += (size_t)sprintf(out + n, "\\x%02x", cp);
        else if (cp <= 0xffff) n += (size_t)sprintf(out + n, "\\u%04x", cp);
        else n += (size_t)sprintf(out + n, "\\U%08x", cp);
    }
    AwStr *res = str_new(vm, out, n);
    gc_free(vm, out, cap);
    return res ? str_value(res) : AW_ERR;
}

AwValue ops_format(AwVM *vm, AwValue v, AwValue spec) {
    if (value_is_str(v) && value_is_str(spec) && AW_STR(spec)->byte_len == 0) return v;
    AwValue r = vm_call_dunder(vm, v, AW_NAME(vm, __format__), 1, &spec);
    if (r == AW_EMPTY) return vm_raise(vm, &aw_exc_TypeError, "Type %s doesn't define __format__", ops_type_name(v));
    if (r != AW_ERR && !value_is_instance(r, &aw_type_str))
        return vm_raise(vm, &aw_exc_TypeError, "__format__ must return a str, not %s", ops_type_name(r));
    return r;
}

AwStatus ops_hash(AwVM *vm, AwValue v, int64_t *out) {
    if (value_is_int(v) || value_is_bool(v)) { *out = int_hash(v); return AW_OK; }
    if (value_is_float(v)) { *out = float_hash(value_as_double(v)); return AW_OK; }
    AwType *t = type_of(v);
    if (t == &aw_type_str) { *out = str_hash(AW_STR(v)); return AW_OK; }
    if (!t->hash) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "unhashable type: '%s'", type_name(t)));
    return t->hash(vm, v, out);
}

static int64_t str_size(const AwStr *s) {
    int kind = 0;
    for (int32_t i = 0; i < s->byte_len; i++) {
        unsigned char b = (unsigned char)s->data[i];
        if (b >= 0xF0) kind = 4;
        else if ((b >= 0xE0 || (b >= 0xC4 && b < 0xE0)) && kind < 2) kind = 2;
        else if ((b == 0xC2 || b == 0xC3) && kind < 1) kind = 1;
    }
    return kind == 0 ? 48 + (int64_t)s->char_len + 1 : 72 + ((int64_t)s->char_len + 1) * kind;
}

AwStatus ops_sizeof(AwVM *vm, AwValue v, int64_t *out) {
    if (value_is_bool(v)) { *out = 28; return AW_OK; }
    if (int_check(v) && (value_is_int(v) || type_of(v) == &aw_type_int)) {
        AwValue bits = vm_call_method(vm, v, str_intern_cstr(vm, "bit_length"), 0, NULL);
        if (bits == AW_ERR) return AW_ERROR;
        int64_t n = value_is_int(bits) ? value_as_small(bits) : 0;
        *out = n == 0 ? 28 : 24 + 4 * ((n + 29) / 30);   /* 3.11.2 gives 0 one digit */
        return AW_OK;
    }
    if (value_is_float(v)) { *out = 24; return AW_OK; }
    if (!value_is_ptr(v)) { *out = 16; return AW_OK; }   /* None, Ellipsis, NotImplemented */
    AwType *t = type_of(v);
    if (t == &aw_type_float) *out = 24;
    else if (t == &aw_type_complex) *out = 32;
    else if (t == &aw_type_str) *out = str_size(AW_STR(v));
    else if (t == &aw_type_bytes) *out = 33 + AW_BYTES(v)->len;
    else if (t == &aw_type_tuple) *out = 24 + 8 * AW_TUPLE(v)->len;
    else if (t == &aw_type_list) *out = 40 + 8 * AW_LIST(v)->cap;
    else if (t == &aw_type_range) *out = 48;
    else if (t == &aw_type_object) *out = 16;
    else *out = value_as_ptr(v)->gc_size ? value_as_ptr(v)->gc_size : t->instance_size;
    return AW_OK;
}

int ops_truthy(AwVM *vm, AwValue v) {
    if (v == AW_TRUE) return 1;
    if (v == AW_FALSE || v == AW_NONE) return 0;
    if (value_is_int(v)) return value_as_small(v) != 0;
    if (value_is_float(v)) return value_as_double(v) != 0.0;
    AwType *t = type_of(v);
    if (t->truth) return t->truth(vm, v);
    if (t->len) {
        int64_t n;
        if (t->len(vm, v, &n)) return -1;
        return n != 0;
    }
    return 1;
}

static AwCmpOp swapped(AwCmpOp op) {
    switch (op) {
    case AW_CMP_LT: return AW_CMP_GT;
    case AW_CMP_LE: return AW_CMP_GE;
    case AW_CMP_GT: return AW_CMP_LT;
    case AW_CMP_GE: return AW_CMP_LE;
    default: return op;
    }
}

static bool overrides_reflected(AwType *ta, AwType *tb) {
    return ta != tb && type_is_subtype(tb, ta) && (tb->flags & AW_TYPE_HEAP);
}

AwValue ops_compare(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    AwType *ta = type_of(a), *tb = type_of(b);
    AwValue r = AW_NOTIMPL;
    bool tried_reflected = false;
    if (overrides_reflected(ta, tb) && tb->compare) {
        r = tb->compare(vm, b, a, swapped(op));
        tried_reflected = true;
        if (r != AW_NOTIMPL) return r;
    }
    if (ta->compare) {
        if (vm_enter(vm, " in comparison")) return AW_ERR;
        r = ta->compare(vm, a, b, op);
        vm_leave(vm);
        if (r != AW_NOTIMPL) return r;
    }
    if (!tried_reflected && tb->compare) {
        r = tb->compare(vm, b, a, swapped(op));
        if (r != AW_NOTIMPL) return r;
    }
    if (op == AW_CMP_EQ) return value_from_bool(a == b);
    if (op == AW_CMP_NE) return value_from_bool(a != b);
    return vm_raise(vm, &aw_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                    cmp_symbols[op], type_name(ta), type_name(tb));
}

int ops_compare_bool(AwVM *vm, AwValue a, AwValue b, AwCmpOp op) {
    if (value_is_int(a) && value_is_int(b)) {
        int64_t x = value_as_small(a), y = value_as_small(b);
        switch (op) {
        case AW_CMP_LT: return x < y;
        case AW_CMP_LE: return x <= y;
        case AW_CMP_EQ: return x == y;
        case AW_CMP_NE: return x != y;
        case AW_CMP_GT: return x > y;
        default: return x >= y;
        }
    }
    AwValue r = ops_compare(vm, a, b, op);
    if (r == AW_ERR) return -1;
    if (r == AW_TRUE) return 1;
    if (r == AW_FALSE) return 0;
    return ops_truthy(vm, r);
}

int ops_eq(AwVM *vm, AwValue a, AwValue b) {
    if (a == b) return 1;   /* CPython's identity shortcut: a NaN in a container equals itself */
    if (value_is_int(a) && value_is_int(b)) return 0;
    if (value_is_str(a) && value_is_str(b)) return str_equal(AW_STR(a), AW_STR(b));
    return ops_compare_bool(vm, a, b, AW_CMP_EQ);
}

/* Types with CPython's sq_repeat: `seq * x` with a non-int x has its own message. */
static bool is_repeatable(AwValue v) {
    return value_is_instance(v, &aw_type_str) || value_is_instance(v, &aw_type_bytes) ||
           value_is_instance(v, &aw_type_list) || value_is_instance(v, &aw_type_tuple);
}

/* Whether a user class above a built-in sequence defines __mul__ or __rmul__ itself: CPython
 * then drops the inherited sequence repeat, so errors are the plain operand message. */
static bool overrides_repeat(AwVM *vm, AwValue v) {
    AwType *t = type_of(v);
    if (!(t->flags & AW_TYPE_HEAP) || !t->mro) return false;
    AwStr *mul = str_intern_cstr(vm, "__mul__"), *rmul = str_intern_cstr(vm, "__rmul__");
    for (int64_t i = 0; i < t->mro->len; i++) {
        AwType *k = (AwType *)value_as_ptr(t->mro->items[i]);
        if (!(k->flags & AW_TYPE_HEAP) || !k->dict) continue;
        if (dict_get_str(k->dict, mul) != AW_EMPTY || dict_get_str(k->dict, rmul) != AW_EMPTY) return true;
    }
    return false;
}

/* CPython's x *= seq repeats the right-hand sequence only when x's type has no sequence
 * methods at all, and every user class has them: Index() *= [1] is a TypeError although
 * Index() * [1] works. */
static bool inplace_repeat_refused(AwType *ta, AwType *tb, int op) {
    if (op != AW_BINOP_INPLACE + AW_BINOP_MUL || !(ta->flags & AW_TYPE_HEAP)) return false;
    return tb == &aw_type_list || tb == &aw_type_tuple || tb == &aw_type_str || tb == &aw_type_bytes ||
           tb == &aw_type_bytearray;
}

static bool repeats(AwVM *vm, AwValue v) { return is_repeatable(v) && !overrides_repeat(vm, v); }

static AwValue binary_error(AwVM *vm, AwValue a, AwValue b, int op) {
    int base = op & 15;
    bool inplace = op >= AW_BINOP_INPLACE;
    bool ra = base == AW_BINOP_MUL && repeats(vm, a);
    bool rb = base == AW_BINOP_MUL && repeats(vm, b) && !inplace_repeat_refused(type_of(a), type_of(b), op);
    if (ra || rb)
        return vm_raise(vm, &aw_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                        ops_type_name(ra ? b : a));
    if (base == AW_BINOP_POW && !inplace)
        return vm_raise(vm, &aw_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", ops_type_name(a), ops_type_name(b));
    /* Python 2's `print >> stream`: CPython's hint (the built-in print only) */
    bool py2_print = op == AW_BINOP_RSHIFT && value_is_type(a, &aw_type_native) &&
                     !AW_NATIVE(a)->owner && strcmp(AW_NATIVE(a)->name, "print") == 0;
    return vm_raise(vm, &aw_exc_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'%s",
                    binop_symbols[base], inplace ? "=" : "", ops_type_name(a), ops_type_name(b),
                    py2_print ? ". Did you mean \"print(<message>, file=<output_stream>)\"?" : "");
}

/* a op= b through __iop__, or AW_NOTIMPL when the type has none. */
static AwValue try_inplace(AwVM *vm, AwValue a, AwValue b, int base) {
    AwType *ta = type_of(a);
    if (ta == &aw_type_int || ta == &aw_type_float || ta == &aw_type_str || ta == &aw_type_tuple || ta == &aw_type_bool)
        return AW_NOTIMPL;
    AwValue m = type_lookup(ta, str_intern_cstr(vm, inplace_names[base]));
    if (m == AW_EMPTY) return AW_NOTIMPL;
    AwValue bound = class_bind(vm, m, a, ta);
    if (bound == AW_ERR) return AW_ERR;
    return vm_call(vm, bound, 1, &b, NULL);
}

/* b's reflected method goes first when b's class (a subclass of a's) is a built-in's subclass
 * or overrides it: a user subclass that only inherits its parent's __rop__ lets a's __op__ go
 * first (CPython's method_is_overloaded). */
static bool reflected_first(AwVM *vm, AwType *ta, AwType *tb, AwBinOp op) {
    if (!(ta->flags & AW_TYPE_HEAP)) return true;
    AwStr *name = class_binop_name(vm, op, true);
    return !name || type_lookup(tb, name) != type_lookup(ta, name);
}

AwValue ops_binary(AwVM *vm, AwValue a, AwValue b, int op) {
    int base = op & 15;
    if ((value_is_int(a) || value_is_bool(a)) && (value_is_int(b) || value_is_bool(b)) && !(value_is_bool(a) && value_is_bool(b)))
        return int_binary_op(vm, a, b, (AwBinOp)base);
    if (value_is_float(a) && value_is_float(b)) return float_binary_op(vm, value_as_double(a), value_as_double(b), (AwBinOp)base);
    if (op >= AW_BINOP_INPLACE) {
        AwValue r = try_inplace(vm, a, b, base);
        if (r != AW_NOTIMPL) return r;
    }
    AwType *ta = type_of(a), *tb = type_of(b);
    AwValue r;
    if (overrides_reflected(ta, tb) && tb->rbinary && reflected_first(vm, ta, tb, (AwBinOp)base)) {
        r = tb->rbinary(vm, a, b, (AwBinOp)base);
        if (r != AW_NOTIMPL) return r;
        if (ta->binary) {
            r = ta->binary(vm, a, b, (AwBinOp)base);
            if (r != AW_NOTIMPL) return r;
        }
        return binary_error(vm, a, b, op);
    }
    if (ta->binary) {
        r = ta->binary(vm, a, b, (AwBinOp)base);
        if (r != AW_NOTIMPL) return r;
    }
    if (tb != ta && tb->rbinary && !inplace_repeat_refused(ta, tb, op)) {
        r = tb->rbinary(vm, a, b, (AwBinOp)base);
        if (r != AW_NOTIMPL) return r;
    }
    return binary_error(vm, a, b, op);
}

AwValue ops_unary(AwVM *vm, AwValue a, AwUnaryOp op) {
    AwType *t = type_of(a);
    if (t->unary) return t->unary(vm, a, op);
    return vm_raise(vm, &aw_exc_TypeError, "bad operand type for unary %s: '%s'",
                    op == AW_UNARY_NEG ? "-" : op == AW_UNARY_POS ? "+" : "~", type_name(t));
}

static inline AwValue getattr_raw(AwVM *vm, AwValue obj, AwStr *name) {
    AwType *t = type_of(obj);
    return t->getattr ? t->getattr(vm, obj, name) : object_generic_getattr(vm, obj, name);
}

/* As CPython's PyObject_GetAttr: an AttributeError that names no attribute yet (one a
 * __getattr__ raised) gets the name and the object, for the traceback's suggestions. */
static AW_NOINLINE void attribute_error_context(AwVM *vm, AwValue obj, AwStr *name) {
    if (!vm_exc_matches(vm, &aw_exc_AttributeError)) return;
    AwDict *d = AW_EXC(vm->exc)->dict;
    AwStr *name_key = str_intern_cstr(vm, "name"), *obj_key = str_intern_cstr(vm, "obj");
    if (!name_key || !obj_key) return;
    AwValue old_name = d ? dict_get_str(d, name_key) : AW_EMPTY, old_obj = d ? dict_get_str(d, obj_key) : AW_EMPTY;
    if ((old_name != AW_EMPTY && old_name != AW_NONE) || (old_obj != AW_EMPTY && old_obj != AW_NONE)) return;
    object_attribute_error_names(vm, obj, name);
}

AwValue ops_getattr(AwVM *vm, AwValue obj, AwStr *name) {
    AwValue r = getattr_raw(vm, obj, name);
    if (r == AW_ERR) attribute_error_context(vm, obj, name);
    return r;
}

AwValue ops_getattr_opt(AwVM *vm, AwValue obj, AwStr *name) {
    AwValue r = getattr_raw(vm, obj, name);
    if (r == AW_ERR && vm_exc_matches(vm, &aw_exc_AttributeError)) {
        vm_exc_clear(vm);
        return AW_EMPTY;
    }
    return r;
}

AwStatus ops_setattr(AwVM *vm, AwValue obj, AwStr *name, AwValue value) {
    AwType *t = type_of(obj);
    if (t->setattr) return t->setattr(vm, obj, name, value);
    return object_generic_setattr(vm, obj, name, value);
}

AwStatus ops_delattr(AwVM *vm, AwValue obj, AwStr *name) { return ops_setattr(vm, obj, name, AW_EMPTY); }

AwValue ops_iter(AwVM *vm, AwValue v) {
    AwType *t = type_of(v);
    if (t->iter) return t->iter(vm, v);
    if (t->getitem) return vm_call(vm, value_from_ptr(&aw_type_seq_iter), 1, &v, NULL);
    return vm_raise(vm, &aw_exc_TypeError, "'%s' object is not iterable", type_name(t));
}

AwValue ops_next_raw(AwVM *vm, AwValue it) {
    AwType *t = type_of(it);
    if (t->next) return t->next(vm, it);
    return vm_raise(vm, &aw_exc_TypeError, "'%s' object is not an iterator", type_name(t));
}

/* As CPython's PyIter_Next: a StopIteration escaping a native iterator (a filter predicate or
 * map function that raises it) ends the iteration rather than propagating. */
AwValue ops_next(AwVM *vm, AwValue it) {
    AwValue r = ops_next_raw(vm, it);
    if (r == AW_ERR && vm_exc_matches(vm, &aw_exc_StopIteration)) {
        vm_exc_clear(vm);
        return AW_STOP;
    }
    return r;
}

AwStatus ops_len(AwVM *vm, AwValue v, int64_t *out) {
    AwType *t = type_of(v);
    if (t->len) return t->len(vm, v, out);
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "object of type '%s' has no len()", type_name(t)));
}

/* list[int] and friends: a types.GenericAlias. The built-in scalar types are not generic;
 * other classes without __class_getitem__ get an alias too (CPython accepts only its generic
 * classes; aw does not mark which of its own are). */
static AwValue class_alias(AwVM *vm, AwValue cls, AwValue key) {
    static AwType *const not_generic[] = {&aw_type_int, &aw_type_bool, &aw_type_float, &aw_type_complex, &aw_type_str,
                                         &aw_type_bytes, &aw_type_bytearray, &aw_type_object, &aw_type_range,
                                         &aw_type_slice, &aw_type_none, NULL};
    for (int i = 0; not_generic[i]; i++)
        if (value_as_ptr(cls) == &not_generic[i]->obj)
            return vm_raise(vm, &aw_exc_TypeError, "type '%s' is not subscriptable", type_name(not_generic[i]));
    /* exception classes are not generic either (the exception groups define __class_getitem__) */
    AwType *ct = (AwType *)value_as_ptr(cls);
    if ((ct->flags & AW_TYPE_EXCEPTION) && !type_is_subtype(ct, &aw_exc_BaseExceptionGroup))
        return vm_raise(vm, &aw_exc_TypeError, "type '%s' is not subscriptable", type_name(ct));
    return genericalias_new(vm, cls, key);
}

AwValue ops_getitem(AwVM *vm, AwValue obj, AwValue key) {
    AwType *t = type_of(obj);
    if (t->getitem) return t->getitem(vm, obj, key);
    if (t == &aw_type_type || (t->flags & AW_TYPE_METATYPE)) {   /* a class (its metaclass has no __getitem__) */
        AwValue m = type_lookup((AwType *)value_as_ptr(obj), AW_NAME(vm, __class_getitem__));
        if (m != AW_EMPTY) {
            AwValue bound = class_bind(vm, m, AW_EMPTY, (AwType *)value_as_ptr(obj));
            if (bound == AW_ERR) return AW_ERR;
            if (value_is_type(m, &aw_type_function) || value_is_type(m, &aw_type_native)) {
                AwValue args[2] = {obj, key};
                return vm_call(vm, m, 2, args, NULL);
            }
            return vm_call(vm, bound, 1, &key, NULL);
        }
        return class_alias(vm, obj, key);
    }
    return vm_raise(vm, &aw_exc_TypeError, "'%s' object is not subscriptable", type_name(t));
}

AwStatus ops_setitem(AwVM *vm, AwValue obj, AwValue key, AwValue value) {
    AwType *t = type_of(obj);
    if (t->setitem) return t->setitem(vm, obj, key, value);
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "'%s' object does not support item assignment", type_name(t)));
}

AwStatus ops_delitem(AwVM *vm, AwValue obj, AwValue key) {
    AwType *t = type_of(obj);
    if (t->setitem) return t->setitem(vm, obj, key, AW_EMPTY);
    if (t->getitem) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "'%s' object doesn't support item deletion", type_name(t)));
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "'%s' object does not support item deletion", type_name(t)));
}

int ops_contains(AwVM *vm, AwValue container, AwValue item) {
    AwType *t = type_of(container);
    if (t->contains) {
        int r = t->contains(vm, container, item);
        if (r != -2) return r;
    }
    if (!t->iter && !t->getitem)
        return vm_raise(vm, &aw_exc_TypeError, "argument of type '%s' is not iterable", type_name(t)), -1;
    AwValue it = ops_iter(vm, container);
    if (it == AW_ERR || gc_push_root(vm, it)) return -1;
    int found = 0;
    for (;;) {
        AwValue v = ops_next(vm, it);
        if (v == AW_STOP) break;
        if (v == AW_ERR) { found = -1; break; }
        int eq = ops_eq(vm, v, item);
        if (eq != 0) { found = eq; break; }
    }
    gc_pop_roots(vm, 1);
    return found;
}

AwValue ops_index(AwVM *vm, AwValue v) {
    if (value_is_int(v)) return v;
    if (v == AW_TRUE) return value_from_small(1);
    if (v == AW_FALSE) return value_from_small(0);
    if (int_check(v)) return v; /* an int subclass's own __index__ is not consulted, as in CPython */
    AwValue r = vm_call_dunder(vm, v, AW_NAME(vm, __index__), 0, NULL);
    if (r == AW_EMPTY)
        return vm_raise(vm, &aw_exc_TypeError, "'%s' object cannot be interpreted as an integer", ops_type_name(v));
    if (r != AW_ERR && !int_check(r))
        return vm_raise(vm, &aw_exc_TypeError, "__index__ returned non-int (type %s)", ops_type_name(r));
    if (r != AW_ERR && int_is_strict_subclass(r) &&
        exception_warn_strict_subclass(vm, "__index__", "int", r))
        return AW_ERR;
    return r;
}

/* CPython's abstract_get_bases: cls.__bases__ when it is a tuple; NULL otherwise, with an
 * exception pending only when looking it up raised something other than AttributeError. */
static AwTuple *abstract_bases(AwVM *vm, AwValue cls) {
    AwValue b = ops_getattr_opt(vm, cls, AW_NAME(vm, __bases__));
    return b != AW_ERR && b != AW_EMPTY && value_is_instance(b, &aw_type_tuple) ? AW_TUPLE(b) : NULL;
}

/* CPython's abstract_issubclass: derived reaches cls through __bases__ (1, 0, -1). */
static int abstract_issubclass(AwVM *vm, AwValue derived, AwValue cls) {
    for (;;) {
        if (derived == cls) return 1;
        AwTuple *bases = abstract_bases(vm, derived);
        if (!bases) return vm->exc != AW_EMPTY ? -1 : 0;
        if (bases->len == 0) return 0;
        if (bases->len == 1) { derived = bases->items[0]; continue; }
        if (gc_push_root(vm, value_from_ptr(bases))) return -1;
        int r = 0;
        for (int64_t i = 0; i < bases->len && r == 0; i++) {
            if (vm_enter(vm, " in __issubclass__")) { r = -1; break; }
            r = abstract_issubclass(vm, bases->items[i], cls);
            vm_leave(vm);
        }
        gc_pop_roots(vm, 1);
        return r;
    }
}

/* A class-like object: one with a tuple __bases__ (else TypeError msg). */
static bool check_class(AwVM *vm, AwValue cls, const char *msg) {
    if (abstract_bases(vm, cls)) return true;
    if (vm->exc == AW_EMPTY) vm_raise(vm, &aw_exc_TypeError, "%s", msg);
    return false;
}

/* v.__class__ when it may differ from type(v): a class overriding __class__ or attribute
 * lookup (proxies, mocks). AW_EMPTY when it is type(v) for sure or absent. */
static AwValue claimed_class(AwVM *vm, AwValue v) {
    AwType *t = type_of(v);
    AwStr *name = AW_NAME(vm, __class__);
    /* built-in types never redefine __class__; only their own getattr slot could lie */
    bool generic = !t->getattr || t->getattr == object_generic_getattr;
    if (generic && (!(t->flags & AW_TYPE_HEAP) || type_lookup(t, name) == type_lookup(&aw_type_object, name)))
        return AW_EMPTY;
    return ops_getattr_opt(vm, v, name);
}

/* CPython's object_isinstance: type(v), then v.__class__, against a class; for a class-like
 * cls (a tuple __bases__), v.__class__ through __bases__. */
static int object_isinstance(AwVM *vm, AwValue v, AwValue cls) {
    if (value_is_instance(cls, &aw_type_type)) {
        if (value_is_instance(v, (AwType *)value_as_ptr(cls))) return 1;
        AwValue icls = claimed_class(vm, v);
        if (icls == AW_ERR) return -1;
        if (icls == AW_EMPTY || icls == value_from_ptr(type_of(v)) || !value_is_instance(icls, &aw_type_type)) return 0;
        return type_is_subtype((AwType *)value_as_ptr(icls), (AwType *)value_as_ptr(cls));
    }
    if (!check_class(vm, cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")) return -1;
    AwValue icls = ops_getattr_opt(vm, v, AW_NAME(vm, __class__));
    if (icls == AW_ERR) return -1;
    return icls == AW_EMPTY ? 0 : abstract_issubclass(vm, icls, cls);
}

/* CPython's recursive_issubclass: two classes by MRO, else both class-like via __bases__. */
static int object_issubclass(AwVM *vm, AwValue sub, AwValue cls) {
    if (value_is_instance(cls, &aw_type_type) && value_is_instance(sub, &aw_type_type))
        return type_is_subtype((AwType *)value_as_ptr(sub), (AwType *)value_as_ptr(cls));
    if (!check_class(vm, sub, "issubclass() arg 1 must be a class")) return -1;
    if (!value_is_type(cls, &aw_type_union) &&
        !check_class(vm, cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")) return -1;
    return abstract_issubclass(vm, sub, cls);
}

int ops_object_isinstance(AwVM *vm, AwValue v, AwValue cls) { return object_isinstance(vm, v, cls); }
int ops_object_issubclass(AwVM *vm, AwValue sub, AwValue cls) { return object_issubclass(vm, sub, cls); }

/* A __instancecheck__/__subclasscheck__ found on cls's class (type's own included), called
 * under the recursion guard; AW_EMPTY when there is none. */
static int call_checker(AwVM *vm, AwValue cls, const char *dunder, AwValue arg, bool *found) {
    if (vm_enter(vm, dunder[2] == 'i' ? " in __instancecheck__" : " in __subclasscheck__")) return -1;
    AwValue r = vm_call_dunder(vm, cls, str_intern_cstr(vm, dunder), 1, &arg);
    vm_leave(vm);
    *found = r != AW_EMPTY;
    if (r == AW_ERR) return -1;
    return r == AW_EMPTY ? 0 : ops_truthy(vm, r);
}

int ops_isinstance(AwVM *vm, AwValue v, AwValue cls) {
    if (value_is_ptr(cls) && type_of(v) == (AwType *)value_as_ptr(cls)) return 1;
    if (value_is_ptr(cls) && type_of(cls) == &aw_type_type) return object_isinstance(vm, v, cls);
    if (value_is_instance(cls, &aw_type_tuple) || value_is_type(cls, &aw_type_union)) {
        AwTuple *t = value_is_type(cls, &aw_type_union) ? union_args(cls) : AW_TUPLE(cls);
        /* nested tuples recurse: CPython's limit and message */
        if (vm_enter(vm, " in __instancecheck__")) return -1;
        int r = 0;
        for (int64_t i = 0; i < t->len && !r; i++) r = ops_isinstance(vm, v, t->items[i]);
        vm_leave(vm);
        return r;
    }
    bool found;
    int r = call_checker(vm, cls, "__instancecheck__", v, &found);
    return found || r < 0 ? r : object_isinstance(vm, v, cls);
}

int ops_issubclass(AwVM *vm, AwValue sub, AwValue cls) {
    if (value_is_ptr(cls) && type_of(cls) == &aw_type_type)
        return sub == cls ? 1 : object_issubclass(vm, sub, cls);
    if (value_is_instance(cls, &aw_type_tuple) || value_is_type(cls, &aw_type_union)) {
        AwTuple *t = value_is_type(cls, &aw_type_union) ? union_args(cls) : AW_TUPLE(cls);
        if (vm_enter(vm, " in __subclasscheck__")) return -1;
        int r = 0;
        for (int64_t i = 0; i < t->len && !r; i++) r = ops_issubclass(vm, sub, t->items[i]);
        vm_leave(vm);
        return r;
    }
    /* A metaclass's __subclasscheck__ (abc.ABCMeta), or that of a non-class object's class
     * (typing.Iterable), decides, as in CPython; it may accept a non-class first argument. */
    bool found;
    int r = call_checker(vm, cls, "__subclasscheck__", sub, &found);
    return found || r < 0 ? r : object_issubclass(vm, sub, cls);
}

bool ops_callable(AwValue v) { return type_of(v)->call != NULL; }
