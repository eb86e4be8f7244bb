# typing.final marks staticmethod/classmethod objects too (they keep their own attributes), and
# inspect.getattr_static finds the raw class attributes
import inspect
from typing import final

class Methods:
    @final
    @classmethod
    def cm(cls):
        return cls.__name__
    @final
    @staticmethod
    def sm():
        """static doc"""
        return 1
    @final
    def plain(self):
        pass
    @property
    def prop(self):
        return 5

for name in ('cm', 'sm', 'plain'):
    raw = inspect.getattr_static(Methods, name)
    print(name, type(raw).__name__, raw.__final__, getattr(Methods, name).__name__)
print(Methods.cm(), Methods.sm(), Methods().prop, type(inspect.getattr_static(Methods(), 'prop')).__name__)
sm = Methods.__dict__['sm']
print(sm.__dict__, sm.__doc__, sm.__wrapped__ is sm.__func__)
cm = classmethod(lambda cls: 1)
cm.tag = 'x'
print(cm.tag, sorted(cm.__dict__), cm.__name__)
print(inspect.getattr_static(Methods, 'missing', 'default'))
try:
    inspect.getattr_static(Methods, 'missing')
except AttributeError as e:
    print('AttributeError', e)

class Meta(type):
    meta_only = 7
class WithMeta(metaclass=Meta):
    def __getattr__(self, name):
        return 'dynamic'
print(inspect.getattr_static(WithMeta, 'meta_only'), WithMeta().anything, inspect.getattr_static(WithMeta(), 'anything', None))
