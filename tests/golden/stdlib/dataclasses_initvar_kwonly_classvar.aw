from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, make_dataclass
from typing import ClassVar, List, Optional
@dataclass
class A:
    x: int
    count: ClassVar[int] = 0
    scale: InitVar[int] = 1
    tags: List[str] = field(default_factory=list)
    def __post_init__(self, scale):
        self.x *= scale
print(A(2, 3), [f.name for f in fields(A)], A.count)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = field(default=5, kw_only=True)
print(K(1, b=2), K(1, c=9))
try:
    K(1, 2)
except TypeError as e:
    print(e)
@dataclass
class Node:
    val: int
    next: Optional['Node'] = None
print(Node(1, Node(2)))
P = make_dataclass('P', ['x', ('y', int, field(default=0))])
print(P(1), P(1, 2))
