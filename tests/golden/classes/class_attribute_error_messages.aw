class Thing:
    pass
t = Thing()
try:
    t.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Thing.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    'str'.nope()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.x
except AttributeError as e:
    print(type(e).__name__, e)
