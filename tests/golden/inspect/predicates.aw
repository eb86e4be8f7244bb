# the is*() predicates of inspect
import functools
import inspect


def f():
    pass


async def g():
    pass


def h():
    yield 1


async def ag():
    yield 1


class C:
    def m(self):
        pass


print(inspect.isfunction(f), inspect.isfunction(len), inspect.isfunction(C.m), inspect.isfunction(C().m))
print(inspect.ismethod(C().m), inspect.ismethod(C.m), inspect.isclass(C), inspect.isclass(C()))
print(inspect.iscoroutinefunction(g), inspect.iscoroutinefunction(f), inspect.iscoroutinefunction(functools.partial(g)))
print(inspect.isgeneratorfunction(h), inspect.isgeneratorfunction(f), inspect.isasyncgenfunction(ag), inspect.isasyncgenfunction(g))
gen = h()
agen = ag()
co = g()
print(inspect.isgenerator(gen), inspect.isasyncgen(agen), inspect.iscoroutine(co), inspect.isawaitable(co))
print(inspect.isawaitable(gen), inspect.iscoroutine(gen))
co.close()
print(inspect.isbuiltin(len), inspect.isbuiltin(f), inspect.isroutine(len), inspect.isroutine(f), inspect.isroutine(1))
print(inspect.ismodule(inspect), inspect.ismodule(f), inspect.iscode(f.__code__), inspect.istraceback(None), inspect.isframe(None))
print(inspect.isabstract(C), inspect.isdatadescriptor(property()), inspect.ismethoddescriptor(f))
import abc


class A(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class B(A):
    def run(self):
        pass


print(inspect.isabstract(A), inspect.isabstract(B), inspect.isabstract(int))
