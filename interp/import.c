/* import.c — the import system: sys.modules, built-in modules (stdlib/modules.c), and .aw/.py
 * source modules found on sys.path. Also the REPL's expression printer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "interp/class.h"
#include "interp/code.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/function.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/traceback.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/frozen.h"
#include "stdlib/modules.h"

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    struct stat st;
    if (fstat(fileno(f), &st) || !S_ISREG(st.st_mode)) { fclose(f); return NULL; }
    char *buf = malloc((size_t)st.st_size + 1);
    if (!buf) { fclose(f); return NULL; }
    size_t n = fread(buf, 1, (size_t)st.st_size, f);
    fclose(f);
    buf[n] = 0;
    *len = n;
    return buf;
}

/* Runs `src` as module `name` (file: its __file__, or NULL for frozen modules), registered in
 * sys.modules before it runs so circular imports see the partly initialised module, and
 * removed again if it fails. */
static AwValue exec_module_source(AwVM *vm, AwStr *name, const char *src, size_t len, const char *filename, const char *file) {
    AwCode *code = vm_compile(vm, src, len, filename, AW_PARSE_FILE);
    if (!code || gc_push_root(vm, value_from_ptr(code))) return AW_ERR;
    AwModule *mod = module_new(vm, name->data);
    AwStr *file_str = file ? str_from_cstr(vm, file) : NULL;
    AwValue result = AW_ERR;
    if (mod && (!file || file_str) && !gc_push_root(vm, value_from_ptr(mod))) {
        if ((!file_str || !dict_set_str(vm, mod->dict, AW_NAME(vm, __file__), str_value(file_str))) &&
            !dict_set_str(vm, vm->modules, name, value_from_ptr(mod))) {
            if (vm_run_code(vm, code, mod->dict, NULL) != AW_ERR) result = value_from_ptr(mod);
            else {
                AwValue exc = vm_exc_take(vm);
                dict_del(vm, vm->modules, str_value(name));
                vm->exc = exc;
            }
        }
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 1);
    return result;
}

/* Runs a source file as module `name`, registered in sys.modules before it runs (so circular
 * imports see the partly initialised module) and removed again if it fails. */
static AwValue load_source_module(AwVM *vm, AwStr *name, const char *path) {
    size_t len;
    char *src = read_file(path, &len);
    if (!src) return vm_raise(vm, &aw_exc_ImportError, "cannot read '%s'", path);
    traceback_register_source(vm, path, src, len);
    AwValue m = exec_module_source(vm, name, src, len, path, path);
    free(src);
    return m;
}

static AwValue find_source_module(AwVM *vm, AwStr *name) {
    AwValue path = module_get(vm->sys, "path");
    if (!value_is_instance(path, &aw_type_list)) return AW_EMPTY;
    static const char *const exts[] = {".aw", ".py"};
    char buf[4096];
    for (int64_t i = 0; i < AW_LIST(path)->len; i++) {
        AwValue dir = AW_LIST(path)->items[i];
        if (!value_is_str(dir)) continue;
        for (int e = 0; e < 2; e++) {
            const char *d = AW_STR(dir)->data;
            snprintf(buf, sizeof buf, "%s%s%s%s", d, *d ? "/" : "", name->data, exts[e]);
            struct stat st;
            if (stat(buf, &st) == 0 && S_ISREG(st.st_mode)) return load_source_module(vm, name, buf);
        }
    }
    return AW_EMPTY;
}

/* Raises type(msg) with the `name` (and `path`) attributes CPython's ImportError carries. */
static AwValue import_error(AwVM *vm, AwType *type, AwStr *msg, AwValue name, AwValue path) {
    AwValue arg = str_value(msg);
    AwException *e = exception_new(vm, type, 1, &arg);
    if (!e) return AW_ERR;
    AwDict *d = object_dict(vm, value_from_ptr(e));
    if (!d || dict_set_str(vm, d, str_intern_cstr(vm, "name"), name) || dict_set_str(vm, d, str_intern_cstr(vm, "path"), path))
        return AW_ERR;
    return vm_raise_value(vm, value_from_ptr(e));
}

