"""re: regular expressions with CPython 3.11's API and semantics, matched by PCRE2.

A pattern is parsed by _re_parser (CPython's own parser: same errors, group numbers, flags),
the parse tree is written out as an equivalent PCRE2 pattern (_Writer below), and the native
module _re (stdlib/re.c) compiles and runs it; Match objects are native (stdlib/re_match.c).
This file holds Pattern, the module functions, replacement templates, the compile cache,
RegexFlag, re.Scanner and Pattern.scanner. Deliberate differences from CPython are listed in
SPEC.md ("Regular expressions")."""

import enum
import _re
import _re_parser as _parser
from _re_parser import error

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

# Flag names in CPython's definition order (the order of names in a combined flag's repr).
_FLAG_ORDER = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
               ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
               ("DEBUG", 128))


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        names = []
        for name, bit in _FLAG_ORDER:
            if value & bit:
                names.append('re.' + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__


NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

# Default endpos: past any string's end, and small enough to stay an unboxed int (CPython: sys.maxsize).
_MAXSIZE = 1 << 46


# -- writing a parse tree as a PCRE2 pattern -----------------------------------------------------

_AT = {
    _parser.AT_BEGINNING: '^', _parser.AT_BEGINNING_STRING: '\\A',
    _parser.AT_BOUNDARY: '\\b', _parser.AT_NON_BOUNDARY: '(?:(?!\\A\\z)\\B)',  # sre: no \\B in ''
    _parser.AT_END: '$', _parser.AT_END_STRING: '\\z',
}
_CATEGORY = {
    _parser.CATEGORY_DIGIT: '\\d', _parser.CATEGORY_NOT_DIGIT: '\\D',
    _parser.CATEGORY_SPACE: '\\s', _parser.CATEGORY_NOT_SPACE: '\\S',
    _parser.CATEGORY_WORD: '\\w', _parser.CATEGORY_NOT_WORD: '\\W',
}
# Categories under a scoped flag that differs from the pattern's (PCRE2's UCP is global).
_CATEGORY_ASCII = {
    _parser.CATEGORY_DIGIT: '0-9', _parser.CATEGORY_NOT_DIGIT: '\\x{0}-\\x{2f}\\x{3a}-\\x{10ffff}',
    _parser.CATEGORY_SPACE: ' \\t\\n\\r\\f\\x{b}',
    _parser.CATEGORY_NOT_SPACE: '\\x{0}-\\x{8}\\x{e}-\\x{1f}\\x{21}-\\x{10ffff}',
    _parser.CATEGORY_WORD: 'a-zA-Z0-9_',
    _parser.CATEGORY_NOT_WORD: '\\x{0}-\\x{2f}\\x{3a}-\\x{40}\\x{5b}-\\x{5e}\\x{60}\\x{7b}-\\x{10ffff}',
}
# Python's Unicode whitespace (str.isspace) and its complement: PCRE2's \s lacks \x1c-\x1f.
_USPACE = ('\\x{9}-\\x{d}\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}-\\x{2029}'
           '\\x{202f}\\x{205f}\\x{3000}')
_UNSPACE = ('\\x{0}-\\x{8}\\x{e}-\\x{1b}\\x{21}-\\x{84}\\x{86}-\\x{9f}\\x{a1}-\\x{167f}\\x{1681}-\\x{1fff}'
            '\\x{200b}-\\x{2027}\\x{202a}-\\x{202e}\\x{2030}-\\x{205e}\\x{2060}-\\x{2fff}\\x{3001}-\\x{10ffff}')
_CATEGORY_UNICODE = {
    _parser.CATEGORY_DIGIT: '\\p{Nd}', _parser.CATEGORY_NOT_DIGIT: '\\P{Nd}',
    _parser.CATEGORY_SPACE: _USPACE, _parser.CATEGORY_NOT_SPACE: _UNSPACE,
    _parser.CATEGORY_WORD: '\\p{L}\\p{N}_',
}
_FLAG_LETTERS = ((_parser.SRE_FLAG_IGNORECASE, 'i'), (_parser.SRE_FLAG_MULTILINE, 'm'),
                 (_parser.SRE_FLAG_DOTALL, 's'))
_PLAIN = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def _lit(c):
    ch = chr(c)
    if ch in _PLAIN:
        return ch
    return '\\x{%x}' % c


def _swapped(lo, hi):
    """The other-case ranges of the ASCII letters in lo..hi."""
    out = []
    a, b = max(lo, 97), min(hi, 122)
    if a <= b:
        out.append((a - 32, b - 32))
    a, b = max(lo, 65), min(hi, 90)
    if a <= b:
        out.append((a + 32, b + 32))
    return out


class _Writer:
    """Writes CPython's parse tree as PCRE2 syntax.

    A str pattern under re.ASCII folds case by hand (PCRE2's caseless UTF matching would also
    fold non-ASCII letters, and U+212A KELVIN SIGN into k): ASCII letters become [kK], and the
    pattern is compiled without PCRE2_CASELESS (self.manual_case)."""

    def __init__(self, is_str, flags):
        self.is_str = is_str
        self.unicode = is_str and not (flags & _parser.SRE_FLAG_ASCII)
        self.manual_case = is_str and not self.unicode
        self.icase = bool(flags & _parser.SRE_FLAG_IGNORECASE)  # IGNORECASE in force here
        self.out = []

    def folding(self, unicode):
        """How case folds here: None (it does not, or PCRE2 folds), 'ascii' (by hand), or
        'unicode' (a (?u:...) region of an ASCII pattern: wrap in (?i:...))."""
        if not (self.manual_case and self.icase):
            return None
        return 'unicode' if unicode else 'ascii'

    def category(self, code, unicode):
        """\\d, \\w, \\s or their negations, under the Unicode or ASCII meaning in force."""
        if not self.is_str:
            return _CATEGORY[code]
        if unicode:
            if code in (_parser.CATEGORY_SPACE, _parser.CATEGORY_NOT_SPACE) or unicode != self.unicode:
                if code in _CATEGORY_UNICODE:
                    return '[' + _CATEGORY_UNICODE[code] + ']'
                return '[^' + _CATEGORY_UNICODE[_parser.CATEGORY_WORD] + ']'
            return _CATEGORY[code]
        if unicode == self.unicode:
            return _CATEGORY[code]
        return '[' + _CATEGORY_ASCII[code] + ']'

    def charset(self, items, unicode):
        parts = []
        negate = False
        fold = self.folding(unicode) == 'ascii'
        for op, av in items:
            if op == _parser.NEGATE:
                negate = True
            elif op == _parser.LITERAL:
                parts.append(_lit(av))
                if fold:
                    for lo, hi in _swapped(av, av):
                        parts.append(_lit(lo))
            elif op == _parser.RANGE:
                parts.append(_lit(av[0]) + '-' + _lit(av[1]))
                if fold:
                    for lo, hi in _swapped(av[0], av[1]):
                        parts.append(_lit(lo) + '-' + _lit(hi))
            elif op == _parser.CATEGORY:
                cat = self.category(av, unicode)
                if cat[0] != '[':
                    parts.append(cat)
                elif cat[1] != '^':
                    parts.append(cat[1:-1])
                else:
                    parts.append('\\W')  # (?u:\W) in an ASCII pattern's set: approximated
        if not parts:
            return '(*FAIL)' if not negate else '(?s:.)'
        text = ('[^' if negate else '[') + ''.join(parts) + ']'
        return '(?i:' + text + ')' if self.folding(unicode) == 'unicode' else text

    def unit(self, p, unicode):
        """p (a SubPattern or list of items) as something a quantifier can follow."""
        if len(p) == 1 and p[0][0] in (_parser.LITERAL, _parser.NOT_LITERAL, _parser.ANY, _parser.IN,
                                       _parser.SUBPATTERN, _parser.GROUPREF, _parser.ATOMIC_GROUP):
            op, av = p[0]
            if op != _parser.SUBPATTERN or av[0] is not None or av[1] or av[2]:
                self.seq(p, unicode)
                return
        self.out.append('(?:')
        self.seq(p, unicode)
        self.out.append(')')

    def seq(self, p, unicode):
        out = self.out
        for op, av in p:
            if op in (_parser.LITERAL, _parser.NOT_LITERAL):
                fold = self.folding(unicode)
                neg = '^' if op == _parser.NOT_LITERAL else ''
                if fold == 'ascii' and _swapped(av, av):
                    out.append('[' + neg + _lit(av) + _lit(_swapped(av, av)[0][0]) + ']')
                elif fold == 'unicode':
                    out.append('(?i:' + ('[^' + _lit(av) + ']' if neg else _lit(av)) + ')')
                else:
                    out.append('[^' + _lit(av) + ']' if neg else _lit(av))
            elif op == _parser.ANY:
                out.append('.')
            elif op == _parser.IN:
                out.append(self.charset(av, unicode))
            elif op == _parser.AT:
                if av in (_parser.AT_BOUNDARY, _parser.AT_NON_BOUNDARY) and self.is_str and unicode != self.unicode:
                    w = '[' + (_CATEGORY_UNICODE if unicode else _CATEGORY_ASCII)[_parser.CATEGORY_WORD] + ']'
                    b = '(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))' % (w, w, w, w)
                    out.append(b if av == _parser.AT_BOUNDARY else '(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))' % (w, w, w, w))
                else:
                    out.append(_AT[av])
            elif op == _parser.BRANCH:
                out.append('(?:')
                first = True
                for alt in av[1]:
                    if not first:
                        out.append('|')
                    first = False
                    self.seq(alt, unicode)
                out.append(')')
            elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
                lo, hi, item = av
                if op == _parser.POSSESSIVE_REPEAT:
                    # written as an atomic group: PCRE2 10.42's JIT can report a capture left over
                    # from an earlier start position for a group under a possessive quantifier
                    out.append('(?>')
                self.unit(item, unicode)
                if hi == _parser.MAXREPEAT:
                    q = '*' if lo == 0 else '+' if lo == 1 else '{%d,}' % lo
                elif lo == 0 and hi == 1:
                    q = '?'
                elif lo == hi:
                    q = '{%d}' % lo
                else:
                    q = '{%d,%d}' % (lo, hi)
                if op == _parser.MIN_REPEAT:
                    q += '?'
                elif op == _parser.POSSESSIVE_REPEAT:
                    q += ')'
                out.append(q)
            elif op == _parser.SUBPATTERN:
                group, add, rem, sub = av
                scoped = unicode
                if add & _parser.SRE_FLAG_ASCII or rem & _parser.SRE_FLAG_UNICODE:
                    scoped = False
                elif add & _parser.SRE_FLAG_UNICODE:
                    scoped = self.is_str
                letters = _FLAG_LETTERS[1:] if self.manual_case else _FLAG_LETTERS
                on = ''.join(ch for bit, ch in letters if add & bit)
                off = ''.join(ch for bit, ch in letters if rem & bit)
                if group is not None:
                    out.append('(')
                if on or off:
                    out.append('(?' + on + ('-' + off if off else '') + ':')
                elif group is None:
                    out.append('(?:')
                icase = self.icase
                if add & _parser.SRE_FLAG_IGNORECASE:
                    self.icase = True
                elif rem & _parser.SRE_FLAG_IGNORECASE:
                    self.icase = False
                self.seq(sub, scoped)
                self.icase = icase
                if on or off or group is None:
                    out.append(')')
                if group is not None:
                    out.append(')')
            elif op == _parser.ATOMIC_GROUP:
                out.append('(?>')
                self.seq(av, unicode)
                out.append(')')
            elif op == _parser.GROUPREF:
                if self.folding(unicode):
                    out.append('(?i:\\g{%d})' % av)
                else:
                    out.append('\\g{%d}' % av)
            elif op == _parser.GROUPREF_EXISTS:
                cond, yes, no = av
                out.append('(?(%d)' % cond)
                self.seq(yes, unicode)
                if no is not None:
                    out.append('|')
                    self.seq(no, unicode)
                out.append(')')
            elif op in (_parser.ASSERT, _parser.ASSERT_NOT):
                direction, sub = av
                if direction != 1:
                    lo, hi = sub.getwidth()
                    if lo != hi:
                        raise error("look-behind requires fixed-width pattern")
                if op == _parser.ASSERT:
                    out.append('(?=' if direction == 1 else '(?<=')
                else:
                    out.append('(?!' if direction == 1 else '(?<!')
                self.seq(sub, unicode)
                out.append(')')
            elif op == _parser.FAILURE:
                out.append('(*FAIL)')
            else:
                raise error("internal: cannot translate %s" % op)


def _group_info(p, info, parent=0, ahead=False):
    """Fills info (group number -> [close rank, enclosing group, inside a lookahead]) for
    Match.lastindex: CPython reports the group that closed last in time, which re_match.c
    works out from these and the spans."""
    for op, av in p:
        if op == _parser.SUBPATTERN:
            _group_info(av[3], info, av[0] if av[0] is not None else parent, ahead)
            if av[0] is not None:
                info[av[0]] = [len(info), parent, ahead]
        elif op == _parser.BRANCH:
            for alt in av[1]:
                _group_info(alt, info, parent, ahead)
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
            _group_info(av[2], info, parent, ahead)
        elif op == _parser.ATOMIC_GROUP:
            _group_info(av, info, parent, ahead)
        elif op in (_parser.ASSERT, _parser.ASSERT_NOT):
            _group_info(av[1], info, parent, ahead or av[0] == 1)
        elif op == _parser.GROUPREF_EXISTS:
            _group_info(av[1], info, parent, ahead)
            if av[2] is not None:
                _group_info(av[2], info, parent, ahead)


# -- Pattern ----------------------------------------------------------------------------------------

_MappingProxy = type(type.__dict__)   # Pattern.groupindex is a read-only types.MappingProxyType


_FLAG_NAMES = (("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4), ("re.MULTILINE", 8),
               ("re.DOTALL", 16), ("re.UNICODE", 32), ("re.VERBOSE", 64), ("re.DEBUG", 128),
               ("re.ASCII", 256))


def _subject_check(pattern, string):
    """CPython's TypeErrors for a subject of the wrong kind."""
    if isinstance(string, str):
        if not pattern._is_str:
            raise TypeError("cannot use a bytes pattern on a string-like object")
    elif isinstance(string, (bytes, bytearray)):
        if pattern._is_str:
            raise TypeError("cannot use a string pattern on a bytes-like object")
    else:
        raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


def _wrong_kind(pattern, string, piece):
    """A replacement of the other kind: CPython's join fails on it, if anything matched."""
    m = pattern.search(string)
    if m is not None:
        raise TypeError("sequence item %d: expected %s, %s found" % (
            1 if m.start() else 0, 'str instance' if pattern._is_str else 'a bytes-like object',
            type(piece).__name__))


class Pattern:
    """Compiled regular expression object."""
    __module__ = 're'

    def __init__(self, pattern, flags, code, groups, groupindex):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self._groupindex = groupindex
        self._code = code
        self._is_str = isinstance(pattern, str)

    @property
    def groupindex(self):
        return _MappingProxy(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if self._is_str and (flags & (LOCALE | UNICODE | ASCII)) == UNICODE:
            flags &= ~UNICODE
        names = []
        for name, bit in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append('0x%x' % flags)
        text = repr(self.pattern)[:200]
        if names:
            return 're.compile(%s, %s)' % (text, '|'.join(names))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return not (self.pattern == other.pattern and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        return _re.match(self._code, string, pos, endpos, 1, self)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        return _re.match(self._code, string, pos, endpos, 2, self)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding match object instance.

        Return None if no position in the string matches."""
        return _re.match(self._code, string, pos, endpos, 0, self)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        return _re.findall(self._code, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the RE pattern in string.

        For each match, the iterator returns a match object."""
        return _re.iterate(self._code, string, pos, endpos, self)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        if maxsplit < 0:
            _subject_check(self, string)
            return [bytes(string) if type(string) is bytearray else string[:]]
        return _re.split(self._code, string, 0, _MAXSIZE, maxsplit)

    def _subx(self, repl, string, count):
        if count < 0:
            _subject_check(self, string)
            return string, 0
        if callable(repl):
            return self._subfn(repl, string, count)
        if isinstance(repl, str) and '\\' not in repl:
            template = [repl]
        elif isinstance(repl, (bytes, bytearray)) and b'\\' not in repl:
            template = [repl]
        else:
            template = _compile_template(self, repl)
        for piece in template:
            if not isinstance(piece, int) and isinstance(piece, str) != self._is_str:
                _wrong_kind(self, string, piece)
        return _re.sub(self._code, string, count, template)

    def _subfn(self, repl, string, count):
        matches = _re.finditer(self._code, string, 0, _MAXSIZE, count, self)
        if not matches:
            return string, 0
        if type(string) is bytearray:
            string = bytes(string)
        pieces = []
        last = 0
        for m in matches:
            start, end = m.span()
            if last < start:
                pieces.append(string[last:start])
            r = repl(m)
            if r is not None:
                pieces.append(r)
            last = end
        if last < len(string):
            pieces.append(string[last:])
        return string[:0].join(pieces), len(matches)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _SREScanner(self, string, pos, endpos)

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, string, count)


class _SREScanner:
    """Pattern.scanner(string): successive match() or search() calls, each going on where the
    last match ended (after an empty match, not empty at the same place again)."""

    def __init__(self, pattern, string, pos, endpos):
        pattern.search(string, 0, 0)  # CPython's subject TypeErrors
        self.pattern = pattern
        self._string = string
        self._pos = min(max(pos, 0), len(string))
        self._origin = pos
        self._endpos = endpos
        self._not_empty = 0
        self._done = False

    def _step(self, mode):
        if self._done:
            return None
        m = _re.match(self.pattern._code, self._string, self._pos, self._endpos, mode | self._not_empty,
                      self.pattern, self._origin)
        if m is None:
            self._done = True
            return None
        start, end = m.span()
        self._not_empty = 4 if start == end else 0
        self._pos = end
        return m

    def match(self):
        return self._step(1)

    def search(self):
        return self._step(0)


# -- Match ---------------------------------------------------------------------------------------------

Match = _re.Match   # native (stdlib/re_match.c); expand is added here, by name only (see re.h)


def _match_expand(self, template):
    """Return the string obtained by doing backslash substitution on the template."""
    empty = self.string[:0]
    if type(empty) is bytearray:
        empty = b''
    pieces = []
    for piece in _compile_template(self.re, template):
        if isinstance(piece, int):
            piece = self.group(piece) or empty
        pieces.append(piece)
    return empty.join(pieces)


Match.expand = _match_expand
for _name in ('pos', 'endpos', 'string', 're', 'lastindex', 'lastgroup', 'regs'):
    setattr(Match, _name, property(getattr(_re, 'match_' + _name)))
del _name


# -- the module functions -----------------------------------------------------------------------------

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)

def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)

def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)

