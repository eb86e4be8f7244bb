match x:
    case C(): pass
    case -1 | {1: a, **r} | [a, *_] as z if z: pass
    case 1 + 2j | -1.5 - 3j | "a" "b" | b"x" | None | True | False: pass
    case (a, b, *c) | [a, b, *c] | (a, b, *c,): pass
    case a.b.c | d.e: pass
    case P(1, x, y=2, z=(a, b)) | P.Q(y=3,) | P(1,): pass
    case {"a": 1, b.c: 2, None: d, -3: e,}: pass
    case (x): pass
    case (): pass
    case []: pass
    case {}: pass
    case {**rest}: pass
    case _: pass
match a, *b:
    case 1, 2: pass
    case 1, *_,: pass
match (x := 3):
    case _ if (y := 3): pass
match = 1
match(x)
match[1]
match -x
match * x
case = 2
_ = 3
