#!/bin/bash
# run.sh TEST_PARSER — runs test_parser on every tests/unit/parser/*/*.py that has a .out
# (CPython 3.11's answer, made by make_expected.py; files under positions/ compare positions
# too) and reports `N passed, M failed`.
tp=${1:?usage: run.sh TEST_PARSER}
dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
pass=0 fail=0
for src in "$dir"/*/*.py; do
    want=${src%.py}.out
    [ -f "$want" ] || continue
    flags=""
    case $src in */positions/*) flags=-a ;; esac
    got=$("$tp" $flags "$src" 2>&1 | sed 's/ \[incomplete\]$//')
    if [ "$got" == "$(cat "$want")" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL ${src#$dir/}"
        echo "  want: $(head -c 300 "$want")"
        echo "  got:  $(echo "$got" | head -c 300)"
    fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
