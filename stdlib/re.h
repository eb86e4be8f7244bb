/* re.h — what the two halves of the native `_re` module share: compiled codes (re.c) and
 * Match objects (re_match.c).
 *
 * A ReCode owns PCRE2's compiled pattern and one match-data block; a ReMatch owns a copy of a
 * match's spans. Both are instances of heap classes made at module init whose trace and free_
 * slots are set by these files after class_new (so aw code must never assign dunder
 * attributes to them: that would reinstall the generic slots).
 */
#ifndef AW_STDLIB_RE_H
#define AW_STDLIB_RE_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>

#include "interp/object.h"
#include "interp/value.h"

/* Match modes: search anywhere, match at pos, fullmatch pos..endpos. */
enum { RE_SEARCH = 0, RE_MATCH = 1, RE_FULLMATCH = 2, RE_MODES = 3 };
/* _re.match mode bit: an empty match at the start position does not count (a scanner's step). */
enum { RE_NOT_EMPTY = 4 };

typedef struct {
    AwObject obj;                 /* header; obj.type is the _re.Code class */
    AwDict *dict;                 /* the heap class's instance-dict slot (unused) */
    pcre2_code *codes[RE_MODES];  /* compiled per mode, codes[RE_SEARCH] at creation */
    pcre2_match_data *md;         /* ovector of the last match (sized for the pattern's groups) */
    char *source;                 /* the PCRE2 pattern (malloc'd), to compile the other modes */
    size_t source_len;            /* bytes in source */
    uint32_t options;             /* PCRE2 compile options of codes[RE_SEARCH] */
    uint32_t ncap;                /* capture pairs, group 0 included */
    bool is_bytes;                /* compiled without UTF (a bytes pattern) */
    AwValue groupindex;           /* dict name -> group number (Pattern.groupindex) */
    AwValue group_info;           /* tuple of (close rank, parent, in lookahead) per group (lastindex) */
} ReCode;

/* The text being matched and a cursor converting between byte and code-point offsets. */
typedef struct {
    AwStr *str;          /* the str subject (unwrapped from a subclass), or NULL for bytes */
    const char *data;    /* UTF-8 text (str) or raw bytes */
    int64_t len;         /* bytes */
    bool is_ascii;       /* byte offsets are code-point offsets (ASCII str, or bytes) */
    int64_t at_byte;     /* cursor: a byte offset on a code-point boundary ... */
    int64_t at_cp;       /* ... and its code-point index */
} ReSubject;

/* Code-point index of byte offset b (a code-point boundary), moving the subject's cursor. */
int64_t re_subject_cp(ReSubject *s, int64_t b);

/* The text between two byte offsets of the subject: a str, or bytes (also for a bytearray). */
AwValue re_subject_text(AwVM *vm, const ReSubject *s, int64_t b0, int64_t b1);

/* A Match for the last match of rc (its ovector) on subject `string`, for the re.Pattern
 * `pattern`. NULL with MemoryError raised. Never runs aw code. */
AwValue re_match_new(AwVM *vm, ReCode *rc, AwValue pattern, AwValue string, ReSubject *s, int64_t pos, int64_t endpos);

/* Functions returning m.pos, m.endpos, m.string, m.re, m.lastindex, m.lastgroup, m.regs, as
 * _re.match_pos etc.; re.py installs them as properties of Match. */
extern const AwMethodDef re_match_getters[];

/* Creates the Match class (module init). NULL with an exception raised. */
AwType *re_match_class_new(AwVM *vm);

/* A heap class named name in module "re"/"_re" with the given natives, ready for slot overrides
 * (shared by the Code and Match classes). */
AwType *re_class_new(AwVM *vm, const char *module, const char *name, const AwMethodDef *methods);

#endif
