import ast
for s in ['x = 1\r\ny = (2 +\r\n  3)\r\n', 'if a:\n\tb = "\U0001F600" + c\n', 'x = 1 + \\\n    2', 'a[1:2]\n\x0cb', 'def f():\n    """d"""\n    return\n', 'lambda: 1', '(x for x in y)', 'f(x for x in y)', 'a.b.c(d)[e]', 'x = [\n  1,\n  2,\n]', 'class A(B, C): pass', 'print(f"{x=}")', 'del a, b', 'global a, b']:
    try:
        t = ast.parse(s)
        print(ast.dump(t, include_attributes=True))
        for n in ast.walk(t):
            if hasattr(n, 'lineno') and isinstance(n, (ast.expr, ast.stmt)): print(repr(ast.get_source_segment(s, n)))
    except SyntaxError as e:
        print('SE', e)
