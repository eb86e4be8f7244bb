/* match.c — run-time support of pattern matching (see match.h). */
#include "interp/match.h"

#include <string.h>

#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/list.h"
#include "interp/ops.h"
#include "interp/set.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/types.h"
#include "interp/vm.h"

/* ---- which values are sequences and mappings ---- */

/* A class of aw's module `module` (written in Python) named name. */
static bool is_py_class(AwType *t, const char *module, const char *name) {
    return (t->flags & AW_TYPE_HEAP) && t->module && strcmp(t->module->data, module) == 0 &&
           strcmp(type_name(t), name) == 0;
}

enum { FLAG_SEQUENCE = 1 << 5, FLAG_MAPPING = 1 << 6 };   /* CPython's Py_TPFLAGS_* values */

/* The collection flag a class carries itself: the built-in sequences and dict, aw's Python
 * versions of CPython's flagged C types, and a class whose own dict has __abc_tpflags__
 * (collections.abc's Sequence and Mapping, and classes registered with them). */
static int own_flag(AwVM *vm, AwType *t) {
    if (t == &aw_type_list || t == &aw_type_tuple || t == &aw_type_range || t == &aw_type_memoryview ||
        is_py_class(t, "collections", "deque") || is_py_class(t, "collections", "UserList") ||
        is_py_class(t, "array", "array"))
        return FLAG_SEQUENCE;
    if (t == &aw_type_dict || is_py_class(t, "collections", "ChainMap") || is_py_class(t, "collections", "UserDict"))
        return FLAG_MAPPING;
    if (!(t->flags & AW_TYPE_HEAP) || !t->dict) return 0;
    AwStr *key = str_intern_cstr(vm, "__abc_tpflags__");
    AwValue f = key ? dict_get_str(t->dict, key) : AW_EMPTY;
    if (f == AW_EMPTY || !value_is_int(f)) return 0;
    return (int)(value_as_small(f) & (FLAG_SEQUENCE | FLAG_MAPPING));
}

/* As CPython's inherit_patma_flags: the first class of the MRO with a flag decides. */
static int collection_flag(AwVM *vm, AwType *t) {
    if (!t->mro) return own_flag(vm, t);
    for (int64_t i = 0; i < t->mro->len; i++) {
        int f = own_flag(vm, (AwType *)value_as_ptr(t->mro->items[i]));
        if (f) return f;
    }
    return 0;
}

bool match_is_sequence(AwVM *vm, AwValue v) { return collection_flag(vm, type_of(v)) & FLAG_SEQUENCE; }
bool match_is_mapping(AwVM *vm, AwValue v) { return collection_flag(vm, type_of(v)) & FLAG_MAPPING; }

/* ---- mapping patterns ---- */

/* subject.get(key, dummy), or a plain lookup for an exact dict (same result, no call). */
static AwValue get_value(AwVM *vm, AwValue subject, AwValue key, AwValue dummy) {
    if (value_is_dict(subject)) {
        AwValue v = dict_get(vm, AW_AS(AwDict, subject), key);
        return v == AW_EMPTY ? dummy : v;
    }
    AwValue args[2] = {key, dummy};
    return vm_call_method(vm, subject, str_intern_cstr(vm, "get"), 2, args);
}

/* Fills values with the keys' values; returns AW_NONE at the first missing key. */
static AwValue fill_values(AwVM *vm, AwValue subject, AwTuple *keys, AwTuple *values, AwSet *seen,
                           AwValue dummy) {
    for (int64_t i = 0; i < keys->len; i++) {
        AwValue key = keys->items[i];
        int dup = set_contains(vm, seen, key);
        if (dup < 0 || (!dup && set_add(vm, seen, key))) return AW_ERR;
        if (dup) {
            AwValue r = ops_repr(vm, key);
            if (r == AW_ERR) return AW_ERR;
            return vm_raise(vm, &aw_exc_ValueError, "mapping pattern checks duplicate key (%s)", AW_STR(r)->data);
        }
        AwValue v = get_value(vm, subject, key, dummy);
        if (v == AW_ERR) return AW_ERR;
        if (v == dummy) return AW_NONE;
        values->items[i] = v;
    }
    return value_from_ptr(values);
}

AwValue match_keys(AwVM *vm, AwValue subject, AwValue keys_v) {
    AwTuple *keys = AW_AS(AwTuple, keys_v);
    if (keys->len == 0) {
        AwTuple *empty = tuple_new(vm, 0);
        return empty ? value_from_ptr(empty) : AW_ERR;
    }
    if (!value_is_dict(subject) && ops_getattr_opt(vm, subject, str_intern_cstr(vm, "get")) == AW_EMPTY) {
        if (vm_exc_pending(vm)) return AW_ERR;
        return vm_raise(vm, &aw_exc_AttributeError, "'%s' object has no attribute 'get'", ops_type_name(subject));
    }
    AwSet *seen = set_new(vm, &aw_type_set);
    if (!seen || gc_push_root(vm, value_from_ptr(seen))) return AW_ERR;
    AwValue result = AW_ERR;
    AwValue dummy = vm_call(vm, value_from_ptr(&aw_type_object), 0, NULL, NULL);
    if (dummy != AW_ERR && !gc_push_root(vm, dummy)) {
        AwTuple *values = tuple_new(vm, keys->len);
        if (values && !gc_push_root(vm, value_from_ptr(values))) {
            result = fill_values(vm, subject, keys, values, seen, dummy);
            gc_pop_roots(vm, 1);
        }
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 1);
    return result;
}

