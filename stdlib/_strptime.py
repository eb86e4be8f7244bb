"""_strptime: parsing of date strings for datetime.strptime (and time.strptime's tuple).

aw's replacement for CPython's _strptime, which builds regular expressions from the locale.
This one walks the format directive by directive, trying each directive's candidate matches
in the order CPython's regular expression alternatives would (longest number first), and
backtracks like the regex engine, so it accepts and rejects the same strings for the C
locale: %a %A %b %B %c %d %f %G %H %I %j %m %M %p %S %u %U %V %w %W %x %X %y %Y %z %Z %%.
Differences: English (C locale) names only; %Z accepts UTC, GMT and time.tzname.
"""

import time as _time

_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december']
_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

# directive -> (min digits, max digits, lowest, highest); CPython's patterns for these
# accept exactly the numbers of that width in that range.
_NUMBERS = {
    'd': (1, 2, 1, 31), 'H': (1, 2, 0, 23), 'I': (1, 2, 1, 12), 'j': (1, 3, 1, 366),
    'm': (1, 2, 1, 12), 'M': (1, 2, 0, 59), 'S': (1, 2, 0, 61), 'U': (1, 2, 0, 53),
    'W': (1, 2, 0, 53), 'w': (1, 1, 0, 6), 'y': (2, 2, 0, 99), 'Y': (4, 4, 0, 9999),
    'f': (1, 6, 0, 999999), 'G': (4, 4, 0, 9999), 'u': (1, 1, 1, 7), 'V': (1, 2, 0, 53),
}

# Compound directives of the C locale.
_COMPOUND = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _names(kind):
    if kind == 'B':
        return _MONTHS
    if kind == 'b':
        return [m[:3] for m in _MONTHS]
    if kind == 'A':
        return _DAYS
    if kind == 'a':
        return [d[:3] for d in _DAYS]
    if kind == 'p':
        return ['am', 'pm']
    names = {'utc', 'gmt'}
    for n in getattr(_time, 'tzname', ()):
        names.add(n.lower())
    return sorted(names, key=len, reverse=True)


def _number_candidates(code, s, pos):
    lo_w, hi_w, lo, hi = _NUMBERS[code]
    if code == 'd' and s[pos:pos + 1] == ' ' and s[pos + 1:pos + 2].isdigit() and s[pos + 1] != '0':
        yield pos + 2, int(s[pos + 1])
        return
    for width in range(hi_w, lo_w - 1, -1):
        text = s[pos:pos + width]
        if len(text) == width and text.isascii() and text.isdigit():
            value = int(text)
            if code == 'f' or lo <= value <= hi:
                if width > 1 and code in 'dIjmV' and value == 0:
                    continue
                yield pos + width, text if code == 'f' else value


def _z_candidates(s, pos):
    if s[pos:pos + 1] == 'Z':
        yield pos + 1, 'Z'
        return
    if s[pos:pos + 1] not in ('+', '-'):
        return
    # [+-]HH:?MM(:?SS(.ffffff)?)?  tried longest first, as the regex's greedy groups do
    for end in range(len(s), pos, -1):
        text = s[pos:end]
        if _parse_z(text) is not None:
            yield end, text


def _parse_z(text):
    body = text[1:]
    parts = body.split(':')
    if len(parts) == 1:
        digits = body.split('.')[0]
        if len(digits) not in (4, 6):
            return None
        parts = [digits[i:i + 2] for i in range(0, len(digits), 2)]
        if '.' in body:
            parts[-1] += '.' + body.split('.', 1)[1]
    if not 2 <= len(parts) <= 3:
        return None
    hh, mm = parts[0], parts[1]
    ss, frac = '00', ''
    if len(parts) == 3:
        ss, _, frac = parts[2].partition('.')
        if '.' in parts[2] and not 1 <= len(frac) <= 6:
            return None
    for p, high in ((hh, '99'), (mm, '59'), (ss, '59')):
        if len(p) != 2 or not (p.isascii() and p.isdigit()) or p > high:
            return None
    if frac and not (frac.isascii() and frac.isdigit()):
        return None
    return int(hh), int(mm), int(ss), frac


def _candidates(code, s, pos):
    if code in _NUMBERS:
        return _number_candidates(code, s, pos)
    if code == 'z':
        return _z_candidates(s, pos)
    names = _names(code)
    low = s[pos:].lower()
    found = [(n, i) for i, n in enumerate(names) if n and low.startswith(n)]
    found.sort(key=lambda pair: -len(pair[0]))
    return ((pos + len(n), (i, s[pos:pos + len(n)])) for n, i in found)


def _tokens(fmt):
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%':
            if i + 1 >= len(fmt):
                raise ValueError(f"stray % in format '{fmt}'") from None
            d = fmt[i + 1]
            if d in _COMPOUND:
                out.extend(_tokens(_COMPOUND[d]))
            elif d == '%':
                out.append(('lit', '%'))
            elif d in _NUMBERS or d in 'aAbBpzZ':
                out.append(('dir', d))
            else:
                raise ValueError(f"'{d}' is a bad directive in format '{fmt}'") from None
            i += 2
        elif c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            out.append(('space', None))
        else:
            out.append(('lit', c))
            i += 1
    return out


