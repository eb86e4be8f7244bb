import sys
print(sys.flags.optimize, sys.flags.dev_mode, sys.hash_info.width, sys.int_info.bits_per_digit, sys.float_repr_style)
print(sys.getswitchinterval()); sys.setswitchinterval(0.01); print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
print(sys.is_finalizing(), sys.warnoptions, sys.excepthook is sys.__excepthook__)
print(type(sys.flags).__name__, len(sys.flags), sys.flags.int_max_str_digits)
def hook(t, v, tb):
    print("custom hook:", t.__name__, v, type(tb).__name__, file=sys.stderr)
    print("stdout from hook")
sys.excepthook = hook
print("before")
def f():
    raise ValueError("boom")
f()
