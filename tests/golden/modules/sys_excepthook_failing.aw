import sys
print(sys.excepthook is sys.__excepthook__, sys.unraisablehook is sys.__unraisablehook__)
def bad_hook(t, v, tb):
    raise RuntimeError("hook failed")
sys.excepthook = bad_hook
raise KeyError("k")
