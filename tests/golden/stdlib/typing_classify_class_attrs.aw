# inspect.classify_class_attrs: kind and defining class of every attribute, enums included
import enum
from inspect import classify_class_attrs

class A:
    x = 1
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
class B(A):
    y = 2
    def m(self): pass
for a in classify_class_attrs(B):
    if not a.name.startswith('__'):
        print(a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    def describe(self):
        return self.name
for a in classify_class_attrs(Color):
    if a.name in ('RED', 'GREEN', 'describe', 'name', 'value', '_missing_', '__members__'):
        print(a.name, a.kind, a.defining_class.__name__)
print(classify_class_attrs(B)[0]._fields)
