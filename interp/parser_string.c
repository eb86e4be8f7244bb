/* parser_string.c — string and bytes literals, implicit concatenation and f-strings.
 *
 * Follows CPython 3.11's string_parser.c: a STRING token is decoded here (prefixes, escapes,
 * "bytes can only contain ASCII literal characters"), adjacent literals are joined (a JoinedStr
 * if any is an f-string, else one Constant; mixing bytes and str is an error), and an
 * f-string's replacement fields are located by scanning (3.11 rules: no backslash or '#' in
 * an expression, quotes must differ from the enclosing ones) and each expression is parsed by
 * a sub-parser over "(" text ")" with CPython's position shifting. Escape errors use CPython's
 * "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: ..." whose
 * positions count each non-ASCII character as 10 bytes, as CPython's re-encoding does.
 * \N{...} knows the names of a fixed table of common characters (Latin-1, Greek, punctuation,
 * arrows, math, box drawing, symbols, a few emoji, ASCII and control aliases); any other name
 * is "unknown Unicode character name".
 */
#include "interp/parser_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- a growable byte buffer (malloc'd; freed by its user) ------------------------------------ */

typedef struct {
    char *data;   /* bytes, not NUL-terminated */
    size_t len;   /* bytes used */
    size_t cap;   /* bytes allocated */
} AwStrBuf;

static bool buf_reserve(AwParser *p, AwStrBuf *b, size_t more)
{
    if (b->len + more <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + more)
        cap *= 2;
    char *data = realloc(b->data, cap);
    if (!data) {
        parser_error_range(p, AW_SYNTAX_ERROR, (AwPos){0, -1}, (AwPos){0, 0}, "out of memory");
        return false;
    }
    b->data = data;
    b->cap = cap;
    return true;
}

static bool buf_add(AwParser *p, AwStrBuf *b, const char *s, size_t n)
{
    if (n == 0)
        return true;
    if (!buf_reserve(p, b, n))
        return false;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    return true;
}

