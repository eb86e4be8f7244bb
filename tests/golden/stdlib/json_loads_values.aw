import json
print(json.loads('  [1, 2.5, -3e-2, "x", {"k": [true, false, null]}]  '))
print(json.loads('123456789012345678901234567890'), json.loads('-0'), json.loads('-0.0'), json.loads('1E+2'))
print(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"'), json.loads('"\\u00e9\\ud83d\\ude00"'))
print(json.loads('{"a": 1, "a": 2, "b": 3}'), json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads(b'{"x": [1]}'), json.loads('"\t"', strict=False))
s = json.dumps({'name': 'aw', 'nums': [1, 2.5, None, True], 'nested': {'k': 'v'}})
print(json.loads(s))
print(json.JSONDecoder().raw_decode('[1] tail'))
