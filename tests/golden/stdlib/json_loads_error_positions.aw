import json
cases = ['', ' ', '[', '[1', '[1,', '[1,]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{1:2}',
         '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '1 2', '-', '-x', '01', '1.', '1.5e', '"\x01"', 'nul',
         '[1 2]', '{"a" 1}', '\n\n  x', 'tru', '"\\', '"\\u', '"\\u1234', '"h\u00e9llo" x', '[\n  1,\n  }']
for s in cases:
    try:
        print(repr(s), json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print(e)
try:
    json.loads('\ufeff[]')
except ValueError as e:
    print(e)
