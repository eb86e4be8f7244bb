#!/bin/bash
# tests/gen_sources.sh — regenerate the test programs that are too big or too binary to write by hand.
# Their outputs (.out/.err/.code) were produced by running CPython 3.11 on them; rerun this only to
# recreate the sources, then check them with `tests/run.sh --aw /usr/bin/python3 FILE...`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

repeat() { # repeat STRING COUNT: STRING written COUNT times, no newline
  awk -v s="$1" -v n="$2" 'BEGIN { out = ""; for (i = 0; i < n; i++) printf "%s", s }'
}

# 5000 levels of parentheses around one literal.
{ printf 'x = '; repeat '(' 5000; printf '1'; repeat ')' 5000; printf '\nprint(x)\n'; } \
  > hostile/nested_parentheses_5000.aw

# One expression of 99,000 `1` terms joined by `+` (just under 200 KB).
{ printf 'x = 1'; repeat '+1' 98999; printf '\nprint(x)\n'; } > hostile/expression_99000_plus_terms.aw

# A decimal literal of 100,000 digits: CPython 3.11 refuses it (int max str digits).
{ printf 'n = '; repeat '7' 100000; printf '\nprint(n %% 97)\n'; } > hostile/huge_decimal_literal_100000_digits.aw

# A NUL byte inside a line of source.
printf 'print("before")\nx = 1\0\nprint(x)\n' > hostile/nul_byte_in_source.aw

# Bytes that are not UTF-8 inside a string literal, no coding declaration.
printf 'print("before")\ns = "caf\xe9 \xff\xfe"\nprint(s)\n' > hostile/invalid_utf8_in_source.aw

# 25 nested for-loops: more than CPython's 20 statically nested blocks.
{
  for ((i = 0; i < 25; i++)); do repeat ' ' "$i"; printf 'for i%d in range(1):\n' "$i"; done
  repeat ' ' 25; printf 'pass\n'
} > hostile/statically_nested_blocks_25.aw

# Golden: a hexadecimal literal of 100,000 digits is fine (no decimal conversion).
{ printf 'n = 0x'; repeat 'f' 100000; printf '\nprint(n %% 97, n.bit_length(), n == 16 ** 100000 - 1)\n'; } \
  > golden/numbers/int_hex_literal_100000_digits.aw

# Golden: source files in a single-byte encoding declared by a coding cookie (PEP 263).
printf '# -*- coding: latin-1 -*-\n# Latin-1 bytes under a cookie: literals, names and comments (\xe9t\xe9) decode.\nimport traceback\ncaf\xe9 = "d\xe9j\xe0 vu \xa9 \xf1"\nprint(caf\xe9, len(caf\xe9), caf\xe9.encode("utf-8"))\nprint(f"{caf\xe9!r:>20}|", "\xbd" == "\\xbd")\n\n\ndef f():\n    """Docstring: \xfcber."""\n    raise ValueError("\xe9chec " + caf\xe9)\n\n\nprint(f.__doc__)\ntry:\n    f()\nexcept ValueError as e:\n    print(repr(e), traceback.extract_tb(e.__traceback__)[-1].line)\nimport source_cp1252_mod as m\nprint(m.TEXT, m.shout("na\xefve"), m.__doc__)\ntry:\n    m.fail()\nexcept KeyError as e:\n    print(repr(e), traceback.extract_tb(e.__traceback__)[-1].line)\n' \
  > golden/source_encoding/source_latin1_cookie.aw
printf '#!/usr/bin/env python3\n# vim: set fileencoding=cp1252 :\n"""Module \x93docstring\x94 \x96 cp1252."""\nTEXT = "\x80 5 \x85 \x99"\n\n\ndef shout(s):\n    return s.upper() + "\x85"\n\n\ndef fail():\n    raise KeyError("cl\xe9 \x80")\n' \
  > golden/source_encoding/source_cp1252_mod.py
printf '# coding: bogus-codec\nx = 1\n' > golden/source_encoding/source_bogus_mod.py
printf '\xef\xbb\xbf# coding: latin-1\nx = 1\n' > golden/source_encoding/source_bom_latin1_mod.py
printf '# coding: koi8-r\ny = "\x81"\nx = "\xf0\xd2\xc9\xd7\xc5\xd4"\n' > golden/source_encoding/source_koi8r_mod.py
