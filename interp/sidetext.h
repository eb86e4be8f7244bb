/* sidetext.h — text attached to heap objects from outside the heap.
 *
 * Some learner reports must be printed when an object dies, from the collector's finalize hook
 * (vm_finalize_dead), where no aw code may run and nothing should be allocated on the heap: the
 * text is therefore built while the program runs and kept here, in malloc'd memory keyed by the
 * object's address. Two tables: where a coroutine was created (asyncio debug mode) and the
 * "Task exception was never retrieved" report of a failed task. The finalize hook takes the
 * entry of every dead object that has one, so an address is never reused with a stale entry.
 */
#ifndef AW_SIDETEXT_H
#define AW_SIDETEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum { SIDETEXT_ORIGIN, SIDETEXT_UNRETRIEVED, SIDETEXT_NKINDS } AwSideTextKind;

/* Attaches `text` (malloc'd; ownership passes here) to obj, replacing any previous text. On
 * allocation failure the text is freed and nothing is attached. */
void sidetext_set(AwSideTextKind kind, const void *obj, char *text);
/* The text attached to obj, or NULL (still owned here). */
const char *sidetext_get(AwSideTextKind kind, const void *obj);
/* Detaches obj's text and returns it (the caller frees it), or NULL. */
char *sidetext_take(AwSideTextKind kind, const void *obj);
/* Entries of each kind (read through sidetext_any). */
extern size_t sidetext_counts[SIDETEXT_NKINDS];
/* True if any text of this kind is attached (a cheap test for the finalize hook). */
static inline bool sidetext_any(AwSideTextKind kind) { return sidetext_counts[kind] > 0; }
/* A reusable in-memory stream to write a text into (emptied by each call; NULL if it cannot
 * be made), and a malloc'd copy of what was written to it since (NULL on failure). Cheaper than
 * a new open_memstream per text. */
FILE *sidetext_scratch(void);
char *sidetext_scratch_copy(void);
/* Frees every entry and the scratch stream (interpreter shutdown). */
void sidetext_clear(void);

#endif
