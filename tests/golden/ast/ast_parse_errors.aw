import ast
cases = ["f() = 1", "1 = x", "del f()", "x + 1 += 2", "(a, b) += 1", "def f(a, a): pass", "lambda a, a: 1",
         "f(x for x in y, 1)", "f(a=1, a=2)", "a, *b, *c = d", "*a = 1", "x = yield = 1",
         "nonlocal x", "return", "break", "continue", "await x", "yield x", "async def f(): yield from x",
         "def f():\n  x = 1\n  global x", "from __future__ import braces", "class A: return",
         "[x async for x in y]", "def f(*, a): pass", "def f(*): pass", "import a.b as", "True = 1", "__debug__ = 1",
         "def f(__debug__): pass", "f(__debug__=1)", "match x:\n case a | b: pass", "match x:\n case {**_}: pass",
         "match x:\n case a:\n  pass\n case b:\n  pass", "x: int += 1", "(yield)", "a := 1", "f(a := 1)", "x[a:=1]",
         "{**a for a in b}", "[*a for a in b]", "'%s' % (*a,)", "del (a, b)", "del [a, (b)]", "with a as f(): pass",
         "for f() in x: pass", "try:\n pass\nexcept* ():\n pass", "except", "0777", "1__0", "'\\N{foo}'", "b'é'", "f'{'", "f'{a!x}'"]
for s in cases:
    try:
        t = ast.parse(s)
        print(repr(s), 'OK', ast.dump(t)[:60])
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset)
