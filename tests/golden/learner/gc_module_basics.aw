# The gc module's switches and collect().
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__)
print(type(gc.collect(2)).__name__)
