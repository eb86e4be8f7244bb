import json
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda x: int(x) * 10))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda c: 'const ' + c))
class Obj:
    def __init__(self, d):
        self.__dict__.update(d)
o = json.loads('{"name": "x", "size": 3}', object_hook=Obj)
print(o.name, o.size)
