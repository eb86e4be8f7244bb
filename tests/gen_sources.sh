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
