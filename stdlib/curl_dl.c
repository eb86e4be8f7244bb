/* curl_dl.c — loading libcurl on first use (see curl_dl.h). */
#include "stdlib/curl_dl.h"

#include <dlfcn.h>
#include <stddef.h>
#include <string.h>

AwCurlApi aw_curl;

/* Library handle; kept for the life of the process (libcurl keeps global state). */
static void *lib;

bool curl_dl_load(const char **why) {
    if (lib) return true;
    void *h = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!h) h = dlopen("libcurl.so", RTLD_NOW | RTLD_LOCAL);
    if (!h) { *why = "libcurl is not installed (Debian package libcurl4)"; return false; }
    static const struct { const char *name; size_t offset; } syms[] = {
#define SYM(field, name) {name, offsetof(AwCurlApi, field)}
        SYM(global_init, "curl_global_init"), SYM(easy_init, "curl_easy_init"),
        SYM(easy_cleanup, "curl_easy_cleanup"), SYM(easy_reset, "curl_easy_reset"),
        SYM(easy_setopt, "curl_easy_setopt"), SYM(easy_getinfo, "curl_easy_getinfo"),
        SYM(easy_strerror, "curl_easy_strerror"), SYM(multi_init, "curl_multi_init"),
        SYM(multi_cleanup, "curl_multi_cleanup"), SYM(multi_setopt, "curl_multi_setopt"),
        SYM(multi_add_handle, "curl_multi_add_handle"), SYM(multi_remove_handle, "curl_multi_remove_handle"),
        SYM(multi_assign, "curl_multi_assign"), SYM(multi_socket_action, "curl_multi_socket_action"),
        SYM(multi_info_read, "curl_multi_info_read"), SYM(slist_append, "curl_slist_append"),
        SYM(slist_free_all, "curl_slist_free_all"),
#undef SYM
    };
    for (size_t i = 0; i < sizeof syms / sizeof syms[0]; i++) {
        void *f = dlsym(h, syms[i].name);
        if (!f) { *why = "libcurl is too old (a function aw needs is missing)"; dlclose(h); return false; }
        /* POSIX guarantees that a data pointer from dlsym converts to a function pointer */
        memcpy((char *)&aw_curl + syms[i].offset, &f, sizeof f);
    }
    lib = h;
    return true;
}
