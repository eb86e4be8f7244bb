/* curl_dl.h — libcurl, loaded on first use (dlopen) instead of at program start.
 *
 * Linking libcurl pulls in some twenty libraries (TLS, Kerberos, LDAP, compression...) whose
 * loading took `aw -c pass` from 2 ms to 10 ms; only programs that make HTTP requests need them.
 * curl_engine.c includes this instead of <curl/curl.h>: the curl_* calls it makes go through a
 * table filled by curl_dl_load(), which curl_engine.c calls before the first one.
 */
#ifndef AW_CURL_DL_H
#define AW_CURL_DL_H

#define CURL_DISABLE_TYPECHECK   /* curl's type-checking macros would hide the table below */
#include <curl/curl.h>
#include <stdbool.h>

typedef struct {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *h);
    void (*easy_reset)(CURL *h);
    CURLcode (*easy_setopt)(CURL *h, CURLoption opt, ...);
    CURLcode (*easy_getinfo)(CURL *h, CURLINFO info, ...);
    const char *(*easy_strerror)(CURLcode code);
    CURLM *(*multi_init)(void);
    CURLMcode (*multi_cleanup)(CURLM *m);
    CURLMcode (*multi_setopt)(CURLM *m, CURLMoption opt, ...);
    CURLMcode (*multi_add_handle)(CURLM *m, CURL *h);
    CURLMcode (*multi_remove_handle)(CURLM *m, CURL *h);
    CURLMcode (*multi_assign)(CURLM *m, curl_socket_t s, void *p);
    CURLMcode (*multi_socket_action)(CURLM *m, curl_socket_t s, int ev, int *running);
    CURLMsg *(*multi_info_read)(CURLM *m, int *left);
    struct curl_slist *(*slist_append)(struct curl_slist *l, const char *s);
    void (*slist_free_all)(struct curl_slist *l);
} AwCurlApi;

extern AwCurlApi aw_curl;

/* Loads libcurl and fills aw_curl; false (with a reason in *why) when it cannot. */
bool curl_dl_load(const char **why);

#undef curl_easy_setopt    /* curl.h wraps these three in argument-count macros */
#undef curl_easy_getinfo
#undef curl_multi_setopt
#define curl_global_init aw_curl.global_init
#define curl_easy_init aw_curl.easy_init
#define curl_easy_cleanup aw_curl.easy_cleanup
#define curl_easy_reset aw_curl.easy_reset
#define curl_easy_setopt aw_curl.easy_setopt
#define curl_easy_getinfo aw_curl.easy_getinfo
#define curl_easy_strerror aw_curl.easy_strerror
#define curl_multi_init aw_curl.multi_init
#define curl_multi_cleanup aw_curl.multi_cleanup
#define curl_multi_setopt aw_curl.multi_setopt
#define curl_multi_add_handle aw_curl.multi_add_handle
#define curl_multi_remove_handle aw_curl.multi_remove_handle
#define curl_multi_assign aw_curl.multi_assign
#define curl_multi_socket_action aw_curl.multi_socket_action
#define curl_multi_info_read aw_curl.multi_info_read
#define curl_slist_append aw_curl.slist_append
#define curl_slist_free_all aw_curl.slist_free_all

#endif
