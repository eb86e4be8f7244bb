import ast
tree = ast.Module([ast.Expr(ast.Name('x', ast.Load()))], [])
compile(tree, '<ast>', 'exec')
