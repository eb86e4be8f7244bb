# traceback: format_exc, print_exc, extract_tb, format_exception(_only), limits, chains, stacks.
import traceback, sys, io

def inner():
    return 1 / 0

def outer():
    inner()

try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1])
    print(len(traceback.format_exception(*sys.exc_info())))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    tb = sys.exc_info()[2]
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, repr(fs.line), fs.filename.endswith('tb.py'))
    print(traceback.format_exception_only(sys.exc_info()[1]))
    print(traceback.format_exception_only(ValueError, ValueError("bad")))
    print([l.splitlines()[0].split(',')[1:] for l in traceback.format_tb(tb)])
    print(traceback.format_exc(limit=1).count('File'))
    print(traceback.format_exc(limit=-1).count('File'), 'inner' in traceback.format_exc(limit=-1))

try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    s = "".join(traceback.format_exception(e))
    print(s.count("Traceback"), "direct cause" in s, s.splitlines()[-1])
    print("".join(traceback.format_exception(e, chain=False)).count("Traceback"))
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__, type(te.__cause__).__name__, list(te.format_exception_only()))

def show():
    return traceback.extract_stack()
st = show()
print([(f.name, f.lineno) for f in st][-2:], st[-1].line)
print(traceback.format_list([('f.py', 3, 'fn', 'x = 1')]))
print(traceback.format_exception_only(SyntaxError("invalid syntax", ("m.py", 2, 5, "a b c\n"))))
print(repr(traceback.FrameSummary('f.py', 3, 'fn', line='x')))
try:
    raise RuntimeError("to stderr")
except RuntimeError:
    print(traceback.format_exc().replace(__file__, "FILE"), end="")
