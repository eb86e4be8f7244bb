# compile/exec/eval of bytes honour a coding cookie (a str source ignores it, as CPython)
for src in [b'# coding: bogus\nx=1\n', b'\xef\xbb\xbf# coding: latin-1\n', b'# coding: ascii\nx="\xe9"\n', b'# coding: cp1252\nx = "\x81"\n', b'\xef\xbb\xbf# coding: utf-8\nx = 1\n', b'\xef\xbb\xbf# coding: utf8\nx = 1\n']:
    try:
        compile(src, 'f.py', 'exec')
        print('ok')
    except SyntaxError as e:
        print(repr(e.args), e.lineno, e.offset, e.text, e.filename)
try: exec(b'# coding: latin-1\nprint("\xe9")')
except SyntaxError as e: print(e)
exec('# coding: latin-1\nprint("\xe9")')
exec(b'# coding: koi8-r\nprint("\xf0")')
exec(b'#!/usr/bin/env python\n# -*- coding: cp1252 -*-\nprint("\x80", len("\x80"))')
print(eval(b'# coding: latin-1\n"\xe9"'))
print(eval(b'"\xc3\xa9"  # coding: latin-1'))
exec(b'x = 1\n# coding: latin-1\nprint("\xc3\xa9")')
exec(b'\n\n# coding: latin-1\nprint("\xc3\xa9")')
code = compile(b'# coding: latin-1\ndef f():\n    raise ValueError("\xe9")\n', 'latin_mod.py', 'exec')
ns = {}
exec(code, ns)
try: ns['f']()
except ValueError as e: print(repr(e))
