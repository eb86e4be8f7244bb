"""ast: only literal_eval, written for aw (aw's compiler does not expose its syntax trees).

literal_eval(source) accepts what CPython 3.11's does: strings and bytes (with implicit
concatenation), numbers, True/False/None, Ellipsis, tuples, lists, sets, dicts, set(),
unary + and - on numbers, and real +/- imaginary sums. The source is first compiled in
'eval' mode, so syntax errors are aw's SyntaxErrors; it is then tokenized and checked by a
small recursive parser, and each literal token's value is taken from aw itself. Anything else
raises ValueError('malformed node or string on line N: <ast.Name object at 0x...>'), naming
the node class CPython would. Difference: literal_eval takes only strings, no AST nodes.
"""

import re as _re

__all__ = ['literal_eval']

_NUMBER = (r'(?:[0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?|\.[0-9](?:_?[0-9])*)'
           r'(?:[eE][-+]?[0-9](?:_?[0-9])*)?[jJ]?'
           r'|[0-9](?:_?[0-9])*[eE][-+]?[0-9](?:_?[0-9])*[jJ]?'
           r'|0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+'
           r'|[0-9](?:_?[0-9])*[jJ]?')
_STRING = (r'(?:[rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?'
           r"(?:'''(?:\\.|[^\\])*?'''|\"\"\"(?:\\.|[^\\])*?\"\"\"|'(?:\\.|[^\\'\n])*'|\"(?:\\.|[^\\\"\n])*\")")
_TOKEN = _re.compile(r'(?P<space>[ \t\f]+|\\\r?\n|\r?\n|#[^\n]*)|(?P<string>' + _STRING +
                     r')|(?P<number>' + _NUMBER + r')|(?P<name>[A-Za-z_][A-Za-z_0-9]*)'
                     r'|(?P<op>\.\.\.|\*\*|//|<<|>>|<=|>=|==|!=|:=|->|[-+*/%@&|^~<>()\[\]{},:.;=!])',
                     _re.S)


class _Malformed(Exception):
    """A node literal_eval rejects: its CPython class name and line."""

    def __init__(self, kind, line):
        self.kind = kind
        self.line = line


class _Node:
    """Stands for the AST node named in the error message."""

    def __init__(self, kind):
        self.kind = kind

    def __repr__(self):
        return '<ast.%s object at %#x>' % (self.kind, id(self))


def _tokenize(source):
    tokens = []
    pos, line, n = 0, 1, len(source)
    while pos < n:
        m = _TOKEN.match(source, pos)
        if m is None:
            raise _Malformed('Expr', line)
        kind = m.lastgroup
        text = m.group()
        if kind != 'space':
            tokens.append((kind, text, line))
        line += text.count('\n')
        pos = m.end()
    tokens.append(('end', '', line))
    return tokens


