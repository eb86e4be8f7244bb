import timeit, io, sys, linecache
t = timeit.Timer("x = 1\ny = x / 0")
try:
    t.timeit(3)
except ZeroDivisionError:
    s = io.StringIO()
    t.print_exc(s)
    out = s.getvalue().splitlines()
    print(out[0], out[-3], out[-1])
linecache.cache['<mine>'] = (10, None, ['a = 1\n', 'b = 2\n'], '<mine>')
print(repr(linecache.getline('<mine>', 2)), linecache.getlines('<mine>'))
code = compile("def f():\n    return 1 // 0\n", "<mine2>", "exec")
linecache.cache['<mine2>'] = (1, None, ["def f():\n", "    return 1 // 0\n"], '<mine2>')
ns = {}
exec(code, ns)
import traceback
try:
    ns['f']()
except ZeroDivisionError:
    print(traceback.format_exc().splitlines()[-3:])
class W(io.TextIOWrapper):
    def getvalue(self):
        self.flush()
        return self.buffer.raw.getvalue().decode()
w = W(io.BufferedWriter(io.BytesIO()), 'utf-8')
with w as v:
    print(type(v).__name__, v is w)
    v.write("hello")
    print(v.getvalue())
