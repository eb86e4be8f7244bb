from ast import literal_eval
for s in ['1', '-1', '+2.5', '1_000', '0x1F', '0o17', '0b101', '1e3', '.5', '5.', '2j', '1+2j', '-1-2.5j', "'a'", '"b"', "'a' 'b'",
          "b'x\\x00'", "r'\\n'", "'''tri\nple'''", 'True', 'False', 'None', '...', '()', '(1,)', '(1)', '[1, [2, (3,)]]', '[]', '{}',
          "{'a': 1, 'b': [2, 3], 1: None}", '{1, 2, 3}', 'set()', '1, 2', '  7', '\t[1,\n 2]', "{'k': -1.5e-3}",
          '[1, 2,]', '{1: 2,}', "'\\u00e9\\N{BULLET}'" if False else "'\\u00e9'", '0', '00', '1.5J', "u'x'", '(((1)))', "[1, 'a' 'b']",
          'x', 'f(1)', '1+2', '1*2', '--1', '-True', 'a.b', '[1][0]', "f'x'", '1 if 1 else 2', 'lambda: 1', '2**3', 'not 1', '1<2',
          '', '(', '1 2', '1,,2', "{'a' 1}", 'b"a" "b"', '{[]: 1}', '{{1}}']:
    try:
        v = literal_eval(s)
        print(repr(s), repr(v), type(v).__name__)
    except ValueError as e:
        print(repr(s), 'ValueError', str(e).split(' object at ')[0])
    except (SyntaxError, TypeError) as e:
        print(repr(s), type(e).__name__)
try:
    literal_eval(5)
except ValueError as e:
    print('ValueError', e)
