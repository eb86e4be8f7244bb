/* import.c — the import system: sys.modules, built-in modules (stdlib/modules.c), and .aw/.py
 * source modules found on sys.path, with packages as CPython's path finder has them: a
 * directory with __init__.py is a regular package (its __path__ lists the directory, its
 * submodules are searched there), a directory without one a namespace package; relative
 * imports resolve against the importing module's __package__. Also the REPL's expression
 * printer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
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
#include "interp/source.h"
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

/* A package's attributes: __path__ = [dir] ([] for a frozen package, whose submodules are
 * frozen too) and __package__ = its name; a plain module's __package__ is the name of the
 * package holding it ('' at top level). */
static AwStatus set_package_attrs(AwVM *vm, AwModule *mod, AwStr *name, const char *pkg_dir, bool frozen_pkg) {
    AwStr *package;
    if (pkg_dir || frozen_pkg) {
        AwList *path = list_new(vm, 1);
        AwStr *dir = path && pkg_dir ? str_from_cstr(vm, pkg_dir) : NULL;
        if (!path || (pkg_dir && (!dir || list_append(vm, path, str_value(dir)))) ||
            dict_set_str(vm, mod->dict, str_intern_cstr(vm, "__path__"), value_from_ptr(path)))
            return AW_ERROR;
        package = name;
    } else {
        const char *dot = strrchr(name->data, '.');
        package = str_new(vm, name->data, dot ? (size_t)(dot - name->data) : 0);
    }
    return package ? dict_set_str(vm, mod->dict, str_intern_cstr(vm, "__package__"), str_value(package)) : AW_ERROR;
}

/* Runs `src` as module `name` (file: its __file__, or NULL for frozen modules; pkg_dir: the
 * directory of a package's __init__, else NULL), registered in sys.modules before it runs so
 * circular imports see the partly initialised module, and removed again if it fails. */
