from dataclasses import dataclass, field, fields
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    qty: int = field(default=1, repr=False)
    secret: str = field(default='s', compare=False)
a = Inventory('a')
a.items.append(3)
print(a, Inventory('b').items, [f.name for f in fields(Inventory)])
print(Inventory('x', [1]) == Inventory('x', [1], secret='other'))
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
