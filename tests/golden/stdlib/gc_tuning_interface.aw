# The gc module's tuning interface answers with CPython's shapes and defaults.
import gc

print(gc.isenabled(), gc.collect() >= 0)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(900, 20, 5)
print(gc.get_threshold(), type(gc.get_count()), len(gc.get_count()))
print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_SAVEALL)
print(gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE)
gc.set_debug(0)
gc.freeze()
print(type(gc.get_freeze_count()).__name__)
gc.unfreeze()
print(gc.garbage, gc.callbacks)
for bad in [lambda: gc.set_threshold(), lambda: gc.set_threshold("x"), lambda: gc.get_threshold(1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__)
