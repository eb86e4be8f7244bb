/* member.c — __slots__: the member descriptors of a class and the instance layout they give.
 *
 * A class body's `__slots__ = ("x", "y")` gives its instances one value word per name, after the
 * base's layout, and no __dict__ unless "__dict__" is among the names or a base has one. Each
 * name becomes a `member_descriptor` in the class dict that reads and writes its word.
 *
 * A slot word holds (value XOR AW_EMPTY): freshly allocated (zeroed) instances thus read
 * AW_EMPTY, "unset", with no initialisation in any of the many places that allocate instances.
 */
#include "interp/member.h"
#include "interp/sort.h"

#include <string.h>
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/list.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/unicode.h"
#include "interp/vm.h"

static inline AwValue *slot_word(AwMemberDescr *d, AwValue obj) {
    return (AwValue *)((char *)value_as_ptr(obj) + d->offset);
}

static AwStatus check_owner(AwVM *vm, AwMemberDescr *d, AwValue obj) {
    if (value_is_ptr(obj) && value_is_instance(obj, d->owner)) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                            d->name->data, type_name(d->owner), ops_type_name(obj)));
}

AwValue member_get(AwVM *vm, AwMemberDescr *d, AwValue obj) {
    if (check_owner(vm, d, obj)) return AW_ERR;
    AwValue v = *slot_word(d, obj) ^ AW_EMPTY;
    if (v != AW_EMPTY) return v;
    return vm_raise(vm, &aw_exc_AttributeError, "'%s' object has no attribute '%s'", ops_type_name(obj), d->name->data);
}

AwStatus member_set(AwVM *vm, AwMemberDescr *d, AwValue obj, AwValue value) {
    if (check_owner(vm, d, obj)) return AW_ERROR;
    AwValue *w = slot_word(d, obj);
    if (value == AW_EMPTY && (*w ^ AW_EMPTY) == AW_EMPTY)
        return vm_fail(vm_raise(vm, &aw_exc_AttributeError, "%s", d->name->data));
    *w = value ^ AW_EMPTY;
    return AW_OK;
}

void member_trace_instance(AwGC *gc, AwObject *self) {
    for (AwType *t = self->type; t; t = t->base)
        for (uint32_t i = 0; i < t->nslots; i++)
            gc_mark_value(gc, ((AwValue *)((char *)self + t->slots_offset))[i] ^ AW_EMPTY);
}

/* ---- building a class's layout ---- */

/* __x inside class C is stored as _C__x (leading underscores of C stripped). */
static AwStr *mangle(AwVM *vm, AwStr *cls, AwStr *name) {
    if (name->byte_len < 3 || name->data[0] != '_' || name->data[1] != '_') return name;
    if (name->data[name->byte_len - 1] == '_' && name->data[name->byte_len - 2] == '_') return name;
    const char *c = cls->data;
    while (*c == '_') c++;
    if (!*c) return name;
    return str_printf(vm, "_%s%s", c, name->data);
}

static AwStatus check_name(AwVM *vm, AwValue v) {
    if (!value_is_str(v))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__slots__ items must be strings, not '%s'", ops_type_name(v)));
    AwStr *s = AW_STR(v);
    int len = 0;
    bool ok = s->byte_len > 0 && unicode_is_id_start(str_decode_utf8(s->data, &len));
    for (int64_t pos = len; ok && pos < s->byte_len; pos += len)
        ok = unicode_is_id_continue(str_decode_utf8(s->data + pos, &len));
    if (!ok) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "__slots__ must be identifiers"));
    return AW_OK;
}

static AwStatus add_descriptor(AwVM *vm, AwType *t, AwStr *name, uint32_t offset) {
    AwMemberDescr *d = (AwMemberDescr *)gc_new(vm, &aw_type_member, sizeof(AwMemberDescr));
    if (!d) return AW_ERROR;
    d->owner = t;
    d->name = name;
    d->offset = offset;
    return dict_set_str(vm, t->dict, name, value_from_ptr(d));
}

/* The mangled slot names of `names` in CPython's order (sorted), without __dict__ and
 * __weakref__ (*want_dict says whether __dict__ was named); checks each name. */
