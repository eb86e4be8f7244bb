# string.Formatter: parse, field lookup, nested specs, conversions and overridable hooks.
import string
f = string.Formatter()
for s in ['a{{b}}c', '{0:{1}}', '{!r}', '{a.b[0]!s:>{w}}', '}', '{', 'x{0!}', '{0!rr}', '{0[}', 'a{0:{1:{2}}}', '{0!', '{0!}', '{0!r', '{0!r}', '{0!rx}', '{0!r:}', '{0:', '{0:{', '{0:}}', '{0:{1}', '{a{b}', '{[}]}', '{0!r:{1}}', '{:}', '{}', '{0}}}', '{0:}{', 'plain', '']:
    try: print(repr(s), list(f.parse(s)))
    except ValueError as e: print(repr(s), 'ValueError', e)
class P:
    x = [10, {"k": "v"}]
print(f.format("{0.x[1][k]} {0.x[0]:>5} {1!r} {n:{w}.{p}f} {{lit}} {}", P, "s", 3, n=3.14159, w=8, p=2) if False else f.format("{0.x[1][k]} {0.x[0]:>5} {1!r} {n:{w}.{p}f} {{lit}}", P, "s", n=3.14159, w=8, p=2))
print(f.format("{} {} {}", 1, 2, 3), f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
try: f.format("{} {0}", 1)
except ValueError as e: print(e)
try: f.format("{x}")
except KeyError as e: print("KeyError", e)
class Default(string.Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, f"<{key}>") if isinstance(key, str) else super().get_value(key, args, kwargs)
print(Default().format("{name} is {age} {0}", "x", name="Ann"))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def convert_field(self, value, conversion):
        return "[" + str(value) + "]" if conversion == "b" else super().convert_field(value, conversion)
print(Upper().format("{0} {1!b} {2:x}", "abc", "y", 255))