static bool buf_add_utf8(AwParser *p, AwStrBuf *b, unsigned cp)
{
    char out[4];
    size_t n;
    if (cp < 0x80) {
        out[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return buf_add(p, b, out, n);
}

/* ---- \N{...} names --------------------------------------------------------------------------- */

static const struct { const char *name; unsigned cp; } CHAR_NAMES[] = {
    {"ACUTE ACCENT", 0xB4}, {"ALARM CLOCK", 0x23F0}, {"ALMOST EQUAL TO", 0x2248},
    {"AMPERSAND", 0x26}, {"APOSTROPHE", 0x27}, {"ASTERISK", 0x2A}, {"BACKSPACE", 0x8},
    {"BALLOT X", 0x2717}, {"BEAMED EIGHTH NOTES", 0x266B}, {"BELL", 0x7},
    {"BLACK CIRCLE", 0x25CF}, {"BLACK CLUB SUIT", 0x2663}, {"BLACK DIAMOND SUIT", 0x2666},
    {"BLACK DOWN-POINTING TRIANGLE", 0x25BC}, {"BLACK FLAG", 0x2691},
    {"BLACK HEART SUIT", 0x2665}, {"BLACK LEFT-POINTING TRIANGLE", 0x25C0},
    {"BLACK QUESTION MARK ORNAMENT", 0x2753}, {"BLACK RIGHT POINTING INDEX", 0x261B},
    {"BLACK RIGHT-POINTING TRIANGLE", 0x25B6}, {"BLACK RIGHTWARDS ARROW", 0x27A1},
    {"BLACK SPADE SUIT", 0x2660}, {"BLACK SQUARE", 0x25A0}, {"BLACK STAR", 0x2605},
    {"BLACK SUN WITH RAYS", 0x2600}, {"BLACK TELEPHONE", 0x260E},
    {"BLACK UP-POINTING TRIANGLE", 0x25B2}, {"BOM", 0xFEFF},
    {"BOX DRAWINGS DOUBLE HORIZONTAL", 0x2550}, {"BOX DRAWINGS DOUBLE VERTICAL", 0x2551},
    {"BOX DRAWINGS LIGHT DOWN AND HORIZONTAL", 0x252C},
    {"BOX DRAWINGS LIGHT DOWN AND LEFT", 0x2510}, {"BOX DRAWINGS LIGHT DOWN AND RIGHT", 0x250C},
    {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500}, {"BOX DRAWINGS LIGHT UP AND HORIZONTAL", 0x2534},
    {"BOX DRAWINGS LIGHT UP AND LEFT", 0x2518}, {"BOX DRAWINGS LIGHT UP AND RIGHT", 0x2514},
    {"BOX DRAWINGS LIGHT VERTICAL", 0x2502},
    {"BOX DRAWINGS LIGHT VERTICAL AND HORIZONTAL", 0x253C},
    {"BOX DRAWINGS LIGHT VERTICAL AND LEFT", 0x2524},
    {"BOX DRAWINGS LIGHT VERTICAL AND RIGHT", 0x251C}, {"BROKEN BAR", 0xA6}, {"BUG", 0x1F41B},
    {"BULLET", 0x2022}, {"CARRIAGE RETURN", 0xD}, {"CEDILLA", 0xB8}, {"CENT SIGN", 0xA2},
    {"CHARACTER TABULATION", 0x9}, {"CHECK MARK", 0x2713}, {"CHEQUERED FLAG", 0x1F3C1},
    {"CIRCUMFLEX ACCENT", 0x5E}, {"CLOUD", 0x2601}, {"COLLISION SYMBOL", 0x1F4A5},
    {"COLON", 0x3A}, {"COMMA", 0x2C}, {"COMMERCIAL AT", 0x40}, {"COPYRIGHT SIGN", 0xA9},
    {"CR", 0xD}, {"CROSS MARK", 0x274C}, {"CRYING FACE", 0x1F622}, {"CURRENCY SIGN", 0xA4},
    {"DAGGER", 0x2020}, {"DARK SHADE", 0x2593}, {"DEGREE CELSIUS", 0x2103},
    {"DEGREE FAHRENHEIT", 0x2109}, {"DEGREE SIGN", 0xB0}, {"DELETE", 0x7F}, {"DIAERESIS", 0xA8},
    {"DIGIT EIGHT", 0x38}, {"DIGIT FIVE", 0x35}, {"DIGIT FOUR", 0x34}, {"DIGIT NINE", 0x39},
    {"DIGIT ONE", 0x31}, {"DIGIT SEVEN", 0x37}, {"DIGIT SIX", 0x36}, {"DIGIT THREE", 0x33},
    {"DIGIT TWO", 0x32}, {"DIGIT ZERO", 0x30}, {"DIVISION SIGN", 0xF7}, {"DOLLAR SIGN", 0x24},
    {"DOT OPERATOR", 0x22C5}, {"DOUBLE DAGGER", 0x2021}, {"DOUBLE EXCLAMATION MARK", 0x203C},
    {"DOUBLE LOW-9 QUOTATION MARK", 0x201E}, {"DOUBLE PRIME", 0x2033},
    {"DOUBLE VERTICAL LINE", 0x2016}, {"DOWNWARDS ARROW", 0x2193},
    {"EIGHT SPOKED ASTERISK", 0x2733}, {"EIGHTH NOTE", 0x266A}, {"ELECTRIC LIGHT BULB", 0x1F4A1},
    {"ELEMENT OF", 0x2208}, {"EM DASH", 0x2014}, {"EMPTY SET", 0x2205}, {"EN DASH", 0x2013},
    {"EQUALS SIGN", 0x3D}, {"ESC", 0x1B}, {"ESCAPE", 0x1B}, {"EURO SIGN", 0x20AC},
    {"EXCLAMATION MARK", 0x21}, {"FACE SCREAMING IN FEAR", 0x1F631},
    {"FACE WITH PARTY HORN AND PARTY HAT", 0x1F973}, {"FACE WITH TEARS OF JOY", 0x1F602},
    {"FEMININE ORDINAL INDICATOR", 0xAA}, {"FIGURE DASH", 0x2012}, {"FIRE", 0x1F525},
    {"FOR ALL", 0x2200}, {"FORM FEED", 0xC}, {"FOUR LEAF CLOVER", 0x1F340},
    {"FRACTION SLASH", 0x2044}, {"FULL BLOCK", 0x2588}, {"FULL STOP", 0x2E},
    {"GLOWING STAR", 0x1F31F}, {"GRAVE ACCENT", 0x60}, {"GREATER-THAN OR EQUAL TO", 0x2265},
    {"GREATER-THAN SIGN", 0x3E}, {"GREEK CAPITAL LETTER ALPHA", 0x391},
    {"GREEK CAPITAL LETTER BETA", 0x392}, {"GREEK CAPITAL LETTER CHI", 0x3A7},
    {"GREEK CAPITAL LETTER DELTA", 0x394}, {"GREEK CAPITAL LETTER EPSILON", 0x395},
    {"GREEK CAPITAL LETTER ETA", 0x397}, {"GREEK CAPITAL LETTER GAMMA", 0x393},
    {"GREEK CAPITAL LETTER IOTA", 0x399}, {"GREEK CAPITAL LETTER KAPPA", 0x39A},
    {"GREEK CAPITAL LETTER LAMDA", 0x39B}, {"GREEK CAPITAL LETTER MU", 0x39C},
    {"GREEK CAPITAL LETTER NU", 0x39D}, {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
    {"GREEK CAPITAL LETTER OMICRON", 0x39F}, {"GREEK CAPITAL LETTER PHI", 0x3A6},
    {"GREEK CAPITAL LETTER PI", 0x3A0}, {"GREEK CAPITAL LETTER PSI", 0x3A8},
    {"GREEK CAPITAL LETTER RHO", 0x3A1}, {"GREEK CAPITAL LETTER SIGMA", 0x3A3},
    {"GREEK CAPITAL LETTER TAU", 0x3A4}, {"GREEK CAPITAL LETTER THETA", 0x398},
    {"GREEK CAPITAL LETTER UPSILON", 0x3A5}, {"GREEK CAPITAL LETTER XI", 0x39E},
    {"GREEK CAPITAL LETTER ZETA", 0x396}, {"GREEK SMALL LETTER ALPHA", 0x3B1},
    {"GREEK SMALL LETTER BETA", 0x3B2}, {"GREEK SMALL LETTER CHI", 0x3C7},
    {"GREEK SMALL LETTER DELTA", 0x3B4}, {"GREEK SMALL LETTER EPSILON", 0x3B5},
    {"GREEK SMALL LETTER ETA", 0x3B7}, {"GREEK SMALL LETTER FINAL SIGMA", 0x3C2},
    {"GREEK SMALL LETTER GAMMA", 0x3B3}, {"GREEK SMALL LETTER IOTA", 0x3B9},
    {"GREEK SMALL LETTER KAPPA", 0x3BA}, {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK SMALL LETTER MU", 0x3BC}, {"GREEK SMALL LETTER NU", 0x3BD},
    {"GREEK SMALL LETTER OMEGA", 0x3C9}, {"GREEK SMALL LETTER OMICRON", 0x3BF},
    {"GREEK SMALL LETTER PHI", 0x3C6}, {"GREEK SMALL LETTER PI", 0x3C0},
    {"GREEK SMALL LETTER PSI", 0x3C8}, {"GREEK SMALL LETTER RHO", 0x3C1},
    {"GREEK SMALL LETTER SIGMA", 0x3C3}, {"GREEK SMALL LETTER TAU", 0x3C4},
    {"GREEK SMALL LETTER THETA", 0x3B8}, {"GREEK SMALL LETTER UPSILON", 0x3C5},
    {"GREEK SMALL LETTER XI", 0x3BE}, {"GREEK SMALL LETTER ZETA", 0x3B6},
    {"GRINNING FACE", 0x1F600}, {"GRINNING FACE WITH SMILING EYES", 0x1F601},
    {"GRINNING FACE WITH STAR EYES", 0x1F929}, {"HEAVY BALLOT X", 0x2718},
    {"HEAVY BLACK HEART", 0x2764}, {"HEAVY CHECK MARK", 0x2714},
    {"HEAVY EXCLAMATION MARK SYMBOL", 0x2757}, {"HEAVY MULTIPLICATION X", 0x2716},
    {"HIGH VOLTAGE SIGN", 0x26A1}, {"HORIZONTAL BAR", 0x2015}, {"HORIZONTAL ELLIPSIS", 0x2026},
    {"HOT BEVERAGE", 0x2615}, {"HOURGLASS", 0x231B}, {"HOURGLASS WITH FLOWING SAND", 0x23F3},
    {"HUNDRED POINTS SYMBOL", 0x1F4AF}, {"HYPHEN", 0x2010}, {"HYPHEN-MINUS", 0x2D},
    {"IDENTICAL TO", 0x2261}, {"INDIAN RUPEE SIGN", 0x20B9}, {"INFINITY", 0x221E},
    {"INTEGRAL", 0x222B}, {"INTERSECTION", 0x2229}, {"INVERTED EXCLAMATION MARK", 0xA1},
    {"INVERTED QUESTION MARK", 0xBF}, {"LATIN CAPITAL LETTER A", 0x41},
    {"LATIN CAPITAL LETTER A WITH ACUTE", 0xC1}, {"LATIN CAPITAL LETTER A WITH CIRCUMFLEX", 0xC2},
    {"LATIN CAPITAL LETTER A WITH DIAERESIS", 0xC4}, {"LATIN CAPITAL LETTER A WITH GRAVE", 0xC0},
    {"LATIN CAPITAL LETTER A WITH RING ABOVE", 0xC5}, {"LATIN CAPITAL LETTER A WITH TILDE", 0xC3},
    {"LATIN CAPITAL LETTER AE", 0xC6}, {"LATIN CAPITAL LETTER B", 0x42},
    {"LATIN CAPITAL LETTER C", 0x43}, {"LATIN CAPITAL LETTER C WITH CEDILLA", 0xC7},
    {"LATIN CAPITAL LETTER D", 0x44}, {"LATIN CAPITAL LETTER E", 0x45},
    {"LATIN CAPITAL LETTER E WITH ACUTE", 0xC9}, {"LATIN CAPITAL LETTER E WITH CIRCUMFLEX", 0xCA},
    {"LATIN CAPITAL LETTER E WITH DIAERESIS", 0xCB}, {"LATIN CAPITAL LETTER E WITH GRAVE", 0xC8},
    {"LATIN CAPITAL LETTER ETH", 0xD0}, {"LATIN CAPITAL LETTER F", 0x46},
    {"LATIN CAPITAL LETTER G", 0x47}, {"LATIN CAPITAL LETTER H", 0x48},
    {"LATIN CAPITAL LETTER I", 0x49}, {"LATIN CAPITAL LETTER I WITH ACUTE", 0xCD},
    {"LATIN CAPITAL LETTER I WITH CIRCUMFLEX", 0xCE},
    {"LATIN CAPITAL LETTER I WITH DIAERESIS", 0xCF}, {"LATIN CAPITAL LETTER I WITH GRAVE", 0xCC},
    {"LATIN CAPITAL LETTER J", 0x4A}, {"LATIN CAPITAL LETTER K", 0x4B},
    {"LATIN CAPITAL LETTER L", 0x4C}, {"LATIN CAPITAL LETTER M", 0x4D},
    {"LATIN CAPITAL LETTER N", 0x4E}, {"LATIN CAPITAL LETTER N WITH TILDE", 0xD1},
    {"LATIN CAPITAL LETTER O", 0x4F}, {"LATIN CAPITAL LETTER O WITH ACUTE", 0xD3},
    {"LATIN CAPITAL LETTER O WITH CIRCUMFLEX", 0xD4},
    {"LATIN CAPITAL LETTER O WITH DIAERESIS", 0xD6}, {"LATIN CAPITAL LETTER O WITH GRAVE", 0xD2},
    {"LATIN CAPITAL LETTER O WITH STROKE", 0xD8}, {"LATIN CAPITAL LETTER O WITH TILDE", 0xD5},
    {"LATIN CAPITAL LETTER P", 0x50}, {"LATIN CAPITAL LETTER Q", 0x51},
    {"LATIN CAPITAL LETTER R", 0x52}, {"LATIN CAPITAL LETTER S", 0x53},
    {"LATIN CAPITAL LETTER T", 0x54}, {"LATIN CAPITAL LETTER THORN", 0xDE},
    {"LATIN CAPITAL LETTER U", 0x55}, {"LATIN CAPITAL LETTER U WITH ACUTE", 0xDA},
    {"LATIN CAPITAL LETTER U WITH CIRCUMFLEX", 0xDB},
    {"LATIN CAPITAL LETTER U WITH DIAERESIS", 0xDC}, {"LATIN CAPITAL LETTER U WITH GRAVE", 0xD9},
    {"LATIN CAPITAL LETTER V", 0x56}, {"LATIN CAPITAL LETTER W", 0x57},
    {"LATIN CAPITAL LETTER X", 0x58}, {"LATIN CAPITAL LETTER Y", 0x59},
    {"LATIN CAPITAL LETTER Y WITH ACUTE", 0xDD}, {"LATIN CAPITAL LETTER Z", 0x5A},
    {"LATIN CROSS", 0x271D}, {"LATIN SMALL LETTER A", 0x61},
    {"LATIN SMALL LETTER A WITH ACUTE", 0xE1}, {"LATIN SMALL LETTER A WITH CIRCUMFLEX", 0xE2},
    {"LATIN SMALL LETTER A WITH DIAERESIS", 0xE4}, {"LATIN SMALL LETTER A WITH GRAVE", 0xE0},
    {"LATIN SMALL LETTER A WITH RING ABOVE", 0xE5}, {"LATIN SMALL LETTER A WITH TILDE", 0xE3},
    {"LATIN SMALL LETTER AE", 0xE6}, {"LATIN SMALL LETTER B", 0x62},
    {"LATIN SMALL LETTER C", 0x63}, {"LATIN SMALL LETTER C WITH CEDILLA", 0xE7},
    {"LATIN SMALL LETTER D", 0x64}, {"LATIN SMALL LETTER E", 0x65},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9}, {"LATIN SMALL LETTER E WITH CIRCUMFLEX", 0xEA},
    {"LATIN SMALL LETTER E WITH DIAERESIS", 0xEB}, {"LATIN SMALL LETTER E WITH GRAVE", 0xE8},
    {"LATIN SMALL LETTER ETH", 0xF0}, {"LATIN SMALL LETTER F", 0x66},
    {"LATIN SMALL LETTER G", 0x67}, {"LATIN SMALL LETTER H", 0x68},
    {"LATIN SMALL LETTER I", 0x69}, {"LATIN SMALL LETTER I WITH ACUTE", 0xED},
    {"LATIN SMALL LETTER I WITH CIRCUMFLEX", 0xEE}, {"LATIN SMALL LETTER I WITH DIAERESIS", 0xEF},
    {"LATIN SMALL LETTER I WITH GRAVE", 0xEC}, {"LATIN SMALL LETTER J", 0x6A},
    {"LATIN SMALL LETTER K", 0x6B}, {"LATIN SMALL LETTER L", 0x6C},
    {"LATIN SMALL LETTER M", 0x6D}, {"LATIN SMALL LETTER N", 0x6E},
    {"LATIN SMALL LETTER N WITH TILDE", 0xF1}, {"LATIN SMALL LETTER O", 0x6F},
    {"LATIN SMALL LETTER O WITH ACUTE", 0xF3}, {"LATIN SMALL LETTER O WITH CIRCUMFLEX", 0xF4},
    {"LATIN SMALL LETTER O WITH DIAERESIS", 0xF6}, {"LATIN SMALL LETTER O WITH GRAVE", 0xF2},
    {"LATIN SMALL LETTER O WITH STROKE", 0xF8}, {"LATIN SMALL LETTER O WITH TILDE", 0xF5},
    {"LATIN SMALL LETTER P", 0x70}, {"LATIN SMALL LETTER Q", 0x71},
    {"LATIN SMALL LETTER R", 0x72}, {"LATIN SMALL LETTER S", 0x73},
    {"LATIN SMALL LETTER SHARP S", 0xDF}, {"LATIN SMALL LETTER T", 0x74},
    {"LATIN SMALL LETTER THORN", 0xFE}, {"LATIN SMALL LETTER U", 0x75},
    {"LATIN SMALL LETTER U WITH ACUTE", 0xFA}, {"LATIN SMALL LETTER U WITH CIRCUMFLEX", 0xFB},
    {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC}, {"LATIN SMALL LETTER U WITH GRAVE", 0xF9},
    {"LATIN SMALL LETTER V", 0x76}, {"LATIN SMALL LETTER W", 0x77},
    {"LATIN SMALL LETTER X", 0x78}, {"LATIN SMALL LETTER Y", 0x79},
    {"LATIN SMALL LETTER Y WITH ACUTE", 0xFD}, {"LATIN SMALL LETTER Y WITH DIAERESIS", 0xFF},
    {"LATIN SMALL LETTER Z", 0x7A}, {"LEFT CURLY BRACKET", 0x7B},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C}, {"LEFT PARENTHESIS", 0x28},
    {"LEFT RIGHT ARROW", 0x2194}, {"LEFT RIGHT DOUBLE ARROW", 0x21D4},
    {"LEFT SINGLE QUOTATION MARK", 0x2018}, {"LEFT SQUARE BRACKET", 0x5B},
    {"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB}, {"LEFTWARDS ARROW", 0x2190},
    {"LESS-THAN OR EQUAL TO", 0x2264}, {"LESS-THAN SIGN", 0x3C}, {"LF", 0xA},
    {"LIGHT SHADE", 0x2591}, {"LINE FEED", 0xA}, {"LOGICAL AND", 0x2227}, {"LOGICAL OR", 0x2228},
    {"LOUDLY CRYING FACE", 0x1F62D}, {"LOW LINE", 0x5F}, {"MACRON", 0xAF},
    {"MASCULINE ORDINAL INDICATOR", 0xBA}, {"MEDIUM SHADE", 0x2592}, {"MICRO SIGN", 0xB5},
    {"MIDDLE DOT", 0xB7}, {"MINUS SIGN", 0x2212}, {"MULTIPLICATION SIGN", 0xD7},
    {"N-ARY PRODUCT", 0x220F}, {"N-ARY SUMMATION", 0x2211}, {"NABLA", 0x2207}, {"NBSP", 0xA0},
    {"NEGATIVE SQUARED CROSS MARK", 0x274E}, {"NEW LINE", 0xA}, {"NO ENTRY", 0x26D4},
    {"NO-BREAK SPACE", 0xA0}, {"NON-BREAKING HYPHEN", 0x2011}, {"NOT AN ELEMENT OF", 0x2209},
    {"NOT EQUAL TO", 0x2260}, {"NOT SIGN", 0xAC}, {"NULL", 0x0}, {"NUMBER SIGN", 0x23},
    {"NUMERO SIGN", 0x2116}, {"OHM SIGN", 0x2126}, {"PACKAGE", 0x1F4E6},
    {"PARTIAL DIFFERENTIAL", 0x2202}, {"PARTY POPPER", 0x1F389}, {"PER MILLE SIGN", 0x2030},
    {"PERCENT SIGN", 0x25}, {"PERSONAL COMPUTER", 0x1F4BB}, {"PILCROW SIGN", 0xB6},
    {"PILE OF POO", 0x1F4A9}, {"PLUS SIGN", 0x2B}, {"PLUS-MINUS SIGN", 0xB1},
    {"POUND SIGN", 0xA3}, {"PRIME", 0x2032}, {"QUESTION MARK", 0x3F}, {"QUOTATION MARK", 0x22},
    {"RABBIT", 0x1F407}, {"RAINBOW", 0x1F308}, {"REGISTERED SIGN", 0xAE},
    {"REPLACEMENT CHARACTER", 0xFFFD}, {"REVERSE SOLIDUS", 0x5C}, {"RIGHT CURLY BRACKET", 0x7D},
    {"RIGHT DOUBLE QUOTATION MARK", 0x201D}, {"RIGHT PARENTHESIS", 0x29},
    {"RIGHT SINGLE QUOTATION MARK", 0x2019}, {"RIGHT SQUARE BRACKET", 0x5D},
    {"RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB}, {"RIGHTWARDS ARROW", 0x2192},
    {"RIGHTWARDS DOUBLE ARROW", 0x21D2}, {"ROCKET", 0x1F680},
    {"ROLLING ON THE FLOOR LAUGHING", 0x1F923}, {"RUBLE SIGN", 0x20BD}, {"SECTION SIGN", 0xA7},
    {"SEMICOLON", 0x3B}, {"SINGLE LEFT-POINTING ANGLE QUOTATION MARK", 0x2039},
    {"SINGLE LOW-9 QUOTATION MARK", 0x201A},
    {"SINGLE RIGHT-POINTING ANGLE QUOTATION MARK", 0x203A}, {"SLIGHTLY SMILING FACE", 0x1F642},
    {"SMILING FACE WITH HEART-SHAPED EYES", 0x1F60D}, {"SMILING FACE WITH OPEN MOUTH", 0x1F603},
    {"SMILING FACE WITH OPEN MOUTH AND SMILING EYES", 0x1F604},
    {"SMILING FACE WITH SMILING EYES", 0x1F60A}, {"SMILING FACE WITH SUNGLASSES", 0x1F60E},
    {"SNAIL", 0x1F40C}, {"SNAKE", 0x1F40D}, {"SNOWFLAKE", 0x2744}, {"SNOWMAN", 0x2603},
    {"SOFT HYPHEN", 0xAD}, {"SOLIDUS", 0x2F}, {"SPACE", 0x20}, {"SPARKLES", 0x2728},
    {"SQUARE ROOT", 0x221A}, {"SUBSET OF", 0x2282}, {"SUPERSCRIPT ONE", 0xB9},
    {"SUPERSCRIPT THREE", 0xB3}, {"SUPERSCRIPT TWO", 0xB2}, {"SUPERSET OF", 0x2283}, {"TAB", 0x9},
    {"THERE EXISTS", 0x2203}, {"THINKING FACE", 0x1F914}, {"THUMBS DOWN SIGN", 0x1F44E},
    {"THUMBS UP SIGN", 0x1F44D}, {"TILDE", 0x7E}, {"TRADE MARK SIGN", 0x2122},
    {"TURTLE", 0x1F422}, {"UMBRELLA WITH RAIN DROPS", 0x2614}, {"UNION", 0x222A},
    {"UPSIDE-DOWN FACE", 0x1F643}, {"UPWARDS ARROW", 0x2191}, {"VERTICAL LINE", 0x7C},
    {"VULGAR FRACTION ONE HALF", 0xBD}, {"VULGAR FRACTION ONE QUARTER", 0xBC},
    {"VULGAR FRACTION THREE QUARTERS", 0xBE}, {"WARNING SIGN", 0x26A0},
    {"WAVING HAND SIGN", 0x1F44B}, {"WHITE CIRCLE", 0x25CB}, {"WHITE FLAG", 0x2690},
    {"WHITE FROWNING FACE", 0x2639}, {"WHITE HEAVY CHECK MARK", 0x2705},
    {"WHITE MEDIUM STAR", 0x2B50}, {"WHITE QUESTION MARK ORNAMENT", 0x2754},
    {"WHITE SMILING FACE", 0x263A}, {"WHITE SQUARE", 0x25A1}, {"WHITE STAR", 0x2606},
    {"WINKING FACE", 0x1F609}, {"WRENCH", 0x1F527}, {"YEN SIGN", 0xA5},
    {"ZERO WIDTH JOINER", 0x200D}, {"ZERO WIDTH NO-BREAK SPACE", 0xFEFF},
    {"ZERO WIDTH NON-JOINER", 0x200C}, {"ZERO WIDTH SPACE", 0x200B},
};

static bool lookup_name(const char *name, size_t n, unsigned *cp)
{
    char upper[128];
    if (n >= sizeof upper)
        return false;
    for (size_t i = 0; i < n; i++)
        upper[i] = (name[i] >= 'a' && name[i] <= 'z') ? (char)(name[i] - 32) : name[i];
    upper[n] = 0;
    size_t lo = 0, hi = sizeof CHAR_NAMES / sizeof CHAR_NAMES[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int cmp = strcmp(CHAR_NAMES[mid].name, upper);
        if (cmp == 0) {
            *cp = CHAR_NAMES[mid].cp;
            return true;
        }
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

/* ---- escape decoding --------------------------------------------------------------------------- */

/* Position of s in CPython's re-encoded buffer, where a non-ASCII character became a
 * 10-byte "\U%08x" escape before unicode-escape decoding. */
static long escape_position(const char *begin, const char *s)
{
    long pos = 0;
    for (const char *c = begin; c < s;) {
        if ((unsigned char)*c < 0x80) {
            pos++;
            c++;
        } else {
            int n;
            lexer_decode_utf8(c, &n);
            pos += 10;
            c += n;
        }
    }
    return pos;
}

static void *escape_error(AwParser *p, const char *begin, const char *from, const char *to,
                          const char *why)
{
    long start = escape_position(begin, from), end = escape_position(begin, to);
    if (end - start == 1)
        return parser_error_token(p, &p->last_fetched, "(unicode error) 'unicodeescape' codec "
                                  "can't decode byte 0x%02x in position %ld: %s",
                                  (unsigned char)*from, start, why);
    return parser_error_token(p, &p->last_fetched, "(unicode error) 'unicodeescape' codec "
                              "can't decode bytes in position %ld-%ld: %s", start, end - 1, why);
}

static int hex_value(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* One escape after a backslash in a str literal; *s points after the backslash. */
static bool str_escape(AwParser *p, AwStrBuf *out, const char *begin, const char **s,
                       const char *end)
{
    const char *bs = *s - 1;
    char c = *(*s)++;
    static const char SIMPLE_FROM[] = "\n\\'\"abfnrtv";
    static const char SIMPLE_TO[] = "\0\\'\"\a\b\f\n\r\t\v";
    const char *simple = memchr(SIMPLE_FROM, c, sizeof SIMPLE_FROM - 1);
    if (simple) {
        if (c == '\n')
            return true;   /* backslash-newline: line continuation inside the literal */
        return buf_add(p, out, &SIMPLE_TO[simple - SIMPLE_FROM], 1);
    }
    if (c >= '0' && c <= '7') {
        unsigned value = (unsigned)(c - '0');
        for (int i = 0; i < 2 && *s < end && **s >= '0' && **s <= '7'; i++)
            value = value * 8 + (unsigned)(*(*s)++ - '0');
        return buf_add_utf8(p, out, value);
    }
    if (c == 'x' || c == 'u' || c == 'U') {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        const char *why = c == 'x' ? "truncated \\xXX escape"
                          : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
        unsigned value = 0;
        for (; count; count--, (*s)++) {
            if (*s >= end || hex_value(**s) < 0)
                return escape_error(p, begin, bs, *s, why), false;
            value = value * 16 + (unsigned)hex_value(**s);
        }
        if (value > 0x10FFFF)
            return escape_error(p, begin, bs, *s, "illegal Unicode character"), false;
        return buf_add_utf8(p, out, value);
    }
    if (c == 'N') {
        const char *why = "malformed \\N character escape";
        if (*s >= end || **s != '{')
            return escape_error(p, begin, bs, *s, why), false;
        const char *name = ++*s;
        while (*s < end && **s != '}')
            (*s)++;
        if (*s >= end || *s == name)
            return escape_error(p, begin, bs, *s, why), false;
        unsigned cp;
        bool found = lookup_name(name, (size_t)(*s - name), &cp);
        (*s)++;
        if (!found)
            return escape_error(p, begin, bs, *s, "unknown Unicode character name"), false;
        return buf_add_utf8(p, out, cp);
    }
    /* an invalid escape stays as written (CPython warns, we do not) */
    char keep[2] = {'\\', c};
    if ((unsigned char)c >= 0x80) {
        int n;
        lexer_decode_utf8(*s - 1, &n);
        if (!buf_add(p, out, keep, 1))
            return false;
        return buf_add(p, out, *s - 1, (size_t)n) && ((*s += n - 1), true);
    }
    return buf_add(p, out, keep, 2);
}

/* Decodes a str literal body (not raw). */
static bool decode_str(AwParser *p, AwStrBuf *out, const char *s, const char *end)
{
    const char *begin = s;
    while (s < end) {
        const char *bs = memchr(s, '\\', (size_t)(end - s));
        if (!bs)
            return buf_add(p, out, s, (size_t)(end - s));
        if (!buf_add(p, out, s, (size_t)(bs - s)))
            return false;
        s = bs + 1;
        if (s >= end)
            return buf_add(p, out, "\\", 1);
        if (!str_escape(p, out, begin, &s, end))
            return false;
    }
    return true;
}

/* Decodes a bytes literal body (not raw); CPython's PyBytes_DecodeEscape. */
static bool decode_bytes(AwParser *p, AwStrBuf *out, const char *s, const char *end)
{
    const char *begin = s;
    while (s < end) {
        if (*s != '\\') {
            if (!buf_add(p, out, s++, 1))
                return false;
            continue;
        }
        const char *bs = s++;
        if (s >= end)
            return buf_add(p, out, "\\", 1);
        char c = *s++;
        static const char SIMPLE_FROM[] = "\n\\'\"abfnrtv";
        static const char SIMPLE_TO[] = "\0\\'\"\a\b\f\n\r\t\v";
        const char *simple = memchr(SIMPLE_FROM, c, sizeof SIMPLE_FROM - 1);
        char byte;
        if (simple) {
            if (c == '\n')
                continue;
            byte = SIMPLE_TO[simple - SIMPLE_FROM];
        } else if (c >= '0' && c <= '7') {
            unsigned value = (unsigned)(c - '0');
            for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++)
                value = value * 8 + (unsigned)(*s++ - '0');
            byte = (char)(value & 0xFF);
        } else if (c == 'x') {
            if (end - s < 2 || hex_value(s[0]) < 0 || hex_value(s[1]) < 0) {
                parser_error_token(p, &p->last_fetched,
                                   "(value error) invalid \\x escape at position %ld",
                                   (long)(bs - begin));
                return false;
            }
            byte = (char)(hex_value(s[0]) * 16 + hex_value(s[1]));
            s += 2;
        } else {
            char keep[2] = {'\\', c};
            if (!buf_add(p, out, keep, 2))
                return false;
            continue;
        }
        if (!buf_add(p, out, &byte, 1))
            return false;
    }
    return true;
}

/* ---- one literal token --------------------------------------------------------------------------- */

typedef struct {
    bool is_bytes;      /* b prefix */
    bool is_raw;        /* r prefix */
    bool is_fstring;    /* f prefix */
    const char *body;   /* text between the quotes */
    const char *end;    /* end of the body */
} AwLiteral;

static AwLiteral split_literal(AwParser *p, const AwToken *tok)
{
    AwLiteral lit = {false, false, false, NULL, NULL};
    const char *s = p->src + tok->start;
    const char *stop = p->src + tok->end;
    for (; *s != '\'' && *s != '"'; s++) {
        char c = (char)(*s | 0x20);
        lit.is_bytes |= c == 'b';
        lit.is_raw |= c == 'r';
        lit.is_fstring |= c == 'f';
    }
    int quote_len = (stop - s >= 6 && s[1] == s[0] && s[2] == s[0]) ? 3 : 1;
    lit.body = s + quote_len;
    lit.end = stop - quote_len;
    return lit;
}

/* ---- f-strings ------------------------------------------------------------------------------------ */

/* The pieces of a JoinedStr being built: pending literal text, values on the scratch stack. */
typedef struct {
    AwStrBuf text;        /* literal text not yet turned into a Constant */
    int mark;           /* scratch index of the first value */
    bool fmode;         /* an f-string was seen: the result is a JoinedStr */
    AwPos start;        /* span of all the tokens (CPython gives every part this span) */
    AwPos end;
} AwFState;

static AwNode *str_constant(AwParser *p, const AwStrBuf *text, AwPos start, AwPos end)
{
    AwNode *node = parser_node_at(p, NODE_CONSTANT, start, end);
    if (!node)
        return NULL;
    node->u.constant.kind = AW_CONST_STR;
    node->u.constant.text = parser_strndup(p, text->len ? text->data : "", text->len);
    node->u.constant.len = text->len;
    return node->u.constant.text ? node : NULL;
}

/* Turns pending text into a Constant value of the JoinedStr. */
static bool flush_text(AwParser *p, AwFState *st)
{
    if (st->text.len == 0)
        return true;
    AwNode *node = str_constant(p, &st->text, st->start, st->end);
    st->text.len = 0;
    return node && parser_scratch_push(p, node);
}

static AwNode *fstring_parse(AwParser *p, const char **str, const char *end, bool raw,
                             int recurse, const AwToken *tok, AwPos start, AwPos stop);

/* Scans a replacement field's expression text (fstring_find_expr's loop): returns the end of
 * the expression, or NULL after an error. */
static const char *scan_expression(AwParser *p, const char *s, const char *end)
{
    char quote = 0;
    int string_type = 0, depth = 0;
    char parens[LEXER_MAX_LEVEL];
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\')
            return parser_error_token(p, &p->last_fetched,
                                      "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        quote = 0;
                        string_type = 0;
                    }
                } else {
                    quote = 0;
                    string_type = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            string_type = (s + 2 < end && s[1] == ch && s[2] == ch) ? 3 : 1;
            if (string_type == 3)
                s += 2;
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= LEXER_MAX_LEVEL)
                return parser_error_token(p, &p->last_fetched,
                                          "f-string: too many nested parenthesis");
            parens[depth++] = ch;
        } else if (ch == '#') {
            return parser_error_token(p, &p->last_fetched,
                                      "f-string expression part cannot include '#'");
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                                  ch == '>' || ch == '<')) {
            if (s + 1 < end && s[1] == '=' && ch != ':' && ch != '}') {
                s++;   /* != == <= >= */
                continue;
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (depth == 0)
                return parser_error_token(p, &p->last_fetched, "f-string: unmatched '%c'", ch);
            char opening = parens[--depth];
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
                  (opening == '{' && ch == '}')))
                return parser_error_token(p, &p->last_fetched, "f-string: closing parenthesis "
                                          "'%c' does not match opening parenthesis '%c'", ch,
                                          opening);
        }
    }
    if (quote)
        return parser_error_token(p, &p->last_fetched, "f-string: unterminated string");
    if (depth)
        return parser_error_token(p, &p->last_fetched, "f-string: unmatched '%c'",
                                  parens[depth - 1]);
    if (s >= end)
        return parser_error_token(p, &p->last_fetched, "f-string: expecting '}'");
    return s;
}

/* fstring_compile_expr: parse "(" text ")" with CPython's location shift. brace points at
 * the '{' inside the token text. */
static AwNode *compile_field(AwParser *p, const char *brace, const char *expr_end,
                             const AwToken *tok)
{
    const char *expr = brace + 1;
    const char *c = expr;
    while (c < expr_end && (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\f'))
        c++;
    if (c == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
            return parser_error_token(p, &p->last_fetched,
                                      "f-string: expression required before '%c'", *expr_end);
        return parser_error_token(p, &p->last_fetched, "f-string: empty expression not allowed");
    }
    /* fstring_find_expr_location */
    const char *tok_text = p->src + tok->start;
    bool newline_after_brace = true;
    for (c = expr; c < expr_end && *c != '}' && *c != '\n'; c++) {
        if (*c != ' ' && *c != '\t' && *c != '\f') {
            newline_after_brace = false;
            break;
        }
    }
    int lines = 0, cols = 0;
    if (!newline_after_brace) {
        const char *back = brace;
        while (back > tok_text && *back != '\n')
            back--;
        cols = (int)(brace - back) - (*back == '\n' ? 1 : 0);
    }
    for (c = tok_text; c < brace; c++)
        lines += *c == '\n';
    int len = (int)(expr_end - expr);
    char *text = parser_alloc(p, (size_t)len + 3);
    if (!text)
        return NULL;
    text[0] = '(';
    memcpy(text + 1, expr, (size_t)len);
    text[len + 1] = ')';
    /* CPython 3.11 adds the token's column only when the field is on the token's first line */
    int shift = (lines == 0 ? tok->col : 0) + cols;
    return parser_fstring_expression(p, text, len + 2, tok->line + lines, shift, NULL);
}

/* fstring_find_expr after the expression text: '=', '!c', ':spec', '}'. */
static AwNode *replacement_field(AwParser *p, AwFState *st, const char **str, const char *end,
                                 bool raw, int recurse, const AwToken *tok)
{
    if (recurse >= 2)
        return parser_error_token(p, &p->last_fetched, "f-string: expressions nested too deeply");
    const char *brace = *str;
    const char *s = scan_expression(p, brace + 1, end);
    if (!s)
        return NULL;
    AwNode *value = compile_field(p, brace, s, tok);
    if (!value)
        return NULL;
    bool debug = false;
    if (*s == '=') {
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\v' ||
                           *s == '\r'))
            s++;
        if (s >= end)
            return parser_error_token(p, &p->last_fetched, "f-string: expecting '}'");
        debug = true;
        if (!buf_add(p, &st->text, brace + 1, (size_t)(s - brace - 1)))
            return NULL;
    }
    int conversion = -1;
    if (*s == '!') {
        s++;
        if (s >= end)
            return parser_error_token(p, &p->last_fetched, "f-string: expecting '}'");
        conversion = (unsigned char)*s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return parser_error_token(p, &p->last_fetched, "f-string: invalid conversion "
                                      "character: expected 's', 'r', or 'a'");
    }
    AwNode *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        if (s >= end)
            return parser_error_token(p, &p->last_fetched, "f-string: expecting '}'");
        spec = fstring_parse(p, &s, end, raw, recurse + 1, tok, st->start, st->end);
        if (!spec)
            return NULL;
    }
    if (s >= end || *s != '}')
        return parser_error_token(p, &p->last_fetched, "f-string: expecting '}'");
    *str = s + 1;
    if (debug && !spec && conversion == -1)
        conversion = 'r';
    AwNode *node = parser_node_at(p, NODE_FORMATTED_VALUE, st->start, st->end);
    if (node) {
        node->u.formatted_value.value = value;
        node->u.formatted_value.conversion = conversion;
        node->u.formatted_value.format_spec = spec;
    }
    return node;
}

