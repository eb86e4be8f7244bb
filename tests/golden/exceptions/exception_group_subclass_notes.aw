# ExceptionGroup subclasses name themselves when refusing BaseExceptions; split/subgroup
# give each part its own copy of __notes__ (none when __notes__ is not a sequence).
class MyEG(ExceptionGroup):
    pass

class MyBEG(BaseExceptionGroup, ValueError):
    pass

class Loose(BaseExceptionGroup):
    pass

for cls in (ExceptionGroup, MyEG, MyBEG, Loose):
    try:
        g = cls("eg", [ValueError(1), KeyboardInterrupt(2)])
        print(cls.__name__, "made", type(g).__name__)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.add_note("note1")
match, rest = eg.split(TypeError)
print(match.__notes__, rest.__notes__, match.__notes__ is eg.__notes__, match.__notes__ is rest.__notes__)
match.add_note("m")
print(eg.__notes__, match.__notes__, rest.__notes__)

eg2 = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg2.__notes__ = ("tuple note",)
sub = eg2.subgroup(ValueError)
print(sub.__notes__, type(sub.__notes__).__name__)

eg3 = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg3.__notes__ = 123
m, r = eg3.split(ValueError)
print(hasattr(m, "__notes__"), hasattr(r, "__notes__"))

try:
    try:
        raise ExceptionGroup("outer", [ValueError("v"), TypeError("t")])
    except* ValueError as e:
        e.add_note("handled")
        raise
except ExceptionGroup as g:
    print(repr(g), getattr(g, "__notes__", None), [getattr(x, "__notes__", None) for x in g.exceptions])
