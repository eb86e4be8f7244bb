import ast, gc
class Lazy(ast.Expr):
    @property
    def value(self):
        gc.collect()
        return ast.Call(ast.Name('print', ast.Load(), lineno=1, col_offset=0), [ast.Constant('lazy', lineno=1, col_offset=0)], [], lineno=1, col_offset=0)
m = ast.Module([Lazy(lineno=1, col_offset=0)], [])
exec(compile(m, '<l>', 'exec'))
