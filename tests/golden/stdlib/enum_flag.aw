from enum import Flag, auto
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(Perm))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(list(Color), Color.BLUE.value, Color.RED | Color.BLUE)