/* fstring_find_literal: text up to a single '{' (or '}' ending a format spec), decoded.
 * Returns 1 after a doubled brace (text ends with one brace, scanning goes on), 0 otherwise,
 * -1 on error. */
static int find_literal(AwParser *p, AwFState *st, const char **str, const char *end, bool raw,
                        int recurse)
{
    const char *s = *str, *literal_start = s;
    int result = 0;
    const char *lit_end;
    for (;;) {
        if (s >= end) {
            lit_end = s;
            break;
        }
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}')
                        ;
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (recurse == 0) {
                if (s < end && *s == ch) {
                    lit_end = s;
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    parser_error_token(p, &p->last_fetched, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            lit_end = s;
            break;
        }
    }
    *str = s;
done:
    if (lit_end == literal_start)
        return result;
    bool ok = raw ? buf_add(p, &st->text, literal_start, (size_t)(lit_end - literal_start))
                  : decode_str(p, &st->text, literal_start, lit_end);
    return ok ? result : -1;
}

/* _PyPegen_FstringParser_ConcatFstring: literals and fields of one f-string (or spec). */
static bool fstring_concat(AwParser *p, AwFState *st, const char **str, const char *end, bool raw,
                           int recurse, const AwToken *tok)
{
    st->fmode = true;
    for (;;) {
        int result = find_literal(p, st, str, end, raw, recurse);
        if (result < 0)
            return false;
        if (result == 1)
            continue;
        if (*str >= end || **str == '}')
            break;
        AwNode *field = replacement_field(p, st, str, end, raw, recurse, tok);
        if (!field || !flush_text(p, st) || !parser_scratch_push(p, field))
            return false;
    }
    if (recurse == 0 && *str < end) {
        parser_error_token(p, &p->last_fetched, "f-string: unexpected end of string");
        return false;
    }
    if (recurse != 0 && (*str >= end || **str != '}')) {
        parser_error_token(p, &p->last_fetched, "f-string: expecting '}'");
        return false;
    }
    return true;
}

/* A format spec: always a JoinedStr spanning the token (fstring_parse + Finish(t, t)). */
static AwNode *fstring_parse(AwParser *p, const char **str, const char *end, bool raw,
                             int recurse, const AwToken *tok, AwPos start, AwPos stop)
{
    AwFState st;
    memset(&st, 0, sizeof st);
    st.mark = parser_scratch_mark(p);
    st.start = start;
    st.end = stop;
    bool ok = fstring_concat(p, &st, str, end, raw, recurse, tok);
    AwNode *node = NULL;
    /* the spec's last literal spans this token only (CPython's Finish(t, t)) */
    st.start = (AwPos){tok->line, tok->col};
    st.end = (AwPos){tok->end_line, tok->end_col};
    if (ok && flush_text(p, &st)) {
        AwNodeList values = parser_scratch_pop(p, st.mark);
        node = parser_node_at(p, NODE_JOINED_STR, (AwPos){tok->line, tok->col},
                              (AwPos){tok->end_line, tok->end_col});
        if (node)
            node->u.joined_str.values = values;
    }
    p->scratch_len = st.mark;
    free(st.text.data);
    return node;
}

/* ---- concatenation ------------------------------------------------------------------------------ */

static bool add_literal(AwParser *p, AwFState *st, AwStrBuf *bytes, const AwLiteral *lit,
                        const AwToken *tok)
{
    if (lit->is_fstring) {
        const char *s = lit->body;
        return fstring_concat(p, st, &s, lit->end, lit->is_raw, 0, tok);
    }
    if (lit->is_bytes) {
        for (const char *c = lit->body; c < lit->end; c++)
            if ((unsigned char)*c >= 0x80)
                return parser_error_token(p, tok, "bytes can only contain ASCII literal "
                                          "characters"), false;
        if (lit->is_raw)
            return buf_add(p, bytes, lit->body, (size_t)(lit->end - lit->body));
        return decode_bytes(p, bytes, lit->body, lit->end);
    }
    if (lit->is_raw)
        return buf_add(p, &st->text, lit->body, (size_t)(lit->end - lit->body));
    return decode_str(p, &st->text, lit->body, lit->end);
}

static AwNode *finish_strings(AwParser *p, AwFState *st, AwStrBuf *bytes, bool is_bytes)
{
    if (is_bytes) {
        AwNode *node = parser_node_at(p, NODE_CONSTANT, st->start, st->end);
        if (!node)
            return NULL;
        node->u.constant.kind = AW_CONST_BYTES;
        node->u.constant.text = parser_strndup(p, bytes->len ? bytes->data : "", bytes->len);
        node->u.constant.len = bytes->len;
        return node->u.constant.text ? node : NULL;
    }
    if (!st->fmode)
        return str_constant(p, &st->text, st->start, st->end);
    if (!flush_text(p, st))
        return NULL;
    AwNodeList values = parser_scratch_pop(p, st->mark);
    AwNode *node = parser_node_at(p, NODE_JOINED_STR, st->start, st->end);
    if (node)
        node->u.joined_str.values = values;
    return node;
}

/* strings: STRING+ */
AwNode *parser_strings(AwParser *p)
{
    AwFState st;
    memset(&st, 0, sizeof st);
    st.mark = parser_scratch_mark(p);
    st.start = parser_start(p);
    int first = parser_mark(p);
    while (parser_kind(p) == TOK_STRING)
        parser_advance(p);
    st.end = p->last_end;
    int count = p->pos - first;
    parser_peek(p);   /* CPython's errors here point at the token after the strings */
    AwStrBuf bytes = {NULL, 0, 0};
    bool is_bytes = false, ok = true;
    for (int i = 0; ok && i < count; i++) {
        AwToken tok = p->toks[first + i];
        AwLiteral lit = split_literal(p, &tok);
        if (i > 0 && lit.is_bytes != is_bytes) {
            parser_error_token(p, &p->last_fetched, "cannot mix bytes and nonbytes literals");
            ok = false;
            break;
        }
        is_bytes = lit.is_bytes;
        ok = add_literal(p, &st, &bytes, &lit, &tok);
    }
    parser_release(p);
    AwNode *node = ok ? finish_strings(p, &st, &bytes, is_bytes) : NULL;
    p->scratch_len = st.mark;
    free(st.text.data);
    free(bytes.data);
    return node;
}