def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)

def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)

def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)

def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)

def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)

def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)

def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()

def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | T)


class Scanner:
    """CPython's (undocumented) lexicon scanner: scan(string) tries the phrases at each
    position, calls the action of the one that matched, and returns (results, rest)."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        p = []
        s = _parser.State()
        s.flags = flags
        for phrase, action in lexicon:
            gid = s.opengroup()
            p.append(_parser.SubPattern(s, [
                (_parser.SUBPATTERN, (gid, 0, 0, _parser.parse(phrase, flags))),
            ]))
            s.closegroup(gid, p[-1])
        p = _parser.SubPattern(s, [(_parser.BRANCH, (None, p))])
        is_str = not lexicon or isinstance(lexicon[0][0], str)
        # as in CPython, the combined pattern gets flags as given (Unicode classes only with re.U)
        self.scanner = _build_tree(p, None, flags, is_str, is_str and bool(flags & UNICODE))

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}

def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


_cache = {}
_template_cache = {}
_MAXCACHE = 512


def _build(pattern, flags):
    tree = _parser.parse(pattern, flags)
    return _build_tree(tree, pattern, tree.state.flags, isinstance(pattern, str))


def _build_tree(tree, pattern, flags, is_str, unicode=None):
    """The Pattern for a parse tree (unicode: override the \\w-style categories' meaning)."""
    writer = _Writer(is_str, flags)
    if unicode is not None:
        writer.unicode = unicode
        writer.manual_case = is_str and not unicode
    writer.seq(tree, writer.unicode)
    opts = 0
    if flags & _parser.SRE_FLAG_IGNORECASE and not writer.manual_case:
        opts |= 1
    if flags & _parser.SRE_FLAG_MULTILINE:
        opts |= 2
    if flags & _parser.SRE_FLAG_DOTALL:
        opts |= 4
    if writer.unicode:
        opts |= 8
    source = ''.join(writer.out)
    info = {}
    _group_info(tree, info)
    ginfo = [0, 0, False] * tree.state.groups
    for g, (rank, parent, ahead) in info.items():
        ginfo[3 * g:3 * g + 3] = [rank, parent, ahead]
    groupindex = dict(tree.state.groupdict)
    code = _re.compile(source if is_str else source.encode('latin-1'), opts, groupindex, tuple(ginfo))
    if isinstance(code, str):
        raise error(code, pattern)
    return Pattern(pattern, flags, code, tree.state.groups - 1, groupindex)


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _build(pattern, flags)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


def _compile_template(pattern, repl):
    key = (pattern, repl)
    t = _template_cache.get(key)
    if t is None:
        groups, literals = _parser.parse_template(repl, pattern)
        for index, group in groups:
            literals[index] = group
        t = [piece for piece in literals if piece != '' and piece != b'']
        if len(_template_cache) >= _MAXCACHE:
            _template_cache.clear()
        _template_cache[key] = t
    return t
