def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2), TypeError(3)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise
f()
