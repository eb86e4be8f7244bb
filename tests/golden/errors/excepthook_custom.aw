# an uncaught exception goes to sys.excepthook when the program sets one
import sys
print(sys.excepthook is sys.__excepthook__)
def hook(t, v, tb):
    print("hook:", t.__name__, v, type(tb).__name__)
sys.excepthook = hook
print("before")
raise KeyError("via hook")
