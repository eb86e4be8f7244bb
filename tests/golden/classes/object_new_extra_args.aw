# object.__new__ / object.__init__ with extra arguments: CPython's messages depend on which of
# __new__ and __init__ the class overrides
class C: pass
try: C(1)
except TypeError as e: print(e)
class D:
    def __new__(cls, *a): return object.__new__(cls, *a)
try: D(1)
except TypeError as e: print(e)
class E:
    def __init__(self, *a): object.__init__(self, *a)
try: E(1)
except TypeError as e: print(e)
for args in ((C, 42), (C,), (E, 1)):
    try: print(type(object.__new__(*args)).__name__)
    except TypeError as e: print(e)
try: C.__new__(C, 42)
except TypeError as e: print(e)
try: object.__new__(C, x=1)
except TypeError as e: print(e)
