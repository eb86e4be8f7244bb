/* sidetext.c — pointer-keyed text tables (see sidetext.h): chained hashing, grown by doubling. */
#include "interp/sidetext.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct Entry {
    const void *obj;         /* the object the text belongs to */
    char *text;              /* the text (malloc'd, owned) */
    struct Entry *next;      /* next entry in the same bucket */
} Entry;

typedef struct {
    Entry **buckets;         /* bucket heads (malloc'd) */
    size_t nbuckets;         /* a power of two, or 0 before the first entry */
} Table;

static Table tables[SIDETEXT_NKINDS];
size_t sidetext_counts[SIDETEXT_NKINDS];

static size_t bucket_of(const Table *t, const void *obj) {
    uintptr_t h = (uintptr_t)obj >> 4;
    h ^= h >> 17;
    return (size_t)(h * 0x9E3779B97F4A7C15ull >> 7) & (t->nbuckets - 1);
}

static bool grow(Table *t) {
    size_t n = t->nbuckets ? t->nbuckets * 2 : 64;
    Entry **b = calloc(n, sizeof *b);
    if (!b) return false;
    Table bigger = {b, n};
    for (size_t i = 0; i < t->nbuckets; i++) {
        for (Entry *e = t->buckets[i], *next; e; e = next) {
            next = e->next;
            size_t k = bucket_of(&bigger, e->obj);
            e->next = b[k];
            b[k] = e;
        }
    }
    free(t->buckets);
    *t = bigger;
    return true;
}

static Entry **find(Table *t, const void *obj) {
    if (!t->nbuckets) return NULL;
    Entry **link = &t->buckets[bucket_of(t, obj)];
    while (*link && (*link)->obj != obj) link = &(*link)->next;
    return link;
}

void sidetext_set(AwSideTextKind kind, const void *obj, char *text) {
    Table *t = &tables[kind];
    Entry **link = find(t, obj);
    if (link && *link) {
        free((*link)->text);
        (*link)->text = text;
        return;
    }
    Entry *e = malloc(sizeof *e);
    if (!e || (sidetext_counts[kind] >= t->nbuckets && !grow(t))) {
        free(e);
        free(text);
        return;
    }
    size_t k = bucket_of(t, obj);
    *e = (Entry){obj, text, t->buckets[k]};
    t->buckets[k] = e;
    sidetext_counts[kind]++;
}

const char *sidetext_get(AwSideTextKind kind, const void *obj) {
    Entry **link = find(&tables[kind], obj);
    return link && *link ? (*link)->text : NULL;
}

char *sidetext_take(AwSideTextKind kind, const void *obj) {
    Table *t = &tables[kind];
    Entry **link = find(t, obj);
    if (!link || !*link) return NULL;
    Entry *e = *link;
    char *text = e->text;
    *link = e->next;
    free(e);
    sidetext_counts[kind]--;
    return text;
}

static FILE *scratch;        /* the reusable stream (open_memstream) */
static char *scratch_buf;    /* its buffer, owned by the stream until fclose */
static size_t scratch_size;  /* bytes written, updated by fflush */

FILE *sidetext_scratch(void) {
    if (!scratch && !(scratch = open_memstream(&scratch_buf, &scratch_size))) return NULL;
    rewind(scratch);
    return scratch;
}

char *sidetext_scratch_copy(void) {
    if (!scratch || fflush(scratch) != 0) return NULL;
    long n = ftell(scratch);
    return n < 0 ? NULL : strndup(scratch_buf, (size_t)n);
}

void sidetext_clear(void) {
    if (scratch) fclose(scratch);
    free(scratch_buf);
    scratch = NULL;
    scratch_buf = NULL;
    for (int k = 0; k < SIDETEXT_NKINDS; k++) {
        Table *t = &tables[k];
        for (size_t i = 0; i < t->nbuckets; i++) {
            for (Entry *e = t->buckets[i], *next; e; e = next) {
                next = e->next;
                free(e->text);
                free(e);
            }
        }
        free(t->buckets);
        *t = (Table){NULL, 0};
        sidetext_counts[k] = 0;
    }
}
