from dataclasses import dataclass, field, asdict, astuple, replace, is_dataclass
@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
@dataclass
class Order:
    id: int
    items: list
o = Order(1, [Item('a', ['x']), Item('b')])
print(asdict(o))
print(astuple(o))
print(replace(o.items[0], name='z'), is_dataclass(o), is_dataclass(Order), is_dataclass(1))
