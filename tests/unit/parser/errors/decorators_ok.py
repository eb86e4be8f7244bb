@a.b(c)
@d
class A(B, metaclass=M):
    @staticmethod
    async def f(self) -> int: ...