static AwValue exec_module_source(AwVM *vm, AwStr *name, const char *src, size_t len, const char *filename, const char *file,
                                  const char *pkg_dir) {
    AwCode *code = vm_compile(vm, src, len, filename, AW_PARSE_FILE);
    if (!code || gc_push_root(vm, value_from_ptr(code))) return AW_ERR;
    AwModule *mod = module_new(vm, name->data);
    AwStr *file_str = file ? str_from_cstr(vm, file) : NULL;
    AwValue result = AW_ERR;
    if (mod && (!file || file_str) && !gc_push_root(vm, value_from_ptr(mod))) {
        if (!set_package_attrs(vm, mod, name, pkg_dir, !file && frozen_is_package(name->data)) &&
            (!file_str || !dict_set_str(vm, mod->dict, AW_NAME(vm, __file__), str_value(file_str))) &&
            !dict_set_str(vm, vm->modules, name, value_from_ptr(mod))) {
            mod->obj.flags |= AW_MODULE_INITIALIZING;
            AwValue r = vm_run_code(vm, code, mod->dict, NULL);
            mod->obj.flags &= (uint16_t)~AW_MODULE_INITIALIZING;
            if (r != AW_ERR) result = value_from_ptr(mod);
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
static AwValue load_source_module(AwVM *vm, AwStr *name, const char *path, const char *pkg_dir) {
    size_t len;
    char *src = read_file(path, &len);
    if (!src) return vm_raise(vm, &aw_exc_ImportError, "cannot read '%s'", path);
    const char *text;
    size_t text_len;
    char *decoded;   /* PEP 263: a module in another encoding declares it */
    if (source_decode(vm, src, len, path, SOURCE_BYTES, &text, &text_len, &decoded) != AW_OK) {
        free(src);
        return AW_ERR;
    }
    traceback_register_source(vm, path, text, text_len);
    AwValue m = exec_module_source(vm, name, text, text_len, path, path, pkg_dir);
    free(decoded);
    free(src);
    return m;
}

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

typedef enum { FOUND_NONE, FOUND_MODULE, FOUND_PACKAGE, FOUND_NAMESPACE } AwFound;

/* Looks for `leaf` in directory dir as CPython's FileFinder does: the package dir/leaf/
 * __init__ first, then the module dir/leaf.aw or .py, then a bare directory (a namespace
 * portion). file gets the source to run, pkg_dir the package's directory. */
static AwFound find_in_dir(const char *dir, const char *leaf, char *file, char *pkg_dir, size_t cap) {
    static const char *const exts[] = {".aw", ".py"};
    int n = snprintf(pkg_dir, cap, "%s%s%s", dir, *dir ? "/" : "", leaf);
    if (n < 0 || (size_t)n >= cap) return FOUND_NONE;
    bool dir_exists = is_dir(pkg_dir);
    for (int e = 0; e < 2 && dir_exists; e++) {
        n = snprintf(file, cap, "%s/__init__%s", pkg_dir, exts[e]);
        if (n > 0 && (size_t)n < cap && is_file(file)) return FOUND_PACKAGE;
    }
    for (int e = 0; e < 2; e++) {
        n = snprintf(file, cap, "%s%s", pkg_dir, exts[e]);
        if (n > 0 && (size_t)n < cap && is_file(file)) return FOUND_MODULE;
    }
    return dir_exists ? FOUND_NAMESPACE : FOUND_NONE;
}

/* A namespace package: no code, __path__ lists every directory that had the name. */
static AwValue namespace_package(AwVM *vm, AwStr *name, AwList *dirs) {
    AwModule *mod = module_new(vm, name->data);
    if (!mod || dict_set_str(vm, mod->dict, str_intern_cstr(vm, "__path__"), value_from_ptr(dirs)) ||
        dict_set_str(vm, mod->dict, str_intern_cstr(vm, "__package__"), str_value(name)) ||
        dict_set_str(vm, vm->modules, name, value_from_ptr(mod)))
        return AW_ERR;
    return value_from_ptr(mod);
}

/* A search directory as CPython's FileFinder uses it: a relative one joined to the working
 * directory ('' and '.' are the working directory itself), so a module's __file__ and its
 * tracebacks name it absolutely. Returns dir itself when it is absolute or cwd is unknown. */
static const char *absolute_dir(const char *dir, char *buf, size_t cap) {
    if (dir[0] == '/') return dir;
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd)) return dir;
    bool here = !*dir || strcmp(dir, ".") == 0;
    int n = here ? snprintf(buf, cap, "%s", cwd) : snprintf(buf, cap, "%s/%s", cwd, dir);
    return n > 0 && (size_t)n < cap ? buf : dir;
}

/* Searches `search` (sys.path, or the parent package's __path__) for the last component of
 * name (a bare directory counts when allow_namespace); AW_EMPTY if nothing is there. */
static AwValue find_source_module(AwVM *vm, AwStr *name, AwValue search, bool allow_namespace) {
    if (!value_is_instance(search, &aw_type_list)) return AW_EMPTY;
    const char *dot = strrchr(name->data, '.');
    const char *leaf = dot ? dot + 1 : name->data;
    char file[4096], pkg_dir[4096];
    AwList *portions = NULL;
    for (int64_t i = 0; i < AW_LIST(search)->len; i++) {
        AwValue dir = AW_LIST(search)->items[i];
        if (!value_is_str(dir)) continue;
        char abs[4096];
        switch (find_in_dir(absolute_dir(AW_STR(dir)->data, abs, sizeof abs), leaf, file, pkg_dir, sizeof file)) {
        case FOUND_PACKAGE: return load_source_module(vm, name, file, pkg_dir);
        case FOUND_MODULE: return load_source_module(vm, name, file, NULL);
        case FOUND_NAMESPACE: {
            if (!allow_namespace) break;
            AwStr *d = str_from_cstr(vm, pkg_dir);
            if (!portions && d && gc_push_root(vm, str_value(d)) == AW_OK) {
                portions = list_new(vm, 1);
                gc_pop_roots(vm, 1);
            }
            if (!d || !portions || list_append(vm, portions, str_value(d))) return AW_ERR;
            break;
        }
        case FOUND_NONE: break;
        }
    }
    return portions ? namespace_package(vm, name, portions) : AW_EMPTY;
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

/* The modules CPython 3.11 (Debian's build) has built in, frozen or imported before the
 * program starts: a program's own file of that name never replaces them. Any other standard
 * module is found on sys.path after the program's directory, so a program's X.py wins. */
static const char *const cpython_fixed_modules[] = {
    "_abc", "_ast", "_bisect", "_blake2", "_codecs", "_collections", "_collections_abc", "_csv", "_datetime",
    "_elementtree", "_frozen_importlib", "_frozen_importlib_external", "_functools", "_heapq", "_imp", "_io",
    "_locale", "_md5", "_opcode", "_operator", "_pickle", "_posixsubprocess", "_random", "_sha1", "_sha256",
    "_sha3", "_sha512", "_signal", "_sitebuiltins", "_socket", "_sre", "_stat", "_statistics", "_string",
    "_struct", "_symtable", "_thread", "_tokenize", "_tracemalloc", "_warnings", "_weakref", "abc", "array",
    "atexit", "binascii", "builtins", "cmath", "codecs", "encodings", "errno", "faulthandler", "fcntl", "gc",
    "genericpath", "grp", "io", "itertools", "marshal", "math", "os", "posix", "posixpath", "pwd", "pyexpat",
    "runpy", "select", "site", "spwd", "stat", "sys", "syslog", "time", "unicodedata", "xxsubtype",
    "zipimport", "zlib",
};

static int compare_names(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

static bool cpython_fixed(const char *name) {
    return bsearch(&name, cpython_fixed_modules, sizeof cpython_fixed_modules / sizeof cpython_fixed_modules[0],
                   sizeof cpython_fixed_modules[0], compare_names) != NULL;
}

/* Imports one (non-dotted or fully dotted) module name. */
static AwValue import_one(AwVM *vm, AwStr *name) {
    AwValue m = dict_get_str(vm->modules, name);
    if (m != AW_EMPTY) return m;
    bool stdlib = modules_find(name->data) || frozen_source(name->data);
    if (stdlib && !strchr(name->data, '.') && !cpython_fixed(name->data)) {
        m = find_source_module(vm, name, module_get(vm->sys, "path"), false);
        if (m != AW_EMPTY) return m;
    }
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
        return exec_module_source(vm, name, frozen, strlen(frozen), filename, NULL, NULL);
    }
    /* a submodule is searched on its package's __path__ (the package is imported already) */
    const char *dot = strrchr(name->data, '.');
    AwValue search = module_get(vm->sys, "path"), parent = AW_EMPTY;
    if (dot) {
        AwStr *parent_name = str_intern(vm, name->data, (size_t)(dot - name->data));
        if (!parent_name) return AW_ERR;
        parent = dict_get_str(vm->modules, parent_name);
        search = value_is_type(parent, &aw_type_module) ? module_get(AW_MODULE(parent), "__path__") : AW_EMPTY;
    }
    m = find_source_module(vm, name, search, true);
    if (m != AW_EMPTY) return m;
    AwStr *msg = dot && search == AW_EMPTY
        ? str_printf(vm, "No module named '%s'; '%.*s' is not a package", name->data, (int)(dot - name->data), name->data)
        : str_printf(vm, "No module named '%s'", name->data);
    if (!msg) return AW_ERR;
    return import_error(vm, &aw_exc_ModuleNotFoundError, msg, str_value(name), AW_NONE);
}

/* The package a relative import starts from: __package__, else __name__ for a package (it has
 * __path__) or the name of the package holding the module. NULL (raised) when there is none. */
static AwStr *importing_package(AwVM *vm, AwDict *globals) {
    AwValue package = globals ? dict_get_str(globals, str_intern_cstr(vm, "__package__")) : AW_EMPTY;
    if (value_is_str(package) && AW_STR(package)->byte_len > 0) return AW_STR(package);
    AwValue name = globals ? dict_get_str(globals, AW_NAME(vm, __name__)) : AW_EMPTY;
    if (package == AW_EMPTY && value_is_str(name)) {
        if (dict_get_str(globals, str_intern_cstr(vm, "__path__")) != AW_EMPTY) return AW_STR(name);
        const char *dot = strrchr(AW_STR(name)->data, '.');
        if (dot) return str_new(vm, AW_STR(name)->data, (size_t)(dot - AW_STR(name)->data));
    }
    vm_raise(vm, &aw_exc_ImportError, "attempted relative import with no known parent package");
    return NULL;
}

/* ..x.y (level 2) from package a.b.c: a.b.x.y. */
static AwStr *resolve_relative(AwVM *vm, AwStr *name, AwDict *globals) {
    int level = 0;
    while (name->data[level] == '.') level++;
    AwStr *package = importing_package(vm, globals);
    if (!package) return NULL;
    int64_t end = package->byte_len;
    for (int up = 1; up < level; up++) {
        while (end > 0 && package->data[end - 1] != '.') end--;
        if (end == 0) {
            vm_raise(vm, &aw_exc_ImportError, "attempted relative import beyond top-level package");
            return NULL;
        }
        end--;
    }
    const char *rest = name->data + level;
    return *rest ? str_printf(vm, "%.*s.%s", (int)end, package->data, rest) : str_new(vm, package->data, (size_t)end);
}

/* builtins.__import__ when a program has replaced it (CPython's IMPORT_NAME calls it then). */
static AwValue import_override(AwVM *vm) {
    AwValue fn = dict_get_str(vm->builtins->dict, str_intern_cstr(vm, "__import__"));
    if (fn == AW_EMPTY) return vm_raise(vm, &aw_exc_ImportError, "__import__ not found");
    bool original = value_is_type(fn, &aw_type_native) && AW_NATIVE(fn)->module == vm->builtins->name &&
                    strcmp(AW_NATIVE(fn)->name, "__import__") == 0;
    return original ? AW_EMPTY : fn;
}

AwValue vm_import_name(AwVM *vm, AwStr *name, AwValue fromlist, AwDict *globals, AwDict *locals) {
    AwValue fn = import_override(vm);
    if (fn == AW_ERR) return AW_ERR;
    if (fn == AW_EMPTY) return vm_import(vm, name, fromlist, globals);
    int level = 0;
    while (name->data[level] == '.') level++;
    AwStr *bare = str_new(vm, name->data + level, (size_t)(name->byte_len - level));
    if (!bare) return AW_ERR;
    AwValue args[5] = {str_value(bare), globals ? value_from_ptr(globals) : AW_NONE, locals ? value_from_ptr(locals) : AW_NONE,
                       fromlist, value_from_small(level)};
    return vm_call(vm, fn, 5, args, NULL);
}

AwValue vm_import(AwVM *vm, AwStr *name, AwValue fromlist, AwDict *globals) {
    if (name->data[0] == '.') {
        name = resolve_relative(vm, name, globals);
        if (!name || !(name = str_intern(vm, name->data, (size_t)name->byte_len))) return AW_ERR;
        fromlist = AW_TRUE;   /* `from . import x` gives the resolved module itself */
    }
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
        bool loaded = dict_get_str(vm->modules, part) != AW_EMPTY;
        m = import_one(vm, part);
        if (m == AW_ERR) return AW_ERR;
        if (top == AW_EMPTY) top = m;
        /* only a submodule loaded now is bound on its parent, as CPython: `import a.main` again
         * leaves a.main as a's own code set it (unittest.main is the function, not the module) */
        if (parent != AW_EMPTY && !loaded) {
            AwStr *leaf = str_intern_cstr(vm, strrchr(part->data, '.') + 1);
            if (!leaf || ops_setattr(vm, parent, leaf, m)) return AW_ERR;
        }
        parent = m;
        p = next ? next + 1 : NULL;
    }
    return fromlist == AW_NONE ? top : m;
}

/* True (and the exception cleared) if the pending exception is ModuleNotFoundError for exactly
 * `name`: `from pkg import x` then reports "cannot import name", as CPython's _handle_fromlist. */
static bool missing_module_named(AwVM *vm, AwStr *name) {
    if (!name || !vm_exc_matches(vm, &aw_exc_ModuleNotFoundError)) return false;
    AwValue missing = ops_getattr_opt(vm, vm->exc, str_intern_cstr(vm, "name"));
    if (missing == AW_ERR || !value_is_str(missing) || !str_equal(AW_STR(missing), name)) return false;
    vm_exc_clear(vm);
    return true;
}

/* `from package import submodule` (from concurrent import futures) and a package's __all__
 * naming submodules for `import *`: imports package.name when the package has no such
 * attribute. AW_OK also when there is no such submodule; AW_ERROR if importing it failed. */
static AwStatus import_submodule(AwVM *vm, AwValue module, AwStr *name) {
    AwValue mname = ops_getattr_opt(vm, module, AW_NAME(vm, __name__));
    if (mname == AW_ERR) return AW_ERROR;
    if (!value_is_str(mname)) return AW_OK;
    AwStr *full = str_printf(vm, "%s.%s", AW_STR(mname)->data, name->data);
    if (!full) return AW_ERROR;
    bool is_package = value_is_type(module, &aw_type_module) && module_get(AW_MODULE(module), "__path__") != AW_EMPTY;
    if (!is_package && !frozen_source(full->data) && !modules_find(full->data)) return AW_OK;
    AwStr *interned = str_intern(vm, full->data, (size_t)full->byte_len);
    AwValue sub = interned ? vm_import(vm, interned, AW_TRUE, NULL) : AW_ERR;
    return sub == AW_ERR && !missing_module_named(vm, interned) ? AW_ERROR : AW_OK;
}

AwValue vm_import_from(AwVM *vm, AwValue module, AwStr *name) {
    AwValue v = ops_getattr_opt(vm, module, name);
    if (v != AW_EMPTY) return v;
    if (import_submodule(vm, module, name)) return AW_ERR;
    v = ops_getattr_opt(vm, module, name);
    if (v != AW_EMPTY) return v;
    AwValue mname = ops_getattr_opt(vm, module, AW_NAME(vm, __name__));
    const char *mn = value_is_str(mname) ? AW_STR(mname)->data : "?";
    AwValue file = ops_getattr_opt(vm, module, AW_NAME(vm, __file__));
    const char *partial = value_is_type(module, &aw_type_module) && (AW_MODULE(module)->obj.flags & AW_MODULE_INITIALIZING)
        ? "partially initialized module " : "";
    const char *circular = *partial ? " (most likely due to a circular import)" : "";
    AwStr *msg = value_is_str(file)
        ? str_printf(vm, "cannot import name '%s' from %s'%s'%s (%s)", name->data, partial, mn, circular, AW_STR(file)->data)
        : str_printf(vm, "cannot import name '%s' from %s'%s'%s (unknown location)", name->data, partial, mn, circular);
    if (!msg) return AW_ERR;
    return import_error(vm, &aw_exc_ImportError, msg, value_is_str(mname) ? mname : AW_NONE, value_is_str(file) ? file : AW_NONE);
}

AwStatus vm_import_star(AwVM *vm, AwValue module, AwDict *ns) {
    if (!value_is_type(module, &aw_type_module)) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "import * requires a module"));
    AwDict *d = AW_MODULE(module)->dict;
    AwValue all = dict_get_str(d, AW_NAME(vm, __all__));
    if (all != AW_EMPTY) {
        /* the copy of __all__ is rooted: a submodule's import or a module __getattr__ runs aw code */
        AwValue list = list_from_iterable(vm, all);
        if (list == AW_ERR || gc_push_root(vm, list)) return AW_ERROR;
        AwStatus st = AW_OK;
        for (int64_t i = 0; st == AW_OK && i < AW_LIST(list)->len; i++) {
            AwValue k = AW_LIST(list)->items[i];
            if (!value_is_str(k)) {
                st = vm_fail(vm_raise(vm, &aw_exc_TypeError, "Item in %s.__all__ must be str, not %s",
                                      AW_MODULE(module)->name->data, ops_type_name(k)));
                break;
            }
            if (dict_get_str(d, AW_STR(k)) == AW_EMPTY && import_submodule(vm, module, AW_STR(k))) st = AW_ERROR;
            AwValue v = st ? AW_ERR : ops_getattr(vm, module, AW_STR(k));
            if (v == AW_ERR || dict_set(vm, ns, k, v)) st = AW_ERROR;
        }
        gc_pop_roots(vm, 1);
        return st;
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
