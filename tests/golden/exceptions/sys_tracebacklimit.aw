# sys.tracebacklimit: the uncaught-exception report shows the innermost N entries (none, and no
# "Traceback" line, below 1; huge values are no limit; non-ints are ignored); the traceback
# module keeps the outermost N.
import subprocess, sys, traceback
code = """if 1:
    import sys
    def f1():
        1 / 0
    def f2():
        f1()
    sys.tracebacklimit = %s
    f2()
"""
for limit in ("10", "3", "2", "1", "0", "-1", "1<<1000", "-1<<1000", "None", "'x'", "True", "2.5"):
    p = subprocess.run([sys.executable, "-c", code % limit], capture_output=True, text=True)
    print(limit, p.stderr.splitlines())
def g1():
    raise ValueError("v")
def g2():
    g1()
for limit in (None, 1, 0, -2):
    if limit is None:
        sys.__dict__.pop("tracebacklimit", None)
    else:
        sys.tracebacklimit = limit
    try:
        g2()
    except ValueError:
        lines = [l.strip() for l in traceback.format_exc().splitlines() if l.strip().startswith(("File", "Trace", "Value"))]
        print(limit, [l.replace(__file__, "FILE") for l in lines])
sys.tracebacklimit = 1
try:
    try:
        g2()
    except ValueError as e:
        raise KeyError("k") from e
except KeyError as e:
    print(len(traceback.format_exception(e)))
