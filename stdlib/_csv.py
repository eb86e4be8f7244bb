"""_csv: the CSV parser and writer under csv.py (aw's Python version of CPython 3.11's
Modules/_csv.c).

The reader is _csv.c's state machine, run a character at a time, with a fast path for the
first line of a record when it holds no escape or stray line-break characters and every
quoted field closes on the line (then splitting on the delimiter and the quotes gives the
same fields). The writer follows join_append: a field is
quoted when it holds the delimiter, the quote or escape character or a character of the line
terminator (QUOTE_MINIMAL), and quote characters are doubled or escaped. Messages, attribute
rules and type names (`_csv.Dialect`, `_csv.reader`, `_csv.writer`) are CPython's.
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_dialects = {}
_field_limit = 128 * 1024
_UNSET = object()

# reader states, as in _csv.c
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = object()     # the end of one input line


def _set_char(name, src, default):
    if src is _UNSET:
        return default
    if not isinstance(src, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(src).__name__))
    if len(src) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return src


def _set_char_or_none(name, src, default):
    if src is _UNSET:
        return default
    if src is None:
        return None
    if not isinstance(src, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(src).__name__))
    if len(src) > 1 or not src:
        raise TypeError('"%s" must be a 1-character string' % name)
    return src


_FIELDS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
           'quoting', 'skipinitialspace', 'strict')


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator', '_quotechar',
                 '_quoting', '_skipinitialspace', '_strict')

    def __new__(cls, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _FIELDS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is Dialect and cls is Dialect and not kwargs:
                return dialect
        args = {}
        for name in _FIELDS:
            v = kwargs.get(name, _UNSET)
            if v is _UNSET and dialect is not None:
                v = getattr(dialect, name, _UNSET)
            args[name] = v
        self = object.__new__(cls)
        self._delimiter = _set_char('delimiter', args['delimiter'], ',')
        self._doublequote = True if args['doublequote'] is _UNSET else bool(args['doublequote'])
        self._escapechar = _set_char_or_none('escapechar', args['escapechar'], None)
        term = args['lineterminator']
        if term is _UNSET:
            term = '\r\n'
        elif term is not None and not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = term
        self._quotechar = _set_char_or_none('quotechar', args['quotechar'], '"')
        quoting = args['quoting']
        if quoting is _UNSET:
            quoting = QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        self._quoting = quoting
        self._skipinitialspace = False if args['skipinitialspace'] is _UNSET else bool(args['skipinitialspace'])
        self._strict = False if args['strict'] is _UNSET else bool(args['strict'])
        if self._quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if args['quotechar'] is None and args['quoting'] is _UNSET:
            self._quoting = QUOTE_NONE
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if self._lineterminator is None:
            raise TypeError('lineterminator must be set')
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __setattr__(self, name, value):
        if name in _FIELDS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        if name.startswith('_') and name[1:] in _FIELDS:
            object.__setattr__(self, name, value)
            return
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' instances")


Dialect.__module__ = '_csv'


def _dialect_args(fname, args, kwargs):
    if len(args) > 1:
        raise TypeError('%s expected at most 2 arguments, got %d' % (fname, len(args) + 1))
    return Dialect(args[0] if args else kwargs.pop('dialect', None), **kwargs)


class reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, iterable, *args, **kwargs):
        self._iter = iter(iterable)
        self.dialect = _dialect_args('', args, kwargs)
        self.line_num = 0
        d = self.dialect
        # when a record's first line can be split without the state machine: a line-break
        # delimiter, or spaces both delimiting and skipped, always need it
        self._plain = d.delimiter not in '\r\n' and not (d.skipinitialspace and d.delimiter == ' ')
        self._quote = d.quotechar if d.quoting != QUOTE_NONE else None
        # quoted fields are split by _split_quoted in the common dialects
        self._quoted_ok = (d.escapechar is None and d.doublequote and not d.strict
                           and d.quotechar != d.delimiter)

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._iter)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file should be opened '
                            'in text mode)' % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD and self._plain:
                fields = self._split_line(line)
                if fields is not None:
                    return fields
            process = self._process_char
            for c in line:
                process(c)
            process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _split_line(self, line):
        """The fields of a whole record on this one line, or None when the state machine is
        needed (stray line breaks, escapes, a quoted field going on to the next line, text
        after a closing quote)."""
        body = line.rstrip('\r\n')
        if '\r' in body or '\n' in body:
            return None
        d = self.dialect
        if d.escapechar is not None and d.escapechar in body:
            return None
        if self._quote is not None and self._quote in body:
            return self._split_quoted(body) if self._quoted_ok else None
        if not body:
            return []
        fields = body.split(d.delimiter)
        if d.skipinitialspace:
            fields = [f.lstrip(' ') for f in fields]
        for f in fields:
            if len(f) > _field_limit:
                raise Error('field larger than field limit (%d)' % _field_limit)
        if d.quoting == QUOTE_NONNUMERIC:
            fields = [float(f) if f else f for f in fields]
        return fields

    def _split_quoted(self, body):
        d = self.dialect
        q = self._quote
        delim = d.delimiter
        skip = d.skipinitialspace
        numeric = d.quoting == QUOTE_NONNUMERIC
        fields = []
        pos = 0
        n = len(body)
        while True:
            if skip:
                while pos < n and body[pos] == ' ':
                    pos += 1
            quoted = pos < n and body[pos] == q
            if quoted:
                parts = []
                start = pos + 1
                while True:
                    end = body.find(q, start)
                    if end < 0:
                        return None
                    parts.append(body[start:end])
                    if end + 1 < n and body[end + 1] == q:
                        parts.append(q)
                        start = end + 2
                        continue
                    break
                field = ''.join(parts)
                pos = end + 1
                if pos < n and body[pos] != delim:
                    return None
            else:
                end = body.find(delim, pos)
                if end < 0:
                    end = n
                field = body[pos:end]
                pos = end
            if len(field) > _field_limit:
                raise Error('field larger than field limit (%d)' % _field_limit)
            if numeric and not quoted and field:
                field = float(field)
            fields.append(field)
            if pos >= n:
                return fields
            pos += 1

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def _process_char(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c == '\n' or c == '\r' or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c == '\n' or c == '\r' or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)   # (the state stays AFTER_ESCAPED_CRNL, as in _csv.c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c == '\n' or c == '\r' or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error('new-line character seen in unquoted field - do you need to open '
                            'the file in universal-newline mode?')


reader.__module__ = '_csv'


def _is_number(v):
    """PyNumber_Check: what QUOTE_NONNUMERIC leaves unquoted."""
    t = type(v)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')
            or isinstance(v, complex))


class writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, fileobj, *args, **kwargs):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = d = _dialect_args('', args, kwargs)
        self._special = {c for c in (d.delimiter, d.escapechar, d.quotechar) if c is not None}
        self._special.update(d.lineterminator)

    def _escape(self, field, quoted):
        """join_append's loop for a field holding a special character: doubles or escapes
        quote characters, escapes what QUOTE_NONE cannot quote; returns (field, quoted)."""
        d = self.dialect
        chars = []
        for c in field:
            if c in self._special:
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            chars.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    chars.append(d.escapechar)
            chars.append(c)
        return ''.join(chars), quoted

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        quoting = d.quoting
        quote_all = quoting == QUOTE_ALL
        special = self._special
        q = d.quotechar
        parts = []
        for field in it:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = quote_all
            if field is None:
                field = ''
            elif not isinstance(field, str):
                field = str(field)
            if field:
                for c in special:
                    if c in field:
                        field, quoted = self._escape(field, quoted)
                        break
            parts.append(q + field + q if quoted else field)
        if len(parts) == 1 and not parts[0]:
            if quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts = [q * 2]
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


writer.__module__ = '_csv'


def register_dialect(name, dialect=None, **kwargs):
    """Create a mapping from a string name to a dialect class.
    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"""
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = Dialect(dialect, **kwargs)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name.
    csv.unregister_dialect(name)"""
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name.
    dialect = csv.get_dialect(name)"""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    """Return a list of all know dialect names.
    names = csv.list_dialects()"""
    return list(_dialects)


def field_size_limit(*args):
    """Sets an upper limit on parsed fields.
    csv.field_size_limit([limit])

Returns old limit. If limit is not given, no new limit is set and
the old limit is returned"""
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit() takes at most 1 argument (%d given)' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old
