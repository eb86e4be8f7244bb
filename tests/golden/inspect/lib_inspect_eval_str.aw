import inspect


def f(a: 'int', b: 'list[str]' = None) -> 'dict':
    pass


class C:
    x: 'int'
    y: float


print(inspect.signature(f))
print(inspect.signature(f, eval_str=True))
print(inspect.get_annotations(f, eval_str=True))
print(inspect.get_annotations(C), inspect.get_annotations(C, eval_str=True))
print(inspect.get_annotations(inspect), inspect.get_annotations(lambda: 0))
try:
    inspect.get_annotations(1)
except TypeError as e:
    print('TypeError', e)
def g(x: 'undefined_name'): pass
try:
    inspect.get_annotations(g, eval_str=True)
except NameError as e:
    print('NameError', e)
print(inspect.get_annotations(g, eval_str=True, globals={'undefined_name': bytes}))
