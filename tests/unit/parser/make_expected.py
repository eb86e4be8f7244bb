#!/usr/bin/env python3
"""make_expected.py FILE.py... — writes FILE.out with CPython 3.11's answer for each file:
ast.dump(tree) (with include_attributes=True for files under positions/, in eval mode for
files under eval/) or
`Kind: msg (line L, col C)` (see compare.py). Run with CPython 3.11."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare import cpython

for path in sys.argv[1:]:
    if '/single/' in os.path.abspath(path):
        continue   # REPL cells: their .out is written by hand
    # files under positions/ are compared with positions (test_parser -a), files under eval/
    # are parsed in eval mode (test_parser -e)
    full = os.path.abspath(path)
    want = cpython(path, '/positions/' in full, 'eval' if '/eval/' in full else 'exec')
    if want is not None:
        with open(path[:-3] + '.out', 'w', encoding='utf-8') as f:
            f.write(want + '\n')
