"""string: common string constants, capwords, Template and Formatter (CPython 3.11's).

Template's $-placeholders are found by a hand-written scanner equivalent to CPython's
default pattern ($$, $identifier, ${identifier}; any other $ is an invalid placeholder), so
`import string` does not import re. A subclass that sets `pattern`, `idpattern`,
`braceidpattern` or `flags` gets CPython's compiled regular expression (built in
__init_subclass__, as CPython does) and CPython's re-based substitution; only such classes have
a `pattern` attribute other than None. Formatter is CPython's, over Python versions of its two
C parsers.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)
_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = 2           # re.IGNORECASE, without importing re
    pattern = None      # None: the scanner below; else the compiled custom pattern

    def __init_subclass__(cls):
        super().__init_subclass__()
        custom = (cls.idpattern != Template.idpattern or cls.braceidpattern is not None or
                  cls.flags != Template.flags)
        if 'pattern' not in cls.__dict__ and not custom:
            cls.pattern = None
            return
        import re
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = re.escape(cls.delimiter)
            id = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{id})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """
        cls.pattern = re.compile(pattern, cls.flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    # -- the re-based path of classes with a custom pattern (CPython's code) --

    def _invalid_match(self, mo):
        self._invalid(mo.start('invalid'))

    def _re_substitute(self, mapping, safe):
        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                if not safe:
                    return str(mapping[named])
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._invalid_match(mo)
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)

    def _re_is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None
                and mo.group('braced') is None
                and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                    self.pattern)
        return True

    def _re_get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None
                and mo.group('invalid') is None
                and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                    self.pattern)
        return ids

    def _scan(self):
        """Yields (start, end, kind, name) for each placeholder; kind is 'escaped',
        'named' or 'invalid'."""
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(text)
        i = text.find(delim)
        while i >= 0:
            j = i + dlen
            if text.startswith(delim, j):
                yield i, j + dlen, 'escaped', None
                i = text.find(delim, j + dlen)
                continue
            if j < n and text[j] in _ID_START:
                k = j + 1
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                yield i, k, 'named', text[j:k]
                i = text.find(delim, k)
                continue
            if j < n and text[j] == '{' and j + 1 < n and text[j + 1] in _ID_START:
                k = j + 2
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                if k < n and text[k] == '}':
                    yield i, k + 1, 'named', text[j + 1:k]
                    i = text.find(delim, k + 1)
                    continue
            yield i, j, 'invalid', None
            i = text.find(delim, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, safe):
        parts = []
        last = 0
        text = self.template
        for start, end, kind, name in self._scan():
            parts.append(text[last:start])
            if kind == 'named':
                if safe:
                    try:
                        parts.append(str(mapping[name]))
                    except KeyError:
                        parts.append(text[start:end])
                else:
                    parts.append(str(mapping[name]))
            elif kind == 'escaped':
                parts.append(self.delimiter)
            elif safe:
                parts.append(text[start:end])
            else:
                self._invalid(end)
            last = end
        parts.append(text[last:])
        return ''.join(parts)

    @staticmethod
    def _mapping(mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            from collections import ChainMap
            return ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if self.pattern is not None:
            return self._re_substitute(self._mapping(mapping, kws), False)
        return self._substitute(self._mapping(mapping, kws), False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if self.pattern is not None:
            return self._re_substitute(self._mapping(mapping, kws), True)
        return self._substitute(self._mapping(mapping, kws), True)

    def is_valid(self):
        if self.pattern is not None:
            return self._re_is_valid()
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        if self.pattern is not None:
            return self._re_get_identifiers()
        ids = []
        for start, end, kind, name in self._scan():
            if kind == 'named' and name not in ids:
                ids.append(name)
        return ids


# aw: the parsers CPython keeps in C (_string.formatter_parser and
# _string.formatter_field_name_split), written after Objects/stringlib/unicode_format.h.

def _formatter_parser(s):
    pos, end = 0, len(s)
    while pos < end:
        start = pos
        c = ''
        markup = False
        while pos < end:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = pos >= end
        length = pos - start
        if markup and c == '}' and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if markup and at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if markup:
            if s[pos] == c:
                pos += 1          # an escaped brace: literal text only
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield literal, None, None, None
            continue
        pos, name, spec, conversion = _parse_field(s, pos)
        yield literal, name, spec, conversion


def _parse_field(s, pos):
    end = len(s)
    start = pos
    c = ''
    while pos < end:
        c = s[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while pos < end and s[pos] != ']':
                pos += 1
            continue
        if c in '}:!':
            break
    else:
        raise ValueError("expected '}' before end of string")
    name = s[start:pos - 1]
    conversion = None
    if c == '!':
        if pos >= end:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[pos]
        pos += 1
        if pos >= end:
            raise ValueError("unmatched '{' in format spec")
        c = s[pos]
        pos += 1
        if c != '}' and c != ':':
            raise ValueError("expected ':' after conversion specifier")
    if c == '}':
        return pos, name, '', conversion
    start, count = pos, 1
    while pos < end:
        ch = s[pos]
        pos += 1
        if ch == '{':
            count += 1
        elif ch == '}':
            count -= 1
            if count == 0:
                return pos, name, s[start:pos - 1], conversion
    raise ValueError("unmatched '{' in format spec")


def _formatter_field_name_split(name):
    i, n = 0, len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)
    return first, _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while j < n and name[j] not in '.[':
                j += 1
            if j == i:
                raise ValueError("Empty attribute in format string")
            yield True, name[i:j]
            i = j
        elif c == '[':
            j = i
            while j < n and name[j] != ']':
                j += 1
            if j >= n:
                raise ValueError("Missing ']' in format string")
            key = name[i:j]
            if key == '':
                raise ValueError("Empty attribute in format string")
            yield False, int(key) if key.isdigit() and key.isascii() else key
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # this is some markup, find the object and do
                #  the formatting

                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # expand the format spec, if needed
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth-1,
                    auto_arg_index=auto_arg_index)

                # format the object and append to the result
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index


    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]


    def check_unused_args(self, used_args, args, kwargs):
        pass


    def format_field(self, value, format_spec):
        return format(value, format_spec)


    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))


    # returns an iterable that contains tuples of the form:
    # (literal_text, field_name, format_spec, conversion)
    # literal_text can be zero length
    # field_name can be None, in which case there's no
    #  object to format and output
    # if field_name is not None, it is looked up, formatted
    #  with format_spec and conversion and then used
    def parse(self, format_string):
        return _formatter_parser(format_string)


    # given a field_name, find the object it references.
    #  field_name:   the field being looked up, e.g. "0.name"
    #                 or "lookup[3]"
    #  used_args:    a set of which args have been used
    #  args, kwargs: as passed in to vformat
    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
