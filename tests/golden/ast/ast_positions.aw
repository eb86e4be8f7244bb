import ast
exec(compile(ast.parse('1 + 2', mode='single'), '<s>', 'single'))
src = '''@dec
@other(1)
def f():
    s = """a
b"""
    return "é" + f"{s}é{'ü'}"

class K:
    x: int
    def g(self, /, a=(1, 2), *, b: "str" = None): ...
'''
t = ast.parse(src)
print(ast.dump(t, include_attributes=True, indent=1))
for node in ast.walk(t):
    if isinstance(node, ast.expr):
        print(type(node).__name__, repr(ast.get_source_segment(src, node)))
print(ast.unparse(t))
import sys
print(ast.dump(ast.parse('a if b else c\n' * 2, mode='exec')))
for s in ['U"x"', 'u"x" "y"', '"y" u"x"', 'u"a" f"{b}c"', 'u"a" f"{b:{c}d}"', 'x = u"q"']:
    print(ast.dump(ast.parse(s)), ast.unparse(ast.parse(s)))
