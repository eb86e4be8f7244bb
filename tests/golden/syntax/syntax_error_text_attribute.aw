# SyntaxError.text is newline-terminated (also for the last line), and an f-string field's
# error shows the "(expression)" CPython parsed.
for src in ["x = f'{1 +}'", "y = 1\nprint(f'{a b}')", "z = f'abc {x!z}'", "w = f'{)}'", "def f(:\n  pass\n", "a = 1 +"]:
    try:
        compile(src, "f.py", "exec")
    except SyntaxError as e:
        print(repr(e.text), e.offset, e.lineno, e.msg)