/* Imports one (non-dotted or fully dotted) module name. */
static AwValue import_one(AwVM *vm, AwStr *name) {
    AwValue m = dict_get_str(vm->modules, name);
    if (m != AW_EMPTY) return m;
    const AwModuleEntry *entry = modules_find(name->data);
    if (entry) {
        AwModule *mod = entry->init(vm);
        if (!mod) return AW_ERR;
        if (dict_set_str(vm, vm->modules, name, value_from_ptr(mod))) return AW_ERR;
        return value_from_ptr(mod);
    }
    const char *frozen = frozen_source(name->data);
    if (frozen) {
        char filename[160];
        snprintf(filename, sizeof filename, "<frozen %s>", name->data);
        traceback_register_source(vm, filename, frozen, strlen(frozen));
        return exec_module_source(vm, name, frozen, strlen(frozen), filename, NULL);
    }
    m = find_source_module(vm, name);
    if (m != AW_EMPTY) return m;
    AwStr *msg = str_printf(vm, "No module named '%s'", name->data);
    if (!msg) return AW_ERR;
    return import_error(vm, &aw_exc_ModuleNotFoundError, msg, str_value(name), AW_NONE);
}

AwValue vm_import(AwVM *vm, AwStr *name, AwValue fromlist, AwDict *globals) {
    if (name->data[0] == '.') return vm_raise(vm, &aw_exc_ImportError, "attempted relative import with no known parent package");
    const char *dot = strchr(name->data, '.');
    if (!dot) return import_one(vm, name);
    /* a.b.c: import a, a.b, a.b.c in turn; bind each as an attribute of its parent. */
    AwValue top = AW_EMPTY, parent = AW_EMPTY, m = AW_EMPTY;
    const char *p = name->data;
    while (p) {
        const char *next = strchr(p, '.');
        size_t len = next ? (size_t)(next - name->data) : (size_t)name->byte_len;
        AwStr *part = str_intern(vm, name->data, len);
        if (!part) return AW_ERR;
        m = import_one(vm, part);
        if (m == AW_ERR) return AW_ERR;
        if (top == AW_EMPTY) top = m;
        if (parent != AW_EMPTY) {
            AwStr *leaf = str_intern_cstr(vm, strrchr(part->data, '.') + 1);
            if (!leaf || ops_setattr(vm, parent, leaf, m)) return AW_ERR;
        }
        parent = m;
        p = next ? next + 1 : NULL;
    }
    return fromlist == AW_NONE ? top : m;
}

AwValue vm_import_stmt(AwVM *vm, AwStr *name, AwValue fromlist, AwDict *globals, AwDict *locals) {
    AwStr *key = str_intern_cstr(vm, "__import__");
    if (!key) return AW_ERR;
    AwValue hook = dict_get_str(vm->builtins->dict, key);
    bool builtin = hook == AW_EMPTY || (value_is_type(hook, &aw_type_native) && !AW_NATIVE(hook)->owner
                                        && !strcmp(AW_NATIVE(hook)->name, "__import__"));
    if (builtin) return vm_import(vm, name, fromlist, globals);
    int64_t level = 0;
    while (name->data[level] == '.') level++;
    AwStr *bare = level ? str_new(vm, name->data + level, (size_t)(name->byte_len - level)) : name;
    if (!bare) return AW_ERR;
    AwValue args[5] = {str_value(bare), globals ? value_from_ptr(globals) : AW_NONE,
                       locals ? value_from_ptr(locals) : AW_NONE, fromlist, value_from_small(level)};
    return vm_call(vm, hook, 5, args, NULL);
}