class _Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def at(self, text):
        kind, t, _ = self.tokens[self.i]
        return kind == 'op' and t == text

    def expect(self, text):
        if not self.at(text):
            raise _Malformed('Expr', self.peek()[2])
        self.i += 1

    def top(self):
        value, is_tuple = self.exprlist(('end',))
        return value

    def exprlist(self, closers):
        """Items up to a closer; a comma anywhere makes a tuple."""
        items = []
        comma = False
        while not self.closing(closers):
            items.append(self.expr())
            if self.at(','):
                self.i += 1
                comma = True
            else:
                break
        if comma or not items:
            return tuple(items), True
        return items[0], False

    def closing(self, closers):
        kind, t, _ = self.peek()
        return (kind == 'end' and 'end' in closers) or (kind == 'op' and t in closers)

    def expr(self):
        """An atom, a signed number, or real +/- imaginary."""
        start = self.i
        value, kind = self.unary()
        if self.at('+') or self.at('-'):
            op = self.take()[1]
            line = self.peek()[2]
            right, rkind = self.unary()
            if kind not in ('int', 'float') or rkind != 'complex' or isinstance(right, bool):
                raise _Malformed('BinOp', line)
            value = value + right if op == '+' else value - right
            kind = 'complex'
        elif self.peek()[0] != 'end' and not self.at(',') and not self.at(':') and \
                not self.at(')') and not self.at(']') and not self.at('}'):
            raise _Malformed(self.trailer_kind(), self.tokens[start][2])
        return value

    _TRAILERS = {'(': 'Call', '[': 'Subscript', '.': 'Attribute', '<': 'Compare', '>': 'Compare',
                 '==': 'Compare', '!=': 'Compare', '<=': 'Compare', '>=': 'Compare',
                 'if': 'IfExp', 'and': 'BoolOp', 'or': 'BoolOp', 'in': 'Compare',
                 'is': 'Compare', 'not': 'Compare'}

    def trailer_kind(self):
        """The node CPython names for an atom followed by this token."""
        return self._TRAILERS.get(self.peek()[1], 'BinOp')

    def unary(self):
        """(value, kind) where kind is int/float/complex for numbers, else 'other'."""
        if self.at('+') or self.at('-'):
            op = self.take()[1]
            line = self.peek()[2]
            tok_kind, tok_text, _ = self.peek()
            if tok_kind == 'name' and tok_text in ('True', 'False', 'None'):
                raise _Malformed('Constant', line)
            if tok_kind == 'op' and tok_text in ('+', '-'):
                raise _Malformed('UnaryOp', line)
            value, kind = self.atom()
            if tok_kind != 'number' or kind not in ('int', 'float', 'complex'):
                raise _Malformed('UnaryOp', line)
            return (-value if op == '-' else +value), kind
        return self.atom()

    def atom(self):
        kind, text, line = self.take()
        if kind == 'number':
            value = eval(text)
            return value, type(value).__name__
        if kind == 'string':
            parts = [text]
            while self.peek()[0] == 'string':
                parts.append(self.take()[1])
            for p in parts:
                if p[:2].lower() in ('f"', "f'", 'fr', 'rf'):
                    raise _Malformed('JoinedStr', line)
            return eval(' '.join(parts)), 'other'
        if kind == 'name':
            if text in ('True', 'False', 'None'):
                return {'True': True, 'False': False, 'None': None}[text], 'other'
            if text == 'set' and self.at('(') and self.tokens[self.i + 1][1] == ')':
                self.i += 2
                return set(), 'other'
            self.i -= 1
            raise _Malformed(self.name_kind(), line)
        if kind == 'op':
            if text == '...':
                return ..., 'other'
            if text == '(':
                value, _ = self.exprlist((')',))
                self.expect(')')
                return value, 'other'
            if text == '[':
                items = []
                while not self.at(']'):
                    items.append(self.expr())
                    if not self.at(','):
                        break
                    self.i += 1
                self.expect(']')
                return items, 'other'
            if text == '{':
                return self.braces(line), 'other'
        raise _Malformed('Expr', line)

    _KEYWORDS = {'lambda': 'Lambda', 'not': 'UnaryOp', 'await': 'Await', 'yield': 'Yield'}

    def name_kind(self):
        text = self.tokens[self.i][1]
        if text in self._KEYWORDS:
            return self._KEYWORDS[text]
        nxt = self.tokens[self.i + 1]
        if nxt[0] == 'op' and nxt[1] == '(':
            return 'Call'
        if nxt[0] == 'op' and nxt[1] == '.':
            return 'Attribute'
        return 'Name'

    def braces(self, line):
        if self.at('}'):
            self.i += 1
            return {}
        first = self.expr()
        if self.at(':'):
            self.i += 1
            keys, values = [first], [self.expr()]
            while self.at(','):
                self.i += 1
                if self.at('}'):
                    break
                keys.append(self.expr())
                self.expect(':')
                values.append(self.expr())
            self.expect('}')
            return dict(zip(keys, values))
        items = [first]
        while self.at(','):
            self.i += 1
            if self.at('}'):
                break
            items.append(self.expr())
        self.expect('}')
        return set(items)


def literal_eval(node_or_string):
    """
    Evaluate an expression node or a string containing only a Python
    expression.  The string or node provided may only consist of the following
    Python literal structures: strings, bytes, numbers, tuples, lists, dicts,
    sets, booleans, and None.

    Caution: A complex expression can overflow the C stack and cause a crash.
    """
    if not isinstance(node_or_string, str):
        if isinstance(node_or_string, bytes):
            node_or_string = node_or_string.decode('utf-8')
        else:
            raise ValueError('malformed node or string: %r' % (node_or_string,))
    source = node_or_string.lstrip(' \t')
    compile(source, '<unknown>', 'eval')        # SyntaxError as the compiler words it
    try:
        return _Parser(_tokenize(source)).top()
    except _Malformed as e:
        raise ValueError('malformed node or string on line %d: %r'
                         % (e.line, _Node(e.kind))) from None
