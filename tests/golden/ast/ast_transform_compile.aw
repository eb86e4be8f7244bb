import ast

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'foo':
            return ast.Name('bar', node.ctx)
        return node

src = '''
def bar(x):
    return x + 1
print(foo(20), [i * 3 for i in range(3)])
r = {'k': 5}
match r:
    case {'k': 10}:
        print('matched', r)
    case _:
        print('no')
class A:
    async def m(self):
        return 1
try:
    1 / 0
except ZeroDivisionError as e:
    print('err', e)
'''
tree = ast.parse(src)
tree = Doubler().visit(tree)
tree = Renamer().visit(tree)
ast.fix_missing_locations(tree)
code = compile(tree, '<ast>', 'exec')
ns = {}
exec(code, ns)
print(eval(compile(ast.parse('1 + 2 * 3', mode='eval'), '<e>', 'eval')))
e = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(e), '<e>', 'eval')))
m = ast.Module([ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('hi'), ast.Constant(-3), ast.Constant(2.5), ast.Constant(1j), ast.Constant(b'x'), ast.Constant(10**30)], []))], [])
exec(compile(ast.fix_missing_locations(m), '<m>', 'exec'))
class V(ast.NodeVisitor):
    def __init__(self): self.names = []
    def visit_Name(self, node):
        self.names.append(node.id); self.generic_visit(node)
v = V(); v.visit(ast.parse('a = b + c(d)')); print(v.names)
t = ast.parse('x = 1\ny = 2')
ast.increment_lineno(t, 3)
print(ast.dump(t, include_attributes=True))
print(ast.unparse(ast.parse('lambda: (yield)')))
for s in ['a if b else c', 'f(*a, k=1, **kw)', "x[1:2, ::3]", "not (a and b or c)", '(a, b) = c', "-x ** 2", "f'{x!r:>10}'", 'del a.b, c[0]']:
    print(ast.unparse(ast.parse(s)))
def t(tree, mode='exec'):
    try: compile(tree, '<t>', mode); print('ok')
    except Exception as e: print(type(e).__name__, e)
t(ast.Module([ast.Expr(None, lineno=1, col_offset=0)], []))
t(ast.Module([ast.Expr(lineno=1, col_offset=0)], []))
t(ast.Module([ast.Pass()], []))
t(ast.Module([ast.Pass(lineno='a', col_offset=0)], []))
t(ast.Module(ast.Pass(lineno=1, col_offset=0), []))
t(ast.Module([ast.Pass(lineno=1, col_offset=0)]))
t(ast.Module([ast.Expr(ast.Name(1, ast.Load(),lineno=1, col_offset=0), lineno=1, col_offset=0)], []))
t(ast.Module([ast.Expr(ast.Name('x', ast.Store(),lineno=1, col_offset=0), lineno=1, col_offset=0)], []))
t(ast.Module([ast.Expr(ast.Name('x', None,lineno=1, col_offset=0), lineno=1, col_offset=0)], []))
t(ast.Module([ast.Expr(ast.Constant([1],lineno=1, col_offset=0), lineno=1, col_offset=0)], []))
t(ast.Module([], []), 'eval')
t(ast.Expression(ast.Name('x', ast.Load(),lineno=1, col_offset=0)), 'exec')
t(ast.Module([ast.FunctionDef('f', ast.arguments([],[],None,[],[],None,[]), [], [], lineno=1, col_offset=0)], []))
t(ast.Module([ast.Expr(ast.Name('None', ast.Load(),lineno=1, col_offset=0), lineno=1, col_offset=0)], []))
t(ast.fix_missing_locations(ast.Module([ast.Return(ast.Constant(1))], [])))
t(42)
try: ast.parse('x = (')
except SyntaxError as e: print(e, e.lineno, e.offset)
try: ast.literal_eval('a + 1')
except ValueError as e: print(str(e)[:40])
print(ast.literal_eval(ast.parse('[1, (2, 3)]', mode='eval')))
print(compile('1', '<s>', 'eval', ast.PyCF_ONLY_AST).__class__.__name__)
print(ast.Num(5).n, ast.Str('s').s, isinstance(ast.Constant('x'), ast.Str), ast.Index(5))
print(ast.Name._fields, ast.Name.__match_args__, ast.stmt._attributes, ast.Name.__doc__)
match ast.parse('f(1)', mode='eval').body:
    case ast.Call(ast.Name(id=fn), [ast.Constant(value=v)]):
        print('call', fn, v)
