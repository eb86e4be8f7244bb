/* modules.h — the table of built-in modules. Each stdlib file exports one init function that
 * builds its module object (NULL with an exception pending on failure); modules.c lists them,
 * and import finds them by name before looking for .aw/.py files. */
#ifndef AW_MODULES_H
#define AW_MODULES_H

#include "interp/module.h"

typedef AwModule *(*AwModuleInit)(AwVM *vm);

typedef struct {
    const char *name;    /* import name */
    AwModuleInit init;   /* builds the module */
} AwModuleEntry;

AwModule *builtins_module_init(AwVM *vm);
AwModule *sys_module_init(AwVM *vm);
AwModule *math_module_init(AwVM *vm);
AwModule *cmath_module_init(AwVM *vm);
AwModule *random_module_init(AwVM *vm);
AwModule *signal_module_init(AwVM *vm);
AwModule *socket_module_init(AwVM *vm);
AwModule *select_module_init(AwVM *vm);
AwModule *unicodedata_module_init(AwVM *vm);
/* Before the VM is freed: the signals Python handled go back to their default action (their
 * C handler would otherwise write into the freed VM), as CPython's finalization does. */
void signal_fini(void);
/* OSError (the subclass for err) "[Errno N] message", for native modules (os.c). */
AwValue os_raise_errno(AwVM *vm, int err);
AwModule *time_module_init(AwVM *vm);
AwModule *asyncio_module_init(AwVM *vm);
AwModule *asyncio_core_module_init(AwVM *vm);
AwModule *os_module_init(AwVM *vm);      /* `posix`, the core of os.py */
AwModule *json_module_init(AwVM *vm);    /* `_json`, the core of json.py */
AwModule *heapq_module_init(AwVM *vm);   /* `_heapq`, the core of heapq.py */
AwModule *gc_module_init(AwVM *vm);
AwModule *struct_module_init(AwVM *vm);  /* `_struct`, the core of struct.py */
AwModule *thread_module_init(AwVM *vm);  /* `_thread`, the core of threading.py */
/* Threads started by _thread.start_new_thread that have not finished. */
int thread_running_count(void);
AwModule *http_module_init(AwVM *vm);    /* `_http`, the core of http.py and aiohttp.py */
AwModule *re_module_init(AwVM *vm);      /* `_re`, the PCRE2 core of re.py */
AwModule *traceback_module_init(AwVM *vm); /* `_traceback`, the core of traceback.py and warnings.py */
AwModule *weakref_module_init(AwVM *vm);  /* `_weakref`, the core of weakref.py */
AwModule *hashlib_module_init(AwVM *vm);  /* `_hashlib`, the core of hashlib.py */
AwModule *binascii_module_init(AwVM *vm); /* `_binascii`: binascii's base64 loops (binascii.c) */
AwModule *zlib_module_init(AwVM *vm);     /* `zlib`, over the system's libz */
AwModule *sqlite3_module_init(AwVM *vm);  /* `_sqlite3`, over libsqlite3 (prelude: _sqlite3.py) */
AwModule *codecs_module_init(AwVM *vm);   /* `_codecs`, the core of codecs.py */
AwModule *locale_module_init(AwVM *vm);   /* `_locale`, the core of locale.py */
AwModule *pyexpat_module_init(AwVM *vm);  /* `pyexpat`, over libexpat (under stdlib/xml.*.py) */
AwModule *bz2_module_init(AwVM *vm);      /* `_bz2`, the core of bz2.py, over the system's libbz2 */

/* The entry for name, or NULL. */
const AwModuleEntry *modules_find(const char *name);

#endif
