class A:
    def __init__(self):
        self.__secret = 1
        self._protected = 2
a = A()
print(a._A__secret, a._protected, hasattr(a, '__secret'), sorted(vars(a)))
