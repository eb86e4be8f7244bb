from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)
print(P(1), P(1, 2) < P(2, 0), sorted([P(3), P(1, 5), P(1, 2)]), P(1) == P(1), asdict(P(1, 2)), astuple(P(3)), replace(P(1), y=9))
@dataclass(frozen=True)
class F:
    a: int
    b: str = "s"
f = F(1); t(lambda: setattr(f, 'a', 2)); print(hash(f) == hash(F(1)), f)
t(lambda: exec("@dataclass\nclass Bad:\n    a: int = 1\n    b: int\n", globals()))
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale): self.b = self.a * scale
print(Post(2, 3), [x.name for x in fields(Post)])
@dataclass
class Child(P):
    z: int = 5
print(Child(1, 2, z=3), Child.__mro__[1].__name__)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1))
@dataclass
class Defaults:
    items: list = field(default_factory=lambda: [1])
    n: int = field(default=3, metadata={"k": 1})
print(Defaults(), fields(Defaults)[1].metadata["k"])
t(lambda: exec("@dataclass\nclass M:\n    x: list = []\n", globals()))
@dataclass(slots=True)
class Sl:
    a: int
print(Sl(1), hasattr(Sl(1), '__dict__'))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
t(lambda: K(1))
@dataclass
class Rep:
    name: str
    def __repr__(self): return "custom"
print(Rep("x"), P.__match_args__ if hasattr(P, '__match_args__') else None)
print(repr(P.__init__.__doc__), P.__dataclass_fields__['x'].type)
@dataclass(slots=True, frozen=True)
class SF:
    a: int
    b: int = 2
sf = SF(1); print(sf, sf.b, SF.__slots__, hash(sf) == hash(SF(1)))
t(lambda: setattr(sf, 'a', 5))
@dataclass(slots=True)
class SB(Sl):
    c: int = 0
print(SB(1, 2), SB.__slots__, SB.__qualname__)
t(lambda: setattr(Sl(1), 'zz', 1))
