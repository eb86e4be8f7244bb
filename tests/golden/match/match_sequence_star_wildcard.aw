# `*_` does not build a list: items are read by index, from the end for those after the star.
class Seq(list):
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)
    def __len__(self):
        print("len")
        return list.__len__(self)

match Seq([1, 2, 3, 4, 5]):
    case [a, *_, b, c]:
        print(a, b, c)
match list(range(10)):
    case [0, 1, *_]:
        print("starts with 0, 1")
match [1]:
    case [*_]:
        print("any sequence")
match [1, 2, 3]:
    case [*rest]:
        print("rest", rest)
match (1, 2, 3):
    case (*init, 3):
        print("init", init)
match [1, 2]:
    case [1, 2, *more, 3]:
        print("too short")
    case [*_, 2]:
        print("ends with 2")