AwValue vm_import_from(AwVM *vm, AwValue module, AwStr *name) {
    AwValue v = ops_getattr_opt(vm, module, name);
    if (v != AW_EMPTY) return v;
    AwValue mname = ops_getattr_opt(vm, module, AW_NAME(vm, __name__));
    const char *mn = value_is_str(mname) ? AW_STR(mname)->data : "?";
    /* `from package import submodule` (from concurrent import futures): import package.submodule */
    AwStr *full = value_is_str(mname) ? str_printf(vm, "%s.%s", mn, name->data) : NULL;
    if (full && (frozen_source(full->data) || modules_find(full->data))) {
        AwValue sub = vm_import(vm, full, AW_TRUE, NULL);
        if (sub == AW_ERR) return AW_ERR;
        v = ops_getattr_opt(vm, module, name);
        if (v != AW_EMPTY) return v;
    }
    AwValue file = ops_getattr_opt(vm, module, AW_NAME(vm, __file__));
    AwStr *msg = value_is_str(file)
        ? str_printf(vm, "cannot import name '%s' from '%s' (%s)", name->data, mn, AW_STR(file)->data)
        : str_printf(vm, "cannot import name '%s' from '%s' (unknown location)", name->data, mn);
    if (!msg) return AW_ERR;
    return import_error(vm, &aw_exc_ImportError, msg, value_is_str(mname) ? mname : AW_NONE, value_is_str(file) ? file : AW_NONE);
}

AwStatus vm_import_star(AwVM *vm, AwValue module, AwDict *ns) {
    if (!value_is_type(module, &aw_type_module)) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "import * requires a module"));
    AwDict *d = AW_MODULE(module)->dict;
    AwValue all = dict_get_str(d, AW_NAME(vm, __all__));
    if (all != AW_EMPTY) {
        AwValue list = list_from_iterable(vm, all);
        if (list == AW_ERR) return AW_ERROR;
        for (int64_t i = 0; i < AW_LIST(list)->len; i++) {
            AwValue k = AW_LIST(list)->items[i];
            if (!value_is_str(k)) continue;
            AwValue v = ops_getattr(vm, module, AW_STR(k));
            if (v == AW_ERR || dict_set(vm, ns, k, v)) return AW_ERROR;
        }
        return AW_OK;
    }
    int64_t pos = 0;
    AwValue k, v;
    while (dict_next(d, &pos, &k, &v))
        if (value_is_str(k) && AW_STR(k)->data[0] != '_' && dict_set(vm, ns, k, v)) return AW_ERROR;
    return AW_OK;
}

AwStatus vm_display_value(AwVM *vm, AwValue v) {
    if (v == AW_NONE) return AW_OK;
    if (dict_set_str(vm, vm->builtins->dict, AW_NAME(vm, _), AW_NONE)) return AW_ERROR;
    AwValue r = ops_repr(vm, v);
    if (r == AW_ERR) return AW_ERROR;
    AwValue out = module_get(vm->sys, "stdout");
    if (out == AW_EMPTY || out == AW_NONE) {
        vm_raise(vm, &aw_exc_RuntimeError, "lost sys.stdout");
        return AW_ERROR;
    }
    if (vm_call_method(vm, out, AW_NAME(vm, write), 1, &r) == AW_ERR) return AW_ERROR;
    AwValue nl = str_value(str_intern_cstr(vm, "\n"));
    if (vm_call_method(vm, out, AW_NAME(vm, write), 1, &nl) == AW_ERR) return AW_ERROR;
    return dict_set_str(vm, vm->builtins->dict, AW_NAME(vm, _), v);
}

/* PRINT_EXPR (the REPL, and code compiled in 'single' mode): what sys.displayhook does. */
AwStatus vm_print_expr(AwVM *vm, AwValue v) {
    AwValue hook = vm->sys ? module_get(vm->sys, "displayhook") : AW_EMPTY;
    if (hook == AW_EMPTY) {
        vm_raise(vm, &aw_exc_RuntimeError, "lost sys.displayhook");
        return AW_ERROR;
    }
    return vm_call(vm, hook, 1, &v, NULL) == AW_ERR ? AW_ERROR : AW_OK;
}
