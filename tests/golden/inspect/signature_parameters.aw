# Parameter kinds, defaults, reprs; building and replacing signatures
import inspect
from inspect import Parameter, Signature


def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    pass


sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is p.empty, repr(p), str(p))
print(Parameter.empty is inspect._empty, Signature.empty is inspect._empty)
print(Parameter("x", Parameter.KEYWORD_ONLY, default=3))
print(Signature([Parameter("a", Parameter.POSITIONAL_OR_KEYWORD), Parameter("b", Parameter.VAR_KEYWORD)]))
print(sig.replace(parameters=[]), sig == inspect.signature(f), sig.return_annotation is sig.empty)
p = sig.parameters["c"].replace(name="cc", default=None)
print(p, p.kind)
try:
    Parameter("a b", Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError:", e)
try:
    Signature([Parameter("a", Parameter.POSITIONAL_OR_KEYWORD, default=1),
               Parameter("b", Parameter.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print("ValueError:", e)
