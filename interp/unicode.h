/* unicode.h — character classes and case mapping of Unicode code points.
 *
 * Owns the Unicode character database aw needs: the predicates behind str.isalpha() & co.,
 * identifier characters for the lexer, decimal digit values for int()/float(), and simple and
 * full case mappings for str.upper()/lower()/title()/casefold(). The tables are generated from
 * CPython 3.11's own str methods (Unicode 14.0), so every answer matches CPython's. ASCII code
 * points take a fast path without touching the tables. Nothing here allocates or fails.
 */
#ifndef AW_UNICODE_H
#define AW_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

/* Predicates on one code point, with CPython's meaning for a one-character string. */
bool unicode_isalpha(uint32_t cp);      /* letters: categories Lm Lt Lu Ll Lo */
bool unicode_isdecimal(uint32_t cp);    /* category Nd */
bool unicode_isdigit(uint32_t cp);      /* Nd and other digits (superscripts, ...) */
bool unicode_isnumeric(uint32_t cp);    /* digits, fractions, numerals */
bool unicode_isalnum(uint32_t cp);      /* alpha or numeric */
bool unicode_isspace(uint32_t cp);      /* str.isspace(): Zs, bidi WS/B/S */
bool unicode_isupper(uint32_t cp);      /* Uppercase property */
bool unicode_islower(uint32_t cp);      /* Lowercase property */
bool unicode_istitle(uint32_t cp);      /* category Lt */
bool unicode_iscased(uint32_t cp);      /* upper, lower or title */
bool unicode_iscase_ignorable(uint32_t cp); /* Case_Ignorable (for the final-sigma rule) */
bool unicode_isprintable(uint32_t cp);  /* str.isprintable(): not C*, Z* except ' ' */
bool unicode_is_id_start(uint32_t cp);  /* XID_Start or '_' */
bool unicode_is_id_continue(uint32_t cp); /* XID_Continue */

/* Value 0..9 of a decimal digit (category Nd), -1 for any other code point. */
int unicode_decimal_value(uint32_t cp);

/* Simple (one-to-one) case mappings; a code point without a mapping maps to itself. */
uint32_t unicode_toupper(uint32_t cp);
uint32_t unicode_tolower(uint32_t cp);
uint32_t unicode_totitle(uint32_t cp);

/* Full case mappings (SpecialCasing: 'ß'.upper() == 'SS'). Write 1 to 3 code points into
 * out and return how many. The final-sigma rule needs context and is applied by str.c. */
#define UNICODE_MAX_EXPANSION 3
int unicode_full_upper(uint32_t cp, uint32_t out[UNICODE_MAX_EXPANSION]);
int unicode_full_lower(uint32_t cp, uint32_t out[UNICODE_MAX_EXPANSION]);
int unicode_full_title(uint32_t cp, uint32_t out[UNICODE_MAX_EXPANSION]);
int unicode_full_fold(uint32_t cp, uint32_t out[UNICODE_MAX_EXPANSION]);

#endif