static AwList *slot_names(AwVM *vm, AwType *t, AwList *names, bool base_has_dict, bool *want_dict) {
    AwList *out = list_new(vm, 0);
    if (!out || gc_push_root(vm, value_from_ptr(out))) return NULL;
    AwStatus st = AW_OK;
    bool want_weakref = false;
    for (int64_t i = 0; st == AW_OK && i < names->len; i++) {
        AwValue v = names->items[i];
        if ((st = check_name(vm, v))) break;
        AwStr *name = AW_STR(v);
        if (!strcmp(name->data, "__dict__")) {
            if (base_has_dict || *want_dict) st = vm_fail(vm_raise(vm, &aw_exc_TypeError, "__dict__ slot disallowed: we already got one"));
            *want_dict = true;
            continue;
        }
        if (!strcmp(name->data, "__weakref__")) {   /* takes no room; named twice is CPython's error */
            if (want_weakref)
                st = vm_fail(vm_raise(vm, &aw_exc_TypeError, "__weakref__ slot disallowed: either we already got one, "
                                      "or __itemsize__ != 0"));
            want_weakref = true;
            continue;
        }
        AwStr *stored = mangle(vm, t->name_str, name);
        if (!stored) { st = AW_ERROR; break; }
        AwValue existing = dict_get_str(t->dict, stored);
        if (existing != AW_EMPTY) {
            st = vm_fail(vm_raise(vm, &aw_exc_ValueError, "'%s' in __slots__ conflicts with class variable", name->data));
            break;
        }
        st = list_append(vm, out, str_value(stored));
    }
    if (st == AW_OK) st = sort_values(vm, out->items, NULL, out->len);
    gc_pop_roots(vm, 1);
    return st == AW_OK ? out : NULL;
}

AwStatus member_layout(AwVM *vm, AwType *t, AwValue slots, uint32_t base_size, bool base_has_dict) {
    AwList *names = value_is_str(slots) ? list_new(vm, 0) : NULL;
    if (names && list_append(vm, names, slots)) return AW_ERROR;
    if (!names) {
        AwValue l = list_from_iterable(vm, slots);
        if (l == AW_ERR) return AW_ERROR;
        names = AW_LIST(l);
    }
    if (gc_push_root(vm, value_from_ptr(names))) return AW_ERROR;
    bool want_dict = false;
    AwList *sorted = slot_names(vm, t, names, base_has_dict, &want_dict);
    if (!sorted || gc_push_root(vm, value_from_ptr(sorted))) {
        gc_pop_roots(vm, 1);
        return AW_ERROR;
    }
    AwStatus st = AW_OK;
    uint32_t start = (base_size + (uint32_t)sizeof(AwValue) - 1) & ~(uint32_t)(sizeof(AwValue) - 1), n = 0;
    for (int64_t i = 0; st == AW_OK && i < sorted->len; i++) {
        AwStr *stored = AW_STR(sorted->items[i]);
        if (dict_get_str(t->dict, stored) != AW_EMPTY) continue;   /* a repeated name: one slot */
        st = add_descriptor(vm, t, str_intern(vm, stored->data, (size_t)stored->byte_len), start + n * (uint32_t)sizeof(AwValue));
        n++;
    }
    gc_pop_roots(vm, 2);
    if (st) return AW_ERROR;
    t->slots_offset = start;
    t->nslots = n;
    t->instance_size = start + n * (uint32_t)sizeof(AwValue);
    if (want_dict) {
        t->dict_offset = t->instance_size;
        t->instance_size += (uint32_t)sizeof(AwDict *);
    }
    return AW_OK;
}

/* ---- the descriptor type ---- */

static void member_trace(AwGC *gc, AwObject *self) {
    AwMemberDescr *d = (AwMemberDescr *)self;
    gc_mark_object(gc, &d->owner->obj);
    gc_mark_object(gc, &d->name->obj);
}

static AwValue member_repr(AwVM *vm, AwValue self) {
    AwMemberDescr *d = AW_AS(AwMemberDescr, self);
    AwStr *s = str_printf(vm, "<member '%s' of '%s' objects>", d->name->data, type_name(d->owner));
    return s ? str_value(s) : AW_ERR;
}

static AwValue m_get(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 2 || argc > 3) return vm_raise(vm, &aw_exc_TypeError, "expected 1 or 2 arguments, got %d", argc - 1);
    if (argv[1] == AW_NONE) return argv[0];
    return member_get(vm, AW_AS(AwMemberDescr, argv[0]), argv[1]);
}

static AwValue m_set(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc != 3) return vm_raise(vm, &aw_exc_TypeError, "expected 2 arguments, got %d", argc - 1);
    return member_set(vm, AW_AS(AwMemberDescr, argv[0]), argv[1], argv[2]) ? AW_ERR : AW_NONE;
}

static AwValue m_delete(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc != 2) return vm_raise(vm, &aw_exc_TypeError, "expected 1 argument, got %d", argc - 1);
    return member_set(vm, AW_AS(AwMemberDescr, argv[0]), argv[1], AW_EMPTY) ? AW_ERR : AW_NONE;
}

static const AwMethodDef member_methods[] = {
    {"__get__", m_get, 0}, {"__set__", m_set, 0}, {"__delete__", m_delete, 0}, {NULL, NULL, 0},
};

AwType aw_type_member = {
    .methods = member_methods,
    .name = "member_descriptor",
    .instance_size = sizeof(AwMemberDescr),
    .flags = AW_TYPE_ABSTRACT,
    .repr = member_repr,
    .trace = member_trace,
};
