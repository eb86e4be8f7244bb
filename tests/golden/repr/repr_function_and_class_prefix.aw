def f():
    pass
class K:
    pass
print(repr(f).startswith('<function f at 0x'), repr(K), repr(K()).startswith('<__main__.K object at 0x'), repr(len), repr(print))
