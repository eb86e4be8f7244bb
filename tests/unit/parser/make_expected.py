#!/usr/bin/env python3
"""make_expected.py FILE.py... — writes FILE.out with CPython 3.11's answer for each file:
ast.dump(tree) (with include_attributes=True for files under positions/) or
`Kind: msg (line L, col C)` (see compare.py). Run with CPython 3.11."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare import cpython

for path in sys.argv[1:]:
    # files under positions/ are compared with positions (test_parser -a)
    want = cpython(path, '/positions/' in os.path.abspath(path))
    if want is not None:
        with open(path[:-3] + '.out', 'w', encoding='utf-8') as f:
            f.write(want + '\n')