def _match(tokens, k, s, pos, found):
    """Returns the end of the first match of tokens[k:] at s[pos:], filling found."""
    if k == len(tokens):
        return pos
    kind, arg = tokens[k]
    if kind == 'lit':
        if s[pos:pos + 1].lower() == arg.lower():
            return _match(tokens, k + 1, s, pos + 1, found)
        return -1
    if kind == 'space':
        end = pos
        while end < len(s) and s[end].isspace():
            end += 1
        while end > pos:            # \s+ is greedy, then gives back
            r = _match(tokens, k + 1, s, end, found)
            if r >= 0:
                return r
            end -= 1
        return -1
    for end, value in _candidates(arg, s, pos):
        found[arg] = value
        r = _match(tokens, k + 1, s, end, found)
        if r >= 0:
            return r
        del found[arg]
    return -1


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Returns a 2-tuple consisting of a time struct and an int containing
    the number of microseconds based on the input string and the
    format string."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg)))
    tokens = _tokens(format)
    found = {}
    end = _match(tokens, 0, data_string, 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    tzname = None
    week_of_year = -1
    week_of_year_start = -1
    weekday = julian = None
    iso_year = iso_week = None
    for code, value in found.items():
        if code == 'y':
            year = value + (2000 if value <= 68 else 1900)
        elif code == 'Y':
            year = value
        elif code == 'm':
            month = value
        elif code in 'Bb':
            month = value[0] + 1
        elif code == 'd':
            day = value
        elif code == 'H':
            hour = value
        elif code == 'I':
            hour = value
            ampm = found.get('p')
            if ampm is None or ampm[0] == 0:
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif code == 'M':
            minute = value
        elif code == 'S':
            second = value
        elif code == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif code in 'Aa':
            weekday = value[0]
        elif code == 'w':
            weekday = 6 if value == 0 else value - 1
        elif code == 'u':
            weekday = value - 1
        elif code == 'G':
            iso_year = value
        elif code == 'V':
            iso_week = value
        elif code == 'j':
            julian = value
        elif code in 'UW':
            week_of_year = value
            week_of_year_start = 6 if code == 'U' else 0
        elif code == 'z':
            if value == 'Z':
                gmtoff = 0
            else:
                hh, mm, ss, frac = _parse_z(value)
                gmtoff = hh * 3600 + mm * 60 + ss
                gmtoff_fraction = int(frac + '0' * (6 - len(frac))) if frac else 0
                if value.startswith('-'):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif code == 'Z':
            tzname = value[1]
            low = tzname.lower()
            tz = 0 if low in ('utc', 'gmt') else -1
    _check_iso(year, iso_year, iso_week, week_of_year, weekday, julian)
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    import datetime as _dt
    if julian is None and weekday is not None:
        if week_of_year != -1:
            week_starts_mon = week_of_year_start == 0
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday, week_starts_mon)
        elif iso_year is not None and iso_week is not None:
            year, julian = _calc_julian_from_V(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            yday = 366 if _is_leap(year) else 365
            julian += yday
    if julian is None:
        julian = _dt.date(year, month, day).toordinal() - _dt.date(year, 1, 1).toordinal() + 1
    else:
        d = _dt.date.fromordinal((julian - 1) + _dt.date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = _dt.date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _check_iso(year, iso_year, iso_week, week_of_year, weekday, julian):
    """CPython's checks that %G, %V and a weekday come together (and not with %Y or %j)."""
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year == -1 and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with "
                         "the year directive '%Y'. Use the ISO year '%G' "
                         "instead.")


def _calc_julian_from_V(iso_year, iso_week, iso_weekday):
    """(year, day of the year) of ISO year, week (01 contains 4 January) and weekday (1-7)."""
    import datetime as _dt
    correction = _dt.date(iso_year, 1, 4).isoweekday() + 3
    ordinal = (iso_week * 7) + iso_weekday - correction
    if ordinal < 1:     # a day of the previous calendar year
        ordinal += _dt.date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        ordinal -= _dt.date(iso_year, 1, 1).toordinal()
    return iso_year, ordinal


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    import datetime as _dt
    first_weekday = _dt.date(year, 1, 1).weekday()
    if not week_starts_Mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + (7 * (week_of_year - 1))
    return 1 + days_to_week + day_of_week


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    tt = _strptime(data_string, format)[0]
    return _time.struct_time(tt[:_time._STRUCT_TM_ITEMS])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a class cls instance based on the input string and the
    format string."""
    import datetime as _dt
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = _dt.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = _dt.timezone(tzdelta, tzname)
        else:
            tz = _dt.timezone(tzdelta)
        args += (tz,)
    return cls(*args)