AwValue match_copy_without_keys(AwVM *vm, AwValue subject, AwValue keys_v) {
    AwTuple *keys = AW_AS(AwTuple, keys_v);
    AwDict *rest = dict_new(vm);
    if (!rest || gc_push_root(vm, value_from_ptr(rest))) return AW_ERR;
    AwValue result = value_from_ptr(rest);
    if (dict_update(vm, rest, subject)) result = AW_ERR;
    for (int64_t i = 0; result != AW_ERR && i < keys->len; i++) {
        int r = dict_del(vm, rest, keys->items[i]);
        if (r < 0) result = AW_ERR;
        else if (r == 0) result = dict_key_error(vm, keys->items[i]);
    }
    gc_pop_roots(vm, 1);
    return result;
}

/* ---- class patterns ---- */

/* int(x), str(x)...: the built-ins whose one positional sub-pattern matches the subject
 * itself (CPython's _Py_TPFLAGS_MATCH_SELF, inherited along the primary base). */
static bool matches_self(AwType *t) {
    static AwType *const self_types[] = {
        &aw_type_bool, &aw_type_bytearray, &aw_type_bytes, &aw_type_dict, &aw_type_float,
        &aw_type_frozenset, &aw_type_int, &aw_type_list, &aw_type_set, &aw_type_str, &aw_type_tuple,
    };
    for (; t; t = t->base) {
        for (size_t i = 0; i < sizeof self_types / sizeof self_types[0]; i++) {
            if (t == self_types[i]) return true;
        }
    }
    return false;
}

/* subject.name onto attrs; 0 ok, 1 no such attribute (no match), -1 error. */
static int append_attr(AwVM *vm, AwValue subject, AwType *type, AwValue name, AwSet *seen, AwList *attrs) {
    int dup = set_contains(vm, seen, name);
    if (dup < 0 || (!dup && set_add(vm, seen, name))) return -1;
    if (dup) {
        AwValue r = ops_repr(vm, name);
        if (r != AW_ERR)
            vm_raise(vm, &aw_exc_TypeError, "%s() got multiple sub-patterns for attribute %s", type_name(type), AW_STR(r)->data);
        return -1;
    }
    AwValue v = ops_getattr(vm, subject, AW_STR(name));
    if (v == AW_ERR) {
        if (!vm_exc_matches(vm, &aw_exc_AttributeError)) return -1;
        vm_exc_clear(vm);
        return 1;
    }
    return list_append(vm, attrs, v) ? -1 : 0;
}

/* The positional attributes, by __match_args__ (or the subject itself for int(x) & co). */
static int positional_attrs(AwVM *vm, AwValue subject, AwType *type, int nargs, AwSet *seen, AwList *attrs) {
    AwValue match_args = ops_getattr(vm, value_from_ptr(type), str_intern_cstr(vm, "__match_args__"));
    bool match_self = false;
    if (match_args == AW_ERR) {
        if (!vm_exc_matches(vm, &aw_exc_AttributeError)) return -1;
        vm_exc_clear(vm);
        match_self = matches_self(type);
        AwTuple *none = tuple_new(vm, 0);
        if (!none) return -1;
        match_args = value_from_ptr(none);
    } else if (!value_is_type(match_args, &aw_type_tuple)) {
        vm_raise(vm, &aw_exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", type_name(type),
                 ops_type_name(match_args));
        return -1;
    }
    AwTuple *names = AW_AS(AwTuple, match_args);
    int allowed = match_self ? 1 : (int)names->len;
    if (allowed < nargs) {
        vm_raise(vm, &aw_exc_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", type_name(type),
                 allowed, allowed == 1 ? "" : "s", nargs);
        return -1;
    }
    if (match_self) return list_append(vm, attrs, subject) ? -1 : 0;
    if (gc_push_root(vm, match_args)) return -1;
    int r = 0;
    for (int i = 0; r == 0 && i < nargs; i++) {
        AwValue name = names->items[i];
        if (!value_is_type(name, &aw_type_str)) {
            vm_raise(vm, &aw_exc_TypeError, "__match_args__ elements must be strings (got %s)", ops_type_name(name));
            r = -1;
        } else {
            r = append_attr(vm, subject, type, name, seen, attrs);
        }
    }
    gc_pop_roots(vm, 1);
    return r;
}

static AwValue class_attrs(AwVM *vm, AwValue subject, AwType *type, AwTuple *names, int nargs, AwSet *seen,
                           AwList *attrs) {
    int r = nargs ? positional_attrs(vm, subject, type, nargs, seen, attrs) : 0;
    for (int64_t i = 0; r == 0 && i < names->len; i++) r = append_attr(vm, subject, type, names->items[i], seen, attrs);
    if (r) return r < 0 ? AW_ERR : AW_NONE;
    AwTuple *t = tuple_from(vm, attrs->len, attrs->items);
    return t ? value_from_ptr(t) : AW_ERR;
}

AwValue match_class(AwVM *vm, AwValue subject, AwValue cls, AwValue names, int nargs) {
    if (!value_is_instance(cls, &aw_type_type))
        return vm_raise(vm, &aw_exc_TypeError, "called match pattern must be a type");
    int is = ops_isinstance(vm, subject, cls);
    if (is <= 0) return is < 0 ? AW_ERR : AW_NONE;
    AwSet *seen = set_new(vm, &aw_type_set);
    if (!seen || gc_push_root(vm, value_from_ptr(seen))) return AW_ERR;
    AwValue result = AW_ERR;
    AwList *attrs = list_new(vm, 0);
    if (attrs && !gc_push_root(vm, value_from_ptr(attrs))) {
        result = class_attrs(vm, subject, AW_AS(AwType, cls), AW_AS(AwTuple, names), nargs, seen, attrs);
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 1);
    return result;
}
