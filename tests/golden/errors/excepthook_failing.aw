import sys
print(sys.excepthook is sys.__excepthook__)
def bad(t, v, tb):
    print("in bad hook", t.__name__)
    raise RuntimeError("hook failed")
sys.excepthook = bad
def f():
    raise ValueError("original")
f()
