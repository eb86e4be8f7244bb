# object.__new__ refuses built-in types that have no __new__ of their own (generators,
# iterators, functions, code), instead of making a half-built object
import copy, types

def gen():
    yield 1

for t in (types.GeneratorType, type(iter([])), type(iter(())), types.FunctionType,
          types.CodeType, type(len), int, list, dict):
    try:
        object.__new__(t)
    except TypeError as e:
        print(t.__name__, "->", e)

class Plain:
    pass
print(type(object.__new__(Plain)).__name__)

# copying a generator fails cleanly instead of resuming a half-built one
try:
    copy.deepcopy(gen())
except TypeError:
    print("deepcopy(generator): TypeError")
try:
    copy.copy(gen())
except TypeError:
    print("copy(generator): TypeError")
