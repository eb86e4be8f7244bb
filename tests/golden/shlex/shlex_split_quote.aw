import shlex

for s in ['a b c', '  lead  trail  ', 'a "b c" d', "it's 'quoted \"inside\"'", r'esc\ aped \"q\"',
          'x # comment', '"unterminated', "'open", 'a\\', 'cmd --opt="a b" -x=1', '', '"" \'\'',
          r'"a\"b" "c\\d" "e\$f"', "a'b'c\"d\"e"]:
    try:
        print(repr(s), shlex.split(s), shlex.split(s, comments=True))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
    try:
        print('  posix=False', shlex.split(s, posix=False))
    except ValueError as e:
        print('  posix=False ValueError', e)
for s in ['', 'simple', 'has space', "it's", 'a"b', '$HOME', 'x;y', 'plain-name_1.2/@%+=:,']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's"]))
print(shlex.split(shlex.join(['ls', '-l', 'my file', "it's"])))
lex = shlex.shlex('a = b + "c d"; e', posix=True)
print(list(lex))
lex = shlex.shlex('a && b || c > d', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('one two', posix=True)
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
try:
    shlex.split(None)
except ValueError as e:
    print('ValueError', e)
