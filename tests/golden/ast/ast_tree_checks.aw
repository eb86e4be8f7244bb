import ast
print(ast.dump(ast.parse("return 1\nnonlocal x\nawait y\nbreak")))
print(ast.dump(ast.parse(b"# -*- coding: latin-1 -*-\nx = '\xe9'")))
e = ast.Expr(lineno=1, col_offset=0)
e.value = ast.UnaryOp(ast.USub(), None, lineno=1, col_offset=0)
n = e.value
n.operand = n
try: compile(ast.Module([e], []), '<c>', 'exec')
except RecursionError as ex: print('RecursionError', str(ex)[:40])
deep = ast.Constant(1, lineno=1, col_offset=0)
for i in range(3000):
    deep = ast.UnaryOp(ast.USub(), deep, lineno=1, col_offset=0)
try: compile(ast.Expression(deep), '<c>', 'eval')
except RecursionError as ex: print('RecursionError deep')
class MyName(ast.Name):
    @property
    def id(self): return 'len'
    @id.setter
    def id(self, v): pass
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Call(MyName('q', ast.Load()), [ast.Constant('abc')], []))), '', 'eval')))
for bad in [ast.Module((), []), ast.Module([ast.Import([], lineno=1, col_offset=0)], []),
            ast.Module([ast.Expr(ast.Compare(ast.Name('a', ast.Load()), [ast.Eq()], [], lineno=1, col_offset=0), lineno=1, col_offset=0)], [])]:
    try: compile(ast.fix_missing_locations(bad), '<c>', 'exec'); print('ok')
    except Exception as ex: print(type(ex).__name__, ex)
print(ast.get_source_segment("a = f(x,\n  y)", ast.parse("a = f(x,\n  y)").body[0].value))
