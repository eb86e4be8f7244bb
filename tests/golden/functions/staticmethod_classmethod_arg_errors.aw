# staticmethod() and classmethod() take exactly one positional argument, as CPython words it.
for make in [lambda: staticmethod(), lambda: classmethod(len, abs), lambda: staticmethod(func=len),
             lambda: classmethod()]:
    try:
        make()
    except TypeError as e:
        print(e)
