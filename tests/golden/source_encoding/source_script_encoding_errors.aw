# A script's encoding errors, as CPython's file tokenizer reports them (no location): each
# case is written to a temporary file and run with this interpreter.
import os
import subprocess
import sys
import tempfile

cases = [
    ('unknown codec', b'# coding: bogus\nprint(1)\n'),
    ('BOM and a latin-1 cookie', b'\xef\xbb\xbf# -*- coding: latin-1 -*-\nprint(1)\n'),
    ('BOM and a utf8 cookie', b'\xef\xbb\xbf# coding: utf8\nprint(1)\n'),
    ('BOM and a UTF_8 cookie', b'\xef\xbb\xbf# coding: UTF_8\nprint("ok")\n'),
    ('undecodable under the cookie', b'# coding: cp1252\nx = 1\ny = "\x81"\n'),
    ('ascii cookie, latin-1 byte', b'# coding: ascii\nprint("\xe9")\n'),
    ('no cookie, line 1', b'x = "caf\xe9"\nprint(x)\n'),
    ('no cookie, line 3', b'x = 1\n# coding: latin-1\nprint("\xe9")\n'),
    ('cookie on line 3', b'\n\n# coding: latin-1\nprint("\xe9")\n'),
    ('cookie after code', b'print(1) # coding: latin-1\nprint("\xff")\n'),
    ('cookie on line 2 after a shebang', b'#!/usr/bin/env python3\n# vim: set fileencoding=cp1251 :\nprint("\xcf\xf0\xe8\xe2\xe5\xf2")\n'),
    ('traceback quotes the decoded line', b'# coding: latin-1\n\nraise ValueError("caf\xe9")\n'),
]
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'prog.py')
    for what, source in cases:
        with open(path, 'wb') as f:
            f.write(source)
        r = subprocess.run([sys.executable, path], capture_output=True)
        err = r.stderr.decode('utf-8', 'replace').replace(tmp, '<tmp>')
        print(f'{what}: exit {r.returncode}')
        print(r.stdout.decode('utf-8', 'replace'), end='')
        print(err, end='')
