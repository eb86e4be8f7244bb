match x := 3:
    case 3: pass
match a, *b:
    case 1, *_,: pass
match -x:
    case -1 if x: pass
match not x:
    case {'a': 1, **r,}: pass
match (yield):
    case C(1,) | C(a=1,) | a.b.c.d(): pass
match match:
    case case: pass
match[x]:
    case [*a, b]: pass
match(x)
match = 2
print(match, case)
