# codeop.compile_command and code.InteractiveConsole decide complete/incomplete input as CPython's do.
import codeop, code, io, sys, contextlib
cases = ["x = 1", "if True:", "if True:\n", "if True:\n  print(1)", "if True:\n  print(1)\n", "if True:\n  print(1)\n\n", "(1,", "def f():\n  pass\n", "x = (1 +\n 2)", "'''abc", "for x in y:\n  pass\nelse:", "@dec", "@dec\n", "class A: pass", "try:\n  x\n", "x = 1\n", "print(1", "if x:\n  y\nelse:\n  z\n", "x = = 1", ""]
for c in cases:
    try:
        r = codeop.compile_command(c)
        r = "None" if r is None else "code"
    except SyntaxError as e:
        r = "SE " + e.msg
    print("cc", repr(c), r)
con = code.InteractiveConsole({"__name__": "__console__"})
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
    for line in ["a = 5", "if a > 3:", "    print('big', a)", "", "def sq(n):", "    return n * n", "", "print(sq(a))", "1/0", "b ="]:
        more = con.push(line)
        print("more" if more else "done")
print(out.getvalue())
