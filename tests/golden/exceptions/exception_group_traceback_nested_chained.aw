def f():
    raise ExceptionGroup("many", [ValueError(1), TypeError("x")])
def g():
    try:
        f()
    except Exception as e:
        raise ExceptionGroup("outer", [e, KeyError("k"), ExceptionGroup("inner", [OSError(2, "nofile")])]) from ValueError("cause")
try:
    g()
except BaseException as e:
    pass
x = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
try:
    raise x
except ExceptionGroup as e:
    pass
def h():
    e = ExceptionGroup("a", [ValueError(1)])
    for i in range(12):
        e = ExceptionGroup(f"d{i}", [e])
    raise e
try:
    h()
except ExceptionGroup:
    pass
g()
