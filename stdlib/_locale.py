"""_locale: the C library's locale interface, for the C locale only.

aw formats numbers, compares strings and names days the C locale's way whatever the
environment says, so this module keeps the locale names setlocale() was given (per category,
for getlocale() and for the answers CPython's locale module builds on them) but only accepts
the C locale and its UTF-8 variant; any other name raises Error as an uninstalled locale would.
The constants are glibc's."""

import os as _os

CHAR_MAX = 127
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6

CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(131072, 131079)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(131079, 131086)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8, ABMON_9, ABMON_10,
 ABMON_11, ABMON_12) = range(131086, 131098)
(MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11,
 MON_12) = range(131098, 131110)
AM_STR = 131110
PM_STR = 131111
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121
_DATE_FMT = 131180
CRNCYSTR = 262159
YESEXPR = 327680
NOEXPR = 327681


class Error(Exception):
    pass

Error.__module__ = "locale"

_CATEGORIES = (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES)
# glibc's composite LC_ALL name lists these categories too, always "C" here
_GLIBC_EXTRA = ("LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT",
                "LC_IDENTIFICATION")
_NAMES = ("LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES")

# The interpreter starts as CPython does: LC_CTYPE from the environment, the rest "C".
_current = {c: "C" for c in _CATEGORIES}


def _accepted(name):
    """The canonical spelling of a C-locale name, or None for a locale aw does not have."""
    if name in ("C", "POSIX"):
        return name
    base, dot, enc = name.partition(".")
    if base == "C" and enc.lower().replace("-", "") == "utf8":
        return name
    return None


def _from_environment(category):
    env = _os.environ
    for var in ("LC_ALL", _NAMES[category], "LANG"):
        value = env.get(var)
        if value:
            return value
    return "C"


def _env_or_c(category):
    name = _accepted(_from_environment(category))
    return name if name is not None else "C.UTF-8"


_current[LC_CTYPE] = _env_or_c(LC_CTYPE)


def _query_all():
    names = [_current[c] for c in _CATEGORIES]
    if all(n == names[0] for n in names):
        return names[0]
    parts = ["%s=%s" % (_NAMES[c], _current[c]) for c in _CATEGORIES]
    parts.extend("%s=C" % n for n in _GLIBC_EXTRA)
    return ";".join(parts)


def _parse_composite(locale):
    """The categories of a composite LC_ALL name (what setlocale(LC_ALL) answered)."""
    chosen = {}
    for part in locale.split(";"):
        key, eq, value = part.partition("=")
        name = _accepted(value)
        if not eq or name is None:
            raise Error("unsupported locale setting")
        if key in _NAMES:
            chosen[_NAMES.index(key)] = name
        elif key not in _GLIBC_EXTRA:
            raise Error("unsupported locale setting")
    return chosen


def setlocale(category, locale=None, /):
    """Activates/queries locale processing."""
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(category).__name__)
    if category not in _CATEGORIES and category != LC_ALL:
        raise Error("unsupported locale setting")
    if locale is None:
        return _query_all() if category == LC_ALL else _current[category]
    if not isinstance(locale, str):
        raise TypeError("setlocale() argument 2 must be str or None, not %s"
                        % type(locale).__name__)
    targets = _CATEGORIES if category == LC_ALL else (category,)
    if locale == "":
        chosen = {c: _env_or_c(c) for c in targets}
    elif category == LC_ALL and "=" in locale:
        chosen = _parse_composite(locale)
    else:
        name = _accepted(locale)
        if name is None:
            raise Error("unsupported locale setting")
        chosen = {c: name for c in targets}
    _current.update(chosen)
    return _query_all() if category == LC_ALL else _current[category]


def localeconv():
    """Returns numeric and monetary locale-specific parameters."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': 127, 'frac_digits': 127,
            'p_cs_precedes': 127, 'p_sep_by_space': 127, 'n_cs_precedes': 127,
            'n_sep_by_space': 127, 'p_sign_posn': 127, 'n_sign_posn': 127,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(os1, os2, /):
    """Compares two strings according to the locale (code point order in C)."""
    for s in (os1, os2):
        if not isinstance(s, str):
            raise TypeError("strcoll() argument must be str, not %s" % type(s).__name__)
    return (os1 > os2) - (os1 < os2)


def strxfrm(string, /):
    """Return a string that can be used as a key for locale-aware comparisons."""
    if not isinstance(string, str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


def _is_utf8():
    return "." in _current[LC_CTYPE]


def getencoding():
    """Get the current locale encoding."""
    return "UTF-8" if _is_utf8() else "ANSI_X3.4-1968"


_DAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_LANGINFO = {
    RADIXCHAR: ".", THOUSEP: "", AM_STR: "AM", PM_STR: "PM",
    D_T_FMT: "%a %b %e %H:%M:%S %Y", D_FMT: "%m/%d/%y", T_FMT: "%H:%M:%S",
    T_FMT_AMPM: "%I:%M:%S %p", ERA: "", ERA_D_FMT: "", ALT_DIGITS: "", ERA_D_T_FMT: "",
    ERA_T_FMT: "", _DATE_FMT: "%a %b %e %H:%M:%S %Z %Y", CRNCYSTR: "-",
    YESEXPR: "^[yY]", NOEXPR: "^[nN]",
}
for _i in range(7):
    _LANGINFO[DAY_1 + _i] = _DAYS[_i]
    _LANGINFO[ABDAY_1 + _i] = _DAYS[_i][:3]
for _i in range(12):
    _LANGINFO[MON_1 + _i] = _MONTHS[_i]
    _LANGINFO[ABMON_1 + _i] = _MONTHS[_i][:3]
del _i


def nl_langinfo(key, /):
    """Return the value for the locale information associated with key."""
    if not isinstance(key, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(key).__name__)
    if key == CODESET:
        return getencoding()
    try:
        return _LANGINFO[key]
    except KeyError:
        raise ValueError("unsupported langinfo constant") from None


def gettext(msg, /):
    return msg


def dgettext(domain, msg, /):
    return msg


def dcgettext(domain, msg, category, /):
    return msg


def textdomain(domain, /):
    return "messages" if domain is None else domain


def bindtextdomain(domain, dir, /):
    return dir if dir is not None else "/usr/share/locale"


def bind_textdomain_codeset(domain, codeset, /):
    return codeset
