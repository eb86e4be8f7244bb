/* module.c — module objects. */
#include "interp/module.h"

#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/function.h"
#include "interp/gc.h"
#include "interp/str.h"
#include "interp/vm.h"
#include "interp/docstrings.h"
#include "stdlib/modules.h"

AwModule *module_new(AwVM *vm, const char *name) {
    AwModule *mod = (AwModule *)gc_new(vm, &aw_type_module, sizeof(AwModule));
    if (!mod) return NULL;
    mod->dict = dict_new(vm);
    mod->name = str_intern_cstr(vm, name);
    if (!mod->dict || !mod->name) return NULL;
    /* CPython's docstring for the native modules it also writes in C (math, time...) */
    const char *text = docstrings_find(name);
    AwStr *doc = text ? str_from_cstr(vm, text) : NULL;
    if (text && !doc) return NULL;
    if (dict_set_str(vm, mod->dict, AW_NAME(vm, __name__), str_value(mod->name)) ||
        dict_set_str(vm, mod->dict, AW_NAME(vm, __doc__), doc ? str_value(doc) : AW_NONE))
        return NULL;
    return mod;
}

AwStatus module_add_functions(AwVM *vm, AwModule *mod, const AwMethodDef *defs) {
    for (; defs && defs->name; defs++) {
        AwNative *fn = native_new(vm, defs->name, defs->fn, defs->flags, NULL);
        if (fn) fn->module = mod->name;
        if (!fn || dict_set_cstr(vm, mod->dict, defs->name, value_from_ptr(fn))) return AW_ERROR;
    }
    return AW_OK;
}

AwStatus module_add_value(AwVM *vm, AwModule *mod, const char *name, AwValue value) {
    return dict_set_cstr(vm, mod->dict, name, value);
}

AwStatus module_add_type(AwVM *vm, AwModule *mod, AwType *type) {
    return dict_set_cstr(vm, mod->dict, type_name(type), value_from_ptr(type));
}

AwValue module_get(AwModule *mod, const char *name) {
    int64_t pos = 0;
    AwValue key, value;
    while (dict_next(mod->dict, &pos, &key, &value))
        if (value_is_str(key) && str_equal_cstr(AW_STR(key), name)) return value;
    return AW_EMPTY;
}

static void module_trace(AwGC *gc, AwObject *self) {
    AwModule *m = (AwModule *)self;
    gc_mark_object(gc, (AwObject *)m->name);
    gc_mark_object(gc, (AwObject *)m->dict);
}

/* Native modules (from the modules.c table) say "(built-in)" in their repr. */
static bool module_is_builtin(AwVM *vm, AwModule *m) { return modules_find(m->name->data) != NULL; }

static AwValue module_repr(AwVM *vm, AwValue self) {
    AwModule *m = AW_MODULE(self);
    AwValue file = dict_get_str(m->dict, AW_NAME(vm, __file__));
    AwStr *s = value_is_str(file)
        ? str_printf(vm, "<module '%s' from '%s'>", m->name->data, AW_STR(file)->data)
        : str_printf(vm, "<module '%s'%s>", m->name->data, module_is_builtin(vm, m) ? " (built-in)" : "");
    return s ? str_value(s) : AW_ERR;
}

static AwValue module_getattr(AwVM *vm, AwValue self, AwStr *name) {
    AwModule *m = AW_MODULE(self);
    AwValue v = dict_get_str(m->dict, name);
    if (v != AW_EMPTY) return v;
    if (name == AW_NAME(vm, __dict__)) return value_from_ptr(m->dict);
    v = type_lookup(&aw_type_module, name);
    if (v != AW_EMPTY) return object_generic_getattr(vm, self, name);
    /* PEP 562: a module-level __getattr__(name) answers for missing attributes. */
    AwValue hook = dict_get_str(m->dict, str_intern_cstr(vm, "__getattr__"));
    if (hook != AW_EMPTY) {
        AwValue arg = str_value(name);
        return vm_call(vm, hook, 1, &arg, NULL);
    }
    /* named by its __name__ as it is now (CPython); none when deleted or not a str */
    AwValue mod_name = dict_get_str(m->dict, AW_NAME(vm, __name__));
    if (!value_is_str(mod_name))
        vm_raise(vm, &aw_exc_AttributeError, "module has no attribute '%s'", name->data);
    else if (m->obj.flags & AW_MODULE_INITIALIZING)
        vm_raise(vm, &aw_exc_AttributeError, "partially initialized module '%s' has no attribute '%s' "
                 "(most likely due to a circular import)", AW_STR(mod_name)->data, name->data);
    else
        vm_raise(vm, &aw_exc_AttributeError, "module '%s' has no attribute '%s'", AW_STR(mod_name)->data, name->data);
    return object_attribute_error_names(vm, self, name);
}

static AwStatus module_setattr(AwVM *vm, AwValue self, AwStr *name, AwValue value) {
    AwModule *m = AW_MODULE(self);
    if (value != AW_EMPTY) return dict_set_str(vm, m->dict, name, value);
    int r = dict_del(vm, m->dict, str_value(name));
    if (r < 0) return AW_ERROR;
    if (r == 0) {
        vm_raise(vm, &aw_exc_AttributeError, "'module' object has no attribute '%s'", name->data);
        return AW_ERROR;
    }
    return AW_OK;
}

static AwValue module_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    if (argc < 1 || argc > 2 || !value_is_str(argv[0]))
        return vm_raise(vm, &aw_exc_TypeError, "module.__init__() argument 'name' must be str");
    AwModule *m = module_new(vm, AW_STR(argv[0])->data);
    if (!m) return AW_ERR;
    if (argc == 2 && dict_set_str(vm, m->dict, AW_NAME(vm, __doc__), argv[1])) return AW_ERR;
    return value_from_ptr(m);
}

AwType aw_type_module = {
    .name = "module",
    .base = &aw_type_object,
    .instance_size = sizeof(AwModule),
    .dict_offset = offsetof(AwModule, dict),
    .repr = module_repr,
    .new_ = module_new_slot,
    .getattr = module_getattr,
    .setattr = module_setattr,
    .trace = module_trace,
};
