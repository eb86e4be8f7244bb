from typing import TypeVar, Generic, List, Optional, Protocol, NamedTuple, TypedDict
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None
s = Stack()
s.push(1)
print(s.pop(), s.pop())
class Greeter(Protocol):
    def greet(self) -> str: ...
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._fields)
class Movie(TypedDict):
    name: str
print(Movie(name='x', year=1), type(Movie(name='y')).__name__)
