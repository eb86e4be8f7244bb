def raiser():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError("k")])

try:
    raiser()
except* ValueError as e:
    print("value:", repr(e), e.exceptions)
except* TypeError as e:
    print("type:", repr(e))
except* KeyError:
    print("key")
print("after")

try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked:", repr(e), type(e).__name__, e.exceptions)

try:
    try:
        raise TypeError("t")
    except* ValueError:
        print("no")
except TypeError as e:
    print("naked passes through:", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled value")
except ExceptionGroup as e:
    print("rest:", repr(e), e.exceptions)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised:", repr(e), e.exceptions)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print("new+rest:", repr(e), [repr(x) for x in e.exceptions])
    print(repr(e.exceptions[0].__context__))

try:
    try:
        raise ValueError(5)
    except* ValueError:
        raise KeyError("from naked")
except KeyError as e:
    print("naked raise:", repr(e), repr(e.__context__))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* 42:
        pass
except TypeError as e:
    print(e)

try:
    raise ExceptionGroup("g", [ValueError(1)])
except* (ValueError, TypeError) as e:
    print("tuple", repr(e))
else:
    print("else not run")
finally:
    print("finally")

try:
    pass
except* ValueError:
    pass
else:
    print("else runs")

def f():
    for i in range(3):
        try:
            raise ExceptionGroup("x", [ValueError(i)])
        except* ValueError as e:
            for j in range(2):
                if j: break
            print("loop", i, e.exceptions)
    try:
        e
    except NameError as ne:
        print("cleared", ne)
f()

import sys
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print(repr(sys.exc_info()[1]))
print(sys.exc_info())

try:
    raise ExceptionGroup("nested", [ExceptionGroup("in", [ValueError(1), TypeError(2)]), ValueError(3)])
except* ValueError as e:
    print(repr(e))
except* TypeError as e:
    print(repr(e))
