class A:
    __hash__ = None
try:
    {A()}
except TypeError as e:
    print(type(e).__name__, e)
