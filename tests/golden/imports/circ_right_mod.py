import circ_left_mod

try:
    print(circ_left_mod.READY)
except AttributeError as e:
    print("AttributeError:", e)
try:
    from circ_left_mod import READY
except ImportError as e:
    print("ImportError:", str(e).split(" (/")[0])
