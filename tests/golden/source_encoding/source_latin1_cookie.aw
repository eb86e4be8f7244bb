# -*- coding: latin-1 -*-
# Latin-1 bytes under a cookie: literals, names and comments (été) decode.
import traceback
café = "déjà vu © ñ"
print(café, len(café), café.encode("utf-8"))
print(f"{café!r:>20}|", "½" == "\xbd")


def f():
    """Docstring: über."""
    raise ValueError("échec " + café)


print(f.__doc__)
try:
    f()
except ValueError as e:
    print(repr(e), traceback.extract_tb(e.__traceback__)[-1].line)
import source_cp1252_mod as m
print(m.TEXT, m.shout("naïve"), m.__doc__)
try:
    m.fail()
except KeyError as e:
    print(repr(e), traceback.extract_tb(e.__traceback__)[-1].line)
