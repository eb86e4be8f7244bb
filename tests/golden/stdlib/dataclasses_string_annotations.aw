# dataclasses: the generated __init__ carries the fields' annotations, and string annotations
# (from __future__ import annotations) are recognised as ClassVar / InitVar / KW_ONLY by
# looking the name up in the class's module, as CPython does
from __future__ import annotations
import dataclasses, inspect, typing
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import ClassVar, List, Optional
import typing as t

@dataclass
class Point:
    x: int
    y: float = 0.0
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = None

print(inspect.signature(Point))
print(Point.__init__.__annotations__)

@dataclass
class Vars:
    a: int
    count: ClassVar[int] = 0
    spaced: typing . ClassVar [int] = 1
    alias: t.ClassVar[int] = 2          # t is bound to the typing module here
    scale: InitVar[int] = 1
    dotted: dataclasses.InitVar[str] = "s"
    _: KW_ONLY
    flag: bool = False

    def __post_init__(self, scale, dotted):
        self.a *= scale
        self.extra = dotted

v = Vars(2, 10, "d", flag=True)
print(v, v.extra)
print([f.name for f in dataclasses.fields(Vars)])
print(inspect.signature(Vars))

@dataclass
class Mixed:
    x: int
    y: "typing.ClassVar[str]" = "class level"
print(inspect.signature(Mixed), Mixed.y)

# a module name that is not bound to typing in the class's module does not count
class NotTyping:
    ClassVar = "not it"
tt = NotTyping()

@dataclass
class Other:
    a: tt.ClassVar[int] = 3
print(inspect.signature(Other), [f.name for f in dataclasses.fields(Other)])
