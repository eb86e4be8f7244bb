def h():
    e = ExceptionGroup("a", [ValueError(1)])
    for i in range(12):
        e = ExceptionGroup(f"d{i}", [e, ExceptionGroup("w", [TypeError(j) for j in range(16)])])
    raise e
h()
