# types: the type objects of functions, methods, generators, coroutines and modules.
import types
import sys

def f():
    pass

def gen():
    yield 1

async def coro():
    pass

async def agen():
    yield 1

class C:
    def m(self):
        pass

print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.MethodType))
print(isinstance(gen(), types.GeneratorType), isinstance(f, types.GeneratorType))
c = coro()
print(isinstance(c, types.CoroutineType))
c.close()
print(isinstance(agen(), types.AsyncGeneratorType))
print(isinstance(sys, types.ModuleType), isinstance(len, types.BuiltinFunctionType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.ModuleType.__name__)
m = types.ModuleType("mymod")
m.answer = 42
print(m.__name__, m.answer)
bound = types.MethodType(lambda self, n: (type(self).__name__, n), C())
print(bound(5))
print(isinstance(f.__code__, types.CodeType))
