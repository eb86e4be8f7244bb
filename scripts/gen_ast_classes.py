import _ast, ast
out = ['''"""_ast: CPython 3.11's node classes (generated once from CPython 3.11's _ast by
scripts/gen_ast_classes.py; do not edit by hand). stdlib/ast_convert.c builds and reads these
nodes: compile(source, ..., PyCF_ONLY_AST) returns them and compile(tree, ...) runs them."""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    __module__ = 'ast'
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = getattr(type(self), '_fields', ())
        if len(args) > len(fields):
            raise TypeError('%.400s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, len(fields), '' if len(fields) == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__) or None
''']
seen = {'AST'}
def emit(cls):
    if cls.__name__ in seen: return
    base = cls.__bases__[0]
    emit(base)
    seen.add(cls.__name__)
    lines = ['', '', 'class %s(%s):' % (cls.__name__, base.__name__), "    __module__ = 'ast'"]
    if cls.__doc__:
        lines.append('    __doc__ = %r' % cls.__doc__)
    d = cls.__dict__
    if '_fields' in d:
        lines.append('    _fields = %r' % (d['_fields'],))
        lines.append('    __match_args__ = %r' % (d['__match_args__'],))
    if '_attributes' in d:
        lines.append('    _attributes = %r' % (d['_attributes'],))
    for name in d.get('_fields', ()) + d.get('_attributes', ()):
        if name in d and d[name] is None:
            lines.append('    %s = None' % name)
    out.append('\n'.join(lines) + '\n')
names = [n for n in dir(_ast) if isinstance(getattr(_ast, n), type) and issubclass(getattr(_ast, n), _ast.AST)]
# CPython's own order: walk subclasses from AST
def walk(c):
    yield c
    for s in c.__subclasses__():
        if s.__module__ == 'ast' and s.__name__ in names and getattr(_ast, s.__name__) is s:
            yield from walk(s)
for c in walk(_ast.AST):
    if c is not _ast.AST: emit(c)
missing = set(names) - seen
assert not missing, missing
print(''.join(out), end='')
