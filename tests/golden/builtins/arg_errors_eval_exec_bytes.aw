# Argument errors of eval, exec, bytes/bytearray, bytes.join, classmethod and staticmethod are
# worded as CPython 3.11 words them; exec's globals/locals may be keywords.
cases = [
    "eval()", "eval('1', {}, {}, 4)", "eval(source='1')", "eval('1', globals={})",
    "exec()", "exec('x = 1', {}, {}, {})", "exec(source='x = 1')",
    "exec('print(v)', globals={'v': 'kw globals'})", "exec('pass', closure=None)",
    "bytes(1, 2)", "bytes('a', errors=1)", "bytes('a', 'utf-8', 1)", "bytearray('a', errors=3)",
    "bytearray(encoding=5)", "bytes('a', 'ascii')", "bytes(encoding='ascii')",
    "b'-'.join(5)", "bytearray(b'-').join(None)", "b'-'.join([b'a', bytearray(b'b')])", "b''.join([1])",
    "classmethod()", "staticmethod(1, 2)", "classmethod(len, x=1)", "staticmethod(f=len)",
]
for src in cases:
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)


class MyClassMethod(classmethod):
    pass


try:
    MyClassMethod()
except TypeError as e:
    print("subclass:", e)
