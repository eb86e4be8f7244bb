# Built-in functions and methods carry CPython's __text_signature__, and inspect.signature
# reads it: $module is dropped, $self/$type only once the method is bound
import inspect
import math

print(len.__text_signature__, str.replace.__text_signature__)
for f in (len, divmod, sorted, print, round, pow, isinstance, math.sqrt, math.isclose, math.gcd,
          str.replace, "a".replace, list.sort, [].sort, dict.fromkeys, dict.get, {}.get,
          int.to_bytes, (5).to_bytes, str.encode, list.index, input, globals):
    sig = inspect.signature(f)
    print(f.__qualname__, sig, [p.kind.name for p in sig.parameters.values()][:2])
print(inspect.signature(len).parameters["obj"].kind is inspect.Parameter.POSITIONAL_ONLY)
print(inspect.signature(sorted).bind([3, 1], reverse=True).arguments)
for f in (getattr, min, dict.pop, bytes.hex):
    try:
        inspect.signature(f)
    except ValueError as e:
        print("ValueError", e)
