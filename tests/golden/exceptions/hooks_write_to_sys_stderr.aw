# sys.excepthook, sys.__excepthook__ and sys.unraisablehook report on whatever sys.stderr is
# at the time (a StringIO here), as CPython's do
import io, sys

def capture(fn):
    old, sys.stderr = sys.stderr, io.StringIO()
    try:
        fn()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = old

def hook():
    try:
        undefined_name
    except NameError:
        sys.excepthook(*sys.exc_info())

def original_hook():
    try:
        raise ValueError("bad value") from KeyError("k")
    except ValueError:
        sys.__excepthook__(*sys.exc_info())

class Finalized:
    def __del__(self):
        raise RuntimeError("from a finalizer")

def unraisable():
    x = Finalized()
    del x

for fn in (hook, original_hook, unraisable):
    text = capture(fn)
    lines = [line.split(" at 0x")[0] for line in text.splitlines() if not line.startswith("  ")]
    print(fn.__name__, "->", lines)

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

w = Writer()
sys.stderr, old = w, sys.stderr
try:
    raise KeyError("x")
except KeyError:
    sys.excepthook(*sys.exc_info())
sys.stderr = old
print("".join(w.parts).splitlines()[-1])

# a program's own sys.unraisablehook receives CPython's UnraisableHookArgs
def my_hook(args):
    print(type(args).__name__, args.err_msg, args.object.__qualname__, args.exc_type.__name__,
          args.exc_value, args.exc_traceback is not None)
sys.unraisablehook = my_hook
x = Finalized()
del x
sys.unraisablehook = sys.__unraisablehook__
