# A name looked up in a module whose import has not finished is reported as CPython does:
# "partially initialized module ... (most likely due to a circular import)".
import circ_left_mod

print(circ_left_mod.READY)
try:
    circ_left_mod.NOT_THERE
except AttributeError as e:
    print("after import:", e)
