from __future__ import annotations
def f(a: int, b: list[Undefined] | None = None) -> dict[str, 'X']: pass
print(f.__annotations__)
class C:
    def m(self, other: C) -> C: pass
print(C.m.__annotations__)
