"""Extract, format and print information about Python stack traces.

aw: CPython 3.11's API written over aw's own exception printer (the native `_traceback`
module, stdlib/traceback.c), so format_exc() shows exactly what an uncaught exception would
print. aw has no frame objects: walk_tb yields None for the frame, extract_stack takes no
frame argument, and FrameSummary.locals is always None.
"""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3   # also hardcoded in aw's printer and CPython's traceback.c


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _limited(items, limit):
    """CPython's limit rule: a positive limit keeps the first entries, a negative one the last."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for item in frame_gen:
            if isinstance(item, FrameSummary):
                result.append(item)
            elif hasattr(item[0], "f_code"):
                f, lineno = item[0], item[1]
                result.append(FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name,
                                           lookup_line=lookup_lines,
                                           locals=f.f_locals if capture_locals else None))
            else:
                filename, lineno, name = item[:3]
                result.append(FrameSummary(filename, lineno, name, lookup_line=lookup_lines))
        return klass(_limited(result, limit))

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n')
        return result


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _frame_stack(f, limit):
    frames = list(walk_stack(f))
    frames.reverse()
    if limit is not None:
        frames = frames[-limit:] if limit > 0 else []
    return StackSummary.extract(frames)


def extract_tb(tb, limit=None):
    return StackSummary.extract(_traceback.entries(tb), limit=limit)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def _caller_stack(skip, limit):
    # _traceback.stack() ends with this function's frame; drop it and `skip` more.
    frames = _traceback.stack()[:-(1 + skip)]
    if limit is not None:
        frames = frames[-limit:] if limit > 0 else []
    return StackSummary.extract(frames)


def extract_stack(f=None, limit=None):
    return _caller_stack(1, limit) if f is None else _frame_stack(f, limit)


def format_stack(f=None, limit=None):
    return extract_stack(f, limit).format() if f is not None else _caller_stack(1, limit).format()


def print_stack(f=None, limit=None, file=None):
    print_list(_caller_stack(1, limit) if f is None else _frame_stack(f, limit), file=file)


def clear_frames(tb):
    pass


class _Sentinel:
    def __repr__(self):
        return "<implicit>"

_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def _chunks(text, limit):
    """Splits printed traceback text into CPython's list items (one per entry and line),
    applying limit to the entries of each traceback."""
    chunks = []
    entries = None
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('  File "') or line.startswith('  [Previous line repeated'):
            chunk = line
            i += 1
            is_entry = ', in ' in line or line.startswith('  [')   # not a SyntaxError's location
            while is_entry and i < len(lines) and lines[i].startswith('    '):
                chunk += lines[i]
                i += 1
            if entries is None:
                chunks.append(chunk)
            else:
                entries.append(chunk)
            continue
        if entries is not None:
            chunks.extend(_limited(entries, limit))
            entries = None
        if line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n' and (
                lines[i + 1].startswith('During handling') or lines[i + 1].startswith('The above exception')):
            chunks.append(line + lines[i + 1] + lines[i + 2])
            i += 3
            continue
        chunks.append(line)
        if line == 'Traceback (most recent call last):\n':
            entries = []
        i += 1
    if entries is not None:
        chunks.extend(_limited(entries, limit))
    return chunks


def _render(value, tb, limit, chain, with_tb=True):
    if value is None:
        return ['NoneType: None\n']
    saved = (value.__traceback__, value.__cause__, value.__context__, value.__suppress_context__)
    try:
        value.__traceback__ = tb if with_tb else None
        if not chain:
            value.__cause__ = value.__context__ = None
        return _chunks(_traceback.format(value), limit)
    finally:
        value.__traceback__ = saved[0]
        value.__cause__, value.__context__, value.__suppress_context__ = saved[1:]


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    return _render(value, tb, limit, chain)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if isinstance(value, BaseExceptionGroup):   # only the group's own line, as CPython
        return list(_group_only(value))
    return _render(value, None, None, False, with_tb=False)


def _group_only(value):
    stype = type(value).__qualname__
    smod = type(value).__module__
    if smod not in ("__main__", "builtins"):
        if not isinstance(smod, str):
            smod = "<unknown>"
        stype = smod + '.' + stype
    text = _safe_str(value)
    yield "%s: %s\n" % (stype, text) if text else "%s\n" % stype
    notes = getattr(value, '__notes__', None)
    if notes is not None:
        if not isinstance(notes, (list, tuple)):
            yield _safe_str_note(repr, notes, '__notes__')
        else:
            for note in notes:
                yield _safe_str_note(str, note, 'note') if isinstance(note, str) \
                    else _safe_str_note(repr, note, 'note')


def _safe_str_note(fn, note, what):
    try:
        return fn(note) + '\n'
    except Exception:
        return '<%s %s() failed>\n' % (what, fn.__name__)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    for line in _render(value, tb, limit, chain):
        print(line, file=file, end="")


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


class TracebackException:
    """An exception ready for rendering."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.exc_type = exc_type
        self.stack = StackSummary.extract(_traceback.entries(exc_traceback), limit=limit)
        if capture_locals:   # unittest's --locals: each frame's local variables, as reprs
            frames = _limited([f for f, _ in walk_tb(exc_traceback)], limit)
            for summary, frame in zip(self.stack, frames):
                f_locals = frame.f_locals
                summary.locals = {k: repr(v) for k, v in f_locals.items()} if f_locals else None
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = self.__context__ = None
        if exc_value is not None:
            for attr in ('__cause__', '__context__'):
                e = getattr(exc_value, attr)
                if compact and attr == '__context__' and (
                        self.__cause__ is not None or self.__suppress_context__):
                    continue   # compact: the context only when it would be printed
                if e is not None and id(e) not in _seen:
                    setattr(self, attr, TracebackException(
                        type(e), e, e.__traceback__, limit=limit, capture_locals=capture_locals, _seen=_seen))
        self.exceptions = None
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, limit=limit, _seen=_seen)
                               for e in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self._fields() == other._fields()
        return NotImplemented

    def _fields(self):
        """What CPython's __eq__ compares: not the exception and traceback themselves."""
        return {k: v for k, v in self.__dict__.items() if k not in ('_value', '_tb', '_limit')}

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self._value)

    def format(self, *, chain=True, _ctx=None):
        chunks = _render(self._value, self._tb, self._limit, chain)
        if any(fs.locals for fs in self.stack):
            _add_locals(chunks, self.stack)
        yield from chunks


def _add_locals(chunks, stack):
    """capture_locals: the `name = repr` lines after each entry of the last traceback block
    (this exception's own; a chained one prints before it)."""
    header = 'Traceback (most recent call last):\n'
    start = max(i for i, c in enumerate(chunks) if c == header) if header in chunks else len(chunks)
    entries = [i for i in range(start + 1, len(chunks)) if chunks[i].startswith('  File "')]
    for i, summary in zip(entries, stack):
        if summary.locals:
            chunks[i] += ''.join('    {} = {}\n'.format(k, v) for k, v in sorted(summary.locals.items()))


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'
